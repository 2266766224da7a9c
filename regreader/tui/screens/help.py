"""Help: every key, from the same table the bindings are made from."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from regreader.tui.keys import KEY_ACTIONS, NAVIGATION_HELP, key_label

if TYPE_CHECKING:
    from regreader.tui.app import RegreaderApp

INTRO = (
    'Search with words, "exact phrases", prefix*, OR, -exclusion and filters such as '
    'region:perm tag:funding initiative:"UCN 2.0" speaker:makhonin lang:ru '
    "after:2024-01-01 before:2024-12-31. Open an article with Enter; j/k move through its "
    "quotes and the reader follows. Keys can be changed in the [keys] table of the settings "
    "file, using the names in the first column."
)


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[Binding]] = [
        Binding("escape,q,question_mark", "dismiss", "Close", key_display="Esc"),
    ]

    def compose(self) -> ComposeResult:
        app: RegreaderApp = self.app  # type: ignore[assignment]
        table = Table(box=None, show_header=True, expand=True, padding=(0, 1))
        table.add_column("Name", style="dim", no_wrap=True)
        table.add_column("Key", style="bold", no_wrap=True)
        table.add_column("Does")
        for action in KEY_ACTIONS:
            label = key_label(action, app.settings.key_overrides)
            table.add_row(Text(action.id), Text(label), Text(action.title))
        for key, does in NAVIGATION_HELP:
            table.add_row(Text(""), Text(key), Text(does))
        with VerticalScroll(id="help-box"):
            yield Static(Text("regreader: keys", style="bold"), id="help-title")
            yield Static(Text(INTRO), id="help-intro")
            yield Static(table)

    def action_dismiss(self) -> None:  # type: ignore[override]
        self.dismiss(None)
