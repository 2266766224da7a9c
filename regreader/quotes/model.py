"""The records quotes are made of: what the extractor finds and what the library stores."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

QuoteKind = Literal["quote", "turn"]


@dataclass(frozen=True)
class ExtractedQuote:
    """One direct quote (kind 'quote') or transcript turn (kind 'turn') found in a body.

    `text` is always exactly `body[start:end]`. `speaker` is a person's name as the article
    spells it (nominative for Russian), or None when the text names nobody; `role` is the
    speaker's position where the text gives one. A quote split by its attribution
    ('"X," she said, "Y."') becomes several quotes; `part_of` is then the index (in the
    extraction) of its first part, and None for an unsplit quote.
    """

    text: str
    start: int
    end: int
    lang: str
    speaker: str | None
    role: str | None
    kind: QuoteKind
    part_of: int | None = None


@dataclass(frozen=True)
class Mention:
    """A name in quote marks that is not speech: a programme, company, plant or title."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Extraction:
    quotes: tuple[ExtractedQuote, ...]
    mentions: tuple[Mention, ...]


@dataclass(frozen=True)
class StoredQuote:
    """A quote as read back from the library, with its newest translation if any."""

    id: int
    article_id: int
    seq: int
    kind: QuoteKind
    text: str
    start: int
    end: int
    lang: str
    speaker: str | None
    role: str | None
    part_of: int | None  # seq of the first part of a split quote, else None
    translation: str | None
    model: str | None


@dataclass(frozen=True)
class StoredMention:
    id: int
    article_id: int
    text: str
    start: int
    end: int
