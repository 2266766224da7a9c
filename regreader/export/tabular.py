"""CSV and JSON Lines: one row per record, the same fields (model.ROW_FIELDS) in both.

CSV is for spreadsheets, so it is shaped for them:
- a file starts with a UTF-8 byte order mark, because Excel reads a BOM-less CSV in the
  local ANSI code page and turns Cyrillic into mojibake; LibreOffice and Python's
  "utf-8-sig" read it transparently. Standard output (`-o -`) gets no BOM: it goes to tools.
- lists (tags, initiatives, regions) are joined with "; "; regions are gazetteer keys
  ("buryatia"), stable for joins (regreader.ingestion.regions.region_name gives names);
- control characters (other than newline and tab) are dropped: spreadsheets choke on them.
- a text cell that starts with = + - @ (or a tab/CR) would be run as a formula by a
  spreadsheet; such cells get a leading apostrophe (the OWASP advice for CSV injection).
  Quotes are untrusted text, so this is on for every text column.
JSON Lines is for programs and is exact: lists stay lists, numbers numbers, nothing altered.
"""

from __future__ import annotations

import csv
import json
from typing import Any, TextIO

from regreader.export.model import ROW_FIELDS, ExportData
from regreader.text import strip_controls

BOM = "\ufeff"
LIST_SEPARATOR = "; "
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def write_csv(data: ExportData, out: TextIO, *, bom: bool = True) -> None:
    if bom:
        out.write(BOM)
    writer = csv.writer(out, lineterminator="\r\n")  # RFC 4180 line ends
    writer.writerow(ROW_FIELDS)
    for record in data.records:
        row = record.as_row()
        writer.writerow([_csv_cell(row[name]) for name in ROW_FIELDS])


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, list):
        value = LIST_SEPARATOR.join(str(item) for item in value)
    text = strip_controls(str(value))
    if text.startswith(_FORMULA_STARTS):
        return "'" + text
    return text


def write_jsonl(data: ExportData, out: TextIO) -> None:
    for record in data.records:
        # ensure_ascii=False keeps Cyrillic readable; json escapes control characters, and
        # U+2028/U+2029 are escaped too because str.splitlines() and some readers break
        # lines there: one record is always exactly one line.
        line = json.dumps(record.as_row(), ensure_ascii=False)
        out.write(line.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029") + "\n")
