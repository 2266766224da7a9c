"""Who said it: attribution verbs around a quote, pronouns, roles and transcript labels.

An article's people are collected once (`People.of(body)`): every full name, later
mentions by surname alone, and the role the text gives each one. A quote's speaker is
then read from the words after it ('”, she said', '», — сказал Беляков') or, failing
that, from its sentence before it ('Smirnov stated, "', 'По словам Бориса Белякова, «').
A pronoun stands for the nearest person before it of its gender; a role ('the head of
AIRR', 'глава региона') for the latest person the article gave a matching role.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from itertools import islice
from typing import NamedTuple

from regreader.quotes.names import (
    NameMention,
    contains_full_name,
    find_full_names,
    find_surname_mentions,
    lone_surname,
    surname_gender,
)
from regreader.text import fold, script_of

_EN_VERBS = (
    r"said|says|say|stated|states|noted|notes|emphasi[sz]ed|emphasi[sz]es|stressed|stresses"
    r"|commented|comments|remarked|remarks|explained|explains|added|adds|told|tells"
    r"|reported|reports|highlighted|highlights|underscored|underscores|underlined|pointed out"
    r"|points out|observed|declared|announced|asserted|argued|claimed|insisted|confirmed"
    r"|continued|concluded|recalled|replied|responded|answered|asked|warned|acknowledged"
    r"|admitted|believes|wrote|writes|mentioned|shared|summed up|summari[sz]ed|urged|assured"
    r"|promised|reiterated|affirmed|conceded|suggested|specified|clarified|vowed|maintained"
    r"|quipped|indicated|predicted|expressed|described|called|tweeted|posted|put it"
    r"|countered|retorted|objected|cautioned|complained|lamented|joked|boasted|estimated"
    r"|termed|regards|regarded"
)
_EN_PARTICIPLES = (
    r"stating|noting|saying|adding|explaining|emphasi[sz]ing|stressing|commenting|remarking"
    r"|highlighting|underscoring|underlining|pointing out|declaring|announcing|recalling"
    r"|telling|asserting|arguing|insisting|warning|observing|concluding|sharing|acknowledging"
    r"|describing|calling|terming"
    r"|according to"
)
_RU_PAST = (
    r"сказал|заявил|отметил|подчеркнул|подчёркнул|сообщил|пояснил|добавил|рассказал|уточнил"
    r"|указал|заключил|резюмировал|констатировал|признал|ответил|заверил|напомнил"
    r"|прокомментировал|объяснил|высказал|поделил|процитировал|написал|озвучил|пообещал"
    r"|обещал|предупредил|выразил|продолжил|акцентировал|обратил|говорил|считал|отмечал"
    r"|подчеркивал|подчёркивал|заявлял|сообщал|рассказывал|пояснял|уверял|уточнял|посетовал"
    r"|пожаловал|призвал|подытожил|обозначил|спросил|поблагодарил|признавал|убежден|убеждён"
    r"|уверен|заметил|добавлял|поделился|поделилась|признался|призналась|возмутил|возразил"
    r"|вспомнил|воскликнул|парировал|удивил|рассуждал|объяснял|назвал|охарактеризовал"
)
_RU_PRESENT = (
    r"говорит|считает|отмечает|подчеркивает|подчёркивает|полагает|заявляет|сообщает"
    r"|рассказывает|поясняет|уточняет|добавляет|признается|признаётся|пишет|констатирует"
    r"|напоминает|резюмирует|уверена|уверены|убеждена|говорится|считают|отмечают|говорят"
    r"|сообщают|заявляют|подчеркивают|уверяет|цитирует|приводит слова|приводят слова"
    r"|спрашивает|спрашивают|возмущается|возмущаются|жалуется|жалуются|сетует|сетуют"
    r"|вспоминает|рассуждает|объясняет|отвечает|комментирует|замечает|предупреждает"
    r"|обещает|признает|делится|удивляется"
)
_RU_GERUNDS = (
    r"отметив|подчеркнув|подчёркнув|заявив|добавив|сказав|пояснив|по словам|по мнению"
    r"|по оценке|по оценкам|по прогнозу|по признанию|по убеждению"
)
# 'по словам Ивановой': the name after these is in the genitive.
_GENITIVE_INTROS = ("словам", "мнению", "оценке", "оценкам", "прогнозу", "признанию", "убеждению")
# A past-tense Russian verb carries gender: -л (he), -ла (she), -ли (they); -ся/-сь reflexive.
_RU_PAST_FORMS = rf"(?:{_RU_PAST})(?:а|и|ась|ася|ись|ся)?"


def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


_RU_PAST_ENDINGS = ("", "а", "и", "ась", "ася", "ись", "ся")
_AUX_WORDS = _word_set(
    "has had have also then later further once again previously earlier recently ещё "
    "еще также тогда затем позже"
)


def _expand(alternation: str) -> set[str]:
    """'said|emphasi[sz]ed' -> {'said', 'emphasised', 'emphasized'}."""
    words: set[str] = set()
    for word in alternation.split("|"):
        if "[sz]" in word:
            words |= {word.replace("[sz]", "s"), word.replace("[sz]", "z")}
        else:
            words.add(word)
    return words


# Verbs are looked up word by word in sets: a regex alternation of hundreds of verbs costs
# a pass over every character, a set lookup costs one hash per word.
_SAY_WORDS = frozenset(
    _expand(_EN_VERBS)
    | {stem + ending for stem in _expand(_RU_PAST) for ending in _RU_PAST_ENDINGS}
    | _expand(_RU_PRESENT)
)
_INTRO_WORDS = _SAY_WORDS | frozenset(_expand(_EN_PARTICIPLES) | _expand(_RU_GERUNDS))
# Verbs whose object may be a few words quoted inside reported speech: 'described the
# forecast as ‘cautious’', 'said the order had been ‘postponed’', 'назвал «позорным»'.
_PARTIAL_WORDS = frozenset(
    _expand(
        "said|says|told|tells|called|described|describes|describing|calling|termed|regards"
        "|regarded|warned|added|noted|argued|insisted|promised|vowed|admitted|acknowledged"
        "|stated|wrote|writes|believes|according to|считает|говорит|по словам|по мнению"
    )
    | {
        stem + ending
        for stem in _expand(
            "сказал|заявил|назвал|охарактеризовал|отметил|подчеркнул|пообещал|признал|написал"
            "|добавил|пояснил|уточнил|предупредил"
        )
        for ending in _RU_PAST_ENDINGS
    }
)
# 'what the industry calls “logistics sanctions”': a name someone gives, not their words.
_WHAT_THEY_CALL_RE = re.compile(
    r"(?<![\w-])(?:what|как)[\s\u00a0][^.!?\n]{0,40}?(?:calls?|called|назыв\w*)[\s\u00a0]*$",
    re.IGNORECASE,
)


def partial_quote_verb(body: str, open_at: int) -> bool:
    """Whether the sentence before a few quoted words (opening at `open_at`) reports them:
    a verb that takes reported speech or a name for something, not 'what X calls'."""
    start = _clause_start(body, open_at)
    if _WHAT_THEY_CALL_RE.search(body, max(start, open_at - 80), open_at):
        return False
    return find_verb(body, start, open_at, _PARTIAL_WORDS) is not None


_SCAN_WORD_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def find_verb(
    text: str, start: int, end: int, words: frozenset[str] = _SAY_WORDS
) -> tuple[int, int] | None:
    """The first verb of saying in text[start:end] (two-word ones too: 'pointed out')."""
    if not _may_hold_verb(text, start, end, words):
        return None
    return next(_verbs_in(text, start, end, words), None)


def iter_verbs(
    text: str, start: int, end: int, words: frozenset[str] = _SAY_WORDS
) -> Iterator[tuple[int, int]]:
    """Every verb of saying in text[start:end], in order, in one pass over its words."""
    if _may_hold_verb(text, start, end, words):
        yield from _verbs_in(text, start, end, words)


def _may_hold_verb(text: str, start: int, end: int, words: frozenset[str]) -> bool:
    """Fast rejection with C-level calls: most windows hold no verb of saying at all."""
    present = set(_SCAN_WORD_RE.findall(text[start:end].casefold()))
    return not (present.isdisjoint(words) and present.isdisjoint(_FIRST_OF_PAIR))


def _verbs_in(text: str, start: int, end: int, words: frozenset[str]) -> Iterator[tuple[int, int]]:
    previous: re.Match[str] | None = None
    previous_word = ""
    for match in _SCAN_WORD_RE.finditer(text, start, end):
        word = match.group().casefold()
        if previous is not None and f"{previous_word} {word}" in words:
            yield previous.start(), match.end()
        elif word in words and word not in _FIRST_OF_PAIR_ONLY:
            yield match.start(), match.end()
        previous, previous_word = match, word


def _last_verb(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The verb of saying (or introducing gerund) nearest `end`: '«...», Kuzmin said,
    while Marina Belova countered that «...»' gives the second quote to Belova."""
    found = None
    for found in iter_verbs(text, start, end, _INTRO_WORDS):  # noqa: B007
        pass
    return found


# First words of two-word entries that mean nothing alone ('according', 'по').
_FIRST_OF_PAIR_ONLY = (
    frozenset(entry.split()[0] for entry in _INTRO_WORDS if " " in entry) - _INTRO_WORDS
)
_FIRST_OF_PAIR = frozenset(entry.split()[0] for entry in _INTRO_WORDS if " " in entry)
_GLUE_RE = re.compile(r"[\s\u00a0]*[,:]?[\s\u00a0]*(?:[—–-]{1,2}[\s\u00a0]*)?")
_AFTER_STOP = frozenset('.!?;:«»“”„"\n')
_MAX_SUBJECT_WORDS = 10
# What may open the words after a quote when the verb comes first ('said X', 'по словам X').
_AFTER_FIRST_WORDS = _SAY_WORDS | frozenset(
    {"according to", *(f"по {intro}" for intro in _GENITIVE_INTROS)}
)

# 'him' too: 'quoted him as saying'.
_PRONOUN_RE = re.compile(r"(?<![\w-])(?P<pronoun>he|she|him|он|она)(?![\w-])", re.IGNORECASE)
_PRONOUN_GENDER = {"he": "m", "she": "f", "him": "m", "он": "m", "она": "f"}
# 'По его словам, «...»', 'по её мнению': a possessive pronoun inside the phrase.
_POSSESSIVE_INTRO_RE = re.compile(
    r"(?<![\w-])(?:по[ \u00a0]+(?P<ru>его|её|ее)[ \u00a0]+(?:словам|мнению|оценке|оценкам)"
    r"|in[ \u00a0]+(?P<en>his|her)[ \u00a0]+words)(?![\w-])",
    re.IGNORECASE,
)
_POSSESSIVE_GENDER = {"его": "m", "её": "f", "ее": "f", "his": "m", "her": "f"}

_ROLE_HEADS = (
    r"governor|head|minister|deputy|director|chairman|chairwoman|chairperson|chair|president"
    r"|mayor|ceo|chief|secretary|spokesperson|spokesman|spokeswoman|representative|envoy"
    r"|senator|speaker|manager|rector|expert|analyst|economist|founder|co-founder|adviser"
    r"|advisor|commissioner|ambassador|premier|leader|official|prosecutor|chancellor|professor"
    r"|vice-governor|vice-president|lieutenant governor"
    r"|губернатор\w*|врио|глав[аыеуой]|министр\w*|заместител\w*|замминистра|замглавы"
    r"|вице-губернатор\w*|вице-премьер\w*|мэр\w*|председател\w*|директор\w*|гендиректор\w*"
    r"|руководител\w*|президент\w*|премьер\w*|депутат\w*|сенатор\w*|начальник\w*"
    r"|представител\w*|полпред\w*|спикер\w*|ректор\w*|эксперт\w*|аналитик\w*|экономист\w*"
    r"|основател\w*|советник\w*|помощник\w*|пресс-секретар\w*|уполномоченн\w*|управляющ\w*"
    r"|сопредседател\w*|член\w*|секретар\w*"
)
_ROLE_MODIFIERS = (
    r"(?:(?:the|a|an|acting|first|deputy|managing|general|executive|former|chief|vice|senior"
    r"|regional|federal|prime|interim|временно|исполняющ\w*|обязанности|первый|первого|первому"
    r"|бывш\w*|заместитель|заместителя|генеральн\w*|исполнительн\w*)[\s\u00a0]+)*"
)
# \b, not a lookbehind, at the start: the engine can then skip to word starts quickly.
_ROLE_RE = re.compile(rf"\b{_ROLE_MODIFIERS}(?:{_ROLE_HEADS})(?![\w-])", re.IGNORECASE)
_ROLE_HEAD_WORDS = frozenset(
    w for w in _ROLE_HEADS.split("|") if not w.endswith("*") and "[" not in w
) | {"глава", "главы", "главе", "главу", "главой"}
_ROLE_HEAD_STEMS = tuple(w.replace("\\w*", "") for w in _ROLE_HEADS.split("|") if w.endswith("*"))


def _prefix_tree_pattern(words: set[str]) -> str:
    """A regex for 'any of `words` as a substring', as a prefix tree: the engine tests one
    branch per distinct next letter instead of every word at every position."""
    tree: dict[str, dict] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: dict[str, dict]) -> str:
        if "" in node:
            return ""  # a word ends here: its longer neighbours add nothing to 'contains'
        branches = [re.escape(char) + pattern(child) for char, child in sorted(node.items())]
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return pattern(tree)


# Every role head or stem as a bare substring of the case-folded text: a superset of the
# words _is_role_head accepts, to rule a window out before looking at its words one by one.
_ROLE_HEAD_ANYWHERE_RE = re.compile(_prefix_tree_pattern(_ROLE_HEAD_WORDS | set(_ROLE_HEAD_STEMS)))
_MODIFIER_WORDS = _word_set(
    "the a an acting first deputy managing general executive former chief vice senior "
    "regional federal prime interim временно исполняющий исполняющая обязанности "
    "первый первого первому бывший бывшая заместитель заместителя генеральный "
    "генерального исполнительный исполнительного"
)
_LONE_SURNAME_WORDS = 8
# Words a role may put before a surname: 'said Deputy Minister Petrov'.
_ROLE_PREFIX_WORDS = _MODIFIER_WORDS | _ROLE_HEAD_WORDS
# What may follow a speaker's surname in the same breath: 'said Petrov on Tuesday'.
_AFTER_SURNAME_WORDS = _word_set(
    "on in at during after before when while who adding noting that as and to of from "
    "в во на и а но при после журналистам репортерам агентству изданию телеканалу"
)
_ROLE_AFTER_NAME_RE = re.compile(
    rf",[\s\u00a0]+(?P<role>{_ROLE_MODIFIERS}(?:[\w'’-]+[\s\u00a0]+){{0,3}}?(?:{_ROLE_HEADS})(?![\w-])[^,.;()\n]{{0,160}})",
    re.IGNORECASE,
)
_ROLE_STOP_END = {"and", "or", "with", "by", "to", "of", "the", "и", "с", "в", "а", "на",
                  # '— приводит слова губернатора пресс-служба': who passes the words on
                  "пресс-служба", "пресс-службе"}  # fmt: skip
_LEADING_ARTICLE_RE = re.compile(r"^(?:the|a|an)[\s\u00a0]+", re.IGNORECASE)
_MAX_ROLE_WORDS = 16

# Generic role words, by what they name, so "the head of AIRR" finds "director of AIRR".
_ROLE_CLASSES = {
    "head": "head", "director": "head", "chief": "head", "leader": "head", "ceo": "head",
    "руководител": "head", "глав": "head", "директор": "head", "гендиректор": "head",
    "governor": "governor", "губернатор": "governor", "minister": "minister",
    "министр": "minister", "mayor": "mayor", "мэр": "mayor", "chairman": "chair",
    "chair": "chair", "председател": "chair", "president": "president",
    "президент": "president",
}  # fmt: skip
_ROLE_NOISE = {"the", "of", "a", "an", "and", "for", "in", "on", "at", "to", "по", "и", "в",
               "на", "с", "для", "acting", "first", "deputy"}  # fmt: skip
# Whole words: the head of the regional department of a ministry governs nothing.
_REGION_HEAD_RE = re.compile(
    r"(?:глав\w*|head of the|leader of the)[\s\u00a0]+(?:регион[ауео]?[мв]?|кра[йяюе]|област[ьи]"
    r"|республик[аиуе]|субъект[аеу]?|region|republic|territory)(?![\w-])",
    re.IGNORECASE,
)

# 'Глава Минэкономразвития', 'head of the Ministry of Health': a minister, for 'said the
# minister' later on.
_MINISTRY_HEAD_RE = re.compile(
    r"(?:глав\w*|руководител\w*|head of)(?:[\s\u00a0]+[\w-]+){0,2}?[\s\u00a0]+(?:мин|ministry)",
    re.IGNORECASE,
)

_SENTENCE_END_RE = re.compile(r"[.!?…]+[»”“\"’']?(?=[\s\u00a0]+[^\s\u00a0a-zа-яё,;]|\s*$)")
# Whole words only: 'контракт.' and 'год.' end sentences, 'т.' and 'г.' do not.
_ABBREVIATION_RE = re.compile(
    r"(?<![\w-])(?:[A-ZА-ЯЁ]|Mr|Mrs|Ms|Dr|St|Jr|Prof|Gen|Gov|Sen|Rep|No|vs|etc|г|гг|ул|им|т|д"
    r"|др|млн|млрд|тыс|руб|проф|акад|с|стр|пр)\.$"
)
_MAX_BEFORE = 400
_MAX_AFTER = 240


@dataclass
class Person:
    name: str
    surname: str
    gender: str
    body: str = field(repr=False, default="")
    full_mentions: list[tuple[int, int]] = field(default_factory=list, repr=False)
    # role_near of a mention, shared by the article's persons and its Attributor: the
    # mention that gives a person's role is often the one that attributes a quote.
    roles: dict[tuple[int, int], str | None] = field(default_factory=dict, repr=False)

    @cached_property
    def role(self) -> str | None:
        """The role the text gives the person at a full mention; read only when needed."""
        for start, end in self.full_mentions:
            role = cached_role_near(self.body, start, end, self.roles)
            if role:
                return role
        return None


class Attribution(NamedTuple):
    """Who said a quote, as the words around it tell. (A tuple: made for every quote, and
    a frozen dataclass took 2% of extraction to build.)"""

    speaker: str | None
    role: str | None
    # 'after', 'before', 'label', 'introduced', 'inherited', 'unsaid' (words nobody said:
    # 'one might ask: “...”'), or '' when nothing attributes it
    how: str
    # Punctuation joins the attribution to the quote marks: ', "' or ': «' before, '», —'
    # after (an English quote keeps its comma inside: '," she said').
    direct: bool = False
    # A verb of saying and a colon open the quote ('Петров заявил: «...»'): speech, however
    # short and capitalised, as Russian puts the full stop after the closing mark.
    announced: bool = False


NO_ATTRIBUTION = Attribution(None, None, "")
# 'residents might ask: “...?”': words in marks that nobody said.
UNSAID = Attribution(None, None, "unsaid")


class Covered:
    """Stretches of a text, asked whether a range overlaps any of them, in O(log n)."""

    def __init__(self, ranges: list[tuple[int, int]]) -> None:
        ranges = sorted(ranges)
        self._starts = [start for start, _ in ranges]
        # The running maximum of the ends: whether any stretch starting before a point
        # reaches past it, however long one of them is.
        self._reach: list[int] = []
        for _, end in ranges:
            self._reach.append(max(end, self._reach[-1]) if self._reach else end)

    def overlaps(self, start: int, end: int) -> bool:
        index = bisect.bisect_left(self._starts, end) - 1
        return index >= 0 and self._reach[index] > start


@dataclass
class People:
    """The persons an article names, and where each is mentioned."""

    body: str
    persons: list[Person] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)  # mention starts, sorted
    mentions: list[tuple[int, int, int]] = field(default_factory=list)  # (start, end, person)
    quoted: list[tuple[int, int]] = field(default_factory=list)  # spans inside quote marks
    roles: dict[tuple[int, int], str | None] = field(default_factory=dict, repr=False)

    @classmethod
    def of(cls, body: str, quoted: list[tuple[int, int]]) -> People:
        people = cls(body, quoted=sorted(quoted))
        by_key: dict[str, int] = {}
        # 'the university named after A.N. Tupolev', 'КАИ им. А.Н. Туполева': eponyms in
        # the names of institutions are nobody in the room.
        full = [m for m in find_full_names(body) if not _is_eponym(body, m.start)]
        for mention in full:
            key = fold(mention.surname)
            index = by_key.get(key)
            if index is None:
                index = by_key[key] = len(people.persons)
                people.persons.append(
                    Person(mention.name, mention.surname, mention.gender, body, roles=people.roles)
                )
            elif "." in people.persons[index].name and "." not in mention.name:
                # 'А. Смирнова' first, 'Анна Смирнова' later: the fuller name, throughout.
                people.persons[index].name = mention.name
            if not people.in_quote(mention.start):
                people.persons[index].full_mentions.append((mention.start, mention.end))
            people.mentions.append((mention.start, mention.end, index))
        # A surname inside a full-name mention is not a mention of its own (a scan per
        # surname was quadratic).
        full_names = Covered([(m.start, m.end) for m in full])
        surnames = {key: people.persons[index].surname for key, index in by_key.items()}
        for start, end, key in find_surname_mentions(body, surnames):
            if not full_names.overlaps(start, start + 1):
                people.mentions.append((start, end, by_key[key]))
        people.mentions.sort()
        people.starts = [start for start, _, _ in people.mentions]
        return people

    def named_by_surname(self, surname: str) -> Person:
        """The person a lone surname names, known from now on.

        Only attribution calls this, on a surname standing where a speaker stands: later
        mentions of the surname, and pronouns after it, then find this person too.
        """
        key = fold(surname)
        for person in self.persons:
            if fold(person.surname) == key:
                return person
        index = len(self.persons)
        person = Person(surname, surname, surname_gender(surname), self.body, roles=self.roles)
        self.persons.append(person)
        for mention_start, mention_end, _ in find_surname_mentions(self.body, {key: surname}):
            if not self.in_quote(mention_start):
                # No full name to read a role at: any mention may give it ('Ivanov, the
                # deputy minister, ...').
                person.full_mentions.append((mention_start, mention_end))
            position = bisect.bisect_left(self.starts, mention_start)
            self.starts.insert(position, mention_start)
            self.mentions.insert(position, (mention_start, mention_end, index))
        return person

    def in_quote(self, position: int) -> bool:
        index = bisect.bisect_right(self.quoted, (position, len(self.body) + 1)) - 1
        return index >= 0 and self.quoted[index][0] <= position < self.quoted[index][1]

    def mentions_in(
        self, start: int, end: int, inside_quotes: bool = False
    ) -> list[tuple[int, int, int]]:
        """Name mentions within [start, end); those inside quote marks only if asked."""
        low = bisect.bisect_left(self.starts, start)
        high = bisect.bisect_left(self.starts, end)
        return [
            m
            for m in self.mentions[low:high]
            if m[1] <= end and (inside_quotes or not self.in_quote(m[0]))
        ]

    def latest_before(self, position: int, gender: str = "") -> Person | None:
        """The person mentioned last before `position` (outside quotes) of that gender."""
        mention = self.latest_mention_before(position, gender)
        return self.persons[mention[2]] if mention else None

    def latest_mention_before(self, position: int, gender: str = "") -> tuple[int, int, int] | None:
        """The last mention before `position` (outside quotes) of a person of that gender."""
        index = bisect.bisect_left(self.starts, position) - 1
        while index >= 0:
            mention = self.mentions[index]
            person = self.persons[mention[2]]
            if not self.in_quote(mention[0]) and (not gender or person.gender in ("", gender)):
                return mention
            index -= 1
        return None

    def by_role(self, role: str, position: int) -> Person | None:
        """The latest person before `position` whose known role matches `role`."""
        wanted = _role_keys(role)
        if not wanted:
            return None
        deputy = _is_deputy(role)
        best: tuple[int, int] | None = None
        chosen: Person | None = None
        index = bisect.bisect_left(self.starts, position) - 1
        seen: set[int] = set()
        while index >= 0:
            person_index = self.mentions[index][2]
            index -= 1
            if person_index in seen:
                continue
            seen.add(person_index)
            person = self.persons[person_index]
            if person.role is None or _is_deputy(person.role) != deputy:
                continue  # the deputy chairman is not 'the chairman'
            have = _role_keys(person.role)
            classes = _leader_classes(wanted & _ROLE_CLASS_VALUES)
            if classes and have & _ROLE_CLASS_VALUES and not classes & _leader_classes(have):
                continue  # 'the minister' is not the governor, whatever region they share
            score = len(wanted & have)
            organisations = {key for key in wanted if key not in _ROLE_CLASS_VALUES}
            if score == 0 or (organisations and not organisations & have):
                continue
            rank = (score, -len(seen))
            if best is None or rank > best:
                best, chosen = rank, person
        return chosen


_ROLE_CLASS_VALUES = set(_ROLE_CLASSES.values())


def _is_eponym(body: str, start: int) -> bool:
    return _EPONYM_RE.search(body, max(0, start - 16), start) is not None


_EPONYM_RE = re.compile(r"(?<![\w-])(?:named after|named for|имени|им\.)[\s\u00a0]*$", re.I)


def _leader_classes(classes: set[str]) -> set[str]:
    """Role kinds, with 'head' and 'chair' one kind: 'глава правительства' is its
    председатель."""
    return {"head" if kind == "chair" else kind for kind in classes}


# Russian only: English 'as' before a verb is 'quoted him as saying', not inversion.
_AS_BEFORE_VERB_RE = re.compile(r"(?<![\w-])как[\s\u00a0]*$", re.IGNORECASE)
_RU_PLURAL_ENDINGS = ("ы", "и", "ов", "ам", "ами", "ах", "ей", "ям", "ями", "ях")


def _plural_role(phrase: str) -> bool:
    """'Губернаторы', 'министров': a Russian role head in the plural names no speaker."""
    head = fold(phrase.split()[-1])
    return (
        script_of(head) == "ru"
        and not head.startswith("глав")
        and head.endswith(_RU_PLURAL_ENDINGS)
    )


_DEPUTY_RE = re.compile(
    r"(?<![\w-])(?:deputy|vice|заместител|замминистр|замглав|замгубернатор|зампред|вице)", re.I
)


def _is_deputy(role: str) -> bool:
    return _DEPUTY_RE.search(role) is not None


def _role_keys(role: str) -> set[str]:
    heads_ministry = _MINISTRY_HEAD_RE.search(role) is not None
    if _REGION_HEAD_RE.search(role) and not heads_ministry:
        return {"governor"}  # 'глава региона', 'head of the region': whoever governs it
    keys: set[str] = {"minister"} if heads_ministry else set()
    for word in re.findall(r"\w+", fold(role)):
        if word in _ROLE_NOISE or len(word) < 2:
            continue
        for prefix, cls in _ROLE_CLASSES.items():
            if word.startswith(prefix):
                keys.add(cls)
                break
        else:
            keys.add(word[:5])
    return keys


_ROLE_WINDOW = 160


def role_near(body: str, start: int, end: int) -> str | None:
    """The role the text gives a name: 'Governor of X Dmitry Makhonin' or 'Name, head of X,'."""
    window_start = max(0, start - _ROLE_WINDOW)
    best: str | None = None
    # The common case, a name with no role word before it, is ruled out by one scan
    # before the sentence start is looked for.
    if _ROLE_HEAD_ANYWHERE_RE.search(body[window_start:start].casefold()):
        window_start = max(_clause_start(body, start), window_start)
        # Never inside the words of a quote just before: '"... the next governor's
        # problem as much as mine," Kondrashov added.'
        window_start = _after_speech(body, window_start, start)
    else:
        window_start = start
    for head_start in _role_head_starts(body, window_start, start):
        candidate = _clean_role(body[head_start:start])
        if candidate:
            best = candidate
    if best:
        return best
    after = _ROLE_AFTER_NAME_RE.match(body, end)
    if after:
        return _clean_role(after.group("role"))
    return None


def cached_role_near(
    body: str, start: int, end: int, cache: dict[tuple[int, int], str | None]
) -> str | None:
    key = (start, end)
    if key not in cache:
        cache[key] = role_near(body, start, end)
    return cache[key]


def _role_head_starts(body: str, start: int, end: int) -> list[int]:
    """Where each role phrase in body[start:end] begins, modifiers ('acting', 'first') included."""
    if not _ROLE_HEAD_ANYWHERE_RE.search(body[start:end].casefold()):
        return []  # the common case, found by one C-level scan instead of a loop over words
    words = list(_SCAN_WORD_RE.finditer(body, start, end))
    starts: list[int] = []
    for index, word in enumerate(words):
        if not _is_role_head(word.group().casefold()):
            continue
        first = index
        while first > 0 and words[first - 1].group().casefold() in _MODIFIER_WORDS:
            first -= 1
        starts.append(words[first].start())
    return starts


def _is_role_head(word: str) -> bool:
    return word in _ROLE_HEAD_WORDS or word.startswith(_ROLE_HEAD_STEMS)


def _clean_role(text: str) -> str | None:
    role = _LEADING_ARTICLE_RE.sub("", text.strip().rstrip(",").strip())
    words = role.split()
    if not words or len(words) > _MAX_ROLE_WORDS or fold(words[-1]) in _ROLE_STOP_END:
        return None
    if find_verb(role, 0, len(role)) or contains_full_name(role):
        return None
    return role


def _clause_start(body: str, position: int) -> int:
    """Where the sentence (or line) holding `position` starts."""
    low = max(0, position - _MAX_BEFORE)
    line_start = body.rfind("\n", low, position) + 1
    low = max(low, line_start)
    # Most sentences end within the last stretch before `position`: scan from a blank
    # there first (no sentence end, being marks and a closing quote, spans a blank, so
    # the matches after it are the same as in the whole scan), then from `low`.
    blank = body.rfind(" ", low, position - _NEAR_SENTENCE_END)
    start = _last_sentence_end(body, blank + 1, position, low) if blank > low else None
    if start is None:
        start = _last_sentence_end(body, low, position, low)
    if start is None:
        start = low
    while start < position and body[start] in " \t\u00a0":
        start += 1
    return start


_NEAR_SENTENCE_END = 120
_SPEECH_AFTER_MARK_RE = re.compile(r"[ \t\u00a0]*,[ \t\u00a0]*[—–-]")


def _after_speech(body: str, low: int, high: int) -> int:
    """`low`, or just past the last quote in body[low:high] that ends speech ('mine,"',
    '», —'): the words of a quote name no role."""
    mark = max(body.rfind("»", low, high), body.rfind("”", low, high), body.rfind('"', low, high))
    if mark > low and (body[mark - 1] in ",.!?…" or _SPEECH_AFTER_MARK_RE.match(body, mark + 1)):
        return mark + 1
    return low


def _colon_closing_paragraph(body: str, position: int, floor: int) -> int | None:
    """The colon ending the paragraph just before `position` (a line start), if any."""
    index = position - 1
    while index >= floor and body[index] in " \t\u00a0\n" and position - index < 8:
        index -= 1
    if index >= floor and body[index] == ":" and body.count("\n", index, position) <= 2:
        return index
    return None


def _last_sentence_end(body: str, begin: int, position: int, low: int) -> int | None:
    """The end of the last sentence end in body[begin:position] that is not an
    abbreviation ('Mr.', 'г.'), tested from the end; None when there is none."""
    for match in reversed(list(_SENTENCE_END_RE.finditer(body, begin, position))):
        if not _ABBREVIATION_RE.search(body[max(low, match.start() - 5) : match.start() + 1]):
            return match.end()
    return None


def sentence_end(body: str, position: int, limit: int) -> int:
    """Where the sentence holding `position` ends (not past `limit` or the line's end)."""
    newline = body.find("\n", position, limit)
    limit = newline if newline >= 0 else limit
    for match in _SENTENCE_END_RE.finditer(body, position, limit):
        if not _ABBREVIATION_RE.search(body[max(position, match.start() - 5) : match.start() + 1]):
            return match.end()
    return limit


class Attributor:
    """Reads the speaker of each quote of one article."""

    def __init__(self, body: str, people: People) -> None:
        self.body = body
        self.people = people

    def _role_near(self, start: int, end: int) -> str | None:
        return cached_role_near(self.body, start, end, self.people.roles)

    def after(self, close_end: int, limit: int) -> Attribution | None:
        """Attribution right after a quote: '”, she said', '», — заявил Беляков'.

        It is `direct` when punctuation joins it to the quote ('», — заявил'); '«БИЗНЕС
        Online» reported ...' names the subject of a sentence instead.
        """
        glue = _GLUE_RE.match(self.body, close_end, limit)
        if glue and "\n" in glue.group() and _DASH_RE.search(glue.group()):
            return None  # the next line of a list, or the next speaker's dash line
        if self._new_sentence_after(close_end, glue):
            return None
        begin = glue.end() if glue else close_end
        found = self._after(close_end, limit, begin)
        if found is None and glue and _DASH_RE.search(glue.group()):
            found = self._signature(begin, limit)
        # Not a colon: '«Дорогу откроем в срок»: власти рассказали' is a headline's shape.
        if found is None or not glue or not glue.group().strip(" \t\u00a0:"):
            return found
        return Attribution(found.speaker, found.role, found.how, True, found.announced)

    def _new_sentence_after(self, close_end: int, glue: re.Match[str] | None) -> bool:
        """'«Вы пойдёте на второй срок?» Леонтьев ответил: ...': Russian joins an
        attribution to a quote ending in . ! ? with a dash; without one, a capital starts
        the next sentence. English does so after a full stop ('"We signed." A
        representative noted ...'), not after ? or ! ('"Why?" Petrov asked.')."""
        body = self.body
        if close_end < 2 or body[close_end - 2] not in ".!?…":
            return False
        if glue and glue.group().strip(" \t\u00a0\n"):
            return False
        after = glue.end() if glue else close_end
        if after >= len(body):
            return False
        if body[close_end - 2] in ".…" and body[close_end - 3 : close_end - 1] != "..":
            return body[after].isupper()
        return body[after] in _CYRILLIC_CAPITALS

    def unnamed_spoke(self, since: int, position: int) -> bool:
        """Whether someone the text does not name spoke between a person's mention and a
        pronoun: 'The owner of a company, who asked not to be named, said ... "...," he
        said' and 'Собеседник «Ъ» признал ... — пояснил он' mean that someone."""
        since = max(since, position - _UNNAMED_LOOKBACK)
        if not _may_name_someone_unnamed(self.body[since:position].casefold()):
            return False  # the usual case, ruled out by one scan before looking at verbs
        for verb in iter_verbs(self.body, since, position):
            if self.people.in_quote(verb[0]):
                continue
            clause = max(_clause_start(self.body, verb[0]), since)
            if _UNNAMED_PERSON_RE.match(self.body, clause, verb[0]) and not (
                self.people.mentions_in(clause, verb[0])
                or _PRONOUN_RE.search(self.body, clause, verb[0])
            ):
                return True
        return False

    def _signature(self, begin: int, limit: int) -> Attribution | None:
        """'"..." — Deputy Transport Minister Andrei Kolesov, quoted by TASS': a quote
        signed with its speaker's name after a dash, no verb."""
        end = min(limit, begin + _MAX_AFTER)
        stop = _SIGNATURE_END_RE.search(self.body, begin, end)
        found = self._subject(begin, stop.start() if stop else end, first=True, how="after")
        return found if found.speaker else None

    def _after(self, close_end: int, limit: int, begin: int) -> Attribution | None:
        body = self.body
        end = sentence_end(body, close_end, min(limit, close_end + _MAX_AFTER))
        begin = min(begin, end)
        words = list(islice(_SCAN_WORD_RE.finditer(body, begin, end), _MAX_SUBJECT_WORDS + 3))
        index = 0
        while index < len(words) and words[index].group().casefold() in _AUX_WORDS:
            index += 1
        if index < len(words):
            verb = find_verb(body, words[index].start(), words[-1].end(), _AFTER_FIRST_WORDS)
            if verb and verb[0] == words[index].start():
                return self._subject(verb[1], end, first=True, how="after")
        verb = find_verb(body, begin, words[-1].end() if words else begin)
        if verb is None:
            return None
        subject_end = verb[0]
        while subject_end > begin and body[subject_end - 1] in " \t\u00a0":
            subject_end -= 1
        subject = body[begin:subject_end]
        aux = subject.rsplit(None, 1)
        while aux and aux[-1].casefold() in _AUX_WORDS:
            subject = aux[0] if len(aux) > 1 else ""
            aux = subject.rsplit(None, 1)
        if not subject.strip() or any(char in _AFTER_STOP for char in subject):
            return None
        if len(subject.split()) > _MAX_SUBJECT_WORDS:
            return None
        found = self._subject(begin, begin + len(subject), False, "after")
        if found.speaker or found.role or _looks_like_subject(subject):
            return found
        return None

    def before(self, open_at: int, floor: int = 0) -> Attribution | None:
        """Attribution in the quote's sentence before it: 'Smirnov stated, "', 'По словам X, «'.

        `floor` is where the previous quote ended: its words never attribute this one.
        """
        start = max(_clause_start(self.body, open_at), floor)
        if not self.body[start:open_at].strip():
            # 'described the situation in an interview:' ending the paragraph before the
            # quote's: that sentence introduces it.
            colon = _colon_closing_paragraph(self.body, start, floor)
            if colon is not None:
                open_at = colon + 1
                start = max(_clause_start(self.body, colon), floor)
        lead = self.body[start:open_at]
        stripped = lead.rstrip(" \t\u00a0—–-")
        direct = stripped.endswith((":", ",")) or bool(re.search(r"(?:that|что)$", stripped))
        possessive = _POSSESSIVE_INTRO_RE.search(self.body, start, open_at)
        if possessive:
            pronoun = (possessive.group("ru") or possessive.group("en")).casefold()
            person = self.people.latest_before(possessive.start(), _POSSESSIVE_GENDER[pronoun])
            if person:
                return Attribution(person.name, person.role, "before", direct)
        verb = _last_verb(self.body, start, open_at)
        if _UNSAID_RE.search(lead):
            return UNSAID
        if verb is None:
            if stripped.endswith(":") and stripped[:-1].strip():
                found = self._subject(start, open_at, first=False, how="before")
                return Attribution(found.speaker, found.role, "before", True)
            return None
        subject_first = not _AS_BEFORE_VERB_RE.search(self.body, start, verb[0])
        found = NO_ATTRIBUTION
        if subject_first:
            found = self._subject(start, verb[0], first=False, how="before")
        if not (found.speaker or found.role):
            # 'как отмечает А. Смирнова, «...»': the subject follows the verb.
            found = self._subject(verb[1], open_at, first=True, how="before")
        announced = stripped.endswith(":")
        return Attribution(found.speaker, found.role, "before", direct, announced)

    def opens_sentence(self, open_at: int) -> bool:
        """Whether the quote opening at `open_at` starts its sentence (or line)."""
        start = _clause_start(self.body, open_at)
        return not self.body[start:open_at].strip(" \t\u00a0—–-")

    def introduced(self, open_at: int) -> Attribution | None:
        """A quote opening its own sentence right after one that names one person:
        'Lapin did not mince words. «...»', 'Svetlana Gerasimova chose her words
        carefully.\n\n«...»'. The sentence before may end the paragraph before."""
        body = self.body
        if not self.opens_sentence(open_at):
            return None  # the quote stands inside a sentence: not this shape
        end = start = _clause_start(body, open_at)
        while end > 0 and body[end - 1] in " \t\u00a0\n":
            end -= 1
        if end == 0 or body.count("\n", end, start) > 2 or body[end - 1] not in ".!?:":
            return None
        mentions = self.people.mentions_in(_clause_start(body, end - 1), end)
        persons = {index for _, _, index in mentions}
        if len(persons) != 1:
            return None
        person = self.people.persons[persons.pop()]
        return Attribution(person.name, person.role, "introduced")

    def inner(self, match: re.Match[str]) -> Attribution:
        """The speaker of a '— сказал он. —' found inside a quote."""
        verb = find_verb(self.body, match.start("attribution"), match.end("attribution"))
        after_verb = verb[1] if verb else match.start("attribution")
        return self._subject(
            after_verb, match.end("attribution"), first=True, how="after", inside_quotes=True
        )

    def _subject(
        self, start: int, end: int, first: bool, how: str, inside_quotes: bool = False
    ) -> Attribution:
        """The speaker named in body[start:end]: a name, a pronoun or a role."""
        people = self.people
        mentions = people.mentions_in(start, end, inside_quotes)
        pronouns = [m for m in _PRONOUN_RE.finditer(self.body, start, end)]
        candidates: list[tuple[int, str, object]] = [(m[0], "name", m) for m in mentions]
        candidates += [(p.start(), "pronoun", p) for p in pronouns]
        if candidates:
            candidates.sort(key=lambda item: item[0])
            position, kind, item = candidates[0] if first else candidates[-1]
            if not first and kind == "name" and self._heads_apposition(start, candidates[0]):
                # 'Albert Khuzin, vice-rector of the university named after A.N. Tupolev,
                # said': the name opening the subject, not one inside its apposition.
                position, kind, item = candidates[0]
            if kind == "name":
                person = people.persons[item[2]]  # type: ignore[index]
                known = person.role
                # The role read at a full mention serves; reading the words around this
                # mention as well (unless read already) cost 12% of extraction.
                if known is not None and (item[0], item[1]) not in people.roles:  # type: ignore[index]
                    return Attribution(person.name, known, how)
                near = self._role_near(item[0], item[1])  # type: ignore[index]
                return Attribution(person.name, _richer_role(near, known), how)
            pronoun = item.group("pronoun")  # type: ignore[attr-defined]
            mention = people.latest_mention_before(position, _PRONOUN_GENDER[pronoun.casefold()])
            if mention and not self.unnamed_spoke(mention[1], position):
                found = people.persons[mention[2]]
                return Attribution(found.name, found.role, how)
            return Attribution(None, None, how)
        lone = self._lone_surname(start, end, first)
        if lone:
            return Attribution(lone.name, lone.role, how)
        role_match = _ROLE_RE.search(self.body, start, end)
        if role_match and _plural_role(role_match.group()):
            role_match = None  # 'Губернаторы конкурируют ...': many people, no speaker
        if role_match:
            role = _role_phrase(self.body, role_match.start(), end)
            if role:
                # 'An official ... said', 'one minister': someone new, not a known person.
                known = not _INDEFINITE_BEFORE_RE.search(
                    self.body, max(start, role_match.start() - 40), role_match.end()
                )
                person = people.by_role(role, role_match.start()) if known else None
                if person:
                    return Attribution(person.name, person.role or role, how)
                return Attribution(None, role, how)
        return Attribution(None, None, how)

    def _heads_apposition(self, start: int, candidate: tuple[int, str, object]) -> bool:
        """Whether `candidate`, a name, opens body[start:] and a comma follows it."""
        position, kind, item = candidate
        if kind != "name" or self.body[start:position].strip(" \t\u00a0"):
            return False
        name_end = item[1]  # type: ignore[index]
        return self.body[name_end : name_end + 1] == ","

    def _lone_surname(self, start: int, end: int, first: bool) -> Person | None:
        """A surname alone in the speaker's place: 'said (Deputy Minister) Petrov', 'Petrov
        said', 'Kuznetsov, who chairs the committee, said', 'по словам Ивановой'."""
        if self.body[start:end].islower():
            return None  # no capital letter, no surname: most role-only attributions
        scan = _SCAN_WORD_RE.finditer(self.body, start, end)
        # After the verb only its first words matter: role words, the surname, one more.
        words = list(islice(scan, _LONE_SURNAME_WORDS) if first else scan)
        if not words:
            return None
        index = self._after_verb_index(words) if first else self._before_verb_index(words, end)
        if index is None:
            return None
        word = words[index]
        if self.people.in_quote(word.start()):
            return None
        lead = fold(self.body[max(0, start - 12) : start]).rstrip()
        surname = lone_surname(word.group(), genitive=lead.endswith(_GENITIVE_INTROS))
        if surname is None:
            return None
        return self.people.named_by_surname(surname)

    def _after_verb_index(self, words: list[re.Match[str]]) -> int | None:
        """The word after 'said' and any role words that can be a surname, if any."""
        index = 0
        while index < len(words) - 1 and fold(words[index].group()) in _ROLE_PREFIX_WORDS:
            index += 1
        following = words[index + 1] if index + 1 < len(words) else None
        if (
            following is not None
            and not self.body[words[index].end() : following.start()].strip(" \t\u00a0")
            and fold(following.group()) not in _AFTER_SURNAME_WORDS
        ):
            return None  # 'said Ukrainian officials': the word qualified a noun
        return index

    def _before_verb_index(self, words: list[re.Match[str]], end: int) -> int | None:
        """The verb's neighbour, or the first word when an aside set off by commas follows
        it ('Kuznetsov, who chairs the committee, said')."""
        last = len(words) - 1
        if not self.body[words[last].end() : end].strip(" \t\u00a0"):
            return last
        if (
            self.body[words[0].end() : words[0].end() + 1] == ","
            and self.body[words[last].end() : end].strip(" \t\u00a0") == ","
        ):
            return 0
        return None


# A person the text does not name, as the subject of a clause: 'The owner of a
# company', 'a local resident', 'Собеседник «Ъ»', 'An official in the ministry'.
_UNNAMED_NOUNS = (
    r"owner|resident|source|villager|pensioner|worker|employee|businessman|businesswoman"
    r"|entrepreneur|farmer|teacher|doctor|driver|student|insider|собеседник\w*|источник\w*"
    r"|жител\w*|сотрудник\w*|предпринимател\w*|пенсионер\w*|фермер\w*|водител\w*|учител\w*"
    r"|врач\w*"
)
_UNNAMED_ROLES = (
    r"official|spokes\w+|representative|expert|analyst|manager|executive|director|officer"
)
_UNNAMED_PERSON_RE = re.compile(
    rf"(?:(?:an?|one|another|the)[\s\u00a0]+)?(?:[\w-]+[\s\u00a0]+){{0,2}}?(?:{_UNNAMED_NOUNS})"
    rf"(?![\w-])|(?:an?|one|another)[\s\u00a0]+(?:[\w-]+[\s\u00a0]+){{0,2}}?(?:{_UNNAMED_ROLES})"
    r"(?![\w-])",
    re.IGNORECASE,
)
# Those nouns and roles at a word start ('president' holds 'resident') in case-folded
# text, as prefix trees (see _ROLE_HEAD_ANYWHERE_RE): one fast scan rules a stretch out.
_UNNAMED_NOUN_RE = re.compile(
    r"\b" + _prefix_tree_pattern({noun.replace("\\w*", "") for noun in _UNNAMED_NOUNS.split("|")})
)
_UNNAMED_ROLE_RE = re.compile(
    r"\b" + _prefix_tree_pattern({role.replace("\\w+", "") for role in _UNNAMED_ROLES.split("|")})
)


# How far back from a pronoun an unnamed speaker is looked for: the sentence before a
# quote of a few lines, not the whole article back to the person's last mention.
_UNNAMED_LOOKBACK = 600


def _may_name_someone_unnamed(text: str) -> bool:
    """A cheap first look for `_UNNAMED_PERSON_RE`'s subjects in case-folded `text`."""
    if _UNNAMED_NOUN_RE.search(text):
        return True
    return bool(_UNNAMED_ROLE_RE.search(text) and _INDEFINITE_RE.search(text))


_DASH_RE = re.compile(r"[—–-]")
_CYRILLIC_CAPITALS = frozenset("АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЭЮЯ")
# 'residents might reasonably ask:', 'the question the ministry should answer is simple:':
# words nobody has said, only might.
_UNSAID_RE = re.compile(
    r"(?<![\w-])(?:might|may|could|would|should|must|can|может|могут|мог|могли|стоит"
    r"|следует|должен|должна|должны|хочется)(?:[\s\u00a0]+\w+)?[\s\u00a0]+(?:ask|answer|say"
    r"|wonder|reply|спросить|ответить|сказать|возразить|задать)(?![\w-])",
    re.IGNORECASE,
)
_SIGNATURE_END_RE = re.compile(r"[,;(\n]|[.!?](?:[\s\u00a0]|$)")
_INDEFINITE_RE = re.compile(r"(?<![\w-])(?:an?|one|another)[\s\u00a0]", re.IGNORECASE)
# 'A finance minister', 'one deputy': up to two words between the article and the role.
_INDEFINITE_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:an?|one|another)[\s\u00a0]+(?:[\w-]+[\s\u00a0]+){0,2}[\w-]+$", re.IGNORECASE
)


def _richer_role(near: str | None, known: str | None) -> str | None:
    """'said Governor Dmitry Makhonin': prefer the fuller role the article gave earlier."""
    if near and known and fold(near) in fold(known):
        return known
    return near or known


# Where a role phrase after a verb of saying ends: punctuation, a relative clause, or
# the circumstances of the saying ('сказала министр на церемонии', 'said the minister
# during a visit', 'в интервью').
_ROLE_PHRASE_END_RE = re.compile(
    r"[,;:.!?()\n]|(?<![\w-])(?:who|which|который|которая|at|on|during|while|when|after"
    r"|before|to|told|на|во|при|после|журналистам|в[ \u00a0]+(?:интервью|ходе|эфире|беседе"
    r"|разговоре|соцсетях|своём|своем|телеграм\w*)|in[ \u00a0]+(?:an?|his|her)[ \u00a0]"
    r"+(?:interview|statement|post|speech))(?![\w-])",
    re.IGNORECASE,
)


def _role_phrase(body: str, start: int, end: int) -> str | None:
    text = body[start:end]
    cut = _ROLE_PHRASE_END_RE.search(text)
    if cut:
        text = text[: cut.start()]
    verb = find_verb(text, 0, len(text), _INTRO_WORDS)
    if verb:
        text = text[: verb[0]]
    words = text.split()[:12]
    while words and fold(words[-1]) in _ROLE_STOP_END:
        words.pop()
    if not words:
        return None
    return _LEADING_ARTICLE_RE.sub("", " ".join(words))


def _looks_like_subject(text: str) -> bool:
    """'the ministry', 'Rosstat', 'officials', 'a source in the regional government',
    'analysts at the Center for ...': someone the text does not name, but who says the
    quote (it goes to nobody else)."""
    words = text.split()
    if not 0 < len(words) <= _MAX_SUBJECT_WORDS or "," in text:
        return False
    if fold(words[-1]) in _ROLE_STOP_END:
        return False
    return fold(words[0]) not in _NOT_SUBJECT_OPENERS


# A clause between a quote and its verb that opens with one of these is no subject.
_NOT_SUBJECT_OPENERS = _word_set(
    "and but or nor while because since although though that which who whom whose where "
    "when if as so then in on at for with by from to of about after before during into "
    "и а но или что который которая которые где когда если как так то в во на с со по "
    "для от до из за при о об после"
)


# «X, — сказал он. — Y»: the Russian way of splitting a quote by its attribution.
_INNER_ATTRIBUTION_RE = re.compile(
    r"[,.!?…][\s\u00a0]+[—–-]{1,2}[\s\u00a0]+(?P<attribution>[^—–«»“”„\n]{1,120}?)"
    r"[.,:][\s\u00a0]+[—–-]{1,2}[\s\u00a0]+(?=\S)"
)


def inner_attribution(body: str, start: int, end: int) -> re.Match[str] | None:
    """The '— сказал он. —' inside a quote's marks, if there is one."""
    for match in _INNER_ATTRIBUTION_RE.finditer(body, start, end):
        verb = find_verb(body, match.start("attribution"), match.end("attribution"))
        if verb and verb[0] == match.start("attribution"):
            return match
    return None


# --- transcript labels -----------------------------------------------------------------

_LABEL_RE = re.compile(
    r"^[ \t\u00a0]*(?P<label>[^\n:«»“”\"]{3,90}?)[ \t\u00a0]*:[ \t\u00a0]+(?=\S)", re.M
)

# What every label line holds: its first colon, then blanks, then text.
_LABEL_COLON_RE = re.compile(r":[ \t\u00a0]+(?=\S)")


@dataclass(frozen=True)
class Label:
    line_start: int
    text_start: int  # first character after "Name: "
    speaker: str
    role: str | None


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
    for match in _label_matches(body):
        label = match.group("label")
        if len(label.split()) > 8:
            continue
        names = find_full_names(label)
        if not names or label[names[-1].end :].strip():
            continue
        name = names[-1]
        role = label[: name.start].strip(" ,") or None
        labels.append(Label(match.start(), match.end(), name.name, role))
    return labels


def resolve_label_speaker(people: People, label: Label) -> str:
    """The article's canonical name for a label's person (same string across the article)."""
    for start, _, index in people.mentions:
        if start >= label.line_start:
            return people.persons[index].name
    return label.speaker


__all__ = [
    "NO_ATTRIBUTION",
    "Attribution",
    "Attributor",
    "Label",
    "NameMention",
    "People",
    "Person",
    "inner_attribution",
    "resolve_label_speaker",
    "role_near",
    "sentence_end",
    "transcript_labels",
]
