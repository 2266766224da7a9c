"""`regreader index`: summary lines, skip lines, exit codes."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from regreader.cli.index import PROGRESS_MIN_FILES
from regreader.cli.main import build_parser, main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_index_twice_reports_nothing_new_or_changed(
    capsys: pytest.CaptureFixture[str], db_path: Path, corpus_dir: Path
) -> None:
    code, out, err = run(capsys, "index", "--db", str(db_path), str(corpus_dir))
    assert (code, out, err) == (0, "new 5, changed 0, unchanged 0, skipped 0\n", "")
    code, out, _ = run(capsys, "index", "--db", str(db_path), f"{corpus_dir}/")
    assert (code, out) == (0, "new 0, changed 0, unchanged 5, skipped 0\n")


def test_db_option_also_works_before_the_command(
    capsys: pytest.CaptureFixture[str], db_path: Path, corpus_dir: Path
) -> None:
    code, out, _ = run(capsys, "--db", str(db_path), "index", str(corpus_dir))
    assert code == 0 and out.startswith("new 5,")
    assert db_path.exists()


def test_binary_and_empty_files_get_one_clear_line_each_and_the_run_goes_on(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "blob.txt").write_bytes(bytes(range(256)) * 4)
    (folder / "empty.md").write_bytes(b"")
    (folder / "good.txt").write_text("Perm opens a plant.\n", encoding="utf-8")
    odd = tmp_path / "notes[bold].pdf"
    odd.write_bytes(b"%PDF-1.4")
    code, out, err = run(capsys, "index", "--db", str(db_path), str(folder), str(odd))
    assert code == 0
    assert err.splitlines() == [
        f"skipped {odd}: unsupported file type (.pdf; regreader reads .atom, .htm, .html, "
        ".markdown, .md, .rss, .txt, .xml)",
        f"skipped {folder / 'blob.txt'}: binary file (not text)",
        f"skipped {folder / 'empty.md'}: empty file",
    ]
    assert out == "new 1, changed 0, unchanged 0, skipped 3\n"


def test_a_missing_path_fails_with_a_message_not_a_traceback(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    missing = tmp_path / "nowhere"
    code, out, err = run(capsys, "index", "--db", str(db_path), str(missing))
    assert code != 0
    assert out == ""
    assert err == f"regreader: {missing}: no such file or folder\n"


def test_index_needs_a_path(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["index"])
    assert exited.value.code != 0
    assert "PATH" in capsys.readouterr().err


def test_help_lists_index() -> None:
    assert "index" in build_parser().format_help()


def test_long_run_on_a_terminal_prints_skip_lines_through_the_bar_literally(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    db_path: Path,
    tmp_path: Path,
) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for number in range(PROGRESS_MIN_FILES):
        (folder / f"{number:03d}.txt").write_text(f"Article {number} on Perm.\n", "utf-8")
    (folder / "[bold]x[red]y.txt").write_bytes(b"\x00\x01\x02" * 10)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    code, out, err = run(capsys, "index", "--db", str(db_path), str(folder))
    assert code == 0
    assert out == f"new {PROGRESS_MIN_FILES}, changed 0, unchanged 0, skipped 1\n"
    assert f"skipped {folder / '[bold]x[red]y.txt'}: binary file (not text)" in err
