"""A damaged or foreign file given as --db: one clear line, a non-zero exit, and the
file left exactly as it was (storage-level checks are in test_storage.py; these run the
real command in a subprocess, so a traceback from any layer would show)."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from hardening_support import forbidden_chars, run_regreader, write_articles

from regreader.storage import open_library
from regreader.storage.migrations import LATEST_VERSION


def _truncated(path: Path) -> None:
    conn = open_library(path)
    write_articles(path.parent / "few", 3)
    from regreader.ingestion.pipeline import index_paths

    index_paths(conn, [path.parent / "few"])
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])


def _truncated_inside_header(path: Path) -> None:
    open_library(path).close()
    path.write_bytes(path.read_bytes()[:50])


def _random_bytes(path: Path) -> None:
    path.write_bytes(os.urandom(64 * 1024))


def _random_bytes_behind_a_sqlite_header(path: Path) -> None:
    path.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 64)


def _another_apps_database(path: Path) -> None:
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    other.execute("INSERT INTO invoices (total) VALUES (12.5)")
    other.commit()
    other.close()


def _newer_schema(path: Path) -> None:
    conn = open_library(path)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def _plain_text(path: Path) -> None:
    path.write_text("[bold]not a database[/bold]\x1b[31m\n", encoding="utf-8")


BAD_FILES: dict[str, tuple[Callable[[Path], None], str]] = {
    "truncated": (_truncated, "damaged"),
    "truncated-header": (_truncated_inside_header, "damaged"),
    "random-bytes": (_random_bytes, "not a SQLite database"),
    "garbage-after-header": (_random_bytes_behind_a_sqlite_header, "damaged"),
    "another-app": (_another_apps_database, "another program"),
    "newer-schema": (_newer_schema, "newer regreader"),
    "plain-text": (_plain_text, "not a SQLite database"),
}

COMMANDS: dict[str, tuple[str, ...]] = {
    "search": ("search", "governor"),
    "index": ("index", "{corpus}"),
    "translate": ("translate",),
    "export": ("export", "--format", "jsonl", "-o", "{out}"),
}


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("command", list(COMMANDS))
@pytest.mark.parametrize("kind", list(BAD_FILES))
def test_bad_database_file_gets_one_clear_line_and_is_never_modified(
    tmp_path: Path, kind: str, command: str
) -> None:
    make, expected = BAD_FILES[kind]
    db = tmp_path / "library.db"
    make(db)
    corpus = tmp_path / "corpus"
    write_articles(corpus, 2)
    before = _digest(db)
    siblings_before = sorted(p.name for p in tmp_path.iterdir())
    args = [part.format(corpus=corpus, out=tmp_path / "out.jsonl") for part in COMMANDS[command]]

    result = run_regreader(tmp_path, "--db", str(db), *args)

    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("regreader: ") and expected in lines[0], lines[0]
    assert "Traceback" not in result.stderr and not forbidden_chars(result.stderr)
    assert result.stdout == ""
    assert _digest(db) == before
    # No journal or WAL left behind beside it, and no export file written.
    assert sorted(p.name for p in tmp_path.iterdir()) == siblings_before


def test_folder_given_as_database_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "a-folder"
    folder.mkdir()
    result = run_regreader(tmp_path, "search", "--db", str(folder), "governor")
    assert result.returncode != 0
    assert result.stderr.strip().startswith("regreader: ") and "folder" in result.stderr
    assert "Traceback" not in result.stderr
    assert list(folder.iterdir()) == []
