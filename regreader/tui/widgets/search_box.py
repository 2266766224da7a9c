"""The search field."""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets import Input


class SearchBox(Input):
    """An Input that Enter and Down leave for the results below, as search fields with
    lists do.

    Priority bindings: the app handles them as soon as it reads the key, so a key sent
    right behind ('Enter Enter' to search and open) already finds the results focused.
    """

    BINDINGS = [  # noqa: RUF012
        Binding("down", "screen.focus_results", "Results", show=False, priority=True),
        Binding("enter", "screen.focus_results", "Results", show=False, priority=True),
    ]
