"""A small hand-made library for the search tests: articles, regions and quotes written
directly (no extractor), so every expected hit is known exactly."""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime

from regreader.storage import transaction
from regreader.storage.fts import refresh_article, refresh_speakers
from regreader.text import languages_of


@dataclass(frozen=True)
class QuoteRow:
    text: str
    speaker: str | None = None
    lang: str = "en"
    translation: str | None = None


@dataclass(frozen=True)
class ArticleRow:
    title: str
    body: str
    published: str | None = None
    regions: tuple[str, ...] = ()
    quotes: tuple[QuoteRow, ...] = field(default_factory=tuple)


def add_article(conn: sqlite3.Connection, article: ArticleRow, path: str = "") -> int:
    now = datetime.now(UTC).isoformat()
    body = article.body
    with transaction(conn):
        article_id = conn.execute(
            "INSERT INTO articles (content_hash, source_path, title, published, body, languages,"
            " added_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                hashlib.sha256(body.encode()).hexdigest(),
                path or f"/news/{article.title[:20]}.txt",
                article.title,
                article.published,
                body,
                ",".join(languages_of(body)),
                now,
                now,
            ),
        ).lastrowid
        assert article_id is not None
        for region in article.regions:
            conn.execute(
                "INSERT INTO article_regions (article_id, region, mentions) VALUES (?, ?, 1)",
                (article_id, region),
            )
        quote_ids = [
            _add_quote(conn, article_id, seq, quote, body)
            for seq, quote in enumerate(article.quotes)
        ]
        refresh_speakers(conn, quote_ids)
        refresh_article(conn, article_id)
    return article_id


def _add_quote(
    conn: sqlite3.Connection, article_id: int, seq: int, quote: QuoteRow, body: str
) -> int:
    start = body.index(quote.text)
    quote_id = conn.execute(
        "INSERT INTO quotes (article_id, seq, kind, text, start, end, lang, speaker)"
        " VALUES (?, ?, 'quote', ?, ?, ?, ?, ?)",
        (article_id, seq, quote.text, start, start + len(quote.text), quote.lang, quote.speaker),
    ).lastrowid
    assert quote_id is not None
    if quote.translation:
        now = datetime.now(UTC).isoformat()
        conn.execute(
            "INSERT INTO quote_translations (quote_id, target_lang, translation, model,"
            " model_version, created_at) VALUES (?, 'en', ?, 'test', '1', ?)",
            (quote_id, quote.translation, now),
        )
    return quote_id


SUBSIDY = ArticleRow(
    title="Perm industry gets support",
    published="2024-04-10",
    regions=("perm-krai",),
    body=(
        "The Perm Territory expands industrial support. "
        "«Основным каналом поддержки станет Единая региональная субсидия», "
        "said Dmitry Makhonin, Governor of the Perm Territory. "
        "Companies received subsidies worth 230 million roubles."
    ),
    quotes=(
        QuoteRow(
            "Основным каналом поддержки станет Единая региональная субсидия",
            speaker="Dmitry Makhonin",
            lang="ru",
            translation="The main support channel will be the Unified Regional Grant",
        ),
    ),
)
KALUGA = ArticleRow(
    title="Forum of Russian Regions",
    published="2014-04-08",
    regions=("kaluga-oblast", "moscow"),
    body=(
        "Alexey Laptev, First deputy Governor of Kaluga Region, took part in a session named "
        "Import Substitution and Innovative Policy. The region supports import substitution "
        "in strategic sectors."
    ),
)
SUBSTITUTION_ELSEWHERE = ArticleRow(
    title="Import substitution in the Urals",
    published="2023-11-02",
    regions=("sverdlovsk-oblast",),
    body="Sverdlovsk plants report import substitution progress in machine tools.",
)
RUSSIAN = ArticleRow(
    title="Ёлки и субсидии в Коми",
    published="2024-12-20",
    regions=("komi",),
    body=(
        "Правительство Коми выделило субсидию на ёлочные базары. "
        "«Мы поддержим предпринимателей», — заявил Владимир Уйба. "
        "Научно-промышленная ассоциация одобрила решение."
    ),
    quotes=(QuoteRow("Мы поддержим предпринимателей", speaker="Владимир Уйба", lang="ru"),),
)
ODD_TEXT = ArticleRow(
    title="U.S. sanctions and children's goods",
    published=None,
    body=(
        "The U.S. sanctions hit version 2.0 of the C++ toolkit; children's goods makers "
        "in Tatarstan switch suppliers. [bold]x[/bold] stays literal."
    ),
)

ALL_ARTICLES = (SUBSIDY, KALUGA, SUBSTITUTION_ELSEWHERE, RUSSIAN, ODD_TEXT)


def build_library(conn: sqlite3.Connection) -> dict[str, int]:
    """Adds every sample article; returns their ids by a short name."""
    names = ("subsidy", "kaluga", "urals", "russian", "odd")
    return {
        name: add_article(conn, article) for name, article in zip(names, ALL_ARTICLES, strict=True)
    }
