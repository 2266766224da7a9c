"""The tag: and initiative: search filters as SQL."""

from __future__ import annotations

from pathlib import Path

from annotations_support import add_article, new_library, quote_id

from regreader.annotations.filters import (
    initiative_filter_sql,
    quote_tag_filter_sql,
    tag_filter_sql,
)
from regreader.annotations.initiatives import add_alias, create_initiative, link_quote
from regreader.annotations.tags import tag_article, tag_quote


def _articles(conn, sql: str, params: list[object]) -> list[int]:  # type: ignore[no-untyped-def]
    return [
        row[0] for row in conn.execute(f"SELECT id FROM articles WHERE {sql} ORDER BY id", params)
    ]


def test_tag_filter_matches_children_case_insensitively(tmp_path: Path) -> None:
    conn = new_library(tmp_path)
    one = add_article(conn, 'He said "money".', ["money"], path="/a")
    two = add_article(conn, "Plain text two.", [], path="/b")
    three = add_article(conn, "Plain text three.", [], path="/c")
    tag_quote(conn, quote_id(conn, one, "money"), "Funding/Subsidy")
    tag_article(conn, two, "funding")
    tag_article(conn, three, "fundingless")
    assert _articles(conn, *tag_filter_sql("FUNDING")) == [one, two]
    assert _articles(conn, *tag_filter_sql("funding/subsidy")) == [one]
    assert _articles(conn, *tag_filter_sql("funding / SUBSIDY")) == [one]
    assert _articles(conn, *tag_filter_sql("fund")) == []
    sql, params = quote_tag_filter_sql("funding")
    assert [r[0] for r in conn.execute(f"SELECT id FROM quotes WHERE {sql}", params)] == [
        quote_id(conn, one, "money")
    ]


def test_tag_filter_cyrillic_and_like_wildcards(tmp_path: Path) -> None:
    conn = new_library(tmp_path)
    one = add_article(conn, "Текст один.", [], path="/a")
    two = add_article(conn, "Текст два.", [], path="/b")
    tag_article(conn, one, "Финансирование/Субсидии")
    tag_article(conn, two, "100%_done")
    assert _articles(conn, *tag_filter_sql("финансирование")) == [one]
    assert _articles(conn, *tag_filter_sql("100%")) == []
    assert _articles(conn, *tag_filter_sql("100%_DONE")) == [two]


def test_initiative_filter_by_name_or_alias(tmp_path: Path) -> None:
    conn = new_library(tmp_path)
    one = add_article(conn, 'She said "the subsidy works".', ["the subsidy works"], path="/a")
    add_article(conn, "Other.", [], path="/b")
    initiative = create_initiative(conn, "Unified Regional Subsidy")
    add_alias(conn, initiative, "Единая региональная субсидия")
    link_quote(conn, initiative, quote_id(conn, one, "the subsidy works"))
    assert _articles(conn, *initiative_filter_sql("unified regional subsidy")) == [one]
    assert _articles(conn, *initiative_filter_sql("ЕДИНАЯ  региональная субсидия")) == [one]
    assert _articles(conn, *initiative_filter_sql("unknown")) == []
