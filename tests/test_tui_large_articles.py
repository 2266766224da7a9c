"""Articles far larger than news: 100k quotes, megabyte paragraphs, and titles full of
zero-width characters. The table shows a window of the quotes and says so, the reader
cuts long paragraphs into parts it mounts batch by batch, and table columns stay aligned.

The limits are made small here so the same paths run in a fraction of a second."""

from __future__ import annotations

import re
import shutil
import textwrap
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tui_support import isolate_user_dirs, make_app, run_async, screen_text, settle, wait_until

import regreader.tui.widgets.quotes as quotes_module
import regreader.tui.widgets.reader as reader_module
from regreader.library import Library, QuoteRow
from regreader.tui.widgets.quotes import QuotesTable, row_window
from regreader.tui.widgets.reader import QuoteSpans, ReaderView, split_paragraphs

QUOTES = 40
ZERO_WIDTH_TITLE = "Zero\u200bwidth\u200c title\u200d here\u2060 \u00adok"
DATE = re.compile(r"\d{4}-\d\d-\d\d")


def _quote(number: int, start: int, end: int) -> QuoteRow:
    return QuoteRow(id=number, article_id=1, start=start, end=end, text="x", lang="en")


# --- the pieces -------------------------------------------------------------------------


def test_the_quote_window_is_the_first_rows_or_centred_on_the_quote_asked_for(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(quotes_module, "ROW_LIMIT", 10)
    assert row_window(7, 3) == range(7)
    assert row_window(100, 9) == range(10)
    assert row_window(100, 50) == range(45, 55)
    assert row_window(100, 99) == range(90, 100)


def test_long_paragraphs_are_cut_at_spaces_into_parts_that_cover_them() -> None:
    line = " ".join(f"word{n}" for n in range(400))
    body = f"Short one.\n\n{line}\nnospaces{'x' * 250}\n"
    parts = split_paragraphs(body, part_chars=100)
    assert parts[0].text == "Short one." and parts[0].last_part
    assert all(len(p.text) <= 100 for p in parts)
    for part in parts:
        assert body[part.start : part.end] == part.text
    long_parts = [p for p in parts if p.start >= body.index(line) and p.end <= len(line) + 12]
    assert "".join(p.text for p in long_parts) == line
    assert all(p.text.endswith(" ") for p in long_parts[:-1])  # cut after a space
    assert [p.last_part for p in long_parts] == [False] * (len(long_parts) - 1) + [True]


@given(
    st.lists(st.tuples(st.integers(0, 300), st.integers(1, 60)), max_size=40),
    st.integers(0, 350),
    st.integers(1, 80),
)
def test_quote_spans_find_exactly_the_quotes_touching_a_stretch(
    spans: list[tuple[int, int]], start: int, length: int
) -> None:
    quotes = [_quote(n, s, s + size) for n, (s, size) in enumerate(spans)]
    end = start + length
    expected = {q.id for q in quotes if q.start < end and q.end > start}
    assert {q.id for q in QuoteSpans(quotes).touching(start, end)} == expected


# --- the app ----------------------------------------------------------------------------


# A report as PDF text: paragraphs hard-wrapped at 70 characters, the quote far down.
_PROSE = (
    "Regional officials in the north were candid about the limits of the preferential "
    "regime, which was designed as a one-stop package for investors who would otherwise "
    "never consider a location north of the Arctic Circle, and they said so at length. "
)
WRAPPED_BODY = "\n\n".join(
    [textwrap.fill("Cold corridors of the Arctic Zone", 70)]
    + [textwrap.fill(_PROSE * 3, 70) for _ in range(10)]
    + [textwrap.fill(_PROSE + '"We sold the Arctic Zone as a tax story," said Pavel Drozdov.', 70)]
)


def test_a_hard_wrapped_text_shows_whole_paragraphs_at_the_same_offsets() -> None:
    paragraphs = split_paragraphs(WRAPPED_BODY)
    assert len(paragraphs) == WRAPPED_BODY.count("\n\n") + 1  # one per paragraph, not line
    for paragraph in paragraphs:
        assert paragraph.text == WRAPPED_BODY[paragraph.start : paragraph.end].replace("\n", " ")
    # A word hyphenated at a break stays one word on the screen.
    hyphenated = WRAPPED_BODY.replace("the\npreferential", "the prefer-\nential", 1)
    assert hyphenated != WRAPPED_BODY
    shown = " ".join(p.text for p in split_paragraphs(hyphenated))
    assert "prefer-\u200bential" in shown
    # ... a double-barrelled name too, with no blank after its hyphen.
    named = WRAPPED_BODY.replace("the\npreferential", "the Petrov-\nVodkin", 1)
    assert named != WRAPPED_BODY
    shown = " ".join(p.text for p in split_paragraphs(named))
    assert "Petrov-\u200bVodkin" in shown


def _write_corpus(folder: Path) -> Path:
    folder.mkdir()
    (folder / "wrapped.txt").write_text(WRAPPED_BODY + "\n", encoding="utf-8")
    said = " ".join(f'"Point {n} made here," said Anna Smith.' for n in range(QUOTES))
    (folder / "many.txt").write_text(
        f"Many quotes on one line\n\n1 May 2024\n\n{said}\n", encoding="utf-8"
    )
    (folder / "plain.txt").write_text(
        "Plain title here\n\n3 June 2024\n\nThe governor of Perm Krai spoke.\n", encoding="utf-8"
    )
    (folder / "zero.txt").write_text(
        f"{ZERO_WIDTH_TITLE}\n\n4 June 2024\n\nThe governor of Perm Krai spoke.\n",
        encoding="utf-8",
    )
    return folder


@pytest.fixture(scope="module")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("large")
    library = Library(root / "template.db")
    try:
        library.index_paths([_write_corpus(root / "corpus")])
    finally:
        library.close()
    return root / "template.db"


@pytest.fixture
def db(template_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    isolate_user_dirs(monkeypatch, tmp_path)
    shutil.copy(template_db, tmp_path / "library.db")
    return tmp_path / "library.db"


@run_async
async def test_zero_width_characters_do_not_shift_the_date_column(db: Path) -> None:
    app = make_app(db, translated=False)
    async with app.run_test(size=(120, 30)) as pilot:
        main = app.main_screen
        await wait_until(pilot, lambda: main.page is not None)
        await settle(pilot)
        lines = screen_text(app).splitlines()
        zero = next(line for line in lines if line.lstrip().startswith("Zero"))
        plain = next(line for line in lines if "Plain title here" in line)
        assert "Zerowidth title here ok" in zero  # shown without the invisible characters
        assert DATE.search(zero).start() == DATE.search(plain).start()  # type: ignore[union-attr]
        stored = next(a for a in main.page.articles if a.title.startswith("Zero"))  # type: ignore[union-attr]
        assert stored.title == ZERO_WIDTH_TITLE  # the data keeps them


@run_async
async def test_a_window_of_quotes_around_the_one_asked_for_and_a_line_saying_so(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(quotes_module, "ROW_LIMIT", 10)
    monkeypatch.setattr(reader_module, "PART_CHARS", 200)
    monkeypatch.setattr(reader_module, "MOUNT_BATCH", 2)
    library = Library(db)
    article = next(a for a in library.search("").articles if a.title.startswith("Many"))
    quotes = library.quotes(article.id)
    library.close()
    assert len(quotes) == QUOTES
    wanted = quotes[30]

    app = make_app(db, translated=False)
    async with app.run_test(size=(120, 40)) as pilot:
        main = app.main_screen
        await wait_until(pilot, lambda: main.page is not None)
        main.open_article(article.id, wanted.id)
        await wait_until(pilot, lambda: main.article is not None)
        await settle(pilot)
        table = app.screen.query_one(QuotesTable)
        reader = app.screen.query_one(ReaderView)
        assert table.row_count == 10 and len(table.quotes) == QUOTES
        assert [q.id for q in table.shown_quotes] == [q.id for q in quotes[25:35]]
        assert table.current_quote() == wanted
        assert "Showing quotes 26–35 of 40; the reader highlights them all." in screen_text(app)
        # The reader mounted every part, batch by batch, and scrolled to the quote.
        assert len(reader._widgets) == len(reader._paragraphs) > 2 * 2
        assert reader._selected == wanted and reader.scroll_y > 0
        assert wanted.text in screen_text(app)

        await pilot.press("j")  # the reader follows the table inside the window
        await wait_until(pilot, lambda: reader._selected == quotes[31])


@run_async
async def test_a_hard_wrapped_article_opens_scrolled_to_its_first_quote(db: Path) -> None:
    app = make_app(db, translated=False)
    async with app.run_test(size=(120, 40)) as pilot:
        main = app.main_screen
        await wait_until(pilot, lambda: main.page is not None)
        # As a reader gets there: a search, the result, Enter (the pane changes its size
        # while the paragraphs are mounted).
        await pilot.press("/", *"cold", "down", "enter")
        await wait_until(pilot, lambda: main.article is not None)
        await settle(pilot)
        reader = app.screen.query_one(ReaderView)
        # The quote's paragraph is mounted in a later batch: the reader still gets there.
        assert reader._selected is not None and reader._selected.speaker == "Pavel Drozdov"
        assert len(reader._paragraphs) == 12 and reader.scroll_y > 0
        shown = reader._widgets[reader._touched(reader._selected)[0]].virtual_region
        assert reader.scroll_y <= shown.y < reader.scroll_y + reader.size.height


@run_async
async def test_typing_in_the_search_box_while_an_article_loads_keeps_the_focus(
    db: Path,
) -> None:
    app = make_app(db, translated=False)
    async with app.run_test(size=(120, 40)) as pilot:
        main = app.main_screen
        await wait_until(pilot, lambda: main.page is not None)
        article = next(a for a in main.page.articles if a.title.startswith("Many"))  # type: ignore[union-attr]
        main.open_article(article.id)  # Enter on a result, then "/" at once:
        main.focus_search()
        await pilot.press(*"gov")
        await wait_until(pilot, lambda: main.article is not None)
        await settle(pilot)
        search = app.screen.query_one("#search")
        assert app.focused is search  # the loaded article did not take the focus away
        await pilot.press(*"ernor")
        assert search.value == "governor"  # type: ignore[attr-defined]
        assert app.screen.query_one(QuotesTable).row_count == QUOTES  # and it did open
