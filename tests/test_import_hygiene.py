"""Start-up stays light: heavy modules load only when a feature first needs them.

Each check runs in a fresh interpreter, so what this test process imported does not count.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

from regreader.library import Library
from regreader.locations import bundled_corpus_dir

# Translation engines, HTML/feed parsers, fuzzy matching, sqlite-utils: none is needed to
# paint the first screen.
HEAVY = (
    "ctranslate2",
    "argostranslate",
    "sentencepiece",
    "sqlite_utils",
    "feedparser",
    "selectolax",
    "rapidfuzz",
    "razdel",
)


def loaded_after(code: str, tmp_path: Path) -> list[str]:
    """Which HEAVY modules are in sys.modules after running `code` in a new interpreter."""
    script = code + textwrap.dedent(
        f"""
        import json, sys
        print(json.dumps([m for m in {HEAVY!r} if m in sys.modules]))
        """
    )
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "REGREADER_CONFIG": str(tmp_path / "config.toml"),
        "ARGOS_PACKAGES_DIR": str(tmp_path / "argos"),
    }
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=tmp_path,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return list(json.loads(done.stdout.strip().splitlines()[-1]))


def test_importing_the_app_and_cli_loads_nothing_heavy(tmp_path: Path) -> None:
    assert loaded_after("import regreader.tui.app, regreader.cli.main\n", tmp_path) == []


def test_first_painted_screen_loads_nothing_heavy(tmp_path: Path) -> None:
    """The app on an indexed library, run headless until its list is on screen."""
    db = tmp_path / "library.db"
    library = Library(db)  # indexed here, so the child process only starts the app
    library.index_paths([bundled_corpus_dir()])
    library.close()
    code = textwrap.dedent(
        f"""
        import asyncio
        from regreader.tui.app import create_app

        async def first_paint():
            app = create_app({str(db)!r})
            async with app.run_test(size=(120, 40)) as pilot:
                main = app.main_screen
                for _ in range(400):
                    if main.page is not None:
                        break
                    await pilot.pause(0.02)
                assert main.page is not None and main.page.total == 5, "no list painted"
                await pilot.pause()

        asyncio.run(first_paint())
        """
    )
    assert loaded_after(code, tmp_path) == []
