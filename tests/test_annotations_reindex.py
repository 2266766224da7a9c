"""Re-indexing edited files through the real pipeline keeps every annotation."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from regreader.annotations.anchors import get_anchor
from regreader.annotations.initiatives import create_initiative, link_quote, links_of
from regreader.annotations.notes import get_note, set_quote_note
from regreader.annotations.tags import tag_quote, tags_for_anchor
from regreader.ingestion.pipeline import index_paths
from regreader.storage import open_library

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
SEED = "000_2e01f26ca4e8cdd6.txt"
KEPT = "Связь нужна каждому. И ее повсеместность — вопрос времени."


def _rewrite(path: Path, text: str) -> None:
    stat = path.stat()
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10_000_000_000))


def _quote(conn, starting: str) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    row = conn.execute(
        "SELECT id, text FROM quotes WHERE substr(text, 1, ?) = ?", (len(starting), starting)
    ).fetchone()
    assert row is not None, starting
    return int(row[0]), str(row[1])


def test_edit_orphans_the_vanished_quote_and_editing_back_reattaches(tmp_path: Path) -> None:
    seed = tmp_path / SEED
    shutil.copy(CORPUS / SEED, seed)
    original = seed.read_text(encoding="utf-8")
    conn = open_library(tmp_path / "lib.db")
    index_paths(conn, [seed])
    gone_id, gone_text = _quote(conn, "Отныне для развития")
    kept_id, _ = _quote(conn, KEPT)
    initiative = create_initiative(conn, "Unified Regional Subsidy")
    tag_quote(conn, gone_id, "Финансирование/Субсидии")
    set_quote_note(conn, gone_id, "Note on the subsidy quote")
    link_quote(conn, initiative, gone_id)
    tag_quote(conn, kept_id, "связь")
    gone_anchor = conn.execute("SELECT id FROM anchors WHERE quote_id = ?", (gone_id,)).fetchone()[
        0
    ]
    kept_anchor = conn.execute("SELECT id FROM anchors WHERE quote_id = ?", (kept_id,)).fetchone()[
        0
    ]
    assert gone_text in original

    _rewrite(seed, original.replace(gone_text, "Нет больше этой цитаты"))
    index_paths(conn, [seed])
    orphan = get_anchor(conn, gone_anchor)
    assert orphan.orphaned and orphan.quote_id is None and orphan.article_id is not None
    assert tags_for_anchor(conn, gone_anchor) == ["Финансирование/Субсидии"]
    assert get_note(conn, gone_anchor) is not None
    assert [link.anchor_id for link in links_of(conn, initiative)] == [gone_anchor]
    still = get_anchor(conn, kept_anchor)
    assert not still.orphaned and still.quote_id == _quote(conn, KEPT)[0]

    _rewrite(seed, original)
    index_paths(conn, [seed])
    back = get_anchor(conn, gone_anchor)
    assert not back.orphaned and back.quote_id == _quote(conn, "Отныне для развития")[0]
    assert tags_for_anchor(conn, gone_anchor) == ["Финансирование/Субсидии"]
    assert conn.execute("SELECT count(*) FROM anchors").fetchone()[0] == 2


def test_indexing_proposes_links_for_known_initiatives(tmp_path: Path) -> None:
    from regreader.annotations.suggestions import pending_suggestions

    seed = tmp_path / SEED
    shutil.copy(CORPUS / SEED, seed)
    conn = open_library(tmp_path / "lib.db")
    create_initiative(conn, "UCN2.0")
    index_paths(conn, [seed])
    assert {s.matched_text for s in pending_suggestions(conn)} == {"UCN 2.0"}
