"""Export (e): choose a format and what to export, write the file, say where it went."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Checkbox, Input, Label, RadioButton, RadioSet, Select, Static

from regreader.errors import RegreaderError
from regreader.text import plural
from regreader.tui.widgets.safe import notify_plain, plain

if TYPE_CHECKING:
    from regreader.tui.app import RegreaderApp

FORMATS = (
    ("md", "Markdown report"),
    ("csv", "CSV spreadsheet"),
    ("jsonl", "JSON Lines"),
    ("qdpx", "REFI-QDA project (.qdpx)"),
    ("sqlite", "SQLite database"),
)
SCOPES = ("search", "initiative", "tag", "all")


@dataclass
class ChoicesLoaded(Message):
    initiatives: list[str]
    tags: list[str]
    default_path: Path


@dataclass
class ExportDone(Message):
    text: str
    ok: bool


class ExportScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[Binding]] = [
        Binding("ctrl+s", "export", "Export"),
        Binding("escape", "cancel", "Cancel"),
    ]

    def __init__(self, search_text: str, folder: Path | None = None) -> None:
        super().__init__()
        self.search_text = search_text
        self.folder = folder
        self._suggested_path = ""

    @property
    def regreader(self) -> RegreaderApp:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog", id="export-dialog"):
            yield Static(Text("Export annotated quotes"), classes="dialog-title")
            with Horizontal(id="export-choices"):
                with RadioSet(id="export-format"):
                    for index, (_, label) in enumerate(FORMATS):
                        yield RadioButton(Text(label), value=index == 0)
                with RadioSet(id="export-scope"):
                    yield RadioButton(Text(self._search_label()), value=True)
                    yield RadioButton(Text("One initiative"))
                    yield RadioButton(Text("One tag"))
                    yield RadioButton(Text("Everything annotated"))
            yield Select[str]([], prompt="initiative…", id="export-initiative")
            yield Select[str]([], prompt="tag…", id="export-tag")
            with Horizontal(classes="filter-row"):
                yield Label(Text("File"), classes="filter-label")
                yield Input(id="export-path")
            yield Checkbox(Text("Replace the file if it exists"), id="export-overwrite")
            yield Static(
                Text("Tab: next · Space/Enter: choose · Ctrl+S: export · Esc: cancel"),
                classes="dialog-hint",
            )

    def _search_label(self) -> str:
        query = self.search_text.strip()
        if not query:
            return "Current search (none: everything)"
        shown = query if len(query) <= 30 else query[:29] + "…"
        return f"Current search: {shown}"

    def on_mount(self) -> None:
        self.query_one("#export-format").focus()
        self._show_scope_choice()
        self._load_choices()

    @on(RadioSet.Changed, "#export-scope")
    def _show_scope_choice(self) -> None:
        """Only the chosen scope's picker is on screen (dialogs must fit 80x24)."""
        for scope in ("initiative", "tag"):
            self.query_one(f"#export-{scope}").display = self.scope == scope

    @work(thread=True, exclusive=True, group="export-choices")
    def _load_choices(self) -> None:
        library = self.regreader.library
        try:
            initiatives = [i.name for i in library.initiatives()]
            tags = library.tag_names()
        except RegreaderError:
            initiatives, tags = [], []
        path = library.default_export_path(self.format, self.folder)
        self.post_message(ChoicesLoaded(initiatives, tags, path))

    def on_choices_loaded(self, message: ChoicesLoaded) -> None:
        self.query_one("#export-initiative", Select).set_options(
            (plain(name), name) for name in message.initiatives
        )
        self.query_one("#export-tag", Select).set_options(
            (plain(name), name) for name in message.tags
        )
        self._suggested_path = str(message.default_path)
        self.query_one("#export-path", Input).value = self._suggested_path

    @property
    def format(self) -> str:
        index = self.query_one("#export-format", RadioSet).pressed_index
        return FORMATS[max(index, 0)][0]

    @property
    def scope(self) -> str:
        return SCOPES[max(self.query_one("#export-scope", RadioSet).pressed_index, 0)]

    @on(RadioSet.Changed, "#export-format")
    def _format_changed(self) -> None:
        path_input = self.query_one("#export-path", Input)
        if path_input.value == self._suggested_path:  # the user has not typed their own
            self._load_choices()

    def chosen_filters(self) -> dict[str, str] | None:
        """The export's filters for the chosen scope; None (and a warning) when incomplete."""
        scope = self.scope
        if scope == "search":
            return {"query": self.search_text} if self.search_text.strip() else {}
        if scope == "all":
            return {}
        value = self.query_one(f"#export-{scope}", Select).value
        if not isinstance(value, str):
            notify_plain(self.app, f"Choose the {scope} to export first.", severity="warning")
            return None
        return {scope: value}

    def action_export(self) -> None:
        filters = self.chosen_filters()
        path_text = self.query_one("#export-path", Input).value.strip()
        if filters is None:
            return
        if not path_text:
            notify_plain(self.app, "Give the file to write.", severity="warning")
            return
        overwrite = self.query_one("#export-overwrite", Checkbox).value
        self._write(self.format, Path(path_text).expanduser(), filters, overwrite)

    @work(thread=True, exclusive=True, group="export")
    def _write(self, fmt: str, path: Path, filters: dict[str, str], overwrite: bool) -> None:
        try:
            result = self.regreader.library.export(fmt, path, filters=filters, overwrite=overwrite)
        except (RegreaderError, OSError) as exc:
            self.post_message(ExportDone(str(exc), ok=False))
            return
        self.post_message(
            ExportDone(
                f"Exported {plural(result.quotes, 'quote')} from "
                f"{plural(result.articles, 'article')} to {result.path.resolve()}",
                ok=True,
            )
        )

    def on_export_done(self, message: ExportDone) -> None:
        severity = "information" if message.ok else "error"
        notify_plain(self.app, message.text, severity=severity, timeout=12)
        if message.ok:
            self.dismiss(None)

    def action_cancel(self) -> None:
        self.dismiss(None)
