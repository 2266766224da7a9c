"""Shared set-up for the translation tests: an isolated Argos folder and a corpus library.

The corpus library is made by the real ingestion pipeline; each article's quotes are then
replaced by the gold quotes of tests/data/seed_quotes.jsonl, so translation is tested on
the real Russian quotes independently of how good quote extraction is.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from regreader.storage import open_library, transaction
from regreader.storage.fts import forget_quotes, refresh_article, refresh_speakers
from regreader.text import quote_language

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "corpus"
GOLD_QUOTES = REPO / "tests" / "data" / "seed_quotes.jsonl"
NOW = "2024-05-01T00:00:00+00:00"
UNREACHABLE_INDEX = "http://127.0.0.1:9/"  # refused at once: no test touches the network


def isolate_argos(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Point Argos and regreader settings at empty folders; return the packages folder."""
    packages = tmp_path / "argos-packages"
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(packages))
    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", UNREACHABLE_INDEX)
    monkeypatch.setenv("REGREADER_CONFIG", str(tmp_path / "no-config.toml"))
    # Argos reads its settings.json and makes its folders under these when first imported:
    # keep the user's Argos configuration out of the tests and the tests out of $HOME.
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(variable, str(tmp_path / "xdg" / variable.lower()))
    return packages


def gold_quotes() -> list[dict[str, str]]:
    lines = GOLD_QUOTES.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def add_article(conn: sqlite3.Connection, name: str, body: str, quotes: list[str]) -> int:
    """Store an article and its quotes (each must occur in `body`), FTS included."""
    with transaction(conn):
        article_id = int(
            conn.execute(
                "INSERT INTO articles(content_hash, source_path, title, body, languages,"
                " added_at, updated_at) VALUES (?, ?, ?, ?, '', ?, ?)",
                (hashlib.sha256(body.encode()).hexdigest(), name, name, body, NOW, NOW),
            ).lastrowid
            or 0
        )
        replace_quotes(conn, article_id, quotes)
    return article_id


def replace_quotes(conn: sqlite3.Connection, article_id: int, quotes: list[str]) -> None:
    """Make `quotes` the article's quotes (found in its body), with their FTS rows."""
    body = conn.execute("SELECT body FROM articles WHERE id = ?", (article_id,)).fetchone()[0]
    with transaction(conn):
        forget_quotes(conn, article_id)
        conn.execute("DELETE FROM quotes WHERE article_id = ?", (article_id,))
        quote_ids = []
        for seq, text in enumerate(quotes):
            start = body.index(text)
            cursor = conn.execute(
                "INSERT INTO quotes(article_id, seq, kind, text, start, end, lang)"
                " VALUES (?, ?, 'quote', ?, ?, ?, ?)",
                (article_id, seq, text, start, start + len(text), quote_language(text)),
            )
            quote_ids.append(int(cursor.lastrowid or 0))
        refresh_speakers(conn, quote_ids)
        refresh_article(conn, article_id)


def corpus_library(path: Path) -> sqlite3.Connection:
    """A library file: the corpus indexed by the real pipeline, quotes set to the gold ones."""
    from regreader.ingestion.pipeline import index_paths

    conn = open_library(path)
    summary = index_paths(conn, [CORPUS])
    assert summary.new == len(list(CORPUS.glob("*.txt"))), summary
    by_file: dict[str, list[str]] = {}
    for quote in gold_quotes():
        by_file.setdefault(quote["file"], []).append(quote["quote"])
    for article_id, source in conn.execute("SELECT id, source_path FROM articles").fetchall():
        replace_quotes(conn, article_id, by_file.get(Path(source).name, []))
    return conn


def russian_quote_ids(conn: sqlite3.Connection) -> set[int]:
    return {row[0] for row in conn.execute("SELECT id FROM quotes WHERE lang IN ('ru', 'mixed')")}
