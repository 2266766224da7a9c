"""Index and search a synthetic corpus with regreader and with raw sqlite3 FTS5, side by side.

    python bench/bench_search.py                      # 1,000 articles
    python bench/bench_search.py --sizes 1000,10000   # several sizes in one run

For each size: generate the corpus (bench/corpus_gen.py, fixed seed, cached in --workdir),
index it with regreader's real pipeline (`index_paths`, as `regreader index` does) and into a
plain unicode61 FTS5 table (same texts, one transaction: the best raw FTS5 can do), then run
20 fixed queries, alternating the two, and report index throughput, search p50/p95 and the
ratios regreader / raw.

Two raw baselines per query:
- raw: the plain table, the words as typed (what raw FTS5 gives a user: no stemming), with
  ORDER BY rank, LIMIT, the join to the article row and the built-in snippet();
- same-match: regreader's own stemmed MATCH on regreader's FTS table, same join + snippet();
  the difference to regreader is the cost of the query parser, extra fetches and snippets.
Matching fractions are measured, so "under 1%" is a fact about the data, not a hope.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from corpus_gen import generate  # noqa: E402

from regreader.search import count, search  # noqa: E402
from regreader.search.compile import plan_query  # noqa: E402
from regreader.storage import open_library, transaction  # noqa: E402

LIMIT = 50


@dataclass(frozen=True)
class BenchQuery:
    name: str
    regreader: str
    raw: str  # FTS5 MATCH on the plain table
    raw_region: str | None = None  # region key the raw query is filtered to


QUERIES = [
    BenchQuery("common en", "region", '"region"'),
    BenchQuery("common en 2", "development", '"development"'),
    BenchQuery("two common en", "industrial development", '"industrial" "development"'),
    BenchQuery("mid en", "sovereignty", '"sovereignty"'),
    BenchQuery("rare en (seed)", "polytechnic", '"polytechnic"'),
    BenchQuery("rare en (tail)", "benzanored", '"benzanored"'),
    BenchQuery("phrase en", '"import substitution"', '"import substitution"'),
    BenchQuery("phrase en 2", '"industrial park"', '"industrial park"'),
    BenchQuery("prefix en", "innovat*", '"innovat"*'),
    BenchQuery("prefix en rare", "polytech*", '"polytech"*'),
    BenchQuery("common ru", "поддержка", '"поддержка"'),
    BenchQuery("mid ru", "субсидия", '"субсидия"'),
    BenchQuery("phrase ru", '"Единая региональная субсидия"', '"Единая региональная субсидия"'),
    BenchQuery("rare ru", "живежиго", '"живежиго"'),
    BenchQuery("prefix ru", "промышлен*", '"промышлен"*'),
    BenchQuery("mixed en+ru", "governor поддержка", '"governor" "поддержка"'),
    BenchQuery("or", "Tatarstan OR Bashkortostan", '"tatarstan" OR "bashkortostan"'),
    BenchQuery("exclusion", "development -region", '"development" NOT "region"'),
    BenchQuery("filter", "industrial region:perm", '"industrial"', raw_region="perm-krai"),
    BenchQuery("rare two en", "polytechnic university", '"polytechnic" "university"'),
]

RAW_SCHEMA = """
CREATE TABLE articles (id INTEGER PRIMARY KEY, path TEXT, title TEXT, body TEXT);
CREATE TABLE article_regions (article_id INTEGER, region TEXT, PRIMARY KEY (region, article_id));
CREATE VIRTUAL TABLE fts USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2');
INSERT INTO fts(fts, rank) VALUES ('rank', 'bm25(10.0, 1.0)');
"""
RAW_QUERY = """
SELECT a.id, a.title, a.path, snippet(fts, 1, '[', ']', '…', 24)
  FROM fts JOIN articles AS a ON a.id = fts.rowid
 WHERE fts MATCH ? {filter} ORDER BY rank LIMIT {limit}
"""
SAME_MATCH_QUERY = """
SELECT a.id, a.title, a.source_path, snippet(articles_fts, 1, '[', ']', '…', 24)
  FROM articles_fts JOIN articles AS a ON a.id = articles_fts.rowid
 WHERE articles_fts MATCH ? {filter} ORDER BY rank LIMIT {limit}
"""


def _fresh(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def index_regreader(corpus: Path, db: Path) -> tuple[sqlite3.Connection, float]:
    from regreader.ingestion.pipeline import index_paths

    _fresh(db)
    conn = open_library(db)
    started = time.perf_counter()
    summary = index_paths(conn, [corpus])
    elapsed = time.perf_counter() - started
    if summary.skipped:
        print(f"  regreader skipped {len(summary.skipped)} files", file=sys.stderr)
    return conn, elapsed


def index_raw(corpus: Path, db: Path) -> tuple[sqlite3.Connection, float]:
    _fresh(db)
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    for statement in RAW_SCHEMA.strip().split(";\n"):
        conn.execute(statement)
    files = sorted(corpus.rglob("*.txt"))
    started = time.perf_counter()
    conn.execute("BEGIN")
    for number, path in enumerate(files, start=1):
        text = path.read_text(encoding="utf-8")
        title = text.split("\n", 1)[0]
        conn.execute(
            "INSERT INTO articles (id, path, title, body) VALUES (?, ?, ?, ?)",
            (number, str(path), title, text),
        )
        conn.execute("INSERT INTO fts (rowid, title, body) VALUES (?, ?, ?)", (number, title, text))
    conn.execute("COMMIT")
    return conn, time.perf_counter() - started


def copy_regions(regreader: sqlite3.Connection, raw: sqlite3.Connection) -> None:
    """Give the raw table the same region data (not timed: it is not FTS5's job)."""
    raw_ids = {path: rid for rid, path in raw.execute("SELECT id, path FROM articles")}
    rows = regreader.execute(
        "SELECT a.source_path, r.region FROM article_regions AS r JOIN articles AS a"
        " ON a.id = r.article_id"
    )
    with transaction(raw):
        raw.executemany(
            "INSERT OR IGNORE INTO article_regions VALUES (?, ?)",
            [(raw_ids[path], region) for path, region in rows if path in raw_ids],
        )


def _timed(function, *args) -> float:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    function(*args)
    return (time.perf_counter() - started) * 1000


def _region_filter(column: str, region: str | None) -> tuple[str, list[object]]:
    if region is None:
        return "", []
    return (
        f"AND +{column} IN (SELECT article_id FROM article_regions WHERE region = ?)",
        [region],
    )


def run_queries(
    ours: sqlite3.Connection, raw: sqlite3.Connection, repeats: int
) -> list[dict[str, object]]:
    rows = []
    for query in QUERIES:
        plan = plan_query(query.regreader)
        raw_filter, raw_params = _region_filter("fts.rowid", query.raw_region)
        raw_sql = RAW_QUERY.format(filter=raw_filter, limit=LIMIT)
        same_filter = (
            f"AND +articles_fts.rowid IN (SELECT articles.id FROM articles WHERE {plan.where_sql})"
            if plan.where_sql
            else ""
        )
        same_sql = SAME_MATCH_QUERY.format(filter=same_filter, limit=LIMIT)
        same_params = [plan.rank_match, *plan.where_params]

        def run_ours(text: str = query.regreader) -> None:
            search(ours, text, limit=LIMIT)

        def run_raw(sql: str = raw_sql, params: list = [query.raw, *raw_params]) -> None:  # noqa: B006
            raw.execute(sql, params).fetchall()

        def run_same(sql: str = same_sql, params: list = same_params) -> None:
            ours.execute(sql, params).fetchall()

        for warm in (run_ours, run_raw, run_same):
            warm()
        times: dict[str, list[float]] = {"regreader": [], "raw": [], "same": []}
        for _ in range(repeats):
            times["regreader"].append(_timed(run_ours))
            times["raw"].append(_timed(run_raw))
            times["same"].append(_timed(run_same))
        total = ours.execute("SELECT count(*) FROM articles").fetchone()[0]
        matched = count(ours, query.regreader)
        raw_matched = raw.execute(
            f"SELECT count(*) FROM fts WHERE fts MATCH ? {raw_filter}", [query.raw, *raw_params]
        ).fetchone()[0]
        rows.append(
            {
                "name": query.name,
                "query": query.regreader,
                "matched": matched,
                "matched_share": matched / total,
                "raw_matched": raw_matched,
                "times": times,
            }
        )
    return rows


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def summarise(size: int, index_times: dict[str, float], rows: list[dict]) -> dict[str, object]:
    def pooled(kind: str, selected: list[dict]) -> list[float]:
        return [t for row in selected for t in row["times"][kind]]

    rare = [row for row in rows if row["matched_share"] < 0.01]
    summary: dict[str, object] = {
        "articles": size,
        "cores": os.cpu_count(),
        "index_articles_per_s": {k: size / v for k, v in index_times.items()},
        "index_ratio": index_times["raw"] / index_times["regreader"],
    }
    for label, selected in (("all", rows), ("under_1pct", rare)):
        if not selected:
            continue
        stats = {}
        for kind in ("regreader", "raw", "same"):
            values = pooled(kind, selected)
            stats[kind] = {"p50": percentile(values, 0.5), "p95": percentile(values, 0.95)}
        stats["p95_ratio_vs_raw"] = stats["regreader"]["p95"] / stats["raw"]["p95"]
        stats["p95_ratio_vs_same_match"] = stats["regreader"]["p95"] / stats["same"]["p95"]
        summary[label] = stats
    summary["queries"] = [
        {
            "name": row["name"],
            "query": row["query"],
            "matched": row["matched"],
            "matched_pct": round(100 * row["matched_share"], 3),
            "raw_matched": row["raw_matched"],
            **{f"{k}_p50_ms": round(statistics.median(v), 2) for k, v in row["times"].items()},
        }
        for row in rows
    ]
    return summary


def report(summary: dict) -> None:
    size = summary["articles"]
    rates = summary["index_articles_per_s"]
    print(f"\n== {size:,} articles ({summary['cores']} cores)")
    print(
        f"index: regreader {rates['regreader']:,.0f}/s, raw FTS5 {rates['raw']:,.0f}/s"
        f" -> ratio {summary['index_ratio']:.2f} (target >= 0.50)"
    )
    print(f"{'query':<16}{'match%':>8}{'ours p50':>10}{'raw p50':>9}{'same p50':>10}  text")
    for q in summary["queries"]:
        print(
            f"{q['name']:<16}{q['matched_pct']:>8.2f}{q['regreader_p50_ms']:>10.2f}"
            f"{q['raw_p50_ms']:>9.2f}{q['same_p50_ms']:>10.2f}  {q['query']}"
        )
    for label in ("all", "under_1pct"):
        stats = summary.get(label)
        if not stats:
            continue
        ours, raw, same = stats["regreader"], stats["raw"], stats["same"]
        print(
            f"{label:<11} p50/p95 ms: regreader {ours['p50']:.2f}/{ours['p95']:.2f}, "
            f"raw {raw['p50']:.2f}/{raw['p95']:.2f}, same-match {same['p50']:.2f}/{same['p95']:.2f}"
            f" -> p95 ratio {stats['p95_ratio_vs_raw']:.2f} vs raw (target <= 1.5),"
            f" {stats['p95_ratio_vs_same_match']:.2f} vs same-match"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000", help="comma-separated article counts")
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/regreader-bench"))
    parser.add_argument("--repeats", type=int, default=0, help="runs per query (0: by size)")
    parser.add_argument("--out", type=Path, default=HERE / "results")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for size in (int(part) for part in args.sizes.split(",")):
        corpus = generate(size, args.workdir / f"corpus-{size}")
        ours, ours_time = index_regreader(corpus, args.workdir / f"regreader-{size}.db")
        raw, raw_time = index_raw(corpus, args.workdir / f"raw-{size}.db")
        copy_regions(ours, raw)
        repeats = args.repeats or (21 if size <= 10_000 else 9)
        rows = run_queries(ours, raw, repeats)
        summary = summarise(size, {"regreader": ours_time, "raw": raw_time}, rows)
        report(summary)
        (args.out / f"search-{size}.json").write_text(json.dumps(summary, indent=1) + "\n")
        ours.close()
        raw.close()


if __name__ == "__main__":
    main()
