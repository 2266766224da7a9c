"""An export file appears whole or not at all, and never replaces a file without --force."""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

import pytest

from regreader.export import ExportError
from regreader.export.atomic import atomic_binary_output, atomic_text_output


class WriterFailed(Exception):
    pass


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_writes_text_exactly(tmp_path: Path) -> None:
    target = tmp_path / "out.md"
    with atomic_text_output(target) as out:
        out.write("Привет\nline two\r\n")
    assert target.read_bytes() == "Привет\nline two\r\n".encode()
    assert _leftovers(tmp_path) == []


def test_existing_file_is_untouched_without_force(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_text("precious")
    with pytest.raises(ExportError, match="--force"), atomic_text_output(target) as out:
        out.write("new")
    assert target.read_text() == "precious"
    assert _leftovers(tmp_path) == []


def test_force_replaces(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_text("old")
    with atomic_text_output(target, force=True) as out:
        out.write("new")
    assert target.read_text() == "new"


def test_a_failing_writer_leaves_no_file(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    with pytest.raises(WriterFailed), atomic_text_output(target) as out:
        out.write("half a record")
        raise WriterFailed
    assert not target.exists()
    assert _leftovers(tmp_path) == []


def test_a_failing_writer_keeps_the_old_file_even_with_force(tmp_path: Path) -> None:
    target = tmp_path / "out.qdpx"
    target.write_bytes(b"old zip")
    with pytest.raises(WriterFailed), atomic_binary_output(target, force=True) as out:
        out.write(b"partial")
        raise WriterFailed
    assert target.read_bytes() == b"old zip"
    assert _leftovers(tmp_path) == []


def test_file_created_meanwhile_is_not_clobbered(tmp_path: Path) -> None:
    target = tmp_path / "race.md"
    with pytest.raises(ExportError, match="already exists"), atomic_text_output(target) as out:
        out.write("mine")
        target.write_text("theirs")  # another program took the name while we wrote
    assert target.read_text() == "theirs"
    assert _leftovers(tmp_path) == []


def test_new_file_gets_ordinary_permissions(tmp_path: Path) -> None:
    target = tmp_path / "perm.md"
    umask = os.umask(0o022)
    try:
        with atomic_text_output(target) as out:
            out.write("x")
    finally:
        os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o644


def test_dash_is_stdout_for_text(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    with atomic_text_output("-") as out:
        assert out is sys.stdout
        out.write("to the pipe\n")
    assert capsys.readouterr().out == "to the pipe\n"
    assert list(tmp_path.iterdir()) == []


def test_dash_is_refused_for_binary() -> None:
    with pytest.raises(ExportError, match="standard output"), atomic_binary_output("-"):
        pass


@pytest.mark.parametrize("problem", ["missing folder", "a folder"])
def test_bad_targets_are_explained(tmp_path: Path, problem: str) -> None:
    target = tmp_path / "nowhere" / "out.md" if problem == "missing folder" else tmp_path
    with pytest.raises(ExportError), atomic_text_output(target) as out:
        out.write("x")


def test_text_wrapper_does_not_close_the_binary_stream(tmp_path: Path) -> None:
    # The TextIOWrapper is detached, not closed: the fsync after the body must still work.
    target = tmp_path / "big.md"
    with atomic_text_output(target) as out:
        out.write("x" * (io.DEFAULT_BUFFER_SIZE * 3))
    assert target.stat().st_size == io.DEFAULT_BUFFER_SIZE * 3


def test_an_os_error_while_writing_is_an_export_error_and_keeps_the_old_file(
    tmp_path: Path,
) -> None:
    """A full disk mid-write: one clear error for the CLI and the app, no traceback, the
    file that was there untouched and no temporary file left."""
    target = tmp_path / "report.md"
    target.write_text("keep me")
    with (
        pytest.raises(ExportError, match="No space left"),
        atomic_text_output(target, force=True) as out,
    ):
        out.write("half")
        raise OSError(28, "No space left on device")
    assert target.read_text() == "keep me"
    assert [path.name for path in tmp_path.iterdir()] == ["report.md"]
