"""`regreader export` end to end, on annotations made through the annotations API."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from datetime import date
from pathlib import Path

import pytest
import xmlschema
from export_library import QUOTE_1, QUOTE_2, QUOTE_3, Library, build_library

from regreader.annotations.initiatives import create_initiative, link_quote
from regreader.annotations.notes import set_quote_note
from regreader.annotations.tags import tag_quote
from regreader.cli.main import main
from regreader.export.qdpx import selections_of
from regreader.export.run import default_export_path

SCHEMA_PATH = Path(__file__).resolve().parents[2] / "shared" / "refi-qda" / "Project-mrt2019.xsd"
LONG_NOTE = ("Длинная заметка «с кавычками» & <угловыми> [/bold] скобками. " * 400)[:20_000]


@pytest.fixture
def library(tmp_path: Path) -> Library:
    library = build_library(tmp_path, annotate=False)
    conn = library.conn
    q1, q2, q3, _ = library.quote_ids
    subsidy = create_initiative(
        conn, "Unified Regional Subsidy", aliases=["Единая региональная субсидия"]
    )
    link_quote(conn, subsidy, q1)
    tag_quote(conn, q1, "Финансы/Субсидия")
    tag_quote(conn, q2, "funding/subsidy")
    tag_quote(conn, q3, "Digital")
    set_quote_note(conn, q1, LONG_NOTE)
    return library


def _run(library: Library, *args: str) -> int:
    return main(["--db", str(library.path), "export", *args])


def test_every_format_through_the_cli(
    library: Library, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    for fmt in ("md", "csv", "jsonl", "qdpx", "json"):
        assert _run(library, "--format", fmt, "-o", str(out / f"export.{fmt}")) == 0
    said = capsys.readouterr().out
    assert "Exported 3 annotated quotes from 2 articles (md)" in said
    assert "Backup of all annotations written to" in said

    markdown = (out / "export.md").read_text(encoding="utf-8")
    assert "## Initiative: Unified Regional Subsidy" in markdown
    assert f"> {QUOTE_1}" in markdown

    rows = list(csv.DictReader(io.StringIO((out / "export.csv").read_text("utf-8-sig"))))
    assert sorted(row["quote"] for row in rows) == sorted([QUOTE_1, QUOTE_2, QUOTE_3])
    assert next(row for row in rows if row["quote"] == QUOTE_1)["note"] == LONG_NOTE

    objects = [json.loads(line) for line in (out / "export.jsonl").read_text("utf-8").splitlines()]
    assert len(objects) == 3
    assert next(o for o in objects if o["quote"] == QUOTE_1)["note"] == LONG_NOTE

    with zipfile.ZipFile(out / "export.qdpx") as archive:
        xml = archive.read("project.qde")
        xmlschema.XMLSchema(str(SCHEMA_PATH)).validate(xml.decode("utf-8"))
        texts = {
            path: archive.read("sources/" + path.removeprefix("internal://")).decode("utf-8")
            for path, _, _ in selections_of(xml)
        }
        selected = [texts[path][start:end] for path, start, end in selections_of(xml)]
    assert sorted(selected) == sorted([QUOTE_1, QUOTE_2, QUOTE_3])

    backup = json.loads((out / "export.json").read_text("utf-8"))
    assert isinstance(backup, dict) and backup["initiatives"]


def test_dash_writes_to_stdout_and_the_message_to_stderr(
    library: Library, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(library, "--format", "jsonl", "-o", "-", "--tag", "funding") == 0
    captured = capsys.readouterr()
    (line,) = captured.out.splitlines()
    assert json.loads(line)["quote"] == QUOTE_2
    assert "standard output" in captured.err

    assert _run(library, "--format", "csv", "-o", "-") == 0
    assert capsys.readouterr().out.startswith("record_id,")  # no BOM into a pipe


def test_qdpx_to_stdout_is_refused(library: Library, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(library, "--format", "qdpx", "-o", "-") == 2
    captured = capsys.readouterr()
    assert "standard output" in captured.err and captured.out == ""


def test_existing_file_needs_force(
    library: Library, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "report.md"
    target.write_text("keep me")
    assert _run(library, "--format", "md", "-o", str(target)) == 2
    assert "--force" in capsys.readouterr().err
    assert target.read_text() == "keep me"
    assert _run(library, "--format", "md", "-o", str(target), "--force") == 0
    assert target.read_text(encoding="utf-8").startswith("# Regreader export")


def test_default_name_never_replaces_a_file(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "cwd"
    folder.mkdir()
    monkeypatch.chdir(folder)
    assert _run(library, "--format", "csv") == 0
    assert _run(library, "--format", "csv") == 0
    stem = f"regreader-export-{date.today():%Y%m%d}"
    assert sorted(p.name for p in folder.iterdir()) == [f"{stem}-2.csv", f"{stem}.csv"]


def test_default_export_path_numbering(tmp_path: Path) -> None:
    day = date(2024, 5, 1)
    first = default_export_path("qdpx", tmp_path, day)
    assert first.name == "regreader-export-20240501.qdpx"
    first.write_bytes(b"")
    assert default_export_path("qdpx", tmp_path, day).name == "regreader-export-20240501-2.qdpx"


def test_cli_filters(library: Library, capsys: pytest.CaptureFixture[str]) -> None:
    def quotes(*filters: str) -> list[str]:
        assert _run(library, "--format", "jsonl", "-o", "-", *filters) == 0
        return sorted(json.loads(line)["quote"] for line in capsys.readouterr().out.splitlines())

    assert quotes("--initiative", "единая региональная субсидия") == [QUOTE_1]
    assert quotes("--tag", "финансы") == [QUOTE_1]
    assert quotes("--region", "Tatarstan") == [QUOTE_3]
    assert quotes("--after", "2024-01-01") == sorted([QUOTE_1, QUOTE_2])
    assert quotes("--before", "2023-12-31") == [QUOTE_3]


def test_unknown_filter_values_are_one_line_errors(
    library: Library, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(library, "--format", "md", "-o", "-", "--initiative", "Nope") == 2
    assert _run(library, "--format", "md", "-o", "-", "--after", "last week") == 2
    err = capsys.readouterr().err
    assert "No initiative" in err and "YYYY" in err and "Traceback" not in err


def test_json_backup_refuses_filters(library: Library, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(library, "--format", "json", "-o", "-", "--tag", "funding") == 2
    assert "filters" in capsys.readouterr().err


def test_query_limits_the_export_to_the_articles_a_search_finds(
    library: Library, capsys: pytest.CaptureFixture[str]
) -> None:
    from regreader.storage.fts import refresh_article

    for article_id in library.article_ids:
        refresh_article(library.conn, article_id)

    def quotes(query: str) -> list[str]:
        assert _run(library, "--format", "jsonl", "-o", "-", "--query", query) == 0
        return sorted(json.loads(line)["quote"] for line in capsys.readouterr().out.splitlines())

    assert quotes("region:tatarstan") == [QUOTE_3]
    assert quotes("after:2024-01-01 -tatarstan") == sorted([QUOTE_1, QUOTE_2])
    assert quotes("nosuchwordanywhere") == []
    assert _run(library, "--format", "jsonl", "-o", "-", "--query", "after:someday") == 2
    assert "invalid query" in capsys.readouterr().err.lower()
