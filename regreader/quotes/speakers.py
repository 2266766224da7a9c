"""Who said it: the words around each quote, read against the article's people.

A quote's speaker is read from the words after it ('”, she said', '», — сказал
Беляков') or, failing that, from its sentence before it ('Smirnov stated, "', 'По словам
Бориса Белякова, «'). A pronoun stands for the nearest person before it of its gender;
a role ('the head of AIRR', 'глава региона') for the latest person the article gave a
matching role.

The pieces this reads with have modules of their own: the article's people
(people.py), verbs of saying (verbs.py), sentence bounds (sentences.py), roles
(roles.py), names (names.py); transcript labels are labels.py.
"""

from __future__ import annotations

import bisect
import re
from itertools import islice
from typing import NamedTuple

from regreader.ingestion.regions import names_a_place
from regreader.quotes.names import (
    ACCUSATIVE,
    GENITIVE,
    NOMINATIVE,
    first_name,
    in_female_oblique_case,
    lone_surname,
    may_be_surname,
    one_family,
)
from regreader.quotes.people import (
    KIN_SEX,
    PERSON_NOUNS,
    People,
    Person,
    feminine_verb_next_to,
    names_a_person,
)
from regreader.quotes.role_case import role_in_dative, role_in_genitive
from regreader.quotes.roles import (
    ROLE_PREFIX_WORDS,
    ROLE_RE,
    ROLE_STOP_END,
    AskedRole,
    cached_role_near,
    comments_as_expert,
    describes_a_person,
    is_role_head,
    may_hold_role,
    plural_role,
    richer_role,
    role_phrase,
)
from regreader.quotes.sentences import clause_start, colon_closing_paragraph, sentence_end
from regreader.quotes.verbs import (
    AFTER_FIRST_WORDS,
    AUX_WORDS,
    GENITIVE_INTROS,
    GERUNDS,
    INTRO_WORDS,
    PHRASE_STEM_RE,
    SCAN_WORD_RE,
    WHOSE_PHRASE_RE,
    find_verb,
    iter_verbs,
    last_verb,
)
from regreader.text import fold, prefix_tree_pattern, script_of, word_set

_NAME_IN_MARKS_RE = re.compile(r"[«\"“„]([^«»\"“”„.!?\n]{1,40})[»\"”“]")
_SIGNATURE_BELOW_RE = re.compile(r"[.!?…]?[ \t\u00a0]*\n[ \t\u00a0]*[—–-]{1,2}[ \t\u00a0]*")
# ... a reporter's translation in brackets may stand between: '«Мы тут всю жизнь сами» (We've
# done everything ourselves), he says'.
_GLUE_RE = re.compile(
    r"[\s\u00a0]*(?:\([^()\n]{1,200}\)|\[[^\[\]\n]{1,200}\])?[\s\u00a0]*[,:]?[\s\u00a0]*"
    r"(?:[—–-]{1,2}[\s\u00a0]*)?"
)
# 'слова министра', 'по словам', 'цитирует': a genitive after these names the speaker.
_WORDS_OF_RE = re.compile(r"(?<![\w-])слов\w*", re.IGNORECASE)
# Russian only: English 'a resident, who asked not to be named, said' is the resident's.
_RELATIVE_CLAUSE_END_RE = re.compile(r",[\s\u00a0]*котор\w+[\s\u00a0]*$", re.IGNORECASE)
_BY_AGENT_RE = re.compile(r"(?<![\w-])by[ \u00a0]+(?:(?:an?|the)[ \u00a0]+)?$", re.IGNORECASE)
_WORD_BEFORE_NAME_RE = re.compile(r"(?<![\w-])([^\W\d_]+)[ \u00a0]+$")


# 'Kuznetsov Sr. said': the full stop is the name's.
_GENERATION_RE = re.compile(r"(?<=[\w])[ \u00a0]+(?:Sr|Jr)\.")
_AFTER_STOP = frozenset('.!?;:«»“”„"\n')
# A conjunction that opens a clause of its own after a quote and its comma.
_BUT_AFTER_COMMA_RE = re.compile(r"(?:но|а|однако|хотя|but|although|though|while)(?![\w-])")
_MAX_SUBJECT_WORDS = 10

# 'him' too: 'quoted him as saying'.
# 'докладчик' too: '— отметил докладчик' is whoever was reporting, of either sex.
# A Russian sentence that puts its object first and its subject, a pronoun, after a few
# words: 'Деньги на неё он откладывает'.
_INVERTED_PRONOUN_RE = re.compile(
    r"[А-ЯЁ][а-яё]+(?:[ \u00a0]+[а-яё]+){0,3}?[ \u00a0]+(?P<pronoun>он|она)(?![\w-])"
)
# Where a sentence goes on to another subject: 'он переехал ...: республика передала ...'.
_CLAUSE_BREAK_RE = re.compile(r"[:;]|,[ \u00a0]+(?:а|но)[ \u00a0]")
_RU_PLURAL_VERB_ENDINGS = ("ют", "ят", "ли", "ут", "ат")
# A capitalised word right after the verb, set off by a comma or ending the clause.
_LONE_NAME_FIRST_RE = re.compile(r"[ \u00a0]*[A-ZА-ЯЁ][a-zа-яё]+(?=[,.;])")
# An office or a team named by whose it is: 'В (предвыборном) штабе Андрея Колыванова',
# 'в пресс-службе Ивана Петрова', 'В штабах Колыванова и Зайцевой'.
_OFFICE_OF_NAME_RE = re.compile(
    r"(?<![\w-])(?:(?:[Вв]|[Ии]з)[ \u00a0]+(?:[а-яё]+(?:ом|ой|ей|ого|ых)[ \u00a0]+)?"
    r"(?:штаб(?:е|а|ах)|пресс-служб[еы]|аппарат[еа]|при[её]мной|офис[еа]|окружени[ия]"
    r"|команд[еы]))[ \u00a0]+[А-ЯЁ]"
)
# Someone the text will not name, as the subject of the clause before the verb.
_SOMEONE_RE = re.compile(r"(?<![\w-])(?:кто-то|кто-нибудь|someone|somebody)(?![\w-])", re.I)
# A role said of the sentence's subject, not someone else's: 'Gorshkov was a young
# engineer at a design bureau'.
_WAS_A_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:(?:was|is|became|had[ \u00a0]+been|has[ \u00a0]+been)[ \u00a0]+(?:an?|the)"
    r"(?:[ \u00a0]+[a-z-]+)?"
    # ... 'Горшков был молодым инженером', 'работала медсестрой'.
    r"|(?:был|была|стал|стала|работал|работала|служил|служила)"
    # ... 'робот стал для неё главным помощником': what a thing became for her.
    r"(?:[ \u00a0]+для[ \u00a0]+[а-яё]+)?"
    r"(?:[ \u00a0]+[а-яё-]+(?:ым|им|ой|ей))?)"
    r"[ \u00a0]+$",
    re.IGNORECASE,
)
# An interpreter relaying someone's words: '— переводит его слова земляк', '— перевел
# слова гостя переводчик'.
_INTERPRETED_RE = re.compile(
    r"(?:переводит|перевёл|перевел|перевела)[ \u00a0]+(?:(?P<pronoun>его|её|ее)[ \u00a0]+)?"
    r"слова(?![\w-])",
    re.IGNORECASE,
)
# 'сама' too, right before the verb (where a subject's span ends): 'приехала, как сама
# говорит, «на одно лето»' is she ('сам губернатор', 'Сам Денис' are not).
_PRONOUN_RE = re.compile(
    r"(?<![\w-])(?P<pronoun>he|she|him|он|она|докладчик|докладчица|сама?(?=[ \u00a0]*$))"
    r"(?![\w-])",
    re.IGNORECASE,
)
# A sentence opening with a pronoun, or with a capitalised word that may begin a name.
_SENTENCE_OPENER_RE = re.compile(
    r"(?:(?P<pronoun>He|She|Он|Она)(?![\w-])|[A-ZА-ЯЁ][\w-]*(?:[ \u00a0]+[A-ZА-ЯЁ][\w-]*){0,2})"
)
# Words set off by dashes right after a pronoun: 'He — the Khakassian minister — said'.
_DASH_APPOSITION_RE = re.compile(
    r"[ \u00a0]+[—–][ \u00a0]+(?P<role>[^—–\n.!?]{3,80}?)[ \u00a0]+[—–]"
)
# A sentence giving someone's view: 'In his view,', 'По её мнению,'.
_IN_THEIR_VIEW_RE = re.compile(
    r"(?:in|according[\s\u00a0]+to|по)[\s\u00a0]+(?P<whose>his|her|его|её|ее)[\s\u00a0]+"
    r"(?:view|opinion|words|estimate|assessment|mind|словам|мнению|оценке|подсчётам|подсчетам)"
    r"(?![\w-])",
    re.IGNORECASE,
)
# Reading out what someone else wrote.
_READS_OUT_RE = re.compile(
    r"(?<![\w-])(?:reads?|reading|recites?|зачит\w*|читает|читала?|прочита\w*)(?![\w-])",
    re.IGNORECASE,
)
# 'Ведущая зачитала сообщение, пришедшее в соцсетях: „...“', 'read out a question from
# a listener:', 'read out a listener's message': someone else's words, whoever reads
# them (but not their own letter).
_READS_OUT_A_MESSAGE_RE = re.compile(
    r"(?<![\w-])(?:зачита\w*|прочита\w*|read[ \u00a0]+out|reads[ \u00a0]+out)"
    r"(?![ \u00a0]+(?:сво|his|her|their|its)\w*)(?:[ \u00a0]+[\w'’-]+){0,2}?[ \u00a0]+"
    r"(?:сообщени\w*|вопрос\w*|письм\w*|обращени\w*|отзыв\w*|жалоб\w*|message|question"
    r"|letter|comment|complaint|post|reply|answer|ответ|ответа)(?![\w-])",
    re.IGNORECASE,
)
# A document that says something: 'it' (the letter just mentioned), 'the letter', 'В
# письме', 'в обращении'.
_DOCUMENT_WORDS = (
    r"letter|report|statement|petition|appeal|memo|note|ruling|resolution|document|reply"
    r"|conclusion|findings"
    r"|письм\w*|обращени\w*|доклад(?!чи)\w*|отч[её]т\w*|заключени\w*|записк\w*|постановлени\w*"
    r"|петици\w*|документ\w*|ответ(?:е|ом)?"
)
# '— говорится в документе': a word for whatever document was named before.
_ANY_DOCUMENT = ("доку", "docu")
_DOCUMENT_NOUN_RE = re.compile(rf"(?<![\w-])(?:{_DOCUMENT_WORDS})(?![\w-])", re.IGNORECASE)
# 'it', 'the letter', 'в письме', 'The letter, quoted in an annex to the report,'.
_DOCUMENT_SUBJECT_RE = re.compile(
    rf"[ \t\u00a0]*(?:it|в[ \u00a0]+н[её]м|(?:(?:the|this|that|в|во|этом|этой)[ \u00a0]+)*"
    # 'The commission's conclusion': whose it is, one word.
    rf"(?:[\w-]+['’]s[ \u00a0]+)?(?:{_DOCUMENT_WORDS}))"
    r"(?:,[^,.;:!?\n]*,)?[ \t\u00a0,.;]*",
    re.IGNORECASE,
)
_IN_IT_RE = re.compile(r"(?<![\w-])[Вв][ \u00a0]+н[её]м(?![\w-])")
# What ties a person to a document: who signed, sent or wrote it.
_AUTHOR_LINK_RE = re.compile(
    r"(?<![\w-])(?:signed|sent|wrote|written|authored|подписа\w*|направ(?:ил|лен)\w*"
    r"|написа\w*|отправ(?:ил|лен)\w*|за[ \u00a0]+подписью)(?![\w-])",
    re.IGNORECASE,
)
_DOCUMENT_LOOKBACK = 600
# What may stand before a verb with no subject: 'И добавил', 'А затем продолжил', 'Но тут
# же добавил'.
_SUBJECTLESS_LEAD_RE = re.compile(
    r"(?:(?:и|а|но|тут|же|сразу|также|затем|потом|позже|тогда|вскоре|ещё|еще|and|but|then"
    r"|also)[ \u00a0]+)*",
    re.IGNORECASE,
)
_ROLE_LEAD_MAX = 80
# The newsroom asking: we, a reporter, or a question with no asker before the quote.
_NEWSROOM_QUESTION_RE = re.compile(
    r"(?<![\w-])(?:(?:на|в)[ \u00a0]+(?:прямой[ \u00a0]+|наш[а-я]*[ \u00a0]+)?вопрос"
    r"|мы[ \u00a0]+(?:спросили|задали)|корреспондент\w*[ \u00a0]+(?:спросил|задал)\w*"
    r"|редакци[яи][ \u00a0]+(?:спросил|задал)\w*"
    r"|asked[ \u00a0]+by[ \u00a0]+(?:a|the|our)[ \u00a0]+(?:reporter|journalist|correspondent)"
    r"|(?:we|reporters|journalists)[ \u00a0]+asked)(?![\w-])[^«»\"“”„.!?\n]{0,80}$",
    re.IGNORECASE,
)
_QUESTION_LEAD_MAX = 160
_VERB_AFTER_NAME_RE = re.compile(r"[ \u00a0][a-zа-яё]")
# A relative clause still open where a quote begins: ', где модель охарактеризована как'.
_IN_A_RELATIVE_CLAUSE_RE = re.compile(
    r",[ \u00a0]*(?:где|куда|котор\w+|where|which|who|whom|whose)(?![\w-])[^,]*$"
)
_PRONOUN_GENDER = {"he": "m", "she": "f", "him": "m", "он": "m", "она": "f", "докладчик": "",
                   "докладчица": "f", "сам": "m", "сама": "f"}  # fmt: skip
# 'По его словам, «...»', 'по её мнению', 'по его собственным словам', 'пресс-служба
# приводит его слова: «...»', 'in her words', 'according to him': a pronoun inside the
# phrase.
POSSESSIVE_INTRO_RE = re.compile(
    # 'она, по собственным словам, не была у окулиста «лет восемь»': whoever the clause
    # is about.
    # 'он, по собственному признанию, «почти не спит»'.
    r"(?<![\w-])(?P<own>по[ \u00a0]+собственн(?:ым|ому|ой)[ \u00a0]+(?:словам|признанию"
    r"|оценке|оценкам|выражению))"
    r"|(?<![\w-])(?:(?:по|привод\w*|привел\w*|привёл\w*|цитиру\w*)[ \u00a0]+(?P<ru>его|её|ее)"
    r"[ \u00a0]+(?:собственн(?:ым|ому|ой)[ \u00a0]+)?(?:словам|мнению|оценке|оценкам|выражению"
    r"|слова|признанию)"
    r"|in[ \u00a0]+(?P<en>his|her)[ \u00a0]+(?:own[ \u00a0]+)?(?:words|view|opinion)"
    r"|according[ \u00a0]+to[ \u00a0]+(?P<object>him|her))(?![\w-])",
    re.IGNORECASE,
)
# Someone's words, by name: 'Makhonin's verdict', 'In Petrova's own words'.
_NAMED_POSSESSIVE_RE = re.compile(
    r"(?P<owner>[A-Z][\w-]+)['’]s[ \u00a0]+(?:own[ \u00a0]+)?(?:words|verdict|reply|answer"
    r"|response|message|comment|assessment|explanation|advice|warning|promise|conclusion"
    r"|remark|summary|retort|judgement|judgment|forecast|prediction)(?![\w-])"
)
_POSSESSIVE_GENDER = {"его": "m", "её": "f", "ее": "f", "his": "m", "her": "f", "him": "m"}
_LONE_SURNAME_WORDS = 8
_DESCRIBING_WORDS = 3
# What may follow a speaker's surname in the same breath: 'said Petrov on Tuesday'.
_AFTER_SURNAME_WORDS = word_set(
    "on in at during after before when while who adding noting that as and to of from "
    "в во на и а но при после журналистам репортерам агентству изданию телеканалу "
    # Whom a question is put to: '— интересуется Дулма у внука'.
    "у с со к для перед "
    # Where someone lives: '— написала Ольга из 31-й квартиры'.
    "из"
)
_MAX_AFTER = 240
# Words that may say how something was said, between a quote and its verb.
_HOW_WORDS = 3
_ASIDE_HOW_WORDS = 6
_THE_THING_SAID_RE = re.compile(
    r"(?:первое|первым[ \u00a0]+делом|последнее|единственное|главное),?[ \u00a0]+что[ \u00a0]+",
    re.IGNORECASE,
)
_SUBJECT_PRONOUNS = word_set("i we they you я мы они вы it оно это")
_JOINING_WORDS = word_set(
    "and but or then so that who which when as while и а но или затем потом тогда что "
    "который которая которые где когда как"
)


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


_QUOTE_COLUMN_ROWS = 3  # this row and at least two others
_TABLE_LINE_RE = re.compile(r"[ \t]*\|")
_TABLE_ROW_RE = re.compile(r"^[ \t]*\|[^\n]*", re.M)


class _Tables:
    """The Markdown tables of an article (runs of lines opening with '|'): for each, how
    many of its rows hold words in marks in each column. Read in one pass."""

    def __init__(self, body: str) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._columns: list[dict[int, int]] = []
        for row in _TABLE_ROW_RE.finditer(body):
            if not self._ends or row.start() != self._ends[-1] + 1:
                self._starts.append(row.start())
                self._ends.append(row.end())
                self._columns.append({})
            self._ends[-1] = row.end()
            for column, cell in enumerate(row.group().split("|")):
                if cell.strip()[:1] in _OPENING_MARKS:
                    self._columns[-1][column] = self._columns[-1].get(column, 0) + 1

    def quotes_in_column(self, line_start: int, column: int) -> int:
        """How many rows of the table holding `line_start` have words in marks in `column`."""
        index = bisect.bisect_right(self._starts, line_start) - 1
        if index < 0 or line_start > self._ends[index]:
            return 0
        return self._columns[index].get(column, 0)


def _says_no_more(word: str, phrase: str) -> bool:
    """Whether a role `phrase` names nothing the role `word` it opens with does not:
    'Губернатор помолчал и ответил' is the governor, 'Глава республики' a head of a
    republic, not the head of a district."""
    return AskedRole.of(word).keys <= AskedRole.of(phrase).keys


# Russian only: English 'as' before a verb is 'quoted him as saying', not inversion.
_AS_BEFORE_VERB_RE = re.compile(r"(?<![\w-])как[\s\u00a0]*$", re.IGNORECASE)


class Attributor:
    """Reads the speaker of each quote of one article."""

    def __init__(self, body: str, people: People) -> None:
        self.body = body
        self.people = people
        self._tables: _Tables | None = None
        self._has_bars = "|" in body  # no bar, no table: told once per article
        self._may_name_askers = any(word in body for word in _ASKER_WORDS) or (
            any(word in body for word in _ASKED_BY_WORDS) and bool(_ASKED_BY_RE.search(body))
        )

    def _role_near(self, start: int, end: int) -> str | None:
        return cached_role_near(self.body, start, end, self.people.roles)

    def _whose_words(self, start: int, open_at: int) -> Person | None:
        """'Makhonin's verdict was blunt: "..."', 'In Petrova's words, "..."': the person
        whose words, reply or verdict the clause announces; 'фраза омбудсмена Татьяны
        Кувшиновой «...»': whose phrase, in the genitive, right before the marks."""
        low = max(start, open_at - 80)
        phrase = (
            WHOSE_PHRASE_RE.search(self.body, low, open_at)
            if PHRASE_STEM_RE.search(self.body[low:open_at].casefold())
            else None
        )
        if phrase is not None:
            mentions = self.people.mentions_in(phrase.start(), open_at)
            if mentions:
                return self.people.persons[mentions[-1][2]]
        if "s " not in self.body[start:open_at]:
            return None  # most clauses: no possessive at all
        owned = _NAMED_POSSESSIVE_RE.search(self.body, start, open_at)
        if owned is None:
            return None
        mentions = self.people.mentions_in(owned.start(), owned.end("owner"))
        return self.people.persons[mentions[-1][2]] if mentions else None

    def _relayed(self, start: int, open_at: int) -> Person | None:
        """'Габдулхаков напомнил слова раиса Рашида Гимадиева: «...»', 'процитировал
        вице-премьера Игоря Шелеста: «...»': the words are the one named after the verb."""
        relay = _RELAY_RE.search(self.body, start, open_at)
        return None if relay is None else self._first_named(relay.end(), open_at)

    def _first_named(self, start: int, end: int) -> Person | None:
        mentions = self.people.mentions_in(start, end)
        return self.people.persons[mentions[0][2]] if mentions else None

    def cited(self, close_end: int) -> Attribution | None:
        """'“rich as a territory and poor as a budget” (Ashworth 2018: 230)': a scholarly
        reference right after a quote names its author."""
        if close_end >= len(self.body) or self.body[close_end] not in " \u00a0([":
            return None  # most quotes: no reference after them
        signed = self._signed_in_parentheses(close_end)
        if signed is not None:
            return signed
        citation = _CITATION_RE.match(self.body, close_end)
        if citation is None or not may_be_surname(citation.group("surname")):
            return None  # '"Strategy ..." (Moscow, 2020)': where a document came out
        person = self.people.named_by_surname(citation.group("surname"))
        return Attribution(person.name, person.role, "after", True)

    def newsroom_question(self, open_at: int, close_at: int) -> bool:
        """Whether the quote opening at `open_at` is a question the newsroom asked: 'Мы
        спросили министра: «...?»', 'На прямой вопрос «...?» он ответил', 'Asked by a
        reporter from Vostok Daily, "...?", the vice-governor replied'. Its words are
        nobody's the text names, not the answer's."""
        if self.body[close_at - 1 : close_at] != "?":
            return False
        low = max(clause_start(self.body, open_at), open_at - _QUESTION_LEAD_MAX)
        return _NEWSROOM_QUESTION_RE.search(self.body, low, open_at) is not None

    def _signed_in_parentheses(self, close_end: int) -> Attribution | None:
        """'Цитата дня: «...» (Антон Шалимов, губернатор Курганской области)': a quote
        signed with its speaker's full name in parentheses after it."""
        opening = close_end + (self.body[close_end] != "(")
        if self.body[opening : opening + 1] != "(":
            return None
        mentions = self.people.mentions_in(opening + 1, opening + 1 + _MAX_AFTER)
        if not mentions or mentions[0][0] != opening + 1:
            return None
        if self.body[mentions[0][1] : mentions[0][1] + 1] not in (",", ")"):
            return None
        person = self.people.persons[mentions[0][2]]
        return Attribution(person.name, person.role, "after", True)

    def after(self, close_end: int, limit: int) -> Attribution | None:
        """Attribution right after a quote: '”, she said', '», — заявил Беляков'.

        It is `direct` when punctuation joins it to the quote ('», — заявил'); '«БИЗНЕС
        Online» reported ...' names the subject of a sentence instead.
        """
        signed_below = (
            _SIGNATURE_BELOW_RE.match(self.body, close_end, limit)
            if self.body.find("\n", close_end, close_end + 4) >= 0  # most quotes: no break
            else None
        )
        if signed_below and self._alone_on_its_line(close_end) and self._signs(signed_below.end()):
            # '> «...».' then '> — Ирина Колосова, заместитель губернатора': a blockquote
            # signed on the line below, a full stop or not after the mark.
            return self._signature(signed_below.end(), limit)
        said_so = _SAID_SO_RE.match(self.body, close_end, limit)
        if said_so is not None:
            named = self._named_saying_so(said_so)
            if named is not None:
                return named
        glue = _GLUE_RE.match(self.body, close_end, limit)
        if glue and "\n" in glue.group() and _DASH_RE.search(glue.group()):
            # The next line of a list, or the next speaker's dash line; unless it signs the
            # quote: '"..."\n- Artur Valiev, economist at Ural Federal University'.
            signed = self._alone_on_its_line(close_end) and self._signs(glue.end())
            return self._signature(glue.end(), limit) if signed else None
        if self._new_sentence_after(close_end, glue):
            return None
        if (
            glue
            and "," in glue.group()
            and not _DASH_RE.search(glue.group())
            and _BUT_AFTER_COMMA_RE.match(self.body, glue.end())
        ):
            return None  # '«...», но большую часть часа министр говорил о воде': a new clause
        begin = glue.end() if glue else close_end
        dashed = bool(glue and _DASH_RE.search(glue.group()))
        interpreted = _INTERPRETED_RE.match(self.body, begin, limit)
        found = (
            self._interpreted(close_end, interpreted)
            if interpreted
            else self._after(close_end, limit, begin, dashed)
        )
        if found is None and dashed:
            found = self._signature(begin, limit)
        # Not a colon: '«Дорогу откроем в срок»: власти рассказали' is a headline's shape.
        if found is None or not glue or not glue.group().strip(" \t\u00a0:"):
            return found
        return Attribution(found.speaker, found.role, found.how, True, found.announced)

    def _speaks_of_us(self, open_at: int) -> bool:
        """Whether the words in the marks opening at `open_at` speak of 'I' or 'we'."""
        close = _CLOSING_MARK_RE.search(self.body, open_at + 1, open_at + _FIRST_PERSON_REACH)
        end = close.start() if close else open_at + 1
        return _FIRST_PERSON_RE.search(self.body, open_at, end) is not None

    def _interpreted(self, close_end: int, interpreted: re.Match[str]) -> Attribution:
        """'— Мне нужна работа, — переводит его слова земляк', '— перевёл слова гостя
        переводчик': the words are the one last named (of the pronoun's sex), not the
        interpreter's."""
        pronoun = interpreted.group("pronoun")
        gender = "" if pronoun is None else ("m" if fold(pronoun) == "его" else "f")
        mention = self.people.latest_mention_before(close_end, gender)
        if mention is None:
            return Attribution(None, None, "after")
        person = self.people.persons[mention[2]]
        return Attribution(person.name, person.role, "after")

    def _named_saying_so(self, said_so: re.Match[str]) -> Attribution | None:
        """The person the sentence after a quote names as having said it: '«...». Так
        ситуацию прокомментировал министр Денис Ершов', '‘...’ That was the verdict of
        Timur Galimzyanov'."""
        start = said_so.end()
        stop = sentence_end(self.body, start, min(len(self.body), start + _MAX_AFTER))
        if said_so.group("so") and find_verb(self.body, start, stop) is None:
            return None  # 'Так и вышло': no one said so
        mentions = self.people.mentions_in(start, stop)
        if not mentions:
            return None
        person = self.people.persons[mentions[0][2]]
        return Attribution(person.name, person.role, "after")

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
        anonymous = _anonymous_in(self.body, since, position)
        if anonymous and not self.people.in_quote(anonymous.start()):
            return True  # '..., who asked not to be named, said'
        if not _may_name_someone_unnamed(self.body[since:position].casefold()):
            return False  # the usual case, ruled out by one scan before looking at verbs
        for intro in _UNNAMED_INTRO_RE.finditer(self.body, since, position):
            if not self.people.in_quote(intro.start()):
                return True  # 'По словам собеседника издания в правительстве, ...'
        for subject in _INDEFINITE_SUBJECT_RE.finditer(self.body, since, position):
            if not self.people.in_quote(subject.start()):
                return True  # 'A source close to the government was more candid.'
        for verb in iter_verbs(self.body, since, position):
            if self.people.in_quote(verb[0]):
                continue
            # The words of a quote ('«... нашим жителям ...», — написала она') name
            # nobody who speaks.
            clause = self.people.past_quote(max(clause_start(self.body, verb[0]), since))
            unnamed = _UNNAMED_PERSON_RE.match(self.body, clause, verb[0]) or _asker_subject(
                self.body, clause, verb[0]
            )
            if unnamed and not (
                self.people.mentions_in(clause, verb[0])
                or _PRONOUN_RE.search(self.body, clause, verb[0])
                # 'Главный врач рассказал': a post, held by someone the text may have named
                or _CHIEF_POST_RE.match(self.body, clause)
                # 'I asked Tolmacheva ... The farmer laughed': the one just named (but
                # 'The farmer from the Tambovsky district' is someone new)
                or (
                    unnamed.group().casefold().startswith("the")
                    and not _FROM_PLACE_RE.match(self.body, unnamed.end())
                    and self._just_named(clause, description=True) is not None
                )
            ):
                return True
        return False

    def _someone_from_somewhere(self, role: re.Match[str]) -> bool:
        """'— рассказала пенсионерка из села Мокроусово': a description of a person and
        where they are from brings in someone new, not the person named before."""
        return describes_a_person(role.group()) and bool(
            _FROM_PLACE_RE.match(self.body, role.end())
        )

    def _vox_pop(self, open_at: int) -> Attribution | None:
        """'Ирина, 45 лет, учитель: «...»', 'Dmitry Ivanov, 42, a taxi driver: “...”': a
        line that opens with a name and an age gives the words after its colon to them."""
        line_start = self.body.rfind("\n", 0, open_at) + 1
        if (
            open_at - line_start > VOX_POP_REACH
            or not self.body[line_start : line_start + 1].isupper()
        ):
            return None
        match = VOX_POP_RE.fullmatch(self.body, line_start, open_at)
        if match is None:
            return None
        mentions = self.people.mentions_in(line_start, match.end("name"))
        if mentions:
            name = self.people.persons[mentions[0][2]].name
        else:
            name = match.group("name")
            words = name.split()
            if first_name(words[0]) is None and any(
                is_role_head(fold(word)) or names_a_place(word) or fold(word) in _ADDRESS_WORDS
                for word in words
            ):
                return None  # 'Улица Ленина, 12:' is no one
        role = match.group("role")
        return Attribution(name, role.strip() if role else None, "before", True, True)

    def _answerer(self, mention: tuple[int, int, int], position: int, end: int) -> Person | None:
        """The person a question was put to, when the pronoun at `position` answers it:
        'Тогда Ефимова уточнила, будет ли ... Она ответила утвердительно', 'Budaeva asked
        her why ... She replied that ...': not the one who asked (`mention`), but the
        same-gender person named before her. A pronoun that only goes on speaking ('She
        said') may be either, and stays with the one named last."""
        asking_end = sentence_end(self.body, mention[1], position)
        if (
            asking_end >= position
            or position - asking_end > _SENTENCE_GAP
            or self.body[asking_end:position].strip(" \t\u00a0\n.!?…")
        ):
            return None  # the pronoun opens the very next sentence, or it answers nothing
        if not _ASKING_VERB_RE.search(self.body, mention[1], asking_end):
            return None
        if not _REPLY_VERB_RE.search(
            self.body, position, sentence_end(self.body, position, end + 40)
        ):
            return None
        asker = self.people.persons[mention[2]]
        index = bisect.bisect_left(self.people.starts, mention[0]) - 1
        while index >= 0:
            other = self.people.mentions[index]
            person = self.people.persons[other[2]]
            if person is not asker and person.gender == asker.gender:
                return None if self.people.in_quote(other[0]) else person
            index -= 1
        return None

    def _asked_by_role(self, position: int, gender: str) -> Person | None:
        """The known person a question was put to by their role, when the pronoun at
        `position` replies: 'Журналисты спросили министра, как ... — Никаких телефонов, —
        отрезал он' is the minister's, not the deputy head named before the question."""
        window = max(0, position - _ASKED_ROLE_REACH)
        near = max(0, position - 24)
        if not _REPLY_VERB_RE.search(self.body, near, position + 60) or not _REPLY_VERB_RE.search(
            self.body, near, sentence_end(self.body, position, position + 60)
        ):
            return None  # (the cheap look first: most pronouns reply to no one)
        asking = [*_ASKING_SOMEONE_RE.finditer(self.body, window, position)]
        role = ROLE_RE.match(self.body, asking[-1].end()) if asking else None
        if role is None or self.people.mentions_in(role.end(), position):
            return None  # nobody asked by their role, or someone named since
        return self.people.by_role(role.group(), role.start(), gender)

    def _someone_new(self, since: int, position: int, gender: str) -> int | None:
        """Where the text brought in a person it does not name, of the pronoun's gender,
        between a person's mention and the pronoun (the end of the last such noun), or
        None: 'I asked a woman waiting at a bus stop what she thought. "...," she said'
        is the woman's."""
        # 'Gulnara Sabirova, a mother of three from the neighbouring block,': her own.
        since = max(self._past_apposition(since), position - _UNNAMED_LOOKBACK)
        if not _MAY_BE_INDEFINITE_PERSON_RE.search(self.body, since, position):
            return None  # the usual case, ruled out by one scan for the nouns
        newcomer: int | None = None
        for match in _INDEFINITE_PERSON_RE.finditer(self.body, since, position):
            noun_gender = "f" if match.group("noun").casefold() in _FEMALE_NOUNS else "m"
            if noun_gender == gender and not self.people.in_quote(match.start()):
                newcomer = match.end()
        return newcomer

    def _alone_on_its_line(self, close_end: int) -> bool:
        """Whether the line of a quote ending at `close_end` opens with its mark (not
        '- Anatoly Shirokov, mayor of Labytnangi: "..."', which a list item signs first)."""
        line_start = self.body.rfind("\n", 0, max(close_end - 1, 0)) + 1
        return self.body[line_start:close_end].lstrip(" \t\u00a0")[:1] in _OPENING_MARKS

    def _signs(self, line_start: int) -> bool:
        """Whether the line from `line_start` (past its dash) is a full name alone or
        followed by a comma: a signature, not speech or an item of a list."""
        mentions = self.people.mentions_in(line_start, line_start + _MAX_AFTER)
        if not mentions or mentions[0][0] != line_start:
            return False
        after = self.body[mentions[0][1] : mentions[0][1] + 1]
        return after in ("", ",", "\n") and self.people.persons[mentions[0][2]].name.count(" ") > 0

    def _signature(self, begin: int, limit: int) -> Attribution | None:
        """'"..." — Deputy Transport Minister Andrei Kolesov, quoted by TASS': a quote
        signed with its speaker's name after a dash, no verb."""
        end = min(limit, begin + _MAX_AFTER)
        stop = _SIGNATURE_END_RE.search(self.body, begin, end)
        stop_at = stop.start() if stop else end
        found = self._subject(begin, stop_at, first=True, how="after")
        if found.speaker is None or self._signed_in_an_oblique_case(begin, stop_at):
            # '» — владельца «Ивдорстроя» Сергея Мальцева, который ...': a signature names
            # its speaker in the nominative; this is whom the words were about.
            return None
        return found

    def _signed_in_an_oblique_case(self, start: int, end: int) -> bool:
        """Whether the name after a dash stands in an oblique case with no words of saying
        before it ('слова министра Ильнура Закирзянова' names its speaker)."""
        mentions = self.people.mentions_in(start, end)
        if not mentions:
            return False
        name_start, name_end, index = mentions[0]
        surname = fold(self.people.persons[index].surname)
        last = fold(self.body[name_start:name_end].split()[-1])
        if last == surname or not last.startswith(surname[:-1]):
            return False  # in the nominative, or no surname ('руководитель МКУ')
        lead = self.body[start:name_start]
        return find_verb(lead, 0, len(lead)) is None and _WORDS_OF_RE.search(lead) is None

    def _after(
        self, close_end: int, limit: int, begin: int, dashed: bool = False
    ) -> Attribution | None:
        body = self.body
        end = sentence_end(body, close_end, min(limit, close_end + _MAX_AFTER))
        begin = min(begin, end)
        words = list(islice(SCAN_WORD_RE.finditer(body, begin, end), _MAX_SUBJECT_WORDS + 3))
        index = 0
        while index < len(words) and words[index].group().casefold() in AUX_WORDS:
            index += 1
        if index < len(words):
            verb = find_verb(body, words[index].start(), words[-1].end(), AFTER_FIRST_WORDS)
            # Russian sets the attribution off with a dash and its verb near the front:
            # '», — несколько раз повторил глава района'.
            if verb and (
                verb[0] == words[index].start()
                or (dashed and self._only_how_before(words, index, verb[0]))
                # '— ..., — первое, что говорит Кирилл Сомов': the thing someone says.
                or (dashed and _THE_THING_SAID_RE.fullmatch(body, words[index].start(), verb[0]))
            ):
                # '— ответил депутат, когда мы пересказали ему слова Сметанина', '— сказала
                # эксперт, отвечая на вопросы судьи Ирины Мезенцевой', '» — говорится в
                # приговоре, который огласила судья Марина Терещенко': a clause of time, a
                # gerund's or a relative one after the subject is about someone else.
                if _OBJECT_AFTER_VERB_RE.match(body, verb[1]):
                    # '“...”, asked for Transport Minister Oleg Sizov to be put on the
                    # line': who is asked for is no subject.
                    return None
                clause = _SUBORDINATE_CLAUSE_START_RE.search(body, verb[1], end)
                if clause and body[verb[1] : clause.start()].strip():
                    end = clause.start()  # (not '— отметил, открывая обсуждение, председатель')
                return self._subject(verb[1], end, first=True, how="after")
        verb = find_verb(body, begin, words[-1].end() if words else begin)
        if verb is None:
            return self._named_then_aside(begin, end)
        subject = body[begin : self._before_auxiliaries(begin, verb[0])]
        # 'a "Rusagro" spokesperson said': a short name in marks is part of the subject.
        unquoted = _GENERATION_RE.sub("", _NAME_IN_MARKS_RE.sub(r"\1", subject))
        if not subject.strip() or any(char in _AFTER_STOP for char in unquoted):
            return None
        if _RELATIVE_CLAUSE_END_RE.search(subject):
            # '» — владельца «Ивдорстроя» Сергея Мальцева, который заключил соглашение': the
            # verb is a relative clause's, about someone the words were said of.
            return None
        if len(subject.split()) > _MAX_SUBJECT_WORDS:
            return self._named_then_aside(begin, end)
        found = self._subject(begin, begin + len(subject), False, "after")
        if found.speaker or found.role or _looks_like_subject(subject):
            return found
        return None

    def _before_auxiliaries(self, start: int, end: int) -> int:
        """Where the subject before a verb at `end` ends: blanks and auxiliary words ('had',
        'also', 'ещё') between them left out."""
        subject = self.body[start:end].rstrip(" \t\u00a0")
        aux = subject.rsplit(None, 1)
        while aux and aux[-1].casefold() in AUX_WORDS:
            subject = aux[0] if len(aux) > 1 else ""
            aux = subject.rsplit(None, 1)
        return start + len(subject)

    def _only_how_before(self, words: list[re.Match[str]], index: int, verb_start: int) -> bool:
        """Whether the words from words[index] to a verb say only how it was said ('—
        несколько раз повторил глава района', '— с усмешкой заметил инженер'): a few
        lower-case words, none of them someone who could be the subject."""
        before = [word for word in words[index:] if word.start() < verb_start]
        # A gerund's phrase set off by a comma may run longer: '— не отрываясь от пульта,
        # предлагает она'.
        limit = (
            _ASIDE_HOW_WORDS
            if before and self.body.startswith(",", before[-1].end())
            else _HOW_WORDS
        )
        return 0 < len(before) <= limit and not any(
            not word.group().islower()
            or _PRONOUN_RE.fullmatch(word.group())
            or fold(word.group()) in _SUBJECT_PRONOUNS
            or fold(word.group()) in _JOINING_WORDS  # 'promised to «...» and said': one subject
            or ROLE_RE.match(self.body, word.start())
            or names_a_person(fold(word.group()))
            for word in before
        )

    def _named_then_aside(self, begin: int, end: int) -> Attribution | None:
        """'"...," Anton Frolov, an economist at the Kaluga branch of the Presidential
        Academy, wrote in a column': a name, an aside set off by commas however long, then
        the verb."""
        mentions = self.people.mentions_in(begin, min(end, begin + _MAX_AFTER))
        if not mentions or self.body[begin : mentions[0][0]].strip(" \t\u00a0"):
            return None
        name_end = mentions[0][1]
        aside_end = self.body.find(",", name_end + 1, end)
        if self.body[name_end : name_end + 1] != "," or aside_end < 0:
            return None
        verb = find_verb(self.body, aside_end + 1, end)
        if verb is None or self.body[aside_end + 1 : verb[0]].strip(" \t\u00a0"):
            return None  # the verb must follow the aside at once
        person = self.people.persons[mentions[0][2]]
        return Attribution(person.name, person.role, "after")

    def before(self, open_at: int, floor: int = 0) -> Attribution | None:
        """Attribution in the quote's sentence before it: 'Smirnov stated, "', 'По словам X, «'.

        `floor` is where the previous quote ended: its words never attribute this one.
        """
        vox_pop = self._vox_pop(open_at)
        if vox_pop is not None:
            return vox_pop
        start = max(clause_start(self.body, open_at), floor)
        if not self.body[start:open_at].strip():
            # 'described the situation in an interview:' ending the paragraph before the
            # quote's: that sentence introduces it.
            colon = colon_closing_paragraph(self.body, start, floor)
            if colon is not None:
                open_at = colon + 1
                start = max(clause_start(self.body, colon), floor)
        lead = self.body[start:open_at]
        stripped = lead.rstrip(" \t\u00a0—–-")
        direct = stripped.endswith((":", ",")) or bool(re.search(r"(?:that|что)$", stripped))
        if told_to_the_speaker(self.body, open_at):
            return Attribution(None, None, "before", direct, stripped.endswith(":"))
        possessive = POSSESSIVE_INTRO_RE.search(self.body, start, open_at)
        if possessive and (
            _THEY_SAID_RE.search(self.body, possessive.end(), open_at)
            and not self.people.mentions_in(possessive.end(), open_at)
        ):
            # 'Там, по её словам, ответили коротко: «Разберемся»': what someone unnamed
            # told her, as she tells it.
            return Attribution(None, None, "before", direct)
        if possessive:
            pronoun = possessive.group("ru") or possessive.group("en") or possessive.group("object")
            gender = _POSSESSIVE_GENDER[pronoun.casefold()] if pronoun else ""
            person = self._antecedent(possessive.start(), gender)
            if person:
                return Attribution(person.name, person.role, "before", direct)
        owner = self._whose_words(start, open_at)
        if owner is not None:
            return Attribution(owner.name, owner.role, "before", direct)
        verb = last_verb(self.body, start, open_at)
        unsaid = _UNSAID_RE.search(self.body, max(start, open_at - _UNSAID_REACH), open_at)
        if unsaid and (verb is None or verb[0] < unsaid.end()) and not self._speaks_of_us(open_at):
            # Not 'said she would ask the faction to take the law to court "if ..."': the
            # words nobody said follow the verb that would say them (but 'said he would
            # ask for a re-measurement "so that nobody can say we invented the numbers"'
            # are his: they speak of 'we').
            return UNSAID
        relayed = self._relayed(start, open_at)
        if relayed is not None:
            return Attribution(relayed.name, relayed.role, "before", direct, stripped.endswith(":"))
        read_out = _READS_OUT_A_MESSAGE_RE.search(self.body, start, open_at)
        if read_out is not None:
            # 'зачитала сообщение жительницы села Натальи Кречетовой:' names the writer.
            writer = self._first_named(read_out.end(), open_at)
            if writer is None:
                return Attribution(None, None, "before", direct, stripped.endswith(":"))
            return Attribution(writer.name, writer.role, "before", direct, stripped.endswith(":"))
        if verb is None:
            if stripped.endswith(":") and stripped[:-1].strip():
                found = self._subject(start, open_at, first=False, how="before")
                return Attribution(found.speaker, found.role, "before", True)
            return self._their_words_again(start, open_at)
        announced = stripped.endswith(":")
        if fold(self.body[verb[0] : verb[1]]) in _IMPERSONAL_VERBS:
            # 'В приговоре, который огласила судья, говорится: «...»': a text speaks;
            # whoever the sentence names around it did not say the words, unless they
            # wrote or signed it ('Министр направил письмо. В письме говорится: «...»').
            author = (
                self._document_author(open_at)
                if _DOCUMENT_NOUN_RE.search(self.body, start, open_at)
                or _IN_IT_RE.search(self.body, start, open_at)  # 'В нём говорится'
                else None
            )
            if author is not None:
                return Attribution(author.name, author.role, "before", direct, announced)
            return Attribution(None, None, "before", direct, announced)
        relayed_by = self._relaying_clause_end(start, verb) if announced else None
        if relayed_by is not None:
            # 'По словам соседа Ильдара Нуриева, обещание глава администрации повторил:
            # «...»', 'Savchenko said a previous mayor had told her: "..."': speech someone
            # relays is said by the subject of the verb that announces it.
            subject_end = self._before_auxiliaries(relayed_by, verb[0])
            found = self._subject(relayed_by, subject_end, first=False, how="before")
            if found.speaker or found.role:
                return Attribution(found.speaker, found.role, "before", direct, announced)
            if self._names_someone(relayed_by, verb[0]):
                return Attribution(None, None, "before", direct, announced)  # unnamed
        # 'когда, по словам Виталия Рудакова, металлургам пришлось «...»': who is named
        # after these phrases, however long the clause before them.
        intro_phrase = _NAMED_AFTER_RE.fullmatch(self.body, verb[0], verb[1]) is not None
        subject_first = not intro_phrase and not _AS_BEFORE_VERB_RE.search(
            self.body, start, verb[0]
        )
        found = NO_ATTRIBUTION
        if subject_first:
            # 'Аксёнов поздравил Гришину, отметив, что ...': a gerund's subject is the
            # clause's, named first; a verb's is the one named nearest before it.
            gerund = fold(self.body[verb[0] : verb[1]]) in GERUNDS
            found = self._subject(start, verb[0], first=gerund, how="before")
        # 'как отмечает А. Смирнова, «...»', 'заявил глава региона: «...»': the subject
        # follows the verb, unless one stands before it that the text does not name ('Один
        # из журналистов спросил, собирается ли мэр ...: «...»').
        lead_words = self.body[start : verb[0]].split()
        unnamed_subject = len(lead_words) > _INVERSION_LEAD_WORDS and not (
            # 'В нашу ленту написала читательница ...': a short phrase of place or time
            # (not 'В пресс-службе мэрии уточнили, что ...': a plural says no one).
            len(lead_words) <= _ADVERBIAL_LEAD_WORDS
            and fold(lead_words[0]) in _LEAD_PREPOSITIONS
            and not fold(self.body[verb[0] : verb[1]]).endswith("ли")
        )
        # 'Авторы письма просят губернатора «...»': a plural verb after its subject leaves
        # the one named after it the one asked, not who speaks.
        plural_after_subject = (
            subject_first
            and bool(lead_words)
            and fold(self.body[verb[0] : verb[1]]).endswith(_RU_PLURAL_VERB_ENDINGS)
        )
        if not (found.speaker or found.role or plural_after_subject) and (
            intro_phrase
            or not (subject_first and unnamed_subject)
            or self._named_at_colon(verb[1], open_at)
        ):
            # ('Об этом хорошо сказал мой коллега, глава округа Сергей Журавлёв: «...»':
            # words before the verb that name nobody, and a name announcing the quote.)
            found = self._subject(verb[1], open_at, first=True, how="before")
        return Attribution(found.speaker, found.role, "before", direct, announced)

    def _relaying_clause_end(self, start: int, verb: tuple[int, int]) -> int | None:
        """Where the clause of the verb announcing a quote starts, when an earlier verb of
        saying in its sentence relays it ('X said ...', 'по словам X, ...'); None when no
        verb comes before it."""
        earlier = next(iter_verbs(self.body, start, verb[0], INTRO_WORDS), None)
        if earlier is None:
            return None
        if _NAMED_AFTER_RE.fullmatch(self.body, earlier[0], earlier[1]):
            comma = self.body.find(",", earlier[1], verb[0])  # after 'по словам X,'
            return comma + 1 if comma >= 0 else None
        return earlier[1]

    def table_row(self, open_at: int, close_at: int) -> Attribution | None:
        """A quote filling a cell of a table row ('| Тотемский | С. Веретенников | «...» |'):
        said by the one person the row names before it, as a label's."""
        if not self._has_bars:
            return None  # the usual case: no table
        body = self.body
        line_start = body.rfind("\n", 0, open_at) + 1
        if not _TABLE_LINE_RE.match(body, line_start):
            return None
        line_end = body.find("\n", close_at)
        line_end = len(body) if line_end < 0 else line_end
        cell_start = body.rfind("|", line_start, open_at)
        cell_end = body.find("|", close_at, line_end)
        if (
            cell_end < 0
            or body[cell_start + 1 : open_at].strip()
            or body[close_at + 1 : cell_end].strip()
        ):
            return None  # words in marks among others in a cell: not the cell's whole say
        persons = {index for _, _, index in self.people.mentions_in(line_start, cell_start)}
        if len(persons) == 1:
            person = self.people.persons[persons.pop()]
            return Attribution(person.name, person.role, "label", True)
        if not persons and self._quote_column(line_start, cell_start):
            # '| Amur Region | ministry statement | «Заявки принимаются ...» |': a row of a
            # column of quotes, said by no one the row names.
            return Attribution(None, None, "label", True)
        return None

    def _quote_column(self, line_start: int, cell_start: int) -> bool:
        """Whether the table's other rows hold words in marks in this cell's column too."""
        if self._tables is None:
            self._tables = _Tables(self.body)  # once per article, only if it has a table
        column = self.body.count("|", line_start, cell_start + 1)  # the cell after the bar
        return self._tables.quotes_in_column(line_start, column) >= _QUOTE_COLUMN_ROWS

    def _their_words_again(self, start: int, open_at: int) -> Attribution | None:
        """'Lisitsyn's formulation — “somebody has to go first” — captures the dilemma':
        words a person said, quoted again under their name."""
        if self.body.find("s ", start, open_at) < 0:
            return None  # no possessive before the quote: the usual case, by one find
        again = _POSSESSIVE_SPEECH_RE.search(self.body, start, open_at)
        if again is None:
            return None
        person = self._lone_surname(again.start("name"), again.end("name"), first=False)
        if person is None:
            return None
        return Attribution(person.name, person.role, "before", True)

    def _named_at_colon(self, start: int, open_at: int) -> bool:
        """Whether body[start:open_at] ends with a full name and the colon announcing the
        quote: 'мой коллега, глава Кемского округа Сергей Журавлёв: «'."""
        lead = self.body[start:open_at].rstrip(" \t\u00a0")
        if not lead.endswith(":"):
            return False
        colon = start + len(lead) - 1
        mentions = self.people.mentions_in(start, colon)
        return bool(mentions) and mentions[-1][1] == colon

    def opens_sentence(self, open_at: int) -> bool:
        """Whether the quote opening at `open_at` starts its sentence (or line)."""
        start = clause_start(self.body, open_at)
        return not self.body[start:open_at].strip(" \t\u00a0—–-")

    def signed_below(self, open_at: int, close_at: int) -> Attribution | None:
        """A quote set as a line of its own, the speaker's name (and post) on the line
        under it, as a web page sets a pull quote: '«...»\nИрина Ковалёва, министр
        экономики Красноярского края'."""
        body = self.body
        if body[body.rfind("\n", 0, open_at) + 1 : open_at].strip():
            return None  # the quote does not open its line
        line_end = body.find("\n", close_at)
        if line_end < 0 or body[close_at + 1 : line_end].strip():
            return None  # words after the quote on its line: not a signed one
        signature_end = body.find("\n", line_end + 1)
        signature_end = len(body) if signature_end < 0 else signature_end
        signature = body[line_end + 1 : signature_end]
        mentions = self.people.mentions_in(line_end + 1, signature_end)
        if (
            not mentions
            or body[line_end + 1 : mentions[0][0]].strip(" \t\u00a0—–-")
            or len(signature) > _SIGNATURE_MAX_CHARS
            or find_verb(body, line_end + 1, signature_end)
        ):
            return None
        person = self.people.persons[mentions[0][2]]
        return Attribution(person.name, person.role, "after")

    def introduced(self, open_at: int) -> Attribution | None:
        """A quote opening its own sentence right after one that names one person:
        'Lapin did not mince words. «...»', 'Svetlana Gerasimova chose her words
        carefully.\n\n«...»'. The sentence before may end the paragraph before."""
        body = self.body
        if not self.opens_sentence(open_at):
            return None  # the quote stands inside a sentence: not this shape
        end = start = clause_start(body, open_at)
        while end > 0 and body[end - 1] in " \t\u00a0\n":
            end -= 1
        soundbite = self._soundbite_speaker(end, start)
        if soundbite is not None:
            return soundbite
        if end == 0 or body.count("\n", end, start) > 2 or body[end - 1] not in ".!?:":
            return None
        sentence = clause_start(body, end - 1)
        if self.people.in_quote(sentence) or (
            body[sentence] in _OPENING_MARKS and self.people.in_quote(sentence + 1)
        ):
            # '“...,” he told the radio host, Yevgenia Sorokina. “...”': the sentence before
            # attributes a quote; the one after goes on with its speaker (extract._inherit).
            # So when it starts inside the quote: '“... He needs actors,” she says. “...”'.
            return None
        mentions = self.people.mentions_in(sentence, end)
        persons = {index for _, _, index in mentions}
        if not persons:
            return self._introduced_by_role(sentence) or self._introduced_by_pronoun(sentence, end)
        if len(persons) != 1:
            return None
        person = self.people.persons[persons.pop()]
        return Attribution(person.name, person.role, "introduced")

    def _soundbite_speaker(self, end: int, start: int) -> Attribution | None:
        """'СИНХРОН: Виктор Суханов, главный врач Лесогорской ЦРБ' on the line right before
        the quote: a broadcast transcript's label for whose words the clip holds."""
        if end == 0 or self.body.count("\n", end, start) != 1:
            return None
        line_start = self.body.rfind("\n", 0, end) + 1
        if _SOUNDBITE_LABEL_RE.match(self.body, line_start) is None:
            return None
        persons = {index for _, _, index in self.people.mentions_in(line_start, end)}
        if len(persons) != 1:
            return None
        person = self.people.persons[persons.pop()]
        return Attribution(person.name, person.role, "introduced")

    def _introduced_by_role(self, sentence: int) -> Attribution | None:
        """'Глава предлагает увеличить выплату.' and then «...»: a sentence that opens
        with the role of someone named before, and names nobody."""
        role = ROLE_RE.match(self.body, sentence)
        if role is None or plural_role(role.group()):
            return None
        person = self.people.by_role(role.group(), sentence)
        if person is None:
            return None
        # 'The mayor, told of the remark, laughed.': the role now stands for him, so a
        # later 'he' is the mayor's, not the last one named.
        self.people.refer(role.start(), role.end(), person)
        return Attribution(person.name, person.role, "introduced")

    def _introduced_by_pronoun(self, sentence: int, end: int) -> Attribution | None:
        """'She has run the farm for eleven years. “...”': a sentence that opens with a
        pronoun for someone named before, or with their view ('In his view, ...'), and
        names nobody."""
        opener = _SENTENCE_OPENER_RE.match(self.body, sentence)
        if opener is not None and opener.group("pronoun") is not None:
            gender = _PRONOUN_GENDER[opener.group("pronoun").casefold()]
        elif (view := _IN_THEIR_VIEW_RE.match(self.body, sentence)) is not None:
            # 'In his view, the region's success was built on a moment in history.'
            opener, gender = view, _POSSESSIVE_GENDER[view.group("whose").casefold()]
        elif (
            says := _PRONOUN_SAYS_AFTER_AN_OPENING_RE.match(self.body, sentence, end)
        ) is not None:
            # 'In the letter, which we quote with minor cuts, she describes waiting months.'
            opener, gender = says, _PRONOUN_GENDER[says.group("pronoun").casefold()]
        else:
            return None
        if _READS_OUT_RE.search(self.body, opener.end(), end):
            return None  # 'She reads me one line of it.': a letter's words, not hers
        person = self._antecedent(sentence, gender)
        return Attribution(person.name, person.role, "introduced") if person else None

    def speaks_on(self, open_at: int) -> bool:
        """Whether a verb of saying with no subject announces the quote: 'И добавил:
        «...»', 'И продолжил, уже обращаясь к залу:' closing the paragraph before."""
        body = self.body
        start = clause_start(body, open_at)
        end = open_at
        if not body[start:open_at].strip(" \t\u00a0—–-"):
            colon = colon_closing_paragraph(body, start, max(0, start - _MAX_AFTER))
            if colon is None:
                return False
            start, end = clause_start(body, colon), colon
        verb = find_verb(body, start, end)
        if verb is None or _SUBJECTLESS_LEAD_RE.fullmatch(body, start, verb[0]) is None:
            return False
        # A few words of how, not a sentence with its own subject and verb ('Asked for
        # comment, the ministry said in a statement:').
        rest = list(islice(SCAN_WORD_RE.finditer(body, verb[1], end), _HOW_WORDS + 3))
        return len(rest) <= _HOW_WORDS + 2 and find_verb(body, verb[1], end) is None

    def sentence_subject(self, open_at: int) -> Attribution | None:
        """'He singled out the fund as one of the tools that "work when ..."': words
        quoted inside a sentence that opens with a person, named or by pronoun, and no
        verb of saying: the person the sentence is about (unless a relative clause holds
        the words)."""
        start = clause_start(self.body, open_at)
        opener = _SENTENCE_OPENER_RE.match(self.body, start, open_at)
        if opener is None or _IN_A_RELATIVE_CLAUSE_RE.search(self.body, opener.end(), open_at):
            return None  # ', где модель охарактеризована как «...»': another subject's words
        end = opener.end()
        if opener.group("pronoun") is None:
            mentions = [
                m
                for m in self.people.mentions_in(start, open_at)
                if m[0] not in self.people.complements
            ]
            inverted = None if mentions else _INVERTED_PRONOUN_RE.match(self.body, start, open_at)
            if inverted is not None and not self._another_clause(inverted.end(), open_at):
                # 'Деньги на неё он откладывает «по чуть-чуть»': the object first, then he.
                end = inverted.end()
            elif (
                mentions
                and mentions[0][0] == start + len("For ")
                and self.body.startswith("For ", start)
            ):
                # 'For Ivan Shirokov, who lives nearby, those figures are "a joke"': his view.
                end = mentions[0][1]
            elif not mentions or not self._role_then_name(start, mentions[0][0], mentions[0][1]):
                return None
            else:
                end = mentions[0][1]
        found = self._subject(start, end, first=True, how="before")
        return found if found.speaker else None

    def _another_clause(self, start: int, open_at: int) -> bool:
        """Whether the sentence goes on to another subject before `open_at` ('он переехал
        ...: республика передала ...'); a colon after a verb of saying announces the
        words ('он формулирует коротко: хозяйство должно «...»')."""
        found = _CLAUSE_BREAK_RE.search(self.body, start, open_at)
        if found is None:
            return False
        return found.group() != ":" or find_verb(self.body, start, found.start()) is None

    def _role_then_name(self, start: int, name_start: int, name_end: int) -> bool:
        """Whether a name opens the sentence at `start`, its role before it allowed
        ('Председатель комитета Игорь Шестаков поддержал её, назвав ...')."""
        if name_start == start:
            return True
        if name_start - start > _ROLE_LEAD_MAX or find_verb(self.body, start, name_start):
            return False
        if ROLE_RE.match(self.body, start) is not None:
            return True
        # 'В том же письме Саввин рекомендовал ...': a few words of where or when, and the
        # name as the subject of the verb right after it (not 'In a ruling on the arrest
        # of Dmitry Zavyalov, the judge found').
        return (
            "," not in self.body[start:name_start]
            and _VERB_AFTER_NAME_RE.match(self.body, name_end) is not None
        )

    def _asked(self, floor: int, mention_start: int) -> bool:
        """Whether the person mentioned at `mention_start` is named as who asked (in the
        genitive: not '— ответила на вопрос корреспондента Екатерина Зуева', who answers)."""
        if not _ASKER_BEFORE_RE.search(self.body, max(floor, mention_start - 50), mention_start):
            return False
        word = SCAN_WORD_RE.match(self.body, mention_start)
        given = first_name(word.group()) if word else None
        return given is None or given.case != NOMINATIVE or script_of(word.group()) != "ru"

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
        anonymous = _anonymous_in(self.body, start, end)
        if anonymous and not people.in_quote(anonymous.start()):
            # 'Фермер из Мичуринского округа, попросивший не называть его имени, назвал':
            # whoever it is, the text says it will not name them ('его' is theirs).
            role = ROLE_RE.search(self.body, start, anonymous.start())
            return Attribution(None, role and role_phrase(self.body, role.start(), end), how)
        if "," in self.body[start:end] and _DOCUMENT_SUBJECT_RE.fullmatch(self.body, start, end):
            # 'The commission's conclusion, a copy of which she keeps, says': the document's,
            # before the pronoun inside the clause set off after it.
            return self._document_speaks(start, end, how)
        mentions = [
            m
            for m in people.mentions_in(start, end, inside_quotes)
            # 'Aliyev's company said in a statement': the company speaks, not its owner.
            if not self.body.startswith(("'s ", "’s "), m[1]) and m[0] not in people.complements
        ]
        if _OFFICE_OF_NAME_RE.search(self.body, start, end):
            # 'В штабе Андрея Колыванова сообщили': his campaign's office speaks, not he.
            return Attribution(None, None, how)
        last_clause = max(start, self.body.rfind(",", start, end) + 1)
        if not first and _SOMEONE_RE.search(self.body, last_clause, end):
            # 'Когда судья дочитала постановление, кто-то из родственников сказал': someone.
            return Attribution(None, None, how)
        if self._may_name_askers:
            # 'На вопрос школьника из Кетово Артёма Лыскова ... губернатор ответил': who
            # asked is not who answers.
            mentions = [m for m in mentions if not self._asked(start, m[0])]
        surname_from = start
        while (
            first
            and mentions
            and (
                _the_verbs_object(self.body[mentions[0][0] : mentions[0][1]])
                or self._whose_before_a_name(mentions)
            )
        ):
            # 'сообщил Хизри Абакарову директор Магомед Алиев': told to the first, by the
            # second; 'сообщили Залине Кокоевой в Минсельхозе': told to her, by nobody named;
            # '— спрашиваю Зарему': asked of her; '— вступает в разговор соседка Кошкина
            # Вера Никитична Павлова': his neighbour speaks.
            surname_from = mentions[0][1]
            mentions = mentions[1:]
        pronouns = [
            m
            for m in _PRONOUN_RE.finditer(self.body, start, end)
            # 'The district head, for his part, said': an idiom, no one referred to.
            if not _IDIOM_PRONOUN_RE.match(self.body, max(0, m.start() - 4))
        ]
        candidates: list[tuple[int, str, object]] = [(m[0], "name", m) for m in mentions]
        candidates += [(p.start(), "pronoun", p) for p in pronouns]
        if candidates:
            candidates.sort(key=lambda item: item[0])
            position, kind, item = candidates[0] if first else candidates[-1]
            if first and kind == "pronoun" and _LONE_NAME_FIRST_RE.match(self.body, start):
                # 'said Kirill, now 25, sitting in the flat he shares': a name the text
                # gives alone comes before the pronoun of the clause after it.
                lone = self._lone_surname(surname_from, end, first, inside_quotes)
                if lone:
                    return Attribution(lone.name, lone.role, how)
            if first and kind == "pronoun" and self._names_someone(start, position):
                # 'said a pensioner as she left the building': the noun after the verb is
                # who spoke; the pronoun after it is theirs.
                candidates = []
            elif not first and self._unnamed_subject_after(
                item.end() if kind == "pronoun" else item[1],  # type: ignore[attr-defined,index]
                end,
            ):
                # 'когда она попыталась уточнить, ..., сотрудник администрации ответил ей':
                # someone the text does not name is the subject of the verb.
                return Attribution(None, None, how)
        if candidates:
            if not first and kind == "name" and self._heads_apposition(start, end, candidates[0]):
                # 'Albert Khuzin, vice-rector of the university named after A.N. Tupolev,
                # said': the name opening the subject, not one inside its apposition.
                position, kind, item = candidates[0]
            if kind == "name":
                person = people.persons[item[2]]  # type: ignore[index]
                helper = self._whose_role_names(item)  # type: ignore[arg-type]
                if helper is not None:
                    return Attribution(helper.name, helper.role, how)
                known = person.role
                # The role read at a full mention serves; reading the words around this
                # mention as well (unless read already) cost 12% of extraction.
                if known is not None and (item[0], item[1]) not in people.roles:  # type: ignore[index]
                    return Attribution(person.name, known, how)
                near = self._role_near(item[0], item[1])  # type: ignore[index]
                if near and not person.role_agrees(near, item[0], item[1]):  # type: ignore[index]
                    near = None
                return Attribution(person.name, richer_role(near, known), how)
            pronoun = item.group("pronoun")  # type: ignore[attr-defined]
            gender = _PRONOUN_GENDER[pronoun.casefold()]
            apposed = self._role_in_apposition(item.end(), gender)  # type: ignore[attr-defined]
            if apposed is not None:
                return Attribution(apposed.name, apposed.role, how)
            asked = self._asked_by_role(position, gender)
            if asked is not None:
                return Attribution(asked.name, asked.role, how)
            mention = people.latest_mention_before(position, gender, possessive=False)
            newcomer = self._someone_new(mention[1], position, gender) if mention else None
            if newcomer is not None:
                # 'When a man in the back row shouted ..., the minister paused. "...," he
                # said': a known person's role opening a sentence after the newcomer.
                found = self._role_subject(newcomer, position, gender, definite=True)
                if isinstance(found, Person):
                    return Attribution(found.name, found.role, how)
            if mention and not (self.unnamed_spoke(mention[1], position) or newcomer is not None):
                found = self._role_subject(self._subject_scan_start(mention), position, gender)
                if isinstance(found, str):
                    return Attribution(None, found, how)  # someone the text never names
                found = (
                    found or self._answerer(mention, position, end) or people.persons[mention[2]]
                )
                return Attribution(found.name, found.role, how)
            return Attribution(None, None, how)
        lone = self._lone_surname(surname_from, end, first, inside_quotes)
        if lone:
            return Attribution(lone.name, lone.role, how)
        role_match = self._role_subject_match(start, end)
        if (
            role_match
            and _OFFICE_OF_RE.search(
                self.body, max(start, role_match.start() - 30), role_match.start()
            )
            and not _QUOTING_VERB_RE.search(
                self.body, max(0, role_match.start() - 60), role_match.start()
            )
        ):
            # 'Пресс-служба губернатора сообщила': an office speaks (but 'цитирует
            # пресс-служба заместителя губернатора' gives the deputy's own words).
            return Attribution(None, None, how)
        if role_match:
            role = role_phrase(self.body, role_match.start(), end)
            adjunct = _ADJUNCT_BEFORE_ROLE_RE.fullmatch(self.body, start, role_match.start())
            if role and adjunct is not None:
                # 'The district head, for his part, said': the district is part of the post.
                role = f"{adjunct.group('words')} {role}"
            if role:
                # 'An official ... said', 'one minister': someone new, not a known person;
                # 'the mayor's office said': an office.
                known = (
                    not _INDEFINITE_BEFORE_RE.search(
                        self.body, max(start, role_match.start() - 40), role_match.end()
                    )
                    and not _OF_SOME_RE.search(role)
                    and not self.body.startswith(("'s", "’s"), role_match.end())
                    and not self._someone_from_somewhere(role_match)
                )
                person = None
                if known:
                    position = role_match.start()
                    # The phrase may run on past the role ('Губернатор помолчал и
                    # ответил'): the role word alone is asked next, unless the phrase
                    # says more than the word ('Глава республики' is not any 'глава').
                    gender = (
                        "f"
                        if feminine_verb_next_to(self.body, role_match.start(), role_match.end())
                        or _FEMININE_ROLE_WORD_RE.search(role_match.group())
                        else ""
                    )
                    person = people.by_role(role, position, gender)
                    if person is None and _says_no_more(role_match.group(), role):
                        person = people.by_role(role_match.group(), position, gender)
                    if person is None and not self._role_taken(role, end):
                        word = role_match.group().split()[-1]  # not 'the' before it
                        person = self._just_named(
                            position,
                            describes_a_person(word) or comments_as_expert(word),
                            asked=role,
                            # 'the official said' after 'Igor Sazonov, first deputy head
                            # of the directorate': whoever holds an office.
                            any_office=fold(word) in _OFFICIAL_NOUNS,
                            # 'студентка' is no man named before her.
                            gender=gender,
                        )
                    if person is not None:
                        # The role word now stands for them: '— задаётся вопросом эксперт'
                        # after '— поясняет доцент' is the same person.
                        people.refer(role_match.start(), role_match.end(), person)
                if person:
                    return Attribution(person.name, person.role or role, how)
                return Attribution(None, role, how)
        kin = _KIN_SUBJECT_RE.fullmatch(self.body, start, end) or _BARE_KIN_SUBJECT_RE.fullmatch(
            self.body, start, end
        )
        if kin is not None:
            relative = self._relative(kin)
            if relative is not None:
                return Attribution(relative.name, relative.role, how)
        own = _OWN_WORDS_SUBJECT_RE.match(self.body, start, end)
        if own is not None:
            # 'Её сообщение от 9 января собрало сорок реакций: «...»': her words.
            whose = self._antecedent(own.start(), _POSSESSIVE_GENDER[own.group("whose").casefold()])
            if whose is not None:
                return Attribution(whose.name, whose.role, how)
        noun = _PERSON_NOUN_RE.fullmatch(self.body, start, end)
        if noun is None or not names_a_person(fold(noun.group("noun"))):
            # 'the 67-year-old retired schoolteacher said': the noun after an age or a word
            # that describes it.
            noun = _DESCRIBED_PERSON_NOUN_RE.fullmatch(self.body, start, end)
        if noun and names_a_person(fold(noun.group("noun"))):
            # '— поделилась пермячка', '— рассказал капитан', 'the fisherman said': a noun
            # for the person named just before.
            word = fold(noun.group("noun"))
            # A person noun says what someone is besides any office ('the doctor said' after
            # 'Rustam Galiev, the cardiologist who heads the mobile team').
            person = self._just_named(
                noun.start("noun"),
                describes_a_person(word) or word in PERSON_NOUNS,
                office=word in _OFFICIAL_NOUNS,
                # 'Larisa Golubeva ... and her husband Vladimir Golubev ... “...,” the
                # actress said': hers.
                gender="f" if word in _WOMENS_NOUNS or _FEMININE_ROLE_WORD_RE.search(word) else "",
            )
            if person is not None:
                people.refer(noun.start("noun"), noun.end("noun"), person)
                return Attribution(person.name, person.role, how)
        if _DOCUMENT_SUBJECT_RE.fullmatch(self.body, start, end):
            return self._document_speaks(start, end, how)
        return Attribution(None, None, how)

    def _relative(self, kin: re.Match[str]) -> Person | None:
        """'— добавляет его жена', 'her husband said': the one person of the surname of
        whom the pronoun stands for, of the relative's sex, who is not them. With no
        pronoun ('— не соглашается сын'), of the one named last."""
        groups = kin.groupdict()
        pronoun = groups.get("whose") or groups.get("whose_after")
        whose = self._antecedent(
            kin.start(), _POSSESSIVE_GENDER[pronoun.casefold()] if pronoun else ""
        )
        if whose is None:
            return None
        sex = KIN_SEX[fold(groups.get("kin") or groups["kin_first"])]
        relatives = [
            person
            for person in self.people.persons
            if person is not whose
            and person.gender == sex
            and one_family(person.surname, whose.surname)
        ]
        return relatives[0] if len(relatives) == 1 else None

    def _document_speaks(self, start: int, end: int, how: str) -> Attribution:
        """'"...," it says' after 'The letter, signed by Badma Ochirov, ...'; 'В письме
        говорится': a document speaks for whoever the text says wrote or signed it. 'it'
        is a document only when one was named in this sentence or the last."""
        it = self.body[start:end].strip(" \t\u00a0,.;").casefold() == "it"
        author = self._document_author(start, nearby=it)
        return (
            Attribution(author.name, author.role, how) if author else Attribution(None, None, how)
        )

    def _role_in_apposition(self, pronoun_end: int, gender: str) -> Person | None:
        """'He — the Khakassian minister — put it bluntly': the known person whose role
        the words set off by dashes after a pronoun name."""
        apposition = _DASH_APPOSITION_RE.match(self.body, pronoun_end)
        if apposition is None or not ROLE_RE.search(apposition.group("role")):
            return None
        person = self.people.by_role(apposition.group("role"), pronoun_end)
        return person if person is not None and person.gender in ("", gender) else None

    def _document_author(self, position: int, nearby: bool = False) -> Person | None:
        """The one person named, in the sentence of the last document mentioned before
        `position` (this paragraph or the one before; with `nearby`, this sentence or the
        one before), as having written, signed or sent it."""
        body = self.body
        low = max(0, position - _DOCUMENT_LOOKBACK)
        if body.count("\n\n", low, position) > 1:
            low = body.rfind("\n\n", low, body.rfind("\n\n", low, position))
        own_sentence = clause_start(body, position)
        if nearby:
            low = max(low, clause_start(body, max(0, own_sentence - 2)))
        # The kind of document the speaking sentence itself names ('В постановлении ...
        # сказано'): an earlier document of another kind ('Лебедев написал письмо') is
        # not the one speaking.
        speaking_kind: str | None = None
        for noun in reversed(list(_DOCUMENT_NOUN_RE.finditer(body, low, position))):
            kind = fold(noun.group())[:4]
            if speaking_kind is not None and kind != speaking_kind:
                return None
            sentence = clause_start(body, noun.start())
            stop = sentence_end(body, noun.end(), min(len(body), noun.end() + _MAX_AFTER))
            links = _AUTHOR_LINK_RE.finditer(body, sentence, stop)
            if not any(not self.people.in_quote(link.start()) for link in links):
                if sentence >= own_sentence and kind not in _ANY_DOCUMENT:
                    speaking_kind = speaking_kind or kind
                continue  # not 'the certificates "were signed in the absence ..."'
            persons = {
                index
                for start, end, index in self.people.mentions_in(sentence, stop)
                if not self.addressed(start, end)
            }
            return self.people.persons[persons.pop()] if len(persons) == 1 else None
        return None

    def addressed(self, start: int, end: int) -> bool:
        """Whether the name at body[start:end] is whom words or a document went to: 'signed
        a letter to Governor Vladimir Pakhomov', 'he told the radio host, Yevgenia
        Sorokina', 'обратились к губернатору', 'письмо Пахомову'."""
        return _in_dative(self.body[start:end]) or bool(
            _ADDRESSEE_BEFORE_RE.search(self.body, max(0, start - 40), start)
            or _TOLD_BEFORE_RE.search(self.body, max(0, start - 40), start)
        )

    def _unnamed_subject_after(self, candidate_end: int, verb_start: int) -> bool:
        """Whether an unnamed person ('сотрудник администрации', 'an official') stands in
        the verb's own clause after the candidate subject ending at `candidate_end`, not
        in apposition to it ('Мосолова, сотрудник администрации, сказала' is hers)."""
        clause = self.body.rfind(",", candidate_end, verb_start) + 1
        if clause <= candidate_end or not self.body[candidate_end:clause].strip(" ,\u00a0"):
            return False  # no clause between them, or an apposition right after the name
        unnamed = _UNNAMED_PERSON_RE.search(self.body, clause, verb_start)
        return unnamed is not None and not self.body[unnamed.start() - 1].isalnum()

    def _names_someone(self, start: int, end: int) -> bool:
        """Whether a person noun or a role word stands in body[start:end], not as the
        agent of a passive ('Asked by a councillor whether ..., she replied')."""
        return any(
            (names_a_person(fold(word.group())) or ROLE_RE.match(self.body, word.start()))
            and not _BY_AGENT_RE.search(self.body, max(start, word.start() - 8), word.start())
            for word in SCAN_WORD_RE.finditer(self.body, start, end)
        )

    def _antecedent(self, position: int, gender: str) -> Person | None:
        """Whom a pronoun at `position` stands for: the person mentioned last, or one a
        sentence since then opened with the role of ('The governor has argued ... In his
        words, "..."')."""
        mention = self.people.latest_mention_before(position, gender, possessive=False)
        if mention is None:
            return None
        found = self._role_subject(self._subject_scan_start(mention), position, gender)
        if isinstance(found, str):
            return None
        return found or self.people.persons[mention[2]]

    def _subject_scan_start(self, mention: tuple[int, int, int]) -> int:
        """Where to look for a role subject a pronoun may stand for: after the last name
        mentioned, or from the start of its sentence when that name is not the subject
        ('Мэр напомнил, что Смирнов ...', 'Губернатор поручил вице-губернатору Игорю
        Ткачуку ...': the pronoun after is the mayor's, the governor's)."""
        start = clause_start(self.body, mention[0])
        if _NOT_THE_SUBJECT_RE.search(self.body, start, mention[0]):
            return start
        return mention[1]

    def _role_subject(
        self, since: int, position: int, gender: str, definite: bool = False
    ) -> Person | str | None:
        """The known person a sentence opening with a role names, between `since` and
        `position`: 'The transport deputy added that ... “...,” he said' is the deputy
        for transport, not whoever was named last. When the role names nobody the text
        has named ('The governor addressed the issue ... "...," he wrote', the governor
        never named), the role as written: the pronoun stands for someone unnamed.
        `definite`: only a role the text means as one it knows ('the minister', not 'A
        paramedic who asked not to be named')."""
        found: Person | str | None = None
        # Its own paragraph only: 'His colleague ... was more cautious. “...,” he said'
        # after a paragraph on the transport deputy is the colleague.
        paragraph = self.people.paragraph_start(position)
        if paragraph > 0 and self.body[paragraph : paragraph + 1] in _SPEECH_OPENERS:
            # A paragraph that opens with the quote or dash speech: the one before leads
            # into it ('In his video address, the governor struck a more emotional note.',
            # 'Банкир не разочаровал.'), blank lines between them or not.
            paragraph = self.people.paragraph_start(len(self.body[:paragraph].rstrip()))
        # ... and not far back in it: a line may hold thousands of quotes after one name.
        since = max(since, paragraph, position - _ROLE_SUBJECT_LOOKBACK)
        if not may_hold_role(self.body, since, position):
            return None
        for match in ROLE_RE.finditer(self.body, since, position):
            start = match.start()
            if (
                self.people.in_quote(start)
                or self.people.dash_speech.overlaps(start, start + 1)
                or plural_role(match.group())
                or role_in_dative(match.group())  # 'писали ..., губернатору': no subject
                # 'Губернатора Андрея Лобанова она называет «...»': an object, fronted.
                or role_in_genitive(match.group())
                # 'Asked by a councillor whether ..., she replied': who asked is no subject.
                or _BY_AGENT_RE.search(self.body, max(since, start - 8), start)
            ):
                continue
            sentence = clause_start(self.body, start)
            # The subject opening its sentence ('The transport deputy added'), not a role
            # inside it ('an adviser to the governor').
            lead = _SUBJECT_LEAD_RE.fullmatch(self.body, sentence, start)
            if lead is None or (
                lead.group("opening")
                and self.people.mentions_in(sentence, lead.end("opening"))
                and not _CLAUSE_CONJUNCTION_RE.match(self.body, lead.end("opening"), start)
            ):
                # 'Irina Tkach, director of ...': the role is the named person's; not
                # 'Tsyrenov and Lobanov conferred, and the mayor then announced'.
                continue
            role = self.body[
                lead.end("opening") if lead.group("opening") else sentence : match.end()
            ]
            if definite and _INDEFINITE_LEAD_RE.match(role):
                continue
            # 'Глава региона подчеркнул': the words after the role word may say whose it is.
            phrase = role_phrase(self.body, start, position) or role
            person = self.people.by_role(role, start) or self.people.by_role(phrase, start)
            if person is None and describes_a_person(match.group().split()[-1]):
                # 'I asked Tolmacheva ... The farmer laughed': what the one just named is.
                person = self._just_named(start, description=True)
            if person is None:
                if _DEFINITE_ROLE_SUBJECT_RE.fullmatch(role) and not self._role_taken(
                    phrase, match.end()
                ):
                    found = role
            elif person.gender in ("", gender):
                found = person
        return found

    def _role_taken(self, role: str, end: int) -> bool:
        """Whether someone named by the end of the sentence of a role ending at `end`
        holds a role of its kind: 'главный инженер АО «...» Сергей Пахомов' holds the post
        the marks stand between; someone named only later is no one the text means yet."""
        return self.people.role_taken(
            role, sentence_end(self.body, end, end + _ROLE_SENTENCE_REACH)
        )

    def _whose_role_names(self, mention: tuple[int, int, int]) -> Person | None:
        """'по словам защитника Сёмина' after 'Адвокат Андрея Сёмина Дмитрий Клейменов':
        a role word before a surname the role does not fit is another's role, the surname
        its complement (whose lawyer), when the text gave someone that role."""
        start, end, index = mention
        named = self.people.persons[index]
        if self.body.endswith(named.surname, start, end):
            return None  # in the nominative: 'министр Кравцов' is the minister
        if not may_hold_role(self.body, max(0, start - 30), start):
            return None  # the common case, ruled out by one C-level scan
        word = _WORD_BEFORE_NAME_RE.search(self.body, max(0, start - 30), start)
        if word is None or not is_role_head(fold(word.group(1))):
            return None
        role_word = word.group(1)
        if named.role is not None and AskedRole.of(role_word).score(named.role):
            return None  # 'министра Кравцова' is the minister
        other = self.people.by_role(f"{role_word} {self.body[start:end]}", start)
        if other is None or other is named or other.role is None:
            return None
        return other if fold(named.surname)[:4] in fold(other.role) else None

    def _role_subject_match(self, start: int, end: int) -> re.Match[str] | None:
        """The role word in body[start:end] that may be its subject."""
        role_match = ROLE_RE.search(self.body, start, end)
        while role_match:
            if role_in_dative(role_match.group()):
                # '— ответил депутату первый вице-премьер': told to the one, by the other.
                role_match = ROLE_RE.search(self.body, role_match.end(), end)
            elif plural_role(role_match.group()):
                # 'Губернаторы конкурируют ...': many people, no speaker; but 'Выступая
                # перед депутатами районного совета, вице-премьер описал': the clause set
                # off by a comma leaves the subject after it.
                comma = self.body.find(",", role_match.end(), end)
                role_match = ROLE_RE.search(self.body, comma + 1, end) if comma >= 0 else None
            else:
                return role_match
        return None

    def _just_named(
        self,
        position: int,
        description: bool = False,
        asked: str | None = None,
        office: bool = False,
        any_office: bool = False,
        gender: str = "",
    ) -> Person | None:
        """The person named last before a role word that no known role matches, if they
        were given no role and nobody else was referred to by a role since: 'По мнению
        Андрея Петрова-Водкина, ... «...», — поясняет доцент кафедры'. A `description`
        ('пенсионерка', 'фермер') may be of someone who holds an office; a word for any
        `office` ('— пояснил чиновник') is of someone the text gave one; 'the official'
        asked as a role (`any_office`) is whoever was named last, their post or none,
        unless someone unnamed spoke since ('A source in the ministry said')."""
        mention = self.people.latest_mention_before(position, gender)
        if mention is None or position - mention[1] > _JUST_NAMED_DISTANCE:
            return None
        person = self.people.persons[mention[2]]
        if not self._still_about(person, mention[1], position):
            return None  # named two paragraphs back or more: the role is someone else's
        anonymous = _anonymous_in(self.body, mention[1], position)
        if anonymous and not self.people.in_quote(anonymous.start()):
            # 'Мама одного из шестиклассников, попросившая не называть её имени, ... —
            # пожимает плечами женщина': someone unnamed came in since.
            return None
        if self._asked_before_the_answer(mention, position):
            return None
        if office:
            if person.role is None:
                return None  # a resident named last is not 'the official'
        elif any_office:
            if self.unnamed_spoke(mention[1], position):
                return None
        elif person.role is not None and not (description and not self._in_office(mention[2])):
            return None  # 'the minister' after a governor, 'the farmer' after one: someone else
        # A trade or a candidacy asked for ('the Communist candidate', 'ветврач') is no
        # office: an office named since ('Kuzovkov said the acting governor had ...') is
        # someone else's and leaves the one named last the one meant.
        trade = asked is not None and not AskedRole.of(asked).kinds
        for other in ROLE_RE.finditer(self.body, self._past_apposition(mention[1]), position):
            if self.people.in_quote(other.start()):
                continue
            if trade and AskedRole.of(other.group()).kinds:
                continue
            if self._another_trade(other.group(), asked):
                continue  # 'told to see a cardiologist in Tomsk ... the doctor said'
            if office and plural_role(other.group()):
                continue  # 'отвечавший на вопросы депутатов': nobody in particular
            if _WAS_A_BEFORE_RE.search(self.body, max(0, other.start() - 24), other.start()):
                continue  # 'Gorshkov was a young engineer': what the one named was
            return None  # 'встретился с министром. «...», — сказал министр'
        return person

    def _whose_before_a_name(self, mentions: list[tuple[int, int, int]]) -> bool:
        """Whether the first mention is a surname in an oblique case right before another
        person's name: whose neighbour, colleague or daughter the named one is."""
        if len(mentions) < 2 or mentions[1][0] - mentions[0][1] > 1:
            return False
        written = self.body[mentions[0][0] : mentions[0][1]]
        person = self.people.persons[mentions[0][2]]
        return " " not in written and written != person.surname and mentions[1][2] != mentions[0][2]

    def _asked_before_the_answer(self, mention: tuple[int, int, int], position: int) -> bool:
        """Whether the one named last asked the question a role's answer replies to:
        'Денис Кравец спросил прямо: «...» Ответ президента: «...»' (not Кравец's)."""
        if not _ANSWER_BEFORE_RE.search(self.body, max(mention[1], position - 24), position):
            return False
        asked_within = min(position, mention[1] + _ASKED_REACH)
        return _ASKING_VERB_RE.search(self.body, mention[1], asked_within) is not None

    @staticmethod
    def _another_trade(role: str, asked: str | None) -> bool:
        """Whether `role` is a trade other than the one asked for: a cardiologist to be
        seen, a doctor's surname known, stand for no one who speaks next."""
        word = fold(role.split()[-1])
        if not describes_a_person(word):
            return False
        return asked is None or fold(asked.split()[0])[:5] != word[:5]

    def _still_about(self, person: Person, since: int, position: int) -> bool:
        """Whether body[since:position] stays with `person`: it breaks no paragraph, or
        one paragraph between refers to them ('По его словам, ...') and then ends."""
        breaks = list(_LINE_BREAKS_RE.finditer(self.body, since, position))
        if len(breaks) <= 1:
            return True
        if len(breaks) > 2:
            return False
        between = self.body[breaks[0].end() : breaks[1].start()]
        return any(
            _POSSESSIVE_GENDER.get(fold(word)) == person.gender
            or _PRONOUN_GENDER.get(fold(word)) == person.gender
            for word in SCAN_WORD_RE.findall(between)
        )

    def _past_apposition(self, name_end: int) -> int:
        """Past the role set off by commas after a name ('Магомеда Алиева, генерального
        директора компании,'), which is that person's own; `name_end` when there is none."""
        if not self.body.startswith(",", name_end):
            return name_end
        close = self.body.find(",", name_end + 1, name_end + _MAX_AFTER)
        return close if close >= 0 else name_end

    def _in_office(self, index: int) -> bool:
        """Whether a person holds one of the offices a description never stands for."""
        return bool(self.people.kinds_of(index) & _OFFICES)

    def _heads_apposition(self, start: int, end: int, candidate: tuple[int, str, object]) -> bool:
        """Whether `candidate`, a name, opens body[start:end] and a comma follows it. Its
        role may stand before it when the words set off after it close before `end`:
        'Кандидат от КПРФ Галина Шустова, у которой с ведущей Ольгой Ветровой случилась
        перепалка, сказала' (not 'Редактором был Утробин, которого Кропачёв называет')."""
        position, kind, item = candidate
        if kind != "name":
            return False
        name_end = item[1]  # type: ignore[index]
        if self.body[name_end : name_end + 1] != ",":
            return False
        lead = self.body[start:position].strip(" \t\u00a0")
        return not lead or (
            "," not in lead
            and ROLE_RE.match(lead) is not None
            and "," in self.body[name_end + 1 : end]
        )

    def _lone_surname(
        self, start: int, end: int, first: bool, inside_quotes: bool = False
    ) -> Person | None:
        """A surname alone in the speaker's place: 'said (Deputy Minister) Petrov', 'Petrov
        said', 'Kuznetsov, who chairs the committee, said', 'по словам Ивановой'. With
        `inside_quotes`, in an attribution within the marks ('«..., — говорит Дашиева, —
        ...»')."""
        if self.body[start:end].islower():
            return None  # no capital letter, no surname: most role-only attributions
        scan = SCAN_WORD_RE.finditer(self.body, start, end)
        # After the verb only its first words matter: role words, the surname, one more.
        words = list(islice(scan, _LONE_SURNAME_WORDS) if first else scan)
        if not words:
            return None
        index = self._after_verb_index(words) if first else self._before_verb_index(words, end)
        if index is None:
            return None
        word = words[index]
        if not inside_quotes and self.people.in_quote(word.start()):
            return None
        lead = fold(self.body[max(0, start - 12) : start]).rstrip()
        genitive = lead.endswith(GENITIVE_INTROS)
        surname = lone_surname(word.group(), genitive=genitive)
        if surname is not None:
            if names_a_place(word.group()):
                # 'farms on Sakhalin have complained': a place, unless someone bears it.
                return self.people.known_by_surname(surname)
            if not genitive and self.people.known_by_surname(surname) is None:
                # '— говорит Эльвин' after 'Эльвин Алиаббас оглы Гасанов': a first name
                # shaped like a surname, of someone named in full.
                named = self.people.by_first_name(word.group())
                if named is not None:
                    return named
            return self.people.named_by_surname(surname)
        if (
            not genitive
            and not names_a_place(word.group())
            and self.people.bears_the_surname(word.group(), script_of(word.group()) == "ru")
        ):
            # '- говорит Донгак' after 'Чабан ... Аяс Донгак', 'al-Mansouri told
            # journalists': a surname of no Russian shape that a name in the text ends with.
            return self.people.named_by_surname(word.group())
        # 'said Dmitry, a fisherman who asked that his last name not be published', 'жалуется
        # водитель маршрутки Андрей': a first name is all the text gives.
        given = first_name(word.group())
        if given is None and not genitive:
            # '— говорит Фатима' after 'Фатима Гатагонова': a first name the lists lack,
            # given in full before.
            return self.people.by_first_name(word.group())
        if given is None or given.case != (GENITIVE if genitive else NOMINATIVE):
            return None
        # '— говорит Ахмед' after 'Ахмед Бисултанов встречает нас': the one person of
        # that first name the text has named in full.
        return self.people.by_first_name(given.nominative) or self.people.named_by_surname(
            given.nominative, gender=given.gender
        )

    def _after_verb_index(self, words: list[re.Match[str]]) -> int | None:
        """The word after 'said' and any role words that can be a surname, if any."""
        index = 0
        while index < len(words) - 1 and fold(words[index].group()) in ROLE_PREFIX_WORDS:
            index += 1
        # 'countered his neighbor Tatyana', 'жалуется водитель маршрутки Андрей': lower-case
        # words that describe the name after them.
        lower, last = index, min(len(words) - 1, index + _DESCRIBING_WORDS)
        while lower < last and words[lower].group().islower():
            lower += 1
        if lower > index and words[lower].group()[:1].isupper():
            if fold(words[lower - 1].group()) in _PLACE_PREPOSITIONS:
                return None  # 'сказал фермер из Тамбова': a place, not the farmer's name
            index = lower
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


# A verb that passes on someone else's words, that someone after it.
_RELAY_RE = re.compile(
    r"(?<![\w-])(?:(?:напомнил|привёл|привел|повторил)\w*[\s\u00a0]+слова|процитировал\w*"
    r"|quoted|recalled[\s\u00a0]+the[\s\u00a0]+words[\s\u00a0]+of)(?![\w-])",
    re.IGNORECASE,
)
# '(Ashworth 2018: 230)', '(Pravdin 2019)', '[Лаптева, 2019, с. 45]', '(Kalugina et al. 2016)'.
_CITATION_RE = re.compile(
    r"[ \u00a0]?[(\[](?P<surname>[A-ZА-ЯЁ][a-zа-яё'’-]+)"
    r"(?:[ \u00a0]+et[ \u00a0]+al\.|[ \u00a0]+и[ \u00a0]+др\.)?,?[ \u00a0]+(?:19|20)\d\d[a-zа-я]?"
    r"(?:(?::|,[ \u00a0]*(?:p|pp|с)\.)[ \u00a0]*\d+(?:[-–]\d+)?)?[)\]]"
)


_CHIEF_POST_RE = re.compile(
    r"главн\w+[\s\u00a0]+(?:врач|инженер|редактор|бухгалтер)|главврач|chief[\s\u00a0]+doctor",
    re.IGNORECASE,
)


def reads_out_a_message(body: str, start: int, end: int) -> bool:
    """Whether body[start:end] reads out someone else's words: 'read out an official
    reply', 'зачитала сообщение'."""
    return _READS_OUT_A_MESSAGE_RE.search(body, start, end) is not None


def told_to_the_speaker(body: str, open_at: int) -> bool:
    """Whether the words before a quote opening at `open_at` say they were told to whoever
    speaks, by someone not named: 'мне ответили так: «...»', 'I was told: "..."'."""
    lead = body[max(0, open_at - 40) : open_at]
    if "told" not in lead and "ли" not in lead:
        return False  # most quotes: one look rules them out
    return _TOLD_TO_THEM_RE.search(body, max(0, open_at - 40), open_at) is not None


_TOLD_TO_THEM_RE = re.compile(
    r"(?<![\w-])(?:(?:мне|нам)[ \u00a0]+[а-яё]+ли|(?:I|we)[ \u00a0]+(?:was|were)[ \u00a0]+told"
    r"|they[ \u00a0]+told[ \u00a0]+(?:me|us))(?:[ \u00a0]+(?:так|this|that))?[ \u00a0]*[:,]?"
    r"[ \u00a0]*$",
    re.IGNORECASE,
)
# As _ASKER_BEFORE_RE writes them.
_ASKER_WORDS = ("вопрос", "просьб", "жалоб", "question")
# ... and 'Pressed by', 'Asked by' (not 'expressed by', 'addressed by'), as words: a
# plain look for the letters (less the capital) first, the pattern only where they stand.
_ASKERS_BY = ("asked", "pressed", "quizzed", "challenged", "questioned")
_ASKED_BY_WORDS = tuple(f"{verb[1:]} by" for verb in _ASKERS_BY)
_ASKED_BY_RE = re.compile(
    rf"(?<![\w-])(?:{'|'.join(_ASKERS_BY)})[\s\u00a0]+by(?![\w-])", re.IGNORECASE
)
# 'на вопрос (школьника из Кетово)', 'in answer to a question from (a pupil)': the name
# after it asked.
_ASKER_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:(?:на|в[\s\u00a0]+ответ[\s\u00a0]+на)[\s\u00a0]+(?:вопрос|просьбу|жалобу)"
    r"|(?:question|questions)[\s\u00a0]+(?:from|by)"
    # 'Pressed by Shatrov on whether ..., the acting governor answered only: «...»'.
    rf"|(?:{'|'.join(_ASKERS_BY)})[\s\u00a0]+by)"
    r"(?:[\s\u00a0]+[\w-]+){0,4}?[\s\u00a0]+$",
    re.IGNORECASE,
)


# The sentence after a quote says who said it: '«...». Так ситуацию прокомментировал ...',
# '‘...’ That was the verdict of ...', '"..." The remark came from ...', '«...» Такое
# предложение неожиданно прозвучало из зала — от ...'.
# 'none of the four delivered a "knockout", in the words of Igor Lapin'.
_IN_THE_WORDS_OF = (
    r",[ \t\u00a0]+(?:in[ \u00a0]+the[ \u00a0]+words|to[ \u00a0]+use[ \u00a0]+the[ \u00a0]+words)"
    r"[ \u00a0]+of(?![\w-])"
)
IN_THE_WORDS_OF_RE = re.compile(_IN_THE_WORDS_OF)
_SAID_SO_RE = re.compile(
    _IN_THE_WORDS_OF + r"|[.!?…]?[ \t\u00a0]+(?:(?P<so>Так|Именно[ \u00a0]+так)(?![\w-])"
    r"|(?:That|This|Those|These|Such)[ \u00a0]+(?:was|were|is|are)[ \u00a0]+the[ \u00a0]+"
    r"(?:verdict|words?|view|assessment|response|reply|answer|message|promise)[ \u00a0]+of"
    r"(?![\w-])"
    r"|(?:The|That|This|Those|These)[ \u00a0]+(?:remarks?|words|comments?|question|reply"
    r"|answer|warning|line|proposal|suggestion|offer|objection|appeal)[ \u00a0]+came[ \u00a0]+"
    r"from(?![\w-])"
    r"|(?:Такое|Такой|Такая|Такие|Это|Эти|Эта|Этот)[ \u00a0]+(?:предложение|заявление|слова"
    r"|реплика|вопрос|мнение|фраза|оценка|замечание|призыв|предупреждение)(?![\w-])"
    r"[^.!?\n]{0,40}?(?:прозвучал\w*|принадлеж\w*)(?![\w-]))"
)


# A person the text does not name, as the subject of a clause: 'The owner of a
# company', 'a local resident', 'Собеседник «Ъ»', 'An official in the ministry'.
# One who asks, in the nominative singular: 'В конце пресс-конференции журналист издания
# «Город55» задал вопрос' (not 'журналисты спросили', 'ответил журналисту').
_ASKERS = r"journalist|reporter|correspondent|журналист|журналистка|корреспондент|корреспондентка"
_UNNAMED_NOUNS = (
    r"owner|resident|source|villager|pensioner|worker|employee|businessman|businesswoman"
    r"|entrepreneur|farmer|teacher|doctor|driver|student|insider|собеседник\w*|источник\w*"
    r"|жител\w*|сотрудник\w*|предпринимател\w*|пенсионер\w*|фермер\w*|водител\w*|учител\w*"
    r"|врач\w*|" + _ASKERS
)
_UNNAMED_ASKER_RE = re.compile(rf"(?<![\w-])(?:{_ASKERS})(?![\w-])", re.IGNORECASE)
# 'asked by a reporter from the regional paper': the one asking is not the subject.
_PREPOSITION_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:by|to|from|with|of|for)(?:[ \u00a0]+(?:an?|the|[\w-]+))?[ \u00a0]+$",
    re.IGNORECASE,
)
_UNNAMED_ROLES = (
    r"official|spokes\w+|representative|expert|analyst|manager|executive|director|officer"
)
_UNNAMED_INTRO_RE = re.compile(
    rf"(?<![\w-])(?:по[\s\u00a0]+словам|по[\s\u00a0]+мнению|according[\s\u00a0]+to)[\s\u00a0]+"
    rf"(?:(?:an?|one|the)[\s\u00a0]+)?(?:[\w-]+[\s\u00a0]+){{0,2}}?(?:{_UNNAMED_NOUNS})(?![\w-])",
    re.IGNORECASE,
)
_UNNAMED_PERSON_RE = re.compile(
    rf"(?:(?:an?|one|another|the)[\s\u00a0]+)?(?:[\w-]+[\s\u00a0]+){{0,2}}?(?:{_UNNAMED_NOUNS})"
    rf"(?![\w-])|(?:an?|one|another)[\s\u00a0]+(?:[\w-]+[\s\u00a0]+){{0,2}}?(?:{_UNNAMED_ROLES})"
    r"(?![\w-])",
    re.IGNORECASE,
)
# Someone unnamed opening a sentence, whatever its verb: 'A source close to the regional
# government was more candid. “...,” he said.'
_INDEFINITE_SUBJECT_RE = re.compile(
    rf"(?:(?<=[.!?…][ \u00a0])|(?<=\n)|^)(?:An?|One|Another)[ \u00a0]+(?:[\w-]+[ \u00a0]+){{0,2}}?"
    rf"(?:{_UNNAMED_NOUNS}|{_UNNAMED_ROLES})(?![\w-])"
)
# Those nouns and roles at a word start ('president' holds 'resident') in case-folded
# text, as prefix trees (text.prefix_tree_pattern): one fast scan rules a stretch out.
_UNNAMED_NOUN_RE = re.compile(
    r"\b" + prefix_tree_pattern({noun.replace("\\w*", "") for noun in _UNNAMED_NOUNS.split("|")})
)
_UNNAMED_ROLE_RE = re.compile(
    r"\b" + prefix_tree_pattern({role.replace("\\w+", "") for role in _UNNAMED_ROLES.split("|")})
)
# An opening phrase set off by a comma, then a pronoun and a verb that tells: 'In the
# letter, which we quote with minor cuts, she describes ...'.
_PRONOUN_SAYS_AFTER_AN_OPENING_RE = re.compile(
    r"[^.!?\n«»“”\"]{1,120},[ \u00a0]+(?P<pronoun>he|she|он|она)[ \u00a0]+(?:describes|writes"
    r"|explains|recalls|recounts|tells|says|описывает|пишет|рассказывает|вспоминает"
    r"|объясняет)(?![\w-])",
    re.IGNORECASE,
)
_KIN_WORDS = "|".join(sorted(KIN_SEX, key=len, reverse=True))
# 'его жена', 'her husband': a relative of the one the pronoun stands for.
_KIN_SUBJECT_RE = re.compile(
    rf"[\s\u00a0]*(?:(?P<whose>его|её|ее|his|her)[\s\u00a0]+(?P<kin>{_KIN_WORDS})"
    # ... or the pronoun after, as Russian may have it: 'Муж её поправляет'.
    rf"|(?P<kin_first>{_KIN_WORDS})[\s\u00a0]+(?P<whose_after>его|её|ее))[\s\u00a0.,]*",
    re.IGNORECASE,
)
# ... or the relative alone: '— Потянем, — не соглашается сын' after his mother spoke.
_BARE_KIN_SUBJECT_RE = re.compile(
    rf"[\s\u00a0]*(?P<kin>{_KIN_WORDS})[\s\u00a0.,]*",
    re.IGNORECASE,
)
# A subject that is someone's written words: 'Её сообщение ...', 'His letter ...'.
_OWN_WORDS_SUBJECT_RE = re.compile(
    r"[\s\u00a0]*(?P<whose>его|её|ее|his|her)[\s\u00a0]+(?:сообщени[ея]|пост|письмо"
    r"|обращение|запись|комментарий|ответ|message|post|letter|reply|comment|tweet)(?![\w-])",
    re.IGNORECASE,
)
# A subject that is one lower-case noun (two with a genitive: 'водитель маршрутки').
_PERSON_NOUN_RE = re.compile(
    r"[\s\u00a0]*(?:(?:the|our|наш|наша)[\s\u00a0]+)?(?P<noun>[a-zа-яё][a-zа-яё-]+)"
    r"(?:[\s\u00a0]+[a-zа-яё]+)?[\s\u00a0.,]*"
)
_DESCRIBED_PERSON_NOUN_RE = re.compile(
    r"[\s\u00a0]*(?:(?:the|our|наш|наша)[\s\u00a0]+)?(?:\d{1,3}-(?:year-old|летн\w+)"
    r"[\s\u00a0]+)?(?:(?!(?:a|an|one|another|some|any|один|одна)[\s\u00a0])[a-zа-яё-]+"
    r"[\s\u00a0]+)?(?P<noun>[a-zа-яё][a-zа-яё-]+)[\s\u00a0.,]*"
)
# 'The district head', 'the road chief': lower-case nouns before a role word, after 'the'.
_ADJUNCT_BEFORE_ROLE_RE = re.compile(
    r"[\s\u00a0]*(?:the|The)[\s\u00a0]+(?P<words>[a-z][a-z-]+(?:[\s\u00a0]+[a-z][a-z-]+)?)"
    r"[\s\u00a0]+"
)
_IDIOM_PRONOUN_RE = re.compile(
    r"(?:for|in|on)[ \u00a0]+(?:his|her|their)[ \u00a0]+(?:part|turn|side)(?![\w-])",
    re.IGNORECASE,
)
_SIGNATURE_MAX_CHARS = 200
# A word for whoever holds an office: the person just named, if the text gave them one.
_ROLE_SENTENCE_REACH = 300
_OFFICIAL_NOUNS = word_set("чиновник чиновница official")
# Words only for a woman besides those _FEMININE_ROLE_WORD_RE knows by their ending
# ('учительница', 'businesswoman'): 'the actress said', '— говорит актриса'.
_WOMENS_NOUNS = word_set("actress актриса переводчица медсестра женщина хозяйка владелица")
# Words that may stand before a verb whose subject follows it: 'В пятницу заявил ...'.
_INVERSION_LEAD_WORDS = 2
# ... or a phrase opening with a preposition, up to four words: 'На встрече с жителями'.
_ADVERBIAL_LEAD_WORDS = 4
_LEAD_PREPOSITIONS = word_set(
    "в во на по из у с со к ко за при после до о об in on at after during"
)
_NAMED_AFTER_RE = re.compile(
    r"по[\s\u00a0]+(?:словам|мнению|выражению|оценке|оценкам|признанию|подсчётам|подсчетам)"
    r"|according[\s\u00a0]+to",
    re.IGNORECASE,
)
# How far back in its paragraph a role may stand as a later quote's subject.
_ROLE_SUBJECT_LOOKBACK = 1500
# What may stand before a role that is its sentence's subject: an opening phrase set off
# by a comma ('According to the transcript, the deputy prime minister listened') and an
# article or adjective or two ('The transport deputy').
_SUBJECT_LEAD_RE = re.compile(
    # An opening clause, a name in marks in it: 'Asked by a reporter from the newspaper
    # “Vechernii Kedrovy” whether anyone would lose their job, the minister ...'.
    r"(?P<opening>(?:[^,.!?\n«»\"“”]|[«“\"][^«»\"“”\n]{1,40}[»”\"]){1,160},[ \u00a0]+"
    # ... or a phrase of time with no comma before 'the': 'Towards the end of the
    # broadcast the minister said'.
    r"|(?:Towards?|After|During|Later|Earlier|Before|At[ \u00a0]+the[ \u00a0]+end)"
    r"[ \u00a0][^,.!?\n«»\"“”]{1,50}?[ \u00a0](?=the[ \u00a0]))?"
    r"(?:[A-ZА-ЯЁa-zа-яё][\w-]*[ \u00a0]+){0,3}"
)
# A vox pop's line: a name, an age, perhaps an occupation, a colon.
VOX_POP_RE = re.compile(
    r"(?P<name>[A-ZА-ЯЁ][a-zа-яё]+(?:[ \u00a0][A-ZА-ЯЁ][a-zа-яё]+){0,2}),[ \u00a0]+\d{1,3}"
    r"(?:[ \u00a0]+(?:год|года|лет))?(?:,[ \u00a0]*(?P<role>[^:\n«»“”\"]{1,80}?))?[ \u00a0]*:"
    r"[ \u00a0]*"
)
VOX_POP_REACH = 160
_ADDRESS_WORDS = word_set("улица улицы проспект переулок дом корпус street avenue road house")
# A question put to someone, and the answer after it.
_ASKING_VERB_RE = re.compile(
    r"(?<![\w-])(?:asked|спросил\w*|уточнил\w*|поинтересовал\w*|задал\w*[ \u00a0]+вопрос)"
    r"(?![\w-])",
    re.IGNORECASE,
)
# A reply, by its verb or its noun, just before the one who gave it.
_ANSWER_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:replied|answered|responded|ответил\w*|отрезал\w*|парировал\w*|ответ"
    r"|answer|reply|response)[ \u00a0]+(?:[\w-]+[ \u00a0]+)?$",
    re.IGNORECASE,
)
_ASKED_REACH = 40  # from an asker's name to the verb: 'Денис Кравец спросил прямо'
_REPLY_VERB_RE = re.compile(
    r"(?<![\w-])(?:replied|answered|responded|snapped|ответил\w*|отрезал\w*|парировал\w*)"
    r"(?![\w-])",
    re.IGNORECASE,
)
# A broadcast transcript's label for a clip of someone speaking.
_SOUNDBITE_LABEL_RE = re.compile(r"(?:СИНХРОН|СИНХ|SYNC|SOUNDBITE|SOT)\b[^\n:]{0,30}:[ \t\u00a0]*")
# A verb of saying in the plural with no subject: someone unnamed, an office.
_THEY_SAID_RE = re.compile(
    r"(?<![\w-])(?:ответили|сказали|заявили|сообщили|пообещали|пояснили|посоветовали"
    r"|предложили)(?![\w-])"
)
# A question put to someone, their role next: 'Журналисты спросили министра', 'asked the
# governor'.
_ASKING_SOMEONE_RE = re.compile(
    r"(?<![\w-])(?:спросил[аи]?|спрашивал[аи]?|asked)[ \u00a0]+(?:the[ \u00a0]+)?", re.IGNORECASE
)
_ASKED_ROLE_REACH = 200
# A new clause after the comma, its subject the role: ', and the mayor then announced'.
_CLAUSE_CONJUNCTION_RE = re.compile(r"(?:and|but|while|whereas|а|и|но|однако)[ \u00a0]", re.I)
# Before a name in its sentence: a clause of what someone said ('напомнил, что'), or a
# role word in the dative ('поручил вице-губернатору'): the name is not the subject.
_NOT_THE_SUBJECT_RE = re.compile(
    r",[ \u00a0]*(?:что|that)[ \u00a0]"
    # A dative right before the name ('поручил вице-губернатору Игорю Ткачуку'), not one
    # after 'по' in a role ('председатель комитета по бюджету Валерий Дёмин').
    r"|(?<![\w-])(?<!по[ \u00a0])[\w-]+(?:ору|еру|телю|нику|ту|ру)[ \u00a0]+$"
)
# The governor is not 'the farmer' or 'the pensioner' of the next quote.
_OFFICES = frozenset(("governor", "minister", "mayor"))
# Verbs of saying with no person for a subject: 'в документе говорится', 'написано в
# обращении'.
# A role word that is a woman's: 'представительница', 'руководительницы', 'chairwoman'.
_FEMININE_ROLE_WORD_RE = re.compile(r"(?:ниц[аыеу]|ницей|woman)$", re.IGNORECASE)
_IMPERSONAL_VERBS = word_set("говорится написано сказано")
_SUBORDINATE_CLAUSE_START_RE = re.compile(
    r",[\s\u00a0]*(?:когда|пока|после[\s\u00a0]+того[\s\u00a0]+как|when|after|as|котор\w+"
    # ... a gerund's, not a participle's ('попросившая не называть её фамилию').
    r"|[а-яё]{2,}(?:[^шщмн]ая|[^щ]яя|уя|юя|ясь)|глядя|добавив|подчеркнув|пояснив|отметив)"
    r"[\s\u00a0]",
    re.IGNORECASE,
)
# A role opening its sentence with no more than 'The' before it ('The governor'; in
# Russian, 'Губернатор'): one person the reader is meant to know.
_INDEFINITE_LEAD_RE = re.compile(r"(?:an?|one|another)[ \u00a0]", re.IGNORECASE)
_DEFINITE_ROLE_SUBJECT_RE = re.compile(r"(?:(?:The|the)[ \u00a0]+)?[\w-]+")
# How far a role word may stand from the name it refers back to, with no role between.
_JUST_NAMED_DISTANCE = 600
_LINE_BREAKS_RE = re.compile(r"\n(?:[ \t\u00a0]*\n)*")  # a paragraph break, blank lines or not
# How far back from a pronoun an unnamed speaker is looked for: the sentence before a
# quote of a few lines, not the whole article back to the person's last mention.
_UNNAMED_LOOKBACK = 600


def _asker_subject(body: str, start: int, end: int) -> re.Match[str] | None:
    """A journalist asking, however the sentence opens: 'В конце пресс-конференции
    журналист издания «Город55» задал вопрос'."""
    asker = _UNNAMED_ASKER_RE.search(body, start, end)
    if asker is None or _PREPOSITION_BEFORE_RE.search(body, start, asker.start()):
        return None
    return asker


def _may_name_someone_unnamed(text: str) -> bool:
    """A cheap first look for `_UNNAMED_PERSON_RE`'s subjects in case-folded `text`."""
    if _UNNAMED_NOUN_RE.search(text):
        return True
    return bool(_UNNAMED_ROLE_RE.search(text) and _INDEFINITE_RE.search(text))


# What stands before the name of whom a letter or a petition went to.
_ADDRESSEE_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:to|addressed[ \u00a0]+to|в[ \u00a0]+адрес|на[ \u00a0]+имя|к)"
    r"(?:[ \u00a0]+(?:the|[A-ZА-ЯЁ][\w-]*|governor|mayor|minister|губернатору|мэру"
    r"|министру|главе)){0,2},?[ \u00a0]+$"
)
# '“...,” he told the radio host, Yevgenia Sorokina': the one spoken to.
_TOLD_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:told|asked)(?:[ \u00a0]+[\w'’-]+){0,3}?,?[ \u00a0]+$", re.IGNORECASE
)
_MASCULINE_DATIVE_SURNAME = ("ову", "еву", "ёву", "ину", "ыну", "скому", "цкому")
# What a name in the dative ends with: those surnames, or a woman's in -ой ('Кокоевой').
_DATIVE_LAST_LETTERS = frozenset("уУйЙ")


# What a verb after a quote takes as its object in English, never before its subject.
_OBJECT_AFTER_VERB_RE = re.compile(r"[ \u00a0]+(?:for|about|whether)[ \u00a0]")


def _the_verbs_object(mention: str) -> bool:
    """Whether a Russian name mention after a verb is its object, not its subject: in the
    dative ('Хизри Абакарову') or with a first name in a form that is only the
    accusative ('Зарему', 'Ольгу Петрову')."""
    if _in_dative(mention):
        return True
    if mention[-1:] not in _ACCUSATIVE_LAST_LETTERS:
        return False
    given = first_name(mention.split()[0])
    return given is not None and given.case == ACCUSATIVE


_ACCUSATIVE_LAST_LETTERS = frozenset("уюаяУЮАЯ")  # 'Зарему', 'Ольгу Петрову', 'Анну Иванову'


def _in_dative(mention: str) -> bool:
    """Whether a Russian name mention is in the dative: 'Хизри Абакарову', 'Залине
    Кочиевой' (whose first name tells the dative from the other cases of -овой)."""
    if mention[-1:] not in _DATIVE_LAST_LETTERS:
        return False  # the usual case, ruled out before any folding
    words = mention.split()
    last, first = fold(words[-1]), fold(words[0])
    if last.endswith(_MASCULINE_DATIVE_SURNAME):
        return True
    return len(words) > 1 and in_female_oblique_case(last) and first.endswith("е")


# 'попросивший не называть его имени', 'who asked not to be named': someone the text
# says it will not name.
_ANONYMOUS_RE = re.compile(
    r"(?<![\w-])(?:(?:попросивш|пожелавш|просивш)\w*[\s\u00a0]+(?:не[\s\u00a0]+(?:называть|"
    r"раскрывать|указывать|упоминать)|остаться[\s\u00a0]+(?:неизвестн|анонимн|неназванн))"
    # 'сказал аграрий, не пожелавший назвать своё имя'
    r"|не[\s\u00a0]+(?:пожелавш|захотевш)\w*[\s\u00a0]+(?:называть|назвать|раскрывать)"
    r"|на[\s\u00a0]+услови(?:ях|и)[\s\u00a0]+анонимности"
    r"|(?:who|and)[\s\u00a0]+(?:asked|declined|did[\s\u00a0]+not[\s\u00a0]+want|requested)[\s\u00a0]+"
    r"(?:not[\s\u00a0]+)?(?:to[\s\u00a0]+be[\s\u00a0]+(?:named|identified)|anonymity)"
    r"|on[\s\u00a0]+(?:the[\s\u00a0]+)?condition[\s\u00a0]+of[\s\u00a0]+anonymity"
    # 'A resident of Severomorsk, who was not named, wrote', 'не назвавший себя'
    r"|who[\s\u00a0]+(?:was|is)[\s\u00a0]+not[\s\u00a0]+(?:named|identified)"
    r"|не[\s\u00a0]+назвавш\w*[\s\u00a0]+(?:себя|своего[\s\u00a0]+имени|сво[её][\s\u00a0]+имя))",
    re.IGNORECASE,
)
_PLACE_PREPOSITIONS = frozenset(("из", "в", "во", "на", "под", "from", "in", "at", "near"))
# The words each anonymity phrase holds, found by a plain substring scan first.
_ANONYMITY_WORDS = ("попросивш", "пожелавш", "захотевш", "просивш", "анонимн", "назвавш", "named",
                    "identified", "anonymity")  # fmt: skip


def _anonymous_in(body: str, start: int, end: int) -> re.Match[str] | None:
    text = body[start:end].casefold()
    if not any(word in text for word in _ANONYMITY_WORDS):
        return None
    return _ANONYMOUS_RE.search(body, start, end)


_FROM_PLACE_RE = re.compile(r"[\s\u00a0]+(?:из|from)[\s\u00a0]+\w", re.IGNORECASE)
# An office that speaks for a person: 'пресс-служба губернатора', "the governor's press
# service" is written 'press service of the governor' too.
_OFFICE_OF_RE = re.compile(
    r"(?<![\w-])(?:пресс-служб\w*|аппарат\w*|приёмн\w*|приемн\w*|канцеляри\w*"
    r"|press[\s\u00a0]+(?:service|office)[\s\u00a0]+of(?:[\s\u00a0]+the)?"
    r"|office[\s\u00a0]+of(?:[\s\u00a0]+the)?)[\s\u00a0]+$",
    re.IGNORECASE,
)
_QUOTING_VERB_RE = re.compile(
    r"(?<![\w-])(?:цитиру\w*|привод\w*[\s\u00a0]+слова|привёл[\s\u00a0]+слова|quot\w*)(?![\w-])",
    re.IGNORECASE,
)
# 'a woman waiting at a bus stop', 'an elderly man': a person brought in without a name.
_FEMALE_NOUNS = frozenset(("woman", "girl", "lady", "mother", "grandmother"))
_INDEFINITE_PERSON_RE = re.compile(
    r"(?<![\w-])(?:an?|one|another)[\s ]+(?:[\w-]+[\s ]+){0,2}?"
    r"(?P<noun>woman|girl|lady|mother|grandmother|man|boy|gentleman|father|grandfather)"
    r"(?![\w-])",
    re.IGNORECASE,
)
_MAY_BE_INDEFINITE_PERSON_RE = re.compile(
    r"(?:woman|girl|lady|mother|man|boy|gentleman|father)(?![\w-])", re.IGNORECASE
)
_DASH_RE = re.compile(r"[—–-]")
_OPENING_MARKS = frozenset("«“„\"'‘‹")
_SPEECH_OPENERS = _OPENING_MARKS | frozenset("—–")
_CYRILLIC_CAPITALS = frozenset("АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЭЮЯ")
# 'residents might reasonably ask:', 'the question the ministry should answer is simple:':
# words nobody has said, only might ('he would only say: ‘...’' said them).
# Blanks and stops between a sentence's end and the next one's first word: a longer
# stretch holds words (and is not copied to find out).
_SENTENCE_GAP = 16
_UNSAID_REACH = 48
_FIRST_PERSON_REACH = 120  # the start of the words in marks
_CLOSING_MARK_RE = re.compile(r"[»”\"]")
# Capitals too, as the words in marks may open with them ('We will', 'Мы'); 'I' only so.
_FIRST_PERSON_RE = re.compile(
    r"(?<![\w-])(?:I|[Ww]e|[Uu]s|[Oo]ur|[Яя]|[Мм]ы|[Нн]ас|[Нн]ам|[Нн]аш\w*)(?![\w-])"
)
_UNSAID_RE = re.compile(
    r"(?<![\w-])(?:might|may|could|would|should|must|can|может|могут|мог|могли|стоит"
    r"|следует|должен|должна|должны|хочется)(?:[\s\u00a0]+(?!only(?![\w-]))\w+)?[\s\u00a0]+"
    # ... not 'would say only this:', which says it.
    r"(?:ask|answer|say(?![\s\u00a0]+only(?![\w-]))"
    r"|wonder|reply|спросить|ответить|сказать|возразить|задать)(?![\w-])",
    re.IGNORECASE,
)
_SIGNATURE_END_RE = re.compile(r"[,;(\n]|[.!?](?:[\s\u00a0]|$)")
_INDEFINITE_RE = re.compile(r"(?<![\w-])(?:an?|one|another)[\s\u00a0]", re.IGNORECASE)
# 'A finance minister', 'one deputy' (up to two words between the article and the role),
# and someone's own: 'мой первый начальник', 'his deputy' (not 'в своем Telegram-канале
# губернатор', where the possessive is the channel's).
_INDEFINITE_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:(?:an?|one|another)[\s\u00a0]+(?:[\w-]+[\s\u00a0]+){0,2}"
    r"|(?:my|our|his|her|their|мо[йяеи]\w*|наш\w*)[\s\u00a0]+(?:(?:first|former|new|old"
    r"|перв\w+|бывш\w+|нов\w+|стар\w+)[\s\u00a0]+)?)[\w-]+$",
    re.IGNORECASE,
)


# A person's words named as theirs right before they are quoted again.
_POSSESSIVE_SPEECH_RE = re.compile(
    r"(?<![\w-])(?P<name>[A-Z][\w-]+)['’]s[\s\u00a0]+(?:own[\s\u00a0]+)?(?:words|formulation"
    r"|phrase|expression|remark|line|quip|warning|promise|verdict|phrasing|description|motto)"
    r"[\s\u00a0—–:,-]*$"
)
# 'the chief executive of one Murmansk resident company', 'глава одной из компаний':
# whoever holds the role there, the text does not say.
_OF_SOME_RE = re.compile(
    r"(?<![\w-])(?:(?:of|at|from)[\s\u00a0]+(?:one|a|an|another|some)"
    r"|одно(?:й|го|му)[\s\u00a0]+из)(?![\w-])",
    re.IGNORECASE,
)


def _looks_like_subject(text: str) -> bool:
    """'the ministry', 'Rosstat', 'officials', 'a source in the regional government',
    'analysts at the Center for ...': someone the text does not name, but who says the
    quote (it goes to nobody else)."""
    words = text.split()
    if not 0 < len(words) <= _MAX_SUBJECT_WORDS or "," in text:
        return False
    if fold(words[-1]) in ROLE_STOP_END:
        return False
    return fold(words[0]) not in _NOT_SUBJECT_OPENERS


# A clause between a quote and its verb that opens with one of these is no subject.
_NOT_SUBJECT_OPENERS = word_set(
    "and but or nor while because since although though that which who whom whose where "
    "when if as so then in on at for with by from to of about after before during into "
    "и а но или что который которая которые где когда если как так то в во на с со по "
    "для от до из за при о об после"
)
