"""`regreader quotes`: the quotes of a file (without indexing it), of an article, or all."""

from __future__ import annotations

import argparse
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from regreader.cli.common import add_db_option, emit_json, open_from_args, say
from regreader.errors import RegreaderError
from regreader.quotes.model import ExtractedQuote, StoredQuote


class QuotesCommandError(RegreaderError):
    """The file or article asked for cannot be shown."""


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "quotes",
        help="list the direct quotes of a file, an indexed article, or the whole library",
        description="Print each quote with its speaker, role and offsets. A PATH is read "
        "and cleaned as indexing would, but not added to the library.",
    )
    add_db_option(parser)
    parser.add_argument("--json", action="store_true", help="one JSON object per line")
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("path", nargs="?", metavar="PATH", help="a file to read (not indexed)")
    which.add_argument("--article", type=_article_id, metavar="ID", help="an indexed article")
    which.add_argument("--all", action="store_true", help="every stored quote")
    parser.set_defaults(func=run)


def _article_id(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an article id: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError("article ids start at 1")
    return number


def run(args: argparse.Namespace) -> int:
    if args.path is not None:
        records = list(_file_records(Path(args.path)))
    else:
        records = list(_library_records(args))
    for record in records:
        if args.json:
            emit_json(record)
        else:
            _print(record)
    if not records and not args.json:
        say("No quotes.")
    return 0


def _file_records(path: Path) -> Iterable[dict[str, Any]]:
    from regreader.ingestion.prepare import extract_articles
    from regreader.quotes.extract import extract_quotes

    try:
        data = path.read_bytes()
    except IsADirectoryError:
        raise QuotesCommandError(f"{path} is a folder; give one file.") from None
    except OSError as exc:
        raise QuotesCommandError(f"Cannot read {path}: {exc.strerror or exc}.") from exc
    for _, article in extract_articles(path, data):
        for quote in extract_quotes(article.body).quotes:
            yield extracted_record(quote)


def _library_records(args: argparse.Namespace) -> Iterable[dict[str, Any]]:
    from regreader.quotes.store import all_quotes, quotes_for_article

    conn = open_from_args(args)
    try:
        if args.all:
            quotes = list(all_quotes(conn))
        else:
            exists = conn.execute("SELECT 1 FROM articles WHERE id = ?", (args.article,))
            if exists.fetchone() is None:
                raise QuotesCommandError(f"No article with id {args.article} in the library.")
            quotes = quotes_for_article(conn, args.article)
    finally:
        conn.close()
    return [stored_record(quote) for quote in quotes]


def extracted_record(quote: ExtractedQuote) -> dict[str, Any]:
    """The JSON shape of a quote read from a file that is not in the library."""
    return _record(quote, quote_id=None, article_id=None, translation=None, model=None)


def stored_record(quote: StoredQuote) -> dict[str, Any]:
    return _record(
        quote,
        quote_id=quote.id,
        article_id=quote.article_id,
        translation=quote.translation,
        model=quote.model,
    )


def _record(
    quote: ExtractedQuote | StoredQuote,
    *,
    quote_id: int | None,
    article_id: int | None,
    translation: str | None,
    model: str | None,
) -> dict[str, Any]:
    """One shape for both, so `--json` reads alike for a file and for the library."""
    return {
        "id": quote_id,
        "article_id": article_id,
        "quote": quote.text,
        "lang": quote.lang,
        "speaker": quote.speaker,
        "role": quote.role,
        "kind": quote.kind,
        "start": quote.start,
        "end": quote.end,
        "part_of": quote.part_of,
        "translation": translation,
        "model": model,
    }


def _print(record: dict[str, Any]) -> None:
    where = f"article {record['article_id']}, " if record["article_id"] else ""
    heading = record["speaker"] or "(speaker not named)"
    if record["role"]:
        heading += f" - {record['role']}"
    kind = "turn" if record["kind"] == "turn" else "quote"
    say(f"{heading}  [{kind}, {where}{record['lang']}, chars {record['start']}-{record['end']}]")
    for line in str(record["quote"]).splitlines() or [""]:
        say(f"    {line}")
    if record["translation"]:
        say(f"    -> {record['translation']}")
    say("")
