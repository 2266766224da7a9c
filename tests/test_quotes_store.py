"""Storing quotes: ids survive re-extraction when a quote is unchanged; FTS stays in step."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from regreader.quotes.store import (
    all_quotes,
    get_quote,
    mentions_for_article,
    quotes_for_article,
    store_article_quotes,
)
from regreader.storage import open_library, transaction

FIRST = (
    "Governor Dmitry Makhonin visited the plant.\n"
    "“We will build the road this year,” said Dmitry Makhonin.\n"
    "“The school opens in May,” he added.\n"
    "The 'Social Contract' programme helped 1,634 families.\n"
)
SECOND = (
    "Governor Dmitry Makhonin visited the new plant today.\n"
    "“We will build the road this year,” said Dmitry Makhonin.\n"
    "“The hospital opens in June,” he added.\n"
)


@pytest.fixture
def conn(tmp_path: Path) -> sqlite3.Connection:
    return open_library(tmp_path / "lib.sqlite")


def _article(conn: sqlite3.Connection, body: str) -> int:
    now = datetime.now(UTC).isoformat()
    with transaction(conn):
        cursor = conn.execute(
            "INSERT INTO articles(content_hash, source_path, title, body, added_at, updated_at)"
            " VALUES (?, 'x.txt', 'T', ?, ?, ?)",
            (str(hash(body)), body, now, now),
        )
        article_id = int(cursor.lastrowid or 0)
        store_article_quotes(conn, article_id, body)
    return article_id


def _translate(conn: sqlite3.Connection, quote_id: int, text: str) -> None:
    with transaction(conn):
        conn.execute(
            "INSERT INTO quote_translations VALUES (?, 'ru', ?, 'argos-en-ru', '1', '2024')",
            (quote_id, text),
        )


def test_offsets_slice_the_body_and_translation_rides_along(conn: sqlite3.Connection) -> None:
    article_id = _article(conn, FIRST)
    quotes = quotes_for_article(conn, article_id)
    assert [q.text for q in quotes] == [
        "We will build the road this year,",
        "The school opens in May,",
    ]
    assert all(FIRST[q.start : q.end] == q.text for q in quotes)
    assert [q.speaker for q in quotes] == ["Dmitry Makhonin", "Dmitry Makhonin"]
    assert quotes[0].translation is None and quotes[0].model is None
    _translate(conn, quotes[0].id, "Мы построим дорогу")
    stored = get_quote(conn, quotes[0].id)
    assert stored is not None
    assert (stored.translation, stored.model) == ("Мы построим дорогу", "argos-en-ru")
    assert [m.text for m in mentions_for_article(conn, article_id)] == ["Social Contract"]


def test_restore_keeps_unchanged_ids_and_drops_vanished(conn: sqlite3.Connection) -> None:
    article_id = _article(conn, FIRST)
    before = quotes_for_article(conn, article_id)
    _translate(conn, before[0].id, "Мы построим дорогу")
    _translate(conn, before[1].id, "Школа откроется")
    conn.execute("UPDATE articles SET body = ? WHERE id = ?", (SECOND, article_id))
    with transaction(conn):
        store_article_quotes(conn, article_id, SECOND)
    after = quotes_for_article(conn, article_id)
    assert after[0].id == before[0].id
    assert after[0].translation == "Мы построим дорогу"
    assert after[0].start == SECOND.index("We will")
    assert after[1].id != before[1].id and after[1].translation is None
    assert get_quote(conn, before[1].id) is None
    orphans = conn.execute(
        "SELECT count(*) FROM quote_translations WHERE quote_id = ?", (before[1].id,)
    ).fetchone()[0]
    assert orphans == 0
    assert mentions_for_article(conn, article_id) == []
    fts_ids = {row[0] for row in conn.execute("SELECT rowid FROM speakers_fts")}
    assert fts_ids == {q.id for q in after if q.speaker}
    assert [q.id for q in all_quotes(conn)] == [q.id for q in after]


def test_the_speaker_index_finds_each_quote_by_its_speaker(conn: sqlite3.Connection) -> None:
    _article(conn, FIRST)
    hits = conn.execute("SELECT rowid FROM speakers_fts WHERE speakers_fts MATCH 'makhonin'")
    assert len(hits.fetchall()) == 2


def _fts_rowids(conn: sqlite3.Connection, match: str) -> set[int]:
    rows = conn.execute("SELECT rowid FROM speakers_fts WHERE speakers_fts MATCH ?", (match,))
    return {row[0] for row in rows}


def test_reindexing_follows_a_new_speaker_and_keeps_the_translation(
    conn: sqlite3.Connection,
) -> None:
    article_id = _article(conn, FIRST)
    road, school = quotes_for_article(conn, article_id)
    _translate(conn, road.id, "Мы построим дорогу")
    edited = FIRST.replace("said Dmitry Makhonin", "said Elena Ivanova").replace(
        "Governor Dmitry Makhonin visited", "Governor Dmitry Makhonin and Elena Ivanova visited"
    )
    with transaction(conn):
        store_article_quotes(conn, article_id, edited)
    after = {quote.text: quote for quote in quotes_for_article(conn, article_id)}
    assert after[road.text].id == road.id and after[road.text].speaker == "Elena Ivanova"
    assert after[road.text].translation == "Мы построим дорогу"
    assert _fts_rowids(conn, "ivanova") == {road.id}
    assert road.id not in _fts_rowids(conn, "makhonin")
    assert after[school.text].id == school.id
    conn.execute("INSERT INTO speakers_fts(speakers_fts) VALUES ('integrity-check')")


def test_a_stale_index_row_on_a_reused_id_is_replaced_not_an_error(
    conn: sqlite3.Connection,
) -> None:
    # A quote index row left behind under the id the next quote will get (ids of deleted
    # quotes are reused): storing must overwrite it, not fail with a constraint error.
    next_id = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM quotes").fetchone()[0]
    with transaction(conn):
        conn.execute("INSERT INTO speakers_fts(rowid, speaker) VALUES (?, 'stale')", (next_id,))
    _article(conn, FIRST)
    assert _fts_rowids(conn, "stale") == set()
    assert next_id in _fts_rowids(conn, "makhonin")
