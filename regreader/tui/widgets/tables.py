"""A DataTable with vi keys and columns that share the width it has."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from rich.text import Text
from textual.binding import Binding
from textual.events import Resize
from textual.widgets import DataTable

from regreader.tui.widgets.safe import one_line, plain

# Invisible format characters (zero-width space and joiners, word joiner, soft hyphen,
# directional marks, BOM, tag characters). Rich and terminals disagree on their width
# (rich joins "e" + ZWJ + " " into one cell, a terminal draws two), which shifts the
# columns after them; a table cell drops them. Only what is drawn changes, never the data.
_INVISIBLE_RE = re.compile(
    "[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f"
    "\ufeff\ufff9-\ufffb\U000e0000-\U000e007f]+"
)


def cell_text(value: object, style: str = "") -> Text:
    """Data for a table cell: literal, on one line, without zero-width characters."""
    return plain(_INVISIBLE_RE.sub("", one_line(value)), style=style)


@dataclass(frozen=True)
class ColumnSpec:
    key: str
    label: str
    width: int = 0  # 0: takes a share of what the fixed columns leave
    share: int = 1


class RowTable(DataTable[Text]):
    """Row cursor, j/k, and flexible columns re-laid out when the table is resized."""

    BINDINGS = [  # noqa: RUF012 - Textual's own pattern
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
    ]

    def __init__(self, columns: Sequence[ColumnSpec], **kwargs: object) -> None:
        super().__init__(cursor_type="row", zebra_stripes=False, **kwargs)  # type: ignore[arg-type]
        self._specs = list(columns)
        self._rows: list[tuple[str, list[Text], int]] = []
        self._row_indexes: dict[str, int] = {}  # row key -> index in _rows
        self._laid_out_width = -1

    def on_mount(self) -> None:
        self._layout_columns()

    def on_resize(self, event: Resize) -> None:
        if event.size.width != self._laid_out_width:
            self._rebuild(keep_cursor=True)

    def set_specs(self, columns: Sequence[ColumnSpec]) -> None:
        self._specs = list(columns)
        self._rebuild(keep_cursor=True)

    def _column_widths(self) -> list[int]:
        # The vertical scrollbar takes two cells whether or not it is needed yet.
        width = max(self.size.width - 2, 20)
        # Each column is drawn with one cell of padding on either side.
        fixed = sum(spec.width for spec in self._specs if spec.width)
        padding = 2 * len(self._specs)
        flexible = [spec for spec in self._specs if not spec.width]
        shares = sum(spec.share for spec in flexible) or 1
        left = max(width - fixed - padding, 8 * len(flexible))
        return [spec.width or max(8, left * spec.share // shares) for spec in self._specs]

    def _layout_columns(self) -> None:
        self.clear(columns=True)
        for spec, width in zip(self._specs, self._column_widths(), strict=True):
            self.add_column(Text(spec.label), width=width, key=spec.key)
        self._laid_out_width = self.size.width

    def set_rows(self, rows: Sequence[tuple[str, list[Text], int]], *, cursor: int = 0) -> None:
        """Replace every row: (row key, cells, height)."""
        self._rows = list(rows)
        self._row_indexes = {key: index for index, (key, _, _) in enumerate(self._rows)}
        self._rebuild(keep_cursor=False, cursor=cursor)

    def _rebuild(self, *, keep_cursor: bool, cursor: int = 0) -> None:
        row = self.cursor_row if keep_cursor else cursor
        self._layout_columns()
        for key, cells, height in self._rows:
            self.add_row(*cells, key=key, height=height)
        if self._rows:
            self.move_cursor(row=min(max(row, 0), len(self._rows) - 1), animate=False)

    def current_key(self) -> str | None:
        if not self._rows or self.cursor_row < 0 or self.cursor_row >= len(self._rows):
            return None
        return self._rows[self.cursor_row][0]

    def row_index(self, key: str) -> int | None:
        # A dict, not a scan: refreshing every row of a 100k-quote article was quadratic.
        return self._row_indexes.get(key)

    def replace_row(self, key: str, cells: list[Text], height: int) -> None:
        """Update one row in place (keeps cursor and scroll position)."""
        index = self.row_index(key)
        if index is None:
            return
        self._rows[index] = (key, cells, height)
        for spec, cell in zip(self._specs, cells, strict=True):
            self.update_cell(key, spec.key, cell, update_width=False)
