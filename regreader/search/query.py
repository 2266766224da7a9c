"""regreader's own query language, parsed into a small syntax tree.

User text never reaches FTS5: this module reads it into nodes (words, phrases, prefixes,
filters, NOT, AND, OR) and `regreader.search.compile` rebuilds an FTS5 expression from
stemmed, double-quoted tokens only.

The grammar, loosest first:

    query   := or_expr
    or_expr := and_expr ("OR" and_expr)*          # only upper-case OR is an operator
    and_expr:= unary+                             # juxtaposition (or "AND") means AND
    unary   := ("-" | "NOT") unary | atom
    atom    := word | word* | "phrase" | "phrase"* | key:value | key:"value" | "(" or_expr ")"

The parser forgives what people type while the results update as they type: an unclosed
quote or parenthesis closes at the end, a stray ")" or a dangling OR/NOT/"-" is ignored, and
text with no letters or digits ("*", "+++") is dropped. Only a few things are real errors
(an empty or malformed filter value, too long or too deeply nested input); they raise one
InvalidQueryError whose message starts with "invalid query:".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from regreader.errors import InvalidQueryError
from regreader.text import clean_text, iter_words

FILTER_KEYS: tuple[str, ...] = (
    "region",
    "tag",
    "initiative",
    "speaker",
    "lang",
    "after",
    "before",
)
# Generous for anything typed or pasted by hand, small enough that FTS5 stays fast and its
# expression parser (and ours, which recurses on parentheses) never hits its limits.
MAX_QUERY_CHARS = 2000
MAX_TERMS = 64
MAX_DEPTH = 24

_SURROGATES_RE = re.compile("[\ud800-\udfff]")
_FILTER_RE = re.compile(r"([A-Za-z]+):")
_OPERATORS = {"OR", "AND", "NOT"}
# Characters that end a bare word (besides whitespace).
_WORD_STOPS = '()"'


@dataclass(frozen=True)
class Term:
    """A word, a hyphenated or dotted compound ("U.S." -> U, S) or a quoted phrase."""

    words: tuple[str, ...]
    prefix: bool = False
    quoted: bool = False


@dataclass(frozen=True)
class Filter:
    key: str
    value: str


@dataclass(frozen=True)
class Not:
    child: Node


@dataclass(frozen=True)
class And:
    children: tuple[Node, ...]


@dataclass(frozen=True)
class Or:
    children: tuple[Node, ...]


Node = Term | Filter | Not | And | Or


@dataclass(frozen=True)
class ParsedQuery:
    """The tree (None when the query asks for nothing: list everything) and hints for the user."""

    root: Node | None
    notices: tuple[str, ...] = ()


def invalid(reason: str) -> InvalidQueryError:
    return InvalidQueryError(f"invalid query: {reason}")


# --- lexer -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Token:
    kind: str  # "(", ")", "OR", "AND", "NOT", "-", "term", "filter"
    node: Node | None = None


@dataclass
class _Lexer:
    text: str
    notices: list[str] = field(default_factory=list)
    pos: int = 0

    def tokens(self) -> list[_Token]:
        out: list[_Token] = []
        while (token := self._next()) is not None:
            if token.kind != "skip":
                out.append(token)
            elif out and out[-1].kind in ("-", "NOT"):
                out.pop()  # "-*" or "NOT +++" excludes nothing; it must not grab the next word
        return out

    def _next(self) -> _Token | None:
        text = self.text
        while self.pos < len(text) and text[self.pos].isspace():
            self.pos += 1
        if self.pos >= len(text):
            return None
        char = text[self.pos]
        if char in "()":
            self.pos += 1
            return _Token(char)
        if char == '"':
            return self._phrase()
        if char == "-":
            return self._minus()
        return self._word()

    def _read_quoted(self) -> str:
        """The text up to the closing quote (or the end); the position moves past it."""
        start = self.pos + 1
        end = self.text.find('"', start)
        if end < 0:
            end = len(self.text)
        self.pos = end + 1
        return self.text[start:end]

    def _phrase(self) -> _Token:
        content = self._read_quoted()
        prefix = self._take_stars()
        return _term_token(content, prefix=prefix, quoted=True)

    def _take_stars(self) -> bool:
        start = self.pos
        while self.pos < len(self.text) and self.text[self.pos] == "*":
            self.pos += 1
        return self.pos > start

    def _minus(self) -> _Token:
        while self.pos < len(self.text) and self.text[self.pos] == "-":
            self.pos += 1
        if self.pos >= len(self.text) or self.text[self.pos].isspace():
            return _Token("skip")  # a lone "-" excludes nothing
        return _Token("-")

    def _word(self) -> _Token:
        start = self.pos
        text = self.text
        while self.pos < len(text) and not text[self.pos].isspace():
            if text[self.pos] in _WORD_STOPS:
                break
            self.pos += 1
        word = text[start : self.pos]
        if word in _OPERATORS:
            return _Token(word)
        match = _FILTER_RE.match(word)
        if match:
            key = match.group(1).lower()
            value = word[match.end() :]
            if key in FILTER_KEYS:
                return self._filter(key, value)
            if value:
                self.notices.append(
                    f"'{match.group(1)}:' is not a filter (known: "
                    f"{', '.join(k + ':' for k in FILTER_KEYS)}); searched as words"
                )
        prefix = word.endswith("*")
        return _term_token(word.rstrip("*"), prefix=prefix, quoted=False)

    def _filter(self, key: str, value: str) -> _Token:
        if not value and self.pos < len(self.text) and self.text[self.pos] == '"':
            value = self._read_quoted()
        value = " ".join(value.split())
        if not value:
            raise invalid(f"{key}: needs a value, for example {key}:{_EXAMPLES[key]}")
        return _Token("filter", Filter(key, value))


_EXAMPLES = {
    "region": "perm",
    "tag": "funding",
    "initiative": '"Social Contract"',
    "speaker": "makhonin",
    "lang": "ru",
    "after": "2024-01",
    "before": "2024-12-31",
}


def _term_token(text: str, *, prefix: bool, quoted: bool) -> _Token:
    words = tuple(match.group() for match in iter_words(text))
    if not words:
        return _Token("skip")
    return _Token("term", Term(words, prefix=prefix, quoted=quoted))


# --- parser ----------------------------------------------------------------------------


@dataclass
class _Parser:
    tokens: list[_Token]
    pos: int = 0
    depth: int = 0

    def parse(self) -> Node | None:
        parts: list[Node] = []
        while self.pos < len(self.tokens):
            node = self._or_expr()
            if node is not None:
                parts.append(node)
            if self._peek() == ")":
                self.pos += 1  # a stray closing parenthesis: ignore it
        return _and(parts)

    def _peek(self) -> str | None:
        return self.tokens[self.pos].kind if self.pos < len(self.tokens) else None

    def _or_expr(self) -> Node | None:
        alternatives: list[Node] = []
        while True:
            node = self._and_expr()
            if node is not None:
                alternatives.append(node)
            if self._peek() != "OR":
                break
            while self._peek() == "OR":
                self.pos += 1
        if not alternatives:
            return None
        if len(alternatives) == 1:
            return alternatives[0]
        return Or(tuple(_flatten(Or, alternatives)))

    def _and_expr(self) -> Node | None:
        parts: list[Node] = []
        while (kind := self._peek()) is not None and kind not in (")", "OR"):
            if kind == "AND":
                self.pos += 1
                continue
            node = self._unary()
            if node is not None:
                parts.append(node)
        return _and(parts)

    def _unary(self) -> Node | None:
        negations = 0
        while self._peek() in ("-", "NOT"):
            negations += 1
            self.pos += 1
        if self._peek() in (None, ")", "OR", "AND"):
            return None  # "-" or NOT with nothing to exclude
        node = self._atom()
        if node is None or negations % 2 == 0:
            return node
        return Not(node)

    def _atom(self) -> Node | None:
        token = self.tokens[self.pos]
        self.pos += 1
        if token.kind != "(":
            return token.node
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise invalid(f"parentheses nested more than {MAX_DEPTH} deep")
        node = self._or_expr()
        if self._peek() == ")":
            self.pos += 1
        self.depth -= 1
        return node


def _flatten(kind: type[And] | type[Or], nodes: list[Node]) -> list[Node]:
    flat: list[Node] = []
    for node in nodes:
        if isinstance(node, kind):
            flat.extend(node.children)
        else:
            flat.append(node)
    return flat


def _and(parts: list[Node]) -> Node | None:
    if not parts:
        return None
    if len(parts) == 1:
        return parts[0]
    return And(tuple(_flatten(And, parts)))


def count_leaves(node: Node | None) -> int:
    if node is None:
        return 0
    if isinstance(node, Term | Filter):
        return 1
    if isinstance(node, Not):
        return count_leaves(node.child)
    return sum(count_leaves(child) for child in node.children)


def parse_query(text: str) -> ParsedQuery:
    """Read a query; raises InvalidQueryError (and nothing else) for what cannot be read."""
    if not isinstance(text, str):
        raise invalid("the query must be text")
    if len(text) > MAX_QUERY_CHARS:
        raise invalid(f"too long ({len(text):,} characters; at most {MAX_QUERY_CHARS:,})")
    text = clean_text(_SURROGATES_RE.sub(" ", text))
    lexer = _Lexer(text)
    root = _Parser(lexer.tokens()).parse()
    if count_leaves(root) > MAX_TERMS:
        raise invalid(f"too many words and filters (at most {MAX_TERMS})")
    return ParsedQuery(root, tuple(dict.fromkeys(lexer.notices)))
