"""From the query tree to what SQLite runs: an FTS5 MATCH string and SQL filter conditions.

The MATCH string is built only from stemmed tokens, each inside double quotes, joined with
FTS5's own AND / OR / NOT and parentheses: nothing the user typed can be read by FTS5 as
syntax. Filters become SQL boolean expressions on `articles` with bound parameters.

A query is planned as:
- `rank_match`: the text conjuncts FTS5 can express (words, phrases, prefixes, OR of them,
  exclusions of them). Results are ranked by it with `ORDER BY rank`.
- `where_sql`: everything else (filters, OR across a filter and words, a query of only
  exclusions), applied to the candidate article ids.
When there is no `rank_match`, results are listed newest first.
"""

from __future__ import annotations

import datetime
import re
import sqlite3
import threading
from dataclasses import dataclass
from functools import lru_cache

from regreader.errors import RegreaderError
from regreader.search.query import And, Filter, Node, Not, Or, Term, invalid, parse_query
from regreader.search.snippets import HighlightTerm
from regreader.text import WORD_RE, fold, stem_text

FTS_ARTICLES = "articles.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)"
FTS_SPEAKERS = (
    "articles.id IN (SELECT quotes.article_id FROM quotes WHERE quotes.id IN "
    "(SELECT rowid FROM speakers_fts WHERE speakers_fts MATCH ?))"
)


@dataclass(frozen=True)
class Leaf:
    """A text term as FTS5 will read it, and as the highlighter will look for it."""

    fts: str
    term: HighlightTerm


@dataclass(frozen=True)
class SqlCondition:
    """A filter as an SQL boolean expression on `articles`."""

    sql: str
    params: tuple[object, ...]
    # A speaker: filter also picks the quotes to show: per word of the name, its stems in
    # either script.
    speaker_words: tuple[frozenset[str], ...] = ()


Lowered = Leaf | SqlCondition | Not | And | Or


@dataclass(frozen=True)
class SearchPlan:
    rank_match: str | None
    where_sql: str | None
    where_params: tuple[object, ...]
    terms: tuple[HighlightTerm, ...]  # positive terms: highlighted, and mark quotes
    speaker_filters: tuple[tuple[frozenset[str], ...], ...]  # positive speaker: filters
    notices: tuple[str, ...]

    @property
    def is_ranked(self) -> bool:
        return self.rank_match is not None


# --- tokens: exactly what the index holds ------------------------------------------------

_PLAIN_TOKEN_RE = re.compile(r"[0-9a-z\u00c0-\u024f\u0400-\u04ff]+")
_probe_lock = threading.Lock()


@lru_cache(maxsize=1)
def _probe() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:", check_same_thread=False)
    conn.execute(
        "CREATE VIRTUAL TABLE probe USING fts5(t, tokenize='unicode61 remove_diacritics 2')"
    )
    conn.execute("CREATE VIRTUAL TABLE probe_terms USING fts5vocab(probe, 'instance')")
    return conn


@lru_cache(maxsize=4096)
def unicode61_tokens(text: str) -> tuple[str, ...]:
    """How FTS5's unicode61 tokenizer splits `text`.

    Python's notion of a letter is newer and wider than SQLite's tables; a token FTS5 reads
    as nothing would make an empty phrase, which FTS5 treats inconsistently. Plain Latin,
    Cyrillic and digit tokens (nearly all of them) skip the probe.
    """
    if _PLAIN_TOKEN_RE.fullmatch(text):
        return (text,)
    with _probe_lock:
        conn = _probe()
        conn.execute("DELETE FROM probe")
        conn.execute("INSERT INTO probe(rowid, t) VALUES (1, ?)", (text,))
        rows = conn.execute("SELECT term FROM probe_terms ORDER BY offset").fetchall()
    return tuple(row[0] for row in rows)


def quote_fts(tokens: list[str] | tuple[str, ...], prefix: bool = False) -> str:
    body = " ".join(tokens).replace('"', '""')
    return f'"{body}"' + ("*" if prefix else "")


def _common_prefix(a: str, b: str) -> str:
    length = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        length += 1
    return a[:length]


def term_stems(words: tuple[str, ...], prefix: bool) -> list[str]:
    """The index forms of a term's words; a prefix keeps what the word and its stem share
    (happy* -> happ, so it still finds the stem happi)."""
    stems = [stem for word in words for stem in stem_text(word).split()]
    if prefix and stems:
        folded = WORD_RE.findall(fold(words[-1]))
        shared = _common_prefix(stems[-1], folded[-1]) if folded else ""
        stems[-1] = shared or stems[-1]
    return stems


def _fts_tokens(stems: list[str]) -> list[str]:
    return [token for stem in stems for token in unicode61_tokens(stem)]


def shorter_stems(prefix: str) -> tuple[str, ...]:
    """Stems a prefix may have overshot: Snowball cuts derivational endings, so the words
    behind "innovat*" (innovation, innovative) are indexed as "innov"."""
    return tuple(prefix[:length] for length in range(max(4, len(prefix) - 3), len(prefix)))


def _leaf(term: Term) -> Leaf | None:
    stems = term_stems(term.words, term.prefix)
    tokens = _fts_tokens(stems)
    if not tokens:
        return None
    fts = quote_fts(tokens, term.prefix)
    shorter: tuple[str, ...] = ()
    # Only where the stemmer found no ending to cut ("innovat"); "regions*" -> "region"*.
    if term.prefix and len(stems) == 1 and stems[0] == fold(term.words[0]):
        shorter = tuple(s for s in shorter_stems(stems[0]) if len(unicode61_tokens(s)) == 1)
        if shorter:
            fts = "(" + " OR ".join([fts, *(quote_fts([s]) for s in shorter)]) + ")"
    return Leaf(fts, HighlightTerm(tuple(stems), term.prefix, shorter))


# --- filters -------------------------------------------------------------------------------

_DATE_RE = re.compile(r"(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?")
_LANGUAGES = {
    "ru": "ru",
    "rus": "ru",
    "russian": "ru",
    "русский": "ru",
    "ру": "ru",
    "en": "en",
    "eng": "en",
    "english": "en",
    "английский": "en",
}


def normalise_date(key: str, value: str) -> str:
    """YYYY, YYYY-MM or YYYY-MM-DD, checked and zero-padded (a prefix of an ISO date)."""
    match = _DATE_RE.fullmatch(value)
    if not match:
        raise invalid(f"{key}: wants a date as YYYY, YYYY-MM or YYYY-MM-DD, not '{value}'")
    year, month, day = (int(part) if part else None for part in match.groups())
    try:
        datetime.date(year or 1, month or 1, day or 1)
    except ValueError:
        raise invalid(f"{key}:{value} is not a real date") from None
    parts = [f"{year:04d}"] + [f"{part:02d}" for part in (month, day) if part is not None]
    return "-".join(parts)


def _date_condition(key: str, value: str) -> SqlCondition:
    # Half-open: after:2024 before:2025 is exactly the year 2024.
    operator = ">=" if key == "after" else "<"
    return SqlCondition(f"articles.published {operator} ?", (normalise_date(key, value),))


def _lang_condition(value: str) -> SqlCondition:
    lang = _LANGUAGES.get(fold(value))
    if lang is None:
        raise invalid(f"lang: is ru or en, not '{value}'")
    return SqlCondition(
        "(instr(',' || articles.languages || ',', ?) > 0 OR articles.id IN "
        "(SELECT quotes.article_id FROM quotes WHERE quotes.lang IN (?, 'mixed')))",
        (f",{lang},", lang),
    )


_TO_CYRILLIC = [
    ("shch", "щ"), ("sch", "щ"), ("kh", "х"), ("zh", "ж"), ("ch", "ч"), ("sh", "ш"),
    ("ts", "ц"), ("yu", "ю"), ("ya", "я"), ("yo", "ё"), ("ye", "е"), ("iy", "ий"),
    ("a", "а"), ("b", "б"), ("v", "в"), ("g", "г"), ("d", "д"), ("e", "е"), ("z", "з"),
    ("i", "и"), ("j", "й"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"),
    ("p", "п"), ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"), ("f", "ф"), ("h", "х"),
    ("c", "к"), ("w", "в"), ("x", "кс"), ("q", "к"),
]  # fmt: skip
_LATIN_SPELLINGS = "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch - y - e yu ya"
_TO_LATIN = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя", _LATIN_SPELLINGS.split(" "), strict=True))
_VOWELS = set("aeiouаеёиоуыэюя")


def transliterate(word: str) -> str:
    """A rough Latin <-> Cyrillic spelling of a name (Makhonin <-> Махонин), for speaker:."""
    folded = fold(word)
    if any(char in _TO_LATIN for char in folded):
        return "".join(_TO_LATIN.get(char, char).strip("-") for char in folded)
    out: list[str] = []
    position = 0
    while position < len(folded):
        if folded[position] == "y":  # й after a vowel (Sergey), ы elsewhere (Dmitry)
            after_vowel = position > 0 and folded[position - 1] in _VOWELS
            pair = folded[position : position + 2]
            if pair in ("yu", "ya", "yo", "ye"):
                out.append(dict(_TO_CYRILLIC)[pair])
                position += 2
                continue
            out.append("й" if after_vowel else "ы")
            position += 1
            continue
        for latin, cyrillic in _TO_CYRILLIC:
            if folded.startswith(latin, position):
                out.append(cyrillic)
                position += len(latin)
                break
        else:
            out.append(folded[position])
            position += 1
    return "".join(out)


def _speaker_condition(value: str) -> SqlCondition | None:
    alternatives: list[str] = []
    words: list[frozenset[str]] = []
    for match in WORD_RE.finditer(value):
        spellings = {match.group(), transliterate(match.group())}
        stems = {stem for spelling in spellings for stem in term_stems((spelling,), False)}
        forms = {quote_fts(tokens) for stem in stems if (tokens := unicode61_tokens(stem))}
        if forms:
            alternatives.append("(" + " OR ".join(sorted(forms)) + ")")
            words.append(frozenset(stems))
    if not alternatives:
        return None
    speaker_match = "speaker : (" + " AND ".join(alternatives) + ")"
    return SqlCondition(FTS_SPEAKERS, (speaker_match,), tuple(words))


def _region_condition(value: str, notices: list[str]) -> SqlCondition | None:
    try:
        from regreader.ingestion.regions import resolve_region
    except ImportError:
        notices.append("region: is not available yet; ignored")
        return None
    keys = list(dict.fromkeys(resolve_region(value)))
    if not keys:
        notices.append(f"no region matches '{value}'")
        return SqlCondition("0", ())
    marks = ", ".join("?" for _ in keys)
    return SqlCondition(
        f"articles.id IN (SELECT article_id FROM article_regions WHERE region IN ({marks}))",
        tuple(keys),
    )


def _annotation_condition(key: str, value: str, notices: list[str]) -> SqlCondition | None:
    try:
        from regreader.annotations import filters
    except ImportError:
        notices.append(f"{key}: is not available yet; ignored")
        return None
    build = filters.tag_filter_sql if key == "tag" else filters.initiative_filter_sql
    try:
        sql, params = build(value)
    except (ValueError, RegreaderError) as exc:
        raise invalid(f"{key}:{value}: {exc}") from None
    return SqlCondition(f"({sql})", tuple(params))


def _condition(node: Filter, notices: list[str]) -> SqlCondition | None:
    if node.key in ("after", "before"):
        return _date_condition(node.key, node.value)
    if node.key == "lang":
        return _lang_condition(node.value)
    if node.key == "speaker":
        return _speaker_condition(node.value)
    if node.key == "region":
        return _region_condition(node.value, notices)
    return _annotation_condition(node.key, node.value, notices)


# --- lowering and planning -----------------------------------------------------------------


def _lower(node: Node, notices: list[str]) -> Lowered | None:
    """Stem the terms and turn filters into SQL; what turns out empty is dropped."""
    if isinstance(node, Term):
        return _leaf(node)
    if isinstance(node, Filter):
        return _condition(node, notices)
    if isinstance(node, Not):
        child = _lower(node.child, notices)
        if child is None:
            return None
        return child.child if isinstance(child, Not) else Not(child)
    children = [lowered for c in node.children if (lowered := _lower(c, notices)) is not None]
    if not children:
        return None
    if len(children) == 1:
        return children[0]
    kind = type(node)
    flat: list[Lowered] = []
    for child in children:
        flat.extend(child.children if isinstance(child, kind) else [child])
    return kind(tuple(flat))


def fts_expression(node: Lowered) -> str | None:
    """The node as an FTS5 expression, or None when FTS5 cannot express it alone."""
    if isinstance(node, Leaf):
        return node.fts
    if isinstance(node, Or):
        parts = [fts_expression(c) if not isinstance(c, Not) else None for c in node.children]
        return None if None in parts else "(" + " OR ".join(parts) + ")"  # type: ignore[arg-type]
    if isinstance(node, And):
        positives = [c for c in node.children if not isinstance(c, Not)]
        negatives = [c.child for c in node.children if isinstance(c, Not)]
        return _and_not(positives, negatives)
    return None


def _and_not(positives: list[Lowered], negatives: list[Lowered]) -> str | None:
    positive = [fts_expression(c) for c in positives]
    negative = [fts_expression(c) for c in negatives]
    if not positive or None in positive or None in negative:
        return None
    expression = "(" + " AND ".join(positive) + ")"  # type: ignore[arg-type]
    if negative:
        # Parenthesised whole: never lean on FTS5's operator precedence inside an OR.
        expression = f"({expression} NOT (" + " OR ".join(negative) + "))"  # type: ignore[arg-type]
    return expression


def sql_condition(node: Lowered) -> tuple[str, tuple[object, ...]]:
    """Any node as an SQL boolean on `articles` (text parts through an FTS subquery)."""
    expression = fts_expression(node)
    if expression is not None:
        return FTS_ARTICLES, (expression,)
    if isinstance(node, SqlCondition):
        return node.sql, node.params
    if isinstance(node, Not):
        sql, params = sql_condition(node.child)
        return f"NOT ({sql})", params
    assert isinstance(node, And | Or)
    joiner = " AND " if isinstance(node, And) else " OR "
    parts = [sql_condition(child) for child in node.children]
    return (
        "(" + joiner.join(sql for sql, _ in parts) + ")",
        tuple(param for _, params in parts for param in params),
    )


def _positive_parts(node: Lowered, negated: bool = False) -> list[Leaf | SqlCondition]:
    if isinstance(node, Leaf | SqlCondition):
        return [] if negated else [node]
    if isinstance(node, Not):
        return _positive_parts(node.child, not negated)
    return [leaf for child in node.children for leaf in _positive_parts(child, negated)]


def plan_query(text: str) -> SearchPlan:
    """Parse and compile; raises InvalidQueryError for text that cannot be searched."""
    parsed = parse_query(text)
    notices = list(parsed.notices)
    root = _lower(parsed.root, notices) if parsed.root is not None else None
    conjuncts: list[Lowered] = []
    if root is not None:
        conjuncts = list(root.children) if isinstance(root, And) else [root]
    ranked = [c for c in conjuncts if not isinstance(c, Not) and fts_expression(c)]
    excluded = [c for c in conjuncts if isinstance(c, Not) and fts_expression(c.child)]
    rest = [c for c in conjuncts if c not in ranked and (not ranked or c not in excluded)]
    rank_match = _and_not(ranked, [c.child for c in excluded]) if ranked else None  # type: ignore[union-attr]
    conditions = [sql_condition(c) for c in rest]
    where_sql = " AND ".join(sql for sql, _ in conditions) or None
    parts = _positive_parts(root) if root is not None else []
    return SearchPlan(
        rank_match=rank_match,
        where_sql=where_sql,
        where_params=tuple(p for _, params in conditions for p in params),
        terms=tuple(dict.fromkeys(p.term for p in parts if isinstance(p, Leaf))),
        speaker_filters=tuple(
            p.speaker_words for p in parts if isinstance(p, SqlCondition) and p.speaker_words
        ),
        notices=tuple(dict.fromkeys(notices)),
    )
