"""A lossless JSON backup of every annotation, and restoring it into any library.

Nothing in the backup refers to row ids: articles are named by content hash and source
path, quotes by their text and context, tags and initiatives by name. Restoring into a
fresh library therefore works before or after its articles are indexed: annotations whose
article is not there yet are kept orphaned and re-attach when the article is indexed
(`anchors.reanchor_article` adopts them by hash or path). Restoring twice changes nothing.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any, TextIO

from regreader.annotations.anchors import reanchor_article
from regreader.annotations.initiatives import (
    add_alias,
    clean_description,
    create_initiative,
    find_initiative,
)
from regreader.annotations.model import AnnotationError, BackupSummary, utc_now
from regreader.annotations.suggestions import quote_target_key
from regreader.annotations.tags import ensure_tag, tag_key
from regreader.storage import transaction

BACKUP_FORMAT = "regreader-annotations"
BACKUP_VERSION = 1


# ---------------------------------------------------------------- dump


def _tags(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    return [
        {"name": row["name"], "created_at": row["created_at"]}
        for row in conn.execute("SELECT name, created_at FROM tags ORDER BY key")
    ]


def _initiatives(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    records = []
    for row in conn.execute("SELECT * FROM initiatives ORDER BY key"):
        aliases = conn.execute(
            "SELECT alias, created_at FROM initiative_aliases WHERE initiative_id = ?"
            " ORDER BY created_at, key",
            (row["id"],),
        )
        regions = conn.execute(
            "SELECT region FROM initiative_regions WHERE initiative_id = ? ORDER BY region",
            (row["id"],),
        )
        records.append(
            {
                "name": row["name"],
                "description": row["description"],
                "created_at": row["created_at"],
                "modified_at": row["modified_at"],
                "aliases": [{"alias": a[0], "created_at": a[1]} for a in aliases],
                "regions": [r[0] for r in regions],
            }
        )
    return records


def _article_ref(row: sqlite3.Row) -> dict[str, Any]:
    return {
        "content_hash": row["current_hash"] or row["article_hash"],
        "source_path": row["current_path"] or row["source_path"],
        "title": row["title"],
    }


def _anchor_record(conn: sqlite3.Connection, row: sqlite3.Row) -> dict[str, Any]:
    anchor_id = row["id"]
    note = conn.execute(
        "SELECT body, created_at, modified_at FROM notes WHERE anchor_id = ?", (anchor_id,)
    ).fetchone()
    tags = conn.execute(
        "SELECT t.name, tg.created_at FROM taggings AS tg JOIN tags AS t ON t.id = tg.tag_id"
        " WHERE tg.anchor_id = ? ORDER BY t.key",
        (anchor_id,),
    )
    links = conn.execute(
        "SELECT i.name, l.created_at FROM initiative_links AS l"
        " JOIN initiatives AS i ON i.id = l.initiative_id WHERE l.anchor_id = ? ORDER BY i.key",
        (anchor_id,),
    )
    quote = None
    if row["target"] == "quote":
        quote = {
            "text": row["quote_text"],
            "context_before": row["context_before"],
            "context_after": row["context_after"],
            "kind": row["quote_kind"],
            "start": row["quote_start"],
            "end": row["quote_end"],
        }
    return {
        "target": row["target"],
        "article": _article_ref(row),
        "quote": quote,
        "orphaned": bool(row["orphaned"]),
        "orphaned_at": row["orphaned_at"],
        "created_at": row["created_at"],
        "tags": [{"name": t[0], "created_at": t[1]} for t in tags],
        "note": None if note is None else dict(note),
        "initiatives": [{"name": link[0], "created_at": link[1]} for link in links],
    }


_ANCHOR_ROWS = """
    SELECT n.*, a.content_hash AS current_hash, a.source_path AS current_path, a.title
      FROM anchors AS n LEFT JOIN articles AS a ON a.id = n.article_id
"""


def _decided_suggestions(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    rows = conn.execute(
        "SELECT s.*, i.name AS initiative, a.content_hash, a.source_path, a.title,"
        " q.text AS quote_text FROM suggestions AS s"
        " JOIN initiatives AS i ON i.id = s.initiative_id"
        " JOIN articles AS a ON a.id = s.article_id"
        " LEFT JOIN quotes AS q ON q.id = s.quote_id"
        " WHERE s.status != 'pending' ORDER BY s.id"
    )
    return [
        {
            "initiative": row["initiative"],
            "target": row["target"],
            "article": {
                "content_hash": row["content_hash"],
                "source_path": row["source_path"],
                "title": row["title"],
            },
            "quote_text": row["quote_text"],
            "matched_text": row["matched_text"],
            "matched_term": row["matched_term"],
            "origin": row["origin"],
            "score": row["score"],
            "status": row["status"],
            "created_at": row["created_at"],
            "decided_at": row["decided_at"],
        }
        for row in rows
    ]


def dump_backup(conn: sqlite3.Connection) -> dict[str, Any]:
    """Every tag, note, initiative, alias, region, link and decision, as JSON-ready data."""
    return {
        "format": BACKUP_FORMAT,
        "version": BACKUP_VERSION,
        "exported_at": utc_now(),
        "tags": _tags(conn),
        "initiatives": _initiatives(conn),
        "anchors": [
            _anchor_record(conn, row) for row in conn.execute(_ANCHOR_ROWS + " ORDER BY n.id")
        ],
        "suggestions": _decided_suggestions(conn),
        "dismissed_merges": [
            dict(row)
            for row in conn.execute(
                "SELECT kind, first_key, second_key, created_at FROM dismissed_merges"
                " ORDER BY kind, first_key, second_key"
            )
        ],
    }


def write_backup(conn: sqlite3.Connection, target: TextIO | Path) -> None:
    """Write the backup as JSON to an open text stream or a path (not atomically: callers
    that need atomic files use regreader.export's writer)."""
    data = dump_backup(conn)
    if isinstance(target, Path):
        with target.open("w", encoding="utf-8") as stream:
            json.dump(data, stream, ensure_ascii=False, indent=1)
        return
    json.dump(data, target, ensure_ascii=False, indent=1)


def read_backup(path: Path) -> dict[str, Any]:
    """Parse a backup file; a clear error for anything that is not one."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise AnnotationError(f"Cannot read {path}: {exc.strerror or exc}.") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise AnnotationError(f"{path} is not a regreader backup (not JSON: {exc}).") from exc
    if not isinstance(data, dict):
        raise AnnotationError(f"{path} is not a regreader backup.")
    return data


# ---------------------------------------------------------------- load


def _find_article(conn: sqlite3.Connection, ref: dict[str, Any]) -> sqlite3.Row | None:
    """The library's article for a backup's reference: same text first, then same path."""
    row = conn.execute(
        "SELECT id, content_hash FROM articles WHERE content_hash = ?", (ref.get("content_hash"),)
    ).fetchone()
    if row is None and ref.get("source_path"):
        row = conn.execute(
            "SELECT a.id, a.content_hash FROM articles AS a WHERE a.source_path = :p"
            " UNION SELECT a.id, a.content_hash FROM sources AS s"
            " JOIN articles AS a ON a.id = s.article_id WHERE s.path = :p LIMIT 1",
            {"p": ref["source_path"]},
        ).fetchone()
    return row


def _load_initiative(
    conn: sqlite3.Connection, record: dict[str, Any], summary: BackupSummary
) -> None:
    existing = find_initiative(conn, record["name"])
    created = existing is None
    if existing is None:
        existing = create_initiative(
            conn,
            record["name"],
            description=record.get("description") or "",
            created_at=record.get("created_at"),
        )
        summary.initiatives += 1
    elif record.get("description"):
        conn.execute(
            "UPDATE initiatives SET description = ? WHERE id = ? AND description = ''",
            (clean_description(record["description"]), existing),
        )
    for alias in record.get("aliases", []):
        owner = find_initiative(conn, alias["alias"])
        if owner is None:
            add_alias(conn, existing, alias["alias"], created_at=alias.get("created_at"))
            summary.aliases += 1
        elif owner != existing:
            summary.warnings.append(
                f"Alias {alias['alias']!r} of {record['name']!r} already names another "
                "initiative; it was not added."
            )
    for region in record.get("regions", []):
        conn.execute(
            "INSERT OR IGNORE INTO initiative_regions(initiative_id, region) VALUES (?, ?)",
            (existing, region),
        )
    if created:
        # Last: adding its aliases touched the time it was modified, which the backup keeps.
        conn.execute(
            "UPDATE initiatives SET modified_at = ? WHERE id = ?",
            (record.get("modified_at") or record.get("created_at") or utc_now(), existing),
        )


def _load_anchor(
    conn: sqlite3.Connection, record: dict[str, Any], summary: BackupSummary
) -> int | None:
    """Insert a homeless anchor that names its article by hash; reanchoring adopts it.
    Returns the library article it belongs to, when the library has it."""
    ref = record.get("article") or {}
    article = _find_article(conn, ref)
    quote = record.get("quote") or {}
    orphaned = article is None or bool(record.get("orphaned"))
    cursor = conn.execute(
        "INSERT INTO anchors(target, article_id, quote_id, quote_text, context_before,"
        " context_after, quote_kind, quote_start, quote_end, article_hash, source_path,"
        " orphaned, orphaned_at, created_at)"
        " VALUES (?, NULL, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            record["target"],
            quote.get("text"),
            quote.get("context_before") or "",
            quote.get("context_after") or "",
            quote.get("kind"),
            quote.get("start"),
            quote.get("end"),
            article["content_hash"] if article is not None else ref.get("content_hash"),
            ref.get("source_path"),
            int(orphaned),
            (record.get("orphaned_at") or utc_now()) if orphaned else None,
            record.get("created_at") or utc_now(),
        ),
    )
    anchor_id = int(cursor.lastrowid or 0)
    summary.anchors += 1
    for tag in record.get("tags", []):
        conn.execute(
            "INSERT OR IGNORE INTO taggings(anchor_id, tag_id, created_at) VALUES (?, ?, ?)",
            (anchor_id, ensure_tag(conn, tag["name"]), tag.get("created_at") or utc_now()),
        )
        summary.taggings += 1
    note = record.get("note")
    if note:
        conn.execute(
            "INSERT INTO notes(anchor_id, body, created_at, modified_at) VALUES (?, ?, ?, ?)",
            (anchor_id, note["body"], note["created_at"], note["modified_at"]),
        )
        summary.notes += 1
    for link in record.get("initiatives", []):
        initiative = find_initiative(conn, link["name"])
        if initiative is None:
            initiative = create_initiative(conn, link["name"])
            summary.initiatives += 1
        conn.execute(
            "INSERT OR IGNORE INTO initiative_links(initiative_id, anchor_id, created_at)"
            " VALUES (?, ?, ?)",
            (initiative, anchor_id, link.get("created_at") or utc_now()),
        )
        summary.links += 1
    return None if article is None else int(article["id"])


def _load_decision(conn: sqlite3.Connection, record: dict[str, Any]) -> None:
    article = _find_article(conn, record.get("article") or {})
    initiative = find_initiative(conn, record["initiative"])
    if article is None or initiative is None:
        return
    quote_id = None
    if record["target"] == "quote":
        if not record.get("quote_text"):
            return
        key = quote_target_key(article["id"], record["quote_text"])
        found = conn.execute(
            "SELECT id FROM quotes WHERE article_id = ? AND text = ?",
            (article["id"], record["quote_text"]),
        ).fetchone()
        quote_id = None if found is None else found[0]
    else:
        key = f"article:{article['id']}"
    conn.execute(
        "INSERT INTO suggestions(initiative_id, target, target_key, article_id, quote_id,"
        " matched_text, matched_term, origin, score, status, created_at, decided_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT(initiative_id, target_key) DO UPDATE SET status = excluded.status,"
        " decided_at = excluded.decided_at WHERE status = 'pending'",
        (
            initiative,
            record["target"],
            key,
            article["id"],
            quote_id,
            record["matched_text"],
            record["matched_term"],
            record["origin"],
            record["score"],
            record["status"],
            record["created_at"],
            record.get("decided_at"),
        ),
    )


def _check_header(data: dict[str, Any]) -> None:
    if data.get("format") != BACKUP_FORMAT:
        raise AnnotationError("This file is not a regreader annotations backup.")
    version = data.get("version")
    if not isinstance(version, int) or version > BACKUP_VERSION:
        raise AnnotationError(
            f"This backup has format version {version!r}; this regreader reads up to "
            f"{BACKUP_VERSION}. Upgrade regreader to import it."
        )


def load_backup(conn: sqlite3.Connection, data: dict[str, Any]) -> BackupSummary:
    """Restore a backup into this library, merging with what is there. All or nothing."""
    _check_header(data)
    summary = BackupSummary()
    try:
        with transaction(conn):
            for tag in data.get("tags", []):
                known = conn.execute("SELECT 1 FROM tags WHERE key = ?", (tag_key(tag["name"]),))
                if known.fetchone() is None:
                    summary.tags += 1
                ensure_tag(conn, tag["name"], created_at=tag.get("created_at"))
            for record in data.get("initiatives", []):
                _load_initiative(conn, record, summary)
            articles: set[int] = set()
            for record in data.get("anchors", []):
                article_id = _load_anchor(conn, record, summary)
                if article_id is not None:
                    articles.add(article_id)
            for article_id in sorted(articles):
                reanchor_article(conn, article_id)
            for record in data.get("suggestions", []):
                _load_decision(conn, record)
            for row in data.get("dismissed_merges", []):
                conn.execute(
                    "INSERT OR IGNORE INTO dismissed_merges(kind, first_key, second_key,"
                    " created_at) VALUES (?, ?, ?, ?)",
                    (row["kind"], row["first_key"], row["second_key"], row["created_at"]),
                )
            summary.orphaned = conn.execute(
                "SELECT count(*) FROM anchors WHERE orphaned = 1"
            ).fetchone()[0]
    except (KeyError, TypeError, AttributeError) as exc:
        raise AnnotationError(f"The backup is damaged or incomplete ({exc!r}).") from exc
    return summary
