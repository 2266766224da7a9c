"""Full-text rows held back to the end of a write batch (storage.fts.PendingIndex)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from regreader.ingestion.pipeline import index_paths
from regreader.storage import transaction
from regreader.storage.fts import PendingIndex, article_index_row, refresh_article

INDEXED = "SELECT rowid, title, body, quotes FROM articles_fts ORDER BY rowid"


def _insert_article(conn: sqlite3.Connection, title: str, body: str) -> int:
    cursor = conn.execute(
        "INSERT INTO articles(content_hash, source_path, title, body, languages, added_at,"
        " updated_at) VALUES (?, ?, ?, ?, 'en', '', '')",
        (title, f"/{title}.txt", title, body),
    )
    return int(cursor.lastrowid or 0)


def test_bulk_indexing_writes_index_rows_only_outside_savepoints(
    library: sqlite3.Connection, corpus_dir: Path
) -> None:
    # FTS5 flushes its pending terms at every savepoint: index rows written inside the
    # per-file savepoints made a segment per article (see PendingIndex).
    depth = 0
    writes_inside: list[str] = []
    index_writes = 0

    def trace(statement: str) -> None:
        nonlocal depth, index_writes
        words = statement.split()
        if words[:1] == ["SAVEPOINT"]:
            depth += 1
        elif words[:1] == ["RELEASE"]:
            depth -= 1
        elif "_fts" in statement and words[0] in ("INSERT", "DELETE"):
            index_writes += 1
            if depth:
                writes_inside.append(statement)

    library.set_trace_callback(trace)
    index_paths(library, [corpus_dir])
    library.set_trace_callback(None)
    assert index_writes > 0
    assert writes_inside == []


def test_rows_made_while_indexing_equal_rows_made_from_storage(
    library: sqlite3.Connection, corpus_dir: Path
) -> None:
    index_paths(library, [corpus_dir])
    indexed = library.execute(INDEXED).fetchall()
    assert len(indexed) == 5
    for rowid, *columns in indexed:
        assert tuple(columns) == article_index_row(library, rowid)
    assert any(quotes for _, _, _, quotes in indexed)  # speakers and roles are in


def test_the_last_state_of_a_row_wins_and_a_deleted_article_leaves_no_row(
    library: sqlite3.Connection,
) -> None:
    with transaction(library):
        kept = _insert_article(library, "kept", "first words")
        gone = _insert_article(library, "gone", "doomed words")
    pending = PendingIndex()
    with transaction(library):
        refresh_article(library, kept, pending=pending)
        refresh_article(library, gone, pending=pending)
        library.execute("UPDATE articles SET body = 'second words' WHERE id = ?", (kept,))
        refresh_article(library, kept, pending=pending)
        library.execute("DELETE FROM articles WHERE id = ?", (gone,))
        assert library.execute(INDEXED).fetchall() == []  # nothing written yet
        pending.write(library)
    assert pending == PendingIndex()  # nothing left pending
    rows = library.execute(INDEXED).fetchall()
    assert [tuple(row) for row in rows] == [(kept, "kept", "second word", "")]


def test_a_pending_delete_removes_an_indexed_row(library: sqlite3.Connection) -> None:
    with transaction(library):
        article = _insert_article(library, "short", "lived")
        refresh_article(library, article)
    assert len(library.execute(INDEXED).fetchall()) == 1
    pending = PendingIndex()
    with transaction(library):
        library.execute("DELETE FROM articles WHERE id = ?", (article,))
        refresh_article(library, article, pending=pending)
        pending.write(library)
    assert library.execute(INDEXED).fetchall() == []
    library.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")
