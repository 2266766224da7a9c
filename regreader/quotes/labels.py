"""Transcript labels: lines that open with a speaker's name ('Mikhail Mishustin: Good
afternoon, colleagues.'), which make `turn`s rather than quotes."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

from regreader.quotes.names import find_full_names, lone_surname, spelling_key
from regreader.quotes.people import People
from regreader.quotes.speakers import VOX_POP_RE
from regreader.quotes.verbs import find_verb

_LABEL_RE = re.compile(
    r"^[ \t\u00a0]*(?P<label>[^\n:«»“”\"]{3,90}?)[ \t\u00a0]*:[ \t\u00a0]+(?=\S)", re.M
)

# What every label line holds: its first colon, then blanks, then text.
_LABEL_COLON_RE = re.compile(r":[ \t\u00a0]+(?=\S)")


# A transcript's label in capitals: 'LOMAKIN:', 'GALINA ZORINA (pensioner, village of
# Nizhnyaya Sondug):', 'ПЕТРОВ (председатель):'; up to three words, a role in brackets.
_CAPITALS_LABEL_RE = re.compile(
    r"(?P<name>[A-ZА-ЯЁ][A-ZА-ЯЁ'’-]+(?:[ \u00a0]+[A-ZА-ЯЁ][A-ZА-ЯЁ'’-]+){0,2})"
    r"(?:[ \u00a0]*\((?P<role>[^()\n]{1,80})\))?"
)


@dataclass(frozen=True)
class Label:
    line_start: int
    text_start: int  # first character after "Name: "
    speaker: str
    role: str | None
    # Written in capitals ('LOMAKIN:'): the person is found by name, not by the mention
    # that stands on the label's line.
    in_capitals: bool = False


def _label_matches(body: str) -> Iterator[re.Match[str]]:
    """_LABEL_RE.finditer(body), tried only on lines with a ': ' (one C-level scan finds
    them) instead of running the label pattern at the start of every line."""
    line_end = -1
    for colon in _LABEL_COLON_RE.finditer(body):
        if colon.start() < line_end:
            continue  # this line was tried already: a label is matched from its start
        line_start = body.rfind("\n", 0, colon.start()) + 1
        line_end = body.find("\n", colon.start())
        line_end = len(body) if line_end < 0 else line_end
        match = _LABEL_RE.match(body, line_start)
        if match is not None:
            yield match


def transcript_labels(body: str) -> list[Label]:
    """Lines that open with 'Name:' ('Mikhail Mishustin: Good afternoon, colleagues.')."""
    labels: list[Label] = []
    named_in_capitals: dict[str, str] = {}  # 'zorina' -> 'Galina Zorina', from 'GALINA ZORINA:'
    for match in _label_matches(body):
        label = match.group("label")
        if len(label.split()) > 8:
            continue
        if VOX_POP_RE.fullmatch(body, match.start("label"), match.end()):
            # 'Madina, 36, a pharmacist on Imam Shamil Avenue: “...”': a vox pop's line,
            # whose person opens it (speakers.Attributor._vox_pop), not 'Shamil Avenue:'.
            continue
        names = find_full_names(label)
        if not names:
            capitals = _label_in_capitals(label)
            if capitals is not None:
                name, role = capitals
                key = spelling_key(name.split()[-1])
                if " " in name:
                    named_in_capitals.setdefault(key, name)
                name = named_in_capitals.get(key, name)  # 'ZORINA:' after 'GALINA ZORINA:'
                labels.append(Label(match.start(), match.end(), name, role, in_capitals=True))
            continue
        if label[names[-1].end :].strip():
            continue
        name = names[-1]
        if find_verb(label, 0, name.start) is not None:
            continue  # 'Economy slowed, said Governor Ivan Petrov: "..."': a sentence
        role = label[: name.start].strip(" ,") or None
        labels.append(Label(match.start(), match.end(), name.name, role))
    return labels


def _label_in_capitals(label: str) -> tuple[str, str | None] | None:
    """The name ('Galina Zorina', or a surname: 'Lomakin') and role of a label in capitals."""
    match = _CAPITALS_LABEL_RE.fullmatch(label.strip())
    if match is None:
        return None
    name = " ".join(word.capitalize() for word in match.group("name").split())
    names = find_full_names(name)
    if names and names[0].name == name:
        return name, match.group("role")
    if " " not in name and lone_surname(name) is not None:
        return name, match.group("role")
    return None  # 'VOICE FROM THE HALL', 'ВОПРОС'


def resolve_label_speaker(people: People, label: Label) -> str:
    """The article's canonical name for a label's person (same string across the article)."""
    if label.in_capitals:
        # 'LOMAKIN:' is the Sergei Lomakin the text named; 'GALINA ZORINA' may be new.
        named = people.known_by_surname(label.speaker.split()[-1])
        return named.name if named is not None else label.speaker
    # The first mention from the label's line on (bisect: a long transcript has thousands
    # of labels, and a scan from the top for each was quadratic).
    position = bisect.bisect_left(people.starts, label.line_start)
    if position < len(people.mentions):
        return people.persons[people.mentions[position][2]].name
    return label.speaker
