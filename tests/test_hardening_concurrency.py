"""Concurrency: readers (a process holding a read transaction, or the app open) beside
writers (`regreader index`, `regreader tag add`), and two writers at once. Every command
must succeed and no "database is locked" (or any busy message) may reach the user."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest
from hardening_support import cli_env, regreader_command, run_regreader, write_articles
from tui_support import isolate_user_dirs, make_app, run_async, settle, wait_until

from regreader.ingestion.pipeline import index_paths
from regreader.storage import open_library

FIRST = 100  # articles in the library before the test
MORE = 2000  # articles indexed while the others work
TAGGED_QUOTES = 15
TIMEOUT_S = 120
BUSY_WORDS = ("locked", "busy", "Traceback")


@pytest.fixture(scope="module")
def folders(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    """The first articles, the ones to add concurrently, and a library of the first."""
    root = tmp_path_factory.mktemp("concurrency")
    first = root / "first"
    more = root / "more"
    write_articles(first, FIRST, seed=1)
    write_articles(more, MORE, seed=2, start=FIRST)
    db = root / "template.db"
    conn = open_library(db)
    index_paths(conn, [first])
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return first, more, db


@pytest.fixture
def db(folders: tuple[Path, Path, Path], tmp_path: Path) -> Path:
    target = tmp_path / "library.db"
    shutil.copy(folders[2], target)
    return target


def _quote_ids(db: Path, count: int) -> list[int]:
    conn = open_library(db)
    try:
        return [
            row[0] for row in conn.execute("SELECT id FROM quotes ORDER BY id LIMIT ?", (count,))
        ]
    finally:
        conn.close()


def _start_index(db: Path, folder: Path, tmp_path: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        regreader_command("index", "--db", str(db), str(folder)),
        env=cli_env(tmp_path),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=tmp_path,
    )


def _finish(process: subprocess.Popen[str]) -> tuple[str, str]:
    out, err = process.communicate(timeout=TIMEOUT_S)
    assert process.returncode == 0, err
    _assert_quiet(err)
    return out, err


def _assert_quiet(stderr: str) -> None:
    assert not any(word in stderr for word in BUSY_WORDS), stderr


def _wait_for_articles(db: Path, count: int, process: subprocess.Popen[str]) -> None:
    """Until the running index has committed some articles beyond `count`."""
    deadline = time.monotonic() + TIMEOUT_S
    while process.poll() is None and time.monotonic() < deadline:
        conn = sqlite3.connect(db, timeout=10)
        try:
            if conn.execute("SELECT count(*) FROM articles").fetchone()[0] > count:
                return
        finally:
            conn.close()
        time.sleep(0.01)


def _tag_while(db: Path, tmp_path: Path, quote_ids: list[int], tag: str) -> None:
    for quote_id in quote_ids:
        result = run_regreader(tmp_path, "tag", "add", "--db", str(db), str(quote_id), tag)
        assert result.returncode == 0, result.stderr
        _assert_quiet(result.stderr)


def _check_outcome(db: Path, quote_ids: list[int], tag: str) -> None:
    conn = open_library(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == FIRST + MORE
        tagged = {
            row[0]
            for row in conn.execute(
                "SELECT an.quote_id FROM anchors an JOIN taggings tg ON tg.anchor_id = an.id"
                " JOIN tags t ON t.id = tg.tag_id WHERE t.name = ?",
                (tag,),
            )
        }
        assert tagged == set(quote_ids)
    finally:
        conn.close()


def test_index_and_tag_succeed_while_a_reader_holds_a_transaction_open(
    db: Path, folders: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    quote_ids = _quote_ids(db, TAGGED_QUOTES)
    reader = sqlite3.connect(db, isolation_level=None)
    reader.execute("BEGIN")
    seen = reader.execute("SELECT count(*) FROM articles").fetchone()[0]
    try:
        index = _start_index(db, folders[1], tmp_path)
        _wait_for_articles(db, FIRST, index)
        _tag_while(db, tmp_path, quote_ids, "while-reading")
        out, _ = _finish(index)
        assert f"new {MORE}" in out
        # The reader's snapshot did not move under it, and nothing waited for it to end.
        assert reader.execute("SELECT count(*) FROM articles").fetchone()[0] == seen == FIRST
    finally:
        reader.execute("COMMIT")
        reader.close()
    _check_outcome(db, quote_ids, "while-reading")


def test_two_writers_at_once_index_and_tag(
    db: Path, folders: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    quote_ids = _quote_ids(db, TAGGED_QUOTES)
    index = _start_index(db, folders[1], tmp_path)
    _wait_for_articles(db, FIRST, index)
    assert index.poll() is None, "the index run ended before the tagging started"
    _tag_while(db, tmp_path, quote_ids[:1], "two-writers")
    # The tag got in between the index's batches, not after the whole run: a waiting
    # writer must not starve behind a long one.
    assert index.poll() is None, "the tag waited for the whole index run"
    _tag_while(db, tmp_path, quote_ids[1:], "two-writers")
    _finish(index)
    _check_outcome(db, quote_ids, "two-writers")


@run_async
async def test_the_open_app_keeps_searching_while_index_and_tag_write(
    db: Path, folders: tuple[Path, Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    isolate_user_dirs(monkeypatch, tmp_path)
    quote_ids = _quote_ids(db, TAGGED_QUOTES)
    app = make_app(db)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        main = app.main_screen
        await wait_until(pilot, lambda: main.page is not None and main.page.total == FIRST)
        index = _start_index(db, folders[1], tmp_path)
        tagger = subprocess.Popen(
            [
                *regreader_command("tag", "add", "--db", str(db), str(quote_ids[0]), "from-cli"),
            ],
            env=cli_env(tmp_path),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=tmp_path,
        )
        # The app searches, and writes a tag of its own, while both commands write.
        for query in ("governor", "губернатор", "subsidy region:perm", "said"):
            main.set_search_text(query)
            await wait_until(
                pilot, lambda q=query: main.page is not None and main.page.query == q, 30
            )
            assert main.page.error is None
        app.library.add_tag(quote_ids[1], "from-app")
        while index.poll() is None or tagger.poll() is None:
            await pilot.pause(0.05)
        _finish(index)
        _finish(tagger)
        main.set_search_text("")
        await wait_until(
            pilot, lambda: main.page is not None and main.page.total == FIRST + MORE, 30
        )
        await settle(pilot)
        assert not [n for n in app._notifications if n.severity == "error"]
    conn = open_library(db)
    try:
        names = {
            row[0]
            for row in conn.execute(
                "SELECT t.name FROM taggings tg JOIN tags t ON t.id = tg.tag_id"
            )
        }
        assert {"from-cli", "from-app"} <= names
    finally:
        conn.close()
