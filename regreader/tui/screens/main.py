"""The workspace: search box and filter chips, results list, reader and quotes table.

Every query, article load, translation and annotation write runs in a thread worker and
comes back as a message; the screen only ever renders what arrives. Workers of one group
are exclusive, so a newer search cancels the one still running and a stale answer that
slips through is dropped by comparing it with the current search text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, Input, ProgressBar, Static
from textual.worker import get_current_worker

from regreader.errors import RegreaderError
from regreader.library import (
    ArticleAnnotations,
    ArticleDetail,
    ArticleSummary,
    QuoteRow,
    ResultPage,
)
from regreader.tui import messages
from regreader.tui.keys import bindings_for
from regreader.tui.widgets.chips import FilterChips, remove_token
from regreader.tui.widgets.quotes import QuotesTable, TranslationMode
from regreader.tui.widgets.reader import ReaderView
from regreader.tui.widgets.results import ResultsTable, snippet_text, tags_text
from regreader.tui.widgets.safe import notify_plain, plain
from regreader.tui.widgets.search_box import SearchBox

if TYPE_CHECKING:
    from regreader.tui.app import RegreaderApp

SEARCH_DEBOUNCE_S = 0.15
QUOTE_ACTIONS = frozenset({"tag", "note", "link"})
PLACEHOLDER = 'Search: words, "a phrase", prefix*, -not, region:perm tag:… (press / )'


class MainScreen(Screen[None]):
    BINDINGS = bindings_for("main")
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]  # noqa: RUF012

    def __init__(self) -> None:
        super().__init__()
        self._debounce: Timer | None = None
        self._shown_query: str | None = None
        # Enter reached the results before the search for the typed text came back: open
        # the top result of that search, not whatever row the old list had.
        self._open_when_shown = False
        # After an annotation: the article to keep highlighted when the list comes again.
        self._keep_cursor_on: int | None = None
        self.article: ArticleDetail | None = None
        self.page: ResultPage | None = None
        self.indexing = False

    @property
    def regreader(self) -> RegreaderApp:
        return self.app  # type: ignore[return-value]

    # ------------------------------------------------------------------ layout

    def compose(self) -> ComposeResult:
        with Vertical(id="top"):
            yield SearchBox(placeholder=PLACEHOLDER, id="search")
            yield FilterChips(id="chips", classes="-empty")
        with Vertical(id="progress-box"):
            yield Static(id="progress-label")
            yield ProgressBar(id="progress", show_eta=False)
        with Horizontal(id="workspace"):
            with Vertical(id="results-pane"):
                yield ResultsTable(id="results")
                yield Static(id="snippet")
                yield Static(id="status")
            with Vertical(id="reader-pane", classes="reading"):
                yield ReaderView(id="reader")
        with Vertical(id="quotes-pane", classes="reading"):
            yield Static(id="translation-hint")
            yield Static(id="quotes-notice")
            yield QuotesTable(id="quotes")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#snippet").display = False
        self.query_one(ReaderView).show_placeholder("Open an article: highlight it, press Enter.")
        self.query_one("#translation-hint").display = False
        self.query_one("#quotes-notice").display = False
        self.query_one("#progress-box").display = False
        self.query_one(ResultsTable).focus()

    # ------------------------------------------------------------------ first launch

    def start_indexing(self) -> None:
        """First launch: the bundled sample articles."""
        self.indexing = True  # the list fills as it goes: results of any query are shown
        self._index(
            "First launch: indexing the bundled sample articles…",
            lambda library, progress: library.index_bundled_corpus(progress),
            "Indexed the sample articles",
        )

    def start_reanalysing(self, paths: list[Path]) -> None:
        """Files read by an older regreader, read again with this one's analysis."""
        self._index(
            f"Reading {len(paths)} files again with this version's analysis…",
            lambda library, progress: library.index_paths(paths, progress),
            "Read again with this version's analysis (annotations kept)",
        )

    def _index(self, label: str, job: Callable[[Any, Any], Any], done: str) -> None:
        # Reading again leaves `indexing` off: the library is there, and searches the user
        # types meanwhile must not be overtaken by older ones.
        self.query_one("#progress-box").display = True
        self.query_one("#progress-label", Static).update(plain(label))
        self._index_worker(job, done)

    @work(thread=True, exclusive=True, group="index")
    def _index_worker(self, job: Callable[[Any, Any], Any], done: str) -> None:
        def progress(count: int, total: int, current: str) -> None:
            self.post_message(messages.IndexProgress(count, total, current))

        outcome = self._guarded(lambda: job(self.regreader.library, progress))
        report = f"{done}: {outcome.summary}." if outcome else f"{done}: failed."
        self.post_message(messages.IndexFinished(report))

    def on_index_progress(self, message: messages.IndexProgress) -> None:
        bar = self.query_one(ProgressBar)
        bar.update(total=max(message.total, 1), progress=message.done)
        label = f"Indexing {message.done}/{message.total}"
        if message.current:
            label += f": {message.current}"
        self.query_one("#progress-label", Static).update(plain(label))

    def on_index_finished(self, message: messages.IndexFinished) -> None:
        self.indexing = False
        self.query_one("#progress-box").display = False
        notify_plain(self.app, message.report)
        self.run_search(self.search_text)

    # ------------------------------------------------------------------ searching

    @property
    def search_text(self) -> str:
        return self.query_one("#search", Input).value

    def set_search_text(self, text: str) -> None:
        """Replace the search text (filters, chips) and search at once."""
        search = self.query_one("#search", Input)
        search.value = text
        search.cursor_position = len(text)
        self.run_search(text)

    @on(Input.Changed, "#search")
    def _search_changed(self, event: Input.Changed) -> None:
        self.query_one(FilterChips).show_for(event.value)
        if self._debounce is not None:
            self._debounce.stop()
        self._debounce = self.set_timer(SEARCH_DEBOUNCE_S, lambda: self.run_search(event.value))

    def run_search(self, text: str) -> None:
        if self._debounce is not None:
            self._debounce.stop()
            self._debounce = None
        self.query_one(FilterChips).show_for(text)
        self._search_worker(text)

    @work(thread=True, exclusive=True, group="search")
    def _search_worker(self, text: str) -> None:
        worker = get_current_worker()
        library = self.regreader.library

        def is_cancelled() -> bool:  # a newer search replaced this one
            return worker.is_cancelled

        page = self._guarded(lambda: library.search_unless_cancelled(text, is_cancelled))
        if page is not None and not worker.is_cancelled:
            self.post_message(messages.ResultsReady(page))

    def on_results_ready(self, message: messages.ResultsReady) -> None:
        page = message.page
        if page.query != self.search_text and not self.indexing:
            return  # a newer search is on its way
        self.page = page
        self._shown_query = page.query
        table = self.query_one(ResultsTable)
        keep, self._keep_cursor_on = self._keep_cursor_on, None
        table.show(page.articles, searching=page.searching, keep=keep)
        self.query_one("#status", Static).update(self._status_text(page))
        self._show_snippet(table.current_article())
        if self._open_when_shown and page.query == self.search_text:
            self._open_when_shown = False
            article = table.current_article()
            if article is not None:
                self.open_article(article.id)

    def _results_are_stale(self) -> bool:
        return self._shown_query != self.search_text and not self.indexing

    @on(ResultsTable.ArticleHighlighted)
    def _article_highlighted(self, event: ResultsTable.ArticleHighlighted) -> None:
        self._show_snippet(event.article)

    def _show_snippet(self, article: ArticleSummary | None) -> None:
        """Under the list, for the highlighted article: its tags, and where it matched."""
        snippet = self.query_one("#snippet", Static)
        searching = self.page is not None and self.page.searching
        lines = []
        if article is not None and article.tags:
            lines.append(tags_text(article))
        if searching and article is not None and article.snippet:
            lines.append(snippet_text(article))
        snippet.display = bool(lines)
        if lines:
            snippet.update(Text("\n").join(lines))

    @staticmethod
    def _status_text(page: ResultPage) -> Any:
        if page.error:
            return plain(page.error, style="red")
        shown = len(page.articles)
        if page.searching:
            text = f"{page.total} matching article{'s' if page.total != 1 else ''}"
        else:
            text = f"{page.total} article{'s' if page.total != 1 else ''}"
        if shown < page.total:
            text += f" (first {shown} shown)"
        if page.notices:
            text += f" · {page.notices[0]}"
        return plain(text, style="dim")

    @on(FilterChips.RemoveFilter)
    def _remove_filter(self, event: FilterChips.RemoveFilter) -> None:
        self.set_search_text(remove_token(self.search_text, event.token))

    # ------------------------------------------------------------------ reading

    @on(ResultsTable.OpenArticle)
    def _open_from_results(self, event: ResultsTable.OpenArticle) -> None:
        if self._results_are_stale():
            self._open_when_shown = True
            return
        self.open_article(event.article_id)

    def open_article(self, article_id: int, quote_id: int | None = None) -> None:
        self._article_worker(article_id, quote_id)

    @work(thread=True, exclusive=True, group="article")
    def _article_worker(self, article_id: int, quote_id: int | None) -> None:
        library = self.regreader.library

        def load() -> tuple[ArticleDetail, list[QuoteRow]]:
            return library.article(article_id), library.quotes(article_id)

        loaded = self._guarded(load)
        if loaded is not None and not get_current_worker().is_cancelled:
            self.post_message(messages.ArticleLoaded(*loaded, focus_quote_id=quote_id))

    def on_article_loaded(self, message: messages.ArticleLoaded) -> None:
        self.article = message.article
        reader = self.query_one(ReaderView)
        quotes_table = self.query_one(QuotesTable)
        reader.show(message.article, message.quotes)
        quotes_table.mode = TranslationMode.PENDING
        quotes_table.show(message.quotes, select_id=message.focus_quote_id)
        self._show_quotes_notice(quotes_table.notice())
        self.query_one("#translation-hint").display = False
        self.add_class("-article-open")
        if message.quotes:
            reader.select_quote(quotes_table.current_quote())
        # Whoever went back to the search box while the article loaded keeps typing there.
        if not self.query_one("#search", Input).has_focus:
            self.add_class("-reading")
            (quotes_table if message.quotes else reader).focus()
        # Only the quotes with a row: a 100k-quote article is not translated all at once.
        pending = [q.id for q in quotes_table.shown_quotes if q.needs_translation]
        if pending:
            self._translate_worker(message.article.id, pending)

    def _show_quotes_notice(self, notice: Text | None) -> None:
        box = self.query_one("#quotes-notice", Static)
        box.display = notice is not None
        if notice is not None:
            notice.no_wrap, notice.overflow = True, "ellipsis"
            box.update(notice)

    @on(QuotesTable.QuoteHighlighted)
    def _quote_highlighted(self, event: QuotesTable.QuoteHighlighted) -> None:
        self.query_one(ReaderView).select_quote(event.quote)
        self.refresh_bindings()

    # ------------------------------------------------------------------ translation

    @work(thread=True, exclusive=True, group="translate")
    def _translate_worker(self, article_id: int, quote_ids: list[int]) -> None:
        library = self.regreader.library
        state = self._guarded(library.translation_state)
        if state is None or get_current_worker().is_cancelled:
            return
        if not state.available:
            self.post_message(messages.TranslationUnavailable(article_id, state))
            return
        done = self._guarded(lambda: library.translate(quote_ids))
        if done is not None and not get_current_worker().is_cancelled:
            self.post_message(messages.TranslationsReady(article_id, done))

    def on_translations_ready(self, message: messages.TranslationsReady) -> None:
        if self.article is None or self.article.id != message.article_id:
            return
        self.query_one(QuotesTable).set_translations(message.translations)

    def on_translation_unavailable(self, message: messages.TranslationUnavailable) -> None:
        if self.article is None or self.article.id != message.article_id:
            return
        hint = self.query_one("#translation-hint", Static)
        text = plain(message.state.hint or "No translation model is installed.", style="yellow")
        text.no_wrap, text.overflow = True, "ellipsis"
        hint.update(text)
        hint.display = True
        self.query_one(QuotesTable).set_mode(TranslationMode.UNAVAILABLE)

    # ------------------------------------------------------------------ annotations

    def current_quote(self) -> QuoteRow | None:
        if self.article is None:
            return None
        return self.query_one(QuotesTable).current_quote()

    def apply_quote_changes(self, quotes: list[QuoteRow], select_id: int | None) -> None:
        if not quotes or self.article is None or quotes[0].article_id != self.article.id:
            return
        table = self.query_one(QuotesTable)
        # Translations already on screen are kept: annotation reads may race a translation.
        known = {q.id: q.translation for q in table.quotes if q.translation is not None}
        merged = [
            replace(q, translation=known[q.id]) if q.translation is None and q.id in known else q
            for q in quotes
        ]
        table.refresh_quotes(merged)
        self.query_one(ReaderView).update_quotes(merged)

    def on_quotes_changed(self, message: messages.QuotesChanged) -> None:
        self.apply_quote_changes(message.quotes, message.select_quote_id)
        self._refresh_results()

    def _refresh_results(self) -> None:
        """The list again for the same search (an annotation changed what a row shows),
        the highlighted article still highlighted."""
        article = self.query_one(ResultsTable).current_article()
        self._keep_cursor_on = article.id if article is not None else None
        self._search_worker(self.search_text)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Quote actions appear in the footer only while there is a quote to act on.
        return not (action in QUOTE_ACTIONS and self.is_mounted and self.current_quote() is None)

    def _need_quote(self) -> QuoteRow | None:
        quote = self.current_quote()
        if quote is None:
            notify_plain(
                self.app,
                "Open an article and pick a quote first (Enter on a result, then j/k).",
                severity="warning",
            )
        return quote

    def action_tag(self) -> None:
        quote = self._need_quote()
        if quote is not None:
            self.regreader.ask_tag(quote)

    def action_note(self) -> None:
        quote = self._need_quote()
        if quote is not None:
            self.regreader.ask_note(quote)

    def action_link(self) -> None:
        quote = self._need_quote()
        if quote is not None:
            self.regreader.ask_link(quote)

    def _need_article(self) -> ArticleDetail | None:
        if self.article is None:
            notify_plain(self.app, "Open an article first (Enter on a result).", severity="warning")
        return self.article

    def action_tag_article(self) -> None:
        article = self._need_article()
        if article is not None:
            self.regreader.ask_article_tag(article)

    def action_note_article(self) -> None:
        article = self._need_article()
        if article is not None:
            self.regreader.ask_article_note(article)

    def action_link_article(self) -> None:
        article = self._need_article()
        if article is not None:
            self.regreader.ask_article_link(article)

    def save_article_tag(self, article: ArticleDetail, name: str | None) -> None:
        if name:
            self._annotate_article(
                article, lambda lib: lib.tag_article(article.id, name), f"Article tagged: {name}"
            )

    def save_article_link(self, article: ArticleDetail, name: str | None) -> None:
        if name:
            self._annotate_article(
                article,
                lambda lib: lib.link_article(article.id, name),
                f"Article linked to: {name}",
            )

    def save_article_note(self, article: ArticleDetail, body: str | None) -> None:
        if body is not None:
            self._annotate_article(
                article,
                lambda lib: lib.set_article_note(article.id, body),
                "Article note saved." if body.strip() else "Article note removed.",
            )

    @work(thread=True, group="annotate")
    def _annotate_article(
        self, article: ArticleDetail, change: Callable[[Any], ArticleAnnotations], done: str
    ) -> None:
        # Not exclusive, as for quotes: every write the user asked for must happen.
        annotations = self._guarded(lambda: change(self.regreader.library))
        if annotations is not None:
            self.post_message(messages.ArticleAnnotated(article.id, annotations))
            self.app.call_from_thread(notify_plain, self.app, done)

    def on_article_annotated(self, message: messages.ArticleAnnotated) -> None:
        self._refresh_results()
        if self.article is None or self.article.id != message.article_id:
            return  # the user opened another article meanwhile
        self.article = replace(self.article, annotations=message.annotations)
        self.query_one(ReaderView).show_annotations(message.annotations)

    def save_tag(self, quote: QuoteRow, name: str | None) -> None:
        if name:
            self._annotate(quote, lambda lib: lib.add_tag(quote.id, name), f"Tagged: {name}")

    def save_link(self, quote: QuoteRow, name: str | None) -> None:
        if name:
            self._annotate(
                quote, lambda lib: lib.link_initiative(quote.id, name), f"Linked to: {name}"
            )

    def save_note(self, quote: QuoteRow, body: str | None) -> None:
        if body is not None:
            self._annotate(
                quote,
                lambda lib: lib.set_note(quote.id, body),
                "Note saved." if body else "Note removed.",
            )

    def _annotate(
        self, quote: QuoteRow, change: Callable[[Any], list[QuoteRow]], done: str
    ) -> None:
        self._annotation_worker(quote, change, done)

    @work(thread=True, group="annotate")
    def _annotation_worker(
        self, quote: QuoteRow, change: Callable[[Any], list[QuoteRow]], done: str
    ) -> None:
        # Not exclusive: every write the user asked for must happen, in order of asking.
        quotes = self._guarded(lambda: change(self.regreader.library))
        if quotes is not None:
            self.post_message(messages.QuotesChanged(quote.article_id, quotes, quote.id))
            self.app.call_from_thread(notify_plain, self.app, done)

    def set_search_text_if_given(self, text: str | None) -> None:
        if text is not None:
            self.set_search_text(text)

    # ------------------------------------------------------------------ moving around

    def action_back(self) -> None:
        focused = self.focused
        search = self.query_one("#search", Input)
        if focused is search or self.query_one(FilterChips).has_focus_within:
            self.query_one(ResultsTable).focus()
        elif focused is not None and self._reading_has_focus():
            self.remove_class("-reading")
            self.query_one(ResultsTable).focus()

    def action_focus_results(self) -> None:
        # At once: the search box's Enter and Down are priority keys (see SearchBox).
        self.set_focus(self.query_one(ResultsTable))
        if self._debounce is not None:  # the user is done typing: no need to wait
            self.run_search(self.search_text)

    def focus_search(self) -> None:
        self.remove_class("-reading")
        # At once, not with Widget.focus() (after the keys already queued): see
        # RegreaderApp.action_focus_search.
        self.set_focus(self.query_one("#search", Input))

    def on_descendant_focus(self) -> None:
        # On a narrow terminal only one pane shows: the one that has the focus.
        if self.query_one("#results-pane").has_focus_within:
            self.remove_class("-reading")
        elif self._reading_has_focus():
            self.add_class("-reading")

    def _reading_has_focus(self) -> bool:
        return any(pane.has_focus_within for pane in self.query(".reading"))

    # ------------------------------------------------------------------ errors

    def _guarded(self, job: Callable[[], Any]) -> Any:
        """Run a worker's job; a user-facing error becomes a notification, not a crash."""
        import sqlite3

        try:
            return job()
        except (RegreaderError, sqlite3.Error) as exc:
            self.post_message(messages.WorkFailed(str(exc)))
            return None

    def on_work_failed(self, message: messages.WorkFailed) -> None:
        notify_plain(self.app, message.text, severity="error")
