"""RSS and Atom files: one article per item."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from datetime import date
from typing import Any

from regreader.ingestion.html import html_fragment_text
from regreader.ingestion.metadata import normalise_title, parse_date

# Feeds are told by their root element, within the first few kilobytes.
_FEED_ROOT = re.compile(r"<(?:[\w-]+:)?(?:rss|feed|RDF)\b")
_SNIFF_CHARS = 4096
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_HTML_TYPES = ("text/html", "application/xhtml+xml", "html", "xhtml")


@dataclass(frozen=True)
class FeedItem:
    key: str  # the item's id, else its link, else its position
    title: str | None
    published: str | None
    text: str


def looks_like_feed(text: str) -> bool:
    return _FEED_ROOT.search(text[:_SNIFF_CHARS]) is not None


def parse_feed(text: str) -> list[FeedItem] | None:
    """The items of an RSS/Atom document, or None when the text is not a feed."""
    if not looks_like_feed(text):
        return None
    import feedparser

    # The text is already decoded; a declaration naming its old encoding would make
    # feedparser decode it a second time, so it is replaced by a UTF-8 one.
    document = _XML_DECLARATION.sub("", text, count=1)
    parsed = feedparser.parse(f'<?xml version="1.0" encoding="utf-8"?>{document}'.encode())
    if not parsed.get("version") and not parsed.entries:
        return None
    return [_item(entry, position) for position, entry in enumerate(parsed.entries)]


def _item(entry: Any, position: int) -> FeedItem:
    key = entry.get("id") or entry.get("link") or f"#{position}"
    title = entry.get("title")
    return FeedItem(
        key=str(key).strip(),
        title=normalise_title(title) if title else None,
        published=_published(entry),
        text=_content(entry),
    )


def _published(entry: Any) -> str | None:
    for field in ("published", "updated", "created"):
        parsed: time.struct_time | None = entry.get(f"{field}_parsed")
        if parsed is not None:
            try:
                return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday).isoformat()
            except ValueError:
                pass
        raw = entry.get(field)
        if raw and (found := parse_date(str(raw))):
            return found
    return None


def _content(entry: Any) -> str:
    """The fullest body the item offers (content over summary), as plain text."""
    candidates: list[tuple[str, str]] = [
        (str(block.get("value") or ""), str(block.get("type") or ""))
        for block in entry.get("content") or []
    ]
    summary = entry.get("summary")
    if summary:
        detail = entry.get("summary_detail") or {}
        candidates.append((str(summary), str(detail.get("type") or "text/html")))
    best = ""
    for value, kind in candidates:
        text = html_fragment_text(value) if _is_html(value, kind) else value.strip()
        if len(text) > len(best):
            best = text
    return best


def _is_html(value: str, kind: str) -> bool:
    if kind == "text/plain":
        return False
    return kind in _HTML_TYPES or ("<" in value and ">" in value)
