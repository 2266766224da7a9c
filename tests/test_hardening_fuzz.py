"""Fuzzing the edges where untrusted input enters: the query language, ingestion of any
bytes, quote extraction on any text, and export of any names and notes.

Each property is the promise the module makes: only the one clear error type, never an
offset outside the body, never an invalid REFI-QDA project."""

from __future__ import annotations

import contextlib
import io
import shutil
import sqlite3
import tempfile
import zipfile
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest
import xmlschema
from hardening_support import write_articles
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from regreader.errors import InvalidQueryError, RegreaderError
from regreader.ingestion.pipeline import index_paths
from regreader.quotes import extract_quotes
from regreader.search import search
from regreader.search.compile import plan_query
from regreader.storage import open_library

SCHEMA_PATH = (
    Path(__file__).resolve().parents[1].parent / "shared" / "refi-qda" / "Project-mrt2019.xsd"
)

QUERY_PIECES = [
    "губернатор",
    "subsidy",
    "OR",
    "AND",
    "NOT",
    "-",
    "(",
    ")",
    '"',
    "*",
    ":",
    "region:",
    "tag:",
    "initiative:",
    "speaker:",
    "lang:",
    "after:",
    "before:",
    "2024",
    "2024-13-45",
    "ru",
    "perm",
    "«",
    "»",
    "NEAR",
    "^",
    "{",
    "}",
    "\x00",
    "\x1b[31m",
    "\u202e",
    "\u200b",
    "\ud800",
    " ",
    "\n",
]
QUERIES = st.one_of(
    st.text(max_size=80),
    st.lists(st.sampled_from(QUERY_PIECES), max_size=25).map("".join),
    st.lists(st.one_of(st.sampled_from(QUERY_PIECES), st.text(max_size=6)), max_size=15).map(
        " ".join
    ),
)
QUOTE_MARKS = "«»„“”‟\"'‚‘’‹›「」『』"
QUOTE_TEXT = st.lists(
    st.one_of(
        st.sampled_from(list(QUOTE_MARKS + " ,.:;—–-!?\n\t")),
        st.sampled_from(["сказал", "said", "губернатор", "Иван Петров", "Anna Smith", "— "]),
        st.text(max_size=5),
    ),
    max_size=80,
).map("".join)
HOSTILE_NAME_CHARS = st.one_of(
    st.characters(),
    st.sampled_from(QUOTE_MARKS + "<>&;[]/\\=\x00\x01\x08\x0b\x0c\x1b\x7f\u202e\u200f\ufeff\ufffe"),
)
HOSTILE_NAMES = st.text(alphabet=HOSTILE_NAME_CHARS, min_size=1, max_size=40)
HOSTILE_NOTES = st.text(alphabet=HOSTILE_NAME_CHARS, max_size=200)
SUFFIXES = (".txt", ".md", ".html", ".htm", ".xml", ".rss", ".atom")


@cache
def _schema() -> xmlschema.XMLSchema:
    if not SCHEMA_PATH.is_file():
        pytest.fail(
            f"The REFI-QDA schema is missing: expected {SCHEMA_PATH} "
            "(the shared/ folder must sit beside the repository)."
        )
    return xmlschema.XMLSchema(str(SCHEMA_PATH))


@pytest.fixture(scope="module")
def scratch() -> Iterator[Path]:
    """A folder for the whole module: hypothesis re-runs a test body many times, and
    function-scoped fixtures would be shared between those runs anyway."""
    folder = Path(tempfile.mkdtemp(prefix="regreader-fuzz-"))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="module")
def small_library(scratch: Path) -> Iterator[sqlite3.Connection]:
    """A few hundred generated articles and the seeds, indexed by the real pipeline."""
    from regreader.locations import bundled_corpus_dir

    articles = scratch / "articles"
    write_articles(articles, 200)
    conn = open_library(scratch / "search.db")
    index_paths(conn, [articles, bundled_corpus_dir()])
    yield conn
    conn.close()


# --- the query language ----------------------------------------------------------------


# 10,000 query strings: 2,000 examples of 5 each, because hypothesis's per-example cost,
# not the parser, dominates (the parser takes microseconds).
QUERIES_PER_EXAMPLE = 5


@settings(
    max_examples=10_000 // QUERIES_PER_EXAMPLE,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
@given(st.lists(QUERIES, min_size=QUERIES_PER_EXAMPLE, max_size=QUERIES_PER_EXAMPLE))
def test_any_text_parses_and_compiles_or_is_one_clear_invalid_query(texts: list[str]) -> None:
    for text in texts:
        try:
            plan = plan_query(text)
        except InvalidQueryError as exc:
            assert str(exc).startswith("invalid query:")
            continue
        # What reaches FTS5 is built by us from double-quoted tokens, never raw user text.
        assert plan.rank_match is None or "\x00" not in plan.rank_match


@settings(max_examples=300, deadline=None, database=None, suppress_health_check=list(HealthCheck))
@given(QUERIES)
def test_any_text_searches_the_library_or_is_one_clear_invalid_query(
    small_library: sqlite3.Connection, text: str
) -> None:
    try:
        results = search(small_library, text, limit=5)
    except InvalidQueryError as exc:
        assert str(exc).startswith("invalid query:")
        return
    for hit in results.hits:
        for start, end in hit.snippet.highlights:
            assert 0 <= start <= end <= len(hit.snippet.text)


# --- ingestion -------------------------------------------------------------------------


def _index_one(conn: sqlite3.Connection, folder: Path, name: str, data: bytes) -> None:
    folder.mkdir(parents=True)
    path = folder / name
    path.write_bytes(data)
    summary = index_paths(conn, [folder])
    handled = summary.new + summary.changed + summary.unchanged + len(summary.skipped)
    assert handled == 1, summary
    for skipped in summary.skipped:
        assert skipped.reason.strip(), "a skipped file must say why"
    if summary.new:
        row = conn.execute(
            "SELECT a.id, a.body, a.title FROM articles a JOIN sources s ON s.article_id = a.id"
            " WHERE s.path = ?",
            (str(path.resolve()),),
        ).fetchone()
        assert row is not None
        # The stored text is clean: no control characters but newline and tab.
        assert not any(ord(c) < 32 and c not in "\n\t" for c in row["body"] + row["title"])
        fts = conn.execute("SELECT count(*) FROM articles_fts WHERE rowid = ?", (row["id"],))
        assert fts.fetchone()[0] == 1


_counter = iter(range(10**9))


@settings(max_examples=150, deadline=None, database=None, suppress_health_check=list(HealthCheck))
@given(data=st.binary(max_size=3000), suffix=st.sampled_from(SUFFIXES))
def test_random_bytes_are_indexed_or_skipped_with_a_reason(
    scratch: Path, data: bytes, suffix: str
) -> None:
    conn = open_library(scratch / "ingest-bytes.db")
    try:
        _index_one(conn, scratch / f"bytes-{next(_counter)}", f"file{suffix}", data)
    finally:
        conn.close()


@settings(max_examples=150, deadline=None, database=None, suppress_health_check=list(HealthCheck))
@given(
    text=st.text(max_size=2000),
    suffix=st.sampled_from(SUFFIXES),
    encoding=st.sampled_from(["utf-8", "utf-16", "cp1251", "koi8-r", "utf-8-sig"]),
)
def test_random_unicode_files_are_indexed_or_skipped_with_a_reason(
    scratch: Path, text: str, suffix: str, encoding: str
) -> None:
    data = text.encode(encoding, errors="replace")
    conn = open_library(scratch / "ingest-text.db")
    try:
        _index_one(conn, scratch / f"text-{next(_counter)}", f"file{suffix}", data)
    finally:
        conn.close()


# --- quote extraction ------------------------------------------------------------------


@settings(max_examples=1500, deadline=None, database=None, suppress_health_check=list(HealthCheck))
@given(QUOTE_TEXT)
def test_quote_offsets_always_slice_the_body_to_the_quote(body: str) -> None:
    extraction = extract_quotes(body)
    for quote in extraction.quotes:
        assert 0 <= quote.start <= quote.end <= len(body)
        assert body[quote.start : quote.end] == quote.text
        assert quote.part_of is None or 0 <= quote.part_of < len(extraction.quotes)
    for mention in extraction.mentions:
        assert 0 <= mention.start <= mention.end <= len(body)
        assert body[mention.start : mention.end] == mention.text


# --- export ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def annotated_library(scratch: Path) -> Iterator[sqlite3.Connection]:
    """Seeds and a few generated articles (with quotes) indexed by the real pipeline."""
    from regreader.locations import bundled_corpus_dir

    articles = scratch / "export-articles"
    write_articles(articles, 10)
    conn = open_library(scratch / "export.db")
    index_paths(conn, [articles, bundled_corpus_dir()])
    assert conn.execute("SELECT count(*) FROM quotes").fetchone()[0] > 0
    yield conn
    conn.close()


def _validate_qdpx(payload: bytes) -> None:
    with zipfile.ZipFile(io.BytesIO(payload)) as archive:
        project = archive.read("project.qde").decode("utf-8")
        _schema().validate(project)
        assert "\x1b" not in project


@settings(max_examples=40, deadline=None, database=None, suppress_health_check=list(HealthCheck))
@given(tag=HOSTILE_NAMES, note=HOSTILE_NOTES, initiative=HOSTILE_NAMES, alias=HOSTILE_NAMES)
def test_any_names_and_notes_export_to_a_valid_refi_qda_project(
    annotated_library: sqlite3.Connection,
    scratch: Path,
    tag: str,
    note: str,
    initiative: str,
    alias: str,
) -> None:
    from regreader.annotations.initiatives import add_alias, create_initiative, link_quote
    from regreader.annotations.notes import set_quote_note
    from regreader.annotations.tags import tag_quote
    from regreader.export.run import export_library

    conn = annotated_library
    quote_ids = [row[0] for row in conn.execute("SELECT id FROM quotes ORDER BY id")]
    quote_id = quote_ids[next(_counter) % len(quote_ids)]
    # The annotation API may refuse a name (say, one that is blank once cleaned); it must
    # refuse with its one clear error, and whatever it accepted must export.
    for write in (
        lambda: tag_quote(conn, quote_id, tag),
        lambda: set_quote_note(conn, quote_id, note),
        lambda: link_quote(conn, create_initiative(conn, initiative, description=note), quote_id),
        lambda: add_alias(conn, create_initiative(conn, initiative + " (alias)"), alias),
    ):
        with contextlib.suppress(RegreaderError):
            write()
    target = scratch / f"export-{next(_counter)}.qdpx"
    summary = export_library(conn, "qdpx", target)
    assert summary.quotes >= 1
    _validate_qdpx(target.read_bytes())
