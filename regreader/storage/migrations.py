"""The schema, as an ordered list of migrations.

`PRAGMA user_version` holds the number of the last migration applied. Each migration runs
in its own transaction together with the version bump, so a crash leaves the file at the
previous version, never in between. Released migrations are never edited: add a new one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


_ARTICLES = """
CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE,   -- sha256 of the cleaned body: same text stored once
    source_path TEXT NOT NULL,           -- the first path the text was indexed from
    title TEXT NOT NULL,
    published TEXT,                      -- ISO date (YYYY-MM-DD) when the text gives one, else NULL
    body TEXT NOT NULL,
    languages TEXT NOT NULL DEFAULT '',  -- comma-separated: 'en', 'ru', 'en,ru'
    added_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX articles_published ON articles(published);

-- Every file (or feed item) that produced an article; several may share one article.
CREATE TABLE sources (
    path TEXT NOT NULL,
    item_key TEXT NOT NULL DEFAULT '',   -- feed item id; '' for a plain file
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    file_hash TEXT NOT NULL,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    PRIMARY KEY (path, item_key)
);
CREATE INDEX sources_article ON sources(article_id);

CREATE TABLE article_regions (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    region TEXT NOT NULL,                -- gazetteer key, see regreader.ingestion.regions
    mentions INTEGER NOT NULL,
    PRIMARY KEY (article_id, region)
) WITHOUT ROWID;
CREATE INDEX article_regions_region ON article_regions(region, article_id);

-- Stemmed text (regreader.text.stem_text), rowid = articles.id. `quotes` holds what is not
-- in the body but should find the article: speaker names and translations of its quotes.
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, body, quotes, tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO articles_fts(articles_fts, rank) VALUES ('rank', 'bm25(10.0, 1.0, 2.0)');
"""

_QUOTES = """
CREATE TABLE quotes (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,                -- order in the article
    kind TEXT NOT NULL CHECK (kind IN ('quote', 'turn')),
    text TEXT NOT NULL,                  -- exactly body[start:end]
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    lang TEXT NOT NULL,                  -- 'ru', 'en' or 'mixed'
    speaker TEXT,
    role TEXT,
    part_of INTEGER                      -- a quote split by its attribution: seq of its first part
);
CREATE INDEX quotes_article ON quotes(article_id, seq);
CREATE INDEX quotes_speaker ON quotes(speaker COLLATE NOCASE);

-- Names in quote marks that are not speech: programmes, companies, plants, titles.
CREATE TABLE mentions (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL
);
CREATE INDEX mentions_article ON mentions(article_id);

-- Stemmed quote text, speaker and translation; rowid = quotes.id.
CREATE VIRTUAL TABLE quotes_fts USING fts5(
    text, speaker, translation, tokenize = 'unicode61 remove_diacritics 2'
);
"""

_TRANSLATIONS = """
-- Never translate the same text twice with the same model: across articles and runs.
CREATE TABLE translation_cache (
    model TEXT NOT NULL,
    model_version TEXT NOT NULL,
    target_lang TEXT NOT NULL,
    source_text TEXT NOT NULL,
    translation TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (model, model_version, target_lang, source_text)
);

CREATE TABLE quote_translations (
    quote_id INTEGER NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
    target_lang TEXT NOT NULL,
    translation TEXT NOT NULL,
    model TEXT NOT NULL,
    model_version TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (quote_id, target_lang)
);
"""

_ANNOTATIONS = """
-- What the user annotated: one quote (anchored by its text and context, so it survives
-- re-indexing) or one whole article. Tags, notes and initiative links hang off anchors.
-- Anchors are never deleted by re-indexing: a vanished quote sets quote_id NULL and
-- regreader.annotations.anchors.reanchor_article re-attaches it or marks it orphaned.
CREATE TABLE anchors (
    id INTEGER PRIMARY KEY,
    target TEXT NOT NULL CHECK (target IN ('quote', 'article')),
    article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
    quote_id INTEGER REFERENCES quotes(id) ON DELETE SET NULL,
    quote_text TEXT,                     -- target 'quote': the quote as last attached
    context_before TEXT NOT NULL DEFAULT '',
    context_after TEXT NOT NULL DEFAULT '',
    quote_kind TEXT,
    quote_start INTEGER,                 -- last known offsets into the article body
    quote_end INTEGER,
    article_hash TEXT,                   -- the article's content_hash when last attached
    source_path TEXT,                    -- and its source path: finds it again after a move
    orphaned INTEGER NOT NULL DEFAULT 0,
    orphaned_at TEXT,
    created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX anchors_quote ON anchors(quote_id) WHERE quote_id IS NOT NULL;
CREATE UNIQUE INDEX anchors_whole_article ON anchors(article_id)
    WHERE target = 'article' AND article_id IS NOT NULL;
CREATE INDEX anchors_article ON anchors(article_id);
CREATE INDEX anchors_article_hash ON anchors(article_hash) WHERE article_id IS NULL;
CREATE INDEX anchors_source_path ON anchors(source_path) WHERE article_id IS NULL;
-- A deleted quote or article (ON DELETE SET NULL above) flags its anchors as orphaned at
-- once, whoever deleted it; reanchor_article clears the flag when it re-attaches them.
CREATE TRIGGER anchors_lost_article AFTER UPDATE OF article_id ON anchors
WHEN OLD.article_id IS NOT NULL AND NEW.article_id IS NULL
BEGIN
    UPDATE anchors SET orphaned = 1,
           orphaned_at = coalesce(orphaned_at, strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now'))
     WHERE id = NEW.id;
END;
CREATE TRIGGER anchors_lost_quote AFTER UPDATE OF quote_id ON anchors
WHEN OLD.quote_id IS NOT NULL AND NEW.quote_id IS NULL AND NEW.target = 'quote'
BEGIN
    UPDATE anchors SET orphaned = 1,
           orphaned_at = coalesce(orphaned_at, strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now'))
     WHERE id = NEW.id;
END;

-- Hierarchical by '/' in the name ('funding/subsidy'); `key` is the casefolded name, so
-- tags differing only by case are one tag, shown as first spelled.
CREATE TABLE tags (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    key TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
);
CREATE TABLE taggings (
    anchor_id INTEGER NOT NULL REFERENCES anchors(id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    PRIMARY KEY (anchor_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX taggings_tag ON taggings(tag_id, anchor_id);

CREATE TABLE notes (
    anchor_id INTEGER PRIMARY KEY REFERENCES anchors(id) ON DELETE CASCADE,
    body TEXT NOT NULL,
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL
);

-- Government programmes followed across articles. `key` (folded name) and alias keys are
-- unique across all initiatives, so a name or alias always names one initiative.
CREATE TABLE initiatives (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    key TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL
);
CREATE TABLE initiative_aliases (
    initiative_id INTEGER NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
    alias TEXT NOT NULL,
    key TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    PRIMARY KEY (initiative_id, key)
) WITHOUT ROWID;
CREATE TABLE initiative_regions (
    initiative_id INTEGER NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
    region TEXT NOT NULL,                -- gazetteer key, see regreader.ingestion.regions
    PRIMARY KEY (initiative_id, region)
) WITHOUT ROWID;
CREATE TABLE initiative_links (
    initiative_id INTEGER NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
    anchor_id INTEGER NOT NULL REFERENCES anchors(id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    PRIMARY KEY (initiative_id, anchor_id)
) WITHOUT ROWID;
CREATE INDEX initiative_links_anchor ON initiative_links(anchor_id, initiative_id);

-- Proposed initiative links. `target_key` names the target independently of row ids
-- ('article:<id>' or 'quote:<article id>:<hash of the folded quote text>'), so a rejected
-- suggestion stays rejected when its quote is re-extracted.
CREATE TABLE suggestions (
    id INTEGER PRIMARY KEY,
    initiative_id INTEGER NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
    target TEXT NOT NULL CHECK (target IN ('quote', 'article')),
    target_key TEXT NOT NULL,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    quote_id INTEGER REFERENCES quotes(id) ON DELETE SET NULL,
    matched_text TEXT NOT NULL,
    matched_term TEXT NOT NULL,          -- the initiative name or alias that matched
    origin TEXT NOT NULL,                -- 'mention', 'quote' or 'article'
    score REAL NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending'
        CHECK (status IN ('pending', 'accepted', 'rejected')),
    created_at TEXT NOT NULL,
    decided_at TEXT,
    UNIQUE (initiative_id, target_key)
);
CREATE INDEX suggestions_status ON suggestions(status, article_id);

-- Near-duplicate tags or initiatives the user said are not the same (never proposed again).
CREATE TABLE dismissed_merges (
    kind TEXT NOT NULL CHECK (kind IN ('tag', 'initiative')),
    first_key TEXT NOT NULL,
    second_key TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (kind, first_key, second_key)
) WITHOUT ROWID;
"""

# Only the speaker: filter searches quotes one by one. Their text is in the article body
# and their translations in articles_fts.quotes, so quotes_fts indexed both a second time,
# at a cost to every indexing run and translation. The speakers move over as they are
# (already stemmed); a quote without a speaker has no row.
_SPEAKERS = """
CREATE VIRTUAL TABLE speakers_fts USING fts5(
    speaker, tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO speakers_fts(rowid, speaker)
SELECT rowid, speaker FROM quotes_fts WHERE speaker <> '';
DROP TABLE quotes_fts;
"""

# Which version of the analysis (regreader.ingestion.analysis_version) a source's articles
# were derived with; 0 for every source read before this was recorded.
_ANALYSED_WITH = """
ALTER TABLE sources ADD COLUMN analysed_with INTEGER NOT NULL DEFAULT 0;
"""

MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "articles and full-text index", _ARTICLES),
    Migration(2, "quotes and named mentions", _QUOTES),
    Migration(3, "translations and their cache", _TRANSLATIONS),
    Migration(4, "annotations: anchors, tags, notes, initiatives", _ANNOTATIONS),
    Migration(5, "a speaker index instead of the quote-text index", _SPEAKERS),
    Migration(6, "the analysis version each source was read with", _ANALYSED_WITH),
)

LATEST_VERSION = MIGRATIONS[-1].version


def current_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(
    conn: sqlite3.Connection,
    transaction: Callable[[sqlite3.Connection], AbstractContextManager[sqlite3.Connection]],
) -> int:
    """Apply every migration newer than the file's version, each atomically."""
    for migration in MIGRATIONS:
        if migration.version <= current_version(conn):
            continue
        with transaction(conn):
            # Re-read inside the write lock: another process may have migrated meanwhile.
            if migration.version <= current_version(conn):
                continue
            for statement in _statements(migration.sql):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {migration.version}")
    return current_version(conn)


def _statements(sql: str) -> list[str]:
    """Split a migration script into statements (executescript would commit on its own)."""
    statements: list[str] = []
    buffer = ""
    for line in sql.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements
