"""Crash safety: `regreader index`, `regreader translate` and `regreader tag add` are killed
with SIGKILL at random points; the library must then pass PRAGMA integrity_check, keep
everything committed before the kill whole (articles, FTS rows, translations, earlier
annotations), and a re-run must finish the job.

Kills are timed on progress seen in the database (a fixed-seed random number of new rows,
then a short random pause), not on wall-clock guesses, so each one lands mid-run on a fast
or a slow machine alike.
"""

from __future__ import annotations

import hashlib
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote as url_quote

import pytest
from hardening_support import cli_env, regreader_command, write_articles

from regreader.ingestion.pipeline import index_paths
from regreader.storage import open_library

SEED = 20240501
FILES = 2500
KILLS = 3
PROGRESS_POLL_S = 0.01
RUN_TIMEOUT_S = 120


@pytest.fixture(scope="module")
def articles(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_articles(tmp_path_factory.mktemp("crash") / "articles", FILES, seed=SEED)[0].parent


@pytest.fixture(scope="module")
def indexed_template(tmp_path_factory: pytest.TempPathFactory, articles: Path) -> Path:
    """The articles indexed in-process once; tests work on copies."""
    path = tmp_path_factory.mktemp("template") / "library.db"
    conn = open_library(path)
    index_paths(conn, [articles])
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path


def _copy_library(template: Path, folder: Path) -> Path:
    target = folder / "library.db"
    shutil.copy(template, target)
    return target


# --- watching and killing -------------------------------------------------------------


def _read_count(db: Path, sql: str) -> int:
    """A count read from the library as another process sees it (0 while it cannot be read)."""
    if not db.exists():
        return 0
    try:
        conn = sqlite3.connect(f"file:{url_quote(str(db))}?mode=ro", uri=True, timeout=1)
        try:
            return int(conn.execute(sql).fetchone()[0] or 0)
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def _kill_after_progress(
    command: list[str], env: dict[str, str], db: Path, progress_sql: str, rng: random.Random
) -> bool:
    """Start `command`, wait until `progress_sql` grows by a random amount, pause a random
    few milliseconds and SIGKILL it. False when it finished before it could be killed."""
    before = _read_count(db, progress_sql)
    wanted = before + rng.randint(1, 40)
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=db.parent
    )
    deadline = time.monotonic() + RUN_TIMEOUT_S
    try:
        while process.poll() is None and time.monotonic() < deadline:
            if _read_count(db, progress_sql) >= wanted:
                time.sleep(rng.uniform(0, 0.05))
                break
            time.sleep(PROGRESS_POLL_S)
        finished = process.poll() is not None
        process.send_signal(signal.SIGKILL)
    finally:
        _, stderr = process.communicate(timeout=RUN_TIMEOUT_S)
    # It may finish between the last look and the signal: then it was never killed.
    finished = finished or process.returncode == 0
    if finished:
        assert process.returncode == 0, stderr.decode("utf-8", "replace")
    else:
        assert process.returncode == -signal.SIGKILL
    return not finished


def _run_to_completion(command: list[str], env: dict[str, str], cwd: Path) -> str:
    done = subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=RUN_TIMEOUT_S, cwd=cwd
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr and "locked" not in done.stderr
    return done.stdout


# --- what must hold after every kill ----------------------------------------------------


def _check_library(db: Path) -> sqlite3.Connection:
    """Open as the user would next time; the file must be sound, FTS tables included."""
    conn = open_library(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    for fts in ("articles_fts", "speakers_fts"):
        conn.execute(f"INSERT INTO {fts}({fts}) VALUES ('integrity-check')")
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    return conn


def _check_articles(conn: sqlite3.Connection, folders: set[Path]) -> int:
    """Every stored article is exactly its file, with its full-text row and sound quotes."""
    rows = conn.execute(
        "SELECT a.id, a.body, a.content_hash, s.path, s.file_hash"
        " FROM articles a JOIN sources s ON s.article_id = a.id"
    ).fetchall()
    for _article_id, body, content_hash, path, file_hash in rows:
        data = Path(path).read_bytes()
        assert Path(path).parent in folders
        assert file_hash == hashlib.sha256(data).hexdigest()
        assert body == data.decode("utf-8")
        assert content_hash == hashlib.sha256(body.encode("utf-8")).hexdigest()
    article_ids = {row[0] for row in conn.execute("SELECT id FROM articles")}
    assert article_ids == {row[0] for row in rows}, "an article without its source row"
    assert {row[0] for row in conn.execute("SELECT rowid FROM articles_fts")} == article_ids
    for body, text, start, end in conn.execute(
        "SELECT a.body, q.text, q.start, q.end FROM quotes q JOIN articles a ON a.id = q.article_id"
    ):
        assert body[start:end] == text
    return len(article_ids)


def _annotations(conn: sqlite3.Connection) -> list[tuple[object, ...]]:
    return [
        tuple(row)
        for row in conn.execute(
            "SELECT an.quote_id, an.quote_text, t.name, n.body FROM anchors an"
            " LEFT JOIN taggings tg ON tg.anchor_id = an.id LEFT JOIN tags t ON t.id = tg.tag_id"
            " LEFT JOIN notes n ON n.anchor_id = an.id ORDER BY an.id, t.name"
        )
    ]


def _annotate_first_quotes(db: Path, count: int) -> list[tuple[object, ...]]:
    """The user's earlier work: tags and notes on the first quotes, via the domain API."""
    from regreader.annotations.notes import set_quote_note
    from regreader.annotations.tags import tag_quote

    conn = open_library(db)
    try:
        quote_ids = [
            row[0] for row in conn.execute("SELECT id FROM quotes ORDER BY id LIMIT ?", (count,))
        ]
        assert len(quote_ids) == count
        for quote_id in quote_ids:
            tag_quote(conn, quote_id, "earlier/work")
            set_quote_note(conn, quote_id, f"Note on quote {quote_id} «важно»")
        return _annotations(conn)
    finally:
        conn.close()


# --- regreader index ---------------------------------------------------------------------


def test_index_killed_at_random_points_keeps_the_library_sound_and_resumes(
    tmp_path: Path, articles: Path
) -> None:
    rng = random.Random(SEED)
    db = tmp_path / "library.db"
    env = cli_env(tmp_path)
    # Earlier work: a first folder indexed and annotated before the big run.
    early = tmp_path / "early"
    write_articles(early, 20, seed=SEED + 1, start=FILES)
    _run_to_completion(regreader_command("index", "--db", str(db), str(early)), env, tmp_path)
    annotations_before = _annotate_first_quotes(db, 10)
    command = regreader_command("index", "--db", str(db), str(articles))
    folders = {articles.resolve(), early.resolve()}

    counts = []
    for _ in range(KILLS):
        killed = _kill_after_progress(command, env, db, "SELECT count(*) FROM articles", rng)
        conn = _check_library(db)
        try:
            stored = _check_articles(conn, folders)
            assert _annotations(conn) == annotations_before
        finally:
            conn.close()
        counts.append((killed, stored))

    # At least one kill landed mid-run (not before the first commit, not after the last).
    assert any(killed and 20 < stored < FILES + 20 for killed, stored in counts), counts
    _run_to_completion(command, env, tmp_path)
    conn = _check_library(db)
    try:
        assert _check_articles(conn, folders) == FILES + 20
        assert _annotations(conn) == annotations_before
    finally:
        conn.close()
    assert "new 0, changed 0, unchanged" in _run_to_completion(command, env, tmp_path)


# --- regreader translate -----------------------------------------------------------------

TRANSLATE_FILES = 300  # half of them Russian: 150 quotes, a few model batches


def _check_translations(conn: sqlite3.Connection) -> int:
    """Every stored translation is whole: in the cache, and in its article's full-text row
    once the article is done (the run refreshes that row with its last quote)."""
    from regreader.text import stem_text

    rows = conn.execute(
        "SELECT t.translation, t.model, t.model_version, q.text, q.article_id"
        " FROM quote_translations t JOIN quotes q ON q.id = t.quote_id"
    ).fetchall()
    for translation, model, version, text, _article_id in rows:
        cached = conn.execute(
            "SELECT translation FROM translation_cache WHERE model = ? AND model_version = ?"
            " AND source_text = ?",
            (model, version, text.strip()),
        ).fetchone()
        assert cached is not None and cached[0] == translation
    unfinished = {
        row[0]
        for row in conn.execute(
            "SELECT DISTINCT q.article_id FROM quotes q WHERE q.lang != 'en' AND NOT EXISTS"
            " (SELECT 1 FROM quote_translations t WHERE t.quote_id = q.id)"
        )
    }
    for translation, _model, _version, _text, article_id in rows:
        if article_id in unfinished:
            continue
        indexed = conn.execute(
            "SELECT quotes FROM articles_fts WHERE rowid = ?", (article_id,)
        ).fetchone()[0]
        assert stem_text(translation) in indexed
    return len(rows)


def test_translate_killed_at_random_points_keeps_translations_whole_and_resumes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from argos_model import argos_package
    from translation_support import isolate_argos

    from regreader.translation import packages

    isolate_argos(monkeypatch, tmp_path)
    packages.install_file(argos_package())
    rng = random.Random(SEED + 2)
    folder = tmp_path / "articles"
    write_articles(folder, TRANSLATE_FILES, seed=SEED)
    db = tmp_path / "library.db"
    conn = open_library(db)
    index_paths(conn, [folder])
    russian = conn.execute("SELECT count(*) FROM quotes WHERE lang != 'en'").fetchone()[0]
    conn.close()
    assert russian >= 100
    annotations_before = _annotate_first_quotes(db, 5)
    env = cli_env(tmp_path)
    command = regreader_command("translate", "--db", str(db))

    outcomes = []
    for _ in range(2):
        killed = _kill_after_progress(
            command, env, db, "SELECT count(*) FROM quote_translations", rng
        )
        conn = _check_library(db)
        try:
            outcomes.append((killed, _check_translations(conn)))
            assert _check_articles(conn, {folder.resolve()}) == TRANSLATE_FILES
            assert _annotations(conn) == annotations_before
        finally:
            conn.close()

    assert any(killed and 0 < done < russian for killed, done in outcomes), outcomes
    _run_to_completion(command, env, tmp_path)
    conn = _check_library(db)
    try:
        assert _check_translations(conn) == russian
        assert _annotations(conn) == annotations_before
    finally:
        conn.close()
    assert "Nothing to translate" in _run_to_completion(command, env, tmp_path)


# --- regreader tag add -----------------------------------------------------------------

TAGS_PER_QUOTE = 40
# Tags quote after quote through the real CLI entry point, in one process (a process per
# command would spend the test's time starting Python, not writing).
TAGGER = """
import sys
from regreader.cli.main import main

db, tags = sys.argv[1], sys.argv[3:]
for quote_id in sys.argv[2].split(","):
    if main(["tag", "add", "--db", db, quote_id, *tags]) != 0:
        sys.exit(1)
"""


def _tags_by_quote(conn: sqlite3.Connection) -> dict[int, set[str]]:
    found: dict[int, set[str]] = {}
    for quote_id, name in conn.execute(
        "SELECT an.quote_id, t.name FROM anchors an JOIN taggings tg ON tg.anchor_id = an.id"
        " JOIN tags t ON t.id = tg.tag_id WHERE t.name LIKE 'bulk/%'"
    ):
        found.setdefault(quote_id, set()).add(name)
    return found


def test_tagging_killed_mid_way_is_all_or_nothing_per_command_and_resumes(
    tmp_path: Path, indexed_template: Path, articles: Path
) -> None:
    rng = random.Random(SEED + 3)
    db = _copy_library(indexed_template, tmp_path)
    annotations_before = _annotate_first_quotes(db, 10)
    conn = open_library(db)
    quote_ids = [row[0] for row in conn.execute("SELECT id FROM quotes ORDER BY id LIMIT 200")]
    conn.close()
    tags = [f"bulk/тег-{n:02d} «{n}»" for n in range(TAGS_PER_QUOTE)]
    command = [sys.executable, "-c", TAGGER, str(db), ",".join(map(str, quote_ids)), *tags]
    env = cli_env(tmp_path)
    progress_sql = (
        "SELECT count(DISTINCT tg.anchor_id) FROM taggings tg JOIN tags t ON t.id = tg.tag_id"
        " WHERE t.name LIKE 'bulk/%'"
    )

    outcomes = []
    for _ in range(KILLS):
        killed = _kill_after_progress(command, env, db, progress_sql, rng)
        conn = _check_library(db)
        try:
            tagged = _tags_by_quote(conn)
            # Each command is one transaction: a quote has all of its tags or none.
            assert all(len(names) == TAGS_PER_QUOTE for names in tagged.values()), tagged
            earlier = [row for row in _annotations(conn) if not str(row[2]).startswith("bulk/")]
            assert earlier == annotations_before
            assert _check_articles(conn, {articles.resolve()}) == FILES
        finally:
            conn.close()
        outcomes.append((killed, len(tagged)))

    assert any(killed and 0 < done < len(quote_ids) for killed, done in outcomes), outcomes
    _run_to_completion(command, env, tmp_path)
    conn = _check_library(db)
    try:
        assert set(_tags_by_quote(conn)) == set(quote_ids)
    finally:
        conn.close()
