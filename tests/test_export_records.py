"""Which rows an export holds, with which fields, and how the filters narrow them."""

from __future__ import annotations

from pathlib import Path

import pytest
from export_library import HOSTILE_NOTE, ORPHAN_QUOTE, QUOTE_1, Library, build_library

from regreader.export import ExportError
from regreader.export.model import ARTICLE, QUOTE, ROW_FIELDS
from regreader.export.records import ExportFilters, collect_records


@pytest.fixture
def library(tmp_path: Path) -> Library:
    return build_library(tmp_path)


def _ids(library: Library, filters: ExportFilters | None = None) -> set[str]:
    return {record.record_id for record in collect_records(library.conn, filters).records}


def test_only_annotated_anchors_are_exported(library: Library) -> None:
    ids = _ids(library)
    anchors = library.anchor_ids
    assert ids == {
        f"quote-{anchors['q1']}",
        f"quote-{anchors['q2']}",
        f"quote-{anchors['q3']}",
        f"article-{anchors['article2']}",
        f"quote-{anchors['orphan']}",
    }
    assert f"quote-{anchors['q4_bare']}" not in ids


def test_quote_record_carries_every_field(library: Library) -> None:
    data = collect_records(library.conn)
    record = next(r for r in data.records if r.anchor_id == library.anchor_ids["q1"])
    assert record.kind == QUOTE
    assert record.quote == QUOTE_1
    assert record.quote_id == library.quote_ids[0]
    assert record.article_id == library.article_ids[0]
    assert record.speaker == "Иван Петров"
    assert record.role == "министр"
    assert record.lang == "ru"
    assert record.translation.startswith("From now on")
    assert record.translation_model == "argos-ru-en"
    assert record.translation_lang == "en"
    assert record.note == HOSTILE_NOTE
    assert record.tags == ("funding", "Финансы/Субсидия")
    assert record.initiatives == ("Unified Regional Subsidy",)
    assert record.source_title == "Бурятия: «субсидия» & <план>"
    assert record.source_path == "/corpus/001.txt"
    assert record.published == "2024-03-05"
    assert record.regions == ("buryatia",)
    assert record.created == "2024-06-01T10:00:00+00:00"
    assert record.modified == "2024-06-02T12:30:00+00:00"
    assert not record.orphaned
    assert set(record.as_row()) == set(ROW_FIELDS)


def test_article_annotations_and_orphans_are_exported(library: Library) -> None:
    data = collect_records(library.conn)
    article = next(r for r in data.records if r.anchor_id == library.anchor_ids["article2"])
    assert article.kind == ARTICLE
    assert (article.quote, article.start, article.end) == ("", None, None)
    assert article.tags == ("digital",)
    assert article.note == "Article-level note"
    orphan = next(r for r in data.records if r.anchor_id == library.anchor_ids["orphan"])
    assert orphan.orphaned
    assert orphan.quote == ORPHAN_QUOTE
    assert orphan.quote_id is None
    assert orphan.note == "Note on a quote that vanished"


def test_record_ids_and_order_are_stable(library: Library) -> None:
    first = [r.record_id for r in collect_records(library.conn).records]
    second = [r.record_id for r in collect_records(library.conn).records]
    assert first == second


def test_tag_filter_takes_children_and_ignores_case(library: Library) -> None:
    anchors = library.anchor_ids
    expected = {f"quote-{anchors[name]}" for name in ("q1", "q2", "orphan")}
    assert _ids(library, ExportFilters(tag="FUNDING")) == expected
    assert _ids(library, ExportFilters(tag="funding/subsidy")) == {f"quote-{anchors['q2']}"}
    assert _ids(library, ExportFilters(tag="финансы")) == {f"quote-{anchors['q1']}"}
    assert _ids(library, ExportFilters(tag="fund")) == set()  # a prefix is not a parent


def test_initiative_filter_by_name_or_alias(library: Library) -> None:
    anchors = library.anchor_ids
    by_alias = _ids(library, ExportFilters(initiative="единая региональная субсидия"))
    assert by_alias == {f"quote-{anchors['q1']}"}
    assert _ids(library, ExportFilters(initiative="UCN 2.0")) == {
        f"quote-{anchors['q3']}",
        f"article-{anchors['article2']}",
    }
    with pytest.raises(ExportError, match="No initiative"):
        collect_records(library.conn, ExportFilters(initiative="Nonexistent"))


def test_region_filter(library: Library) -> None:
    anchors = library.anchor_ids
    article_1 = {f"quote-{anchors['q1']}", f"quote-{anchors['q2']}"}
    assert _ids(library, ExportFilters(region="Buryatia")) == article_1
    assert _ids(library, ExportFilters(region="Бурятия")) == article_1
    assert _ids(library, ExportFilters(region="buryatia")) == article_1
    assert _ids(library, ExportFilters(region="Chita")) == {f"quote-{anchors['orphan']}"}
    assert _ids(library, ExportFilters(region="Kaluga")) == set()  # known, not mentioned
    with pytest.raises(ExportError, match="region"):
        collect_records(library.conn, ExportFilters(region="Atlantis"))


def test_date_filters_are_inclusive_at_the_given_precision(library: Library) -> None:
    anchors = library.anchor_ids
    article_1 = {f"quote-{anchors['q1']}", f"quote-{anchors['q2']}"}
    assert _ids(library, ExportFilters(after="2024-03-05", before="2024-03-05")) == article_1
    assert _ids(library, ExportFilters(after="2024", before="2024")) == article_1
    assert _ids(library, ExportFilters(before="2023-11")) == {
        f"quote-{anchors['q3']}",
        f"article-{anchors['article2']}",
    }
    assert _ids(library, ExportFilters(after="2025")) == {f"quote-{anchors['orphan']}"}
    assert _ids(library, ExportFilters(after="2024-03-06", before="2024-12-31")) == set()


def test_filters_combine(library: Library) -> None:
    filters = ExportFilters(tag="funding", region="buryatia", after="2024-01-01")
    anchors = library.anchor_ids
    assert _ids(library, filters) == {f"quote-{anchors['q1']}", f"quote-{anchors['q2']}"}


@pytest.mark.parametrize("bad", ["yesterday", "2024-3-1", "20240301", "2024-03-01T00:00"])
def test_bad_dates_are_refused(library: Library, bad: str) -> None:
    with pytest.raises(ExportError, match="YYYY"):
        collect_records(library.conn, ExportFilters(after=bad))


def test_preferred_translation_language(library: Library) -> None:
    conn = library.conn
    conn.execute(
        "INSERT INTO quote_translations VALUES (?, 'de', 'Ab jetzt', 'argos-ru-de', '1', 'x')",
        (library.quote_ids[0],),
    )
    data = collect_records(conn, translation_lang="de")
    record = next(r for r in data.records if r.quote_id == library.quote_ids[0])
    assert (record.translation_lang, record.translation) == ("de", "Ab jetzt")
