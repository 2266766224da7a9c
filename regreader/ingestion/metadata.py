"""Title and publication date from plain text.

Only the top of a text is trusted: a date counts when it stands on a short line of its
own ("10 April2024") or opens one of the first lines ("On April 8, 2014 Moscow hosted"),
so that "By December 1, 2024" in the third paragraph is never taken for the publication
date. When nothing qualifies the date is None: regreader never invents one.
"""

from __future__ import annotations

import re
from datetime import date

from regreader.wrapping import wrap_breaks

# How many non-empty lines at the top may carry the date or the title.
TOP_LINES = 5
TITLE_LINES = 4
# A headline may run on over this many more lines (see _with_its_continuation).
TITLE_CONTINUATION_LINES = 2
# A line this short holding a date is a dateline, wherever the date sits in it.
DATELINE_MAX_CHARS = 80
LONG_LINE_HEAD_CHARS = 120
HEADING_MAX_CHARS = 150
HEADING_MIN_WORDS = 2
# A line longer than this is a paragraph; the title is not looked for past the second one.
PARAGRAPH_MIN_CHARS = 200
TITLE_MAX_CHARS = 100
MIN_SENTENCE_CHARS = 20
ELLIPSIS = "…"

_MONTHS_EN = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
_MONTHS_RU = {
    "январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "июн": 6, "июл": 7,
    "август": 8, "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12,
}  # fmt: skip
_RU_MONTH_FORMS = (
    r"январ[яь]|феврал[яь]|марта?|апрел[яь]|ма[яй]|июн[яь]|июл[яь]|августа?|"
    r"сентябр[яь]|октябр[яь]|ноябр[яь]|декабр[яь]"
)
_EN_MONTH_FORMS = "|".join(sorted(_MONTHS_EN, key=len, reverse=True))
_MONTH = rf"(?P<month>{_EN_MONTH_FORMS}|{_RU_MONTH_FORMS})\.?"
_YEAR = r"(?P<year>(?:19|20)\d\d)(?!\d)"
_YEAR_HINT = re.compile(r"(?:19|20)\d\d")
_DAY = r"(?<!\d)(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"

_DATE_PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        # 2024-04-10, 2024-04-10T09:00:00Z
        r"(?<!\d)(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?!\d)",
        # 10.04.2024
        rf"{_DAY}\.(?P<month>[01]?\d)\.{_YEAR}",
        # 10 April 2024, 10 April2024, 10 апреля 2024 года
        rf"{_DAY}\s*{_MONTH},?\s*{_YEAR}",
        # April 8, 2014
        rf"\b{_MONTH}\s+{_DAY},?\s*{_YEAR}",
    )
)
# What may stand before a date that opens a line: "On", "Published:", "Moscow, ".
_LEAD_IN = re.compile(
    r"\s*(?:(?:on|published(?:\s+on)?|posted(?:\s+on)?|updated(?:\s+on)?|dated?|"
    r"опубликовано|дата(?:\s+публикации)?|от)\s*:?\s*)?"
    r"(?-i:[A-ZА-ЯЁ][\w-]*(?:\s+[A-ZА-ЯЁ][\w-]*){0,2}\s*(?:,|—|–|-)\s*)?",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?…](?=\s|$)")
_WHITESPACE = re.compile(r"\s+")
_OPENING_MARKS = "\"'«“„‘‹—–-•*>"
# '«Денег нет, работайте»: как врач ...': a quote the headline goes on from.
_QUOTE_THEN_HEADLINE_RE = re.compile(r"[«“„\"][^«»“”„\"\n]{2,150}[»”“\"][:—–-]?\s+\w+\s+\w")
# 'Текст: Мария Лукина', 'Photo: ...': a credit line, not a headline.
_BYLINE_RE = re.compile(
    r"(?:текст|фото|автор|авторы|источник|редакция|by|text|photo|photos|author|source)"
    r"\s*:\s",
    re.IGNORECASE,
)


# A page saved as text keeps what stood above its headline: a skip link, the site's menu,
# breadcrumbs ('Главная > Новости > Экономика', 'Regions / Far East'). None of it is the
# title or carries the date, and it must not push them out of the lines looked at.
_SITE_LINES = frozenset(
    (
        "skip to main content", "skip to content", "main menu", "menu", "search", "home",
        "subscribe", "sign in", "log in", "navigation", "перейти к содержанию",
        "перейти к основному содержанию", "главное меню", "меню", "поиск", "главная",
        "подписаться", "войти", "вход", "навигация", "версия для слабовидящих",
    )
)  # fmt: skip
# Case folding never shortens a text: a longer line is none of them.
_SITE_LINE_MAX_CHARS = max(map(len, _SITE_LINES))
_MENU_SEPARATOR_RE = re.compile(r"[ \u00a0][|·•][ \u00a0]")
_CRUMB_SEPARATOR_RE = re.compile(r"[ \u00a0][>»›/→][ \u00a0]")
_MENU_ITEMS_MIN = 3
_ITEM_MAX_WORDS = 3
_CRUMBS_MAX_CHARS = 60


def _is_page_furniture(line: str) -> bool:
    """A skip link, a menu ('Home | News | Regions') or breadcrumbs: short items with no
    colon (a headline may hold a bar or a slash: 'Kaluga | Perm: two forums').

    The top lines of most texts are a headline, a date and paragraphs: cheap tests of
    length and characters rule them out before any split (this runs on every article).
    """
    bare = line.rstrip(" :")
    if len(bare) <= _SITE_LINE_MAX_CHARS and bare.casefold() in _SITE_LINES:
        return True
    if ":" in line:
        return False
    if "|" in line or "·" in line or "•" in line:
        items = _MENU_SEPARATOR_RE.split(line)
        if len(items) >= _MENU_ITEMS_MIN and _all_short(items):
            return True
    if len(line) > _CRUMBS_MAX_CHARS:
        return False
    crumbs = _CRUMB_SEPARATOR_RE.split(line)
    return len(crumbs) >= 2 and _all_short(crumbs)


def _all_short(items: list[str]) -> bool:
    return all(0 < len(item.split()) <= _ITEM_MAX_WORDS for item in items)


def top_lines(text: str, count: int) -> list[str]:
    """The first `count` non-empty lines, stripped, page furniture passed over."""
    lines: list[str] = []
    for line in text.split("\n", 200):
        stripped = line.strip()
        if stripped and not _is_page_furniture(stripped):
            lines.append(stripped)
            if len(lines) == count:
                break
    return lines


def _month_number(name: str) -> int | None:
    folded = name.casefold().rstrip(".")
    if folded.isdigit():
        return int(folded)
    if folded in _MONTHS_EN:
        return _MONTHS_EN[folded]
    for stem, number in _MONTHS_RU.items():
        if folded.startswith(stem):
            return number
    return None


def _to_date(match: re.Match[str]) -> date | None:
    month = _month_number(match.group("month"))
    if month is None:
        return None
    try:
        return date(int(match.group("year")), month, int(match.group("day")))
    except ValueError:
        return None


def parse_date(text: str) -> str | None:
    """The first date anywhere in `text`, as YYYY-MM-DD (for short, trusted strings)."""
    found = _dates_in(text)
    return found[0][1].isoformat() if found else None


def _dates_in(line: str) -> list[tuple[int, date]]:
    """Every valid date in a line with where it starts, in reading order."""
    if _YEAR_HINT.search(line) is None:  # every form has a year; most lines have none
        return []
    found: list[tuple[int, date]] = []
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(line):
            value = _to_date(match)
            if value is not None:
                found.append((match.start(), value))
    found.sort(key=lambda item: item[0])
    return found


def _opens_line(line: str, position: int) -> bool:
    lead = _LEAD_IN.match(line)
    return lead is not None and lead.end() == position


def find_date(text: str) -> str | None:
    """The publication date given at the top of `text` (YYYY-MM-DD), or None."""
    for line in top_lines(text, TOP_LINES):
        if len(line) <= DATELINE_MAX_CHARS:
            found = _dates_in(line)
            if found:
                return found[0][1].isoformat()
            continue
        # In a long line only a date that opens it counts, so only its head is searched
        # (a lead-in, a date, and the first words after it): paragraphs are long.
        for position, value in _dates_in(line[:LONG_LINE_HEAD_CHARS]):
            if _opens_line(line, position):
                return value.isoformat()
    return None


def normalise_title(text: str) -> str:
    """One line, single spaces."""
    return _WHITESPACE.sub(" ", text).strip()


def _is_dateline(line: str) -> bool:
    return len(line) <= DATELINE_MAX_CHARS and bool(_dates_in(line))


def _is_heading(line: str) -> bool:
    """A short line that reads like a headline, not a sentence, a label or a quote."""
    if len(line) > HEADING_MAX_CHARS or len(line.split()) < HEADING_MIN_WORDS:
        return False
    if line[-1] in ".,;:" or _BYLINE_RE.match(line):
        return False
    if line[0] in _OPENING_MARKS and not _QUOTE_THEN_HEADLINE_RE.match(line):
        return False
    if not any(char.isalpha() for char in line):
        return False
    return not _is_dateline(line)


def shorten(text: str, limit: int = TITLE_MAX_CHARS) -> str:
    """`text` cut at a word boundary to at most `limit` characters, with an ellipsis if cut."""
    text = normalise_title(text)
    if len(text) <= limit:
        return text
    cut = text[: limit - len(ELLIPSIS) + 1]
    space = cut.rfind(" ")
    # Cut at the last space unless that loses half the line (one very long word).
    cut = cut[:space] if space > limit // 2 else cut[: limit - len(ELLIPSIS)]
    return cut.rstrip(" ,;:—–-") + ELLIPSIS


def first_sentence(text: str) -> str:
    """Up to the first sentence end that leaves a real sentence (not "Mr." or "St.")."""
    for match in _SENTENCE_END.finditer(text):
        if match.start() >= MIN_SENTENCE_CHARS:
            # A full stop is dropped (titles carry none); "?" and "!" are kept.
            return text[: match.start() if match.group() == "." else match.end()]
    return text


def find_title(text: str, fallback: str) -> str:
    """A heading among the first lines, else the first sentence shortened, else `fallback`."""
    # Markdown headings ("# Title") count as headings without their marks.
    lines = [line.lstrip("#").strip() or line for line in top_lines(text, TITLE_LINES)]
    paragraphs = 0
    for line in lines:
        if _is_heading(line):
            return normalise_title(_with_its_continuation(text, line))
        if len(line) >= PARAGRAPH_MIN_CHARS:
            paragraphs += 1
            if paragraphs == 2:
                break
    for line in lines:
        if not _is_dateline(line):
            return shorten(first_sentence(line))
    return fallback


def _with_its_continuation(text: str, heading: str) -> str:
    """A heading with the lines it runs on to: a hard-wrapped text breaks a long headline
    at its margin, and a report sets one in capitals over two lines ('COLD CORRIDORS: ...
    BOTTLENECK' / 'IN MURMANSK, ARKHANGELSK AND YAKUTIA'). A dateline, a byline or a
    line of another kind after it is not part of it."""
    start = text.find(heading)
    line_end = text.find("\n", start + len(heading)) if start >= 0 else -1
    joined = heading
    breaks: set[int] | None = None
    for _ in range(TITLE_CONTINUATION_LINES):
        if line_end < 0:
            break
        next_end = text.find("\n", line_end + 1)
        following = text[line_end + 1 : next_end if next_end >= 0 else len(text)].strip()
        if not following or _is_dateline(following) or _BYLINE_RE.match(following):
            break
        if not (_in_capitals(joined) and _in_capitals(following)):
            breaks = set(wrap_breaks(text)) if breaks is None else breaks
            if line_end not in breaks:
                break
        joined = f"{joined} {following}"
        line_end = next_end
    return joined if joined != heading and _is_heading(joined) else heading


def _in_capitals(line: str) -> bool:
    return line.upper() == line and any(char.isalpha() for char in line)
