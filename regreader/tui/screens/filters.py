"""Filters (f): region, tag, initiative, speaker, language and dates, with facet counts.

The dialog edits filter tokens of the search text and returns the new text; the main
screen shows them as chips and the search parser applies them. Counts are over what the
rest of the search matches (its words and the other filters).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Select, SelectionList, Static
from textual.widgets.selection_list import Selection

from regreader.errors import RegreaderError
from regreader.library import Facets
from regreader.tui.widgets.chips import FILTER_KEYS, filter_tokens, replace_filters
from regreader.tui.widgets.safe import plain

if TYPE_CHECKING:
    from regreader.tui.app import RegreaderApp

LANGUAGES = (("Russian", "ru"), ("English", "en"), ("Mixed", "mixed"))
TEXT_FIELDS = ("initiative", "speaker", "after", "before")
PLACEHOLDERS = {
    "initiative": "name or alias, e.g. UCN 2.0",
    "speaker": "e.g. makhonin",
    "after": "YYYY, YYYY-MM or YYYY-MM-DD",
    "before": "YYYY, YYYY-MM or YYYY-MM-DD",
}


@dataclass
class FacetsLoaded(Message):
    facets: Facets
    selected_regions: set[str]


class FiltersScreen(ModalScreen[str | None]):
    BINDINGS: ClassVar[list[Binding]] = [
        Binding("ctrl+s", "apply", "Apply"),
        Binding("escape", "cancel", "Cancel"),
    ]

    def __init__(self, search_text: str) -> None:
        super().__init__()
        self.search_text = search_text
        self.current = {key: [] for key in FILTER_KEYS}  # type: dict[str, list[str]]
        for token in filter_tokens(search_text):
            self.current[token.key].append(token.value)

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog", id="filters-dialog"):
            yield Static(Text("Filters"), classes="dialog-title")
            with Horizontal(id="facet-lists"):
                with Vertical(classes="facet"):
                    yield Label(Text("Regions (articles)"))
                    yield SelectionList[str](id="regions")
                with Vertical(classes="facet"):
                    yield Label(Text("Tags (articles)"))
                    yield SelectionList[str](id="tags")
            for key in TEXT_FIELDS:
                with Horizontal(classes="filter-row"):
                    yield Label(Text(key.capitalize()), classes="filter-label")
                    yield Input(
                        " ".join(self.current[key]),
                        placeholder=PLACEHOLDERS[key],
                        id=f"filter-{key}",
                    )
            with Horizontal(classes="filter-row"):
                yield Label(Text("Language"), classes="filter-label")
                yield Select[str](
                    [(Text(label), value) for label, value in LANGUAGES],
                    prompt="any",
                    value=self.current["lang"][0] if self.current["lang"] else Select.NULL,
                    id="filter-lang",
                )
            yield Static(
                Text("Space: tick a region/tag · Tab: next field · Ctrl+S: apply · Esc: cancel"),
                classes="dialog-hint",
            )

    def on_mount(self) -> None:
        self.query_one("#regions").focus()
        self._load_facets()

    @work(thread=True, exclusive=True, group="facets")
    def _load_facets(self) -> None:
        app: RegreaderApp = self.app  # type: ignore[assignment]
        # Count over the search without its region and tag filters: the choices on offer.
        base = replace_filters(self.search_text, [], ("region", "tag"))
        try:
            facets = app.library.facets(base)
            selected = {
                key for value in self.current["region"] for key in app.library.region_keys(value)
            }
        except RegreaderError:
            facets, selected = Facets(), set()
        self.post_message(FacetsLoaded(facets, selected))

    def on_facets_loaded(self, message: FacetsLoaded) -> None:
        regions = self.query_one("#regions", SelectionList)
        for facet in message.facets.regions:
            regions.add_option(
                Selection(
                    plain(f"{facet.label} ({facet.count})"),
                    facet.value,
                    facet.value in message.selected_regions,
                )
            )
        tags = self.query_one("#tags", SelectionList)
        chosen_tags = {value.casefold() for value in self.current["tag"]}
        for facet in message.facets.tags:
            tags.add_option(
                Selection(
                    plain(f"{facet.label} ({facet.count})"),
                    facet.label,
                    facet.label.casefold() in chosen_tags or facet.value in chosen_tags,
                )
            )

    def chosen_filters(self) -> list[tuple[str, str]]:
        chosen: list[tuple[str, str]] = []
        chosen += [
            ("region", value) for value in self.query_one("#regions", SelectionList).selected
        ]
        chosen += [("tag", value) for value in self.query_one("#tags", SelectionList).selected]
        for key in TEXT_FIELDS:
            value = self.query_one(f"#filter-{key}", Input).value.strip()
            if value:
                chosen.append((key, value))
        lang = self.query_one("#filter-lang", Select).value
        if isinstance(lang, str):
            chosen.append(("lang", lang))
        return chosen

    def action_apply(self) -> None:
        self.dismiss(replace_filters(self.search_text, self.chosen_filters(), FILTER_KEYS))

    def action_cancel(self) -> None:
        self.dismiss(None)
