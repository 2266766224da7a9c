"""Taking the user's annotations elsewhere: Markdown, CSV, JSON Lines, REFI-QDA, a SQLite
database (for SQL and Datasette), backup.

`records.collect_records` reads the annotated quotes (and annotated articles) from the
library; each writer turns those records into one format; `atomic` makes sure a file
appears whole or not at all. The command is `regreader export` (regreader.cli.export).
"""

from __future__ import annotations

from regreader.errors import RegreaderError


class ExportError(RegreaderError):
    """An export cannot be written; the message says why."""


# format name -> file extension
FORMATS: dict[str, str] = {
    "md": "md",
    "csv": "csv",
    "jsonl": "jsonl",
    "qdpx": "qdpx",
    "sqlite": "db",
    "json": "json",
}

__all__ = ["FORMATS", "ExportError"]
