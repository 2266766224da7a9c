"""The JSON backup round-trips every annotation into a fresh library."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from annotations_support import add_article, new_library, quote_id

from regreader.annotations.anchors import get_anchor
from regreader.annotations.backup import dump_backup, load_backup, read_backup, write_backup
from regreader.annotations.initiatives import (
    create_initiative,
    link_article,
    link_quote,
)
from regreader.annotations.model import AnnotationError
from regreader.annotations.notes import set_article_note, set_quote_note
from regreader.annotations.suggestions import (
    pending_suggestions,
    refresh_suggestions,
    reject_suggestion,
)
from regreader.annotations.tags import tag_article, tag_quote

BODY_A = "Губернатор сказал: «Дороги построим в этом году». Министр: «Бюджет утверждён»."
BODY_B = 'The minister said "UCN 2.0 connects 42 villages" on Monday.'
QA, QB = "Дороги построим в этом году", "UCN 2.0 connects 42 villages"


def _articles(conn) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    a = add_article(conn, BODY_A, [QA, "Бюджет утверждён"], path="/corpus/a.txt")
    b = add_article(conn, BODY_B, [QB], path="/corpus/b.txt")
    return a, b


def _annotate(conn, a: int, b: int) -> None:  # type: ignore[no-untyped-def]
    tag_quote(conn, quote_id(conn, a, QA), "Дороги/Ремонт")
    tag_quote(conn, quote_id(conn, b, QB), "Digital")
    tag_article(conn, a, "Регионы")
    set_quote_note(conn, quote_id(conn, a, QA), "Заметка " * 2500)
    set_article_note(conn, b, "About [b]UCN[/b]")
    ucn = create_initiative(
        conn, "UCN 2.0", aliases=["УЦН 2.0"], description="Связь", regions=["komi"]
    )
    link_quote(conn, ucn, quote_id(conn, b, QB))
    link_article(conn, ucn, a)
    create_initiative(conn, "Empty one")
    refresh_suggestions(conn)
    for suggestion in pending_suggestions(conn):
        reject_suggestion(conn, suggestion.id)


def _comparable(data: dict) -> dict:  # type: ignore[type-arg]
    data = dict(data)
    data.pop("exported_at")
    return data


def test_round_trip_into_a_fresh_library(tmp_path: Path) -> None:
    old = new_library(tmp_path, "old.db")
    _annotate(old, *_articles(old))
    backup = dump_backup(old)
    stream = tmp_path / "backup.json"
    write_backup(old, stream)
    fresh = new_library(tmp_path, "fresh.db")
    _articles(fresh)
    summary = load_backup(fresh, read_backup(stream))
    assert (summary.tags, summary.notes, summary.initiatives, summary.aliases) == (3, 2, 2, 1)
    assert summary.links == 2 and summary.orphaned == 0
    assert _comparable(dump_backup(fresh)) == _comparable(backup)
    again = load_backup(fresh, backup)  # importing twice adds nothing
    assert again.initiatives == 0
    assert _comparable(dump_backup(fresh)) == _comparable(backup)


def test_restore_before_indexing_keeps_orphans_until_articles_arrive(tmp_path: Path) -> None:
    from regreader.annotations.anchors import reanchor_article

    old = new_library(tmp_path, "old.db")
    _annotate(old, *_articles(old))
    backup = dump_backup(old)
    fresh = new_library(tmp_path, "fresh.db")
    summary = load_backup(fresh, backup)
    assert summary.orphaned == summary.anchors == 4  # every anchor kept, none dropped
    assert fresh.execute("SELECT count(*) FROM notes").fetchone()[0] == 2
    a, b = _articles(fresh)  # indexing happens later
    reanchor_article(fresh, a)
    reanchor_article(fresh, b)
    assert fresh.execute("SELECT count(*) FROM anchors WHERE orphaned = 1").fetchone()[0] == 0
    anchor = fresh.execute("SELECT id FROM anchors WHERE quote_id IS NOT NULL LIMIT 1").fetchone()
    assert get_anchor(fresh, anchor[0]).article_id in (a, b)
    restored = {k: v for k, v in dump_backup(fresh).items() if k != "suggestions"}
    expected = {k: v for k, v in backup.items() if k != "suggestions"}
    assert _comparable(restored) == _comparable(expected)


def test_json_file_is_readable_and_bad_files_are_refused(tmp_path: Path) -> None:
    conn = new_library(tmp_path)
    _annotate(conn, *_articles(conn))
    path = tmp_path / "b.json"
    with path.open("w", encoding="utf-8") as stream:
        write_backup(conn, stream)
    assert "Дороги/Ремонт" in path.read_text(encoding="utf-8")
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(AnnotationError):
        read_backup(bad)
    with pytest.raises(AnnotationError, match="not a regreader"):
        load_backup(conn, {"format": "other"})
    with pytest.raises(AnnotationError, match="version"):
        load_backup(conn, {"format": "regreader-annotations", "version": 99})
    broken = json.loads(path.read_text(encoding="utf-8"))
    del broken["anchors"][0]["target"]
    before = conn.execute("SELECT count(*) FROM anchors").fetchone()[0]
    with pytest.raises(AnnotationError, match="damaged"):
        load_backup(conn, broken)
    assert conn.execute("SELECT count(*) FROM anchors").fetchone()[0] == before


def test_a_restore_keeps_when_each_initiative_was_last_modified(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Adding a restored initiative's aliases touches its time; the backup's wins."""
    old = new_library(tmp_path, "old.db")
    _annotate(old, *_articles(old))
    backup = dump_backup(old)
    fresh = new_library(tmp_path, "fresh.db")
    _articles(fresh)
    later = "2099-01-01T00:00:00+00:00"  # a restore a second (or years) later
    monkeypatch.setattr("regreader.annotations.initiatives.utc_now", lambda: later)
    load_backup(fresh, backup)
    times = {i["name"]: i["modified_at"] for i in dump_backup(fresh)["initiatives"]}
    assert times == {i["name"]: i["modified_at"] for i in backup["initiatives"]}
