"""What every export format is made of: one record per annotated quote or article.

Kept apart from the SQL in `records` so that the writers can be exercised on records built
by hand, and so that the field list (the CSV header, the JSON Lines keys) is defined once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

QUOTE = "quote"
ARTICLE = "article"


@dataclass(frozen=True)
class InitiativeInfo:
    """An initiative as the exports describe it (codes, Markdown headings)."""

    id: int
    name: str
    aliases: tuple[str, ...] = ()
    description: str = ""


@dataclass(frozen=True)
class ExportRecord:
    """One annotated quote (kind "quote") or one annotated article (kind "article").

    `record_id` is stable across exports of the same library: "quote-<anchor id>" or
    "article-<anchor id>" (anchors survive re-indexing, so their ids are the stable ones).
    An orphaned record is a quote annotation whose quote is no longer in its article (the
    article was edited): its text is the quote as it was annotated and its offsets are
    those last known, not valid in the current article text.
    """

    record_id: str
    kind: str
    anchor_id: int | None
    quote_id: int | None
    article_id: int | None
    quote: str
    translation: str
    translation_model: str
    translation_lang: str
    lang: str
    speaker: str
    role: str
    note: str
    tags: tuple[str, ...]
    initiatives: tuple[str, ...]
    source_title: str
    source_path: str
    published: str
    regions: tuple[str, ...]
    start: int | None
    end: int | None
    created: str
    modified: str
    orphaned: bool = False
    initiative_ids: tuple[int, ...] = field(default=(), compare=False)

    def as_row(self) -> dict[str, Any]:
        """The flat form shared by CSV and JSON Lines (lists stay lists here)."""
        return {name: _value(getattr(self, name)) for name in ROW_FIELDS}


# The columns of CSV and the keys of JSON Lines, in order.
ROW_FIELDS: tuple[str, ...] = (
    "record_id",
    "kind",
    "anchor_id",
    "quote_id",
    "article_id",
    "quote",
    "translation",
    "translation_model",
    "translation_lang",
    "lang",
    "speaker",
    "role",
    "note",
    "tags",
    "initiatives",
    "source_title",
    "source_path",
    "published",
    "regions",
    "start",
    "end",
    "created",
    "modified",
    "orphaned",
)


def _value(value: Any) -> Any:
    return list(value) if isinstance(value, tuple) else value


@dataclass(frozen=True)
class ArticleText:
    """An exported article's full text, for formats that embed sources (REFI-QDA)."""

    article_id: int
    title: str
    body: str
    source_path: str
    published: str
    added_at: str


@dataclass
class ExportData:
    """Everything one export needs, read in one go from the library."""

    records: list[ExportRecord]
    initiatives: dict[int, InitiativeInfo] = field(default_factory=dict)
    articles: dict[int, ArticleText] = field(default_factory=dict)
    filters: dict[str, str] = field(default_factory=dict)
    created_at: str = ""

    @property
    def quote_count(self) -> int:
        return sum(1 for record in self.records if record.kind == QUOTE)

    @property
    def article_count(self) -> int:
        return len({record.article_id for record in self.records if record.article_id})
