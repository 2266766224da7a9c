"""Anchors keep annotations attached across re-indexing, or orphan them; never drop them."""

from __future__ import annotations

from pathlib import Path

from annotations_support import add_article, edit_article, new_library, quote_id

from regreader.annotations.anchors import get_anchor, quote_anchor, reanchor_article
from regreader.annotations.tags import tag_quote, tags_for_anchor

BODY = (
    'The governor said "we will build the road this year" at the meeting. '
    'Later he added "the budget is approved". Nothing else.'
)
FIRST, SECOND = "we will build the road this year", "the budget is approved"


def test_unchanged_quote_keeps_its_anchor(tmp_path: Path) -> None:
    conn = new_library(tmp_path)
    article = add_article(conn, BODY, [FIRST, SECOND])
    anchor = quote_anchor(conn, quote_id(conn, article, FIRST))
    tag_quote(conn, quote_id(conn, article, FIRST), "roads")
    edit_article(conn, article, "Intro. " + BODY, [FIRST, SECOND])
    kept = get_anchor(conn, anchor)
    assert kept.quote_id == quote_id(conn, article, FIRST)
    assert not kept.orphaned


def test_vanished_quote_is_orphaned_then_reattached(tmp_path: Path) -> None:
    conn = new_library(tmp_path)
    article = add_article(conn, BODY, [FIRST, SECOND])
    anchor = quote_anchor(conn, quote_id(conn, article, SECOND))
    tag_quote(conn, quote_id(conn, article, SECOND), "budget")
    edited = BODY.replace(SECOND, "nothing is decided")
    edit_article(conn, article, edited, [FIRST, "nothing is decided"])
    orphan = get_anchor(conn, anchor)
    assert orphan.orphaned and orphan.orphaned_at and orphan.quote_id is None
    assert orphan.article_id == article
    assert tags_for_anchor(conn, anchor) == ["budget"]
    edit_article(conn, article, BODY, [FIRST, SECOND])
    back = get_anchor(conn, anchor)
    assert not back.orphaned and back.orphaned_at is None
    assert back.quote_id == quote_id(conn, article, SECOND)


def test_quote_with_new_row_id_is_found_by_text(tmp_path: Path) -> None:
    conn = new_library(tmp_path)
    article = add_article(conn, BODY, [FIRST, SECOND])
    anchor = quote_anchor(conn, quote_id(conn, article, FIRST))
    conn.execute("DELETE FROM quotes WHERE article_id = ?", (article,))  # all ids change
    edit_article(conn, article, BODY, [FIRST, SECOND])
    assert get_anchor(conn, anchor).quote_id == quote_id(conn, article, FIRST)


def test_slightly_edited_quote_reattaches_fuzzily(tmp_path: Path) -> None:
    conn = new_library(tmp_path)
    article = add_article(conn, BODY, [FIRST, SECOND])
    anchor = quote_anchor(conn, quote_id(conn, article, FIRST))
    fixed = "we will build the roads this year"
    edit_article(conn, article, BODY.replace(FIRST, fixed), [fixed, SECOND])
    attached = get_anchor(conn, anchor)
    assert attached.quote_id == quote_id(conn, article, fixed)
    assert attached.quote_text == fixed


def test_same_text_twice_is_told_apart_by_context(tmp_path: Path) -> None:
    body = 'In Perm he said "yes". In Chita she said "yes". End.'
    conn = new_library(tmp_path)
    article = add_article(conn, body, ["yes", "yes"])
    rows = conn.execute("SELECT id FROM quotes ORDER BY start").fetchall()
    second = quote_anchor(conn, rows[1][0])
    conn.execute("DELETE FROM quotes")
    edit_article(conn, article, body, ["yes", "yes"])
    rows = conn.execute("SELECT id FROM quotes ORDER BY start").fetchall()
    assert get_anchor(conn, second).quote_id == rows[1][0]


def test_reanchor_without_annotations_is_a_no_op(tmp_path: Path) -> None:
    conn = new_library(tmp_path)
    article = add_article(conn, BODY, [FIRST])
    reanchor_article(conn, article)
    reanchor_article(conn, 9999)
    assert conn.execute("SELECT count(*) FROM anchors").fetchone()[0] == 0


def test_deleted_article_orphans_its_annotations_until_its_text_returns(tmp_path: Path) -> None:
    conn = new_library(tmp_path)
    article = add_article(conn, BODY, [FIRST, SECOND], path="/corpus/x.txt")
    anchor = quote_anchor(conn, quote_id(conn, article, FIRST))
    tag_quote(conn, quote_id(conn, article, FIRST), "roads")
    conn.execute("DELETE FROM articles WHERE id = ?", (article,))
    homeless = get_anchor(conn, anchor)
    assert homeless.orphaned and homeless.article_id is None and homeless.quote_id is None
    assert tags_for_anchor(conn, anchor) == ["roads"]
    again = add_article(conn, "New intro. " + BODY, [FIRST], path="/corpus/x.txt")
    reanchor_article(conn, again)  # adopted by path, re-attached by text
    back = get_anchor(conn, anchor)
    assert back.article_id == again and back.quote_id == quote_id(conn, again, FIRST)
    assert not back.orphaned
