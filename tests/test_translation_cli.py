"""`regreader translate` end to end on the corpus, with and without a model."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from argos_model import argos_package
from translation_support import corpus_library, isolate_argos, russian_quote_ids

from regreader.cli.main import main
from regreader.quotes.store import all_quotes
from regreader.storage import open_library
from regreader.translation import packages

HINT = (
    "No ru->en translation model is installed. Install one with: "
    "regreader models install ru en   (or: regreader models install FILE.argosmodel)"
)


@pytest.fixture
def db(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    isolate_argos(monkeypatch, tmp_path)
    path = tmp_path / "library.db"
    corpus_library(path).close()
    return path


def _translated(path: Path) -> dict[int, tuple[str, str, str]]:
    conn = open_library(path)
    try:
        rows = conn.execute(
            "SELECT quote_id, translation, model, model_version FROM quote_translations"
        )
        return {row[0]: (row[1], row[2], row[3]) for row in rows}
    finally:
        conn.close()


def _russian(path: Path) -> set[int]:
    conn = open_library(path)
    try:
        return russian_quote_ids(conn)
    finally:
        conn.close()


def test_without_a_model_translate_exits_nonzero_with_the_hint(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["translate", "--db", str(db)]) == 2
    captured = capsys.readouterr()
    assert captured.err.strip() == f"regreader: {HINT}"
    assert captured.out == ""
    assert _translated(db) == {}


def test_translate_fills_every_russian_quote_then_has_nothing_to_do(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    packages.install_file(argos_package())
    assert main(["translate", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    russian = _russian(db)
    assert f"Translated {len(russian)} quotes ({len(russian)} by the model" in out

    stored = _translated(db)
    assert set(stored) == russian
    assert all(
        text.strip() and model == "translate-ru_en" and version == "1.0"
        for text, model, version in stored.values()
    )

    assert main(["translate", "--db", str(db)]) == 0
    assert "Nothing to translate" in capsys.readouterr().out
    assert _translated(db) == stored


def test_quote_records_carry_translation_and_model(db: Path) -> None:
    packages.install_file(argos_package())
    assert main(["translate", "--db", str(db)]) == 0
    conn: sqlite3.Connection = open_library(db)
    try:
        quotes = list(all_quotes(conn))
    finally:
        conn.close()
    for quote in quotes:
        if quote.lang == "en":
            assert (quote.translation, quote.model) == (None, None)
        else:
            assert quote.translation and quote.model == "translate-ru_en"
