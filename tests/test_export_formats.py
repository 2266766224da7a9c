"""Markdown, CSV and JSON Lines: same records, each format safe against hostile text."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from pathlib import Path

import pytest
from export_library import HOSTILE_NOTE, QUOTE_1, QUOTE_2, Library, build_library
from markdown_it import MarkdownIt

from regreader.export.markdown import escape, escape_block, render_markdown
from regreader.export.model import ROW_FIELDS, ExportData
from regreader.export.records import collect_records
from regreader.export.tabular import BOM, write_csv, write_jsonl


@pytest.fixture
def library(tmp_path: Path) -> Library:
    return build_library(tmp_path)


@pytest.fixture
def data(library: Library) -> ExportData:
    return collect_records(library.conn)


def _markdown_tokens(text: str) -> list:
    parser = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    tokens = parser.parse(text)
    flat = []
    for token in tokens:
        flat.append(token)
        flat.extend(token.children or [])
    return flat


# --- Markdown -------------------------------------------------------------------------


def test_markdown_groups_by_initiative_then_article(data: ExportData) -> None:
    lines = render_markdown(data)
    headings = [line for line in lines if line.startswith("#")]
    assert headings == [
        "# Regreader export",
        "## Initiative: UCN 2.0",
        "### UCN 2.0 in \\*Tatarstan\\*",
        "## Initiative: Unified Regional Subsidy",
        "### Бурятия: «субсидия» \\& \\<план\\>",
        "## Not linked to an initiative",
        "### Бурятия: «субсидия» \\& \\<план\\>",
        "### Chita edit",
    ]


def test_markdown_structure_cannot_be_broken_by_untrusted_text(data: ExportData) -> None:
    text = "\n".join(render_markdown(data))
    tokens = _markdown_tokens(text)
    kinds = {token.type for token in tokens}
    # Nothing from quotes/notes/titles became HTML, links, code, lists or tables.
    for forbidden in (
        "html_inline",
        "html_block",
        "link_open",
        "code_inline",
        "code_block",
        "fence",
        "bullet_list_open",
        "ordered_list_open",
        "table_open",
        "s_open",
    ):
        assert forbidden not in kinds, forbidden
    headings = [t for t in tokens if t.type == "heading_open"]
    assert len(headings) == 8  # exactly the ones we wrote (see the grouping test)
    quotes = [t for t in tokens if t.type == "blockquote_open"]
    # q3 (UCN 2.0), q1 (Unified Regional Subsidy), q2 and the orphan (unlinked); the
    # note's "> not a quote" line must not add a fifth.
    assert len(quotes) == 4


def test_markdown_renders_hostile_text_literally(data: ExportData) -> None:
    html = MarkdownIt("commonmark").render("\n".join(render_markdown(data)))
    assert "Это &lt;важно&gt; &amp; [/bold] *очень* `важно`#1" in html
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; &amp;amp; [/bold] [link](http://x)" in html
    for line in ("# not a heading", "- not a list", "1. not a numbered item", "&gt; not a quote"):
        assert line in html
    assert "| not | a table |" in html
    assert "\x01" not in html and "\x0b" not in html


def test_markdown_shows_every_field(data: ExportData) -> None:
    text = "\n".join(render_markdown(data))
    assert f"> {QUOTE_1}" in text
    assert "*Translation (en):* From now on the Unified Regional Subsidy" in text
    assert "**Иван Петров**, министр" in text
    assert "tags: funding, Финансы/Субсидия" in text
    assert "*2024-03-05 · source: /corpus/001.txt · regions: Republic of Buryatia*" in text
    assert "**Article note:**" in text
    assert "**orphaned:**" in text
    assert "*Also known as:* Единая региональная субсидия" in text


def test_escape_helpers() -> None:
    assert escape("a\nb  c") == "a b c"
    assert escape("# x") == "\\# x"
    assert escape("- x") == "\\- x"
    assert escape("1) x") == "1\\) x"
    assert escape("[/bold] <i>") == "\\[/bold\\] \\<i\\>"
    assert escape_block("\n\nfirst\nsecond\n\nthird\n") == ["first  ", "second", "", "third"]
    html = MarkdownIt("commonmark").render("\n".join(escape_block("a\\\nb")))
    assert "a\\<br />" in html  # a trailing backslash in the text stays a backslash


def test_markdown_of_nothing(library: Library) -> None:
    data = ExportData(records=[])
    assert "No annotated quotes match." in render_markdown(data)


# --- CSV ------------------------------------------------------------------------------


def _csv_rows(text: str) -> list[dict[str, str]]:
    assert text.startswith(BOM)
    return list(csv.DictReader(io.StringIO(text[len(BOM) :], newline="")))


def test_csv_has_bom_header_and_one_row_per_record(data: ExportData) -> None:
    out = io.StringIO(newline="")
    write_csv(data, out)
    text = out.getvalue()
    header = text[len(BOM) :].split("\r\n", 1)[0]
    assert header.split(",") == list(ROW_FIELDS)
    rows = _csv_rows(text)
    assert len(rows) == len(data.records)
    by_id = {row["record_id"]: row for row in rows}
    q1 = next(r for r in data.records if r.quote == QUOTE_1)
    row = by_id[q1.record_id]
    assert row["quote"] == QUOTE_1
    assert row["note"] == HOSTILE_NOTE.replace("\x01", "").replace("\x0b", "")
    assert row["tags"] == "funding; Финансы/Субсидия"
    assert row["start"] == str(q1.start)
    assert row["orphaned"] == "false"
    q2 = next(r for r in data.records if r.quote == QUOTE_2)
    assert by_id[q2.record_id]["quote"] == QUOTE_2


def test_csv_neutralises_formulas(data: ExportData) -> None:
    record = dataclasses.replace(data.records[0], note='=HYPERLINK("x")', quote="+1", role="@a")
    out = io.StringIO(newline="")
    write_csv(ExportData(records=[record]), out)
    row = _csv_rows(out.getvalue())[0]
    assert row["note"] == '\'=HYPERLINK("x")'
    assert row["quote"] == "'+1"
    assert row["role"] == "'@a"


def test_csv_to_a_pipe_has_no_bom(data: ExportData) -> None:
    out = io.StringIO(newline="")
    write_csv(data, out, bom=False)
    assert out.getvalue().startswith("record_id,")


# --- JSON Lines -----------------------------------------------------------------------


def test_jsonl_one_exact_object_per_line(data: ExportData) -> None:
    record = dataclasses.replace(data.records[0], note="line\u2028separator\u2029and\nnewline")
    out = io.StringIO()
    write_jsonl(ExportData(records=[*data.records, record]), out)
    lines = out.getvalue().splitlines()
    assert len(lines) == len(data.records) + 1
    objects = [json.loads(line) for line in lines]
    assert all(list(obj) == list(ROW_FIELDS) for obj in objects)
    assert objects[-1]["note"] == "line\u2028separator\u2029and\nnewline"
    q1 = next(obj for obj in objects if obj["quote"] == QUOTE_1)
    assert q1["note"] == HOSTILE_NOTE  # exact: nothing stripped or escaped away
    assert q1["tags"] == ["funding", "Финансы/Субсидия"]
    assert q1["initiatives"] == ["Unified Regional Subsidy"]
    assert isinstance(q1["start"], int) and q1["orphaned"] is False


def test_csv_and_jsonl_carry_the_same_records(data: ExportData) -> None:
    csv_out = io.StringIO(newline="")
    write_csv(data, csv_out)
    jsonl_out = io.StringIO()
    write_jsonl(data, jsonl_out)
    csv_ids = [row["record_id"] for row in _csv_rows(csv_out.getvalue())]
    jsonl_ids = [json.loads(line)["record_id"] for line in jsonl_out.getvalue().splitlines()]
    assert csv_ids == jsonl_ids == [record.record_id for record in data.records]
