"""Plain records handed out by the annotations API (the app never sees rows or SQL)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Literal

from regreader.errors import RegreaderError

Target = Literal["quote", "article"]


def utc_now() -> str:
    """Timestamps are ISO 8601 in UTC, to the second."""
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class Anchor:
    """What an annotation is attached to: a quote (by text and context) or a whole article."""

    id: int
    target: Target
    article_id: int | None
    quote_id: int | None
    quote_text: str | None
    orphaned: bool
    orphaned_at: str | None
    created_at: str


@dataclass(frozen=True)
class Tag:
    id: int
    name: str
    count: int = 0  # how many quotes and articles carry it


@dataclass(frozen=True)
class Note:
    anchor_id: int
    target: Target
    article_id: int | None
    quote_id: int | None
    body: str
    created_at: str
    modified_at: str
    orphaned: bool = False


@dataclass(frozen=True)
class Initiative:
    id: int
    name: str
    description: str
    aliases: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    link_count: int = 0
    created_at: str = ""
    modified_at: str = ""


@dataclass(frozen=True)
class Link:
    """An initiative linked to a quote or an article."""

    initiative_id: int
    anchor_id: int
    target: Target
    article_id: int | None
    quote_id: int | None
    created_at: str
    orphaned: bool = False


@dataclass(frozen=True)
class TimelineEntry:
    """One linked quote (or article) of an initiative, for its timeline screen."""

    anchor_id: int
    target: Target
    article_id: int | None
    quote_id: int | None
    quote_text: str | None
    speaker: str | None
    role: str | None
    published: str | None
    title: str | None
    source_path: str | None
    regions: tuple[str, ...]
    linked_at: str
    orphaned: bool


@dataclass(frozen=True)
class Suggestion:
    id: int
    initiative_id: int
    initiative_name: str
    target: Target
    article_id: int
    quote_id: int | None
    matched_text: str
    matched_term: str
    origin: str
    score: float
    status: str


@dataclass(frozen=True)
class MergeProposal:
    """Two tags or initiatives that look like the same thing; shown, never merged silently."""

    kind: Literal["tag", "initiative"]
    first: str
    second: str
    score: float


@dataclass
class BackupSummary:
    tags: int = 0
    taggings: int = 0
    notes: int = 0
    initiatives: int = 0
    aliases: int = 0
    links: int = 0
    anchors: int = 0
    orphaned: int = 0
    warnings: list[str] = field(default_factory=list)


class AnnotationError(RegreaderError):
    """An annotation request that cannot be carried out; the message says why."""
