"""tag: and initiative: filters and the tag facet, over annotations made with their API."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from search_support import build_library

from regreader.annotations.initiatives import create_initiative, link_article
from regreader.annotations.tags import tag_article
from regreader.search import facets, search
from regreader.storage import open_library


@pytest.fixture(scope="module")
def annotated(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[sqlite3.Connection, dict]]:
    path: Path = tmp_path_factory.mktemp("annotated") / "library.db"
    conn = open_library(path)
    ids = build_library(conn)
    tag_article(conn, ids["subsidy"], "funding/subsidy")
    tag_article(conn, ids["russian"], "Funding")
    tag_article(conn, ids["kaluga"], "forums")
    initiative = create_initiative(conn, "UCN 2.0", aliases=["Unified Regional Subsidy"])
    link_article(conn, initiative, ids["subsidy"])
    yield conn, ids
    conn.close()


def ids_of(conn: sqlite3.Connection, query: str) -> set[int]:
    return {hit.id for hit in search(conn, query).hits}


def test_tag_filter_includes_child_tags_and_ignores_case(annotated) -> None:
    conn, ids = annotated
    assert ids_of(conn, "tag:funding") == {ids["subsidy"], ids["russian"]}
    assert ids_of(conn, "tag:funding/subsidy") == {ids["subsidy"]}
    assert ids_of(conn, "tag:FORUMS substitution") == {ids["kaluga"]}
    assert ids_of(conn, "-tag:funding субсидия") == set()


def test_initiative_filter_by_name_or_alias(annotated) -> None:
    conn, ids = annotated
    assert ids_of(conn, 'initiative:"UCN 2.0"') == {ids["subsidy"]}
    assert ids_of(conn, 'initiative:"unified regional subsidy"') == {ids["subsidy"]}
    assert ids_of(conn, "initiative:nothing") == set()


def test_tag_facet_counts_the_matching_articles(annotated) -> None:
    conn, _ = annotated
    tags = {key: n for key, _, n in facets(conn, "субсидия")["tag"]}
    assert tags == {"funding/subsidy": 1, "funding": 1}
