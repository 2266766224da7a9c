"""One call that exports the library in a format to a file or standard output.

This is the API the CLI (and the app) use: `export_library(conn, "md", path, ...)`.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from regreader.export import FORMATS, ExportError
from regreader.export.atomic import (
    atomic_binary_output,
    atomic_file,
    atomic_text_output,
    is_stdout,
)
from regreader.export.records import ExportFilters, collect_records

BINARY_FORMATS = frozenset({"qdpx", "sqlite"})


@dataclass(frozen=True)
class ExportSummary:
    format: str
    target: str  # a path, or "-" for standard output
    quotes: int  # annotated quote records written (0 for the json backup)
    articles: int  # articles they come from


def default_export_path(fmt: str, folder: Path | None = None, today: date | None = None) -> Path:
    """regreader-export-YYYYMMDD.<ext> in `folder` (cwd); -2, -3 ... when the name is taken.

    A name chosen for the user never replaces an existing file.
    """
    folder = folder or Path.cwd()
    stem = f"regreader-export-{(today or date.today()):%Y%m%d}"
    extension = FORMATS[fmt]
    candidate = folder / f"{stem}.{extension}"
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{number}.{extension}"
        number += 1
    return candidate


def export_library(
    conn: sqlite3.Connection,
    fmt: str,
    target: str | os.PathLike[str],
    *,
    force: bool = False,
    filters: ExportFilters | None = None,
    translation_lang: str = "en",
    now: datetime | None = None,
) -> ExportSummary:
    """Write the export; the file appears complete or not at all."""
    if fmt not in FORMATS:
        raise ExportError(f"Unknown export format {fmt!r}; use one of: {', '.join(FORMATS)}.")
    if fmt in BINARY_FORMATS and is_stdout(target):
        raise ExportError(f"{fmt} is a binary file and cannot go to standard output; use -o FILE.")
    now = now or datetime.now(UTC)
    if fmt == "json":
        return _export_backup(conn, target, force=force, filters=filters)
    data = collect_records(
        conn, filters, translation_lang=translation_lang, with_texts=fmt == "qdpx"
    )
    data.created_at = now.strftime("%Y-%m-%d %H:%M UTC")
    if fmt == "qdpx":
        from regreader.export.qdpx import write_qdpx

        with atomic_binary_output(target, force=force) as raw:
            write_qdpx(data, raw, now=now)
    elif fmt == "sqlite":
        from regreader.export.database import write_database

        with atomic_file(target, force=force) as temp_path:
            write_database(data, temp_path)
    else:
        with atomic_text_output(target, force=force) as out:
            if fmt == "md":
                from regreader.export.markdown import write_markdown

                write_markdown(data, out)
            elif fmt == "csv":
                from regreader.export.tabular import write_csv

                write_csv(data, out, bom=not is_stdout(target))
            else:
                from regreader.export.tabular import write_jsonl

                write_jsonl(data, out)
    return ExportSummary(fmt, str(target), data.quote_count, data.article_count)


def _export_backup(
    conn: sqlite3.Connection,
    target: str | os.PathLike[str],
    *,
    force: bool,
    filters: ExportFilters | None,
) -> ExportSummary:
    """The full, lossless backup of every annotation (regreader.annotations.backup)."""
    if filters and filters.described():
        raise ExportError(
            "The json backup always holds every annotation; filters apply to md, csv, "
            "jsonl and qdpx."
        )
    from regreader.annotations.backup import write_backup

    with atomic_text_output(target, force=force) as out:
        write_backup(conn, out)
        out.write("\n")
    return ExportSummary("json", str(target), 0, 0)
