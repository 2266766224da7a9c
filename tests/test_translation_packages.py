"""Installing, listing and removing Argos packages: bad files install nothing."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from argos_model import argos_package, rewrite_package
from translation_support import isolate_argos

from regreader.cli.main import main
from regreader.translation import packages
from regreader.translation.packages import ModelError


@pytest.fixture
def packages_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    return isolate_argos(monkeypatch, tmp_path)


def _contents(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_packages_dir_follows_the_environment_at_call_time(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "one"))
    assert packages.packages_dir() == tmp_path / "one"
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "two"))
    assert packages.packages_dir() == tmp_path / "two"


def test_install_file_goes_through_argos_and_is_found(packages_dir: Path) -> None:
    installed = packages.install_file(argos_package())
    assert installed.path == packages_dir / "translate-ru_en-1_0"
    assert (installed.path / "model" / "model.bin").is_file()
    assert (installed.path / "sentencepiece.model").is_file()
    found = packages.find_model("ru", "en")
    assert found is not None
    assert (found.name, found.version, found.pair) == ("translate-ru_en", "1.0", "ru->en")
    assert packages.find_model("en", "ru") is None


def test_the_newest_version_of_a_pair_wins(packages_dir: Path) -> None:
    packages.install_file(argos_package(version="1.0"))
    packages.install_file(argos_package(version="1.10"))
    packages.install_file(argos_package(version="1.9"))
    found = packages.find_model("ru", "en")
    assert found is not None and found.version == "1.10"


def test_installing_the_same_package_twice_is_refused(packages_dir: Path) -> None:
    packages.install_file(argos_package())
    with pytest.raises(ModelError, match="already installed"):
        packages.install_file(argos_package())


def _corrupt_bytes(source: Path, destination: Path) -> Path:
    """The package with bytes flipped in the middle of the (compressed) model."""
    data = bytearray(source.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 64] = bytes(b ^ 0xFF for b in data[middle : middle + 64])
    destination.write_bytes(bytes(data))
    return destination


def _truncated(source: Path, destination: Path) -> Path:
    destination.write_bytes(source.read_bytes()[: source.stat().st_size // 2])
    return destination


def _without_metadata(source: Path, destination: Path) -> Path:
    return rewrite_package(source, destination, drop="metadata.json")


def _unloadable_model(source: Path, destination: Path) -> Path:
    return rewrite_package(source, destination, replace={"model/model.bin": b"not a model"})


def _foreign_text(source: Path, destination: Path) -> Path:
    destination.write_text("just some notes, not a model\n", encoding="utf-8")
    return destination


def _foreign_zip(source: Path, destination: Path) -> Path:
    with zipfile.ZipFile(destination, "w") as zipped:
        zipped.writestr("holiday/photo.txt", "a zip, but not a package")
    return destination


def _wrong_type(source: Path, destination: Path) -> Path:
    metadata = json.dumps({"type": "sbd", "package_version": "1", "from_code": "ru"})
    return rewrite_package(source, destination, replace={"metadata.json": metadata.encode()})


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (_corrupt_bytes, "damaged|not a zip"),
        (_truncated, "not a zip|damaged"),
        (_without_metadata, "no metadata.json"),
        (_unloadable_model, "model cannot be loaded"),
        (_foreign_text, "not a zip archive"),
        (_foreign_zip, "no metadata.json"),
        (_wrong_type, "not an Argos translation package"),
    ],
)
def test_bad_files_get_a_clear_error_and_install_nothing(
    packages_dir: Path, tmp_path: Path, damage, message: str
) -> None:
    bad = damage(argos_package(), tmp_path / "bad.argosmodel")
    with pytest.raises(ModelError, match=message):
        packages.install_file(bad)
    assert _contents(packages_dir) == []
    assert packages.installed_models() == []


def test_cli_install_of_a_bad_file_exits_nonzero_with_one_line(
    packages_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = _without_metadata(argos_package(), tmp_path / "bad.argosmodel")
    assert main(["models", "install", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "no metadata.json" in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert _contents(packages_dir) == []


def test_a_package_for_another_pair_installs_but_ru_quotes_still_lack_a_model(
    packages_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["models", "install", str(argos_package("de", "en"))]) == 0
    out = capsys.readouterr().out
    assert "Installed de->en" in out
    assert "will not be used" in out
    assert packages.find_model("de", "en") is not None
    assert packages.find_model("ru", "en") is None


def test_cli_list_install_remove_round_trip(
    packages_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["models", "list"]) == 0
    assert "No translation models installed" in capsys.readouterr().out

    assert main(["models", "install", str(argos_package())]) == 0
    assert "Installed ru->en" in capsys.readouterr().out

    assert main(["models", "list", "--json"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["from"], r["to"], r["version"], r["installed"]) for r in records] == [
        ("ru", "en", "1.0", True)
    ]

    assert main(["models", "remove", "ru", "en"]) == 0
    assert "Removed ru->en" in capsys.readouterr().out
    assert _contents(packages_dir) == []

    assert main(["models", "remove", "ru", "en"]) == 2
    assert "No installed model matches ru->en" in capsys.readouterr().err


def test_remove_by_package_name(packages_dir: Path) -> None:
    packages.install_file(argos_package())
    packages.install_file(argos_package("de", "en"))
    removed = packages.remove_models(["translate-de_en-1_0"])
    assert [m.pair for m in removed] == ["de->en"]
    assert [m.pair for m in packages.installed_models()] == ["ru->en"]


def test_list_stays_offline_unless_asked_and_offline_is_not_an_error(
    packages_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["models", "list", "--available"]) == 0
    out = capsys.readouterr().out
    assert "cannot be reached (offline?)" in out


def test_install_by_codes_offline_is_a_clear_error(
    packages_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["models", "install", "ru", "en"]) == 2
    err = capsys.readouterr().err
    assert "index is unreachable (offline?)" in err
    assert "regreader models install FILE.argosmodel" in err
    assert _contents(packages_dir) == []


def _local_index(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An Argos index served from a file: URL, pointing at the test package."""
    entry = {
        "code": "translate-ru_en",
        "from_code": "ru",
        "to_code": "en",
        "package_version": "1.0",
        "type": "translate",
        "links": [argos_package().as_uri()],
    }
    index = tmp_path / "index" / "index.json"
    index.parent.mkdir()
    index.write_text(json.dumps([entry]), encoding="utf-8")
    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", index.parent.as_uri() + "/")


def test_install_by_codes_downloads_from_the_index_and_validates(
    packages_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _local_index(tmp_path, monkeypatch)
    assert main(["models", "list", "--available"]) == 0
    assert "available  ru->en translate-ru_en 1.0" in capsys.readouterr().out
    assert main(["models", "install", "ru", "en"]) == 0
    assert packages.find_model("ru", "en") is not None
    with pytest.raises(ModelError, match="has no de->en model"):
        packages.install_from_index("de", "en")
