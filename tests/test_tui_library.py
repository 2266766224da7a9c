"""The Library facade the app calls from its thread workers."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from tui_support import build_library, isolate_user_dirs, write_corpus

from regreader.errors import DatabaseError
from regreader.library import Library
from regreader.translation.engine import FakeTranslator


@pytest.fixture
def library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Library:
    isolate_user_dirs(monkeypatch, tmp_path)
    db = build_library(tmp_path / "library.db", write_corpus(tmp_path / "corpus"))
    return Library(db, translators={"ru": FakeTranslator()})


def test_searches_and_writes_from_many_threads_at_once(library: Library) -> None:
    article = library.search("субсидия").articles[0]
    quote_ids = [q.id for q in library.quotes(article.id)]
    failures: list[BaseException] = []

    def search_often() -> None:
        try:
            for _ in range(20):
                assert library.search("region:perm").total >= 1
        except BaseException as exc:  # collected: an assertion in a thread is otherwise lost
            failures.append(exc)

    def tag_each(index: int) -> None:
        try:
            library.add_tag(quote_ids[index % len(quote_ids)], f"thread/{index}")
        except BaseException as exc:
            failures.append(exc)

    threads = [threading.Thread(target=search_often) for _ in range(4)]
    threads += [threading.Thread(target=tag_each, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert failures == []
    tags = {tag for q in library.quotes(article.id) for tag in q.tags}
    assert {f"thread/{n}" for n in range(8)} <= tags


def test_an_invalid_query_is_a_page_with_a_message(library: Library) -> None:
    page = library.search("x" * 10_000)
    assert page.articles == ()
    assert page.error


def test_a_cancelled_search_stops_inside_sqlite_and_leaves_the_connection_usable(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    import regreader.library

    assert library.search_unless_cancelled("perm", lambda: False) == library.search("perm")
    assert library.search_unless_cancelled("perm", lambda: True) is None
    # Cancelled while SQLite runs the statement: the progress handler stops it there.
    monkeypatch.setattr(regreader.library, "CANCEL_CHECK_STEPS", 10)
    asked: list[bool] = []

    def cancelled_once_asked() -> bool:
        asked.append(True)
        return True

    assert library.search_unless_cancelled("perm OR region", cancelled_once_asked) is None
    assert len(asked) >= 2  # by SQLite mid-statement, then once more after it stopped
    # The same pooled connections serve the next search in full.
    page = library.search("perm")
    assert page.error is None and page.articles


def test_translation_fills_russian_quotes_once(library: Library) -> None:
    article = library.search("субсидия").articles[0]
    russian = [q.id for q in library.quotes(article.id) if q.needs_translation]
    assert russian
    done = library.translate(russian)
    assert set(done) == set(russian)
    assert all(text.startswith("[en] ") for text in done.values())
    assert all(q.translation for q in library.quotes(article.id) if q.id in russian)


def test_without_a_model_the_state_carries_the_install_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    isolate_user_dirs(monkeypatch, tmp_path)
    state = Library(tmp_path / "empty.db").translation_state()
    assert not state.available
    assert "regreader models install ru en" in state.hint


def test_an_empty_note_deletes_the_note(library: Library) -> None:
    article = library.search("субсидия").articles[0]
    quote = library.quotes(article.id)[0]
    assert library.set_note(quote.id, "kept")[0].note == "kept"
    assert library.set_note(quote.id, "  ")[0].note is None


def test_linking_accepts_a_matching_suggestion_or_creates_the_initiative(library: Library) -> None:
    article = library.search("субсидия").articles[0]
    quote = library.quotes(article.id)[0]
    rows = library.link_initiative(quote.id, "Unified Regional Subsidy")
    assert "Unified Regional Subsidy" in rows[0].initiatives
    names = [c.name for c in library.initiative_candidates("unified", quote)]
    assert names[0] == "Unified Regional Subsidy"
    assert [i.links for i in library.initiatives()] == [1]


def test_a_file_that_is_not_a_library_is_refused_untouched(tmp_path: Path) -> None:
    foreign = tmp_path / "notes.txt"
    foreign.write_text("not a database", encoding="utf-8")
    with pytest.raises(DatabaseError):
        Library(foreign)
    assert foreign.read_text(encoding="utf-8") == "not a database"


def test_launching_on_a_foreign_file_prints_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from regreader.cli.main import main

    foreign = tmp_path / "photo.db"
    foreign.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    assert main(["--db", str(foreign)]) == 2
    err = capsys.readouterr().err
    assert "not a SQLite database" in err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_region_labels_agree_with_the_gazetteer() -> None:
    from regreader.ingestion.regions import all_regions, region_name
    from regreader.library import region_label

    assert all(region_label(r.key) == region_name(r.key) for r in all_regions())
    assert region_label("no-such-region") == region_name("no-such-region")
