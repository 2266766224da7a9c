"""Shared by the hardening tests: running the real `regreader` command in a subprocess,
and generating many small articles quickly."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
# What the CLI may print: text, newlines and tabs; never ESC or another control character,
# nor a bidi override or isolate (they reorder what the terminal shows).
FORBIDDEN_OUTPUT_CHARS = (
    frozenset(chr(c) for c in range(32) if chr(c) not in "\n\t")
    | {"\x7f"}
    | {chr(c) for c in range(0x80, 0xA0)}
    | set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
)

RUSSIAN_WORDS = [
    "губернатор",
    "заявил",
    "программа",
    "развития",
    "региона",
    "инфраструктура",
    "субсидия",
    "дороги",
    "школа",
    "больница",
    "инвестиции",
    "область",
    "край",
    "республика",
    "бюджет",
    "строительство",
]
ENGLISH_WORDS = [
    "governor",
    "said",
    "programme",
    "development",
    "region",
    "infrastructure",
    "subsidy",
    "roads",
    "school",
    "hospital",
    "investment",
    "oblast",
    "krai",
    "republic",
    "budget",
    "construction",
]


def cli_env(tmp_path: Path) -> dict[str, str]:
    """The environment for a `regreader` subprocess: no user config, no terminal tricks."""
    env = dict(os.environ)
    env["REGREADER_CONFIG"] = str(tmp_path / "no-config.toml")
    env.pop("REGREADER_DB", None)
    env["PYTHONUNBUFFERED"] = "1"
    env["NO_COLOR"] = "1"
    return env


def regreader_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "regreader", *args]


def run_regreader(
    tmp_path: Path, *args: str, timeout: float = 120, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        regreader_command(*args),
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=timeout,
        env=env or cli_env(tmp_path),
        cwd=tmp_path,
    )


def article_text(rng: random.Random, number: int) -> str:
    """A small article, Russian or English, with a quote and a unique marker word."""
    words = RUSSIAN_WORDS if number % 2 else ENGLISH_WORDS
    body = " ".join(rng.choice(words) for _ in range(rng.randint(20, 60)))
    if number % 2:
        quote = f"«{' '.join(rng.choice(words) for _ in range(8))}», — сказал Иван Петров."
    else:
        quote = f'"{" ".join(rng.choice(words) for _ in range(8))}," said John Smith.'
    return f"Article {number} marker{number}\n\n{body.capitalize()}. {quote}\n"


def write_articles(folder: Path, count: int, seed: int = 7, start: int = 0) -> list[Path]:
    """`count` small distinct .txt articles in `folder` (deterministic for a seed)."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(start, start + count):
        path = folder / f"a{number:06d}.txt"
        path.write_text(article_text(rng, number), encoding="utf-8")
        paths.append(path)
    return paths


def forbidden_chars(text: str) -> set[str]:
    return {char for char in text if char in FORBIDDEN_OUTPUT_CHARS}
