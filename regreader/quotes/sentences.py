"""Where a sentence around a position starts and ends, abbreviations ('Mr.', 'г.') aside.

Attribution reads the sentence a quote stands in; these bound it.
"""

from __future__ import annotations

import re

_SENTENCE_END_RE = re.compile(r"[.!?…]+[»”“\"’']?(?=[\s\u00a0]+[^\s\u00a0a-zа-яё,;]|\s*$)")
# Whole words only: 'контракт.' and 'год.' end sentences, 'т.' and 'г.' do not.
_ABBREVIATION_RE = re.compile(
    r"(?<![\w-])(?:[A-ZА-ЯЁ]|Mr|Mrs|Ms|Dr|St|Jr|Sr|Prof|Gen|Gov|Sen|Rep|No|vs|etc|г|гг|ул|им|т|д"
    r"|др|млн|млрд|тыс|руб|проф|акад|с|стр|пр)\.$"
)
_MAX_BEFORE = 400


def last_index_before(body: str, position: int, skip: str | None = None) -> int:
    """The index of the last character before `position` not in `skip` (blanks of any
    kind when None), or -1. A look back that stops where the text does, not a copy of
    everything before `position` to strip: that would make a long text's quotes cost the
    square of its length."""
    index = position - 1
    while index >= 0 and (body[index].isspace() if skip is None else body[index] in skip):
        index -= 1
    return index


def clause_start(body: str, position: int) -> int:
    """Where the sentence (or line) holding `position` starts."""
    low = max(0, position - _MAX_BEFORE)
    line_start = body.rfind("\n", low, position) + 1
    low = max(low, line_start)
    # Most sentences end within the last stretch before `position`: scan from a blank
    # there first (no sentence end, being marks and a closing quote, spans a blank, so
    # the matches after it are the same as in the whole scan), then from `low`.
    blank = body.rfind(" ", low, position - _NEAR_SENTENCE_END)
    start = _last_sentence_end(body, blank + 1, position, low) if blank > low else None
    if start is None:
        start = _last_sentence_end(body, low, position, low)
    if start is None:
        start = low
    while start < position and body[start] in " \t\u00a0":
        start += 1
    return start


_NEAR_SENTENCE_END = 120


def colon_closing_paragraph(body: str, position: int, floor: int) -> int | None:
    """The colon ending the paragraph just before `position` (a line start), if any."""
    index = position - 1
    while index >= floor and body[index] in " \t\u00a0\n" and position - index < 8:
        index -= 1
    if index >= floor and body[index] == ":" and body.count("\n", index, position) <= 2:
        return index
    return None


def _last_sentence_end(body: str, begin: int, position: int, low: int) -> int | None:
    """The end of the last sentence end in body[begin:position] that is not an
    abbreviation ('Mr.', 'г.'), tested from the end; None when there is none."""
    for match in reversed(list(_SENTENCE_END_RE.finditer(body, begin, position))):
        if not _ABBREVIATION_RE.search(body[max(low, match.start() - 5) : match.start() + 1]):
            return match.end()
    return None


def sentence_end(body: str, position: int, limit: int) -> int:
    """Where the sentence holding `position` ends (not past `limit` or the line's end)."""
    newline = body.find("\n", position, limit)
    limit = newline if newline >= 0 else limit
    for match in _SENTENCE_END_RE.finditer(body, position, limit):
        if not _ABBREVIATION_RE.search(body[max(position, match.start() - 5) : match.start() + 1]):
            return match.end()
    return limit
