"""User settings, read from a TOML file (see locations.config_file).

Example:

    [translation]
    target = "en"

    [keys]
    search = "slash"
    tag = "t"
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from regreader.errors import RegreaderError
from regreader.locations import config_file


class SettingsError(RegreaderError):
    """The settings file cannot be read."""


@dataclass(frozen=True)
class Settings:
    translation_target: str = "en"
    key_overrides: dict[str, str] = field(default_factory=dict)


def load_settings(path: Path | None = None) -> Settings:
    """Settings from `path` (default: the user's config file); defaults when it is absent."""
    path = path or config_file()
    if not path.exists():
        return Settings()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise SettingsError(f"Cannot read settings file {path}: {exc}") from exc
    translation = data.get("translation", {})
    keys = data.get("keys", {})
    if not isinstance(translation, dict) or not isinstance(keys, dict):
        raise SettingsError(f"{path}: [translation] and [keys] must be tables.")
    target = str(translation.get("target", "en")).strip().lower() or "en"
    return Settings(
        translation_target=target,
        key_overrides={str(action): str(key) for action, key in keys.items()},
    )
