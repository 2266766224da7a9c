"""Lists of key quotes: 'KEY QUOTES', 'Главные цитаты послания', 'Напомним их дословно:'.

Reports of a speech (a governor's annual address, a minister's keynote) often list its
best lines under a heading that says they are quotes, one bare quote per item, with no
attribution: they are the words of the one the report is about, which is the person it
quotes most. A list under any other heading ('Что пишут в соцсетях') says nothing of who
spoke.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from regreader.quotes.model import ExtractedQuote

# A line that announces quotes: a heading ('KEY QUOTES', 'Главные цитаты выступления') or
# a sentence ending in a colon ('... сделал три громких заявления. Напомним их дословно:').
_ANNOUNCING_WORDS_RE = re.compile(
    r"(?<![\w-])(?:key[ \u00a0]+quotes?|quotes?[ \u00a0]+of[ \u00a0]+the[ \u00a0]+(?:day|speech)"
    r"|in[ \u00a0]+(?:his|her|their)[ \u00a0]+own[ \u00a0]+words|цитат[аыи]?|высказывани[яй]"
    r"|заявлени[яй]|дословно)(?![\w-])",
    re.IGNORECASE,
)
_HEADING_MAX_CHARS = 80
_ANNOUNCING_SENTENCE_MAX_CHARS = 200
# A list item holding a quote and nothing else: '• “...”', '— «...».'
_ITEM_OPENING = "—–-•·*"
_ITEM_TAIL = " \t\u00a0.;,"


def speakers_of_listed_quotes(body: str, quotes: list[ExtractedQuote]) -> list[ExtractedQuote]:
    """`quotes` with those listed under an announcing line given to the principal speaker."""
    if not any(quote.speaker is None for quote in quotes):
        return quotes
    principal = _principal(quotes)
    if principal is None:
        return quotes
    listed = {
        id(quote)
        for quote in quotes
        if quote.speaker is None and quote.kind == "quote" and _listed(body, quote)
    }
    if not listed:
        return quotes
    speaker, role = principal
    return [
        replace(quote, speaker=speaker, role=role) if id(quote) in listed else quote
        for quote in quotes
    ]


def _principal(quotes: list[ExtractedQuote]) -> tuple[str, str | None] | None:
    """The speaker of most quotes (the first of them quoted on a tie), with their role."""
    counts = Counter(quote.speaker for quote in quotes if quote.speaker)
    if not counts:
        return None
    most = max(counts.values())
    first = next(q for q in quotes if q.speaker and counts[q.speaker] == most)
    role = next((q.role for q in quotes if q.speaker == first.speaker and q.role), None)
    return first.speaker, role  # type: ignore[return-value]


def _listed(body: str, quote: ExtractedQuote) -> bool:
    """Whether the quote is a bare list item under a line that announces quotes, with
    nothing but lines of the list (and what each item was followed by) between."""
    line_start = body.rfind("\n", 0, quote.start) + 1
    if not _bare_item(body, line_start, quote):
        return False
    for line in _lines_before(body, line_start):
        if _announces_quotes(line):
            return True
        if _is_section_title(line):
            return False  # another section begins: 'Реакция', 'Clinics and roads'
    return False


def _bare_item(body: str, line_start: int, quote: ExtractedQuote) -> bool:
    line_end = body.find("\n", quote.end)
    line_end = len(body) if line_end < 0 else line_end
    head = body[line_start : quote.start - 1].strip(" \t\u00a0")
    tail = body[quote.end + 1 : line_end]
    return len(head) == 1 and head in _ITEM_OPENING and not tail.strip(_ITEM_TAIL)


def _lines_before(body: str, line_start: int, limit: int = 30) -> list[str]:
    """The non-blank lines before `line_start`, nearest first, at most `limit`."""
    lines = body[max(0, line_start - 6000) : line_start].split("\n")
    return [line.strip() for line in reversed(lines) if line.strip()][:limit]


def _announces_quotes(line: str) -> bool:
    if not _ANNOUNCING_WORDS_RE.search(line):
        return False
    if line.endswith(":"):
        return len(line) <= _ANNOUNCING_SENTENCE_MAX_CHARS
    return _is_section_title(line)


def _is_section_title(line: str) -> bool:
    """A short line with no sentence end and no quote mark opening it: a section's title.

    Not metadata's test for an article's headline, which wants two words or more: a
    section of a report may be titled in one ('Реакция', 'Reactions'), and the list of
    key quotes ends there.
    """
    return (
        len(line) <= _HEADING_MAX_CHARS
        and line[-1] not in '.!?…:;,»”"'
        and line[0] not in _ITEM_OPENING + "«“„\"'"
    )
