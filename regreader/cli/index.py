"""`regreader index [--db DB] PATH...`: add files and folders to the library."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from regreader.cli.common import add_db_option, open_from_args, say, warn
from regreader.text import strip_controls

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID

    from regreader.ingestion.pipeline import SkippedFile

# Below this many files a run is over before a progress bar would help.
PROGRESS_MIN_FILES = 20


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "index",
        help="add files and folders (recursively) to the library",
        description="Index .txt, .md, .html/.htm and RSS/Atom (.xml, .rss, .atom) files. "
        "Unchanged files are not read again; changed ones are updated in place. "
        "Files that cannot be indexed are listed with the reason and the run goes on.",
    )
    add_db_option(parser)
    parser.add_argument("paths", nargs="+", metavar="PATH", help="file or folder to index")
    parser.set_defaults(func=run)


class _Reporter:
    """Skip lines as they happen and, on a terminal, a progress bar for long runs."""

    def __init__(self, show_bar: bool) -> None:
        self._show_bar = show_bar
        self._bar: Progress | None = None
        self._task: TaskID | None = None

    def __enter__(self) -> _Reporter:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._bar is not None:
            self._bar.stop()

    def progress(self, done: int, total: int, path: Path) -> None:
        if self._bar is None:
            if not self._show_bar or total < PROGRESS_MIN_FILES:
                return
            self._start_bar(total)
        assert self._bar is not None and self._task is not None
        self._bar.update(self._task, completed=done)

    def _start_bar(self, total: int) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

        self._bar = Progress(
            "indexing",
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=Console(file=sys.stderr),
            transient=True,
        )
        self._task = self._bar.add_task("indexing", total=total)
        self._bar.start()

    def skip(self, skipped: SkippedFile) -> None:
        line = f"skipped {skipped.path}: {skipped.reason}"
        if self._bar is None:
            warn(line)
            return
        from rich.text import Text

        # Through the bar's console so the line does not tear the bar; a Text object,
        # so a file name like "[bold].txt" is printed as it is, never as markup.
        self._bar.console.print(Text(strip_controls(line)), soft_wrap=True)


def run(args: argparse.Namespace) -> int:
    from regreader.ingestion.pipeline import index_paths

    conn = open_from_args(args)
    try:
        with _Reporter(show_bar=sys.stderr.isatty()) as reporter:
            summary = index_paths(
                conn, args.paths, progress=reporter.progress, on_skip=reporter.skip
            )
    finally:
        conn.close()
    say(summary.line())
    return 0
