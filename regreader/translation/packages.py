"""Argos Translate packages: which are installed, installing (from a file or the index), removing.

An Argos package (`.argosmodel`) is a zip archive holding one top-level folder with
`metadata.json` (from_code, to_code, package_version, ...), a CTranslate2 model in
`model/` and the SentencePiece model `sentencepiece.model`.

Argos reads its settings once, when `argostranslate.settings` is first imported. We
resolve the packages folder on every call instead (`ARGOS_PACKAGES_DIR`, else Argos's
default), so a changed environment (tests, a second library) is always honoured, and
listing packages needs no Argos import at all: `metadata.json` is read directly.

A file is validated completely in a scratch folder (archive integrity, metadata, the
model and tokenizer actually loading) before `argostranslate.package.install_from_path`
is allowed to extract it, so a corrupt or foreign file installs nothing.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import threading
import urllib.error
import urllib.request
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from regreader.errors import RegreaderError

PACKAGES_DIR_ENV = "ARGOS_PACKAGES_DIR"
PACKAGE_INDEX_ENV = "ARGOS_PACKAGE_INDEX"
PACKAGE_SUFFIX = ".argosmodel"
METADATA_FILE = "metadata.json"
MODEL_DIR = "model"
TOKENIZER_FILE = "sentencepiece.model"
NETWORK_TIMEOUT_S = 30

# install_from_path writes into a module-level Argos setting; swap it under one lock.
_ARGOS_SETTINGS_LOCK = threading.Lock()


class ModelError(RegreaderError):
    """A translation model cannot be installed, found, loaded or removed."""


class IndexUnreachableError(ModelError):
    """The Argos package index cannot be fetched (usually: no network)."""


@dataclass(frozen=True)
class ModelInfo:
    """One translation package, installed (`path` set) or offered by the index (`links`)."""

    name: str  # Argos package code, e.g. "translate-ru_en": the model's identity in caches
    from_code: str
    to_code: str
    version: str
    path: Path | None = None
    links: tuple[str, ...] = ()
    target_prefix: str = ""

    @property
    def pair(self) -> str:
        return f"{self.from_code}->{self.to_code}"

    @property
    def label(self) -> str:
        return f"{self.pair} {self.name} {self.version}".rstrip()

    @property
    def model_dir(self) -> Path:
        return self._installed_path() / MODEL_DIR

    @property
    def tokenizer_file(self) -> Path:
        return self._installed_path() / TOKENIZER_FILE

    def _installed_path(self) -> Path:
        if self.path is None:
            raise ModelError(f"The model {self.label} is not installed.")
        return self.path


def packages_dir() -> Path:
    """The folder Argos installs packages into, resolved now (not at Argos import time)."""
    override = os.environ.get(PACKAGES_DIR_ENV)
    if override:
        return Path(override).expanduser()
    from argostranslate import settings as argos_settings

    configured = argos_settings.get_setting(
        PACKAGES_DIR_ENV, default=argos_settings.data_dir / "packages"
    )
    return Path(configured).expanduser()


def _metadata_to_info(metadata: Any, path: Path | None) -> ModelInfo | None:
    """A ModelInfo for a translate package's metadata; None for anything else."""
    if not isinstance(metadata, dict) or metadata.get("type", "translate") != "translate":
        return None
    from_code = metadata.get("from_code")
    to_code = metadata.get("to_code")
    if not isinstance(from_code, str) or not isinstance(to_code, str):
        return None
    if not from_code.strip() or not to_code.strip():
        return None
    name = metadata.get("code") or f"translate-{from_code}_{to_code}"
    links = metadata.get("links") or []
    return ModelInfo(
        name=str(name),
        from_code=from_code.strip().lower(),
        to_code=to_code.strip().lower(),
        version=str(metadata.get("package_version", "")),
        path=path,
        links=tuple(str(link) for link in links if isinstance(link, str)),
        target_prefix=str(metadata.get("target_prefix", "") or ""),
    )


def _read_installed(package_path: Path) -> ModelInfo | None:
    try:
        metadata = json.loads((package_path / METADATA_FILE).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return None  # not a package folder (or a broken one): not offered for translation
    return _metadata_to_info(metadata, package_path)


def installed_models(directory: Path | None = None) -> list[ModelInfo]:
    """Installed translate packages, sorted by pair then newest version first."""
    directory = directory or packages_dir()
    if not directory.is_dir():
        return []
    found = [
        info
        for child in sorted(directory.iterdir())
        if child.is_dir() and (info := _read_installed(child)) is not None
    ]
    return _newest_first(found)


def _newest_first(models: list[ModelInfo]) -> list[ModelInfo]:
    """Sorted by pair, and within a pair the newest version first (sorts are stable)."""
    by_version = sorted(models, key=_version_key, reverse=True)
    return sorted(by_version, key=lambda m: (m.from_code, m.to_code))


def _version_key(model: ModelInfo) -> tuple[int, Any]:
    from packaging.version import InvalidVersion, Version

    try:
        return (1, Version(model.version))
    except InvalidVersion:
        return (0, Version("0"))  # unparseable versions rank below every real one


def find_model(from_code: str, to_code: str, directory: Path | None = None) -> ModelInfo | None:
    """The newest installed package translating `from_code` into `to_code`, if any."""
    for info in installed_models(directory):
        if info.from_code == from_code and info.to_code == to_code:
            return info
    return None


def install_hint(from_code: str, to_code: str) -> str:
    """The one line every surface shows when a model is missing."""
    return (
        f"No {from_code}->{to_code} translation model is installed. Install one with: "
        f"regreader models install {from_code} {to_code}   "
        "(or: regreader models install FILE.argosmodel)"
    )


# ----------------------------------------------------------------------------- install


def install_file(archive: Path, directory: Path | None = None) -> ModelInfo:
    """Validate a `.argosmodel` file fully, then install it with Argos; return what was installed.

    Raises ModelError with a one-line reason, having installed nothing, when the file is
    missing, not a zip, damaged, not an Argos translate package, or its model cannot load.
    """
    archive = Path(archive).expanduser()
    directory = directory or packages_dir()
    if not archive.is_file():
        raise ModelError(f"{archive}: no such file.")
    if not zipfile.is_zipfile(archive):
        raise ModelError(f"{archive} is not an Argos model package (not a zip archive).")
    with tempfile.TemporaryDirectory(prefix="regreader-model-") as scratch:
        top = _extract_checked(archive, Path(scratch))
        info = _validate_package_folder(archive, Path(scratch) / top)
        destination = directory / top
        if destination.exists():
            raise ModelError(
                f"{info.label} is already installed at {destination}; "
                f"remove it first with: regreader models remove {top}"
            )
    directory.mkdir(parents=True, exist_ok=True)
    _argos_install(archive, directory)
    installed = _read_installed(destination)
    if installed is None:  # Argos extracted something else than what we checked
        shutil.rmtree(destination, ignore_errors=True)
        raise ModelError(f"Installing {archive} failed; nothing was installed.")
    return installed


def _extract_checked(archive: Path, scratch: Path) -> str:
    """Extract into `scratch`, checking CRCs and layout; return the single top-level folder."""
    try:
        with zipfile.ZipFile(archive) as zipped:
            names = zipped.namelist()
            top = _single_top_folder(archive, names)
            zipped.extractall(scratch)  # reads every member: CRC errors surface here
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError) as exc:
        raise ModelError(f"{archive} is damaged ({exc}); nothing was installed.") from exc
    except OSError as exc:
        raise ModelError(f"Cannot unpack {archive}: {exc.strerror or exc}.") from exc
    return top


def _single_top_folder(archive: Path, names: list[str]) -> str:
    tops: set[str] = set()
    for name in names:
        parts = PurePosixPath(name.replace("\\", "/")).parts
        if not parts or parts[0] in {"/", ".."} or ".." in parts or ":" in parts[0]:
            raise ModelError(f"{archive} has unsafe paths inside; nothing was installed.")
        tops.add(parts[0])
    if len(tops) != 1:
        raise ModelError(
            f"{archive} is not an Argos model package (expected one folder inside, "
            f"found {len(tops)} entries); nothing was installed."
        )
    top = tops.pop()
    if f"{top}/{METADATA_FILE}" not in names:
        raise ModelError(
            f"{archive} is not an Argos model package (no {METADATA_FILE}); nothing was installed."
        )
    return top


def _validate_package_folder(archive: Path, folder: Path) -> ModelInfo:
    try:
        metadata = json.loads((folder / METADATA_FILE).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ModelError(f"{archive}: {METADATA_FILE} is unreadable ({exc}).") from exc
    info = _metadata_to_info(metadata, folder)
    if info is None:
        raise ModelError(
            f"{archive} is not an Argos translation package "
            "(metadata.json lacks from_code/to_code or is not of type 'translate')."
        )
    if not (folder / TOKENIZER_FILE).is_file():
        raise ModelError(
            f"{archive} has no {TOKENIZER_FILE} (only SentencePiece packages are supported)."
        )
    if not (folder / MODEL_DIR).is_dir():
        raise ModelError(f"{archive} has no {MODEL_DIR}/ folder with a CTranslate2 model.")
    _check_loads(archive, info)
    return info


def _check_loads(archive: Path, info: ModelInfo) -> None:
    """Load tokenizer and model once: a package that cannot translate is not installed."""
    import ctranslate2
    import sentencepiece

    try:
        sentencepiece.SentencePieceProcessor(model_file=str(info.tokenizer_file))
    except (OSError, RuntimeError) as exc:
        raise ModelError(f"{archive}: its SentencePiece model cannot be loaded ({exc}).") from exc
    try:
        translator = ctranslate2.Translator(str(info.model_dir), device="cpu")
    except (OSError, RuntimeError, ValueError) as exc:
        raise ModelError(f"{archive}: its translation model cannot be loaded ({exc}).") from exc
    del translator


def _argos_install(archive: Path, directory: Path) -> None:
    from argostranslate import package as argos_package
    from argostranslate import settings as argos_settings

    with _argos_packages_dir(argos_settings, directory):
        try:
            argos_package.install_from_path(archive)
        except Exception as exc:  # Argos raises bare Exception for bad archives
            raise ModelError(f"Argos could not install {archive}: {exc}") from exc


@contextmanager
def _argos_packages_dir(argos_settings: Any, directory: Path) -> Iterator[None]:
    with _ARGOS_SETTINGS_LOCK:
        saved = argos_settings.package_data_dir
        argos_settings.package_data_dir = directory
        try:
            yield
        finally:
            argos_settings.package_data_dir = saved


# ----------------------------------------------------------------------------- remove


def remove_models(selector: list[str], directory: Path | None = None) -> list[ModelInfo]:
    """Uninstall by pair (`["ru", "en"]`) or by package folder name; return what went."""
    directory = directory or packages_dir()
    models = installed_models(directory)
    if len(selector) == 2:
        from_code, to_code = (code.strip().lower() for code in selector)
        chosen = [m for m in models if (m.from_code, m.to_code) == (from_code, to_code)]
        wanted = f"{from_code}->{to_code}"
    elif len(selector) == 1:
        chosen = [m for m in models if m.path is not None and m.path.name == selector[0]]
        wanted = selector[0]
    else:
        raise ModelError("Say which model to remove: FROM TO (e.g. ru en) or a package name.")
    if not chosen:
        raise ModelError(f"No installed model matches {wanted}; see: regreader models list")
    from argostranslate import package as argos_package

    from regreader.translation.engine import forget_loaded

    for model in chosen:
        assert model.path is not None
        forget_loaded(model)
        try:
            argos_package.uninstall(argos_package.Package(model.path))
        except OSError as exc:
            raise ModelError(f"Cannot remove {model.path}: {exc.strerror or exc}.") from exc
    return chosen


# ----------------------------------------------------------------------------- the index


def index_url() -> str:
    """The Argos package index, resolved now (the environment may have changed)."""
    base = os.environ.get(PACKAGE_INDEX_ENV)
    if not base:
        from argostranslate import settings as argos_settings

        base = argos_settings.package_index
    return base if base.endswith(".json") else base.rstrip("/") + "/index.json"


def _fetch(url: str) -> bytes:
    try:
        with urllib.request.urlopen(url, timeout=NETWORK_TIMEOUT_S) as response:
            return bytes(response.read())
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", None) or exc
        raise IndexUnreachableError(f"cannot fetch {url} ({reason})") from exc


def available_models() -> list[ModelInfo]:
    """Translate packages offered by the Argos index. Raises IndexUnreachableError offline."""
    raw = _fetch(index_url())
    try:
        entries = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ModelError(f"The Argos package index is not valid JSON ({exc}).") from exc
    if not isinstance(entries, list):
        raise ModelError("The Argos package index is not a list of packages.")
    models = [info for entry in entries if (info := _metadata_to_info(entry, None)) is not None]
    return _newest_first(models)


def install_from_index(from_code: str, to_code: str, directory: Path | None = None) -> ModelInfo:
    """Download the newest `from_code`->`to_code` package from the index and install it."""
    from_code, to_code = from_code.strip().lower(), to_code.strip().lower()
    try:
        offered = available_models()
    except IndexUnreachableError as exc:
        raise ModelError(
            f"Cannot download a {from_code}->{to_code} model, the Argos package index is "
            f"unreachable (offline?): {exc}. Get the .argosmodel file another way "
            "and run: regreader models install FILE.argosmodel"
        ) from exc
    match = next((m for m in offered if (m.from_code, m.to_code) == (from_code, to_code)), None)
    if match is None:
        raise ModelError(f"The Argos package index has no {from_code}->{to_code} model.")
    if not match.links:
        raise ModelError(f"The Argos package index lists {match.label} without a download link.")
    with tempfile.TemporaryDirectory(prefix="regreader-download-") as scratch:
        archive = Path(scratch) / f"{match.name}{PACKAGE_SUFFIX}"
        archive.write_bytes(_download_any(match))
        return install_file(archive, directory)


def _download_any(model: ModelInfo) -> bytes:
    failures: list[str] = []
    for link in model.links:
        try:
            return _fetch(link)
        except IndexUnreachableError as exc:
            failures.append(str(exc))
    raise ModelError(f"Downloading {model.label} failed: {'; '.join(failures)}")
