"""The quotes table of the open article: who said what, and what it means in English."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from enum import Enum

from rich.text import Text
from textual.message import Message

from regreader.library import QuoteRow
from regreader.tui.widgets.safe import one_line, plain
from regreader.tui.widgets.tables import ColumnSpec, RowTable

QUOTE_COLUMNS = (
    ColumnSpec("speaker", "Speaker", width=18),
    ColumnSpec("original", "Original", share=3),
    ColumnSpec("english", "English", share=3),
    ColumnSpec("tags", "Tags ◆initiatives", width=20),
    ColumnSpec("note", "✎", width=1),
)
NARROW_WIDTH = 100
NARROW_COLUMNS = (
    ColumnSpec("speaker", "Speaker", width=12),
    *QUOTE_COLUMNS[1:3],
    ColumnSpec("tags", "Tags ◆", width=10),
    QUOTE_COLUMNS[4],
)
ROW_HEIGHT = 2


def single_line(text: Text) -> Text:
    """A cell that is cut with an ellipsis instead of wrapping mid-word."""
    text.no_wrap = True
    text.overflow = "ellipsis"
    return text


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
        self.quotes: list[QuoteRow] = []
        self.mode = TranslationMode.PENDING

    def _column_widths(self) -> list[int]:
        # Narrow terminals: speaker and tags give room to the two texts.
        if self.size.width >= NARROW_WIDTH:
            return super()._column_widths()
        saved, self._specs = self._specs, list(NARROW_COLUMNS)
        try:
            return super()._column_widths()
        finally:
            self._specs = saved

    def show(self, quotes: Sequence[QuoteRow], *, select_id: int | None = None) -> None:
        self.quotes = list(quotes)
        index = next((i for i, q in enumerate(self.quotes) if q.id == select_id), 0)
        self.set_rows([(str(q.id), self._cells(q), ROW_HEIGHT) for q in self.quotes], cursor=index)

    def refresh_quotes(self, quotes: Sequence[QuoteRow]) -> None:
        """Same quotes, new data (translations, tags, notes): update cells in place."""
        by_id = {q.id: q for q in quotes}
        self.quotes = [by_id.get(q.id, q) for q in self.quotes]
        for quote in self.quotes:
            self.replace_row(str(quote.id), self._cells(quote), ROW_HEIGHT)

    def set_translations(self, translations: dict[int, str]) -> None:
        updated = [
            replace(q, translation=translations[q.id]) if q.id in translations else q
            for q in self.quotes
        ]
        self.refresh_quotes(updated)

    def set_mode(self, mode: TranslationMode) -> None:
        self.mode = mode
        self.refresh_quotes(self.quotes)

    def current_quote(self) -> QuoteRow | None:
        key = self.current_key()
        return next((q for q in self.quotes if str(q.id) == key), None)

    def _cells(self, quote: QuoteRow) -> list[Text]:
        speaker = quote.speaker or ("—" if quote.kind == "quote" else "")
        return [
            single_line(plain(one_line(speaker), style="bold" if quote.speaker else "dim")),
            plain(one_line(quote.text)),
            self._english(quote),
            self._labels(quote),
            plain("✎" if quote.note else "", style="yellow"),
        ]

    @staticmethod
    def _labels(quote: QuoteRow) -> Text:
        """Tags, then linked initiatives (marked ◆)."""
        text = single_line(plain(one_line(", ".join(quote.tags)), style="green"))
        for name in quote.initiatives:
            if text.plain:
                text.append(" ")
            text.append_text(plain(f"◆{one_line(name)}", style="magenta"))
        return text

    def _english(self, quote: QuoteRow) -> Text:
        if quote.translation is not None:
            return plain(one_line(quote.translation))
        if quote.lang == "en":
            return plain("(original is English)", style="dim")
        if self.mode is TranslationMode.UNAVAILABLE:
            return plain("— no translation model", style="dim")
        return plain("… translating", style="dim italic")

    def on_data_table_row_highlighted(self, event: RowTable.RowHighlighted) -> None:
        event.stop()
        self.post_message(self.QuoteHighlighted(self.current_quote()))
