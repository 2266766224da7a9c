"""The engine: our own sentence splitting, one translate_batch call for many texts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from argos_model import argos_package
from translation_support import gold_quotes, isolate_argos

from regreader.translation import packages
from regreader.translation.engine import ArgosTranslator, FakeTranslator, split_sentences
from regreader.translation.packages import ModelInfo


@pytest.fixture
def model(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> ModelInfo:
    isolate_argos(monkeypatch, tmp_path)
    return packages.install_file(argos_package())


def test_russian_sentences_are_split_with_razdel() -> None:
    text = "Связь нужна каждому. И ее повсеместность — вопрос времени. Т. е. всё сразу."
    assert split_sentences(text, "ru") == [
        "Связь нужна каждому.",
        "И ее повсеместность — вопрос времени.",
        "Т. е. всё сразу.",
    ]


def test_other_languages_split_at_sentence_punctuation() -> None:
    assert split_sentences("It works. Does it? Yes!  ", "de") == ["It works.", "Does it?", "Yes!"]
    assert split_sentences("  ", "ru") == []


class _CountingTranslator:
    """Wraps a ctranslate2.Translator to record what each translate_batch call received."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.batches: list[int] = []

    def translate_batch(self, source: list[list[str]], **options: Any) -> Any:
        self.batches.append(len(source))
        return self.inner.translate_batch(source, **options)


def test_many_quotes_go_to_the_model_in_one_call(model: ModelInfo) -> None:
    engine = ArgosTranslator(model, max_batch_size=4)
    spy = _CountingTranslator(engine.translator)
    engine._loaded.translator = spy
    texts = [q["quote"] for q in gold_quotes() if q["lang"] == "ru"]
    expected_sentences = sum(len(split_sentences(t, "ru")) for t in texts)
    assert expected_sentences > len(texts)  # some quotes have several sentences

    try:
        results = engine.translate(texts)
    finally:
        engine._loaded.translator = spy.inner
    assert spy.batches == [expected_sentences]
    assert engine.calls == 1
    assert engine.sentences_translated == expected_sentences
    assert len(results) == len(texts)
    assert all(isinstance(r, str) and r for r in results)


def test_empty_input_makes_no_model_call(model: ModelInfo) -> None:
    engine = ArgosTranslator(model)
    assert engine.translate(["", "   "]) == ["", ""]
    assert engine.translate([]) == []
    assert engine.calls == 0


def test_the_model_is_loaded_once_per_process(model: ModelInfo) -> None:
    first = ArgosTranslator(model)
    second = ArgosTranslator(model)
    assert first.translator is second.translator


def test_a_model_removed_from_disk_is_forgotten(model: ModelInfo) -> None:
    loaded = ArgosTranslator(model).translator
    packages.remove_models(["ru", "en"])
    reinstalled = packages.install_file(argos_package())
    assert ArgosTranslator(reinstalled).translator is not loaded


def test_fake_translator_has_the_engine_interface() -> None:
    fake = FakeTranslator()
    assert fake.translate(["Привет", ""]) == ["[en] Привет", ""]
    assert fake.calls == 1
    assert (fake.model_name, fake.model_version) == ("fake-ru_en", "0")
    with pytest.raises(RuntimeError):
        FakeTranslator(fail=True).translate(["x"])
