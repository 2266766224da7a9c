"""The one door the app goes through: a library file and everything that can be done to it.

`Library` delegates to the domain packages (ingestion, search, quotes, translation,
annotations, export) and hands back plain, immutable view records, so the app never sees
SQL, rows or connections. It imports no Textual, and the domain modules are imported inside
the methods that need them, so opening the app stays light.

Thread safety: the app calls these methods from Textual thread workers, several at a time
(a search being typed while a translation runs). Each call borrows a connection from a
small pool and returns it afterwards, so no sqlite3 connection is ever used by two threads
at once, and WAL mode lets readers run beside the one writer.
"""

from __future__ import annotations

import queue
import sqlite3
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from regreader.errors import RegreaderError

if TYPE_CHECKING:
    from regreader.ingestion.pipeline import IndexSummary

ProgressCallback = Callable[[int, int, str], None]

# The plain article list is capped: the list is for browsing, searching is for finding.
DEFAULT_LIST_LIMIT = 500


@dataclass(frozen=True)
class ArticleSummary:
    """One row of the results list."""

    id: int
    title: str
    published: str | None
    regions: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()  # on the article or any of its quotes
    hits: int | None = None  # matches for the current search; None when not searching
    snippet: str = ""
    snippet_spans: tuple[tuple[int, int], ...] = ()
    matched_quotes: int = 0


@dataclass(frozen=True)
class ResultPage:
    """The answer to a search text (or the plain list, when the text is empty)."""

    query: str
    articles: tuple[ArticleSummary, ...]
    total: int
    error: str | None = None  # "invalid query" and the like, shown in place of results
    notices: tuple[str, ...] = ()  # what the search made of odd input, one line each

    @property
    def searching(self) -> bool:
        return bool(self.query.strip())


@dataclass(frozen=True)
class ArticleAnnotations:
    """What the user attached to a whole article (not to one of its quotes)."""

    tags: tuple[str, ...] = ()
    note: str | None = None
    initiatives: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.tags or self.note or self.initiatives)


@dataclass(frozen=True)
class ArticleDetail:
    id: int
    title: str
    published: str | None
    source_path: str
    body: str
    regions: tuple[str, ...] = ()
    annotations: ArticleAnnotations = ArticleAnnotations()


@dataclass(frozen=True)
class QuoteRow:
    """A quote of the open article with everything its table row shows."""

    id: int
    article_id: int
    start: int
    end: int
    text: str
    lang: str
    kind: str = "quote"
    speaker: str | None = None
    role: str | None = None
    translation: str | None = None
    tags: tuple[str, ...] = ()
    note: str | None = None
    initiatives: tuple[str, ...] = ()

    @property
    def needs_translation(self) -> bool:
        return self.lang != "en" and self.translation is None


@dataclass(frozen=True)
class TranslationState:
    available: bool
    hint: str = ""  # one line for the user, with the exact command, when not available


@dataclass(frozen=True)
class FacetCount:
    value: str  # what goes after the filter key, e.g. "perm" in region:perm
    label: str  # what the user reads, e.g. "Perm Krai"
    count: int


@dataclass(frozen=True)
class Facets:
    regions: tuple[FacetCount, ...] = ()
    tags: tuple[FacetCount, ...] = ()


@dataclass(frozen=True)
class InitiativeSummary:
    id: int
    name: str
    links: int
    aliases: tuple[str, ...] = ()
    description: str = ""


@dataclass(frozen=True)
class TimelineItem:
    """One quote (or article) linked to an initiative, for its timeline page."""

    article_id: int | None
    quote_id: int | None
    published: str | None
    speaker: str | None
    regions: tuple[str, ...]
    source: str
    text: str
    orphaned: bool = False


@dataclass(frozen=True)
class Candidate:
    """A name the tag/initiative input can offer: existing, or proposed by the suggester."""

    name: str
    count: int = 0
    suggested: bool = False


@dataclass(frozen=True)
class ExportResult:
    path: Path
    quotes: int
    articles: int


@dataclass(frozen=True)
class IndexOutcome:
    summary: str
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    skipped: int = 0
    problems: tuple[str, ...] = field(default_factory=tuple)


class Library:
    """A regreader library file, opened (created or migrated) on construction."""

    def __init__(
        self,
        db_path: Path | str,
        *,
        translators: Mapping[str, Any] | None = None,
        translation_target: str | None = None,
    ) -> None:
        """`translators` (source language -> Translator) replaces the installed models."""
        from regreader.storage import open_library

        self.path = Path(db_path)
        self._translators = dict(translators) if translators is not None else None
        self._translation_target = translation_target
        self._translation_service: Any = None
        self._service_lock = threading.Lock()
        self._idle: queue.SimpleQueue[sqlite3.Connection] = queue.SimpleQueue()
        self._all: list[sqlite3.Connection] = []
        self._all_lock = threading.Lock()
        first = open_library(self.path)  # validates and migrates; raises DatabaseError
        self._remember(first)
        self._idle.put(first)

    # ----------------------------------------------------------------- connections

    def _remember(self, conn: sqlite3.Connection) -> None:
        with self._all_lock:
            self._all.append(conn)

    @contextmanager
    def connection(self) -> Iterator[sqlite3.Connection]:
        """A connection for this thread alone until the block ends."""
        from regreader.storage.db import connect

        try:
            conn = self._idle.get_nowait()
        except queue.Empty:
            conn = connect(self.path)
            self._remember(conn)
        try:
            yield conn
        finally:
            if conn.in_transaction:  # a failed write left it open: never hand that out
                conn.rollback()
            self._idle.put(conn)

    def close(self) -> None:
        with self._all_lock:
            for conn in self._all:
                conn.close()
            self._all.clear()

    # ----------------------------------------------------------------- indexing

    def is_empty(self) -> bool:
        from regreader.storage.articles import article_count

        with self.connection() as conn:
            return article_count(conn) == 0

    def index_paths(
        self, paths: Sequence[Path], progress: ProgressCallback | None = None
    ) -> IndexOutcome:
        from regreader.ingestion.pipeline import index_paths

        with self.connection() as conn:
            summary = index_paths(conn, list(paths), progress=_progress_adapter(progress))
        return _index_outcome(summary)

    def outdated_files(self) -> list[Path]:
        """Files in the library read by an older analysis than this regreader's, that are
        still there to read again (see ingestion.analysis_version)."""
        from regreader.ingestion.analysis_version import ANALYSIS_VERSION
        from regreader.storage.articles import outdated_source_paths

        with self.connection() as conn:
            paths = outdated_source_paths(conn, ANALYSIS_VERSION)
        return [Path(path) for path in paths if Path(path).is_file()]

    def index_bundled_corpus(self, progress: ProgressCallback | None = None) -> IndexOutcome:
        from regreader.locations import bundled_corpus_dir

        return self.index_paths([bundled_corpus_dir()], progress)

    # ----------------------------------------------------------------- reading

    def search(self, text: str, limit: int = DEFAULT_LIST_LIMIT) -> ResultPage:
        """Results for a search text; all articles, newest first, when it is empty.

        An invalid query is not an exception here: the page carries its message.
        """
        return self._search(text, limit, None)

    def search_unless_cancelled(
        self, text: str, cancelled: Callable[[], bool], limit: int = DEFAULT_LIST_LIMIT
    ) -> ResultPage | None:
        """search(), given up (SQL included) as soon as `cancelled()` says True: None then.

        For the app, where every key typed makes the search before it obsolete.
        """
        try:
            page = self._search(text, limit, cancelled)
        except sqlite3.OperationalError:
            if cancelled():
                return None  # SQLite stopped the statement: the progress handler said so
            raise
        return None if cancelled() else page

    def _search(self, text: str, limit: int, cancelled: Callable[[], bool] | None) -> ResultPage:
        from regreader.annotations.tags import tags_by_article
        from regreader.search.engine import count, search

        try:
            with self.connection() as conn, _stopped_when(conn, cancelled):
                found = search(conn, text, limit=limit, offset=0)
                total = count(conn, text) if len(found.hits) == limit else len(found.hits)
                tags = tags_by_article(conn, [hit.id for hit in found.hits])
        except RegreaderError as exc:
            return ResultPage(query=text, articles=(), total=0, error=str(exc))
        return ResultPage(
            query=text,
            articles=tuple(
                _summary_from_hit(hit, text, tuple(tags.get(hit.id, ()))) for hit in found.hits
            ),
            total=total,
            notices=tuple(found.notices),
        )

    def facets(self, text: str) -> Facets:
        """Region and tag counts over what the search text matches."""
        from regreader.search.engine import facets

        try:
            with self.connection() as conn:
                found = facets(conn, text)
        except RegreaderError:
            return Facets()
        return Facets(
            regions=tuple(FacetCount(*facet) for facet in found.get("region", [])),
            tags=tuple(FacetCount(*facet) for facet in found.get("tag", [])),
        )

    def article(self, article_id: int) -> ArticleDetail:
        from regreader.storage.articles import get_article

        with self.connection() as conn:
            row = get_article(conn, article_id)
            if row is None:
                raise RegreaderError(f"Article {article_id} is no longer in the library.")
            annotations = _article_annotations(conn, article_id)
        return ArticleDetail(
            id=row.id,
            title=row.title,
            published=row.published,
            source_path=row.source_path,
            body=row.body,
            regions=tuple(region_label(key) for key in row.regions),  # most mentioned first
            annotations=annotations,
        )

    def quotes(self, article_id: int) -> list[QuoteRow]:
        """The article's quotes in order, with translations and annotations filled in."""
        from regreader.annotations.initiatives import initiatives_for_quote
        from regreader.annotations.notes import note_for_quote
        from regreader.annotations.tags import tags_for_quote
        from regreader.quotes.store import quotes_for_article

        rows: list[QuoteRow] = []
        with self.connection() as conn:
            # Annotation lookups only for quotes that have an anchor: a hostile article
            # holds 100,000 quotes, and three queries each took seconds.
            anchored = {
                row[0]
                for row in conn.execute(
                    "SELECT a.quote_id FROM anchors AS a JOIN quotes AS q ON q.id = a.quote_id"
                    " WHERE q.article_id = ?",
                    (article_id,),
                )
            }
            for quote in quotes_for_article(conn, article_id):
                annotated = quote.id in anchored
                note = note_for_quote(conn, quote.id) if annotated else None
                rows.append(
                    QuoteRow(
                        id=quote.id,
                        article_id=article_id,
                        start=quote.start,
                        end=quote.end,
                        text=quote.text,
                        lang=quote.lang,
                        kind=quote.kind,
                        speaker=quote.speaker,
                        role=quote.role,
                        translation=quote.translation,
                        tags=tuple(tags_for_quote(conn, quote.id)) if annotated else (),
                        note=note.body if note else None,
                        initiatives=(
                            tuple(initiatives_for_quote(conn, quote.id)) if annotated else ()
                        ),
                    )
                )
        return rows

    # ----------------------------------------------------------------- translation

    @contextmanager
    def _translation(self) -> Iterator[Any]:
        """The one translation service, on its own connection, one caller at a time.

        The service keeps its loaded models for its lifetime, so it is made once.
        """
        from regreader.storage.db import connect

        with self._service_lock:
            if self._translation_service is None:
                from regreader.translation.service import TranslationService

                conn = connect(self.path)
                self._remember(conn)
                self._translation_service = TranslationService(
                    conn, self._translation_target, translators=self._translators
                )
            yield self._translation_service

    def translation_state(self) -> TranslationState:
        with self._translation() as service:
            status = service.status()
        return TranslationState(available=status.ready, hint=status.hint or "")

    def translate(self, quote_ids: Sequence[int]) -> dict[int, str]:
        """Translate (or fetch stored translations of) these quotes: quote id -> text."""
        if not quote_ids:
            return {}
        with self._translation() as service:
            stored = service.translate_quotes(list(quote_ids))
        return {quote_id: found.translation for quote_id, found in stored.items()}

    # ----------------------------------------------------------------- annotations

    def tag_candidates(self, typed: str, limit: int = 8) -> list[Candidate]:
        """Existing tags for the tag input, best match first (rapidfuzz-ranked)."""
        from regreader.annotations.tags import suggest_tags

        with self.connection() as conn:
            return [Candidate(name) for name in suggest_tags(conn, typed, limit)]

    def initiative_candidates(
        self,
        typed: str,
        quote: QuoteRow | None = None,
        limit: int = 8,
        *,
        article_id: int | None = None,
    ) -> list[Candidate]:
        """Pending suggestions first (those for this quote, or for anything in the article
        when linking the whole `article_id`), then existing initiatives by match."""
        from regreader.annotations.initiatives import suggest_initiatives
        from regreader.annotations.suggestions import pending_suggestions

        suggested: list[Candidate] = []
        with self.connection() as conn:
            if quote is not None or article_id is not None:
                article = quote.article_id if quote is not None else article_id
                for suggestion in pending_suggestions(conn, article):
                    if quote is not None and suggestion.quote_id not in (quote.id, None):
                        continue
                    if _fits(typed, suggestion.initiative_name):
                        suggested.append(Candidate(suggestion.initiative_name, suggested=True))
            names = suggest_initiatives(conn, typed, limit)
        chosen = list({c.name: c for c in reversed(suggested)}.values())[::-1]
        seen = {c.name for c in chosen}
        return (chosen + [Candidate(n) for n in names if n not in seen])[:limit]

    def add_tag(self, quote_id: int, name: str) -> list[QuoteRow]:
        from regreader.annotations.tags import tag_quote

        return self._write(quote_id, lambda conn: tag_quote(conn, quote_id, name))

    def note_of(self, quote_id: int) -> str:
        from regreader.annotations.notes import note_for_quote

        with self.connection() as conn:
            note = note_for_quote(conn, quote_id)
        return note.body if note else ""

    def set_note(self, quote_id: int, body: str) -> list[QuoteRow]:
        """Write the quote's note; an empty body deletes it."""
        from regreader.annotations.anchors import find_quote_anchor, quote_anchor

        return self._write(
            quote_id,
            _note_change(
                body,
                find=lambda conn: find_quote_anchor(conn, quote_id),
                make=lambda conn: quote_anchor(conn, quote_id),
            ),
        )

    def link_initiative(self, quote_id: int, name: str) -> list[QuoteRow]:
        """Link the quote to the initiative called `name` (or one of its aliases),
        creating it when there is none; a pending suggestion for the pair is accepted."""
        from regreader.annotations.initiatives import (
            create_initiative,
            find_initiative,
            link_quote,
        )
        from regreader.annotations.suggestions import accept_suggestion, pending_suggestions

        def change(conn: sqlite3.Connection) -> None:
            initiative_id = find_initiative(conn, name) or create_initiative(conn, name)
            article_id = _article_of_quote(conn, quote_id)
            for suggestion in pending_suggestions(conn, article_id):
                if suggestion.initiative_id == initiative_id and suggestion.quote_id == quote_id:
                    accept_suggestion(conn, suggestion.id)
                    return
            link_quote(conn, initiative_id, quote_id)

        return self._write(quote_id, change)

    def _write(
        self, quote_id: int, change: Callable[[sqlite3.Connection], object]
    ) -> list[QuoteRow]:
        """One annotation change in one transaction; returns the article's fresh quotes."""
        from regreader.storage import transaction

        with self.connection() as conn:
            with transaction(conn):
                change(conn)
            article_id = _article_of_quote(conn, quote_id)
        return self.quotes(article_id)

    # Whole articles: the same annotations, on the article's anchor.

    def tag_article(self, article_id: int, name: str) -> ArticleAnnotations:
        from regreader.annotations.tags import tag_article

        return self._write_article(article_id, lambda conn: tag_article(conn, article_id, name))

    def set_article_note(self, article_id: int, body: str) -> ArticleAnnotations:
        """Write the article's note; an empty body deletes it."""
        from regreader.annotations.anchors import article_anchor, find_article_anchor

        return self._write_article(
            article_id,
            _note_change(
                body,
                find=lambda conn: find_article_anchor(conn, article_id),
                make=lambda conn: article_anchor(conn, article_id),
            ),
        )

    def link_article(self, article_id: int, name: str) -> ArticleAnnotations:
        """Link the article to the initiative called `name` (or one of its aliases),
        creating it when there is none."""
        from regreader.annotations.initiatives import (
            create_initiative,
            find_initiative,
            link_article,
        )

        def change(conn: sqlite3.Connection) -> None:
            initiative_id = find_initiative(conn, name) or create_initiative(conn, name)
            link_article(conn, initiative_id, article_id)

        return self._write_article(article_id, change)

    def _write_article(
        self, article_id: int, change: Callable[[sqlite3.Connection], object]
    ) -> ArticleAnnotations:
        """One change to an article's annotations in one transaction; its fresh ones back."""
        from regreader.storage import transaction
        from regreader.storage.articles import get_article

        with self.connection() as conn:
            with transaction(conn):
                if get_article(conn, article_id) is None:
                    raise RegreaderError(f"Article {article_id} is no longer in the library.")
                change(conn)
            return _article_annotations(conn, article_id)

    def initiatives(self) -> list[InitiativeSummary]:
        from regreader.annotations.initiatives import list_initiatives_with_counts

        with self.connection() as conn:
            found = list_initiatives_with_counts(conn)
        return [
            InitiativeSummary(i.id, i.name, i.link_count, tuple(i.aliases), i.description)
            for i in found
        ]

    def timeline(self, initiative_id: int) -> list[TimelineItem]:
        from regreader.annotations.initiatives import initiative_timeline

        with self.connection() as conn:
            entries = initiative_timeline(conn, initiative_id)
        return [
            TimelineItem(
                article_id=e.article_id,
                quote_id=e.quote_id,
                published=e.published,
                speaker=e.speaker,
                regions=tuple(region_label(r) for r in e.regions),
                source=e.title or e.source_path or "",
                text=e.quote_text or "",
                orphaned=e.orphaned,
            )
            for e in entries
        ]

    def region_keys(self, text: str) -> list[str]:
        """Gazetteer keys a user's region text names ("perm", "Пермский край")."""
        from regreader.ingestion.regions import resolve_region

        return resolve_region(text)

    def tag_names(self) -> list[str]:
        from regreader.annotations.tags import all_tags_with_counts

        with self.connection() as conn:
            return [tag.name for tag in all_tags_with_counts(conn)]

    # ----------------------------------------------------------------- export

    def export(
        self,
        fmt: str,
        destination: Path,
        *,
        filters: Mapping[str, str] | None = None,
        overwrite: bool = False,
    ) -> ExportResult:
        """Write an export file atomically (never replacing a file unless `overwrite`).

        `filters` takes the export's own filters: query (a search), tag, initiative, region,
        after, before.
        """
        from regreader.export.records import ExportFilters
        from regreader.export.run import export_library

        chosen = ExportFilters(**dict(filters or {}))
        with self.connection() as conn:
            summary = export_library(
                conn,
                fmt,
                destination,
                force=overwrite,
                filters=chosen,
                translation_lang=self._translation_target or "en",
            )
        return ExportResult(Path(summary.target), summary.quotes, summary.articles)

    @staticmethod
    def default_export_path(fmt: str, folder: Path | None = None) -> Path:
        from regreader.export.run import default_export_path

        return default_export_path(fmt, folder)


# --------------------------------------------------------------------- adapters


def _progress_adapter(progress: ProgressCallback | None) -> Callable[..., None] | None:
    if progress is None:
        return None

    def forward(done: int, total: int, current: Any = "") -> None:
        progress(int(done), int(total), str(current or ""))

    return forward


def _index_outcome(summary: IndexSummary) -> IndexOutcome:
    skipped = len(summary.skipped)
    return IndexOutcome(
        summary=(
            f"{summary.new} new, {summary.changed} changed, {summary.unchanged} unchanged, "
            + (f"{summary.reanalysed} reanalysed, " if summary.reanalysed else "")
            + f"{skipped} skipped"
        ),
        new=summary.new,
        changed=summary.changed,
        unchanged=summary.unchanged,
        skipped=skipped,
        problems=tuple(f"{item.path}: {item.reason}" for item in summary.skipped),
    )


def _summary_from_hit(hit: Any, text: str, tags: tuple[str, ...]) -> ArticleSummary:
    return ArticleSummary(
        id=hit.id,
        title=hit.title,
        published=hit.date,
        regions=tuple(region_label(key) for key in hit.regions),
        tags=tags,
        hits=hit.hits if text.strip() else None,
        snippet=hit.snippet.text,
        snippet_spans=tuple(hit.snippet.highlights),
        matched_quotes=len(hit.quotes),
    )


def region_label(key: str) -> str:
    from regreader.ingestion.regions import region_name

    return region_name(key)


def _note_change(
    body: str,
    *,
    find: Callable[[sqlite3.Connection], int | None],
    make: Callable[[sqlite3.Connection], int],
) -> Callable[[sqlite3.Connection], None]:
    """A change that writes `body` as the note of an anchor (`make` finds or creates it),
    or deletes the note when `body` is blank (`find`: the anchor, if there is one)."""
    from regreader.annotations.notes import delete_note, set_note

    def change(conn: sqlite3.Connection) -> None:
        if body.strip():
            set_note(conn, make(conn), body)
            return
        anchor = find(conn)
        if anchor is not None:
            delete_note(conn, anchor)

    return change


def _article_annotations(conn: sqlite3.Connection, article_id: int) -> ArticleAnnotations:
    from regreader.annotations.initiatives import initiatives_for_article
    from regreader.annotations.notes import note_for_article
    from regreader.annotations.tags import tags_for_article

    note = note_for_article(conn, article_id)
    return ArticleAnnotations(
        tags=tuple(tags_for_article(conn, article_id)),
        note=note.body if note else None,
        initiatives=tuple(initiatives_for_article(conn, article_id)),
    )


def _article_of_quote(conn: sqlite3.Connection, quote_id: int) -> int:
    from regreader.quotes.store import get_quote

    quote = get_quote(conn, quote_id)
    if quote is None:
        raise RegreaderError(f"Quote {quote_id} is no longer in the library.")
    return quote.article_id


def _fits(typed: str, name: str) -> bool:
    """Whether a suggested name goes with what is typed so far (anything fits nothing)."""
    from regreader.text import fold

    return not typed.strip() or fold(typed.strip()) in fold(name)


# SQLite asks the progress handler every this many virtual-machine steps: about a
# millisecond of a big query, and a negligible cost for the Python call.
CANCEL_CHECK_STEPS = 100_000


@contextmanager
def _stopped_when(conn: sqlite3.Connection, cancelled: Callable[[], bool] | None) -> Iterator[None]:
    """Abort the connection's running statement once `cancelled()` says so."""
    if cancelled is None:
        yield
        return
    conn.set_progress_handler(lambda: int(cancelled()), CANCEL_CHECK_STEPS)
    try:
        yield
    finally:
        conn.set_progress_handler(None, 0)
