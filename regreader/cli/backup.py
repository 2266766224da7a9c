"""`regreader import FILE`: restore a JSON backup made by `regreader export --format json`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from regreader.cli.common import add_db_option, emit_json, open_from_args, say, warn


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "import",
        help="restore annotations from a JSON backup",
        description="Restore every tag, note, initiative, alias and link from a backup made "
        "by `regreader export --format json`, merging with what the library holds. "
        "Annotations of articles not indexed yet are kept orphaned and re-attach when "
        "those articles are indexed.",
    )
    add_db_option(parser)
    parser.add_argument("file", type=Path, metavar="FILE")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from regreader.annotations.backup import load_backup, read_backup

    data = read_backup(args.file)
    conn = open_from_args(args)
    try:
        summary = load_backup(conn, data)
    finally:
        conn.close()
    for message in summary.warnings:
        warn(f"regreader: {message}")
    record = {
        "tags": summary.tags,
        "taggings": summary.taggings,
        "notes": summary.notes,
        "initiatives": summary.initiatives,
        "aliases": summary.aliases,
        "links": summary.links,
        "annotated_items": summary.anchors,
        "orphaned": summary.orphaned,
    }
    if args.json:
        emit_json(record)
    else:
        say(
            f"Imported {summary.anchors} annotated items: {summary.taggings} taggings, "
            f"{summary.notes} notes, {summary.links} links; {summary.initiatives} new "
            f"initiatives, {summary.tags} new tags. {summary.orphaned} items wait orphaned "
            "for their article or quote."
        )
    return 0
