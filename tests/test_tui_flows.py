"""Pilot tests of the app's flows, keys only, on a real library with a fake translator."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from textual.command import CommandPalette
from textual.widgets import DataTable, Input, OptionList, SelectionList, Static, TextArea
from textual.widgets._toast import Toast
from tui_support import (
    HOSTILE_TITLE,
    build_library,
    isolate_user_dirs,
    make_app,
    run_async,
    screen_text,
    settle,
    wait_until,
    write_corpus,
)

import regreader.tui.screens.dialogs as dialogs_module
from regreader.library import Library
from regreader.settings import Settings
from regreader.tui.screens.dialogs import NameDialog, NoteDialog
from regreader.tui.screens.export import ExportScreen
from regreader.tui.screens.filters import FiltersScreen
from regreader.tui.screens.help import HelpScreen
from regreader.tui.screens.initiatives import InitiativesScreen, TimelineScreen
from regreader.tui.screens.main import MainScreen
from regreader.tui.widgets.chips import FilterChips
from regreader.tui.widgets.quotes import QuotesTable
from regreader.tui.widgets.reader import ReaderView
from regreader.tui.widgets.results import ResultsTable

SIZE = (120, 40)


@pytest.fixture(scope="module")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("tui-template")
    return build_library(root / "template.db", write_corpus(root / "corpus"))


@pytest.fixture
def db(template_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    isolate_user_dirs(monkeypatch, tmp_path)
    target = tmp_path / "library.db"
    shutil.copy(template_db, target)
    return target


def main_of(app: object) -> MainScreen:
    return app.main_screen  # type: ignore[attr-defined,no-any-return]


def results_loaded(app: object) -> bool:
    main = main_of(app)
    return main.page is not None and main.page.query == main.search_text


async def open_article_titled(pilot, fragment: str) -> None:  # type: ignore[no-untyped-def]
    """Move the results cursor to the article whose title has `fragment`, press Enter."""
    app = pilot.app
    await wait_until(pilot, lambda: results_loaded(app))
    table = app.screen.query_one(ResultsTable)
    table.focus()
    index = next(i for i, a in enumerate(table._articles) if fragment in a.title)
    while table.cursor_row < index:
        await pilot.press("j")
    await pilot.press("enter")
    main = main_of(app)
    await wait_until(pilot, lambda: main.article is not None and fragment in main.article.title)
    await settle(pilot)


def send_together(app: object, keys: list[tuple[str, str]]) -> None:
    """Queue key events as the terminal driver does for one read: with no pause between."""
    from textual import events

    for key, character in keys:
        event = events.Key(key, character)
        event.set_sender(app)  # type: ignore[arg-type]
        app._driver.send_message(event)  # type: ignore[attr-defined]


def quote_of(library: Library, article_id: int, fragment: str) -> int:
    return next(q.id for q in library.quotes(article_id) if fragment in q.text)


@run_async
async def test_first_launch_indexes_the_bundled_corpus(tmp_path, monkeypatch) -> None:
    isolate_user_dirs(monkeypatch, tmp_path)
    app = make_app(tmp_path / "new" / "library.db", index_if_empty=True)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        main = main_of(app)
        await wait_until(pilot, lambda: main.page is not None and main.page.total == 5)
        assert not main.indexing
        text = screen_text(app)
        assert "5 articles" in text
        assert "AIRR in the Perm region" in text
        assert any("Indexed the sample articles: 5 new" in n.message for n in app._notifications)
    assert Library(tmp_path / "new" / "library.db").search("").total == 5


@run_async
async def test_a_library_read_by_an_older_analysis_is_read_again_at_launch(db: Path) -> None:
    """The app reads again, in the background, the files an older regreader analysed:
    the list shows at once, and afterwards the titles (and quotes) are this version's."""
    import sqlite3

    titles = {a.id: a.title for a in Library(db).search("").articles}
    with sqlite3.connect(db) as conn:  # as an older regreader left it
        conn.execute("UPDATE articles SET title = 'derived by older rules'")
        conn.execute("UPDATE sources SET analysed_with = 0")
    app = make_app(db)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        main = main_of(app)
        await wait_until(pilot, lambda: any("Read again" in n.message for n in app._notifications))
        await wait_until(pilot, lambda: main.page is not None and not main.indexing)
        await wait_until(
            pilot,
            lambda: {a.id: a.title for a in main.page.articles} == titles,  # type: ignore[union-attr]
        )
        assert any("6 reanalysed" in n.message for n in app._notifications)
    assert Library(db).outdated_files() == []


@run_async
async def test_hostile_text_is_shown_literally_everywhere(db: Path) -> None:
    app = make_app(db)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await wait_until(pilot, lambda: results_loaded(app))
        await settle(pilot)
        assert "Markup [bold]x[/bold] and [" in screen_text(app)  # the results list

        await open_article_titled(pilot, "Markup")
        text = screen_text(app)
        assert HOSTILE_TITLE in text  # reader header
        assert "[/ stays [bold]literal[/bold] here." in text  # reader body
        assert "[link=file:///etc/passwd]x[/link]" in text  # reader and quotes table
        assert "[en] Это [/foo]" in text  # the (fake) translation column
        assert "\x1b" not in text

        await pilot.press("t")  # a dialog quoting the text, and a tag that looks like markup
        await wait_until(pilot, lambda: isinstance(app.screen, NameDialog))
        assert "Это [/foo] тест" in screen_text(app)
        await pilot.press(*"[/evil]")
        await pilot.press("ctrl+n")
        await wait_until(pilot, lambda: "[/evil]" in " ".join(_current_quote(app).tags))
        await wait_until(pilot, lambda: "Tagged: [/evil]" in toasts_text(app))  # notification

        await pilot.press("i")
        await wait_until(pilot, lambda: isinstance(app.screen, NameDialog))
        await pilot.press(*"[/init] [bold]x")
        await pilot.press("ctrl+n")
        await wait_until(pilot, lambda: bool(_current_quote(app).initiatives))

        await pilot.press("ctrl+p")  # the palette lists initiatives by their literal names
        await wait_until(pilot, lambda: isinstance(app.screen, CommandPalette))
        await pilot.press(*"init")
        await wait_until(pilot, lambda: "Initiative: [/init] [bold]x" in screen_text(app))


def toasts_text(app: object) -> str:
    """What the notifications on screen show (rendered by their own widgets)."""
    return "\n".join(str(toast.render()) for toast in app.screen.query(Toast))  # type: ignore[attr-defined]


def _current_quote(app: object):  # type: ignore[no-untyped-def]
    quote = main_of(app).current_quote()
    assert quote is not None
    return quote


@run_async
async def test_search_open_quotes_tag_note_link_export(db: Path, tmp_path: Path) -> None:
    app = make_app(db, export_dir=tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        main = main_of(app)
        await wait_until(pilot, lambda: results_loaded(app))
        await pilot.press("slash")
        assert isinstance(app.focused, Input)
        app.focused.insert_text_at_cursor("субсидия")  # Cyrillic, as a user types it
        await wait_until(pilot, lambda: main.page is not None and main.page.query == "субсидия")
        assert main.page.total == 1
        assert "1 matching article" in screen_text(app)
        await pilot.press("enter")  # leaves the search box for the results
        assert isinstance(app.focused, ResultsTable)
        await pilot.press("enter")
        await wait_until(pilot, lambda: main.article is not None)
        await settle(pilot)
        quotes = app.screen.query_one(QuotesTable)
        reader = app.screen.query_one(ReaderView)
        assert app.focused is quotes
        assert reader._selected is not None and reader._selected.id == quotes.quotes[0].id
        assert all(q.translation for q in quotes.quotes if q.lang != "en")  # fake model ran

        await pilot.press("j")  # moving through the quotes moves the reader's highlight
        await pilot.pause()
        second = quotes.quotes[1]
        assert reader._selected is not None and reader._selected.id == second.id
        await pilot.press("k", "j")

        await pilot.press("t")
        await wait_until(pilot, lambda: isinstance(app.screen, NameDialog))
        await pilot.press(*"funding/subsidy", "enter")  # new: the only entry is "create"
        await wait_until(pilot, lambda: "funding/subsidy" in _current_quote(app).tags)

        await pilot.press("n")
        await wait_until(pilot, lambda: isinstance(app.screen, NoteDialog))
        app.screen.query_one(TextArea).insert("Ключевая цитата: single subsidy channel")
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: (_current_quote(app).note or "").startswith("Ключевая"))
        assert "✎" in screen_text(app)

        await pilot.press("i")
        await wait_until(pilot, lambda: isinstance(app.screen, NameDialog))
        await pilot.press(*"Unified Regional Subsidy", "enter")
        await wait_until(
            pilot, lambda: "Unified Regional Subsidy" in _current_quote(app).initiatives
        )

        # The tag is now offered first: choosing it again is just its start and Enter.
        await pilot.press("j", "t")
        await wait_until(pilot, lambda: isinstance(app.screen, NameDialog))
        await pilot.press(*"fund")
        options = app.screen.query_one(OptionList)
        await wait_until(pilot, lambda: options.option_count == 2)
        assert "funding/subsidy" in str(options.get_option_at_index(0).prompt)
        await pilot.press("enter")
        await wait_until(pilot, lambda: "funding/subsidy" in _current_quote(app).tags)

        await pilot.press("e")
        await wait_until(pilot, lambda: isinstance(app.screen, ExportScreen))
        path_input = app.screen.query_one("#export-path", Input)
        await wait_until(pilot, lambda: path_input.value.endswith(".md"))
        target = tmp_path / "out" / "report.md"
        target.parent.mkdir()
        path_input.value = str(target)
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: target.exists())
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        assert str(target) in screen_text(app).replace("\n", "") or any(
            str(target) in n.message for n in app._notifications
        )
        report = target.read_text(encoding="utf-8")
        assert "Unified Regional Subsidy" in report
        assert "Ключевая цитата" in report


@run_async
async def test_export_refuses_to_overwrite_without_the_checkbox(db: Path, tmp_path: Path) -> None:
    target = tmp_path / "taken.csv"
    target.write_text("mine", encoding="utf-8")
    app = make_app(db, export_dir=tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await wait_until(pilot, lambda: results_loaded(app))
        await pilot.press("e")
        await wait_until(pilot, lambda: isinstance(app.screen, ExportScreen))
        await settle(pilot)
        app.screen.query_one("#export-path", Input).value = str(target)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, ExportScreen)  # still open, with the reason shown
        assert target.read_text(encoding="utf-8") == "mine"
        assert any(n.severity == "error" for n in app._notifications)


@run_async
async def test_initiative_timeline_in_date_order_jumps_to_the_quote(db: Path) -> None:
    library = Library(db)
    subsidy = next(a for a in library.search("субсидия").articles)
    airr = next(a for a in library.search("AIRR").articles)
    first = quote_of(library, subsidy.id, "Отныне")
    second = library.quotes(airr.id)[1].id
    library.link_initiative(first, "Regional support")
    library.link_initiative(second, "Regional support")
    library.close()

    app = make_app(db)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await wait_until(pilot, lambda: results_loaded(app))
        await pilot.press("g")
        await wait_until(pilot, lambda: isinstance(app.screen, InitiativesScreen))
        table = app.screen.query_one(DataTable)
        await wait_until(pilot, lambda: table.row_count == 1)
        assert "Regional support" in screen_text(app)
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, TimelineScreen))
        timeline = app.screen
        await wait_until(pilot, lambda: len(timeline.items) == 2)
        dates = [item.published or "9999" for item in timeline.items]
        assert dates == sorted(dates)  # dated first, in order; undated last
        target = next(i for i, item in enumerate(timeline.items) if item.quote_id == second)
        for _ in range(target):
            await pilot.press("j")
        await pilot.press("enter")
        main = main_of(app)
        await wait_until(pilot, lambda: main.article is not None and main.article.id == airr.id)
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        assert _current_quote(app).id == second
        assert app.screen.query_one(ReaderView)._selected.id == second  # type: ignore[union-attr]


@run_async
async def test_filters_become_removable_chips(db: Path) -> None:
    app = make_app(db)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        main = main_of(app)
        await wait_until(pilot, lambda: results_loaded(app))
        await pilot.press("f")
        await wait_until(pilot, lambda: isinstance(app.screen, FiltersScreen))
        regions = app.screen.query_one("#regions", SelectionList)
        await wait_until(pilot, lambda: regions.option_count > 0)
        assert "Perm Krai (3)" in screen_text(app)  # facet counts
        perm = next(
            i
            for i in range(regions.option_count)
            if regions.get_option_at_index(i).value == "perm-krai"
        )
        regions.focus()
        regions.highlighted = perm
        await pilot.press("space")
        app.screen.query_one("#filter-lang").value = "ru"
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, MainScreen))
        assert "region:perm-krai" in main.search_text and "lang:ru" in main.search_text
        await wait_until(pilot, lambda: results_loaded(app))
        assert main.page is not None and main.page.total >= 1
        assert all("Perm Krai" in a.regions for a in main.page.articles)
        chips = app.screen.query_one(FilterChips)
        assert [t.label for t in chips._tokens] == ["region:perm-krai", "lang:ru"]
        assert "region:perm-krai ✕" in screen_text(app)

        chips.query("Button").first().focus()
        await pilot.press("enter")  # removes the chip's filter
        await wait_until(pilot, lambda: "region:" not in main.search_text)
        await wait_until(pilot, lambda: results_loaded(app))
        assert main.search_text == "lang:ru"


@run_async
async def test_without_a_model_the_hint_names_the_command(db: Path) -> None:
    app = make_app(db, translated=False)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await open_article_titled(pilot, "The Russian government")
        await wait_until(pilot, lambda: "regreader models install ru en" in screen_text(app))
        assert "— no translation model" in screen_text(app)
        assert all(q.translation is None for q in app.screen.query_one(QuotesTable).quotes)


@run_async
async def test_keys_can_be_rebound_in_the_settings(db: Path) -> None:
    settings = Settings(key_overrides={"tag": "ctrl+t", "nonsense": "x", "note": "N"})
    app = make_app(db, settings=settings)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await open_article_titled(pilot, "The Russian government")
        await pilot.press("t")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        await pilot.press("ctrl+t")
        await wait_until(pilot, lambda: isinstance(app.screen, NameDialog))
        assert "Tag the quote" in screen_text(app)
        await pilot.press("escape")
        messages = [n.message for n in app._notifications]
        assert any("nonsense" in message for message in messages)
        # 'note = "N"' takes the key of 'note_article': the user is told.
        assert any("N (note, note_article)" in message for message in messages)
        await pilot.press("question_mark")
        await wait_until(pilot, lambda: isinstance(app.screen, HelpScreen))
        assert "Tag the selected quote" in screen_text(app)


@run_async
async def test_palette_runs_every_action_by_name(db: Path) -> None:
    app = make_app(db)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await open_article_titled(pilot, "The Russian government")
        await pilot.press("ctrl+p")
        await wait_until(pilot, lambda: isinstance(app.screen, CommandPalette))
        await pilot.press(*"tag the selected")
        await wait_until(pilot, lambda: "Tag the selected quote" in screen_text(app))
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, NameDialog))


@run_async
async def test_escape_goes_back_and_q_quits(db: Path) -> None:
    app = make_app(db)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_article_titled(pilot, "AIRR")
        main = main_of(app)
        assert main.has_class("-reading")  # narrow: the article replaces the list
        await pilot.press("escape")
        assert isinstance(app.focused, ResultsTable)
        assert not main.has_class("-reading")
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0


@run_async
async def test_an_invalid_search_says_so_instead_of_failing(db: Path) -> None:
    app = make_app(db)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        main = main_of(app)
        await wait_until(pilot, lambda: results_loaded(app))
        main.set_search_text("x" * 10_000)
        await wait_until(pilot, lambda: results_loaded(app))
        assert main.page is not None
        assert main.page.error or main.page.total == 0


@run_async
async def test_down_from_the_search_box_steps_into_the_results(db: Path) -> None:
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: results_loaded(app))
        await pilot.press("slash", *"perm")
        await wait_until(pilot, lambda: results_loaded(app) and main_of(app).search_text == "perm")
        await pilot.press("down")
        assert isinstance(app.focused, ResultsTable)
        await pilot.press("enter")
        main = main_of(app)
        await wait_until(pilot, lambda: main.article is not None)


@run_async
async def test_export_of_the_current_search_holds_only_its_articles(
    db: Path, tmp_path: Path
) -> None:
    library = Library(db)
    subsidy_article = library.search("субсидия").articles[0].id
    other_article = library.search("AIRR").articles[0].id
    assert subsidy_article != other_article
    inside = library.quotes(subsidy_article)[0]
    outside = library.quotes(other_article)[0]
    library.add_tag(inside.id, "scope-test")
    library.add_tag(outside.id, "scope-test")

    app = make_app(db, export_dir=tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        main = main_of(app)
        await wait_until(pilot, lambda: results_loaded(app))
        await pilot.press("slash", *"субсидия")
        await wait_until(pilot, lambda: main.page is not None and main.page.query == "субсидия")
        await pilot.press("enter", "e")  # leave the search box, then export
        await wait_until(pilot, lambda: isinstance(app.screen, ExportScreen))
        assert "Current search: субсидия" in screen_text(app)
        target = tmp_path / "search.md"
        app.screen.query_one("#export-path", Input).value = str(target)
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: target.exists())
    report = target.read_text(encoding="utf-8")
    assert inside.text[:40] in report
    assert outside.text[:40] not in report


@run_async
async def test_a_query_sent_right_behind_the_slash_lands_in_the_search_box(db: Path) -> None:
    # A terminal delivers fast or scripted typing as one batch of keys: all of them are
    # queued before '/' is handled. They must still reach the search box, not the table
    # '/' leaves (where 'q' would quit the app).
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: results_loaded(app))
        assert isinstance(app.focused, ResultsTable)
        send_together(app, [("slash", "/"), *((char, char) for char in "quota")])
        search = app.screen.query_one("#search", Input)
        await wait_until(pilot, lambda: search.value == "quota")
        assert app.is_running and app.focused is search
        await pilot.press("slash")  # in the search box '/' is a character
        assert search.value == "quota/"


@run_async
async def test_enter_enter_sent_together_searches_then_opens(db: Path) -> None:
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: results_loaded(app))
        before = main_of(app).page
        assert before is not None
        # Typed, submitted and opened before the search for 'kaluga' even started: Enter
        # opens the top result of that search, not the row the old list had there.
        typed = [("slash", "/"), *((char, char) for char in "kaluga")]
        send_together(app, [*typed, ("enter", "\r"), ("enter", "\r")])
        main = main_of(app)
        await wait_until(pilot, lambda: main.article is not None)
        assert main.page is not None and main.page.query == "kaluga"
        assert main.article.id == main.page.articles[0].id
        assert main.page.articles[0].id != before.articles[0].id


@run_async
async def test_hits_count_the_quotes_a_filter_alone_matched(db: Path) -> None:
    """'speaker:makhonin' has no words to count: the Hits column counts the speaker's
    quotes instead of showing 0, and a region: filter alone shows no count at all."""
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        main = main_of(app)
        await pilot.press("slash", *"speaker:makhonin")
        await wait_until(pilot, lambda: results_loaded(app) and main.search_text != "")
        table = app.screen.query_one(ResultsTable)
        hits = [str(table.get_row_at(row)[-1]) for row in range(table.row_count)]
        assert hits == ["1 ❝", "1 ❝"]

        main.query_one("#search", Input).value = "region:kaluga"
        await wait_until(pilot, lambda: results_loaded(app) and "kaluga" in main.search_text)
        hits = [str(table.get_row_at(row)[-1]) for row in range(table.row_count)]
        assert hits == ["—"]


@run_async
async def test_the_whole_article_takes_tags_notes_and_initiatives(db: Path) -> None:
    """T, N and I annotate the open article itself, whatever quote is highlighted: its
    reader header shows them and they are in the library."""
    app = make_app(db)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        main = main_of(app)
        await pilot.press("T")  # nothing open yet: a hint, no dialog
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        await open_article_titled(pilot, "Moscow hosted")
        article_id = main.article.id  # type: ignore[union-attr]
        quote_tags = [q.tags for q in app.screen.query_one(QuotesTable).quotes]

        await pilot.press("T")
        await wait_until(pilot, lambda: isinstance(app.screen, NameDialog))
        assert "Tag the article" in screen_text(app)
        await pilot.press(*"forum", "enter")
        await wait_until(pilot, lambda: "forum" in main.article.annotations.tags)  # type: ignore[union-attr]

        await pilot.press("N")
        await wait_until(pilot, lambda: isinstance(app.screen, NoteDialog))
        app.screen.query_one(TextArea).insert("Импортозамещение: [bold]итоги[/]")
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: main.article.annotations.note is not None)  # type: ignore[union-attr]

        await pilot.press("I")
        await wait_until(pilot, lambda: isinstance(app.screen, NameDialog))
        await pilot.press(*"Import Substitution", "enter")
        await wait_until(pilot, lambda: bool(main.article.annotations.initiatives))  # type: ignore[union-attr]
        await settle(pilot)

        header = str(app.screen.query_one(".reader-header", Static).render())
        assert "◆ forum" in header and "⚑ Import Substitution" in header
        assert "✎ Импортозамещение: [bold]итоги[/]" in header  # literally, not as markup
        # The quotes were not touched; the library holds the article's annotations.
        assert [q.tags for q in app.screen.query_one(QuotesTable).quotes] == quote_tags
        stored = Library(db).article(article_id).annotations
        assert stored.tags == ("forum",) and stored.initiatives == ("Import Substitution",)
        assert stored.note == "Импортозамещение: [bold]итоги[/]"


@run_async
async def test_enter_in_a_name_dialog_takes_what_was_typed_however_fast(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Typed fast, the list of candidates may still show an earlier prefix's ('+ new
    initiative: Import' while 'Import Substitution' is typed): Enter answers for what was
    typed, not for the stale list."""
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        main = main_of(app)
        await open_article_titled(pilot, "Moscow hosted")
        await pilot.press("I")
        await wait_until(pilot, lambda: isinstance(app.screen, NameDialog))
        dialog = app.screen
        await pilot.press(*"Import")
        options = dialog.query_one(OptionList)
        await wait_until(  # the list offers 'Import' as a new initiative
            pilot,
            lambda: (
                options.option_count > 0
                and str(options.get_option_at_index(options.option_count - 1).prompt).endswith(
                    ": Import"
                )
            ),
        )
        # From here the list would follow only after a long pause: Enter comes first.
        monkeypatch.setattr(dialogs_module, "CANDIDATE_DEBOUNCE_S", 30.0)
        await pilot.press(*" Substitution", "enter")
        await wait_until(pilot, lambda: bool(main.article.annotations.initiatives))  # type: ignore[union-attr]
        assert main.article.annotations.initiatives == ("Import Substitution",)  # type: ignore[union-attr]


@run_async
async def test_the_list_marks_tagged_articles_and_names_the_highlighted_one_s_tags(
    db: Path,
) -> None:
    """Tags on an article or its quotes mark its row; the highlighted article's tags are
    under the list. Tagging from the reader refreshes the row and keeps the cursor on it."""
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        main = main_of(app)
        await open_article_titled(pilot, "Moscow hosted")
        table = app.screen.query_one(ResultsTable)
        row = table.cursor_row
        assert not str(table.get_row_at(row)[0]).startswith("◆")

        await pilot.press("T")
        await wait_until(pilot, lambda: isinstance(app.screen, NameDialog))
        await pilot.press(*"forum/[bold]", "enter")
        await wait_until(pilot, lambda: str(table.get_row_at(table.cursor_row)[0]).startswith("◆"))
        await settle(pilot)

        assert table.cursor_row == row
        assert "Moscow hosted" in str(table.get_row_at(row)[0])
        under = str(app.screen.query_one("#snippet", Static).render())
        assert "◆ forum/[bold]" in under  # the tag's name literally, not as markup
        summary = main.page.articles[row]  # type: ignore[union-attr]
        assert summary.tags == ("forum/[bold]",)
