"""`regreader search`: the query language from the command line, as text or JSON Lines."""

from __future__ import annotations

import argparse
from typing import Any

from regreader.cli.common import add_db_option, emit_json, open_from_args, say, warn
from regreader.search.engine import DEFAULT_LIMIT, SearchHit
from regreader.search.snippets import Snippet

QUERY_HELP = (
    'words, "exact phrases", prefix*, OR, -exclusion (or NOT), (groups), and the filters '
    'region: tag: initiative: speaker: lang: after: before: (values may be "quoted"). '
    "Put -- before a query that starts with '-'."
)


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "search",
        help="search the library",
        description="Search indexed articles. " + QUERY_HELP,
    )
    add_db_option(parser)
    parser.add_argument("--json", action="store_true", help="one JSON object per line")
    parser.add_argument(
        "--limit", type=_limit, default=DEFAULT_LIMIT, metavar="N", help="at most N results"
    )
    parser.add_argument("query", nargs="+", metavar="QUERY", help="the query (words are joined)")
    parser.set_defaults(func=run)


def _limit(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if number < 0:
        raise argparse.ArgumentTypeError("must not be negative")
    return number


def run(args: argparse.Namespace) -> int:
    from regreader.search import search

    text = " ".join(args.query)
    conn = open_from_args(args)
    try:
        results = search(conn, text, limit=args.limit)
    finally:
        conn.close()
    for notice in results.notices:
        warn(f"regreader: {notice}")
    for hit in results.hits:
        if args.json:
            emit_json(hit_record(hit))
        else:
            _print_hit(hit)
    if not results.hits and not args.json:
        say("No results.")
    return 0


def hit_record(hit: SearchHit) -> dict[str, Any]:
    return {
        "id": hit.id,
        "title": hit.title,
        "path": hit.path,
        "date": hit.date,
        "score": hit.score,
        "snippet": hit.snippet.text,
        "highlights": [list(span) for span in hit.snippet.highlights],
        "regions": list(hit.regions),
        "hits": hit.hits,
        "in_quote": hit.in_quote,
        "quotes": [{"id": q.id, "speaker": q.speaker} for q in hit.quotes],
    }


def bracketed(snippet: Snippet) -> str:
    """Highlights as [words] in plain text (pipes and dumb terminals have no bold); the
    words of a phrase share one pair of brackets."""
    merged: list[list[int]] = []
    for start, end in snippet.highlights:
        if merged and not snippet.text[merged[-1][1] : start].strip():
            merged[-1][1] = end
        else:
            merged.append([start, end])
    out: list[str] = []
    cursor = 0
    for start, end in merged:
        out += [snippet.text[cursor:start], "[", snippet.text[start:end], "]"]
        cursor = end
    out.append(snippet.text[cursor:])
    return "".join(out)


def _print_hit(hit: SearchHit) -> None:
    details = [hit.date or "no date"]
    if hit.regions:
        details.append(", ".join(hit.regions))
    if hit.in_quote:
        speakers = sorted({q.speaker for q in hit.quotes if q.speaker})
        details.append("in a quote" + (f" by {', '.join(speakers)}" if speakers else ""))
    say(f"{hit.id:>6}  {hit.title}")
    say(f"        {' | '.join(details)} | {hit.path}")
    say(f"        {bracketed(hit.snippet)}")
