"""The installed `regreader` in a real terminal (tmux): first launch, search, open, quit.

Skipped only where tmux is absent (CI installs it). Runs on its own tmux server socket
with a temporary library, data, config and model folders, so nothing of the user's is read.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

TMUX = shutil.which("tmux")
pytestmark = pytest.mark.skipif(TMUX is None, reason="tmux is not installed")


def installed_regreader() -> str:
    beside_python = Path(sys.executable).parent / "regreader"
    found = shutil.which("regreader") or (str(beside_python) if beside_python.exists() else None)
    if found is None:
        pytest.fail("the regreader command is not installed (pip install -e .)")
    return found


class Terminal:
    def __init__(self, socket: str, session: str) -> None:
        self.socket = socket
        self.session = session

    def tmux(self, *args: str) -> str:
        done = subprocess.run(
            [TMUX or "tmux", "-L", self.socket, "-f", "/dev/null", *args],
            capture_output=True,
            text=True,
            timeout=30,
            check=True,
        )
        return done.stdout

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p", "-t", self.session)

    def keys(self, *keys: str) -> None:
        self.tmux("send-keys", "-t", self.session, *keys)

    def type(self, text: str) -> None:
        self.tmux("send-keys", "-t", self.session, "-l", text)

    def wait_for(self, condition: Callable[[str], bool], what: str, timeout: float = 30) -> str:
        deadline = time.monotonic() + timeout
        screen = ""
        while time.monotonic() < deadline:
            screen = self.screen()
            if condition(screen):
                return screen
            time.sleep(0.2)
        raise AssertionError(f"never saw {what}; the screen was:\n{screen}")


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[tuple[Terminal, Path]]:
    socket = f"regreader-test-{uuid.uuid4().hex[:8]}"
    status = tmp_path / "exit-status"
    env = {
        "REGREADER_DB": str(tmp_path / "library.db"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "REGREADER_CONFIG": str(tmp_path / "config.toml"),
        "ARGOS_PACKAGES_DIR": str(tmp_path / "argos"),
        "TERM": "xterm-256color",
        "LANG": "C.UTF-8",
    }
    exports = " ".join(f"{key}='{value}'" for key, value in env.items())
    # The pause lets tmux size the new window before the app asks for its size.
    command = f"sleep 0.5; env {exports} '{installed_regreader()}'; echo $? > '{status}'; sleep 60"
    term = Terminal(socket, "smoke")
    term.tmux("new-session", "-d", "-s", "smoke", "-x", "120", "-y", "40", command)
    try:
        yield term, status
    finally:
        subprocess.run([TMUX or "tmux", "-L", socket, "kill-server"], check=False, timeout=30)


def test_first_launch_search_open_and_quit(terminal: tuple[Terminal, Path]) -> None:
    term, status = terminal
    first = term.wait_for(lambda s: "5 articles" in s, "the indexed bundled corpus")
    assert "AIRR in the Perm region" in first
    assert "q Quit" in first  # the footer shows the keys

    term.keys("/")
    term.type("субсидия")
    term.wait_for(lambda s: "1 matching article" in s, "search results")
    term.keys("Enter")  # from the search box to the results
    term.keys("Enter")  # open the article
    reader = term.wait_for(lambda s: "Zhargalma Badmazh" in s and "Speaker" in s, "the reader")
    assert "Единая" in reader  # the quote and the body, in Cyrillic
    assert "regreader models install ru en" in term.wait_for(
        lambda s: "models install" in s, "the no-model hint"
    )

    term.keys("q")
    deadline = time.monotonic() + 20
    while not (status.exists() and status.read_text().strip()):
        assert time.monotonic() < deadline, "regreader did not quit on q"
        time.sleep(0.2)
    assert status.read_text().strip() == "0"
    after = term.screen()
    assert "Traceback" not in after
    assert os.path.exists(Path(status).parent / "library.db")
