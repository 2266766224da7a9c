"""Translating stored quotes: pick the model, use the cache, store, keep search in step.

A quote needs a translation when its language is not the target language and it has no
`quote_translations` row for the target. Texts are looked up in `translation_cache`
(keyed by model, version, target and source text) first, so no text is ever sent to a
model twice, across articles and runs; only the misses go to the model, many quotes per
call. Results are stored next to the quote with the model's name and version, and the
quote's and article's full-text rows are refreshed so the translation is searchable.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TypeVar

from regreader.errors import RegreaderError
from regreader.storage import transaction
from regreader.storage.fts import refresh_article
from regreader.translation.engine import Translator
from regreader.translation.packages import ModelError, find_model, install_hint

QUOTES_PER_CALL = 64  # quotes whose sentences go to the model together (and per commit)
MIXED = "mixed"

_T = TypeVar("_T")
ProgressCallback = Callable[[int, int], None]  # (quotes done, quotes in total)


@dataclass(frozen=True)
class TranslationSummary:
    translated: int = 0  # quotes whose text went to a model
    from_cache: int = 0  # quotes whose text was translated before (any article, any run)
    failed: int = 0  # quotes the model could not translate
    skipped_no_model: int = 0  # quotes left untranslated: no model for their language
    errors: tuple[str, ...] = ()  # one line per distinct failure
    missing_models: tuple[str, ...] = ()  # install hints, one per missing language pair

    @property
    def stored(self) -> int:
        return self.translated + self.from_cache

    def line(self) -> str:
        """A one-line account for the CLI."""
        text = f"Translated {self.stored} quotes ({self.translated} by the model, "
        text += f"{self.from_cache} from the cache)"
        if self.failed:
            text += f", {self.failed} failed"
        if self.skipped_no_model:
            text += f", {self.skipped_no_model} skipped (no model)"
        return text + "."


@dataclass(frozen=True)
class TranslationStatus:
    source: str
    target: str
    model: str | None  # label of the model that would be used
    hint: str | None  # the one-line install instruction when there is no model

    @property
    def ready(self) -> bool:
        return self.hint is None


@dataclass(frozen=True)
class StoredTranslation:
    quote_id: int
    translation: str
    model: str
    model_version: str


@dataclass
class _Counts:
    translated: int = 0
    from_cache: int = 0
    failed: int = 0
    skipped_no_model: int = 0
    errors: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)

    def summary(self) -> TranslationSummary:
        return TranslationSummary(
            translated=self.translated,
            from_cache=self.from_cache,
            failed=self.failed,
            skipped_no_model=self.skipped_no_model,
            errors=tuple(dict.fromkeys(self.errors)),
            missing_models=tuple(dict.fromkeys(self.missing)),
        )


@dataclass(frozen=True)
class _Quote:
    id: int
    article_id: int
    text: str
    lang: str


def source_language(quote_lang: str, target: str) -> str:
    """The model's source language for a quote: mixed quotes use the Russian model."""
    if quote_lang == MIXED:
        return "ru" if target != "ru" else "en"
    return quote_lang


class TranslationService:
    """Translate a library's quotes into `target` (default: the user's setting).

    `translators` maps a source language to a ready Translator and bypasses the installed
    packages (UI tests pass a FakeTranslator); otherwise the newest installed Argos
    package for the pair is used, loaded once per process.
    """

    def __init__(
        self,
        conn: sqlite3.Connection,
        target: str | None = None,
        *,
        translators: Mapping[str, Translator] | None = None,
        quotes_per_call: int = QUOTES_PER_CALL,
    ) -> None:
        if target is None:
            from regreader.settings import load_settings

            target = load_settings().translation_target
        self.conn = conn
        self.target = target
        self.quotes_per_call = max(1, quotes_per_call)
        self._given = dict(translators or {})
        self._translators: dict[str, Translator | None] = dict(self._given)

    # ------------------------------------------------------------------ what is there

    def status(self, source: str = "ru") -> TranslationStatus:
        """Whether `source` quotes can be translated now, and the install hint if not."""
        if source in self._given:
            translator = self._given[source]
            return TranslationStatus(source, self.target, translator.model_name, None)
        model = find_model(source, self.target)
        if model is None:
            return TranslationStatus(source, self.target, None, install_hint(source, self.target))
        return TranslationStatus(source, self.target, model.label, None)

    @property
    def model_calls(self) -> int:
        """Model invocations made by this service so far (zero when all came from cache)."""
        return sum(t.calls for t in self._translators.values() if t is not None)

    def pending_count(self) -> int:
        row = self.conn.execute(
            f"SELECT count(*) FROM quotes AS q WHERE {_PENDING_WHERE}", {"target": self.target}
        ).fetchone()
        return int(row[0])

    def translations_for(self, quote_ids: Iterable[int]) -> dict[int, StoredTranslation]:
        """Stored translations into the target for these quotes (absent when none yet)."""
        ids = list(dict.fromkeys(quote_ids))
        found: dict[int, StoredTranslation] = {}
        for chunk in _chunks(ids, 500):
            marks = ",".join("?" * len(chunk))
            rows = self.conn.execute(
                "SELECT quote_id, translation, model, model_version FROM quote_translations "
                f"WHERE target_lang = ? AND quote_id IN ({marks})",
                (self.target, *chunk),
            )
            for row in rows:
                found[row[0]] = StoredTranslation(row[0], row[1], row[2], row[3])
        return found

    # ------------------------------------------------------------------ translating

    def translate_pending(self, progress: ProgressCallback | None = None) -> TranslationSummary:
        """Translate every quote that still needs a translation into the target."""
        rows = self.conn.execute(
            f"SELECT q.id, q.article_id, q.text, q.lang FROM quotes AS q WHERE {_PENDING_WHERE} "
            "ORDER BY q.article_id, q.seq",
            {"target": self.target},
        ).fetchall()
        return self._translate([_Quote(*row) for row in rows], progress)

    def translate_quotes(self, quote_ids: Iterable[int]) -> dict[int, StoredTranslation]:
        """Translate these quotes if needed (the app's on-screen quotes); return what exists.

        Quotes in the target language, and quotes with no model for their language, are
        absent from the result; `status()` says what to install.
        """
        ids = list(dict.fromkeys(quote_ids))
        already = self.translations_for(ids)
        pending: list[_Quote] = []
        for chunk in _chunks(ids, 500):
            marks = ",".join("?" * len(chunk))
            rows = self.conn.execute(
                f"SELECT id, article_id, text, lang FROM quotes WHERE id IN ({marks})", chunk
            )
            pending.extend(
                _Quote(*row) for row in rows if row[3] != self.target and row[0] not in already
            )
        self._translate(pending, None)
        return self.translations_for(ids)

    def _translate(
        self, quotes: Sequence[_Quote], progress: ProgressCallback | None
    ) -> TranslationSummary:
        counts = _Counts()
        total = len(quotes)
        done = 0
        by_source: dict[str, list[_Quote]] = {}
        for quote in quotes:
            by_source.setdefault(source_language(quote.lang, self.target), []).append(quote)
        translators = {source: self._translator_for(source, counts) for source in by_source}
        articles = _ArticlesLeft(
            quote for source, group in by_source.items() if translators[source] for quote in group
        )
        for source, group in by_source.items():
            translator = translators[source]
            for chunk in _chunks(group, self.quotes_per_call):
                if translator is None:
                    counts.skipped_no_model += len(chunk)
                else:
                    self._translate_chunk(translator, chunk, counts, articles.finished_by(chunk))
                done += len(chunk)
                if progress is not None:
                    progress(done, total)
        return counts.summary()

    def _translator_for(self, source: str, counts: _Counts) -> Translator | None:
        if source in self._translators:
            return self._translators[source]
        translator: Translator | None = None
        model = find_model(source, self.target)
        if model is None:
            counts.missing.append(install_hint(source, self.target))
        else:
            from regreader.translation.engine import ArgosTranslator

            try:
                translator = ArgosTranslator(model)
            except ModelError as exc:
                counts.errors.append(str(exc))
                counts.missing.append(install_hint(source, self.target))
        if translator is not None:  # a missing model is looked for again next time
            self._translators[source] = translator
        return translator

    def _translate_chunk(
        self,
        translator: Translator,
        chunk: Sequence[_Quote],
        counts: _Counts,
        finished_articles: Sequence[int],
    ) -> None:
        texts = [quote.text.strip() for quote in chunk]
        known = self._cached(translator, texts)
        misses = [text for text in dict.fromkeys(texts) if text not in known and text]
        fresh: dict[str, str] = {}
        if misses:
            try:
                fresh = dict(zip(misses, translator.translate(misses), strict=True))
            except (RuntimeError, ValueError, RegreaderError) as exc:
                counts.errors.append(f"{translator.model_name}: {exc}")
        results: list[tuple[_Quote, str]] = []
        sent_to_model: set[str] = set()
        for quote, text in zip(chunk, texts, strict=True):
            if text in fresh and text not in sent_to_model:
                sent_to_model.add(text)
                counts.translated += 1
                results.append((quote, fresh[text]))
            elif text in known or text in fresh:
                counts.from_cache += 1
                results.append((quote, known.get(text, fresh.get(text, ""))))
            elif not text:
                counts.translated += 1
                results.append((quote, ""))
            else:
                counts.failed += 1
        self._store(translator, fresh, results, finished_articles)

    def _cached(self, translator: Translator, texts: Sequence[str]) -> dict[str, str]:
        distinct = [text for text in dict.fromkeys(texts) if text]
        if not distinct:
            return {}
        marks = ",".join("?" * len(distinct))
        rows = self.conn.execute(
            "SELECT source_text, translation FROM translation_cache "
            "WHERE model = ? AND model_version = ? AND target_lang = ? "
            f"AND source_text IN ({marks})",
            (translator.model_name, translator.model_version, self.target, *distinct),
        )
        return {row[0]: row[1] for row in rows}

    def _store(
        self,
        translator: Translator,
        fresh: Mapping[str, str],
        results: Sequence[tuple[_Quote, str]],
        finished_articles: Sequence[int],
    ) -> None:
        if not results and not fresh and not finished_articles:
            return
        now = datetime.now(UTC).isoformat(timespec="seconds")
        model, version = translator.model_name, translator.model_version
        with transaction(self.conn):
            self.conn.executemany(
                "INSERT OR IGNORE INTO translation_cache "
                "(model, model_version, target_lang, source_text, translation, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [(model, version, self.target, text, out, now) for text, out in fresh.items()],
            )
            self.conn.executemany(
                "INSERT OR REPLACE INTO quote_translations "
                "(quote_id, target_lang, translation, model, model_version, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [(q.id, self.target, out, model, version, now) for q, out in results],
            )
            # In the same transaction as the article's last translations: a crash before
            # it leaves those quotes pending, so the next run refreshes the article.
            for article_id in finished_articles:
                refresh_article(self.conn, article_id)


class _ArticlesLeft:
    """Each article's search row is refreshed once, with its last quote of the run.

    Refreshing after every batch re-stemmed a long article's body once per 64 quotes:
    quadratic in its number of quotes.
    """

    def __init__(self, quotes: Iterable[_Quote]) -> None:
        self._left = Counter(quote.article_id for quote in quotes)

    def finished_by(self, chunk: Sequence[_Quote]) -> list[int]:
        finished: set[int] = set()
        for quote in chunk:
            self._left[quote.article_id] -= 1
            if self._left[quote.article_id] == 0:
                finished.add(quote.article_id)
        return sorted(finished)


_PENDING_WHERE = """q.lang != :target AND NOT EXISTS (
    SELECT 1 FROM quote_translations AS t WHERE t.quote_id = q.id AND t.target_lang = :target)"""


def _chunks(items: Sequence[_T], size: int) -> Iterable[Sequence[_T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
