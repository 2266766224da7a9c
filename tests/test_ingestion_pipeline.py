"""The indexing run: no-op re-index, in-place updates, duplicates, encodings, skips, feeds."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

import regreader.quotes.store
from regreader.errors import IngestionError
from regreader.ingestion.pipeline import IndexSummary, index_paths
from regreader.storage.articles import (
    article_count,
    article_regions,
    article_sources,
    get_article,
    list_articles,
)

RUSSIAN = (
    "Единая региональная субсидия\n\n"
    "Губернатор Пермского края заявил, что субсидию получили 200 организаций. "
    # koi8-r has no guillemets or dashes: plain quotes keep every encoding able to carry it.
    '"Это важно для всей отрасли", - сказал он.\n'
)


def article_id_of(conn: sqlite3.Connection, path: Path) -> int:
    row = conn.execute(
        "SELECT article_id FROM sources WHERE path = ?", (os.path.realpath(path),)
    ).fetchone()
    assert row is not None, f"{path} was not indexed"
    return int(row[0])


def fts_ids(conn: sqlite3.Connection, word: str) -> set[int]:
    rows = conn.execute("SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?", (word,))
    return {row[0] for row in rows}


def counts(summary: IndexSummary) -> tuple[int, int, int, int]:
    return summary.new, summary.changed, summary.unchanged, len(summary.skipped)


def rewrite(path: Path, text: str) -> None:
    """Change a file so that even a coarse mtime shows it."""
    before = path.stat().st_mtime_ns
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(before + 5_000_000_000, before + 5_000_000_000))


def test_corpus_indexes_and_reindex_is_a_no_op(
    library: sqlite3.Connection, corpus_dir: Path
) -> None:
    assert counts(index_paths(library, [corpus_dir])) == (5, 0, 0, 0)
    assert article_count(library) == 5
    changes_before = library.total_changes
    assert counts(index_paths(library, [corpus_dir])) == (0, 0, 5, 0)
    assert library.total_changes == changes_before  # nothing was written at all


def test_touched_but_identical_file_is_unchanged(
    library: sqlite3.Connection, corpus_dir: Path
) -> None:
    index_paths(library, [corpus_dir])
    path = sorted(corpus_dir.glob("*.txt"))[0]
    rewrite(path, path.read_text(encoding="utf-8"))
    assert counts(index_paths(library, [corpus_dir])) == (0, 0, 5, 0)
    # The new mtime was recorded: the next run does not even hash the file.
    changes_before = library.total_changes
    index_paths(library, [corpus_dir])
    assert library.total_changes == changes_before


def test_changed_file_updates_its_article_in_place(
    library: sqlite3.Connection, corpus_dir: Path
) -> None:
    index_paths(library, [corpus_dir])
    path = sorted(corpus_dir.glob("*.txt"))[3]
    article_id = article_id_of(library, path)
    rewrite(path, path.read_text(encoding="utf-8") + "\nAddendum about zirconium.\n")
    assert counts(index_paths(library, [corpus_dir])) == (0, 1, 4, 0)
    assert article_id_of(library, path) == article_id
    article = get_article(library, article_id)
    assert article is not None and article.body.endswith("Addendum about zirconium.\n")
    assert fts_ids(library, "zirconium") == {article_id}
    assert article_count(library) == 5


def test_duplicate_text_at_two_paths_is_stored_once(
    library: sqlite3.Connection, tmp_path: Path
) -> None:
    first, second = tmp_path / "a.txt", tmp_path / "copy" / "b.txt"
    second.parent.mkdir()
    first.write_text(RUSSIAN, encoding="utf-8")
    second.write_text(RUSSIAN, encoding="utf-8")
    index_paths(library, [tmp_path])
    assert article_count(library) == 1
    article_id = article_id_of(library, first)
    assert article_id_of(library, second) == article_id
    assert len(article_sources(library, article_id)) == 2


def test_changing_one_of_two_identical_files_leaves_the_other_its_article(
    library: sqlite3.Connection, tmp_path: Path
) -> None:
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(RUSSIAN, encoding="utf-8")
    second.write_text(RUSSIAN, encoding="utf-8")
    index_paths(library, [tmp_path])
    shared_id = article_id_of(library, first)
    rewrite(first, RUSSIAN + "Новый абзац.\n")
    assert counts(index_paths(library, [tmp_path])) == (0, 1, 1, 0)
    assert article_id_of(library, second) == shared_id
    assert article_id_of(library, first) != shared_id
    kept = get_article(library, shared_id)
    assert kept is not None and kept.body == RUSSIAN
    assert kept.source_path == os.path.realpath(second)  # no longer named after `first`
    assert article_count(library) == 2


def test_a_file_rewritten_to_another_files_text_joins_that_article(
    library: sqlite3.Connection, tmp_path: Path
) -> None:
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(RUSSIAN, encoding="utf-8")
    second.write_text("Something else entirely, about Kaluga.\n", encoding="utf-8")
    index_paths(library, [tmp_path])
    rewrite(second, RUSSIAN)
    index_paths(library, [tmp_path])
    assert article_id_of(library, second) == article_id_of(library, first)
    assert article_count(library) == 1  # the old text no source shows is gone
    assert fts_ids(library, "kaluga") == set()


@pytest.mark.parametrize("encoding", ["cp1251", "koi8_r", "utf-16", "utf-16-le", "utf-8-sig"])
def test_legacy_and_utf16_files_store_the_right_russian_text(
    library: sqlite3.Connection, tmp_path: Path, encoding: str
) -> None:
    path = tmp_path / f"news-{encoding}.txt"
    path.write_bytes(RUSSIAN.encode(encoding))
    assert counts(index_paths(library, [path])) == (1, 0, 0, 0)
    article = get_article(library, article_id_of(library, path))
    assert article is not None
    assert article.body == RUSSIAN
    assert article.title == "Единая региональная субсидия"
    assert article.languages == ("ru",)


def test_unindexable_files_are_skipped_with_reasons_and_the_run_goes_on(
    library: sqlite3.Connection, tmp_path: Path
) -> None:
    (tmp_path / "a-photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64))
    (tmp_path / "b-empty.txt").write_bytes(b"")
    (tmp_path / "c-blank.md").write_text("  \n\n\t\n", encoding="utf-8")
    (tmp_path / "d-config.xml").write_text("<config><a>1</a></config>", encoding="utf-8")
    (tmp_path / "e-good.txt").write_text(RUSSIAN, encoding="utf-8")
    seen: list[str] = []
    summary = index_paths(library, [tmp_path], on_skip=lambda skipped: seen.append(skipped.reason))
    reasons = {skipped.path.name: skipped.reason for skipped in summary.skipped}
    assert reasons == {
        "a-photo.txt": "binary file (not text)",
        "b-empty.txt": "empty file",
        "c-blank.md": "no text in the file",
        "d-config.xml": "not an RSS or Atom feed",
    }
    assert seen == list(reasons.values())
    assert counts(summary) == (1, 0, 0, 4)
    assert article_count(library) == 1


def test_size_limit(library: sqlite3.Connection, tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("word " * 400, encoding="utf-8")
    summary = index_paths(library, [path], max_bytes=1024)
    assert [skipped.reason for skipped in summary.skipped] == ["too large (2 kB > 1 kB)"]


def test_folder_walk_ignores_hidden_and_foreign_files_but_explicit_ones_are_reported(
    library: sqlite3.Connection, tmp_path: Path
) -> None:
    (tmp_path / ".hidden.txt").write_text("hidden text", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "notes.txt").write_text("git text", encoding="utf-8")
    (tmp_path / "picture.jpg").write_bytes(b"\xff\xd8\xff")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "page.HTM").write_text("<p>Deep page text</p>", encoding="utf-8")
    assert counts(index_paths(library, [tmp_path])) == (1, 0, 0, 0)
    summary = index_paths(library, [tmp_path / "picture.jpg"])
    assert [skipped.reason for skipped in summary.skipped] == [
        "unsupported file type (.jpg; regreader reads .atom, .htm, .html, .markdown, .md, "
        ".rss, .txt, .xml)"
    ]


def test_a_missing_path_stops_the_run_before_anything_is_indexed(
    library: sqlite3.Connection, corpus_dir: Path, tmp_path: Path
) -> None:
    with pytest.raises(IngestionError, match="no such file or folder"):
        index_paths(library, [corpus_dir, tmp_path / "missing"])
    assert article_count(library) == 0


def test_progress_reports_every_file(library: sqlite3.Connection, corpus_dir: Path) -> None:
    calls: list[tuple[int, int, str]] = []
    index_paths(library, [corpus_dir], progress=lambda d, t, p: calls.append((d, t, p.name)))
    assert [(done, total) for done, total, _ in calls] == [(n, 5) for n in range(1, 6)]
    assert [name for *_, name in calls] == sorted(path.name for path in corpus_dir.iterdir())


def test_articles_get_metadata_regions_and_a_dated_list_order(
    library: sqlite3.Connection, corpus_dir: Path
) -> None:
    index_paths(library, [corpus_dir])
    listed = list_articles(library, limit=10)
    assert [summary.published for summary in listed[:2]] == ["2024-04-10", "2014-04-08"]
    assert all(summary.published is None for summary in listed[2:])
    assert [summary.id for summary in listed[2:]] == sorted(s.id for s in listed[2:])
    perm = listed[0]
    assert perm.regions and perm.regions == tuple(article_regions(library, perm.id))
    assert list_articles(library, limit=2, offset=1)[0] == listed[1]


HTML_PAGE = """<html><head><title>Portal | Kaluga forum</title>
<meta property="og:title" content="Kaluga forum on import substitution"></head>
<body><nav>Menu Home About</nav><article><h1>Kaluga forum</h1>
<p>Import substitution was discussed in Kaluga.</p></article>
<footer>Footer text</footer></body></html>"""


def test_html_file_stores_main_text_and_title(library: sqlite3.Connection, tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(HTML_PAGE, encoding="utf-8")
    index_paths(library, [path])
    article = get_article(library, article_id_of(library, path))
    assert article is not None
    assert article.title == "Kaluga forum on import substitution"
    assert "Import substitution was discussed in Kaluga." in article.body
    assert "Menu" not in article.body and "Footer" not in article.body


RSS = """<?xml version="1.0" encoding="windows-1251"?>
<rss version="2.0"><channel><title>Regions</title><link>http://example.org/</link>
<item><title>Субсидии в Пермском крае</title><guid>news-1</guid>
<pubDate>Wed, 10 Apr 2024 08:00:00 +0300</pubDate>
<description>&lt;p&gt;Единая &lt;b&gt;региональная&lt;/b&gt; субсидия&lt;/p&gt;
&lt;script&gt;x()&lt;/script&gt;</description></item>
<item><title>Kaluga forum</title><link>http://example.org/2</link>
<description>Import substitution in Kaluga.</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Feed</title><id>urn:feed</id>
<updated>2024-04-12T00:00:00Z</updated>
<entry><id>urn:one</id><title>First entry</title><published>2024-04-09T10:00:00Z</published>
<updated>2024-04-11T00:00:00Z</updated>
<content type="html">&lt;p&gt;First &lt;em&gt;entry&lt;/em&gt; text.&lt;/p&gt;</content></entry>
<entry><id>urn:two</id><title>Second entry</title><updated>2024-04-12T00:00:00Z</updated>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Second text.</p></div></content>
</entry></feed>"""


def feed_articles(conn: sqlite3.Connection, path: Path) -> dict[str, tuple[str, str | None, str]]:
    rows = conn.execute(
        "SELECT s.item_key, a.title, a.published, a.body FROM sources AS s"
        " JOIN articles AS a ON a.id = s.article_id WHERE s.path = ?",
        (os.path.realpath(path),),
    )
    return {row[0]: (row[1], row[2], row[3]) for row in rows}


def test_rss_file_gives_one_article_per_item(library: sqlite3.Connection, tmp_path: Path) -> None:
    path = tmp_path / "news.rss"
    path.write_bytes(RSS.encode("cp1251"))
    assert counts(index_paths(library, [path])) == (1, 0, 0, 0)
    assert feed_articles(library, path) == {
        "news-1": ("Субсидии в Пермском крае", "2024-04-10", "Единая региональная субсидия"),
        "http://example.org/2": ("Kaluga forum", None, "Import substitution in Kaluga."),
    }


def test_atom_file_gives_one_article_per_entry(library: sqlite3.Connection, tmp_path: Path) -> None:
    path = tmp_path / "feed.xml"
    path.write_text(ATOM, encoding="utf-8")
    index_paths(library, [path])
    assert feed_articles(library, path) == {
        "urn:one": ("First entry", "2024-04-09", "First entry text."),
        "urn:two": ("Second entry", "2024-04-12", "Second text."),
    }


def test_a_changed_feed_item_updates_in_place_and_dropped_items_stay(
    library: sqlite3.Connection, tmp_path: Path
) -> None:
    path = tmp_path / "feed.atom"
    path.write_text(ATOM, encoding="utf-8")
    index_paths(library, [path])
    before = {key: article_id for key, article_id in _item_ids(library, path).items()}
    edited = ATOM.replace("Second text.", "Second text, edited.")
    edited = (
        edited[: edited.index("<entry><id>urn:one")] + edited[edited.index("<entry><id>urn:two") :]
    )
    rewrite(path, edited)
    assert counts(index_paths(library, [path])) == (0, 1, 0, 0)
    after = _item_ids(library, path)
    assert after == before  # same ids; the entry that left the feed keeps its article
    assert feed_articles(library, path)["urn:two"][2] == "Second text, edited."


def _item_ids(conn: sqlite3.Connection, path: Path) -> dict[str, int]:
    rows = conn.execute(
        "SELECT item_key, article_id FROM sources WHERE path = ?", (os.path.realpath(path),)
    )
    return {row[0]: row[1] for row in rows}


def test_each_file_is_one_transaction(
    library: sqlite3.Connection, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.txt").write_text("First article about Perm.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Second article that breaks the quote step.\n", "utf-8")
    real_store = regreader.quotes.store.store_article_quotes

    def failing_store(
        conn: sqlite3.Connection, article_id: int, body: str, **options: object
    ) -> None:
        if "breaks" in body:
            raise RuntimeError("simulated crash")
        real_store(conn, article_id, body, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(regreader.quotes.store, "store_article_quotes", failing_store)
    with pytest.raises(RuntimeError):
        index_paths(library, [tmp_path])
    assert article_count(library) == 1  # the first file is whole, the second left no trace
    assert library.execute("SELECT count(*) FROM sources").fetchone()[0] == 1
    assert library.execute("SELECT count(*) FROM articles_fts").fetchone()[0] == 1
    monkeypatch.setattr(regreader.quotes.store, "store_article_quotes", real_store)
    assert counts(index_paths(library, [tmp_path])) == (1, 0, 1, 0)


def _library_snapshot(conn: sqlite3.Connection) -> list[tuple[object, ...]]:
    """Everything indexing derives from a file, keyed by path (ids may differ by run)."""
    return [
        tuple(row)
        for row in conn.execute(
            """
            SELECT s.path, a.title, a.published, a.languages, a.content_hash,
                   (SELECT group_concat(region || ':' || mentions) FROM article_regions
                     WHERE article_id = a.id),
                   (SELECT group_concat(kind || '|' || start || '|' || end || '|'
                           || coalesce(speaker, '') || '|' || lang, ';')
                      FROM quotes WHERE article_id = a.id),
                   (SELECT count(*) FROM mentions WHERE article_id = a.id),
                   (SELECT body FROM articles_fts WHERE rowid = a.id)
              FROM sources AS s JOIN articles AS a ON a.id = s.article_id
             ORDER BY s.path
            """
        )
    ]


def test_worker_processes_index_exactly_what_the_main_process_would(
    tmp_path: Path, corpus_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import regreader.ingestion.pipeline as pipeline
    from regreader.storage import open_library

    corpus = [p.read_text(encoding="utf-8") for p in sorted(corpus_dir.glob("*.txt"))]
    folder = tmp_path / "many"
    folder.mkdir()
    for number in range(pipeline.PARALLEL_MIN_FILES + 40):
        text = corpus[number % len(corpus)]
        (folder / f"{number:04d}.txt").write_text(f"Report {number}\n{text}", encoding="utf-8")
    (folder / "0007.txt").write_bytes(b"\x00\x01\x02 binary" * 50)  # skipped by a worker
    (folder / "0009.txt").write_bytes(b"")  # skipped before any worker sees it

    monkeypatch.setattr(pipeline, "_worker_count", lambda: 2)  # even on a 1-core machine
    started = []
    real_context = pipeline.multiprocessing.get_context
    monkeypatch.setattr(
        pipeline.multiprocessing,
        "get_context",
        lambda method: started.append(method) or real_context(method),
    )
    parallel = open_library(tmp_path / "parallel.db")
    parallel_summary = index_paths(parallel, [folder])
    assert started == ["forkserver"]
    monkeypatch.setattr(pipeline, "PARALLEL_MIN_FILES", 10**9)
    serial = open_library(tmp_path / "serial.db")
    serial_summary = index_paths(serial, [folder])

    assert counts(parallel_summary) == counts(serial_summary)
    assert [s.path.name for s in parallel_summary.skipped] == ["0007.txt", "0009.txt"]
    assert _library_snapshot(parallel) == _library_snapshot(serial)
    assert parallel.execute("SELECT count(*) FROM quotes").fetchone()[0] > 0


def _as_an_older_analysis_left_it(conn: sqlite3.Connection) -> None:
    """What a library indexed by an older regreader looks like: its titles, quotes and
    regions derived by older rules, and no record of a current analysis."""
    with conn:
        conn.execute("UPDATE articles SET title = 'derived by older rules'")
        conn.execute("DELETE FROM article_regions")
        conn.execute("UPDATE quotes SET speaker = NULL")
        conn.execute("UPDATE sources SET analysed_with = 0")


def test_files_indexed_by_an_older_analysis_are_read_again_keeping_annotations(
    library: sqlite3.Connection, corpus_dir: Path
) -> None:
    from regreader.annotations.tags import tag_quote, tags_for_quote
    from regreader.quotes.store import all_quotes

    index_paths(library, [corpus_dir])
    fresh = {(q.article_id, q.start): q for q in all_quotes(library)}
    titles = {a.id: a.title for a in list_articles(library)}
    tagged = next(q for q in fresh.values() if q.speaker == "Dmitry Makhonin")
    with library:
        tag_quote(library, tagged.id, "makhonin")
    _as_an_older_analysis_left_it(library)

    summary = index_paths(library, [corpus_dir])
    assert summary.line() == "new 0, changed 0, unchanged 0, reanalysed 5, skipped 0"
    assert {a.id: a.title for a in list_articles(library)} == titles
    assert {(q.article_id, q.start): q for q in all_quotes(library)} == fresh  # same ids too
    assert all(article_regions(library, article_id) for article_id in titles)
    assert tags_for_quote(library, tagged.id) == ["makhonin"]
    # Read with the current analysis, they are unchanged from now on.
    assert index_paths(library, [corpus_dir]).line() == "new 0, changed 0, unchanged 5, skipped 0"


def test_a_feed_whose_items_left_it_is_not_reanalysed_at_every_run(
    library: sqlite3.Connection, tmp_path: Path
) -> None:
    path = tmp_path / "feed.atom"
    path.write_text(ATOM, encoding="utf-8")
    index_paths(library, [path])
    rewrite(path, ATOM[: ATOM.index("<entry><id>urn:two")] + "</feed>")
    index_paths(library, [path])  # urn:two left the feed: its source and article stay
    _as_an_older_analysis_left_it(library)
    assert index_paths(library, [path]).reanalysed == 1
    assert counts(index_paths(library, [path])) == (0, 0, 1, 0)


def test_a_chunk_of_files_is_prepared_as_each_file_alone(tmp_path: Path, corpus_dir: Path) -> None:
    """Workers analyse a chunk stage by stage over all its articles: each file must still
    get exactly its own articles, past skipped files, unchanged ones and multi-item feeds."""
    import hashlib

    from regreader.ingestion.prepare import ReadJob, prepare_file, prepare_files

    seed = sorted(corpus_dir.glob("*.txt"))
    files = {
        "first.txt": seed[0].read_bytes(),
        "binary.txt": b"\x00\x01\x02 binary" * 50,
        "news.rss": RSS.encode("cp1251"),
        "empty.txt": b"",
        "same.txt": seed[1].read_bytes(),
        "feed.xml": ATOM.encode("utf-8"),
        "last.txt": seed[4].read_bytes(),
    }
    jobs = []
    for name, data in files.items():
        path = tmp_path / name
        path.write_bytes(data)
        known = hashlib.sha256(data).hexdigest() if name == "same.txt" else None
        jobs.append(ReadJob(str(path), path, len(data), 0, 1 << 20, known))

    chunk = prepare_files(jobs)

    assert chunk == [prepare_file(job) for job in jobs]
    assert [len(prepared.articles) for prepared in chunk] == [1, 0, 2, 0, 0, 2, 1]
    assert [bool(prepared.skip_reason) for prepared in chunk] == [
        False, True, False, True, False, False, False
    ]  # fmt: skip
    assert chunk[4].same_bytes
    assert chunk[6].articles[0].content.body.startswith(files["last.txt"].decode()[:40])


def test_worker_chunks_hold_a_bounded_number_of_files_and_bytes() -> None:
    import regreader.ingestion.pipeline as pipeline
    from regreader.ingestion.prepare import ReadJob

    def job(number: int, size: int) -> ReadJob:
        return ReadJob(f"/f{number}", Path(f"f{number}.txt"), size, 0, 1 << 30, None)

    small = [job(number, 1000) for number in range(pipeline.JOBS_PER_TASK * 2 + 5)]
    assert [len(chunk) for chunk in pipeline._chunks(small)] == [
        pipeline.JOBS_PER_TASK, pipeline.JOBS_PER_TASK, 5
    ]  # fmt: skip
    large = pipeline.BYTES_PER_TASK // 2 + 1
    big = [job(0, 10), job(1, large), job(2, large), job(3, 3 * large), job(4, 10)]
    assert [[j.key for j in chunk] for chunk in pipeline._chunks(big)] == [
        ["/f0", "/f1"], ["/f2"], ["/f3"], ["/f4"]
    ]  # fmt: skip


def test_a_run_writes_with_its_own_settings_and_leaves_the_connection_s_as_they_were(
    library: sqlite3.Connection, corpus_dir: Path
) -> None:
    """Indexing writes with a larger page cache and savepoint journals in memory (see
    WRITE_TEMP_STORE); the app's connection must not keep either."""
    import regreader.ingestion.pipeline as pipeline

    settings = ("cache_size", "temp_store")

    def current() -> tuple[int, ...]:
        return tuple(library.execute(f"PRAGMA {name}").fetchone()[0] for name in settings)

    before = current()
    during: list[tuple[int, ...]] = []
    index_paths(library, [corpus_dir], progress=lambda *_: during.append(current()))
    memory = 2  # PRAGMA temp_store's number for MEMORY
    assert set(during) == {(-pipeline.WRITE_CACHE_KIB, memory)}
    assert current() == before


def test_the_forkserver_preload_builds_what_workers_share() -> None:
    """The forkserver ignores a preload module that fails to import: check it by hand."""
    import subprocess
    import sys

    import regreader.ingestion.pipeline as pipeline

    imports = "".join(f"import {module}\n" for module in pipeline.WORKER_PRELOAD)
    check = (
        f"{imports}"
        "from regreader.ingestion import regions\n"
        "assert regions._gazetteer.cache_info().currsize == 1\n"
    )
    subprocess.run([sys.executable, "-c", check], check=True)


def test_workers_start_when_stderr_has_no_file_descriptor(tmp_path: Path) -> None:
    """Inside the app, Textual captures stderr with an object whose fileno() is -1, and
    multiprocessing hands that number to the resource tracker it starts: a large
    reanalysis at launch crashed the app with 'bad value(s) in fds_to_keep'. Run in a
    fresh interpreter, where no tracker has been started yet."""
    import subprocess
    import sys

    for number in range(3):
        (tmp_path / f"article-{number}.txt").write_text(
            f"Headline {number}\n\nGovernor Ivan Petrov said: «Мы построим {number} дорог».",
            encoding="utf-8",
        )
    script = (
        "import sys\n"
        "class Capture:\n"  # what textual.app._PrintCapture does
        "    def write(self, text): return len(text)\n"
        "    def flush(self): pass\n"
        "    def fileno(self): return -1\n"
        "import regreader.ingestion.pipeline as pipeline\n"
        "from regreader.storage import open_library\n"
        "pipeline.PARALLEL_MIN_FILES = 1\n"
        "sys.stderr = Capture()\n"
        "try:\n"
        f"    summary = pipeline.index_paths(open_library({str(tmp_path / 'l.db')!r}), "
        f"[{str(tmp_path)!r}])\n"
        "finally:\n"
        "    sys.stderr = sys.__stderr__\n"
        "print(summary.line())\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "new 3, changed 0, unchanged 0, skipped 0"
