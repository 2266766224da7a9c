"""Near-duplicate tags and initiatives: proposed for merge, and dismissals remembered."""

from __future__ import annotations

import sqlite3
from typing import Literal

from regreader.annotations.model import utc_now
from regreader.storage import transaction

MergeKind = Literal["tag", "initiative"]


def dismissed_pairs(conn: sqlite3.Connection, kind: MergeKind) -> set[tuple[str, str]]:
    return {
        (row[0], row[1])
        for row in conn.execute(
            "SELECT first_key, second_key FROM dismissed_merges WHERE kind = ?", (kind,)
        )
    }


def dismiss_merge(
    conn: sqlite3.Connection, kind: MergeKind, first_key: str, second_key: str
) -> None:
    """Remember that two near-duplicates are distinct, so they are not proposed again."""
    first, second = sorted((first_key, second_key))
    with transaction(conn):
        conn.execute(
            "INSERT OR IGNORE INTO dismissed_merges(kind, first_key, second_key, created_at)"
            " VALUES (?, ?, ?, ?)",
            (kind, first, second, utc_now()),
        )
