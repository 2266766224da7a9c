"""Messages that thread workers post back to the UI (workers never touch widgets)."""

from __future__ import annotations

from dataclasses import dataclass, field

from textual.message import Message

from regreader.library import (
    ArticleAnnotations,
    ArticleDetail,
    QuoteRow,
    ResultPage,
    TranslationState,
)


@dataclass
class IndexProgress(Message):
    """First-launch indexing moved on: `done` of `total` files."""

    done: int
    total: int
    current: str = ""


@dataclass
class IndexFinished(Message):
    """Indexing in the app ended; `report` is what to tell the user."""

    report: str


@dataclass
class ResultsReady(Message):
    """A search (or the plain article list) finished for `query`."""

    page: ResultPage


@dataclass
class ArticleLoaded(Message):
    article: ArticleDetail
    quotes: list[QuoteRow]
    # The quote to select once shown (a jump from the initiative timeline).
    focus_quote_id: int | None = None


@dataclass
class TranslationsReady(Message):
    """Translations for quotes of `article_id` (quote id -> English text)."""

    article_id: int
    translations: dict[int, str] = field(default_factory=dict)


@dataclass
class TranslationUnavailable(Message):
    article_id: int
    state: TranslationState


@dataclass
class QuotesChanged(Message):
    """Annotations of an article changed; its quotes table must be reloaded."""

    article_id: int
    quotes: list[QuoteRow]
    select_quote_id: int | None = None


@dataclass
class WorkFailed(Message):
    """A worker hit a user-facing error; shown as a notification."""

    text: str


@dataclass
class ArticleAnnotated(Message):
    """The tags, note or initiatives of a whole article changed."""

    article_id: int
    annotations: ArticleAnnotations
