"""Every path regreader reads or writes is decided here, and only here."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

APP_NAME = "regreader"
DB_ENV = "REGREADER_DB"
CONFIG_ENV = "REGREADER_CONFIG"


def data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    from platformdirs import user_config_dir

    return Path(user_config_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    """The library file: `REGREADER_DB` if set, else under the user data dir."""
    override = os.environ.get(DB_ENV)
    if override:
        return Path(override).expanduser()
    return data_dir() / "library.db"


def resolve_db_path(cli_value: str | os.PathLike[str] | None) -> Path:
    """`--db` wins over `REGREADER_DB`, which wins over the default."""
    if cli_value:
        return Path(cli_value).expanduser()
    return default_db_path()


def config_file() -> Path:
    """User settings (key bindings, translation target): `REGREADER_CONFIG` or config dir."""
    override = os.environ.get(CONFIG_ENV)
    if override:
        return Path(override).expanduser()
    return config_dir() / "config.toml"


def bundled_corpus_dir() -> Path:
    """The sample articles shipped with regreader.

    An installed wheel carries them as package data (`regreader/corpus`); a source
    checkout (editable install) has them at the repository top level.
    """
    packaged = Path(str(resources.files(APP_NAME))) / "corpus"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "corpus"
