"""The article reader: the text as written, its quotes highlighted, one of them selected.

The body is shown paragraph by paragraph (one Static each), so selecting a quote only
re-renders the paragraphs it touches, and scrolling to it is scrolling to a widget plus
the line inside it where the quote starts.

Huge articles (a megabyte on one line, a transcript with 100,000 quotes) stay cheap: a
paragraph longer than `PART_CHARS` is shown as several parts, each paragraph finds its
quotes by bisection instead of looking at every quote, and past the first `MOUNT_BATCH`
parts the rest are mounted in batches by an async worker, so keys are handled between
batches instead of after one long freeze.
"""

from __future__ import annotations

import asyncio
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

from rich.text import Text
from textual import work
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.geometry import Region
from textual.widgets import Static

from regreader.library import ArticleAnnotations, ArticleDetail, QuoteRow
from regreader.tui.widgets.safe import one_line, plain
from regreader.wrapping import joins_a_word, wrap_breaks

QUOTE_STYLE = "on #3a3a1e"
SELECTED_STYLE = "bold black on #e5c07b"
PART_CHARS = 16_000  # longer paragraphs are cut (at a space) into parts of about this size
MOUNT_BATCH = 4  # parts mounted at once; the first batch fills any screen
REFRESH_WAIT_S = 1.0
LAYOUT_ATTEMPTS = 8  # refreshes to wait for a just-mounted paragraph's place, at most


@dataclass(frozen=True)
class Paragraph:
    start: int
    end: int
    text: str
    last_part: bool = True  # False: the paragraph goes on in the next part (no margin)


def short_path(path: str) -> str:
    """The file and its folder: enough to recognise a source, short enough for a header."""
    parts = Path(path).parts
    return path if len(parts) <= 2 else str(Path("…", *parts[-2:]))


def split_paragraphs(body: str, part_chars: int = 0) -> list[Paragraph]:
    """Non-empty lines of the body with their offsets into it, long ones cut in parts.

    A hard-wrapped text (a PDF's, a newsletter's) has its wrapped lines joined, a blank
    for each break, so a paragraph reflows to the pane instead of showing one short
    paragraph per line of the original."""
    part_chars = part_chars or PART_CHARS  # read when called: tests make it small
    paragraphs: list[Paragraph] = []
    offset = 0
    for line in _wraps_as_blanks(body).split("\n"):
        if line.strip():
            paragraphs.extend(_parts(line, offset, part_chars))
        offset += len(line) + 1
    return paragraphs


_ZERO_WIDTH_SPACE = "\u200b"


def _wraps_as_blanks(body: str) -> str:
    """`body` with the line breaks of its wrapped paragraphs as blanks: offsets unchanged.
    A word hyphenated at the break ('инфра-\\nструктура', 'Петрова-\\nВодкина') gets a
    zero-width space, so it reads as one word, hyphen and all, and may still wrap there."""
    breaks = wrap_breaks(body)
    if not breaks:
        return body
    chars = list(body)
    for position in breaks:
        chars[position] = _ZERO_WIDTH_SPACE if joins_a_word(body, position) else " "
    return "".join(chars)


def _parts(line: str, offset: int, part_chars: int) -> list[Paragraph]:
    """A line as parts of at most `part_chars`, cut after a space where there is one."""
    parts: list[Paragraph] = []
    start = 0
    while len(line) - start > part_chars:
        cut = line.rfind(" ", start + part_chars // 2, start + part_chars) + 1 or start + part_chars
        parts.append(Paragraph(offset + start, offset + cut, line[start:cut], last_part=False))
        start = cut
    parts.append(Paragraph(offset + start, offset + len(line), line[start:]))
    return parts


class QuoteSpans:
    """The article's quotes, found by position: which ones touch a stretch of the body."""

    def __init__(self, quotes: Sequence[QuoteRow]) -> None:
        self.quotes = sorted(quotes, key=lambda q: q.start)
        self._starts = [q.start for q in self.quotes]
        # A quote touching [start, end) starts after start - longest: bisect, then filter.
        self._longest = max((q.end - q.start for q in self.quotes), default=0)

    def touching(self, start: int, end: int) -> list[QuoteRow]:
        low = bisect_right(self._starts, start - self._longest - 1)
        high = bisect_left(self._starts, end)
        return [q for q in self.quotes[low:high] if q.end > start]


def annotations_line(annotations: ArticleAnnotations) -> Text:
    """'◆ tags · ⚑ initiatives · ✎ the note's first line', whichever there are."""
    parts: list[Text] = []
    if annotations.tags:
        parts.append(plain("◆ " + ", ".join(annotations.tags), style="magenta"))
    if annotations.initiatives:
        parts.append(plain("⚑ " + ", ".join(annotations.initiatives), style="cyan"))
    if annotations.note:
        parts.append(plain("✎ " + one_line(annotations.note, 80), style="italic"))
    return Text(" · ").join(parts)


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
        self._starts: list[int] = []  # paragraph starts, for bisection
        self._widgets: list[Static] = []  # the mounted paragraphs: a prefix of _paragraphs
        self._spans = QuoteSpans(())
        self._selected: QuoteRow | None = None
        self._pending_scroll: QuoteRow | None = None  # its paragraph is not mounted yet
        self.article_id: int | None = None
        self._article: ArticleDetail | None = None

    def show_placeholder(self, message: str) -> None:
        self.article_id = None
        self._article = None
        self._set_paragraphs([])
        self._spans, self._selected = QuoteSpans(()), None
        self.remove_children()
        self.mount(Static(plain(message, style="dim"), classes="reader-placeholder"))

    def show(self, article: ArticleDetail, quotes: Sequence[QuoteRow]) -> None:
        self.article_id = article.id
        self._spans = QuoteSpans(quotes)
        self._selected = self._pending_scroll = None
        self._set_paragraphs(split_paragraphs(article.body))
        self.remove_children()
        self._article = article
        header = Static(self._header(article.annotations), classes="reader-header")
        self.mount(header, *self._next_batch())
        self.scroll_home(animate=False)
        if len(self._widgets) < len(self._paragraphs):
            self._mount_the_rest(article.id)

    def show_annotations(self, annotations: ArticleAnnotations) -> None:
        """Show what the user attached to the whole article, after a change."""
        headers = self.query(".reader-header")
        if self._article is not None and headers:
            headers.first(Static).update(self._header(annotations))

    def _header(self, annotations: ArticleAnnotations) -> Text:
        article = self._article
        assert article is not None
        header = Text()
        header.append_text(plain(article.title, style="bold"))
        details = [article.published or "no date", ", ".join(article.regions) or "no region"]
        header.append("\n")
        header.append_text(plain(" · ".join(details), style="dim"))
        header.append("\n")
        header.append_text(plain(short_path(article.source_path), style="dim italic"))
        if annotations:
            header.append("\n")
            header.append_text(annotations_line(annotations))
        return header

    def _set_paragraphs(self, paragraphs: list[Paragraph]) -> None:
        self._paragraphs = paragraphs
        self._starts = [p.start for p in paragraphs]
        self._widgets = []

    def _next_batch(self) -> list[Static]:
        """Widgets for the next MOUNT_BATCH paragraphs, counted as mounted."""
        first = len(self._widgets)
        batch = [self._paragraph_widget(p) for p in self._paragraphs[first : first + MOUNT_BATCH]]
        self._widgets.extend(batch)
        return batch

    @work(exclusive=True, group="reader-mount")
    async def _mount_the_rest(self, article_id: int) -> None:
        # An async worker runs on the event loop: between two batches, keys get handled.
        while self.article_id == article_id and len(self._widgets) < len(self._paragraphs):
            await self.mount(*self._next_batch())
            # Wait for the layout of this batch: batches piling up in one layout pass
            # would freeze the screen as long as mounting them all at once.
            await self._next_refresh()
            if self._pending_scroll is not None:
                self._scroll_to_quote(self._pending_scroll)

    async def _next_refresh(self) -> None:
        refreshed = asyncio.Event()
        self.call_after_refresh(refreshed.set)
        with suppress(TimeoutError):  # never hang the worker on a refresh that is skipped
            await asyncio.wait_for(refreshed.wait(), REFRESH_WAIT_S)

    def _paragraph_widget(self, paragraph: Paragraph) -> Static:
        classes = "paragraph" if paragraph.last_part else "paragraph-part"
        return Static(self._paragraph_text(paragraph), classes=classes)

    def update_quotes(self, quotes: Sequence[QuoteRow]) -> None:
        """New annotation data for the same quotes: the text does not change."""
        self._spans = QuoteSpans(quotes)

    def _paragraph_text(self, paragraph: Paragraph) -> Text:
        text = plain(paragraph.text)
        for quote in self._spans.touching(paragraph.start, paragraph.end):
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
        index = max(bisect_right(self._starts, quote.start) - 1, 0)
        touched = []
        while index < len(self._paragraphs) and self._paragraphs[index].start < quote.end:
            if quote.start < self._paragraphs[index].end:
                touched.append(index)
            index += 1
        return touched

    def select_quote(self, quote: QuoteRow | None) -> None:
        previous, self._selected = self._selected, quote
        for index in sorted(set(self._touched(previous)) | set(self._touched(quote))):
            if index < len(self._widgets):  # the others are drawn selected when mounted
                self._widgets[index].update(self._paragraph_text(self._paragraphs[index]))
        if quote is not None:
            self.call_after_refresh(self._scroll_to_quote, quote)

    def _scroll_to_quote(self, quote: QuoteRow, attempts: int = LAYOUT_ATTEMPTS) -> None:
        touched = self._touched(quote)
        if not touched or self._selected is None or self._selected.id != quote.id:
            return
        self._pending_scroll = None
        if touched[0] >= len(self._widgets):
            self._pending_scroll = quote  # scrolled to once its paragraph is mounted
            return
        widget = self._widgets[touched[0]]
        if not widget.virtual_region.height and attempts > 0:
            # Mounted but not laid out yet (its batch has just gone in): where it will
            # stand is known after the next refresh.
            self.call_after_refresh(self._scroll_to_quote, quote, attempts - 1)
            return
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
