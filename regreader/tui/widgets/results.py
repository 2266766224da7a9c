"""The results list: title (marked when the user tagged the article or its quotes), date,
regions, and the hit count while searching."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.message import Message

from regreader.library import ArticleSummary
from regreader.tui.widgets.safe import one_line, plain
from regreader.tui.widgets.tables import ColumnSpec, RowTable, cell_text

LIST_COLUMNS = (
    ColumnSpec("title", "Title", share=3),
    ColumnSpec("date", "Date", width=10),
    ColumnSpec("regions", "Regions", share=1),
)
SEARCH_COLUMNS = (*LIST_COLUMNS, ColumnSpec("hits", "Hits", width=6))
IN_QUOTE_MARK = "❝"
# Before the title of an article with tags (its own or its quotes'): the names would
# take the title's room in a list half a screen wide; the highlighted one's are shown
# under the list.
TAGGED_MARK = "◆"  # as tags are marked in the reader's header


class ResultsTable(RowTable):
    """Articles; Enter (RowSelected) opens the highlighted one."""

    class OpenArticle(Message):
        def __init__(self, article_id: int) -> None:
            super().__init__()
            self.article_id = article_id

    def __init__(self, **kwargs: object) -> None:
        super().__init__(LIST_COLUMNS, **kwargs)
        self._articles: list[ArticleSummary] = []

    def show(
        self, articles: Sequence[ArticleSummary], *, searching: bool, keep: int | None = None
    ) -> None:
        """Replace the rows; the cursor on article `keep` if it is listed, else on the first."""
        self._articles = list(articles)
        columns = SEARCH_COLUMNS if searching else LIST_COLUMNS
        if [c.key for c in columns] != [c.key for c in self._specs]:
            self._specs = list(columns)
        cursor = next((i for i, a in enumerate(self._articles) if a.id == keep), 0)
        self.set_rows(
            [(str(a.id), self._cells(a, searching), 1) for a in self._articles], cursor=cursor
        )

    @staticmethod
    def _cells(article: ArticleSummary, searching: bool) -> list[Text]:
        title = cell_text(article.title)
        if article.tags:
            title = Text.assemble((f"{TAGGED_MARK} ", "bold magenta"), title)
        cells = [
            title,
            cell_text(article.published or "—", style="" if article.published else "dim"),
            cell_text(", ".join(article.regions), style="cyan") if article.regions else plain("—"),
        ]
        if searching:
            cells.append(ResultsTable._hits_cell(article))
        return cells

    @staticmethod
    def _hits_cell(article: ArticleSummary) -> Text:
        """The query's words found in the article; for filters alone ('speaker:x') the
        quotes they matched, and no count for those that match no text ('region:x')."""
        count = article.hits or article.matched_quotes
        cell = plain(str(count), style="bold") if count else plain("—", style="dim")
        if article.matched_quotes:  # the search matched inside a quote of the article
            cell.append(f" {IN_QUOTE_MARK}", style="yellow")
        return cell

    def current_article(self) -> ArticleSummary | None:
        key = self.current_key()
        return next((a for a in self._articles if str(a.id) == key), None)

    class ArticleHighlighted(Message):
        def __init__(self, article: ArticleSummary | None) -> None:
            super().__init__()
            self.article = article

    def on_data_table_row_highlighted(self, event: RowTable.RowHighlighted) -> None:
        event.stop()
        self.post_message(self.ArticleHighlighted(self.current_article()))

    def on_data_table_row_selected(self, event: RowTable.RowSelected) -> None:
        event.stop()
        article = self.current_article()
        if article is not None:
            self.post_message(self.OpenArticle(article.id))


def snippet_text(article: ArticleSummary) -> Text:
    """The search snippet with the matched words emphasised."""
    text = plain(one_line(article.snippet), style="dim")
    for start, end in article.snippet_spans:
        text.stylize("bold yellow not dim", start, end)
    return text


def tags_text(article: ArticleSummary) -> Text:
    """'◆ funding/subsidy, ucn': the article's tags, its own and its quotes'."""
    return Text.assemble(
        (f"{TAGGED_MARK} ", "bold magenta"), cell_text(", ".join(article.tags), style="magenta")
    )
