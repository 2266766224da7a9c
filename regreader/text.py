"""Text primitives shared by ingestion, search and quotes.

Everything that decides what a "word" is lives here, so that the index side and the
query side can never disagree: the FTS index stores `stem_text(body)` and queries are
stemmed with `stem_word`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

# Control characters go, except newline and tab. Bidirectional overrides and isolates go
# too: they can reorder what a terminal shows (the "Trojan Source" trick) and carry no
# meaning in news text. A stray BOM inside text is noise. Ordinary marks (LRM/RLM,
# zero-width joiners) are kept. A regex class is ~10x faster than str.translate here,
# and this runs on every article indexed.
_CONTROL_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufeff]+")


def strip_controls(text: str) -> str:
    """Remove control characters (keeping newlines and tabs) and bidi overrides."""
    return _CONTROL_RE.sub("", text)


# Lone surrogates: what Python makes of bytes that are not UTF-8 in a command line
# (surrogateescape). SQLite, files and terminals all refuse them.
_SURROGATE_RE = re.compile("[\ud800-\udfff]")


def clean_text(text: str) -> str:
    """Normalise text for storage: unified newlines, NFC, no control characters, and a
    replacement character for what cannot be encoded."""
    text = _SURROGATE_RE.sub("\ufffd", text.replace("\r\n", "\n").replace("\r", "\n"))
    return strip_controls(unicodedata.normalize("NFC", text))


def fold(text: str) -> str:
    """Case- and ё-insensitive form used for matching (never for display)."""
    return text.casefold().replace("ё", "е")


WORD_RE = re.compile(r"\w+", re.UNICODE)
_CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")
_LATIN_RE = re.compile(r"[A-Za-z\u00c0-\u024f]")


def iter_words(text: str) -> Iterator[re.Match[str]]:
    """Word tokens with their offsets; hyphenated words are two tokens, as in FTS5."""
    return WORD_RE.finditer(text)


def in_two_scripts(word: str) -> bool:
    """Whether a word mixes Cyrillic and Latin letters ('Telegram-канале')."""
    return bool(_CYRILLIC_RE.search(word)) and bool(_LATIN_RE.search(word))


def script_of(word: str) -> str:
    """'ru' for Cyrillic words, 'en' for Latin ones, '' for digits and the rest."""
    if _CYRILLIC_RE.search(word):
        return "ru"
    if _LATIN_RE.search(word):
        return "en"
    return ""


@lru_cache(maxsize=2)
def _stemmer(language: str):  # type: ignore[no-untyped-def]
    import Stemmer

    stemmer = Stemmer.Stemmer("russian" if language == "ru" else "english")
    stemmer.maxCacheSize = 200_000
    return stemmer


_STEM_MEMO_LIMIT = 500_000


def _stem_folded(word: str) -> str:
    if _CYRILLIC_RE.search(word):
        return _stemmer("ru").stemWord(word)
    if _LATIN_RE.search(word):
        return _stemmer("en").stemWord(word)
    return word


class _StemMemo(dict[str, str]):
    """Word -> stem, stemming a word the first time it is asked for.

    News vocabulary is small next to its token count, so after the first few articles
    almost every word is a hit; as a dict subclass with __missing__, a whole text's
    lookups run in C (`map(memo.__getitem__, words)`).
    """

    def __missing__(self, word: str) -> str:
        if len(self) >= _STEM_MEMO_LIMIT:
            self.clear()
        stem = self[word] = _stem_folded(word)
        return stem


_STEM_MEMO = _StemMemo()


def stem_word(word: str) -> str:
    """The index form of one word: folded, then Snowball-stemmed by its script."""
    return _STEM_MEMO[fold(word)]


def stem_text(text: str) -> str:
    """The index form of a text: its words, folded and stemmed, space separated."""
    return " ".join(map(_STEM_MEMO.__getitem__, WORD_RE.findall(fold(text))))


def languages_of(text: str, minimum_share: float = 0.05) -> list[str]:
    """Languages present, by script: 'en' and/or 'ru', each at least `minimum_share` of
    the letters. Counted with `_script_letter_counts` (C-level byte counts): this runs on
    every indexed article, and two regex scans over its words cost 7% of the analysis."""
    counts = dict(zip(("ru", "en"), _script_letter_counts(text), strict=True))
    total = counts["ru"] + counts["en"]
    if total == 0:
        return []
    return [lang for lang in ("en", "ru") if counts[lang] and counts[lang] / total >= minimum_share]


# UTF-8 lead bytes of the letters _CYRILLIC_RE and _LATIN_RE match: U+0400-U+04FF start
# with D0-D3, U+00C0-U+023F with C3-C8, U+0240-U+024F are C9 80-8F. A lead byte never
# occurs inside another character's encoding, so counting bytes counts the letters.
_ASCII_LETTERS = bytes(range(ord("A"), ord("Z") + 1)) + bytes(range(ord("a"), ord("z") + 1))
_LATIN_C9_RE = re.compile(rb"\xc9[\x80-\x8f]")


def _script_letter_counts(text: str) -> tuple[int, int]:
    """(Cyrillic, Latin) letters of `text`, counted as the two regexes would, by C-level
    byte counts: transcript turns run to paragraphs, and a match per letter was slow."""
    data = text.encode("utf-8", "surrogatepass")
    cyrillic = data.count(0xD0) + data.count(0xD1) + data.count(0xD2) + data.count(0xD3)
    latin = len(data) - len(data.translate(None, _ASCII_LETTERS))
    latin += data.count(0xC3) + data.count(0xC4) + data.count(0xC5) + data.count(0xC6)
    latin += data.count(0xC7) + data.count(0xC8)
    if 0xC9 in data:
        latin += len(_LATIN_C9_RE.findall(data))
    return cyrillic, latin


def dominant_language(text: str) -> str:
    """'ru' or 'en': the script most of the text's letters are in."""
    cyrillic, latin = _script_letter_counts(text)
    return "ru" if cyrillic > latin else "en"


def quote_language(text: str) -> str:
    """'ru', 'en' or 'mixed' for a quote, by the script of its letters."""
    cyrillic, latin = _script_letter_counts(text)
    letters = cyrillic + latin
    if letters == 0:
        return "en"
    if cyrillic / letters >= 0.8:
        return "ru"
    if latin / letters >= 0.8:
        return "en"
    return "mixed"


def plural(count: int, noun: str) -> str:
    """'1 quote', '2 quotes': counts in messages read as English."""
    return f"{count} {noun}{'' if count == 1 else 's'}"


def word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


def prefix_tree_pattern(words: set[str]) -> str:
    """A regex for 'any of `words` as a substring', as a prefix tree: the engine tests one
    branch per distinct next letter instead of every word at every position."""
    tree: dict[str, dict] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: dict[str, dict]) -> str:
        if "" in node:
            return ""  # a word ends here: its longer neighbours add nothing to 'contains'
        branches = [re.escape(char) + pattern(child) for char, child in sorted(node.items())]
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return pattern(tree)


def char_positions(text: str, chars: str) -> list[int]:
    """Where any of `chars` stands in `text`, in order. One `str.find` scan per character
    runs at memory speed, where a regex character class is tested code point by code
    point: for a few characters in a long text, several times faster."""
    positions: list[int] = []
    for char in chars:
        at = text.find(char)
        while at != -1:
            positions.append(at)
            at = text.find(char, at + 1)
    positions.sort()
    return positions
