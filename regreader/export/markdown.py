"""A Markdown report: by initiative, then by article, each quote with its context.

Every piece of untrusted text (quotes, notes, titles, tags, paths) goes through `escape`
or `escape_block`, so nothing a quote or note contains can open a heading, a list, a link,
a code span, a table or raw HTML: it renders as the characters it is, in any CommonMark
viewer. Records linked to several initiatives appear under each of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TextIO

from regreader.export.model import ARTICLE, ExportData, ExportRecord
from regreader.export.records import region_label
from regreader.text import plural, strip_controls

UNLINKED_HEADING = "Not linked to an initiative"

# Inline specials of CommonMark and GitHub Markdown. Escaping "&" stops entities
# (&lt; would otherwise render as "<"); "|" stops tables; "~" strikethrough; "$" math.
_INLINE_SPECIALS = re.compile(r"([\\`*_{}\[\]<>()#|~&!$])")
# What a line may start with to become a heading, list, quote, rule or setext underline.
_LINE_START = re.compile(r"^([-+=:>])")
_ORDERED_ITEM = re.compile(r"^(\d{1,9})([.)])")


def escape(text: str) -> str:
    """One line of untrusted text, safe anywhere inline (headings, list items, emphasis)."""
    return _escape_line(" ".join(strip_controls(text).split()))


def escape_block(text: str) -> list[str]:
    """Untrusted multi-line text as Markdown lines, line breaks and paragraphs kept.

    Lines of one paragraph end in two spaces (a hard line break in every Markdown), so a
    note's lines stay lines instead of running together.
    """
    # Leading spaces would make an indented code block; inner runs stay as typed.
    lines = [_escape_line(line.strip()) for line in strip_controls(text).split("\n")]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return [
        line + "  " if line and index + 1 < len(lines) and lines[index + 1] else line
        for index, line in enumerate(lines)
    ]


def _escape_line(line: str) -> str:
    line = _INLINE_SPECIALS.sub(r"\\\1", line)
    line = _LINE_START.sub(r"\\\1", line)
    return _ORDERED_ITEM.sub(r"\1\\\2", line)


def write_markdown(data: ExportData, out: TextIO) -> None:
    out.write("\n".join(render_markdown(data)) + "\n")


def render_markdown(data: ExportData) -> list[str]:
    lines = ["# Regreader export", ""]
    lines.append(_summary_line(data))
    lines.append("")
    if not data.records:
        lines.append("No annotated quotes match.")
        return lines
    for heading, (initiative_id, records) in _by_initiative(data):
        lines += [f"## {heading}", ""]
        if initiative_id is not None:
            lines += _initiative_details(data, initiative_id)
        for article_records in _by_article(records):
            lines += _article_section(article_records)
    return lines


def _summary_line(data: ExportData) -> str:
    parts = [
        f"{plural(data.quote_count, 'annotated quote')} from "
        f"{plural(data.article_count, 'article')}"
    ]
    if data.created_at:
        parts.append(f"exported {escape(data.created_at)}")
    if data.filters:
        shown = ", ".join(f"{name} {escape(value)}" for name, value in data.filters.items())
        parts.append(f"filters: {shown}")
    return " · ".join(parts) + "."


def _by_initiative(
    data: ExportData,
) -> list[tuple[str, tuple[int | None, list[ExportRecord]]]]:
    groups: dict[int, list[ExportRecord]] = {}
    unlinked: list[ExportRecord] = []
    for record in data.records:
        if not record.initiative_ids:
            unlinked.append(record)
        for initiative_id in record.initiative_ids:
            groups.setdefault(initiative_id, []).append(record)

    def name_of(initiative_id: int) -> str:
        info = data.initiatives.get(initiative_id)
        return info.name if info else str(initiative_id)

    ordered = sorted(groups, key=lambda key: (name_of(key).casefold(), key))
    result = [(f"Initiative: {escape(name_of(key))}", (key, groups[key])) for key in ordered]
    if unlinked:
        result.append((UNLINKED_HEADING, (None, unlinked)))
    return result


def _initiative_details(data: ExportData, initiative_id: int) -> list[str]:
    info = data.initiatives.get(initiative_id)
    if info is None:
        return []
    lines: list[str] = []
    if info.aliases:
        lines += [f"*Also known as:* {', '.join(escape(alias) for alias in info.aliases)}", ""]
    if info.description:
        lines += [*escape_block(info.description), ""]
    return lines


def _by_article(records: Iterable[ExportRecord]) -> list[list[ExportRecord]]:
    by_article: dict[tuple[str, str, int], list[ExportRecord]] = {}
    for record in records:
        key = (record.published or "9999", record.source_title.casefold(), record.article_id or 0)
        by_article.setdefault(key, []).append(record)
    return [by_article[key] for key in sorted(by_article)]


def _article_section(records: list[ExportRecord]) -> list[str]:
    first = records[0]
    lines = [f"### {escape(first.source_title) or 'Untitled article'}", ""]
    meta = []
    if first.published:
        meta.append(escape(first.published))
    if first.source_path:
        meta.append(f"source: {escape(first.source_path)}")
    if first.regions:
        meta.append("regions: " + ", ".join(escape(region_label(key)) for key in first.regions))
    if meta:
        lines += ["*" + " · ".join(meta) + "*", ""]
    for record in sorted(records, key=_reading_order):
        lines += _article_annotation(record) if record.kind == ARTICLE else _quote_block(record)
    return lines


def _reading_order(record: ExportRecord) -> tuple[int, int, str]:
    # Article-level notes first, then quotes in the order they appear in the text.
    return (0 if record.kind == ARTICLE else 1, record.start or 0, record.record_id)


def _article_annotation(record: ExportRecord) -> list[str]:
    lines: list[str] = []
    if record.tags:
        lines += [f"**Article tags:** {_tag_list(record.tags)}", ""]
    if record.note:
        lines += ["**Article note:**", "", *escape_block(record.note), ""]
    return lines


def _quote_block(record: ExportRecord) -> list[str]:
    lines = [f"> {line}" if line else ">" for line in escape_block(record.quote)] or ["> …"]
    lines.append("")
    if record.translation:
        label = "Translation"
        if record.translation_lang:
            label += f" ({escape(record.translation_lang)})"
        lines += [f"*{label}:* " + " ".join(escape_block(record.translation)), ""]
    attribution = []
    if record.speaker:
        who = f"**{escape(record.speaker)}**"
        if record.role:
            who += f", {escape(record.role)}"
        attribution.append(who)
    if record.tags:
        attribution.append(f"tags: {_tag_list(record.tags)}")
    if record.orphaned:
        attribution.append("**orphaned:** the quote is no longer in the current article text")
    if attribution:
        lines += ["— " + " · ".join(attribution), ""]
    if record.note:
        lines += ["**Note:**", "", *escape_block(record.note), ""]
    lines += ["---", ""]
    return lines


def _tag_list(tags: Iterable[str]) -> str:
    return ", ".join(escape(tag) for tag in tags)
