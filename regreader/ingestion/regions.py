"""Which Russian federal subjects a text mentions, and which ones a user's filter means.

`find_regions` runs on every indexed article, so it is built for speed:

- the table (regions_data.py) is compiled once, lazily, into token patterns: each variant
  is a sequence of words, each word a set of acceptable Snowball stems, indexed by the
  stems of its first word;
- a text is split into words once (`regreader.text.WORD_RE`, the index's own definition of
  a word), and each distinct surface form is stemmed once per process: a word the
  gazetteer has no use for is remembered as such and costs one set lookup afterwards;
- matching is greedy left to right, longest variant first, so "Moscow Region" is the oblast
  and never also the city, and "Nizhny Novgorod" never also counts as Novgorod.

Matching on words, not substrings, keeps "permanent" and "Permian" away from Perm.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

from regreader.text import WORD_RE, fold, script_of, stem_word

from .regions_data import (
    AUTONOMOUS_OKRUG,
    KRAI,
    OBLAST,
    REGION_ROWS,
    REPUBLIC,
)

__all__ = ["Region", "all_regions", "find_regions", "region_name", "resolve_region"]


@dataclass(frozen=True, slots=True)
class Region:
    key: str
    name_en: str
    name_ru: str
    kind: str
    federal_district: str


# English variants generated from a region's base word ("Perm" -> "Perm Territory").
_ENGLISH_PATTERNS: dict[str, tuple[str, ...]] = {
    OBLAST: ("{} Oblast", "{} Region", "{} Province"),
    KRAI: ("{} Krai", "{} Kray", "{} Territory", "{} Region"),
    REPUBLIC: ("Republic of {}", "{} Republic"),
    AUTONOMOUS_OKRUG: (
        "{} Autonomous Okrug",
        "{} Autonomous District",
        "{} Autonomous Area",
        "{} Okrug",
        "{} AO",
    ),
}

# Snowball is not always consistent on proper nouns ("Татарстан" -> "татарста" but
# "Татарстане" -> "татарстан"), so each Russian variant word also accepts the stems of
# itself with the case endings added: generated from the name, not a list of declensions.
_RUSSIAN_ENDINGS = (
    "а", "я", "у", "ю", "е", "и", "ы", "ой", "ей", "ом", "ем", "ах", "ях", "ам", "ям",
    "ами", "ями", "ого", "его", "ому", "ему", "ую", "юю", "ым", "им", "ых", "их",
    "ая", "яя", "ое", "ее", "ие", "ые", "ью",
)  # fmt: skip
_SOFT_ENDING_RE = re.compile(r"[аяеиоуыьйю]$")
_EXACT_MARK = "="


@dataclass(frozen=True, slots=True)
class _WordPattern:
    """One word of a variant, and what a word in the text must be to match it."""

    stems: frozenset[str]
    folded: str  # the variant word itself, folded (for the user-side resolver)
    # When set, the folded text word must also be one of these forms: indeclinable names
    # and abbreviations ("Коми", "ДНР") and bare Russian names, whose stems alone would
    # let ordinary words in ("Читать" shares a stem with "Чита", "Кому" with "Коми").
    forms: frozenset[str] | None
    needs_capital: bool  # bare one-word names: only "Perm", never "perm"

    def accepts(self, word: _WordInfo) -> bool:
        stem, folded, capitalised = word
        if stem not in self.stems:
            return False
        if self.forms is not None and folded not in self.forms:
            return False
        return capitalised or not self.needs_capital


@dataclass(frozen=True, slots=True)
class _Variant:
    key: str
    words: tuple[_WordPattern, ...]


_WordInfo = tuple[str, str, bool]  # stem, folded form, starts with a capital letter


@dataclass(frozen=True, slots=True)
class _Candidates:
    """The variants that can begin with one stem, narrowed by their second word."""

    by_second_stem: dict[str, tuple[_Variant, ...]]  # longest first
    single_words: tuple[_Variant, ...]
    longest: int  # words in the longest of them


@dataclass(frozen=True, slots=True)
class _Gazetteer:
    regions: dict[str, Region]
    by_first_stem: dict[str, _Candidates]
    all_stems: frozenset[str]
    variants_by_key: dict[str, tuple[_Variant, ...]]


def _word_pattern(raw_word: str, *, bare: bool) -> _WordPattern:
    word = raw_word.removeprefix(_EXACT_MARK)
    exact = word != raw_word or (len(word) > 1 and word.isupper())
    folded = fold(word)
    stems = {stem_word(folded)}
    forms: set[str] | None = {folded} if exact else None
    if script_of(folded) == "ru" and not exact:
        base = _SOFT_ENDING_RE.sub("", folded)  # "пермь" -> "перм", "чита" -> "чит"
        inflected = [folded] + [
            stem + ending for stem in (folded, base) for ending in _RUSSIAN_ENDINGS
        ]
        stems.update(stem_word(form) for form in inflected)
        if bare:
            forms = {folded} | {base + ending for ending in _RUSSIAN_ENDINGS}
    return _WordPattern(
        frozenset(stems), folded, frozenset(forms) if forms is not None else None, bare
    )


def _variant(key: str, text: str) -> _Variant | None:
    raw_words = re.findall(r"=?\w+", text)
    if not raw_words:
        return None
    bare = len(raw_words) == 1
    return _Variant(key, tuple(_word_pattern(word, bare=bare) for word in raw_words))


def _variant_texts(row: tuple[str, ...]) -> list[str]:
    _key, kind, _district, name_en, name_ru, base, english, russian = row
    texts = [name_en, name_ru]
    if base:
        texts.extend(pattern.format(base) for pattern in _ENGLISH_PATTERNS.get(kind, ()))
    if kind in (OBLAST, KRAI):
        # "Калужская область" is also "Калужский регион"; the stems agree across genders.
        texts.append(f"{name_ru.split()[0]} регион")
    texts.extend(part for part in english.split("|") if part)
    texts.extend(part for part in russian.split("|") if part)
    return list(dict.fromkeys(texts))


def _candidates(variants: list[_Variant]) -> _Candidates:
    by_second: dict[str, list[_Variant]] = {}
    for variant in variants:
        if len(variant.words) > 1:
            for stem in variant.words[1].stems:
                by_second.setdefault(stem, []).append(variant)
    return _Candidates(
        {
            stem: tuple(sorted(found, key=lambda v: -len(v.words)))
            for stem, found in by_second.items()
        },
        tuple(v for v in variants if len(v.words) == 1),
        max(len(v.words) for v in variants),
    )


@lru_cache(maxsize=1)
def _gazetteer() -> _Gazetteer:
    regions: dict[str, Region] = {}
    variants_by_key: dict[str, tuple[_Variant, ...]] = {}
    first: dict[str, list[_Variant]] = {}
    for row in REGION_ROWS:
        key, kind, district, name_en, name_ru = row[:5]
        regions[key] = Region(key, name_en, name_ru, kind, district)
        variants = [v for v in (_variant(key, text) for text in _variant_texts(row)) if v]
        variants_by_key[key] = tuple(variants)
        for variant in variants:
            for stem in variant.words[0].stems:
                first.setdefault(stem, []).append(variant)
    by_first_stem = {stem: _candidates(found) for stem, found in first.items()}
    all_stems = frozenset(
        stem
        for variants in variants_by_key.values()
        for variant in variants
        for pattern in variant.words
        for stem in pattern.stems
    )
    return _Gazetteer(regions, by_first_stem, all_stems, variants_by_key)


# --- per-process word cache -------------------------------------------------------------
# Every distinct surface form is stemmed once. `_seen` holds all classified forms,
# `_useful` those whose stem some variant uses, `_starters` those that can begin one.
_CACHE_LIMIT = 300_000
_cache_lock = threading.Lock()
_seen: set[str] = set()
_useful: dict[str, _WordInfo] = {}
_starters: set[str] = set()

# Variants begin with a capital letter in running text ("Perm region", "Пермский край"),
# so only capitalised words are candidates. This plain pattern (no \b, which costs three
# times as much) also finds "ATING" in "eradicATING"; such a hit is never a starter, and
# real starters are checked for a word boundary before use.
_CAPITALISED_RE = re.compile(r"[A-ZА-ЯЁ]\w*")


def _classify(new_words: set[str], gazetteer: _Gazetteer) -> None:
    with _cache_lock:
        if len(_seen) > _CACHE_LIMIT:
            _seen.clear()  # the useful forms stay; the rest is re-stemmed on demand
        for word in new_words:
            stem = stem_word(word)
            if stem in gazetteer.all_stems:
                _useful[word] = (stem, fold(word), word[:1].isupper())
                if stem in gazetteer.by_first_stem:
                    _starters.add(word)
        _seen.update(new_words)


def _word_info(word: str, gazetteer: _Gazetteer) -> _WordInfo | None:
    if word not in _seen:
        _classify({word}, gazetteer)
    return _useful.get(word)


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def _starter_offsets(text: str, starters: set[str]) -> list[tuple[int, str]]:
    """Where each starter word stands as a whole word (not inside "Permanent"), in order."""
    found: list[tuple[int, str]] = []
    for word in starters:
        offset = text.find(word)
        while offset >= 0:
            after = offset + len(word)
            if (offset == 0 or not _is_word_char(text[offset - 1])) and (
                after == len(text) or not _is_word_char(text[after])
            ):
                found.append((offset, word))
            offset = text.find(word, after)
    found.sort()
    return found


def _variant_at(words: list[_WordInfo | None], candidates: _Candidates) -> _Variant | None:
    second = words[1] if len(words) > 1 else None
    longer = candidates.by_second_stem.get(second[0], ()) if second else ()
    for variant in (*longer, *candidates.single_words):
        if len(variant.words) <= len(words) and all(
            word is not None and pattern.accepts(word)
            for pattern, word in zip(variant.words, words, strict=False)
        ):
            return variant
    return None


def find_regions(text: str) -> dict[str, int]:
    """Region key -> number of mentions in `text` (regions not mentioned are absent)."""
    gazetteer = _gazetteer()
    capitalised = set(_CAPITALISED_RE.findall(text))
    new_words = capitalised.difference(_seen)
    if new_words:
        _classify(new_words, gazetteer)
    present = capitalised.intersection(_starters)
    if not present:
        return {}
    counts: dict[str, int] = {}
    next_free = 0
    for offset, starter in _starter_offsets(text, present):
        if offset < next_free:
            continue
        first = _useful[starter]
        candidates = gazetteer.by_first_stem[first[0]]
        if candidates.longest > 1:
            window = list(
                islice(WORD_RE.finditer(text, offset + len(starter)), candidates.longest - 1)
            )
            infos = [first, *(_word_info(match.group(), gazetteer) for match in window)]
        else:
            window, infos = [], [first]
        variant = _variant_at(infos, candidates)
        if variant is not None:
            counts[variant.key] = counts.get(variant.key, 0) + 1
            next_free = (
                window[len(variant.words) - 2].end()
                if len(variant.words) > 1
                else offset + len(starter)
            )
    return counts


def names_a_place(word: str) -> bool:
    """Whether one word names a region or its capital ('Тюмени', 'Sakhalin'); words that
    are also common names or nouns ('Владимир', 'Киров') are not in the gazetteer alone."""
    return bool(find_regions(word))


def names_a_republic(word: str) -> bool:
    """Whether one word names one of the republics itself ('Tatarstan', 'Yakutia',
    'Республики Тыва'), not its capital ('Kazan'): a republic's head is its governor, a
    capital's its mayor. (The word's first letters are looked for in the republic's key
    and names; the capitals are only among its variants.)"""
    keys = find_regions(word)
    if not keys:
        return False
    start = fold(word)[:_NAME_START]
    return any(
        region.kind == REPUBLIC and start in fold(f"{region.key} {region.name_en} {region.name_ru}")
        for region in all_regions()
        if region.key in keys
    )


_NAME_START = 5  # 'Tatarstan's', 'Yakutia' -> 'yakut' (in 'Sakha Republic (Yakutia)')


# --- the user's side: region:... filters --------------------------------------------------


def _slug(text: str) -> str:
    return "-".join(WORD_RE.findall(fold(text)))


def _matches_whole_words(user: list[tuple[str, str]], variant: _Variant) -> bool:
    return all(
        any(folded == p.folded or stem in p.stems for p in variant.words) for folded, stem in user
    )


def _matches_prefixes(user: list[tuple[str, str]], variant: _Variant) -> bool:
    return all(any(p.folded.startswith(folded) for p in variant.words) for folded, _ in user)


_LONGEST_FILTER = 8


@lru_cache(maxsize=1)
def _searchable_variants() -> dict[str, tuple[_Variant, ...]]:
    """Each region's variants plus its key read as words ("kaluga oblast")."""
    gazetteer = _gazetteer()
    searchable: dict[str, tuple[_Variant, ...]] = {}
    for key, variants in gazetteer.variants_by_key.items():
        key_words = _variant(key, key.replace("-", " "))
        searchable[key] = (*variants, key_words) if key_words else variants
    return searchable


def resolve_region(user_text: str) -> list[str]:
    """Region keys a filter value means: "kaluga", "perm krai", "пермский", "novgorod".

    Tried in order, the first that finds anything wins: the exact key; every word of the
    input is a word (or has the stem of a word) of one of a region's names or variants;
    every word of the input begins such a word. Case and ё do not matter.
    """
    gazetteer = _gazetteer()
    slug = _slug(user_text)
    if not slug:
        return []
    if slug in gazetteer.regions:
        return [slug]
    words = slug.split("-")
    if len(words) > _LONGEST_FILTER:
        return []  # no region is called anything that long
    user = [(folded, stem_word(folded)) for folded in words]
    searchable = _searchable_variants()
    for matches in (_matches_whole_words, _matches_prefixes):
        found = [
            key for key, variants in searchable.items() if any(matches(user, v) for v in variants)
        ]
        if found:
            return found
    return []


@lru_cache(maxsize=1)
def _display_names() -> dict[str, str]:
    # Straight from the data table: names must not wait for the matching gazetteer,
    # whose stemmed variants take a noticeable fraction of a second to build.
    return {row[0]: row[3] for row in REGION_ROWS}


def region_name(key: str) -> str:
    """English display name of a region key; an unknown key is shown as itself."""
    return _display_names().get(key, key)


def all_regions() -> list[Region]:
    """Every federal subject, in the constitution's order (republics first)."""
    return list(_gazetteer().regions.values())
