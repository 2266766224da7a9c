"""Turning many texts into translations with one CTranslate2 call.

We do Argos's job ourselves rather than calling `argostranslate.translate`, whose sentence
splitter downloads a model on first use (and so fails offline): texts are split into
sentences here (razdel for Russian), tokenized with the package's SentencePiece model,
and every sentence of every text goes to the model in a single `translate_batch` call,
which groups them into batches internally. Sentence translations are then joined back
per text.

The CTranslate2 translator and tokenizer of a package are loaded once per process and
shared by every engine made for that package.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from regreader.translation.packages import ModelError, ModelInfo

MAX_BATCH_SIZE = 32  # sentences per internal batch of translate_batch
BEAM_SIZE = 4  # Argos's default
MAX_DECODING_LENGTH = 256
LENGTH_PENALTY = 0.2  # Argos's setting
SENTENCEPIECE_SPACE = "\u2581"

_SENTENCE_END_RE = re.compile(r"(?<=[.!?…])\s+(?=[\"'«“(\[]?[A-ZА-ЯЁ0-9])")


class Translator(Protocol):
    """What the service needs from an engine; FakeTranslator implements it for UI tests."""

    model_name: str
    model_version: str
    calls: int  # model invocations so far (translate_batch calls)

    def translate(self, texts: Sequence[str]) -> list[str]:
        """One translation per text, in order; empty text gives an empty translation."""
        ...


def split_sentences(text: str, language: str) -> list[str]:
    """Sentences of `text`; razdel for Russian, a punctuation rule for everything else."""
    text = text.strip()
    if not text:
        return []
    if language in {"ru", "mixed"}:
        from razdel import sentenize

        pieces = [sentence.text for sentence in sentenize(text)]
    else:
        pieces = _SENTENCE_END_RE.split(text)
    return [piece.strip() for piece in pieces if piece.strip()]


@dataclass
class _LoadedModel:
    translator: Any  # ctranslate2.Translator
    tokenizer: Any  # sentencepiece.SentencePieceProcessor


_LOADED: dict[tuple[str, str], _LoadedModel] = {}
_LOAD_LOCK = threading.Lock()


def _cache_key(model: ModelInfo) -> tuple[str, str]:
    return (str(model.path), model.version)


def _load(model: ModelInfo) -> _LoadedModel:
    """The package's translator and tokenizer, loaded on first use and kept for the process."""
    key = _cache_key(model)
    with _LOAD_LOCK:
        loaded = _LOADED.get(key)
        if loaded is None:
            loaded = _LOADED[key] = _load_files(model)
        return loaded


def _load_files(model: ModelInfo) -> _LoadedModel:
    import ctranslate2
    import sentencepiece

    try:
        tokenizer = sentencepiece.SentencePieceProcessor(model_file=str(model.tokenizer_file))
        translator = ctranslate2.Translator(str(model.model_dir), device="cpu", inter_threads=1)
    except (OSError, RuntimeError, ValueError) as exc:
        raise ModelError(
            f"The {model.label} model cannot be loaded ({exc}); "
            "reinstall it with: regreader models install ..."
        ) from exc
    return _LoadedModel(translator=translator, tokenizer=tokenizer)


def forget_loaded(model: ModelInfo) -> None:
    """Drop a loaded model (its files are about to be removed)."""
    with _LOAD_LOCK:
        _LOADED.pop(_cache_key(model), None)


class ArgosTranslator:
    """Translates with one installed Argos package; see the module docstring."""

    def __init__(
        self,
        model: ModelInfo,
        *,
        max_batch_size: int = MAX_BATCH_SIZE,
        beam_size: int = BEAM_SIZE,
    ) -> None:
        self.model = model
        self.model_name = model.name
        self.model_version = model.version
        self.max_batch_size = max_batch_size
        self.beam_size = beam_size
        self.calls = 0  # translate_batch invocations: tests and bench count them
        self.sentences_translated = 0
        self._loaded = _load(model)

    @property
    def translator(self) -> Any:
        """The shared ctranslate2.Translator (one per package per process)."""
        return self._loaded.translator

    def translate(self, texts: Sequence[str]) -> list[str]:
        """Translate every text; all their sentences go to the model in one call."""
        sentence_counts: list[int] = []
        tokenized: list[list[str]] = []
        for text in texts:
            sentences = split_sentences(text, self.model.from_code)
            sentence_counts.append(len(sentences))
            tokenized.extend(self._encode(sentence) for sentence in sentences)
        translated = self._translate_tokens(tokenized) if tokenized else []
        results: list[str] = []
        position = 0
        for count in sentence_counts:
            results.append(" ".join(translated[position : position + count]).strip())
            position += count
        return results

    def _encode(self, sentence: str) -> list[str]:
        return list(self._loaded.tokenizer.encode(sentence, out_type=str))

    def _translate_tokens(self, tokenized: list[list[str]]) -> list[str]:
        prefix = [self.model.target_prefix] if self.model.target_prefix else None
        longest = max(len(tokens) for tokens in tokenized)
        self.calls += 1
        self.sentences_translated += len(tokenized)
        results = self._loaded.translator.translate_batch(
            tokenized,
            target_prefix=[prefix] * len(tokenized) if prefix else None,
            max_batch_size=self.max_batch_size,
            beam_size=self.beam_size,
            num_hypotheses=1,
            length_penalty=LENGTH_PENALTY,
            replace_unknowns=True,
            # A translation is rarely more than twice its source; the cap also stops a
            # degenerate model from running to the hard limit on every sentence.
            max_decoding_length=min(MAX_DECODING_LENGTH, 2 * longest + 16),
        )
        return [self._decode(result.hypotheses[0], prefix) for result in results]

    def _decode(self, tokens: list[str], prefix: list[str] | None) -> str:
        if prefix and tokens[: len(prefix)] == prefix:
            tokens = tokens[len(prefix) :]
        text = self._loaded.tokenizer.decode_pieces(tokens)
        return str(text).replace(SENTENCEPIECE_SPACE, " ").strip()


class FakeTranslator:
    """A test double with the Translator interface, for UI tests that need no real model.

    Its "translation" is the text with a marker in front, so tests can recognise it;
    like the real engine it counts calls and can be told to fail.
    """

    def __init__(
        self,
        model_name: str = "fake-ru_en",
        model_version: str = "0",
        *,
        prefix: str = "[en] ",
        fail: bool = False,
    ) -> None:
        self.model_name = model_name
        self.model_version = model_version
        self.prefix = prefix
        self.fail = fail
        self.calls = 0
        self.texts_seen: list[str] = []

    def translate(self, texts: Sequence[str]) -> list[str]:
        self.calls += 1
        if self.fail:
            raise RuntimeError("fake translator told to fail")
        self.texts_seen.extend(texts)
        return [f"{self.prefix}{text.strip()}" if text.strip() else "" for text in texts]
