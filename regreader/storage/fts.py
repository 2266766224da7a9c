"""Keeping the stemmed full-text tables in step with the rows they index.

Both FTS tables hold `regreader.text.stem_text` of their sources, so Russian and English
word forms meet at their stems. Callers write the base rows, then call the refresh for
the rows they touched, inside the same transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from regreader.text import stem_text


def refresh_article(
    conn: sqlite3.Connection, article_id: int, *, stems: tuple[str, str] | None = None
) -> None:
    """Re-index one article: title, body, and its quotes' speakers and translations.

    `stems` is (stem_text(title), stem_text(body)) when the caller made them already
    (indexing does, in worker processes).
    """
    row = conn.execute("SELECT title, body FROM articles WHERE id = ?", (article_id,)).fetchone()
    conn.execute("DELETE FROM articles_fts WHERE rowid = ?", (article_id,))
    if row is None:
        return
    title_stems, body_stems = stems or (stem_text(row["title"]), stem_text(row["body"]))
    # Each distinct name, role and translation once: a speaker quoted ten times must not
    # outweigh the body in ranking.
    extras = [
        value
        for (value,) in conn.execute(
            """
            SELECT speaker FROM quotes WHERE article_id = :id AND speaker IS NOT NULL
            UNION
            SELECT role FROM quotes WHERE article_id = :id AND role IS NOT NULL
            UNION
            SELECT t.translation FROM quote_translations AS t
              JOIN quotes AS q ON q.id = t.quote_id WHERE q.article_id = :id
            """,
            {"id": article_id},
        )
    ]
    conn.execute(
        "INSERT INTO articles_fts(rowid, title, body, quotes) VALUES (?, ?, ?, ?)",
        (article_id, title_stems, body_stems, stem_text(" ".join(extras))),
    )


def refresh_quotes(conn: sqlite3.Connection, quote_ids: Iterable[int]) -> None:
    """Re-index quotes: their text, speaker and every stored translation."""
    for quote_id in quote_ids:
        conn.execute("DELETE FROM quotes_fts WHERE rowid = ?", (quote_id,))
        row = conn.execute(
            """
            SELECT q.text, q.speaker,
                   (SELECT group_concat(translation, ' ') FROM quote_translations
                     WHERE quote_id = q.id) AS translation
              FROM quotes AS q WHERE q.id = ?
            """,
            (quote_id,),
        ).fetchone()
        if row is None:
            continue
        conn.execute(
            "INSERT INTO quotes_fts(rowid, text, speaker, translation) VALUES (?, ?, ?, ?)",
            (
                quote_id,
                stem_text(row["text"]),
                stem_text(row["speaker"] or ""),
                stem_text(row["translation"] or ""),
            ),
        )


def quote_index_form(text: str, speaker: str | None) -> tuple[str, str]:
    """What the quote index stores for a quote's text and speaker."""
    return stem_text(text), stem_text(speaker or "")


def index_new_quotes(conn: sqlite3.Connection, quotes: Iterable[tuple[int, str, str]]) -> None:
    """Index quotes just inserted, as (id, *quote_index_form(text, speaker)).

    No translation yet, no look-ups: one statement for all, and no DELETE per quote as in
    refresh_quotes; OR REPLACE still drops a stale index row should one ever hold a
    reused id.
    """
    conn.executemany(
        "INSERT OR REPLACE INTO quotes_fts(rowid, text, speaker, translation) VALUES (?, ?, ?, '')",
        list(quotes),
    )


def forget_quotes(conn: sqlite3.Connection, article_id: int) -> None:
    """Drop the index rows of an article's quotes (before its quotes are replaced)."""
    conn.execute(
        "DELETE FROM quotes_fts WHERE rowid IN (SELECT id FROM quotes WHERE article_id = ?)",
        (article_id,),
    )
