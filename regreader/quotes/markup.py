"""Marks of Markdown and e-mail that are no words: emphasis around quote marks ('**«Мы
справимся»**, — заявил'), and the '>' before a quoted e-mail's or a Markdown
blockquote's lines ('> «...»' then '> — Ирина Колосова, заместитель губернатора').

Quotes are read in a copy where these are blanks, one for one, so every offset into the
copy is the same offset into the text; the quotes' own texts come from the text.
"""

from __future__ import annotations

import re

from regreader.wrapping import REPLY_PREFIX

_LINE_QUOTE_PREFIX_RE = re.compile(r"^[ \t]*" + REPLY_PREFIX, re.M)
# Emphasis around a quote, outside its marks: '**«' and '»**', '**"' and '"**'. Inside the
# marks it is part of the words quoted ('«*не* стройка»'), and stays.
_EMPHASIS_AROUND_MARKS_RE = re.compile(
    r"\*+(?=[«“„‘])|(?<=[»”’])\*+"
    r"|(?:(?<=^)|(?<=[\s(—–-]))\*+(?=[\"'])|(?<=[\"'])\*+(?=[\s,.;:!?—–-]|$)",
    re.M,
)


def without_markup(text: str) -> str:
    """`text` with emphasis around quote marks and line-opening '>' marks as blanks;
    `text` itself when it has none."""
    if "*" not in text and ">" not in text:
        return text  # the usual case, told by two scans
    blanked = _EMPHASIS_AROUND_MARKS_RE.sub(_blanks, text)
    return _LINE_QUOTE_PREFIX_RE.sub(_blanks, blanked)


def _blanks(match: re.Match[str]) -> str:
    return " " * len(match.group())
