"""Quotes and mentions in the library: replacing an article's set, reading them back.

Re-indexing an article must not cut translations and annotations loose from quotes that
did not change, so `store_article_quotes` keeps the row id of every quote whose kind and
text are unchanged and only updates where it sits and who said it.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence

from regreader.quotes.extract import extract_quotes
from regreader.quotes.model import ExtractedQuote, Extraction, StoredMention, StoredQuote
from regreader.storage.fts import (
    PendingIndex,
    SpeakerRow,
    refresh_speakers,
    speaker_index_row,
)

# The newest translation of each quote rides along with it; `translation`/`model` are NULL
# until the quote is translated.
_SELECT_QUOTES = """
SELECT q.id, q.article_id, q.seq, q.kind, q.text, q.start, q.end, q.lang, q.speaker, q.role,
       q.part_of, t.translation, t.model
  FROM quotes AS q
  LEFT JOIN quote_translations AS t
    ON t.quote_id = q.id
   AND t.rowid = (SELECT rowid FROM quote_translations WHERE quote_id = q.id
                   ORDER BY created_at DESC, rowid DESC LIMIT 1)
"""


def store_article_quotes(
    conn: sqlite3.Connection,
    article_id: int,
    body: str,
    *,
    extraction: Extraction | None = None,
    speaker_rows: Sequence[SpeakerRow | None] | None = None,
    pending: PendingIndex | None = None,
    new_article: bool = False,
) -> None:
    """Replace the article's quotes and mentions with a fresh extraction of `body`.

    `extraction` is `extract_quotes(body)` when the caller made it already, and
    `speaker_rows` its quotes' `speaker_index_row(speaker)` (indexing makes both in worker
    processes). Runs inside the caller's transaction. Unchanged quotes (same kind
    and text) keep their ids; vanished ones are deleted (their translations cascade); new
    ones are inserted. The quotes' FTS rows follow (recorded in `pending` when given);
    the article's own FTS row is the caller's job. `new_article`: the article row was
    just inserted, so it has no quotes or mentions to replace.
    """
    if extraction is None:
        extraction = extract_quotes(body)
    if speaker_rows is None:
        speaker_rows = [speaker_index_row(q.speaker) for q in extraction.quotes]
    reusable: dict[tuple[str, str], list[tuple[int, str | None]]] = defaultdict(list)
    if not new_article:
        for quote_id, kind, text, speaker in conn.execute(
            "SELECT id, kind, text, speaker FROM quotes WHERE article_id = ? ORDER BY seq, id",
            (article_id,),
        ):
            reusable[(kind, text)].append((quote_id, speaker))

    new_speaker: list[int] = []
    unseen: list[tuple[int, ExtractedQuote, SpeakerRow | None]] = []
    for seq, (quote, speaker_row) in enumerate(zip(extraction.quotes, speaker_rows, strict=True)):
        kept = reusable.get((quote.kind, quote.text))
        if kept:
            quote_id, old_speaker = kept.pop(0)
            _update_quote(conn, quote_id, seq, quote)
            if quote.speaker != old_speaker:
                new_speaker.append(quote_id)
        else:
            unseen.append((seq, quote, speaker_row))
    fresh = _insert_quotes(conn, article_id, unseen)

    vanished = [quote_id for kept in reusable.values() for quote_id, _ in kept]
    if vanished:
        conn.executemany("DELETE FROM quotes WHERE id = ?", [(quote_id,) for quote_id in vanished])
    if not new_article:
        conn.execute("DELETE FROM mentions WHERE article_id = ?", (article_id,))
    if extraction.mentions:
        conn.executemany(
            "INSERT INTO mentions(article_id, text, start, end) VALUES (?, ?, ?, ?)",
            [(article_id, m.text, m.start, m.end) for m in extraction.mentions],
        )
    index = pending if pending is not None else PendingIndex()
    refresh_speakers(conn, [*vanished, *new_speaker], pending=index)
    index.speakers.update(fresh)  # new ids: no row to look up
    if pending is None:
        index.write(conn)


def _quote_values(quote: ExtractedQuote) -> tuple[object, ...]:
    return (
        quote.start,
        quote.end,
        quote.lang,
        quote.speaker,
        quote.role,
        quote.part_of,
    )


def _update_quote(conn: sqlite3.Connection, quote_id: int, seq: int, quote: ExtractedQuote) -> None:
    conn.execute(
        "UPDATE quotes SET seq = ?, start = ?, end = ?, lang = ?, speaker = ?, role = ?,"
        " part_of = ? WHERE id = ?",
        (seq, *_quote_values(quote), quote_id),
    )


def _insert_quotes(
    conn: sqlite3.Connection,
    article_id: int,
    unseen: Sequence[tuple[int, ExtractedQuote, SpeakerRow | None]],
) -> list[tuple[int, SpeakerRow | None]]:
    """Insert new quotes as (seq, quote, speaker row); their (id, speaker row) back.

    Ids are given here, so that one statement inserts them all (a statement per quote was
    most of what storing quotes cost an indexing run); the caller's write transaction
    keeps anyone else from taking them meanwhile.
    """
    if not unseen:
        return []
    first_id = int(conn.execute("SELECT coalesce(max(id), 0) + 1 FROM quotes").fetchone()[0])
    conn.executemany(
        "INSERT INTO quotes(id, article_id, seq, kind, text, start, end, lang, speaker, role,"
        " part_of) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (first_id + number, article_id, seq, quote.kind, quote.text, *_quote_values(quote))
            for number, (seq, quote, _) in enumerate(unseen)
        ],
    )
    return [(first_id + number, speaker_row) for number, (_, _, speaker_row) in enumerate(unseen)]


def _stored(row: sqlite3.Row | tuple[object, ...]) -> StoredQuote:
    return StoredQuote(*row)  # type: ignore[arg-type]


def quotes_for_article(conn: sqlite3.Connection, article_id: int) -> list[StoredQuote]:
    """The article's quotes and turns in reading order."""
    rows = conn.execute(_SELECT_QUOTES + " WHERE q.article_id = ? ORDER BY q.seq", (article_id,))
    return [_stored(row) for row in rows]


def all_quotes(conn: sqlite3.Connection) -> Iterator[StoredQuote]:
    """Every stored quote, article by article, in reading order."""
    for row in conn.execute(_SELECT_QUOTES + " ORDER BY q.article_id, q.seq"):
        yield _stored(row)


def get_quote(conn: sqlite3.Connection, quote_id: int) -> StoredQuote | None:
    row = conn.execute(_SELECT_QUOTES + " WHERE q.id = ?", (quote_id,)).fetchone()
    return None if row is None else _stored(row)


def get_quotes(conn: sqlite3.Connection, quote_ids: Iterable[int]) -> list[StoredQuote]:
    """Several quotes by id (missing ids are skipped), in the order asked."""
    found = [get_quote(conn, quote_id) for quote_id in quote_ids]
    return [quote for quote in found if quote is not None]


def quotes_by_speaker(conn: sqlite3.Connection, speaker: str) -> list[StoredQuote]:
    """Quotes whose speaker is `speaker` (case-insensitive), oldest article first."""
    rows = conn.execute(
        _SELECT_QUOTES + " WHERE q.speaker = ? COLLATE NOCASE ORDER BY q.article_id, q.seq",
        (speaker,),
    )
    return [_stored(row) for row in rows]


def speakers(conn: sqlite3.Connection) -> list[tuple[str, int]]:
    """Every speaker name with how many quotes they have, most quoted first."""
    rows = conn.execute(
        "SELECT speaker, count(*) FROM quotes WHERE speaker IS NOT NULL"
        " GROUP BY speaker COLLATE NOCASE ORDER BY count(*) DESC, speaker"
    )
    return [(row[0], int(row[1])) for row in rows]


def mentions_for_article(conn: sqlite3.Connection, article_id: int) -> list[StoredMention]:
    """The article's named mentions in text order."""
    rows = conn.execute(
        "SELECT id, article_id, text, start, end FROM mentions WHERE article_id = ?"
        " ORDER BY start, id",
        (article_id,),
    )
    return [StoredMention(*row) for row in rows]


def all_mentions(conn: sqlite3.Connection) -> Iterator[StoredMention]:
    for row in conn.execute(
        "SELECT id, article_id, text, start, end FROM mentions ORDER BY article_id, start"
    ):
        yield StoredMention(*row)
