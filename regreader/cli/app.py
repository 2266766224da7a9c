"""`regreader` with no command: open the reading app on the library."""

from __future__ import annotations

import argparse

from regreader.locations import resolve_db_path


def launch(args: argparse.Namespace) -> int:
    """Open the app on `--db`, `$REGREADER_DB` or the default library, and run it.

    Opening the library happens before the screen takes over, so a damaged or foreign
    file ends with cli.main's one-line message (DatabaseError), never a traceback.
    """
    from regreader.settings import load_settings
    from regreader.tui.app import create_app

    app = create_app(resolve_db_path(getattr(args, "db", None)), settings=load_settings())
    try:
        app.run()
    finally:
        app.library.close()
    # Textual sets a non-zero return code when the app stopped on an unhandled error.
    return int(app.return_code or 0)
