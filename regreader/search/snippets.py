"""Finding query words in the original text, and cutting a snippet around the best place.

FTS5 only knows the stemmed shadow text, so highlighting happens here, on the stored body:
a word matches when `stem_word(word)` equals a query stem (or starts with it, for prefix
terms), which is the same test FTS5 applied to the index. To stay fast on long bodies, a
single case-insensitive regex finds candidate words first (every form of a stem starts with
most of the stem), and only those candidates are stemmed.

Snippets carry highlight spans, never markup: the CLI and the app render them their own way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from regreader.text import WORD_RE, stem_word
from regreader.wrapping import joins_a_word

SNIPPET_CHARS = 220
LEAD_CHARS = 60
ELLIPSIS = "…"
_SPACES_RE = re.compile(r"\s+")

Span = tuple[int, int]


@dataclass(frozen=True)
class HighlightTerm:
    """One positive query term: its stems in order (a phrase has several).

    A one-word prefix term also accepts the `shorter` stems exactly: "innovat*" must find
    "innovation", whose stem is "innov".
    """

    stems: tuple[str, ...]
    prefix: bool = False
    shorter: tuple[str, ...] = ()

    def first_word_matches(self, word_stem: str) -> bool:
        if len(self.stems) > 1:
            return word_stem == self.stems[0]
        return _stem_matches(word_stem, self.stems[0], self.prefix) or word_stem in self.shorter


@dataclass(frozen=True)
class Snippet:
    """A one-line excerpt and the spans (relative to `text`) of the words that matched."""

    text: str
    highlights: tuple[Span, ...] = ()


@dataclass(frozen=True)
class Occurrence:
    """One match of one term: the spans of its words in the searched text."""

    term: int
    spans: tuple[Span, ...]


def _candidate_prefix(stem: str) -> str:
    """A prefix every word with this stem starts with (before folding).

    Snowball may rewrite the last letters (English happy -> happi, dying -> die; probability
    -> probabl), never the ones before them, so two letters less is a safe prefilter.
    """
    return stem[: max(1, len(stem) - 2)]


def _pattern_for(prefix: str) -> str:
    # The stems are folded (ё -> е); the text is not.
    return "".join("[её]" if char == "е" else re.escape(char) for char in prefix)


def _stem_matches(word_stem: str, term_stem: str, prefix: bool) -> bool:
    return word_stem.startswith(term_stem) if prefix else word_stem == term_stem


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"  # what \w means in Python's re


class Highlighter:
    """Finds the words of a fixed set of terms in any number of texts.

    Candidates are found with str.find on the lower-cased text (ё read as е), several times
    faster than a case-insensitive regex over a long body; the regex remains for the rare
    text whose lower-case form has another length (then offsets would not carry over).
    """

    def __init__(self, terms: tuple[HighlightTerm, ...]) -> None:
        self.terms = tuple(term for term in terms if term.stems)
        self._prefixes = sorted(
            {
                _candidate_prefix(stem)
                for term in self.terms
                for stem in (term.stems[0], *term.shorter)
            },
            key=len,
            reverse=True,
        )
        self._regex = (
            re.compile(r"\b(?:" + "|".join(_pattern_for(p) for p in self._prefixes) + r")\w*", re.I)
            if self._prefixes
            else None
        )

    def matches(self, text: str) -> bool:
        return bool(text) and bool(self.find(text))

    def _candidates(self, text: str) -> list[Span]:
        """(start, end) of every word that begins with one of the prefixes, in text order."""
        lowered = text.lower().replace("ё", "е")
        if len(lowered) != len(text):
            assert self._regex is not None
            return [match.span() for match in self._regex.finditer(text)]
        starts: set[int] = set()
        for prefix in self._prefixes:
            at = lowered.find(prefix)
            while at >= 0:
                if at == 0 or not _is_word_char(text[at - 1]):
                    starts.add(at)
                at = lowered.find(prefix, at + 1)
        spans = []
        for start in sorted(starts):
            word = WORD_RE.match(text, start)
            if word is not None:
                spans.append(word.span())
        return spans

    def find(self, text: str) -> list[Occurrence]:
        if not self._prefixes or not text:
            return []
        found: list[Occurrence] = []
        for start, end in self._candidates(text):
            stem = stem_word(text[start:end])
            for index, term in enumerate(self.terms):
                if not term.first_word_matches(stem):
                    continue
                spans = self._phrase_spans(text, (start, end), term)
                if spans is not None:
                    found.append(Occurrence(index, spans))
                    break
        return found

    def _phrase_spans(self, text: str, first: Span, term: HighlightTerm) -> tuple[Span, ...] | None:
        spans = [first]
        if len(term.stems) == 1:
            return tuple(spans)
        following = WORD_RE.finditer(text, first[1])
        for position, stem in enumerate(term.stems[1:], start=1):
            word = next(following, None)
            is_last = position == len(term.stems) - 1
            if word is None or not _stem_matches(
                stem_word(word.group()), stem, term.prefix and is_last
            ):
                return None
            spans.append(word.span())
        return tuple(spans)


def _spans_of(occurrences: list[Occurrence]) -> list[Span]:
    return [span for occurrence in occurrences for span in occurrence.spans]


def best_window_start(occurrences: list[Occurrence], width: int) -> int:
    """Where the window of `width` characters covering the most distinct terms (then the
    most matches) begins; two pointers over the occurrences, which come in text order."""
    best_key = (-1, -1)
    best_start = 0
    left = 0
    counts: dict[int, int] = {}
    for right, occurrence in enumerate(occurrences):
        counts[occurrence.term] = counts.get(occurrence.term, 0) + 1
        end = occurrence.spans[-1][1]
        while end - occurrences[left].spans[0][0] > width and left < right:
            term = occurrences[left].term
            counts[term] -= 1
            if not counts[term]:
                del counts[term]
            left += 1
        key = (len(counts), right - left + 1)
        if key > best_key:
            best_key = key
            best_start = occurrences[left].spans[0][0]
    return best_start


def _word_start_at_or_after(text: str, position: int, limit: int) -> int:
    """Move a cut forward to the next word start, so no word is shown chopped."""
    if position <= 0 or not text[position - 1].isalnum() or not text[position].isalnum():
        return position
    match = WORD_RE.search(text, position, limit)
    if match is None:
        return position
    next_word = WORD_RE.search(text, match.end(), limit)
    return next_word.start() if next_word else limit


def _word_end_at_or_before(text: str, position: int, floor: int) -> int:
    """Move a cut back to the end of the previous word."""
    if position >= len(text) or not text[position].isalnum() or not text[position - 1].isalnum():
        return position
    cut = position
    while cut > floor and text[cut - 1].isalnum():
        cut -= 1
    return cut if cut > floor else position


def make_snippet(text: str, occurrences: list[Occurrence], width: int = SNIPPET_CHARS) -> Snippet:
    """The excerpt of `text` around its best matches, whitespace collapsed, with spans."""
    if not occurrences:
        return leading_snippet(text, width)
    first_match = best_window_start(occurrences, width - LEAD_CHARS)
    start = max(0, first_match - LEAD_CHARS)
    start = _word_start_at_or_after(text, start, first_match)
    end = min(len(text), start + width)
    spans = [s for s in _spans_of(occurrences) if s[0] >= start and s[1] <= end]
    last_match_end = spans[-1][1] if spans else start
    end = _word_end_at_or_before(text, end, last_match_end)
    return _render(text, start, end, [s for s in spans if s[1] <= end])


def leading_snippet(text: str, width: int = SNIPPET_CHARS) -> Snippet:
    """The opening of a text, for results that matched no word (filters only)."""
    end = min(len(text), width)
    end = _word_end_at_or_before(text, end, 0)
    return _render(text, 0, end, [])


def _render(text: str, start: int, end: int, spans: list[Span]) -> Snippet:
    """Collapse whitespace piece by piece so the spans can be shifted exactly."""
    pieces: list[str] = [ELLIPSIS + " "] if start > 0 else []
    length = len(pieces[0]) if pieces else 0
    highlights: list[Span] = []
    joins = _word_joins(text, start, end)
    cursor = start
    for span_start, span_end in spans:
        between = _flat(text, cursor, span_start, joins)
        if not highlights:
            between = between.lstrip()
        word = _flat(text, span_start, span_end, joins)
        pieces += [between, word]
        length += len(between)
        highlights.append((length, length + len(word)))
        length += len(word)
        cursor = span_end
    tail = _flat(text, cursor, end, joins)
    if not highlights:
        tail = tail.lstrip()
    pieces.append(tail.rstrip())
    body = "".join(pieces)
    if end < len(text):
        body += " " + ELLIPSIS if body and not body.endswith(" ") else ELLIPSIS
    return Snippet(body, tuple(highlights))


def _word_joins(text: str, start: int, end: int) -> list[int]:
    """The line breaks in text[start:end] inside a word hyphenated at the margin
    ('Petrova-\\nVodkina'): a snippet shows the word whole, as the reader does."""
    joins: list[int] = []
    position = text.find("\n", start, end)
    while position >= 0:
        if joins_a_word(text, position):
            joins.append(position)
        position = text.find("\n", position + 1, end)
    return joins


def _flat(text: str, start: int, end: int, joins: list[int]) -> str:
    """text[start:end] on one line: whitespace collapsed, breaks inside words dropped."""
    inside = [position for position in joins if start <= position < end]
    if not inside:
        return _SPACES_RE.sub(" ", text[start:end])
    parts: list[str] = []
    cursor = start
    for position in inside:
        parts.append(text[cursor:position])
        cursor = position + 1
    parts.append(text[cursor:end])
    return _SPACES_RE.sub(" ", "".join(parts))
