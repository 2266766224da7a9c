"""Keeping the stemmed full-text tables in step with the rows they index.

Both FTS tables hold `regreader.text.stem_text` of their sources, so Russian and English
word forms meet at their stems. Callers write the base rows, then refresh the index rows
of what they touched, inside the same transaction: at once, or gathered in a
`PendingIndex` that a long write batch writes just before it commits (see there why).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from regreader.text import stem_text

ArticleRow = tuple[str, str, str]  # stemmed title, body, and speakers/roles/translations
QuoteRow = tuple[str, str, str]  # stemmed text, speaker, translations


@dataclass
class PendingIndex:
    """Index rows not written yet: the last state of each row, or None to drop it.

    SQLite (3.40 here) makes FTS5 write its in-memory terms out as a new segment whenever
    a savepoint opens, and every upsert or foreign-keyed write opens one (its statement
    journal). Index rows written file by file therefore left a segment per article, and
    merging them took a third of an indexing run. Gathered here and written together,
    after the batch's other statements and right before COMMIT, they go out as a few
    large segments, as in one bulk insert.
    """

    articles: dict[int, ArticleRow | None] = field(default_factory=dict)
    quotes: dict[int, QuoteRow | None] = field(default_factory=dict)

    def absorb(self, other: PendingIndex) -> None:
        """Take over another set of pending rows; where both hold a row, `other`'s is newer."""
        self.articles.update(other.articles)
        self.quotes.update(other.quotes)

    def __bool__(self) -> bool:
        return bool(self.articles or self.quotes)

    def write(self, conn: sqlite3.Connection) -> None:
        """Write every pending row (in the caller's transaction) and forget them.

        A row whose base row has meanwhile been deleted is dropped, not written: the index
        never outlives what it indexes, whatever order the changes came in.
        """
        _write_rows(conn, "articles_fts", "articles", self.articles, ("title", "body", "quotes"))
        _write_rows(conn, "quotes_fts", "quotes", self.quotes, ("text", "speaker", "translation"))
        self.articles.clear()
        self.quotes.clear()


def _write_rows(
    conn: sqlite3.Connection,
    fts_table: str,
    base_table: str,
    rows: dict[int, tuple[str, str, str] | None],
    columns: Sequence[str],
) -> None:
    if not rows:
        return
    alive = _existing_ids(conn, base_table, [row_id for row_id, row in rows.items() if row])
    conn.executemany(
        f"DELETE FROM {fts_table} WHERE rowid = ?",
        [(row_id,) for row_id, row in rows.items() if row is None or row_id not in alive],
    )
    # OR REPLACE: a row id indexed before (a re-indexed article) gets its new row.
    conn.executemany(
        f"INSERT OR REPLACE INTO {fts_table}(rowid, {', '.join(columns)}) VALUES (?, ?, ?, ?)",
        [(row_id, *row) for row_id, row in rows.items() if row is not None and row_id in alive],
    )


def _existing_ids(conn: sqlite3.Connection, table: str, ids: list[int]) -> set[int]:
    found: set[int] = set()
    step = 500  # under SQLite's limit on bound parameters
    for start in range(0, len(ids), step):
        chunk = ids[start : start + step]
        marks = ", ".join("?" * len(chunk))
        found.update(
            row_id
            for (row_id,) in conn.execute(f"SELECT id FROM {table} WHERE id IN ({marks})", chunk)
        )
    return found


def _written_now(pending: PendingIndex | None) -> tuple[PendingIndex, bool]:
    """The buffer to record rows in, and whether the caller must write it at once."""
    return (pending, False) if pending is not None else (PendingIndex(), True)


def refresh_article(
    conn: sqlite3.Connection,
    article_id: int,
    *,
    stems: tuple[str, str] | None = None,
    extras: str | None = None,
    pending: PendingIndex | None = None,
) -> None:
    """Re-index one article: title, body, and its quotes' speakers and translations.

    `stems` is (stem_text(title), stem_text(body)) and `extras` is `extras_index_form`
    of the quotes' speakers, roles and translations, when the caller made them already
    (indexing does, in worker processes). With `pending`, the row is recorded there
    instead of written.
    """
    buffer, write_now = _written_now(pending)
    if stems is not None and extras is not None:
        buffer.articles[article_id] = (*stems, extras)
    else:
        buffer.articles[article_id] = article_index_row(conn, article_id, stems)
    if write_now:
        buffer.write(conn)


def article_index_row(
    conn: sqlite3.Connection, article_id: int, stems: tuple[str, str] | None = None
) -> ArticleRow | None:
    """What articles_fts holds for an article, from what is stored; None when it is gone."""
    if stems is None:
        row = conn.execute(
            "SELECT title, body FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        if row is None:
            return None
        stems = (stem_text(row["title"]), stem_text(row["body"]))
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
    return (*stems, extras_index_form(extras))


def extras_index_form(values: Iterable[str]) -> str:
    """The index form of what an article's quotes add to it: speakers, roles, translations.

    Each distinct value once, in a fixed order: a speaker quoted ten times must not
    outweigh the body in ranking, and the same values must always give the same row.
    """
    return stem_text(" ".join(sorted(set(values))))


def refresh_quotes(
    conn: sqlite3.Connection, quote_ids: Iterable[int], *, pending: PendingIndex | None = None
) -> None:
    """Re-index quotes: their text, speaker and every stored translation."""
    buffer, write_now = _written_now(pending)
    for quote_id in quote_ids:
        row = conn.execute(
            """
            SELECT q.text, q.speaker,
                   (SELECT group_concat(translation, ' ') FROM quote_translations
                     WHERE quote_id = q.id) AS translation
              FROM quotes AS q WHERE q.id = ?
            """,
            (quote_id,),
        ).fetchone()
        buffer.quotes[quote_id] = (
            None
            if row is None
            else (
                stem_text(row["text"]),
                stem_text(row["speaker"] or ""),
                stem_text(row["translation"] or ""),
            )
        )
    if write_now:
        buffer.write(conn)


def quote_index_form(text: str, speaker: str | None) -> tuple[str, str]:
    """What the quote index stores for a quote's text and speaker."""
    return stem_text(text), stem_text(speaker or "")


def index_new_quotes(
    conn: sqlite3.Connection,
    quotes: Iterable[tuple[int, str, str]],
    *,
    pending: PendingIndex | None = None,
) -> None:
    """Index quotes just inserted, as (id, *quote_index_form(text, speaker)).

    No translation yet, so nothing to look up.
    """
    buffer, write_now = _written_now(pending)
    for quote_id, text_stems, speaker_stems in quotes:
        buffer.quotes[quote_id] = (text_stems, speaker_stems, "")
    if write_now:
        buffer.write(conn)


def drop_quotes(
    conn: sqlite3.Connection, quote_ids: Iterable[int], *, pending: PendingIndex | None = None
) -> None:
    """Drop the index rows of quotes that are deleted."""
    buffer, write_now = _written_now(pending)
    for quote_id in quote_ids:
        buffer.quotes[quote_id] = None
    if write_now:
        buffer.write(conn)


def forget_quotes(conn: sqlite3.Connection, article_id: int) -> None:
    """Drop the index rows of an article's quotes (before its quotes are replaced)."""
    conn.execute(
        "DELETE FROM quotes_fts WHERE rowid IN (SELECT id FROM quotes WHERE article_id = ?)",
        (article_id,),
    )
