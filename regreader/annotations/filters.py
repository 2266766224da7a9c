"""The `tag:` and `initiative:` search filters, as SQL conditions the search layer can AND in.

Each function returns `(sql, params)` where `sql` is a boolean expression on `articles.id`
(or `quotes.id` for the quote variants). An article matches when it, or one of its quotes,
carries the annotation; orphaned quote annotations still count for their article.
"""

from __future__ import annotations

from regreader.annotations.names import name_key
from regreader.annotations.tags import normalise_tag

_TAGGED_ANCHORS = """
    SELECT tg.anchor_id FROM taggings AS tg JOIN tags AS t ON t.id = tg.tag_id
     WHERE t.key = ? OR substr(t.key, 1, ?) = ?
"""

_LINKED_ANCHORS = """
    SELECT l.anchor_id FROM initiative_links AS l
     WHERE l.initiative_id IN (
        SELECT id FROM initiatives WHERE key = ?
        UNION SELECT initiative_id FROM initiative_aliases WHERE key = ?)
"""


def _tag_params(value: str) -> list[object]:
    key = normalise_tag(value).casefold()
    return [key, len(key) + 1, key + "/"]


def _initiative_params(value: str) -> list[object]:
    key = name_key(value)
    return [key, key]


def _anchored(target_column: str, anchors_sql: str) -> str:
    """`target_column` (articles.id or quotes.id) among those of the matching anchors."""
    anchor_column = "article_id" if target_column == "articles.id" else "quote_id"
    return (
        f"{target_column} IN (SELECT a.{anchor_column} FROM anchors AS a"
        f" WHERE a.{anchor_column} IS NOT NULL AND a.id IN ({anchors_sql}))"
    )


def tag_filter_sql(value: str) -> tuple[str, list[object]]:
    """Articles carrying tag `value` or any tag below it (`funding` finds `funding/subsidy`)."""
    return _anchored("articles.id", _TAGGED_ANCHORS), _tag_params(value)


def initiative_filter_sql(value: str) -> tuple[str, list[object]]:
    """Articles linked (directly or by a quote) to the initiative named or aliased `value`."""
    return _anchored("articles.id", _LINKED_ANCHORS), _initiative_params(value)


def quote_tag_filter_sql(value: str) -> tuple[str, list[object]]:
    """Quotes carrying tag `value` or a tag below it."""
    return _anchored("quotes.id", _TAGGED_ANCHORS), _tag_params(value)


def quote_initiative_filter_sql(value: str) -> tuple[str, list[object]]:
    """Quotes linked to the initiative named or aliased `value`."""
    return _anchored("quotes.id", _LINKED_ANCHORS), _initiative_params(value)
