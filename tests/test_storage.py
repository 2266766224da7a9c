"""Opening the library: migrations, WAL, and refusing files that are not ours untouched."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from regreader.errors import DatabaseError
from regreader.storage import open_library, transaction
from regreader.storage.migrations import LATEST_VERSION


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_library_is_migrated_to_latest_in_wal_mode(tmp_path: Path) -> None:
    conn = open_library(tmp_path / "sub" / "lib.db")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    assert {"articles", "sources", "article_regions", "articles_fts", "quotes"} <= tables


def test_reopening_is_idempotent(tmp_path: Path) -> None:
    path = tmp_path / "lib.db"
    open_library(path).close()
    conn = open_library(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION


def test_empty_file_becomes_a_library(tmp_path: Path) -> None:
    path = tmp_path / "lib.db"
    path.touch()
    conn = open_library(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\x00\x01garbage" * 500, "not a SQLite database"),
        (b"This is a plain text file, not a database.\n", "not a SQLite database"),
    ],
)
def test_non_sqlite_file_is_refused_untouched(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "lib.db"
    path.write_bytes(content)
    before = _digest(path)
    with pytest.raises(DatabaseError, match=message):
        open_library(path)
    assert _digest(path) == before


def test_truncated_library_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "lib.db"
    conn = open_library(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = path.read_bytes()
    path.write_bytes(data[:100])  # header survives, pages are gone
    before = _digest(path)
    with pytest.raises(DatabaseError):
        open_library(path)
    assert _digest(path) == before


def test_another_programs_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    other.commit()
    other.close()
    before = _digest(path)
    with pytest.raises(DatabaseError, match="another program"):
        open_library(path)
    assert _digest(path) == before


def test_newer_schema_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "lib.db"
    conn = open_library(path)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = _digest(path)
    with pytest.raises(DatabaseError, match="newer regreader"):
        open_library(path)
    assert _digest(path) == before


def test_folder_as_database_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="folder"):
        open_library(tmp_path)


def test_transaction_rolls_back_on_error(tmp_path: Path) -> None:
    conn = open_library(tmp_path / "lib.db")
    with pytest.raises(RuntimeError), transaction(conn):
        conn.execute(
            "INSERT INTO articles (content_hash, source_path, title, body, added_at, updated_at)"
            " VALUES ('h', 'p', 't', 'b', 'now', 'now')"
        )
        raise RuntimeError("boom")
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 0


def test_nested_transaction_joins_the_outer_one(tmp_path: Path) -> None:
    conn = open_library(tmp_path / "lib.db")
    with transaction(conn):
        with transaction(conn):
            conn.execute(
                "INSERT INTO articles (content_hash, source_path, title, body, added_at,"
                " updated_at) VALUES ('h', 'p', 't', 'b', 'now', 'now')"
            )
        assert conn.in_transaction
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 1


def test_nested_transaction_failure_rolls_back_only_the_inner_work(tmp_path: Path) -> None:
    conn = open_library(tmp_path / "lib.db")
    insert = (
        "INSERT INTO articles (content_hash, source_path, title, body, added_at, updated_at)"
        " VALUES (?, 'p', 't', 'b', 'now', 'now')"
    )
    with transaction(conn):
        conn.execute(insert, ("kept",))
        with pytest.raises(RuntimeError), transaction(conn):
            conn.execute(insert, ("dropped",))
            raise RuntimeError("one bad file")
    hashes = [row[0] for row in conn.execute("SELECT content_hash FROM articles")]
    assert hashes == ["kept"]


def test_a_version_4_library_keeps_its_speakers_searchable_after_migrating(
    tmp_path: Path,
) -> None:
    from regreader.search import search
    from regreader.storage.migrations import MIGRATIONS, _statements

    path = tmp_path / "v4.db"
    old = sqlite3.connect(path, isolation_level=None)
    for migration in MIGRATIONS[:4]:
        for statement in _statements(migration.sql):
            old.execute(statement)
    old.execute("PRAGMA user_version = 4")
    old.execute(
        "INSERT INTO articles(id, content_hash, source_path, title, body, languages, added_at,"
        " updated_at) VALUES (1, 'h', '/a.txt', 'Roads', '“We will build roads,” he said.',"
        " 'en', '', '')"
    )
    old.execute(
        "INSERT INTO quotes(id, article_id, seq, kind, text, start, end, lang, speaker)"
        " VALUES (7, 1, 0, 'quote', 'We will build roads,', 1, 21, 'en', 'Dmitry Makhonin')"
    )
    old.execute(
        "INSERT INTO quotes_fts(rowid, text, speaker, translation)"
        " VALUES (7, 'we will build road', 'dmitri makhonin', '')"
    )
    old.execute("INSERT INTO articles_fts(rowid, title, body, quotes) VALUES (1, 'road', '', '')")
    old.close()

    conn = open_library(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    assert "quotes_fts" not in names
    assert [hit.id for hit in search(conn, "speaker:makhonin").hits] == [1]
