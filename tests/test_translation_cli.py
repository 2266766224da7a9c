"""`regreader translate` end to end on the corpus, with and without a model."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from argos_model import argos_package
from translation_support import corpus_library, isolate_argos, russian_quote_ids

from regreader.cli.main import main
from regreader.storage import open_library
from regreader.text import WORD_RE, stem_text, stem_word
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


def test_quotes_json_carries_translation_and_model(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def quote_records() -> list[dict[str, object]]:
        capsys.readouterr()
        assert main(["quotes", "--all", "--json", "--db", str(db)]) == 0
        return [json.loads(line) for line in capsys.readouterr().out.splitlines()]

    before = quote_records()
    assert before and all((r["translation"], r["model"]) == (None, None) for r in before)

    packages.install_file(argos_package())
    assert main(["translate", "--db", str(db)]) == 0
    after = quote_records()
    assert {r["id"] for r in after if r["lang"] != "en"} == _russian(db)
    for record in after:
        if record["lang"] == "en":
            assert (record["translation"], record["model"]) == (None, None)
        else:
            assert record["translation"] and record["model"] == "translate-ru_en"


def _word_only_in_translations(conn: sqlite3.Connection) -> tuple[str, dict[int, set[int]]]:
    """A word of some translation found in no article text; article -> quotes using it."""
    article_stems: set[str] = set()
    for title, body in conn.execute("SELECT title, body FROM articles"):
        article_stems.update(stem_text(f"{title} {body}").split())
    rows = conn.execute(
        "SELECT q.article_id, q.id, t.translation FROM quote_translations t"
        " JOIN quotes q ON q.id = t.quote_id ORDER BY q.id"
    ).fetchall()
    for _, _, translation in rows:
        for word in WORD_RE.findall(translation):
            stem = stem_word(word)
            if len(word) > 3 and stem not in article_stems:
                using: dict[int, set[int]] = {}
                for article_id, quote_id, text in rows:
                    if stem in stem_text(text).split():
                        using.setdefault(article_id, set()).add(quote_id)
                return word, using
    raise AssertionError("no translation word is absent from the articles")


def test_a_word_from_a_translation_finds_the_article_through_search(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    packages.install_file(argos_package())
    assert main(["translate", "--db", str(db)]) == 0
    conn = open_library(db)
    try:
        word, articles = _word_only_in_translations(conn)
    finally:
        conn.close()
    capsys.readouterr()

    assert main(["search", "--db", str(db), "--json", word]) == 0
    hits = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {hit["id"] for hit in hits} == set(articles)
    for hit in hits:
        assert hit["in_quote"] and hit["quotes"]
        assert {quote["id"] for quote in hit["quotes"]} <= articles[hit["id"]]
