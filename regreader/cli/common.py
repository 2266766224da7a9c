"""What every command shares: the --db option, opening the library, safe output."""

from __future__ import annotations

import argparse
import json
import re
import sqlite3
import sys
from typing import Any, TextIO

from regreader.locations import resolve_db_path
from regreader.text import strip_controls


def add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="library database file (default: $REGREADER_DB or the user data dir)",
    )


def open_from_args(args: argparse.Namespace) -> sqlite3.Connection:
    from regreader.storage import open_library

    return open_library(resolve_db_path(getattr(args, "db", None)))


def say(text: str, stream: TextIO | None = None) -> None:
    """Print a line for a human; no control character ever reaches the terminal."""
    print(strip_controls(text), file=stream or sys.stdout)


def warn(text: str) -> None:
    say(text, sys.stderr)


# json.dumps escapes C0 controls but passes DEL, C1 controls (0x9b is CSI on 8-bit
# terminals) and bidi overrides through: escape those too (a file name may hold them).
_UNSAFE_IN_JSON_RE = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufeff]")


def emit_json(record: dict[str, Any], stream: TextIO | None = None) -> None:
    """One JSON object per line; non-ASCII kept readable, control characters escaped."""
    line = json.dumps(record, ensure_ascii=False)
    line = _UNSAFE_IN_JSON_RE.sub(lambda match: f"\\u{ord(match.group()):04x}", line)
    print(line, file=stream or sys.stdout)
