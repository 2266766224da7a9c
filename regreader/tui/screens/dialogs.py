"""Small dialogs on the selected quote or the open article: a tag or initiative name, and
a note."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.screen import ModalScreen
from textual.timer import Timer
from textual.widgets import Input, OptionList, Static, TextArea
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from regreader.errors import RegreaderError
from regreader.library import ArticleDetail, Candidate, Library, QuoteRow
from regreader.tui.widgets.safe import one_line, plain

CANDIDATE_DEBOUNCE_S = 0.1
CREATE_ID = "\x00create"  # option id of "create a new one" (never a real name)


def quote_preview(quote: QuoteRow) -> Text:
    text = Text()
    if quote.speaker:
        text.append_text(plain(quote.speaker, style="bold"))
        text.append(": ")
    text.append_text(plain(one_line(quote.text, 160), style="italic"))
    return text


def article_preview(article: ArticleDetail) -> Text:
    text = plain(one_line(article.title, 160), style="bold")
    if article.published:
        text.append_text(plain(f" · {article.published}", style="dim"))
    return text


@dataclass
class CandidatesReady(Message):
    typed: str
    candidates: list[Candidate]


class NameDialog(ModalScreen[str | None]):
    """Pick an existing name (best match first) or, one keystroke more, create one.

    Enter takes the highlighted entry; ↑/↓ move; Ctrl+N takes the typed text as a new name.
    """

    BINDINGS: ClassVar[list[Binding]] = [
        Binding("escape", "cancel", "Cancel"),
        Binding("down", "move(1)", "Next", show=False),
        Binding("up", "move(-1)", "Previous", show=False),
        Binding("ctrl+n", "create", "Create new"),
    ]

    def __init__(
        self,
        title: str,
        noun: str,
        preview: Text,
        fetch: Callable[[str], list[Candidate]],
    ) -> None:
        super().__init__()
        self.title_text = title
        self.noun = noun
        self.preview = preview  # what is being tagged or linked
        self._fetch = fetch
        self._debounce: Timer | None = None
        self._names: list[str] = []
        # What the options were listed for, and whether Enter came before they followed
        # the typing: typed fast, the list may still show an earlier prefix's candidates.
        self._listed_for: str | None = None
        self._submit_when_listed = False

    @classmethod
    def for_tags(cls, library: Library, quote: QuoteRow) -> NameDialog:
        return cls("Tag the quote", "tag", quote_preview(quote), library.tag_candidates)

    @classmethod
    def for_initiatives(cls, library: Library, quote: QuoteRow) -> NameDialog:
        return cls(
            "Link the quote to an initiative",
            "initiative",
            quote_preview(quote),
            lambda typed: library.initiative_candidates(typed, quote),
        )

    @classmethod
    def for_article_tags(cls, library: Library, article: ArticleDetail) -> NameDialog:
        return cls("Tag the article", "tag", article_preview(article), library.tag_candidates)

    @classmethod
    def for_article_initiatives(cls, library: Library, article: ArticleDetail) -> NameDialog:
        return cls(
            "Link the article to an initiative",
            "initiative",
            article_preview(article),
            lambda typed: library.initiative_candidates(typed, article_id=article.id),
        )

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="name-dialog"):
            yield Static(Text(self.title_text), classes="dialog-title")
            yield Static(self.preview, classes="dialog-quote")
            yield Input(placeholder=f"Type a {self.noun} name…", id="name-input")
            yield OptionList(id="name-options")
            yield Static(
                Text(f"Enter: use the highlighted {self.noun} · ↑/↓: choose · Ctrl+N: new · Esc"),
                classes="dialog-hint",
            )

    def on_mount(self) -> None:
        self.query_one(Input).focus()
        self._load_candidates("")

    @on(Input.Changed, "#name-input")
    def _typed(self, event: Input.Changed) -> None:
        if self._debounce is not None:
            self._debounce.stop()
        self._debounce = self.set_timer(
            CANDIDATE_DEBOUNCE_S, lambda: self._load_candidates(event.value)
        )

    @work(thread=True, exclusive=True, group="candidates")
    def _load_candidates(self, typed: str) -> None:
        try:
            found = self._fetch(typed)
        except RegreaderError:
            found = []
        if not get_current_worker().is_cancelled:
            self.post_message(CandidatesReady(typed, found))

    def on_candidates_ready(self, message: CandidatesReady) -> None:
        typed = self.query_one(Input).value
        if message.typed != typed:
            return
        options = self.query_one(OptionList)
        options.clear_options()
        self._names = []
        for candidate in message.candidates:
            prompt = plain(candidate.name)
            if candidate.suggested:
                prompt.append_text(plain("  (suggested)", style="italic dim"))
            options.add_option(Option(prompt))
            self._names.append(candidate.name)
        clean = typed.strip()
        if clean and clean.casefold() not in {name.casefold() for name in self._names}:
            prompt = plain(f"+ new {self.noun}: ", style="green")
            prompt.append_text(plain(clean, style="bold green"))
            options.add_option(Option(prompt, id=CREATE_ID))
            self._names.append(clean)
        if self._names:
            options.highlighted = 0
        self._listed_for = typed
        if self._submit_when_listed:
            self._submit_when_listed = False
            self._submit_listed()

    def action_move(self, step: int) -> None:
        options = self.query_one(OptionList)
        if not self._names:
            return
        current = options.highlighted if options.highlighted is not None else -step
        options.highlighted = (current + step) % len(self._names)

    @on(Input.Submitted, "#name-input")
    def _submitted(self) -> None:
        typed = self.query_one(Input).value
        if self._listed_for != typed:
            # Enter came before the list followed the typing ('Import' listed, 'Import
            # Substitution' typed): answer from the list for what was typed, once it is in.
            self._submit_when_listed = True
            if self._debounce is not None:
                self._debounce.stop()
            self._load_candidates(typed)
            return
        self._submit_listed()

    def _submit_listed(self) -> None:
        highlighted = self.query_one(OptionList).highlighted
        if highlighted is not None and highlighted < len(self._names):
            self.dismiss(self._names[highlighted])
        else:
            self.action_create()

    @on(OptionList.OptionSelected, "#name-options")
    def _clicked(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self._names[event.option_index])

    def action_create(self) -> None:
        typed = self.query_one(Input).value.strip()
        if typed:
            self.dismiss(typed)

    def action_cancel(self) -> None:
        self.dismiss(None)


class NoteDialog(ModalScreen[str | None]):
    """Write the note of a quote or article; saving an empty note deletes it."""

    BINDINGS: ClassVar[list[Binding]] = [
        Binding("ctrl+s", "save", "Save"),
        Binding("escape", "cancel", "Cancel"),
    ]

    def __init__(self, title: str, preview: Text, note: str | None) -> None:
        super().__init__()
        self.title_text = title
        self.preview = preview
        self.note = note

    @classmethod
    def for_quote(cls, quote: QuoteRow) -> NoteDialog:
        return cls("Note on the quote", quote_preview(quote), quote.note)

    @classmethod
    def for_article(cls, article: ArticleDetail) -> NoteDialog:
        return cls("Note on the article", article_preview(article), article.annotations.note)

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="note-dialog"):
            yield Static(Text(self.title_text), classes="dialog-title")
            yield Static(self.preview, classes="dialog-quote")
            yield TextArea(self.note or "", id="note-text", soft_wrap=True)
            yield Static(
                Text("Ctrl+S: save (empty deletes the note) · Esc: cancel"), classes="dialog-hint"
            )

    def on_mount(self) -> None:
        area = self.query_one(TextArea)
        area.focus()
        area.move_cursor(area.document.end)

    def action_save(self) -> None:
        self.dismiss(self.query_one(TextArea).text)

    def action_cancel(self) -> None:
        self.dismiss(None)
