"""Search: regreader's query language, compiled to FTS5 + SQL, ranked, with snippets.

The app and the CLI call `search`, `count` and `facets`; nothing outside this package
builds an FTS5 MATCH string.
"""

from regreader.search.engine import (
    QuoteHit,
    SearchHit,
    SearchResults,
    count,
    facets,
    search,
)
from regreader.search.snippets import Snippet

__all__ = [
    "QuoteHit",
    "SearchHit",
    "SearchResults",
    "Snippet",
    "count",
    "facets",
    "search",
]
