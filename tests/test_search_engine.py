"""Search over a small hand-made library: word forms, phrases, filters, quotes, snippets."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from search_support import build_library

from regreader.errors import InvalidQueryError
from regreader.search import count, facets, search
from regreader.storage import open_library


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[sqlite3.Connection, dict]]:
    path: Path = tmp_path_factory.mktemp("search") / "library.db"
    conn = open_library(path)
    ids = build_library(conn)
    yield conn, ids
    conn.close()


def found(library: tuple[sqlite3.Connection, dict], query: str) -> set[str]:
    conn, ids = library
    names = {value: key for key, value in ids.items()}
    return {names[hit.id] for hit in search(conn, query).hits}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("субсидия", {"subsidy", "russian"}),  # субсидия / субсидию / субсидии
        ("субсидии", {"subsidy", "russian"}),
        ("субсидиями", {"subsidy", "russian"}),
        ("subsidy", {"subsidy"}),  # English "subsidies" in the body
        # "Region" in Kaluga's body; "Regional" in the translation of Makhonin's quote
        ("regions", {"kaluga", "subsidy"}),
        ("елочные", {"russian"}),  # ё in the text, е in the query
        ("ЁЛКИ", {"russian"}),
        ("научно-промышленная", {"russian"}),
        ("U.S.", {"odd"}),
        ("2.0", {"odd"}),
        ("children's", {"odd"}),
        ("C++", {"odd"}),
    ],
)
def test_word_forms_meet_at_their_stems(library, query: str, expected: set[str]) -> None:
    assert found(library, query) == expected


def test_phrase_needs_the_words_in_order(library) -> None:
    assert found(library, '"import substitution"') == {"kaluga", "urals"}
    assert found(library, '"substitution import"') == set()


def test_phrase_with_region_filter_finds_the_kaluga_article(library) -> None:
    assert found(library, '"import substitution" region:kaluga') == {"kaluga"}


def test_prefix_matches_the_start_of_stems(library) -> None:
    assert found(library, "substitu*") == {"kaluga", "urals"}
    assert found(library, "субсид*") == {"subsidy", "russian"}


def test_or_needs_upper_case(library) -> None:
    assert found(library, "Sverdlovsk OR Tatarstan") == {"urals", "odd"}
    assert found(library, "Sverdlovsk or Tatarstan") == set()


def test_exclusion_removes_matches(library) -> None:
    assert found(library, "substitution -sverdlovsk") == {"kaluga"}
    assert found(library, "substitution NOT sverdlovsk") == {"kaluga"}
    assert found(library, "substitution -(sverdlovsk OR laptev)") == set()


def test_only_exclusions_list_everything_else_newest_first(library) -> None:
    conn, ids = library
    results = search(conn, "-substitution")
    assert not results.ranked
    assert [hit.id for hit in results.hits] == [ids["russian"], ids["subsidy"], ids["odd"]]


def test_empty_query_lists_by_date_with_undated_last(library) -> None:
    conn, ids = library
    results = search(conn, "   ")
    assert not results.ranked
    assert [hit.id for hit in results.hits][-1] == ids["odd"]
    assert results.hits[0].id == ids["russian"]
    assert results.hits[0].score is None


def test_parentheses_group_alternatives(library) -> None:
    assert found(library, "(sverdlovsk OR kaluga) substitution") == {"kaluga", "urals"}
    assert found(library, "substitution (laptev OR plants") == {"kaluga", "urals"}


def test_or_across_a_filter_and_a_word(library) -> None:
    assert found(library, "region:komi OR tatarstan") == {"russian", "odd"}


def test_region_filter_alone_and_unknown_region(library) -> None:
    conn, _ = library
    assert found(library, "region:perm") == {"subsidy"}
    results = search(conn, "region:atlantis")
    assert results.hits == ()
    assert any("atlantis" in notice for notice in results.notices)


def test_dates_are_half_open(library) -> None:
    assert found(library, "after:2024 before:2025") == {"subsidy", "russian"}
    assert found(library, "after:2024-12") == {"russian"}
    assert found(library, "before:2014-04-09") == {"kaluga"}
    assert found(library, "substitution after:2020") == {"urals"}


@pytest.mark.parametrize("query", ["after:2024-13", "before:yesterday", "after:2023-02-30"])
def test_bad_dates_are_invalid_queries(library, query: str) -> None:
    conn, _ = library
    with pytest.raises(InvalidQueryError, match=r"^invalid query: "):
        search(conn, query)


def test_lang_filter_uses_article_languages_and_quotes(library) -> None:
    assert found(library, "lang:ru") == {"subsidy", "russian"}
    assert "kaluga" in found(library, "lang:en")
    conn, _ = library
    with pytest.raises(InvalidQueryError, match="lang"):
        search(conn, "lang:fr")


def test_speaker_filter_matches_a_word_of_the_name(library) -> None:
    assert found(library, "speaker:makhonin") == {"subsidy"}
    assert found(library, "speaker:MAKHONIN") == {"subsidy"}
    assert found(library, 'speaker:"Dmitry Makhonin"') == {"subsidy"}
    assert found(library, "speaker:dmitry") == {"subsidy"}
    assert found(library, "speaker:laptev") == set()


def test_speaker_filter_transliterates_between_scripts(library) -> None:
    assert found(library, "speaker:uyba") == {"russian"}
    assert found(library, "speaker:махонин") == {"subsidy"}


def test_hits_say_which_quotes_matched(library) -> None:
    conn, ids = library
    hit = search(conn, "субсидия").hits
    by_id = {h.id: h for h in hit}
    subsidy = by_id[ids["subsidy"]]
    assert subsidy.in_quote
    assert [q.speaker for q in subsidy.quotes] == ["Dmitry Makhonin"]
    assert not by_id[ids["russian"]].in_quote  # the word is in its body, not its quote


def test_speaker_filter_marks_that_speakers_quotes(library) -> None:
    conn, _ = library
    (hit,) = search(conn, "speaker:makhonin").hits
    assert hit.in_quote and hit.quotes[0].speaker == "Dmitry Makhonin"


def test_words_only_in_a_quote_translation_find_the_article(library) -> None:
    conn, ids = library
    (hit,) = search(conn, "grant").hits
    assert hit.id == ids["subsidy"]
    assert hit.in_quote
    assert hit.hits == 0  # not in the body; the snippet is the opening instead
    assert hit.snippet.text.startswith("The Perm Territory")


def test_snippet_highlights_the_original_words(library) -> None:
    conn, _ = library
    (hit,) = search(conn, "region:perm субсидия").hits
    words = [hit.snippet.text[start:end] for start, end in hit.snippet.highlights]
    assert words == ["субсидия"]
    assert hit.hits == 1
    assert hit.score is not None and hit.score > 0


def test_title_weight_ranks_title_matches_first(library) -> None:
    conn, ids = library
    hits = search(conn, "substitution").hits
    assert hits[0].id == ids["urals"]  # in its title; Kaluga's body says it twice
    assert hits[0].title_highlights == ((7, 19),)


def test_hit_fields(library) -> None:
    conn, _ = library
    (hit,) = search(conn, "Tatarstan").hits
    assert hit.date is None
    assert hit.regions == ()
    assert hit.path.endswith(".txt")
    assert "[bold]x[/bold]" in hit.snippet.text


def test_limit_and_offset_page_through_results(library) -> None:
    conn, _ = library
    every = [hit.id for hit in search(conn, "").hits]
    assert [hit.id for hit in search(conn, "", limit=2, offset=1).hits] == every[1:3]
    assert search(conn, "", limit=0).hits == ()
    with pytest.raises(InvalidQueryError):
        search(conn, "", limit=-1)


def test_count_and_facets_cover_all_matches(library) -> None:
    conn, _ = library
    assert count(conn, "субсидия") == 2
    assert count(conn, "") == 5
    regions = facets(conn, "субсидия")["region"]
    assert {(key, n) for key, _, n in regions} == {("perm-krai", 1), ("komi", 1)}
    labels = {key: label for key, label, _ in facets(conn, "")["region"]}
    assert labels["kaluga-oblast"] == "Kaluga Oblast"


def test_unknown_filter_is_searched_as_words_with_a_notice(library) -> None:
    conn, _ = library
    results = search(conn, "governor:laptev")
    assert results.hits == ()  # read as the phrase "governor laptev": not in the text
    assert any("not a filter" in notice for notice in results.notices)
    assert found(library, "deputy:governor") == {"kaluga"}
