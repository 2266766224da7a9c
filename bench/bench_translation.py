"""Translation throughput: batched vs one quote per call, and what a cache hit costs.

Runs offline on the tiny test package (tests/argos_model.py: a one-layer random-weight
transformer), so absolute numbers say little about real Argos models; the ratios show
what batching and the cache buy on the same model.

    python bench/bench_translation.py [--quotes 120] [--repeat 2]

Results are printed and written to bench/results/translation.json.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from argos_model import argos_package  # noqa: E402
from translation_support import add_article, gold_quotes  # noqa: E402


def _best_of(repeat: int, run: Callable[[], object]) -> float:
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        timings.append(time.perf_counter() - started)
    return min(timings)


def _quotes(count: int) -> list[str]:
    """Distinct Russian quotes made from the gold ones (numbered, so none is a duplicate)."""
    russian = [q["quote"] for q in gold_quotes() if q["lang"] == "ru"]
    return [f"{russian[i % len(russian)]} ({i})" for i in range(count)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quotes", type=int, default=120)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="regreader-bench-") as scratch:
        os.environ["ARGOS_PACKAGES_DIR"] = str(Path(scratch) / "packages")
        os.environ["REGREADER_CONFIG"] = str(Path(scratch) / "no-config.toml")
        from regreader.storage import open_library
        from regreader.translation.engine import ArgosTranslator
        from regreader.translation.packages import install_file
        from regreader.translation.service import TranslationService

        model = install_file(argos_package())
        engine = ArgosTranslator(model)
        texts = _quotes(args.quotes)
        engine.translate(texts[:2])  # warm-up: model load and first allocations

        batched = _best_of(args.repeat, lambda: engine.translate(texts))
        single = _best_of(args.repeat, lambda: [engine.translate([t]) for t in texts])

        conn = open_library(Path(scratch) / "bench.db")
        add_article(conn, "bench.txt", " ".join(texts), texts)

        def run_service() -> None:
            conn.execute("DELETE FROM quote_translations")
            TranslationService(conn, "en").translate_pending()

        run_service()  # fills the cache: every later run is all cache hits
        cached = _best_of(args.repeat, run_service)

    n = len(texts)
    results = {
        "quotes": n,
        "batched_quotes_per_s": round(n / batched, 1),
        "single_quotes_per_s": round(n / single, 1),
        "batched_over_single": round(single / batched, 2),
        "model_ms_per_quote_batched": round(1000 * batched / n, 3),
        "cache_hit_ms_per_quote": round(1000 * cached / n, 3),
        "model_batched_over_cache_hit": round(batched / cached, 1),
        "note": "cache hit = lookup + store + FTS refresh via TranslationService",
    }
    for key, value in results.items():
        print(f"{key:32} {value}")
    out = REPO / "bench" / "results" / "translation.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
