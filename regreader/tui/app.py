"""The regreader Textual app and `create_app`, the one factory the CLI and the tests use."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any, ClassVar

from textual.actions import SkipAction
from textual.app import App
from textual.binding import Binding
from textual.widgets import Input, TextArea

from regreader.library import ArticleDetail, Library, QuoteRow
from regreader.settings import Settings
from regreader.tui.commands import RegreaderCommands
from regreader.tui.keys import (
    bindings_for,
    clashing_keys,
    keymap_from_overrides,
    unknown_overrides,
)
from regreader.tui.screens.main import MainScreen
from regreader.tui.widgets.safe import notify_plain


class RegreaderApp(App[int]):
    """Reads one library; `index_if_empty` indexes the bundled corpus on first launch."""

    TITLE = "regreader"
    CSS_PATH = "regreader.tcss"
    COMMANDS: ClassVar = {RegreaderCommands}
    COMMAND_PALETTE_BINDING = "ctrl+p"
    BINDINGS: ClassVar[list[Binding]] = bindings_for("app")  # type: ignore[assignment]

    def __init__(
        self,
        library: Library,
        *,
        settings: Settings | None = None,
        index_if_empty: bool = True,
        export_dir: Path | None = None,
    ) -> None:
        super().__init__()
        self.library = library
        self.settings = settings or Settings()
        self.index_if_empty = index_if_empty
        self.export_dir = export_dir
        self.set_keymap(keymap_from_overrides(self.settings.key_overrides))

    def on_mount(self) -> None:
        self.push_screen(MainScreen())
        self._warn_unknown_keys()
        self._first_load()

    def _warn_unknown_keys(self) -> None:
        unknown = unknown_overrides(self.settings.key_overrides)
        if unknown:
            notify_plain(
                self,
                f"Unknown actions in the [keys] settings, ignored: {', '.join(unknown)}",
                severity="warning",
            )
        clashes = clashing_keys(self.settings.key_overrides)
        if clashes:
            notify_plain(
                self,
                f"Keys given to two actions in the [keys] settings: {'; '.join(clashes)}",
                severity="warning",
            )

    def _first_load(self) -> None:
        # What the library needs is a DB read: ask it in a worker, answer on the UI.
        def check() -> None:
            empty = self.library.is_empty()
            outdated = [] if empty else self.library.outdated_files()
            self.call_from_thread(self._start, empty, outdated)

        self.run_worker(check, thread=True, group="startup")

    def _start(self, empty: bool, outdated: list[Path]) -> None:
        main = self.main_screen
        if empty and self.index_if_empty:
            main.start_indexing()
        else:
            main.run_search(main.search_text)
            if outdated:
                # Indexed by an older regreader: read again with this one's quotes, titles
                # and stems, while the list shows what there is.
                main.start_reanalysing(outdated)

    @property
    def main_screen(self) -> MainScreen:
        for screen in self.screen_stack:
            if isinstance(screen, MainScreen):
                return screen
        raise LookupError("the main screen is not on the stack")

    def _to_main(self) -> MainScreen:
        """Close screens above the workspace (help, initiatives, dialogs)."""
        main = self.main_screen
        while self.screen is not main:
            self.pop_screen()
        return main

    # ------------------------------------------------------------------ actions

    def action_focus_search(self) -> None:
        # A priority binding: the focus moves as soon as '/' is read, so a query typed or
        # sent right behind it lands in the search box, not in the widget it leaves (where
        # its letters were lost or taken as key bindings: 'q' quit). In a text field
        # '/' is just a character.
        if isinstance(self.focused, (Input, TextArea)):
            raise SkipAction()
        self._to_main().focus_search()

    def action_help(self) -> None:
        from regreader.tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_initiatives(self) -> None:
        from regreader.tui.screens.initiatives import InitiativesScreen

        self._to_main()
        self.push_screen(InitiativesScreen())

    def action_filters(self) -> None:
        from regreader.tui.screens.filters import FiltersScreen

        main = self._to_main()
        self.push_screen(FiltersScreen(main.search_text), main.set_search_text_if_given)

    def action_export(self) -> None:
        from regreader.tui.screens.export import ExportScreen

        main = self._to_main()
        self.push_screen(ExportScreen(main.search_text, self.export_dir))

    def run_main_action(self, name: str) -> None:
        """Run a workspace action (tag, note, link, back) from anywhere, e.g. the palette."""
        main = self._to_main()
        getattr(main, f"action_{name}")()

    # ------------------------------------------------------------------ annotation dialogs

    def ask_tag(self, quote: QuoteRow) -> None:
        from regreader.tui.screens.dialogs import NameDialog

        self.push_screen(
            NameDialog.for_tags(self.library, quote),
            lambda name: self.main_screen.save_tag(quote, name),
        )

    def ask_link(self, quote: QuoteRow) -> None:
        from regreader.tui.screens.dialogs import NameDialog

        self.push_screen(
            NameDialog.for_initiatives(self.library, quote),
            lambda name: self.main_screen.save_link(quote, name),
        )

    def ask_note(self, quote: QuoteRow) -> None:
        from regreader.tui.screens.dialogs import NoteDialog

        self.push_screen(
            NoteDialog.for_quote(quote), lambda body: self.main_screen.save_note(quote, body)
        )

    def ask_article_tag(self, article: ArticleDetail) -> None:
        from regreader.tui.screens.dialogs import NameDialog

        self.push_screen(
            NameDialog.for_article_tags(self.library, article),
            lambda name: self.main_screen.save_article_tag(article, name),
        )

    def ask_article_link(self, article: ArticleDetail) -> None:
        from regreader.tui.screens.dialogs import NameDialog

        self.push_screen(
            NameDialog.for_article_initiatives(self.library, article),
            lambda name: self.main_screen.save_article_link(article, name),
        )

    def ask_article_note(self, article: ArticleDetail) -> None:
        from regreader.tui.screens.dialogs import NoteDialog

        self.push_screen(
            NoteDialog.for_article(article),
            lambda body: self.main_screen.save_article_note(article, body),
        )

    def jump_to_quote(self, article_id: int, quote_id: int | None) -> None:
        self._to_main().open_article(article_id, quote_id)

    def open_initiative(self, initiative_id: int) -> None:
        from regreader.tui.screens.initiatives import InitiativesScreen, TimelineScreen

        self._to_main()
        self.push_screen(InitiativesScreen())
        self.push_screen(TimelineScreen(initiative_id))


def create_app(
    db_path: Path | str,
    *,
    settings: Settings | None = None,
    translators: Mapping[str, Any] | None = None,
    index_if_empty: bool = True,
    export_dir: Path | None = None,
) -> RegreaderApp:
    """Open the library at `db_path` (raising DatabaseError with a clear message) and
    build the app on it. `translators` (e.g. {"ru": FakeTranslator()}) replaces the
    installed models; tests pass it, the CLI does not."""
    settings = settings or Settings()
    library = Library(
        db_path, translators=translators, translation_target=settings.translation_target
    )
    return RegreaderApp(
        library, settings=settings, index_if_empty=index_if_empty, export_dir=export_dir
    )
