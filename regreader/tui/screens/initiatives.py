"""Initiatives (g): every initiative with its link count, and one initiative's timeline."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Static

from regreader.errors import RegreaderError
from regreader.library import InitiativeSummary, TimelineItem
from regreader.tui.widgets.safe import notify_plain, one_line, plain
from regreader.tui.widgets.tables import ColumnSpec, RowTable

if TYPE_CHECKING:
    from regreader.tui.app import RegreaderApp

INITIATIVE_COLUMNS = (
    ColumnSpec("name", "Initiative", share=2),
    ColumnSpec("links", "Links", width=5),
    ColumnSpec("aliases", "Also known as", share=2),
)
TIMELINE_COLUMNS = (
    ColumnSpec("date", "Date", width=10),
    ColumnSpec("speaker", "Speaker", share=1),
    ColumnSpec("region", "Region", share=1),
    ColumnSpec("source", "Source", share=2),
    ColumnSpec("quote", "Quote", share=4),
)


@dataclass
class InitiativesLoaded(Message):
    initiatives: list[InitiativeSummary]


@dataclass
class TimelineLoaded(Message):
    name: str
    items: list[TimelineItem]


class _LibraryScreen(Screen[None]):
    BINDINGS: ClassVar[list[Binding]] = [Binding("escape", "back", "Back", key_display="Esc")]

    @property
    def regreader(self) -> RegreaderApp:
        return self.app  # type: ignore[return-value]

    def action_back(self) -> None:
        self.dismiss(None)

    def failed(self, exc: Exception) -> None:
        self.app.call_from_thread(notify_plain, self.app, str(exc), severity="error")


class InitiativesScreen(_LibraryScreen):
    """All initiatives; Enter opens one's timeline."""

    def compose(self) -> ComposeResult:
        yield Static(Text("Initiatives", style="bold"), classes="screen-title")
        yield RowTable(INITIATIVE_COLUMNS, id="initiatives")
        yield Static(id="initiatives-status", classes="status-line")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(RowTable).focus()
        self._load()

    def on_screen_resume(self) -> None:
        self._load()  # links may have changed while a timeline was open

    @work(thread=True, exclusive=True, group="initiatives")
    def _load(self) -> None:
        try:
            found = self.regreader.library.initiatives()
        except RegreaderError as exc:
            self.failed(exc)
            return
        self.post_message(InitiativesLoaded(found))

    def on_initiatives_loaded(self, message: InitiativesLoaded) -> None:
        self._initiatives = message.initiatives
        table = self.query_one(RowTable)
        table.set_rows(
            [
                (
                    str(i.id),
                    [
                        plain(one_line(i.name), style="bold"),
                        plain(str(i.links)),
                        plain(one_line(", ".join(i.aliases)), style="dim"),
                    ],
                    1,
                )
                for i in message.initiatives
            ],
            cursor=table.cursor_row,
        )
        status = self.query_one("#initiatives-status", Static)
        if message.initiatives:
            status.update(plain("Enter: timeline of linked quotes · Esc: back", style="dim"))
        else:
            status.update(
                plain(
                    "No initiatives yet. Open an article, pick a quote and press i to link one.",
                    style="dim",
                )
            )

    def on_data_table_row_selected(self, event: RowTable.RowSelected) -> None:
        event.stop()
        key = self.query_one(RowTable).current_key()
        if key is not None:
            self.app.push_screen(TimelineScreen(int(key)))


class TimelineScreen(_LibraryScreen):
    """One initiative's linked quotes across articles, in date order."""

    def __init__(self, initiative_id: int) -> None:
        super().__init__()
        self.initiative_id = initiative_id
        self.items: list[TimelineItem] = []

    def compose(self) -> ComposeResult:
        yield Static(id="timeline-title", classes="screen-title")
        yield RowTable(TIMELINE_COLUMNS, id="timeline")
        yield Static(
            plain("Enter: open the quote in its article · Esc: back", style="dim"),
            classes="status-line",
        )
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(RowTable).focus()
        self._load()

    @work(thread=True, exclusive=True, group="timeline")
    def _load(self) -> None:
        library = self.regreader.library
        try:
            name = next((i.name for i in library.initiatives() if i.id == self.initiative_id), "?")
            items = library.timeline(self.initiative_id)
        except RegreaderError as exc:
            self.failed(exc)
            return
        self.post_message(TimelineLoaded(name, items))

    def on_timeline_loaded(self, message: TimelineLoaded) -> None:
        self.items = message.items
        title = plain("Timeline: ", style="bold")
        title.append_text(plain(message.name, style="bold"))
        title.append_text(plain(f"  ({len(message.items)} linked)", style="dim"))
        self.query_one("#timeline-title", Static).update(title)
        self.query_one(RowTable).set_rows(
            [(str(index), self._cells(item), 1) for index, item in enumerate(message.items)]
        )

    @staticmethod
    def _cells(item: TimelineItem) -> list[Text]:
        quote = one_line(item.text) or "(the whole article)"
        if item.orphaned:
            quote = f"[orphaned] {quote}"
        return [
            plain(item.published or "no date", style="" if item.published else "dim"),
            plain(one_line(item.speaker or "—"), style="bold" if item.speaker else "dim"),
            plain(one_line(", ".join(item.regions[:2]) or "—"), style="cyan"),
            plain(one_line(item.source), style="dim"),
            plain(quote, style="dim" if item.orphaned else ""),
        ]

    def on_data_table_row_selected(self, event: RowTable.RowSelected) -> None:
        event.stop()
        key = self.query_one(RowTable).current_key()
        if key is None:
            return
        item = self.items[int(key)]
        if item.article_id is None:
            notify_plain(self.app, "That article is no longer in the library.", severity="warning")
            return
        self.regreader.jump_to_quote(item.article_id, item.quote_id)
