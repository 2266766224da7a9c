"""Initiatives: government programmes followed across articles, quotes and regions."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from regreader.annotations.anchors import article_anchor, find_article_anchor, find_quote_anchor
from regreader.annotations.anchors import quote_anchor as _quote_anchor
from regreader.annotations.model import (
    AnnotationError,
    Initiative,
    Link,
    MergeProposal,
    TimelineEntry,
    utc_now,
)
from regreader.annotations.names import compact_key, display_name, likeness, name_key
from regreader.storage import transaction
from regreader.text import clean_text

MERGE_PROPOSAL_THRESHOLD = 90.0
MAX_NAME_LENGTH = 300


def _clean_name(text: str) -> str:
    name = display_name(text)
    if not name:
        raise AnnotationError("An initiative name or alias cannot be empty.")
    if len(name) > MAX_NAME_LENGTH:
        raise AnnotationError(f"An initiative name is at most {MAX_NAME_LENGTH} characters.")
    return name


def clean_description(text: str) -> str:
    """A description as stored: control characters and lone surrogates (a non-UTF-8 byte
    on the command line) replaced, as in every other text the user writes."""
    return clean_text(text).strip()


def _owner_of_key(conn: sqlite3.Connection, key: str) -> int | None:
    row = conn.execute(
        "SELECT id FROM initiatives WHERE key = ?"
        " UNION SELECT initiative_id FROM initiative_aliases WHERE key = ?",
        (key, key),
    ).fetchone()
    return None if row is None else int(row[0])


def find_initiative(conn: sqlite3.Connection, name_or_id: str | int) -> int | None:
    """The initiative with this name or alias (any case), or this numeric id."""
    if isinstance(name_or_id, int) or str(name_or_id).strip().isdigit():
        row = conn.execute("SELECT id FROM initiatives WHERE id = ?", (int(name_or_id),)).fetchone()
        if row is not None:
            return int(row[0])
        if isinstance(name_or_id, int):
            return None
    return _owner_of_key(conn, name_key(str(name_or_id)))


def require_initiative(conn: sqlite3.Connection, name_or_id: str | int) -> int:
    found = find_initiative(conn, name_or_id)
    if found is None:
        raise AnnotationError(
            f"There is no initiative {str(name_or_id)!r} (see `regreader initiative list`)."
        )
    return found


def _refuse_taken(conn: sqlite3.Connection, name: str, allowed_owner: int | None = None) -> None:
    owner = _owner_of_key(conn, name_key(name))
    if owner is not None and owner != allowed_owner:
        taken_by = conn.execute("SELECT name FROM initiatives WHERE id = ?", (owner,)).fetchone()
        raise AnnotationError(f"{name!r} already names the initiative {taken_by[0]!r}.")


def create_initiative(
    conn: sqlite3.Connection,
    name: str,
    *,
    aliases: Iterable[str] = (),
    description: str = "",
    regions: Iterable[str] = (),
    created_at: str | None = None,
) -> int:
    """A new initiative; its name and aliases must not name another one."""
    clean = _clean_name(name)
    _refuse_taken(conn, clean)
    now = created_at or utc_now()
    with transaction(conn):
        cursor = conn.execute(
            "INSERT INTO initiatives(name, key, description, created_at, modified_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (clean, name_key(clean), clean_description(description), now, now),
        )
        initiative_id = int(cursor.lastrowid or 0)
        for alias in aliases:
            add_alias(conn, initiative_id, alias)
        for region in regions:
            add_region(conn, initiative_id, region)
    return initiative_id


def _touch(conn: sqlite3.Connection, initiative_id: int) -> None:
    conn.execute("UPDATE initiatives SET modified_at = ? WHERE id = ?", (utc_now(), initiative_id))


def add_alias(
    conn: sqlite3.Connection, initiative_id: int, alias: str, created_at: str | None = None
) -> bool:
    """Another name (any language); False when the initiative already answers to it."""
    clean = _clean_name(alias)
    _refuse_taken(conn, clean, allowed_owner=initiative_id)
    if _owner_of_key(conn, name_key(clean)) == initiative_id:
        return False
    with transaction(conn):
        conn.execute(
            "INSERT INTO initiative_aliases(initiative_id, alias, key, created_at)"
            " VALUES (?, ?, ?, ?)",
            (initiative_id, clean, name_key(clean), created_at or utc_now()),
        )
        _touch(conn, initiative_id)
    return True


def remove_alias(conn: sqlite3.Connection, initiative_id: int, alias: str) -> bool:
    with transaction(conn):
        cursor = conn.execute(
            "DELETE FROM initiative_aliases WHERE initiative_id = ? AND key = ?",
            (initiative_id, name_key(alias)),
        )
        _touch(conn, initiative_id)
    return cursor.rowcount > 0


def set_description(conn: sqlite3.Connection, initiative_id: int, description: str) -> None:
    with transaction(conn):
        conn.execute(
            "UPDATE initiatives SET description = ?, modified_at = ? WHERE id = ?",
            (clean_description(description), utc_now(), initiative_id),
        )


def _region_lookup() -> dict[str, str]:
    from regreader.ingestion.regions_data import REGION_ROWS

    lookup: dict[str, str] = {}
    for row in REGION_ROWS:
        key, english, russian = row[0], row[3], row[4]
        for spelling in (key, english, russian):
            lookup[name_key(spelling.replace("-", " "))] = key
    return lookup


def known_region(region: str) -> str:
    """The gazetteer key of a region given by key ('zabaikalsky-krai') or by its English or
    Russian name ('Zabaykalsky Krai', 'Забайкальский край')."""
    key = _region_lookup().get(name_key(region.replace("-", " ").replace("_", " ")))
    if key is None:
        raise AnnotationError(
            f"Unknown region {region!r}: give a region key such as 'zabaikalsky-krai' "
            "or its name as the gazetteer spells it."
        )
    return key


def add_region(conn: sqlite3.Connection, initiative_id: int, region: str) -> None:
    with transaction(conn):
        conn.execute(
            "INSERT OR IGNORE INTO initiative_regions(initiative_id, region) VALUES (?, ?)",
            (initiative_id, known_region(region)),
        )
        _touch(conn, initiative_id)


def remove_region(conn: sqlite3.Connection, initiative_id: int, region: str) -> bool:
    with transaction(conn):
        cursor = conn.execute(
            "DELETE FROM initiative_regions WHERE initiative_id = ? AND region = ?",
            (initiative_id, known_region(region)),
        )
    return cursor.rowcount > 0


def link_anchor(
    conn: sqlite3.Connection, initiative_id: int, anchor_id: int, created_at: str | None = None
) -> bool:
    """Link an initiative to an annotated quote or article; False when already linked."""
    with transaction(conn):
        cursor = conn.execute(
            "INSERT OR IGNORE INTO initiative_links(initiative_id, anchor_id, created_at)"
            " VALUES (?, ?, ?)",
            (initiative_id, anchor_id, created_at or utc_now()),
        )
    return cursor.rowcount > 0


def link_quote(conn: sqlite3.Connection, initiative_id: int, quote_id: int) -> bool:
    with transaction(conn):
        return link_anchor(conn, initiative_id, _quote_anchor(conn, quote_id))


def link_article(conn: sqlite3.Connection, initiative_id: int, article_id: int) -> bool:
    with transaction(conn):
        return link_anchor(conn, initiative_id, article_anchor(conn, article_id))


def unlink_anchor(conn: sqlite3.Connection, initiative_id: int, anchor_id: int | None) -> bool:
    if anchor_id is None:
        return False
    with transaction(conn):
        cursor = conn.execute(
            "DELETE FROM initiative_links WHERE initiative_id = ? AND anchor_id = ?",
            (initiative_id, anchor_id),
        )
    return cursor.rowcount > 0


def unlink_quote(conn: sqlite3.Connection, initiative_id: int, quote_id: int) -> bool:
    return unlink_anchor(conn, initiative_id, find_quote_anchor(conn, quote_id))


def unlink_article(conn: sqlite3.Connection, initiative_id: int, article_id: int) -> bool:
    return unlink_anchor(conn, initiative_id, find_article_anchor(conn, article_id))


_INITIATIVE_ROWS = """
    SELECT i.*,
           (SELECT count(*) FROM initiative_links WHERE initiative_id = i.id) AS links,
           (SELECT group_concat(alias, char(31)) FROM
               (SELECT alias FROM initiative_aliases WHERE initiative_id = i.id
                 ORDER BY created_at, key)) AS aliases,
           (SELECT group_concat(region, char(31)) FROM
               (SELECT region FROM initiative_regions WHERE initiative_id = i.id
                 ORDER BY region)) AS regions
      FROM initiatives AS i
"""


def _split(joined: str | None) -> tuple[str, ...]:
    return tuple(joined.split("\x1f")) if joined else ()


def _row_to_initiative(row: sqlite3.Row) -> Initiative:
    return Initiative(
        id=row["id"],
        name=row["name"],
        description=row["description"],
        aliases=_split(row["aliases"]),
        regions=_split(row["regions"]),
        link_count=row["links"],
        created_at=row["created_at"],
        modified_at=row["modified_at"],
    )


def get_initiative(conn: sqlite3.Connection, initiative_id: int) -> Initiative:
    row = conn.execute(_INITIATIVE_ROWS + " WHERE i.id = ?", (initiative_id,)).fetchone()
    if row is None:
        raise AnnotationError(f"There is no initiative with id {initiative_id}.")
    return _row_to_initiative(row)


def list_initiatives_with_counts(conn: sqlite3.Connection) -> list[Initiative]:
    """Every initiative with its aliases, regions and number of links, by name."""
    return [_row_to_initiative(row) for row in conn.execute(_INITIATIVE_ROWS + " ORDER BY i.key")]


def links_of(conn: sqlite3.Connection, initiative_id: int) -> list[Link]:
    return [
        Link(
            initiative_id=initiative_id,
            anchor_id=row["anchor_id"],
            target=row["target"],
            article_id=row["article_id"],
            quote_id=row["quote_id"],
            created_at=row["created_at"],
            orphaned=bool(row["orphaned"]),
        )
        for row in conn.execute(
            "SELECT l.anchor_id, l.created_at, a.target, a.article_id, a.quote_id, a.orphaned"
            " FROM initiative_links AS l JOIN anchors AS a ON a.id = l.anchor_id"
            " WHERE l.initiative_id = ? ORDER BY l.created_at, l.anchor_id",
            (initiative_id,),
        )
    ]


def initiatives_for_anchor(conn: sqlite3.Connection, anchor_id: int) -> list[str]:
    return [
        row[0]
        for row in conn.execute(
            "SELECT i.name FROM initiative_links AS l JOIN initiatives AS i"
            " ON i.id = l.initiative_id WHERE l.anchor_id = ? ORDER BY i.key",
            (anchor_id,),
        )
    ]


def initiatives_for_quote(conn: sqlite3.Connection, quote_id: int) -> list[str]:
    anchor = find_quote_anchor(conn, quote_id)
    return [] if anchor is None else initiatives_for_anchor(conn, anchor)


def initiatives_for_article(conn: sqlite3.Connection, article_id: int) -> list[str]:
    anchor = find_article_anchor(conn, article_id)
    return [] if anchor is None else initiatives_for_anchor(conn, anchor)


def initiative_timeline(conn: sqlite3.Connection, initiative_id: int) -> list[TimelineEntry]:
    """Linked quotes and articles in date order (undated last), with speaker, region, source."""
    rows = conn.execute(
        """
        SELECT n.id AS anchor_id, n.target, n.article_id, n.quote_id, n.orphaned,
               coalesce(q.text, n.quote_text) AS quote_text, q.speaker, q.role,
               a.published, a.title, coalesce(a.source_path, n.source_path) AS source_path,
               l.created_at AS linked_at,
               (SELECT group_concat(region, char(31)) FROM
                   (SELECT region FROM article_regions WHERE article_id = n.article_id
                     ORDER BY mentions DESC, region)) AS regions
          FROM initiative_links AS l
          JOIN anchors AS n ON n.id = l.anchor_id
          LEFT JOIN quotes AS q ON q.id = n.quote_id
          LEFT JOIN articles AS a ON a.id = n.article_id
         WHERE l.initiative_id = ?
         ORDER BY a.published IS NULL, a.published, n.article_id, coalesce(q.start, n.quote_start)
        """,
        (initiative_id,),
    )
    return [
        TimelineEntry(
            anchor_id=row["anchor_id"],
            target=row["target"],
            article_id=row["article_id"],
            quote_id=row["quote_id"],
            quote_text=row["quote_text"],
            speaker=row["speaker"],
            role=row["role"],
            published=row["published"],
            title=row["title"],
            source_path=row["source_path"],
            regions=_split(row["regions"]),
            linked_at=row["linked_at"],
            orphaned=bool(row["orphaned"]),
        )
        for row in rows
    ]


def merge_initiatives(conn: sqlite3.Connection, source_id: int, target_id: int) -> int:
    """Merge `source` into `target`: every alias, region, link and suggestion moves; the
    source's name becomes an alias; descriptions are joined. Returns links moved."""
    if source_id == target_id:
        raise AnnotationError("Cannot merge an initiative into itself.")
    source, target = get_initiative(conn, source_id), get_initiative(conn, target_id)
    with transaction(conn):
        conn.execute(
            "UPDATE initiative_aliases SET initiative_id = ? WHERE initiative_id = ?",
            (target_id, source_id),
        )
        conn.execute(
            "UPDATE initiatives SET key = ? WHERE id = ?", (f"\x00merged:{source_id}", source_id)
        )
        if name_key(source.name) != name_key(target.name):
            conn.execute(
                "INSERT OR IGNORE INTO initiative_aliases(initiative_id, alias, key, created_at)"
                " VALUES (?, ?, ?, ?)",
                (target_id, source.name, name_key(source.name), source.created_at),
            )
        conn.execute(
            "INSERT OR IGNORE INTO initiative_regions(initiative_id, region)"
            " SELECT ?, region FROM initiative_regions WHERE initiative_id = ?",
            (target_id, source_id),
        )
        moved = conn.execute(
            "INSERT OR IGNORE INTO initiative_links(initiative_id, anchor_id, created_at)"
            " SELECT ?, anchor_id, created_at FROM initiative_links WHERE initiative_id = ?",
            (target_id, source_id),
        ).rowcount
        conn.execute(
            "UPDATE OR IGNORE suggestions SET initiative_id = ? WHERE initiative_id = ?",
            (target_id, source_id),
        )
        description = "\n\n".join(
            text for text in dict.fromkeys((target.description, source.description)) if text
        )
        conn.execute(
            "UPDATE initiatives SET description = ?, modified_at = ? WHERE id = ?",
            (description, utc_now(), target_id),
        )
        conn.execute("DELETE FROM initiatives WHERE id = ?", (source_id,))
    return moved


def _all_terms(conn: sqlite3.Connection) -> list[tuple[int, str]]:
    """(initiative id, name or alias) for every initiative."""
    return [
        (row[0], row[1])
        for row in conn.execute(
            "SELECT id, name FROM initiatives UNION ALL"
            " SELECT initiative_id, alias FROM initiative_aliases ORDER BY 1, 2"
        )
    ]


def suggest_initiatives(conn: sqlite3.Connection, prefix: str, limit: int = 10) -> list[str]:
    """Initiative names for autocomplete, matching names and aliases, best first."""
    from rapidfuzz import fuzz

    initiatives = list_initiatives_with_counts(conn)
    query = name_key(prefix)
    if not query:
        ranked = sorted(initiatives, key=lambda i: (-i.link_count, i.name.casefold()))
        return [initiative.name for initiative in ranked][:limit]
    scored: list[tuple[float, int, str]] = []
    for initiative in initiatives:
        best = 0.0
        for term in (initiative.name, *initiative.aliases):
            key = name_key(term)
            if key.startswith(query):
                best = max(best, 200.0)
            elif any(word.startswith(query) for word in key.split()):
                best = max(best, 150.0)
            else:
                best = max(best, fuzz.partial_ratio(query, key))
        if best >= 70:
            scored.append((-best, -initiative.link_count, initiative.name))
    return [name for _, _, name in sorted(scored)][:limit]


def initiative_merge_proposals(conn: sqlite3.Connection) -> list[MergeProposal]:
    """Pairs of initiatives whose names or aliases look alike ('UCN 2.0' / 'UCN2.0')."""
    from regreader.annotations.merges import dismissed_pairs

    names = {
        row[0]: (row[1], row[2]) for row in conn.execute("SELECT id, name, key FROM initiatives")
    }
    terms = [(owner, term) for owner, term in _all_terms(conn) if len(compact_key(term)) >= 3]
    dismissed = dismissed_pairs(conn, "initiative")
    best: dict[tuple[int, int], float] = {}
    for i, (first, first_term) in enumerate(terms):
        for second, second_term in terms[i + 1 :]:
            if first == second:
                continue
            pair = (min(first, second), max(first, second))
            score = likeness(first_term, second_term)
            if score >= MERGE_PROPOSAL_THRESHOLD and score > best.get(pair, 0.0):
                best[pair] = score
    proposals = [
        MergeProposal("initiative", names[a][0], names[b][0], round(score, 1))
        for (a, b), score in best.items()
        if tuple(sorted((names[a][1], names[b][1]))) not in dismissed
    ]
    return sorted(proposals, key=lambda p: (-p.score, p.first))
