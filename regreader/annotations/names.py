"""Keys that decide when two names are the same name (never used for display)."""

from __future__ import annotations

import re
import unicodedata

from regreader.text import fold

_SPACES = re.compile(r"\s+")


def display_name(text: str) -> str:
    """A name as the user typed it, tidied: NFC, single spaces, no control characters."""
    from regreader.text import clean_text

    return _SPACES.sub(" ", clean_text(text)).strip()


def name_key(text: str) -> str:
    """Identity of a name: case-, ё- and whitespace-insensitive."""
    return fold(display_name(text))


def compact_key(text: str) -> str:
    """Letters and digits only, folded: 'UCN 2.0' and 'UCN2.0' both give 'ucn20'."""
    folded = fold(unicodedata.normalize("NFKC", text))
    return "".join(char for char in folded if char.isalnum())


def stem_key(text: str) -> str:
    """Word stems run together: 'Subsidies' and 'subsidy', 'субсидии' and 'субсидия' meet."""
    from regreader.text import stem_text

    return "".join(stem_text(text).split())


def likeness(first: str, second: str) -> float:
    """0-100: how likely two names are one name spelled twice (for merge proposals)."""
    from rapidfuzz import fuzz

    if stem_key(first) == stem_key(second):
        return 100.0
    a, b = compact_key(first), compact_key(second)
    shorter, longer = sorted((a, b), key=len)
    score = max(fuzz.ratio(a, b), fuzz.ratio(latin_key(first), latin_key(second)))
    if len(shorter) >= 4 and (longer.startswith(shorter) or longer.endswith(shorter)):
        score = max(score, 90.0)  # 'UCN 2.0' and 'UCN2.0 programme'
    return float(score)


_CYRILLIC_TO_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch",
    "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}  # fmt: skip

# Latin spellings that differ between romanisation systems are folded onto one form.
_LATIN_VARIANTS = (("shch", "sch"), ("kh", "h"), ("ts", "c"), ("iy", "y"), ("yi", "y"),
                   ("j", "y"), ("x", "ks"), ("w", "v"))  # fmt: skip


def latin_key(text: str) -> str:
    """A compact key in Latin letters, so 'Бадмажапова' and 'Badmazhapova' meet."""
    compact = compact_key(text)
    latin = "".join(_CYRILLIC_TO_LATIN.get(char, char) for char in compact)
    for variant, common in _LATIN_VARIANTS:
        latin = latin.replace(variant, common)
    return latin
