"""The shared text primitives: cleaning, folding, stemming, language by script."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from regreader.text import (
    char_positions,
    clean_text,
    fold,
    languages_of,
    quote_language,
    stem_text,
    stem_word,
    strip_controls,
)


def test_clean_text_keeps_newlines_and_tabs_and_drops_other_controls() -> None:
    dirty = "a\x1b[31mred\x1b[0m\tb\r\nc\x00d\x07\u202eevil\u202c"
    assert clean_text(dirty) == "a[31mred[0m\tb\ncdevil"


def test_clean_text_normalises_to_nfc() -> None:
    decomposed = "е\u0308лка"  # е + combining diaeresis
    assert clean_text(decomposed) == unicodedata.normalize("NFC", decomposed) == "ёлка"


@given(st.text())
def test_strip_controls_leaves_no_control_characters(text: str) -> None:
    cleaned = strip_controls(text)
    assert all(ch in "\n\t" or unicodedata.category(ch) != "Cc" for ch in cleaned)


def test_fold_matches_yo_and_case() -> None:
    assert fold("Её Населённые") == fold("ее населенные")


def test_russian_word_forms_share_a_stem() -> None:
    forms = ["субсидия", "субсидии", "субсидию", "субсидий", "Субсидиями"]
    assert len({stem_word(form) for form in forms}) == 1


def test_english_word_forms_share_a_stem() -> None:
    assert stem_word("regions") == stem_word("region") == stem_word("Region")


def test_stem_text_splits_hyphenated_words_like_fts5() -> None:
    assert stem_text("научно-промышленная") == f"{stem_word('научно')} {stem_word('промышленная')}"


def test_languages_by_script() -> None:
    assert languages_of("The governor said: «Связь нужна каждому»") == ["en", "ru"]
    assert languages_of("2024 — 10") == []
    assert quote_language("Связь нужна каждому") == "ru"
    assert quote_language("Connection matters") == "en"
    assert quote_language("связь нужна, connectivity") == "mixed"


def test_clean_text_replaces_what_no_encoding_can_carry() -> None:
    assert clean_text("fund\udcffing\r\n") == "fund\ufffding\n"


def test_char_positions_are_every_occurrence_in_order() -> None:
    text = '«Он сказал: "да"»\n— It\'s ‘fine’.'
    expected = [i for i, char in enumerate(text) if char in "«»\"'‘’\n"]
    assert char_positions(text, "«»\"'‘’\n") == expected
    assert char_positions(text, "№") == []
    assert char_positions("", "«") == []
