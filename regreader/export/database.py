"""A SQLite database of the annotated quotes, for SQL and for Datasette.

Researchers who want more than a spreadsheet open it with `sqlite3`, `sqlite-utils` or
`datasette`: one table per kind of thing, foreign keys between them so Datasette links
them, a full-text index over the words a reader searches, and the export's provenance.

- `records`: the same fields as CSV and JSON Lines (model.ROW_FIELDS), keyed by
  `record_id`; lists (tags, initiatives, regions) are JSON arrays, which Datasette
  facets with `_facet_array`.
- `tags` and `record_initiatives`: one row per record and tag or initiative, for joins
  and facets.
- `initiatives`: id, name, aliases (a JSON array), description.
- `export_info`: when the file was made and with which filters.
- `records_fts`: FTS5 over quote, translation, note, speaker, role and source title.

The file is a snapshot: it keeps no link to the library and holds no triggers.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from regreader.export import ExportError
from regreader.export.model import ROW_FIELDS, ExportData

if TYPE_CHECKING:
    from sqlite_utils import Database

# SQLite column types of the records table (sqlite-utils stores lists as JSON text).
_INTEGER_FIELDS = frozenset({"anchor_id", "quote_id", "article_id", "start", "end", "orphaned"})
_SEARCHED_FIELDS = ("quote", "translation", "note", "speaker", "role", "source_title")


def write_database(data: ExportData, path: Path) -> None:
    """Create the tables in the new, empty SQLite file at `path` and fill them."""
    import sqlite_utils  # heavy import, only for this format

    db = sqlite_utils.Database(path)
    try:
        # The file is a scratch file until it is published whole: a journal on disk
        # would only be one more file to clean up after a failure.
        db.execute("PRAGMA journal_mode = MEMORY")
        _write_records(db, data)
        _write_links(db, data)
        _write_provenance(db, data)
        db.table("records").enable_fts(_SEARCHED_FIELDS, tokenize="unicode61 remove_diacritics 2")
    except sqlite3.Error as exc:
        # 'database or disk is full': the export file failed, not the library.
        raise ExportError(f"Cannot write the SQLite export: {exc}.") from exc
    finally:
        db.close()


def _write_records(db: Database, data: ExportData) -> None:
    records = db.table("records")
    records.create(
        {name: int if name in _INTEGER_FIELDS else str for name in ROW_FIELDS},
        pk="record_id",
        column_order=list(ROW_FIELDS),
    )
    records.insert_all(record.as_row() for record in data.records)


def _write_links(db: Database, data: ExportData) -> None:
    """Initiatives and tags as tables of their own, each row pointing at its record."""
    initiatives = db.table("initiatives")
    initiatives.create({"id": int, "name": str, "aliases": str, "description": str}, pk="id")
    initiatives.insert_all(
        {
            "id": info.id,
            "name": info.name,
            "aliases": list(info.aliases),
            "description": info.description,
        }
        for info in data.initiatives.values()
    )
    record_initiatives = db.table("record_initiatives")
    record_initiatives.create(
        {"record_id": str, "initiative_id": int},
        pk=("record_id", "initiative_id"),
        foreign_keys=[("record_id", "records"), ("initiative_id", "initiatives")],
    )
    record_initiatives.insert_all(
        {"record_id": record.record_id, "initiative_id": initiative_id}
        for record in data.records
        for initiative_id in dict.fromkeys(record.initiative_ids)
        if initiative_id in data.initiatives
    )
    tags = db.table("tags")
    tags.create(
        {"record_id": str, "tag": str},
        pk=("record_id", "tag"),
        foreign_keys=[("record_id", "records")],
    )
    tags.insert_all(
        {"record_id": record.record_id, "tag": tag}
        for record in data.records
        for tag in dict.fromkeys(record.tags)
    )


def _write_provenance(db: Database, data: ExportData) -> None:
    info = db.table("export_info")
    info.create({"key": str, "value": str}, pk="key")
    info.insert_all(
        [{"key": "created_at", "value": data.created_at}]
        + [{"key": f"filter_{name}", "value": value} for name, value in data.filters.items()]
    )
