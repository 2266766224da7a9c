"""Build a tiny but real Argos Translate package for tests and bench, with no download.

The package is what Argos ships, only small: a SentencePiece model trained on the bundled
corpus, and a one-layer CTranslate2 transformer made with `TransformerSpec.from_config`
with random weights from a fixed seed, whose vocabulary is the SentencePiece pieces.
Its "translations" are gibberish, but every step of the real code path runs: unpacking,
validation, `install_from_path`, loading, tokenizing, `translate_batch`, decoding.

Builds are cached per process (a few hundred kB, well under a second).
"""

from __future__ import annotations

import atexit
import io
import json
import shutil
import tempfile
import zipfile
from functools import lru_cache
from pathlib import Path
from typing import Any

CORPUS_DIR = Path(__file__).resolve().parent.parent / "corpus"
VOCAB_SIZE = 400
MODEL_DIM = 32
FFN_DIM = 64
SEED = 1234


@lru_cache(maxsize=1)
def _scratch() -> Path:
    path = Path(tempfile.mkdtemp(prefix="regreader-test-argos-"))
    atexit.register(shutil.rmtree, path, True)
    return path


@lru_cache(maxsize=1)
def sentencepiece_model() -> Path:
    """A SentencePiece model trained on corpus/*.txt (small vocabulary, identity normaliser)."""
    import sentencepiece

    lines = [
        line
        for path in sorted(CORPUS_DIR.glob("*.txt"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    model = io.BytesIO()
    sentencepiece.SentencePieceTrainer.train(
        sentence_iterator=iter(lines),
        model_writer=model,
        vocab_size=VOCAB_SIZE,
        model_type="unigram",
        character_coverage=1.0,
        normalization_rule_name="identity",  # keeps the file small: no NFKC table
        num_threads=1,
        minloglevel=2,
    )
    path = _scratch() / "sentencepiece.model"
    path.write_bytes(model.getvalue())
    return path


def _random_weight(name: str, vocab_size: int, rng: Any) -> Any:
    """A weight array of the shape CTranslate2 expects for the spec variable `name`."""
    import numpy as np

    scope = name.split("/")
    attr, layer = scope[-1], scope[-2]
    block = scope[-3] if len(scope) >= 3 else ""
    d, ff = MODEL_DIM, FFN_DIM
    if attr == "gamma":
        return np.ones(d, dtype=np.float32)
    if attr == "beta":
        return np.zeros(d, dtype=np.float32)
    if layer.startswith("embeddings") or layer == "projection":
        shape: tuple[int, int] = (vocab_size, d)
    elif block == "ffn":
        shape = (ff, d) if layer == "linear_0" else (d, ff)
    elif block == "self_attention":  # fused query/key/value, then the output projection
        shape = (3 * d, d) if layer == "linear_0" else (d, d)
    elif block == "attention":  # query, fused key/value, output
        shape = (2 * d, d) if layer == "linear_1" else (d, d)
    else:
        raise ValueError(f"unexpected spec variable {name}")
    return rng.normal(0.0, 0.3, shape).astype(np.float32)


def build_ctranslate2_model(output_dir: Path, sp_model: Path, seed: int = SEED) -> Path:
    """A one-layer transformer with random weights, saved in the CTranslate2 format."""
    import numpy as np
    import sentencepiece
    from ctranslate2.converters.converter import Converter
    from ctranslate2.specs import TransformerSpec, model_spec

    processor = sentencepiece.SentencePieceProcessor(model_file=str(sp_model))
    vocabulary = [processor.id_to_piece(i) for i in range(processor.get_piece_size())]
    rng = np.random.default_rng(seed)
    spec = TransformerSpec.from_config(num_layers=1, num_heads=2)

    def fill(layer: Any, name: str, value: Any) -> None:
        if value is None:  # only required, still-unset weights
            setattr(layer, name.split("/")[-1], _random_weight(name, len(vocabulary), rng))

    model_spec.visit_spec(spec, fill)
    spec.register_source_vocabulary(vocabulary)
    spec.register_target_vocabulary(vocabulary)

    class _SpecConverter(Converter):
        def _load(self) -> Any:
            return spec

    _SpecConverter().convert(str(output_dir), force=True)
    return output_dir


def metadata(from_code: str, to_code: str, version: str) -> dict[str, Any]:
    return {
        "package_version": version,
        "argos_version": "1.9",
        "from_code": from_code,
        "from_name": from_code.upper(),
        "to_code": to_code,
        "to_name": to_code.upper(),
        "type": "translate",
        "links": [],
    }


@lru_cache(maxsize=8)
def argos_package(from_code: str = "ru", to_code: str = "en", version: str = "1.0") -> Path:
    """A `.argosmodel` zip with one top-level folder, laid out as real Argos packages are."""
    top = f"translate-{from_code}_{to_code}-{version.replace('.', '_')}"
    staging = _scratch() / "staging" / top
    if staging.exists():
        shutil.rmtree(staging)
    staging.mkdir(parents=True)
    sp_model = sentencepiece_model()
    shutil.copy(sp_model, staging / "sentencepiece.model")
    build_ctranslate2_model(staging / "model", sp_model)
    (staging / "metadata.json").write_text(
        json.dumps(metadata(from_code, to_code, version)), encoding="utf-8"
    )
    archive = _scratch() / f"{top}.argosmodel"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zipped:
        for path in sorted(staging.rglob("*")):
            zipped.write(path, path.relative_to(staging.parent).as_posix())
    return archive


def rewrite_package(
    source: Path, destination: Path, *, drop: str = "", replace: dict[str, bytes] | None = None
) -> Path:
    """A copy of a package with one member left out (`drop`, a suffix) or replaced."""
    replace = replace or {}
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(destination, "w") as copy:
        for item in original.infolist():
            if drop and item.filename.endswith(drop):
                continue
            data = next(
                (new for suffix, new in replace.items() if item.filename.endswith(suffix)),
                original.read(item.filename),
            )
            copy.writestr(item.filename, data)
    return destination
