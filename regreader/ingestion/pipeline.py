"""Files and folders in, articles out: the indexing run.

Each file is read once and written under one savepoint (its articles, their regions,
quotes, re-anchored annotations and full-text rows); files are committed in batches of a
few hundred or half a second, whichever comes first. A crash or Ctrl-C therefore leaves
every committed file whole and loses at most the open batch, which the next run redoes;
a file that fails rolls back alone. Batching matters: FTS5 writes a segment per commit,
and committing file by file was the largest cost of a bulk run.

A file whose size and mtime are as recorded is not even opened; one whose bytes hash as
recorded is not parsed. A file that cannot be indexed is reported
with its reason and the run goes on.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from regreader.errors import IngestionError
from regreader.ingestion.decoding import decode_bytes
from regreader.ingestion.feeds import parse_feed
from regreader.ingestion.html import parse_html
from regreader.ingestion.metadata import find_date, find_title, normalise_title
from regreader.storage import transaction
from regreader.storage.articles import (
    ArticleContent,
    FileFingerprint,
    SourceChange,
    replace_regions,
    save_source,
    source_fingerprint,
    touch_sources,
)
from regreader.storage.db import begin_write
from regreader.text import clean_text

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
BATCH_FILES = 256
BATCH_SECONDS = 0.5
HAND_OVER_S = 0.01
TEXT_SUFFIXES = frozenset((".txt", ".md", ".markdown"))
HTML_SUFFIXES = frozenset((".html", ".htm"))
FEED_SUFFIXES = frozenset((".xml", ".rss", ".atom"))
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES

ProgressCallback = Callable[[int, int, Path], None]


@dataclass(frozen=True)
class SkippedFile:
    path: Path
    reason: str


@dataclass
class IndexSummary:
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    skipped: list[SkippedFile] = field(default_factory=list)

    def count(self, change: SourceChange) -> None:
        if change is SourceChange.NEW:
            self.new += 1
        elif change is SourceChange.CHANGED:
            self.changed += 1
        else:
            self.unchanged += 1

    def line(self) -> str:
        return (
            f"new {self.new}, changed {self.changed}, unchanged {self.unchanged}, "
            f"skipped {len(self.skipped)}"
        )


@dataclass(frozen=True)
class Candidate:
    """A file to index: as the user named it, and the absolute path it is stored under."""

    shown: Path
    key: str


class SkipFile(IngestionError):
    """This file is not indexed; the message is the reason."""


# --- finding the files -----------------------------------------------------------------


def human_size(size: int) -> str:
    """'812 bytes', '3.5 kB', '20 MB'."""
    if size < 1024:
        return f"{size} bytes"
    value, unit = (size / 1024, "kB") if size < 1024 * 1024 else (size / 1024 / 1024, "MB")
    return f"{value:.1f}".removesuffix(".0") + f" {unit}"


def _walk(shown_root: Path, real_root: str, refused: list[SkippedFile]) -> Iterator[Candidate]:
    """Supported files under a folder, in name order; hidden files and folders skipped.

    Symlinked folders are not followed (they can loop); symlinked files are.
    """
    pending = [(shown_root, real_root)]
    while pending:
        shown_dir, real_dir = pending.pop()
        try:
            with os.scandir(real_dir) as entries:
                children = sorted(entries, key=lambda entry: entry.name)
        except OSError as exc:
            refused.append(SkippedFile(shown_dir, f"cannot read folder: {exc.strerror or exc}"))
            continue
        subfolders: list[tuple[Path, str]] = []
        for entry in children:
            if entry.name.startswith("."):
                continue
            if entry.is_dir(follow_symlinks=False):
                subfolders.append((shown_dir / entry.name, entry.path))
            elif Path(entry.name).suffix.lower() in SUPPORTED_SUFFIXES:
                yield Candidate(shown_dir / entry.name, entry.path)
        pending.extend(reversed(subfolders))


def collect_files(
    paths: Iterable[str | os.PathLike[str]],
) -> tuple[list[Candidate], list[SkippedFile]]:
    """The files named or found under the folders named; files of other types are refused.

    Raises IngestionError when a path does not exist, before anything is indexed.
    """
    candidates: list[Candidate] = []
    refused: list[SkippedFile] = []
    seen: set[str] = set()
    for raw in paths:
        shown = Path(raw)
        if not os.path.lexists(shown):
            raise IngestionError(f"{shown}: no such file or folder")
        real = os.path.realpath(shown)
        if os.path.isdir(real):
            found: Iterable[Candidate] = _walk(shown, real, refused)
        elif Path(shown.name).suffix.lower() in SUPPORTED_SUFFIXES:
            found = [Candidate(shown, real)]
        else:
            refused.append(SkippedFile(shown, _unsupported_reason(shown)))
            continue
        for candidate in found:
            if candidate.key not in seen:
                seen.add(candidate.key)
                candidates.append(candidate)
    return candidates, refused


def _unsupported_reason(path: Path) -> str:
    kind = path.suffix or "no extension"
    return (
        f"unsupported file type ({kind}; regreader reads {', '.join(sorted(SUPPORTED_SUFFIXES))})"
    )


# --- reading one file ------------------------------------------------------------------


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


def _check_stat(path: str, max_bytes: int) -> os.stat_result:
    try:
        info = os.stat(path)
    except OSError as exc:
        raise SkipFile(f"cannot read: {exc.strerror or exc}") from exc
    if not stat.S_ISREG(info.st_mode):
        raise SkipFile("not a regular file")
    if info.st_size > max_bytes:
        raise SkipFile(f"too large ({human_size(info.st_size)} > {human_size(max_bytes)})")
    if info.st_size == 0:
        raise SkipFile("empty file")
    return info


# --- writing ---------------------------------------------------------------------------


class _Deriver:
    """What is re-derived from an article's text when it is written.

    The modules are imported on first use: quotes and anchors pull in heavier libraries
    the app does not need at start-up.
    """

    def __init__(self) -> None:
        from regreader.annotations.anchors import reanchor_article
        from regreader.ingestion.regions import find_regions
        from regreader.quotes.store import store_article_quotes
        from regreader.storage.fts import refresh_article

        self._find_regions = find_regions
        self._store_quotes = store_article_quotes
        self._reanchor = reanchor_article
        self._refresh = refresh_article

    def __call__(self, conn: sqlite3.Connection, article_id: int, article: ArticleContent) -> None:
        # The title names regions too; a text file's body already starts with it.
        region_text = (
            article.body if article.title in article.body else f"{article.title}\n{article.body}"
        )
        replace_regions(conn, article_id, self._find_regions(region_text))
        self._store_quotes(conn, article_id, article.body)
        self._reanchor(conn, article_id)
        self._refresh(conn, article_id)


def _index_file(
    conn: sqlite3.Connection, candidate: Candidate, max_bytes: int, derive: _Deriver
) -> SourceChange:
    info = _check_stat(candidate.key, max_bytes)
    known = source_fingerprint(conn, candidate.key)
    if known is not None and (known.size, known.mtime_ns) == (info.st_size, info.st_mtime_ns):
        return SourceChange.UNCHANGED
    data = _read(candidate.key, max_bytes)
    if not data:
        raise SkipFile("empty file")
    # The stat taken before reading: if the file changes meanwhile, the next run re-reads it.
    fingerprint = FileFingerprint(hashlib.sha256(data).hexdigest(), info.st_size, info.st_mtime_ns)
    if known is not None and known.file_hash == fingerprint.file_hash:
        with transaction(conn):
            touch_sources(conn, candidate.key, fingerprint)
        return SourceChange.UNCHANGED
    articles = extract_articles(candidate.shown, data)
    changes: set[SourceChange] = set()
    with transaction(conn):
        for item_key, article in articles:
            saved = save_source(conn, candidate.key, item_key, article, fingerprint)
            changes.add(saved.change)
            if saved.article_written:
                derive(conn, saved.article_id, article)
        if known is not None:
            # Feed items that left the feed keep their sources (and articles): record
            # that the file as a whole was seen in this state.
            touch_sources(conn, candidate.key, fingerprint)
    if known is None:
        return SourceChange.NEW
    if changes == {SourceChange.UNCHANGED}:
        return SourceChange.UNCHANGED
    return SourceChange.CHANGED


def index_paths(
    conn: sqlite3.Connection,
    paths: Iterable[str | os.PathLike[str]],
    *,
    progress: ProgressCallback | None = None,
    on_skip: Callable[[SkippedFile], None] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> IndexSummary:
    """Index files and folders (recursively) into the library.

    `progress(done, total, path)` is called after each file; `on_skip` as soon as a file
    is skipped (the summary lists them all too). Raises IngestionError, before indexing
    anything, when a path does not exist.
    """
    candidates, refused = collect_files(paths)
    summary = IndexSummary()
    for skipped in refused:
        summary.skipped.append(skipped)
        if on_skip is not None:
            on_skip(skipped)
    derive = _Deriver()
    total = len(candidates)
    batch = _Batch(conn)
    for done, candidate in enumerate(candidates, start=1):
        batch.open()
        try:
            change = _index_file(conn, candidate, max_bytes, derive)
        except IngestionError as exc:
            skipped = SkippedFile(candidate.shown, str(exc))
            summary.skipped.append(skipped)
            if on_skip is not None:
                on_skip(skipped)
        except BaseException:
            # The failing file rolled back alone (its savepoint); keep the ones before it.
            batch.commit()
            raise
        else:
            summary.count(change)
        batch.commit_if_full()
        if progress is not None:
            progress(done, total, candidate.shown)
    batch.commit()
    return summary


class _Batch:
    """A write transaction spanning several files, committed when full or old enough."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self._files = 0
        self._opened_at = 0.0

    def open(self) -> None:
        if not self._conn.in_transaction:
            begin_write(self._conn)
            self._files = 0
            self._opened_at = time.monotonic()

    def commit_if_full(self) -> None:
        self._files += 1
        if self._files >= BATCH_FILES or time.monotonic() - self._opened_at >= BATCH_SECONDS:
            self.commit()
            # Leave the write lock free for a moment, so a tag or note written meanwhile
            # (by the app or `regreader tag`) gets in between batches (see begin_write).
            time.sleep(HAND_OVER_S)

    def commit(self) -> None:
        if self._conn.in_transaction:
            self._conn.execute("COMMIT")
