"""Reading the records to export from the library, filtered.

A record is an anchor (schema migration 4) that carries at least one annotation: a tag, a
note or an initiative link. Quote anchors give "quote" records; whole-article anchors give
"article" records, so article tags and notes are exported too (the CSV and JSON Lines rows
with kind "article" have no quote or offsets). Orphaned anchors are exported with the quote
text and offsets they were last attached with, flagged `orphaned`.

Filters apply to a record's own annotations and its article:
- tag: the record carries the tag or a tag below it ("funding" takes "funding/subsidy");
- initiative: the record is linked to the initiative named, or aliased, so;
- region: the record's article mentions the region (a key, or any name the gazetteer
  resolves: "Buryatia", "Бурятия"; an ambiguous "altai" takes both Altais);
- after / before: the article's published date, inclusive, compared at the precision given
  ("2024" or "2024-05" or "2024-05-01"); articles without a date are left out.
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass

from regreader.export import ExportError
from regreader.export.model import (
    ARTICLE,
    QUOTE,
    ArticleText,
    ExportData,
    ExportRecord,
    InitiativeInfo,
)
from regreader.text import fold

_DATE_PREFIX = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@dataclass(frozen=True)
class ExportFilters:
    query: str | None = None  # a search (regreader's query language): its articles only
    tag: str | None = None
    initiative: str | None = None
    region: str | None = None
    after: str | None = None
    before: str | None = None

    def described(self) -> dict[str, str]:
        return {name: value for name, value in vars(self).items() if value}


def region_label(key: str) -> str:
    """A region's display name; the key itself when the gazetteer does not know it."""
    from regreader.ingestion.regions import region_name

    return region_name(key)


def collect_records(
    conn: sqlite3.Connection,
    filters: ExportFilters | None = None,
    *,
    translation_lang: str = "en",
    with_texts: bool = False,
) -> ExportData:
    """The annotated quotes and articles matching `filters`, in a stable order.

    `with_texts` also loads the full text of every article involved (for REFI-QDA).
    """
    filters = filters or ExportFilters()
    where, params = _conditions(conn, filters)
    rows = conn.execute(_RECORDS_SQL.format(where=" AND ".join(where)), params).fetchall()
    anchor_ids = [row["anchor_id"] for row in rows]
    tags = _grouped(conn, _TAGS_SQL, anchor_ids)
    links = _grouped(conn, _LINKS_SQL, anchor_ids)
    article_ids = sorted({row["article_id"] for row in rows if row["article_id"] is not None})
    regions = _grouped(conn, _REGIONS_SQL, article_ids)
    initiatives = _initiatives(conn, {key for values in links.values() for key, _ in values})
    translations = _translations(conn, [row["quote_id"] for row in rows if row["quote_id"]])
    records = [
        _record(
            row,
            tags=[name for name, _ in tags.get(row["anchor_id"], [])],
            links=[key for key, _ in links.get(row["anchor_id"], [])],
            initiatives=initiatives,
            regions=[key for key, _ in regions.get(row["article_id"], [])],
            translation=_pick_translation(translations.get(row["quote_id"], []), translation_lang),
        )
        for row in rows
    ]
    data = ExportData(records=records, initiatives=initiatives, filters=filters.described())
    if with_texts:
        data.articles = _article_texts(conn, article_ids)
    return data


_RECORDS_SQL = """
SELECT a.id AS anchor_id, a.target, a.article_id, a.quote_id, a.orphaned,
       a.created_at AS anchor_created,
       COALESCE(q.text, a.quote_text, '') AS quote,
       COALESCE(q.start, a.quote_start) AS start, COALESCE(q.end, a.quote_end) AS end,
       COALESCE(q.lang, '') AS lang, COALESCE(q.speaker, '') AS speaker,
       COALESCE(q.role, '') AS role,
       COALESCE(ar.title, '') AS title, COALESCE(ar.source_path, a.source_path, '') AS path,
       COALESCE(ar.published, '') AS published,
       n.body AS note, n.created_at AS note_created, n.modified_at AS note_modified,
       (SELECT max(created_at) FROM taggings WHERE anchor_id = a.id) AS last_tagged,
       (SELECT max(created_at) FROM initiative_links WHERE anchor_id = a.id) AS last_linked
  FROM anchors AS a
  LEFT JOIN quotes AS q ON q.id = a.quote_id
  LEFT JOIN articles AS ar ON ar.id = a.article_id
  LEFT JOIN notes AS n ON n.anchor_id = a.id
 WHERE {where}
 ORDER BY COALESCE(ar.published, '9999'), a.article_id IS NULL, a.article_id,
          a.target = 'quote', COALESCE(q.start, a.quote_start, 0), a.id
"""

_ANNOTATED = """(
    EXISTS (SELECT 1 FROM taggings WHERE anchor_id = a.id)
    OR EXISTS (SELECT 1 FROM notes WHERE anchor_id = a.id)
    OR EXISTS (SELECT 1 FROM initiative_links WHERE anchor_id = a.id))"""

_TAGS_SQL = """
SELECT tg.anchor_id AS owner, t.name AS value, t.key AS sort_key
  FROM taggings AS tg JOIN tags AS t ON t.id = tg.tag_id
 WHERE tg.anchor_id IN ({marks}) ORDER BY t.key
"""

_LINKS_SQL = """
SELECT l.anchor_id AS owner, l.initiative_id AS value, i.key AS sort_key
  FROM initiative_links AS l JOIN initiatives AS i ON i.id = l.initiative_id
 WHERE l.anchor_id IN ({marks}) ORDER BY i.key
"""

_REGIONS_SQL = """
SELECT article_id AS owner, region AS value, region AS sort_key FROM article_regions
 WHERE article_id IN ({marks}) ORDER BY mentions DESC, region
"""

_CHUNK = 500  # SQLite's bound-parameter limit is 999 on old builds


def _grouped(
    conn: sqlite3.Connection, sql: str, owners: list[int]
) -> dict[int, list[tuple[object, str]]]:
    grouped: dict[int, list[tuple[object, str]]] = {}
    for offset in range(0, len(owners), _CHUNK):
        chunk = owners[offset : offset + _CHUNK]
        for row in conn.execute(sql.format(marks=",".join("?" * len(chunk))), chunk):
            grouped.setdefault(row["owner"], []).append((row["value"], row["sort_key"]))
    return grouped


def _conditions(conn: sqlite3.Connection, filters: ExportFilters) -> tuple[list[str], list[object]]:
    where = [_ANNOTATED]
    params: list[object] = []
    if filters.query and filters.query.strip():
        from regreader.search.engine import matching_article_ids

        # One JSON parameter instead of one per id: a search can match 100k articles.
        where.append("a.article_id IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(matching_article_ids(conn, filters.query)))
    if filters.tag:
        key = _tag_key(filters.tag)
        where.append(
            "a.id IN (SELECT tg.anchor_id FROM taggings AS tg JOIN tags AS t ON t.id = tg.tag_id"
            " WHERE t.key = ? OR substr(t.key, 1, ?) = ?)"
        )
        params += [key, len(key) + 1, key + "/"]
    if filters.initiative:
        where.append("a.id IN (SELECT anchor_id FROM initiative_links WHERE initiative_id = ?)")
        params.append(_initiative_id(conn, filters.initiative))
    if filters.region:
        keys = _region_keys(conn, filters.region)
        marks = ",".join("?" * len(keys))
        where.append(
            f"a.article_id IN (SELECT article_id FROM article_regions WHERE region IN ({marks}))"
        )
        params += keys
    if filters.after:
        prefix = _date_prefix(filters.after, "--after")
        where.append("substr(ar.published, 1, ?) >= ?")
        params += [len(prefix), prefix]
    if filters.before:
        prefix = _date_prefix(filters.before, "--before")
        where.append("substr(ar.published, 1, ?) <= ?")
        params += [len(prefix), prefix]
    return where, params


def _tag_key(value: str) -> str:
    from regreader.annotations.tags import tag_key

    return tag_key(value)


def _initiative_id(conn: sqlite3.Connection, name: str) -> int:
    from regreader.annotations.names import name_key

    key = name_key(name)
    row = conn.execute(
        "SELECT id FROM initiatives WHERE key = ?"
        " UNION SELECT initiative_id FROM initiative_aliases WHERE key = ?",
        (key, key),
    ).fetchone()
    if row is None:
        raise ExportError(f"No initiative is named or aliased {name!r}.")
    return int(row[0])


def _region_keys(conn: sqlite3.Connection, value: str) -> list[str]:
    """Gazetteer keys a region filter means ("Buryatia", "Бурятия", "buryatia", "altai")."""
    from regreader.ingestion.regions import resolve_region

    keys = set(resolve_region(value))
    # Keys the gazetteer does not (or no longer) know are still matched by their spelling.
    wanted = fold(value.strip())
    keys |= {
        row[0]
        for row in conn.execute("SELECT DISTINCT region FROM article_regions")
        if fold(row[0]) == wanted
    }
    if not keys:
        raise ExportError(f"{value!r} is not a region regreader knows.")
    return sorted(keys)


def _date_prefix(value: str, option: str) -> str:
    value = value.strip()
    if not _DATE_PREFIX.match(value):
        raise ExportError(f"{option} takes a date as YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}.")
    return value


def _initiatives(conn: sqlite3.Connection, ids: set[object]) -> dict[int, InitiativeInfo]:
    wanted = sorted(int(str(key)) for key in ids)
    aliases = _grouped(
        conn,
        "SELECT initiative_id AS owner, alias AS value, key AS sort_key"
        " FROM initiative_aliases WHERE initiative_id IN ({marks}) ORDER BY key",
        wanted,
    )
    result: dict[int, InitiativeInfo] = {}
    for offset in range(0, len(wanted), _CHUNK):
        chunk = wanted[offset : offset + _CHUNK]
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(
            f"SELECT id, name, description FROM initiatives WHERE id IN ({marks})", chunk
        ):
            result[row["id"]] = InitiativeInfo(
                id=row["id"],
                name=row["name"],
                aliases=tuple(str(alias) for alias, _ in aliases.get(row["id"], [])),
                description=row["description"] or "",
            )
    return result


def _translations(
    conn: sqlite3.Connection, quote_ids: list[int]
) -> dict[int, list[tuple[str, str, str]]]:
    result: dict[int, list[tuple[str, str, str]]] = {}
    for offset in range(0, len(quote_ids), _CHUNK):
        chunk = quote_ids[offset : offset + _CHUNK]
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(
            "SELECT quote_id, target_lang, translation, model FROM quote_translations"
            f" WHERE quote_id IN ({marks}) ORDER BY target_lang",
            chunk,
        ):
            result.setdefault(row["quote_id"], []).append(
                (row["target_lang"], row["translation"], row["model"])
            )
    return result


def _pick_translation(
    options: list[tuple[str, str, str]], preferred_lang: str
) -> tuple[str, str, str]:
    """(lang, text, model): the preferred language's translation, else the first stored."""
    for option in options:
        if option[0] == preferred_lang:
            return option
    return options[0] if options else ("", "", "")


def _record(
    row: sqlite3.Row,
    *,
    tags: list[object],
    links: list[object],
    initiatives: dict[int, InitiativeInfo],
    regions: list[object],
    translation: tuple[str, str, str],
) -> ExportRecord:
    is_quote = row["target"] == QUOTE
    initiative_ids = tuple(int(str(key)) for key in links)
    moments = ("anchor_created", "note_created", "note_modified", "last_tagged", "last_linked")
    times = [row[name] for name in moments if row[name]]
    created_candidates = [row["anchor_created"], row["note_created"]]
    lang, text, model = translation
    return ExportRecord(
        record_id=f"quote-{row['anchor_id']}" if is_quote else f"article-{row['anchor_id']}",
        kind=QUOTE if is_quote else ARTICLE,
        anchor_id=row["anchor_id"],
        quote_id=row["quote_id"],
        article_id=row["article_id"],
        quote=row["quote"] if is_quote else "",
        translation=text,
        translation_model=model,
        translation_lang=lang,
        lang=row["lang"],
        speaker=row["speaker"],
        role=row["role"],
        note=row["note"] or "",
        tags=tuple(str(tag) for tag in tags),
        initiatives=tuple(initiatives[key].name for key in initiative_ids if key in initiatives),
        source_title=row["title"],
        source_path=row["path"],
        published=row["published"],
        regions=tuple(str(region) for region in regions),
        start=row["start"] if is_quote else None,
        end=row["end"] if is_quote else None,
        created=min(value for value in created_candidates if value),
        modified=max(times),
        orphaned=is_quote and (bool(row["orphaned"]) or row["quote_id"] is None),
        initiative_ids=initiative_ids,
    )


def _article_texts(conn: sqlite3.Connection, article_ids: list[int]) -> dict[int, ArticleText]:
    texts: dict[int, ArticleText] = {}
    for offset in range(0, len(article_ids), _CHUNK):
        chunk = article_ids[offset : offset + _CHUNK]
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(
            "SELECT id, title, body, source_path, COALESCE(published, '') AS published, added_at"
            f" FROM articles WHERE id IN ({marks})",
            chunk,
        ):
            texts[row["id"]] = ArticleText(
                article_id=row["id"],
                title=row["title"],
                body=row["body"],
                source_path=row["source_path"],
                published=row["published"],
                added_at=row["added_at"],
            )
    return texts
