"""Initiative link suggestions from names, aliases and named mentions."""

from __future__ import annotations

from pathlib import Path

import pytest
from annotations_support import add_article, new_library, quote_id

from regreader.annotations.initiatives import create_initiative, links_of
from regreader.annotations.model import AnnotationError
from regreader.annotations.names import compact_key, latin_key
from regreader.annotations.suggestions import (
    accept_suggestion,
    pending_suggestions,
    refresh_suggestions,
    reject_suggestion,
)

RU_QUOTE = (
    "Отныне для развития этой отрасли основным каналом поддержки станет "
    "Единая региональная субсидия."
)
SEED_LIKE = (
    "Zhargalma Badmazhapova stressed the role of unified regional subsidies. "
    f"«{RU_QUOTE}» she stated. The programme known as UCN2.0 is on track. "
    "Альберт Ахметов рассказал о предприятии 'Alabuga' и о «Социальном контракте»."
)


def _add(conn, body: str, quotes: list[str], path: str = "/a") -> int:  # type: ignore[no-untyped-def]
    article = add_article(conn, body, quotes, path=path)
    for name in ("Alabuga",):
        if name in body:
            start = body.index(name)
            conn.execute(
                "INSERT INTO mentions(article_id, text, start, end) VALUES (?, ?, ?, ?)",
                (article, name, start, start + len(name)),
            )
    return article


def test_keys_meet_across_spacing_and_scripts() -> None:
    assert compact_key("UCN 2.0") == compact_key("UCN2.0") == "ucn20"
    assert latin_key("Бадмажапова") == latin_key("Badmazhapova")
    assert compact_key("Ёлка") == compact_key("елка")


def test_russian_alias_links_the_russian_quote(tmp_path: Path) -> None:
    conn = new_library(tmp_path)
    article = _add(conn, SEED_LIKE, [RU_QUOTE])
    ers = create_initiative(
        conn, "Unified Regional Subsidy", aliases=["Единая региональная субсидия"]
    )
    refresh_suggestions(conn)
    found = {(s.target, s.quote_id, s.matched_text) for s in pending_suggestions(conn)}
    assert ("quote", quote_id(conn, article, RU_QUOTE), "Единая региональная субсидия") in found
    # the English inflected form outside the quote proposes the article
    assert ("article", None, "unified regional subsidies") in found
    assert all(s.initiative_id == ers for s in pending_suggestions(conn))


def test_spacing_inflection_mentions_and_transliteration(tmp_path: Path) -> None:
    conn = new_library(tmp_path)
    _add(conn, SEED_LIKE, [RU_QUOTE])
    ucn = create_initiative(conn, "UCN 2.0")
    contract = create_initiative(conn, "Social Contract", aliases=["Социальный контракт"])
    alabuga = create_initiative(conn, "Alabuga SEZ", aliases=["Alabuga"])
    person = create_initiative(conn, "Бадмажапова")
    refresh_suggestions(conn)
    matched = {(s.initiative_id, s.matched_text) for s in pending_suggestions(conn)}
    assert (ucn, "UCN2.0") in matched
    assert (contract, "Социальном контракте") in matched
    assert (alabuga, "Alabuga") in matched
    assert (person, "Badmazhapova") in matched


def test_accept_links_and_reject_sticks(tmp_path: Path) -> None:
    conn = new_library(tmp_path)
    article = _add(conn, SEED_LIKE, [RU_QUOTE])
    ers = create_initiative(
        conn, "Unified Regional Subsidy", aliases=["Единая региональная субсидия"]
    )
    refresh_suggestions(conn)
    quote_suggestion = next(s for s in pending_suggestions(conn) if s.target == "quote")
    article_suggestion = next(s for s in pending_suggestions(conn) if s.target == "article")
    accepted = accept_suggestion(conn, quote_suggestion.id)
    assert accepted.status == "accepted"
    assert [link.quote_id for link in links_of(conn, ers)] == [quote_id(conn, article, RU_QUOTE)]
    reject_suggestion(conn, article_suggestion.id)
    refresh_suggestions(conn)
    assert pending_suggestions(conn) == []  # linked quote and rejected article stay quiet
    with pytest.raises(AnnotationError, match="rejected"):
        accept_suggestion(conn, article_suggestion.id)
    with pytest.raises(AnnotationError):
        accept_suggestion(conn, 999)


def test_pending_filtered_by_article_and_nothing_without_initiatives(tmp_path: Path) -> None:
    conn = new_library(tmp_path)
    first = _add(conn, SEED_LIKE, [RU_QUOTE], path="/a")
    _add(conn, "UCN 2.0 reached Komi.", [], path="/b")
    assert refresh_suggestions(conn) == 0
    create_initiative(conn, "UCN2.0")
    refresh_suggestions(conn)
    assert len(pending_suggestions(conn)) == 2
    assert [s.article_id for s in pending_suggestions(conn, first)] == [first]
