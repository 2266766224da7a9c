"""Opening the library file safely.

A file is inspected read-only before anything writes to it, so that a damaged file,
another program's database or one made by a newer regreader is refused untouched.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

from regreader.errors import DatabaseError
from regreader.storage.migrations import LATEST_VERSION, migrate

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000
# A writer waits this long for another to finish (see begin_write), checking this often.
WRITE_WAIT_S = 60.0
WRITE_POLL_S = 0.002


def inspect_existing(path: Path) -> int | None:
    """The schema version of an existing library file, or None when there is none yet.

    Raises DatabaseError, without writing a byte, when the file is not ours to open.
    """
    if not path.exists():
        return None
    if path.is_dir():
        raise DatabaseError(f"{path} is a folder, not a database file.")
    if path.stat().st_size == 0:
        return None
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseError(f"Cannot read {path}: {exc.strerror or exc}.") from exc
    if header != SQLITE_HEADER:
        raise DatabaseError(
            f"{path} is not a SQLite database (damaged or another kind of file); "
            "it was left untouched. Choose another file with --db."
        )
    sidecars_before = {side for side in _sidecars(path) if side.exists()}
    try:
        return _check_schema(path)
    except DatabaseError:
        _remove_new_empty_sidecars(path, sidecars_before)
        raise


def _check_schema(path: Path) -> int:
    try:
        probe = sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True)
        try:
            version = probe.execute("PRAGMA user_version").fetchone()[0]
            tables = {row[0] for row in probe.execute("SELECT name FROM sqlite_master")}
        finally:
            probe.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(
            f"{path} is a damaged SQLite database ({exc}); it was left untouched."
        ) from exc
    if version == 0 and tables:
        raise DatabaseError(
            f"{path} belongs to another program (it has tables but no regreader schema); "
            "it was left untouched. Choose another file with --db."
        )
    if version > LATEST_VERSION:
        raise DatabaseError(
            f"{path} was written by a newer regreader (schema {version}, this one knows "
            f"up to {LATEST_VERSION}); it was left untouched. Upgrade regreader to open it."
        )
    if version > 0 and "articles" not in tables:
        raise DatabaseError(f"{path} is not a regreader library; it was left untouched.")
    return int(version)


def _sidecars(path: Path) -> tuple[Path, Path]:
    return path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")


def _remove_new_empty_sidecars(path: Path, existed: set[Path]) -> None:
    """Tidy what the read-only probe of a refused WAL-mode file left: an empty -wal and its
    -shm index, made by the probe itself. Anything that held data or was there before stays."""
    wal, shm = _sidecars(path)
    if wal in existed or not wal.exists() or wal.stat().st_size:
        return
    for side in (wal, shm):
        if side not in existed:
            side.unlink(missing_ok=True)


def connect(path: Path) -> sqlite3.Connection:
    """A connection with regreader's settings, without schema checks (see open_library)."""
    conn = sqlite3.connect(
        path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
    )
    conn.row_factory = sqlite3.Row
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def open_library(path: Path) -> sqlite3.Connection:
    """Open (creating or migrating as needed) the library at `path`."""
    path = Path(path)
    inspect_existing(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError(f"Cannot create the folder for {path}: {exc.strerror or exc}.") from exc
    try:
        conn = connect(path)
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode.lower() != "wal":
            conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA synchronous = NORMAL")
        migrate(conn, transaction)
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"Cannot open the library {path}: {exc}.") from exc
    return conn


def _is_locked(exc: sqlite3.OperationalError) -> bool:
    message = str(exc).lower()
    return "locked" in message or "busy" in message


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction, taken eagerly and retried while another writer holds the lock.

    Nested use becomes a savepoint inside the outer transaction: an error rolls back the
    inner work only, so a batch of files can survive one bad file.
    """
    if conn.in_transaction:
        with _savepoint(conn):
            yield conn
        return
    begin_write(conn)
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def begin_write(conn: sqlite3.Connection) -> None:
    """BEGIN IMMEDIATE, waiting up to WRITE_WAIT_S while another writer holds the lock.

    The wait polls every few milliseconds instead of using SQLite's busy handler, whose
    back-off soon sleeps 100 ms at a time: a long writer (indexing commits a batch every
    half second and starts the next at once) would leave such a waiter starving until it
    finished, so a tag typed during indexing would hang for the whole run.
    """
    deadline = time.monotonic() + WRITE_WAIT_S
    conn.execute("PRAGMA busy_timeout = 0")
    try:
        while True:
            try:
                conn.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                if not _is_locked(exc) or time.monotonic() >= deadline:
                    raise DatabaseError(
                        "The library is busy: another regreader is writing to it. Try again."
                    ) from exc
                time.sleep(WRITE_POLL_S)
    finally:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")


@contextmanager
def _savepoint(conn: sqlite3.Connection) -> Iterator[None]:
    name = f"sp{id(conn)}_{time.monotonic_ns()}"
    conn.execute(f"SAVEPOINT {name}")
    try:
        yield
    except BaseException:
        conn.execute(f"ROLLBACK TO {name}")
        conn.execute(f"RELEASE {name}")
        raise
    conn.execute(f"RELEASE {name}")
