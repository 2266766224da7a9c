"""Hard-wrapped text: paragraphs broken into lines of about the same width, as a PDF, a
plain-text newsletter or an e-mail gives them. Imports nothing heavy: the reader asks it
which line breaks to show as blanks.

A line break inside such a paragraph is no boundary: a name ('Pavel\\nDrozdov'), an
attribution ('«...», — заявил\\nглава региона') or a sentence runs on across it, and a
word hyphenated at the line's end ('С. В. Лады-\\nгин') is one word. Quotes are read in
a copy of the text where those line breaks are blanks (and the '> ' an e-mail puts before
every line it quotes is gone), and hyphenated words are whole again;
`Unwrapped.original` takes an offset into the copy back to the text, which itself is
never changed.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from itertools import pairwise

# Lines shorter than this are no evidence either way (headings, page numbers, blanks).
_MEASURED_LINE_MIN = 30
_WRAPPED_LINES_MIN = 6
# A wrapped text's lines end within this many characters of its widest ones...
_MARGIN_SLACK = 16
# ...for this share of its lines that run on into another, at most this wide.
_FULL_SHARE = 0.7
_WRAP_WIDTH_MAX = 100
# ...and at least this share of them end in mid-sentence.
_MID_SENTENCE_SHARE = 0.5
_SENTENCE_ENDS = frozenset(".!?…:;»”\"')")
# What opens a line of its own, not a continuation: dash speech, list items, a time
# stamp or a number ('12:03 Губернатор: ...', '2. From tax relief'), a table row, a
# Markdown heading.
_OWN_LINE_RE = re.compile(r"[ \t\u00a0]*(?:[—–•*|#]|-[ \t\u00a0]|\d{1,2}[:.]\d{0,2}[ \t\u00a0])")
# The '> ' (or '>> ') an e-mail or a Markdown blockquote puts before each line it quotes.
REPLY_PREFIX = r"(?:>[ \t]?)+"
_REPLY_PREFIX_RE = re.compile(REPLY_PREFIX)


@dataclass
class Unwrapped:
    """The copy of a text quotes are read in, and how its offsets map back."""

    text: str
    # Where characters of the text were left out (offsets into `text`), and how many had
    # been left out up to and including each place.
    _cuts: list[int] = field(default_factory=list)
    _dropped: list[int] = field(default_factory=list)

    def original(self, position: int) -> int:
        """The offset in the text of the character at `position` in the copy."""
        index = bisect.bisect_right(self._cuts, position) - 1
        return position + (self._dropped[index] if index >= 0 else 0)

    def original_end(self, end: int) -> int:
        """The offset in the text just past the character before `end` in the copy."""
        return self.original(end - 1) + 1 if end > 0 else 0

    def left_out(self, position: int, count: int) -> None:
        """Record that `count` characters of the text were left out of the copy before
        its offset `position` (places come in text order)."""
        total = (self._dropped[-1] if self._dropped else 0) + count
        self._cuts.append(position)
        self._dropped.append(total)


def wrap_breaks(body: str) -> list[int]:
    """Where `body` breaks a line only because it was wrapped at a margin (offsets of
    those newlines), for showing its paragraphs whole; none for a text that is not
    hard-wrapped. A quoted e-mail's lines ('> ...') stay lines: the marks say what they
    are."""
    layout = _layout(body)
    if layout is None:
        return []
    lines, contents, width = layout
    breaks: list[int] = []
    position = 0
    for index, line in enumerate(lines[:-1]):
        position += len(line)
        following = lines[index + 1]
        if (
            _wraps(contents[index], contents[index + 1], width)
            and not _REPLY_PREFIX_RE.match(line)
            and not _REPLY_PREFIX_RE.match(following)
        ):
            breaks.append(position)
        position += 1
    return breaks


def _layout(body: str) -> tuple[list[str], list[str], int] | None:
    """A hard-wrapped text's lines, their contents (see `_content`) and its wrap width;
    None for any other text."""
    if body.count("\n") * _WRAP_WIDTH_MAX < len(body):
        return None  # lines longer than any wrap on average: the usual case, by one count
    lines = body.split("\n")
    contents = [_content(line) for line in lines]
    width = _wrap_width(contents)
    return None if width is None else (lines, contents, width)


def unwrapped(body: str) -> Unwrapped | None:
    """The copy of `body` to read quotes in, or None when `body` is not hard-wrapped."""
    layout = _layout(body)
    if layout is None:
        return None
    lines, contents, width = layout
    pieces: list[str] = []
    copy = Unwrapped("")
    length = 0
    for index, line in enumerate(lines):
        if index == 0:
            kept = line
        else:
            prefix = _REPLY_PREFIX_RE.match(line)
            joined = _wraps(contents[index - 1], contents[index], width)
            kept = line[prefix.end() :] if joined and prefix else line
            if joined and _hyphenated(pieces[-1], kept):
                # 'Лады-' + 'гин': one word again; 'Петрова-' + 'Водкина' keeps its hyphen.
                hyphen = 1 if kept[:1].islower() else 0
                if hyphen:
                    pieces[-1] = pieces[-1][:-1]
                    length -= 1
                copy.left_out(length, hyphen + 1 + len(line) - len(kept))
            else:
                pieces.append(" " if joined else "\n")
                length += 1
                if len(kept) < len(line):  # a reply prefix left out: one blank, as in prose
                    copy.left_out(length, len(line) - len(kept))
        pieces.append(kept)
        length += len(kept)
    copy.text = "".join(pieces)
    return copy


def _hyphenated(before: str, after: str) -> bool:
    return len(before) > 1 and before[-1] == "-" and before[-2].isalpha() and after[:1].isalpha()


def joins_a_word(body: str, position: int) -> bool:
    """Whether the wrap break at `position` (see `wrap_breaks`) falls inside a hyphenated
    word ('Лады-\\nгин', 'Петрова-\\nВодкина'): the two halves are one word."""
    return _hyphenated(body[max(0, position - 2) : position], body[position + 1 : position + 2])


def _content(line: str) -> str:
    """A line without the '> ' of a quoted e-mail and its trailing blanks."""
    prefix = _REPLY_PREFIX_RE.match(line)
    return (line[prefix.end() :] if prefix else line).rstrip()


def _wrap_width(contents: list[str]) -> int | None:
    """The width a text is wrapped at, or None when it is not hard-wrapped: most lines
    that run on into another end near one margin, and many of them in mid-sentence (a
    text of one short paragraph per line ends nearly every line with a full stop)."""
    running_on = [
        line
        for line, following in pairwise(contents)
        if len(line) >= _MEASURED_LINE_MIN and following.strip()
    ]
    if len(running_on) < _WRAPPED_LINES_MIN:
        return None
    lengths = sorted(len(line) for line in running_on)
    width = lengths[int(len(lengths) * 0.95)]
    if width > _WRAP_WIDTH_MAX:
        return None
    full = sum(1 for length in lengths if length >= width - _MARGIN_SLACK)
    mid_sentence = sum(1 for line in running_on if line[-1] not in _SENTENCE_ENDS)
    if full < _FULL_SHARE * len(lengths) or mid_sentence < _MID_SENTENCE_SHARE * len(lengths):
        return None
    return width


def _wraps(line: str, following: str, width: int) -> bool:
    """Whether the break between two lines of a wrapped text is a wrap: the first line
    reaches the margin and the next goes on with the paragraph."""
    return (
        len(line) >= width - _MARGIN_SLACK
        and bool(following.strip())
        and not line.endswith("|")  # a table's row
        and not _OWN_LINE_RE.match(following)
    )
