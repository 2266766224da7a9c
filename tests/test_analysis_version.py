"""A change to the analysis must come with a new ANALYSIS_VERSION.

Libraries reread files an older analysis derived (ingestion/analysis_version.py), but
only when the version says the analysis changed; a change without a bump leaves every
existing library with the old titles, regions, quotes and stems, and an index whose
stems no longer match the queries'. So the analysis of a fixed set of texts (the seed
corpus and the blind news sets) is fingerprinted, and the fingerprint is recorded with
the version it belongs to: change one, change the other.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from regreader.ingestion.analysis_version import ANALYSIS_VERSION
from regreader.ingestion.prepare import ReadJob, prepare_files

ROOT = Path(__file__).resolve().parent.parent
RECORD = ROOT / "tests" / "data" / "analysis_fingerprint.json"
TEXTS = [ROOT / "corpus", ROOT / "tests" / "data" / "quotes" / "news"]


def analysis_fingerprint() -> str:
    """sha256 over everything indexing derives from the texts, file by file."""
    digest = hashlib.sha256()
    paths = sorted(path for folder in TEXTS for path in folder.iterdir() if path.is_file())
    jobs = [ReadJob(str(path), path, path.stat().st_size, 0, 1 << 30, None) for path in paths]
    for path, prepared in zip(paths, prepare_files(jobs), strict=True):
        digest.update(path.name.encode())
        for article in prepared.articles:
            content = article.content
            derived = (
                content.title,
                content.published,
                content.languages,
                content.body,
                sorted(article.regions.items()),
                [tuple(vars(quote).values()) for quote in article.extraction.quotes],
                [tuple(vars(mention).values()) for mention in article.extraction.mentions],
                article.title_stems,
                article.body_stems,
                article.extras_stems,
            )
            digest.update(json.dumps(derived, ensure_ascii=False).encode())
    return digest.hexdigest()


def test_the_analysis_is_the_one_its_version_was_recorded_with() -> None:
    recorded = json.loads(RECORD.read_text(encoding="utf-8"))
    now = {"analysis_version": ANALYSIS_VERSION, "fingerprint": analysis_fingerprint()}
    assert now == recorded, (
        "What indexing derives from a text changed, or ANALYSIS_VERSION did without it. "
        "If the analysis changed, bump ANALYSIS_VERSION (libraries then reread their files) "
        f"and record the new pair in {RECORD.relative_to(ROOT)}: {json.dumps(now)}"
    )
