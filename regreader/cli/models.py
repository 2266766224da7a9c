"""`regreader models list|install|remove`: the Argos Translate packages on this machine."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from regreader.cli.common import emit_json, say
from regreader.errors import RegreaderError


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "models",
        help="list, install or remove offline translation models",
        description="Argos Translate models used by `regreader translate`. They live in "
        "$ARGOS_PACKAGES_DIR (or Argos's default folder).",
    )
    actions = parser.add_subparsers(dest="models_action", metavar="ACTION", required=True)

    listing = actions.add_parser("list", help="installed models (and, on request, the index)")
    listing.add_argument(
        "--available",
        action="store_true",
        help="also list models offered by the Argos package index (needs the network)",
    )
    listing.add_argument("--json", action="store_true", help="one JSON object per model")
    listing.set_defaults(func=run_list)

    install = actions.add_parser(
        "install",
        help="install FILE.argosmodel, or download FROM TO (e.g. ru en) from the index",
    )
    install.add_argument("what", nargs="+", metavar="FILE | FROM TO")
    install.set_defaults(func=run_install)

    remove = actions.add_parser("remove", help="remove FROM TO (e.g. ru en) or a package name")
    remove.add_argument("what", nargs="+", metavar="FROM TO | NAME")
    remove.set_defaults(func=run_remove)


def run_list(args: argparse.Namespace) -> int:
    from regreader.translation.packages import (
        IndexUnreachableError,
        available_models,
        installed_models,
        packages_dir,
    )

    installed = installed_models()
    for model in installed:
        if args.json:
            emit_json(_record(model, installed=True))
        else:
            say(f"installed  {model.label}  ({model.path})")
    if not installed and not args.json:
        say(f"No translation models installed in {packages_dir()}.")
    if not args.available:
        return 0
    try:
        offered = available_models()
    except IndexUnreachableError as exc:
        # Being offline is normal for this program: say so, do not fail.
        say(f"The Argos package index cannot be reached (offline?): {exc}.")
        return 0
    for model in offered:
        if args.json:
            emit_json(_record(model, installed=False))
        else:
            say(f"available  {model.label}")
    return 0


def _record(model: Any, *, installed: bool) -> dict[str, Any]:
    return {
        "name": model.name,
        "from": model.from_code,
        "to": model.to_code,
        "version": model.version,
        "installed": installed,
        "path": str(model.path) if model.path else None,
    }


def run_install(args: argparse.Namespace) -> int:
    from regreader.translation.packages import install_file, install_from_index

    what: list[str] = args.what
    if len(what) == 2:
        model = install_from_index(what[0], what[1])
    elif len(what) == 1:
        model = install_file(Path(what[0]))
    else:
        raise RegreaderError("Install FILE.argosmodel, or FROM TO codes such as: ru en")
    say(f"Installed {model.label} into {model.path}.")
    _note_if_unused(model)
    return 0


def _note_if_unused(model: Any) -> None:
    """A model for another pair installs fine, but say when quotes will not use it."""
    from regreader.settings import load_settings

    target = load_settings().translation_target
    used = model.to_code == target and model.from_code in {"ru", "en"} - {target}
    if not used:
        say(
            f"Note: quotes are translated into '{target}' from ru/en; this {model.pair} "
            "model will not be used for them."
        )


def run_remove(args: argparse.Namespace) -> int:
    from regreader.translation.packages import remove_models

    for model in remove_models(list(args.what)):
        say(f"Removed {model.label} ({model.path}).")
    return 0
