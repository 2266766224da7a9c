"""The annotation commands, scripted as a user would: through `regreader ...` alone."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest

from regreader.cli.main import main

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
SEED = "000_2e01f26ca4e8cdd6.txt"


def run(capsys: pytest.CaptureFixture[str], db: Path, *argv: str) -> list[dict]:  # type: ignore[type-arg]
    code = main(
        ["--db", str(db), *argv, "--json"] if argv[0] != "index" else ["--db", str(db), *argv]
    )
    captured = capsys.readouterr()
    assert code == 0, captured.err
    if argv[0] == "index":
        return []
    return [json.loads(line) for line in captured.out.splitlines() if line.strip()]


def fail(capsys: pytest.CaptureFixture[str], db: Path, *argv: str) -> str:
    assert main(["--db", str(db), *argv]) == 2
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return captured.err


@pytest.fixture
def seeded(tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / "corpus"
    folder.mkdir()
    shutil.copy(CORPUS / SEED, folder / SEED)
    return tmp_path / "lib.db", folder


def test_the_whole_workflow_through_the_cli(
    seeded: tuple[Path, Path], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db, folder = seeded
    run(capsys, db, "index", str(folder))
    [initiative] = run(
        capsys, db, "initiative", "add", "Unified Regional Subsidy",
        "--alias", "Единая региональная субсидия", "--region", "zabaikalsky-krai",
        "--description", "One subsidy",
    )  # fmt: skip
    assert initiative["aliases"] == ["Единая региональная субсидия"]
    suggestions = run(capsys, db, "suggest")
    on_quote = next(s for s in suggestions if s["target"] == "quote")
    assert on_quote["matched_text"] == "Единая региональная субсидия"
    [accepted] = run(capsys, db, "suggest", "--accept", str(on_quote["id"]))
    assert accepted["status"] == "accepted"
    quotes = [q["id"] for q in run(capsys, db, "quotes", "--all")]
    [tagged] = run(capsys, db, "tag", "add", str(quotes[0]), "funding/subsidy", "Поддержка")
    assert tagged["tags"] == ["funding/subsidy", "Поддержка"]
    run(capsys, db, "tag", "add", str(quotes[1]), "FUNDING/Subsidy")
    assert run(capsys, db, "tag", "list") == [
        {"id": 1, "name": "funding/subsidy", "count": 2},
        {"id": 2, "name": "Поддержка", "count": 1},
    ]
    [note] = run(capsys, db, "note", "set", str(quotes[0]), "Ключевая [bold]цитата[/bold]")
    assert note["note"] == "Ключевая [bold]цитата[/bold]"
    [shown] = run(capsys, db, "initiative", "show", "единая региональная субсидия")
    assert [entry["quote_id"] for entry in shown["timeline"]] == [on_quote["quote_id"]]
    assert shown["timeline"][0]["speaker"]
    backup = tmp_path / "backup.json"
    assert main(["--db", str(db), "export", "--format", "json", "-o", str(backup)]) == 0
    capsys.readouterr()
    fresh = tmp_path / "fresh.db"
    [summary] = run(capsys, fresh, "import", str(backup))
    assert summary["orphaned"] == summary["annotated_items"] == 2  # nothing indexed yet
    run(capsys, fresh, "index", str(folder))
    assert run(capsys, fresh, "tag", "list", str(quotes[0])) == [tagged | {"orphaned": False}]
    assert run(capsys, fresh, "note", "show")[0]["note"] == note["note"]


def test_note_from_stdin_and_article_targets(
    seeded: tuple[Path, Path], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db, folder = seeded
    run(capsys, db, "index", str(folder))
    long_note = "Абзац заметки.\n" * 1500
    monkeypatch.setattr("sys.stdin", io.StringIO(long_note))
    [note] = run(capsys, db, "note", "set", "--article", "1", "-")
    assert note["note"] == long_note.rstrip("\n") and note["target"] == "article"
    [tags] = run(capsys, db, "tag", "add", "--article", "1", "2024", "regions")
    assert tags["tags"] == ["2024", "regions"]
    [removed] = run(capsys, db, "tag", "remove", "--article", "1", "2024")
    assert removed["tags"] == ["regions"]
    [deleted] = run(capsys, db, "note", "delete", "--article", "1")
    assert deleted["deleted"] is True


def test_initiatives_alias_link_merge_and_list(
    seeded: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    db, folder = seeded
    run(capsys, db, "index", str(folder))
    run(capsys, db, "initiative", "add", "UCN 2.0")
    run(capsys, db, "initiative", "add", "UCN2.0 project")
    [aliased] = run(
        capsys, db, "initiative", "alias", "ucn 2.0", "УЦН 2.0", "Eliminating digital inequality"
    )
    assert set(aliased["aliases"]) == {"УЦН 2.0", "Eliminating digital inequality"}
    run(capsys, db, "initiative", "link", "UCN2.0 project", "--article", "1")
    run(capsys, db, "initiative", "link", "UCN2.0 project", "--quote", "3")
    [proposal] = run(capsys, db, "suggest", "--merges")
    assert (proposal["kind"], proposal["first"], proposal["second"]) == (
        "initiative", "UCN 2.0", "UCN2.0 project",
    )  # fmt: skip
    [merged] = run(capsys, db, "initiative", "merge", "UCN2.0 project", "UCN 2.0")
    assert merged["links"] == 2 and "UCN2.0 project" in merged["aliases"]
    assert [i["name"] for i in run(capsys, db, "initiative", "list")] == ["UCN 2.0"]
    [unlinked] = run(capsys, db, "initiative", "unlink", "ucn2.0 PROJECT", "--quote", "3")
    assert unlinked["unlinked"] is True
    [edited] = run(capsys, db, "initiative", "edit", "UCN 2.0", "--region", "komi")
    assert edited["regions"] == ["komi"]


def test_errors_are_one_line_messages(
    seeded: tuple[Path, Path], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db, folder = seeded
    run(capsys, db, "index", str(folder))
    assert "QUOTE_ID" in fail(capsys, db, "tag", "add", "funding")
    assert "no quote with id 999" in fail(capsys, db, "tag", "add", "999", "funding")
    assert "no tag" in fail(capsys, db, "tag", "rename", "nothing", "x")
    assert "no initiative" in fail(capsys, db, "initiative", "show", "Nothing")
    assert "Unknown region" in fail(capsys, db, "initiative", "add", "X", "--region", "Mars")
    assert "no suggestion" in fail(capsys, db, "suggest", "--accept", "42")
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    assert "not a regreader backup" in fail(capsys, db, "import", str(bad))


def test_bytes_that_are_not_utf8_on_the_command_line_become_replacement_characters(
    seeded: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    # Python hands such bytes over as lone surrogates (surrogateescape), which SQLite
    # refuses to store: they used to end in a traceback.
    db, folder = seeded
    run(capsys, db, "index", str(folder))
    quote_id = str(run(capsys, db, "quotes", "--all")[0]["id"])
    broken = "fund\udcffing"
    (tagged,) = run(capsys, db, "tag", "add", quote_id, broken)
    assert "fund\ufffding" in json.dumps(tagged, ensure_ascii=False)
    run(capsys, db, "note", "set", quote_id, "see \udcff here")
    assert "fund\ufffding" in [tag["name"] for tag in run(capsys, db, "tag", "list")]
