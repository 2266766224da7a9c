"""The quotes table of the open article: who said what, and what it means in English.

An article can hold tens of thousands of quotes (a transcript, a hostile file). Building a
table row costs far more than a reader highlight, so the table shows at most
`ROW_LIMIT` quotes: the first ones, or a window around the quote asked for, and says so in
`notice()`. The reader still highlights every quote.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from enum import Enum

from rich.text import Text
from textual.message import Message

from regreader.library import QuoteRow
from regreader.tui.widgets.safe import plain
from regreader.tui.widgets.tables import ColumnSpec, RowTable, cell_text

QUOTE_COLUMNS = (
    ColumnSpec("speaker", "Speaker", width=18),
    ColumnSpec("original", "Original", share=3),
    ColumnSpec("english", "English", share=3),
    ColumnSpec("tags", "Tags ⚑initiatives", width=20),
    ColumnSpec("note", "✎", width=1),
)
NARROW_WIDTH = 100
NARROW_COLUMNS = (
    ColumnSpec("speaker", "Speaker", width=12),
    *QUOTE_COLUMNS[1:3],
    ColumnSpec("tags", "Tags ⚑", width=10),
    QUOTE_COLUMNS[4],
)
ROW_HEIGHT = 2
ROW_LIMIT = 1_000


def single_line(text: Text) -> Text:
    """A cell that is cut with an ellipsis instead of wrapping mid-word."""
    text.no_wrap = True
    text.overflow = "ellipsis"
    return text


def row_window(total: int, selected: int) -> range:
    """At most ROW_LIMIT quote indexes: the first ones, or centred on `selected`."""
    if total <= ROW_LIMIT or selected < ROW_LIMIT:
        return range(min(total, ROW_LIMIT))
    start = min(selected - ROW_LIMIT // 2, total - ROW_LIMIT)
    return range(start, start + ROW_LIMIT)


class TranslationMode(Enum):
    PENDING = "pending"  # a worker is translating: show a placeholder
    UNAVAILABLE = "unavailable"  # no model: the hint line says what to do


class QuotesTable(RowTable):
    """One row per quote; moving the cursor announces the quote (the reader follows)."""

    class QuoteHighlighted(Message):
        def __init__(self, quote: QuoteRow | None) -> None:
            super().__init__()
            self.quote = quote

    def __init__(self, **kwargs: object) -> None:
        super().__init__(QUOTE_COLUMNS, **kwargs)
        self.quotes: list[QuoteRow] = []  # every quote of the article, shown or not
        self.mode = TranslationMode.PENDING
        self._window = range(0)  # indexes into `quotes` that have a row

    def _column_widths(self) -> list[int]:
        # Narrow terminals: speaker and tags give room to the two texts.
        if self.size.width >= NARROW_WIDTH:
            return super()._column_widths()
        saved, self._specs = self._specs, list(NARROW_COLUMNS)
        try:
            return super()._column_widths()
        finally:
            self._specs = saved

    @property
    def shown_quotes(self) -> list[QuoteRow]:
        """The quotes that have a row in the table (all of them unless over the limit)."""
        return self.quotes[self._window.start : self._window.stop]

    def show(self, quotes: Sequence[QuoteRow], *, select_id: int | None = None) -> None:
        self.quotes = list(quotes)
        index = next((i for i, q in enumerate(self.quotes) if q.id == select_id), 0)
        self._window = row_window(len(self.quotes), index)
        rows = [(str(q.id), self._cells(q), ROW_HEIGHT) for q in self.shown_quotes]
        self.set_rows(rows, cursor=index - self._window.start)

    def notice(self) -> Text | None:
        """One line saying which quotes the table leaves out, or None when it shows all."""
        total, window = len(self.quotes), self._window
        if len(window) == total:
            return None
        if window.start == 0:
            shown = f"Showing the first {len(window):,} of {total:,} quotes"
        else:
            shown = f"Showing quotes {window.start + 1:,}–{window.stop:,} of {total:,}"
        return plain(f"{shown}; the reader highlights them all.", style="yellow")

    def refresh_quotes(self, quotes: Sequence[QuoteRow]) -> None:
        """Same quotes, new data (translations, tags, notes): update cells in place."""
        by_id = {q.id: q for q in quotes}
        self.quotes = [by_id.get(q.id, q) for q in self.quotes]
        for quote in self.shown_quotes:
            if quote.id in by_id:
                self.replace_row(str(quote.id), self._cells(quote), ROW_HEIGHT)

    def set_translations(self, translations: dict[int, str]) -> None:
        translated = [q for q in self.quotes if q.id in translations]
        self.refresh_quotes([replace(q, translation=translations[q.id]) for q in translated])

    def set_mode(self, mode: TranslationMode) -> None:
        self.mode = mode
        self.refresh_quotes(self.shown_quotes)

    def current_quote(self) -> QuoteRow | None:
        if self.current_key() is None:
            return None
        index = self._window.start + self.cursor_row
        return self.quotes[index] if index < len(self.quotes) else None

    def _cells(self, quote: QuoteRow) -> list[Text]:
        speaker = quote.speaker or ("—" if quote.kind == "quote" else "")
        return [
            # Over the row's two lines: 'Илья Викторович Пермяков' is cut on one.
            cell_text(speaker, style="bold" if quote.speaker else "dim"),
            cell_text(quote.text),
            self._english(quote),
            self._labels(quote),
            plain("✎" if quote.note else "", style="yellow"),
        ]

    @staticmethod
    def _labels(quote: QuoteRow) -> Text:
        """Tags, then linked initiatives (marked ⚑, as in the reader's header)."""
        text = single_line(cell_text(", ".join(quote.tags), style="green"))
        for name in quote.initiatives:
            if text.plain:
                text.append(" ")
            text.append_text(cell_text(f"⚑{name}", style="magenta"))
        return text

    def _english(self, quote: QuoteRow) -> Text:
        if quote.translation is not None:
            return cell_text(quote.translation)
        if quote.lang == "en":
            return plain("(original is English)", style="dim")
        if self.mode is TranslationMode.UNAVAILABLE:
            return plain("— no translation model", style="dim")
        return plain("… translating", style="dim italic")

    def on_data_table_row_highlighted(self, event: RowTable.RowHighlighted) -> None:
        event.stop()
        self.post_message(self.QuoteHighlighted(self.current_quote()))
