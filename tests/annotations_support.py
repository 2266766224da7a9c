"""Shared set-up for the annotations tests: a library with hand-made articles and quotes."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from regreader.storage import open_library, transaction

NOW = "2024-05-01T00:00:00+00:00"


def new_library(tmp_path: Path, name: str = "library.db") -> sqlite3.Connection:
    return open_library(tmp_path / name)


def add_article(
    conn: sqlite3.Connection,
    body: str,
    quotes: list[str],
    *,
    path: str = "/corpus/a.txt",
    title: str = "Title",
    published: str | None = "2024-03-01",
    kind: str = "quote",
) -> int:
    """Store an article and the given quote texts (each must occur in `body`)."""
    with transaction(conn):
        cursor = conn.execute(
            "INSERT INTO articles(content_hash, source_path, title, published, body, added_at,"
            " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (hashlib.sha256(body.encode()).hexdigest(), path, title, published, body, NOW, NOW),
        )
        article_id = int(cursor.lastrowid or 0)
        conn.execute(
            "INSERT INTO sources(path, article_id, file_hash, size, mtime_ns)"
            " VALUES (?, ?, ?, ?, ?)",
            (path, article_id, "x", len(body), 0),
        )
        store_quotes(conn, article_id, quotes, kind=kind)
    return article_id


def store_quotes(
    conn: sqlite3.Connection, article_id: int, quotes: list[str], *, kind: str = "quote"
) -> None:
    """Replace an article's quotes the way the quotes layer does: unchanged texts keep their
    ids, vanished ones are deleted, new ones inserted (positions from the body)."""
    body = conn.execute("SELECT body FROM articles WHERE id = ?", (article_id,)).fetchone()[0]
    existing = {
        row[1]: row[0]
        for row in conn.execute("SELECT id, text FROM quotes WHERE article_id = ?", (article_id,))
    }
    with transaction(conn):
        for text, quote_id in existing.items():
            if text not in quotes:
                conn.execute("DELETE FROM quotes WHERE id = ?", (quote_id,))
        cursor = 0
        for seq, text in enumerate(quotes):
            start = body.index(text, cursor)
            cursor = start + len(text)
            if text in existing:
                conn.execute(
                    "UPDATE quotes SET seq = ?, start = ?, end = ? WHERE id = ?",
                    (seq, start, cursor, existing[text]),
                )
            else:
                conn.execute(
                    "INSERT INTO quotes(article_id, seq, kind, text, start, end, lang)"
                    " VALUES (?, ?, ?, ?, ?, ?, 'en')",
                    (article_id, seq, kind, text, start, cursor),
                )


def edit_article(conn: sqlite3.Connection, article_id: int, body: str, quotes: list[str]) -> None:
    """Change an article in place and re-anchor, as re-indexing an edited file does."""
    from regreader.annotations.anchors import reanchor_article

    with transaction(conn):
        conn.execute(
            "UPDATE articles SET body = ?, content_hash = ? WHERE id = ?",
            (body, hashlib.sha256(body.encode()).hexdigest(), article_id),
        )
        store_quotes(conn, article_id, quotes)
        reanchor_article(conn, article_id)


def quote_id(conn: sqlite3.Connection, article_id: int, text: str) -> int:
    row = conn.execute(
        "SELECT id FROM quotes WHERE article_id = ? AND text = ?", (article_id, text)
    ).fetchone()
    assert row is not None, text
    return int(row[0])
