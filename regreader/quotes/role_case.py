"""A Russian role in the nominative: 'по словам министра строительства' gives the role
'министр строительства', as a reader (and an export) expects it, not the genitive the
sentence put it in.

Only the head of the phrase declines: its leading adjectives ('первого', 'генерального')
and the role noun itself ('заместителя', 'главе', 'руководителем'). What follows the
head ('министра' in 'заместителя министра', 'Пермского края') depends on it and keeps
its case. A phrase this cannot read with confidence is returned as it came.
"""

from __future__ import annotations

import re

from regreader.quotes.names import GENITIVE_BEFORE, NOMINATIVE_ADJECTIVE_ENDINGS
from regreader.quotes.roles import is_role_head
from regreader.text import fold, script_of

# The case of an oblique masculine adjective, by its ending: genitive (or accusative),
# dative, instrumental. The noun after it agrees, or the adjective was the head itself
# ('управляющего компанией').
_ADJECTIVE_ENDINGS = (
    ("ого", "gen"), ("его", "gen"), ("ому", "dat"), ("ему", "dat"), ("ым", "ins"), ("им", "ins"),
)  # fmt: skip
# Adjectives whose nominative ends in a stressed -ой: 'областного' is 'областной'.
_STRESSED_ENDING_STEMS = ("областн", "городск", "окружн", "краев", "молод")
# A masculine noun's oblique endings and the case each marks.
_NOUN_ENDINGS = (
    ("ом", "ins"), ("ем", "ins"), ("а", "gen"), ("я", "gen"), ("у", "dat"), ("ю", "dat"),
    ("е", "dat"),
)  # fmt: skip
# Role nouns declined like 'глава': 'главы', 'главе', 'главу', 'главой'.
_FEMININE_DECLENSION_STEMS = ("глав", "суд", "пенсионерк", "студентк", "аспирантк")
# ... and women's role nouns in -ница, -ша: 'основательницы', 'фермерши'.
_FEMININE_SUFFIX_RE = re.compile(r"(?:ниц|ш)(?:а|ы|е|у|ей|ой)$")
_FEMININE_ENDINGS = (
    ("ой", "ins"), ("ей", "ins"), ("ёй", "ins"), ("ы", "gen"), ("и", "gen"), ("е", "dat"),
    ("у", "gen"),
    ("ю", "gen"),
)  # fmt: skip
# Soft stems take ь in the nominative: 'заместителя' is 'заместитель'.
_SOFT_STEM_RE = re.compile(r"(?:тел|ар)$")
_HUSHING = tuple("жшчщц")
# Heads that never decline, or whose object follows: 'врио губернатора', 'замминистра',
# 'исполняющего обязанности губернатора' (the governor stays in the genitive).
_UNDECLINED_HEADS = frozenset(("врио", "замминистра", "замглавы", "замгубернатора"))
_GOVERNED_OBJECTS = frozenset(("обязанности",))
_ADVERBS = frozenset(("временно",))


def nominative_role(role: str | None) -> str | None:
    """The role with its head in the nominative; English roles and roles already in the
    nominative come back unchanged. Each of two posts joined by a dash has its head
    ('заместителю губернатора — министру финансов')."""
    if not role:
        return role
    pieces = _POSTS_RE.split(role)
    if len(pieces) == 1:
        return _nominative_post(role)
    # The separators stand at the odd places of what a split with a group gives.
    return "".join(
        piece if index % 2 else (_nominative_post(piece) or piece)
        for index, piece in enumerate(pieces)
    )


_POSTS_RE = re.compile(r"([ \u00a0]+[—–-][ \u00a0]+)")


def _nominative_post(role: str) -> str | None:
    if not role or script_of(role.split()[0]) != "ru":
        return role
    words = role.split(" ")
    case: str | None = None
    for index, word in enumerate(words):
        lower = word.lower()
        if lower in _ADVERBS:
            continue
        if lower in _UNDECLINED_HEADS or lower in _GOVERNED_OBJECTS:
            return " ".join(words)
        adjective_case = _adjective_case(lower)
        if adjective_case is not None and case in (None, adjective_case):
            case = adjective_case
            words[index] = _as_written(word, _nominative_adjective(lower, adjective_case))
            continue
        if (
            case is None
            and lower.endswith(NOMINATIVE_ADJECTIVE_ENDINGS)
            # ... but 'главой' is the noun 'глава' in the instrumental.
            and not (lower.startswith(_FEMININE_DECLENSION_STEMS) and is_role_head(lower))
        ):
            # A nominative adjective before the head ('первый', 'Главный'); -ой is left
            # alone too: it may be 'областной' as well as a feminine oblique form.
            continue
        noun = _nominative_noun(lower, case)
        if noun is not None:
            words[index] = _as_written(word, noun)
        # Declined or not, this word ends the head: unless the case was read from an
        # adjective, which then was the head itself ('уполномоченного по правам человека').
        return " ".join(words) if noun is not None or case is not None else role
    return " ".join(words)


def _adjective_case(word: str) -> str | None:
    for ending, case in _ADJECTIVE_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return case
    return None


def _nominative_adjective(word: str, case: str) -> str:
    ending = next(end for end, found in _ADJECTIVE_ENDINGS if found == case and word.endswith(end))
    stem = word[: -len(ending)]
    if stem.startswith(_STRESSED_ENDING_STEMS):
        return stem + "ой"
    if ending.startswith("е") or ending == "им" or stem.endswith(("к", "г", "х")):
        return stem + "ий"
    return stem + "ый"


def _nominative_noun(word: str, case: str | None) -> str | None:
    """The nominative of a noun in `case` (in whatever oblique case its ending says when
    None: then it must be a role noun); None when this cannot tell it."""
    if case is None and not is_role_head(word):
        return None
    first, hyphen, last = word.partition("-")
    if hyphen and is_role_head(first) and first[-1:] == last[-1:]:
        # Both nouns of a compound decline: 'архитектора-реставратора' is
        # 'архитектор-реставратор' (but 'вице-губернатора', 'генерал-майора' only the last).
        declined = _nominative_noun(first, case), _nominative_noun(last, case)
        return None if None in declined else "-".join(declined)  # type: ignore[arg-type]
    if word.startswith(_FEMININE_DECLENSION_STEMS) or _FEMININE_SUFFIX_RE.search(word):
        return _declined(word, case, _FEMININE_ENDINGS, _feminine_nominative)
    nominative = _declined(word, case, _NOUN_ENDINGS, _masculine_nominative)
    if case is None and nominative not in (None, word) and not is_role_head(nominative):
        # 'агроном' is a nominative ending as an instrumental does ('директором'): what
        # the ending leaves must be a role noun too.
        return word
    return nominative


def _declined(word, case, endings, nominative):  # type: ignore[no-untyped-def]
    for ending, found in endings:
        if word.endswith(ending) and case in (None, found):
            return nominative(word[: -len(ending)], ending)
    return word if case is None else None


def _masculine_nominative(stem: str, ending: str) -> str | None:
    if len(stem) < 3:
        return None
    if stem.endswith("ьц"):
        return stem[:-2] + "ец"  # a fleeting vowel: 'владельца' is 'владелец'
    soft = _SOFT_STEM_RE.search(stem) is not None
    if ending in ("я", "ю") or (ending == "ем" and not stem.endswith(_HUSHING)):
        return stem + "ь" if soft else None
    return stem + "ь" if soft else stem


def _feminine_nominative(stem: str, ending: str) -> str:
    return stem + ("я" if stem.endswith("ь") else "а")


def _as_written(original: str, lower: str) -> str:
    return lower[:1].upper() + lower[1:] if original[:1].isupper() else lower


# A role noun's genitive (or a man's accusative) endings: 'министра', 'заместителя', 'главы'.
_GENITIVE_NOUN_ENDINGS = ("а", "я", "ы", "и")
_GENITIVE_ADJECTIVE_ENDINGS = ("ого", "его")
_MAX_COMPLEMENT_WORDS = 8
_PUNCTUATION = frozenset(',.;:!?()«»"“”—')
_NAME_MARKS = '«»"“”'  # around a company's name in a role's complement


def role_in_dative(role: str) -> bool:
    """'депутату', 'первому вице-премьеру', 'помощнику': a role whose head, a man's noun,
    ends in -у or -ю is in the dative ('главу', 'судью', 'пенсионерку', 'руководительницу'
    are accusatives of nouns in -а)."""
    head = fold(role.split()[-1])
    return (
        script_of(head) == "ru"
        and head.endswith(("у", "ю"))
        and not head.startswith(_FEMININE_DECLENSION_STEMS)
        and _FEMININE_SUFFIX_RE.search(head) is None
    )


def role_in_genitive(role: str) -> bool:
    """'губернатора', 'главы республики', 'руководительницы': a Russian role whose head
    noun is in the genitive (in 'помощник губернатора', the complement of the role
    before it)."""
    for word in role.split():
        lower = fold(word)
        if script_of(lower) != "ru" or lower in _UNDECLINED_HEADS:
            return False
        case = _adjective_case(lower)
        if case is not None:
            return case == "gen"
        if lower.endswith(NOMINATIVE_ADJECTIVE_ENDINGS):
            continue  # 'первый', 'главный' before the head
        if lower.startswith(_FEMININE_DECLENSION_STEMS) or _FEMININE_SUFFIX_RE.search(lower):
            return lower.endswith(("ы", "и"))
        # ... the plural too: 'Уполномоченный по защите прав предпринимателей'.
        return lower.endswith(("а", "я", "ов", "ев", "ёв", "ей"))
    return False


def genitive_role_before(text: str, start: int) -> bool:
    """Whether a role in the genitive stands just before a name, after a word that wants
    the genitive, so the name is in the genitive too: 'по словам экономиста Наиля
    Сабирова', 'за подписью заместителя министра Т.Г. Абдуллина'. Not 'заместитель
    министра Туяна Дашиева' (the head, the role's first noun, is in the nominative), nor
    'супруга фермера Туяна Цыренова' (the genitive may depend on the noun before)."""
    words = text[max(0, start - 160) : start].split()
    # The role's complement may stand between it and the name: 'по словам министра
    # строительства и модернизации жилищно-коммунального комплекса Баира Цыбикова', a
    # company's name in marks among its words ('директора компании «ЯмалБурСервис»').
    complement = 0
    while (
        words
        and complement < _MAX_COMPLEMENT_WORDS
        and not is_role_head(words[-1].lower())
        and not _PUNCTUATION.intersection(words[-1].strip(_NAME_MARKS))
    ):
        words.pop()
        complement += 1
    head: str | None = None
    while words and is_role_head(words[-1].lower()):
        head = words.pop().lower()
    while words and words[-1].lower().endswith(_GENITIVE_ADJECTIVE_ENDINGS):
        words.pop()  # 'по словам ведущего экономиста'
    return (
        head is not None
        and head.endswith(_GENITIVE_NOUN_ENDINGS)
        and nominative_role(head) != head
        and bool(words)
        and fold(words[-1]).strip(",") in GENITIVE_BEFORE
    )
