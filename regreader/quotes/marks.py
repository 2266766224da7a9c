"""Finding what stands between quote marks.

Only the quote marks (and line breaks) of a text are visited, found by one regular
expression, so the cost follows the number of marks, not of characters. Marks are paired
with a stack: «» and ‹›, “” and „“/„”, ‘’ and ‚’, straight " and '. Straight marks and ’
are told apart by their neighbours: a mark between two letters is an apostrophe
(children's, PNIPU's), one after a space opens, one before a space or punctuation closes.

An opening mark that is still open at the end of its paragraph is dropped, so it never
swallows the rest of the article, unless the quote goes on: the next paragraph opens
with a mark of the same kind (English style for quotes of several paragraphs), a « finds
its » a few paragraphs on with no other « before it (Russian style), or the line was
hard-wrapped in the middle of a sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from regreader.text import char_positions

# The characters find_spans stops at: every mark, and the line break that may end a
# paragraph.
_EVENT_CHARS = "«»‹›“”„‘’‚\"'\n"
_PARAGRAPH_START_RE = re.compile(r"\n[ \t\u00a0]*(?:\n[ \t\u00a0]*)*(?=\S)")

# What may stand before an opening mark / after a closing mark.
_BEFORE_OPENER = set(" \t\n\u00a0([{—–-/:;,«“„‘‚\"'…") | {""}
# A footnote marker may follow a closing mark: '..."[4]', '...”^2', '...»¹'.
_AFTER_CLOSER = set(" \t\n\u00a0)]}.,;:!?…—–-/»”“’\"'[^¹²³⁴⁵⁶⁷⁸⁹⁰") | {""}
_TERMINAL = tuple(".!?…:;")
# The families a continuation paragraph may open with, by the quote's opening mark.
_FAMILY = {"«": "«", "“": '“„"', "„": "„“", '"': '"“', "‘": "‘", "'": "'", "‹": "‹"}
_HARD_WRAP_MIN_LINE = 50
_MAX_CONTINUED_PARAGRAPHS = 12


@dataclass(frozen=True, slots=True)
class Span:
    """Text between a pair of marks: body[start:end], marks at start-1 and end."""

    start: int
    end: int
    opener: str
    depth: int  # 0 for a top-level quote, 1+ when inside another one


@dataclass(slots=True)
class _Open:
    mark: str
    at: int
    paragraphs: int = 0
    spaced: bool = False  # a straight " with blanks on both sides: '" We want ... ",'


def _is_word_char(char: str) -> bool:
    return char.isalnum()


def find_spans(body: str) -> list[Span]:
    """Every closed pair of quote marks in `body`, sorted by start."""
    spans: list[Span] = []
    stack: list[_Open] = []
    skip_until = -1
    length = len(body)
    for at in char_positions(body, _EVENT_CHARS):
        if at < skip_until:
            continue
        char = body[at]
        if char == "\n":
            skip_until = _end_paragraph(body, at, stack, spans)
            continue
        before = body[at - 1] if at > 0 else ""
        after = body[at + 1] if at + 1 < length else ""
        if char in "’'" and before == "s" and _plural_possessive(body, at, stack):
            continue
        _handle_mark(char, at, before, after, stack, spans)
        if char == "»" and after != "»" and stack and _merged_closer(body, stack[-1], at):
            _close(stack, spans, at, "«")
    spans.sort(key=lambda span: (span.start, -span.end))
    # Depths differ from the stack's only under a mark that never closed, and only nested
    # spans can show it.
    return _with_depths(spans) if any(span.depth for span in spans) else spans


def _merged_closer(body: str, outer: _Open, at: int) -> bool:
    """Whether the » at `at`, closing a name inside a company's name, closes the company's
    name too: Russian print merges »» into one ('ООО «Агрофирма «Приуральская», где')."""
    return (
        outer.mark == "«"
        and at - outer.at < _MERGED_NAME_MAX_CHARS
        and _LEGAL_FORM_BEFORE_RE.search(body, max(0, outer.at - 8), outer.at) is not None
    )


_MERGED_NAME_MAX_CHARS = 80
# The legal forms Russian company and agency names follow: 'ООО', 'АО', 'ФГУП', 'ГБУЗ'.
_LEGAL_FORM_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:ООО|ОАО|ЗАО|ПАО|НАО|АО|АНО|ФГУП|ГУП|МУП|ФГБУ|ФГБОУ|ГБУЗ|ГБУ|ГАУ|МБУ|МАУ|МБОУ"
    r"|ГКУ|ОГБУ|КГБУ|СПК|КФХ|ТОО|НКО|ЧОУ|ИП)[ \u00a0]*$"
)


def _with_depths(spans: list[Span]) -> list[Span]:
    """Each span's depth counted over the closed spans around it: a quote inside a mark
    that never closed ('проект «Умная ферма, ... признался: «Мы ...»') is top level."""
    enclosing: list[int] = []  # ends of the spans holding the current one
    leveled: list[Span] = []
    for span in spans:
        while enclosing and enclosing[-1] <= span.start:
            enclosing.pop()
        depth = len(enclosing)
        leveled.append(
            span if span.depth == depth else Span(span.start, span.end, span.opener, depth)
        )
        enclosing.append(span.end)
    return leveled


_LOWER_WORD_AFTER_RE = re.compile(r" [a-z]")
_CLOSING_PUNCTUATION = frozenset(",.;:!?")


def _plural_possessive(body: str, at: int, stack: list[_Open]) -> bool:
    """'the governors’ reserves' inside a ‘...’ quote: the mark after a plural 's' and
    before a lower-case word is an apostrophe when the open quote can still close later
    in the paragraph."""
    opener = "‘" if body[at] == "’" else "'"
    if not any(item.mark == opener for item in stack):
        return False
    if body[at + 1 : at + 2] in _CLOSING_PUNCTUATION and body[at + 2 : at + 3] == body[at]:
        return True  # 'not the farmers’,’ she said': the mark after the comma closes
    if not _LOWER_WORD_AFTER_RE.match(body, at + 1):
        return False
    paragraph_end = body.find("\n", at)
    end = paragraph_end if paragraph_end >= 0 else len(body)
    later_closer = body.find(body[at], at + 1, end)
    # '...was ‘in the final stage of talks’ about a plant. ... say: ‘When ...’': a quote
    # that opens before the next mark like this one closes, so this one is no apostrophe.
    later_opener = body.find(opener, at + 1, end)
    return later_closer >= 0 and not 0 <= later_opener < later_closer


def _handle_mark(
    char: str, at: int, before: str, after: str, stack: list[_Open], spans: list[Span]
) -> None:
    if char in "«‹„‚":
        stack.append(_Open(char, at))
    elif char == "»":
        _close(stack, spans, at, "«")
    elif char == "›":
        _close(stack, spans, at, "‹")
    elif char == "“":
        # „…“ is the German/Russian pair; otherwise “ opens (English).
        if _top_of(stack, "„“") == "„" and before.strip() and after in _AFTER_CLOSER:
            _close(stack, spans, at, "„")
        elif after.strip():
            if stack and stack[-1].mark == "“":
                # “ inside “ is almost always a missing closer: restart from here.
                stack.pop()
            stack.append(_Open(char, at))
    elif char == "”":
        # '"...”' closes a straight " too: typists mix them.
        if not _close(stack, spans, at, '“„”"') and before in _BEFORE_OPENER and after.strip():
            stack.append(_Open(char, at))
    elif char == "‘":
        if not (_is_word_char(before) and _is_word_char(after)):
            stack.append(_Open(char, at))
    elif char == "’":
        if not (_is_word_char(before) and _is_word_char(after)) and after in _AFTER_CLOSER:
            _close(stack, spans, at, "‘‚")
    else:
        _straight(char, at, before, after, stack, spans)


def _straight(
    char: str, at: int, before: str, after: str, stack: list[_Open], spans: list[Span]
) -> None:
    if _is_word_char(before) and _is_word_char(after):
        return  # an apostrophe (or inch mark) inside a word
    if char == '"' and before in _BLANKS and _spaced(char, at, after, stack, spans):
        return
    # After an opening mark a straight one opens too, unless that mark just closed a pair:
    # '"... сказал: „Не переживайте“".' (the German-style „…“ inside straight marks).
    closed_before = bool(spans) and spans[-1].end == at - 1
    can_close = (
        before.strip() != "" and (before not in "«“„‘‚" or closed_before) and after in _AFTER_CLOSER
    )
    can_open = before in _BEFORE_OPENER and after.strip() != ""
    # A straight " may close a curly “ or „ (“...," said X): typists mix them.
    closes = char + "“„" if char == '"' else char
    if can_close and any(item.mark in closes for item in stack):
        _close(stack, spans, at, closes)
    elif can_open and (char == '"' or _is_word_char(after) or after in ".…"):
        stack.append(_Open(char, at))


_BLANKS = frozenset(" \t\u00a0")


def _spaced(char: str, at: int, after: str, stack: list[_Open], spans: list[Span]) -> bool:
    """Machine-translated text sets straight marks apart from their words ('" We want
    that the tourist stops here ", explained the head'): a blank-flanked " opens, and
    the next " after a blank closes it. Whether the mark was taken so."""
    top = stack[-1] if stack else None
    if top is not None and top.spaced and after in _AFTER_CLOSER:
        _close(stack, spans, at, char)
        return True
    if after in _BLANKS and (top is None or not top.spaced):
        stack.append(_Open(char, at, spaced=True))
        return True
    return False


def _top_of(stack: list[_Open], marks: str) -> str:
    for item in reversed(stack):
        if item.mark in marks:
            return item.mark
    return ""


def _close(stack: list[_Open], spans: list[Span], at: int, openers: str) -> bool:
    """Close the innermost open mark among `openers`; marks opened inside it are dropped."""
    for index in range(len(stack) - 1, -1, -1):
        if stack[index].mark in openers:
            opened = stack[index]
            del stack[index:]
            if at > opened.at + 1:
                spans.append(Span(opened.at + 1, at, opened.mark, index))
            return True
    return False


_RUSSIAN_CLOSER = {"«": "»", '"': '"'}
_MAX_RUSSIAN_PARAGRAPHS = 4
_RUSSIAN_QUOTE_MAX_CHARS = 8_000
# A dash line, or a transcript label: a name ('Михаил Мишустин:'), capitals ('ВЕДУЩИЙ:')
# or an interview's 'Вопрос:' (not an enumeration: 'Второе: ...').
_DASH_OR_LABEL_RE = re.compile(
    r"[—–-]|(?:[A-ZА-ЯЁ][\w.-]*[ \u00a0]+(?:[\w.-]+[ \u00a0]+){0,6}[A-ZА-ЯЁ][\w.-]*"
    r"|[A-ZА-ЯЁ]{2,}(?:[ \u00a0]+[A-ZА-ЯЁ]{2,})*|Вопрос|Ответ|Question|Answer|Q|A)[ \t\u00a0]*:"
    r"[ \t\u00a0]"
)


def _closes_later(body: str, start: int, opener: str) -> bool:
    """Whether a quote opened with « (or a straight ") goes on to its closing mark a few
    paragraphs on, with no other opening before it: Russian typesetting marks a quote of
    several paragraphs only at its two ends."""
    closer = _RUSSIAN_CLOSER.get(opener)
    if closer is None or _DASH_OR_LABEL_RE.match(body, start):
        return False
    # Paragraphs are looked through up to a length too: a text with no blank line would
    # otherwise be searched to its end from every line that leaves a mark open.
    end = min(len(body), start + _RUSSIAN_QUOTE_MAX_CHARS)
    limit = start
    for _ in range(_MAX_RUSSIAN_PARAGRAPHS):
        limit = body.find("\n\n", limit + 1, end)
        if limit < 0:
            limit = end
            break
    closing = body.find(closer, start, limit)
    if closing < 0:
        return False
    if opener == closer:  # straight marks: the first one ahead must close, not open
        after = body[closing + 1 : closing + 2]
        return not body[closing - 1].isspace() and after in _AFTER_CLOSER
    return body.find(opener, start, closing) < 0


def _paired_inside(outer: _Open, spans: list[Span]) -> bool:
    """Whether a pair of marks of the open quote's own kind closed after it opened: English
    double marks do not nest (« may: «программа «Старт»»), so the open one is a stray
    mark, not a quote going on."""
    if outer.mark not in '"“':
        return False
    family = _FAMILY[outer.mark]
    for span in reversed(spans):
        if span.start <= outer.at:
            return False
        # „…“ is the inner pair of Russian typography, inside “…” too: a quote going on
        # over paragraphs may hold one ('“... спросил: „Нам что, уезжать?“ Я ответил: ...').
        if span.opener in family and span.opener != "„":
            return True
    return False


def _end_paragraph(body: str, at: int, stack: list[_Open], spans: list[Span]) -> int:
    """At a line break: keep open quotes that go on, drop the rest. Returns where to resume."""
    if not stack:
        return -1
    if _paired_inside(stack[0], spans):
        stack.clear()  # 'under the name "Green Komi, ... said: "..."': a stray mark
        return -1
    nxt = _PARAGRAPH_START_RE.match(body, at)
    next_start = nxt.end() if nxt else len(body)
    next_char = body[next_start] if next_start < len(body) else ""
    outer = stack[0]
    family = _FAMILY.get(outer.mark, outer.mark)
    outer.paragraphs += 1
    if outer.paragraphs > _MAX_CONTINUED_PARAGRAPHS or not next_char:
        stack.clear()
        return -1
    if next_char in family and len(stack) == 1:
        # English style: each paragraph of a long quote opens again; only the last closes.
        return next_start + 1
    if len(stack) == 1 and _closes_later(body, next_start, outer.mark):
        return next_start  # Russian style: «, then paragraphs with no marks, then »
    line_start = body.rfind("\n", 0, at) + 1
    line = body[line_start:at].rstrip()
    blank_line_between = body.count("\n", at, next_start) > 1
    if (
        not blank_line_between
        and len(line) >= _HARD_WRAP_MIN_LINE
        and not line.endswith(_TERMINAL)
        and (next_char.islower() or next_char.isdigit())
    ):
        return next_start  # a hard-wrapped line: the sentence goes on
    if not blank_line_between and len(stack) == 1 and _verse_goes_on(body, line, next_start):
        return next_start
    stack.clear()
    return -1


def _verse_goes_on(body: str, line: str, next_start: int) -> bool:
    """'“The river has no homework,\nthe river has no bell,\n...and never tells.”': short
    lines of verse, each going on into the next, which opens in lower case, up to a line
    that closes the quote before the paragraph ends."""
    if line.endswith(_TERMINAL) or not body[next_start].islower():
        return False
    # Looked for no further than a poem quoted in a paragraph runs: a text of short lines
    # and no blank line would otherwise be searched to its end from every line.
    limit = min(len(body), next_start + _VERSE_MAX_CHARS)
    paragraph_end = body.find("\n\n", next_start, limit)
    end = paragraph_end if paragraph_end >= 0 else limit
    return any(body.find(closer, next_start, end) >= 0 for closer in '”»"')


_VERSE_MAX_CHARS = 2_000
