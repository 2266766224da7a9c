"""One command for the whole benchmark table: regreader against raw sqlite3 FTS5.

    python bench/run_all.py                          # 1k, 10k and 100k articles
    python bench/run_all.py --sizes 1000,10000       # a quicker run

For each size, on the synthetic corpus of bench/corpus_gen.py (fixed seed, cached in
--workdir), each step runs in a fresh child process so its peak RSS is its own:

- index: regreader's real pipeline (`index_paths`, what `regreader index` runs) against a
  plain unicode61 FTS5 table fed the same files in one transaction (bench_search.py);
- search: the 20 fixed queries of bench_search.py (English and Russian, phrases, prefixes,
  OR, exclusion, a region filter), alternated between regreader.search and the raw table;
  p50/p95 pooled over every run of every query;
- first screen: launch to the first painted article list of the app on that library,
  against a bare Textual app with a five-row table (bench_startup.py's two children);
- DB size: the library file after a checkpoint, against the raw FTS5 file.

Ratios are regreader / baseline (for throughput, baseline / regreader, so that above 1
always means regreader costs more). Results also go to bench/results/run_all-<size>.json.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

DEFAULT_SIZES = "1000,10000,100000"
STARTUP_RUNS = 5


# --- children: one measured job each, printing one JSON line ----------------------------


def _child_index(kind: str, corpus: Path, db: Path) -> dict[str, float]:
    from bench_search import index_raw, index_regreader

    conn, seconds = (index_regreader if kind == "regreader" else index_raw)(corpus, db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    conn.close()
    return {"seconds": seconds, "articles": articles}


def _child_search(ours_db: Path, raw_db: Path, repeats: int) -> dict[str, float]:
    import sqlite3

    from bench_search import copy_regions, percentile, run_queries

    from regreader.storage import open_library

    ours = open_library(ours_db)
    raw = sqlite3.connect(raw_db, isolation_level=None)
    copy_regions(ours, raw)
    rows = run_queries(ours, raw, repeats)
    result: dict[str, float] = {"queries": len(rows)}
    for kind in ("regreader", "raw"):
        pooled = [t for row in rows for t in row["times"][kind]]
        result[f"{kind}_p50_ms"] = percentile(pooled, 0.5)
        result[f"{kind}_p95_ms"] = percentile(pooled, 0.95)
    return result


def child_main(argv: list[str]) -> None:
    job, *rest = argv
    if job == "index":
        result = _child_index(rest[0], Path(rest[1]), Path(rest[2]))
    elif job == "search":
        result = _child_search(Path(rest[0]), Path(rest[1]), int(rest[2]))
    else:
        raise SystemExit(f"unknown job {job}")
    print(json.dumps(result), flush=True)


# --- the parent: spawn, collect time and peak RSS -------------------------------------


def run_measured(args: list[str], *, until_line: str | None = None) -> tuple[str, float, float]:
    """Run a child; (its output, wall seconds to exit or to `until_line`, peak RSS in MB)."""
    started = time.perf_counter()
    process = subprocess.Popen(args, stdout=subprocess.PIPE, text=True, cwd=HERE)
    assert process.stdout is not None
    output, wall = [], 0.0
    for line in process.stdout:
        output.append(line)
        if until_line is not None and line.startswith(until_line) and not wall:
            wall = time.perf_counter() - started
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise RuntimeError(f"{args[2:4]} failed with exit code {process.returncode}")
    wall = wall or time.perf_counter() - started
    return "".join(output), wall, usage.ru_maxrss / 1024  # Linux: kB


def _json_child(*job: str) -> tuple[dict[str, float], float]:
    output, _, rss = run_measured([sys.executable, __file__, "--child", *job])
    return json.loads(output.strip().splitlines()[-1]), rss


def _first_screen(child: str, runs: int) -> tuple[float, float]:
    """Median seconds from spawn to the first painted list, and the peak RSS (MB)."""
    run_measured([sys.executable, "-c", child], until_line="PAINTED")  # warm the file cache
    walls, peaks = [], []
    for _ in range(runs):
        _, wall, rss = run_measured([sys.executable, "-c", child], until_line="PAINTED")
        walls.append(wall)
        peaks.append(rss)
    walls.sort()
    return walls[len(walls) // 2], max(peaks)


def _size_mb(db: Path) -> float:
    return (
        sum(Path(f"{db}{s}").stat().st_size for s in ("", "-wal") if Path(f"{db}{s}").exists())
        / 2**20
    )


def measure(size: int, workdir: Path, startup_runs: int) -> dict[str, dict[str, float]]:
    from bench_startup import APP_CHILD, BASELINE_CHILD
    from corpus_gen import generate

    corpus = generate(size, workdir / f"corpus-{size}")
    ours_db, raw_db = workdir / f"run_all-regreader-{size}.db", workdir / f"run_all-raw-{size}.db"
    ours_index, ours_index_rss = _json_child("index", "regreader", str(corpus), str(ours_db))
    raw_index, raw_index_rss = _json_child("index", "raw", str(corpus), str(raw_db))
    repeats = 11 if size <= 10_000 else 5
    searched, _ = _json_child("search", str(ours_db), str(raw_db), str(repeats))
    ours_screen, ours_screen_rss = _first_screen(APP_CHILD.format(db=str(ours_db)), startup_runs)
    bare_screen, bare_screen_rss = _first_screen(BASELINE_CHILD, startup_runs)
    return {
        "index throughput (articles/s)": {
            "regreader": ours_index["articles"] / ours_index["seconds"],
            "baseline": raw_index["articles"] / raw_index["seconds"],
        },
        "search p50 (ms)": {
            "regreader": searched["regreader_p50_ms"],
            "baseline": searched["raw_p50_ms"],
        },
        "search p95 (ms)": {
            "regreader": searched["regreader_p95_ms"],
            "baseline": searched["raw_p95_ms"],
        },
        "time to first screen (s) [vs bare Textual]": {
            "regreader": ours_screen,
            "baseline": bare_screen,
        },
        "peak RSS, indexing (MB)": {"regreader": ours_index_rss, "baseline": raw_index_rss},
        "peak RSS, first screen (MB) [vs bare Textual]": {
            "regreader": ours_screen_rss,
            "baseline": bare_screen_rss,
        },
        "DB size (MB)": {"regreader": _size_mb(ours_db), "baseline": _size_mb(raw_db)},
    }


def ratio(metric: str, figures: dict[str, float]) -> float:
    """regreader's cost relative to the baseline: above 1 means regreader costs more."""
    if metric.startswith("index throughput"):
        return figures["baseline"] / figures["regreader"]
    return figures["regreader"] / figures["baseline"]


def table(results: dict[int, dict[str, dict[str, float]]]) -> str:
    lines = [
        "| articles | metric | regreader | raw sqlite3 FTS5 / baseline | cost ratio |",
        "| ---: | --- | ---: | ---: | ---: |",
    ]
    for size, metrics in results.items():
        for metric, figures in metrics.items():
            lines.append(
                f"| {size:,} | {metric} | {_fmt(figures['regreader'])} | "
                f"{_fmt(figures['baseline'])} | {ratio(metric, figures):.2f} |"
            )
    return "\n".join(lines)


def _fmt(value: float) -> str:
    if value >= 100:
        return f"{value:,.0f}"
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child_main(sys.argv[2:])
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default=DEFAULT_SIZES, help="comma-separated article counts")
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/regreader-bench"))
    parser.add_argument("--startup-runs", type=int, default=STARTUP_RUNS)
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    results_dir = HERE / "results"
    results_dir.mkdir(exist_ok=True)
    results: dict[int, dict[str, dict[str, float]]] = {}
    for size in (int(part) for part in args.sizes.split(",")):
        print(f"measuring {size:,} articles ...", file=sys.stderr, flush=True)
        results[size] = measure(size, args.workdir, args.startup_runs)
        (results_dir / f"run_all-{size}.json").write_text(
            json.dumps(results[size], indent=1) + "\n", encoding="utf-8"
        )
    print(f"{os.cpu_count()} cores, Python {sys.version.split()[0]}, sqlite {_sqlite_version()}")
    print(table(results))


def _sqlite_version() -> str:
    import sqlite3

    return sqlite3.sqlite_version


if __name__ == "__main__":
    main()
