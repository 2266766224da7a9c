"""Anchors: what an annotation is attached to, kept attached across re-indexing.

A quote anchor remembers the quote's text, a little context on each side and its kind, as
well as the current `quotes.id`. When an article is re-indexed its quotes are replaced
(unchanged texts keep their ids; vanished quotes are deleted, which sets the anchor's
quote_id to NULL), then `reanchor_article` runs in the same transaction:

1. anchors whose quote still exists stay where they are;
2. the others are re-attached to a quote of the article with the same text (best context
   wins), or, failing that, a nearly identical text (an edited quote);
3. what is left is marked orphaned: kept with its tags, notes and links, never deleted.
   An orphan re-attaches when its quote comes back.

Anchors whose article is gone (article_id NULL, e.g. restored from a backup before the
articles were indexed) are adopted by the article with the same content hash or path.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from regreader.annotations.model import Anchor, AnnotationError, utc_now
from regreader.storage import transaction

CONTEXT_CHARS = 40
# An edited quote re-attaches only when nearly the same text (rapidfuzz ratio, 0-100).
FUZZY_REATTACH_MIN_SCORE = 90.0


@dataclass(frozen=True)
class _Quote:
    id: int
    text: str
    kind: str
    start: int
    end: int
    before: str
    after: str


def _quotes_of(conn: sqlite3.Connection, article_id: int, body: str) -> list[_Quote]:
    return [
        _Quote(
            id=row["id"],
            text=row["text"],
            kind=row["kind"],
            start=row["start"],
            end=row["end"],
            before=body[max(0, row["start"] - CONTEXT_CHARS) : row["start"]],
            after=body[row["end"] : row["end"] + CONTEXT_CHARS],
        )
        for row in conn.execute(
            "SELECT id, text, kind, start, end FROM quotes WHERE article_id = ? ORDER BY seq",
            (article_id,),
        )
    ]


def _row_to_anchor(row: sqlite3.Row) -> Anchor:
    return Anchor(
        id=row["id"],
        target=row["target"],
        article_id=row["article_id"],
        quote_id=row["quote_id"],
        quote_text=row["quote_text"],
        orphaned=bool(row["orphaned"]),
        orphaned_at=row["orphaned_at"],
        created_at=row["created_at"],
    )


def get_anchor(conn: sqlite3.Connection, anchor_id: int) -> Anchor:
    row = conn.execute("SELECT * FROM anchors WHERE id = ?", (anchor_id,)).fetchone()
    if row is None:
        raise AnnotationError(f"There is no annotated item with anchor id {anchor_id}.")
    return _row_to_anchor(row)


def find_quote_anchor(conn: sqlite3.Connection, quote_id: int) -> int | None:
    row = conn.execute("SELECT id FROM anchors WHERE quote_id = ?", (quote_id,)).fetchone()
    return None if row is None else int(row[0])


def find_article_anchor(conn: sqlite3.Connection, article_id: int) -> int | None:
    row = conn.execute(
        "SELECT id FROM anchors WHERE article_id = ? AND target = 'article'", (article_id,)
    ).fetchone()
    return None if row is None else int(row[0])


def quote_anchor(conn: sqlite3.Connection, quote_id: int) -> int:
    """The anchor of a quote, created on first annotation."""
    existing = find_quote_anchor(conn, quote_id)
    if existing is not None:
        return existing
    row = conn.execute(
        "SELECT q.article_id, q.text, q.kind, q.start, q.end, a.body, a.content_hash,"
        " a.source_path FROM quotes AS q JOIN articles AS a ON a.id = q.article_id"
        " WHERE q.id = ?",
        (quote_id,),
    ).fetchone()
    if row is None:
        raise AnnotationError(
            f"There is no quote with id {quote_id} (see `regreader quotes --all --json`)."
        )
    body, start, end = row["body"], row["start"], row["end"]
    with transaction(conn):
        cursor = conn.execute(
            "INSERT INTO anchors(target, article_id, quote_id, quote_text, context_before,"
            " context_after, quote_kind, quote_start, quote_end, article_hash, source_path,"
            " created_at) VALUES ('quote', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                row["article_id"],
                quote_id,
                row["text"],
                body[max(0, start - CONTEXT_CHARS) : start],
                body[end : end + CONTEXT_CHARS],
                row["kind"],
                start,
                end,
                row["content_hash"],
                row["source_path"],
                utc_now(),
            ),
        )
    return int(cursor.lastrowid or 0)


def article_anchor(conn: sqlite3.Connection, article_id: int) -> int:
    """The anchor of a whole article, created on first annotation."""
    existing = find_article_anchor(conn, article_id)
    if existing is not None:
        return existing
    row = conn.execute(
        "SELECT content_hash, source_path FROM articles WHERE id = ?", (article_id,)
    ).fetchone()
    if row is None:
        raise AnnotationError(f"There is no article with id {article_id}.")
    with transaction(conn):
        cursor = conn.execute(
            "INSERT INTO anchors(target, article_id, article_hash, source_path, created_at)"
            " VALUES ('article', ?, ?, ?, ?)",
            (article_id, row["content_hash"], row["source_path"], utc_now()),
        )
    return int(cursor.lastrowid or 0)


def merge_anchor_into(conn: sqlite3.Connection, source_id: int, target_id: int) -> None:
    """Move every tag, link and note of one anchor onto another, then drop the empty one.

    Used when two anchors turn out to mark the same thing (a restored backup meeting
    annotations made meanwhile). Two notes are joined, never one lost.
    """
    if source_id == target_id:
        return
    with transaction(conn):
        conn.execute(
            "INSERT OR IGNORE INTO taggings(anchor_id, tag_id, created_at)"
            " SELECT ?, tag_id, created_at FROM taggings WHERE anchor_id = ?",
            (target_id, source_id),
        )
        conn.execute(
            "INSERT OR IGNORE INTO initiative_links(initiative_id, anchor_id, created_at)"
            " SELECT initiative_id, ?, created_at FROM initiative_links WHERE anchor_id = ?",
            (target_id, source_id),
        )
        moved = conn.execute(
            "SELECT body, created_at, modified_at FROM notes WHERE anchor_id = ?", (source_id,)
        ).fetchone()
        if moved is not None:
            kept = conn.execute(
                "SELECT body FROM notes WHERE anchor_id = ?", (target_id,)
            ).fetchone()
            if kept is None:
                conn.execute(
                    "INSERT INTO notes(anchor_id, body, created_at, modified_at)"
                    " VALUES (?, ?, ?, ?)",
                    (target_id, moved["body"], moved["created_at"], moved["modified_at"]),
                )
            elif kept["body"] != moved["body"]:
                conn.execute(
                    "UPDATE notes SET body = body || ? || ?, modified_at = ? WHERE anchor_id = ?",
                    ("\n\n", moved["body"], utc_now(), target_id),
                )
        conn.execute("DELETE FROM anchors WHERE id = ?", (source_id,))


def _adoptable_anchors(conn: sqlite3.Connection, article: sqlite3.Row) -> list[sqlite3.Row]:
    """Anchors of this article plus homeless ones that name it by content hash or path."""
    return conn.execute(
        """
        SELECT * FROM anchors WHERE article_id = :id
        UNION ALL
        SELECT * FROM anchors WHERE article_id IS NULL AND article_hash = :hash
        UNION ALL
        SELECT * FROM anchors WHERE article_id IS NULL AND article_hash IS NOT :hash
           AND (source_path = :path
                OR source_path IN (SELECT path FROM sources WHERE article_id = :id))
        ORDER BY id
        """,
        {"id": article["id"], "hash": article["content_hash"], "path": article["source_path"]},
    ).fetchall()


def _squash(text: str) -> str:
    return " ".join(text.casefold().split())


def _match_score(anchor: sqlite3.Row, quote: _Quote) -> float:
    """How well a quote fits an anchor: >100 for the same text (context breaks ties),
    the fuzzy ratio for an edited one, 0 when it is not the same quote."""
    from rapidfuzz import fuzz

    stored, current = _squash(anchor["quote_text"] or ""), _squash(quote.text)
    context = (
        fuzz.ratio(anchor["context_before"], quote.before)
        + fuzz.ratio(anchor["context_after"], quote.after)
    ) / 200.0
    if stored == current:
        return 100.0 + context + (0.5 if anchor["quote_kind"] == quote.kind else 0.0)
    similarity = fuzz.ratio(stored, current)
    if similarity < FUZZY_REATTACH_MIN_SCORE:
        return 0.0
    return similarity + context / 2


def _attach(conn: sqlite3.Connection, anchor_id: int, article: sqlite3.Row, quote: _Quote) -> None:
    conn.execute(
        "UPDATE anchors SET article_id = ?, quote_id = ?, quote_text = ?, context_before = ?,"
        " context_after = ?, quote_kind = ?, quote_start = ?, quote_end = ?, article_hash = ?,"
        " source_path = ?, orphaned = 0, orphaned_at = NULL WHERE id = ?",
        (
            article["id"],
            quote.id,
            quote.text,
            quote.before,
            quote.after,
            quote.kind,
            quote.start,
            quote.end,
            article["content_hash"],
            article["source_path"],
            anchor_id,
        ),
    )


def _orphan(conn: sqlite3.Connection, anchor_id: int, article: sqlite3.Row) -> None:
    conn.execute(
        "UPDATE anchors SET article_id = ?, quote_id = NULL, article_hash = ?, source_path = ?,"
        " orphaned = 1, orphaned_at = coalesce(orphaned_at, ?) WHERE id = ?",
        (article["id"], article["content_hash"], article["source_path"], utc_now(), anchor_id),
    )


def _reanchor_whole_article(
    conn: sqlite3.Connection, article: sqlite3.Row, anchors: list[sqlite3.Row]
) -> None:
    keeper = next((a["id"] for a in anchors if a["article_id"] == article["id"]), None)
    for anchor in anchors:
        if keeper is not None and anchor["id"] != keeper:
            merge_anchor_into(conn, anchor["id"], keeper)
            continue
        keeper = anchor["id"]
        conn.execute(
            "UPDATE anchors SET article_id = ?, article_hash = ?, source_path = ?, orphaned = 0,"
            " orphaned_at = NULL WHERE id = ?",
            (article["id"], article["content_hash"], article["source_path"], keeper),
        )


def reanchor_article(conn: sqlite3.Connection, article_id: int) -> None:
    """Re-attach the annotations of one article after its quotes were replaced, and
    refresh its initiative suggestions (its text and mentions may be new).

    Called by the ingestion pipeline inside its transaction; cheap when the article has
    no annotations and the library no initiatives. Never deletes an annotation.
    """
    # Checked before anything else: on a bulk index most articles have no annotations
    # and the library no initiatives, and this runs once per article written.
    has_initiatives = conn.execute("SELECT 1 FROM initiatives LIMIT 1").fetchone() is not None
    if not has_initiatives and not _may_have_anchors(conn, article_id):
        return
    article = conn.execute(
        "SELECT id, content_hash, source_path, body FROM articles WHERE id = ?", (article_id,)
    ).fetchone()
    if article is None:
        return
    anchors = _adoptable_anchors(conn, article)
    with transaction(conn):
        if anchors:
            whole = [a for a in anchors if a["target"] == "article"]
            _reanchor_whole_article(conn, article, whole)
            _reanchor_quotes(conn, article, [a for a in anchors if a["target"] == "quote"])
        if has_initiatives:
            from regreader.annotations.suggestions import refresh_suggestions

            refresh_suggestions(conn, [article_id])


def _may_have_anchors(conn: sqlite3.Connection, article_id: int) -> bool:
    """Anchors of this article, or homeless ones that it might adopt."""
    row = conn.execute(
        "SELECT 1 FROM anchors WHERE article_id = ? OR article_id IS NULL LIMIT 1", (article_id,)
    ).fetchone()
    return row is not None


def _reanchor_quotes(
    conn: sqlite3.Connection, article: sqlite3.Row, anchors: list[sqlite3.Row]
) -> None:
    if not anchors:
        return
    quotes = _quotes_of(conn, article["id"], article["body"])
    by_id = {quote.id: quote for quote in quotes}
    claimed: set[int] = set()
    loose: list[sqlite3.Row] = []
    for anchor in anchors:
        quote = by_id.get(anchor["quote_id"]) if anchor["article_id"] == article["id"] else None
        if quote is not None and anchor["quote_id"] not in claimed:
            claimed.add(quote.id)
            _attach(conn, anchor["id"], article, quote)
        else:
            loose.append(anchor)
    if not loose:
        return
    # Free the loose anchors' stale quote ids before handing quotes out again.
    conn.executemany("UPDATE anchors SET quote_id = NULL WHERE id = ?", [(a["id"],) for a in loose])
    taken_elsewhere = {
        row[0]
        for row in conn.execute(
            "SELECT quote_id FROM anchors WHERE quote_id IN"
            " (SELECT id FROM quotes WHERE article_id = ?)",
            (article["id"],),
        )
    }
    free = [q for q in quotes if q.id not in claimed and q.id not in taken_elsewhere]
    pairs = sorted(
        (
            (score, anchor["id"], quote.id)
            for anchor in loose
            for quote in free
            if (score := _match_score(anchor, quote)) > 0
        ),
        reverse=True,
    )
    placed: set[int] = set()
    for _score, anchor_id, quote_id in pairs:
        if anchor_id in placed or quote_id in claimed:
            continue
        placed.add(anchor_id)
        claimed.add(quote_id)
        _attach(conn, anchor_id, article, by_id[quote_id])
    for anchor in loose:
        if anchor["id"] in placed:
            continue
        twin = _anchor_of_same_quote(conn, anchor, quotes)
        if twin is not None:
            merge_anchor_into(conn, anchor["id"], twin)
        else:
            _orphan(conn, anchor["id"], article)


def _anchor_of_same_quote(
    conn: sqlite3.Connection, anchor: sqlite3.Row, quotes: list[_Quote]
) -> int | None:
    """Another anchor already on a quote with this anchor's exact text (a restored backup
    meeting annotations made since): the two are one, so they are merged, not orphaned."""
    text = _squash(anchor["quote_text"] or "")
    for quote in quotes:
        if _squash(quote.text) == text:
            twin = find_quote_anchor(conn, quote.id)
            if twin is not None and twin != anchor["id"]:
                return twin
    return None


def reanchor_all(conn: sqlite3.Connection) -> None:
    """Re-attach every article's annotations (after a restore, or as a repair)."""
    article_ids = [
        row[0]
        for row in conn.execute(
            "SELECT DISTINCT article_id FROM anchors WHERE article_id IS NOT NULL"
            " UNION SELECT a.id FROM articles AS a WHERE EXISTS (SELECT 1 FROM anchors AS n"
            " WHERE n.article_id IS NULL AND (n.article_hash = a.content_hash"
            " OR n.source_path = a.source_path))"
        )
    ]
    with transaction(conn):
        for article_id in article_ids:
            reanchor_article(conn, article_id)
