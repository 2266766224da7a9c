"""Proposed initiative links, found by matching initiative names and aliases.

Three ways a text can name an initiative, strongest first:

- the same letters and digits ('UCN 2.0' in the text for the alias 'UCN2.0'), in Cyrillic
  or Latin, and through transliteration ('Бадмажапова' for 'Badmazhapova');
- the same word stems ('единой региональной субсидии' for 'Единая региональная субсидия',
  'unified regional subsidies' for 'Unified Regional Subsidy');
- a named mention (from the quotes layer: «Alabuga», 'Social Contract') that is nearly
  the name (rapidfuzz ratio), to forgive typos and small spelling changes.

A match inside a quote proposes a link to that quote, elsewhere to the article. Nothing is
linked until the user accepts; a rejected suggestion stays rejected.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from regreader.annotations.anchors import article_anchor, quote_anchor
from regreader.annotations.initiatives import link_anchor
from regreader.annotations.model import AnnotationError, Suggestion, Target, utc_now
from regreader.annotations.names import compact_key, latin_key
from regreader.storage import transaction
from regreader.text import fold, iter_words, stem_text, stem_word

SCORE_SAME_LETTERS = 100.0
SCORE_TRANSLITERATED = 92.0
SCORE_SAME_STEMS = 95.0
MENTION_MIN_SCORE = 88.0
MIN_KEY_LENGTH = 3  # shorter names ('ЕР') would match too much by accident
MAX_TERM_WORDS = 12


@dataclass(frozen=True)
class _Term:
    initiative_id: int
    text: str
    compact: str
    latin: str
    stems: tuple[str, ...]


@dataclass(frozen=True)
class _Match:
    term: _Term
    start: int
    end: int
    score: float
    origin: str  # 'mention' or 'text'


@dataclass(frozen=True)
class _TermIndex:
    terms: list[_Term]
    by_compact: dict[str, list[_Term]]
    by_latin: dict[str, list[_Term]]
    by_stems: dict[tuple[str, ...], list[_Term]]
    prefixes: frozenset[str]  # every prefix of every compact and Latin key
    stem_lengths: frozenset[int]


def _load_terms(conn: sqlite3.Connection) -> _TermIndex:
    terms: list[_Term] = []
    for initiative_id, text in conn.execute(
        "SELECT id, name FROM initiatives UNION ALL"
        " SELECT initiative_id, alias FROM initiative_aliases"
    ):
        compact = compact_key(text)
        if len(compact) < MIN_KEY_LENGTH:
            continue
        stems = tuple(stem_text(text).split())[:MAX_TERM_WORDS]
        terms.append(_Term(initiative_id, text, compact, latin_key(text), stems))
    by_compact: dict[str, list[_Term]] = {}
    by_latin: dict[str, list[_Term]] = {}
    by_stems: dict[tuple[str, ...], list[_Term]] = {}
    for term in terms:
        by_compact.setdefault(term.compact, []).append(term)
        by_latin.setdefault(term.latin, []).append(term)
        if term.stems:
            by_stems.setdefault(term.stems, []).append(term)
    return _TermIndex(
        terms=terms,
        by_compact=by_compact,
        by_latin=by_latin,
        by_stems=by_stems,
        prefixes=frozenset(
            key[:end]
            for t in terms
            for key in (t.compact, t.latin)
            for end in range(1, len(key) + 1)
        ),
        stem_lengths=frozenset(len(t.stems) for t in terms if t.stems),
    )


@lru_cache(maxsize=200_000)
def _word_keys(word: str) -> tuple[str, str, str]:
    """Compact, Latin and stem forms of one word (news text repeats its words a lot)."""
    return compact_key(word), latin_key(word), stem_word(word)


def _text_matches(text: str, index: _TermIndex) -> list[_Match]:
    """Every place in `text` where a run of whole words spells or stems to a term."""
    words = list(iter_words(text))
    keys = [_word_keys(word.group()) for word in words]
    compacts = [key[0] for key in keys]
    latins = [key[1] for key in keys]
    stems = [key[2] for key in keys]
    found: list[_Match] = []
    for i in range(len(words)):
        compact = latin = ""
        for j in range(i, min(len(words), i + MAX_TERM_WORDS)):
            compact += compacts[j]
            latin += latins[j]
            if compact not in index.prefixes and latin not in index.prefixes:
                break  # no term starts like this: longer runs cannot match either
            start, end = words[i].start(), words[j].end()
            for term in index.by_compact.get(compact, ()):
                found.append(_Match(term, start, end, SCORE_SAME_LETTERS, "text"))
            for term in index.by_latin.get(latin, ()):
                if term.compact != compact:
                    found.append(_Match(term, start, end, SCORE_TRANSLITERATED, "text"))
        for length in index.stem_lengths:
            window = tuple(stems[i : i + length])
            if len(window) < length:
                continue
            for term in index.by_stems.get(window, ()):
                end = words[i + length - 1].end()
                found.append(_Match(term, words[i].start(), end, SCORE_SAME_STEMS, "text"))
    return found


def _mention_matches(mentions: Iterable[tuple[str, int, int]], index: _TermIndex) -> list[_Match]:
    """Named mentions that are nearly a term (typos, spacing, transliteration)."""
    from rapidfuzz import fuzz

    found: list[_Match] = []
    for text, start, end in mentions:
        compact, latin = compact_key(text), latin_key(text)
        if len(compact) < MIN_KEY_LENGTH:
            continue
        for term in index.terms:
            score = max(fuzz.ratio(compact, term.compact), fuzz.ratio(latin, term.latin))
            if score >= MENTION_MIN_SCORE:
                found.append(_Match(term, start, end, float(score), "mention"))
    return found


def quote_target_key(article_id: int, quote_text: str) -> str:
    """Names a quote by its article and text, so decisions outlive quote row ids."""
    digest = hashlib.sha1(" ".join(fold(quote_text).split()).encode()).hexdigest()[:16]
    return f"quote:{article_id}:{digest}"


def _linked_pairs(conn: sqlite3.Connection, article_id: int) -> set[tuple[int, int | None]]:
    """(initiative, quote id or None for the article) already linked in this article."""
    return {
        (row[0], row[1])
        for row in conn.execute(
            "SELECT l.initiative_id, a.quote_id FROM initiative_links AS l"
            " JOIN anchors AS a ON a.id = l.anchor_id WHERE a.article_id = ?",
            (article_id,),
        )
    }


def _suggest_for_article(conn: sqlite3.Connection, article_id: int, index: _TermIndex) -> int:
    article = conn.execute("SELECT body FROM articles WHERE id = ?", (article_id,)).fetchone()
    if article is None:
        return 0
    body = article[0]
    quotes = conn.execute(
        "SELECT id, text, start, end FROM quotes WHERE article_id = ? ORDER BY start",
        (article_id,),
    ).fetchall()
    mentions = [
        (row[0], row[1], row[2])
        for row in conn.execute(
            "SELECT text, start, end FROM mentions WHERE article_id = ?", (article_id,)
        )
    ]
    matches = _text_matches(body, index) + _mention_matches(mentions, index)
    linked = _linked_pairs(conn, article_id)
    linked_initiatives = {initiative for initiative, _ in linked}
    best: dict[tuple[int, str], tuple[_Match, int | None]] = {}
    for match in matches:
        quote = next(
            (q for q in quotes if q["start"] <= match.start and match.end <= q["end"]), None
        )
        initiative = match.term.initiative_id
        if quote is not None:
            if (initiative, quote["id"]) in linked:
                continue
            key = quote_target_key(article_id, quote["text"])
        else:
            if initiative in linked_initiatives:
                continue  # the article, or a quote in it, is linked already
            key = f"article:{article_id}"
        previous = best.get((initiative, key))
        if previous is None or match.score > previous[0].score:
            best[(initiative, key)] = (match, None if quote is None else quote["id"])
    now = utc_now()
    added = 0
    _forget_stale(conn, article_id, {(initiative, key) for initiative, key in best})
    for (initiative, key), (match, quote_id) in best.items():
        cursor = conn.execute(
            """
            INSERT INTO suggestions(initiative_id, target, target_key, article_id, quote_id,
                                    matched_text, matched_term, origin, score, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(initiative_id, target_key) DO UPDATE SET
                quote_id = excluded.quote_id, matched_text = excluded.matched_text,
                matched_term = excluded.matched_term, origin = excluded.origin,
                score = excluded.score
             WHERE status = 'pending'
            """,
            (
                initiative,
                "article" if quote_id is None else "quote",
                key,
                article_id,
                quote_id,
                body[match.start : match.end],
                match.term.text,
                "mention" if match.origin == "mention" else ("quote" if quote_id else "article"),
                match.score,
                now,
            ),
        )
        added += cursor.rowcount
    return added


def _forget_stale(conn: sqlite3.Connection, article_id: int, found: set[tuple[int, str]]) -> None:
    """Drop pending suggestions this article no longer supports; the rest keep their ids."""
    stale = [
        (row[0],)
        for row in conn.execute(
            "SELECT id, initiative_id, target_key FROM suggestions"
            " WHERE article_id = ? AND status = 'pending'",
            (article_id,),
        )
        if (row[1], row[2]) not in found
    ]
    conn.executemany("DELETE FROM suggestions WHERE id = ?", stale)


def refresh_suggestions(conn: sqlite3.Connection, article_ids: Iterable[int] | None = None) -> int:
    """Look for initiative names in the given articles (default: all); returns how many
    suggestions were added or updated. Decided suggestions are left as decided."""
    index = _load_terms(conn)
    if not index.terms:
        with transaction(conn):
            conn.execute("DELETE FROM suggestions WHERE status = 'pending'")
        return 0
    if article_ids is None:
        article_ids = [row[0] for row in conn.execute("SELECT id FROM articles ORDER BY id")]
    changed = 0
    with transaction(conn):
        for article_id in list(article_ids):
            changed += _suggest_for_article(conn, article_id, index)
    return changed


_SUGGESTION_ROWS = """
    SELECT s.*, i.name AS initiative_name FROM suggestions AS s
      JOIN initiatives AS i ON i.id = s.initiative_id
"""


def _row_to_suggestion(row: sqlite3.Row) -> Suggestion:
    target: Target = row["target"]
    return Suggestion(
        id=row["id"],
        initiative_id=row["initiative_id"],
        initiative_name=row["initiative_name"],
        target=target,
        article_id=row["article_id"],
        quote_id=row["quote_id"],
        matched_text=row["matched_text"],
        matched_term=row["matched_term"],
        origin=row["origin"],
        score=row["score"],
        status=row["status"],
    )


def pending_suggestions(
    conn: sqlite3.Connection, article_id: int | None = None
) -> list[Suggestion]:
    """Undecided suggestions whose target still exists, best first."""
    where = " WHERE s.status = 'pending' AND (s.target = 'article' OR s.quote_id IS NOT NULL)"
    params: tuple[object, ...] = ()
    if article_id is not None:
        where += " AND s.article_id = ?"
        params = (article_id,)
    rows = conn.execute(
        _SUGGESTION_ROWS + where + " ORDER BY s.score DESC, s.article_id, s.id", params
    )
    return [_row_to_suggestion(row) for row in rows]


def get_suggestion(conn: sqlite3.Connection, suggestion_id: int) -> Suggestion:
    row = conn.execute(_SUGGESTION_ROWS + " WHERE s.id = ?", (suggestion_id,)).fetchone()
    if row is None:
        raise AnnotationError(f"There is no suggestion {suggestion_id} (see `regreader suggest`).")
    return _row_to_suggestion(row)


def _decide(conn: sqlite3.Connection, suggestion_id: int, status: str) -> None:
    conn.execute(
        "UPDATE suggestions SET status = ?, decided_at = ? WHERE id = ?",
        (status, utc_now(), suggestion_id),
    )


def accept_suggestion(conn: sqlite3.Connection, suggestion_id: int) -> Suggestion:
    """Link the suggested initiative to the quote or article."""
    suggestion = get_suggestion(conn, suggestion_id)
    if suggestion.status == "rejected":
        raise AnnotationError(f"Suggestion {suggestion_id} was rejected; link it by hand instead.")
    with transaction(conn):
        if suggestion.target == "quote":
            if suggestion.quote_id is None:
                raise AnnotationError(
                    f"The quote of suggestion {suggestion_id} is no longer in its article."
                )
            anchor = quote_anchor(conn, suggestion.quote_id)
        else:
            anchor = article_anchor(conn, suggestion.article_id)
        link_anchor(conn, suggestion.initiative_id, anchor)
        _decide(conn, suggestion_id, "accepted")
    return get_suggestion(conn, suggestion_id)


def reject_suggestion(conn: sqlite3.Connection, suggestion_id: int) -> Suggestion:
    """Never propose this initiative for this quote or article again."""
    get_suggestion(conn, suggestion_id)
    with transaction(conn):
        _decide(conn, suggestion_id, "rejected")
    return get_suggestion(conn, suggestion_id)
