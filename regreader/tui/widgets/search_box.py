"""The search field."""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets import Input


class SearchBox(Input):
    """An Input where Down steps into the results below, as search fields with lists do."""

    BINDINGS = [Binding("down", "screen.focus_results", "Results", show=False)]  # noqa: RUF012
