"""Tags, notes and initiatives through the domain API."""

from __future__ import annotations

from pathlib import Path

import pytest
from annotations_support import add_article, new_library, quote_id

from regreader.annotations.anchors import quote_anchor
from regreader.annotations.initiatives import (
    add_alias,
    add_region,
    create_initiative,
    find_initiative,
    get_initiative,
    initiative_merge_proposals,
    initiative_timeline,
    link_article,
    link_quote,
    links_of,
    list_initiatives_with_counts,
    merge_initiatives,
    set_description,
    suggest_initiatives,
    unlink_quote,
)
from regreader.annotations.model import AnnotationError
from regreader.annotations.notes import (
    get_note,
    list_notes,
    note_for_article,
    note_for_quote,
    set_article_note,
    set_quote_note,
)
from regreader.annotations.tags import (
    all_tags_with_counts,
    merge_tags,
    normalise_tag,
    remove_tag,
    rename_tag,
    suggest_tags,
    tag_article,
    tag_merge_proposals,
    tag_quote,
    tags_by_article,
    tags_for_anchor,
    tags_for_article,
    tags_for_quote,
)

BODY = "Губернатор сказал: «Дороги построим в этом году». Министр добавила: «Бюджет утверждён»."
Q1, Q2 = "Дороги построим в этом году", "Бюджет утверждён"


@pytest.fixture
def library(tmp_path: Path):  # type: ignore[no-untyped-def]
    conn = new_library(tmp_path)
    article = add_article(conn, BODY, [Q1, Q2])
    return conn, article, quote_id(conn, article, Q1), quote_id(conn, article, Q2)


def test_tag_names_are_normalised() -> None:
    assert normalise_tag("  funding /  subsidy ") == "funding/subsidy"
    assert normalise_tag("a//b/") == "a/b"
    with pytest.raises(AnnotationError):
        normalise_tag(" / ")


def test_cyrillic_tags_and_case_insensitivity(library) -> None:  # type: ignore[no-untyped-def]
    conn, article, first, second = library
    assert tag_quote(conn, first, "Финансирование/Субсидии") == "Финансирование/Субсидии"
    assert tag_quote(conn, second, "финансирование/СУБСИДИИ") == "Финансирование/Субсидии"
    tag_quote(conn, first, "ФИНАНСИРОВАНИЕ / субсидии")  # the same tag again: no duplicate
    tag_article(conn, article, "Дороги")
    assert tags_for_quote(conn, first) == ["Финансирование/Субсидии"]
    assert tags_for_article(conn, article) == ["Дороги"]
    counts = {tag.name: tag.count for tag in all_tags_with_counts(conn)}
    assert counts == {"Дороги": 1, "Финансирование/Субсидии": 2}
    assert remove_tag(conn, quote_anchor(conn, first), "финансирование/субсидии")
    assert tags_for_quote(conn, first) == []
    assert not remove_tag(conn, quote_anchor(conn, first), "nope")


def test_a_page_of_articles_gets_its_tags_and_its_quotes_tags_at_once(library) -> None:  # type: ignore[no-untyped-def]
    conn, article, first, second = library
    other = add_article(conn, "Мэр сказал: «Мост откроем».", ["Мост откроем"], path="/b.txt")
    untagged = add_article(conn, "Никто ничего не сказал.", [], path="/c.txt")
    tag_quote(conn, first, "roads")
    tag_quote(conn, second, "Roads")  # the same tag on two quotes: named once
    tag_article(conn, article, "budget")
    tag_article(conn, other, "bridges")
    many = [untagged, *range(10_000, 10_600), other, article]  # over one statement's worth
    assert tags_by_article(conn, many) == {article: ["budget", "roads"], other: ["bridges"]}
    assert tags_by_article(conn, []) == {}


def test_rename_moves_children_and_merge_collapses_duplicates(library) -> None:  # type: ignore[no-untyped-def]
    conn, _article, first, second = library
    tag_quote(conn, first, "funding")
    tag_quote(conn, first, "funding/subsidy")
    tag_quote(conn, second, "Money")
    assert rename_tag(conn, "FUNDING", "finance") == 2
    assert tags_for_quote(conn, first) == ["finance", "finance/subsidy"]
    with pytest.raises(AnnotationError, match="merge"):
        rename_tag(conn, "finance", "money")
    tag_quote(conn, second, "finance")
    merge_tags(conn, "finance", "money")
    assert tags_for_quote(conn, first) == ["Money", "Money/subsidy"]
    assert tags_for_quote(conn, second) == ["Money"]  # two taggings collapsed into one
    assert [t.name for t in all_tags_with_counts(conn)] == ["Money", "Money/subsidy"]
    rename_tag(conn, "money", "MONEY")  # a change of spelling only
    assert tags_for_quote(conn, first) == ["MONEY", "MONEY/subsidy"]
    with pytest.raises(AnnotationError):
        rename_tag(conn, "money", "money/inner")


def test_tag_autocomplete_and_near_duplicates(library) -> None:  # type: ignore[no-untyped-def]
    conn, _article, first, second = library
    for name in ("funding/subsidy", "funding/subsidies", "roads", "Регионы"):
        tag_quote(conn, first, name)
    tag_quote(conn, second, "roads")
    assert suggest_tags(conn, "fun")[:2] == ["funding/subsidies", "funding/subsidy"]
    assert suggest_tags(conn, "sub")[0].startswith("funding/")
    assert suggest_tags(conn, "рег") == ["Регионы"]
    assert suggest_tags(conn, "")[0] == "roads"  # most used first
    pairs = {(p.first, p.second) for p in tag_merge_proposals(conn)}
    assert pairs == {("funding/subsidies", "funding/subsidy")}


def test_notes_of_any_length_in_any_script(library) -> None:  # type: ignore[no-untyped-def]
    conn, article, first, _second = library
    long_note = ("Заметка о субсидиях. " * 1000)[:20_000]
    assert len(long_note) == 20_000
    note = set_quote_note(conn, first, long_note)
    assert note_for_quote(conn, first) is not None
    assert note_for_quote(conn, first).body == long_note  # type: ignore[union-attr]
    edited = set_quote_note(conn, first, "Короткая [bold]заметка[/bold]\nвторая строка")
    assert edited.created_at == note.created_at
    assert edited.body == "Короткая [bold]заметка[/bold]\nвторая строка"
    set_article_note(conn, article, "About the article\x1b[31m")
    assert note_for_article(conn, article).body == "About the article[31m"  # type: ignore[union-attr]
    assert len(list_notes(conn)) == 2 and len(list_notes(conn, article)) == 2
    with pytest.raises(AnnotationError):
        set_quote_note(conn, first, "   ")
    assert get_note(conn, 12345) is None


def test_initiatives_aliases_regions_and_lookup(library) -> None:  # type: ignore[no-untyped-def]
    conn, article, first, _second = library
    ers = create_initiative(
        conn,
        "Unified Regional Subsidy",
        aliases=["Единая региональная субсидия"],
        description="One subsidy instead of many.",
        regions=["zabaikalsky-krai"],
    )
    assert find_initiative(conn, "единая РЕГИОНАЛЬНАЯ  субсидия") == ers
    assert find_initiative(conn, str(ers)) == ers
    with pytest.raises(AnnotationError, match="already names"):
        create_initiative(conn, "unified regional subsidy")
    other = create_initiative(conn, "UCN 2.0")
    with pytest.raises(AnnotationError):
        add_alias(conn, other, "Единая региональная субсидия")
    with pytest.raises(AnnotationError, match="Unknown region"):
        add_region(conn, ers, "Atlantis")
    add_region(conn, ers, "Perm Krai")
    assert link_quote(conn, ers, first)
    assert not link_quote(conn, ers, first)
    link_article(conn, other, article)
    info = get_initiative(conn, ers)
    assert info.aliases == ("Единая региональная субсидия",)
    assert info.regions == ("perm-krai", "zabaikalsky-krai")
    assert info.link_count == 1
    assert [i.name for i in list_initiatives_with_counts(conn)] == [
        "UCN 2.0",
        "Unified Regional Subsidy",
    ]
    assert suggest_initiatives(conn, "един") == ["Unified Regional Subsidy"]
    assert suggest_initiatives(conn, "ucn")[0] == "UCN 2.0"
    assert unlink_quote(conn, ers, first)
    assert links_of(conn, ers) == []


def test_merge_initiatives_keeps_every_link_alias_and_note(tmp_path: Path) -> None:
    conn = new_library(tmp_path)
    one = add_article(conn, BODY, [Q1, Q2], path="/a", published="2024-02-01")
    two = add_article(
        conn, 'He said "more roads".', ["more roads"], path="/b", published="2024-01-01"
    )
    ucn = create_initiative(conn, "UCN 2.0", aliases=["УЦН 2.0"], description="Digital.")
    dup = create_initiative(conn, "UCN2.0 programme", aliases=["UCN2"], regions=["komi"])
    link_quote(conn, ucn, quote_id(conn, one, Q1))
    link_quote(conn, dup, quote_id(conn, one, Q1))  # linked from both: collapses
    link_quote(conn, dup, quote_id(conn, two, "more roads"))
    link_article(conn, dup, one)
    set_quote_note(conn, quote_id(conn, two, "more roads"), "keep me")
    proposals = initiative_merge_proposals(conn)
    assert [(p.first, p.second) for p in proposals] == [("UCN 2.0", "UCN2.0 programme")]
    assert merge_initiatives(conn, dup, ucn) == 2
    merged = get_initiative(conn, ucn)
    assert set(merged.aliases) == {"УЦН 2.0", "UCN2", "UCN2.0 programme"}
    assert merged.regions == ("komi",)
    assert merged.link_count == 3
    assert find_initiative(conn, "ucn2.0 PROGRAMME") == ucn
    assert note_for_quote(conn, quote_id(conn, two, "more roads")).body == "keep me"  # type: ignore[union-attr]
    timeline = initiative_timeline(conn, ucn)
    assert [entry.published for entry in timeline] == ["2024-01-01", "2024-02-01", "2024-02-01"]
    assert timeline[0].quote_text == "more roads"
    assert timeline[0].source_path == "/b"
    with pytest.raises(AnnotationError):
        merge_initiatives(conn, ucn, ucn)


def test_a_thousand_links_on_one_initiative(tmp_path: Path) -> None:
    conn = new_library(tmp_path)
    quotes = [f"quote number {n}" for n in range(1000)]
    body = " ".join(f'"{text}".' for text in quotes)
    article = add_article(conn, body, quotes)
    initiative = create_initiative(conn, "Social Contract")
    ids = [row[0] for row in conn.execute("SELECT id FROM quotes WHERE article_id = ?", (article,))]
    for qid in ids:
        link_quote(conn, initiative, qid)
    assert get_initiative(conn, initiative).link_count == 1000
    timeline = initiative_timeline(conn, initiative)
    assert len(timeline) == 1000
    assert [entry.quote_text for entry in timeline] == quotes  # article order
    assert tags_for_anchor(conn, timeline[0].anchor_id) == []


def test_a_description_is_cleaned_like_every_text_the_user_writes(library) -> None:  # type: ignore[no-untyped-def]
    # A lone surrogate is what a non-UTF-8 byte on the command line becomes in Python;
    # SQLite refused it with UnicodeEncodeError (found by the hypothesis suite).
    conn = library[0]
    initiative = create_initiative(conn, "Clean Water", description="\ud800 funds \x1b[31mred")
    assert get_initiative(conn, initiative).description == "\ufffd funds [31mred"
    set_description(conn, initiative, "\x07bell \udcff")
    assert get_initiative(conn, initiative).description == "bell \ufffd"
