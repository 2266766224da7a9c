"""Scoring the extractor against hand-checked quotes.

    python -m regreader.quotes.evaluate GOLD.jsonl CORPUS_DIR

GOLD.jsonl has one object per line: {"file", "quote", "speaker", ...}. Only quotes of kind
'quote' are scored. A predicted quote matches a gold one when both are equal after
collapsing whitespace and stripping trailing , . ; : (each gold quote matches at most
once). Speaker accuracy counts matched quotes whose speaker is exactly the gold one
(None == None counts as right).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from regreader.quotes.extract import extract_quotes
from regreader.quotes.model import Extraction


def normalise(text: str) -> str:
    return " ".join(text.split()).rstrip(",.;: ")


@dataclass
class Score:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    speakers_right: int = 0
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)
    wrong_speakers: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speakers_right / self.matched if self.matched else 1.0


def load_gold(path: Path) -> dict[str, list[dict[str, object]]]:
    by_file: dict[str, list[dict[str, object]]] = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                record = json.loads(line)
                by_file.setdefault(str(record["file"]), []).append(record)
    return by_file


def read_article(path: Path) -> str:
    """The body as indexing stores it: decoded and cleaned, and for a web page its main
    text (so a gold set of saved pages scores ingestion and extraction together)."""
    from regreader.ingestion.prepare import extract_articles

    articles = extract_articles(path, path.read_bytes())
    if len(articles) != 1:
        raise ValueError(f"{path.name}: a gold set's file must hold one article")
    return articles[0][1].body


def score(
    gold_path: Path,
    corpus_dir: Path,
    extractor: Callable[[str], Extraction] = extract_quotes,
) -> Score:
    """Score `extractor` over every file the gold file names."""
    result = Score()
    for file_name, gold_records in sorted(load_gold(gold_path).items()):
        body = read_article(corpus_dir / file_name)
        predicted = [q for q in extractor(body).quotes if q.kind == "quote"]
        result.gold += len(gold_records)
        result.predicted += len(predicted)
        wanted = Counter(normalise(str(record["quote"])) for record in gold_records)
        speaker_of = {normalise(str(r["quote"])): r.get("speaker") for r in gold_records}
        for quote in predicted:
            key = normalise(quote.text)
            if wanted[key] <= 0:
                result.extras.append(f"{file_name}: {key[:80]}")
                continue
            wanted[key] -= 1
            result.matched += 1
            if quote.speaker == speaker_of[key]:
                result.speakers_right += 1
            else:
                result.wrong_speakers.append(
                    f"{file_name}: {key[:50]}: {quote.speaker!r}, gold {speaker_of[key]!r}"
                )
        result.misses.extend(f"{file_name}: {key[:80]}" for key, n in wanted.items() if n > 0)
    return result


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) != 2:
        print("usage: python -m regreader.quotes.evaluate GOLD.jsonl CORPUS_DIR", file=sys.stderr)
        return 2
    result = score(Path(args[0]), Path(args[1]))
    print(f"gold quotes:      {result.gold}")
    print(f"predicted quotes: {result.predicted}")
    print(f"recall:           {result.recall:.3f}")
    print(f"precision:        {result.precision:.3f}")
    print(f"speaker accuracy: {result.speaker_accuracy:.3f}")
    for title, items in (
        ("missed", result.misses),
        ("extra", result.extras),
        ("wrong speaker", result.wrong_speakers),
    ):
        for item in items:
            print(f"{title}: {item}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
