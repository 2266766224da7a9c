"""The query language: what it reads, what it forgives, and that no input escapes as a crash."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from search_support import build_library

from regreader.errors import InvalidQueryError
from regreader.search import search
from regreader.search.compile import plan_query, transliterate
from regreader.search.query import (
    MAX_DEPTH,
    MAX_QUERY_CHARS,
    And,
    Filter,
    Not,
    Or,
    Term,
    parse_query,
)
from regreader.storage import open_library


@pytest.fixture(scope="module")
def conn(tmp_path_factory: pytest.TempPathFactory) -> Iterator[sqlite3.Connection]:
    path: Path = tmp_path_factory.mktemp("query") / "library.db"
    connection = open_library(path)
    build_library(connection)
    yield connection
    connection.close()


def test_words_phrases_prefixes_or_and_exclusion() -> None:
    root = parse_query('subsidy "import substitution" regio* OR perm -kaluga').root
    assert root == Or(
        (
            And(
                (
                    Term(("subsidy",)),
                    Term(("import", "substitution"), quoted=True),
                    Term(("regio",), prefix=True),
                )
            ),
            And((Term(("perm",)), Not(Term(("kaluga",))))),
        )
    )


def test_or_binds_looser_than_juxtaposition() -> None:
    root = parse_query("a b OR c").root
    assert root == Or((And((Term(("a",)), Term(("b",)))), Term(("c",))))


def test_lower_case_or_and_not_are_words() -> None:
    root = parse_query("a or not b").root
    assert root == And(tuple(Term((w,)) for w in ("a", "or", "not", "b")))


def test_exclusion_and_not_keyword() -> None:
    assert parse_query("a -b").root == And((Term(("a",)), Not(Term(("b",)))))
    assert parse_query("a NOT b").root == And((Term(("a",)), Not(Term(("b",)))))
    assert parse_query("a --b").root == And((Term(("a",)), Not(Term(("b",)))))


def test_compounds_are_phrases_of_their_words() -> None:
    assert parse_query("U.S.").root == Term(("U", "S"))
    assert parse_query("научно-промышленная").root == Term(("научно", "промышленная"))
    assert parse_query("C++").root == Term(("C",))


def test_filters_with_plain_and_quoted_values() -> None:
    root = parse_query('initiative:"UCN  2.0" region:Perm Speaker:makhonin').root
    assert root == And(
        (
            Filter("initiative", "UCN 2.0"),
            Filter("region", "Perm"),
            Filter("speaker", "makhonin"),
        )
    )


@pytest.mark.parametrize(
    "text",
    ['"', "AND(", "-", "*", "NEAR", "NOT", "OR OR", "((", "))", "()", "- -", "-*", "NOT +++"],
)
def test_fragments_never_fail(conn: sqlite3.Connection, text: str) -> None:
    search(conn, text)


def test_dangling_operators_do_not_grab_the_next_word() -> None:
    assert parse_query("-* kaluga").root == Term(("kaluga",))
    assert parse_query("NOT OR kaluga").root == Term(("kaluga",))
    assert parse_query("kaluga OR").root == Term(("kaluga",))


def test_unclosed_quote_and_parenthesis_close_at_the_end() -> None:
    assert parse_query('"import substitution').root == Term(("import", "substitution"), quoted=True)
    assert parse_query("(a OR b").root == Or((Term(("a",)), Term(("b",))))


@pytest.mark.parametrize("text", ["region:", "lang:", 'speaker:""', "after:  x"])
def test_filters_without_a_value_are_invalid(conn: sqlite3.Connection, text: str) -> None:
    with pytest.raises(InvalidQueryError, match=r"^invalid query: .*needs a value"):
        search(conn, text)


def test_a_10kb_query_is_one_clear_error(conn: sqlite3.Connection) -> None:
    with pytest.raises(InvalidQueryError, match=r"^invalid query: too long"):
        search(conn, "субсидия " * 1200)


def test_long_but_allowed_query_runs(conn: sqlite3.Connection) -> None:
    text = " OR ".join(["subsidy"] * 60)
    assert len(text) < MAX_QUERY_CHARS
    search(conn, text)


def test_too_many_terms_and_too_deep_nesting_are_errors(conn: sqlite3.Connection) -> None:
    with pytest.raises(InvalidQueryError, match="too many"):
        search(conn, " ".join(f"w{i}" for i in range(200)))
    with pytest.raises(InvalidQueryError, match="nested"):
        search(conn, "(" * (MAX_DEPTH + 1) + "a")


def test_match_string_holds_only_quoted_stems() -> None:
    plan = plan_query('Субсидии "U.S." regions* -"C++" NEAR(x y) AND')
    assert plan.rank_match == (
        '(("субсид" AND "u s" AND "region"* AND "near" AND "x" AND "y") NOT ("c"))'
    )


def test_exclusion_inside_or_keeps_its_grouping(conn: sqlite3.Connection) -> None:
    plan = plan_query("tatarstan OR (substitution -sverdlovsk)")
    assert plan.rank_match == '(("tatarstan" OR (("substitut") NOT ("sverdlovsk"))))'
    titles = {hit.title for hit in search(conn, "tatarstan OR (substitution -sverdlovsk)").hits}
    assert titles == {"Forum of Russian Regions", "U.S. sanctions and children's goods"}


def test_prefix_keeps_what_the_word_and_its_stem_share() -> None:
    assert plan_query("happy*").rank_match == '("happ"*)'
    assert plan_query("субсидия*").rank_match == '("субсид"*)'
    # The stemmer cut nothing: the stems of innovation/innovative are shorter than that.
    assert plan_query("innovat*").rank_match == '(("innovat"* OR "inno" OR "innov" OR "innova"))'


def test_only_exclusions_become_a_listing() -> None:
    plan = plan_query("-perm -kaluga")
    assert plan.rank_match is None
    assert plan.where_sql is not None and plan.where_sql.count("NOT") == 2


def test_transliteration_both_ways() -> None:
    assert transliterate("Makhonin") == "махонин"
    assert transliterate("Уйба") == "uyba"
    assert transliterate("Sergey") == "сергей"


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=80))
def test_any_text_gives_results_or_one_invalid_query_error(
    conn: sqlite3.Connection, text: str
) -> None:
    try:
        search(conn, text, limit=5)
    except InvalidQueryError as exc:
        assert str(exc).startswith("invalid query: ")


_QUERY_PIECES = st.sampled_from(
    ['"', "(", ")", "-", "*", "OR", "AND", "NOT", "NEAR", ":", "region:", "tag:", "lang:ru",
     "after:2024", "speaker:", "субсидия", "perm", "U.S.", "ё", " ", "  ", "\t", "\x00", "_",
     "\u0301", "𝔸", "\ud800", "C++", "2.0", "{", "}", "^", "+"]
)  # fmt: skip


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_QUERY_PIECES, max_size=12).map("".join))
def test_syntax_soup_gives_results_or_one_invalid_query_error(
    conn: sqlite3.Connection, text: str
) -> None:
    try:
        search(conn, text, limit=5)
    except InvalidQueryError as exc:
        assert str(exc).startswith("invalid query: ")
