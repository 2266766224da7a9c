"""The SQLite export: tables a researcher can query and Datasette can browse, written whole
or not at all."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from export_library import HOSTILE_NOTE, QUOTE_1, QUOTE_2, QUOTE_3, Library, build_library

from regreader.cli.main import main
from regreader.export import ExportError
from regreader.export.model import ROW_FIELDS
from regreader.export.records import ExportFilters, collect_records
from regreader.export.run import export_library


@pytest.fixture
def library(tmp_path: Path) -> Library:
    return build_library(tmp_path)


def _export(library: Library, target: Path, **options: object) -> sqlite3.Connection:
    export_library(library.conn, "sqlite", target, **options)  # type: ignore[arg-type]
    conn = sqlite3.connect(target)
    conn.row_factory = sqlite3.Row
    return conn


def test_records_hold_the_same_fields_as_csv_and_jsonl(library: Library, tmp_path: Path) -> None:
    conn = _export(library, tmp_path / "export.db")
    columns = [row["name"] for row in conn.execute("PRAGMA table_info(records)")]
    assert columns == list(ROW_FIELDS)
    expected = {
        record.record_id: record.as_row() for record in collect_records(library.conn).records
    }
    stored = {row["record_id"]: dict(row) for row in conn.execute("SELECT * FROM records")}
    assert stored.keys() == expected.keys()
    for record_id, row in expected.items():
        for name, value in row.items():
            if isinstance(value, list):
                assert json.loads(stored[record_id][name]) == value
            elif isinstance(value, bool):
                assert stored[record_id][name] == int(value)
            else:
                assert stored[record_id][name] == value, name
    # Untrusted text is stored exactly, as in JSON Lines: the file is data, not a screen.
    note = conn.execute("SELECT note FROM records WHERE quote = ?", (QUOTE_1,)).fetchone()[0]
    assert note == HOSTILE_NOTE


def test_tags_and_initiatives_are_tables_with_foreign_keys(
    library: Library, tmp_path: Path
) -> None:
    conn = _export(library, tmp_path / "export.db")
    tags = conn.execute(
        "SELECT records.quote, tags.tag FROM tags JOIN records USING (record_id)"
        " WHERE records.kind = 'quote' ORDER BY tags.tag"
    ).fetchall()
    assert (QUOTE_1, "funding") in [tuple(row) for row in tags]
    assert (QUOTE_2, "funding/subsidy") in [tuple(row) for row in tags]
    linked = conn.execute(
        "SELECT initiatives.name, records.kind, records.quote FROM record_initiatives"
        " JOIN initiatives ON initiatives.id = record_initiatives.initiative_id"
        " JOIN records USING (record_id) ORDER BY initiatives.name, records.kind"
    ).fetchall()
    assert [tuple(row) for row in linked] == [
        ("UCN 2.0", "article", ""),
        ("UCN 2.0", "quote", QUOTE_3),
        ("Unified Regional Subsidy", "quote", QUOTE_1),
    ]
    aliases = conn.execute(
        "SELECT aliases FROM initiatives WHERE name = 'Unified Regional Subsidy'"
    ).fetchone()[0]
    assert json.loads(aliases) == ["Единая региональная субсидия"]
    # Datasette draws links from declared foreign keys.
    targets = {row["table"] for row in conn.execute("PRAGMA foreign_key_list(record_initiatives)")}
    assert targets == {"records", "initiatives"}
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_full_text_search_over_quotes_and_notes(library: Library, tmp_path: Path) -> None:
    conn = _export(library, tmp_path / "export.db")
    found = conn.execute(
        "SELECT records.quote FROM records_fts JOIN records ON records.rowid = records_fts.rowid"
        " WHERE records_fts MATCH ?",
        ("каналом",),
    ).fetchall()
    assert [row[0] for row in found] == [QUOTE_1]
    by_note = conn.execute(
        "SELECT records.quote FROM records_fts JOIN records ON records.rowid = records_fts.rowid"
        " WHERE records_fts MATCH 'script'"
    ).fetchall()
    assert [row[0] for row in by_note] == [QUOTE_3]


def test_filters_and_creation_time_are_recorded(library: Library, tmp_path: Path) -> None:
    conn = _export(library, tmp_path / "export.db", filters=ExportFilters(tag="funding"))
    info = dict(conn.execute("SELECT key, value FROM export_info").fetchall())
    assert info["filter_tag"] == "funding"
    assert info["created_at"].endswith("UTC")
    assert {row[0] for row in conn.execute("SELECT tag FROM tags")} >= {"funding"}


def test_an_empty_export_still_has_every_table(tmp_path: Path) -> None:
    library = build_library(tmp_path, annotate=False)
    conn = _export(library, tmp_path / "empty.db")
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"records", "tags", "initiatives", "record_initiatives", "export_info"} <= tables
    assert conn.execute("SELECT count(*) FROM records").fetchone()[0] == 0


def test_a_failed_export_leaves_nothing_and_keeps_the_old_file(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "export.db"
    target.write_bytes(b"the previous export")

    def broken(*_: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr("regreader.export.database._write_links", broken)
    with pytest.raises(RuntimeError):
        export_library(library.conn, "sqlite", target, force=True)
    assert target.read_bytes() == b"the previous export"
    assert not [path for path in tmp_path.iterdir() if path.name.startswith(".export.db")]


def test_existing_file_and_stdout_are_refused(library: Library, tmp_path: Path) -> None:
    target = tmp_path / "export.db"
    target.write_bytes(b"keep")
    with pytest.raises(ExportError, match="--force"):
        export_library(library.conn, "sqlite", target)
    assert target.read_bytes() == b"keep"
    with pytest.raises(ExportError, match="standard output"):
        export_library(library.conn, "sqlite", "-")


def test_through_the_cli(
    library: Library, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "out.db"
    assert main(["--db", str(library.path), "export", "--format", "sqlite", "-o", str(target)]) == 0
    assert "(sqlite)" in capsys.readouterr().out
    with sqlite3.connect(target) as conn:
        assert conn.execute("SELECT count(*) FROM records WHERE kind = 'quote'").fetchone()[0] == 4


def test_a_database_error_while_writing_is_one_clear_error(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """'database or disk is full' in the export file is an export error (the CLI prints
    one line, the app a notice), not the library's failure, and nothing is left behind."""
    target = tmp_path / "export.db"
    target.write_bytes(b"the previous export")

    def full(*_: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr("regreader.export.database._write_provenance", full)
    with pytest.raises(ExportError, match="disk is full"):
        export_library(library.conn, "sqlite", target, force=True)
    assert target.read_bytes() == b"the previous export"
    assert not [path for path in tmp_path.iterdir() if path.name.startswith(".export.db")]
