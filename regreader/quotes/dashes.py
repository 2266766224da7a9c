"""Direct speech set off by dashes, the Russian way, with no quote marks at all.

    — Мы построим дорогу к 2026 году, — сказал губернатор Дмитрий Махонин.
    — Дорога нужна всем, — отметил он. — Это главный проект года.

A paragraph that opens with a dash holds speech when the dash after its first stretch is
followed by an attribution ('— сказал X', '— отметил он'). The speech may go on after
the attribution ('. — Это главный...'): that is a second part of the same quote.

A dash line right after a line that ends in a colon ('министр сказал:\n— Мы начнём в
мае.') is speech too, announced by the line before: `announced_lines` finds them, and
the caller asks that line who speaks.

A paragraph that opens with a dash and has no attribution (an interview's questions and
answers, a list) is left alone: nothing in it says who speaks.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

# The marks that open such a paragraph: em dash, en dash, or a hyphen standing for one.
# Looked for after a newline (a pattern opening with a literal is found by a fast string
# search; '^' with re.M is tested at every position, 10x slower) and at the very start.
_DASH_OPENER = r"[ \t\u00a0]*[—–-]{1,2}[ \t\u00a0]+(?=\S)"
_DASH_AT_START_RE = re.compile(_DASH_OPENER)
_DASH_AFTER_NEWLINE_RE = re.compile("\n" + _DASH_OPENER)
# End of the first stretch of speech: its punctuation, then a dash before the attribution.
_TO_ATTRIBUTION_RE = re.compile(r"(?:[,!?…]|\.\.\.)[ \t\u00a0]+[—–-]{1,2}[ \t\u00a0]+(?=\S)")
# After the attribution, the speech goes on: '— сказал он. — Это ...'.
_BACK_TO_SPEECH_RE = re.compile(r"[.,:][ \t\u00a0]+[—–-]{1,2}[ \t\u00a0]+(?=\S)")
_MAX_ATTRIBUTION_CHARS = 160


@dataclass(frozen=True)
class DashCandidate:
    """The first stretch of speech of a dash paragraph, and where its attribution is.

    `first` ends after the stretch's own punctuation ('дорогу,'); the attribution starts
    at `attribution_start` (after the dash); `line_end` bounds it.
    """

    first: tuple[int, int]
    attribution_start: int
    line_end: int


def has_dash_lines(body: str) -> bool:
    return _DASH_AFTER_NEWLINE_RE.search(body) is not None or bool(_DASH_AT_START_RE.match(body))


def dash_line_starts(body: str) -> Iterator[int]:
    """Where each line that opens with a dash starts, in text order."""
    for opener in _dash_openers(body):
        yield opener.start() + (body[opener.start()] == "\n")


def _dash_openers(body: str) -> Iterator[re.Match[str]]:
    first = _DASH_AT_START_RE.match(body)
    if first:
        yield first
    yield from _DASH_AFTER_NEWLINE_RE.finditer(body)


def dash_candidates(body: str) -> Iterator[DashCandidate]:
    """Each dash-opened paragraph with a dash after its first stretch, in text order.

    Whether the words after that dash attribute the speech is the caller's question
    (speakers.Attributor.after); the second dash of a list item ('— рост на 5%, —
    это...') is not followed by one.
    """
    for match in _dash_openers(body):
        line_end = body.find("\n", match.end())
        line_end = len(body) if line_end < 0 else line_end
        to_attribution = _TO_ATTRIBUTION_RE.search(body, match.end(), line_end)
        if to_attribution is None:
            continue
        first_end = to_attribution.start() + 1
        if body[to_attribution.start()] == ".":  # '...'
            first_end = to_attribution.start() + 3
        yield DashCandidate((match.end(), first_end), to_attribution.end(), line_end)


def continuation(body: str, candidate: DashCandidate) -> list[tuple[int, int]]:
    """The speech after the attribution ('— сказал он. — Это ...'), if it goes on: one
    stretch, or several where a gesture stands between them ('... а пандусы... — Она
    машет рукой. — Сами видите.')."""
    limit = min(candidate.line_end, candidate.attribution_start + _MAX_ATTRIBUTION_CHARS)
    back = _BACK_TO_SPEECH_RE.search(body, candidate.attribution_start, limit)
    if back is None:
        return []
    parts: list[tuple[int, int]] = []
    start = back.end()
    for gesture in _GESTURE_RE.finditer(body, start, candidate.line_end):
        if body[gesture.start() - 1] in _SPEECH_END:
            parts.append((start, gesture.start()))
            start = gesture.end()
    parts.append((start, candidate.line_end))
    return parts


def closing_attribution(body: str, start: int, line_end: int) -> int | None:
    """Where a stretch of speech ends if a second attribution closes its line ('—
    вспоминает она. — А какой это прогресс? ..., — добавляет Анна Юрьевна.'): right after
    the punctuation before the last dash, if lower case opens what follows it, as a verb
    does (a narrator's sentence opens in capitals); whether it attributes is the caller's
    question ('..., неделями, — нет.' is speech)."""
    low = max(start, line_end - _MAX_ATTRIBUTION_CHARS)
    closing = max(
        _CLOSING_ATTRIBUTION_RE.finditer(body, low, line_end), key=_start_of, default=None
    )
    if closing is None or _ANY_DASH_RE.search(body, closing.end(), line_end):
        return None
    return closing.start() + 1


def _start_of(match: re.Match[str]) -> int:
    return match.start()


_CLOSING_ATTRIBUTION_RE = re.compile(r"[,!?…][ \t\u00a0]+[—–-]{1,2}[ \t\u00a0]+[а-яё]")
_ANY_DASH_RE = re.compile(r"[ \t\u00a0][—–-]{1,2}[ \t\u00a0]")


# A sentence of the narrator's between dashes inside speech: '— Она машет рукой. —'.
_GESTURE_RE = re.compile(
    r"[ \t\u00a0]+[—–-]{1,2}[ \t\u00a0]+(?:Он|Она|Они|He|She|They)[ \t\u00a0][^—–\n]{1,80}?"
    r"[.!?][ \t\u00a0]+[—–-]{1,2}[ \t\u00a0]+(?=\S)"
)
_SPEECH_END = frozenset(".,!?…")


_ANNOUNCEMENT_GAP = 4
_DASH_AFTER_COLON_RE = re.compile(r": [—–][ \u00a0]+(?=\S)")


def announced_lines(body: str) -> Iterator[tuple[int, int, int]]:
    """Dash lines right after a line ending in a colon: (dash, speech start, line end);
    and speech set off by a dash right after a colon inside a line ('задавал один и тот
    же вопрос: — А завтра точно полетит?')."""
    if ": —" in body or ": –" in body:
        for match in _DASH_AFTER_COLON_RE.finditer(body):
            line_end = body.find("\n", match.end())
            yield match.start() + 2, match.end(), len(body) if line_end < 0 else line_end
    for match in _DASH_AFTER_NEWLINE_RE.finditer(body):
        newline = match.start()
        low = max(0, newline - _ANNOUNCEMENT_GAP)
        # A blank line may stand between: 'подчеркнул:\n\n— Каждая тонна ...'.
        if body[low:newline].rstrip(" \t\u00a0\n").endswith(":") and (
            body.count("\n", low, newline) <= 1
        ):
            line_end = body.find("\n", match.end())
            dash = newline + 1
            while body[dash] in " \t\u00a0":
                dash += 1
            yield dash, match.end(), len(body) if line_end < 0 else line_end
