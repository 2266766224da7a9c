"""The service: pending quotes, cache across articles and runs, storage, search, no model."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from argos_model import argos_package
from translation_support import add_article, corpus_library, isolate_argos, russian_quote_ids

from regreader.search import search
from regreader.storage import open_library
from regreader.text import WORD_RE, stem_text, stem_word
from regreader.translation import packages
from regreader.translation.engine import FakeTranslator
from regreader.translation.service import TranslationService

HINT = (
    "No ru->en translation model is installed. Install one with: "
    "regreader models install ru en   (or: regreader models install FILE.argosmodel)"
)


@pytest.fixture
def argos_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    return isolate_argos(monkeypatch, tmp_path)


@pytest.fixture
def with_model(argos_dir: Path) -> packages.ModelInfo:
    return packages.install_file(argos_package())


@pytest.fixture
def library(tmp_path: Path) -> sqlite3.Connection:
    return corpus_library(tmp_path / "library.db")


def _translations(conn: sqlite3.Connection) -> dict[int, sqlite3.Row]:
    rows = conn.execute("SELECT * FROM quote_translations WHERE target_lang = 'en'")
    return {row["quote_id"]: row for row in rows}


def test_no_model_status_and_nothing_crashes(argos_dir: Path, library: sqlite3.Connection) -> None:
    service = TranslationService(library)
    status = service.status()
    assert not status.ready
    assert status.hint == HINT
    pending = service.pending_count()
    assert pending == len(russian_quote_ids(library)) > 0

    summary = service.translate_pending()
    assert (summary.translated, summary.from_cache, summary.failed) == (0, 0, 0)
    assert summary.skipped_no_model == pending
    assert summary.missing_models == (HINT,)
    assert service.translate_quotes(russian_quote_ids(library)) == {}
    assert _translations(library) == {}


def test_every_russian_quote_is_translated_with_model_and_version(
    with_model: packages.ModelInfo, library: sqlite3.Connection
) -> None:
    service = TranslationService(library)
    assert service.status().ready
    seen: list[tuple[int, int]] = []
    summary = service.translate_pending(progress=lambda done, total: seen.append((done, total)))

    russian = russian_quote_ids(library)
    stored = _translations(library)
    assert set(stored) == russian
    assert all(row["translation"].strip() for row in stored.values())
    assert {(row["model"], row["model_version"]) for row in stored.values()} == {
        ("translate-ru_en", "1.0")
    }
    assert summary.translated == len(russian) and summary.failed == 0
    assert service.model_calls == 1  # every quote of the corpus in one translate_batch
    assert seen[-1] == (len(russian), len(russian))
    assert service.pending_count() == 0
    english = library.execute("SELECT count(*) FROM quotes WHERE lang = 'en'").fetchone()[0]
    assert english > 0 and not set(stored) & {
        row[0] for row in library.execute("SELECT id FROM quotes WHERE lang = 'en'")
    }


def test_second_run_makes_zero_model_calls(
    with_model: packages.ModelInfo, library: sqlite3.Connection
) -> None:
    TranslationService(library).translate_pending()
    library.execute("DELETE FROM quote_translations")  # forget results, keep the cache

    again = TranslationService(library)
    summary = again.translate_pending()
    assert again.model_calls == 0
    assert summary.translated == 0
    assert summary.from_cache == len(russian_quote_ids(library))
    assert set(_translations(library)) == russian_quote_ids(library)

    nothing = TranslationService(library)
    assert nothing.translate_pending().stored == 0
    assert nothing.model_calls == 0


def test_identical_text_in_two_articles_is_translated_once(tmp_path: Path) -> None:
    conn = open_library(tmp_path / "lib.db")
    said = "Связь нужна каждому."
    first = add_article(conn, "a.txt", f"Он сказал: «{said}» Конец.", [said])
    second = add_article(conn, "b.txt", f"Она повторила: «{said}» Итог.", [said])
    fake = FakeTranslator()
    summary = TranslationService(conn, "en", translators={"ru": fake}).translate_pending()

    assert fake.texts_seen == [said]
    assert (summary.translated, summary.from_cache) == (1, 1)
    rows = conn.execute(
        "SELECT q.article_id, t.translation FROM quote_translations t JOIN quotes q"
        " ON q.id = t.quote_id ORDER BY q.article_id"
    ).fetchall()
    assert [tuple(row) for row in rows] == [(first, f"[en] {said}"), (second, f"[en] {said}")]
    assert conn.execute("SELECT count(*) FROM translation_cache").fetchone()[0] == 1


def test_quotes_are_batched_per_call_and_progress_is_reported(tmp_path: Path) -> None:
    conn = open_library(tmp_path / "lib.db")
    quotes = [f"Фраза номер {n} сказана." for n in range(10)]
    add_article(conn, "a.txt", " ".join(quotes), quotes)
    fake = FakeTranslator()
    seen: list[tuple[int, int]] = []
    service = TranslationService(conn, "en", translators={"ru": fake}, quotes_per_call=4)
    summary = service.translate_pending(progress=lambda d, t: seen.append((d, t)))
    assert fake.calls == 3
    assert seen == [(4, 10), (8, 10), (10, 10)]
    assert summary.translated == 10


def test_mixed_quotes_use_the_russian_model(tmp_path: Path) -> None:
    conn = open_library(tmp_path / "lib.db")
    mixed = "Проект Smart City идёт по плану, the budget is set"
    add_article(conn, "a.txt", f"«{mixed}»", [mixed])
    assert conn.execute("SELECT lang FROM quotes").fetchone()[0] == "mixed"
    fake = FakeTranslator()
    TranslationService(conn, "en", translators={"ru": fake}).translate_pending()
    assert fake.texts_seen == [mixed]


def test_a_failing_model_counts_failures_and_stores_nothing(tmp_path: Path) -> None:
    conn = open_library(tmp_path / "lib.db")
    add_article(conn, "a.txt", "«Привет»", ["Привет"])
    service = TranslationService(conn, "en", translators={"ru": FakeTranslator(fail=True)})
    summary = service.translate_pending()
    assert (summary.failed, summary.translated) == (1, 0)
    assert summary.errors and "told to fail" in summary.errors[0]
    assert service.pending_count() == 1


def test_translate_quotes_is_lazy_and_returns_stored_translations(tmp_path: Path) -> None:
    conn = open_library(tmp_path / "lib.db")
    add_article(conn, "a.txt", "«Один» «Два» «Three»", ["Один", "Два", "Three"])
    ids = [row[0] for row in conn.execute("SELECT id FROM quotes ORDER BY seq")]
    fake = FakeTranslator()
    service = TranslationService(conn, "en", translators={"ru": fake})

    first = service.translate_quotes(ids[:1])
    assert {k: v.translation for k, v in first.items()} == {ids[0]: "[en] Один"}
    assert first[ids[0]].model == "fake-ru_en"
    both = service.translate_quotes(ids)  # the English quote needs nothing
    assert set(both) == set(ids[:2])
    assert fake.texts_seen == ["Один", "Два"]
    service.translate_quotes(ids)
    assert fake.calls == 2  # nothing left to translate


def test_translations_enter_the_search_index(
    with_model: packages.ModelInfo, library: sqlite3.Connection
) -> None:
    TranslationService(library).translate_pending()
    row = library.execute(
        "SELECT q.id, q.article_id, t.translation, a.title, a.body FROM quote_translations t"
        " JOIN quotes q ON q.id = t.quote_id JOIN articles a ON a.id = q.article_id LIMIT 1"
    ).fetchone()
    body_stems = set(stem_text(row["title"] + " " + row["body"]).split())
    fresh = [w for w in WORD_RE.findall(row["translation"]) if stem_word(w) not in body_stems]
    assert fresh, "the gibberish translation should have a word the article lacks"
    term = '"' + stem_word(fresh[0]) + '"'

    article_hits = {
        r[0]
        for r in library.execute("SELECT rowid FROM articles_fts WHERE quotes MATCH ?", (term,))
    }
    assert row["article_id"] in article_hits
    # ...and a search for the word marks the quote whose translation holds it.
    found = {hit.id: hit for hit in search(library, fresh[0]).hits}
    assert row["id"] in {quote.id for quote in found[row["article_id"]].quotes}


def test_target_comes_from_the_settings_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[translation]\ntarget = "de"\n', encoding="utf-8")
    monkeypatch.setenv("REGREADER_CONFIG", str(config))
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "none"))
    service = TranslationService(open_library(tmp_path / "lib.db"))
    assert service.target == "de"
    assert service.status().hint is not None and "ru->de" in service.status().hint


def test_a_long_article_is_reindexed_once_with_its_last_batch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import regreader.translation.service as service_module

    conn = open_library(tmp_path / "lib.db")
    quotes = [f"Фраза номер {n} сказана." for n in range(10)]
    long_article = add_article(conn, "a.txt", " ".join(quotes), quotes)
    short_article = add_article(conn, "b.txt", "Он сказал: «Связь нужна.»", ["Связь нужна."])
    refreshed: list[int] = []
    real_refresh = service_module.refresh_article

    def counting_refresh(connection: sqlite3.Connection, article_id: int, **options: object):
        refreshed.append(article_id)
        return real_refresh(connection, article_id, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(service_module, "refresh_article", counting_refresh)
    fake = FakeTranslator(prefix="translated ")
    TranslationService(conn, "en", translators={"ru": fake}, quotes_per_call=4).translate_pending()

    assert fake.calls == 3  # three batches, but each article's search row is written once
    assert sorted(refreshed) == sorted([long_article, short_article])
    matches = conn.execute(
        "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?", (stem_word("translated"),)
    ).fetchall()
    assert {row[0] for row in matches} == {long_article, short_article}
