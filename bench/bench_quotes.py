"""What quote extraction and storing add to indexing: the issue-3 target is at most +30%.

    python bench/bench_quotes.py                  # 1,000 articles, 5 rounds
    python bench/bench_quotes.py --rounds 9 --articles 1000
    python bench/bench_quotes.py --corpus search  # bench/corpus_gen.py's corpus instead

A fixed-seed corpus of news-like articles (English prose drawn by bench/corpus_gen.py's
Zipf vocabulary, with named officials, roles, organisations and quotes in «» and “”:
Russian and English, attribution before, after and inside the quote, pronouns, split
quotes, programme names in marks) is indexed with the real pipeline
(`regreader.ingestion.pipeline.index_paths`) into a fresh temporary library, in two modes:

- on:  as `regreader index` does;
- off: `extract_quotes` answers "no quotes" and `store_article_quotes` is a no-op, so no
       extraction and no quote rows or quote FTS rows.

Both modes run on one of two pipelines (`--pipeline`):
- serial:   everything in this process: what extraction costs in CPU;
- parallel: files read and analysed in worker processes, as `regreader index` does from
            a few hundred files on: what extraction adds to the wall time of a run. The
            bench's workers are forked (not forkserver'd as shipped) so that the 'off'
            patches reach them; the bench itself runs no threads.

The machine is shared and noisy: each round runs both modes, alternating which goes first,
and the report uses medians. The overhead is median(on) / median(off) - 1. Extraction
alone (`extract_quotes` on the cleaned bodies, no database) is timed per article too.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import corpus_gen  # noqa: E402
from corpus_gen import REGIONS, Vocabulary  # noqa: E402

import regreader.ingestion.pipeline as pipeline  # noqa: E402
import regreader.quotes.extract as quote_extract  # noqa: E402
import regreader.quotes.store as quote_store  # noqa: E402
from regreader.ingestion.pipeline import index_paths  # noqa: E402
from regreader.ingestion.prepare import warm_up  # noqa: E402
from regreader.quotes.extract import extract_quotes  # noqa: E402
from regreader.quotes.model import Extraction  # noqa: E402
from regreader.storage import open_library  # noqa: E402
from regreader.text import clean_text  # noqa: E402

SEED = 20240611

# (English name, Russian nominative, Russian genitive, gender, role in English, role in Russian)
PEOPLE = [
    ("Dmitry Makhonin", "Дмитрий Махонин", "Дмитрия Махонина", "m",
     "Governor of the Perm Territory", "губернатор Пермского края"),
    ("Zhargalma Badmazhapova", "Жаргалма Бадмажапова", "Жаргалмы Бадмажаповой", "f",
     "the head of the Zabaikalsky Krai Ministry of Economic Development",
     "министр экономического развития Забайкальского края"),
    ("Vladislav Shapsha", "Владислав Шапша", "Владислава Шапши", "m",
     "Governor of the Kaluga Region", "губернатор Калужской области"),
    ("Boris Belyakov", "Борис Беляков", "Бориса Белякова", "m",
     "the head of the regional industry department", "глава департамента промышленности"),
    ("Elena Kiseleva", "Елена Киселева", "Елены Киселевой", "f",
     "deputy minister of industry", "заместитель министра промышленности"),
    ("Rustam Minnikhanov", "Рустам Минниханов", "Рустама Минниханова", "m",
     "the head of Tatarstan", "глава Татарстана"),
    ("Andrey Travnikov", "Андрей Травников", "Андрея Травникова", "m",
     "Governor of the Novosibirsk Region", "губернатор Новосибирской области"),
    ("Svetlana Orlova", "Светлана Орлова", "Светланы Орловой", "f",
     "director of the regional development agency", "директор агентства развития"),
]  # fmt: skip
ORGANISATIONS = [
    "the Ministry of Industry and Trade", "Rostelecom", "the Industrial Development Fund",
    "the Agency for Strategic Initiatives", "Sberbank", "the State Duma", "Russian Railways",
    "the Perm Polytechnic University", "VEB.RF", "the Russian Export Center",
]  # fmt: skip
NAMED_THINGS = [
    ("the", "“Alabuga-Volokno”", "plant"), ("the", "“Made in Russia”", "brand"),
    ("the", "'Social Contract'", "programme"), ("программа", "«Мой бизнес»", ""),
    ("the", "“Priority 2030”", "programme"), ("the", "«Технопарк»", "cluster"),
]  # fmt: skip
EN_VERBS = ["said", "noted", "stated", "emphasized", "added", "explained", "stressed"]
RU_VERBS_M = ["сказал", "заявил", "отметил", "подчеркнул", "добавил", "пояснил"]
PRONOUN = {"m": ("he", "он"), "f": ("she", "она")}


class ArticleMaker:
    """News-like articles: filler prose from corpus_gen's vocabulary, quotes in many styles."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.vocabulary = Vocabulary(rng)

    def _words(self, low: int, high: int) -> list[str]:
        return [
            str(self.vocabulary.english.draw(self.rng)) for _ in range(self.rng.randint(low, high))
        ]

    def _sentence(self, low: int = 8, high: int = 20) -> str:
        words = self._words(low, high)
        roll = self.rng.random()
        if roll < 0.25:
            words.insert(self.rng.randrange(len(words)), self.rng.choice(ORGANISATIONS))
        elif roll < 0.4:
            words.insert(self.rng.randrange(len(words)), self.rng.choice(REGIONS[:19]))
        text = " ".join(words)
        return text[:1].upper() + text[1:] + "."

    def _russian(self, low: int = 8, high: int = 18) -> str:
        words = [self.vocabulary.russian_word(self.rng) for _ in range(self.rng.randint(low, high))]
        text = " ".join(words)
        return text[:1].upper() + text[1:]

    def _english(self, low: int = 6, high: int = 16) -> str:
        text = " ".join(self._words(low, high))
        return text[:1].upper() + text[1:]

    def _quote(self, person: tuple[str, ...], introduced: bool) -> str:
        en_name, ru_name, ru_genitive, gender, en_role, _ = person
        pronoun_en, pronoun_ru = PRONOUN[gender]
        surname = en_name.split()[-1]
        verb = self.rng.choice(EN_VERBS)
        ru_verb = self.rng.choice(RU_VERBS_M) + ("а" if gender == "f" else "")
        who = pronoun_en if introduced and self.rng.random() < 0.5 else surname
        styles: list[Callable[[], str]] = [
            lambda: f"«{self._russian()}», — {ru_verb} {ru_name}.",
            lambda: f"«{self._russian()}», — {ru_verb} {pronoun_ru}.",
            lambda: f"По словам {ru_genitive}, «{self._russian()}».",
            lambda: f"«{self._russian()}, — {ru_verb} {pronoun_ru}. — {self._russian(4, 10)}».",
            lambda: f"“{self._russian()},” {who} {verb}.",
            lambda: f"“{self._english()},” {verb} {en_role[:1].lower() + en_role[1:]}.",
            lambda: f"{en_name} {verb}: “{self._english()}.”",
            lambda: f'"{self._english()}," {who} {verb}, "{self._english(4, 10).lower()}."',
            lambda: f"According to {surname}, “{self._english()}.”",
        ]
        return self.rng.choice(styles)()

    def _introduction(self, person: tuple[str, ...]) -> str:
        role = person[4][:1].upper() + person[4][1:]
        action = self.rng.choice(["visited", "opened", "met"])
        return f"{role} {person[0]} {action} {self._sentence(4, 8).lower()}"

    def _named_thing(self) -> str:
        article_word, name, noun = self.rng.choice(NAMED_THINGS)
        lead = self._english(3, 8)
        tail = self._english(3, 8).lower()
        return f"{lead} {article_word} {name} {noun} {tail}."

    def article(self) -> str:
        rng = self.rng
        region = rng.choice(REGIONS[:19])
        title = f"{self._sentence(5, 9)[:-1]} in {region}"
        day = rng.randint(1, 28)
        month = rng.choice(["March", "June", "October"])
        date = f"{day} {month} {rng.randint(2015, 2025)}"
        cast = rng.sample(PEOPLE, rng.randint(1, 3))
        introduced: set[str] = set()
        paragraphs: list[str] = []
        for _ in range(rng.randint(3, 7)):
            sentences = [self._sentence() for _ in range(rng.randint(1, 4))]
            if rng.random() < 0.6:
                person = rng.choice(cast)
                if person[0] not in introduced:
                    sentences.append(self._introduction(person))
                    introduced.add(person[0])
                sentences.append(self._quote(person, person[0] in introduced))
            if rng.random() < 0.2:
                sentences.append(self._named_thing())
            paragraphs.append(" ".join(sentences))
        return f"{title}\n\n{date}\n\n" + "\n\n".join(paragraphs) + "\n"


def generate(articles: int, out: Path, seed: int = SEED) -> Path:
    """Write `articles` files into `out` (kept when a complete set is already there)."""
    marker = out / f".complete-{articles}-{seed}"
    if marker.exists():
        return out
    out.mkdir(parents=True, exist_ok=True)
    maker = ArticleMaker(random.Random(seed))
    for number in range(articles):
        (out / f"{number:06d}.txt").write_text(maker.article(), encoding="utf-8")
    marker.touch()
    return out


def _no_quotes(conn: object, article_id: int, body: str, **options: object) -> None:
    """Stands in for store_article_quotes in the 'off' mode."""


def _nothing_extracted(body: str) -> Extraction:
    """Stands in for extract_quotes in the 'off' mode."""
    return Extraction(quotes=(), mentions=())


@contextmanager
def _patched(module: object, name: str, replacement: object) -> Iterator[None]:
    original = getattr(module, name)
    setattr(module, name, replacement)
    try:
        yield
    finally:
        setattr(module, name, original)


@contextmanager
def mode_patch(mode: str, extractions: dict[str, Extraction]) -> Iterator[None]:
    """on: as shipped; off: no quotes at all; store: storing only (extractions precomputed)."""
    if mode == "off":
        with (
            _patched(quote_store, "store_article_quotes", _no_quotes),
            _patched(quote_extract, "extract_quotes", _nothing_extracted),
        ):
            yield
    elif mode == "store":
        with _patched(quote_extract, "extract_quotes", extractions.__getitem__):
            yield
    else:
        yield


@contextmanager
def pipeline_patch(kind: str) -> Iterator[None]:
    """serial: no worker processes; parallel: forked workers from the first file on."""
    if kind == "serial":
        with _patched(pipeline, "PARALLEL_MIN_FILES", 10**9):
            yield
        return
    fork = pipeline.multiprocessing.get_context("fork")
    warm_up()  # what the shipped forkserver does before it forks the workers
    with (
        _patched(pipeline, "PARALLEL_MIN_FILES", 0),
        _patched(pipeline.multiprocessing, "get_context", lambda _method: fork),
    ):
        yield


@dataclass(frozen=True)
class Timing:
    wall: float  # seconds on the clock
    cpu: float  # seconds of this process's CPU: less disturbed by other jobs on the machine


@contextmanager
def timed(into: list[Timing]) -> Iterator[None]:
    wall, cpu = time.perf_counter(), time.process_time()
    yield
    into.append(Timing(time.perf_counter() - wall, time.process_time() - cpu))


def index_once(
    corpus: Path,
    workdir: Path,
    mode: str,
    extractions: dict[str, Extraction],
    into: list[Timing],
    kind: str = "serial",
) -> tuple[int, int]:
    """Index the corpus into a fresh library (timing into `into`): articles, quotes stored."""
    with tempfile.TemporaryDirectory(dir=workdir) as tmp:
        conn = open_library(Path(tmp) / "library.db")
        try:
            with pipeline_patch(kind), mode_patch(mode, extractions), timed(into):
                index_paths(conn, [corpus])
            articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
            quotes = conn.execute("SELECT count(*) FROM quotes").fetchone()[0]
        finally:
            conn.close()
    return int(articles), int(quotes)


def extraction_once(bodies: list[str], into: list[Timing]) -> None:
    with timed(into):
        for body in bodies:
            extract_quotes(body)


def _ms(timings: list[Timing], count: int, clock: str) -> float:
    """Median milliseconds per article on `clock` ('wall' or 'cpu')."""
    return round(statistics.median(getattr(t, clock) for t in timings) / count * 1000, 3)


def _overheads(on: list[Timing], off: list[Timing], clock: str) -> dict[str, object]:
    on_ms, off_ms = _ms(on, 1, clock), _ms(off, 1, clock)
    ratios = sorted(getattr(a, clock) / getattr(b, clock) - 1 for a, b in zip(on, off, strict=True))
    return {
        "overhead": round(on_ms / off_ms - 1, 3),
        "per_round_min_median_max": [
            round(ratios[0], 3), round(statistics.median(ratios), 3), round(ratios[-1], 3)
        ],
    }  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument(
        "--corpus",
        choices=("quotes", "search"),
        default="quotes",
        help="quotes: this script's quote-rich articles; search: bench/corpus_gen.py's corpus",
    )
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument(
        "--pipeline",
        choices=("serial", "parallel"),
        default="parallel",
        help="serial: CPU cost in one process; parallel: wall time with worker processes",
    )
    parser.add_argument(
        "--breakdown", action="store_true", help="also time storing alone (extraction precomputed)"
    )
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/regreader-bench"))
    parser.add_argument("--out", type=Path, default=HERE / "results" / "quotes-1000.json")
    args = parser.parse_args()

    args.workdir.mkdir(parents=True, exist_ok=True)
    if args.corpus == "quotes":
        corpus = generate(args.articles, args.workdir / f"quotes-corpus-{args.articles}")
    else:
        corpus = corpus_gen.generate(args.articles, args.workdir / f"corpus-{args.articles}")
    bodies = [
        clean_text(path.read_text(encoding="utf-8")) for path in sorted(corpus.rglob("*.txt"))
    ]
    size_kb = statistics.mean(len(body.encode()) for body in bodies) / 1024
    extractions = {body: extract_quotes(body) for body in bodies}
    modes = ["on", "off"] + (["store"] if args.breakdown else [])
    index_once(
        corpus, args.workdir, "on", extractions, [], args.pipeline
    )  # warm-up: imports, memo, caches

    times: dict[str, list[Timing]] = {mode: [] for mode in [*modes, "extraction"]}
    articles = quotes = 0
    for round_number in range(args.rounds):
        # Rotate the order, so no mode always runs first (or right after another).
        shift = round_number % len(modes)
        for mode in modes[shift:] + modes[:shift]:
            articles, stored = index_once(
                corpus, args.workdir, mode, extractions, times[mode], args.pipeline
            )
            quotes = stored if mode == "on" else quotes
        extraction_once(bodies, times["extraction"])
        print(
            f"round {round_number + 1} (ms/article, wall/cpu): "
            + ", ".join(
                f"{mode} {times[mode][-1].wall / articles * 1000:.3f}"
                f"/{times[mode][-1].cpu / articles * 1000:.3f}"
                for mode in times
            ),
            flush=True,
        )

    result: dict[str, object] = {
        "corpus": args.corpus,
        "pipeline": args.pipeline,
        "articles": articles,
        "mean_article_kb": round(size_kb, 2),
        "quotes_stored": quotes,
        "rounds": args.rounds,
    }
    for clock in ("wall", "cpu"):
        result[clock] = {
            "index_ms_per_article_with_quotes": _ms(times["on"], articles, clock),
            "index_ms_per_article_without_quotes": _ms(times["off"], articles, clock),
            **_overheads(times["on"], times["off"], clock),
            "extraction_ms_per_article": _ms(times["extraction"], len(bodies), clock),
        }
        if args.breakdown:
            result[clock]["index_ms_per_article_storing_only"] = _ms(  # type: ignore[index]
                times["store"], articles, clock
            )
    print(json.dumps(result, indent=2))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
