"""REFI-QDA project exchange (.qdpx): a zip with project.qde and sources/<guid>.txt.

Mapping (REFI-QDA 1.5, schema Project-mrt2019.xsd):
- each exported article is a TextSource whose plain text is the article body, stored as
  UTF-8 (no BOM) in sources/<guid>.txt and referenced as plainTextPath="internal://<guid>.txt";
- each annotated quote is a PlainTextSelection. The spec counts positions in Unicode code
  points from 0; we write endPosition exclusive, so text[startPosition:endPosition] (Python
  string slicing, which is by code point) is exactly the quote. Bodies are stored NFC with
  "\\n" newlines and written byte for byte, so no position shifts between DB and file;
- tags are Codes, hierarchy kept ("funding/subsidy" is Code "subsidy" inside Code
  "funding"); initiatives are Codes under a non-codable "Initiatives" folder, with their
  aliases and description in the Code's Description; every tag and initiative on a quote is
  a Coding with a CodeRef; on an article, a Coding of the TextSource;
- notes are Notes (PlainTextContent) referenced by NoteRef from their selection or source;
- orphaned annotations (the quote left its article) cannot point into the current text,
  so they get their own TextSource, "Orphaned annotations", whose text is made of those
  quotes; their selections slice that text exactly like the others.
GUIDs are uuid5 of stable ids, so exporting the same library twice gives the same GUIDs.
XML 1.0 cannot carry most control characters; they are removed from names and notes.
"""

from __future__ import annotations

import re
import uuid
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import IO
from xml.etree import ElementTree as ET

from regreader import __version__
from regreader.export.model import ARTICLE, ArticleText, ExportData, ExportRecord

NAMESPACE = "urn:QDA-XML:project:1.0"
GUID_NAMESPACE = uuid.UUID("6f1b2a9e-4c3d-5e8f-9a0b-1c2d3e4f5a6b")
PROJECT_FILE = "project.qde"
SOURCES_FOLDER = "sources"
ORPHANS_KEY = "orphans"
INITIATIVES_FOLDER = "Initiatives"
SELECTION_NAME_LENGTH = 80

# Everything XML 1.0 does not allow (its Char production), plus the non-characters.
_XML_INVALID = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def guid(kind: str, key: object) -> str:
    """A GUID that only depends on what it names: re-exports are reproducible."""
    return str(uuid.uuid5(GUID_NAMESPACE, file_text(f"{kind}:{key}")))


def xml_text(text: str) -> str:
    """Text that XML 1.0 can carry: forbidden characters (controls, lone surrogates) removed."""
    return _XML_INVALID.sub("", text)


def file_text(text: str) -> str:
    """Text that UTF-8 can encode one code point for one code point (lone surrogates -> "?")."""
    return text.encode("utf-8", "replace").decode("utf-8")


@dataclass
class _Selection:
    record: ExportRecord
    start: int
    end: int


@dataclass
class _Source:
    key: str
    name: str
    text: str
    created: str = ""
    article_records: list[ExportRecord] = field(default_factory=list)
    selections: list[_Selection] = field(default_factory=list)

    @property
    def guid(self) -> str:
        return guid("source", self.key)


def write_qdpx(data: ExportData, out: IO[bytes], *, now: datetime | None = None) -> None:
    """Write the whole project as a zip to `out` (a binary stream)."""
    sources = build_sources(data)
    project = build_project(data, sources, now or datetime.now(UTC))
    xml = ET.tostring(project, encoding="unicode", xml_declaration=False)
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(PROJECT_FILE, '<?xml version="1.0" encoding="UTF-8"?>\n' + xml)
        for source in sources:
            archive.writestr(f"{SOURCES_FOLDER}/{source.guid}.txt", source.text.encode("utf-8"))


def build_sources(data: ExportData) -> list[_Source]:
    """One source per article with annotations, plus one for orphaned quotes if any."""
    sources: dict[str, _Source] = {}
    orphans: list[ExportRecord] = []
    for record in data.records:
        article = data.articles.get(record.article_id or -1)
        if article is None:
            if record.kind != ARTICLE:
                orphans.append(record)
            continue
        source = sources.get(str(article.article_id)) or _article_source(article)
        sources[source.key] = source
        if record.kind == ARTICLE:
            source.article_records.append(record)
            continue
        span = locate_quote(source.text, file_text(record.quote), record.start)
        if record.orphaned or span is None:
            orphans.append(record)
        else:
            source.selections.append(_Selection(record, *span))
    ordered = [sources[key] for key in sorted(sources, key=int)]
    if orphans:
        ordered.append(_orphan_source(orphans))
    return ordered


def _article_source(article: ArticleText) -> _Source:
    return _Source(
        key=str(article.article_id),
        name=article.title or article.source_path or f"Article {article.article_id}",
        text=file_text(article.body),
        created=article.added_at,
    )


def locate_quote(text: str, quote: str, start: int | None) -> tuple[int, int] | None:
    """Where `quote` is in `text`: at its recorded offset, else its nearest occurrence."""
    if not quote:
        return None
    if start is not None and text[start : start + len(quote)] == quote:
        return start, start + len(quote)
    found = [match.start() for match in re.finditer(re.escape(quote), text)]
    if not found:
        return None
    nearest = min(found, key=lambda position: abs(position - (start or 0)))
    return nearest, nearest + len(quote)


def _orphan_source(records: list[ExportRecord]) -> _Source:
    """A text made of the orphaned quotes, each under a line naming where it came from."""
    source = _Source(key=ORPHANS_KEY, name="Orphaned annotations", text="")
    parts: list[str] = []
    length = 0
    for record in records:
        header = f"[{record.source_title or record.source_path or 'unknown article'}]\n"
        quote = file_text(record.quote)
        start = length + len(header)
        parts += [header, quote, "\n\n"]
        length = start + len(quote) + 2
        if quote:
            source.selections.append(_Selection(record, start, start + len(quote)))
    source.text = "".join(parts)
    return source


class _Builder:
    """Element factory that keeps the namespace and the shared user in one place."""

    def __init__(self, user_guid: str) -> None:
        self.user_guid = user_guid

    def element(self, parent: ET.Element | None, tag: str, **attributes: str) -> ET.Element:
        qualified = f"{{{NAMESPACE}}}{tag}"
        clean = {name: xml_text(value) for name, value in attributes.items() if value != ""}
        if parent is None:
            return ET.Element(qualified, clean)
        return ET.SubElement(parent, qualified, clean)

    def text_element(self, parent: ET.Element, tag: str, text: str) -> ET.Element:
        child = self.element(parent, tag)
        child.text = xml_text(text)
        return child


def build_project(data: ExportData, sources: list[_Source], now: datetime) -> ET.Element:
    ET.register_namespace("", NAMESPACE)
    user = guid("user", "regreader")
    b = _Builder(user)
    project = b.element(
        None,
        "Project",
        name="regreader export",
        origin=f"regreader {__version__}",
        creatingUserGUID=user,
        creationDateTime=_xml_datetime(now.isoformat()),
    )
    users = b.element(project, "Users")
    b.element(users, "User", guid=user, name="regreader")
    codes = CodeTree(data)
    codes.append_to(b, project)
    notes: list[tuple[str, str, ExportRecord]] = []
    if sources:
        sources_element = b.element(project, "Sources")
        for source in sources:
            _append_source(b, sources_element, source, codes, notes)
    if notes:
        notes_element = b.element(project, "Notes")
        for note_guid, name, record in notes:
            note = b.element(
                notes_element,
                "Note",
                guid=note_guid,
                name=name,
                creatingUser=user,
                creationDateTime=_xml_datetime(record.created),
                modifiedDateTime=_xml_datetime(record.modified),
            )
            b.text_element(note, "PlainTextContent", record.note)
    return project


def _append_source(
    b: _Builder,
    parent: ET.Element,
    source: _Source,
    codes: CodeTree,
    notes: list[tuple[str, str, ExportRecord]],
) -> None:
    element = b.element(
        parent,
        "TextSource",
        guid=source.guid,
        name=source.name,
        plainTextPath=f"internal://{source.guid}.txt",
        creatingUser=b.user_guid,
        creationDateTime=_xml_datetime(source.created),
    )
    for selection in sorted(source.selections, key=lambda item: (item.start, item.end)):
        _append_selection(b, element, selection, codes, notes)
    for record in source.article_records:
        _append_codings(b, element, record, codes)
    for record in source.article_records:
        if record.note:
            note_guid = guid("note", record.record_id)
            notes.append((note_guid, f"Note on article: {source.name}", record))
            b.element(element, "NoteRef", targetGUID=note_guid)


def _append_selection(
    b: _Builder,
    parent: ET.Element,
    selection: _Selection,
    codes: CodeTree,
    notes: list[tuple[str, str, ExportRecord]],
) -> None:
    record = selection.record
    name = _short(record.quote)
    element = b.element(
        parent,
        "PlainTextSelection",
        guid=guid("selection", record.record_id),
        name=name,
        startPosition=str(selection.start),
        endPosition=str(selection.end),
        creatingUser=b.user_guid,
        creationDateTime=_xml_datetime(record.created),
        modifyingUser=b.user_guid,
        modifiedDateTime=_xml_datetime(record.modified),
    )
    description = _selection_description(record)
    if description:
        b.text_element(element, "Description", description)
    _append_codings(b, element, record, codes)
    if record.note:
        note_guid = guid("note", record.record_id)
        notes.append((note_guid, f"Note on: {name}", record))
        b.element(element, "NoteRef", targetGUID=note_guid)


def _append_codings(b: _Builder, parent: ET.Element, record: ExportRecord, codes: CodeTree) -> None:
    targets = [codes.tag_guid(tag) for tag in record.tags]
    targets += [codes.initiative_guid(key) for key in record.initiative_ids]
    for target in dict.fromkeys(targets):  # once per code, in order
        coding = b.element(
            parent,
            "Coding",
            guid=guid("coding", f"{record.record_id}:{target}"),
            creatingUser=b.user_guid,
            creationDateTime=_xml_datetime(record.created),
        )
        b.element(coding, "CodeRef", targetGUID=target)


def _selection_description(record: ExportRecord) -> str:
    lines = []
    if record.speaker:
        lines.append(f"Speaker: {record.speaker}" + (f" ({record.role})" if record.role else ""))
    if record.translation:
        lines.append(f"Translation: {record.translation}")
    if record.orphaned:
        lines.append("Orphaned: this quote is no longer in the current article text.")
    return "\n".join(lines)


def _short(text: str) -> str:
    flat = " ".join(text.split())
    if len(flat) <= SELECTION_NAME_LENGTH:
        return flat
    return flat[: SELECTION_NAME_LENGTH - 1].rstrip() + "…"


class CodeTree:
    """The codebook: the tag hierarchy and the initiatives, each code with a stable GUID."""

    def __init__(self, data: ExportData) -> None:
        self.tags: dict[str, dict] = {}  # nested: folded segment -> {"name", "path", "kids"}
        for record in data.records:
            for tag in record.tags:
                self._add_tag(tag)
        used = {key for record in data.records for key in record.initiative_ids}
        self.initiatives = [
            (key, data.initiatives[key].name if key in data.initiatives else str(key))
            for key in sorted(used)
        ]
        self.data = data

    def _add_tag(self, tag: str) -> None:
        level = self.tags
        path: list[str] = []
        for segment in _tag_segments(tag):
            path.append(segment.casefold())
            node = level.setdefault(
                segment.casefold(), {"name": segment, "path": "/".join(path), "kids": {}}
            )
            level = node["kids"]

    @staticmethod
    def tag_guid(tag: str) -> str:
        return guid("tag", "/".join(segment.casefold() for segment in _tag_segments(tag)))

    @staticmethod
    def initiative_guid(initiative_id: int) -> str:
        return guid("initiative", initiative_id)

    def append_to(self, b: _Builder, project: ET.Element) -> None:
        if not self.tags and not self.initiatives:
            return
        codes = b.element(b.element(project, "CodeBook"), "Codes")
        self._append_tags(b, codes, self.tags)
        if self.initiatives:
            folder = b.element(
                codes,
                "Code",
                guid=guid("folder", "initiatives"),
                name=INITIATIVES_FOLDER,
                isCodable="false",
            )
            for key, name in self.initiatives:
                code = b.element(
                    folder, "Code", guid=self.initiative_guid(key), name=name, isCodable="true"
                )
                description = self._initiative_description(key)
                if description:
                    b.text_element(code, "Description", description)

    def _append_tags(self, b: _Builder, parent: ET.Element, level: dict) -> None:
        for key in sorted(level):
            node = level[key]
            code = b.element(
                parent, "Code", guid=guid("tag", node["path"]), name=node["name"], isCodable="true"
            )
            self._append_tags(b, code, node["kids"])

    def _initiative_description(self, key: int) -> str:
        info = self.data.initiatives.get(key)
        if info is None:
            return ""
        lines = []
        if info.aliases:
            lines.append("Also known as: " + "; ".join(info.aliases))
        if info.description:
            lines.append(info.description)
        return "\n".join(lines)


def _tag_segments(tag: str) -> list[str]:
    segments = [segment.strip() for segment in tag.split("/")]
    return [segment for segment in segments if segment] or [tag.strip() or "(empty tag)"]


def _xml_datetime(value: str) -> str:
    """An xsd:dateTime in UTC ("2024-05-01T10:00:00Z"), or "" (attribute left out)."""
    if not value:
        return ""
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def selections_of(project_xml: bytes) -> Iterable[tuple[str, int, int]]:
    """(plainTextPath, start, end) of every PlainTextSelection: for checks and tests."""
    root = ET.fromstring(project_xml)
    for source in root.iter(f"{{{NAMESPACE}}}TextSource"):
        path = source.get("plainTextPath", "")
        for selection in source.iter(f"{{{NAMESPACE}}}PlainTextSelection"):
            start = int(selection.get("startPosition", "0"))
            yield path, start, int(selection.get("endPosition", "0"))
