"""Launch to first painted screen: regreader's app on a big library vs a bare Textual app.

Each launch is a fresh interpreter (as when a user types `regreader`), timed from process
start until the article list has been painted once; the app runs headless at 120x40,
which renders every frame exactly as a terminal would get it. The baseline is a bare
Textual app with a five-row DataTable and a Footer, in the same run on the same machine,
so the figure says what regreader adds on top of Textual itself.

    python bench/bench_startup.py --articles 100000

The synthetic corpus comes from bench/corpus_gen.py and is indexed once through the real
pipeline (minutes at 100k); later runs reuse the library file.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
TARGET_S = 1.0

APP_CHILD = """
import time
started = time.perf_counter()
import asyncio
from regreader.tui.app import create_app

async def first_paint():
    app = create_app({db!r}, index_if_empty=False)
    async with app.run_test(size=(120, 40)) as pilot:
        main = app.main_screen
        while main.page is None:
            await pilot.pause(0.005)
        await pilot.pause()  # one more frame: the list is on screen
        print("PAINTED", time.perf_counter() - started, main.page.total, flush=True)

asyncio.run(first_paint())
"""

BASELINE_CHILD = """
import time
started = time.perf_counter()
import asyncio
from textual.app import App
from textual.widgets import DataTable, Footer

class Bare(App):
    def compose(self):
        yield DataTable()
        yield Footer()

    def on_mount(self):
        table = self.query_one(DataTable)
        table.add_columns("Title", "Date")
        for n in range(5):
            table.add_row(f"Article {n}", "2024-04-10")

async def first_paint():
    app = Bare()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        print("PAINTED", time.perf_counter() - started, 5, flush=True)

asyncio.run(first_paint())
"""


def build_library(articles: int, work: Path) -> Path:
    sys.path.insert(0, str(BENCH_DIR))
    from corpus_gen import generate

    from regreader.library import Library

    db = work / f"startup-{articles}.db"
    marker = work / f".startup-{articles}.complete"
    if marker.exists() and db.exists():
        return db
    corpus = generate(articles, work / f"corpus-{articles}")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    library = Library(db)
    started = time.perf_counter()
    step = max(articles // 20, 1)

    def progress(done: int, total: int, _current: str) -> None:
        if done % step == 0 or done == total:
            print(f"  indexed {done}/{total} ({time.perf_counter() - started:.0f} s)", flush=True)

    library.index_paths([corpus], progress)
    library.close()
    marker.touch()
    return db


def launch(child: str) -> tuple[float, float, int]:
    """(wall seconds from spawn to painted, seconds inside the child, articles listed)."""
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", child], stdout=subprocess.PIPE, text=True, cwd=BENCH_DIR
    )
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith("PAINTED"):
            wall = time.perf_counter() - started
            _, inside, listed = line.split()
            process.wait(timeout=60)
            return wall, float(inside), int(listed)
    process.wait(timeout=60)
    raise RuntimeError(f"the child never painted (exit {process.returncode})")


def measure(child: str, runs: int) -> dict[str, float]:
    launch(child)  # warm the file cache; not counted
    walls, insides = [], []
    listed = 0
    for _ in range(runs):
        wall, inside, listed = launch(child)
        walls.append(wall)
        insides.append(inside)
    return {
        "wall_median_s": statistics.median(walls),
        "wall_max_s": max(walls),
        "in_process_median_s": statistics.median(insides),
        "listed": listed,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--work", type=Path, default=Path("/tmp/regreader-bench"))
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    db = build_library(args.articles, args.work)
    app = measure(APP_CHILD.format(db=str(db)), args.runs)
    baseline = measure(BASELINE_CHILD, args.runs)
    summary = {
        "articles": args.articles,
        "runs": args.runs,
        "regreader": app,
        "bare_textual": baseline,
        "overhead_s": app["wall_median_s"] - baseline["wall_median_s"],
        "target_s": TARGET_S,
        "meets_target": app["wall_median_s"] <= TARGET_S,
    }
    out = BENCH_DIR / "results" / f"startup-{args.articles}.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    print(
        f"launch to first paint, {args.articles} articles ({app['listed']} total listed): "
        f"regreader {app['wall_median_s']:.3f} s median (max {app['wall_max_s']:.3f}), "
        f"bare Textual {baseline['wall_median_s']:.3f} s; "
        f"overhead {summary['overhead_s']:.3f} s; target <= {TARGET_S} s: "
        f"{'met' if summary['meets_target'] else 'NOT met'}"
    )


if __name__ == "__main__":
    main()
