"""The article reader: the text as written, its quotes highlighted, one of them selected.

The body is shown paragraph by paragraph (one Static each), so selecting a quote only
re-renders the paragraphs it touches, and scrolling to it is scrolling to a widget plus
the line inside it where the quote starts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from rich.text import Text
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.geometry import Region
from textual.widgets import Static

from regreader.library import ArticleDetail, QuoteRow
from regreader.tui.widgets.safe import plain

QUOTE_STYLE = "on #3a3a1e"
SELECTED_STYLE = "bold black on #e5c07b"


@dataclass(frozen=True)
class Paragraph:
    start: int
    end: int
    text: str


def short_path(path: str) -> str:
    """The file and its folder: enough to recognise a source, short enough for a header."""
    parts = Path(path).parts
    return path if len(parts) <= 2 else str(Path("…", *parts[-2:]))


def split_paragraphs(body: str) -> list[Paragraph]:
    """Non-empty lines of the body with their offsets into it."""
    paragraphs: list[Paragraph] = []
    offset = 0
    for line in body.split("\n"):
        if line.strip():
            paragraphs.append(Paragraph(offset, offset + len(line), line))
        offset += len(line) + 1
    return paragraphs


class ReaderView(VerticalScroll):
    """Shows one article; `select_quote` highlights a quote and scrolls it into view."""

    BINDINGS = [  # noqa: RUF012
        Binding("j", "scroll_down", "Down", show=False),
        Binding("k", "scroll_up", "Up", show=False),
        Binding("space", "page_down", "Page down", show=False),
    ]

    can_focus = True

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self._paragraphs: list[Paragraph] = []
        self._widgets: list[Static] = []
        self._quotes: list[QuoteRow] = []
        self._selected: QuoteRow | None = None
        self.article_id: int | None = None

    def show_placeholder(self, message: str) -> None:
        self.article_id = None
        self._paragraphs, self._quotes, self._selected = [], [], None
        self.remove_children()
        self._widgets = []
        self.mount(Static(plain(message, style="dim"), classes="reader-placeholder"))

    def show(self, article: ArticleDetail, quotes: Sequence[QuoteRow]) -> None:
        self.article_id = article.id
        self._quotes = list(quotes)
        self._selected = None
        self._paragraphs = split_paragraphs(article.body)
        self.remove_children()
        header = Text()
        header.append_text(plain(article.title, style="bold"))
        details = [article.published or "no date", ", ".join(article.regions) or "no region"]
        header.append("\n")
        header.append_text(plain(" · ".join(details), style="dim"))
        header.append("\n")
        header.append_text(plain(short_path(article.source_path), style="dim italic"))
        self._widgets = [
            Static(self._paragraph_text(p), classes="paragraph") for p in self._paragraphs
        ]
        self.mount(Static(header, classes="reader-header"), *self._widgets)
        self.scroll_home(animate=False)

    def update_quotes(self, quotes: Sequence[QuoteRow]) -> None:
        """New annotation data for the same quotes: the text does not change."""
        self._quotes = list(quotes)

    def _paragraph_text(self, paragraph: Paragraph) -> Text:
        text = plain(paragraph.text)
        for quote in self._quotes:
            style = SELECTED_STYLE if self._is_selected(quote) else QUOTE_STYLE
            start = max(quote.start, paragraph.start) - paragraph.start
            end = min(quote.end, paragraph.end) - paragraph.start
            if start < end:
                text.stylize(style, start, end)
        return text

    def _is_selected(self, quote: QuoteRow) -> bool:
        return self._selected is not None and quote.id == self._selected.id

    def _touched(self, quote: QuoteRow | None) -> list[int]:
        if quote is None:
            return []
        return [
            index
            for index, p in enumerate(self._paragraphs)
            if p.start < quote.end and quote.start < p.end
        ]

    def select_quote(self, quote: QuoteRow | None) -> None:
        previous, self._selected = self._selected, quote
        for index in sorted(set(self._touched(previous)) | set(self._touched(quote))):
            self._widgets[index].update(self._paragraph_text(self._paragraphs[index]))
        if quote is not None:
            self.call_after_refresh(self._scroll_to_quote, quote)

    def _scroll_to_quote(self, quote: QuoteRow) -> None:
        touched = self._touched(quote)
        if not touched or self._selected is None or self._selected.id != quote.id:
            return
        widget = self._widgets[touched[0]]
        paragraph = self._paragraphs[touched[0]]
        line = self._line_of(widget, paragraph, max(quote.start - paragraph.start, 0))
        region = widget.virtual_region
        target = Region(region.x, region.y + line, region.width, 1)
        self.scroll_to_region(target, animate=False, center=True, force=True)

    def _line_of(self, widget: Static, paragraph: Paragraph, offset: int) -> int:
        """Which wrapped line of the paragraph holds character `offset`."""
        width = widget.content_region.width
        if width <= 0:
            return 0
        lines = plain(paragraph.text).wrap(self.app.console, width)
        consumed = 0
        for number, line in enumerate(lines):
            consumed += len(line.plain)
            # Wrapping drops the space it breaks at; count it back in.
            if offset < consumed + number + 1:
                return number
        return max(len(lines) - 1, 0)
