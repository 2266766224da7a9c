"""Hostile text: markup-like brackets, escape sequences, bidi overrides, zero-width
characters, quote marks galore (tests/data/hostile/, plus file names made of the same), a
1 MB single-line article and an article with 100,000 quotes (generated here, not committed).

The CLI must never print a raw control character or bidi override, and every screen of
the app must show the text literally, without crashing."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hardening_support import forbidden_chars, run_regreader
from textual.command import CommandPalette
from tui_support import isolate_user_dirs, make_app, run_async, screen_text, settle, wait_until

from regreader.library import Library
from regreader.tui.screens.dialogs import NameDialog, NoteDialog
from regreader.tui.screens.export import ExportScreen
from regreader.tui.screens.filters import FiltersScreen
from regreader.tui.screens.help import HelpScreen
from regreader.tui.screens.initiatives import InitiativesScreen, TimelineScreen
from regreader.tui.screens.main import MainScreen
from regreader.tui.widgets.quotes import ROW_LIMIT, QuotesTable

HOSTILE_DIR = Path(__file__).resolve().parent / "data" / "hostile"
# File names are untrusted too (made here: git and some file systems dislike them).
HOSTILE_FILE_NAMES = (
    "[bold]name[on red].txt",
    "esc\x1b[31mred.txt",
    "rlo\u202eevil.txt",
    "c1\x9bcsi.md",
    "[link=file:~etc~passwd]x[~link].txt",
)
HOSTILE_TAG = "[bold]tag[/bold] [/ \x1b[31m"
HOSTILE_NOTE = "Note [/] [link=file:///etc/passwd]x[/link] \x1b[2J \u202eevil"
HOSTILE_INITIATIVE = "[/init] «Единая» \u202eRLO"
# What the screens must show literally (from the committed files).
LITERAL_FRAGMENTS = (
    "Markup [bold]x[/bold] and [/ in the Perm region",
    "[link=file:///etc/passwd]x[/link]",
    "[@click=app.quit]quit[/]",
)
BIG_QUOTES = 100_000
BIG_LINE_BYTES = 1_000_000


def _write_hostile_corpus(folder: Path) -> Path:
    shutil.copytree(HOSTILE_DIR, folder)
    for number, name in enumerate(HOSTILE_FILE_NAMES):
        (folder / name).write_text(
            f"Named file {number} [/]\n\nThe governor said: «Файл {number} [bold]x[/bold]».\n",
            encoding="utf-8",
        )
    return folder


def _write_big_articles(folder: Path) -> Path:
    folder.mkdir()
    words = "governor [bold]region[/bold] [/ subsidy \u202eбюджет\u202c школа [link=x]y[/link]"
    pieces = words.split()
    line = " ".join(pieces[n % len(pieces)] for n in range(BIG_LINE_BYTES // 7))
    (folder / "one-line.txt").write_text(f"One megabyte on one line {line}", encoding="utf-8")
    quotes = "".join(
        f"«Да [/{n}]», — сказал Иван Петров. " if n % 2 else f'"Yes [b]{n}," said Anna Smith. '
        for n in range(BIG_QUOTES)
    )
    (folder / "many-quotes.txt").write_text(
        f"A hundred thousand quotes\n\n{quotes}\n", encoding="utf-8"
    )
    return folder


def _annotate(db: Path) -> None:
    """Hostile names in every kind of annotation, through the app's own door."""
    library = Library(db)
    try:
        for article in library.search("").articles:
            quotes = library.quotes(article.id)
            if quotes:
                library.add_tag(quotes[0].id, HOSTILE_TAG)
                library.set_note(quotes[0].id, HOSTILE_NOTE)
                library.link_initiative(quotes[0].id, HOSTILE_INITIATIVE)
    finally:
        library.close()


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("hostile")
    corpus = _write_hostile_corpus(root / "corpus")
    db = root / "template.db"
    library = Library(db)
    outcome = library.index_paths([corpus])
    library.close()
    assert outcome is not None
    _annotate(db)
    return db, corpus


@pytest.fixture
def db(hostile_db: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    isolate_user_dirs(monkeypatch, tmp_path)
    target = tmp_path / "library.db"
    shutil.copy(hostile_db[0], target)
    return target


# --- the command line ------------------------------------------------------------------


def _clean_run(tmp_path: Path, *args: str) -> str:
    result = run_regreader(tmp_path, *args)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    for stream in (result.stdout, result.stderr):
        assert not forbidden_chars(stream), (args, sorted(forbidden_chars(stream)))
    return result.stdout


def test_cli_output_never_carries_control_characters(tmp_path: Path) -> None:
    corpus = _write_hostile_corpus(tmp_path / "corpus")
    db = str(tmp_path / "library.db")
    summary = _clean_run(tmp_path, "index", "--db", db, str(corpus))
    assert f"new {len(list(corpus.iterdir()))}" in summary  # every hostile file indexed
    for query in ("governor", "said OR сказал", '"[bold]"', "bold", "Markup region:perm"):
        _clean_run(tmp_path, "search", "--db", db, query)
        _clean_run(tmp_path, "search", "--db", db, "--json", query)
    quotes = _clean_run(tmp_path, "quotes", "--db", db, "--all")
    assert "[link=file:///etc/passwd]x[/link]" in quotes
    _clean_run(tmp_path, "quotes", "--db", db, "--all", "--json")
    _clean_run(tmp_path, "quotes", "--db", db, str(corpus / "escapes.txt"))
    _clean_run(tmp_path, "quotes", "--db", db, "--json", str(corpus / "bidi.txt"))

    _clean_run(tmp_path, "tag", "add", "--db", db, "1", HOSTILE_TAG)
    _clean_run(tmp_path, "note", "set", "--db", db, "1", HOSTILE_NOTE)
    _clean_run(tmp_path, "initiative", "add", "--db", db, HOSTILE_INITIATIVE)
    _clean_run(tmp_path, "initiative", "link", "--db", db, HOSTILE_INITIATIVE, "--quote", "1")
    for args in (("tag", "list"), ("note", "show"), ("initiative", "list")):
        _clean_run(tmp_path, *args, "--db", db)
        _clean_run(tmp_path, *args, "--db", db, "--json")
    for fmt in ("md", "csv", "jsonl", "json"):
        _clean_run(tmp_path, "export", "--db", db, "--format", fmt, "-o", "-")
    _clean_run(tmp_path, "export", "--db", db, "--format", "qdpx", "-o", "out.qdpx")


# --- the app ---------------------------------------------------------------------------


def _assert_literal_screen(app: object) -> str:
    text = screen_text(app)  # type: ignore[arg-type]
    assert not forbidden_chars(text.replace("\n", "")), sorted(forbidden_chars(text))
    errors = [n for n in app._notifications if n.severity == "error"]  # type: ignore[attr-defined]
    assert not errors, [n.message for n in errors]
    return text


async def _open(pilot, app, article_id: int) -> None:  # type: ignore[no-untyped-def]
    main = app.main_screen
    main.open_article(article_id)
    await wait_until(pilot, lambda: main.article is not None and main.article.id == article_id, 60)
    await settle(pilot)


@run_async
async def test_every_screen_shows_hostile_text_literally(db: Path) -> None:
    app = make_app(db)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        main = app.main_screen
        await wait_until(pilot, lambda: main.page is not None)
        await settle(pilot)
        assert "Markup [bold]x[/bold]" in _assert_literal_screen(app)  # the list
        articles = main.page.articles
        assert len(articles) == len(list(HOSTILE_DIR.iterdir())) + len(HOSTILE_FILE_NAMES)

        seen = ""
        for article in articles:  # the reader and the quotes table, article by article
            await _open(pilot, app, article.id)
            seen += _assert_literal_screen(app)
            await pilot.press("tab", "j", "j")  # move through the quotes
            await settle(pilot)
            seen += _assert_literal_screen(app)
        for fragment in LITERAL_FRAGMENTS:
            assert fragment in seen, fragment
        assert "[bold]tag[/bold] [/" in seen  # the tag, literally, in the quotes table

        marked = next(a for a in articles if "Markup" in a.title)
        await _open(pilot, app, marked.id)
        app.screen.query_one("QuotesTable").focus()
        for key, screen in (("t", NameDialog), ("i", NameDialog), ("n", NoteDialog)):
            await pilot.press(key)
            await wait_until(pilot, lambda s=screen: isinstance(app.screen, s))
            await settle(pilot)
            _assert_literal_screen(app)
            await pilot.press("escape")
            await wait_until(pilot, lambda: isinstance(app.screen, MainScreen))

        await pilot.press("ctrl+p")
        await wait_until(pilot, lambda: isinstance(app.screen, CommandPalette))
        await pilot.press(*"init")
        await wait_until(pilot, lambda: "[/init] «Единая»" in screen_text(app))
        _assert_literal_screen(app)
        await pilot.press("escape")
        await wait_until(pilot, lambda: isinstance(app.screen, MainScreen))

        app.action_initiatives()
        await wait_until(pilot, lambda: isinstance(app.screen, InitiativesScreen))
        await wait_until(pilot, lambda: "[/init] «Единая»" in screen_text(app))
        _assert_literal_screen(app)
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, TimelineScreen))
        await settle(pilot)
        _assert_literal_screen(app)

        for action, screen in (
            (app.action_help, HelpScreen),
            (app.action_filters, FiltersScreen),
            (app.action_export, ExportScreen),
        ):
            action()
            await wait_until(pilot, lambda s=screen: isinstance(app.screen, s))
            await settle(pilot)
            _assert_literal_screen(app)


@pytest.fixture(scope="module")
def big_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    root = tmp_path_factory.mktemp("big")
    corpus = _write_big_articles(root / "corpus")
    db = root / "big.db"
    library = Library(db)
    library.index_paths([corpus])
    library.close()
    yield db


@run_async
async def test_a_megabyte_line_and_a_hundred_thousand_quotes_open_in_the_app(
    big_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    isolate_user_dirs(monkeypatch, tmp_path)
    # No translator: this is about rendering. (Translating 50k quotes of one article
    # re-indexes its 4 MB body once per model batch; that is reported, not tested here.)
    app = make_app(big_db, translated=False)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        main = app.main_screen
        await wait_until(pilot, lambda: main.page is not None and main.page.total == 2)
        for article in main.page.articles:
            await _open(pilot, app, article.id)
            text = _assert_literal_screen(app)
            assert article.title[:20] in text
            if article.title.startswith("A hundred thousand"):
                # The table has a row for the first ROW_LIMIT quotes and says so.
                assert len(app.screen.query_one(QuotesTable).quotes) == BIG_QUOTES
                assert app.screen.query_one(QuotesTable).row_count == ROW_LIMIT
                assert f"Showing the first {ROW_LIMIT:,} of {BIG_QUOTES:,} quotes" in text
            await pilot.press("tab", "j", "j", "k")
            await settle(pilot)
            _assert_literal_screen(app)
