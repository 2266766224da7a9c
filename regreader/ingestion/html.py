"""HTML pages to article text: the main text only, with its title and date.

Page furniture (navigation, headers, footers, sidebars, scripts, forms) is dropped;
when the page marks its content with <main> or <article>, only that is read. Block
elements become line breaks so paragraphs survive; inline elements do not split lines.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from regreader.ingestion.metadata import normalise_title, parse_date
from regreader.text import word_set

if TYPE_CHECKING:
    from selectolax.lexbor import LexborHTMLParser, LexborNode

FURNITURE_TAGS = (
    "nav", "header", "footer", "aside", "script", "style", "form", "noscript", "iframe",
    "svg", "template", "button", "select", "textarea", "input", "menu", "dialog", "object",
    "embed", "canvas",
)  # fmt: skip
_BLOCK_TAG_NAMES = (
    "address", "article", "blockquote", "dd", "div", "dl", "dt", "figcaption", "figure",
    "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "main", "ol", "p", "pre", "section",
    "table", "td", "th", "tr", "ul", "body", "caption", "details", "summary",
)  # fmt: skip
BLOCK_TAGS = frozenset(_BLOCK_TAG_NAMES)
_DATE_META = (
    'meta[property="article:published_time"]',
    'meta[name="article:published_time"]',
    'meta[itemprop="datePublished"]',
    'meta[name="pubdate"]',
    'meta[name="publishdate"]',
    'meta[name="date"]',
    'meta[name="dc.date"]',
    'meta[name="DC.date"]',
    'meta[name="dcterms.created"]',
)
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_BLANK_LINES = re.compile(r"\n{3,}")


@dataclass(frozen=True)
class HtmlDocument:
    title: str | None
    published: str | None
    text: str


def _parse(html: str) -> LexborHTMLParser:
    from selectolax.lexbor import LexborHTMLParser

    return LexborHTMLParser(html)


def parse_html(html: str) -> HtmlDocument:
    """Title, publication date (YYYY-MM-DD or None) and main text of a page."""
    tree = _parse(html)
    title = _title(tree)
    published = _published(tree)
    tree.strip_tags(list(FURNITURE_TAGS))
    _drop_furniture_blocks(tree)
    root = tree.css_first("main") or _largest_article(tree) or tree.body or tree.root
    text = node_text(root) if root is not None else ""
    return HtmlDocument(title=title, published=published, text=text)


# Class and id words of page furniture inside the article itself: share buttons, "read
# also" boxes, comment counters, tag lists, photo credits, cookie and donation notices
# (the words readability-style extractors look for).
_FURNITURE_WORDS = word_set(
    "share sharing social related also readmore recommended recommendations teaser comments "
    "comment subscribe subscription newsletter cookie cookies consent gdpr paywall donate "
    "donates donation breadcrumb breadcrumbs tags promo advert advertisement ads banner popup "
    "modal sidebar widget stat stats views counter reaction reactions rating login credit "
    "credits copyright print"
)
# ... unless the block holds the article: 'article-body comments-open'.
_CONTENT_WORDS = word_set("article body content main text story post entry")
_CONTENT_MIN_CHARS = 400
_NAME_WORDS_RE = re.compile(r"[A-Z]?[a-z]+|[0-9]+")


def _drop_furniture_blocks(tree: LexborHTMLParser) -> None:
    for node in tree.css("[class], [id]"):
        names = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"
        words = {word.lower() for word in _NAME_WORDS_RE.findall(names)}
        if words.isdisjoint(_FURNITURE_WORDS):
            continue
        if not words.isdisjoint(_CONTENT_WORDS) and len(node.text(deep=True)) >= _CONTENT_MIN_CHARS:
            continue
        node.decompose()


def html_fragment_text(html: str) -> str:
    """Plain text of an HTML fragment (a feed item's content), furniture dropped."""
    tree = _parse(f"<body>{html}</body>")
    tree.strip_tags(list(FURNITURE_TAGS))
    root = tree.body or tree.root
    return node_text(root) if root is not None else ""


def _largest_article(tree: LexborHTMLParser) -> LexborNode | None:
    articles = tree.css("article")
    if not articles:
        return None
    return max(articles, key=lambda node: len(node.text(deep=True)))


def node_text(root: LexborNode) -> str:
    """Text of a subtree with block elements on their own lines, spaces collapsed."""
    parts: list[str] = []
    # Iterative walk with explicit exits: deeply nested pages must not hit the
    # recursion limit. An entry is (node, leaving).
    stack: list[tuple[LexborNode, bool]] = [(root, False)]
    while stack:
        node, leaving = stack.pop()
        if node.is_text_node:
            # Line breaks in the source are just spaces in HTML; blocks make the lines.
            parts.append((node.text_content or "").replace("\n", " "))
            continue
        if not node.is_element_node and node is not root:
            continue  # comments, processing instructions
        if node.tag == "br":
            parts.append("\n")
            continue
        is_block = node.tag in BLOCK_TAGS
        if leaving:
            if is_block:
                parts.append("\n")
            continue
        if is_block:
            parts.append("\n")
        stack.append((node, True))
        children: list[LexborNode] = []
        child = node.child
        while child is not None:
            children.append(child)
            child = child.next
        stack.extend((child_node, False) for child_node in reversed(children))
    return _tidy("".join(parts))


def _tidy(text: str) -> str:
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def _meta_content(tree: LexborHTMLParser, selector: str) -> str | None:
    node = tree.css_first(selector)
    if node is None:
        return None
    content = node.attributes.get("content")
    return content.strip() if content and content.strip() else None


def _title(tree: LexborHTMLParser) -> str | None:
    candidates = [
        _meta_content(tree, 'meta[property="og:title"]'),
        _element_text(tree, "title"),
        _element_text(tree, "h1"),
    ]
    for candidate in candidates:
        if candidate:
            return normalise_title(candidate)
    return None


def _element_text(tree: LexborHTMLParser, selector: str) -> str | None:
    node = tree.css_first(selector)
    if node is None:
        return None
    text = node.text(deep=True).strip()
    return text or None


def _published(tree: LexborHTMLParser) -> str | None:
    for selector in _DATE_META:
        value = _meta_content(tree, selector)
        if value and (parsed := parse_date(value)):
            return parsed
    for node in tree.css("time[datetime]"):
        value = node.attributes.get("datetime") or ""
        if parsed := parse_date(value):
            return parsed
    for node in tree.css('script[type="application/ld+json"]'):
        if parsed := _json_ld_date(node.text(deep=True)):
            return parsed
    return None


def _json_ld_date(source: str) -> str | None:
    try:
        data = json.loads(source)
    except ValueError:
        return None
    return _find_date_published(data, depth=0)


def _find_date_published(data: Any, depth: int) -> str | None:
    if depth > 8:
        return None
    if isinstance(data, dict):
        value = data.get("datePublished")
        if isinstance(value, str) and (parsed := parse_date(value)):
            return parsed
        children = list(data.values())
    elif isinstance(data, list):
        children = data
    else:
        return None
    for child in children:
        if found := _find_date_published(child, depth + 1):
            return found
    return None
