"""`regreader search` end to end over the seed corpus indexed by `regreader index`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from regreader.cli.main import main
from regreader.cli.search import bracketed
from regreader.search.snippets import Snippet


@pytest.fixture(scope="module")
def indexed_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from regreader.locations import bundled_corpus_dir

    db = tmp_path_factory.mktemp("cli") / "T.db"
    assert main(["index", "--db", str(db), str(bundled_corpus_dir())]) == 0
    return db


def run_json(db: Path, capsys: pytest.CaptureFixture[str], *query: str) -> list[dict]:
    assert main(["search", "--db", str(db), "--json", *query]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_russian_word_form_finds_the_unified_subsidy_article(indexed_db: Path, capsys) -> None:
    records = run_json(indexed_db, capsys, "субсидии")
    assert len(records) == 1
    record = records[0]
    assert "Единая региональная субсидия" in Path(record["path"]).read_text(encoding="utf-8")
    assert {"id", "title", "path", "date", "score", "snippet"} <= set(record)
    assert {"regions", "hits", "in_quote", "quotes"} <= set(record)
    start, end = record["highlights"][0]
    assert record["snippet"][start:end] == "субсидия"


def test_phrase_and_region_find_the_kaluga_forum(indexed_db: Path, capsys) -> None:
    records = run_json(indexed_db, capsys, '"import substitution" region:kaluga')
    assert [Path(r["path"]).name[:3] for r in records] == ["003"]
    assert records[0]["date"] == "2014-04-08"
    assert "kaluga-oblast" in records[0]["regions"]


def test_limit_caps_the_lines(indexed_db: Path, capsys) -> None:
    assert len(run_json(indexed_db, capsys, "--limit", "2", "region*")) == 2


def test_human_output_brackets_highlights(indexed_db: Path, capsys) -> None:
    assert main(["search", "--db", str(indexed_db), "import", "substitution"]) == 0
    out = capsys.readouterr().out
    assert "[Import] [Substitution]" in out or "[Import Substitution]" in out


def test_no_results_and_invalid_query_messages(indexed_db: Path, capsys) -> None:
    assert main(["search", "--db", str(indexed_db), "zzzyxq"]) == 0
    assert "No results." in capsys.readouterr().out
    assert main(["search", "--db", str(indexed_db), "after:2024-99"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("regreader: invalid query: ")
    assert "Traceback" not in err


def test_unknown_region_says_so(indexed_db: Path, capsys) -> None:
    assert main(["search", "--db", str(indexed_db), "region:atlantis"]) == 0
    assert "no region matches 'atlantis'" in capsys.readouterr().err


def test_bracketed_joins_the_words_of_a_phrase() -> None:
    snippet = Snippet("an import  substitution plan", ((3, 9), (11, 23)))
    assert bracketed(snippet) == "an [import  substitution] plan"
    assert bracketed(Snippet("a b c", ((0, 1), (4, 5)))) == "[a] b [c]"


def test_speaker_filter_finds_both_makhonin_quotes(indexed_db: Path, capsys) -> None:
    records = run_json(indexed_db, capsys, "speaker:makhonin")
    assert len(records) == 2
    for record in records:
        assert record["in_quote"]
        assert {q["speaker"] for q in record["quotes"]} == {"Dmitry Makhonin"}
