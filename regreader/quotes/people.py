"""The people an article names, collected once per article (`People.of(body)`).

Every full name, later mentions by surname or first name alone, the role the text gives
each one, and how the text introduces people it names only in part ('Vera, a pensioner
who gave only her first name', 'Девятилетняя Варя', 'Екатерина и Михаил Тарасовы').
speakers.py reads a quote's speaker from the words around it and asks this module who
a name, a pronoun or a role stands for.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from itertools import pairwise

from regreader.ingestion.regions import names_a_place
from regreader.quotes.names import (
    INSTITUTION_AFTER_NAME,
    MASCULINE_ADJECTIVE_ENDINGS,
    NOMINATIVE,
    PERSON_NOUN_OPENERS,
    NameMention,
    as_introduced,
    find_full_names,
    find_surname_mentions,
    first_name,
    in_female_oblique_case,
    is_patronymic,
    looks_like_surname,
    may_be_surname,
    nominative_the_text_shows,
    spelling_key,
    surname_gender,
    surname_matches,
    unknown_man_in_the_genitive,
)
from regreader.quotes.role_case import genitive_role_before, nominative_role
from regreader.quotes.roles import (
    ROLE_RE,
    AskedRole,
    cached_role_near,
    is_role_head,
    role_follows,
    role_precedes,
)
from regreader.quotes.sentences import clause_start, last_index_before
from regreader.quotes.verbs import (
    GENITIVE_INTROS,
    SAY_WORDS,
    find_verb,
    last_verb,
)
from regreader.text import char_positions, fold, script_of, word_set


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
    # 'Alexander “Sasha” Bykov': what the text also calls the person by.
    nicknames: list[str] = field(default_factory=list, repr=False)

    @cached_property
    def role(self) -> str | None:
        """The role the text gives the person at a full mention; read only when needed."""
        for start, end in self.full_mentions:
            role = cached_role_near(self.body, start, end, self.roles)
            if role and self.role_agrees(role, start, end):
                return role
        return None

    def role_agrees(self, role: str, start: int, end: int) -> bool:
        """Whether a role read at a mention can be the person's by its case: 'заявила
        главе района Ольга Смирнова' names the head of the district she spoke to (a
        dative before her name, which stands as the nominative), not her."""
        if nominative_role(role) == role or " ".join(self.body[start:end].split()) != self.name:
            return True
        # 'По словам экономиста Наиля Сабирова': after these the name is in the genitive
        # too, whatever form the name was read in.
        role_start = self.body.rfind(role, max(0, start - len(role) - 2), start)
        lead = fold(self.body[max(0, role_start - 12) : max(role_start, 0)]).rstrip()
        return role_start >= 0 and lead.endswith(GENITIVE_INTROS)


def _adds_a_patronymic(known: str, seen: str) -> bool:
    """Whether `seen` is `known` with a patronymic between first name and surname."""
    parts, have = seen.split(), known.split()
    return len(parts) == 3 and is_patronymic(parts[1]) and [parts[0], parts[2]] == have


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
    role_kinds: dict[int, set[str]] = field(default_factory=dict, repr=False)  # by person
    # The '— сказал он. —' inside each quote (by where its words start), if any.
    inner: dict[int, re.Match[str] | None] = field(default_factory=dict, repr=False)
    # Names no list knows that nothing around them said were a person's, by surname.
    unconfirmed: dict[str, NameMention] = field(default_factory=dict, repr=False)
    # Speech set off by dashes: a name addressed there ('— Александр Викторович, ... —
    # спросил он губернатора') is no one a pronoun after it stands for.
    dash_speech: Covered = field(default_factory=lambda: Covered([]), repr=False)
    # Where a name stands as the complement of a role held by the name after it: 'Адвокат
    # Виктора Зуева Галина Сорокина' (Зуев is her client, and no subject).
    complements: set[int] = field(default_factory=set, repr=False)

    @classmethod
    def of(
        cls, body: str, quoted: list[tuple[int, int]], dash_speech: Sequence[tuple[int, int]] = ()
    ) -> People:
        inner = {start: inner_attribution(body, start, end) for start, end in quoted}
        people = cls(
            body,
            quoted=sorted(_without_inner_attributions(quoted, inner)),
            inner=inner,
            dash_speech=Covered(list(dash_speech)),
        )
        # 'the university named after A.N. Tupolev', 'КАИ им. А.Н. Туполева': eponyms in
        # the names of institutions are nobody in the room.
        unlisted: list[NameMention] = []
        eponyms: list[NameMention] = []
        full: list[NameMention] = []
        for mention in find_full_names(body, unlisted):
            if _is_eponym(body, mention.start, mention.end):
                eponyms.append(mention)
            else:
                full.append(nominative_the_text_shows(body, _read_after_its_role(body, mention)))
        if unlisted:
            # 'Zhang Wei, general manager of a logistics firm', 'Choduraa Saryglar, a
            # Kyzyl-based activist', 'the head of Tuva, Chingis Oorzhak,': a role or a
            # person noun says it is a person. The others may yet prove to be one (see
            # named_by_surname).
            said = [_said_to_be_a_person(body, m) for m in unlisted]
            # 'Back at his sheepfold, Sholban Oorzhak was unconvinced': a name said once to
            # be a person's is theirs wherever it stands in full.
            persons_names = {m.name for m, person in zip(unlisted, said, strict=True) if person}
            said = [
                person or m.name in persons_names for m, person in zip(unlisted, said, strict=True)
            ]
            for mention, person in zip(unlisted, said, strict=True):
                # Not two capitalised words opening a sentence: 'Исторически Кяхту ...'.
                if not person and clause_start(body, mention.start) != mention.start:
                    people.unconfirmed.setdefault(spelling_key(mention.surname), mention)
            unlisted = [m for m, person in zip(unlisted, said, strict=True) if person]
            full = sorted(full + unlisted, key=lambda mention: mention.start)
        # 'Кузьмина Хабибуллин назвал': a known surname's case form before another
        # surname opens no name (Кузьмин's work, as Хабибуллин called it).
        full = [m for m in full if not _opens_with_a_known_surname(m, full)]
        couples = _couples(body, full)
        nicknamed = _nicknamed(body, full)
        with_particles = _names_with_particles(body, full)
        if couples or nicknamed or with_particles:
            extra = couples + [mention for mention, _ in nicknamed] + with_particles
            full = sorted(full + extra, key=lambda mention: mention.start)
        nickname_of = {id(mention): nickname for mention, nickname in nicknamed}
        # 'Соседка Зуевых': a neighbour of the Зуевы the text names, no one new.
        if any(mention.surname.endswith(_PLURAL_SURNAME_ENDINGS) for mention in full):
            surnames = {fold(mention.surname) for mention in full}
            full = [mention for mention in full if not _the_family_of(mention, surnames)]
        known = _NameIndex()
        first_forms = _bilingual_pairs(body, full)
        for mention in full:
            first_form = first_forms.get(id(mention))
            # Only a first name and patronymic asks whether the name was spoken to someone.
            spoken = is_patronymic(mention.surname) and (
                people.in_quote(mention.start)
                or people.dash_speech.overlaps(mention.start, mention.start + 1)
                or _addressed_by_name(body, mention)
                # 'Покупательница Ольга Петровна' after 'Заместитель министра Ольга
                # Руднева': someone new, brought in by what she is.
                or _described_right_before(body, mention.start)
            )
            index = known.find(people.persons, first_form or mention, quoted=spoken)
            if first_form is not None and index is not None:
                known.also(mention, index)  # 'Irina Peshkova' of 'Ирина Пешкова (Irina ...)'
            elif index is None:
                index = len(people.persons)
                people.persons.append(
                    Person(mention.name, mention.surname, mention.gender, body, roles=people.roles)
                )
                known.add(index, people.persons[index])
            known.met(mention.name, index)
            nickname = nickname_of.get(id(mention))
            if nickname is not None:
                # 'Sasha Bykov' and 'Sasha says' later are Alexander Bykov.
                people.persons[index].nicknames.append(nickname)
                known.also(replace(mention, name=f"{nickname} {mention.surname}"), index)
            if not people.in_quote(mention.start):
                people.persons[index].full_mentions.append((mention.start, mention.end))
            people.mentions.append((mention.start, mention.end, index))
        # Where each person's full name stands, by the surname as written there: two
        # people may share one ('Никита Зуев — однофамилец главы округа Сергея Зуева'),
        # one person may have two ('Ирина Пешкова (Irina Peshkova)').
        full_starts: dict[str, list[tuple[int, int]]] = {}
        surnames_as_written: dict[str, str] = {}
        for mention, (start, _, index) in zip(full, people.mentions, strict=True):
            key = fold(mention.surname)
            full_starts.setdefault(key, []).append((start, index))
            surnames_as_written.setdefault(key, mention.surname)
        _surname_first_keys(full, people.mentions, unlisted, full_starts, surnames_as_written)
        # A surname inside a full-name mention is not a mention of its own (a scan per
        # surname was quadratic).
        # ... nor is an eponym's ('премия имени Л.А. Лебедева' is no mention of Лебедев).
        full_names = Covered([(m.start, m.end) for m in full + eponyms])
        # One form may be two surnames' ('Сёмина': Андрей Сёмин's genitive, Ирина Сёмина's
        # nominative): each span is one mention, its bearers those of every surname.
        bearers_at: dict[tuple[int, int], list[tuple[int, int]]] = {}
        for start, end, key in find_surname_mentions(body, surnames_as_written):
            if not full_names.overlaps(start, start + 1):
                bearers_at.setdefault((start, end), []).extend(full_starts[key])
        for (start, end), bearers in bearers_at.items():
            people.mentions.append((start, end, people._bearer(start, end, sorted(bearers))))
        people._mark_complements(full)
        people._add_introduced_by_first_name(full_names)
        people._add_first_name_mentions(full_names)
        people._add_handles()
        people.mentions.sort()
        people.starts = [start for start, _, _ in people.mentions]
        return people

    def _mark_complements(self, full: list[NameMention]) -> None:
        """'Адвокат Виктора Зуева Галина Сорокина', 'помощник Ильи Гарипова Анна Ковалёва':
        a name in an oblique case right before one in the nominative is the complement of
        the role before them both. The role, complement and all, is the second person's."""
        body = self.body
        for first, second in pairwise(full):
            if (
                second.start - first.end > _COMPLEMENT_GAP
                or body[first.end : second.start].strip(" \u00a0")
                or _as_written(body, first)
                or not _as_written(body, second)
            ):
                continue
            role = cached_role_near(body, first.start, first.end, self.roles)
            if role is None:
                continue
            self.roles[(first.start, first.end)] = None
            self.roles[(second.start, second.end)] = f"{role} {body[first.start : first.end]}"
            self.complements.add(first.start)

    def _add_first_name_mentions(self, full_names: Covered) -> None:
        """'Полина уезжать не собирается. — ..., — признаётся она': a first name standing
        alone after a full name is that person's, when nobody else the text names bears
        it. Any case form the first-name list knows counts."""
        bearers: dict[str, list[int]] = {}
        for index, person in enumerate(self.persons):
            bearers.setdefault(person.name.partition(" ")[0], []).append(index)
        for first, indexes in bearers.items():
            # 'Irina, 45, a teacher' and 'Irina Popova, 70': 'Irina the teacher' is either.
            if len(indexes) == 1 and " " in self.persons[indexes[0]].name and "." not in first:
                self._add_mentions_of_first_name(first, indexes[0], full_names)

    def _add_mentions_of_first_name(self, first: str, index: int, full_names: Covered) -> None:
        body = self.body
        # What every case form starts with: 'Полин' of 'Полина', 'Игор' of 'Игорь'.
        stem = first[:-1] if first[-1:] in _FIRST_NAME_VOWEL_ENDS else first
        if body.count(stem) <= len(self.persons[index].full_mentions):
            return  # the usual case: the first name stands only in the full names
        known = first_name(first)
        if known is None:
            return  # no first name the list knows ('Chen' of 'Chen Weidong')
        key = fold(known.nominative)
        # Not where someone else is introduced by this first name ('Магомед, 61 год,
        # пенсионер из Кизляра:'), nor at a full name (which starts with it).
        taken = {start for start, _, _ in self.mentions}
        since = min(start for start, _, of in self.mentions if of == index)
        position = body.find(stem, since)
        while position >= 0:
            if position in taken or full_names.overlaps(position, position + 1):
                position = body.find(stem, position + len(stem))
                continue
            word = _WORD_AT_RE.match(body, position)
            end = word.end() if word else position + len(stem)
            if (
                word is not None
                and not (body[position - 1].isalnum() or body[position - 1] == "-")
                and (form := first_name(word.group())) is not None
                and fold(form.nominative) == key
            ):
                self.mentions.append((position, end, index))
            position = body.find(stem, end)

    def _add_handles(self) -> None:
        """'Пользователь с ником dimon_73', '— пишет Kyhyn_88': commenters known by their
        handles (words joined by an underscore), each a person of that name."""
        if "_" not in self.body:
            return  # most texts: no handle at all
        by_handle: dict[str, int] = {}
        for match in _HANDLE_RE.finditer(self.body):
            handle = match.group()
            if handle not in by_handle:
                by_handle[handle] = len(self.persons)
                self.persons.append(Person(handle, handle, "", self.body, roles=self.roles))
            self.mentions.append((match.start(), match.end(), by_handle[handle]))

    def _add_introduced_by_first_name(self, full_names: Covered) -> None:
        """'Житель города, представившийся Сергеем', 'a woman who gave her name only as
        Olga': a person the text knows by a first name alone."""
        self._add_described_by_first_name(full_names)
        for start, end in _introduced(self.body):
            if full_names.overlaps(start, end):
                continue
            word = self.body[start:end]
            given = as_introduced(word)
            if given is not None:
                name, gender = given.nominative, given.gender
            elif (self._age_in_years(end) or self._opens_with_an_age(start, end)) and (
                may_be_surname(word)
            ):
                # 'Бабушка Дулма, 82 года,', 'Sayana, 38, runs a café': a name no list has.
                name, gender = word, ""
            else:
                continue
            # An age before the name may mention someone named in full before; one after it
            # ('Магомед, 61 год, пенсионер'), or a name given as all there is, is someone new.
            aged = _AGED_BEFORE_RE.search(self.body, max(0, start - 16), start) is not None
            named = self._named_in_full_before(name, start) if aged else None
            if named is not None:
                # '16-летний Илья' after 'Илья Сорокин, ученик 10 класса': the one Илья.
                self.mentions.append((start, end, named))
                continue
            self.mentions.append((start, end, len(self.persons)))
            self.persons.append(Person(name, name, gender, self.body, roles=self.roles))
            # As written, and in the nominative: 'представилась Розой' ... 'призналась Роза'.
            for form in {word, name}:
                self._add_later_mentions(form, end, len(self.persons) - 1, full_names)

    def _add_later_mentions(self, word: str, since: int, index: int, full_names: Covered) -> None:
        """'Oksana says she has stopped relying on the pharmacy': the first name someone
        was introduced by, standing alone later as who speaks, is them (not 'другая
        Гульнара', nor a name the sentence is about: 'Вероника — уже третий стобалльник
        в её практике', where the teacher speaks next)."""
        body = self.body
        position = body.find(word, since)
        while position >= 0:
            after = position + len(word)
            if not (
                body[position - 1].isalnum()
                or body[after : after + 1].isalnum()
                or full_names.overlaps(position, after)
                or _ANOTHER_BEFORE_RE.search(body, max(0, position - 12), position)
            ) and (
                find_verb(body, after, min(len(body), after + _SPEAKS_NEAR))
                or find_verb(body, max(0, position - _SPEAKS_NEAR), position)
            ):
                self.mentions.append((position, after, index))
            position = body.find(word, after)

    def _add_described_by_first_name(self, full_names: Covered) -> None:
        """'Марина, студентка медицинского университета, ходит ...', 'Anton, who has held
        a season ticket for twelve years, said': a first name the list knows, opening its
        sentence, then what the person is. Someone new, unless the text names anyone in
        full with that first name (then it is them, or cannot be told)."""
        body = self.body
        for described in _DESCRIBED_AFTER_COMMA_RE.finditer(body):
            name = _NAME_BEFORE_RE.search(body, max(0, described.start() - 20), described.start())
            if name is None or not (
                _opens_a_sentence(body, name.start()) or _kin_opens_before(body, name.start())
            ):
                continue
            start, end = name.span()
            given = first_name(name.group())
            if given is None or full_names.overlaps(start, end):
                continue
            key = fold(given.nominative)
            if any(fold(person.name.partition(" ")[0]) == key for person in self.persons):
                continue
            self.mentions.append((start, end, len(self.persons)))
            name_as_given = given.nominative
            self.persons.append(
                Person(name_as_given, name_as_given, given.gender, body, roles=self.roles)
            )

    def _named_in_full_before(self, first: str, position: int) -> int | None:
        """The one person named in full before `position` with this first name, if one."""
        key = fold(first)
        bearers = {
            index
            for start, _, index in self.mentions
            if start < position
            and " " in self.persons[index].name
            and fold(self.persons[index].name.partition(" ")[0]) == key
        }
        return bearers.pop() if len(bearers) == 1 else None

    def _age_in_years(self, name_end: int) -> bool:
        """Whether an age said in years follows a name (', 82 года,'): only a person has
        one, where ', 12,' may be a house number."""
        age = _AGE_AFTER_NAME_RE.match(self.body, name_end)
        return age is not None and age.group("years") is not None

    def _opens_with_an_age(self, name_start: int, name_end: int) -> bool:
        """Whether a sentence opens with the name and a bare age, then says what the person
        does: 'Sayana, 38, runs a café' ('Lenina, 12, is where' has a street before it)."""
        before = last_index_before(self.body, name_start, " \t\u00a0")
        if before >= 0 and self.body[before] not in ".!?\n":
            return False
        word = self.body[name_start:name_end]
        if looks_like_surname(word) or any(word in person.name.split() for person in self.persons):
            return False  # 'Lanin, 52, trained as an engineer': the mayor named before
        return _BARE_AGE_THEN_WORDS_RE.match(self.body, name_end) is not None

    def named_by_surname(self, surname: str, gender: str | None = None) -> Person:
        """The person a lone surname (or first name) names, known from now on.

        Only attribution calls this, on a surname standing where a speaker stands: later
        mentions of the surname, and pronouns after it, then find this person too.
        """
        known = self.known_by_surname(surname)
        if known is not None:
            return known
        index = len(self.persons)
        if gender is None:
            gender = surname_gender(surname)
        # 'директором ООО «Байкал-Стройресурс» Эрдэмом Балдановым ... Балданов пишет': a
        # surname that speaks makes the unlisted name it ends a person's.
        unconfirmed = self.unconfirmed.pop(spelling_key(surname), None)
        name, full_name = surname, (0, 0)
        if unconfirmed is not None:
            name, full_name = unconfirmed.name, (unconfirmed.start, unconfirmed.end)
            gender = unconfirmed.gender or gender
        person = Person(name, surname, gender, self.body, roles=self.roles)
        self.persons.append(person)
        if unconfirmed is not None:
            person.full_mentions.append(full_name)
            self._insert_mention(*full_name, index)
        for mention_start, mention_end, _ in find_surname_mentions(
            self.body, {fold(surname): surname}
        ):
            if full_name[0] <= mention_start < full_name[1]:
                continue  # the surname of the full name just recorded
            if not self.in_quote(mention_start):
                # No full name to read a role at: any mention may give it ('Ivanov, the
                # deputy minister, ...').
                person.full_mentions.append((mention_start, mention_end))
            self._insert_mention(mention_start, mention_end, index)
        return person

    def _insert_mention(self, start: int, end: int, index: int) -> None:
        position = bisect.bisect_left(self.starts, start)
        self.starts.insert(position, start)
        self.mentions.insert(position, (start, end, index))

    def bears_the_surname(self, word: str, unconfirmed: bool) -> bool:
        """Whether a person's full name ends with `word` as written; with `unconfirmed`,
        a name no list knows and nothing said was a person's may too (in English that may
        be a company's: 'Severnaya Metallurgiya said')."""
        if unconfirmed and spelling_key(word) in self.unconfirmed:
            return True
        return self.known_by_surname(word) is not None

    def _only_one_of_kind(self, indexes: set[int], role: str) -> int | None:
        """Of several persons, the only one whose role is of the kind `role` names."""
        if len(indexes) < 2:
            return None
        kinds = AskedRole.of(role).kinds
        matching = [index for index in indexes if kinds & self.kinds_of(index)]
        return matching[0] if len(matching) == 1 else None

    def _bearer(self, start: int, end: int, bearers: list[tuple[int, int]]) -> int:
        """Whom a surname at body[start:end] names, of the persons named in full with it:
        the elder or the younger ('Гончаренко-старший'), the one whose role a title before
        it names ('мэр Кравцов'), else the last one named of the gender a courtesy title
        gives ('Ms Bondarenko'), else the one named last."""
        elder = _ELDER_OR_YOUNGER_RE.match(self.body, end) or _ELDER_BEFORE_RE.search(
            self.body, max(0, start - 10), start
        )
        if elder is not None:
            word = fold(elder.group(elder.lastindex or 1))
            return self._elder_or_younger(bearers, word.startswith(_ELDER_WORDS))
        kin = self._kin_subject_before(start) if len({i for _, i in bearers}) > 1 else None
        if kin is not None:
            # 'Her mother, listening from the kitchen, did not disagree. "I'll manage,"
            # Sukhova said': the parent, of a mother and daughter named in full.
            return self._elder_or_younger(bearers, kin)
        title = _WORD_BEFORE_RE.search(self.body, max(0, start - 30), start)
        if title is not None:
            # 'Sholban Oorzhak' after 'Ayas Oorzhak': the first name before it says whose.
            given = [
                (at, index) for at, index in bearers if self._given_name(index) == title.group(1)
            ]
            if given:
                return _named_last(given, start)
        if title is not None and is_role_head(fold(title.group(1))):
            index = self._only_one_of_kind({index for _, index in bearers}, title.group(1))
            if index is not None:
                return index
        courtesy = _COURTESY_TITLE_RE.search(self.body, max(0, start - 12), start)
        if courtesy is not None:
            gender = _GENDER_OF_TITLE[fold(courtesy.group(1))]
            # 'Mr Bondarenko' and 'Ms Bondarenko': a man and a woman of one surname.
            of_gender = [
                (at, index) for at, index in bearers if self.persons[index].gender == gender
            ]
            if of_gender:
                return _named_last(of_gender, start)
        hers = self._hers(start, end, bearers)
        if hers and self._subject_of_speech(start, end):
            # '— ответила Сёмина', '— говорит Шестакова': 'Сёмина' may be Андрей Сёмин's
            # genitive or his wife's name; as a verb's subject it is hers.
            return _named_last(hers, start)
        return _named_last(bearers, start)

    def _kin_subject_before(self, start: int) -> bool | None:
        """Whether a sentence just before `start` opens with someone's parent (True) or
        child (False) as its subject, with no name between; None if none does."""
        low = max(0, start - _KIN_SUBJECT_LOOKBACK)
        kin = None
        for found in _KIN_SUBJECT_OPENING_RE.finditer(self.body, low, start):
            if not self.in_quote(found.start()):
                kin = found  # not 'His mother is going mad,' in someone's words
        if kin is None or any(kin.end() <= at < start for at, _, _ in self.mentions):
            return None
        return kin.group("parent") is not None

    def _given_name(self, index: int) -> str:
        return self.persons[index].name.split(maxsplit=1)[0]

    def _hers(self, start: int, end: int, bearers: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """The women whose surname body[start:end] is as written, when men of the text
        bear it in another form ('Сёмина' of Андрей Сёмин): not 'Мороз' or 'Волк', the same
        for him and her."""
        written = fold(self.body[start:end])
        men = [self.persons[index] for _, index in bearers if self.persons[index].gender != "f"]
        if not men or any(fold(man.surname) == written for man in men):
            return []
        return [
            (at, index)
            for at, index in bearers
            if self.persons[index].gender == "f" and fold(self.persons[index].surname) == written
        ]

    def _subject_of_speech(self, start: int, end: int) -> bool:
        """Whether the name at body[start:end] is the subject of a verb of saying or of a
        verb in the feminine past right before or after it."""
        if feminine_verb_next_to(self.body, start, end):
            return True
        # '— не задумываясь отвечает Корнилова': a verb of saying, two words at most after it.
        # Not 'по словам', after which names are in the genitive.
        verb = last_verb(self.body, max(0, start - 40), start, SAY_WORDS)
        return verb is not None and len(self.body[verb[1] : start].split()) <= _HOW_WORDS

    def _elder_or_younger(self, bearers: list[tuple[int, int]], elder: bool) -> int:
        """Of two of one surname, the parent or the child, as the text introduced them
        ('её мать, Людмила Фомичёва', 'помогает сын Артём'); else, as a text names a
        father before his son, the first named or the last."""
        firsts = {index: at for at, index in reversed(bearers)}  # each one's first full mention
        ordered = sorted(firsts, key=firsts.__getitem__)
        for index in ordered:
            at = firsts[index]
            kin = _KIN_BEFORE_RE.search(self.body, max(0, at - 24), at) or _KIN_AFTER_RE.match(
                self.body, at + len(self.persons[index].name)
            )
            if kin is not None and (kin.group("parent") is not None) == elder:
                return index
            sibling = _SIBLING_BEFORE_RE.search(self.body, max(0, at - 40), at)
            if sibling is not None and fold(sibling.group(1)).startswith(_ELDER_WORDS) == elder:
                return index  # 'the defendant's elder brother, Pavel Gusev'
        whose = self._whose_kin(ordered) or self._kin_of_the_first_named(ordered, firsts)
        if whose is not None:
            parent, child = whose
            return parent if elder else child
        return ordered[0] if elder else ordered[-1]

    def _kin_of_the_first_named(
        self, ordered: list[int], firsts: dict[int, int]
    ) -> tuple[int, int] | None:
        """(parent, child) of two of one surname, when the lines after the first one's name
        speak of their father or son before the other is named: 'When Alexei Kuznetsov
        graduated ... the surgical ward where his father has worked' (Alexei is the son),
        'Matvei Sitnikov scored ... One of them was his father.'"""
        if len(ordered) != 2:
            return None
        first, second = ordered
        # Up to where the second is first named, by a first name alone too ('Sukhova's
        # daughter Yelena, who lives in Kostroma, has asked her mother': hers).
        given = self.body.find(self._given_name(second), firsts[first], firsts[second])
        kin = _POSSESSIVE_KIN_RE.search(
            self.body, firsts[first], given if given >= 0 else firsts[second]
        )
        if kin is None:
            return None
        if kin.group("parent") is not None:
            return second, first
        return first, second

    def _whose_kin(self, ordered: list[int]) -> tuple[int, int] | None:
        """(parent, child) of two of one surname, when the text says whose father or son
        one is by the other's first name: 'Vladimir Kuznetsov, head coach ..., Maxim's
        father'."""
        if len(ordered) != 2 or ("s " not in self.body and " of " not in self.body):
            return None
        for index, other in (ordered, ordered[::-1]):
            first = self.persons[index].name.partition(" ")[0]
            if re.search(
                rf"(?:son|daughter)[ \u00a0]+of[ \u00a0]+[^.!?\n]{{0,40}}?{re.escape(first)}",
                self.body,
            ):
                return index, other  # 'the son of the club's president, Anatoly Belousov'
            kin = re.search(rf"(?<![\w-]){re.escape(first)}['’]s[ \u00a0]+(\w+)", self.body)
            word = fold(kin.group(1)) if kin else ""
            if word in _PARENT_WORDS_EN:
                return other, index  # 'Maxim's father' is the other one
            if word in _CHILD_WORDS_EN:
                return index, other
        return None

    def known_by_surname(self, surname: str) -> Person | None:
        """The person of this surname met so far, by spelling: 'Дашиева' in a Russian quote
        is the 'Tuyana Dashieva' of the article."""
        key = spelling_key(surname)
        return next((p for p in self.persons if spelling_key(p.surname) == key), None)

    def _introduce_lone_first_name(self, position: int, gender: str) -> bool:
        """'Настя открывает дверь не сразу: ..., как она сама признаётся, «не
        слушается»': a first name the lists know, alone, before a pronoun of its sex when
        nobody of that sex is named before the pronoun at all. Read only then: a lone first
        name beside people named in full may be anyone's."""
        nearest = None
        for match in _LONE_FIRST_NAME_RE.finditer(
            self.body, max(0, position - _NOUN_WINDOW), position
        ):
            if self.in_quote(match.start()):
                continue
            given = first_name(match.group())
            if given is not None and given.case == NOMINATIVE and given.gender == gender:
                nearest = given  # the last one before the pronoun
        if nearest is None:
            return False
        self.named_by_surname(nearest.nominative, nearest.gender)
        return True

    def _introduce_by_noun(self, position: int) -> None:
        """'Мама третьеклассника Оксана первой написала в чат. «...», — спрашивала она':
        a sentence opening with what someone is, then a first name the lists know and no
        surname, before a pronoun. Looked for only when a pronoun is read, in the stretch
        just before it (a scan of every article cost 9% of extraction)."""
        start = max(0, position - _NOUN_WINDOW)
        for match in _NOUN_THEN_FIRST_NAME_RE.finditer(self.body, start, position):
            name_start = match.start("name")
            if not _opens_a_sentence(self.body, match.start()) or self.in_quote(name_start):
                continue
            given = as_introduced(match.group("name"))
            index = bisect.bisect_right(self.starts, name_start) - 1
            covered = index >= 0 and self.mentions[index][1] > name_start
            if given is None or given.case != NOMINATIVE or covered:
                continue
            bearer = self.by_first_name(given.nominative)
            if bearer is not None:  # 'Внучка Алина' after 'Алина Гаряева'
                self._insert_mention(name_start, match.end("name"), self.persons.index(bearer))
            else:
                self.named_by_surname(given.nominative, given.gender)

    def by_first_name(self, name: str) -> Person | None:
        """The only person named in full with this first name, if there is one."""
        key = fold(name)
        found = [
            p
            for p in self.persons
            if p.name != p.surname
            and (fold(p.name.split()[0]) == key or key in map(fold, p.nicknames))
        ]
        return found[0] if len(found) == 1 else None

    def role_taken(self, role: str, position: int) -> bool:
        """Whether a person named before `position` holds a role of the kind `role` names
        ('губернатор'): then a role word nobody matched is not someone else's description.
        (One named only later is no one the text could mean yet: 'the veterinary chief'
        before the Rosselkhoznadzor office's head comes in.)"""
        asked = AskedRole.of(role)
        kinds = asked.kinds
        if not kinds:
            return False
        named_before = {
            index for _, _, index in self.mentions[: bisect.bisect_left(self.starts, position)]
        }
        return any(
            kinds & self.kinds_of(index) and asked.held_at(self.persons[index].role)
            for index in named_before
        )

    def kinds_of(self, index: int) -> set[str]:
        """The role kinds of a person, read once: a transcript may name thousands of people
        and refer to many by roles nobody holds."""
        kinds = self.role_kinds.get(index)
        if kinds is None:
            role = self.persons[index].role
            kinds = self.role_kinds[index] = AskedRole.of(role).kinds if role else set()
        return kinds

    def refer(self, start: int, end: int, person: Person) -> None:
        """Record body[start:end] (a role word) as a mention of `person`."""
        index = next(i for i, known in enumerate(self.persons) if known is person)
        position = bisect.bisect_left(self.starts, start)
        if position < len(self.starts) and self.mentions[position][:2] == (start, end):
            return
        self._insert_mention(start, end, index)

    def in_quote(self, position: int) -> bool:
        return self.quote_around(position) is not None

    def quote_around(self, position: int) -> tuple[int, int] | None:
        """The span inside quote marks that holds `position`, if any."""
        index = bisect.bisect_right(self.quoted, (position, len(self.body) + 1)) - 1
        if index >= 0 and self.quoted[index][0] <= position < self.quoted[index][1]:
            return self.quoted[index]
        return None

    def paragraph_start(self, position: int) -> int:
        """Where the paragraph of `position` starts; for words after a quote over several
        paragraphs, the paragraph the quote opens in."""
        line_break = self.body.rfind("\n", 0, position)
        around = self.quote_around(line_break) if line_break >= 0 else None
        while around is not None:
            line_break = self.body.rfind("\n", 0, around[0])
            around = self.quote_around(line_break) if line_break >= 0 else None
        return line_break + 1

    def past_quote(self, position: int) -> int:
        """`position`, or the end of the quote holding it."""
        if not self.in_quote(position):
            return position
        return self.quoted[bisect.bisect_right(self.quoted, (position, len(self.body) + 1)) - 1][1]

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

    def latest_mention_before(
        self, position: int, gender: str = "", *, possessive: bool = True
    ) -> tuple[int, int, int] | None:
        """The last mention before `position` (outside quotes) of a person of that gender.

        With `possessive` False, a possessive ('Gabdrakhmanov said his competitor, Pavel
        Yermakov's company, ...') gives way to someone else its sentence names before it:
        the pronoun after that sentence is its subject's.
        """
        if gender:
            self._introduce_by_noun(position)
        found = self._latest_mention(position, gender)
        if found is None and gender and self._introduce_lone_first_name(position, gender):
            found = self._latest_mention(position, gender)
        if found is None or possessive:
            return found
        object_ = self._an_object(found)
        if not (object_ or self.body.startswith(("'s", "’s"), found[1])):
            subject = self._english_subject_before(found, gender)
            return subject if subject is not None else found
        # 'Водитель Александр Попов возит Вахрушева шестой год. — ..., — говорит он': an
        # object gives way to the subject its sentence named before it, as a possessive does.
        earlier = self._latest_mention(found[0], gender)
        sentence = clause_start(self.body, found[0])
        if (
            (earlier is None or earlier[0] < sentence)
            and not object_
            and _opens_with_pronoun(self.body, sentence, gender)
        ):
            # 'She added that the union expected them to honour Kuzmina's pledge, which she
            # called “...”': the pronoun opening the sentence, and who it stands for.
            return earlier
        if earlier is None or earlier[0] < sentence:
            return found
        if object_ and (
            self._an_object(earlier) or _SENTENCE_END_RE.search(self.body, earlier[1], found[0])
        ):
            return found
        return earlier

    def _english_subject_before(
        self, found: tuple[int, int, int], gender: str
    ) -> tuple[int, int, int] | None:
        """The person opening an English sentence as its subject, when the one named last
        comes after its verb ('City prosecutor Igor Shamrayev ... declined to say whether
        Larionov himself was a subject of the inquiry. "...," he said': the prosecutor)."""
        if script_of(self.body[found[0] : found[1]]) != "en":
            return None
        sentence = clause_start(self.body, found[0])
        earlier = self._latest_mention(found[0], gender)
        if earlier is None or earlier[0] < sentence or earlier[2] == found[2]:
            return None
        if not _SUBJECT_LEAD_EN_RE.fullmatch(self.body, sentence, earlier[0]):
            return None
        if not find_verb(self.body, earlier[1], found[0]):
            return None
        return earlier

    def _an_object(self, mention: tuple[int, int, int]) -> bool:
        """Whether a Russian mention is in an oblique case ('Вахрушева' of Вахрушев), and
        so no subject, unless it names who speaks ('по словам Игоря Сафонова')."""
        last = self.body[mention[0] : mention[1]].split()[-1]
        person = self.persons[mention[2]]
        if script_of(last) != "ru" or last in (person.surname, person.name.split()[0]):
            return False
        clause = clause_start(self.body, mention[0])
        return _WHOSE_WORDS_RE.search(self.body, clause, mention[0]) is None

    def _latest_mention(self, position: int, gender: str) -> tuple[int, int, int] | None:
        index = bisect.bisect_left(self.starts, position) - 1
        while index >= 0:
            mention = self.mentions[index]
            person = self.persons[mention[2]]
            if (
                not self.in_quote(mention[0])
                and not self.dash_speech.overlaps(mention[0], mention[0] + 1)
                and (not gender or person.gender in ("", gender))
            ):
                return mention
            index -= 1
        return None

    def by_role(self, role: str, position: int, gender: str = "") -> Person | None:
        """The latest person before `position` whose known role matches `role` (of that
        gender, if given)."""
        asked = AskedRole.of(role)
        if not asked.keys:
            return None
        # Of equal matches, one whose role holds the very word asked ('директор' of
        # 'Генеральный директор', not the 'Начальник цеха' named since) comes first.
        asked_word = fold(role.split()[-1])
        word = asked_word[:_LITERAL_STEM]
        best: tuple[int, bool, bool, int] | None = None
        chosen: Person | None = None
        index = bisect.bisect_left(self.starts, position) - 1
        order: dict[int, int] = {}  # by person: the how-manieth named, counting back
        while index >= 0:
            start, end, person_index = self.mentions[index]
            index -= 1
            person = self.persons[person_index]
            if gender and person.gender and person.gender != gender:
                continue  # '— заявила депутат' is no man, whatever his role
            roles = [self._role_said_at(person, start, end)]
            if person_index not in order:
                order[person_index] = len(order) + 1
                roles.append(person.role)
            for known in roles:
                score = asked.score(known) if known is not None else 0
                if score == 0 or _of_the_other_sex(known, asked_word):  # type: ignore[arg-type]
                    continue
                # At equal scores, one whose post is where the asked role says ('the
                # transport deputy': the deputy governor for transport, not a lawmaker
                # the role word was last used for) before the latest one.
                rank = (
                    score,
                    asked.held_there(known),
                    _holds_the_word(known, word),  # type: ignore[arg-type]
                    -order[person_index],
                )
                if best is None or rank > best:
                    best, chosen = rank, person
        return chosen

    def _role_said_at(self, person: Person, start: int, end: int) -> str | None:
        """The role read at a mention when it spoke ('says Kuzmina, chief agronomist of the
        company'), if it was read: a surname gives the role as well as a full name does."""
        role = self.roles.get((start, end))
        if role is None or not person.role_agrees(role, start, end):
            return None
        return role


_LITERAL_STEM = 6
# What may open an English sentence before its subject's name: a title or role in
# capitals ('City prosecutor', 'Deputy Governor'), an article.
_SUBJECT_LEAD_EN_RE = re.compile(
    r"(?:(?:[A-Z][\w-]*|the|a|an|of|[a-z]+or|[a-z]+er)[ \u00a0]+){0,4}"
)


def _of_the_other_sex(role: str, asked_word: str) -> bool:
    """Whether `role` holds the feminine noun made from the man's `asked_word`: 'Студент
    назвал' is no 'студентка второго курса', 'пенсионер' no 'пенсионерка'."""
    return any(
        word.startswith(asked_word) and word[len(asked_word) :].startswith(_FEMININE_SUFFIXES)
        for word in fold(role).split()
    )


_FEMININE_SUFFIXES = ("к", "ниц", "ш")


def _holds_the_word(role: str, stem: str) -> bool:
    """Whether a word of a role phrase in `role` starts with `stem` ('директор' in
    'Генеральный директор', 'deputy' in 'deputy governor'; not 'мэр' in 'мэрии', no
    role word)."""
    return any(
        fold(word).startswith(stem)
        for match in ROLE_RE.finditer(role)
        for word in match.group().split()
    )


def feminine_verb_next_to(body: str, start: int, end: int) -> bool:
    """Whether a Russian verb in the feminine past stands right before or after the words
    at body[start:end] ('ответила Сёмина', 'заявила депутат', 'Зуева призналась')."""
    return (
        _FEMININE_VERB_BEFORE_RE.search(body, max(0, start - 24), start) is not None
        or _FEMININE_VERB_AFTER_RE.match(body, end) is not None
    )


def _without_inner_attributions(
    quoted: list[tuple[int, int]], inners: dict[int, re.Match[str] | None]
) -> list[tuple[int, int]]:
    """The stretches inside quote marks, less the attributions Russian sets inside them
    ('«..., — подчеркнул губернатор Омской области Андрей Зиновьев. — ...»'): the name
    and role there are the text's, not words of the quote."""
    spans: list[tuple[int, int]] = []
    for start, end in quoted:
        inner = inners.get(start)
        if inner is None:
            spans.append((start, end))
        else:
            spans += [(start, inner.start("attribution")), (inner.end("attribution"), end)]
    return spans


def _bilingual_pairs(body: str, full: list[NameMention]) -> dict[int, NameMention]:
    """'Governor Mikhail Zaborshchikov (Михаил Заборщиков)': the name in parentheses, in
    the other alphabet, is the same person; by id of that mention, the first form."""
    pairs: dict[int, NameMention] = {}
    for first, second in pairwise(full):
        if (
            second.start - first.end < _PARENTHESIS_GAP
            and _OPEN_PARENTHESIS_RE.fullmatch(body, first.end, second.start)
            and body.startswith(")", second.end)
            and script_of(first.surname) != script_of(second.surname)
        ):
            pairs[id(second)] = first
    return pairs


_OPEN_PARENTHESIS_RE = re.compile(r"[ \t\u00a0]*\([ \t\u00a0]*")
_PARENTHESIS_GAP = 8


def _same_person(person: Person, mention: NameMention) -> bool:
    """Whether a full name may name `person`: first names that agree ('А.' and 'Анна'
    do, as does a name given without one); 'Никита' and 'Сергей' are two people."""
    known, given = (
        _first_name(person.name, person.surname),
        _first_name(mention.name, mention.surname),
    )
    if not known or not given:
        return True
    if known.endswith(".") or given.endswith("."):
        # 'А.' and 'Анна'; 'Yu.' and 'Yulia', not 'Yakov'.
        initial, full = sorted((known, given), key=lambda name: not name.endswith("."))
        return full.startswith(initial.split(".")[0])
    return known == given


@lru_cache(maxsize=4096)  # looked up for every full name; names repeat
def _surname_key(surname: str) -> str:
    """A surname's key for finding its bearer: a man's adjectival surname read from an
    oblique case may end in -ой, -ый or -ий ('Заболотного', 'Толстого'), so all three
    share one."""
    key = fold(surname)
    if key.endswith(MASCULINE_ADJECTIVE_ENDINGS) and len(key) > _SHORTEST_ADJECTIVAL_SURNAME:
        return key[:-2] + "ый"
    return key


_SHORTEST_ADJECTIVAL_SURNAME = 4


def _other_adjectival_ending(known: str, new: str) -> bool:
    """'Заболотной' and 'Заболотный': one surname, read from two cases."""
    known, new = fold(known), fold(new)
    return known != new and _surname_key(known) == _surname_key(new) == new[:-2] + "ый"


def _as_written(body: str, mention: NameMention) -> bool:
    """Whether a name stands in the text as its nominative reads."""
    return body[mention.start : mention.end].endswith(mention.surname)


def _first_name(name: str, surname: str) -> str:
    given = name[: name.rfind(surname)].split()
    return fold(given[0]) if given else ""


class _NameIndex:
    """The persons met so far, by the forms a later full name of theirs may take.

    Looked up, not scanned: a transcript may name thousands of people.
    """

    def __init__(self) -> None:
        self._by_name: dict[str, int] = {}  # every form met: most mentions repeat one
        self._by_surname: dict[str, list[int]] = {}
        # 'нина петровна' -> 'Нина Петровна Белова', and 'нина петровна' -> a person so
        # far named only by first name and patronymic.
        self._by_first_and_patronymic: dict[str, int] = {}
        self._patronymic_only: dict[str, int] = {}
        # ('в', 'крылов') -> 'В. Крылов' and 'В. Крылова': initials show no case.
        self._by_initial: dict[tuple[str, str], list[int]] = {}
        # 'Evgeny Grigoryev', 'Yevgeny Grigoryev', 'Евгений Григорьев': one person.
        self._by_spelling: dict[str, int] = {}

    def add(self, index: int, person: Person) -> None:
        """Register a new person, or one whose name just took a better form."""
        self._by_surname.setdefault(_surname_key(person.surname), []).append(index)
        self._by_spelling.setdefault(spelling_key(person.name), index)
        name = person.name
        if "." in name:
            self._by_initial.setdefault(_initial_key(name, person.surname), []).append(index)
        elif is_patronymic(person.surname):
            self._patronymic_only.setdefault(fold(name), index)
        elif name.count(" ") > 1:
            words = name.split()
            if is_patronymic(words[1]):
                self._by_first_and_patronymic.setdefault(fold(" ".join(words[:2])), index)

    def met(self, name: str, index: int) -> None:
        self._by_name[name] = index

    def also(self, mention: NameMention, index: int) -> None:
        """Another written form of a known person's name."""
        self._by_name[mention.name] = index
        self._by_surname.setdefault(_surname_key(mention.surname), []).append(index)

    def find(self, persons: list[Person], mention: NameMention, quoted: bool = False) -> int | None:
        """The known person `mention` names, made to carry the better form of the name.
        `quoted`: the mention stands in someone's words ('Дмитрий Николаевич, давайте
        начнём'), which address a person and do not name them for the text."""
        index = self._by_name.get(mention.name)
        if index is not None:
            return index
        for index in self._by_surname.get(_surname_key(mention.surname), ()):
            person = persons[index]
            if _same_person(person, mention):
                if _other_adjectival_ending(person.surname, mention.surname) and _as_written(
                    person.body, mention
                ):
                    # 'Андрея Заболотного' read as 'Заболотной' first, 'Андрей Заболотный'
                    # later: the nominative the text writes.
                    self._rename(index, person, mention)
                elif "." in person.name and "." not in mention.name:
                    # 'А. Смирнова' first, 'Анна Смирнова' later: the fuller name, throughout.
                    person.name = mention.name
                elif _adds_a_patronymic(person.name, mention.name):
                    # 'Илья Пермяков' in a headline, 'Илья Викторович Пермяков' in the text.
                    self._rename(index, person, mention)
                return index
        if mention.surname.endswith(_TURKIC_PARTICLES):
            # 'Рамиз Алекпер оглы' after 'Рамиз Алекпер оглы Гусейнов': the same man.
            prefix = mention.name + " "
            named = [i for i, person in enumerate(persons) if person.name.startswith(prefix)]
            if len(named) == 1:
                return named[0]
        if is_patronymic(mention.surname):
            # 'Нина Петровна' after 'Нина Петровна Белова'; 'Виктор Николаевич' after
            # 'Виктор Зуев', the only Виктор: the patronymic is his, from now on.
            found = self._by_first_and_patronymic.get(fold(mention.name))
            if found is not None or quoted:
                return found
            return self._given_a_patronymic(persons, mention)
        if self._patronymic_only or self._by_first_and_patronymic:
            name = fold(mention.name)
            index = self._patronymic_only.get(" ".join(name.split()[:2]))
            if index is not None:  # 'Нина Петровна Белова' after 'Нина Петровна'
                self._rename(index, persons[index], mention)
                return index
        if self._by_initial and "." in mention.name:
            return self._by_initials(persons, mention)
        found = self._in_another_case(persons, mention)
        return found if found is not None else self._by_spelling.get(spelling_key(mention.name))

    def _in_another_case(self, persons: list[Person], mention: NameMention) -> int | None:
        """'Казбека Цаллагова' after 'Казбек Цаллагов' (or before): a name whose first
        name the list lacks, read as written, is the same man's in an oblique case when
        both words carry the same case ending. The nominative is kept."""
        words = fold(mention.name).split()
        if len(words) != 2 or not _CYRILLIC_WORD_RE.fullmatch(words[1]):
            return None
        first, surname = words
        for ending in _MALE_CASE_ENDINGS:
            if surname.endswith(ending) and first.endswith(ending):  # an oblique mention
                for index in self._by_surname.get(surname[: -len(ending)], ()):
                    if fold(persons[index].name).split()[0] == first[: -len(ending)]:
                        return index
            for index in self._by_surname.get(surname + ending, ()):  # a nominative one
                if fold(persons[index].name).split()[0] == first + ending:
                    self._rename(index, persons[index], mention)
                    return index
        return None

    def _given_a_patronymic(self, persons: list[Person], mention: NameMention) -> int | None:
        """The one person named in full by the first name of 'Виктор Николаевич', renamed
        'Виктор Николаевич Зуев'; None when there is no such person or more than one."""
        first, patronymic = mention.name.split()[:2]
        bearers = [
            index
            for index, person in enumerate(persons)
            if person.name.count(" ") == 1
            and "." not in person.name
            and fold(person.name.split()[0]) == fold(first)
        ]
        if len(bearers) != 1:
            return None
        person = persons[bearers[0]]
        full = f"{first} {patronymic} {person.surname}"
        self._rename(bearers[0], person, replace(mention, name=full, surname=person.surname))
        return bearers[0]

    def _rename(self, index: int, person: Person, mention: NameMention) -> None:
        person.name, person.surname, person.gender = mention.name, mention.surname, mention.gender
        self.add(index, person)

    def _by_initials(self, persons: list[Person], mention: NameMention) -> int | None:
        """'В. Крылова' after 'В. Крылов' (or before): one man, the genitive and the
        nominative (a woman's surname does not decline to the masculine form). The
        shorter form is kept."""
        for index in self._by_initial.get(_initial_key(mention.name, mention.surname), ()):
            ours, theirs = persons[index].surname, mention.surname
            if surname_matches(theirs, ours) and surname_matches(ours, theirs):
                if len(theirs) < len(ours):
                    self._rename(index, persons[index], mention)
                return index
        return None


# A man's first name and surname in the genitive or accusative, dative, prepositional.
_MALE_CASE_ENDINGS = ("а", "у", "е")
_CYRILLIC_WORD_RE = re.compile(r"[а-яё-]+")


def _initial_key(name: str, surname: str) -> tuple[str, str]:
    """The first initial and what every case form of the surname starts with."""
    return fold(name[0]), fold(surname[:_SURNAME_KEY_LETTERS])


# Short enough for 'Крылов' and 'Крылова', 'Ли' and 'Ли' alike.
_SURNAME_KEY_LETTERS = 4


def _named_last(full_starts: list[tuple[int, int]], position: int) -> int:
    """Of the persons sharing a surname, the one whose full name stands last before
    `position` (the first one named, before any of them is). `full_starts` is in text
    order; found by bisection, as a transcript names its speaker thousands of times."""
    last = bisect.bisect_left(full_starts, (position, -1)) - 1
    return full_starts[max(last, 0)][1]


def _surname_first_keys(
    full: list[NameMention],
    mentions: list[tuple[int, int, int]],
    unlisted: list[NameMention],
    full_starts: dict[str, list[tuple[int, int]]],
    surnames_as_written: dict[str, str],
) -> None:
    """'Chen Weidong', then 'Chen said' or 'Mr Wang': a two-word name no list knows (or
    one in Latin letters whose first word is no first name the lists know: 'Zhang
    Weimin') may be written surname first, so its first word (unless someone's surname
    already) finds the person too."""
    taken = set(full_starts)
    listed_ids = {id(mention) for mention in unlisted}
    for mention, (start, _, index) in zip(full, mentions, strict=True):
        words = mention.name.split()
        if len(words) != 2 or first_name(words[0]):
            continue
        if id(mention) not in listed_ids and not words[0].isascii():
            continue
        key = fold(words[0])
        if key not in taken:
            full_starts.setdefault(key, []).append((start, index))
            surnames_as_written.setdefault(key, words[0])


def _the_family_of(mention: NameMention, surnames: set[str]) -> bool:
    """Whether a 'name' ends with a surname the text names in the plural ('Зуевых' of
    Зуев and Зуева), its first word being no first name: the family, not a person."""
    surname = fold(mention.surname)
    if not surname.endswith(_PLURAL_SURNAME_ENDINGS) or first_name(mention.name.split()[0]):
        return False
    stem = surname[: -3 if surname.endswith("ыми") else -2]
    return stem in surnames or stem + "а" in surnames


_PLURAL_SURNAME_ENDINGS = ("ых", "ым", "ыми")


def _addressed_by_name(body: str, mention: NameMention) -> bool:
    """'— Ольга Викторовна, почему ...?', 'Thank you, Vladimir Stepanovich.': a name
    someone is spoken to by, in words the text may not set in marks. (Not a name in an
    oblique case: 'Дети зовут его Денисом Андреевичем, в селе — просто Денисом'.)"""
    if not _as_written(body, mention):
        return False
    after = body[mention.end : mention.end + 1]
    if after in _VOCATIVE_AFTER:
        # Opening what is said ('— Ольга Викторовна, почему ...?'), not inside a sentence
        # about her ('Earlier this year Maria Andreyevna, as her pupils call her, ...').
        before = body[max(0, mention.start - 3) : mention.start].rstrip(" \t\u00a0")
        return not before or before[-1] in _VOCATIVE_OPENERS
    if body[max(0, mention.start - 2) : mention.start] == ", " and after in _SENTENCE_ENDS:
        return True  # 'Время вышло, Рустам Ильдарович.'
    return bool(_VOCATIVE_BEFORE_RE.search(body, max(0, mention.start - 24), mention.start))


def _described_right_before(body: str, start: int) -> bool:
    before = body[max(0, start - _DESCRIPTION_CHARS) : start].split()
    return bool(before) and names_a_person(fold(before[-1]))


_DESCRIPTION_CHARS = 24
_VOCATIVE_AFTER = frozenset(",!?")
_VOCATIVE_OPENERS = frozenset("\n—–-«“„\"'‘(.!?…:")
_SENTENCE_ENDS = frozenset(".…\n")
_VOCATIVE_BEFORE_RE = re.compile(
    r"(?:thank[ \u00a0]+you|спасибо|уважаем\w+|дорог\w+|dear)[,!]?[ \u00a0]+$", re.IGNORECASE
)


def _is_eponym(body: str, start: int, end: int) -> bool:
    return (
        _EPONYM_RE.search(body, max(0, start - 16), start) is not None
        or _NAMES_AN_INSTITUTION_RE.match(body, end) is not None
    )


_EPONYM_RE = re.compile(r"(?<![\w-])(?:named after|named for|имени|им\.)[\s\u00a0]*$", re.I)
# English puts the eponym first: 'the N. Laverov Federal Center', 'the Yuri Gagarin State
# Technical University', 'Vladimir Vysotsky Street'.
_NAMES_AN_INSTITUTION_RE = re.compile(rf"[ \u00a0]+{INSTITUTION_AFTER_NAME}")


# 'Alexander “Sasha” Bykov', 'Александр «Саша» Быков': a nickname in marks inside a name,
# found from its opening mark (a scan from every capital cost a sixth of extraction; a
# regex scan for the marks, 4% of it), and the first name before it.
_NICKNAME_OPENERS = "“\"«‘'"
_NICKNAME_IN_NAME_RE = re.compile(
    r"[“\"«‘'](?P<nickname>[A-ZА-ЯЁ][a-zа-яё]+)[”\"»’'][ \u00a0]+"
    r"(?P<surname>[A-ZА-ЯЁ][a-zа-яё]+(?:-[A-ZА-ЯЁ][a-zа-яё]+)?)(?![\w-])"
)


def _nicknamed(body: str, full: list[NameMention]) -> list[tuple[NameMention, str]]:
    """'At twenty-nine, Alexander “Sasha” Bykov has left': a first name the lists know, a
    nickname in marks, a surname; the name is the first name and the surname."""
    found: list[tuple[NameMention, str]] = []
    taken: Covered | None = None  # built only for a text that has such a name
    for at in char_positions(body, _NICKNAME_OPENERS):
        match = _NICKNAME_IN_NAME_RE.match(body, at)
        if match is None:
            continue
        first = _WORD_BEFORE_RE.search(body, max(0, match.start() - 30), match.start())
        given = first_name(first.group(1)) if first and first.group(1).istitle() else None
        surname = match.group("surname")
        if given is None or first is None or not may_be_surname(surname):
            continue
        taken = taken or Covered([(m.start, m.end) for m in full])
        if taken.overlaps(first.start(), match.end()):
            continue
        name = f"{first.group(1)} {surname}"
        mention = NameMention(first.start(), match.end(), name, surname, given.gender, True)
        found.append((mention, match.group("nickname")))
    return found


# 'Khalid ibn Saeed al-Mansouri', 'Yusuf ibn Hamad al-Qasimi', 'Ahmed al-Rashid': a first
# name, a father's name after ibn/bin/bint, a surname with its article.
_ARABIC_NAME_RE = re.compile(
    r"(?<![\w-])(?P<first>[A-Z][a-z]+)[ \u00a0]+(?:(?P<link>ibn|bin|bint)[ \u00a0]+[A-Z][a-z]+"
    r"[ \u00a0]+)?(?P<surname>(?:al|Al|el|El)-[A-Z][a-z]+)(?![\w-])"
)


def _names_with_particles(body: str, full: list[NameMention]) -> list[NameMention]:
    """Arabic names no list reads, by their particles: 'Khalid ibn Saeed al-Mansouri'."""
    if "l-" not in body:
        return []  # no 'al-' or 'el-': most texts
    taken = Covered([(m.start, m.end) for m in full])
    found: list[NameMention] = []
    for match in _ARABIC_NAME_RE.finditer(body):
        if taken.overlaps(*match.span()) or not may_be_surname(match.group("first")):
            continue
        gender = {"ibn": "m", "bin": "m", "bint": "f"}.get(match.group("link") or "", "")
        name = " ".join(match.group().split())
        found.append(
            NameMention(match.start(), match.end(), name, match.group("surname"), gender, True)
        )
    return found


# 'Yelena and Timur Pak': a first name before another's full name, joined by 'and'.
_FIRST_NAME_AND_RE = re.compile(r"(?<![\w-])([A-Z][a-z]+)[ \u00a0]+and[ \u00a0]+$")


def _couples(body: str, full: list[NameMention]) -> list[NameMention]:
    """'Yelena and Timur Pak were among the first to apply': two people who share the
    surname, the first named by her first name only. (English: a Russian text writes
    the surname in the plural, 'Елена и Тимур Паки'.)"""
    found: list[NameMention] = []
    for mention in full:
        if mention.name.count(" ") != 1 or not mention.name.isascii():
            continue
        before = _FIRST_NAME_AND_RE.search(body, max(0, mention.start - 30), mention.start)
        given = first_name(before.group(1)) if before else None
        if before is None or given is None:
            continue
        surname = mention.surname
        if given.gender == "f" and mention.gender != "f" and surname.endswith(("ov", "ev", "in")):
            surname += "a"  # 'Olga and Pavel Lykov': she is Olga Lykova
        name = f"{before.group(1)} {surname}"
        found.append(NameMention(before.start(1), before.end(1), name, surname, given.gender, True))
    return found


def _opens_with_a_known_surname(mention: NameMention, full: list[NameMention]) -> bool:
    """'Кузьмина Хабибуллин назвал ...': a known surname's case form (Кузьмин's) that no
    list knows as a first name opens no name before another surname."""
    first = mention.name.split()[0]
    if first_name(first) is not None or mention.name.count(" ") != 1:
        return False
    return any(known is not mention and surname_matches(first, known.surname) for known in full)


def _read_after_its_role(body: str, mention: NameMention) -> NameMention:
    """'по словам экономиста Наиля Сабирова', 'за подписью заместителя министра Т.Г.
    Абдуллина': a role in the genitive puts the name after it in the genitive too, so a
    surname in -ова or -ина there is a man's. Not 'министра ... Эржены Гомбоевой': hers."""
    if mention.gender == "m" or not genitive_role_before(body, mention.start):
        return mention
    if in_female_oblique_case(fold(body[mention.start : mention.end].split()[-1])):
        return mention
    return unknown_man_in_the_genitive(mention, mention.name)


def _said_to_be_a_person(body: str, mention: NameMention) -> bool:
    """Whether the words around a name no list knows say it is a person's."""
    if any(is_role_head(fold(word)) or names_a_place(word) for word in mention.name.split()):
        return False  # 'Заместитель Председателя Правительства', 'Госсовета Коми': no name
    if (
        role_follows(body, mention.end) and not _ROLE_THEN_SAID_RE.match(body, mention.end)
    ) or role_precedes(body, mention.start):
        # (not 'a member of the regional Public Chamber, the minister said': a role that
        # says who spoke, after the name of a body)
        return True
    if _RUSSIAN_ROLE_BEFORE_RE.search(body, max(0, mention.start - 80), mention.start):
        return True  # 'Министр топлива и энергетики республики Алдар Сат пояснил'
    title = _WORD_BEFORE_RE.search(body, max(0, mention.start - 30), mention.start)
    if title is not None and title.group(1).istitle() and is_role_head(fold(title.group(1))):
        return True  # 'Finance Minister Aiyna Egorova', 'Governor Aisen Nikolaev'
    if _LOWER_CASE_TITLE_BEFORE_RE.search(body, max(0, mention.start - 30), mention.start):
        return True  # 'Kaya Cam chief executive Mehmet Yildirim'
    if title is not None and title.group(1) in _COURTESY_TITLES:
        return True  # 'Dr Jörg Müller, who heads the team'

    if title is not None and _is_person_noun(fold(title.group(1))):
        return True  # 'a brass band led by trumpeter Dragan Jović'
    if _SAID_BY_RE.search(body, max(0, mention.start - 40), mention.start):
        return True  # '— сказал по-английски Мехмет Йылдырым': who said it
    if not body.startswith(",", mention.end):
        return False
    if (
        _WHO_AFTER_NAME_RE.match(body, mention.end)
        and mention.name.count(" ") == 1
        and not _GROUP_NOUN_BEFORE_RE.search(body, max(0, mention.start - 24), mention.start)
    ):
        # 'Dr Jörg Müller, who heads the team' (not 'the residents' group Dyshim Vmeste,
        # who', nor three words: 'Interviewer Chayana Mongush, who').
        return True
    if _AGE_AFTER_NAME_RE.match(body, mention.end) and first_name(mention.surname) is None:
        # 'Sholban Oorzhak, 47, keeps about 600 sheep' (but 'Another Pavel, 31,' and
        # 'Пассажирка Анна, 27 лет,' are a first name after a word for the person).
        return True
    described = _DESCRIPTION_AFTER_NAME_RE.match(body, mention.end)
    return described is not None and any(
        _is_person_noun(word) for word in fold(described.group("words")).split()
    )


def _is_person_noun(word: str) -> bool:
    """'farmer', 'капитан', and who plays or practises something: 'accordionist',
    'violinist', 'economist'."""
    return word in PERSON_NOUNS or (len(word) > _IST_MIN and word.endswith("ist"))


_IST_MIN = 6  # 'accordionist', not 'mist' or 'list'


_HANDLE_RE = re.compile(r"(?<![\w@/.-])[^\W\d_][^\W_]*(?:_[^\W_]+)+(?![\w@/-])")
_INTRODUCED_WORDS = ("представивш", "представил", "назвавш", "himself", "herself", "name as",
                     "name only", "pseudonym", "имя изменено", "first name", "по имени",
                     "не называть", "surname", "Фамилию")  # fmt: skip
# 'Vera, a pensioner who gave only her first name,': all the text will say of her.
_FIRST_NAME_ONLY_RE = re.compile(
    r"(?<![\w-])(?P<name>[A-Z][a-z]+),(?:[ \u00a0][\w'’-]+){0,4}?[ \u00a0]who[ \u00a0]"
    r"(?:(?:gave|would[ \u00a0]give|asked[ \u00a0]to[ \u00a0]use)[ \u00a0](?:only[ \u00a0])?"
    r"(?:his|her)[ \u00a0](?:first[ \u00a0]name|name)"
    # 'Alsu, who asked that her surname not be used,'
    r"|asked[ \u00a0]that[ \u00a0](?:his|her)[ \u00a0](?:surname|last[ \u00a0]name)[ \u00a0]not)"
)
# 'Гульнара двадцать лет торгует орехами. Фамилию называть она отказалась.': the first
# name opening the sentence before is all the text will give.
_NAME_OPENING_A_SENTENCE = r"(?:^|(?<=[.!?…»\n])[ \u00a0]*)(?P<name>[A-ZА-ЯЁ][a-zа-яё]+)"
_SURNAME_WITHHELD_NEXT_RE = re.compile(
    _NAME_OPENING_A_SENTENCE + r"[ \u00a0][а-яё][^.!?\n«»]{0,160}"
    r"[.!?][ \u00a0]+Фамилию[ \u00a0]+(?:свою[ \u00a0]+)?(?:называть[ \u00a0]+(?:она|он)[ \u00a0]+"
    r"отказал(?:ась|ся)|(?:она|он)[ \u00a0]+(?:не[ \u00a0]+назвал|попросил\w*[ \u00a0]+не"
    r"[ \u00a0]+называть|называть[ \u00a0]+отказал))",
    re.MULTILINE,
)
_ANOTHER_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:друг(?:ая|ой)|ещё[ \u00a0]+одн(?:а|ой)|another|the[ \u00a0]+other)[ \u00a0]+$",
    re.IGNORECASE,
)
_SPEAKS_NEAR = 24  # characters between a name and the verb it says with
# 'Светлана, чья мать ждала препарат месяц, попросила не называть её фамилию', 'Oksana,
# whose son ..., asked that her surname not be published': in the sentence the first
# name opens.
_SURNAME_WITHHELD_RE = re.compile(
    _NAME_OPENING_A_SENTENCE + r",[^.!?\n«»“”]{0,160}?"
    r"(?:попросил[аи]?[ \u00a0]+не[ \u00a0]+называть[ \u00a0]+(?:её|ее|его|свою)[ \u00a0]+фамилию"
    r"|asked[ \u00a0]+(?:that[ \u00a0]+)?(?:her|his)[ \u00a0]+(?:surname|last[ \u00a0]+name)"
    r"[ \u00a0]+(?:not[ \u00a0]+be|be[ \u00a0]+withheld))",
    re.MULTILINE,
)
# 'Svetlana (a pseudonym), the head of a rural settlement', 'Ольга (имя изменено)'.
_PSEUDONYM_RE = re.compile(
    r"(?<![\w-])(?P<name>[A-ZА-ЯЁ][a-zа-яё]+)[ \u00a0]+\((?:a[ \u00a0]+pseudonym|pseudonym"
    r"|not[ \u00a0]+(?:his|her)[ \u00a0]+real[ \u00a0]+name|name[ \u00a0]+changed"
    r"|имя[ \u00a0]+изменено"
    # 'Наталья (фамилию она попросила не называть)', 'Olga (who asked that her surname be
    # withheld)': a first name all the text will give.
    r"|фамилию[ \u00a0]+(?:она|он)[ \u00a0]+попросил[аи]?[ \u00a0]+не[ \u00a0]+называть"
    r"|(?:who[ \u00a0]+)?asked[ \u00a0]+(?:that[ \u00a0]+)?(?:her|his)[ \u00a0]+surname"
    r"[ \u00a0]+(?:not[ \u00a0]+be[ \u00a0]+)?(?:be[ \u00a0]+)?(?:withheld|used|published))\)"
)


def _introduced(body: str) -> Iterator[tuple[int, int]]:
    """Where each first name stands that the text gives as all it says of a person."""
    if any(word in body for word in _INTRODUCED_WORDS):
        for match in (
            *_INTRODUCED_AS_RE.finditer(body),
            *_PSEUDONYM_RE.finditer(body),
            *_FIRST_NAME_ONLY_RE.finditer(body),
            *_SURNAME_WITHHELD_NEXT_RE.finditer(body),
            *_SURNAME_WITHHELD_RE.finditer(body),
        ):
            yield match.span("name")
    if " named " in body:
        for match in _NAMED_RE.finditer(body):
            if body[max(0, match.start() - 12) : match.start()].endswith(_NAMED_ONES):
                yield match.span("name")  # 'a resident named Anastasia'
    for marker, before_name in _AGE_BEFORE_NAME_RES:
        if marker in body:  # one C-level scan rules most texts out
            for match in before_name.finditer(body):
                yield match.span("name")  # 'Девятилетняя Варя', 'nine-year-old Varya'
    for age in _AGE_AFTER_NAME_RE.finditer(body):
        # 'Olga, 34, a teacher', 'Pyotr, 70,', 'Ольга, 34 года,': a first name and an age.
        name = _NAME_BEFORE_RE.search(body, max(0, age.start() - 20), age.start())
        if name is not None:
            yield name.span()


# What a person is, set off after a first name: ', студентка ...', ', who has held ...'.
_DESCRIBED_AFTER_COMMA_RE = re.compile(
    r",[ \u00a0]+(?:who|которая|который|студент\w*|пенсионер\w*|учител\w*|медсестр\w*"
    r"|водител\w*|школьни\w*|житель\w*|a[ \u00a0]+(?:student|pensioner|teacher|nurse|driver"
    r"|resident|mother|father)"
    # ... 'Anna, a crane operator in the assembly shop, said': whatever she is.
    r"|an?[ \u00a0]+[a-z][a-z-]*"
    # ... or what she did: 'Галина, пришедшая на встречу с самодельной листовкой,'.
    r"|[а-яё]{3,}(?:ший|шая|шие))(?![\w-])"
)


def _opens_with_pronoun(body: str, sentence: int, gender: str) -> bool:
    """Whether the sentence starting at `sentence` opens with a pronoun of that gender."""
    opener = _PRONOUN_OPENER_RE.match(body, sentence)
    return opener is not None and _PRONOUN_OPENER_GENDER[opener.group().casefold()] == gender


_PRONOUN_OPENER_RE = re.compile(r"(?:She|He|Она|Он)(?![\w-])")
_PRONOUN_OPENER_GENDER = {"she": "f", "he": "m", "она": "f", "он": "m"}


def _kin_opens_before(body: str, position: int) -> bool:
    """'Его дочь Алия, студентка ...': whose relative the first name at `position` is,
    opening the sentence."""
    kin = _KIN_BEFORE_NAME_RE.search(body, max(0, position - 20), position)
    return kin is not None and _opens_a_sentence(body, kin.start())


def _opens_a_sentence(body: str, position: int) -> bool:
    before = body[max(0, position - 2) : position]
    return position == 0 or before[-1:] == "\n" or (before[-1:] == " " and before[:1] in ".!?…")


# A sentence opening with what someone is, then the first name that is all the text
# gives: 'Мама третьеклассника Оксана', 'Папа пятиклассника Денис', 'Соседка Валентина'.
_NOUN_WINDOW = 600
# A capitalised word with no capitalised word after it (a full name's first word has one).
_LONE_FIRST_NAME_RE = re.compile(r"(?<![\w-])[А-ЯЁA-Z][а-яёa-z]+(?![\w-])(?![ \u00a0]+[А-ЯЁA-Z])")
_NOUN_THEN_FIRST_NAME_RE = re.compile(
    r"(?:" + "|".join(sorted(PERSON_NOUN_OPENERS, key=len, reverse=True)) + r")"
    r"(?:[ \u00a0]+[а-яё-]+){0,3}?[ \u00a0]+(?P<name>[А-ЯЁ][а-яё]+)(?![\w-])"
    # ... no surname after it (that is a full name, read as such).
    r"(?![ \u00a0]+[А-ЯЁ])"
)
# Found from the comma (a literal the engine jumps to), the name looked for before it.
_BARE_AGE_THEN_WORDS_RE = re.compile(r",[ \u00a0]\d{1,2},[ \u00a0]+[a-zа-яё]")
_AGE_AFTER_NAME_RE = re.compile(r",[ \u00a0]\d{1,2}(?P<years>[ \u00a0]+(?:года|год|лет))?(?=[,.)])")
_NAME_BEFORE_RE = re.compile(r"(?<![\w-])[A-ZА-ЯЁ][a-zа-яё]+$")
_NAMED_RE = re.compile(r" named (?P<name>[A-Z][a-z]+)(?![\w-])")
_AGED_BEFORE_RE = re.compile(r"(?:летн(?:ий|яя|его|ей|юю|ему|им)|-year-old)[ \u00a0]+$")
_NAMED_ONES = ("resident", "woman", "man", "girl", "boy", "worker", "driver", "pensioner",
               "mother", "father", "year-old")  # fmt: skip
# Each opens with a literal, which the engine jumps to: a scan per article costs little.
_AGE_BEFORE_NAME_RES = (
    (
        "летн",
        re.compile(r"летн(?:ий|яя|его|ей|юю|ему|им)[ \u00a0]+(?P<name>[А-ЯЁ][а-яё]+)(?![\w-])"),
    ),
    ("-year-old", re.compile(r"-year-old[ \u00a0]+(?P<name>[A-Z][a-z]+)(?![\w-])")),
)


_INTRODUCED_AS_RE = re.compile(
    r"(?<![\w-])(?:(?:представивш|назвавш|представил(?:ась|ся))\w*"
    r"|(?:introduces|introduced|identifies|identified)"
    r"[\s\u00a0]+(?:himself|herself)(?:[\s\u00a0]+only)?[\s\u00a0]+as|(?:gives|gave)[\s\u00a0]+"
    r"(?:his|her)[\s\u00a0]+name[\s\u00a0]+(?:only[\s\u00a0]+)?as"
    # 'жительница по имени Анастасия', 'who gave only his first name, Alexei,'
    r"|по[\s\u00a0]+имени|(?:gave|giving)[\s\u00a0]+(?:only[\s\u00a0]+)?(?:his|her)[\s\u00a0]+"
    r"first[\s\u00a0]+name,?)[\s\u00a0]+"
    r"(?P<name>[A-ZА-ЯЁ][a-zа-яё]+)(?![\w-])",
)


# A verb of saying right before a name, an adverb or two between ('сказал по-английски').
_SAID_BY_RE = re.compile(
    r"(?<![\w-])(?:сказал|заявил|отметил|добавил|пояснил|говорит|рассказ(?:ал|ыва)|уточнил"
    r"|подчеркнул|said|says|added)\w*"
    r"(?:[ \u00a0]+[a-zа-яё-]+){0,2}[ \u00a0]+$"
)
# The word just before a name or a surname: a title when it is a role's head ('Finance
# Minister Aiyna Egorova', 'министр Кравцов'), or a first name before a nickname.
_WORD_BEFORE_RE = re.compile(r"(?<![\w-])([^\W\d_]+)[ \u00a0]+$")
_ROLE_THEN_SAID_RE = re.compile(
    r",[ \u00a0]+(?:the|a|an)[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,3}?(?:said|says|added|adds|told"
    r"|noted|stressed|explained)(?![\w-])"
)
_WHO_AFTER_NAME_RE = re.compile(r",[ \u00a0]+who[ \u00a0]")
_GROUP_NOUN_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:group|movement|company|firm|party|fund|foundation|channel|newspaper|band"
    r"|club|team|association|society|network|project|of|the)[ \u00a0]+$",
    re.IGNORECASE,
)
_COURTESY_TITLES = frozenset(("Dr", "Prof", "Professor", "Mr", "Mrs", "Ms", "Doctor"))
# An English title in lower case right before a name.
_LOWER_CASE_TITLE_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:chief[ \u00a0]+executive|managing[ \u00a0]+director|general[ \u00a0]+director"
    r"|executive[ \u00a0]+director|chief[ \u00a0]+engineer|founder|co-founder)[ \u00a0]+$"
)
# A Russian role head and its complement (a place or a body's name among its words) right
# before a name: 'Министр топлива и энергетики республики', 'Министр здравоохранения Тувы',
# 'Председатель комитета Народного Хурала по экономической политике'; no verb between
# ('Министр поблагодарила Туяну Дашиеву' thanks someone else).
_RUSSIAN_ROLE_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:[Мм]инистр|[Гг]лав[аы]|[Рр]уководител[ья]|[Дд]иректор|[Пп]редседател[ья]"
    r"|[Гг]убернатор|[Мм]эр|[Зз]аместител[ья]|[Нн]ачальник|(?:[Сс]о)?[Оо]сновател[ья]"
    r"|[Вв]ице-президент|[Пп]резидент|[Кк]онсультант|[Ии]нвестор|[Пп]редставител[ья]"
    r"|[Ээ]ксперт|[Аа]налитик|[Пп]артн[её]р|[Уу]правляющ\w+|[Дд]епутат|[Пп]олитолог"
    r"|[Ээ]кономист|[Сс]оциолог|[Пп]рофессор|[Дд]оцент|[Рр]ектор|[Сс]енатор|[Сс]оветник)"
    r"(?:ом|ем|ой|у|ю|а|я|е)?"  # in any case: 'во главе с губернатором аймака'
    # ... then what it is of: lower-case words but verbs, names of places and bodies, and
    # companies written in Latin ('Представитель Anadolu Sera Мехмет Йылдыз').
    r"(?:[ \u00a0]+(?:(?![а-яё-]*(?:л|ла|ли|ло|ет|ит|ют|ят|ся|сь)(?![а-яё-]))[а-яё-]+"
    r"|[А-ЯЁ][а-яё-]+|[A-Z][A-Za-z&-]*)){0,6}[ \u00a0]+$"
)


# ', a Kyzyl-based environmental activist': a few words after a comma, one of which may
# be a person noun.
_DESCRIPTION_AFTER_NAME_RE = re.compile(
    r",[ \u00a0]+(?:(?:an?|the)[ \u00a0]+)?(?P<words>(?:[\w'’-]+[ \u00a0]+){0,3}[\w'’-]+)"
)


# Kin words: who someone is to another, and of which sex.
_PARENTS = {"мать": "f", "мама": "f", "бабушка": "f", "mother": "f", "отец": "m", "папа": "m",
            "дед": "m", "father": "m"}  # fmt: skip
_CHILDREN = {"дочь": "f", "дочка": "f", "внучка": "f", "daughter": "f", "сын": "m", "внук": "m",
             "son": "m"}  # fmt: skip
_SPOUSES = {"жена": "f", "супруга": "f", "wife": "f", "муж": "m", "супруг": "m", "husband": "m"}
KIN_SEX = _PARENTS | _CHILDREN | _SPOUSES
# Nouns a text uses for a person it has just named: English ones listed, Russian ones
# known by their endings ('пермячка', 'жительница', 'капитан', 'активист').
PERSON_NOUNS = word_set(
    "fisherman fisherwoman farmer resident teacher schoolteacher doctor nurse driver captain "
    "pensioner "
    "retiree worker engineer entrepreneur businessman businesswoman owner activist student "
    "mother father woman man veteran villager local shopkeeper miner builder volunteer "
    "ecologist environmentalist scientist researcher historian journalist writer artist official "
    "imam mufti priest rabbi pastor singer musician trumpeter drummer conductor composer "
    "poet painter sculptor photographer architect chef "
    "coordinator actor actress interpreter translator "
    "капитан врач медсестра имам муфтий раввин мужчина женщина хозяйка хозяин владелица ветеран"
    " педагог учитель учительница воспитатель воспитательница координатор актёр актер актриса"
    " свидетель свидетельница witness postwoman postman политик politician"
    " переводчик переводчица"
)
_RUSSIAN_PERSON_ENDINGS = (
    "ница", "чка", "нка", "янка", "анка", "ец", "анин", "янин", "тель", "ист", "истка",
    "ник", "щик", "чик", "ер", "ёр", "ант", "ентка", "ерка", "ёрка",
)  # fmt: skip
# ... but not the unnamed ('собеседник', 'источник'), what belongs to someone ('её
# соседка' is someone else), nor adverbs ending so ('— наконец ответил инженер').
_NOT_PERSON_NOUNS = word_set(
    "собеседник источник участник представитель её ее его их her his their its my мой моя "
    "наш наша ваш ваша один одна one another наконец вконец"
)


def names_a_person(noun: str) -> bool:
    """Whether a (folded) noun is one a text uses for a person: 'farmer', 'жительница'."""
    if noun in _NOT_PERSON_NOUNS:
        return False
    return noun in PERSON_NOUNS or (
        script_of(noun) == "ru" and noun.endswith(_RUSSIAN_PERSON_ENDINGS)
    )


# ... or right after it: 'Nikolai Bykov, Sasha’s father,', 'Людмила Фомичёва, его мать'.
_KIN_AFTER_RE = re.compile(
    r",[ \u00a0]+(?:[\w'’]+[ \u00a0]+)?(?:(?P<parent>"
    + "|".join(_PARENTS)
    + r")|(?P<child>"
    + "|".join(_CHILDREN)
    + r"))(?![\w-])",
    re.IGNORECASE,
)
# Who someone is to another, right before their name: 'её мать, Людмила Фомичёва'.
_KIN_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:(?P<parent>"
    + "|".join(_PARENTS)
    + r")|(?P<child>"
    + "|".join(_CHILDREN)
    + r"))[ \u00a0,]+$",
    re.IGNORECASE,
)
_TURKIC_PARTICLES = (" оглы", " кызы", " улы", " oglu", " ogly", " kyzy", " qizi", " uly")
_SENTENCE_END_RE = re.compile(r"[.!?…][\s\u00a0]")
# 'По словам генерального директора ООО «...» Игоря Сафонова': the genitive names who
# speaks, however long the role between.
_WHOSE_WORDS_RE = re.compile(
    rf"(?<![\w-])по[ \u00a0]+(?:{'|'.join(GENITIVE_INTROS)}|подсчётам|подсчетам|данным)(?![\w-])",
    re.IGNORECASE,
)
_FIRST_NAME_VOWEL_ENDS = frozenset("аяйьо")
_WORD_AT_RE = re.compile(r"[\w]+")
# 'Гончаренко-старший', 'Гончаренко-младшего': which of two of one surname.
_ELDER_OR_YOUNGER_RE = re.compile(
    r"-(старш|младш)\w*|[ \u00a0]+(Sr|Jr)\.|[ \u00a0]+(senior|junior)(?![\w-])", re.IGNORECASE
)
_ELDER_WORDS = ("стар", "eld", "old", "sr", "senior")
_SIBLING_BEFORE_RE = re.compile(
    r"(?<![\w-])(elder|older|younger|старш\w+|младш\w+)[ \u00a0]+(?:brother|sister|брат|сестра)"
    r"[ \u00a0,]+$",
    re.IGNORECASE,
)
# A sentence opening with someone's parent or child: 'Her mother, listening from the
# kitchen, did not disagree.'
_PARENT_OR_CHILD = (
    r"(?:(?P<parent>mother|father|mum|mom|dad|мать|отец|мама|папа)"
    r"|(?P<child>son|daughter|сын|дочь))(?![\w-])"
)
_KIN_SUBJECT_OPENING_RE = re.compile(
    r"(?:^|(?<=[.!?…\n])[ \u00a0]*)(?:Her|His|Their|Её|Ее|Его|Их)[ \u00a0]+" + _PARENT_OR_CHILD,
    re.MULTILINE,
)
_KIN_SUBJECT_LOOKBACK = 200
# 'his father', 'her son', 'его отец': kin of the one the pronoun stands for.
_POSSESSIVE_KIN_RE = re.compile(
    r"(?<![\w-])(?:his|her|его|её|ее)[ \u00a0]+" + _PARENT_OR_CHILD, re.IGNORECASE
)
# ... and before their first name: 'Его дочь Алия, студентка ...'.
_KIN_BEFORE_NAME_RE = re.compile(
    r"(?<![\w-])(?:Her|His|Their|Её|Ее|Его|Их)[ \u00a0]+" + _PARENT_OR_CHILD + r"[ \u00a0]+$"
)
_PARENT_WORDS_EN = frozenset(("father", "mother", "dad", "mum", "mom"))
_CHILD_WORDS_EN = frozenset(("son", "daughter"))
_ELDER_BEFORE_RE = re.compile(
    r"(?<![\w-])(elder|older|younger)[ \u00a0]+$", re.IGNORECASE
)  # 'the elder Lavrentyev'
_HOW_WORDS = 2  # between a verb of saying and its subject: 'ответила не задумываясь Корнилова'
_COMPLEMENT_GAP = 2  # a blank or two between the complement and the name after it
# A Russian verb in the feminine past right before or after a surname: 'ответила Сёмина',
# 'Зуева призналась'.
_FEMININE_VERB_BEFORE_RE = re.compile(r"(?<![\w-])[а-яё]{2,}(?:ла|лась)[ \u00a0]+$")
_FEMININE_VERB_AFTER_RE = re.compile(r"[ \u00a0]+[а-яё]{2,}(?:ла|лась)(?![\w-])")
# Courtesy titles say a person's gender: 'Mr Bondarenko', 'Ms. Bondarenko', 'г-жа Кох'.
_GENDER_OF_TITLE = {
    **dict.fromkeys(("mr", "mister", "господин", "г-н"), "m"),
    **dict.fromkeys(("ms", "mrs", "miss", "madam", "госпожа", "г-жа"), "f"),
    # ... as 'Сама'/'Сам' do: 'Сама Кудрявцева называет', with her son Кудрявцев named.
    "сама": "f",
    "сам": "m",
}
_COURTESY_TITLE_RE = re.compile(
    rf"(?<![\w-])({'|'.join(map(re.escape, _GENDER_OF_TITLE))})\.?[ \u00a0]+$", re.IGNORECASE
)


# «X, — сказал он. — Y»: the Russian way of splitting a quote by its attribution.
# The dashes may stand with blanks or, as some papers set them, without ('«X,— говорит
# собеседник “Ъ”.— Y»'); a short name in marks may stand in the attribution.
_INNER_DASH = r"(?:[\s\u00a0]+[—–-]{1,2}[\s\u00a0]+|[\s\u00a0]*[—–]{1,2}[\s\u00a0]*)"
_INNER_ATTRIBUTION_RE = re.compile(
    rf"[,.!?…]{_INNER_DASH}(?P<attribution>(?:[^—–«»“”„\n]|[«“„][^«»“”„\n]{{1,30}}[»”“]){{1,120}}?)"
    rf"[.,:]{_INNER_DASH}(?=\S)"
)


_SPACED_DASH_RE = re.compile(r"[,.!?…](?:[\s\u00a0]+[—–-]|[\s\u00a0]*[—–])")


def inner_attribution(body: str, start: int, end: int) -> re.Match[str] | None:
    """The '— сказал он. —' inside a quote's marks, if there is one."""
    if not _SPACED_DASH_RE.search(body, start, end):
        return None  # most quotes hold no dash after a blank: ruled out by one scan
    for match in _INNER_ATTRIBUTION_RE.finditer(body, start, end):
        opening = match.start("attribution")
        verb = find_verb(body, opening, match.end("attribution"))
        if verb and (verb[0] == opening or _HOW_BEFORE_VERB_RE.fullmatch(body, opening, verb[0])):
            return match
    return None


# How the words were said, before the verb: '— без обиняков говорит она. —', '— честно
# признаётся он. —'.
_HOW_BEFORE_VERB_RE = re.compile(r"(?:[а-яё]+[ \u00a0]+){1,2}")
