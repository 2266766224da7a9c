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


@dataclass(frozen=True)
class _ReadFile:
    """A file read and parsed, its articles not analysed yet."""

    fingerprint: FileFingerprint
    articles: list[tuple[str, ArticleContent]]  # (feed item key or '', article)


def prepare_file(job: ReadJob) -> PreparedFile:
    """Read, parse and analyse one file. Never raises for a bad file: it says why instead."""
    return prepare_files([job])[0]


def prepare_files(jobs: list[ReadJob]) -> list[PreparedFile]:
    """Several files (one round trip to a worker process), in the jobs' order."""
    read = [_read_job(job) for job in jobs]
    to_analyse = [
        item for outcome in read if isinstance(outcome, _ReadFile) for item in outcome.articles
    ]
    analysed = iter(_analysed(to_analyse))
    prepared: list[PreparedFile] = []
    for outcome in read:
        if isinstance(outcome, PreparedFile):
            prepared.append(outcome)
        else:
            articles = tuple(next(analysed) for _ in outcome.articles)
            prepared.append(PreparedFile(outcome.fingerprint, articles))
    return prepared


def _read_job(job: ReadJob) -> _ReadFile | PreparedFile:
    """The file's articles; or, as it is to be reported, that it is skipped or unchanged."""
    try:
        data = _read(job.key, job.max_bytes)
        if not data:
            raise SkipFile("empty file")
        # The stat taken before reading: if the file changes meanwhile, the next run re-reads.
        fingerprint = FileFingerprint(hashlib.sha256(data).hexdigest(), job.size, job.mtime_ns)
        if fingerprint.file_hash == job.known_hash and not job.reanalyse:
            return PreparedFile(fingerprint, same_bytes=True)
        return _ReadFile(fingerprint, extract_articles(job.shown, data))
    except IngestionError as exc:
        return PreparedFile(skip_reason=str(exc))


def _analysed(items: list[tuple[str, ArticleContent]]) -> list[PreparedArticle]:
    """Quotes, regions and stems of many articles, in their order.

    Stage by stage (every body's quotes, then every body's regions, then the stems), not
    article by article: each stage's code, patterns and tables then stay in the
    processor's caches. Measured on bench/corpus_gen.py's articles in one process: 0.66
    ms of CPU per article one by one, 0.56 in chunks of 16, 0.51 in chunks of 64.
    """
    from regreader.ingestion.regions import find_regions
    from regreader.quotes.extract import extract_quotes

    articles = [article for _, article in items]
    extractions = [extract_quotes(article.body) for article in articles]
    regions = [find_regions(_region_text(article)) for article in articles]
    title_stems = [stem_text(article.title) for article in articles]
    body_stems = [stem_text(article.body) for article in articles]
    return [
        _prepared(key, article, extraction, found, title, body)
        for (key, article), extraction, found, title, body in zip(
            items, extractions, regions, title_stems, body_stems, strict=True
        )
    ]


def _region_text(article: ArticleContent) -> str:
    """The title names regions too; a text file's body already starts with it."""
    if article.title in article.body:
        return article.body
    return f"{article.title}\n{article.body}"


def _prepared(
    item_key: str,
    article: ArticleContent,
    extraction: Extraction,
    regions: dict[str, int],
    title_stems: str,
    body_stems: str,
) -> PreparedArticle:
    quotes = extraction.quotes
    # Computed here, off the main process, which stores it (a cached property).
    article.content_hash  # noqa: B018
    return PreparedArticle(
        item_key=item_key,
        content=article,
        regions=regions,
        extraction=extraction,
        speaker_rows=tuple(speaker_index_row(q.speaker) for q in quotes),
        title_stems=title_stems,
        body_stems=body_stems,
        extras_stems=extras_index_form(
            [q.speaker for q in quotes if q.speaker] + [q.role for q in quotes if q.role]
        ),
    )


def warm_up() -> None:
    """Build what the analysis otherwise builds on its first article (worker_start.py)."""
    from regreader.ingestion.regions import find_regions
    from regreader.quotes.extract import extract_quotes

    find_regions("")
    extract_quotes("")
    stem_text("warm up")


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
