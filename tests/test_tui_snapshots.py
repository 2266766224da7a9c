"""Snapshots of the main screens at 120x40 and 80x24 (pytest-textual-snapshot).

Deterministic by construction: a library built from fixed files, a fake translator, no
first-launch indexing (its notification would race the screenshot), cursor blink off,
and user data/config dirs in a temporary folder. Update with `--snapshot-update` after
checking the new pictures.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, TextArea
from tui_support import build_library, isolate_user_dirs, make_app, settle, wait_until, write_corpus

from regreader.library import Library

SIZES = [(120, 40), (80, 24)]


@pytest.fixture(scope="module")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("snapshots")
    db = build_library(root / "template.db", write_corpus(root / "corpus"))
    library = Library(db)
    subsidy = library.search("субсидия").articles[0].id
    airr = library.search("AIRR").articles[0].id
    library.link_initiative(library.quotes(subsidy)[0].id, "Unified Regional Subsidy")
    library.link_initiative(library.quotes(airr)[1].id, "Unified Regional Subsidy")
    library.add_tag(library.quotes(subsidy)[0].id, "funding/subsidy")
    library.set_note(library.quotes(subsidy)[0].id, "The channel for all support from now on.")
    library.close()
    return db


@pytest.fixture
def db(template_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    isolate_user_dirs(monkeypatch, tmp_path)
    target = tmp_path / "library.db"
    shutil.copy(template_db, target)
    return target


async def steady(pilot: Pilot[object]) -> None:
    """Results on screen, workers done, no blinking cursor anywhere."""
    main = pilot.app.main_screen  # type: ignore[attr-defined]
    await wait_until(pilot, lambda: main.page is not None and main.page.query == main.search_text)
    await settle(pilot)
    for widget in pilot.app.screen.query("Input, TextArea"):
        assert isinstance(widget, Input | TextArea)
        widget.cursor_blink = False
    await pilot.pause()


async def open_subsidy_article(pilot: Pilot[object]) -> None:
    await steady(pilot)
    main = pilot.app.main_screen  # type: ignore[attr-defined]
    main.set_search_text("субсидия")
    await steady(pilot)
    await pilot.press("escape", "enter")
    await wait_until(pilot, lambda: main.article is not None)
    await steady(pilot)
    await pilot.press("j")
    await steady(pilot)


@pytest.mark.parametrize("size", SIZES, ids=["120x40", "80x24"])
def test_article_list(snap_compare, db: Path, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(make_app(db), terminal_size=size, run_before=steady)


@pytest.mark.parametrize("size", SIZES, ids=["120x40", "80x24"])
def test_reader_with_quotes(snap_compare, db: Path, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(make_app(db), terminal_size=size, run_before=open_subsidy_article)


@pytest.mark.parametrize("size", SIZES, ids=["120x40", "80x24"])
def test_initiative_timeline(snap_compare, db: Path, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    async def timeline(pilot: Pilot[object]) -> None:
        await steady(pilot)
        await pilot.press("g")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)

    assert snap_compare(make_app(db), terminal_size=size, run_before=timeline)


def test_help(snap_compare, db: Path) -> None:  # type: ignore[no-untyped-def]
    async def help_screen(pilot: Pilot[object]) -> None:
        await steady(pilot)
        await pilot.press("question_mark")
        await settle(pilot)

    assert snap_compare(make_app(db), terminal_size=(80, 24), run_before=help_screen)


def test_tag_dialog(snap_compare, db: Path) -> None:  # type: ignore[no-untyped-def]
    async def tag_dialog(pilot: Pilot[object]) -> None:
        await open_subsidy_article(pilot)
        await pilot.press("t", "f", "u")
        await pilot.pause(0.3)
        await steady(pilot)

    assert snap_compare(make_app(db), terminal_size=(120, 40), run_before=tag_dialog)
