"""Direct quotes: finding them in article text, attributing speakers, storing them."""

from regreader.quotes.extract import extract_quotes
from regreader.quotes.model import ExtractedQuote, Extraction, Mention, StoredMention, StoredQuote

__all__ = [
    "ExtractedQuote",
    "Extraction",
    "Mention",
    "StoredMention",
    "StoredQuote",
    "extract_quotes",
]
