"""`regreader translate`: translate every quote that still needs it, offline."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from regreader.cli.common import add_db_option, open_from_args, say
from regreader.errors import RegreaderError

BAR_WIDTH = 30


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "translate",
        help="translate untranslated quotes with the installed Argos model",
        description="Translate every quote not yet translated into the target language "
        "(setting [translation] target, default en), using installed Argos Translate "
        "models. Works offline; already translated text is never translated again.",
    )
    add_db_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from regreader.translation.service import TranslationService

    conn = open_from_args(args)
    try:
        service = TranslationService(conn)
        if service.pending_count() == 0:
            say("Nothing to translate: every quote has a translation.")
            return 0
        summary = service.translate_pending(progress=_ProgressBar())
    finally:
        conn.close()
    if summary.stored or summary.failed:
        say(summary.line())
    problems = [*summary.errors, *summary.missing_models]
    if problems:
        # The install hint is the one line a user without a model needs; errors before it.
        raise RegreaderError("\n".join(problems))
    return 0


class _ProgressBar:
    """A one-line bar on stderr, drawn only when stderr is a terminal."""

    def __init__(self) -> None:
        self.enabled = sys.stderr.isatty()

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled or total <= 0:
            return
        filled = BAR_WIDTH * done // total
        bar = "#" * filled + "." * (BAR_WIDTH - filled)
        # Only numbers are written here, so no untrusted text reaches the terminal.
        sys.stderr.write(f"\rTranslating [{bar}] {done}/{total}")
        if done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()
