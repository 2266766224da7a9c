"""Files and folders in, articles out: the indexing run.

The main process finds the files, decides which changed (a file whose size and mtime are
as recorded is not even opened), and writes. Reading and analysing the files (decoding,
titles, regions, quotes, stems: see prepare.py) is most of the work; on a large run it
happens in worker processes, in order, while the main process writes what they return.

Each file is written under one savepoint (its articles, their regions, quotes and
re-anchored annotations); its full-text rows are kept aside until then and written
with the batch's, just before it commits (storage.fts.PendingIndex says why). Files
are committed in batches of a thousand or half a second, whichever comes first. A
crash or Ctrl-C therefore leaves every committed file whole, full-text rows included,
and loses at most the open batch, which the next run redoes; a file that fails rolls
back alone and leaves no rows. A file that cannot be indexed is reported with its
reason and the run goes on.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import sqlite3
import stat
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from regreader.errors import IngestionError
from regreader.ingestion.analysis_version import ANALYSIS_VERSION
from regreader.ingestion.prepare import (
    SUPPORTED_SUFFIXES,
    PreparedArticle,
    PreparedFile,
    ReadJob,
    SkipFile,
    human_size,
    prepare_files,
)
from regreader.storage import transaction
from regreader.storage.articles import (
    SavedSource,
    SourceChange,
    known_source,
    replace_regions,
    save_source,
    touch_sources,
)
from regreader.storage.db import begin_write
from regreader.storage.fts import PendingIndex

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
# Every commit writes the pages the batch touched, the upper levels of each index among
# them: at 100k articles, batches of 1,024 files instead of 256 and a 64 MB page cache
# instead of SQLite's 2 MB cut the writer's CPU by a sixth.
BATCH_FILES = 1024
WRITE_CACHE_KIB = 64 * 1024
# Each file is written under a savepoint, whose journal keeps the original of every page
# the file changes; past 64 kB SQLite spills it to a temporary file. Kept in memory, the
# writer writes 25 kB per article instead of 95 (for a 9 kB share of the database) and
# spends half the system time; a journal lives only as long as its file's savepoint.
WRITE_TEMP_STORE = "MEMORY"
BATCH_SECONDS = 0.5
HAND_OVER_S = 0.01
# Worker processes pay off from a few hundred files on (starting them costs ~0.3 s).
PARALLEL_MIN_FILES = 200
# Files per round trip to a worker: analysed stage by stage (prepare.prepare_files), the
# more at once the better, up to about this many; fewer when they are large.
JOBS_PER_TASK = 64
BYTES_PER_TASK = 8 * 1024 * 1024
TASKS_IN_FLIGHT = 4  # per worker: enough to keep it busy, little enough to bound memory
WORKER_NICENESS = 10
# Imported once by the forkserver the workers are forked from (it ignores a failing one).
WORKER_PRELOAD = ("regreader.ingestion.worker_start",)

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
    # Unchanged files read again because this regreader analyses text better than the one
    # that indexed them (see analysis_version.ANALYSIS_VERSION).
    reanalysed: int = 0
    skipped: list[SkippedFile] = field(default_factory=list)

    def count(self, change: SourceChange) -> None:
        if change is SourceChange.NEW:
            self.new += 1
        elif change is SourceChange.CHANGED:
            self.changed += 1
        elif change is SourceChange.REANALYSED:
            self.reanalysed += 1
        else:
            self.unchanged += 1

    def line(self) -> str:
        reanalysed = f"reanalysed {self.reanalysed}, " if self.reanalysed else ""
        return (
            f"new {self.new}, changed {self.changed}, unchanged {self.unchanged}, "
            f"{reanalysed}skipped {len(self.skipped)}"
        )


@dataclass(frozen=True)
class Candidate:
    """A file to index: as the user named it, and the absolute path it is stored under."""

    shown: Path
    key: str


# --- finding the files -----------------------------------------------------------------


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


# --- which files to read ----------------------------------------------------------------


def _triage(
    conn: sqlite3.Connection, candidate: Candidate, max_bytes: int
) -> ReadJob | SourceChange:
    """UNCHANGED when size and mtime are as recorded and the file was analysed as this
    regreader would; otherwise the job of reading it."""
    info = _check_stat(candidate.key, max_bytes)
    known = known_source(conn, candidate.key)
    outdated = known is not None and known.analysed_with != ANALYSIS_VERSION
    if known is not None and not outdated:
        recorded = known.fingerprint
        if (recorded.size, recorded.mtime_ns) == (info.st_size, info.st_mtime_ns):
            return SourceChange.UNCHANGED
    return ReadJob(
        key=candidate.key,
        shown=candidate.shown,
        size=info.st_size,
        mtime_ns=info.st_mtime_ns,
        max_bytes=max_bytes,
        known_hash=known.fingerprint.file_hash if known else None,
        reanalyse=outdated,
    )


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


# --- reading them, here or in worker processes ---------------------------------------


def _worker_count() -> int:
    return min(os.cpu_count() or 1, 8)


def _yield_to_the_writer() -> None:
    """Run a worker process at a lower priority than the main one.

    The main process writes every article, in order: it is the run's bottleneck. With as
    many workers as cores it would get only its fair share of a core; at a lower
    priority the workers use what the writer leaves (about 10% more articles/s).
    """
    # No os.nice on Windows; a sandbox may refuse it. Either way, run at normal priority.
    with contextlib.suppress(AttributeError, OSError):
        os.nice(WORKER_NICENESS)


def _chunks(jobs: list[ReadJob]) -> Iterator[list[ReadJob]]:
    chunk: list[ReadJob] = []
    size = 0
    for job in jobs:
        if chunk and (len(chunk) >= JOBS_PER_TASK or size + job.size > BYTES_PER_TASK):
            yield chunk
            chunk, size = [], 0
        chunk.append(job)
        size += job.size
    if chunk:
        yield chunk


def _prepared_in_order(jobs: list[ReadJob]) -> Iterator[PreparedFile]:
    """prepare_file for every job, in the jobs' order; in worker processes when it pays."""
    if len(jobs) < PARALLEL_MIN_FILES or _worker_count() < 2:
        for chunk in _chunks(jobs):
            yield from prepare_files(chunk)
        return
    # forkserver, not fork: the app indexes from a thread, and forking a threaded
    # process is unsafe. The forkserver imports and builds what workers need once, up front.
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(list(WORKER_PRELOAD))
    workers = _worker_count()
    with _stderr_with_a_descriptor():
        pool = context.Pool(workers, initializer=_yield_to_the_writer)
    with pool:
        chunks = iter(_chunks(jobs))
        in_flight: deque[multiprocessing.pool.AsyncResult[list[PreparedFile]]] = deque()
        for chunk in chunks:
            in_flight.append(pool.apply_async(prepare_files, (chunk,)))
            if len(in_flight) >= workers * TASKS_IN_FLIGHT:
                yield from in_flight.popleft().get()
        while in_flight:
            yield from in_flight.popleft().get()


@contextlib.contextmanager
def _stderr_with_a_descriptor() -> Iterator[None]:
    """Starting workers, multiprocessing hands sys.stderr's file descriptor to the resource
    tracker process it starts. Inside the app, Textual's capture of stderr has none (its
    fileno() is -1), and the start failed: 'bad value(s) in fds_to_keep'. Meanwhile
    stderr is the null device, so nothing written to it reaches the app's screen raw."""
    try:
        usable = sys.stderr is not None and sys.stderr.fileno() >= 0
    except (AttributeError, OSError, ValueError):
        usable = False
    if usable:
        yield
        return
    captured = sys.stderr
    with open(os.devnull, "w", encoding="utf-8") as null:
        sys.stderr = null
        try:
            yield
        finally:
            sys.stderr = captured


# --- writing ---------------------------------------------------------------------------


class _Deriver:
    """What is stored alongside an article's text when it is written.

    The modules are imported on first use: quotes and anchors pull in heavier libraries
    the app does not need at start-up.
    """

    def __init__(self) -> None:
        from regreader.annotations.anchors import reanchor_article
        from regreader.quotes.store import store_article_quotes
        from regreader.storage.fts import refresh_article

        self._store_quotes = store_article_quotes
        self._reanchor = reanchor_article
        self._refresh = refresh_article

    def __call__(
        self,
        conn: sqlite3.Connection,
        saved: SavedSource,
        prepared: PreparedArticle,
        pending: PendingIndex,
    ) -> None:
        article_id, new_article = saved.article_id, saved.inserted
        replace_regions(conn, article_id, prepared.regions, new_article=new_article)
        self._store_quotes(
            conn,
            article_id,
            prepared.content.body,
            extraction=prepared.extraction,
            speaker_rows=prepared.speaker_rows,
            pending=pending,
            new_article=new_article,
        )
        self._reanchor(conn, article_id)
        self._refresh(
            conn,
            article_id,
            stems=(prepared.title_stems, prepared.body_stems),
            # An article stored before may have translations, which the index holds too.
            extras=prepared.extras_stems if new_article else None,
            pending=pending,
        )


def _write_file(
    conn: sqlite3.Connection,
    job: ReadJob,
    prepared: PreparedFile,
    derive: _Deriver,
    batch_index: PendingIndex,
) -> SourceChange:
    if prepared.skip_reason is not None:
        raise SkipFile(prepared.skip_reason)
    fingerprint = prepared.fingerprint
    assert fingerprint is not None  # set whenever the file was read
    if prepared.same_bytes:
        with transaction(conn):
            touch_sources(conn, job.key, fingerprint, analysis=ANALYSIS_VERSION)
        return SourceChange.UNCHANGED
    changes: set[SourceChange] = set()
    file_index = PendingIndex()
    with transaction(conn):
        for article in prepared.articles:
            saved = save_source(
                conn,
                job.key,
                article.item_key,
                article.content,
                fingerprint,
                analysis=ANALYSIS_VERSION,
                reanalyse=job.reanalyse,
            )
            changes.add(saved.change)
            if saved.article_written:
                derive(conn, saved, article, file_index)
        if job.known_hash is not None:
            # Feed items that left the feed keep their sources (and articles): record
            # that the file as a whole was seen in this state.
            touch_sources(conn, job.key, fingerprint, analysis=ANALYSIS_VERSION)
    # Only now: the index rows of a file that rolled back must not be written.
    batch_index.absorb(file_index)
    if job.known_hash is None:
        return SourceChange.NEW
    if changes == {SourceChange.UNCHANGED}:
        return SourceChange.UNCHANGED
    if changes <= {SourceChange.UNCHANGED, SourceChange.REANALYSED}:
        return SourceChange.REANALYSED
    return SourceChange.CHANGED


# --- the run -------------------------------------------------------------------------------


class _Run:
    """Counting, reporting and committing for one index_paths call."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        total: int,
        progress: ProgressCallback | None,
        on_skip: Callable[[SkippedFile], None] | None,
    ) -> None:
        self.summary = IndexSummary()
        self.batch = _Batch(conn)
        self._done = 0
        self._total = total
        self._progress = progress
        self._on_skip = on_skip

    def skip(self, path: Path, reason: str) -> None:
        skipped = SkippedFile(path, reason)
        self.summary.skipped.append(skipped)
        if self._on_skip is not None:
            self._on_skip(skipped)

    def file_done(self, path: Path) -> None:
        self._done += 1
        if self._progress is not None:
            self._progress(self._done, self._total, path)


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
    run = _Run(conn, len(candidates), progress, on_skip)
    for skipped in refused:
        run.skip(skipped.path, skipped.reason)
    steps = [(candidate, _step(conn, candidate, max_bytes)) for candidate in candidates]
    jobs = [step for _, step in steps if isinstance(step, ReadJob)]
    with _write_settings(conn):
        _write_all(conn, run, steps, _prepared_in_order(jobs))
    return run.summary


def _write_all(
    conn: sqlite3.Connection,
    run: _Run,
    steps: list[tuple[Candidate, ReadJob | SourceChange | SkipFile]],
    prepared: Iterator[PreparedFile],
) -> None:
    derive = _Deriver()
    batch = run.batch
    # Outcomes are reported in file order, whether decided here or by a worker.
    for candidate, step in steps:
        if isinstance(step, SkipFile):
            run.skip(candidate.shown, str(step))
        elif isinstance(step, SourceChange):
            run.summary.count(step)
        else:
            batch.open()
            try:
                change = _write_file(conn, step, next(prepared), derive, batch.index)
            except IngestionError as exc:
                run.skip(candidate.shown, str(exc))
            except BaseException:
                # The failing file rolled back alone (its savepoint); keep those before it.
                batch.commit()
                raise
            else:
                run.summary.count(change)
            batch.commit_if_full()
        run.file_done(candidate.shown)
    batch.commit()


@contextlib.contextmanager
def _write_settings(conn: sqlite3.Connection) -> Iterator[None]:
    """A larger page cache and in-memory savepoint journals while the connection writes
    a run; the connection's own settings after."""
    cache_before = conn.execute("PRAGMA cache_size").fetchone()[0]
    temp_before = conn.execute("PRAGMA temp_store").fetchone()[0]
    conn.execute(f"PRAGMA cache_size = {-WRITE_CACHE_KIB}")
    conn.execute(f"PRAGMA temp_store = {WRITE_TEMP_STORE}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {int(cache_before)}")
        conn.execute(f"PRAGMA temp_store = {int(temp_before)}")


def _step(
    conn: sqlite3.Connection, candidate: Candidate, max_bytes: int
) -> ReadJob | SourceChange | SkipFile:
    try:
        return _triage(conn, candidate, max_bytes)
    except SkipFile as exc:
        return exc


class _Batch:
    """A write transaction spanning several files, committed when full or old enough."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self._files = 0
        self._opened_at = 0.0
        # The files' full-text rows, written last (see PendingIndex for why).
        self.index = PendingIndex()

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
            self.index.write(self._conn)
            self._conn.execute("COMMIT")
