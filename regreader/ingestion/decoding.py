"""Bytes to text: which encoding a file is in, and whether it is text at all.

Order of trust: a byte-order mark; strict UTF-8; UTF-16 without a mark (told by the
shape of its bytes); the legacy Cyrillic code pages, scored against Russian letter
frequencies (charset detectors often confuse cp1251, koi8-r and mac-cyrillic on short
texts); charset-normalizer for everything else. Whatever decodes must still look like
text, or the file is reported as binary.
"""

from __future__ import annotations

import codecs
import math
import re
from dataclasses import dataclass

from regreader.errors import IngestionError

BINARY_REASON = "binary file (not text)"

_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 first: its little-endian mark starts with the UTF-16 one.
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Share of control characters (other than line breaks and tabs) above which decoded
# "text" is taken for binary data: random bytes give about 12 %, real text ~0 %.
MAX_CONTROL_SHARE = 0.02
# C0 and C1 controls other than tab, newline, vertical tab, form feed, carriage return.
_CONTROL_RE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")

_CYRILLIC_CODEPAGES = ("cp1251", "koi8_r", "mac_cyrillic", "cp866", "iso8859_5")

# Russian letter frequencies (per cent), for telling the Cyrillic code pages apart.
_RUSSIAN_FREQUENCIES = {
    "о": 10.97, "е": 8.45, "а": 8.01, "и": 7.35, "н": 6.70, "т": 6.26, "с": 5.47,
    "р": 4.73, "в": 4.54, "л": 4.40, "к": 3.49, "м": 3.21, "д": 2.98, "п": 2.81,
    "у": 2.62, "я": 2.01, "ы": 1.90, "ь": 1.74, "г": 1.70, "з": 1.65, "б": 1.59,
    "ч": 1.44, "й": 1.21, "х": 0.97, "ж": 0.94, "ш": 0.73, "ю": 0.64, "ц": 0.48,
    "щ": 0.36, "э": 0.32, "ф": 0.26, "ъ": 0.04, "ё": 0.04,
}  # fmt: skip
_RARE_LETTER_LOG = math.log(0.01)
_ODD_SYMBOL_LOG = math.log(0.0001)
# Punctuation every Cyrillic code page has (in different places); it tells them nothing.
_TYPOGRAPHY = frozenset("«»—–„“”‘’…№\u00a0")
_LETTER_LOG = {letter: math.log(share) for letter, share in _RUSSIAN_FREQUENCIES.items()}
# A capital right after a small letter inside a word ("еДЙОБС") is what a wrong
# code page produces (koi8-r and cp1251 swap the cases); real text almost never does.
_MID_WORD_CAPITAL_PENALTY = 6.0
# Mean log-frequency per letter of real Russian is about -3.3; wrong code pages score
# far lower. Below this the text is not taken for Cyrillic.
_MIN_CYRILLIC_SCORE = -5.0


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str


class BinaryFileError(IngestionError):
    """The bytes are not text in any encoding regreader reads."""

    def __init__(self) -> None:
        super().__init__(BINARY_REASON)


def decode_bytes(data: bytes) -> DecodedText:
    """Decode a file's bytes, or raise BinaryFileError when they are not text."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = _strict(data[len(bom) :], encoding)
            if text is None or not _looks_like_text(text):
                raise BinaryFileError()
            return DecodedText(text, encoding)
    text = _strict(data, "utf-8")
    if text is not None and _looks_like_text(text):
        return DecodedText(text, "utf-8")
    utf16 = _bomless_utf16(data)
    if utf16 is not None:
        return utf16
    if b"\x00" in data:
        raise BinaryFileError()
    legacy = _cyrillic_codepage(data) or _charset_normalizer(data)
    if legacy is None or not _looks_like_text(legacy.text):
        raise BinaryFileError()
    return legacy


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    # A regex count runs in C: this is on the path of every file indexed.
    return len(_CONTROL_RE.findall(text)) / len(text)


def _looks_like_text(text: str) -> bool:
    return "\x00" not in text and _control_share(text) <= MAX_CONTROL_SHARE


def _is_common_script(char: str) -> bool:
    """Characters news text is made of: ASCII, Latin, Cyrillic, general punctuation."""
    code = ord(char)
    return (
        code < 0x0250  # ASCII, Latin-1, Latin Extended
        or 0x0400 <= code < 0x0530  # Cyrillic
        or 0x2000 <= code < 0x2070  # dashes, quotes, spaces
        or code in (0x20AC, 0x2116)  # euro sign, numero sign
    )


def _bomless_utf16(data: bytes) -> DecodedText | None:
    """UTF-16 without a mark: a decoding whose characters are nearly all common script.

    Random bytes decoded as UTF-16 land all over the Unicode planes (mostly CJK), so
    requiring Latin/Cyrillic text keeps binary data out.
    """
    if len(data) < 2 or len(data) % 2:
        return None
    for encoding in ("utf-16-le", "utf-16-be"):
        text = _strict(data, encoding)
        if text is None or not _looks_like_text(text):
            continue
        sample = text[:4000]
        common = sum(1 for char in sample if _is_common_script(char))
        if common / len(sample) >= 0.95:
            return DecodedText(text, encoding)
    return None


def _cyrillic_score(text: str) -> float | None:
    """Mean log frequency of the non-ASCII letters, or None when they are not Russian-like."""
    total = 0.0
    letters = 0
    non_ascii = 0
    mixed_words = 0
    cyrillic_words = 0
    for word in text.split():
        has_cyrillic = False
        has_latin = False
        previous_lower = False
        for char in word:
            if char.isascii():
                if char.isalpha():
                    has_latin = True
                previous_lower = char.islower()
                continue
            if char in _TYPOGRAPHY:
                previous_lower = False
                continue
            non_ascii += 1
            lower = char.lower()
            if "а" <= lower <= "я" or lower in "ёіїєґў":
                has_cyrillic = True
                letters += 1
                total += _LETTER_LOG.get(lower, _RARE_LETTER_LOG)
                if char.isupper() and previous_lower:
                    total -= _MID_WORD_CAPITAL_PENALTY
            else:
                # A wrong code page turns letters into odd symbols ("ѕривет").
                total += _ODD_SYMBOL_LOG
            previous_lower = char.islower()
        if has_cyrillic:
            cyrillic_words += 1
            if has_latin:
                mixed_words += 1
    if non_ascii == 0 or letters / non_ascii < 0.8 or not cyrillic_words:
        return None
    # Latin-1 text read as cp1251 turns "café" into "cafй": Cyrillic inside Latin words.
    if mixed_words / cyrillic_words > 0.2:
        return None
    return total / non_ascii


def _cyrillic_codepage(data: bytes) -> DecodedText | None:
    best: DecodedText | None = None
    best_score = _MIN_CYRILLIC_SCORE
    for encoding in _CYRILLIC_CODEPAGES:
        text = _strict(data, encoding)
        if text is None:
            continue
        score = _cyrillic_score(text)
        if score is not None and score > best_score:
            best, best_score = DecodedText(text, encoding), score
    return best


def _charset_normalizer(data: bytes) -> DecodedText | None:
    from charset_normalizer import from_bytes

    match = from_bytes(data).best()
    if match is None:
        return None
    return DecodedText(str(match), match.encoding)
