"""Helpers for the app tests: a library with the seeds and a hostile article, and waiting.

The hostile article carries markup-like brackets and an escape sequence in its title,
body and a quote, so every surface that shows data gets exercised with them.
"""

from __future__ import annotations

import asyncio
import functools
import shutil
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from regreader.library import Library
from regreader.locations import bundled_corpus_dir
from regreader.translation.engine import FakeTranslator
from regreader.tui.app import RegreaderApp, create_app

HOSTILE_TITLE = "Markup [bold]x[/bold] and [/ in Perm Krai"
HOSTILE_QUOTE = "Это [/foo] тест [link=file:///etc/passwd]x[/link] \x1b[31m красный [/"
HOSTILE_ARTICLE = f"""{HOSTILE_TITLE}

10 April 2024

Ivan Petrov, the governor of the Perm Territory, said: «{HOSTILE_QUOTE}».
The Perm region budget line [/ stays [bold]literal[/bold] here.
"""
# What the quote looks like once ingestion has stripped the control character.
HOSTILE_QUOTE_SHOWN = HOSTILE_QUOTE.replace("\x1b", "")


def isolate_user_dirs(monkeypatch: pytest.MonkeyPatch, root: Path) -> None:
    """No test reads or writes the real user's data, config or translation models."""
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(name, str(root / name.lower()))
    monkeypatch.setenv("REGREADER_CONFIG", str(root / "config.toml"))
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(root / "argos-packages"))
    monkeypatch.delenv("REGREADER_DB", raising=False)


def write_corpus(folder: Path) -> Path:
    """The bundled seeds plus the hostile article, as files to index."""
    shutil.copytree(bundled_corpus_dir(), folder)
    (folder / "hostile.txt").write_text(HOSTILE_ARTICLE, encoding="utf-8")
    return folder


def build_library(db_path: Path, corpus: Path) -> Path:
    library = Library(db_path)
    try:
        library.index_paths([corpus])
    finally:
        library.close()
    return db_path


def make_app(
    db_path: Path,
    *,
    translated: bool = True,
    export_dir: Path | None = None,
    index_if_empty: bool = False,
    settings: object | None = None,
) -> RegreaderApp:
    translators = {"ru": FakeTranslator()} if translated else None
    return create_app(
        db_path,
        translators=translators,
        index_if_empty=index_if_empty,
        export_dir=export_dir,
        settings=settings,  # type: ignore[arg-type]
    )


def screen_text(app: RegreaderApp) -> str:
    """Everything on screen as plain text, the way the terminal would get it."""
    strips = app.screen._compositor.render_strips()
    return "\n".join(strip.text for strip in strips)


async def settle(pilot: Pilot[object]) -> None:
    """Let workers finish and their messages be handled."""
    for _ in range(3):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


async def wait_until(
    pilot: Pilot[object], condition: Callable[[], bool], timeout: float = 10.0
) -> None:
    """Poll `condition` while the app runs; fail the test when it never holds."""
    deadline = asyncio.get_running_loop().time() + timeout
    while not condition():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError("the app never reached the expected state")
        await pilot.pause(0.05)


def run_async(test: Callable[..., Coroutine[Any, Any, None]]) -> Callable[..., None]:
    """Run an async Pilot test in its own event loop (fixtures still reach it by name)."""

    @functools.wraps(test)
    def runner(*args: Any, **kwargs: Any) -> None:
        asyncio.run(test(*args, **kwargs))

    return runner
