"""A synthetic news corpus whose words are as unevenly common as real news.

Shuffling the seed sentences would make every term match most articles, which measures
nothing. Here words follow a Zipf law (frequency ~ 1 / rank**1.1) over a mixed vocabulary:

- English: the seed articles' words ranked by their frequency there (so "the", "region",
  "development" are common), then a long tail of generated words with inflections
  (-s, -ed, -ing, -ation), so that most words are rare, as in news.
- Russian: lemmas (seed words and generated ones) declined through several case endings,
  used in «quotes» with an attribution, about a tenth of the words as in the seeds.
- Collocations ("import substitution", "industrial park", "Единая региональная субсидия")
  are vocabulary items of their own, so phrase queries have something to find.
- Each article names one or two regions (English or declined Russian names) and a date.

Everything comes from one `random.Random(seed)`: the same arguments give the same files.

    python bench/corpus_gen.py --articles 10000 --out /tmp/regreader-bench/corpus-10000
"""

from __future__ import annotations

import argparse
import bisect
import itertools
import random
import re
from collections import Counter
from pathlib import Path

SEEDS_DIR = Path(__file__).resolve().parent.parent / "corpus"
ZIPF_EXPONENT = 1.1
ENGLISH_TAIL = 60_000
RUSSIAN_TAIL = 12_000
MONTHS = "January February March April May June July August September October November December"
RUSSIAN_MONTHS = "января февраля марта апреля мая июня июля августа сентября октября ноября декабря"

COLLOCATIONS_EN = [
    "import substitution",
    "industrial park",
    "technological sovereignty",
    "regional development",
    "special economic zone",
    "social contract",
    "federal budget",
    "export support",
    "innovation cluster",
    "small and medium-sized businesses",
]
COLLOCATIONS_RU = [
    "Единая региональная субсидия",
    "импортозамещение продукции",
    "промышленный парк",
    "технологический суверенитет",
    "национальный проект",
]
REGIONS = [
    "Perm Krai", "Perm Territory", "Kama region", "Kaluga Region", "Tatarstan",
    "Republic of Komi", "Zabaikalsky Krai", "Sverdlovsk Oblast", "Novosibirsk Oblast",
    "Nizhny Novgorod Region", "Udmurtia", "Amur Region", "Bashkortostan", "Primorsky Krai",
    "Tomsk Oblast", "Samara Region", "Lipetsk Oblast", "Yakutia", "Kaliningrad Oblast",
    "Пермского края", "Калужской области", "Республики Татарстан", "Свердловской области",
    "Новосибирской области", "Забайкальского края",
]  # fmt: skip
SPEAKERS = [
    "Dmitry Makhonin", "Vladislav Shapsha", "Rustam Minnikhanov", "Vladimir Uyba",
    "Alexander Osipov", "Andrey Travnikov", "Gleb Nikitin", "Alexey Laptev",
    "Дмитрий Махонин", "Владислав Шапша", "Рустам Минниханов", "Борис Беляков",
]  # fmt: skip
ATTRIBUTIONS = ["said", "noted", "stated", "emphasized", "added"]

_SYLLABLES_EN = [
    "ar", "ben", "cor", "dal", "en", "fer", "gan", "hol", "in", "jor", "kel", "lan", "mor",
    "nat", "or", "pel", "quin", "ros", "sar", "tel", "ul", "ven", "wes", "yor", "zan", "ex",
    "pro", "con", "dis", "tra", "ment", "ic", "al", "ter", "vi", "lo", "mi", "ra", "so",
]  # fmt: skip
_SYLLABLES_RU = [
    "ба", "ве", "го", "да", "жи", "за", "ки", "ло", "ма", "не", "по", "ра", "си", "то", "ку",
    "фе", "хо", "ци", "че", "ша", "пре", "про", "кон", "стр", "вод", "лес", "мир", "гор",
]  # fmt: skip
# Case endings by a rough declension class: every lemma shows up in several forms.
_ENDINGS_RU = {
    "fem": ["а", "ы", "е", "у", "ой", "ам", "ами", "ах"],
    "masc": ["", "а", "у", "ом", "е", "ы", "ов", "ами", "ах"],
    "adj": ["ый", "ого", "ому", "ым", "ом", "ая", "ой", "ую", "ые", "ых", "ыми"],
    "neut": ["о", "а", "у", "ом", "е", "ами", "ах"],
    "fem_ia": ["ия", "ии", "ию", "ией", "иям", "иями", "иях"],
    "neut_ie": ["ие", "ия", "ию", "ием", "ии", "иям", "иями"],
}
_ENGLISH_SUFFIXES = ["", "", "", "s", "ed", "ing", "ation", "er"]
_WORD_RE = re.compile(r"[A-Za-z]+(?:'[a-z]+)?|[\u0400-\u04ff]+")


class Zipf:
    """Draws items with probability proportional to 1 / rank**s."""

    def __init__(self, items: list, exponent: float = ZIPF_EXPONENT) -> None:
        self.items = items
        weights = [1.0 / (rank**exponent) for rank in range(1, len(items) + 1)]
        self.cumulative = list(itertools.accumulate(weights))

    def draw(self, rng: random.Random) -> object:
        point = rng.random() * self.cumulative[-1]
        return self.items[bisect.bisect_left(self.cumulative, point)]


def _seed_words() -> tuple[list[str], list[str]]:
    """English and Russian words of the seeds, most frequent first."""
    english: Counter[str] = Counter()
    russian: Counter[str] = Counter()
    for path in sorted(SEEDS_DIR.glob("*.txt")):
        for word in _WORD_RE.findall(path.read_text(encoding="utf-8")):
            if re.match(r"[\u0400-\u04ff]", word):
                russian[word.lower()] += 1
            elif len(word) > 1 or word in ("a", "I"):
                english[word.lower()] += 1
    return [w for w, _ in english.most_common()], [w for w, _ in russian.most_common()]


def _generated(rng: random.Random, syllables: list[str], count: int, taken: set[str]) -> list[str]:
    words: list[str] = []
    while len(words) < count:
        word = "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4)))
        if word not in taken:
            taken.add(word)
            words.append(word)
    return words


_ADJ_ENDINGS = {
    "ый",
    "ий",
    "ой",
    "ая",
    "яя",
    "ое",
    "ее",
    "ые",
    "ие",
    "ого",
    "его",
    "ому",
    "ым",
    "ых",
    "ую",
}


def _russian_lemma(word: str, stemmer: object) -> tuple[str, str]:
    """(stem, declension class) from the Snowball stem and the ending it removed; short
    words (prepositions, pronouns) and unknown endings stay as they are."""
    stem = stemmer.stemWord(word)  # type: ignore[attr-defined]
    ending = word[len(stem) :]
    if len(word) <= 3 or not word.startswith(stem):
        return word, "fixed"
    if ending.startswith("и") and ending in ("ия", "ии", "ию", "ией", "иям", "иях"):
        return stem, "fem_ia"
    if ending in ("ие", "ием"):
        return stem, "neut_ie"
    if ending in _ADJ_ENDINGS:
        return stem, "adj"
    if ending in ("а", "ы", "у", "ой", "е"):
        return stem, "fem"
    if ending in ("", "ов", "ом", "ам", "ами", "ах"):
        return stem, "masc"
    if ending == "о":
        return stem, "neut"
    return word, "fixed"


class Vocabulary:
    def __init__(self, rng: random.Random) -> None:
        english_seed, russian_seed = _seed_words()
        taken = set(english_seed) | set(russian_seed)
        english_tail = [
            base + rng.choice(_ENGLISH_SUFFIXES)
            for base in _generated(rng, _SYLLABLES_EN, ENGLISH_TAIL, taken)
        ]
        # Collocations sit among the fairly common items, like real news phrases.
        english = english_seed[:300] + COLLOCATIONS_EN + english_seed[300:] + english_tail
        self.english = Zipf(english)
        import Stemmer

        stemmer = Stemmer.Stemmer("russian")
        lemmas = list(dict.fromkeys(_russian_lemma(w, stemmer) for w in russian_seed))
        generated = _generated(rng, _SYLLABLES_RU, RUSSIAN_TAIL, taken)
        lemmas += [(stem, rng.choice(["masc", "fem", "neut", "adj"])) for stem in generated]
        self.russian = Zipf(lemmas[:40] + [(c, "fixed") for c in COLLOCATIONS_RU] + lemmas[40:])
        self.regions = Zipf(REGIONS, 0.8)
        self.speakers = Zipf(SPEAKERS, 0.8)

    def russian_word(self, rng: random.Random) -> str:
        stem, kind = self.russian.draw(rng)  # type: ignore[misc]
        if kind == "fixed":
            return stem
        return stem + rng.choice(_ENDINGS_RU[kind])


def _sentence(words: list[str]) -> str:
    text = " ".join(words)
    return text[:1].upper() + text[1:] + "."


def article_text(vocabulary: Vocabulary, rng: random.Random) -> str:
    date = f"{rng.randint(1, 28)} {rng.choice(MONTHS.split())} {rng.randint(2012, 2025)}"
    region = vocabulary.regions.draw(rng)
    title = _sentence([str(vocabulary.english.draw(rng)) for _ in range(rng.randint(5, 10))])
    title = f"{title[:-1]} in {region}"
    paragraphs: list[str] = []
    for _ in range(rng.randint(3, 7)):
        sentences = []
        for _ in range(rng.randint(2, 5)):
            words = [str(vocabulary.english.draw(rng)) for _ in range(rng.randint(8, 20))]
            if rng.random() < 0.15:
                words.insert(rng.randrange(len(words)), str(vocabulary.regions.draw(rng)))
            sentences.append(_sentence(words))
        if rng.random() < 0.5:
            quote = _sentence([vocabulary.russian_word(rng) for _ in range(rng.randint(8, 18))])
            speaker = vocabulary.speakers.draw(rng)
            verb = rng.choice(ATTRIBUTIONS)
            sentences.append(f"«{quote[:-1]}», {verb} {speaker}.")
        paragraphs.append(" ".join(sentences))
    return f"{title}\n\n{date}\n\n" + "\n\n".join(paragraphs) + "\n"


def generate(articles: int, out: Path, seed: int = 20240410) -> Path:
    """Write `articles` files into `out` (skipped when a complete set is already there)."""
    marker = out / f".complete-{articles}-{seed}"
    if marker.exists():
        return out
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    vocabulary = Vocabulary(rng)
    for number in range(articles):
        folder = out / f"{number // 1000:03d}"
        folder.mkdir(exist_ok=True)
        (folder / f"{number:06d}.txt").write_text(article_text(vocabulary, rng), encoding="utf-8")
    marker.touch()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=20240410)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    generate(args.articles, args.out, args.seed)
    print(f"{args.articles} articles in {args.out}")


if __name__ == "__main__":
    main()
