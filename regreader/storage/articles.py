"""The article repository: articles, the sources they came from, the regions they name.

Identity rules (see the schema in migrations.py):
- identical text is stored once (`articles.content_hash` is unique); every path or feed
  item that produced it has its own `sources` row;
- a source whose text changed updates its article in place (same id, so quotes,
  translations and annotations stay attached) unless other sources still show the old
  text; then the source moves to an article of its own and the old one stays theirs;
- an article no source points to any more is removed (annotation anchors are kept by
  the schema: their article becomes NULL and they are adopted again by content hash).

Every function here runs inside the caller's transaction.
"""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import Enum
from functools import cached_property

from regreader.storage.fts import forget_quotes, refresh_article


@dataclass(frozen=True)
class ArticleContent:
    """What ingestion extracted from one file or feed item."""

    title: str
    published: str | None  # YYYY-MM-DD
    body: str
    languages: tuple[str, ...]  # regreader.text.languages_of(body)

    @cached_property
    def content_hash(self) -> str:
        return content_hash(self.body)


@dataclass(frozen=True)
class FileFingerprint:
    """What tells, without parsing, whether a file changed since it was indexed."""

    file_hash: str
    size: int
    mtime_ns: int


@dataclass(frozen=True)
class KnownSource:
    """What the library recorded of a file when it last indexed it."""

    fingerprint: FileFingerprint
    analysed_with: int  # the analysis version its articles were derived with


@dataclass(frozen=True)
class ArticleSummary:
    """A row of the article list."""

    id: int
    title: str
    published: str | None
    source_path: str
    languages: tuple[str, ...]
    regions: tuple[str, ...]  # gazetteer keys, most mentioned first


@dataclass(frozen=True)
class Article:
    id: int
    title: str
    published: str | None
    source_path: str
    body: str
    content_hash: str
    languages: tuple[str, ...]
    added_at: str
    updated_at: str
    regions: dict[str, int]  # gazetteer key -> mentions, most mentioned first


class SourceChange(Enum):
    NEW = "new"  # the source was not indexed before
    CHANGED = "changed"  # its article's text or metadata changed, or it moved to another
    UNCHANGED = "unchanged"
    REANALYSED = "reanalysed"  # same text, derived again by a newer analysis


@dataclass(frozen=True)
class SavedSource:
    article_id: int
    change: SourceChange
    article_written: bool  # the article row was inserted or updated: re-derive its data
    inserted: bool = False  # a new row: nothing derived from it is stored yet


def content_hash(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def utc_now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _split_languages(value: str) -> tuple[str, ...]:
    return tuple(part for part in value.split(",") if part)


def _split_regions(value: str | None) -> tuple[str, ...]:
    return tuple(value.split(",")) if value else ()


# --- reading ---------------------------------------------------------------------------

_SUMMARY_SQL = """
SELECT a.id, a.title, a.published, a.source_path, a.languages,
       (SELECT group_concat(region, ',') FROM
          (SELECT region FROM article_regions WHERE article_id = a.id
            ORDER BY mentions DESC, region)) AS regions
  FROM articles AS a
"""


def _summary(row: sqlite3.Row) -> ArticleSummary:
    return ArticleSummary(
        id=row["id"],
        title=row["title"],
        published=row["published"],
        source_path=row["source_path"],
        languages=_split_languages(row["languages"]),
        regions=_split_regions(row["regions"]),
    )


def list_articles(
    conn: sqlite3.Connection, limit: int = 100, offset: int = 0
) -> list[ArticleSummary]:
    """Newest first; undated articles after the dated ones; ties by id."""
    rows = conn.execute(
        _SUMMARY_SQL + " ORDER BY a.published IS NULL, a.published DESC, a.id LIMIT ? OFFSET ?",
        (limit, offset),
    )
    return [_summary(row) for row in rows]


def get_summaries(conn: sqlite3.Connection, article_ids: list[int]) -> dict[int, ArticleSummary]:
    """Summaries of the given articles, by id (missing ids are absent)."""
    found: dict[int, ArticleSummary] = {}
    # SQLite limits bound parameters; 500 at a time stays far below it.
    for start in range(0, len(article_ids), 500):
        chunk = article_ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(_SUMMARY_SQL + f" WHERE a.id IN ({marks})", chunk):
            found[row["id"]] = _summary(row)
    return found


def article_count(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])


def article_regions(conn: sqlite3.Connection, article_id: int) -> dict[str, int]:
    """Regions an article names, with their mention counts, most mentioned first."""
    rows = conn.execute(
        "SELECT region, mentions FROM article_regions WHERE article_id = ?"
        " ORDER BY mentions DESC, region",
        (article_id,),
    )
    return {row["region"]: row["mentions"] for row in rows}


def get_article(conn: sqlite3.Connection, article_id: int) -> Article | None:
    row = conn.execute(
        "SELECT id, title, published, source_path, body, content_hash, languages, added_at,"
        " updated_at FROM articles WHERE id = ?",
        (article_id,),
    ).fetchone()
    if row is None:
        return None
    return Article(
        id=row["id"],
        title=row["title"],
        published=row["published"],
        source_path=row["source_path"],
        body=row["body"],
        content_hash=row["content_hash"],
        languages=_split_languages(row["languages"]),
        added_at=row["added_at"],
        updated_at=row["updated_at"],
        regions=article_regions(conn, article_id),
    )


def article_sources(conn: sqlite3.Connection, article_id: int) -> list[tuple[str, str]]:
    """(path, feed item key) of every source showing this article."""
    rows = conn.execute(
        "SELECT path, item_key FROM sources WHERE article_id = ? ORDER BY path, item_key",
        (article_id,),
    )
    return [(row["path"], row["item_key"]) for row in rows]


def known_source(conn: sqlite3.Connection, path: str) -> KnownSource | None:
    """What was recorded for a file when it was last indexed, if it was (the oldest
    analysis among its sources: a feed's items are one file)."""
    row = conn.execute(
        "SELECT file_hash, size, mtime_ns, min(analysed_with) AS analysed_with"
        " FROM sources WHERE path = ? GROUP BY path",
        (path,),
    ).fetchone()
    if row is None:
        return None
    fingerprint = FileFingerprint(row["file_hash"], row["size"], row["mtime_ns"])
    return KnownSource(fingerprint, row["analysed_with"])


def outdated_source_paths(conn: sqlite3.Connection, analysis: int) -> list[str]:
    """Files whose articles were derived by another analysis version than `analysis`."""
    rows = conn.execute(
        "SELECT DISTINCT path FROM sources WHERE analysed_with <> ? ORDER BY path", (analysis,)
    )
    return [row[0] for row in rows]


# --- writing ---------------------------------------------------------------------------


def touch_sources(
    conn: sqlite3.Connection, path: str, fingerprint: FileFingerprint, *, analysis: int
) -> None:
    """Record a file's new fingerprint, and the analysis that read it, on all its sources
    (same content, new mtime; or a feed whose gone items keep their articles)."""
    conn.execute(
        "UPDATE sources SET file_hash = ?, size = ?, mtime_ns = ?, analysed_with = ?"
        " WHERE path = ?",
        (fingerprint.file_hash, fingerprint.size, fingerprint.mtime_ns, analysis, path),
    )


def save_source(
    conn: sqlite3.Connection,
    path: str,
    item_key: str,
    content: ArticleContent,
    fingerprint: FileFingerprint,
    *,
    analysis: int,
    reanalyse: bool = False,
) -> SavedSource:
    """Store what one source (a file, or an item of a feed file) now says.

    `analysis` is the analysis version `content` was made with; `reanalyse`: the source
    was derived with an older one, so an article whose text did not change is written
    again (title, date, languages here; regions, quotes and index rows by the caller).
    """
    digest = content.content_hash
    previous = conn.execute(
        "SELECT article_id FROM sources WHERE path = ? AND item_key = ?", (path, item_key)
    ).fetchone()
    old_id: int | None = previous[0] if previous else None
    same_text = conn.execute(
        "SELECT id, title, published FROM articles WHERE content_hash = ?", (digest,)
    ).fetchone()
    written = inserted = reanalysed = False
    if same_text is not None:
        article_id = int(same_text["id"])
        metadata_changed = (same_text["title"], same_text["published"]) != (
            content.title,
            content.published,
        )
        if article_id == old_id and reanalyse:
            # Same text, newer analysis: whatever it derives replaces the old (the text
            # is the same for every source that shows it).
            _update_metadata(conn, article_id, content)
            written = reanalysed = True
        elif (
            article_id == old_id
            and metadata_changed
            and not _shared(conn, article_id, path, item_key)
        ):
            _update_metadata(conn, article_id, content)
            written = True
    elif old_id is not None and not _shared(conn, old_id, path, item_key):
        article_id = old_id
        _update_article(conn, article_id, path, content)
        written = True
    else:
        article_id = _insert_article(conn, path, content)
        written = inserted = True
    conn.execute(
        "INSERT INTO sources(path, item_key, article_id, file_hash, size, mtime_ns,"
        " analysed_with) VALUES (?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT(path, item_key) DO UPDATE SET article_id = excluded.article_id,"
        " file_hash = excluded.file_hash, size = excluded.size, mtime_ns = excluded.mtime_ns,"
        " analysed_with = excluded.analysed_with",
        (
            path,
            item_key,
            article_id,
            fingerprint.file_hash,
            fingerprint.size,
            fingerprint.mtime_ns,
            analysis,
        ),
    )
    if old_id is not None and old_id != article_id and not delete_article_if_unused(conn, old_id):
        _hand_over_source_path(conn, old_id, path)
    if old_id is None:
        change = SourceChange.NEW
    elif reanalysed:
        change = SourceChange.REANALYSED
    elif written or old_id != article_id:
        change = SourceChange.CHANGED
    else:
        change = SourceChange.UNCHANGED
    return SavedSource(
        article_id=article_id, change=change, article_written=written, inserted=inserted
    )


def _shared(conn: sqlite3.Connection, article_id: int, path: str, item_key: str) -> bool:
    """Whether a source other than (path, item_key) shows this article."""
    row = conn.execute(
        "SELECT 1 FROM sources WHERE article_id = ? AND NOT (path = ? AND item_key = ?) LIMIT 1",
        (article_id, path, item_key),
    ).fetchone()
    return row is not None


def _hand_over_source_path(conn: sqlite3.Connection, article_id: int, gone_path: str) -> None:
    """An article named after a path that no longer shows it is renamed after one that does."""
    conn.execute(
        "UPDATE articles SET source_path = (SELECT min(path) FROM sources WHERE article_id = :id)"
        " WHERE id = :id AND source_path = :gone",
        {"id": article_id, "gone": gone_path},
    )


def _insert_article(conn: sqlite3.Connection, path: str, content: ArticleContent) -> int:
    now = utc_now()
    cursor = conn.execute(
        "INSERT INTO articles(content_hash, source_path, title, published, body, languages,"
        " added_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            content.content_hash,
            path,
            content.title,
            content.published,
            content.body,
            ",".join(content.languages),
            now,
            now,
        ),
    )
    return int(cursor.lastrowid or 0)


def _update_article(
    conn: sqlite3.Connection, article_id: int, path: str, content: ArticleContent
) -> None:
    conn.execute(
        "UPDATE articles SET content_hash = ?, source_path = ?, title = ?, published = ?,"
        " body = ?, languages = ?, updated_at = ? WHERE id = ?",
        (
            content.content_hash,
            path,
            content.title,
            content.published,
            content.body,
            ",".join(content.languages),
            utc_now(),
            article_id,
        ),
    )


def _update_metadata(conn: sqlite3.Connection, article_id: int, content: ArticleContent) -> None:
    conn.execute(
        "UPDATE articles SET title = ?, published = ?, languages = ?, updated_at = ? WHERE id = ?",
        (content.title, content.published, ",".join(content.languages), utc_now(), article_id),
    )


def delete_article_if_unused(conn: sqlite3.Connection, article_id: int) -> bool:
    """Remove an article no source shows any more, with its index row. True if removed."""
    if conn.execute("SELECT 1 FROM sources WHERE article_id = ? LIMIT 1", (article_id,)).fetchone():
        return False
    forget_quotes(conn, article_id)
    conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))
    refresh_article(conn, article_id)  # the row is gone: this drops its index entry
    return True


def replace_regions(
    conn: sqlite3.Connection, article_id: int, regions: dict[str, int], *, new_article: bool = False
) -> None:
    """Record the regions an article names; `new_article`: it has none recorded yet."""
    if not new_article:
        conn.execute("DELETE FROM article_regions WHERE article_id = ?", (article_id,))
    conn.executemany(
        "INSERT INTO article_regions(article_id, region, mentions) VALUES (?, ?, ?)",
        [(article_id, region, mentions) for region, mentions in regions.items() if mentions > 0],
    )
