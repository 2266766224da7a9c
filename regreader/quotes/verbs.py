"""Verbs of saying: 'said', 'according to', 'заявил', 'по словам', and where they stand.

Attribution looks for these around a quote (speakers.py); role phrases end at them
(roles.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from regreader.quotes.sentences import clause_start
from regreader.text import word_set

_EN_VERBS = (
    r"said|says|say|stated|states|noted|notes|emphasi[sz]ed|emphasi[sz]es|stressed|stresses"
    r"|commented|comments|remarked|remarks|explained|explains|added|adds|told|tells"
    r"|reported|reports|highlighted|highlights|underscored|underscores|underlined|pointed out"
    r"|points out|observed|declared|announced|asserted|argued|claimed|insisted|confirmed"
    r"|continued|concluded|recalled|replied|responded|answered|asked|warned|acknowledged"
    r"|admitted|believes|wrote|writes|mentioned|shared|summed up|summari[sz]ed|urged|assured"
    r"|promised|reiterated|affirmed|conceded|suggested|specified|clarified|vowed|maintained"
    r"|quipped|indicated|predicted|expressed|described|describe|called|calls|tweeted|posted"
    r"|put it|puts it"
    # Speech resumed: '"They sowed on time," the minister went on.'
    r"|went on|goes on"
    # Advice: '"Book a place with its own tank," advised Marina Kuzmenko.'
    r"|advised|advises"
    r"|countered|retorted|objected|cautioned|complained|lamented|joked|boasted|estimated"
    r"|termed|regards|regarded|recounted|accused|accuses"
    # The present tense of features and columns: "'...,' she recalls."
    r"|recalls|recounts|observes|declares|announces|asserts|argues|claims|insists|confirms"
    r"|continues|concludes|replies|responds|answers|asks|warns|acknowledges|admits|urges"
    r"|promises|concedes|suggests|predicts|quips|counters|cautions|complains|laments|jokes"
    # How features close a quote: "'..., ' she laughs."
    r"|laughs|laughed|smiles|smiled|sighs|sighed|chuckles|chuckled|shrugs|shrugged"
    # Instructions quote their words: 'instructed the ministry to prepare "within two weeks"'.
    r"|instructed|instruct"
    # A text's words: '«...», the petition reads', '"...," it read'.
    r"|reads|read"
    r"|muttered|mutters|murmured|murmurs|whispered|whispers|shouted|shouts|exclaimed"
    r"|exclaims|grumbled|grumbles|describes|repeats|repeated"
    # Replies in a debate: '"Credits are not grants," Khabirova shot back.'
    r"|shot back|fired back|hit back|cut in|interjected|interrupted|chimed in|broke in"
    r"|interrupts|interjects|cuts in|chimes in"
    # '"Since Christmas," Gennady corrected her'; 'did concede that it was "..."'.
    r"|corrected|corrects|concede|admit"
    r"|snapped|demanded|demands|testified|testifies|dismissed|dismisses"
    # Thanks given in words: 'thanked her former boss “for years of joint work”'.
    r"|thanked|thanks"
    # The reporter's own questions in dash speech: '— Who will work here? — we ask.'
    r"|ask"
)
_EN_PARTICIPLES = (
    r"stating|noting|saying|adding|explaining|emphasi[sz]ing|stressing|commenting|remarking"
    r"|highlighting|underscoring|underlining|pointing out|declaring|announcing|recalling"
    r"|telling|asserting|arguing|insisting|warning|observing|concluding|sharing|acknowledging"
    r"|describing|calling|terming|accusing"
    r"|according to|words of"
)
_RU_PAST = (
    r"сказал|заявил|отметил|подчеркнул|подчёркнул|сообщил|пояснил|добавил|рассказал|уточнил"
    r"|указал|заключил|резюмировал|констатировал|признал|ответил|заверил|напомнил"
    r"|прокомментировал|объяснил|высказал|поделил|процитировал|написал|озвучил|пообещал"
    r"|обещал|предупредил|выразил|продолжил|акцентировал|обратил|говорил|считал|отмечал"
    r"|подчеркивал|подчёркивал|заявлял|сообщал|рассказывал|пояснял|уверял|уточнял|посетовал"
    r"|пожаловал|призвал|подытожил|обозначил|спросил|поблагодарил|признавал|убежден|убеждён"
    r"|уверен|заметил|добавлял|поделился|поделилась|признался|призналась|возмутил|возразил"
    r"|вспомнил|воскликнул|парировал|удивил|рассуждал|объяснял|назвал|охарактеризовал|сформулировал"
    r"|улыбнул|вздохнул|усмехнул|рассмеял|обвинил|счёл|счел|сочл|называл|отозвал|повторил"
    r"|выкрикнул|крикнул|согласил|утверждал|перебил|вмешал|пошутил|шутил|поправил|описал"
    r"|бросил|поручил|прервал|посоветовал|объявил|закричал|отрезал"
    # Demands and requests are spoken too: 'Губернатор потребовал, чтобы акты составлялись
    # «не на бумаге, а в поле»', '— попросил он'.
    r"|потребовал|попросил|рекомендовал|раскритиковал|критиковал|сетовал|доложил|настаивал"
    r"|призывал"
)
_RU_PRESENT = (
    r"говорит|считает|отмечает|подчеркивает|подчёркивает|полагает|заявляет|сообщает"
    r"|рассказывает|поясняет|уточняет|добавляет|признается|признаётся|пишет|пишут|констатирует"
    r"|напоминает|резюмирует|уверена|уверены|убеждена|говорится|считают|отмечают|говорят"
    r"|сообщают|заявляют|подчеркивают|уверяет|цитирует|приводит слова|приводят слова"
    r"|спрашивает|спрашивают|возмущается|возмущаются|жалуется|жалуются|сетует|сетуют"
    r"|вспоминает|рассуждает|объясняет|отвечает|отвечают|комментирует|замечает|предупреждает"
    r"|обещает|признает|делится|удивляется|задаётся вопросом|задается вопросом|утверждает"
    r"|утверждают|шутит|шутят|интересуется|бросает|объявляет|повторяет"
    # Addressing someone: '— Вот вы напишите: ...? — обращается к нам мужчина'.
    r"|обращается|обращаются"
    # Shouting: '— Жена художника! — кричит кто-то из задних рядов', '— кричат из толпы'.
    r"|кричит|кричат|выкрикивает|выкрикивают"
    # A voice from the room: '— А в прошлом году вы говорили, что двести, — раздалось из
    # зала'.
    r"|раздалось|раздался|донеслось|донёсся|донесся|послышалось|послышался"
    # Asking for something: '— Фамилию не пиши, — просит водитель'.
    r"|просит|просят"
    # Disagreeing: '— Потянем, — не соглашается сын', '— возражает она'.
    r"|не соглашается|не соглашаются|возражает|возражают|парирует|перебивает|поправляет"
    # The reporter asking: '— А если бы не получилось сто? — спрашиваем мы.'
    r"|спрашиваем|спрашиваю|отвечаем|отвечаю"
    # Waving someone off in words: '— Я ничего не знаю, — отмахнулась женщина'.
    r"|отмахнулась|отмахнулся|отмахивается|отмахиваются"
    r"|задал вопрос|задала вопрос|задали вопрос"
    # '— ..., — не скрывает мастер': what someone makes no secret of.
    r"|не скрывает|не скрывал|не скрывала|не скрывают"
    # A judge's words to the room: '«...», — сделала ему замечание судья'.
    r"|сделал замечание|сделала замечание"
    r"|смеётся|смеется|улыбается|вздыхает|усмехается|называет|обвиняет|обвиняют"
    # Gestures that close dash speech: '— Не спрашивайте… — машет рукой хозяйка.'
    r"|машет рукой|разводит руками|пожимает плечами|качает головой|отзывается"
    r"|махнул рукой|махнула рукой|развёл руками|развел руками|развела руками|пожал плечами"
    r"|хмыкнул|хмыкнула|хмыкает"
    # Showing what the words are about: '«Вот это была власть», — показывает свекровь на
    # снимок'.
    r"|показывает|показывая"
    r"|всплёскивает руками|всплескивает руками|всплеснула руками|всплеснул руками"
    r"|пожала плечами|покачал головой|покачала головой|кивает|кивнул|кивнула"
    r"|поднимает руку|поднял руку|подняла руку"
    # A suggestion made in words: '— А вы про зарплату спросите, — предлагает она'.
    r"|предлагает|предлагают"
    # A list given in words: '— перечисляет Воронин. —'.
    r"|перечисляет|перечисляют"
    # A thought put into words: 'Свою философию он формулирует коротко: «...»'.
    r"|формулирует|сформулировал|сформулировала"
    # An interpreter relaying someone's words: '— Мне нужна работа, — переводит его слова
    # земляк.'
    r"|переводит|переводит его слова|переводит её слова|перевёл|перевела"
    # Irony: '— иронизирует Курбатов. —'.
    r"|иронизирует|иронизируют|иронизировал|иронизировала"
    # A way of putting it: 'цены, как выражается Шумейко, «ходят, как море в шторм»'.
    r"|выражается|выразился|выразилась"
    # A reply cut short: 'Кузовкин ограничился коротким «пусть ездят, я только рад»'.
    r"|ограничился|ограничилась|ограничились"
    # Joining in: '— У меня пенсия четырнадцать тысяч, — вступает в разговор соседка'.
    r"|вступает в разговор|вступила в разговор|вступил в разговор|вмешивается|вмешиваются"
    # Doubt in words: '— А что забастовка? — сомневается его напарник.'
    r"|сомневается|сомневаются|усомнился|усомнилась"
    # A text's words: '«...», — написано в обращении'.
    r"|написано|сказано"
    # Figures given as words: '— привёл данные министр. —'.
    r"|привёл данные|привела данные|привёл цифры|привела цифры|привёл пример|привела пример"
    r"|приводит данные|приводит цифры"
    # A saying: '«...», — любят повторять в Яр-Сале'.
    r"|любят повторять|любит повторять|любят говорить|любит говорить|принято говорить"
)
_RU_GERUNDS = (
    r"отметив|подчеркнув|подчёркнув|заявив|добавив|сказав|пояснив|указав|напомнив|уточнив"
    r"|сославшись|по словам|по мнению|по выражению"
    r"|заметив|ответив|возразив|предупредив|посетовав|пошутив|признавшись|пожаловавшись"
    r"|бросив"
    r"|по оценке|по оценкам|по прогнозу|по признанию|по убеждению|по подсчётам|по подсчетам"
    # A remark by its noun, the clause's subject its speaker: 'губернатор не подтвердил,
    # ограничившись замечанием, что дороги «никуда не денутся из приоритетов»'.
    r"|замечанием|заявлением|сообщив|пообещав|объяснив|признав"
)
# 'по словам Ивановой': the name after these is in the genitive.
GENITIVE_INTROS = (
    "словам",
    "мнению",
    "оценке",
    "оценкам",
    "прогнозу",
    "признанию",
    "убеждению",
    "выражению",
    "подсчётам",
    "подсчетам",
)


# ... the neuter too: 'отделение заявило', 'министерство сообщило'.
_RU_PAST_ENDINGS = ("", "а", "и", "о", "ась", "ася", "ись", "ось", "ся")
AUX_WORDS = word_set(
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
    return words | {_yo_folded(word) for word in words}


def _yo_folded(word: str) -> str:
    """Texts write ё or е as they please ('признаёт', 'признает'): words are looked up
    with ё as е, and every set holds that form too."""
    return word.replace("ё", "е")


# Verbs are looked up word by word in sets: a regex alternation of hundreds of verbs costs
# a pass over every character, a set lookup costs one hash per word.
SAY_WORDS = frozenset(
    _expand(_EN_VERBS)
    | {stem + ending for stem in _expand(_RU_PAST) for ending in _RU_PAST_ENDINGS}
    | _expand(_RU_PRESENT)
)
GERUNDS = frozenset(_expand(_EN_PARTICIPLES) | _expand(_RU_GERUNDS))
INTRO_WORDS = SAY_WORDS | GERUNDS
# Verbs whose object may be a few words quoted inside reported speech: 'described the
# forecast as ‘cautious’', 'said the order had been ‘postponed’', 'назвал «позорным»'.
_PARTIAL_WORDS = frozenset(
    _expand(
        "said|says|told|tells|called|calls|described|describes|describe|describing|calling|termed"
        "|regards|instructed|instruct"
        "|regarded|warned|added|noted|argued|insisted|promised|vowed|admitted|acknowledged"
        "|conceded|concedes|concede|admit|admits|agreed|agrees|repeated|repeats"
        "|обещал|обещала|обещали|пообещал|пообещала|пообещали"
        # What a gerund reports: 'поздравил Гришину, отметив, что ждёт «конкретных
        # результатов»'.
        "|отметив|подчеркнув|заявив|добавив|сказав|пояснив|указав|напомнив|сославшись"
        "|сообщив|уточнив|пообещав|объяснив|признав|замечанием|заявлением"
        # ... and what it calls something: 'назвав её «критической»'.
        "|назвав|охарактеризовав"
        # 'воздержался, заметив лишь, что «бюллетень получился многолюдным»'.
        "|заметив|ответив|возразив|предупредив|посетовав|пошутив|признавшись|пожаловавшись"
        "|бросив|утверждает|утверждают"
        # 'Там подчёркивают, что обстановка была «аномальной»', 'утверждал, что выполнена «в
        # лучшем случае половина»', 'подтвердили, что получили их и «готовят ответы»'.
        "|подчёркивает|подчёркивают|утверждал|утверждала|утверждали"
        "|подтвердил|подтвердила|подтвердили"
        # 'thinks she is now “playing politics”', 'он пишет, что режиссёр «слишком любит
        # собственные метафоры»'.
        "|thinks|thought|пишет|пишут|писал|писала|написал|написала"
        # Expectations and hopes reported: 'как рассчитывают в министерстве, сократит срок
        # «с недель до нескольких дней»', 'надеется, что проект «окупится»'.
        "|рассчитывает|рассчитывают|надеется|надеются|ожидает|ожидают"
        # A question reported: 'спрашивает, правда ли, что у картин «есть хозяйка»'.
        "|спрашивает|спрашивают"
        "|stated|wrote|writes|believes|according to|words of|accused|accuses|accusing"
        "|complained|complains|saying|calling|describing|arguing|warning|insisting|noting"
        "|framed|frames|portrayed|portrays|characterised|characterized|promising|pledging"
        "|считает|говорит|по словам|по мнению|по выражению|обвиняет|обвиняют|признаёт"
        # 'По признанию Лизы, она «печатает быстрее мамы»', 'По подсчётам Лапшина, без
        # транспорта остались «не меньше сорока населённых пунктов»'.
        "|по признанию|по подсчётам|по подсчетам"
        # A reply cut short: 'ограничился коротким «пусть ездят, я только рад»'.
        "|ограничился|ограничилась|ограничились"
        # 'он добавляет, что экзамен сдал «только со второго раза»', 'уверен, что жители
        # «почти ничего не почувствуют»'.
        "|добавляет|рассказывает|отмечает|поясняет|уточняет|признаётся|уверен|уверена"
        # Assurances and promises: 'уверяет, что к концу мая «все до одного получат
        # положенное»', 'обещает погасить долг «до конца марта»'.
        "|уверяет|уверяют|уверял|уверяла|заверил|заверила|заверили|заверяет|заверяют"
        "|обещает|обещают"
        # A hope voiced: 'выразил надежду, что стороны «найдут компромисс»'.
        "|выразил|выразила|выразили"
        # What someone or a document called it: 'Министерство в официальном заявлении
        # назвало решение «взвешенным»', 'в исковом заявлении назван «...»'.
        "|назвал|назвала|назвало|назвали|назван|названа|названо|названы"
        "|stressing|emphasising|emphasizing|adding|explaining"
        # Findings and figures quoted from a court, an audit or a ministry: 'the court
        # found that the money had been "knowingly misled"', 'по данным министерства'.
        "|found|finds|по данным|говорится|сказано|написано|указано|replied|responded"
        # ... in Russian: 'инспекторы установили, что журнал «заполнялся формально»'.
        "|установил|установила|установили|констатировал|констатировала|констатировали"
        "|testified|testifies|confirmed|confirms"
        # A deadline someone set in their words: 'He gave the committee "a month, not more"'.
        "|gave"
        # What someone demands in their words: 'потребовал от муниципалитетов «не
        # прятаться за конкурсные процедуры»', 'urged officials to "stop hiding"'.
        "|urged|urges|demanded|demands|призвал|призвала|призвали|призывал|призывала|призывали"
        "|thanked"
        "|потребовал|потребовала|потребовали"
        # What someone puts something down to: 'Минсельхоз объясняет задержку
        # «техническими причинами»', 'blamed the delay on "bureaucratic inertia"'.
        "|объясняет|объясняют|blamed|blames|attributed|attributes"
        # What someone puts a figure at: 'Окупаемость Карпов оценивает скромно — «в лучшем
        # случае лет пятнадцать»'.
        "|оценивает|оценивают|estimates|estimated"
        # What a document counts something as: 'В пояснительной записке расходы на спорт
        # отнесены к «приоритетам второго уровня»'.
        "|отнесены|отнесена|отнесено|отнесён|отнесен"
        # What someone insists they did: 'настаивает, что ловил рыбу "для себя"'.
        "|настаивает|настаивают"
        # A joke in a few words: 'шутит, что фамилия «помогает дозвониться»' (what a
        # crowd jokes, 'участники шутили, что ... «собрание несогласных»', is a term).
        "|joked|jokes|шутит|шутил|шутила|пошутил|пошутила"
        "|выражается|выразился|выразилась"
        # What a document stated: 'В документе указывалось, что износ «превышает 70
        # процентов»'.
        "|указывалось|указывается|говорилось"
        # How far someone agrees: 'с оценкой профессора согласна «лишь наполовину»'.
        "|согласен|согласна|согласны"
        # Requests and complaints: 'просят «не бросать трамвай»', 'жалуются, что в
        # библиотеке "стало шумно, как на вокзале"'.
        "|просит|просят|жалуется|жалуются"
        # What a document gives: 'Согласно документу, скорость составляла "от 72 до 78
        # км/ч"'; what forecasters expect: 'with the first rain "possible but not
        # guaranteed"'.
        "|согласно|expect|expects"
        # 'telling deputies that the birth rate was "not only about money"', 'cautioned that
        # growth depended "to an uncomfortable degree" on one project', 'to argue that the
        # region had "turned the corner"', 'Vorontsov's central claim was that ...'.
        "|telling|cautioned|cautions|cautioning|argue|argues|claim|claims"
        # What a commission found: 'concluded that she was "irreversibly habituated"'.
        "|concluded|concludes"
        # What someone asks for: 'обращение с просьбой «дать правовую оценку»'.
        "|просьбой"
        # What a document stresses or an office reports: 'В документе подчёркивается, что
        # ситуация «находится на постоянном контроле»', 'По информации ведомства, ...'.
        "|подчёркивается|подчеркивается|отмечается|сообщается|по информации"
    )
    | {
        stem + ending
        for stem in _expand(
            "сказал|заявил|назвал|называл|охарактеризовал|отметил|подчеркнул|пообещал|признал|написал"
            "|добавил|пояснил|уточнил|предупредил|обвинил|счёл|счел|сочл|повторил"
            "|пожаловал|посетовал|сетовал|рекомендовал|согласил|сообщил|указал|ответил"
            "|потребовал|призвал|объяснил|доложил|рассказал|раскритиковал|критиковал|описал"
            "|попросил|заявлял|говорил|отмечал|подчёркивал|подчеркивал|сообщал|обязал|поручил"
            "|посоветовал|оценил|настаивал|заметил|заверил|предложил"
            # 'признавалась, что подписи собирала «по деревням»'; 'нам отвечали «...»'.
            # What someone wrote: 'В ней Зыков писал, что ... «прямо на снег»'.
            "|признавал|отвечал|возразил|перечислил|поблагодарил|писал"
        )
        for ending in _RU_PAST_ENDINGS
    }
)
# 'what the industry calls “logistics sanctions”': a name someone gives, not their words;
# but 'what he called “salami-style funding”' quotes him.
_WHAT_THEY_CALL_RE = re.compile(
    r"(?<![\w-])(?:what|как|что)[\s\u00a0](?!(?:he|she|он|она)[\s\u00a0]+(?:calls|called|назвал|назвала|называет)[\s\u00a0]*$)"
    r"[^.!?\n]{0,40}?(?:calls?|called|calling|назыв\w*)[\s\u00a0]*$",
    re.IGNORECASE,
)


_WHAT_ONE_OF_THEM_CALLED_RE = re.compile(
    r"what[\s\u00a0]+one[\s\u00a0]+(?:[\w-]+[\s\u00a0]+){1,3}?(?:called|calls)[\s\u00a0]*$",
    re.IGNORECASE,
)
# 'What Drozdov called “the February question”', 'what he calls "PowerPoint investors"',
# 'то, что отец называет „большой политикой“': someone, named, by pronoun or as a relative,
# whose words they are (not people at large: 'что жители называют').
WHAT_ONE_CALLS_RE = re.compile(
    r"(?<![\w-])(?:what|как|что)[\s\u00a0]+"
    r"(?!(?:people|many|residents|locals|жители|местные|люди|многие|все)(?![\w-]))"
    r"(?:he|she|он|она|[A-ZА-ЯЁ][\w'’-]*)[\s\u00a0]+"
    # ... or what they did, then called: 'What she proposed instead she called «...»'.
    r"(?:[^.!?\n,]{1,30}?[\s\u00a0](?:he|she|он|она)[\s\u00a0]+)?"
    r"(?:calls|called|назвал[аи]?|называет)(?:[\s\u00a0]+(?:a|an|the))?[\s\u00a0]*$",
    re.IGNORECASE,
)


# Many people, or an institution: what they call something is a term, not anyone's words.
PEOPLE_AT_LARGE = (
    r"locals|residents|villagers|townspeople|жители|местные|горожане|сельчане|pupils"
    r"|schoolchildren|children|parents|drivers|motorists|commuters|passengers|old-timers"
    r"|ученики|школьники|студенты|дети|родители|водители|автомобилисты|пассажиры|старожилы"
    r"|media|press|СМИ|журналисты|journalists|bloggers|блогеры|everyone|everybody|все"
    r"|authorities"
    # Not critics: what critics call something is theirs ('Critics have called it "a
    # subsidy for Vladivostok developers"').
    r"|officials|activists|власти|чиновники|активисты|farmers|фермеры|аграрии"
    # Those next door or on the payroll: 'the house neighbours have long called', 'museum
    # staff have taken to calling a “museum without walls”'.
    r"|neighbours|neighbors|соседи|staff|сотрудники|local[ \u00a0]+people"
    # ... and those one works with: 'Some former colleagues, he says, now call him a “rat”'.
    r"|colleagues|коллеги|сослуживцы"
    # ... and searchers: 'a routine searchers call a “sound window.”'.
    r"|searchers|volunteers|поисковики|волонтёры|волонтеры"
    # ... and a trade among themselves: 'the stretch that rivermen call "the Kambarka
    # threshold"'.
    r"|rivermen|речники|sailors|моряки|fishermen|рыбаки|hunters|охотники|miners|шахтёры"
    # ... and visitors: 'посетители называют бутилированную воду «жидким золотом»'.
    r"|visitors|посетители|tourists|туристы|regulars|завсегдатаи"
    # ... and an audience online: 'Зрители в чате трансляции называли гараж «...»'.
    # (Not a channel's subscribers: the news data counts what they called something.)
    r"|viewers|зрители|readers|читатели|users|пользователи"
    # ... and a club's crowd: 'supporters have taken to calling the pair "the dynasty"'.
    r"|supporters|fans|болельщики|фанаты|buyers|дольщики|покупатели"
    # A place's people as one: 'a routine the village has taken to calling "the patrol"',
    # 'which some in town have already taken to calling "the Chinese clause"'.
    r"|the[ \u00a0]+(?:village|town|city|camp|crew|expedition)"
    # (not its head or its council: 'The village head, Temir Bairyshev, called the deal')
    r"(?![ \u00a0]+(?:head|chief|council|mayor|elder|administration|authorities|school))"
    # People as such, when they have taken to a name: 'people have already started
    # calling the document “...”' (not 'Some people in Moscow called it “...”').
    r"|people(?=[ \u00a0]+have[ \u00a0]+(?:already[ \u00a0]+)?(?:started|begun|taken))"
    r"|some[ \u00a0]+in[ \u00a0]+(?:the[ \u00a0]+)?(?:town|city|village)"
)
_PEOPLE_AT_LARGE_CALL_RE = re.compile(
    rf"(?<![\w-])(?:{PEOPLE_AT_LARGE})"
    # ... an aside between commas allowed: 'Residents, the local paper noted, still call',
    # 'Residents in Zarechny, meanwhile, have taken to calling'.
    r"(?:(?:[\s\u00a0]+[\w-]+){0,4}?,[^,.!?\n]{1,80},)?"
    # ... words between, one may end a phrase with a comma: 'Жители соседних домов,
    # которые между собой называли здание "кузнецовским"'.
    r"(?:[\s\u00a0]+[\w-]+(?:,(?=[\s\u00a0]+(?:которые|who)[\s\u00a0]))?){0,7}?"
    r"[\s\u00a0]+(?:call|calls|called|calling|называют|называли"
    # ... or dismiss it as something: 'parents have dismissed the offer as “hush money.”'.
    r"|dismiss|dismissed|dismisses"
    # ... or like to describe it: 'the principle officials like to describe as "..."'.
    r"|(?:like|likes|love|loves)[\s\u00a0]+to[\s\u00a0]+describe"
    # ... or jokes it should be called: 'drivers have long joked that it should be renamed'.
    r"|joke|jokes|joked|шутят|шутили"
    # ... or have started calling it: 'people have already started calling the
    # document “the Beltir-Oozy treaty”'.
    r"|(?:started|begun|taken[\s\u00a0]+to)[\s\u00a0]+calling"
    # ... or refer to it so: 'which local journalists still refer to as “the four
    # monologues”'.
    # ... the thing named between: 'now simply refer to the new building as “...”'.
    r"|refer(?:s|red)?[\s\u00a0]+to(?:[\s\u00a0]+[\w'’-]+){0,4}?[\s\u00a0]+as"
    # ... or have a name for it: 'Locals have a name for it: «газ до забора»'.
    r"|name|names)"
    r"(?![\w-])",
    re.IGNORECASE,
)


def people_at_large_call(body: str, start: int, open_at: int) -> bool:
    """Whether the clause from `start` to a quote opening at `open_at` says what people at
    large call something ('residents call it', 'Locals have a name for it:'), not what
    they called something quoted in between ('которую местные называют «вечной стройкой»:
    «Сколько ещё лет...»')."""
    start = max(start, open_at - 160)
    closed = max(body.rfind(mark, start, open_at) for mark in "»”")
    if closed >= 0 and not any(char.isalnum() for char in body[closed:open_at]):
        return False
    calling = _PEOPLE_AT_LARGE_CALL_RE.search(body, start, open_at)
    if calling is not None and not any(mark in body[calling.end() : open_at] for mark in '«»“”"'):
        # (What officials 'refer to as “...”' is the quote it names, not one after it:
        # '... are, in her words, “the weakest link by far.”')
        return True
    window = body[max(start, open_at - 80) : open_at]
    if any(verb in window for verb in _PLACE_CALLING_VERBS) and _IN_A_PLACE_THEY_CALL_RE.search(
        body, max(start, open_at - 80), open_at
    ):
        return True
    return _WHICH_THEY_CALL_RE.search(body, max(start, open_at - 60), open_at) is not None


# A place's people, with a plural verb and no subject: 'В селе таких людей по старинке
# зовут «бугровщиками»', 'В народе мост прозвали «горбатым»'.
# ... or online: 'В первые дни в социальных сетях её называли «стукачкой»'.
_PLACE_CALLING_VERBS = ("зовут", "называют", "называли", "прозвали", "окрестили")
_IN_A_PLACE_THEY_CALL_RE = re.compile(
    r"(?<![\w-])[Вв][\s\u00a0]+(?:селе|деревне|посёлке|поселке|городе|районе|округе|народе"
    r"|городке|станице|ауле|соцсетях|(?:социальных[\s\u00a0]+)?сетях|сети|интернете)"
    r"(?:[\s\u00a0]+[\w-]+){0,6}?[\s\u00a0]+(?:зовут|называют|называли|прозвали"
    r"|окрестили)[\s\u00a0]*$",
    re.IGNORECASE,
)


# 'практику, которую в отрасли давно называют «латанием дыр»': a relative clause whose
# plural verb has no subject (the relative word is its object) names what people call it;
# so does one of time ('смеётся, когда его называют «гражданским расследователем»').
_WHICH_THEY_CALL_RE = re.compile(
    r"(?<![\w-])(?:котор(?:ую|ый|ое|ого)|то,[\s\u00a0]+что|когда)(?:[\s\u00a0]+[\w-]+){0,4}?"
    r"[\s\u00a0]+(?:называют|называли|зовут|звали|именуют)[\s\u00a0]*$",
    re.IGNORECASE,
)


_CALLS_ITSELF_RE = re.compile(r"(?<![\w-])call(?:s|ed)?[\s\u00a0]+itself[\s\u00a0]*$", re.I)
# 'А. Петров называет методику «черновиком»' quotes him; 'местные жители называют мост
# «бутылочным горлышком»' and 'в компании называют это «вынужденной мерой»' use a term.
_PARTIAL_WORDS_OF_SOMEONE_NAMED = _PARTIAL_WORDS | frozenset(("называет",))


def partial_quote_verb(body: str, open_at: int, named: bool = False) -> bool:
    """Whether the sentence before a few quoted words (opening at `open_at`) reports them:
    a verb that takes reported speech or a name for something, not 'what X calls'.
    `named`: the sentence names who speaks."""
    start = clause_start(body, open_at)
    what = _WHAT_THEY_CALL_RE.search(body, max(start, open_at - 80), open_at)
    if what and not (
        (named and WHAT_ONE_CALLS_RE.match(body, what.start(), open_at))
        # 'what one Crimean exhibitor called “the endless paperwork”': one person's words.
        or _WHAT_ONE_OF_THEM_CALLED_RE.match(body, what.start(), open_at)
    ):
        return False
    if people_at_large_call(body, start, open_at):
        return False  # 'Locals have long called the stretch "the yellow mile"': a term
    if _CALLS_ITSELF_RE.search(body, max(start, open_at - 24), open_at):
        return False  # 'a district that proudly calls itself “the land of champions”'
    if office_calls_it(body, start, open_at):
        return True  # 'В министерстве эту идею называют «интересной, но ...»': its words
    words = _PARTIAL_WORDS_OF_SOMEONE_NAMED if named else _PARTIAL_WORDS
    return find_verb(body, start, open_at, words) is not None


def office_calls_it(body: str, start: int, open_at: int) -> bool:
    """Whether the clause from `start` says what an office calls something quoted at
    `open_at` (see _AN_OFFICE_CALLS_IT_RE)."""
    return _AN_OFFICE_CALLS_IT_RE.search(body, max(start, open_at - 160), open_at) is not None


# An office speaking in the plural: 'В министерстве эту идею называют «...»', 'В компании
# её называют «...»' (not what its people call something among themselves, 'между собой').
_AN_OFFICE_CALLS_IT_RE = re.compile(
    r"(?<![\w-])[Вв][ \u00a0]+(?:министерстве|ведомстве|мэрии|администрации|правительстве"
    r"|компании|департаменте|управлении|штабе|пресс-службе|прокуратуре|суде)"
    r"(?:[ \u00a0]+(?!между[ \u00a0]+собой)[\w-]+){0,4}?[ \u00a0]+(?:называют|называли|назвали"
    # ... or deem it: 'В ведомстве считают наказание «соразмерным содеянному»'.
    r"|считают|считали|сочли)"
    # ... what they named, between: 'В ведомстве назвали поджог леса в период особого
    # режима «преступлением против всех жителей»'.
    r"(?:[ \u00a0]+[\w-]+){0,10}[ \u00a0]*$"
)


# Nouns for words someone put out: a phrase, a saying, a message ('в чате появилось
# сообщение Сергея Малахова: «...»').
PHRASE_NOUNS = (
    r"phrase|saying|proverb|фраз(?:а|е|у|ы|ой)|выражени[ея]|поговорк(?:а|и|у|ой|е)"
    r"|присказк(?:а|и|у|ой|е)|пословиц(?:а|ы|у|ей|е)|сообщени[еяю]|message|post"
)
# Their stems, looked for in case-folded text first: a case-blind search of the pattern
# below before every quote cost 6 µs.
PHRASE_STEM_RE = re.compile(
    "phrase|saying|proverb|фраз|выражени|поговорк|присказк|пословиц|сообщени|message|post"
)
# A phrase noun, then whose it is in the genitive, right before the marks: 'фраза
# омбудсмена Татьяны Кувшиновой «...»'.
WHOSE_PHRASE_RE = re.compile(
    rf"(?<![\w-])(?i:{PHRASE_NOUNS})(?:[ \u00a0]+[\w-]+){{0,4}}[ \u00a0]+[А-ЯЁ][а-яё]+"
    r"(?:ой|ого|а|я|ы)[ \u00a0]*$"
)


SCAN_WORD_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def find_verb(
    text: str, start: int, end: int, words: frozenset[str] = SAY_WORDS
) -> tuple[int, int] | None:
    """The first verb of saying in text[start:end] (two-word ones too: 'pointed out')."""
    if not _may_hold_verb(text, start, end, words):
        return None
    return next(_verbs_in(text, start, end, words), None)


def iter_verbs(
    text: str, start: int, end: int, words: frozenset[str] = SAY_WORDS
) -> Iterator[tuple[int, int]]:
    """Every verb of saying in text[start:end], in order, in one pass over its words."""
    if _may_hold_verb(text, start, end, words):
        yield from _verbs_in(text, start, end, words)


def _may_hold_verb(text: str, start: int, end: int, words: frozenset[str]) -> bool:
    """Fast rejection with C-level calls: most windows hold no verb of saying at all."""
    present = set(SCAN_WORD_RE.findall(_yo_folded(text[start:end].casefold())))
    return not (present.isdisjoint(words) and present.isdisjoint(_FIRST_OF_PAIR))


def _verbs_in(text: str, start: int, end: int, words: frozenset[str]) -> Iterator[tuple[int, int]]:
    previous: re.Match[str] | None = None
    previous_word = ""
    before_previous: re.Match[str] | None = None  # for three-word verbs: 'вступает в разговор'
    for match in SCAN_WORD_RE.finditer(text, start, end):
        word = _yo_folded(match.group().casefold())
        if previous is not None and f"{previous_word} {word}" in words:
            yield previous.start(), match.end()
        elif before_previous is not None and (
            f"{_yo_folded(before_previous.group().casefold())} {previous_word} {word}" in words
        ):
            yield before_previous.start(), match.end()
        elif (
            word in words
            and word not in _FIRST_OF_PAIR_ONLY
            and previous_word not in _BE
            and not (word == "read" and text.startswith((" out", "\u00a0out"), match.end()))
        ):
            # 'Ilyin read out a listener's message': he relays it (see speakers.py).
            yield match.start(), match.end()
        elif word in _TO_WHOM and previous_word in _FIRST_OF_PAIR:
            continue  # 'задал ей вопрос', 'сделала ему замечание': the pair goes on after it
        before_previous = previous
        previous, previous_word = match, word


# Who is addressed, between the two words of a pair.
_TO_WHOM = frozenset(("ему", "ей", "им", "мне", "нам"))
# 'Zhdanov was accused of “...”', 'he was told': the subject of a passive did not say it.
_BE = frozenset(("was", "were", "is", "are", "be", "been", "being"))


def last_verb(
    text: str, start: int, end: int, words: frozenset[str] | None = None
) -> tuple[int, int] | None:
    """The verb of saying (or introducing gerund, unless `words` say otherwise) nearest
    `end`: '«...», Kuzmin said, while Marina Belova countered that «...»' gives the
    second quote to Belova."""
    found = None
    for found in iter_verbs(text, start, end, INTRO_WORDS if words is None else words):  # noqa: B007
        pass
    return found


# First words of two-word entries that mean nothing alone ('according', 'по').
_FIRST_OF_PAIR_ONLY = (
    frozenset(entry.split()[0] for entry in INTRO_WORDS if " " in entry) - INTRO_WORDS
)
_FIRST_OF_PAIR = frozenset(entry.split()[0] for entry in INTRO_WORDS if " " in entry)
# What may open the words after a quote when the verb comes first ('said X', 'по словам X').
AFTER_FIRST_WORDS = SAY_WORDS | frozenset(
    {"according to", *(f"по {intro}" for intro in GENITIVE_INTROS)}
)
