"""The command palette (Ctrl+P): every action of the key table, plus initiatives by name.

Hits are built as Content objects from plain text: Textual's own highlighter parses the
candidate as markup, and initiative names are user data.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from regreader.text import strip_controls
from regreader.tui.keys import KEY_ACTIONS, KeyAction, key_label

if TYPE_CHECKING:
    from regreader.tui.app import RegreaderApp


def highlighted(text: str, query_offsets: list[int] | tuple[int, ...]) -> Content:
    """Literal text with the matched characters emphasised."""
    content = Content(strip_controls(text))
    for offset in query_offsets:
        if offset < len(content.plain):
            content = content.stylize("bold underline", offset, offset + 1)
    return content


class RegreaderCommands(Provider):
    """Actions first, then "Initiative: <name>" entries that open a timeline."""

    async def startup(self) -> None:
        app: RegreaderApp = self.app  # type: ignore[assignment]
        try:
            found = await asyncio.to_thread(app.library.initiatives)
        except Exception:  # the palette must open even when the library misbehaves
            found = []
        self._initiatives = [(i.id, i.name) for i in found]

    def _entries(self) -> list[tuple[str, Callable[[], object], str]]:
        app: RegreaderApp = self.app  # type: ignore[assignment]
        entries: list[tuple[str, Callable[[], object], str]] = []
        for action in KEY_ACTIONS:
            key = self._key_label(action)
            entries.append(
                (
                    action.title,
                    partial(self._run, action),
                    f"key: {key}",
                )
            )
        for initiative_id, name in getattr(self, "_initiatives", []):
            entries.append(
                (f"Initiative: {name}", partial(app.open_initiative, initiative_id), "timeline")
            )
        return entries

    def _key_label(self, action: KeyAction) -> str:
        app: RegreaderApp = self.app  # type: ignore[assignment]
        return key_label(action, app.settings.key_overrides)

    def _run(self, action: KeyAction) -> None:
        app: RegreaderApp = self.app  # type: ignore[assignment]
        if action.scope == "main":
            app.run_main_action(action.action)
        else:
            app.run_action(action.action)

    async def discover(self) -> Hits:
        for text, command, help_text in self._entries():
            yield DiscoveryHit(Content(strip_controls(text)), command, text=text, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for text, command, help_text in self._entries():
            score = matcher.match(text)
            if score > 0:
                _, offsets = matcher.fuzzy_search.match(query, text)
                yield Hit(score, highlighted(text, offsets), command, text=text, help=help_text)
