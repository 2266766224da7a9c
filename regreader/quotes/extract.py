"""extract_quotes(body): every direct quote and named mention of an article body."""

from __future__ import annotations

from regreader.quotes.model import Extraction


def extract_quotes(body: str) -> Extraction:
    """All quotes and named mentions in `body`, in text order. Pure: no I/O."""
    return Extraction((), ())
