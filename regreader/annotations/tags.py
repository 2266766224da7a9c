"""Tags on quotes and articles: case-insensitive, Unicode, hierarchical with '/'."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from regreader.annotations.anchors import article_anchor, quote_anchor
from regreader.annotations.model import AnnotationError, MergeProposal, Tag, utc_now
from regreader.annotations.names import compact_key, display_name, likeness
from regreader.storage import transaction

MAX_TAG_LENGTH = 200
MERGE_PROPOSAL_THRESHOLD = 88.0


def normalise_tag(text: str) -> str:
    """'  Funding /  Subsidy ' -> 'Funding/Subsidy'; empty segments are dropped."""
    parts = [display_name(part) for part in display_name(text).split("/")]
    name = "/".join(part for part in parts if part)
    if not name:
        raise AnnotationError(f"{text!r} is not a tag name: it has no letters or digits.")
    if len(name) > MAX_TAG_LENGTH:
        raise AnnotationError(f"A tag name is at most {MAX_TAG_LENGTH} characters.")
    return name


def tag_key(text: str) -> str:
    """The identity of a tag: its normalised name, casefolded."""
    return normalise_tag(text).casefold()


def _find_tag(conn: sqlite3.Connection, name: str) -> sqlite3.Row | None:
    return conn.execute("SELECT id, name, key FROM tags WHERE key = ?", (tag_key(name),)).fetchone()


def _require_tag(conn: sqlite3.Connection, name: str) -> sqlite3.Row:
    row = _find_tag(conn, name)
    if row is None:
        raise AnnotationError(f"There is no tag {normalise_tag(name)!r}.")
    return row


def ensure_tag(conn: sqlite3.Connection, name: str, created_at: str | None = None) -> int:
    """The id of tag `name`, created on first use with this spelling as its display name."""
    row = _find_tag(conn, name)
    if row is not None:
        return int(row["id"])
    with transaction(conn):
        cursor = conn.execute(
            "INSERT INTO tags(name, key, created_at) VALUES (?, ?, ?)",
            (normalise_tag(name), tag_key(name), created_at or utc_now()),
        )
    return int(cursor.lastrowid or 0)


def add_tag(conn: sqlite3.Connection, anchor_id: int, name: str) -> str:
    """Tag an anchor; returns the tag's display name (tagging twice is harmless)."""
    with transaction(conn):
        tag_id = ensure_tag(conn, name)
        conn.execute(
            "INSERT OR IGNORE INTO taggings(anchor_id, tag_id, created_at) VALUES (?, ?, ?)",
            (anchor_id, tag_id, utc_now()),
        )
        return str(conn.execute("SELECT name FROM tags WHERE id = ?", (tag_id,)).fetchone()[0])


def remove_tag(conn: sqlite3.Connection, anchor_id: int, name: str) -> bool:
    """Untag an anchor; False when it did not carry the tag. The tag itself stays."""
    row = _find_tag(conn, name)
    if row is None:
        return False
    with transaction(conn):
        cursor = conn.execute(
            "DELETE FROM taggings WHERE anchor_id = ? AND tag_id = ?", (anchor_id, row["id"])
        )
    return cursor.rowcount > 0


def tag_quote(conn: sqlite3.Connection, quote_id: int, name: str) -> str:
    with transaction(conn):
        return add_tag(conn, quote_anchor(conn, quote_id), name)


def tag_article(conn: sqlite3.Connection, article_id: int, name: str) -> str:
    with transaction(conn):
        return add_tag(conn, article_anchor(conn, article_id), name)


def tags_for_anchor(conn: sqlite3.Connection, anchor_id: int) -> list[str]:
    return [
        row[0]
        for row in conn.execute(
            "SELECT t.name FROM taggings AS tg JOIN tags AS t ON t.id = tg.tag_id"
            " WHERE tg.anchor_id = ? ORDER BY t.key",
            (anchor_id,),
        )
    ]


def tags_for_quote(conn: sqlite3.Connection, quote_id: int) -> list[str]:
    return [
        row[0]
        for row in conn.execute(
            "SELECT t.name FROM anchors AS a JOIN taggings AS tg ON tg.anchor_id = a.id"
            " JOIN tags AS t ON t.id = tg.tag_id WHERE a.quote_id = ? ORDER BY t.key",
            (quote_id,),
        )
    ]


def tags_for_article(conn: sqlite3.Connection, article_id: int) -> list[str]:
    """Tags on the article itself (not on its quotes)."""
    return [
        row[0]
        for row in conn.execute(
            "SELECT t.name FROM anchors AS a JOIN taggings AS tg ON tg.anchor_id = a.id"
            " JOIN tags AS t ON t.id = tg.tag_id"
            " WHERE a.article_id = ? AND a.target = 'article' ORDER BY t.key",
            (article_id,),
        )
    ]


def tags_by_article(conn: sqlite3.Connection, article_ids: Sequence[int]) -> dict[int, list[str]]:
    """Each article's tags, on itself or on any of its quotes, by name; articles with none
    are absent. For a page of results at once (one statement per 500 articles)."""
    found: dict[int, list[str]] = {}
    step = 500  # under SQLite's limit on bound parameters
    for start in range(0, len(article_ids), step):
        chunk = list(article_ids[start : start + step])
        marks = ", ".join("?" * len(chunk))
        rows = conn.execute(
            "SELECT DISTINCT a.article_id, t.name, t.key FROM anchors AS a"
            " JOIN taggings AS tg ON tg.anchor_id = a.id JOIN tags AS t ON t.id = tg.tag_id"
            f" WHERE a.article_id IN ({marks}) ORDER BY a.article_id, t.key",
            chunk,
        )
        for article_id, name, _ in rows:
            found.setdefault(int(article_id), []).append(name)
    return found


def all_tags_with_counts(conn: sqlite3.Connection) -> list[Tag]:
    """Every tag with the number of quotes and articles carrying it, in name order."""
    rows = conn.execute(
        "SELECT t.id, t.name, count(tg.anchor_id) AS uses FROM tags AS t"
        " LEFT JOIN taggings AS tg ON tg.tag_id = t.id GROUP BY t.id ORDER BY t.key"
    )
    return [Tag(id=row["id"], name=row["name"], count=row["uses"]) for row in rows]


def _subtree(conn: sqlite3.Connection, key: str) -> list[sqlite3.Row]:
    return conn.execute(
        "SELECT id, name, key FROM tags WHERE key = ? OR substr(key, 1, ?) = ? ORDER BY key",
        (key, len(key) + 1, key + "/"),
    ).fetchall()


def _below(name: str, ancestor_key: str) -> str:
    """The part of `name` below `ancestor_key`: '' or '/child...' (by segments: casefold
    may change a segment's length, as 'ß' -> 'ss')."""
    depth = ancestor_key.count("/") + 1
    return "".join("/" + segment for segment in name.split("/")[depth:])


def _move_subtree(conn: sqlite3.Connection, old: str, new: str) -> int:
    """Give tag `old` and every tag below it the prefix `new`, merging where names meet."""
    old_key, new_name = tag_key(old), normalise_tag(new)
    new_key = new_name.casefold()
    existing = _find_tag(conn, new)
    if existing is not None:
        new_name = existing["name"]  # merging keeps the target's spelling
    if new_key == old_key:
        return 0
    if new_key.startswith(old_key + "/"):
        raise AnnotationError(f"Cannot move tag {old!r} inside itself ({new_name!r}).")
    moved = 0
    with transaction(conn):
        for row in _subtree(conn, old_key):
            target_id = ensure_tag(conn, new_name + _below(row["name"], old_key))
            conn.execute(
                "INSERT OR IGNORE INTO taggings(anchor_id, tag_id, created_at)"
                " SELECT anchor_id, ?, created_at FROM taggings WHERE tag_id = ?",
                (target_id, row["id"]),
            )
            conn.execute("DELETE FROM tags WHERE id = ?", (row["id"],))
            moved += 1
    return moved


def rename_tag(conn: sqlite3.Connection, old: str, new: str) -> int:
    """Rename a tag and its children ('funding' -> 'money' makes 'money/subsidy').

    Changing only the spelling ('funding' -> 'Funding') is allowed. Returns how many tags
    were renamed. Refuses when `new` exists already: that is a merge.
    """
    row = _require_tag(conn, old)
    if tag_key(new) == row["key"]:
        with transaction(conn):
            conn.execute("UPDATE tags SET name = ? WHERE id = ?", (normalise_tag(new), row["id"]))
            for child in _subtree(conn, row["key"])[1:]:
                renamed = normalise_tag(new) + _below(child["name"], row["key"])
                conn.execute("UPDATE tags SET name = ? WHERE id = ?", (renamed, child["id"]))
        return 1
    if _find_tag(conn, new) is not None:
        raise AnnotationError(
            f"Tag {normalise_tag(new)!r} exists already; use `regreader tag merge` to merge."
        )
    return _move_subtree(conn, old, new)


def merge_tags(conn: sqlite3.Connection, source: str, target: str) -> int:
    """Merge tag `source` (and its children) into existing tag `target`; keeps every tagging."""
    _require_tag(conn, source)
    _require_tag(conn, target)
    return _move_subtree(conn, source, target)


def suggest_tags(conn: sqlite3.Connection, prefix: str, limit: int = 10) -> list[str]:
    """Tag names for autocomplete: prefix matches first (by use), then fuzzy matches."""
    tags = all_tags_with_counts(conn)
    query = prefix.strip().casefold()
    if not query:
        return [tag.name for tag in sorted(tags, key=lambda t: (-t.count, t.name))][:limit]
    from rapidfuzz import fuzz

    def rank(tag: Tag) -> tuple[int, float, int, str]:
        key = tag.name.casefold()
        segments = key.split("/")
        if key.startswith(query):
            tier = 0
        elif any(segment.startswith(query) for segment in segments):
            tier = 1
        else:
            tier = 2
        return (tier, -fuzz.partial_ratio(query, key), -tag.count, key)

    ranked = sorted(tags, key=rank)
    return [
        tag.name
        for tag in ranked
        if rank(tag)[0] < 2 or -rank(tag)[1] >= 70  # fuzzy tail only when close
    ][:limit]


def tag_merge_proposals(conn: sqlite3.Connection) -> list[MergeProposal]:
    """Pairs of tags that look like one tag spelled twice ('subsidy' / 'subsidies')."""
    from regreader.annotations.merges import dismissed_pairs

    names = [tag.name for tag in all_tags_with_counts(conn)]
    dismissed = dismissed_pairs(conn, "tag")
    proposals: list[MergeProposal] = []
    for i, first in enumerate(names):
        for second in names[i + 1 :]:
            a, b = first.casefold(), second.casefold()
            if b.startswith(a + "/") or a.startswith(b + "/") or (a, b) in dismissed:
                continue
            if min(len(compact_key(first)), len(compact_key(second))) < 4:
                continue
            score = likeness(first, second)
            if score >= MERGE_PROPOSAL_THRESHOLD:
                proposals.append(MergeProposal("tag", first, second, round(score, 1)))
    return sorted(proposals, key=lambda p: (-p.score, p.first))
