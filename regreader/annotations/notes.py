"""Notes: plain text of any length, one per quote or article."""

from __future__ import annotations

import sqlite3

from regreader.annotations.anchors import (
    article_anchor,
    find_article_anchor,
    find_quote_anchor,
    quote_anchor,
)
from regreader.annotations.model import AnnotationError, Note, utc_now
from regreader.storage import transaction
from regreader.text import clean_text

_NOTE_ROWS = """
    SELECT n.anchor_id, n.body, n.created_at, n.modified_at,
           a.target, a.article_id, a.quote_id, a.orphaned
      FROM notes AS n JOIN anchors AS a ON a.id = n.anchor_id
"""


def _row_to_note(row: sqlite3.Row) -> Note:
    return Note(
        anchor_id=row["anchor_id"],
        target=row["target"],
        article_id=row["article_id"],
        quote_id=row["quote_id"],
        body=row["body"],
        created_at=row["created_at"],
        modified_at=row["modified_at"],
        orphaned=bool(row["orphaned"]),
    )


def get_note(conn: sqlite3.Connection, anchor_id: int) -> Note | None:
    row = conn.execute(_NOTE_ROWS + " WHERE n.anchor_id = ?", (anchor_id,)).fetchone()
    return None if row is None else _row_to_note(row)


def set_note(conn: sqlite3.Connection, anchor_id: int, body: str) -> Note:
    """Write (or replace) the note of an anchor; the creation time is kept on edits."""
    text = clean_text(body)
    if not text.strip():
        raise AnnotationError("A note cannot be empty; delete it instead.")
    now = utc_now()
    with transaction(conn):
        conn.execute(
            "INSERT INTO notes(anchor_id, body, created_at, modified_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT(anchor_id) DO UPDATE SET body = excluded.body,"
            " modified_at = excluded.modified_at",
            (anchor_id, text, now, now),
        )
    note = get_note(conn, anchor_id)
    assert note is not None
    return note


def delete_note(conn: sqlite3.Connection, anchor_id: int) -> bool:
    with transaction(conn):
        cursor = conn.execute("DELETE FROM notes WHERE anchor_id = ?", (anchor_id,))
    return cursor.rowcount > 0


def set_quote_note(conn: sqlite3.Connection, quote_id: int, body: str) -> Note:
    with transaction(conn):
        return set_note(conn, quote_anchor(conn, quote_id), body)


def set_article_note(conn: sqlite3.Connection, article_id: int, body: str) -> Note:
    with transaction(conn):
        return set_note(conn, article_anchor(conn, article_id), body)


def note_for_quote(conn: sqlite3.Connection, quote_id: int) -> Note | None:
    anchor = find_quote_anchor(conn, quote_id)
    return None if anchor is None else get_note(conn, anchor)


def note_for_article(conn: sqlite3.Connection, article_id: int) -> Note | None:
    anchor = find_article_anchor(conn, article_id)
    return None if anchor is None else get_note(conn, anchor)


def list_notes(conn: sqlite3.Connection, article_id: int | None = None) -> list[Note]:
    """Every note (orphaned ones too), or those of one article and its quotes."""
    if article_id is None:
        rows = conn.execute(_NOTE_ROWS + " ORDER BY n.modified_at DESC, n.anchor_id")
    else:
        rows = conn.execute(
            _NOTE_ROWS + " WHERE a.article_id = ? ORDER BY a.quote_start, n.anchor_id",
            (article_id,),
        )
    return [_row_to_note(row) for row in rows]
