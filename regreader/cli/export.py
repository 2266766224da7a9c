"""`regreader export`: annotations to Markdown, CSV, JSON Lines, REFI-QDA or a JSON backup."""

from __future__ import annotations

import argparse

from regreader.cli.common import add_db_option, open_from_args, say, warn
from regreader.export import FORMATS
from regreader.text import plural


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "export",
        help="export annotated quotes (md, csv, jsonl, qdpx) or a full backup (json)",
        description=(
            "Export annotated quotes and articles. md: a report grouped by initiative and "
            "article; csv/jsonl: one row per annotated quote; qdpx: a REFI-QDA project for "
            "qualitative-analysis tools; json: a lossless backup of every tag, note and "
            "initiative (read back with `regreader import`). The file is written atomically "
            "and an existing file is only replaced with --force."
        ),
    )
    add_db_option(parser)
    parser.add_argument("--format", "-f", choices=list(FORMATS), required=True)
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="where to write; '-' is standard output (not for qdpx). "
        "Default: regreader-export-YYYYMMDD.<ext> in the current folder, never replacing a file",
    )
    parser.add_argument("--force", action="store_true", help="replace FILE if it exists")
    parser.add_argument(
        "--query", metavar="Q", help="only quotes in articles matching the search Q (as in search)"
    )
    parser.add_argument("--tag", metavar="T", help="only quotes with tag T or a tag below it")
    parser.add_argument("--initiative", metavar="I", help="only quotes linked to I (name or alias)")
    parser.add_argument("--region", metavar="R", help="only articles mentioning region R")
    parser.add_argument("--after", metavar="D", help="published on or after D (YYYY[-MM[-DD]])")
    parser.add_argument("--before", metavar="D", help="published on or before D (YYYY[-MM[-DD]])")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from regreader.export.records import ExportFilters
    from regreader.export.run import default_export_path, export_library

    filters = ExportFilters(
        query=args.query,
        tag=args.tag,
        initiative=args.initiative,
        region=args.region,
        after=args.after,
        before=args.before,
    )
    target = args.output if args.output else str(default_export_path(args.format))
    conn = open_from_args(args)
    try:
        summary = export_library(
            conn,
            args.format,
            target,
            force=args.force,
            filters=filters,
            translation_lang=_translation_target(),
        )
    finally:
        conn.close()
    where = "standard output" if summary.target == "-" else summary.target
    if summary.format == "json":
        message = f"Backup of all annotations written to {where}."
    else:
        message = (
            f"Exported {plural(summary.quotes, 'annotated quote')} from "
            f"{plural(summary.articles, 'article')} ({summary.format}) to {where}."
        )
    # With -o - the data owns stdout; the human message goes to stderr.
    if summary.target == "-":
        warn(message)
    else:
        say(message)
    return 0


def _translation_target() -> str:
    """The language whose translation goes into the export: the user's translation target."""
    from regreader.settings import load_settings

    return load_settings().translation_target
