"""Filters in the search text (`region:perm`, `tag:"funding/subsidy"`) shown as chips.

The search text is the single source of truth: a chip is a filter token found in it, and
removing a chip removes that token from the text. The search parser does the filtering.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from textual.containers import HorizontalGroup
from textual.content import Content
from textual.message import Message
from textual.widgets import Button

from regreader.text import strip_controls

FILTER_KEYS = ("region", "tag", "initiative", "speaker", "lang", "after", "before")
FILTER_TOKEN = re.compile(
    r"(?<!\S)-?(?P<key>" + "|".join(FILTER_KEYS) + r'):(?P<value>"[^"]*"|\S+)', re.IGNORECASE
)


@dataclass(frozen=True)
class FilterToken:
    key: str
    value: str  # without quotes
    start: int
    end: int

    @property
    def label(self) -> str:
        return f"{self.key}:{self.value}"


def filter_tokens(text: str) -> list[FilterToken]:
    return [
        FilterToken(m["key"].lower(), m["value"].strip('"'), m.start(), m.end())
        for m in FILTER_TOKEN.finditer(text)
        if m["value"].strip('"')
    ]


def format_filter(key: str, value: str) -> str:
    value = value.strip().replace('"', "")
    return f'{key}:"{value}"' if any(ch.isspace() for ch in value) else f"{key}:{value}"


def remove_token(text: str, token: FilterToken) -> str:
    return " ".join((text[: token.start] + text[token.end :]).split())


def replace_filters(text: str, filters: list[tuple[str, str]], keys: tuple[str, ...]) -> str:
    """The text with every filter of `keys` replaced by `filters` (appended at the end)."""
    kept = text
    for token in reversed(filter_tokens(text)):
        if token.key in keys:
            kept = kept[: token.start] + kept[token.end :]
    words = kept.split() + [format_filter(key, value) for key, value in filters if value.strip()]
    return " ".join(words)


class FilterChips(HorizontalGroup):
    """A row of removable chips; hidden when the search has no filters."""

    class RemoveFilter(Message):
        def __init__(self, token: FilterToken) -> None:
            super().__init__()
            self.token = token

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self._tokens: list[FilterToken] = []

    def show_for(self, text: str) -> None:
        tokens = filter_tokens(text)
        if [t.label for t in tokens] == [t.label for t in self._tokens]:
            self._tokens = tokens  # offsets may have moved
            return
        self._tokens = tokens
        self.remove_children()
        self.set_class(not tokens, "-empty")
        self.mount_all(
            Button(Content(strip_controls(f"{t.label} ✕")), classes="chip", name=str(i))
            for i, t in enumerate(tokens)
        )

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        index = int(event.button.name or 0)
        if index < len(self._tokens):
            self.post_message(self.RemoveFilter(self._tokens[index]))
