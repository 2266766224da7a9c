"""How the analysis of one article grows with its size, for shapes that could make it blow up.

    python bench/bench_shapes.py             # 2,500 and 10,000 repetitions of each shape
    python bench/bench_shapes.py --units 5000

A file may be up to 20 MB (pipeline.DEFAULT_MAX_BYTES), and one odd file must not stall
a run. Each shape (a transcript of 'Name: ...' lines, thousands of quotes, dash speech,
unclosed marks, runs of capitalised words, ...) is analysed as prepare.py does (quotes,
regions, stems) at n and at 4n repetitions, in this process. The report gives the time per
kB and the growth: time(4n) / time(n), which is 4 for work that grows linearly and 16 for
quadratic work. Shapes growing by more than 6x are flagged.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from regreader.ingestion.regions import find_regions  # noqa: E402
from regreader.quotes.extract import extract_quotes  # noqa: E402
from regreader.text import stem_text  # noqa: E402

SHAPES = {
    "transcript labels": "Иван Петров: Добрый день, коллеги.\n",
    "quotes with attribution": "Иван Петров сказал: «Мы построим дорогу». ",
    "quotes with pronouns": "«Мы построим дорогу», — сказал он. ",
    # Every pronoun looks back to the one name at the start (see `measure`).
    "pronouns after one name": '"We will build it," he said. ',
    "English quotes": '"We will build it," he said. ',
    "dash speech lines": "— Да, — сказал он.\n",
    "unclosed marks": "« “ „ ",
    "nested marks": "«Проект „Дорога «Север»“ идёт», — сказал Петров. ",
    "apostrophes": "the region's governors' 'rock' don't ",
    "capitalised words": "Иван Петров Сергей Иванов Anna Ivanova ",
    "role words": "губернатор министр глава заместитель director governor ",
    "region names": "Пермский край, Perm Krai, Калужской области. ",
    "one long line": "word слово ",
    "table rows of quotes": "| Шуйское | министерство | «Заявки принимаются через Госуслуги» |\n",
    "lines leaving « open": "Иван Петров сказал журналистам, что «дорогу построят к сроку.\n",
    # A PDF's text: lines broken at the margin, a word hyphenated at each line's end.
    "hard-wrapped lines": (
        "Иван Петров сказал журналистам, что «дорогу построят к сроку, и в инфра-\n"
    ),
    # Checks that look back from a quote over the text before it: speech going on after a
    # sentence about 'him', words read out after a colon, a sentence a quote makes up, a
    # name opening a sentence with an age, a pronoun's answerer (f3e8012 made them linear).
    "quotes looking back": (
        "Рахимов говорит, что устал. Деньги он откладывает «по чуть-чуть, с каждой"
        " зарплаты». «Обещали уже». Висит записка, подписанная школой: «Меню согласовано с"
        " родительской комиссией». Sayana, 38, runs a café.\n“the river has no homework,\n"
        "the river\n"
    ),
}
GROWTH_FLAG = 6.0


def analyse(body: str) -> float:
    started = time.perf_counter()
    extract_quotes(body)
    find_regions(body)
    stem_text(body)
    return time.perf_counter() - started


LEADS = {"pronouns after one name": "Governor Ivan Petrov spoke. "}


def measure(name: str, unit: str, units: int) -> dict[str, float]:
    lead = LEADS.get(name, "")
    small, large = lead + unit * units, lead + unit * units * 4
    analyse(unit * 10)  # warm the caches the first article builds
    small_s, large_s = min(analyse(small) for _ in range(3)), min(analyse(large) for _ in range(3))
    return {
        "kb": round(len(large.encode()) / 1024, 1),
        "ms_per_kb": round(large_s * 1000 / (len(large.encode()) / 1024), 4),
        "growth": round(large_s / small_s, 2) if small_s else 0.0,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--units", type=int, default=2500, help="repetitions at the small size")
    args = parser.parse_args()
    results = {}
    for name, unit in SHAPES.items():
        results[name] = measure(name, unit, args.units)
        row = results[name]
        flag = "  <- grows faster than linear" if row["growth"] > GROWTH_FLAG else ""
        print(
            f"{name:26s} {row['kb']:8.0f} kB  {row['ms_per_kb']:8.4f} ms/kB  "
            f"growth x{row['growth']:.1f} for 4x the text{flag}",
            flush=True,
        )
    out = HERE / "results" / "shapes.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps({"units": args.units, "shapes": results}, indent=2) + "\n")


if __name__ == "__main__":
    main()
