"""Fixtures shared by the test modules. Each owner keeps to a clearly named block."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from regreader.locations import bundled_corpus_dir
from regreader.storage import open_library

# --- ingestion: library files and corpus copies --------------------------------------


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where a fresh library file goes (not created yet)."""
    return tmp_path / "library.db"


@pytest.fixture
def library(db_path: Path) -> Iterator[sqlite3.Connection]:
    """An open, empty library."""
    conn = open_library(db_path)
    yield conn
    conn.close()


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    """A private copy of the bundled seed articles, free to edit."""
    target = tmp_path / "corpus"
    shutil.copytree(bundled_corpus_dir(), target)
    return target


# --- end of ingestion fixtures ---------------------------------------------------------
