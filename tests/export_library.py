"""A small library with hostile annotations, shared by the export tests.

Rows are written directly, following schema migration 4, so the export tests do not depend
on the annotation API's behaviour, only on the stored shape it writes.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from regreader.storage import open_library, transaction

NOW = "2024-06-01T10:00:00+00:00"
LATER = "2024-06-02T12:30:00+00:00"

# Article 1: Russian, with an emoji (outside the BMP: one code point, two UTF-16 units)
# before the quotes, so a writer counting anything but code points gets offsets wrong.
BODY_1 = (
    "Улан-Удэ 😀 Республика Бурятия.\n"
    "«Отныне для развития отрасли основным каналом станет Единая региональная субсидия», — "
    "сказал министр Иван Петров.\n"
    'Он добавил: "Это <важно> & [/bold] *очень* `важно`#1".\n'
    "Конец."
)
QUOTE_1 = "Отныне для развития отрасли основным каналом станет Единая региональная субсидия"
QUOTE_2 = "Это <важно> & [/bold] *очень* `важно`#1"

BODY_2 = (
    "Kazan, Tatarstan.\n"
    '"UCN 2.0 is reaching villages - finally," said Anna Smith, head of the digital office.\n'
    '"Nothing else to add," she said.\n'
)
QUOTE_3 = "UCN 2.0 is reaching villages - finally,"
QUOTE_4 = "Nothing else to add,"

BODY_3 = "Chita. An edited article whose annotated quote was removed.\n"
ORPHAN_QUOTE = "A quote that no longer exists"

HOSTILE_NOTE = (
    'Заметка: «важно» "quoted" <b>bold</b> & &amp; [/bold] [link](http://x)\n'
    "# not a heading\n"
    "- not a list\n"
    "1. not a numbered item\n"
    "> not a quote\n"
    "    not code\n"
    "| not | a table |\n"
    "control:\x01\x0b end"
)


@dataclass(frozen=True)
class Library:
    conn: sqlite3.Connection
    path: Path
    article_ids: tuple[int, int, int]
    quote_ids: tuple[int, int, int, int]
    anchor_ids: dict[str, int]


def _article(conn: sqlite3.Connection, number: int, title: str, published: str | None, body: str):
    return conn.execute(
        "INSERT INTO articles (content_hash, source_path, title, published, body, languages,"
        " added_at, updated_at) VALUES (?, ?, ?, ?, ?, '', ?, ?)",
        (f"hash{number}", f"/corpus/{number:03d}.txt", title, published, body, NOW, NOW),
    ).lastrowid


def _quote(conn, article_id, seq, body, text, speaker, role, lang) -> int:
    start = body.index(text)
    return conn.execute(
        "INSERT INTO quotes (article_id, seq, kind, text, start, end, lang, speaker, role)"
        " VALUES (?, ?, 'quote', ?, ?, ?, ?, ?, ?)",
        (article_id, seq, text, start, start + len(text), lang, speaker, role),
    ).lastrowid


def _anchor(conn, target, article_id, quote_id=None, text=None, start=None, orphaned=0) -> int:
    end = None if start is None or text is None else start + len(text)
    return conn.execute(
        "INSERT INTO anchors (target, article_id, quote_id, quote_text, quote_start, quote_end,"
        " article_hash, source_path, orphaned, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, NULL, NULL, ?, ?)",
        (target, article_id, quote_id, text, start, end, orphaned, NOW),
    ).lastrowid


def _tag(conn: sqlite3.Connection, anchor_id: int, name: str) -> None:
    key = name.casefold()
    conn.execute(
        "INSERT OR IGNORE INTO tags (name, key, created_at) VALUES (?, ?, ?)", (name, key, NOW)
    )
    tag_id = conn.execute("SELECT id FROM tags WHERE key = ?", (key,)).fetchone()[0]
    conn.execute(
        "INSERT INTO taggings (anchor_id, tag_id, created_at) VALUES (?, ?, ?)",
        (anchor_id, tag_id, NOW),
    )


def _note(conn: sqlite3.Connection, anchor_id: int, body: str) -> None:
    conn.execute(
        "INSERT INTO notes (anchor_id, body, created_at, modified_at) VALUES (?, ?, ?, ?)",
        (anchor_id, body, NOW, LATER),
    )


def _initiative(conn, name: str, aliases: tuple[str, ...], description: str) -> int:
    initiative_id = conn.execute(
        "INSERT INTO initiatives (name, key, description, created_at, modified_at)"
        " VALUES (?, ?, ?, ?, ?)",
        (name, name.casefold(), description, NOW, NOW),
    ).lastrowid
    for alias in aliases:
        conn.execute(
            "INSERT INTO initiative_aliases (initiative_id, alias, key, created_at)"
            " VALUES (?, ?, ?, ?)",
            (initiative_id, alias, alias.casefold(), NOW),
        )
    return initiative_id


def _link(conn: sqlite3.Connection, initiative_id: int, anchor_id: int) -> None:
    conn.execute(
        "INSERT INTO initiative_links (initiative_id, anchor_id, created_at) VALUES (?, ?, ?)",
        (initiative_id, anchor_id, NOW),
    )


def build_library(folder: Path, *, annotate: bool = True) -> Library:
    """Three articles with quotes; with `annotate`, the hostile annotations written as rows."""
    path = folder / "library.db"
    conn = open_library(path)
    with transaction(conn):
        a1 = _article(conn, 1, "Бурятия: «субсидия» & <план>", "2024-03-05", BODY_1)
        a2 = _article(conn, 2, "UCN 2.0 in *Tatarstan*", "2023-11-20", BODY_2)
        a3 = _article(conn, 3, "Chita edit", "2025-01-10", BODY_3)
        conn.executemany(
            "INSERT INTO article_regions (article_id, region, mentions) VALUES (?, ?, ?)",
            [(a1, "buryatia", 2), (a2, "tatarstan", 1), (a3, "zabaikalsky-krai", 1)],
        )
        q1 = _quote(conn, a1, 0, BODY_1, QUOTE_1, "Иван Петров", "министр", "ru")
        q2 = _quote(conn, a1, 1, BODY_1, QUOTE_2, None, None, "ru")
        q3 = _quote(conn, a2, 0, BODY_2, QUOTE_3, "Anna Smith", "head of the digital office", "en")
        q4 = _quote(conn, a2, 1, BODY_2, QUOTE_4, "Anna Smith", None, "en")
        conn.execute(
            "INSERT INTO quote_translations VALUES (?, 'en', ?, 'argos-ru-en', '1.9', ?)",
            (q1, "From now on the Unified Regional Subsidy will be the main channel", NOW),
        )
        if not annotate:
            return Library(conn, path, (a1, a2, a3), (q1, q2, q3, q4), {})
        anchors = {
            "q1": _anchor(conn, "quote", a1, q1, QUOTE_1, BODY_1.index(QUOTE_1)),
            "q2": _anchor(conn, "quote", a1, q2, QUOTE_2, BODY_1.index(QUOTE_2)),
            "q3": _anchor(conn, "quote", a2, q3, QUOTE_3, BODY_2.index(QUOTE_3)),
            "q4_bare": _anchor(conn, "quote", a2, q4, QUOTE_4, BODY_2.index(QUOTE_4)),
            "article2": _anchor(conn, "article", a2),
            "orphan": _anchor(conn, "quote", a3, None, ORPHAN_QUOTE, 7, orphaned=1),
        }
        _tag(conn, anchors["q1"], "Финансы/Субсидия")
        _tag(conn, anchors["q1"], "funding")
        _note(conn, anchors["q1"], HOSTILE_NOTE)
        _tag(conn, anchors["q2"], "funding/subsidy")
        _note(conn, anchors["q3"], "Check `code` *star* <script>alert(1)</script> =1+2")
        _tag(conn, anchors["article2"], "digital")
        _note(conn, anchors["article2"], "Article-level note")
        _tag(conn, anchors["orphan"], "funding")
        _note(conn, anchors["orphan"], "Note on a quote that vanished")
        urs = _initiative(
            conn,
            "Unified Regional Subsidy",
            ("Единая региональная субсидия",),
            "One subsidy instead of many <small> ones & more",
        )
        ucn = _initiative(conn, "UCN 2.0", ("УЦН 2.0",), "")
        _link(conn, urs, anchors["q1"])
        _link(conn, ucn, anchors["q3"])
        _link(conn, ucn, anchors["article2"])
    return Library(conn, path, (a1, a2, a3), (q1, q2, q3, q4), anchors)
