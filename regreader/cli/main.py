"""Entry point: `regreader` opens the app; `regreader COMMAND` runs a command."""

from __future__ import annotations

import argparse
import importlib
import sqlite3
import sys
from collections.abc import Sequence

from regreader import __version__
from regreader.cli.common import add_db_option, warn
from regreader.errors import RegreaderError

# Each module has `register(subparsers)`, which adds its commands with `func` set.
COMMAND_MODULES: tuple[str, ...] = (
    "index",
    "translate",
    "models",
    "export",
    "search",
    "quotes",
    "annotate",
    "backup",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="regreader",
        description="A terminal reader for reports on Russian regional development. "
        "Without a command, opens the reading app.",
    )
    parser.add_argument("--version", action="version", version=f"regreader {__version__}")
    add_db_option(parser)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"regreader.cli.{name}").register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command is None:
            from regreader.cli.app import launch

            return launch(args)
        return int(args.func(args) or 0)
    except RegreaderError as exc:
        warn(f"regreader: {exc}")
        return 2
    except sqlite3.DatabaseError as exc:
        warn(f"regreader: the library database failed: {exc}")
        return 2
    except KeyboardInterrupt:
        warn("regreader: interrupted")
        return 130
    except BrokenPipeError:
        # `regreader search ... | head`: the reader left; that is not an error.
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
