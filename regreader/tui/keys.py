"""Every key the app answers to, in one table, and the user's overrides from the config file.

Each entry is a Textual binding with an `id`; the ids are the names users write in the
`[keys]` table of the settings file (see regreader.settings), e.g. `tag = "ctrl+t"`. The help
screen and the command palette read this same table, so a key is never documented twice.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from textual.binding import Binding

Scope = Literal["app", "main"]


@dataclass(frozen=True)
class KeyAction:
    """One user action: its settings name, default key, Textual action and description."""

    id: str
    key: str
    action: str
    description: str  # the footer's word for it
    title: str  # what it does, for the help screen and the command palette
    scope: Scope
    show: bool = True
    # The footer shows `key_display` instead of Textual's name for the key ("slash").
    key_display: str | None = None
    # Checked before the focused widget sees the key (see RegreaderApp.action_focus_search).
    priority: bool = False

    def binding(self) -> Binding:
        return Binding(
            self.key,
            self.action,
            self.description,
            show=self.show,
            id=self.id,
            key_display=self.key_display,
            priority=self.priority,
        )


KEY_ACTIONS: tuple[KeyAction, ...] = (
    KeyAction("search", "slash", "focus_search", "Search", "Search", "app", key_display="/",
              priority=True),
    KeyAction("back", "escape", "back", "Back", "Back (close the reader, leave the search box)",
              "main", show=False, key_display="Esc"),
    KeyAction("tag", "t", "tag", "Tag", "Tag the selected quote", "main"),
    KeyAction("note", "n", "note", "Note", "Note on the selected quote", "main"),
    KeyAction("link", "i", "link", "Link", "Link the selected quote to an initiative", "main"),
    # The same on the whole open article (the footer shows only the quote keys).
    KeyAction("tag_article", "T", "tag_article", "Tag article", "Tag the open article",
              "main", show=False),
    KeyAction("note_article", "N", "note_article", "Note on article",
              "Note on the open article", "main", show=False),
    KeyAction("link_article", "I", "link_article", "Link article",
              "Link the open article to an initiative", "main", show=False),
    KeyAction("filters", "f", "filters", "Filters",
              "Filters: region, tag, initiative, speaker, language, dates", "app"),
    KeyAction("initiatives", "g", "initiatives", "Initiatives",
              "Initiatives and their timelines", "app"),
    KeyAction("export", "e", "export", "Export",
              "Export annotations (Markdown, CSV, JSON Lines, REFI-QDA)", "app"),
    KeyAction("help", "question_mark", "help", "Help", "Help: every key", "app",
              key_display="?"),
    KeyAction("quit", "q", "quit", "Quit", "Quit", "app"),
)  # fmt: skip

# Moving and opening are table keys (j/k/arrows/Enter); listed for the help screen only.
NAVIGATION_HELP: tuple[tuple[str, str], ...] = (
    ("j / ↓", "Next row (results, quotes) or scroll down (reader)"),
    ("k / ↑", "Previous row or scroll up"),
    ("Enter", "Open the highlighted article, quote or initiative"),
    ("Tab", "Next pane"),
    ("Ctrl+P", "Command palette: every action by name"),
)


def bindings_for(scope: Scope) -> list[Binding]:
    return [action.binding() for action in KEY_ACTIONS if action.scope == scope]


def keymap_from_overrides(overrides: Mapping[str, str]) -> dict[str, str]:
    """The user's `[keys]` table as a Textual keymap; unknown action names are ignored."""
    known = {action.id for action in KEY_ACTIONS}
    return {name: key for name, key in overrides.items() if name in known and key.strip()}


def unknown_overrides(overrides: Mapping[str, str]) -> list[str]:
    """Names in the `[keys]` table that are not actions (reported once at start-up)."""
    known = {action.id for action in KEY_ACTIONS}
    return sorted(name for name in overrides if name not in known)


def clashing_keys(overrides: Mapping[str, str]) -> list[str]:
    """'T (tag, tag_article)' for every key the `[keys]` table gives two actions (reported
    once at start-up: only one of them would run)."""
    keymap = keymap_from_overrides(overrides)
    actions_by_key: dict[str, list[str]] = {}
    for action in KEY_ACTIONS:
        for key in keymap.get(action.id, action.key).split(","):
            actions_by_key.setdefault(key.strip(), []).append(action.id)
    return [f"{key} ({', '.join(ids)})" for key, ids in actions_by_key.items() if len(ids) > 1]


def key_label(action: KeyAction, overrides: Mapping[str, str]) -> str:
    """The key that runs `action` now, as the user would type it."""
    custom = keymap_from_overrides(overrides).get(action.id)
    if custom:
        return custom
    return action.key_display or action.key
