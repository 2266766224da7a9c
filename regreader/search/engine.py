"""Running a search: ranked ids from FTS5, then only the returned rows are read and snippeted.

FTS5 sorts by `rank` itself (bm25 with the title weighted, configured in the schema) and
hands back `limit` rowids; titles, bodies, regions and quotes are then fetched for those ids
alone, and snippets are cut in Python from the original bodies (the index holds stems).
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from regreader.errors import InvalidQueryError
from regreader.search.compile import SearchPlan, plan_query
from regreader.search.snippets import Highlighter, Snippet, Span, leading_snippet, make_snippet
from regreader.text import stem_text

DEFAULT_LIMIT = 50
MAX_LIMIT = 10_000
# Filter-only listings show the opening of each article; no need to read whole bodies.
LEADING_CHARS = 1000


@dataclass(frozen=True)
class QuoteHit:
    id: int
    speaker: str | None


@dataclass(frozen=True)
class SearchHit:
    id: int
    title: str
    path: str
    date: str | None
    regions: tuple[str, ...]
    score: float | None  # bm25, higher is better; None when listed by date
    snippet: Snippet
    title_highlights: tuple[Span, ...]
    hits: int  # matches of the query's words in the body
    quotes: tuple[QuoteHit, ...]  # quotes that matched (a word, or a speaker: filter)

    @property
    def in_quote(self) -> bool:
        return bool(self.quotes)


@dataclass(frozen=True)
class SearchResults:
    query: str
    hits: tuple[SearchHit, ...]
    ranked: bool  # False: no words to rank by, listed newest first
    notices: tuple[str, ...] = ()


def _check_page(limit: int, offset: int) -> tuple[int, int]:
    if limit < 0 or offset < 0:
        raise InvalidQueryError("invalid query: limit and offset must not be negative")
    return min(limit, MAX_LIMIT), offset


def _run(conn: sqlite3.Connection, sql: str, params: Iterable[object]) -> list[sqlite3.Row]:
    """Execute planned SQL; an FTS5 complaint would be our bug, but the user gets one clear
    message rather than a traceback."""
    try:
        return conn.execute(sql, tuple(params)).fetchall()
    except sqlite3.OperationalError as exc:
        if "fts5" in str(exc) or "no such column" in str(exc):
            raise InvalidQueryError(f"invalid query: it could not be run ({exc})") from exc
        raise


def _candidates_sql(plan: SearchPlan, columns: str) -> tuple[str, list[object]]:
    """Every matching article (no order): from FTS5 when there are words to rank by."""
    if plan.rank_match is None:
        sql = f"SELECT {columns} FROM articles"
        if plan.where_sql:
            sql += f" WHERE {plan.where_sql}"
        return sql, list(plan.where_params)
    params: list[object] = [plan.rank_match]
    if not plan.where_sql:
        return f"SELECT {columns} FROM articles_fts WHERE articles_fts MATCH ?", params
    # CROSS JOIN keeps FTS5 the outer loop: it ranks every match itself (ORDER BY rank is
    # consumed, no sort) and each row's filters are checked by primary key. The other
    # order would ask FTS5 for the ids one by one, a MATCH per id (~100 us each).
    sql = (
        f"SELECT {columns} FROM articles_fts CROSS JOIN articles"
        " ON articles.id = articles_fts.rowid"
        f" WHERE articles_fts MATCH ? AND ({plan.where_sql})"
    )
    return sql, params + list(plan.where_params)


def _matching_ids_sql(plan: SearchPlan) -> tuple[str, list[object]]:
    return _candidates_sql(
        plan, "articles_fts.rowid AS id" if plan.is_ranked else "articles.id AS id"
    )


def _page(conn: sqlite3.Connection, plan: SearchPlan, limit: int, offset: int) -> list[sqlite3.Row]:
    if plan.is_ranked:
        sql, params = _candidates_sql(plan, "articles_fts.rowid AS id, rank")
        sql += " ORDER BY rank LIMIT ? OFFSET ?"
    else:
        sql, params = _candidates_sql(plan, "articles.id AS id, NULL AS rank")
        sql += (
            " ORDER BY articles.published IS NULL, articles.published DESC, articles.id DESC"
            " LIMIT ? OFFSET ?"
        )
    return _run(conn, sql, [*params, limit, offset])


def _marks(values: list[int]) -> str:
    return ", ".join("?" for _ in values)


def _articles(conn: sqlite3.Connection, ids: list[int], ranked: bool) -> dict[int, sqlite3.Row]:
    body = "body" if ranked else f"substr(body, 1, {LEADING_CHARS}) AS body"
    rows = conn.execute(
        f"SELECT id, title, source_path, published, {body} FROM articles"
        f" WHERE id IN ({_marks(ids)})",
        ids,
    )
    return {row["id"]: row for row in rows}


def _regions(conn: sqlite3.Connection, ids: list[int]) -> dict[int, tuple[str, ...]]:
    found: dict[int, list[str]] = defaultdict(list)
    for row in conn.execute(
        f"SELECT article_id, region FROM article_regions WHERE article_id IN ({_marks(ids)})"
        " ORDER BY article_id, mentions DESC, region",
        ids,
    ):
        found[row["article_id"]].append(row["region"])
    return {key: tuple(value) for key, value in found.items()}


def _quotes(
    conn: sqlite3.Connection, plan: SearchPlan, ids: list[int], highlighter: Highlighter
) -> dict[int, tuple[QuoteHit, ...]]:
    """The quotes of the returned articles that hold a query word (in the text, speaker or
    translation) and are by the speaker a speaker: filter names.

    Tested here, with the same stems as the index, because an index of quote texts would
    cost every indexing run for what a pass over 50 articles' quotes does in Python.
    """
    if not plan.terms and not plan.speaker_filters:
        return {}
    found: dict[int, list[QuoteHit]] = defaultdict(list)
    rows = conn.execute(
        "SELECT q.id, q.article_id, q.speaker, q.text,"
        " (SELECT group_concat(translation, ' ') FROM quote_translations WHERE quote_id = q.id)"
        f" AS translation FROM quotes AS q WHERE q.article_id IN ({_marks(ids)})"
        " ORDER BY q.article_id, q.seq",
        ids,
    )
    for row in rows:
        if plan.terms and not any(
            highlighter.matches(row[column] or "") for column in ("text", "translation", "speaker")
        ):
            continue
        if plan.speaker_filters and not _by_speaker(row["speaker"], plan.speaker_filters):
            continue
        found[row["article_id"]].append(QuoteHit(row["id"], row["speaker"]))
    return {key: tuple(value) for key, value in found.items()}


def _by_speaker(speaker: str | None, filters: tuple[tuple[frozenset[str], ...], ...]) -> bool:
    if not speaker:
        return False
    stems = set(stem_text(speaker).split())
    return all(all(word & stems for word in words) for words in filters)


def search(
    conn: sqlite3.Connection, text: str, *, limit: int = DEFAULT_LIMIT, offset: int = 0
) -> SearchResults:
    """Search the library. Raises InvalidQueryError (only) for text that cannot be searched."""
    plan = plan_query(text)
    limit, offset = _check_page(limit, offset)
    page = _page(conn, plan, limit, offset) if limit else []
    ids = [row["id"] for row in page]
    if not ids:
        return SearchResults(text, (), plan.is_ranked, plan.notices)
    articles = _articles(conn, ids, plan.is_ranked)
    regions = _regions(conn, ids)
    highlighter = Highlighter(plan.terms)
    quotes = _quotes(conn, plan, ids, highlighter)
    hits = []
    for row in page:
        article = articles.get(row["id"])
        if article is None:  # deleted between the two reads
            continue
        occurrences = highlighter.find(article["body"])
        snippet = (
            make_snippet(article["body"], occurrences)
            if occurrences
            else leading_snippet(article["body"])
        )
        hits.append(
            SearchHit(
                id=article["id"],
                title=article["title"],
                path=article["source_path"],
                date=article["published"],
                regions=regions.get(article["id"], ()),
                score=None if row["rank"] is None else -float(row["rank"]),
                snippet=snippet,
                title_highlights=tuple(
                    span for o in highlighter.find(article["title"]) for span in o.spans
                ),
                hits=len(occurrences),
                quotes=quotes.get(article["id"], ()),
            )
        )
    return SearchResults(text, tuple(hits), plan.is_ranked, plan.notices)


def matching_article_ids(conn: sqlite3.Connection, text: str) -> list[int]:
    """Every article the query matches (not one page), in id order."""
    plan = plan_query(text)
    sql, params = _matching_ids_sql(plan)
    return [int(row[0]) for row in _run(conn, f"SELECT id FROM ({sql}) ORDER BY id", params)]


def count(conn: sqlite3.Connection, text: str) -> int:
    """How many articles match (all of them, not one page)."""
    plan = plan_query(text)
    sql, params = _matching_ids_sql(plan)
    return int(_run(conn, f"SELECT count(*) FROM ({sql})", params)[0][0])


Facet = tuple[str, str, int]  # key, label, count


def _region_label(key: str) -> str:
    try:
        from regreader.ingestion.regions import region_name
    except ImportError:
        return key
    try:
        return str(region_name(key))
    except (KeyError, ValueError):
        return key


def _has_table(conn: sqlite3.Connection, name: str) -> bool:
    row = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,))
    return row.fetchone() is not None


def facets(conn: sqlite3.Connection, text: str) -> dict[str, list[Facet]]:
    """Counts per region (and per tag, once tags exist) over everything the query matches."""
    plan = plan_query(text)
    ids_sql, params = _matching_ids_sql(plan)
    result: dict[str, list[Facet]] = {}
    rows = _run(
        conn,
        f"SELECT region, count(*) AS n FROM article_regions WHERE article_id IN ({ids_sql})"
        " GROUP BY region ORDER BY n DESC, region",
        params,
    )
    result["region"] = [(row["region"], _region_label(row["region"]), row["n"]) for row in rows]
    if _has_table(conn, "taggings") and _has_table(conn, "anchors"):
        rows = _run(
            conn,
            "SELECT t.key, t.name, count(DISTINCT a.article_id) AS n"
            " FROM anchors AS a JOIN taggings AS tg ON tg.anchor_id = a.id"
            " JOIN tags AS t ON t.id = tg.tag_id"
            f" WHERE a.article_id IN ({ids_sql}) GROUP BY t.id ORDER BY n DESC, t.key",
            params,
        )
        result["tag"] = [(row["key"], row["name"], row["n"]) for row in rows]
    return result
