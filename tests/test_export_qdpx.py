"""REFI-QDA: the project validates against the REFI schema and every selection is exact."""

from __future__ import annotations

import dataclasses
import io
import zipfile
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
import xmlschema
from export_library import (
    HOSTILE_NOTE,
    ORPHAN_QUOTE,
    QUOTE_1,
    QUOTE_2,
    QUOTE_3,
    Library,
    build_library,
)

from regreader.export.model import ArticleText, ExportData, ExportRecord
from regreader.export.qdpx import NAMESPACE, selections_of, write_qdpx, xml_text
from regreader.export.records import collect_records

SCHEMA_PATH = Path(__file__).resolve().parents[2] / "shared" / "refi-qda" / "Project-mrt2019.xsd"
NS = {"q": NAMESPACE}
FIXED_NOW = datetime(2024, 7, 1, 8, 0, tzinfo=UTC)


@cache
def _schema() -> xmlschema.XMLSchema:
    return xmlschema.XMLSchema(str(SCHEMA_PATH))


@pytest.fixture
def library(tmp_path: Path) -> Library:
    return build_library(tmp_path)


def _export(data: ExportData) -> zipfile.ZipFile:
    buffer = io.BytesIO()
    write_qdpx(data, buffer, now=FIXED_NOW)
    return zipfile.ZipFile(io.BytesIO(buffer.getvalue()))


def _check_archive(archive: zipfile.ZipFile) -> tuple[ET.Element, dict[str, str]]:
    """Schema-valid project; every selection slices its source text to its quote."""
    xml = archive.read("project.qde")
    _schema().validate(xml.decode("utf-8"))
    texts = {
        f"internal://{name.removeprefix('sources/')}": archive.read(name).decode("utf-8")
        for name in archive.namelist()
        if name.startswith("sources/")
    }
    return ET.fromstring(xml), texts


def _selected(archive: zipfile.ZipFile) -> list[str]:
    _, texts = _check_archive(archive)
    xml = archive.read("project.qde")
    return [texts[path][start:end] for path, start, end in selections_of(xml)]


def test_schema_valid_and_every_selection_is_its_quote(library: Library) -> None:
    data = collect_records(library.conn, with_texts=True)
    archive = _export(data)
    root, texts = _check_archive(archive)
    selections = root.findall(".//q:PlainTextSelection", NS)
    assert len(selections) == data.quote_count == 4
    by_guid_name = {}
    for source in root.findall(".//q:Sources/q:TextSource", NS):
        text = texts[source.get("plainTextPath")]
        for selection in source.findall("q:PlainTextSelection", NS):
            start = int(selection.get("startPosition"))
            end = int(selection.get("endPosition"))
            by_guid_name[selection.get("guid")] = text[start:end]
    assert sorted(by_guid_name.values()) == sorted([QUOTE_1, QUOTE_2, ORPHAN_QUOTE, QUOTE_3])


def test_offsets_count_code_points_not_utf16_units(library: Library) -> None:
    data = collect_records(library.conn, with_texts=True)
    archive = _export(data)
    root, texts = _check_archive(archive)
    q1 = next(r for r in data.records if r.quote == QUOTE_1)
    selection = next(
        s for s in root.iter(f"{{{NAMESPACE}}}PlainTextSelection") if s.get("name") == QUOTE_1
    )
    # The article has an emoji before the quote: code point offsets equal the DB's.
    assert int(selection.get("startPosition")) == q1.start
    assert int(selection.get("endPosition")) == q1.end
    article_text = next(t for t in texts.values() if "😀" in t)
    assert article_text.encode("utf-8") == data.articles[q1.article_id].body.encode("utf-8")


def test_codes_keep_the_tag_hierarchy_and_initiatives(library: Library) -> None:
    root, _ = _check_archive(_export(collect_records(library.conn, with_texts=True)))
    codes = root.find("q:CodeBook/q:Codes", NS)
    top = {code.get("name"): code for code in codes.findall("q:Code", NS)}
    assert set(top) == {"digital", "funding", "Финансы", "Initiatives"}
    assert [c.get("name") for c in top["funding"].findall("q:Code", NS)] == ["subsidy"]
    assert [c.get("name") for c in top["Финансы"].findall("q:Code", NS)] == ["Субсидия"]
    assert top["Initiatives"].get("isCodable") == "false"
    initiatives = {c.get("name"): c for c in top["Initiatives"].findall("q:Code", NS)}
    assert set(initiatives) == {"UCN 2.0", "Unified Regional Subsidy"}
    description = initiatives["Unified Regional Subsidy"].find("q:Description", NS).text
    assert "Единая региональная субсидия" in description
    assert "<small> ones & more" in description
    # Every CodeRef points at a code of the codebook.
    code_guids = {code.get("guid") for code in root.iter(f"{{{NAMESPACE}}}Code")}
    refs = [ref.get("targetGUID") for ref in root.iter(f"{{{NAMESPACE}}}CodeRef")]
    assert refs and set(refs) <= code_guids


def test_quote_codings_and_notes(library: Library) -> None:
    root, _ = _check_archive(_export(collect_records(library.conn, with_texts=True)))
    names = {code.get("guid"): code.get("name") for code in root.iter(f"{{{NAMESPACE}}}Code")}
    selection = next(
        s for s in root.iter(f"{{{NAMESPACE}}}PlainTextSelection") if s.get("name") == QUOTE_1
    )
    coded = [names[ref.get("targetGUID")] for ref in selection.iter(f"{{{NAMESPACE}}}CodeRef")]
    assert sorted(coded) == ["Unified Regional Subsidy", "funding", "Субсидия"]
    notes = {note.get("guid"): note for note in root.findall("q:Notes/q:Note", NS)}
    note_ref = selection.find("q:NoteRef", NS).get("targetGUID")
    content = notes[note_ref].find("q:PlainTextContent", NS).text
    # XML carried every character of the note except the two control characters.
    assert content == HOSTILE_NOTE.replace("\x01", "").replace("\x0b", "")
    description = selection.find("q:Description", NS).text
    assert "Иван Петров (министр)" in description and "From now on" in description
    # Article-level annotations hang off the TextSource itself.
    article_source = next(
        s for s in root.findall(".//q:TextSource", NS) if s.get("name") == "UCN 2.0 in *Tatarstan*"
    )
    direct = [
        names[c.find("q:CodeRef", NS).get("targetGUID")]
        for c in article_source.findall("q:Coding", NS)
    ]
    assert sorted(direct) == ["UCN 2.0", "digital"]
    assert article_source.find("q:NoteRef", NS).get("targetGUID") in notes


def test_orphans_get_their_own_source(library: Library) -> None:
    root, texts = _check_archive(_export(collect_records(library.conn, with_texts=True)))
    orphans = next(
        s for s in root.findall(".//q:TextSource", NS) if s.get("name") == "Orphaned annotations"
    )
    (selection,) = orphans.findall("q:PlainTextSelection", NS)
    text = texts[orphans.get("plainTextPath")]
    start, end = int(selection.get("startPosition")), int(selection.get("endPosition"))
    assert text[start:end] == ORPHAN_QUOTE
    assert "Chita edit" in text  # says where it came from


def test_guids_are_reproducible(library: Library) -> None:
    first = _export(collect_records(library.conn, with_texts=True)).read("project.qde")
    second = _export(collect_records(library.conn, with_texts=True)).read("project.qde")
    assert first == second


def test_hostile_names_and_control_characters_stay_valid(library: Library) -> None:
    data = collect_records(library.conn, with_texts=True)
    hostile = "x\x00\x07\x1b[31m<&>\"'\ud800\ufffe\U0001f600 end"
    records = [
        dataclasses.replace(
            record,
            note=hostile,
            tags=(*record.tags, f"a/{hostile}/b", "Case", "case"),
            speaker=hostile,
        )
        for record in data.records
    ]
    edited = dataclasses.replace(data, records=records)
    archive = _export(edited)
    root, _ = _check_archive(archive)
    assert xml_text(hostile) == "x[31m<&>\"'\U0001f600 end"
    assert any(
        note.find("q:PlainTextContent", NS).text == xml_text(hostile)
        for note in root.iter(f"{{{NAMESPACE}}}Note")
    )
    assert sorted(_selected(archive)) == sorted(r.quote for r in data.records if r.quote)
    # "Case" and "case" are one tag: one code.
    names = [code.get("name") for code in root.iter(f"{{{NAMESPACE}}}Code")]
    assert sum(1 for name in names if name.casefold() == "case") == 1


def test_quote_found_again_when_its_offsets_are_stale(library: Library) -> None:
    data = collect_records(library.conn, with_texts=True)
    moved = [
        dataclasses.replace(r, start=(r.start or 0) + 3, end=(r.end or 0) + 3) if r.quote else r
        for r in data.records
    ]
    archive = _export(dataclasses.replace(data, records=moved))
    assert sorted(_selected(archive)) == sorted(r.quote for r in data.records if r.quote)


def test_quotes_with_surrogates_still_slice_exactly() -> None:
    body = "A \ud800 broken char, then the quote: «да \udc00 нет» end"
    quote = "«да \udc00 нет»"
    record = ExportRecord(
        record_id="quote-1", kind="quote", anchor_id=1, quote_id=1, article_id=1, quote=quote,
        translation="", translation_model="", translation_lang="", lang="ru", speaker="",
        role="", note="", tags=("t",), initiatives=(), source_title="T", source_path="p",
        published="", regions=(), start=body.index(quote), end=body.index(quote) + len(quote),
        created="2024-01-01T00:00:00+00:00", modified="2024-01-01T00:00:00+00:00",
    )  # fmt: skip
    article = ArticleText(1, "T", body, "p", "", "2024-01-01T00:00:00+00:00")
    archive = _export(ExportData(records=[record], articles={1: article}))
    assert _selected(archive) == ["«да ? нет»"]


def test_empty_export_is_still_a_valid_project() -> None:
    archive = _export(ExportData(records=[]))
    root, texts = _check_archive(archive)
    assert texts == {}
    assert root.get("name") == "regreader export"
    assert root.get("creationDateTime") == "2024-07-01T08:00:00Z"
