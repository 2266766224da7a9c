"""Reading one file into articles ready to store: the CPU-bound half of indexing.

Everything here is pure (bytes in, records out, no database), so it can run in worker
processes while the main process writes: decoding, cleaning, titles and dates, region
mentions, quote extraction and stemming are most of an indexing run's work.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from regreader.errors import IngestionError
from regreader.ingestion.decoding import decode_bytes
from regreader.ingestion.feeds import parse_feed
from regreader.ingestion.html import parse_html
from regreader.ingestion.metadata import find_date, find_title, normalise_title
from regreader.quotes.model import Extraction
from regreader.storage.articles import ArticleContent, FileFingerprint
from regreader.storage.fts import SpeakerRow, extras_index_form, speaker_index_row
from regreader.text import clean_text, languages_of, stem_text

TEXT_SUFFIXES = frozenset((".txt", ".md", ".markdown"))
HTML_SUFFIXES = frozenset((".html", ".htm"))
FEED_SUFFIXES = frozenset((".xml", ".rss", ".atom"))
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES


class SkipFile(IngestionError):
    """This file is not indexed; the message is the reason."""


@dataclass(frozen=True)
class ReadJob:
    """One file to read, with what the library already knows of it."""

    key: str  # the absolute path it is stored under
    shown: Path  # as the user named it: its suffix and name matter
    size: int
    mtime_ns: int
    max_bytes: int
    known_hash: str | None  # the file hash recorded last time, if any
    reanalyse: bool = False  # indexed by an older analysis: read it even if unchanged


@dataclass(frozen=True)
class PreparedArticle:
    item_key: str  # feed item key; '' for a plain file
    content: ArticleContent
    regions: dict[str, int]
    extraction: Extraction
    speaker_rows: tuple[SpeakerRow | None, ...]  # speaker_index_row of each quote
    title_stems: str
    body_stems: str
    extras_stems: str  # the quotes' speakers and roles, as the index holds them


@dataclass(frozen=True)
class PreparedFile:
    """A file read: its articles, or why it is skipped, or that its bytes did not change."""

    fingerprint: FileFingerprint | None = None
    articles: tuple[PreparedArticle, ...] = ()
    same_bytes: bool = False
    skip_reason: str | None = None


def prepare_file(job: ReadJob) -> PreparedFile:
    """Read, parse and analyse one file. Never raises for a bad file: it says why instead."""
    try:
        data = _read(job.key, job.max_bytes)
        if not data:
            raise SkipFile("empty file")
        # The stat taken before reading: if the file changes meanwhile, the next run re-reads.
        fingerprint = FileFingerprint(hashlib.sha256(data).hexdigest(), job.size, job.mtime_ns)
        if fingerprint.file_hash == job.known_hash and not job.reanalyse:
            return PreparedFile(fingerprint, same_bytes=True)
        articles = extract_articles(job.shown, data)
    except IngestionError as exc:
        return PreparedFile(skip_reason=str(exc))
    return PreparedFile(fingerprint, tuple(_analysed(key, article) for key, article in articles))


def prepare_files(jobs: list[ReadJob]) -> list[PreparedFile]:
    """A chunk of jobs: one round trip to a worker process for several files."""
    return [prepare_file(job) for job in jobs]


def _analysed(item_key: str, article: ArticleContent) -> PreparedArticle:
    from regreader.ingestion.regions import find_regions
    from regreader.quotes.extract import extract_quotes

    # The title names regions too; a text file's body already starts with it.
    region_text = (
        article.body if article.title in article.body else f"{article.title}\n{article.body}"
    )
    extraction = extract_quotes(article.body)
    quotes = extraction.quotes
    # Computed here, off the main process, which stores it (a cached property).
    article.content_hash  # noqa: B018
    return PreparedArticle(
        item_key=item_key,
        content=article,
        regions=find_regions(region_text),
        extraction=extraction,
        speaker_rows=tuple(speaker_index_row(q.speaker) for q in quotes),
        title_stems=stem_text(article.title),
        body_stems=stem_text(article.body),
        extras_stems=extras_index_form(
            [q.speaker for q in quotes if q.speaker] + [q.role for q in quotes if q.role]
        ),
    )


def human_size(size: int) -> str:
    """'812 bytes', '3.5 kB', '20 MB'."""
    if size < 1024:
        return f"{size} bytes"
    value, unit = (size / 1024, "kB") if size < 1024 * 1024 else (size / 1024 / 1024, "MB")
    return f"{value:.1f}".removesuffix(".0") + f" {unit}"


def extract_articles(path: Path, data: bytes) -> list[tuple[str, ArticleContent]]:
    """(feed item key or '', article) for each article in a file's bytes."""
    text = clean_text(decode_bytes(data).text)
    suffix = path.suffix.lower()
    if suffix in FEED_SUFFIXES:
        return _feed_articles(path, text)
    if suffix in HTML_SUFFIXES:
        page = parse_html(text)
        article = _article(clean_text(page.text), page.title, page.published, path.stem)
    else:
        article = _article(text, None, None, path.stem)
    if article is None:
        raise SkipFile("no text in the file")
    return [("", article)]


def _feed_articles(path: Path, text: str) -> list[tuple[str, ArticleContent]]:
    items = parse_feed(text)
    if items is None:
        raise SkipFile("not an RSS or Atom feed")
    articles: list[tuple[str, ArticleContent]] = []
    for number, item in enumerate(items, start=1):
        fallback = f"{path.stem} #{number}"
        article = _article(clean_text(item.text), item.title, item.published, fallback)
        if article is not None:
            articles.append((item.key, article))
    if not articles:
        raise SkipFile("the feed has no items with text")
    return articles


def _article(
    body: str, title: str | None, published: str | None, fallback_title: str
) -> ArticleContent | None:
    if not body.strip():
        return None
    given_title = normalise_title(clean_text(title)) if title else ""
    return ArticleContent(
        title=given_title or find_title(body, fallback_title),
        published=published or find_date(body),
        body=body,
        languages=tuple(languages_of(body)),
    )


def _read(path: str, max_bytes: int) -> bytes:
    try:
        with open(path, "rb") as handle:
            # One byte over the limit tells a file that grew since it was measured.
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise SkipFile(f"cannot read: {exc.strerror or exc}") from exc
    if len(data) > max_bytes:
        raise SkipFile(f"too large (over {human_size(max_bytes)})")
    return data
