"""Roles: what the text calls a person ('Governor of the Perm Territory', 'глава
региона', 'the head of AIRR'), and which known person a role names later on.

`role_near` reads the role given at a mention of a name (before it, or set off by
commas after it); `AskedRole` matches a role the text refers someone by ('the
minister', 'said the governor') against the roles persons were given.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from regreader.ingestion.regions import names_a_place, names_a_republic
from regreader.quotes.names import contains_full_name, without_eponyms
from regreader.quotes.sentences import clause_start
from regreader.quotes.verbs import INTRO_WORDS, SCAN_WORD_RE, find_verb
from regreader.text import fold, prefix_tree_pattern, script_of, word_set

_NOUN_ENDINGS = ("", "а", "у", "ом", "е")  # a masculine noun's singular forms
_FEMININE_ENDINGS = ("а", "и", "е", "у", "ой")
# What someone is besides any office they hold, which the text may call them by once it
# named them: trades, callings, candidacies ('— говорит агроном', 'the coach said'; the
# chairwoman of a house council is a pensioner too: '— рассказала пенсионерка').
_DESCRIPTIONS_EN = (
    "farmer", "entrepreneur", "businessman", "businesswoman", "agronomist", "coach", "curator",
    "investor", "moderator", "presenter", "candidate", "incumbent", "academician", "scientist",
    "researcher", "virologist", "epidemiologist", "ecologist", "biologist", "geologist",
    "ranger", "forester", "inspector", "guide", "councillor", "councilor",
    # Medicine: 'the surgeon said after landing', 'the haematologist said'.
    "surgeon", "haematologist", "hematologist", "oncologist", "cardiologist", "paediatrician",
    "pediatrician", "physician", "paramedic", "fisherman", "captain", "skipper", "mate",
    # Heritage: 'the restorer said', 'the historian added'.
    "restorer", "conservator", "historian", "archaeologist", "archeologist",
    # Who tends animals or books: 'the vet said', 'said the herder', 'the librarian said'.
    "vet", "veterinarian", "herder", "librarian",
    # Wine: 'says the 52-year-old winemaker', 'the sommelier said', 'the critic wrote'.
    "winemaker", "sommelier", "oenologist", "critic", "art critic",
)  # fmt: skip
_OWNER_ENDINGS = ("ец", "ьца", "ьцу", "ьцем", "ьце")  # 'владелец', 'владельца'
_SCHOLAR_ENDINGS = ("ый", "ого", "ому", "ым", "ом", "ая", "ой", "ую")  # 'учёный', 'учёная'
_DESCRIPTIONS_RU = (
    ("фермер", _NOUN_ENDINGS),
    ("фермерш", _FEMININE_ENDINGS),
    ("бизнесмен", _NOUN_ENDINGS),
    ("бригадир", _NOUN_ENDINGS),
    ("мастер", _NOUN_ENDINGS),  # a foreman, a workshop's instructor
    ("аграри", ("й", "я", "ю", "ем")),  # '— добавил аграрий' (not the plural 'аграрии')
    ("хирург", _NOUN_ENDINGS),
    ("онколог", _NOUN_ENDINGS),
    ("гематолог", _NOUN_ENDINGS),
    ("кардиолог", _NOUN_ENDINGS),
    ("педиатр", _NOUN_ENDINGS),
    ("терапевт", _NOUN_ENDINGS),
    ("фельдшер", _NOUN_ENDINGS),
    # Who keeps a forest or a park: '— шутит лесничий', '— объясняет инспектор'.
    ("лесничи", ("й", "м")),
    ("лесниче", ("го", "му", "м")),
    ("лесник", _NOUN_ENDINGS),
    ("егер", ("ь", "я", "ю", "ем", "е")),
    ("инспектор", _NOUN_ENDINGS),
    ("госинспектор", _NOUN_ENDINGS),
    ("агроном", _NOUN_ENDINGS),
    ("зоотехник", _NOUN_ENDINGS),
    ("ветврач", _NOUN_ENDINGS),
    ("тренер", _NOUN_ENDINGS),
    ("режиссёр", _NOUN_ENDINGS),
    ("режиссер", _NOUN_ENDINGS),
    ("куратор", _NOUN_ENDINGS),
    ("завлаб", _NOUN_ENDINGS),
    ("аспирант", _NOUN_ENDINGS),
    ("аспирантк", _FEMININE_ENDINGS),
    ("академик", _NOUN_ENDINGS),
    ("учён", _SCHOLAR_ENDINGS),
    ("учен", _SCHOLAR_ENDINGS),
    ("вирусолог", _NOUN_ENDINGS),
    ("эпидемиолог", _NOUN_ENDINGS),
    ("модератор", _NOUN_ENDINGS),
    ("ведущ", ("ий", "его", "ему", "им", "ая", "ей", "ую")),  # a programme's host
    # Who stands for election, and for which party: '— сказал кандидат от КПРФ'.
    ("кандидат", _NOUN_ENDINGS),
    ("единоросс", _NOUN_ENDINGS),
    ("коммунист", _NOUN_ENDINGS),
    ("предпринимател", ("ь", "я", "ю", "ем", "е", "и", "ей")),
    ("предпринимательниц", _FEMININE_ENDINGS),
    ("пенсионер", _NOUN_ENDINGS),
    ("пенсионерк", _FEMININE_ENDINGS),
    # Who studies: '— говорит 21-летняя студентка' after 'студентка четвёртого курса'.
    ("студент", _NOUN_ENDINGS),
    ("студентк", _FEMININE_ENDINGS),
    # A ship's officers: 'Captain Viktor Lysenko' ... 'the captain said', '— сказал
    # капитан', 'старпом', 'стармех'.
    ("капитан", _NOUN_ENDINGS),
    ("старпом", _NOUN_ENDINGS),
    ("стармех", _NOUN_ENDINGS),
    # Players: '— добавил хоккеист' after 'капитан команды Денис Рябов'.
    ("хоккеист", _NOUN_ENDINGS),
    ("футболист", _NOUN_ENDINGS),
    # '— уверен эколог' after 'Эколог Анатолий Крылов'.
    ("эколог", _NOUN_ENDINGS),
    # Who fishes: '— говорит рыбак', 'По словам рыбака'.
    ("рыбак", _NOUN_ENDINGS),
    # Who owns the business: '— говорит владелец', 'совладелец сети'.
    ("владел", _OWNER_ENDINGS),
    ("совладел", _OWNER_ENDINGS),
    # ... a ship or land: '— вспоминает судовладелец' after 'владелец компании'.
    ("судовладел", _OWNER_ENDINGS),
    ("землевладел", _OWNER_ENDINGS),
    # Heritage: '— говорит краевед', '— сказал реставратор', '— уверяет историк'.
    ("краевед", _NOUN_ENDINGS),
    ("реставратор", _NOUN_ENDINGS),
    ("историк", _NOUN_ENDINGS),
    ("археолог", _NOUN_ENDINGS),
    # Wine: '— смеётся винодел', '— говорит сомелье', '— пишет критик' ('критика' and
    # 'критику' are criticism too: only the nominative and the instrumental).
    ("винодел", _NOUN_ENDINGS),
    ("сомелье", ("",)),
    ("энолог", _NOUN_ENDINGS),
    ("искусствовед", _NOUN_ENDINGS),
    ("критик", ("", "ом")),
    ("искусствовед", _NOUN_ENDINGS),
    ("экскурсовод", _NOUN_ENDINGS),
    # Who studies something: '— подчеркнула исследовательница'.
    ("исследовател", ("ь", "я", "ю", "ем", "е")),
    ("исследовательниц", _FEMININE_ENDINGS),
    # Who herds, keeps books or paints: '— рассказывает оленевод', '— улыбается
    # библиотекарь', 'по словам художницы'.
    ("оленевод", _NOUN_ENDINGS),
    ("библиотекар", ("ь", "я", "ю", "ем", "е")),
    ("художник", _NOUN_ENDINGS),
    ("художниц", _FEMININE_ENDINGS),
)
_ROLE_HEADS = (
    r"governor-general|governor|head|minister|deputy|director|chairman|chairwoman|chairperson"
    r"|chair|president|consul[ -]general|consul"
    r"|mayor|ceo|chief|secretary|spokesperson|spokesman|spokeswoman|representative|envoy"
    r"|senator|speaker|manager|rector|expert|analyst|economist|demographer|sociologist"
    r"|founder|co-founder|adviser|editor-in-chief|editor|редактор\w*|главред\w*"
    r"|advisor|commissioner|ambassador|premier|leader|official|prosecutor|chancellor|professor"
    r"|ombudsman|ombudswoman|омбудсмен\w*|бизнес-омбудсмен\w*"
    r"|vice-governor|vice-president|lieutenant governor|gov|sen"
    r"|губернатор\w*|врио|глав[аыеуой]|министр\w*|заместител\w*|замминистра|замглавы"
    r"|замгубернатора|зампред\w*|градоначальни\w*|rais|раис\w*"
    r"|вице-губернатор\w*|вице-премьер\w*|мэр\w*|председател\w*|директор\w*|гендиректор\w*"
    r"|руководител\w*|президент\w*|премьер\w*|депутат\w*|сенатор\w*|начальник\w*"
    r"|представител\w*|полпред\w*|спикер\w*|ректор\w*|проректор\w*|vice-rector|эксперт\w*|аналитик\w*|экономист\w*"
    r"|основател\w*|советник\w*|помощник\w*|пресс-секретар\w*|уполномоченн\w*|управляющ\w*"
    r"|сопредседател\w*|член\w*|секретар\w*|политолог\w*|социолог\w*|демограф\w*|доцент\w*"
    r"|профессор\w*|lecturer|architect|архитектор\w*|главврач\w*"
    r"|главн\w+[\s\u00a0]+(?:врач|инженер|редактор|бухгалтер)\w*|chief[\s\u00a0]+doctor"
    r"|head[\s\u00a0]+doctor"
    r"|judge|lawyer|attorney|investigator|адвокат\w*|защитник\w*|прокурор\w*"
    r"|lawmaker|legislator|parliamentarian|парламентари\w*"
    r"|обвинител\w*|гособвинител\w*|следовател\w*"
    r"|судья|судьи|судье|судью|судьёй|судьей"
    # What the text may call a person it named before: '— говорит фермер'. Whole word
    # forms: 'Фермерское хозяйство' and 'предпринимательство' are no one.
    r"|banker|engineer|imam|mufti|priest|archpriest|rabbi|pastor|general|colonel|"
    + "|".join(_DESCRIPTIONS_EN)
    + "|"
    + "|".join(
        stem + ending
        for stem, endings in (
            ("банкир", _NOUN_ENDINGS),
            ("инженер", _NOUN_ENDINGS),
            ("проводник", _NOUN_ENDINGS),  # a mountain guide, a train's conductor
            ("гид", _NOUN_ENDINGS),
            # Ranks: '— сообщил генерал' after 'генерал-майор Андрей Кувшинов' (not the
            # English 'general', which follows 'Director' and 'Consul' as often as it is
            # a rank).
            ("генерал", _NOUN_ENDINGS[:-1]),
            ("полковник", _NOUN_ENDINGS[:-2]),
            # The clergy: '— сказал имам', '— пообещал священник'.
            ("имам", _NOUN_ENDINGS),
            ("муфти", ("й", "я", "ю", "ем", "и")),
            ("священник", _NOUN_ENDINGS),
            ("протоиере", ("й", "я", "ю", "ем", "е")),
            ("настоятел", ("ь", "я", "ю", "ем", "е")),
            ("раввин", _NOUN_ENDINGS),
            ("пастор", _NOUN_ENDINGS),
            *_DESCRIPTIONS_RU,
        )
        for ending in endings
    )
)
# A role stem's other words name no one: an office ('мэрия', 'директорат',
# 'секретариат'), an adjective ('губернаторский', 'экспертный'), an abstract noun
# ('экспертиза', 'членство', 'политология') or an adverb ('следовательно', 'основательно').
# The feminine '-ница' is a person: 'руководительница'.
_NOT_A_PERSON_TAIL = r"(?:ск|ств|ьск|ьств|ьн(?!иц)|и?ат|из|ур|и[яиюе]|ическ|н[аоыуи])"
_PERSON_NOUN_TAIL = rf"(?!{_NOT_A_PERSON_TAIL})\w*"
_ROLE_HEAD_PATTERN = _ROLE_HEADS.replace(r"\w*", _PERSON_NOUN_TAIL)
# Of those, the ones that say what a person is besides any office they hold: the
# chairwoman of a house council is a pensioner too ('— рассказала пенсионерка').
_DESCRIPTION_RE = re.compile(
    "(?:"
    + "|".join((*_DESCRIPTIONS_EN, *(stem for stem, _ in _DESCRIPTIONS_RU), "наставник"))
    + r")\w*"
)


def describes_a_person(role_word: str) -> bool:
    return _DESCRIPTION_RE.fullmatch(fold(role_word)) is not None


# Who comments for the text, whatever their post: '— говорит эксперт' after 'Директор
# центра транспортных исследований Вадим Сурков считает'.
_COMMENTATOR_RE = re.compile(r"(?:эксперт|expert)\w{0,3}")


def comments_as_expert(role_word: str) -> bool:
    return _COMMENTATOR_RE.fullmatch(fold(role_word)) is not None


_ROLE_MODIFIERS = (
    r"(?:(?:the|a|an|acting|first|deputy|managing|general|executive|former|chief|vice|senior"
    r"|regional|federal|prime|interim|временно|исполняющ\w*|обязанности|первый|первого|первому"
    r"|бывш\w*|заместитель|заместителя|генеральн\w*|исполнительн\w*|государственн\w*)"
    r"[\s\u00a0]+)*"
)
# \b, not a lookbehind, at the start: the engine can then skip to word starts quickly.
# 'official' before a thing is an adjective: 'an official reply, which promised' names no one.
_OFFICIAL_THING = (
    r"(?!(?<=official)[ \u00a0]+(?:reply|response|statement|data|figures|numbers|website|site"
    r"|letter|documents?|visit|report|position|estimates?|channel|page|account|request|answer"
    r"|version|results|ceremony|opening|launch|name|notice|publication|portal|inquiry"
    r"|minutes|transcript|record|records|protocol)(?![\w-]))"
)
ROLE_RE = re.compile(
    rf"\b{_ROLE_MODIFIERS}(?:{_ROLE_HEAD_PATTERN})(?![\w-]){_OFFICIAL_THING}", re.IGNORECASE
)
_ROLE_HEAD_WORDS = frozenset(
    w for w in _ROLE_HEADS.split("|") if not w.endswith("*") and "[" not in w
) | {"глава", "главы", "главе", "главу", "главой"}
_ROLE_HEAD_STEMS = tuple(w.replace("\\w*", "") for w in _ROLE_HEADS.split("|") if w.endswith("*"))
_ROLE_HEAD_STEM_RE = re.compile(
    f"(?:{'|'.join(map(re.escape, _ROLE_HEAD_STEMS))})(?!{_NOT_A_PERSON_TAIL})"
)


# Every role head or stem as a bare substring of the case-folded text: a superset of the
# words is_role_head accepts, to rule a window out before looking at its words one by one.
_ROLE_HEAD_ANYWHERE_RE = re.compile(prefix_tree_pattern(_ROLE_HEAD_WORDS | set(_ROLE_HEAD_STEMS)))
_MODIFIER_WORDS = word_set(
    "the a an acting first deputy managing general executive former chief vice senior "
    "regional federal prime interim временно исполняющий исполняющая обязанности "
    "первый первого первому бывший бывшая заместитель заместителя генеральный врио "
    "генерального исполнительный исполнительного государственный государственного зам "
    "государственному государственным государственная государственной"
    # 'Главный инженер Обской ГЭС': the chief engineer, not any engineer.
    " главный главного главному главным главном главная главной главную"
    # A portfolio before the head: 'Finance Minister', 'Economic Development Minister'.
    " finance economy economic development transport health education agriculture energy"
    " construction foreign affairs defence defense interior justice labour labor culture"
    " sport sports industry trade digital natural resources environment ecology emergencies"
    " social housing tourism science communications"
)
# Words a role may put before a surname: 'said Deputy Minister Petrov'.
ROLE_PREFIX_WORDS = _MODIFIER_WORDS | _ROLE_HEAD_WORDS
_ROLE_AFTER_NAME_RE = re.compile(
    # ', head of X', or 'became mayor of Vologda', 'was appointed minister'
    # ... ', who has served as the region's business ombudsman since 2021'
    r"(?:,[\s\u00a0]+who[\s\u00a0]+(?:has[\s\u00a0]+(?:served|worked)|serves|served|works"
    r"|worked)[\s\u00a0]+as(?=[\s\u00a0])"
    # ... ', whose official title is Rais'
    r"|,[\s\u00a0]+whose[\s\u00a0]+(?:official[\s\u00a0]+)?title[\s\u00a0]+is"
    r"|,|[\s\u00a0]+(?:became|was[\s\u00a0]+(?:elected|appointed|named)"
    # ... or 'has been Dagestan's minister of economy': a post held, whose it is first.
    r"|(?:has|had)[\s\u00a0]+been(?=[\s\u00a0]+(?:the[\s\u00a0]+)?[\w-]+['’]s[\s\u00a0])))"
    rf"[\s\u00a0]+(?P<role>{_ROLE_MODIFIERS}(?:[\w'’-]+[\s\u00a0]+){{0,3}}?(?P<head>{_ROLE_HEAD_PATTERN})(?![\w-])(?:(?<![\w-])[A-ZА-ЯЁ]\.|[^,.;:()\n]|\([^()\n]{{1,40}}\)){{0,160}})",
    re.IGNORECASE,
)
ROLE_STOP_END = {"and", "or", "with", "by", "to", "of", "the", "и", "с", "в", "а", "на",
                  # auxiliaries of the verb after: 'commissioner for ... rights has asked'
                  "has", "have", "had", "will", "would",
                  # '— приводит слова губернатора пресс-служба': who passes the words on
                  "пресс-служба", "пресс-службе"}  # fmt: skip
_LEADING_ARTICLE_RE = re.compile(r"^(?:the|a|an)[\s\u00a0]+", re.IGNORECASE)
_MAX_ROLE_WORDS = 24  # an institute of a branch of an academy runs long

# Generic role words, by what they name, so "the head of AIRR" finds "director of AIRR".
_ROLE_CLASSES = {
    "head": "head", "director": "head", "chief": "head", "leader": "head", "ceo": "head",
    "руководител": "head", "глав": "head", "директор": "head", "гендиректор": "head",
    # '— добавила глава регионального ЗАГСа' after 'начальник управления по делам ЗАГС'.
    "начальник": "head",
    "governor": "governor", "губернатор": "governor", "minister": "minister",
    # Tatarstan's head is its Rais: '“...,” the Rais told the crowd'.
    "rais": "governor", "раис": "governor",
    # 'заявил градоначальник' after 'Глава Ульяновска Сергей Мелентьев'.
    "градоначальник": "mayor",
    "министр": "minister", "mayor": "mayor", "мэр": "mayor", "chairman": "chair",
    "chair": "chair", "председател": "chair", "premier": "chair", "премьер": "chair",
    "president": "president",
    "президент": "president",
    # A legislature's 'спикер' is its chair ('— сказал спикер' after 'председатель
    # Законодательного собрания').
    "спикер": "chair",
    # Whoever comments: 'уверен эксперт' after 'политолог Константин Вершинин'.
    # 'the analyst said' after 'head of analysis at the consultancy AgroTrend'.
    "expert": "expert", "эксперт": "expert", "analys": "expert", "аналитик": "expert",
    "economist": "expert", "экономист": "expert", "политолог": "expert",
    "социолог": "expert", "демограф": "expert", "demographer": "expert",
    "sociologist": "expert",
    # A trial's sides: '— спросил прокурор' after 'государственный обвинитель Павел
    # Гринько', '— сказал защитник' after 'адвокат Рената Сафиуллина'.
    "prosecutor": "prosecutor", "прокурор": "prosecutor", "обвинител": "prosecutor",
    "гособвинител": "prosecutor", "lawyer": "lawyer", "attorney": "lawyer",
    "адвокат": "lawyer", "защитник": "lawyer",
    # '— объясняет инспектор' after 'госинспектор национального парка Аржан Кыдыев'.
    "инспектор": "inspector", "госинспектор": "inspector", "inspector": "inspector",
    # 'ответил банкир' after 'председатель правления банка «Камский кредит»'.
    "banker": "bank", "bank": "bank", "банкир": "bank", "банк": "bank",
    # A vessel's master: 'the skipper said' after 'Captain Gennady Pimenov'.
    "captain": "captain", "skipper": "captain", "капитан": "captain", "шкипер": "captain",
    # '— по словам уполномоченного' after 'омбудсмен Татьяна Кувшинова'.
    "омбудсмен": "ombudsman", "ombudsman": "ombudsman", "ombudswoman": "ombudsman",
    "уполномоченн": "ombudsman",
    # '— объясняет ветврач' after 'ветеринарный врач Елена Широкова'.
    "ветврач": "vet", "ветеринар": "vet", "veterinar": "vet", "vet": "vet",
    # A parish's clergy: 'the priest said' after 'Its rector, Archpriest Vasily Smirnov'.
    "priest": "clergy", "archpriest": "clergy", "священник": "clergy",
    "протоиере": "clergy", "настоятел": "clergy",
}  # fmt: skip
_HEAD_WORDS = tuple(prefix for prefix, cls in _ROLE_CLASSES.items() if cls == "head")
# 'Врио губернатора', 'и.о. министра': the acting governor or minister is the one the
# text later calls the governor or the minister.
_ROLE_NOISE = {"the", "of", "a", "an", "and", "for", "in", "on", "at", "to", "from", "по", "и",
               "в", "на", "с", "для", "от", "acting", "first", "deputy", "врио", "о"}  # fmt: skip
# Whole words: the head of the regional department of a ministry governs nothing; 'Глава
# Вологодской области' governs its region.
_REGION_HEAD_RE = re.compile(
    r"(?:глав\w*|head of the|leader of the)[\s\u00a0]+"
    r"(?:[А-ЯЁ][а-яё-]+(?:ой|ого|ей|его)[\s\u00a0]+)?(?:регион[ауео]?[мв]?|кра[йяюе]|област[ьи]"
    r"|республик[аиуе]|субъект[аеу]?|region|republic|territory)(?![\w-])",
    re.IGNORECASE,
)

_CITY_HEAD_RE = re.compile(
    r"(?:глав\w*|head of the)[\s\u00a0]+(?:город(?:а|у|ом|е|ск\w*)?|city|town)(?![\w-])",
    re.IGNORECASE,
)

# 'Глава Минэкономразвития', 'head of the Ministry of Health': a minister, for 'said the
# minister' later on.
_MINISTRY_HEAD_RE = re.compile(
    r"(?:глав\w*|руководител\w*|head of)(?:[\s\u00a0]+[\w-]+){0,2}?[\s\u00a0]+(?:мин|ministry)",
    re.IGNORECASE,
)


_ROLE_CLASS_VALUES = set(_ROLE_CLASSES.values())
_BARE_HEAD = frozenset({"head"})  # the keys of 'глава' or 'head' with nothing after


def _leader_classes(classes: set[str]) -> set[str]:
    """Role kinds, with 'head' and 'chair' one kind: 'глава правительства' is its
    председатель."""
    return {"head" if kind == "chair" else kind for kind in classes}


_RU_PLURAL_ENDINGS = ("ы", "и", "ов", "ам", "ами", "ах", "ей", "ям", "ями", "ях")
# Singular nouns that end as a plural does: 'имам' (a dative plural's '-ам').
_SINGULAR_LIKE_PLURAL = frozenset(("имам",))


def plural_role(phrase: str) -> bool:
    """'Губернаторы', 'министров': a Russian role head in the plural names no speaker."""
    head = fold(phrase.split()[-1])
    return (
        script_of(head) == "ru"
        and not head.startswith(("глав", "замглав"))  # 'главы', 'замглавы' are one person's too
        and head.endswith(_RU_PLURAL_ENDINGS)
        and head not in _SINGULAR_LIKE_PLURAL
    )


_DEPUTY_RE = re.compile(
    r"(?<![\w-])(?:deputy|vice|заместител|замминистр|замглав|замгубернатор|зампред|вице|зам\.)",
    re.I,
)


_DEPUTY_COMPOUNDS = ("замминистр", "замглав", "замгубернатор", "зампред")
_DEPUTY_WORDS = frozenset(("vice", "вице", "зам"))  # 'зам. главы' is a deputy head
# Ministries by the start of their short names, as the keys their full names give:
# 'Минтранса' is the 'министерство транспорта' (in any case: 'Минфину', 'Минфином').
_MINISTRY_KEYS = {
    "минтранс": ("транс",), "минфин": ("финан",), "минздрав": ("здрав",),
    "минэконом": ("эконо", "разви"), "минпромторг": ("промы", "торго"),
    "минсельхоз": ("сельс",), "минприрод": ("приро",), "минстро": ("строи",),
    "минтруд": ("труда",), "минцифр": ("цифро",), "минэнерг": ("энерг",),
    "минобрнаук": ("образ", "науки"), "минпрос": ("просв",), "минкульт": ("культ",),
    "минспорт": ("спорт",), "минвостокразвит": ("восто", "разви"), "минюст": ("юстиц",),
    # Regional ministries' short names: 'глава минпрома' heads industry.
    "минпром": ("промы",), "минобр": ("образ",), "минсоц": ("социа",), "минимущ": ("имуще",),
    "минтуриз": ("туриз",), "минлес": ("лесно",), "минрыбхоз": ("рыбно",),
}  # fmt: skip


def _ministry_keys(word: str) -> tuple[str, ...] | None:
    return next((keys for start, keys in _MINISTRY_KEYS.items() if word.startswith(start)), None)


def _is_deputy(role: str) -> bool:
    """Whether the role is someone's deputy ('deputy minister', 'заместитель главы'); a
    'deputy of the Legislative Assembly' is a lawmaker, nobody's deputy."""
    return _DEPUTY_RE.search(_LAWMAKER_RE.sub(" ", role)) is not None


_LAWMAKER = "депут"  # the key of 'депутат', and of any member of a legislature
# Other words for a member of a legislature: '— добавил парламентарий' is the deputy.
_LAWMAKER_WORDS = ("парламентари", "lawmaker", "legislator", "parliamentarian")
# The English 'deputy' as a noun of its own, a member of a legislature ('a deputy of the
# State Duma', 'the deputy conceded'), not a word before the post someone deputises in.
_LAWMAKER_RE = re.compile(
    r"(?<![\w-])deput(?:y|ies)(?![\w-])(?![\s\u00a0]+(?:to|of[\s\u00a0]+(?:the[\s\u00a0]+)?"
    r"(?:governor|minister|mayor|head|chair\w*|director|ceo|president)"
    r"|(?:[\w-]+[\s\u00a0]+)?(?:head|minister|governor|mayor|chair\w*|director|chief|prime"
    r"|premier|speaker|president|secretary|general|prosecutor|ceo|manager|editor|envoy"
    r"|plenipotentiary|commissioner)(?![\w-])))",
    re.IGNORECASE,
)


# A prime minister chairs a government: 'the deputy prime minister' is the 'deputy
# chairman of the republic's government' named before ('вице-премьер' likewise).
_PREMIER_RE = re.compile(r"(?<![\w-])(?:prime[\s\u00a0-]+minister|premier)(?![\w-])", re.I)
_RU_PREMIER_RE = re.compile(r"премьер(?:-министр)?\w*", re.I)
# A member of a legislature is one of its deputies, whatever chair they hold in it:
# 'председатель комитета Законодательного собрания' is 'депутат' later on.
_LEGISLATURE_RE = re.compile(
    r"(?<![\w-])(?:законодательн\w*|дум[аыеу]|облдум\w*|гордум\w*|госдум\w*|парламент\w*"
    r"|госсовет\w*|заксобрани\w*|курултай\w*|хурал\w*|народн\w*[\s\u00a0]+собрани\w*"
    # A faction or a standing commission sits in a legislature: 'Представитель фракции
    # ЛДПР', 'председатель постоянной комиссии по бюджету' are lawmakers.
    r"|фракци\w*|постоянн\w*[\s\u00a0]+комисси\w*|faction"
    r"|legislative[\s\u00a0]+assembly|legislature|duma|parliament|state[\s\u00a0]+council"
    r"|kurultai|khural)(?![\w-])",
    re.I,
)


# 'Глава Красноярска', 'глава Абакана', 'Глава Нижнего Тагила': the head of a place the
# text names, not a republic ('Глава Чувашии' governs one), is its mayor.
_HEAD_OF_A_PLACE_RE = re.compile(
    r"[Гг]лав[аыеуой][\s\u00a0]+(?:[А-ЯЁ][а-яё]+(?:ого|его)[\s\u00a0]+)?"
    r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
)
_REPUBLICS = (
    "адыге", "алта", "башкир", "башкорт", "бурят", "дагестан", "ингушет", "кабардино", "калмык",
    "карачаево", "карели", "коми", "крым", "марий", "мордови", "осети", "татарстан",
    "тыв", "тув", "удмурт", "хакаси", "чечн", "чечен", "чуваш", "якут", "саха",
)  # fmt: skip


_REPUBLIC_LEADER_EN_RE = re.compile(
    r"(?:the[\s\u00a0]+)?(?P<place>[A-Z][\w-]+)['’]s[\s\u00a0]+(?:leader|head)", re.IGNORECASE
)


# 'руководитель ведомства', 'глава ведомства', 'the head of the agency': the head of the
# ministry, department or agency named before, whatever the text called their post.
_AGENCY_HEAD_RE = re.compile(
    r"(?:руководител\w*|глав[аыеуой]|head[\s\u00a0]+of[\s\u00a0]+the)[\s\u00a0]+"
    r"(?:ведомства|agency|department|ministry)",
    re.IGNORECASE,
)
_AGENCY_HEAD = frozenset({"agency head"})
_AGENCY_HEADS = frozenset({"minister", "head"})  # the role classes such a head has
_HEAD_OF_STATE_RE = re.compile(
    r"глав\w*[\s\u00a0]+государства|head[\s\u00a0]+of[\s\u00a0]+state", re.IGNORECASE
)


def _place_headed(role: str) -> str | None:
    """The place of 'Глава Красноярска' or 'Глава Тувы', case-folded; None for any other
    role, and for 'Глава Минтранса', who heads a ministry (see _MINISTRY_KEYS)."""
    if _HEAD_OF_A_PLACE_RE.fullmatch(role.strip()) is None:
        return None
    place = fold(role.split()[-1])
    return place if _ministry_keys(place) is None else None


def _role_keys(role: str) -> set[str]:
    if _HEAD_OF_STATE_RE.search(role):
        return {"president"}  # 'заметил глава государства': the president named before
    if _AGENCY_HEAD_RE.fullmatch(role.strip()):
        return set(_AGENCY_HEAD)  # 'руководитель ведомства': whoever heads the ministry
    place = _place_headed(role)
    if _CITY_HEAD_RE.search(role) or (place and not place.startswith(_REPUBLICS)):
        return {"mayor"}  # 'глава города' is its mayor
    heads_ministry = _MINISTRY_HEAD_RE.search(role) is not None
    leader = _REPUBLIC_LEADER_EN_RE.fullmatch(role.strip())
    if leader is not None and names_a_republic(leader.group("place")):
        return {"governor"}  # "Tatarstan's leader" is its Rais, whatever the title
    if (_REGION_HEAD_RE.search(role) and not heads_ministry) or place:
        # 'глава региона', 'head of the region', 'Глава Тувы': whoever governs it
        return {"governor"}
    keys: set[str] = {"minister"} if heads_ministry else set()
    if _LEGISLATURE_RE.search(role) or _LAWMAKER_RE.search(role):
        keys.add(_LAWMAKER)
    if _PREMIER_RE.search(role):
        keys |= {"chair", "gover"}  # as _role_keys('chairman of the government') gives
        role = _PREMIER_RE.sub(" ", role)
    if _RU_PREMIER_RE.search(role):
        keys |= {"chair", "прави"}
        role = _RU_PREMIER_RE.sub(" ", role)
    for party, pattern in _PARTIES:
        if pattern.search(role):
            keys.add(party)  # 'кандидат от КПРФ', 'the Communist candidate', 'коммунист'
            role = pattern.sub(" ", role)
    for word in re.findall(r"\w+", fold(role)):
        if word in _ROLE_NOISE or len(word) < 2:
            continue
        if word in _DEPUTY_WORDS or word.startswith("заместител"):
            continue  # 'вице-губернатор' is a 'заместитель губернатора': _is_deputy's to tell
        if word.startswith(_LAWMAKER_WORDS):
            keys.add(_LAWMAKER)
            continue
        if heads_ministry and word.startswith(("министерств", "ministr", *_HEAD_WORDS)):
            # 'глава министерства' is its minister, no head of anything else, and the
            # ministry no place beyond the post.
            continue
        ministry = _ministry_keys(word) if word.startswith("мин") else None
        if ministry:
            keys.update(ministry)  # 'глава Минтранса' heads the 'министерство транспорта'
            continue
        # 'замминистра' is a deputy minister (the deputy is _is_deputy's to tell).
        word = word[3:] if word.startswith(_DEPUTY_COMPOUNDS) else _owner_of(word)
        for prefix, cls in _ROLE_CLASSES.items():
            if word.startswith(prefix) and not word.startswith(_NO_CLASS_PREFIXES):
                keys.add(cls)
                break
        else:
            keys.add(word[:5])
    if not keys & _ROLE_CLASS_VALUES and _BARE_ACTING_RE.search(role):
        keys.add("governor")  # 'нынешний врио приезжал': the acting governor, as the press has it
    return keys


_OWNER_COMPOUNDS = ("судовладел", "землевладел")


def _owner_of(word: str) -> str:
    """A shipowner or a landowner is the owner ('владелец') of what they own."""
    return word[word.index("владел") :] if word.startswith(_OWNER_COMPOUNDS) else word


_BARE_ACTING_RE = re.compile(r"(?<![\w-])врио(?![\w-])", re.IGNORECASE)


# Words that start as a role class does and are none: a bankruptcy manager is no banker.
_NO_CLASS_PREFIXES = ("bankrupt", "банкрот")


class AskedRole(NamedTuple):
    """A role the text refers someone by ('the minister', 'глава региона'), as keys to
    match against the role each person was given."""

    keys: frozenset[str]
    deputy: bool
    # The key of a head noun no role class covers ('доцент', 'адвокат'): a person's role
    # must hold it too, however many other words ('Мурманского') the two share.
    head: str

    @classmethod
    def of(cls, role: str) -> AskedRole:
        # Asked for, a bare 'deputy' may be either: 'the transport deputy added' is the
        # deputy governor for transport, 'the deputy conceded' a lawmaker (see score).
        deputy = _DEPUTY_RE.search(role) is not None
        return cls(frozenset(_role_keys(role)), deputy, _unclassed_head(role))

    @property
    def kinds(self) -> set[str]:
        """The role classes it names ('governor', 'minister', ...), head and chair one."""
        return _leader_classes(set(self.keys & _ROLE_CLASS_VALUES))

    @property
    def organisations(self) -> frozenset[str]:
        """The keys that say where the role is held ('завод' of 'директор завода')."""
        return self.keys - _ROLE_CLASS_VALUES

    def held_at(self, known: str | None) -> bool:
        """Whether a person's known role is at the place this one names, if it names one:
        'директор завода' is not held by the republic's first deputy premier."""
        return not self.organisations or (
            known is not None and bool(self.organisations & _role_keys(known))
        )

    def held_there(self, known: str | None) -> bool:
        """Whether a person's known role shares a key saying where it is held, 'депут'
        aside (a bare 'deputy' may be a lawmaker or anyone's deputy): 'the transport
        deputy' is held where the deputy governor for transport is."""
        return known is not None and bool((self.organisations - {_LAWMAKER}) & _role_keys(known))

    def score(self, known: str) -> int:
        """How many keys a person's known role shares with this one; 0: not this role.
        Someone holding two posts ('заместитель губернатора — министр финансов') holds
        either."""
        return max(self._post_score(post) for post in _POST_SEPARATOR_RE.split(known))

    def _post_score(self, known: str) -> int:
        have = _role_keys(known)
        asked_party, known_party = self.keys & _PARTY_KEYS, have & _PARTY_KEYS
        if asked_party and known_party:
            # 'кандидат от КПРФ' is the Communist ('коммунист Виктор Анохин'), not the
            # LDPR's candidate, whatever else the two roles share.
            return len(self.keys & have) if asked_party & known_party else 0
        if self.keys == {_LAWMAKER} and _LAWMAKER in have:
            # '— заявил депутат' after 'Заместитель председателя комитета Народного Хурала':
            # a member of the legislature, whatever post he holds in it.
            return 1
        lawmaker = self.deputy and _LAWMAKER in self.keys and _LAWMAKER in have
        if _is_deputy(known) != self.deputy and not lawmaker:
            return 0  # the deputy chairman is not 'the chairman'
        if self.deputy and not have:
            # 'Гарипов попросил своего заместителя Елену Кузнецову ... — пояснила
            # замминистра': a deputy the text gave no post of may be any deputy asked.
            return 1
        if self.keys == _BARE_HEAD and fold(known).startswith(("глав", "head")):
            return 1  # '— подчеркнул глава': the head named before, of whatever they head
        if self.keys == _AGENCY_HEAD:
            return 1 if have == _AGENCY_HEAD or have & _AGENCY_HEADS else 0
        if have == _AGENCY_HEAD and self.keys == {"minister"}:
            # '— сообщил министр' after 'глава ведомства Ислам Гасанов': whoever heads the
            # ministry the text is about.
            return 1
        if self.head and self.head not in have:
            return 0  # 'доцент кафедры ... университета' is not the region's minister
        classes = _leader_classes(self.keys & _ROLE_CLASS_VALUES)
        if classes and have & _ROLE_CLASS_VALUES and not classes & _leader_classes(have):
            return 0  # 'the minister' is not the governor, whatever region they share
        if classes and _unclassed_head(known) not in ("", self.head):
            # 'an adviser to the governor' is not 'the governor' (but 'главного инженера'
            # is the 'Главный инженер' whose head noun it asks for).
            return 0
        if self.organisations and not self.organisations & have:
            return 0
        return len(self.keys & have)


# Russia's parties, by what a role may call their members: each a key of its own.
_PARTIES = [
    (party, re.compile(pattern, re.IGNORECASE))
    for party, pattern in (
        ("party:kprf", r"(?<![\w-])(?:КПРФ|коммунист\w*|communists?|CPRF|KPRF)(?![\w-])"),
        (
            "party:ldpr",
            r"(?<![\w-])(?:ЛДПР|либерал-демократ\w*|liberal[ -]democrat\w*|LDPR)(?![\w-])",
        ),
        (
            "party:er",
            r"(?<![\w-])(?:единоросс\w*|Единой[ \u00a0]+России|Единая[ \u00a0]+Россия"
            r"|United[ \u00a0]+Russia)(?![\w-])",
        ),
        ("party:sr", r"(?<![\w-])(?:справоросс\w*|A[ \u00a0]+Just[ \u00a0]+Russia)(?![\w-])"),
        (
            "party:np",
            r"(?<![\w-])(?:Новых[ \u00a0]+людей|Новые[ \u00a0]+люди|New[ \u00a0]+People)(?![\w-])",
        ),
    )
]
_PARTY_KEYS = frozenset(party for party, _ in _PARTIES)
# Between two posts one person holds: a dash set off by spaces.
_POST_SEPARATOR_RE = re.compile(r"[ \u00a0]+[—–-][ \u00a0]+")


def _unclassed_head(role: str) -> str:
    """The key (as _role_keys makes it) of the role's first head noun, when no role class
    and no deputy word covers it; '' otherwise."""
    words = re.findall(r"\w+", fold(role))
    for word, after in zip(words, [*words[1:], ""], strict=True):
        if word in _ROLE_NOISE:
            continue  # 'врио губернатора' is the governor
        if word == "general" and is_role_head(after):
            continue  # 'general director', 'general manager': the head comes next
        if is_role_head(word):
            covered = word.startswith((*_ROLE_CLASSES, *_LAWMAKER_WORDS)) or _DEPUTY_RE.match(word)
            return "" if covered else _owner_of(word)[:5]
    return ""


_ROLE_WINDOW = 160


def may_hold_role(body: str, start: int, end: int) -> bool:
    """Whether body[start:end] may hold a role word: one C-level scan rules most stretches
    out before ROLE_RE's slower look at them."""
    return _ROLE_HEAD_ANYWHERE_RE.search(body[start:end].casefold()) is not None


def role_near(body: str, start: int, end: int) -> str | None:
    """The role the text gives a name: 'Governor of X Dmitry Makhonin' or 'Name, head of X,'."""
    window_start = max(0, start - _ROLE_WINDOW)
    best: str | None = None
    # The common case, a name with no role word before it, is ruled out by one scan
    # before the sentence start is looked for.
    if _ROLE_HEAD_ANYWHERE_RE.search(body[window_start:start].casefold()):
        window_start = max(clause_start(body, start), window_start)
        # Never inside the words of a quote just before: '"... the next governor's
        # problem as much as mine," Kondrashov added.'
        window_start = _after_speech(body, window_start, start)
    else:
        window_start = start
    for head_start in _role_head_starts(body, window_start, start):
        candidate = _clean_role(body[head_start:start])
        if candidate and not (best and (_goes_on(best, candidate) or _is_rank(candidate))):
            best = candidate
    if best and not _is_rank(best):
        return best
    after = _role_after_name(body, end)
    if best and after:
        # 'Colonel Rustam Gareev, deputy head of the republic's traffic police': the rank
        # (the text may call him 'the colonel') and the post.
        return f"{best} — {after}"
    return best or after


def _goes_on(role: str, later: str) -> bool:
    """Whether a role word found later in `role` only goes on with it: a complement in the
    genitive ('помощник губернатора', 'полпред президента'), or a second post joined by a
    dash ('вице-премьер - полпред президента в ДФО')."""
    # role_case reads declensions with this module's role heads: imported here, not above.
    from regreader.quotes.role_case import role_in_genitive

    before = role[: len(role) - len(later)].split()
    if not before or len(before) > _GOES_ON_WORDS:
        return False  # 'глава региона поговорил с руководителем проекта': another role
    # Not a role in another case: 'Губернатор поручил вице-губернатору Игорю Ткачуку'.
    if before[-1] in ("-", "–", "—") or role_in_genitive(later):
        return True
    if len(before) == 2 and before[-1] in ("и", "and"):
        return True  # 'Искусствовед и критик', 'writer and critic': one person's two trades
    # English runs one title's words together: 'chief state veterinary inspector' (but
    # 'The governor had Health Minister Yelena Drozdova put through' is two people).
    return script_of(later) == "en" and all(
        word.isalpha() and word.casefold() not in _VERBS_BETWEEN_TITLES for word in before
    )


_VERBS_BETWEEN_TITLES = word_set(
    "had has have is was were are be been told asked let made got put named appointed called"
)


_GOES_ON_WORDS = 3  # 'первый заместитель губернатора', 'вице-премьер - полпред'
# A rank after a post goes with it: 'Начальник управления Госавтоинспекции полковник
# полиции Артур Хайруллин' heads the traffic police.
_RANK_RE = re.compile(r"(?:подполковник|полковник|генерал|майор|colonel|major[ -]general)", re.I)


def _is_rank(role: str) -> bool:
    return _RANK_RE.match(role) is not None


def _role_after_name(body: str, end: int) -> str | None:
    """The role set off by a comma right after a name ending at `end`: ', head of X'."""
    after = _ROLE_AFTER_NAME_RE.match(body, end)
    if after is None:
        # 'Atlasova, 49, has headed the Eveno-Bytantaysky national district for six years'.
        heads = _HEADS_AFTER_NAME_RE.match(body, end) if "head" in body[end : end + 24] else None
        if heads is None:
            return None
        what = _RELATIVE_CLAUSE_RE.split(heads.group("what"), maxsplit=1)[0]
        return _clean_role(_WHEN_RE.sub("", f"head of {what}"))
    # 'a restorer who has spent two decades repairing ...': what the clause tells of
    # them is no part of the role.
    role = _RELATIVE_CLAUSE_RE.split(after.group("role"), maxsplit=1)[0]
    return _clean_role(_WHEN_RE.sub("", role))


_HEADS_AFTER_NAME_RE = re.compile(
    r"(?:,[\s\u00a0]+\d{1,3},)?[\s\u00a0]+(?:has[\s\u00a0]+)?(?:heads|headed)[\s\u00a0]+"
    r"(?P<what>the[\s\u00a0]+[^,.;:()\n—–]{3,160})"
)
_RELATIVE_CLAUSE_RE = re.compile(
    r"[\s\u00a0]+(?:who|whose|whom|which|that(?=[\s\u00a0]+(?:has|had|is|was|are|were"
    r"|will|would|can|could|[a-z]+(?:s|ed)(?![\w-])))|котор\w+|чей|чья|чьи)(?![\w-])",
    re.IGNORECASE,
)


# When the post was taken, which is no part of it: 'became mayor of Vologda last November'.
_WHEN_RE = re.compile(
    r"[\s\u00a0]+(?:(?:last|next|this|earlier|later)[\s\u00a0]+(?:week|month|year|spring|summer"
    r"|autumn|fall|winter|january|february|march|april|may|june|july|august|september"
    r"|october|november|december)\b"
    # ... nor how long it has been held: 'for just over a year', 'since 2019'.
    r"|for[\s\u00a0]+(?:just[\s\u00a0]+)?(?:over|under|more[\s\u00a0]+than|almost|nearly"
    r"|about)?[\s\u00a0]*(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)"
    r"[\s\u00a0]+(?:year|month|week)s?\b|since[\s\u00a0]+\d{4}\b"
    # ... nor when it ended: 'his first deputy until 2023'.
    r"|until\b|till\b).*$",
    re.IGNORECASE | re.DOTALL,
)


def role_follows(body: str, end: int) -> bool:
    """Whether what follows body[:end] after a comma says what a person is, however long
    it runs on: ', general manager of a Harbin-based logistics firm that opened ...'. Not
    a role before someone else's name: ', Governor Gleb Nikitin said'."""
    after = _ROLE_AFTER_NAME_RE.match(body, end)
    return (
        after is not None
        and _clean_role(body[after.start("role") : after.end("head")]) is not None
        and not contains_full_name(after.group("role"))
    )


# 'The head of the Republic of Tuva, Chingis Oorzhak,': a role opening its sentence and
# set before a name, its complement ('of ...') short and with no comma of its own. (In
# 'Andrei Kozhevnikov, the CEO of the developer, Baikal Vista,' the role follows a name,
# and the name after it is the developer's.)
_ROLE_BEFORE_NAME_RE = re.compile(
    rf"(?:^|[.!?…][ \u00a0]+|\n[ \t\u00a0]*)(?:the[ \u00a0]+)?(?:[\w'’-]+[ \u00a0]+){{0,2}}?"
    rf"(?:{_ROLE_HEAD_PATTERN})(?![\w-])(?:[\s\u00a0]+(?:of|for|at|in)[\s\u00a0]+"
    rf"[^,.;:!?()\n]{{1,60}})?,[\s\u00a0]*$",
    re.IGNORECASE | re.MULTILINE,
)


def role_precedes(body: str, start: int) -> bool:
    """Whether a role and a comma stand right before body[start:]."""
    return _ROLE_BEFORE_NAME_RE.search(body, max(0, start - 100), start) is not None


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
    words = list(SCAN_WORD_RE.finditer(body, start, end))
    starts: list[int] = []
    for index, word in enumerate(words):
        head = word.group().casefold()
        if not is_role_head(head):
            continue
        first = index
        if head == "general" and index > 0:
            before = words[index - 1].group().casefold()
            if is_role_head(before):
                continue  # 'Director General', 'Secretary General': one title, begun before
            if before in _RANKS_BEFORE_GENERAL:
                first -= 1  # 'Major General', 'Lieutenant General'
        while (
            first > 0
            and words[first - 1].group().casefold() in _MODIFIER_WORDS
            # Only words run together with it ('зам. главы' abbreviated): not 'programme
            # “Development of Agriculture”, Minister Alexei Sychev said'.
            and not body[words[first - 1].end() : words[first].start()].strip(" \t\u00a0.")
        ):
            first -= 1
        if (
            first > 1
            and words[first - 1].group() == "s"
            and body[words[first - 2].end() : words[first - 1].start()] in ("'", "’")
            and names_a_place(words[first - 2].group())
        ):
            first -= 2  # "Tatarstan's leader Airat Galiullin": whose leader he is
        head_start = words[first].start()
        acting = _ACTING_BEFORE_RE.search(body, max(start, head_start - 8), head_start)
        starts.append(acting.start() if acting else head_start)
    return starts


# The English 'general' is a rank after these; after a head it ends that head's title.
_RANKS_BEFORE_GENERAL = word_set("major lieutenant colonel brigadier")
# 'и.о. министра': acting minister, the abbreviation before the role it stands for.
_ACTING_BEFORE_RE = re.compile(r"(?<![\w.])[Ии]\.[ \u00a0]?о\.[ \u00a0]*$")


def is_role_head(word: str) -> bool:
    return word in _ROLE_HEAD_WORDS or (
        word.startswith(_ROLE_HEAD_STEMS) and _ROLE_HEAD_STEM_RE.match(word) is not None
    )


# Wire copy's titles before a name: 'Gov. Alexei Rudnev', 'Sen. Andrei Klishas'.
_ABBREVIATED_TITLES = {"gov": "Governor", "sen": "Senator", "dep": "Deputy"}
_ABBREVIATED_TITLE_RE = re.compile(r"\b(Gov|Sen|Dep)\.(?=[\s\u00a0])", re.IGNORECASE)


def _spelled_out(role: str) -> str:
    return _ABBREVIATED_TITLE_RE.sub(lambda m: _ABBREVIATED_TITLES[m.group(1).lower()], role)


def _clean_role(text: str) -> str | None:
    # 'Ведущая — Наталья Громова': the dash stands between the role and the name.
    role = _LEADING_ARTICLE_RE.sub("", _spelled_out(text).strip().rstrip(",—–").strip())
    role = _TITLE_BEFORE_NAME_RE.sub("", role)
    words = role.split()
    while (
        len(words) > 1
        and fold(words[-1]) in _TRAILING_CONJUNCTIONS
        and not words[-2].endswith(",")  # not 'programmes, and' before the next name
    ):
        # 'head coach of FC Zvezda Kaluga and, for the past 21 years, Maxim's father': the
        # post ends before the 'and' that goes on to something else.
        words.pop()
    role = " ".join(words)
    if not words or len(words) > _MAX_ROLE_WORDS or fold(words[-1]) in ROLE_STOP_END:
        return None
    if _is_plural_head(fold(words[0])):
        # 'Губернаторы Новосибирской и Томской областей Геннадий Сурков и Павел
        # Лаврентьев': a post the two share, which neither holds as written.
        return None
    if find_verb(role, 0, len(role)) or contains_full_name(without_eponyms(role)):
        return None
    return role


def _is_plural_head(word: str) -> bool:
    """'губернаторы', 'ministers': a role head in the plural ('главы' and 'директора' are
    a singular's genitive too, and left alone)."""
    if word.endswith("ы"):
        return is_role_head(word[:-1])
    return word.endswith("s") and not word.endswith("ss") and is_role_head(word[:-1])


_TRAILING_CONJUNCTIONS = frozenset(("and", "и", "а"))
# A title that goes with the name, not the role: 'the parish priest, Father Georgy
# Lebedev', 'the chief doctor, Dr Anna Ivanova'.
_TITLE_BEFORE_NAME_RE = re.compile(
    r"[\s\u00a0,]*(?<![\w-])(?:Father|Fr\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|отец)$"
)
_SPEECH_AFTER_MARK_RE = re.compile(r"[ \t\u00a0]*,[ \t\u00a0]*[—–-]")


def _after_speech(body: str, low: int, high: int) -> int:
    """`low`, or just past the last quote in body[low:high] that ends speech ('mine,"',
    '», —'): the words of a quote name no role."""
    mark = max(
        body.rfind("»", low, high),
        body.rfind("”", low, high),
        body.rfind('"', low, high),
        body.rfind("’", low, high),  # British quotes; an apostrophe has no comma before it
    )
    if mark > low and (body[mark - 1] in ",.!?…" or _SPEECH_AFTER_MARK_RE.match(body, mark + 1)):
        return mark + 1
    return low


def richer_role(near: str | None, known: str | None) -> str | None:
    """'said Governor Dmitry Makhonin': prefer the fuller role the article gave earlier."""
    if near and known and fold(near) in fold(known):
        return known
    return near or known


# Where a role phrase after a verb of saying ends: punctuation, a relative clause, or
# the circumstances of the saying ('сказала министр на церемонии', 'said the minister
# during a visit', 'в интервью').
# Nouns a role phrase may hold that end as a man's verb in the past does.
_NOUNS_LIKE_A_PAST_VERB = word_set(
    "генерал адмирал маршал канал капитал материал персонал сериал финал вокзал арсенал"
    " журнал сигнал портал мемориал квартал профессионал радикал минерал оригинал отдел"
    " предел раздел аул караул тыл"
)
_ROLE_PHRASE_END_RE = re.compile(
    r"[,;:.!?()\n]|(?<![\w-])(?:who|which|который|которая|at|on|during|while|when|after"
    r"|before|to|told|на|во|при|после|журналистам|в[ \u00a0]+(?:интервью|ходе|эфире|беседе"
    r"|разговоре|соцсетях|своём|своем|телеграм\w*)|in[ \u00a0]+(?:an?|his|her)[ \u00a0]"
    r"+(?:interview|statement|post|speech))(?![\w-])"
    # A second verb of the one speaking: '— говорит лесничий и присаживается у пня'.
    r"|(?<![\w-])и[ \u00a0]+(?=[а-яё]+(?:ет|ит|ют|ят|ется|ится|ал|ил|ла|ли|ул)(?![\w-]))"
    # ... or a verb of the role's own, in the past: 'нынешний врио приезжал в Мантурово'.
    # ('привёл слова министра' passes on another's words: the role is the minister's).
    rf"|(?<![\w-])(?!(?:{'|'.join(sorted(_NOUNS_LIKE_A_PAST_VERB))})[ \u00a0]"
    r"|(?:привёл|привел)[ \u00a0]+слова)"
    r"(?=(?-i:[а-яё]{3,}(?:ал|ял|ил|ел|ёл|ул|ыл)(?:ся)?)[ \u00a0])",
    re.IGNORECASE,
)


def role_phrase(body: str, start: int, end: int) -> str | None:
    text = body[start:end]
    cut = _ROLE_PHRASE_END_RE.search(text)
    if cut:
        text = text[: cut.start()]
    verb = find_verb(text, 0, len(text), INTRO_WORDS)
    if verb:
        text = text[: verb[0]]
    words = text.split()[:12]
    while words and fold(words[-1]) in ROLE_STOP_END:
        words.pop()
    if not words:
        return None
    return _LEADING_ARTICLE_RE.sub("", " ".join(words))
