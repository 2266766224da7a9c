"""Keeping the stemmed full-text tables in step with the rows they index.

Both FTS tables hold `regreader.text.stem_text` of their sources, so Russian and English
word forms meet at their stems: `articles_fts` an article's title, body (quotes included)
and its quotes' speakers, roles and translations; `speakers_fts` the speaker of each
quote that has one, for the speaker: filter. Callers write the base rows, then refresh
the index rows of what they touched, inside the same transaction: at once, or gathered
in a `PendingIndex` that a long write batch writes just before it commits (see there
why).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from regreader.text import stem_text

ArticleRow = tuple[str, str, str]  # stemmed title, body, and speakers/roles/translations
SpeakerRow = tuple[str]  # the stemmed speaker of a quote


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
    speakers: dict[int, SpeakerRow | None] = field(default_factory=dict)  # by quote id

    def absorb(self, other: PendingIndex) -> None:
        """Take over another set of pending rows; where both hold a row, `other`'s is newer."""
        self.articles.update(other.articles)
        self.speakers.update(other.speakers)

    def write(self, conn: sqlite3.Connection) -> None:
        """Write every pending row (in the caller's transaction) and forget them.

        A row whose base row has meanwhile been deleted is dropped, not written: the index
        never outlives what it indexes, whatever order the changes came in.
        """
        _write_rows(conn, "articles_fts", "articles", self.articles, ("title", "body", "quotes"))
        _write_rows(conn, "speakers_fts", "quotes", self.speakers, ("speaker",))
        self.articles.clear()
        self.speakers.clear()


def _write_rows(
    conn: sqlite3.Connection,
    fts_table: str,
    base_table: str,
    rows: dict[int, ArticleRow | None] | dict[int, SpeakerRow | None],
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
        f"INSERT OR REPLACE INTO {fts_table}(rowid, {', '.join(columns)})"
        f" VALUES (?{', ?' * len(columns)})",
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


def refresh_speakers(
    conn: sqlite3.Connection, quote_ids: Iterable[int], *, pending: PendingIndex | None = None
) -> None:
    """Re-index the speakers of quotes (as stored now; a quote gone or unattributed has
    no row)."""
    buffer, write_now = _written_now(pending)
    for quote_id in quote_ids:
        row = conn.execute("SELECT speaker FROM quotes WHERE id = ?", (quote_id,)).fetchone()
        buffer.speakers[quote_id] = speaker_index_row(row[0] if row else None)
    if write_now:
        buffer.write(conn)


def speaker_index_row(speaker: str | None) -> SpeakerRow | None:
    """What the speaker index holds for a quote by `speaker`: None, no row, for nobody."""
    stems = stem_text(speaker or "")
    return (stems,) if stems else None


def forget_quotes(conn: sqlite3.Connection, article_id: int) -> None:
    """Drop the index rows of an article's quotes (before its quotes are replaced)."""
    conn.execute(
        "DELETE FROM speakers_fts WHERE rowid IN (SELECT id FROM quotes WHERE article_id = ?)",
        (article_id,),
    )
