"""Writing an export file so that a reader never sees half of it.

The bytes go to a temporary file in the target's own folder (so the final rename stays on
one filesystem), are flushed and fsynced, and only then take the target's name. A writer
that raises leaves nothing behind: the temporary file is removed and the target, if it
existed, is untouched. Without `force` an existing file is never replaced: the final step
is a hard link, which the filesystem refuses atomically when the name is taken.
"""

from __future__ import annotations

import contextlib
import io
import os
import secrets
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from regreader.export import ExportError

STDOUT = "-"


def is_stdout(target: str | os.PathLike[str]) -> bool:
    return str(target) == STDOUT


@contextmanager
def atomic_text_output(target: str | os.PathLike[str], *, force: bool = False) -> Iterator[IO[str]]:
    """A text stream (UTF-8, newlines written as given) that becomes `target` on success.

    `target` "-" is standard output, written directly.
    """
    if is_stdout(target):
        yield sys.stdout
        sys.stdout.flush()
        return
    with atomic_binary_output(target, force=force) as raw:
        # newline="" keeps "\n" as "\n" on every platform; csv needs that too.
        text = io.TextIOWrapper(raw, encoding="utf-8", newline="", write_through=False)
        try:
            yield text
            text.flush()
        finally:
            text.detach()


@contextmanager
def atomic_binary_output(
    target: str | os.PathLike[str], *, force: bool = False
) -> Iterator[IO[bytes]]:
    """A binary stream that becomes the file `target` only once it is complete."""
    with atomic_file(target, force=force) as temp_path, open(temp_path, "wb") as handle:
        yield handle


@contextmanager
def atomic_file(target: str | os.PathLike[str], *, force: bool = False) -> Iterator[Path]:
    """The path of a new empty file beside `target`, for writers that need a file name (a
    SQLite database); it becomes `target` once the block ends without an error.

    Whatever the writer leaves beside its file under the same name (a SQLite journal:
    `<name>-journal`) is removed with it when the block fails.
    """
    if is_stdout(target):
        raise ExportError("This format is binary and cannot be written to standard output.")
    path = Path(target).expanduser()
    _check_target(path, force=force)
    temp_path = _create_temp_beside(path)
    try:
        yield temp_path
        _fsync_file(temp_path)
        _publish(temp_path, path, force=force)
    except BaseException as exc:
        for leftover in (temp_path, *temp_path.parent.glob(f"{temp_path.name}-*")):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
        if isinstance(exc, OSError):
            # A full disk or a folder gone read-only mid-write: one clear line, and the
            # file that was there before is untouched.
            raise ExportError(f"Cannot write {path}: {exc.strerror or exc}.") from exc
        raise
    _fsync_folder(path.parent)


def _check_target(path: Path, *, force: bool) -> None:
    if path.is_dir():
        raise ExportError(f"{path} is a folder; give a file name to export to.")
    if not path.parent.is_dir():
        raise ExportError(f"The folder {path.parent} does not exist.")
    if path.exists() and not force:
        raise ExportError(f"{path} already exists; use --force to replace it.")


def _create_temp_beside(path: Path) -> Path:
    """A new empty hidden file next to `path`, created with the user's usual permissions."""
    for _ in range(100):
        candidate = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
        try:
            # 0o666 filtered by the umask: the export gets the permissions of any new file.
            descriptor = os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            continue
        except OSError as exc:
            raise ExportError(f"Cannot write in {path.parent}: {exc.strerror or exc}.") from exc
        os.close(descriptor)
        return candidate
    raise ExportError(f"Cannot create a temporary file in {path.parent}.")


def _fsync_file(path: Path) -> None:
    """The written bytes on the disk before the file takes the target's name."""
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _publish(temp_path: Path, path: Path, *, force: bool) -> None:
    if force:
        os.replace(temp_path, path)
        return
    try:
        os.link(temp_path, path)
    except FileExistsError as exc:
        raise ExportError(f"{path} already exists; use --force to replace it.") from exc
    except OSError:
        # Some filesystems (FAT, some network shares) have no hard links: the existence
        # check made before writing has to do.
        if path.exists():
            raise ExportError(f"{path} already exists; use --force to replace it.") from None
        os.replace(temp_path, path)
        return
    temp_path.unlink()


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); silently skipped where folders can't be opened."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
