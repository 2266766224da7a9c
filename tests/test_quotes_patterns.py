"""The extractor on hand-written English and Russian articles, one pattern per check."""

from __future__ import annotations

from pathlib import Path

import pytest

from regreader.quotes.extract import extract_quotes
from regreader.quotes.model import ExtractedQuote, Extraction
from regreader.quotes.names import GENITIVE, find_full_names, surname_nominative
from regreader.quotes.people import People
from regreader.quotes.role_case import nominative_role
from regreader.quotes.roles import AskedRole, is_role_head, role_near

DATA = Path(__file__).resolve().parent / "data" / "quotes"


def _load(name: str) -> tuple[str, Extraction]:
    body = (DATA / name).read_text(encoding="utf-8")
    return body, extract_quotes(body)


def _by_text(extraction: Extraction) -> dict[str, ExtractedQuote]:
    return {quote.text: quote for quote in extraction.quotes}


@pytest.fixture(scope="module")
def english() -> tuple[str, Extraction]:
    return _load("en_patterns.txt")


@pytest.fixture(scope="module")
def russian() -> tuple[str, Extraction]:
    return _load("ru_patterns.txt")


def test_offsets_always_slice_the_body(
    english: tuple[str, Extraction], russian: tuple[str, Extraction]
) -> None:
    for body, extraction in (english, russian):
        for item in (*extraction.quotes, *extraction.mentions):
            assert body[item.start : item.end] == item.text


def test_english_speakers(english: tuple[str, Extraction]) -> None:
    quotes = _by_text(english[1])
    # Inverted order after the quote, and the next quote with no attribution of its own.
    assert quotes["We will build the road this year,"].speaker == "Dmitry Makhonin"
    assert quotes["The money is already there."].speaker == "Dmitry Makhonin"
    # Pronoun after the quote: the nearest woman named before it.
    clinic = quotes["Every district will have a clinic by 2026,"]
    assert (clinic.speaker, clinic.role) == (
        "Elena Ivanova",
        "head of the regional Ministry of Health",
    )
    # 'According to X, "..."' before the quote; a lower-case partial quote is still a quote.
    growth = quotes["investment grew by 12 percent in the first half of the year"]
    assert growth.speaker == "Sergei Petrov"


def test_english_split_quote_by_role(english: tuple[str, Extraction]) -> None:
    quotes = english[1].quotes
    first = next(q for q in quotes if q.text == "The bridge is next,")
    second = next(q for q in quotes if q.text == "and then the school.")
    # "the governor" is the person the article called Governor earlier.
    assert first.speaker == second.speaker == "Dmitry Makhonin"
    assert first.part_of == second.part_of == quotes.index(first)


def test_english_quote_over_two_paragraphs(english: tuple[str, Extraction]) -> None:
    _, extraction = english
    long_quote = next(q for q in extraction.quotes if q.text.startswith("We are ready."))
    assert long_quote.text.endswith("follows in the autumn,")
    assert "\n“The first stage" in long_quote.text
    assert long_quote.speaker == "Igor Smirnov"


def test_english_traps_are_mentions_not_quotes(english: tuple[str, Extraction]) -> None:
    _, extraction = english
    texts = {q.text for q in extraction.quotes}
    mentions = {m.text for m in extraction.mentions}
    assert {"Healthy Region", "INGK", "Made in Russia", "Alabuga-Volokno"} <= mentions
    assert not texts & mentions
    # 'Analysts called the plan 'ambitious'': a word quoted inside reported speech is a
    # (partial) quote of whoever is reported, here nobody named; apostrophes never pair up.
    assert "ambitious" in texts
    assert not any("children" in text or "PNIPU" in text for text in texts)


def test_unclosed_mark_stays_in_its_paragraph(english: tuple[str, Extraction]) -> None:
    _, extraction = english
    assert not any("never closes" in q.text for q in extraction.quotes)
    # The next paragraph's marks still pair up. (Capitalised, two words and nothing
    # saying it was said: a name with American punctuation, so a mention.)
    assert any(m.text == "Quoted here" for m in extraction.mentions)


def test_russian_speakers_in_the_nominative(russian: tuple[str, Extraction]) -> None:
    quotes = _by_text(russian[1])
    road = quotes["Мы построим дорогу в этом году"]
    assert (road.speaker, road.role) == ("Дмитрий Махонин", "Губернатор Пермского края")
    assert road.lang == "ru"
    # по словам + genitive -> nominative
    assert quotes["инвестиции в регион выросли на 12 процентов"].speaker == "Борис Беляков"
    # Inverted, feminine verb and role before the name.
    may = quotes["Производство запустят в мае"]
    assert (may.speaker, may.role) == ("Наталья Киселева", "министр экономического развития")
    # A surname alone later is the same person, under the same name string.
    assert quotes["Мы готовы к работе"].speaker == "Наталья Киселева"
    assert quotes["Рост продолжится и в следующем году"].speaker == "Борис Беляков"


def test_russian_role_coreference_and_nested_marks(russian: tuple[str, Extraction]) -> None:
    _, extraction = russian
    quotes = _by_text(extraction)
    programme = quotes["Программа „Социальный контракт“ помогла тысячам семей"]
    assert programme.speaker == "Дмитрий Махонин"  # "Глава региона" = the governor
    mentions = {m.text for m in extraction.mentions}
    assert {"Социальный контракт", "Алабуга", "Алабуга-Волокно", "Сделано в России"} <= mentions
    assert "Алабуга" not in quotes


def test_russian_quote_split_inside_its_marks(russian: tuple[str, Extraction]) -> None:
    quotes = russian[1].quotes
    first = next(q for q in quotes if q.text == "Это важно для всех,")
    second = next(q for q in quotes if q.text == "Мы справимся")
    assert first.speaker == second.speaker == "Дмитрий Махонин"
    assert first.part_of == second.part_of == quotes.index(first)


@pytest.mark.parametrize(
    ("oblique", "gender", "nominative"),
    [
        ("Белякова", "m", "Беляков"),
        ("Киселевой", "f", "Киселева"),
        ("Дворковича", "m", "Дворкович"),
        ("Островского", "m", "Островский"),
        ("Толстого", "m", "Толстой"),
        ("Яковлевым", "m", "Яковлев"),
        ("Гольдштейна", "m", "Гольдштейн"),
        ("Шойгу", "m", "Шойгу"),
        ("Матвиенко", "f", "Матвиенко"),
    ],
)
def test_surnames_back_to_nominative(oblique: str, gender: str, nominative: str) -> None:
    case = 4 if oblique.endswith("ым") else GENITIVE
    assert surname_nominative(oblique, gender, case) == nominative


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("По словам Ольги Любимовой, «фестиваль станет ежегодным».", "Ольга Любимова"),
        ("По словам Павла Сорокина, «добыча растёт».", "Павел Сорокин"),
        ("Как отметил Андрей Белоусов, «экономика адаптировалась».", "Андрей Белоусов"),
        ("«Экономика адаптировалась», — считает Андрей Белоусов.", "Андрей Белоусов"),
        ("«Будем работать», — заявил Рустам Минниханов журналистам.", "Рустам Минниханов"),
        ('"The harvest is record high," Oksana Lut told reporters.', "Oksana Lut"),
        ('Alexander Novak said: "Prices will stay stable."', "Alexander Novak"),
        ('"Prices will stay stable," according to Alexander Novak.', "Alexander Novak"),
        # A short capitalised quote after a verb and a colon, the full stop outside.
        ("Андрей Белоусов заявил: «Мы справимся».", "Андрей Белоусов"),
        ("Рустам Минниханов заверил журналистов: «Завод заработает в мае».", "Рустам Минниханов"),
        ('Oksana Lut said: "We will win".', "Oksana Lut"),
        ('As Oksana Lut put it, "the harvest is a record."', "Oksana Lut"),
    ],
)
def test_single_sentence_attributions(sentence: str, speaker: str) -> None:
    quotes = extract_quotes(sentence).quotes
    assert [q.speaker for q in quotes] == [speaker]


def test_transcript_turn_runs_to_the_next_label() -> None:
    body = (
        "Vladimir Putin: Good afternoon. Let us begin.\n"
        "The first question is the budget.\n"
        "Anton Siluanov: Thank you. The budget is balanced.\n"
    )
    quotes = extract_quotes(body).quotes
    assert [(q.kind, q.speaker) for q in quotes] == [
        ("turn", "Vladimir Putin"),
        ("turn", "Anton Siluanov"),
    ]
    assert quotes[0].text == "Good afternoon. Let us begin.\nThe first question is the budget."


def test_people_are_found_once_per_person() -> None:
    body = "Борис Беляков приехал. Белякова встретили. Беляковым довольны."
    people = People.of(body, [])
    assert [person.name for person in people.persons] == ["Борис Беляков"]
    assert len(people.mentions) == 3


@pytest.fixture(scope="module")
def dashes() -> tuple[str, Extraction]:
    return _load("ru_dashes.txt")


def test_russian_speech_set_off_by_dashes(dashes: tuple[str, Extraction]) -> None:
    body, extraction = dashes
    quotes = _by_text(extraction)
    road = quotes["Мы построим дорогу к 2026 году,"]
    assert (road.speaker, road.role) == ("Дмитрий Махонин", "Губернатор Пермского края")
    # 'he' after the dash; the speech goes on after the attribution as a second part.
    first, second = quotes["Дорога нужна всем жителям,"], quotes["Это главный проект года."]
    assert first.speaker == second.speaker == "Дмитрий Махонин"
    assert first.part_of == second.part_of == extraction.quotes.index(first)
    # A role after the dash ('подчеркнула министр'), a hyphen for a dash.
    assert quotes["Субсидию уже получили 200 организаций!"].speaker == "Елена Иванова"
    assert quotes["Мы готовы начать весной,"].speaker == "Иван Петров"
    assert all(body[q.start : q.end] == q.text for q in extraction.quotes)


def test_dash_lines_that_nothing_attributes_are_not_quotes(
    dashes: tuple[str, Extraction],
) -> None:
    texts = {quote.text for quote in dashes[1].quotes}
    # A list, and an interview's question and answer.
    assert not any("рост производства" in text or "рабочие места" in text for text in texts)
    assert not any("оцениваете" in text or "Положительно" in text for text in texts)
    # Quote marks inside a dash line: one quote, not two.
    assert [text for text in texts if "откроется" in text] == ["Дорога откроется в срок"]
    assert len(dashes[1].quotes) == 6


def test_dash_speech_at_the_very_start_of_a_text() -> None:
    body = "— Мы готовы, — сказал глава округа Иван Петров.\nПодробности позже."
    (quote,) = extract_quotes(body).quotes
    assert (quote.text, quote.speaker) == ("Мы готовы,", "Иван Петров")


@pytest.mark.parametrize(
    "sentence",
    [
        "Губернатор рассказал о новом проекте: «Умный город».",
        "Министр объявил о запуске программы: «Земский доктор».",
        'Governor Ivan Petrov presented the new programme: "Smart City".',
    ],
)
def test_a_name_after_a_colon_stays_a_mention(sentence: str) -> None:
    extraction = extract_quotes(sentence)
    assert extraction.quotes == ()
    assert len(extraction.mentions) == 1


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Министр Ольга Иванова и губернатор Дмитрий Махонин посетили завод. "
            "По её словам, «завод важен для всего региона».",
            "Ольга Иванова",
        ),
        (
            "Губернатор Дмитрий Махонин посетил завод. "
            "По его мнению, «предприятие станет лидером отрасли».",
            "Дмитрий Махонин",
        ),
        (
            "Governor Elena Ivanova opened the clinic. "
            'In her words, "every district will have one by 2026."',
            "Elena Ivanova",
        ),
    ],
)
def test_a_possessive_pronoun_in_the_introduction(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


def _speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in extract_quotes(text).quotes]


HEAD_OF_A_MINISTRY = [
    (
        "Глава Минэкономразвития Максим Решетников отметил, что регионы получат средства. "
        "«Это позволит запустить 50 проектов», — добавил министр.",
        "Максим Решетников",
    ),
    (
        "Elena Ivanova, head of the regional Ministry of Health, opened the clinic. "
        '"It is only the start," the minister said.',
        "Elena Ivanova",
    ),
    (
        "Глава региона Дмитрий Махонин открыл клинику. «Это только начало», — сказал губернатор.",
        "Дмитрий Махонин",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), HEAD_OF_A_MINISTRY)
def test_the_head_of_a_ministry_is_the_minister_said_later(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Governor Dmitry Makhonin visited the plant. "
        '«Мы построим дорогу» ("We will build the road"), Makhonin said.',
        "Governor Dmitry Makhonin visited the plant. "
        '"We will build the road" («Мы построим дорогу»), Makhonin said.',
        "Governor Dmitry Makhonin visited the plant. "
        'He said: «Мы построим дорогу» ("We will build the road").',
    ],
)
def test_a_quote_with_its_translation_in_parentheses_is_one_quote(text: str) -> None:
    # English reports give the Russian words with the reporter's translation beside them:
    # the original is the quote, said by whoever the pair is attributed to.
    extraction = extract_quotes(text)
    assert [(q.text, q.speaker) for q in extraction.quotes] == [
        ("Мы построим дорогу", "Dmitry Makhonin")
    ]
    assert extraction.mentions == ()


def test_a_name_with_its_translation_in_parentheses_is_one_mention() -> None:
    extraction = extract_quotes('The «Алабуга» ("Alabuga") plant opened a new line.')
    assert extraction.quotes == ()
    assert [m.text for m in extraction.mentions] == ["Алабуга"]


@pytest.mark.parametrize(
    "sentence",
    [
        "«Дорога будет готова к 2026 году», — приводит слова губернатора пресс-служба.",
        "«Дорога будет готова к 2026 году», — говорится в Telegram-канале Махонина.",
    ],
)
def test_words_passed_on_by_a_press_service_or_a_channel(sentence: str) -> None:
    body = "Губернатор Пермского края Дмитрий Махонин посетил стройку. " + sentence
    # Not 'Telegram-канале Махонина' as a person: a word in two alphabets is no name.
    assert _speakers(body) == ["Дмитрий Махонин"]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ('"We have found the money," Petrov said. "The design is ready."', ["Petrov", "Petrov"]),
        ('"It depends on the subsidy," said Deputy Minister Ivanova.', ["Ivanova"]),
        ('Ivanov told reporters: "We are on schedule."', ["Ivanov"]),
        ('Kuznetsov, who chairs the committee, said: "We will not vote."', ["Kuznetsov"]),
        ('"It is late," Petrov said. "We know," he added.', ["Petrov", "Petrov"]),
        ("«Деньги найдены», — заявил Петров журналистам.", ["Петров"]),
        ("По словам Ивановой, «проект готов».", ["Иванова"]),
        ("По словам Сидорова, «проект готов».", ["Сидоров"]),
        ("— Всё зависит от субсидии, — сказал Песков.", ["Песков"]),
        # Places and institutions of a surname's shape, and adjectives before a noun.
        ("«Это важно», — заявил Минфин.", [None]),
        ('"We disagree," Berlin said.', [None]),
        ('"We disagree," said Ukrainian officials.', [None]),
        ('"We disagree," the Ukrainian minister said.', [None]),
    ],
)
def test_a_speaker_named_by_surname_alone(text: str, speakers: list[str | None]) -> None:
    # Wire copy names a person by surname alone when it thinks the reader knows them.
    assert _speakers(text) == speakers


def test_a_surname_alone_takes_the_role_the_article_gives_it() -> None:
    body = (
        "Ivanov, the deputy transport minister, was less certain. "
        '"It depends on the federal subsidy," Ivanov added.'
    )
    (quote,) = extract_quotes(body).quotes
    assert (quote.speaker, quote.role) == ("Ivanov", "deputy transport minister")


@pytest.mark.parametrize(
    "text",
    [
        "The Kazan business outlet «БИЗНЕС Online» reported similar complaints last week.",
        'A report titled "Regions under pressure" said in June that deficits could double.',
    ],
)
def test_a_name_in_marks_as_the_subject_of_a_verb_of_saying_is_no_quote(text: str) -> None:
    # Only punctuation between the marks and the verb ('», — заявил', '," she said')
    # makes the verb the quote's attribution.
    extraction = extract_quotes(text)
    assert extraction.quotes == ()
    assert len(extraction.mentions) == 1


def test_a_quoted_outlet_inside_the_attribution() -> None:
    # Interfax writes its own name in marks between the verb and the speaker.
    text = (
        '"Мы исходим из того, что отрасль будет в сложной ситуации", - сказал "Интерфаксу" '
        "заместитель губернатора Кузбасса Андрей Лыков."
    )
    extraction = extract_quotes(text)
    assert _speakers(text) == ["Андрей Лыков"]
    assert [m.text for m in extraction.mentions] == ["Интерфаксу"]


def test_a_paragraph_ending_in_a_colon_introduces_the_quote_below() -> None:
    text = (
        "Oksana Melnikova, who heads the housing department, described the situation in a "
        "phone interview:\n\n“When I started, we had eleven settlements. Now we have four.”"
    )
    assert _speakers(text) == ["Oksana Melnikova"]


def test_an_unnamed_source_is_the_speaker_not_the_person_before() -> None:
    text = (
        'Galina Berezina said the terminal would open in May. "We are ready," Berezina said.\n\n'
        '"Сроки сдвигаются вправо," a source in the regional government told the newspaper.'
    )
    assert _speakers(text) == ["Galina Berezina", None]


def test_the_circumstances_of_the_saying_are_not_part_of_the_role() -> None:
    text = (
        "По словам министра здравоохранения Алтайского края Ирины Зубковой, в регионе "
        "установят 38 ФАПов.\n\n— Для сёл это не просто здание, — сказала министр на "
        "церемонии открытия."
    )
    assert _speakers(text) == ["Ирина Зубкова"]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Its largest operator, known as “Golden Horn Terminal,” has idled two cranes.",
         "Golden Horn Terminal"),
        ("A local Telegram channel, “Orsk Today,” has published complaints.", "Orsk Today"),
        ("The bank's quarterly review, “Regional Economy: Commentaries by Bank of Russia Main "
         "Branches,” cited lower freight volumes.",
         "Regional Economy: Commentaries by Bank of Russia Main Branches"),
        ("Счётная палата представила доклад «Северный завоз — 2024: риски и резервы» на сессии.",
         "Северный завоз — 2024: риски и резервы"),
    ],
)  # fmt: skip
def test_names_and_titles_in_american_punctuation_are_mentions(text: str, mention: str) -> None:
    extraction = extract_quotes(text)
    assert extraction.quotes == ()
    assert [m.text for m in extraction.mentions] == [mention]


def test_a_headline_shortening_a_quote_of_the_body_is_not_a_second_quote() -> None:
    body = (
        "Андрей Волков: «Каждая новая школа должна открываться вовремя»\n\n"
        "Губернатор Андрей Волков провёл совещание. «Каждая новая школа и каждая поликлиника "
        "должны открываться вовремя», — сказал он."
    )
    quotes = extract_quotes(body).quotes
    assert [(q.text, q.speaker) for q in quotes] == [
        ("Каждая новая школа и каждая поликлиника должны открываться вовремя", "Андрей Волков")
    ]


def test_a_headline_quote_the_body_does_not_repeat_stays() -> None:
    body = "Mikhail Mishustin: “We will build the road this year.”\n\nThe meeting began at ten."
    assert _speakers(body) == ["Mikhail Mishustin"]


@pytest.mark.parametrize(
    "text",
    [
        # An indefinite role is someone new, whatever roles the people before had.
        "Innokenty Alekseev, the official in charge of the campaign, spoke first. An official "
        "in one of the district administrations said the plan was risky: «Цены делает "
        "навигация».",
        # A pronoun after an unnamed speaker means that speaker.
        "Ramil Zakirzyanov praised the programme. The owner of a metalworking company, who "
        'asked not to be named, said certification was slow. "Сертификат получить можно," '
        "he said.",
        "Слова директора Олега Мещерякова приводит пресс-служба. Собеседник «Ъ» в "
        "облправительстве признал, что конкурс может не вызвать интереса. «Желающих "
        "немного», — пояснил он.",
    ],
)
def test_an_unnamed_speaker_is_not_the_person_named_before(text: str) -> None:
    assert _speakers(text)[-1] is None


def test_a_pronoun_after_a_named_speaker_still_finds_them() -> None:
    text = (
        "Ramil Zakirzyanov praised the programme. Residents said the roads were bad. "
        '"We will fix them," he said.'
    )
    assert _speakers(text) == ["Ramil Zakirzyanov"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"Funding has been allocated in full" — Deputy Transport Minister Andrei Kolesov, '
         "quoted by TASS", "Andrei Kolesov"),
        ('Dmitry Belousov spoke on TV.\n\n"The bridge will make life easier" — Belousov, '
         "speaking to Rossiya 24", "Dmitry Belousov"),
        ("Как заявил РБК министр инвестиций Свердловской области Кирилл Ветлугин, «инвесторы "
         "не отказываются от проектов». Власти Свердловской области ждут снижения ставки.",
         "Кирилл Ветлугин"),
        ("Larisa Okuneva told the newspaper “Вечерний Новосибирск” that the model would grow: "
         "“В этом году программа впервые профинансирует заводские лаборатории.”",
         "Larisa Okuneva"),
    ],
)  # fmt: skip
def test_speakers_of_wire_and_newspaper_shapes(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


def test_a_russian_quote_of_several_paragraphs_is_marked_at_its_ends_only() -> None:
    body = (
        "Viktor Lapin listed three demands.\n\n"
        "«Первое — перенести сроки на два года.\n\n"
        "Второе — компенсировать разницу в цене.\n\n"
        "И третье — не распределять новые квоты».\n\n"
        "The ministry did not comment."
    )
    (quote,) = extract_quotes(body).quotes
    assert quote.text.startswith("Первое") and quote.text.endswith("новые квоты")
    assert quote.speaker == "Viktor Lapin"


def test_an_unclosed_russian_mark_does_not_reach_for_a_later_quote() -> None:
    # A « that never closes stays in its paragraph when another « opens before any ».
    body = "Он сказал: «Мы начнём в мае.\n\nВторой абзац.\n\n«Это другая цитата», — добавил он."
    assert [q.text for q in extract_quotes(body).quotes] == ["Это другая цитата"]


def test_dash_speech_asking_a_question() -> None:
    body = "Жители недовольны.\n\n— А скорая как будет ездить? — спрашивает её соседка."
    assert [(q.text, q.speaker) for q in extract_quotes(body).quotes] == [
        ("А скорая как будет ездить?", None)
    ]


@pytest.mark.parametrize(
    "body",
    [
        'Глава Кунгурского округа: "Мост через Сылву закроем на два года"\n\nМост закроют в мае.',
        "Murmansk trawler owners: «Без своих верфей мы рыбу не поймаем»\n\nThe fleet is old.",
    ],
)
def test_a_headline_quoting_shortened_words_is_no_quote(body: str) -> None:
    assert extract_quotes(body).quotes == ()


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Наталья Зубарева, директор по персоналу холдинга «Уральские локомотивы», "
         "рассказала, что компании пришлось пересматривать зарплаты.", "Уральские локомотивы"),
        ("The largest operator, «Мурманский траловый флот», has asked to move two orders.",
         "Мурманский траловый флот"),
        ("Статья опубликована под заголовком: «Станкостроители расписали заказы до конца года».",
         "Станкостроители расписали заказы до конца года"),
        ("Средства выделят в рамках госпрограммы «Развитие промышленности и повышение её "
         "конкурентоспособности».", "Развитие промышленности и повышение её конкурентоспособности"),
    ],
)  # fmt: skip
def test_a_name_after_its_naming_noun_is_a_mention(text: str, mention: str) -> None:
    extraction = extract_quotes(text)
    assert extraction.quotes == ()
    assert [m.text for m in extraction.mentions] == [mention]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # 'По оценке X' introduces a speaker in the genitive, as 'по словам X' does.
        ("По оценке управляющего партнера компании «Тезис» Игоря Петрова, «госзаказ вытянет "
         "отрасль еще на два-три года».", ["Игорь Петров"]),
        # The deputy chairman is not 'the chairman'.
        ("Заместитель Председателя Правительства М. Хуснуллин принял участие в сессии. «Парк "
         "должен получать инфраструктуру сразу», — подчеркнул Председатель Правительства.",
         [None]),
        # A plural role is nobody; 'как отмечает X': the subject follows the verb; a name given
        # by initials takes the full name the article gives later.
        ("Губернаторы конкурируют за работников, но, как отмечает А. Смирнова, «перетягивание "
         "людей не решает проблему». Анна Смирнова, директор центра, добавила: «Выиграют те, "
         "кто повысит производительность».", ["Анна Смирнова", "Анна Смирнова"]),
        # Someone unnamed (and plural) between a quote and its verb is still its speaker.
        ('Governor Andrei Kozlov said spending would be cut. "We have no money," Kozlov said.\n\n'
         '"The regions are paying the price," analysts at the Center for Macroeconomic Analysis '
         "wrote in a note.", ["Andrei Kozlov", None]),
        # The verb nearest the quote introduces it.
        ("«Мы готовы брать ребят с третьего курса», Oleg Kuzmin said, while Marina Belova, "
         "vice-rector of the university, countered that «студента мы теряем для науки».",
         ["Oleg Kuzmin", "Marina Belova"]),
        # A quote opening its sentence after one that names one person: that person's words.
        ("Viktor Lapin did not mince words. «Суда приходят с опозданием на три-четыре года».",
         ["Viktor Lapin"]),
        ("Svetlana Gerasimova chose her words carefully.\n\n«Мы не против того, чтобы часть "
         "судов строилась за рубежом.»", ["Svetlana Gerasimova"]),
    ],
)  # fmt: skip
def test_speakers_of_government_and_long_form_shapes(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers


def test_no_role_is_read_from_the_words_of_the_quote_before_the_name() -> None:
    body = (
        'Sergei Kondrashov presented the budget. "The loans have to be repaid, and that is '
        "the next governor's problem as much as mine,\" Kondrashov added."
    )
    (quote,) = extract_quotes(body).quotes
    assert (quote.speaker, quote.role) == ("Sergei Kondrashov", None)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Gilyazetdinov described the forecast as ‘cautious but not pessimistic’.",
         "Gilyazetdinov"),
        ("Asked about it, the mayor's office said only that the order had been ‘postponed’.",
         None),
        ("The ministry regards it as 'premature', according to people familiar with the "
         "matter.", None),
        ("Tsydypov called the response of the forest protection service “slow and poorly "
         "coordinated”.", "Tsydypov"),
        ("Глава Бурятии Солбон Дашиев назвал их состояние «позорным для нашего времени».",
         "Солбон Дашиев"),
    ],
)  # fmt: skip
def test_a_few_words_quoted_inside_reported_speech(text: str, speaker: str | None) -> None:
    assert _speakers(text) == [speaker]


def test_partial_quotes_go_on_in_the_same_sentence() -> None:
    text = (
        'Magomed Omarov spoke on Monday. He called a Finance Ministry proposal "a serious '
        'mistake" that would leave the republic "in debt for a decade".'
    )
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == [
        ("a serious mistake", "Magomed Omarov"),
        ("in debt for a decade", "Magomed Omarov"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        'Officials said they had introduced a so-called "special regime" in three districts.',
        "Environmentalists warned that many fires start in so-called “control zones,” remote "
        "areas.",
        'Receipts halved as miners posted losses and what the industry calls "logistics '
        'sanctions" hit shipments.',
        'Fishing companies say the federal "quotas for keels" programme left them in debt.',
        'Officials said the plan was on track, but the "northern delivery" was late.',
    ],
)
def test_terms_in_marks_are_not_partial_quotes(text: str) -> None:
    assert extract_quotes(text).quotes == ()


def test_a_plural_possessive_inside_a_british_quote_is_an_apostrophe() -> None:
    text = (
        "Dilyara Khairullina is an economist. ‘What’s different is that the governors’ "
        "reserves are already spent,’ she said."
    )
    assert [q.text for q in extract_quotes(text).quotes] == [
        "What’s different is that the governors’ reserves are already spent,"
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # First names the list lacks: the patronymic or the surname shows gender and case.
        ("«Сырье у нас свое», — приводит пресс-служба слова министра Ильнура Рашитовича "
         "Закирзянова.", "Ильнур Рашитович Закирзянов"),
        ("По словам министра строительства Дагестана Заремы Алиевой-Гасановой, «первым "
         "заменят магистральный водовод».", "Зарема Алиева-Гасанова"),
        ("An English version, distributed by Aital Sivtsev's office, quoted him as saying: "
         '"We will not allow the northern delivery to be disrupted."', "Aital Sivtsev"),
    ],
)  # fmt: skip
def test_speakers_with_names_outside_the_list(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # A dash line announced by the line before ('сказал:'); marks inside are part of it.
        ("Докладывая о готовности, министр Сергей Сафронов сказал:\n— Мы начнём в мае. "
         "Подрядчик уже завозит материалы.",
         [("Мы начнём в мае. Подрядчик уже завозит материалы.", "Сергей Сафронов")]),
        ("Глава района Дмитрий Кулебякин напомнил о стоянке. Он заявил:\n— Жители часто "
         "спрашивают меня: «А нам-то что с этого?» Отвечаю: рабочие места.",
         [("Жители часто спрашивают меня: «А нам-то что с этого?» Отвечаю: рабочие места.",
           "Дмитрий Кулебякин")]),
        # Words nobody said: 'might ask', 'the question ... should answer'.
        ("But residents might reasonably ask: “Stable compared to what?” The network is old.",
         []),
        ("So the question the ministry should answer is simple: “Where did the money go?”", []),
        # A Russian quote ending in '?' with no dash after it: the next sentence begins.
        ("Мэр Игорь Леонтьев ответил на вопросы. Один из журналистов спросил: «Вы пойдёте на "
         "второй срок?» Леонтьев ответил коротко: «Об этом говорить рано».",
         [("Вы пойдёте на второй срок?", None), ("Об этом говорить рано", "Игорь Леонтьев")]),
        # A list of reactions: each line's speaker is its own, not the next line's.
        ('Reactions:\n- Anatoly Shirokov, mayor of Labytnangi: "For us this is not a '
         'convenience."\n- Irina Vokueva, a deputy: "I will believe it when I drive across it."',
         [("For us this is not a convenience.", "Anatoly Shirokov"),
          ("I will believe it when I drive across it.", "Irina Vokueva")]),
        # 'села Прорывное Галина Сизова': the name starts at the first name.
        ("Жительница села Прорывное Галина Сизова рассказала о паводке.\n\n«Нам сказали "
         "вывозить скотину», — вспомнила Сизова.",
         [("Нам сказали вывозить скотину", "Галина Сизова")]),
    ],
)  # fmt: skip
def test_shapes_of_the_fifth_blind_set(text: str, quotes: list[tuple[str, str | None]]) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == quotes


def test_a_long_name_after_its_noun_is_a_mention() -> None:
    text = (
        "Выплаты будут производиться в соответствии с законом «О защите населения и "
        "территорий от чрезвычайных ситуаций природного и техногенного характера»."
    )
    extraction = extract_quotes(text)
    assert extraction.quotes == ()
    assert len(extraction.mentions) == 1


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # Typists mix straight and curly marks within one quote.
        ('“We were promised the water by the 10th," said Yekaterina Voronovskaya. "I heat '
         'water in pans.”',
         [("We were promised the water by the 10th,", "Yekaterina Voronovskaya"),
          ("I heat water in pans.", "Yekaterina Voronovskaya")]),
        # A company's name in marks inside the attribution of dash speech.
        ("Суд отказал застройщику.\n\n— Решение мы обжалуем в апелляционной инстанции, — "
         "сообщил представитель ООО «СЗ Ворошиловский квартал».",
         [("Решение мы обжалуем в апелляционной инстанции,", None)]),
        # One word after a noun is a term; after 'called the plan' it is someone's word.
        ("Губернатор назвал главным условием реформы отсутствие «разрывов» в обслуживании.",
         []),
        ("Analysts called the plan ‘ambitious’.", [("ambitious", None)]),
        # The head of the regional department of a ministry is not 'the governor'.
        ("Governor Natalia Kuznetsova spoke first. Anton Petrov, head of the regional "
         'department of the Emergencies Ministry, said rescuers were ready.\n\n"We are not '
         'going to repeat 2024," the governor said.',
         [("We are not going to repeat 2024,", "Natalia Kuznetsova")]),
        # A quote inside a sentence that attributes it to nobody is nobody's.
        ('"The water is off," said Yekaterina Voronovskaya. A handwritten notice on the door '
         "reads «Горячей воды не будет до особого распоряжения».",
         [("The water is off,", "Yekaterina Voronovskaya"),
          ("Горячей воды не будет до особого распоряжения", None)]),
    ],
)  # fmt: skip
def test_shapes_of_the_sixth_blind_set(text: str, quotes: list[tuple[str, str | None]]) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == quotes


def test_a_label_after_its_noun_is_not_a_partial_quote() -> None:
    text = (
        "Как пояснила министр инвестиционной политики Ольга Мартынова, проект сопровождается "
        "в режиме «одного окна»."
    )
    assert extract_quotes(text).quotes == ()


def test_an_unnamed_minister_is_not_a_governor_named_before() -> None:
    text = (
        'Yuri Pavlenko, the governor of Kostroma Region, wrote: "We can plan ahead."\n\n'
        "A finance minister from one Volga region, who spoke on condition of anonymity, put "
        'it bluntly: "We used to report on sixty subsidies."'
    )
    assert _speakers(text) == ["Yuri Pavlenko", None]


def test_a_dash_line_announced_across_a_blank_line() -> None:
    text = (
        "Губернатор Мурманской области Михаил Корнилов, выступая на заседании, подчеркнул:\n\n"
        "— Каждая тонна рыбы, переработанная здесь, — это налоги и рабочие места."
    )
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == [
        ("Каждая тонна рыбы, переработанная здесь, — это налоги и рабочие места.",
         "Михаил Корнилов")
    ]  # fmt: skip


def test_the_head_of_a_government_is_its_chairman() -> None:
    text = (
        "Стройплощадку посетил председатель правительства Якутии Кирилл Евсеев.\n\n"
        "«Федеральный центр выполняет свои обязательства», — добавил глава правительства."
    )
    assert _speakers(text) == ["Кирилл Евсеев"]


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # A passive 'is called the main "X"' names a term; 'the direction "X"' is a label.
        ('The shortage of engineers is called the main "bottleneck" by nearly all regions.',
         []),
        ('The minister noted that the share of the direction "search for work" is falling.',
         []),
        # An eponym in an institution's name is nobody a pronoun can mean.
        ("Albert Khuzin, vice-rector of the university named after A.N. Tupolev, said "
         'admissions had doubled. "Every fourth graduate has a contract," he said.',
         [("Every fourth graduate has a contract,", "Albert Khuzin")]),
        # 'Vice-Governor' is a title, not a first name; the full name comes later.
        ('The plan was announced by Vice-Governor Kovalenko. "The hectare should not be '
         'empty," Kovalenko said. Vice-Governor of Primorsky Krai Roman Kovalenko added that '
         "roads would follow.",
         [("The hectare should not be empty,", "Roman Kovalenko")]),
        # An unnamed speaker between two quotes: the second is not the first one's.
        ('Konstantin Lebedinsky, general director of a fish plant, said: "Мы подписали '
         'контракт." A representative of the regional ministry noted that the rules are '
         'strict. "Мы не будем поддерживать такие проекты."',
         [("Мы подписали контракт.", "Konstantin Lebedinsky"),
          ("Мы не будем поддерживать такие проекты.", None)]),
        # A straight-quoted Russian quote over two paragraphs, marked only at its ends.
        ('Minister Mikhail Borodin presented the report.\n"Первый этап мы завершаем.\n'
         'Но наука — это прежде всего люди."\nThe government approved the plan.',
         [("Первый этап мы завершаем.\nНо наука — это прежде всего люди.", "Mikhail Borodin")]),
    ],
)  # fmt: skip
def test_shapes_of_the_ninth_blind_set(text: str, quotes: list[tuple[str, str | None]]) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == quotes


def test_a_russian_word_ending_like_an_abbreviation_still_ends_its_sentence() -> None:
    # 'контракт.' is no 'т.': the quote opens its own sentence after one naming one person.
    text = "Иван Петров подписал контракт. «Это очень важный проект для региона»."
    assert _speakers(text) == ["Иван Петров"]


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # A quote inside a mark that never closes is a quote all the same.
        ("Главный приз получил проект «Умная ферма, разработанный студентами. Руководитель "
         "команды Тимур Ахмедов признался: «Мы до последнего не верили, что жюри выберет "
         "агротех».",
         [("Мы до последнего не верили, что жюри выберет агротех", "Тимур Ахмедов")]),
        # Slogans, however they are punctuated, are nobody's words.
        ("Программа «Социальная газификация» идёт под девизом «Газ — в каждый дом!».", []),
        ("Над сценой висел баннер со словами «Село — наше будущее!».", []),
        # Unnamed nouns inside the quote ('жителям') are not someone who spoke.
        ("Пост разместила глава района Ольга Дьяченко. «Для Нарыма это событие историческое. "
         "Теперь нашим жителям не нужно ехать за 60 километров», — написала она.",
         [("Для Нарыма это событие историческое. Теперь нашим жителям не нужно ехать за 60 "
           "километров", "Ольга Дьяченко")]),
        # Two people with one surname; the farmer is called 'фермер' later.
        ("Фермер Никита Зуев — однофамилец главы округа. Глава округа Сергей Зуев признаёт: "
         "проблема есть.\n\n«Паром вернётся в строй к октябрю», — сказал Зуев.\n\n"
         "«Картошка ждать не будет», — говорит фермер.",
         [("Паром вернётся в строй к октябрю", "Сергей Зуев"),
          ("Картошка ждать не будет", "Никита Зуев")]),
        # 'приводит его слова': the possessive names the speaker, not the press service.
        ("Директор завода Игорь Мельников рассказал о линии. Пресс-служба приводит его слова: "
         "«Мы долго искали замену европейским машинам».",
         [("Мы долго искали замену европейским машинам", "Игорь Мельников")]),
        ("Губернатор Павел Семенцов поставил задачу. Как он сам сформулировал на совещании, "
         "«камчатцы не должны быть гостями на собственных вулканах».",
         [("камчатцы не должны быть гостями на собственных вулканах", "Павел Семенцов")]),
        # A first name the list lacks that ends like a surname; a feature's present tense.
        ("Aitalina Sivtseva, a former schoolteacher, grows strawberries. 'My pupils' parents "
         "laughed at me,' she recalls.",
         [("My pupils' parents laughed at me,", "Aitalina Sivtseva")]),
        # Initials show no case: 'В. Крылова' here is the genitive of 'В. Крылов'.
        ("Прошла встреча главы округа В. Крылова с жителями. «Дорогу отремонтируем», — заявил "
         "В. Крылов.\n\n«Школы сохранятся», — ответил глава округа.",
         [("Дорогу отремонтируем", "В. Крылов"), ("Школы сохранятся", "В. Крылов")]),
        # First name and patronymic alone name the person the article named in full.
        ("Выступила председатель совета ветеранов Нина Петровна Белова.\n\n«Мы снимались в "
         "массовке», — рассказала она. Нина Петровна поблагодарила главу.\n\n«Пусть молодёжь "
         "знает свою историю», — добавила Нина Петровна.",
         [("Мы снимались в массовке", "Нина Петровна Белова"),
          ("Пусть молодёжь знает свою историю", "Нина Петровна Белова")]),
        # A patronymic in an oblique case ('Петровны') is made nominative with the name.
        ("Слово дали председателю совета ветеранов Нине Петровне Беловой. «Мы снимались в "
         "массовке», — рассказала она.",
         [("Мы снимались в массовке", "Нина Петровна Белова")]),
    ],
)  # fmt: skip
def test_shapes_of_the_tenth_blind_set(text: str, quotes: list[tuple[str, str | None]]) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == quotes


def test_a_role_after_a_name_ends_at_a_colon() -> None:
    text = "СИНХРОН: Никита Зуев, фермер: «Мы собрали рекордный урожай, а вывезти не можем»."
    assert [(q.speaker, q.role) for q in extract_quotes(text).quotes] == [("Никита Зуев", "фермер")]


def test_a_slogan_is_kept_as_a_named_mention() -> None:
    text = "Программа идёт под девизом «Газ — в каждый дом!»."
    assert [m.text for m in extract_quotes(text).mentions] == ["Газ — в каждый дом!"]


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # A plural possessive right before the comma and the closing mark.
        ("Yekaterina Rudneva, an economist, disagrees. ‘It is the budget’s money now, not the "
         "farmers’,’ she said.",
         [("It is the budget’s money now, not the farmers’,", "Yekaterina Rudneva")]),
        # Where someone works, in marks, is no quote of theirs.
        ('Ruslan Mingazov, managing partner at "Kama Ventures", said the fund was betting on '
         'technology. "We don\'t invest in greenhouses," he said.',
         [("We don't invest in greenhouses,", "Ruslan Mingazov")]),
        ("The trial, which local media dubbed the “asphalt case,” lasted almost a year.", []),
        ("Политолог Андрей Лощилин считает, что реформа станет испытанием.\n\n«Транспорт — "
         "это то, что каждый житель чувствует на себе», — считает политолог.",
         [("Транспорт — это то, что каждый житель чувствует на себе", "Андрей Лощилин")]),
        # A political scientist is the expert.
        ("Политолог Константин Вершинин уверен, что тема станет главной. «Людям можно "
         "объяснить закрытие завода», — уверен эксперт.",
         [("Людям можно объяснить закрытие завода", "Константин Вершинин")]),
        ("Адвокат подсудимого Марина Дорош настаивала на оправдании. «Мой подзащитный не "
         "присвоил ни рубля», — заявила адвокат.",
         [("Мой подзащитный не присвоил ни рубля", "Марина Дорош")]),
        # 'Сам' (himself) is no first name.
        ("Суд вынес приговор Олегу Бочкарёву. Сам Бочкарёв вину признал частично. «Я не "
         "вор», — сказал он.",
         [("Я не вор", "Олег Бочкарёв")]),
        ("Judge Yelena Nikitina rejected the arguments. “The court finds the testimony "
         "consistent,” the judge said.",
         [("The court finds the testimony consistent,", "Yelena Nikitina")]),
        # A role word no known role matches refers to the person just named, who had none.
        ("Компанию основала бывшая учительница химии Ольга Бережная. «Мы начинали с 200 "
         "литров молока в день», — вспоминает основательница.",
         [("Мы начинали с 200 литров молока в день", "Ольга Бережная")]),
        ("По мнению Андрея Петрова-Водкина, цифра выглядит амбициозной. «Главное "
         "ограничение — инфраструктура», — поясняет доцент кафедры экономики.\n\nОн также "
         "обращает внимание на дорогу. «Какой круизный поток?» — задаётся вопросом эксперт.",
         [("Главное ограничение — инфраструктура", "Андрей Петров-Водкин"),
          ("Какой круизный поток?", "Андрей Петров-Водкин")]),
        # ... but not to one who has another role, nor to one named paragraphs back.
        ("Министр туризма Роман Кочетков рассказал о планах Мурманской области.\n\n«Главное "
         "ограничение — инфраструктура», — поясняет доцент кафедры экономики Мурманского "
         "университета.",
         [("Главное ограничение — инфраструктура", None)]),
        ('City council member Denis Shtern said the city knew. "The money was spent on a '
         'patch," Mr Shtern said.\n\nResidents queue at bathhouses.\n\nIn a statement, the '
         "mayor's office said: “Hot water will be restored by May 1.”",
         [("The money was spent on a patch,", "Denis Shtern"),
          ("Hot water will be restored by May 1.", None)]),
        # 'Валентина' is a woman's name and the genitive of 'Валентин': the words before tell.
        ("«Да мы же этот ФАП своими руками строили!» — говорит 78-летняя Валентина Кыркалова.",
         [("Да мы же этот ФАП своими руками строили!", "Валентина Кыркалова")]),
        ("По словам Александра Петрова, «дорогу построят к осени».",
         [("дорогу построят к осени", "Александр Петров")]),
        ("Tatyana Melnikova keeps the books and Pavel Orlov runs the saw. “My daughter said "
         "to me: ‘Mum, keep them for yourself!’ That’s how it started,” she laughs.",
         [("My daughter said to me: ‘Mum, keep them for yourself!’ That’s how it started,",
           "Tatyana Melnikova")]),
        # A short name in marks inside the subject after the quote.
        ('CEO Timur Gabdrakhmanov said the farm would grow. "We will double," he said. '
         '"Vertical farming is a logical addition to our portfolio," a "Rusagro" spokesperson '
         "said.",
         [("We will double,", "Timur Gabdrakhmanov"),
          ("Vertical farming is a logical addition to our portfolio,", None)]),
    ],
)  # fmt: skip
def test_shapes_of_the_eleventh_blind_set(text: str, quotes: list[tuple[str, str | None]]) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == quotes


def test_an_organisation_in_marks_after_a_preposition_is_a_mention() -> None:
    text = 'Ruslan Mingazov, managing partner at "Kama Ventures", said the fund would grow.'
    assert [m.text for m in extract_quotes(text).mentions] == ["Kama Ventures"]


def test_a_role_keeps_the_words_in_its_parentheses() -> None:
    text = (
        "Суд вынес приговор Олегу Бочкарёву, бывшему главе крестьянского (фермерского) "
        "хозяйства. «Я не вор», — сказал Бочкарёв."
    )
    assert [q.role for q in extract_quotes(text).quotes] == [
        "бывший глава крестьянского (фермерского) хозяйства"  # in the nominative: role_case.py
    ]


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # A subheading that repeats words of a quote is a headline, wherever it stands.
        ("Первый абзац текста о технопарке.\n\n«Мы привезем сюда инженеров, а жить им "
         "будет негде»\n\nИльдар Галиуллин поставил условия: «Иначе мы привезем сюда "
         "инженеров, а жить им будет негде».",
         [("Иначе мы привезем сюда инженеров, а жить им будет негде", "Ильдар Галиуллин")]),
        ("Locals, half in jest, have dubbed it the “bridge of the century.”", []),
        # A straight mark that never closes neither pairs with the next quote's marks nor
        # carries on into the next paragraph.
        ('The programme, launched under the name "Green Komi, has backed 14 projects. '
         'Minister Olga Meshcheryakova told reporters: "The region will compensate half '
         'the interest."\n\n"Applications will be accepted until December 1," the minister '
         "added.",
         [("The region will compensate half the interest.", "Olga Meshcheryakova"),
          ("Applications will be accepted until December 1,", "Olga Meshcheryakova")]),
        # 'Второе:' enumerates inside a Russian quote of two paragraphs; it is no label.
        ("Премьер-министр Ильдар Галиуллин поставил условия.\n\n«Первое: технопарк должен "
         "быть сдан в срок.\n\nВторое: мы должны построить 500 квартир»\n\nОн уехал.",
         [("Первое: технопарк должен быть сдан в срок.\n\nВторое: мы должны построить 500 "
           "квартир", "Ильдар Галиуллин")]),
        ("Мэр Екатеринбурга Алексей Воронцов выступил в думе. «Деньги в бюджете "
         "заложены», — добавил глава города.",
         [("Деньги в бюджете заложены", "Алексей Воронцов")]),
        # A noun for the person just named ...
        ("Жительница Мотовилихи Ольга Пестова водила детей в зоопарк.\n«Жалко старое "
         "место», — поделилась пермячка.",
         [("Жалко старое место", "Ольга Пестова")]),
        # ... but not for someone related to them, nor for a body.
        ("«Для нас это плюс сорок минут», — возмущается жительница Татьяна Мельникова.\n\n"
         "«А скорая как будет ездить?» — спрашивает её соседка.",
         [("Для нас это плюс сорок минут", "Татьяна Мельникова"),
          ("А скорая как будет ездить?", None)]),
        ("Gulnara Isaeva opened a bakery. «Многие просто не знают об этом», the center said "
         "in its report.",
         [("Многие просто не знают об этом", None)]),
        # First names are all a vox pop gives.
        ("“If they fence off the shore, where will we fish?” said Dmitry, a fisherman. “The "
         "young people leave anyway,” countered his neighbor Tatyana.",
         [("If they fence off the shore, where will we fish?", "Dmitry"),
          ("The young people leave anyway,", "Tatyana")]),
        ("«Дороги после сезона как после бомбежки», — жалуется водитель маршрутки Андрей.",
         [("Дороги после сезона как после бомбежки", "Андрей")]),
        ("«Мне 78 лет, носить воду тяжело», — говорит пенсионерка Валентина Ивановна.",
         [("Мне 78 лет, носить воду тяжело", "Валентина Ивановна")]),
        ('"The bottleneck is not the ports," said Tom Harrington, head of research at '
         "Eastbridge Advisory.",
         [("The bottleneck is not the ports,", "Tom Harrington")]),
    ],
)  # fmt: skip
def test_shapes_of_the_twelfth_blind_set(text: str, quotes: list[tuple[str, str | None]]) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == quotes


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # The words as said come first, their translation in parentheses after.
        ("Президент компании Ли Вэй похвалил власти. «Nobody moves faster than you» («Никто "
         "не работает быстрее вас»), — заметил Вэй.",
         [("Nobody moves faster than you", "Ли Вэй")]),
        # A title-cased name right after the noun it names is no quote, said or not.
        ('Pavel Rochev, chief executive of the pellet maker "Belomorsky Pellet", said the '
         'company had lost its buyers. "Demand in Europe disappeared overnight," Rochev said.',
         [("Demand in Europe disappeared overnight,", "Pavel Rochev")]),
        # A sentence opening with a role names whom the pronoun after it stands for.
        ("Governor Yuri Tsvetkov spoke first. Oleg Chernyshov, an adviser to the governor, "
         'said the parks were full.\n\nThe governor has repeatedly argued that production '
         'pays. In his words, "the budget earns on every car that leaves the park."',
         [("the budget earns on every car that leaves the park.", "Yuri Tsvetkov")]),
        ("Igor Shatilov, deputy governor for transport, spoke first. Andrei Knorr, deputy "
         "governor for investment, was upbeat.\n\nThe transport deputy added that work would "
         "start in spring. “The first piles go in by April,” he said.\n\nHis colleague was "
         "more cautious. “Investors will wait for the piers,” he said.",
         [("The first piles go in by April,", "Igor Shatilov"),
          ("Investors will wait for the piers,", "Andrei Knorr")]),
        # A name, then an aside too long for a subject, then the verb.
        ('"Kaluga has become a victim of its own success," Anton Frolov, an economist at the '
         'Kaluga branch of the Presidential Academy, wrote in a column for the weekly "Znamya".',
         [("Kaluga has become a victim of its own success,", "Anton Frolov")]),
        # One person in two alphabets.
        ("Governor Mikhail Zaborshchikov (Михаил Заборщиков) opened the forum. «Лес кормит "
         "область», — сказал Заборщиков.",
         [("Лес кормит область", "Mikhail Zaborshchikov")]),
        ("Ирина Пешкова (Irina Peshkova), head of the district, spoke next. \"We have 4,500 "
         'people in Karpogory," Peshkova said.',
         [("We have 4,500 people in Karpogory,", "Ирина Пешкова")]),
        # 'Губернатор помолчал и ответил:' is the governor, whoever spoke last.
        ("Губернатор Псковской области Олег Брагин встретился с фермером Станиславом "
         "Ягодкиным.\n\n— Вы это уже обещали, — напомнил Ягодкин.\n\nГубернатор помолчал и "
         "ответил:\n\n— Значит, в этот раз сделаем.",
         [("Вы это уже обещали,", "Станислав Ягодкин"),
          ("Значит, в этот раз сделаем.", "Олег Брагин")]),
        # Someone the text does not name asks about the mayor: not the mayor's words.
        ("Мэр Игорь Леонтьев ответил на вопросы. Один из журналистов, не представившись, "
         "спросил, собирается ли мэр участвовать в выборах: «Вы пойдёте на второй срок?»",
         [("Вы пойдёте на второй срок?", None)]),
    ],
)  # fmt: skip
def test_shapes_of_the_thirteenth_blind_set(
    text: str, quotes: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == quotes


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # Common first names ('Марк') are known in every case: 'Марка Левина' is a man.
        ("По словам адвоката Марка Левина, «суд проигнорировал экспертизу». Защитник "
         "намерен обжаловать решение. «Мы подадим апелляцию», — сказал он.",
         [("суд проигнорировал экспертизу", "Марк Левин"),
          ("Мы подадим апелляцию", "Марк Левин")]),
        # A neuter noun before a surname in the genitive is no one's first name.
        ("Суд приговорил Романа Кустова к пяти годам. В приговоре, который огласила судья, "
         "говорится: «Кустов получил вознаграждение». Источник сообщил: «Дело Кустова не "
         "последнее — проверки идут»",
         [("Кустов получил вознаграждение", None),
          ("Дело Кустова не последнее — проверки идут", None)]),
        # The subject right after the verb is who spoke, not whom a pronoun after it names.
        ("Yelena Zarechnaya runs for the council. “Хожу на все выборы,” said a pensioner as "
         "she left the building.",
         [("Хожу на все выборы,", None)]),
        # A sentence opening with a role nobody named holds: the pronoun is that person.
        ('Alexei Vorobyov has collected 400 complaints. "Officials keep saying no," he said.'
         '\n\nThe governor addressed the issue on his Telegram channel. "I have asked the '
         'ministry to simplify the application," he wrote.',
         [("Officials keep saying no,", "Alexei Vorobyov"),
          ("I have asked the ministry to simplify the application,", None)]),
    ],
)  # fmt: skip
def test_shapes_of_the_fourteenth_blind_set(
    text: str, quotes: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == quotes


def test_a_neuter_noun_before_a_genitive_surname_is_no_name() -> None:
    """'Дело Кустова' is Kustov's case, not a woman named Дело; a foreign name in -о the
    list knows still opens a name."""
    text = "Источник сообщил: «Дело Кустова не последнее». Выступил Марко Росси."
    assert [m.name for m in find_full_names(text)] == ["Марко Росси"]


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # Words quoted after 'in the words of X' are X's.
        ("In the words of Krasnoyarsk Krai governor Viktor Lukin, the region had “stopped "
         "begging and started proposing”.",
         [("stopped begging and started proposing", "Viktor Lukin")]),
        # 'what he called' quotes him; 'what the industry calls' names a term.
        ("Governor Viktor Lukin asked for one decision rather than what he called "
         "“salami-style funding”. Exporters fear what the industry calls “logistics "
         "sanctions”.",
         [("salami-style funding", "Viktor Lukin")]),
        # An accusation quotes the accuser, not the accused.
        ("Stanislav Gribov, an opposition deputy, accuses Governor Oleg Zhdanov of “governing "
         "by dashboard” and of neglecting rural districts.",
         [("governing by dashboard", "Stanislav Gribov")]),
        # ... and the subject of a passive said nothing.
        ("Critics say Governor Oleg Zhdanov was accused of “governing by dashboard”.", []),
        ("Начальник управления А. Петров называет нынешнюю методику «черновиком, а не "
         "стратегией».",
         [("черновиком, а не стратегией", "А. Петров")]),
        # A quote on a line of its own, signed on the next with a dash and a name.
        ('QUOTE OF THE WEEK\n"We are building a metro for a city that has stopped growing."\n'
         "- Artur Valiev, economist at Ural Federal University, speaking to Kommersant.\n\n"
         "WHAT WE'RE READING\n- Kommersant on the new rules for \"budget credits\".",
         [("We are building a metro for a city that has stopped growing.", "Artur Valiev")]),
        # ... but a list whose items name their speakers first is not signed by the next.
        ('- Anatoly Shirokov, mayor of Labytnangi: "For us this is not a convenience."\n'
         '- Irina Vokueva, a deputy: "I will believe it when I drive across it."',
         [("For us this is not a convenience.", "Anatoly Shirokov"),
          ("I will believe it when I drive across it.", "Irina Vokueva")]),
    ],
)  # fmt: skip
def test_shapes_of_the_fifteenth_blind_set(text: str, quotes: list[tuple[str, str | None]]) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == quotes


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # Adjectival women's surnames decline too.
        ("По словам министра Ольги Белой, работы «упираются в поставку труб».",
         [("упираются в поставку труб", "Ольга Белая")]),
        # A first name the list lacks, in the genitive, after (or before) its nominative.
        ("Житель Казбек Цаллагов выступил против. По словам Казбека Цаллагова, «в районе и "
         "так не хватает школ».",
         [("в районе и так не хватает школ", "Казбек Цаллагов")]),
        ("По словам Казбека Цаллагова, «школ не хватает». Казбек Цаллагов живёт рядом. "
         "«Мы против», — сказал он.",
         [("школ не хватает", "Казбек Цаллагов"), ("Мы против", "Казбек Цаллагов")]),
        # What she is, before a first name the list lacks and her surname.
        ("Фельдшер Айталина Гоголева осталась в селе. «Мы на связи с санавиацией», — "
         "говорит она.",
         [("Мы на связи с санавиацией", "Айталина Гоголева")]),
        # The architect named before, answering someone else.
        ("Главный архитектор проекта Георгий Кокаев выступил первым. Пенсионер возразил. "
         "«Парковка будет подземной, — ответил архитектор пенсионеру. — Наверху останется "
         "газон».",
         [("Парковка будет подземной,", "Георгий Кокаев"),
          ("Наверху останется газон", "Георгий Кокаев")]),
        # 'Глава региона' opening a sentence is the governor, whom the pronoun then names.
        ("Губернатор Ульяновской области Алексей Лаврентьев провёл совещание.\n\nГлава "
         "региона подчеркнул, что темпы его не устраивают. Обращаясь к главам районов, он "
         "сказал: «Отопительный сезон начинается сейчас».",
         [("Отопительный сезон начинается сейчас", "Алексей Лаврентьев")]),
        # A pensioner may chair a house council; a governor is nobody's 'farmer'.
        ("Председатель совета дома Валентина Кошкина говорит, что жильцы ждали ремонта. "
         "«Мы уже и не верили», — рассказала пенсионерка.",
         [("Мы уже и не верили", "Валентина Кошкина")]),
        ("Губернатор Олег Брагин приехал в деревню.\n\n«Молоковоз приходит раз в два дня», "
         "— говорит фермер.",
         [("Молоковоз приходит раз в два дня", None)]),
        # A lower-case word after a colon that nobody says is a label; one after a verb of
        # calling with its object before it quotes whoever called.
        ("Законопроект принят в первом чтении: «за» проголосовали 68 депутатов, «против» — 12.",
         []),
        ("Директор Шамиль Гаджиев отверг обвинения. Публикации в соцсетях он назвал "
         "«заказными».",
         [("заказными", "Шамиль Гаджиев")]),
    ],
)  # fmt: skip
def test_shapes_of_the_sixteenth_blind_set(text: str, quotes: list[tuple[str, str | None]]) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == quotes


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # A first name alone is the one person named in full with it.
        ("Ахмед Бисултанов встречает нас у ворот. «Вот я и не уехал», — говорит Ахмед.",
         [("Вот я и не уехал", "Ахмед Бисултанов")]),
        # Two sentences on a sign are read, not a name; a verdict 'deemed' fair quotes
        # whoever deemed it.
        ("На заборе висит табличка: «Ведутся взрывные работы. Проход запрещён».",
         [("Ведутся взрывные работы. Проход запрещён", None)]),
        ("В прокуратуре республики, напротив, сочли приговор «справедливым и соразмерным "
         "содеянному».",
         [("справедливым и соразмерным содеянному", None)]),
        # What a long object is called, in the instrumental, quotes the caller; a word
        # inside the object is a term.
        ("Губернатор Евгений Бондаренко назвал работу регионального оператора ООО "
         "«Эко-Омск» «неудовлетворительной».",
         [("неудовлетворительной", "Евгений Бондаренко")]),
        # A name that is not its sentence's subject (in what someone said, or an object in
        # the dative) is not whom the pronoun after the sentence stands for.
        ("Глава города Сергей Овчаренко представил проект. Депутат Алексей Смирнов назвал "
         "его слабым.\n\nМэр напомнил, что Смирнов голосовал за такой же бюджет. «Тогда вас "
         "всё устраивало», — сказал он.",
         [("Тогда вас всё устраивало", "Сергей Овчаренко")]),
        ("Губернатор Евгений Бондаренко ответил на вопросы. Губернатор поручил "
         "вице-губернатору Игорю Ткачуку разобраться. «Через неделю доложите мне лично», — "
         "сказал он.",
         [("Через неделю доложите мне лично", "Евгений Бондаренко")]),
        # 'По словам собеседника' is someone unnamed: the pronoun after is not the last name.
        ("Гендиректор Андрей Литвиненко подтвердил это. «Мы работаем», — сказал он.\n\nПо "
         "словам собеседника издания в правительстве, власти заинтересованы. «Для нас это "
         "принципиально», — пояснил он.",
         [("Мы работаем", "Андрей Литвиненко"), ("Для нас это принципиально", None)]),
        # A possessive is not whom a pronoun after the sentence stands for.
        ("Rinat Gabdrakhmanov runs a sawmill. Gabdrakhmanov said his competitor, Pavel "
         "Yermakov's Northern Timber Group, had fared better. \"We can't compete with "
         'that," he said.',
         [("We can't compete with that,", "Rinat Gabdrakhmanov")]),
        # 'замминистра' is the deputy minister named before.
        ("Заместитель министра Туяна Дашиева выступила. «Программа обязывает отработать "
         "пять лет, — уточнила замминистра. — Мы решаем вопросы жилья».",
         [("Программа обязывает отработать пять лет,", "Туяна Дашиева"),
          ("Мы решаем вопросы жилья", "Туяна Дашиева")]),
        # (This one guards the rule above against over-reach.)
        ("Губернатор Андрей Ветлугин назвал главным условием реформы отсутствие «разрывов» "
         "в обслуживании.", []),
    ],
)  # fmt: skip
def test_shapes_of_the_seventeenth_blind_set(
    text: str, quotes: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == quotes


def test_an_unknown_first_name_in_the_dative_is_read_from_its_own_ending() -> None:
    """'-овой' is several cases; 'Зареме' says which: the dative of Зарема. And 'Утром'
    (in the morning) before a surname is no first name."""
    names = [m.name for m in find_full_names("рассказывает Зареме Ахмадовой Хеда")]
    assert names == ["Зарема Ахмадова"]
    assert find_full_names("Утром Эльмурзаев уезжает в район.") == []


def test_a_name_with_a_full_stop_inside_stays_a_name() -> None:
    """Two sentences after a colon are read out ('табличка: «Ведутся работы. Проход
    запрещён»'), but a channel's name with a full stop in it is still a name."""
    extraction = extract_quotes(
        "Об этом сообщил телеграм-канал «Бурятия. Главное». Министр Ирина Ковальчук "
        "сказала: «Учителя приедут в сентябре»."
    )
    assert [m.text for m in extraction.mentions] == ["Бурятия. Главное"]
    assert [(q.text, q.speaker) for q in extraction.quotes] == [
        ("Учителя приедут в сентябре", "Ирина Ковальчук")
    ]


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # A one-word answer after a verb of saying is speech, not a name in marks.
        ("На вопрос, будут ли пересматриваться условия, Ефремов ответил коротко: «Нет».",
         [("Нет", "Ефремов")]),
        # Verbs are found whatever the text writes for ё: 'признаёт' as 'признает'.
        ("Мэр Кунгура Вадим Лысков признаёт, что город долго жил «за счёт пещеры».",
         [("за счёт пещеры", "Вадим Лысков")]),
        # 'вице-губернатор' is the deputy governor named before.
        ("Бюджет представил первый заместитель губернатора области Анатолий Веденеев. "
         "Депутат Олег Смирнов спросил о дорогах. «Откройте приложение номер семь», — "
         "ответил вице-губернатор.",
         [("Откройте приложение номер семь", "Анатолий Веденеев")]),
        # A pronoun after 'a woman' the text brings in is hers, not the woman named before.
        ('Valentina Kharitonova runs the monitoring group. I asked a woman waiting at a bus '
         'stop what she thought. "Nobody believes a report any more," she said.',
         [("Nobody believes a report any more,", None)]),
        # A description and where the person is from bring in someone new.
        ("О Галине Сысоевой говорят как о легенде. «Держит человека не миллион», — уверена "
         "Сысоева.\n\nЖители сёл перемены замечают. «Теперь врач принимает у нас», — "
         "рассказала пенсионерка из села Мокроусово.",
         [("Держит человека не миллион", "Галина Сысоева"),
          ("Теперь врач принимает у нас", None)]),
        # A place after 'from' is no surname; a role without one stays the named expert's
        # (the second guards the rule against over-reach).
        ("Фермер Иван Петров вышел в поле. «Урожай хороший», — сказал фермер из Тамбова.",
         [("Урожай хороший", None)]),
        ("Об этом рассказал эксперт ВШЭ Иван Петров. «Цены вырастут», — добавил эксперт из "
         "ВШЭ.", [("Цены вырастут", "Иван Петров")]),
        # Someone the text says it will not name is nobody named; so is 'он' after them.
        ("Председатель ассоциации фермеров Виктор Грачёв назвал сроки «очередным обещанием».\n\n"
         "Фермер из Мичуринского округа, попросивший не называть его имени, назвал цены "
         "«грабительскими». «Я продал подсолнечник дешевле, чем в 2021-м», — рассказал он.",
         [("очередным обещанием", "Виктор Грачёв"), ("грабительскими", None),
          ("Я продал подсолнечник дешевле, чем в 2021-м", None)]),
        ("Ivan Petrov, the deputy governor, spoke first. Another participant, who asked not "
         'to be named, was blunter. "The money is gone," he said.',
         [("The money is gone,", None)]),
        # The reporter's translation in parentheses after the attribution is not a second
        # quote.
        ("Governor Andrei Lazarev has never hidden his view. «Мы не будем закрывать "
         "предприятия», he told the regional legislature in his annual address (\"We [the "
         "territory] will not close enterprises that employ tens of thousands of people\"). "
         "It is not a plan.",
         [("Мы не будем закрывать предприятия", "Andrei Lazarev")]),
    ],
)  # fmt: skip
def test_shapes_of_the_eighteenth_blind_set(
    text: str, quotes: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == quotes


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # A person named with a patronymic anywhere is named with it everywhere; a word in
        # -ы before a surname in the nominative is no first name.
        ("Илья Пермяков: «Город не может жить от гранта до гранта»\nГлава Тобольска Илья "
         "Викторович Пермяков руководит городом. Прогнозы Пермяков давать не торопится. "
         "«Нам нужна своя экономика», — говорит Пермяков.",
         [("Нам нужна своя экономика", "Илья Викторович Пермяков")]),
        # In an interview, what an answer quotes in the first person is the interviewee's;
        # what others said to them is not.
        ("Nikolai Gorshkov became governor in 2024. We spoke to him in his office.\n"
         "Q: Why cut the roads budget?\n"
         'A: In January I gathered the district heads and told them: "No new projects." '
         'When I came to Yelets, they told me: "Fix the buses first."',
         [("No new projects.", "Nikolai Gorshkov"), ("Fix the buses first.", None)]),
        # Wire copy's abbreviated titles.
        ("TAMBOV — The region will build a hub, Gov. Alexei Rudnev said. Economist Igor Lapin "
         "doubts it. "
         '"Come back in a year," the governor wrote on VKontakte.',
         [("Come back in a year,", "Alexei Rudnev")]),
        # A role subject after an opening phrase, in the paragraph before a quote that
        # opens its own.
        ("Deputy Prime Minister Yuri Savelyev opened the meeting. \"...and then they tell us "
         "to economise,\" said Pyotr Vylko, a herder.\nAccording to the transcript, the deputy "
         "prime minister listened for two hours. \"I hear you,\" he said.",
         [("...and then they tell us to economise,", "Pyotr Vylko"),
          ("I hear you,", "Yuri Savelyev")]),
        ("Governor Oleg Pashnin thanked farmers. “Nothing is satisfactory,” said Viktor "
         "Shulgin, a farmer.\nIn his video address, the governor struck a warmer note.\n"
         "“This year tested every farmer.\n“The state will keep its word,” he said.",
         [("Nothing is satisfactory,", "Viktor Shulgin"),
          ("This year tested every farmer.\n“The state will keep its word,", "Oleg Pashnin")]),
        # An office speaks for itself, unless it quotes its head.
        ("Губернатор Костромской области Юрий Сметанин открыл мост. Пресс-служба губернатора "
         "сообщила: «Подрядчик выполнил 62% работ». «Откроем в срок», — цитирует пресс-служба "
         "губернатора.",
         [("Подрядчик выполнил 62% работ", None), ("Откроем в срок", "Юрий Сметанин")]),
        # A ministry by its short name: its head is its minister.
        ("Министр транспорта Андрей Зубков провёл переговоры. На вопрос о сроках глава "
         "Минтранса был краток: «Сроки — 2028 год. Без переносов».",
         [("Сроки — 2028 год. Без переносов", "Андрей Зубков")]),
        # A banner's words right after it are no one's; 'называла', 'describe', 'пишут'.
        ("На ограждении висит транспарант «Строим мост — строим будущее!». Ранее министр Анна "
         "Лебедева называла станкостроение «недооценённой отраслью». «Лишь бы не перекрыли "
         "старый мост», — пишут жители.",
         [("недооценённой отраслью", "Анна Лебедева"), ("Лишь бы не перекрыли старый мост", None)]),
        ("Developers describe the situation as ‘a perfect storm’.", [("a perfect storm", None)]),
        # Instructions and gestures attribute words too.
        ('Deputy Prime Minister Yuri Savelyev instructed the ministry to prepare "within two '
         'weeks" a list of settlements.', [("within two weeks", "Yuri Savelyev")]),
        ("В посёлке ждут газ десять лет.\n— Когда дадут газ?\n"
         "— Не спрашивайте… — машет рукой хозяйка.", [("Не спрашивайте…", None)]),
    ],
)  # fmt: skip
def test_shapes_of_the_nineteenth_blind_set(
    text: str, quotes: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == quotes


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # A name in the dative right after the verb is whom it was said to.
        ("Министр Хизри Абакаров осмотрел порт.\n— Первая очередь будет готова через год, — "
         "сообщил Хизри Абакарову генеральный директор подрядчика Магомед Алиев.",
         [("Первая очередь будет готова через год,", "Магомед Алиев")]),
        ("Министр Залина Кочиева приехала на завод.\n— Думала, что уже не вернусь, — "
         "рассказала Залине Кочиевой Фатима Гуриева.",
         [("Думала, что уже не вернусь,", "Фатима Гуриева")]),
        # After 'по словам', a first name the list lacks and a surname in -ова are a man's
        # genitive.
        ("По словам Залима Кушхова, «загрузка гостиниц упала». По мнению Хизри Абакарова, "
         "«без дороги порт не заработает».",
         [("загрузка гостиниц упала", "Залим Кушхов"),
          ("без дороги порт не заработает", "Хизри Абакаров")]),
        # Arabic surnames keep their article in lower case.
        ("Вице-президент компании Ахмед аль-Мансури заявил: «Мы вложим 1,5 млрд долларов».",
         [("Мы вложим 1,5 млрд долларов", "Ахмед аль-Мансури")]),
        ('"We are not here for a photo," said Ahmed al-Mansouri, the fund\'s director.',
         [("We are not here for a photo,", "Ahmed al-Mansouri")]),
        # One person in several spellings: the first one, throughout.
        ("Evgeny Grigoryev, head of the Mirny district, opened the greenhouses. Yevgeny "
         "Grigoryev (Евгений Григорьев in Russian media) is blunt. \"Nobody says cucumbers "
         "will replace diamonds,\" Grigoryev said. «Первые огурцы уже в магазинах», — написал "
         "Евгений Григорьев.",
         [("Nobody says cucumbers will replace diamonds,", "Evgeny Grigoryev"),
          ("Первые огурцы уже в магазинах", "Evgeny Grigoryev")]),
        # Placards' words are no one's; 'отзывается' attributes words.
        ("Жители пришли с плакатами «Нет свалке у наших домов!». «Полигон будет рядом», — "
         "заявил фермер Пётр Иванов.\n— Потому что коровы не знают, — отзывается Иванов.",
         [("Полигон будет рядом", "Пётр Иванов"), ("Потому что коровы не знают,", "Пётр Иванов")]),
    ],
)  # fmt: skip
def test_shapes_of_the_twentieth_blind_set(text: str, quotes: list[tuple[str, str | None]]) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == quotes


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # A pull quote sets out again words said earlier: one quote.
        ("Timur Pak puts it more bluntly. “Land is free. Everything else costs money.”\n\n"
         "The farm has no grid connection.\n\n“Land is free. Everything else costs money.”\n",
         [("Land is free. Everything else costs money.", "Timur Pak")]),
        # A so-called term later in the sentence of a quote is no more of it.
        ('Governor Igor Samsonov added: "Schools and ports are not competitors." He then '
         "turned to the so-called “northern delivery”, the seasonal shipment of fuel.",
         [("Schools and ports are not competitors.", "Igor Samsonov")]),
        # A list of who said what, announced by a colon, is not one speech.
        ("Here is what officials told the press:\n\n- Governor Mikhail Yevdokimov (Kirov "
         'region): "We enter the winter with a fuel reserve for 45 days."\n- Governor Olga '
         'Lanskaya (Tver region): "Every boiler house has been checked."\n',
         [("We enter the winter with a fuel reserve for 45 days.", "Mikhail Yevdokimov"),
          ("Every boiler house has been checked.", "Olga Lanskaya")]),
        # 'повторил, что «...»'; one person in the spellings 'Alexei' and 'Aleksei'.
        ("Министр Виктор Дроздецкий ещё раз повторил журналистам, что новый срок "
         "«окончательный и пересматриваться не будет».",
         [("окончательный и пересматриваться не будет", "Виктор Дроздецкий")]),
        ('Finance minister Alexei Kolodeznikov presented the budget. Aleksei Kolodeznikov '
         'said the region was "entitled to optimism".',
         [("entitled to optimism", "Alexei Kolodeznikov")]),
        # Dash speech that quotes others inside it is still dash speech.
        ("Активистка Ольга Гусева добивается ремонта дороги.\n\n— В 2022 году нам говорили "
         "„в следующем сезоне“, в 2023-м — то же самое. Я уже не верю, — говорит Гусева.",
         [("В 2022 году нам говорили „в следующем сезоне“, в 2023-м — то же самое. Я уже не "
           "верю,", "Ольга Гусева")]),
        # A sentence opened by 'по его словам' reports the words it quotes.
        ("Председатель совета дома Артём Козырев следит за температурой. По его словам, "
         "лаборатория готова приезжать на замеры «по первому звонку».",
         [("по первому звонку", "Артём Козырев")]),
        # Reported words with a participle clause after them; what someone says they were
        # made.
        ("- Governor Alexei Bykov's spokesman, Ilya Vorontsov, said the governor \"has no "
         "plans\" to run for the Duma, dismissing what he called \"the usual autumn rumours\".",
         [("has no plans", "Ilya Vorontsov"), ("the usual autumn rumours", "Ilya Vorontsov")]),
        ('Andrei Lisitsyn, whose company signed the certificates, said he had been made a '
         '"scapegoat".', [("scapegoat", "Andrei Lisitsyn")]),
        # Words quoted later in the sentence of a quote, with no one else named for them,
        # are the same speaker's.
        ("Governor Anton Kravtsov, speaking to Kommersant on Monday, called the situation "
         "«рукотворным кризисом» (a man-made crisis) and accused federal officials of "
         '"counting every rouble twice".',
         [("рукотворным кризисом", "Anton Kravtsov"),
          ("counting every rouble twice", "Anton Kravtsov")]),
    ],
)  # fmt: skip
def test_shapes_of_the_twenty_first_blind_set(
    text: str, quotes: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == quotes


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # 'Aleksandr' and 'Alexander' are one spelling.
        ("AIRR director general Alexander Feoktistov opened the session. Aleksandr "
         'Feoktistov said: "The zone has long ceased to be a set of buildings."',
         [("The zone has long ceased to be a set of buildings.", "Alexander Feoktistov")]),
        # 'according to her' is a pronoun's phrase, like 'in her words'.
        ("Deputy governor Yelena Prokhorenko presented the programme. According to her, "
         "“universities have to become suppliers of technology”.",
         [("universities have to become suppliers of technology", "Yelena Prokhorenko")]),
    ],
)  # fmt: skip
def test_shapes_of_the_twenty_second_blind_set(
    text: str, quotes: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == quotes


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # A deputy prime minister is a deputy chairman of the government.
        ("Pyotr Sivtsev, deputy chairman of the republic's government in charge of "
         "construction, spoke on Tuesday. The deputy prime minister called the pace "
         '"unacceptably slow".',
         [("unacceptably slow", "Pyotr Sivtsev")]),
        # The chair of a legislature's committee is one of its deputies.
        ("По мнению Игоря Шевченко, председателя комитета Законодательного собрания по "
         "социальной политике, срок стоит продлить. «Семь лет вместо пяти — разумный "
         "компромисс», — считает депутат.",
         [("Семь лет вместо пяти — разумный компромисс", "Игорь Шевченко")]),
        # A name no list knows, set off by its role, is a person's.
        ("Governor Konstantin Belov spoke first. Zhang Wei, general manager of a "
         'Harbin-based logistics firm, was impressed. "It took seven months," he said.',
         [("It took seven months,", "Zhang Wei")]),
        # A text's words: nobody's, not the last speaker's.
        ("Minister Aruna Tokhtonova replied. «Правила должны быть понятны», Tokhtonova said. "
         "A petition has collected 3,000 signatures. «Мы не против туристов. Мы против "
         "бетона», the petition reads.",
         [("Правила должны быть понятны", "Aruna Tokhtonova"),
          ("Мы не против туристов. Мы против бетона", None)]),
        ("Глава района Олег Лапин выступил первым. «Работы начнутся весной», — сказал Лапин. "
         "«Просим отремонтировать мост. Ездить опасно», — написано в обращении жителей.",
         [("Работы начнутся весной", "Олег Лапин"),
          ("Просим отремонтировать мост. Ездить опасно", None)]),
        # '... and asked not to be named' keeps the speaker unnamed, as 'who asked' does.
        ('Governor Valery Dronov said: "The mine will not close." A miner who has worked '
         "underground for 19 years and asked not to be named said he had heard promises "
         "before. «Где она?» he asked.",
         [("The mine will not close.", "Valery Dronov"), ("Где она?", None)]),
        # 'called <a longer object> «...-ыми»': the word in the instrumental is what it
        # was called.
        ("Alexander Markov, the mayor of Prokopyevsk, spoke next. He called the deadlines "
         "set by Moscow «нереальными» and asked for more time.",
         [("нереальными", "Alexander Markov")]),
        # Links to other articles under a page's text quote their headlines, not speech.
        ("Губернатор Сергей Ракитин открыл завод. «Каждый кубометр должен перерабатываться "
         "здесь», — заявил Ракитин.\n\nЧитайте также: Губернатор: «Лес должен работать на "
         "область, а не уезжать кругляком»\n\nПо словам главы региона, доля выросла.",
         [("Каждый кубометр должен перерабатываться здесь", "Сергей Ракитин")]),
        ('Governor Vladimir Solodov opened the trail. "The park is for everyone," Solodov '
         'said.\n\nRelated articles\nKamchatka extends subsidised flights\nRanger: "We '
         'turned back 40 tourists in one morning"\nFar East regions ask for a longer '
         "experiment\n",
         [("The park is for everyone,", "Vladimir Solodov")]),
    ],
)  # fmt: skip
def test_shapes_of_the_twenty_third_blind_set(
    text: str, quotes: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == quotes


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # A headline 'Name: words' over an interview is no transcript turn running to the
        # end; a head of a republic is not the district head named before.
        ("Глава Сегежского округа Виктор Лебедев: школу сдадим к сентябрю\n\nКорреспондент "
         "поговорил с главой округа Виктором Лебедевым.\n\n— Что с дорогами?\n\n— Глава "
         "республики, когда был у нас в феврале, назвал подъезд к Надвоицам «позором для "
         "всего Беломорья» и поручил включить его в план.\n",
         [("позором для всего Беломорья", None)]),
        # In an interview set out with dashes, an answer's first person is the interviewee.
        ("Корреспондент поговорил с главой округа Виктором Лебедевым.\n\n— Кто будет учить?"
         "\n\n— Это главный вопрос. Я всё время повторяю коллегам: «Мы конкурируем не с "
         "соседним районом, а с Петербургом».\n\n— А жильё?\n\n— Решается, но медленно.\n",
         [("Мы конкурируем не с соседним районом, а с Петербургом", "Виктор Лебедев")]),
        # Words before the verb that name nobody, and a name announcing the quote.
        ("Об этом, кстати, хорошо сказал на совете мой коллега, глава Кемского округа Сергей "
         "Журавлёв: «Нам не нужны новые программы».",
         [("Нам не нужны новые программы", "Сергей Журавлёв")]),
        # 'бизнесмен' and 'бригадир' describe the person named before.
        ("По словам Магомеда Алиева, генерального директора компании, вторая очередь будет "
         "введена в 2027 году. «Без кредита она не окупится», — подчеркнул бизнесмен.",
         [("Без кредита она не окупится", "Магомед Алиев")]),
        ("— Олень лёд не пробьёт, — рассказывает Пётр Яптик.\nПо его словам, бригада потеряла "
         "почти каждого пятого оленя.\n«Такого не было с 2013 года», — добавил бригадир.",
         [("Олень лёд не пробьёт,", "Пётр Яптик"), ("Такого не было с 2013 года", "Пётр Яптик")]),
        # A first name the lists lack, after the person was named in full.
        ("Оператор теплицы Фатима Гатагонова живёт в соседнем селе.\n— Раньше я ездила во "
         "Владикавказ. Теперь — десять минут пешком, — говорит Фатима.",
         [("Раньше я ездила во Владикавказ. Теперь — десять минут пешком,",
           "Фатима Гатагонова")]),
        # Told to someone, by someone unnamed: the name in the dative is not the speaker.
        ("Фермер Залина Кокоева узнала о победе неожиданно. «Поздравляем, вы прошли», — "
         "сообщили Залине Кокоевой в региональном Минсельхозе.",
         [("Поздравляем, вы прошли", None)]),
        # 'She calls X "..."': the present tense quotes too.
        ("Paramedic Nadezhda Popova has her own calendar. She calls the period when the ice "
         "road is closing “the most dangerous six weeks of the year,” when people still try "
         "to cross.",
         [("the most dangerous six weeks of the year,", "Nadezhda Popova")]),
        # The Cyrillic spelling of a name given in Latin, inside the quote it attributes.
        ("Tuyana Dashieva runs a guest house. «Мы не против правил, — говорит Дашиева, — мы "
         "против того, что их пишут в Москве».",
         [("Мы не против правил,", "Tuyana Dashieva"),
          ("мы против того, что их пишут в Москве", "Tuyana Dashieva")]),
        # Verbs: 'muttered'; a saying 'любят повторять'.
        ("Governor Andrei Chibis spoke for an hour.\n\n‘It’s all for the report,’ someone "
         "muttered at the back of the hall.",
         [("It’s all for the report,", None)]),
        ("Глава района Алексей Вануйто выступил.\n\n«Тундра не прощает спешки», — любят "
         "повторять в Яр-Сале.",
         [("Тундра не прощает спешки", None)]),
        # 'назвал <a long object with a number> «...-ыми»'.
        ("Депутат Руслан Гайнуллин назвал сроки возвращения маршрута № 88 «нереальными».",
         [("нереальными", "Руслан Гайнуллин")]),
    ],
)  # fmt: skip
def test_shapes_of_the_twenty_fourth_blind_set(
    text: str, quotes: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == quotes


# A report as a PDF gives it: lines broken at the margin, words hyphenated at line ends,
# page furniture between paragraphs.
_WRAPPED_REPORT = (
    "Regional Policy Review | No. 4 | 2025\n\n"
    "The paper draws on 34 semi-structured interviews conducted between October\n"
    "2024 and March 2025 in Murmansk Region, Arkhangelsk Region and the\n"
    "Republic of Sakha (Yakutia). Interviewees who agreed to be named are\n"
    "identified by name and position; others are cited by role only.\n\n"
    "— 6 —\n\n"
    "Regional officials were candid about the limits of the regime. Pavel\n"
    "Drozdov, head of the regional investment agency, put it bluntly: “We sold\n"
    "the Arctic Zone as a tax story.”[12] The port operators agree with him,\n"
    "though they put the problem in terms of rolling stock and berths.\n\n"
    "В интервью для настоящей записки заместитель председателя правительства\n"
    "Иркутской области Сергей Викторович Ладыгин охарактеризовал инструмент\n"
    "так: «Мы сознательно выбрали объекты, которые годами стояли в очереди, —\n"
    "отметил в разговоре с авторами записки вице-премьер С. В. Лады-\n"
    "гин, — и которые без льготного финансирования так и остались бы в оче-\n"
    "реди ещё лет на десять».\n"
)


def test_a_hard_wrapped_text_is_read_across_its_line_breaks() -> None:
    quotes = extract_quotes(_WRAPPED_REPORT).quotes
    assert [(" ".join(q.text.split()), q.speaker) for q in quotes] == [
        ("We sold the Arctic Zone as a tax story.", "Pavel Drozdov"),
        ("Мы сознательно выбрали объекты, которые годами стояли в очереди,",
         "Сергей Викторович Ладыгин"),
        ("и которые без льготного финансирования так и остались бы в оче- реди ещё лет на "
         "десять", "Сергей Викторович Ладыгин"),
    ]  # fmt: skip
    for quote in quotes:  # offsets and texts are the text's own, line breaks and all
        assert _WRAPPED_REPORT[quote.start : quote.end] == quote.text
    assert "оче-\nреди" in quotes[-1].text


def test_an_e_mail_s_reply_prefixes_do_not_break_its_sentences() -> None:
    text = (
        "Forwarded note from our correspondent in Novosibirsk follows below and it\n"
        "is reproduced without changes, as the editors have decided this week.\n\n"
        "> The forum was crowded and the mood was cautious. Governor Andrei\n"
        "> Travnikov opened the session with a warning to the investors who came:\n"
        "> “If we are still laying asphalt in July, we have failed,” he told the\n"
        "> hall, and the ministers sitting beside him nodded along in agreement.\n"
        "> Nobody from the federal government answered the question at the time.\n"
        "> The second day was given over to the industrial parks of the region.\n"
    )
    quotes = extract_quotes(text).quotes
    assert [(q.text, q.speaker) for q in quotes] == [
        ("If we are still laying asphalt in July, we have failed,", "Andrei Travnikov")
    ]


def test_short_lines_of_their_own_are_not_a_wrapped_text() -> None:
    text = "".join(
        f"12:0{minute} Губернатор Алексей Шилов: «Проверим каждую школу района номер {minute}».\n"
        for minute in range(8)
    )
    quotes = extract_quotes(text).quotes
    assert len(quotes) == 8 and all(q.speaker == "Алексей Шилов" for q in quotes)


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # 'the chief executive of one company': someone unnamed, whoever else is known.
        ("Irina Kopylova, chief executive of the port, spoke first. As the chief executive of "
         "one Murmansk resident company told us, “Preferences are cheap. Wagons are "
         "expensive.”",
         [("Preferences are cheap. Wagons are expensive.", None)]),
        # 'In his view' introduces his words, as 'in his words' does.
        ("Andrei Lisitsyn, deputy head of the city administration, spoke. In his view, the "
         "main problem is sequencing: “We cannot demolish before we resettle.”",
         [("We cannot demolish before we resettle.", "Andrei Lisitsyn")]),
        # Someone's own words quoted again, as theirs: 'Lisitsyn's formulation — “...”'.
        ("Andrei Lisitsyn, deputy head of the city administration, spoke.\n\nThe mechanism "
         "has not failed. Lisitsyn's formulation — “somebody has to go first” — captures "
         "the dilemma well.",
         [("somebody has to go first", "Andrei Lisitsyn")]),
        # 'What Drozdov called “...”' quotes Drozdov ('what the industry calls' is a term).
        ("Pavel Drozdov heads the agency. What Drozdov called “the February question” "
         "matters most.",
         [("the February question", "Pavel Drozdov")]),
        # The role given inside the marks ('— подчеркнул губернатор Омской области Андрей
        # Зиновьев. —') is his, for 'отметил губернатор' later.
        ("«Для села школа — это ответ на вопрос, останется ли семья, — подчеркнул губернатор "
         "Омской области Андрей Зиновьев. — Поэтому объекты будут на контроле».\n\nАндрей "
         "Зиновьев назвал соглашение важным. По словам главы региона, приоритет отдавался "
         "районам с притоком населения. «Мы видим по статистике: там, где появились школы, "
         "люди остаются», — отметил губернатор.",
         [("Для села школа — это ответ на вопрос, останется ли семья,", "Андрей Зиновьев"),
          ("Поэтому объекты будут на контроле", "Андрей Зиновьев"),
          ("Мы видим по статистике: там, где появились школы, люди остаются",
           "Андрей Зиновьев")]),
    ],
)  # fmt: skip
def test_shapes_of_the_twenty_fifth_blind_set(
    text: str, quotes: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == quotes


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # A Markdown blockquote signed on the line below.
        ("Ключевой собеседник — заместитель губернатора Ирина Колосова.\n\n> «Мы не "
         "подрядчики для районов, мы соинвесторы».\n> — Ирина Колосова, заместитель "
         "губернатора\n",
         [("Мы не подрядчики для районов, мы соинвесторы", "Ирина Колосова")]),
        # Emphasis around the marks is no word; inside them it is part of the quote. A few
        # words of how it was said stand between the dash and the verb.
        ("**«Кадры — это жильё»**, — несколько раз повторил глава Зонального района "
         "Евгений Пряхин. «Самое трудное — *не стройка*», — признал он.",
         [("Кадры — это жильё", "Евгений Пряхин"),
          ("Самое трудное — *не стройка*", "Евгений Пряхин")]),
        # A table: a quote filling its cell is said by the person its row names; a column
        # of quotes holds words nobody in the row is named for, too.
        ("Глава Тотемского округа Сергей Веретенников встретил нас у моста.\n\n| Округ | Кто "
         "| Реплика |\n|---|---|---|\n| Тотемский | С. Веретенников | «Без моста нас "
         "отрежет на полгода» |\n| Шуйское | министерство | «Заявки принимаются через "
         "Госуслуги» |\n| Сокол | жители | «Дорогу ждём двадцать лет» |\n",
         [("Без моста нас отрежет на полгода", "Сергей Веретенников"),
          ("Заявки принимаются через Госуслуги", None),
          ("Дорогу ждём двадцать лет", None)]),
        # A name in the order documents give it; a first name with a surname's initial.
        ("The head of the department Pronin Viktor Alekseyevich spoke. «Дорогу ждали "
         "двадцать лет», — noted the head of the department.",
         [("Дорогу ждали двадцать лет", "Viktor Alekseyevich Pronin")]),
        ("Позже Анна Ч. сформулировала жёстче: «Наставник важнее зарплаты».",
         [("Наставник важнее зарплаты", "Анна Ч.")]),
        # Russian words with an English rendering, in a Russian text: the Russian stays.
        ("Водитель автобуса ответил коротко: «Ну, как-нибудь» (\"Well, somehow\"). Имени "
         "называть не стал.",
         [("Ну, как-нибудь", None)]),
        # A noun for words said, before the colon: words, however short and capitalised.
        ("The guide Timur Yaganov repeats to the tourists one phrase: «Вулкан не любит "
         "суеты».",
         [("Вулкан не любит суеты", "Timur Yaganov")]),
    ],
)  # fmt: skip
def test_shapes_of_the_twenty_sixth_blind_set(
    text: str, quotes: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == quotes


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # The title of a session or a round table is no quote, however it reads.
        ("На форуме прошла сессия «Агломерации Сибири: кто платит за рост». Министр "
         "Ирина Ковалёва выступила первой.",
         []),
        ('A session titled "Investment Standard 3.0: What Do Investors Really Need From '
         'Regions?" opened the forum.',
         []),
        # 'привёл данные министр' attributes the words it splits.
        ("Министр культуры Андрей Гусев выступил.\n\n«В музеи сходили 186 тысяч человек, — "
         "привёл данные министр. — Пять лет назад это было невозможно».",
         [("В музеи сходили 186 тысяч человек,", "Андрей Гусев"),
          ("Пять лет назад это было невозможно", "Андрей Гусев")]),
        # The head of a place the text names is its mayor (not the head of a republic,
        # nor of a ministry).
        ("Глава Красноярска Андрей Сомов напомнил о стройке.\n\n«Горожане видят "
         "перекопанные улицы», — рассказал мэр.",
         [("Горожане видят перекопанные улицы", "Андрей Сомов")]),
        ("Глава Чувашии Олег Николаев выступил первым.\n\n«Мы построим мост», — сказал мэр.",
         [("Мы построим мост", None)]),
    ],
)  # fmt: skip
def test_shapes_of_the_twenty_seventh_blind_set(
    text: str, quotes: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == quotes


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # 'Глава Вологодской области' is the 'глава региона' of later (this had broken
        # when 'Глава республики' stopped matching a district head).
        ("Глава Вологодской области Игорь Лаврухин взял под контроль ремонт.\n\n«Мост "
         "будет открыт до 1 ноября», — заявил в своем Telegram-канале глава региона.",
         [("Мост будет открыт до 1 ноября", "Игорь Лаврухин")]),
        # Dashes set without blanks, an outlet's name in marks in the attribution.
        ("«Квоты снова урезаются,— говорит собеседник “Ъ” в правительстве региона.— "
         "Вопрос только в том, кто первым признает это публично»",
         [("Квоты снова урезаются,", None),
          ("Вопрос только в том, кто первым признает это публично", None)]),
    ],
)  # fmt: skip
def test_shapes_of_the_twenty_eighth_blind_set(
    text: str, quotes: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == quotes


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # A first name and patronymic with no surname, in the instrumental.
        ("Пенсионер, назвавшийся Виктором Петровичем, пожаловался на тротуары.\n\n«Вы всё "
         "про дороги», — сказал он.",
         [("Вы всё про дороги", "Виктор Петрович")]),
        # A place opens no name ('РБК Тюмень' is an outlet), and is nobody's surname.
        ("Директор Тимур Абдрахманов не согласен. «Мы три года ждали», — сказал РБК Тюмень "
         "Абдрахманов.",
         [("Мы три года ждали", "Тимур Абдрахманов")]),
        ("The line is part of the so-called \"northern delivery.\" Participants in the "
         "\"Far Eastern Hectare\" programme who set up farms on Sakhalin have also "
         "complained that freight costs eat their margins.\n\n"
         "A spokesperson for the Sakhalin Region's ministry told reporters that \"the "
         "island side is ready.\"",
         [("the island side is ready.", None)]),
    ],
)  # fmt: skip
def test_places_and_forms_of_address_in_names(
    text: str, quotes: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == quotes


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # A complaint reports the words it quotes.
        ("Пенсионерка из Куртамыша, не назвавшая своего имени, пожаловалась, что к "
         "кардиологу «записаться невозможно, талонов нет неделями».",
         [("записаться невозможно, талонов нет неделями", None)]),
        # A phrase a few words before the colon: words, however short.
        ("Governor Artyom Kovtun spoke for three hours. He also repeated what has become "
         "his signature phrase at public events: «Север не прощает халтуры» (‘The North "
         "does not forgive shoddy work’).",
         [("Север не прощает халтуры", "Artyom Kovtun")]),
        ("Глава района ограничился короткой фразой: «Ждём весны».",
         [("Ждём весны", None)]),
        # A translation in square brackets is the same words.
        ("Deputy Minister Svetlana Melnikova acknowledged the limits: «Мы честно говорим "
         "инвесторам: у нас нет лишних денег» [\"We tell investors honestly: we have no "
         "spare money\"].",
         [("Мы честно говорим инвесторам: у нас нет лишних денег", "Svetlana Melnikova")]),
        # Names given, whatever words stand between the verb and the marks.
        ("Residents of the district have nicknamed this summer \"the year of the yellow "
         "steppe\". Only 23 millimetres of rain fell.",
         []),
        ("Отвечая на вопрос о ремонте улицы, которую горожане прозвали «стиральной доской», "
         "министр пообещал, что работы начнутся весной.",
         []),
        # A full stop inside the marks ends the sentence: the next word in marks is no part
        # of the quote.
        ("Ivan Tkachuk said the regimes had attracted \"more than 4 trillion rubles of "
         "declared investment.\" The key word is \"declared\" here.",
         [("more than 4 trillion rubles of declared investment.", "Ivan Tkachuk")]),
        # A newsletter's section heading over its item.
        ("WEEKLY DIGEST\n\nCHUVASHIA: \"We will not abandon the project,\" says minister of "
         "tram plans\n\nThe government of Chuvashia has postponed the tender again.",
         []),
        # A term after a determiner, a verb after it notwithstanding.
        ("A representative of the movement, who asked not to be named because it has been "
         "declared a \"foreign agent\", said the plan did not explain where sewage would go.",
         []),
    ],
)  # fmt: skip
def test_shapes_of_the_twenty_ninth_and_thirtieth_blind_sets(
    text: str, quotes: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == quotes


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # Names no list knows, said to be persons by a role or a person noun around them.
        ("The head of the Republic of Tuva, Chingis Oorzhak, has made an appeal.\n\n“We "
         "have coal and no way out,” Oorzhak said.",
         [("We have coal and no way out,", "Chingis Oorzhak")]),
        ("Choduraa Saryglar, a Kyzyl-based environmental activist, described the air as ‘a "
         "gas chamber’.",
         [("a gas chamber", "Choduraa Saryglar")]),
        ("Министр топлива и энергетики республики Алдар Сат пояснил, откуда берётся цена. "
         "«Мы зафиксировали цену на складе», — сказал Сат.",
         [("Мы зафиксировали цену на складе", "Алдар Сат")]),
        ("Министр здравоохранения Тувы Шолбан Ооржак, находившийся в студии, возразил. «Он "
         "переведён в режим акушерского отделения», — сказал он.",
         [("Он переведён в режим акушерского отделения", "Шолбан Ооржак")]),
        # ... but not one a verb stands before: she thanked someone else.
        ("Министр поблагодарила Туяну Дашиеву за работу. «Я прошу глав районов встретить "
         "каждого учителя», — сказала министр.",
         [("Я прошу глав районов встретить каждого учителя", None)]),
        # A man's name in the accusative.
        ("Корреспондент застал жителя Абдуллу Магомедова за разговором.\n\n— А трубу когда "
         "протянут? — спрашивает Магомедов.",
         [("А трубу когда протянут?", "Абдулла Магомедов")]),
        # An adverb opening a sentence is no first name.
        ("Мэр Константин Лаврентьев выступил. Позже Лаврентьев добавил: «Я не буду "
         "рассказывать сказки».",
         [("Я не буду рассказывать сказки", "Константин Лаврентьев")]),
        # The head of a republic named by its short name governs it.
        ("Глава Республики Тыва Эрес Кан-оолович Ондар провёл прямую линию. Вопрос задал "
         "Айдыс Монгуш.\n\nГлава Тувы назвал ситуацию с углём «болевой точкой республики».",
         [("болевой точкой республики", "Эрес Кан-оолович Ондар")]),
        # Who asked is not who answers.
        ("Губернатор Алексей Брусницын провёл прямую линию.\n\nНа вопрос школьника из "
         "Кетово Артёма Лыскова, будет ли построен бассейн, губернатор ответил: «Артём, "
         "бассейн будет».",
         [("Артём, бассейн будет", "Алексей Брусницын")]),
        # A person known by a first name only.
        ("Житель города, представившийся Сергеем, спросил в чате: «Кто за это ответит?»",
         [("Кто за это ответит?", "Сергей")]),
        # Unnamed, and a verb with a colon outweighs a sentence after the quote.
        ("Governor Artyom Kovtun answered questions. A resident of Severomorsk, who was not "
         "named, wrote: ‘The bus to Murmansk is always full. Why can’t we have a normal "
         "commuter service?’ Kovtun said a tender for a carrier would be held in July.",
         [("The bus to Murmansk is always full. Why can’t we have a normal commuter "
           "service?", None)]),
    ],
)  # fmt: skip
def test_speakers_of_the_twenty_ninth_and_thirtieth_blind_sets(
    text: str, quotes: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == quotes


def test_a_graded_judgement_after_an_article_is_quoted() -> None:
    """'a ‘more human’ approach' quotes someone; 'the “northern delivery”' is a term."""
    said = "Lobanov said he had asked the corporation to take a ‘more human’ approach."
    term = "Viktor Lobanov said the “northern delivery” would start in June."
    assert [q.text for q in extract_quotes(said).quotes] == ["more human"]
    assert extract_quotes(term).quotes == ()


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A woman's first name that does not decline: the surname shows the case.
        ("По словам Айгуль Хайруллиной, «всё будет».", "Айгуль Хайруллина"),
        ("По словам Айгуль Рафаэлевны Хайруллиной, «всё будет».",
         "Айгуль Рафаэлевна Хайруллина"),
        ("Айсылу Сафина рассказала: «Всё будет».", "Айсылу Сафина"),
        # Men's names in -а, in the accusative.
        ("Корреспондент застал Мусу Алиева у дома.\n\n— Газ будет? — спрашивает Алиев.",
         "Муса Алиев"),
    ],
)  # fmt: skip
def test_first_names_of_the_national_republics_in_their_cases(text: str, speaker: str) -> None:
    assert [q.speaker for q in extract_quotes(text).quotes] == [speaker]


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # 'Фамилия И.О.', as Russian documents write a name, stored 'И.О. Фамилия'.
        ("Начальник управления Гайнуллин Р.Ф. доложил о котельных. «Самая сложная ситуация "
         "— в Шолге», — пояснил он.",
         [("Самая сложная ситуация — в Шолге", "Р.Ф. Гайнуллин")]),
        ("Первой выступила жительница улицы Садовой Лукина Г.П. Она назвала проезды "
         "«издевательством над пожарными».",
         [("издевательством над пожарными", "Г.П. Лукина")]),
        # (Initials before a surname stay the surname's.)
        ("Заместитель председателя Госсовета Р.Ф. Нигматуллин заявил: «Коллеги, у нас не "
         "митинг»", [("Коллеги, у нас не митинг", "Р.Ф. Нигматуллин")]),
        # A patronymic in -ич with no -в-.
        ("Фермер Андрей Кузьмич Попов, который держит стадо, напомнил о дороге. «Я теряю "
         "два часа в день», — сказал он.",
         [("Я теряю два часа в день", "Андрей Кузьмич Попов")]),
        # 'докладчик' is whoever was reporting.
        ("Начальник отдела Мария Петрова доложила о ходе работ. «Всё идёт по плану», — "
         "отметил докладчик.",
         [("Всё идёт по плану", "Мария Петрова")]),
        # 'Главный врач' is a post someone named holds, not an unnamed doctor.
        ("Ленточку перерезали глава округа Ольга Громова и главный врач больницы Иван "
         "Зурабов.\n\n— Мы обещали этот ФАП, — сказала Ольга Громова.\n\nГлавный врач "
         "рассказал, что в ФАПе есть всё. «Оборудование поступило полностью», — пояснил он.",
         [("Мы обещали этот ФАП,", "Ольга Громова"),
          ("Оборудование поступило полностью", "Иван Зурабов")]),
        # Shouted from the hall: speech, by nobody named.
        ("— Заявку подавали и в позапрошлом году, и что? — выкрикнул кто-то с задних рядов.",
         [("Заявку подавали и в позапрошлом году, и что?", None)]),
        # A caption, a word people use, an official name, a word talked about.
        ("На стене — детский рисунок с подписью «Спасибо нашей Людмиле Аркадьевне!».", []),
        ("Dashiev noted that most applications come from districts where herders move "
         "cattle to summer pastures, known locally as ‘zuslan’.", []),
        ("На очередной сессии Совета депутатов муниципального образования «Муниципальный "
         "округ Кезский район Удмуртской Республики» глава муниципального образования Игорь "
         "Геннадьевич Корепанов представил отчёт.", []),
        ("Глава района Виктор Ефремов ответил: «Я не люблю слово «вымирает»».",
         [("Я не люблю слово «вымирает»", "Виктор Ефремов")]),
        ("Я не люблю слово «вымирает», которое у нас любят повторять.", []),
    ],
)  # fmt: skip
def test_shapes_of_the_thirty_first_blind_set(
    text: str, quotes: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == quotes


def test_what_the_speaker_of_a_turn_says_they_said_is_theirs() -> None:
    text = (
        "Глава района Виктор Семёнович Ефремов ответил на вопросы корреспондента.\n\n"
        "Корр.: Будет ли школа?\n\n"
        "В.С. Ефремов: Будет. Я на сходе в марте честно сказал людям: «Если не сдвинемся "
        "с места, приду и лично отчитаюсь». Сдвинулись.\n"
    )
    quotes = [q for q in extract_quotes(text).quotes if q.kind == "quote"]
    assert [(q.text, q.speaker) for q in quotes] == [
        ("Если не сдвинемся с места, приду и лично отчитаюсь", "Виктор Семёнович Ефремов")
    ]


def test_a_person_who_gives_a_first_name_only() -> None:
    text = (
        "At the bus stop, a pensioner who gives her name only as Zoya says she would rather "
        "have a doctor. “God is patient,” she says."
    )
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == [
        ("God is patient,", "Zoya")
    ]


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # Straight marks set apart from their words, as machine translation leaves them.
        ("There are 640 residents. \" We want that the tourist stops here, eats here \", "
         "explained the head of settlement Amyr Tadyshev.",
         [("We want that the tourist stops here, eats here", "Amyr Tadyshev")]),
        # The object of 'called' may be a possessive.
        ("Deputy minister Sanal Dordzhiev met residents. He called the contractor's "
         "performance \"unacceptable\" and announced a new tender.",
         [("unacceptable", "Sanal Dordzhiev")]),
        # 'describes' in the present of a feature.
        ("Pavel Mironov, a health economist, has studied the scheme. He describes it as \"a "
         "leaky bucket\": a third of doctors leave within a year.",
         [("a leaky bucket", "Pavel Mironov")]),
        # A quote of a quote ends where the inner one does.
        ("Zinaida Krasnova read the reply aloud. \"'Priority measures,'\" Krasnova repeats, "
         "tapping the page.",
         [("'Priority measures,'", "Zinaida Krasnova")]),
        # The reporter's own question.
        ("— Who will work in the hotel? — we ask.\n\n— Our girls will work, — answers "
         "Chechek Ochurova.",
         [("Who will work in the hotel?", None), ("Our girls will work,", "Chechek Ochurova")]),
    ],
)  # fmt: skip
def test_shapes_of_the_thirty_second_blind_set(
    text: str, quotes: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == quotes


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # The familiar forms people go by in features and dialogue.
        ("“Money was there in 2008 too,” replies his partner, Tolya.", "Tolya"),
        ("“Eventually the berth will be at the bottom,” says Vanya.", "Vanya"),
        ("— А мост когда построят? — спрашивает Коля.", "Коля"),
    ],
)  # fmt: skip
def test_familiar_first_names_speak(text: str, speaker: str) -> None:
    assert [q.speaker for q in extract_quotes(text).quotes] == [speaker]


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # A man's surname in -а declines as a noun does.
        ("Об этом сообщил «Коммерсантъ» со ссылкой на письмо губернатора Ильи Середы. "
         "Ситуацию Середа назвал «самой тяжелой с 2015 года».",
         [("самой тяжелой с 2015 года", "Илья Середа")]),
        # The head of state is the president named before.
        ("Президент Виктор Савельев провёл встречу с губернатором Андреем Кравцовым.\n\n«Мы "
         "вышли на такие цифры», — сказал Кравцов.\n\n«Сроки вы называете не в первый раз», "
         "— заметил глава государства.",
         [("Мы вышли на такие цифры", "Андрей Кравцов"),
          ("Сроки вы называете не в первый раз", "Виктор Савельев")]),
        # A municipality's official name.
        ("«Мы строим связь между улусами!» – заявил глава городского округа «город Якутск» "
         "Айаал Степанов.",
         [("Мы строим связь между улусами!", "Айаал Степанов")]),
        # 'Впоследствии' opens no name.
        ("Губернатор Андрей Сучков выступил. Впоследствии Сучков называл соглашение "
         "«договором о намерениях».",
         [("договором о намерениях", "Андрей Сучков")]),
    ],
)  # fmt: skip
def test_shapes_of_the_thirty_third_blind_set(
    text: str, quotes: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == quotes


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # A footnote marker after the closing mark.
        ('"We are not asking for charity," he told the legislature, "we are asking that '
         'the rules be applied to everyone."[4] It was unusual.',
         [("We are not asking for charity,", None),
          ("we are asking that the rules be applied to everyone.", None)]),
        # A scholarly reference names the author of the words.
        ("Helen Ashworth studied Sakha for a decade. Her conclusion that Sakha is “rich as a "
         "territory and poor as a budget” (Ashworth 2018: 230) remains accurate.",
         [("rich as a territory and poor as a budget", "Helen Ashworth")]),
        # ... but not where a document came out.
        ('^1 Ministry for the Development of the Far East, "Strategy for the Development of '
         'the Far East to 2035" (Moscow, 2020).', []),
        # The title of a legal act after its number.
        ("Presidential Decree No. 68 “On the evaluation of the effectiveness of senior "
         "officials” lists the indicators.", []),
        ("[1] Распоряжение Правительства РФ от 13.02.2019 № 207-р «Об утверждении "
         "Стратегии пространственного развития Российской Федерации на период до 2025 "
         "года».\n[2] Лаптева Н.В. Агломерации. 2019.", []),
        # What someone is said to have called something, however the sentence reports it.
        ("The head of a development corporation was candid, saying that the zones had "
         "become \"a brand rather than a regime\" (\"скорее бренд, чем режим\").^2",
         [("скорее бренд, чем режим", None)]),
        ("The ministry presented its own plan for Baikalsk as a \"reset\" of the town.",
         [("reset", None)]),
        ("The Alabuga zone is often described as a \"city within a city\".", []),
        ("Ещё в 2019 году Совет Федерации рекомендовал правительству «рассмотреть "
         "возможность» передачи регионам доли налога.",
         [("рассмотреть возможность", None)]),
        # A pseudonym is a name.
        ("Svetlana (a pseudonym), the head of a rural settlement, described the fatigue. "
         "“Last year we won money for a playground,” she said.",
         [("Last year we won money for a playground,", "Svetlana")]),
    ],
)  # fmt: skip
def test_shapes_of_the_thirty_fourth_blind_set(
    text: str, quotes: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == quotes


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # Words passed on are the one's named after the verb.
        ("Министр Ринат Габдулхаков напомнил слова раиса Татарстана Рашида Гимадиева, "
         "сказанные в январе: «Каждый рубль субсидии должен быть привязан к рабочему месту».",
         [("Каждый рубль субсидии должен быть привязан к рабочему месту", "Рашид Гимадиев")]),
        ("Губернатор края Роман Коваленко процитировал вице-премьера — полпреда президента в "
         "ДФО Игоря Шелеста: «Хабаровск должен стать хабом».",
         [("Хабаровск должен стать хабом", "Игорь Шелест")]),
        # The place's words before a name no list knows are no part of it ...
        ("ТЫВА. Заместитель председателя правительства Республики Тыва Айдыс Монгуш "
         "сообщил, что стройка идёт. Ход работ он назвал «напряженным, но управляемым».",
         [("напряженным, но управляемым", "Айдыс Монгуш")]),
        # ... and a title is no name.
        ("В обсуждении приняли участие Заместитель Председателя Правительства М.Хуснуллин и "
         "губернаторы.\n\n«Предприятие не придёт туда, где нет сетей и дорог», – "
         "подчеркнул Председатель Правительства.",
         [("Предприятие не придёт туда, где нет сетей и дорог", None)]),
    ],
)  # fmt: skip
def test_relayed_words_and_titled_names(text: str, quotes: list[tuple[str, str | None]]) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == quotes


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # Commenters known by their handles.
        ("Новость собрала двести комментариев.\n\n«Учителю респект, что не молчит», — "
         "пишет Kyhyn_88.",
         [("Учителю респект, что не молчит", "Kyhyn_88")]),
        # Foreign names in Cyrillic, said to be persons by a role, a place after 'из', or
        # the verb of saying before them.
        ("Главным спикером стал консультант из Дубая Раджив Менон, который помогает "
         "компаниям.\n\n«The region has ports», — сказал Менон по-английски.",
         [("The region has ports", "Раджив Менон")]),
        ("На открытие приехал основатель компании Маркус Хальберг.\n\n«I believe in this "
         "region», — сказал по-английски Хальберг.",
         [("I believe in this region", "Маркус Хальберг")]),
        ("«Здесь все решается быстрее», — сказал по-английски Мехмет Йылдырым.",
         [("Здесь все решается быстрее", "Мехмет Йылдырым")]),
        # The one named after 'по словам', however long the clause before it.
        ("Виталий Сергеевич Рудаков выступил. Последний раз ММК пропускал выплаты в 2022 "
         "году, когда, по выражению Виталия Рудакова, металлургам пришлось «пережить "
         "идеальный шторм».",
         [("пережить идеальный шторм", "Виталий Сергеевич Рудаков")]),
    ],
)  # fmt: skip
def test_shapes_of_the_thirty_fifth_and_thirty_sixth_blind_sets(
    text: str, quotes: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == quotes


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # A legislature's 'спикер' is its chair.
        ("Председатель Законодательного собрания Олег Тихомиров открыл заседание. «Мы учли "
         "всё, что можно было учесть», — сказал спикер.",
         [("Мы учли всё, что можно было учесть", "Олег Тихомиров")]),
        # A comment is words, however short.
        ("Ему ответил председатель комиссии Никита Абрамов.\n\nПост Суркова Абрамов тоже "
         "перепостил у себя, сопроводив его коротким комментарием: «Подписываюсь под каждым "
         "словом».",
         [("Подписываюсь под каждым словом", "Никита Абрамов")]),
        # A quoted verb is someone's word, not a term.
        ("Мэр Максим Ершов согласился, что методика отчётности «устарела», и пообещал карту.",
         [("устарела", "Максим Ершов")]),
        # A Tatar original and its Russian translation are one quote.
        ("Депутат Айдар Галимов начал на татарском языке: «Хөрмәтле коллегалар, бюджет — ул "
         "халык акчасы» («Уважаемые коллеги, бюджет — это народные деньги»).",
         [("Хөрмәтле коллегалар, бюджет — ул халык акчасы", "Айдар Галимов")]),
    ],
)  # fmt: skip
def test_shapes_of_the_thirty_seventh_blind_set(
    text: str, quotes: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == quotes


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # A first name and an age.
        ("Governor Igor Kobzev came in May. Olga, 34, a teacher, has lived here all her "
         "life. \"By the middle of summer you can smell it,\" she says.",
         [("By the middle of summer you can smell it,", "Olga")]),
        # Chants are slogans; what locals call a place is a term.
        ("On Sunday several hundred people marched through the village chanting “Copper is "
         "not worth our lungs”.", []),
        ("Locals have long called the stretch of river below the outfall \"the yellow "
         "mile\", after the colour of the ice.", []),
        # ... but a post's caption is its author's words.
        ("On Instagram, Zulfiya Akhmetshina posted a video from the summit with the caption: "
         "«A shihan is not a quarry, it is our history.»",
         [("A shihan is not a quarry, it is our history.", "Zulfiya Akhmetshina")]),
    ],
)  # fmt: skip
def test_shapes_of_the_thirty_eighth_blind_set(
    text: str, quotes: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == quotes


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # A phrase someone said, named right before its marks ...
        ("Мэр Баир Дашиев переходил на бурятский язык. Фразу «Манай хотын хүн бүхэн "
         "үнэтэй» («каждый житель нашего города дорог») он потом сам повторил по-русски.",
         [("Манай хотын хүн бүхэн үнэтэй", "Баир Дашиев")]),
        # A dash line under a short line naming its speaker and ending in a colon ...
        ("11:20\nПолитолог Эртине Монгуш, Тувинский государственный университет:\n\n— "
         "Главное в послании — тон. Глава впервые говорит о сроках.",
         [("Главное в послании — тон. Глава впервые говорит о сроках.", "Эртине Монгуш")]),
        # ... but not under a long sentence that names two people ('перепалка:').
        ("Во время обсуждения между депутатом Натальей Ткаченко («Справедливая Россия») и "
         "начальником финансового управления администрации Олегом Ефимовым произошла "
         "перепалка:\n— Почему на капремонт школы № 8 в бюджете ноль?\n— Потому что мы ждём "
         "краевые деньги.", []),
        # A deputy no list knows by name is a person.
        ("Депутат Чечек Сат (фракция КПРФ) называет энергетический раздел «долгожданным».",
         [("долгожданным", "Чечек Сат")]),
    ],
)  # fmt: skip
def test_shapes_of_the_thirty_ninth_and_fortieth_blind_sets(
    text: str, quotes: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == quotes


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # What one calls something are their words, capitalised or not.
        ("Gadzhimuradov spent an hour on his running battle with what he calls \"PowerPoint "
         "investors\".", "PowerPoint investors"),
        # A phrase a few words before the colon, whatever noun ends the clause.
        ("Minister Aldar Oorzhak started with a phrase he repeated several times during the "
         "interview: «Мы не продаём воздух» (\"We are not selling air\").",
         "Мы не продаём воздух"),
        # 'promising to turn ... into "..."' reports the words.
        ("Governor Pavel Rudenko delivered his address, promising to turn the universities "
         "into \"the engine, not the decoration\" of the economy.",
         "the engine, not the decoration"),
    ],
)  # fmt: skip
def test_words_someone_calls_repeats_or_promises_are_quotes(text: str, quote: str) -> None:
    assert [q.text for q in extract_quotes(text).quotes] == [quote]


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # A first name no list knows, with a patronymic: a person's full name.
        ("Глава республики Айдын Кара-оолович Ондар поднимается на трибуну.\n\nОндар: «Я не "
         "буду рассказывать вам про перспективы дороги».",
         [("Я не буду рассказывать вам про перспективы дороги", "Айдын Кара-оолович Ондар")]),
        # A body's name (adjective and noun) before a name no list knows is no name.
        ("Председатель Верховного Хурала Кан-оол Даваа: «Послание конкретное, с цифрами и "
         "сроками».",
         [("Послание конкретное, с цифрами и сроками", "Кан-оол Даваа")]),
        ("Председатель комитета Народного Хурала по экономической политике Саян Гомбоев "
         "назвал выступление «долгожданным разговором по существу».\n\n— Мы годами слышали "
         "на форумах общие слова, — сказал он.",
         [("долгожданным разговором по существу", "Саян Гомбоев"),
          ("Мы годами слышали на форумах общие слова,", "Саян Гомбоев")]),
        # More Russian role words before a name no list knows.
        ("Более скептичен экономист Бэлигто Цыдыпов из Восточно-Сибирского университета. "
         "«Обязать регион можно», — отметил он.",
         [("Обязать регион можно", "Бэлигто Цыдыпов")]),
        # A quote signed in parentheses after it.
        ("Цитата дня: «Я не прошу верить мне на слово» (Антон Шалимов, губернатор Курганской "
         "области).",
         [("Я не прошу верить мне на слово", "Антон Шалимов")]),
        ("Quote of the day: “We will not close a single rural school” (Pavel Rudenko).",
         [("We will not close a single rural school", "Pavel Rudenko")]),
    ],
)  # fmt: skip
def test_speakers_of_speech_reports(text: str, quotes: list[tuple[str, str | None]]) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == quotes


KEY_QUOTES_EN = (
    "Governor Pavel Rudenko delivered his annual address on Thursday.\n\n“We will build 38 "
    "clinics,” Rudenko said. “And a new air ambulance base.”\n\nKEY QUOTES\n\n• “Tomsk has "
    "always been rich in brains and poor in factories.”\n• “No district head will get a "
    "single rouble for a project that has no owner.”\n\nReactions\n\nYelena Krotova, who "
    "chairs the budget committee, said: “It is ambitious but costed.”\n"
)
KEY_QUOTES_RU = (
    "Глава Башкортостана Ринат Ямалов выступил с посланием.\n\n«Мы выросли, но не везде», "
    "— заявил Ямалов.\n\nГлавные цитаты послания\n\n— «Пора, чтобы мир знал башкирские "
    "станки».\n— «Я не подпишу ни одного соглашения с инвестором, который не готов строить "
    "очистные».\n\n"
    "Мнения\n\nДепутат Зульфия Хайруллина назвала идею «правильной»."
)
COMMENTS_RU = (
    "Глава района Ринат Ямалов вышел к митингующим.\n\n«Мы вас слышим», — сказал Ямалов.\n\n"
    "Что пишут в соцсетях\n\n— «Опять перекопали всю улицу, а асфальт так и не положили».\n"
    "— «Спасибо, что хоть кто-то нас услышал».\n"
)


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # A list of bare quotes under a heading that says they are quotes: the words of
        # the one the report quotes most.
        (KEY_QUOTES_EN,
         [("We will build 38 clinics,", "Pavel Rudenko"),
          ("And a new air ambulance base.", "Pavel Rudenko"),
          ("Tomsk has always been rich in brains and poor in factories.", "Pavel Rudenko"),
          ("No district head will get a single rouble for a project that has no owner.",
           "Pavel Rudenko"),
          ("It is ambitious but costed.", "Yelena Krotova")]),
        (KEY_QUOTES_RU,
         [("Мы выросли, но не везде", "Ринат Ямалов"),
          ("Пора, чтобы мир знал башкирские станки", "Ринат Ямалов"),
          ("Я не подпишу ни одного соглашения с инвестором, который не готов строить очистные",
           "Ринат Ямалов"),
          ("правильной", "Зульфия Хайруллина")]),
        # A list under any other heading says nothing of who said it.
        (COMMENTS_RU,
         [("Мы вас слышим", "Ринат Ямалов"),
          ("Опять перекопали всю улицу, а асфальт так и не положили", None),
          ("Спасибо, что хоть кто-то нас услышал", None)]),
    ],
)  # fmt: skip
def test_key_quotes_listed_under_a_heading(text: str, quotes: list[tuple[str, str | None]]) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == quotes


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # Lower-case words completing a relative clause are the speaker's.
        ("Rustam Gainullin spoke first. He singled out the industrial mortgage as one of the "
         "tools that \"work when they are predictable\".",
         [("work when they are predictable", "Rustam Gainullin")]),
        # ... but words a relative clause holds are another subject's.
        ("Экономист Марина Кравец ссылается на доклад ОЭСР, где российская модель "
         "охарактеризована как «a highly centralised system of earmarked transfers».",
         [("a highly centralised system of earmarked transfers", None)]),
        # What something is called is its name; a clause after 'но' attributes nothing.
        ("Выступил министр Арсен Хапаев. Пленарная сессия называлась «Агросектор юга: от "
         "урожая к переработке», но большую часть своего часа министр говорил о воде.",
         []),
    ],
)  # fmt: skip
def test_shapes_of_speech_reports(text: str, quotes: list[tuple[str, str | None]]) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == quotes


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # 'глава' alone, or 'глава республики', is the head of a republic named before.
        ("Глава Республики Саха (Якутия) Николай Саввинов огласил послание.\n\n«Я хочу, "
         "чтобы депутаты услышали», — подчеркнул глава.",
         [("Я хочу, чтобы депутаты услышали", "Николай Саввинов")]),
        ("Глава Башкортостана Ринат Ямалов выступил с посланием.\n\n«Уфа и Стерлитамак "
         "растут», — заявил глава республики.",
         [("Уфа и Стерлитамак растут", "Ринат Ямалов")]),
        # A verb with no subject goes on with the one who spoke last.
        ("Губернатор Виталий Кравцов начал с итогов года. «Регион закончил год с "
         "профицитом», — сказал он.\n\nИ добавил: «Дороги — это не асфальт, это доверие».",
         [("Регион закончил год с профицитом", "Виталий Кравцов"),
          ("Дороги — это не асфальт, это доверие", "Виталий Кравцов")]),
        ("Министр Арсен Хапаев открыл сессию. «Вода важнее гектаров», — сказал он.\n\nИ "
         "продолжил, уже обращаясь к залу:\n\n«Сегодня в крае орошается около 130 тысяч "
         "гектаров».",
         [("Вода важнее гектаров", "Арсен Хапаев"),
          ("Сегодня в крае орошается около 130 тысяч гектаров", "Арсен Хапаев")]),
        # ... but a sentence with a subject of its own after the verb is that subject's.
        ("Yulia Matkhanova said the plant “is not working”. Asked for comment, the regional "
         "ministry of economic development said in a written statement: “The plant will be "
         "repaired by the end of the year.”",
         [("is not working", "Yulia Matkhanova"),
          ("The plant will be repaired by the end of the year.", None)]),
    ],
)  # fmt: skip
def test_who_speaks_on_in_speech_reports(text: str, quotes: list[tuple[str, str | None]]) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == quotes


def test_a_quote_after_a_sentence_its_speaker_opens_by_role() -> None:
    """'Глава предлагает ...' and then a paragraph that is only a quote: the head's."""
    text = (
        "Глава республики Айдын Кара-оолович Ондар поднимается на трибуну.\n\n"
        "10:40\nСоциальный блок. Глава предлагает увеличить региональную выплату при "
        "рождении третьего ребёнка.\n\n«Наши дети уезжают учиться в Красноярск. Мы должны "
        "дать им причину вернуться»."
    )
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == [
        ("Наши дети уезжают учиться в Красноярск. Мы должны дать им причину вернуться",
         "Айдын Кара-оолович Ондар")
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # Turkic patronymics: a particle after the father's name, or a suffix.
        ("Глава исполнительной власти Хачмазского района Рауф Эльдар оглы Мамедов предложил "
         "ускорить стройку. «Очередь никуда не денется», — сказал Мамедов.",
         [("Очередь никуда не денется", "Рауф Эльдар оглы Мамедов")]),
        ("Представитель агентства Лейла Ахмед кызы Алиева сообщила о планах. «Сезон хурмы "
         "короткий», — подчеркнула Алиева.",
         [("Сезон хурмы короткий", "Лейла Ахмед кызы Алиева")]),
        ("Azamat Zholdoshbek uulu, Kyrgyzstan's deputy minister of economy, spoke first. "
         "\"We want to cut out that middle link,\" Zholdoshbek uulu said.",
         [("We want to cut out that middle link,", "Azamat Zholdoshbek uulu")]),
        ("The trade house will be headed by Aigul Nurlan kyzy. Ms Nurlan kyzy described "
         "Novosibirsk as \"the natural capital for Central Asian business\".",
         [("the natural capital for Central Asian business", "Aigul Nurlan kyzy")]),
        ("Председатель палаты предпринимателей Нурлан Сапарбекулы Есенов высказался жёстче. "
         "«Мы устали от протоколов», — сказал Есенов.",
         [("Мы устали от протоколов", "Нурлан Сапарбекулы Есенов")]),
        ("Daniyar Serikuly Akhmetov, chairman of the Ertis Grain Terminal in Semey, said: "
         "\"What we need is a green lane for grain.\"",
         [("What we need is a green lane for grain.", "Daniyar Serikuly Akhmetov")]),
    ],
)  # fmt: skip
def test_turkic_patronymics(text: str, quotes: list[tuple[str, str | None]]) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == quotes


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # A name no list knows may be written surname first: 'Chen', 'Mr Wang' later.
        ("Chen Weidong, vice-president of Haixing Arctic Logistics, spoke next. Chen also "
         "described the ice conditions as \"more difficult than our insurers expected\".",
         [("more difficult than our insurers expected", "Chen Weidong")]),
        ("Wang Jun, vice-governor of Heilongjiang province, opened the pavilion. Later Mr Wang "
         "described the climate as “improving, but uneven”, according to two participants.",
         [("improving, but uneven", "Wang Jun")]),
        # A compound role after the name; three-word names no list knows.
        ("The deal was signed by Mohammad-Reza Hosseini, governor-general of Gilan province. "
         "Hosseini said the two sides had \"talked about the corridor for twenty years\".",
         [("talked about the corridor for twenty years", "Mohammad-Reza Hosseini")]),
        ("Ali Akbar Rezaei, managing director of the Anzali Free Zone, spoke. \"We are not "
         "tourists here,\" he said.",
         [("We are not tourists here,", "Ali Akbar Rezaei")]),
        ("Iran's consul general in Astrakhan, Hamid Reza Karimi, described relations as "
         "\"brotherly and, more importantly, profitable\".",
         [("brotherly and, more importantly, profitable", "Hamid Reza Karimi")]),
        # ... but what follows 'the' is an organisation, whatever is said of it.
        ("Anastasia Ledkova, who coordinates the Tundra Monitoring Network, a volunteer group "
         "of herders and students, disputes both claims. “We walked the edge of the spill,” "
         "she said.",
         [("We walked the edge of the spill,", "Anastasia Ledkova")]),
    ],
)  # fmt: skip
def test_foreign_names_no_list_knows(text: str, quotes: list[tuple[str, str | None]]) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == quotes


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # A document speaks for whoever the text says signed or sent it.
        ("The letter, signed by Badma Ochirov, chairman of the association of farm "
         "households, was published on Monday. \"We were given grants to build modern "
         "farms,\" it says.",
         [("We were given grants to build modern farms,", "Badma Ochirov")]),
        ("Министр строительства Бато Дашиев направил в палату письмо с возражениями. В "
         "письме говорится: «Подрядчиков, готовых работать по этим ценам, нет».",
         [("Подрядчиков, готовых работать по этим ценам, нет", "Бато Дашиев")]),
        # ... and for nobody when no one is said to have written it.
        ("Министр Бато Дашиев выступил на заседании. Позже в ведомство пришло письмо. В "
         "письме говорится: «Просим ускорить проверку».",
         [("Просим ускорить проверку", None)]),
        ("In a ruling on the arrest of Dmitry Zavyalov, the judge found that the "
         "certificates \"were signed in the absence of the equipment\". \"The defendant "
         "could not have been unaware of it,\" the ruling reads.",
         [("were signed in the absence of the equipment", None),
          ("The defendant could not have been unaware of it,", None)]),
    ],
)  # fmt: skip
def test_documents_speak_for_their_authors(text: str, quotes: list[tuple[str, str | None]]) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == quotes


def test_a_relative_or_a_diary_opening_a_sentence_is_no_first_name() -> None:
    """'Дневник Хайруллин вёл в тетрадях', 'Дочь Гущина Елена рассказывает': a noun before
    a surname, not a first name."""
    for text, wrong in (
        (
            "Министр Рашит Галимзянович Хайруллин работал до 2000 года. Дневник Хайруллин вёл "
            "в тетрадях. «Денег на посевную нет», — записал он.",
            "Дневник",
        ),
        (
            "Мэр Пётр Гущин умер в мае. Дочь Гущина рассказывает: «Он объезжал город каждое утро».",
            "Дочь",
        ),
    ):
        speakers = [q.speaker or "" for q in extract_quotes(text).quotes]
        assert speakers and not any(speaker.startswith(wrong) for speaker in speakers)


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # Findings and figures reported from a ministry, a court or the data of one.
        ("В министерстве экономики сообщили, что товарооборот по итогам года «превысит 180 "
         "млн долларов».",
         [("превысит 180 млн долларов", None)]),
        ("The court found that the cooperative's management had \"knowingly misled\" the "
         "ministry.",
         [("knowingly misled", None)]),
        ("По данным министерства, содержание здания обходится в 4,1 млн рублей, а "
         "«наполняемость классов не соответствует нормативам».",
         [("наполняемость классов не соответствует нормативам", None)]),
        # A proverb, in whatever case its noun stands, and its translation.
        ("Губернатор аймака Батбаяр Ганболд закончил выступление поговоркой: «Ойрын хөрш "
         "холын төрлөөс дээр» («Близкий сосед лучше дальнего родственника»).",
         [("Ойрын хөрш холын төрлөөс дээр", "Батбаяр Ганболд")]),
    ],
)  # fmt: skip
def test_reported_findings_and_proverbs(text: str, quotes: list[tuple[str, str | None]]) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == quotes


def test_a_name_no_list_knows_in_a_mans_instrumental() -> None:
    """'во главе с губернатором аймака Батбаяром Ганболдом': the case of both words, and a
    role in any case before them, say who he is."""
    text = (
        "Делегация аймака во главе с губернатором аймака Батбаяром Ганболдом провела два дня "
        "в Бурятии.\n\nГанболд назвал эти планы «реалистичными, если обе стороны не будут "
        "ждать друг друга»."
    )
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == [
        ("реалистичными, если обе стороны не будут ждать друг друга", "Батбаяр Ганболд")
    ]


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # The document speaks: after its verb, with an aside, or as 'В нём'.
        ("The krai's construction minister, Bair Dashiev, sent the chamber a letter. The "
         "letter, quoted in an annex to the report, says the region had faced \"an objective "
         "shortage of contractors\" and that \"all identified defects are being eliminated\".",
         [("an objective shortage of contractors", "Bair Dashiev"),
          ("all identified defects are being eliminated", "Bair Dashiev")]),
        ("Ответ 2 апреля подписал заместитель министра Т.Г. Абдуллин. В нём говорится, что "
         "объект «может быть рассмотрен в 2026 году».",
         [("может быть рассмотрен в 2026 году", "Т.Г. Абдуллин")]),
        ("Прокурор города Игорь Саввин направил в думу письмо, в котором указал на риски. "
         "«Конкурсная документация содержит требования к участникам», — говорится в "
         "документе.",
         [("Конкурсная документация содержит требования к участникам", "Игорь Саввин")]),
        # Words quoted in a sentence its subject opens, a role or a place before the name.
        ("Председатель комитета Игорь Шестаков поддержал её, назвав ситуацию «позором для "
         "региона, который возит лес в полмира».",
         [("позором для региона, который возит лес в полмира", "Игорь Шестаков")]),
        ("Прокурор Игорь Саввин выступил первым. В том же письме Саввин рекомендовал "
         "депутатам «воздержаться от принятия решения».",
         [("воздержаться от принятия решения", "Игорь Саввин")]),
    ],
)  # fmt: skip
def test_documents_and_their_authors_again(text: str, quotes: list[tuple[str, str | None]]) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == quotes


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # The acting governor is 'глава региона'; the acting minister heads the 'ведомство'.
        ("Врио губернатора Курганской области Кирилл Андреевич Белозёров провёл совещание. "
         "В нём участвовал и.о. министра транспорта А.В. Смирнов.\n\n«Мы не имеем права "
         "сорвать сезон», — отметил глава региона.\n\n«Аукционы по 31 объекту состоялись», "
         "— сообщил руководитель ведомства.",
         [("Мы не имеем права сорвать сезон", "Кирилл Андреевич Белозёров"),
          ("Аукционы по 31 объекту состоялись", "А.В. Смирнов")]),
        # Surname, first name, patronymic: a first name no list knows, a place before it.
        ("На вопросы ответил министр Республики Марий Эл Эшкинин Сергей Петрович. «Всё, что "
         "внутри участка, — зона ответственности собственника», — пояснил Эшкинин.",
         [("Всё, что внутри участка, — зона ответственности собственника",
           "Сергей Петрович Эшкинин")]),
        ("Документы подписал заместитель Председателя Правительства КБР Кумыков Азамат "
         "Хасанбиевич. \"Номерной фонд — главное узкое место\", — сказал Кумыков.",
         [("Номерной фонд — главное узкое место", "Азамат Хасанбиевич Кумыков")]),
    ],
)  # fmt: skip
def test_press_release_titles_and_names(text: str, quotes: list[tuple[str, str | None]]) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == quotes


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # Replies to a newsroom's questions report the words they quote.
        ("В пресс-службе администрации на запрос редакции ответили, что материалы «не имеют "
         "отношения к действительности».",
         [("не имеют отношения к действительности", None)]),
        ("The ministry replied that the documents were “not authentic”.",
         [("not authentic", None)]),
        # A letter sent (in the passive) from someone's mailbox speaks for them.
        ("Письмо отправлено с личного ящика заместителя министра Айдара Рашитовича "
         "Мингазова. В нём, в частности, говорится:\n\n«Уважаемые коллеги! Прошу сократить "
         "рейсы».",
         [("Уважаемые коллеги! Прошу сократить рейсы", "Айдар Рашитович Мингазов")]),
        # A name no list knows after 'говорит' and a description of the speaker.
        ("«Нам её обещают с 2021 года», — говорит жительница микрорайона Чечек Донгак.",
         [("Нам её обещают с 2021 года", "Чечек Донгак")]),
    ],
)  # fmt: skip
def test_replies_leaks_and_residents(text: str, quotes: list[tuple[str, str | None]]) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == quotes


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # The newsroom's questions are nobody's the text names, not the answer's.
        ("Asked by a reporter from the local outlet Vostok Daily, \"Have you ever met Mr "
         "Aliyev privately?\", the vice-governor Vasily Rudnev replied: \"I meet hundreds of "
         "investors every year.\"",
         [("Have you ever met Mr Aliyev privately?", None),
          ("I meet hundreds of investors every year.", "Vasily Rudnev")]),
        ("Министр Чойган Ооржак ответил частично. Мы спросили министра: «Почему вы не "
         "опубликуете продолжение?» Ооржак ответил: «Я не обязан выкладывать переписку».",
         [("Почему вы не опубликуете продолжение?", None),
          ("Я не обязан выкладывать переписку", "Чойган Ооржак")]),
        # A possessive names the owner, not who speaks.
        ("Timur Aliyev declined to comment. Aliyev's company said in a statement that it "
         "\"has never paid any remuneration to public officials\".",
         [("has never paid any remuneration to public officials", None)]),
    ],
)  # fmt: skip
def test_newsroom_questions_and_possessives(
    text: str, quotes: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == quotes


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # „…“ inside straight marks: the straight mark after “ closes the outer quote.
        ("Свидетель Лыжин ответил: \"Министр лично. Он сказал: „Не переживайте, всё "
         "согласовано наверху“\".\n\nДругой свидетель промолчал.",
         [("Министр лично. Он сказал: „Не переживайте, всё согласовано наверху“", "Лыжин")]),
        # What a report describes something as, in lower case or figures.
        ("The fund's 2022 annual report describes the project as \"70% complete\".",
         [("70% complete", None)]),
        # Someone unnamed, the subject of the verb in its own clause.
        ("Ирина Мосолова вспоминает, что, когда она попыталась уточнить сроки, сотрудник "
         "администрации ответил ей: «Это не обсуждается, идите работайте».",
         [("Это не обсуждается, идите работайте", None)]),
        # 'утверждает' says, so the unnamed source who claims speaks after it.
        ("Министр Чойган Ооржак от комментариев отказался.\n\nСобеседник в правительстве, "
         "знакомый с ситуацией, утверждает, что вопрос обсуждался. «Там было совещание в "
         "конце ноября», — сказал он.",
         [("Там было совещание в конце ноября", None)]),
    ],
)  # fmt: skip
def test_leaks_testimony_and_unnamed_sources(
    text: str, quotes: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == quotes


def test_it_is_a_document_only_when_one_was_just_named() -> None:
    """'it says' after a sentence about a company is the company's, not a letter's signer
    named further back."""
    text = (
        "Gazprom signed a letter of intent with Governor Ivan Petrov last year. The company "
        'is now building a plant near the city. "We will finish in May," it says.'
    )
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == [
        ("We will finish in May,", None)
    ]


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # A role in the genitive after a word that wants it: the name is a man's genitive.
        ("По словам экономиста Наиля Сабирова, жильё остаётся главным ограничением.\n\n"
         "«Технопарк без жилья не сработает», — говорит он.",
         [("Технопарк без жилья не сработает", "Наиль Сабиров")]),
        ("Ответ пришёл за подписью заместителя министра Т.Г. Абдуллина. В нём говорится, что "
         "объект «может быть рассмотрен в 2026 году».",
         [("может быть рассмотрен в 2026 году", "Т.Г. Абдуллин")]),
        # ... but not when the head is in the nominative, or the role depends on a noun.
        ("Заместитель министра Т.Г. Абдуллина заявила: «Объект будет рассмотрен».",
         [("Объект будет рассмотрен", "Т.Г. Абдуллина")]),
        ("Сыроварней занимается супруга фермера Туяна Цыренова.\n\n— Сыр мы варим по "
         "рецептам, которые я привезла с Алтая, — улыбается Туяна.",
         [("Сыр мы варим по рецептам, которые я привезла с Алтая,", "Туяна Цыренова")]),
        # A capitalised title before a first name no list knows.
        ("The session opened with a report by Finance Minister Aiyna Egorova, who told "
         "lawmakers that costs had risen. «Деньги на Севере дороже вдвое», Egorova said.",
         [("Деньги на Севере дороже вдвое", "Aiyna Egorova")]),
    ],
)  # fmt: skip
def test_a_names_case_from_the_role_before_it(
    text: str, quotes: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == quotes


def test_a_name_no_list_knows_in_a_mans_instrumental_with_a_russian_surname() -> None:
    """'Эрдэмом Балдановым': a first name in -ом, a surname in -ым."""
    text = (
        "Переписка между директором компании Эрдэмом Балдановым и комитетом попала в "
        "редакцию.\n\nБалданов пишет: «Всё согласовано, акты подписывайте»."
    )
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == [
        ("Всё согласовано, акты подписывайте", "Эрдэм Балданов")
    ]


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # A surname after the patronymic: the name is in the usual order, and the word
        # before it is someone else's genitive.
        ("Бывший заместитель Лебедева Ирина Павловна Сомова вспоминает те годы.\n\n"
         "— Турки приезжали пять раз, — рассказывает Сомова.",
         [("Турки приезжали пять раз,", "Ирина Павловна Сомова")]),
        # A document of another kind than the one speaking does not lend its author.
        ("В 2012 году Лев Аркадьевич Лебедев написал письмо сыну.\n\nПравительство учредило "
         "премию имени Л.А. Лебедева. В постановлении правительства сказано, что премия "
         "присуждается «за вклад в привлечение внебюджетных инвестиций в экономику "
         "Тверской области».",
         [("за вклад в привлечение внебюджетных инвестиций в экономику Тверской области",
           None)]),
        # A surname in an eponym is no mention of the person who bears it.
        ("Лев Аркадьевич Лебедев руководил агентством двадцать лет.\n\nМинистр Иван Петров "
         "вручил премию имени Л.А. Лебедева. «Это честь для всех нас», — сказал он.",
         [("Это честь для всех нас", "Иван Петров")]),
    ],
)  # fmt: skip
def test_surname_after_a_patronymic_and_documents_of_another_kind(
    text: str, quotes: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == quotes


def test_a_surname_that_speaks_makes_the_unlisted_name_it_ends_a_persons() -> None:
    """Nothing around 'Эрдэмом Балдановым' says it is a person; 'Балданов пишет' does."""
    text = (
        "В распоряжении редакции оказалась переписка между директором компании-подрядчика "
        "ООО «Байкал-Стройресурс» Эрдэмом Балдановым и сотрудниками комитета.\n\n"
        "В одном из сообщений Балданов пишет сотруднику комитета: «Всё согласовано, акты "
        "подписывайте»."
    )
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == [
        ("Всё согласовано, акты подписывайте", "Эрдэм Балданов")
    ]


def test_a_couple_shares_the_surname_named_once() -> None:
    """'Yelena and Timur Pak': Yelena is a Pak too, and 'Yelena says' is hers in full."""
    text = (
        "Yelena and Timur Pak were among the first to apply for land in 2017.\n\n"
        "\u201cThe hectare is not the problem,\u201d Yelena says, pouring tea."
    )
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == [
        ("The hectare is not the problem,", "Yelena Pak")
    ]


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # One word after a Russian link verb, in speech the sentence reports.
        ("Министр строительства Шамиль Исмаилов признал, что ситуация с водой остается "
         "\"напряженной\".",
         [("напряженной", "Шамиль Исмаилов")]),
        # A company in Latin between the role and the name.
        ("Представитель Anadolu Sera Мехмет Йылдыз, выступая через переводчика, назвал "
         "условия «лучшими из того, что мы видели в России».",
         [("лучшими из того, что мы видели в России", "Мехмет Йылдыз")]),
        # The head of a town of two words is its mayor.
        ("Министр Александр Кравцов осмотрел бараки. Глава Нижнего Тагила Александр Носов "
         "сопровождал министра.\n\n\"Мы проехали по всем адресам\", - сказал мэр.",
         [("Мы проехали по всем адресам", "Александр Носов")]),
    ],
)  # fmt: skip
def test_wire_copy_link_verbs_latin_companies_and_town_heads(
    text: str, quotes: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == quotes


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ('Finance Minister Anton Siluanov said: "We will pay."', "Finance Minister"),
        ('The regional economic development minister, Ivan Petrov, said: "We will pay."',
         "regional economic development minister"),
    ],
)  # fmt: skip
def test_a_portfolio_before_minister_is_part_of_the_role(text: str, role: str) -> None:
    assert [q.role for q in extract_quotes(text).quotes] == [role]


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # Words demanded are the demander's.
        ("Глава Башкирии Радий Хабиров потребовал от муниципалитетов «не прятаться за "
         "конкурсные процедуры».",
         [("не прятаться за конкурсные процедуры", "Радий Хабиров")]),
        # Marks inside dash speech quote someone within it: part of the speech.
        ("Пенсионерка Гульназ Ахметшина живёт в этом доме с 1984 года.\n\n— Он мне тогда "
         "прямо сказал: «Потерпите до лета, трубу поменяем». Лето прошло, — вздыхает "
         "Ахметшина.",
         [("Он мне тогда прямо сказал: «Потерпите до лета, трубу поменяем». Лето прошло,",
           "Гульназ Ахметшина")]),
        # „…“ inside a quote that goes on over paragraphs in “…”.
        ("Губернатор Евгений Ладыгин выступил на заседании.\n\n“Ко мне подошёл горняк и "
         "спросил: „Нам что, уезжать?“ Я ответил: никто не уедет.\n\n“Ни один горняк не "
         "останется без работы”, — сказал Ладыгин.",
         [("Ко мне подошёл горняк и спросил: „Нам что, уезжать?“ Я ответил: никто не "
           "уедет.\n\n“Ни один горняк не останется без работы", "Евгений Ладыгин")]),
        # A surname of no Russian shape that an unlisted name in the text ends with.
        ("Чабан из Эрзинского кожууна Аяс Донгак держит около 600 голов.\n\n\"Снег выпал "
         "неделю назад. Денег нет\" - говорит Донгак.",
         [("Снег выпал неделю назад. Денег нет", "Аяс Донгак")]),
        # The sentence after the quote names who said it.
        ("Подрядчик С.А. Лобанов сообщил, что работы идут.\n\n«Денег на ремонт хватит, "
         "вопрос только в дисциплине подрядчика». Так ситуацию прокомментировал министр "
         "образования Денис Ершов.",
         [("Денег на ремонт хватит, вопрос только в дисциплине подрядчика", "Денис Ершов")]),
        ("Deputy minister Rezeda Khamitova told Kommersant that money had been set aside.\n\n"
         "\u2018Nobody in Moscow will build our supply chains for us.\u2019 That was the "
         "verdict of Timur Galimzyanov, Tatarstan\u2019s minister of economy.",
         [("Nobody in Moscow will build our supply chains for us.", "Timur Galimzyanov")]),
    ],
)  # fmt: skip
def test_relayed_and_nested_speech_and_speakers_named_after(
    text: str, quotes: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == quotes


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # Speech someone relays is said by the subject of the verb announcing it.
        ("На место аварии приезжал глава администрации городского округа Р.Ф. Галиев.\n\n"
         "По словам соседа Ильдара Нуриева, аналогичное обещание глава администрации "
         "повторил и на встрече с жителями в марте: «Трубу заменим до начала отопительного "
         "сезона, даю слово».",
         [("Трубу заменим до начала отопительного сезона, даю слово", "Р.Ф. Галиев")]),
        ("One of the signatories, pensioner Lyudmila Savchenko, said a previous mayor had "
         "told her at a meeting with residents in 2014: \"You will ride the metro to the "
         "market, I promise you.\"",
         [("You will ride the metro to the market, I promise you.", None)]),
    ],
)  # fmt: skip
def test_relayed_speech_is_its_first_speakers(
    text: str, quotes: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == quotes


def test_the_role_of_an_unnamed_relayed_speaker_has_no_auxiliary() -> None:
    text = (
        "He recalled how, at his first meeting in the job, the head of the republic had told "
        'him: "Don\'t bring me memoranda, bring me construction sites."'
    )
    assert [(q.speaker, q.role) for q in extract_quotes(text).quotes] == [
        (None, "head of the republic")
    ]


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        ("Минсельхоз республики объясняет задержку «техническими причинами».",
         [("техническими причинами", None)]),
        ('The ministry blamed the delay on "bureaucratic inertia in Moscow".',
         [("bureaucratic inertia in Moscow", None)]),
    ],
)  # fmt: skip
def test_what_someone_puts_a_thing_down_to_is_a_quote(
    text: str, quotes: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == quotes


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # A nickname in marks inside a name: the name is the first name and the surname.
        ("At twenty-nine, Alexander \u201cSasha\u201d Bykov has already left his village "
         "twice.\n\n\u201cA bad summer can wipe out a year,\u201d Sasha says. Sasha Bykov sells "
         "through two marketplaces. \u201cI\u2019m not a symbol,\u201d Bykov said.",
         [("A bad summer can wipe out a year,", "Alexander Bykov"),
          ("I\u2019m not a symbol,", "Alexander Bykov")]),
        # A place after a Russian preposition, then a surname in the nominative.
        ("Встречу с главой округа Сергеем Мухиным корреспондент застал в разгаре.\n\n"
         "Прошлогодний ремонт участка у Заречья Мухин назвал «косметикой, которой хватило "
         "до первых морозов».",
         [("косметикой, которой хватило до первых морозов", "Сергей Мухин")]),
    ],
)  # fmt: skip
def test_nicknames_places_and_numerals_around_names(
    text: str, quotes: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == quotes


@pytest.mark.parametrize(
    "text",
    ["Два Кравцова и одна развязка: спор о мосте.", "Both Abdulkhalikov and Mansour agreed."],
)
def test_a_numeral_before_a_surname_is_no_first_name(text: str) -> None:
    assert find_full_names(text) == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Его сын два года назад стал главой района и теперь отвечает за то, что отец "
         "называет „большой политикой“.", True),
        # ... but what people at large call something is a term.
        ("Стройка идёт девятый год, и понятно, что жители называют её «вечной».", False),
    ],
)  # fmt: skip
def test_what_a_person_calls_something_is_a_quote(text: str, kept: bool) -> None:
    assert bool(extract_quotes(text).quotes) is kept


def test_an_arabic_name_is_read_by_its_particles() -> None:
    """'Khalid ibn Saeed al-Mansouri', then 'al-Mansouri' and 'Al-Mansouri' alone."""
    text = (
        "The agreement was signed by Khalid ibn Saeed al-Mansouri, managing partner of the "
        'fund, and minister Magomed Abdulkhalikov.\n\n"Russia is a large halal market," '
        "al-Mansouri told journalists.\n\nAl-Mansouri said the fund was interested in meat "
        'processing. He described the livestock base as "underused".'
    )
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == [
        ("Russia is a large halal market,", "Khalid ibn Saeed al-Mansouri"),
        ("underused", "Khalid ibn Saeed al-Mansouri"),
    ]


def test_a_sentence_with_a_verb_before_a_colon_is_no_transcript_label() -> None:
    """'Economy slowed, said Governor Ivan Petrov: "..."' names a governor: the words
    before his name are no part of his role, as a label's would be."""
    text = 'Economy slowed, said Governor Ivan Petrov: "We will pay the contractors."'
    assert [(q.speaker, q.role, q.kind) for q in extract_quotes(text).quotes] == [
        ("Ivan Petrov", "Governor", "quote")
    ]


def test_a_first_name_shaped_like_a_surname_is_the_person_named_in_full() -> None:
    """'Эльвин' ends like a surname in -ин; the text named Эльвин Алиаббас оглы Гасанов."""
    text = (
        "Склад строит Эльвин Алиаббас оглы Гасанов, выпускник Уфимского нефтяного "
        "университета.\n\n— Сестра считает деньги, я считаю бетон, — говорит Эльвин."
    )
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == [
        ("Сестра считает деньги, я считаю бетон,", "Эльвин Алиаббас оглы Гасанов")
    ]


def test_a_title_tells_apart_two_people_of_one_surname() -> None:
    """'министр Кравцов' and 'мэр Кравцов': the title says which of the two it is."""
    text = (
        "Спорят однофамильцы: министр транспорта области Олег Кравцов и мэр Северогорска "
        "Денис Кравцов.\n\n«Финансирование должно быть долевым», — подчеркнул министр "
        "Кравцов.\n\n«Город не найдёт 1,2 млрд рублей», — ответил мэр Кравцов."
    )
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == [
        ("Финансирование должно быть долевым", "Олег Кравцов"),
        ("Город не найдёт 1,2 млрд рублей", "Денис Кравцов"),
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "По мнению Олега Лебедя, министра сельского хозяйства, «сроки реальные».\n\n"
            "Вопрос задали Олегу Лебедю. «Транш придёт в феврале», — ответил он.",
            "Олег Лебедь",
        ),
        ("По словам Игоря Соловья, «урожай будет».", "Игорь Соловей"),
        ("Мы поговорили с Андреем Гайдаем. «Урожай будет», — сказал он.", "Андрей Гайдай"),
    ],
)
def test_a_surname_declined_as_a_soft_noun_is_read_in_the_nominative(
    text: str, speaker: str
) -> None:
    """'Олега Лебедя', 'Олегу Лебедю' (Лебедь), 'Игоря Соловья' (Соловей): a man's surname
    that declines like 'лебедь' or 'соловей' is one person in every case."""
    assert {q.speaker for q in extract_quotes(text).quotes} == {speaker}


def test_a_genitive_role_with_its_complement_before_an_unlisted_name() -> None:
    """The role's complement between it and the name: still the genitive, so a man; and
    a woman's surname in -евой stays hers."""
    text = (
        "По словам министра строительства и модернизации жилищно-коммунального комплекса "
        "Баира Цыбикова, «котельная будет готова к осени».\n\nПо словам министра сельского "
        "хозяйства республики Эржены Гомбоевой, «гранты получат 40 семей».\n\n"
        "Б. Цыбиков напомнил о сроках. «Другого варианта нет», — сказал он."
    )
    assert [q.speaker for q in extract_quotes(text).quotes] == [
        "Баир Цыбиков",
        "Эржена Гомбоева",
        "Баир Цыбиков",
    ]


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            'Aigul Khabirova heads the Bashkir agency.\n\n"Credits are not grants," Khabirova '
            "shot back.",
            "Credits are not grants,",
            "Aigul Khabirova",
        ),
        (
            'Ivan Kuzmin explained the choice.\n\n"After nobody asked us," Olga Pogodina cut '
            "in, to applause.",
            "After nobody asked us,",
            "Olga Pogodina",
        ),
        (
            "Губернатор Александр Голубев ответил одним словом: «Обогнали».",
            "Обогнали",
            "Александр Голубев",
        ),
        (
            "A retired hydrologist, Nikolai Ayurov, called the proposed flood wall “decorative”.",
            "decorative",
            "Nikolai Ayurov",
        ),
        (
            "Фермер Игорь Соловей не в родстве с министром, хотя шутит, что фамилия "
            "«помогает дозвониться».",
            "помогает дозвониться",
            "Игорь Соловей",
        ),
    ],
)
def test_retorts_one_word_answers_and_jokes_are_quotes(text: str, quote: str, speaker: str) -> None:
    """A debate's retorts ('shot back', 'cut in'), an answer 'in one word', a word a
    person calls a thing by after a longer object, and words someone jokes."""
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == [(quote, speaker)]


def test_what_a_crowd_jokes_is_a_term() -> None:
    text = "Участники шутили, что получились не слушания, а «собрание несогласных»."
    assert not extract_quotes(text).quotes


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Aigul Khabirova spoke first.\n\n"
            '"A third of the parks are still half empty." The remark came from Timur '
            "Sharafutdinov, managing partner of a Kazan fund.",
            "Timur Sharafutdinov",
        ),
        (
            "Её поддержала депутат Сардана Аммосова.\n\n«Мы готовы поставить суда на линию "
            "хоть в следующую навигацию». Такое предложение неожиданно прозвучало из зала — "
            "от генерального директора судоходной компании Алексея Данилова.",
            "Алексей Данилов",
        ),
    ],
)
def test_a_speaker_named_in_the_sentence_after_the_words(text: str, speaker: str) -> None:
    assert [q.speaker for q in extract_quotes(text).quotes] == [speaker]


def test_a_role_subject_of_a_clause_after_and_is_the_pronouns() -> None:
    """'Tsyrenov and Lobanov conferred, and the mayor then announced ... He added': the
    mayor, not the man named last."""
    text = (
        "Mayor Bato Tsyrenov opened the hearings. Viktor Lobanov, the republic's minister "
        "of construction, attended as an observer.\n\n"
        "Tsyrenov and Lobanov conferred briefly on stage, and the mayor then announced a "
        "review. He added that the car park would be “taken back to the drawing board”."
    )
    assert [q.speaker for q in extract_quotes(text).quotes] == ["Bato Tsyrenov"]


def test_a_name_addressed_in_dash_speech_is_not_the_pronouns() -> None:
    text = (
        "Модератор, телеведущий Кирилл Лазарев, начал с вопроса.\n\n"
        "— Александр Викторович, давайте честно: сколько инвесторов ушло? — спросил он "
        "губернатора края Александра Викторовича Голубева."
    )
    assert [q.speaker for q in extract_quotes(text).quotes] == ["Кирилл Лазарев"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Министр финансов Ольга Михайлова пообещала, что лимит сохранят. Тогда Нина "
            "Ефимова уточнила, будет ли сохранена доля софинансирования. Она ответила "
            "утвердительно, добавив, что «это одна из немногих статей, которую мы не тронули».",
            "Ольга Михайлова",
        ),
        (
            "Olga Mikhailova, the finance minister, promised to keep the limit. Nina Yefimova "
            "asked whether the co-financing share would stay. She replied that it was "
            "“one of the few lines we have not touched”.",
            "Olga Mikhailova",
        ),
        (
            "Olga Mikhailova, the finance minister, promised to keep the limit. Nina Yefimova "
            "asked whether the co-financing share would stay. She said the villages were "
            "“tired of waiting”.",
            "Nina Yefimova",
        ),
    ],
)
def test_she_who_answers_a_question_is_the_one_asked(text: str, speaker: str) -> None:
    """A pronoun that replies to a question is the person asked, not the one who asked;
    one that only goes on speaking stays with the one named last."""
    assert [q.speaker for q in extract_quotes(text).quotes] == [speaker]


def test_an_adverb_opening_a_sentence_is_no_first_name() -> None:
    text = "Тогда Ефимова уточнила: «Будет ли сохранена доля софинансирования?»"
    assert [q.speaker for q in extract_quotes(text).quotes] == ["Ефимова"]


def test_adjectival_surnames_keep_their_bearers_apart_by_gender_and_case() -> None:
    """'Заболотная' is Елена, not Андрей Заболотный; 'Андрея Заболотного' (read as
    'Заболотной' alone) and 'Михаиле Толстом' are the men named in the nominative."""
    text = (
        "Министр экономики Елена Заболотная представила программу. Министр имущества "
        "Михаил Толстой рассказал о площадках.\n\nО Михаиле Толстом говорят уважительно. "
        "«Собственник не установлен по девяти объектам», — отметил он.\n\n"
        "По мнению Андрея Заболотного, «площадку стоит разделить на лоты». Глава округа "
        "Андрей Заболотный министру не родственник.\n\n"
        "Заболотная назвала первые итоги «осторожно обнадёживающими»."
    )
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == [
        ("Собственник не установлен по девяти объектам", "Михаил Толстой"),
        ("площадку стоит разделить на лоты", "Андрей Заболотный"),
        ("осторожно обнадёживающими", "Елена Заболотная"),
    ]


def test_courtesy_titles_and_two_letter_initials_tell_namesakes_apart() -> None:
    """'Mr Bondarenko' and 'Ms. Bondarenko' are the man and the woman of one surname;
    'Yu. Bondarenko' is Yulia (a Russian letter transliterated as two)."""
    text = (
        "Regional agriculture minister Yulia Bondarenko presented the plan. The investor is "
        "led by Anatoly Bondarenko, no relation to the minister.\n\n"
        "“We lose a week per vessel,” Mr Bondarenko said.\n\n"
        "Ms. Bondarenko described the model as “conservative but realistic”.\n\n"
        "Yu. Bondarenko told deputies she would report every quarter. “If we miss a "
        "deadline, you will hear it from me first,” she said."
    )
    assert [q.speaker for q in extract_quotes(text).quotes] == [
        "Anatoly Bondarenko",
        "Yulia Bondarenko",
        "Yulia Bondarenko",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "На фасаде висит выцветшая табличка: «Дом образцового содержания. 1978 год».",
            [("Дом образцового содержания. 1978 год", None)],
        ),
        (
            "Глава округа Андрей Заболотный (министру он, по его собственным словам, «даже "
            "не дальний родственник») считает, что комбинат нужно делить на лоты.",
            [("даже не дальний родственник", "Андрей Заболотный")],
        ),
        (
            "Министр Михаил Толстой рассказал о площадках. О нём в правительстве за глаза "
            "говорят как о «главном архивариусе» — и министр не возражает.",
            [],
        ),
    ],
)
def test_signs_asides_in_parentheses_and_nicknames_people_give(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    """A sign's two sentences (the second a year) are read out; 'по его собственным
    словам' names who says the words in an aside, though a verb after the parenthesis
    names no one; what people at large call someone is no quote."""
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == expected


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "На одном из прессов сохранилась латунная табличка: «Käserei Halbstadt 1912».",
            "Käserei Halbstadt 1912",
        ),
        (
            "Zhdanov said he would support such a fund “tomorrow”, while others hesitated.",
            "tomorrow",
        ),
    ],
)
def test_a_plaques_words_and_a_quoted_adverb_are_quotes(text: str, quote: str) -> None:
    """A plaque's text after a colon, however much it looks like a name; an adverb
    quoted alone in reported speech, which no term is."""
    assert [q.text for q in extract_quotes(text).quotes] == [quote]


def test_a_noun_in_ly_quoted_alone_stays_a_term() -> None:
    text = "Zhdanov said he would protect the fund “supply”, while others hesitated."
    assert not extract_quotes(text).quotes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Li Wei, regional director, confirmed the company was ‘in the final stage of "
            "talks’ about a plant. Asked about timing, he would only say: ‘When the land is "
            "ready, we are ready.’",
            ["in the final stage of talks", "When the land is ready, we are ready."],
        ),
        (
            "Министр Шамиль Гаджимурадов на брифинге: «Вторую нитку мы запускаем в мае». "
            '[EN: "We are launching the second line in May."]',
            ["Вторую нитку мы запускаем в мае"],
        ),
        (
            "Оперативный штаб сообщил о графике. «График будет действовать до мая», — "
            'говорится в сообщении штаба. [EN: "The schedule will remain in place until '
            'May."]',
            ["График будет действовать до мая"],
        ),
        (
            "Хроника событий в Дербенте: вода подаётся по графику, штаб заседает каждый день, "
            "жители носят воду из родников, а ремонт второй нитки водовода из Самура "
            "продолжается уже третью неделю без перерыва.\n\n"
            "Gasan Magomedov, speaking in Russian, said water losses on the old network were "
            '"around 50 per cent" («около 50 процентов»). He blamed illegal connections.',
            ["около 50 процентов"],
        ),
        (
            "Директор теплосети Кропачёв А.В. доложил, что бригады вскрыли грунт и "
            "обнаружили «свищ длиной около сорока сантиметров».",
            ["свищ длиной около сорока сантиметров"],
        ),
    ],
)
def test_live_blog_quotes(text: str, expected: list[str]) -> None:
    """A plural 's’ closes a ‘...’ quote when the next mark opens another; 'he would only
    say' said; a labelled translation in brackets ('[EN: "..."]'), after the quote or
    after its attribution, is no quote; the reporter's language around a pair is its
    paragraph's; words someone reports ('доложил, что ...') are theirs."""
    assert [q.text for q in extract_quotes(text).quotes] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Корреспонденты задали горожанам вопрос.\n\nИрина, 45 лет, учитель: «На Советской "
            "теперь как в областном центре — ровно, разметка, новые бордюры».\n\nПётр "
            "Андреевич, 67 лет, пенсионер: «Я сорок лет за рулём, такого ремонта не помню».",
            [("Ирина", "учитель"), ("Пётр Андреевич", "пенсионер")],
        ),
        (
            "We asked readers on Imam Shamil Avenue.\n\nMadina, 36, a pharmacist on Imam Shamil "
            "Avenue: “We plan our lives around the water schedule. Then I go to work.”",
            [("Madina", "a pharmacist on Imam Shamil Avenue")],
        ),
    ],
)
def test_a_vox_pop_line_gives_its_words_to_the_name_and_age_opening_it(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """'Ирина, 45 лет, учитель: «...»': a name, an age and an occupation open the line;
    not a transcript label for the last capitalised words before the colon."""
    assert [(q.speaker, q.role) for q in extract_quotes(text).quotes] == expected


def test_vox_pop_speech_gestures_and_first_names_no_list_has() -> None:
    """'— ... а пандусы... — Она машет рукой. — Сами видите.': the gesture between two
    stretches of speech is the narrator's; 'интересуется' and 'бросает' attribute dash
    speech; 'Бабушка Дулма, 82 года' introduces Дулма, whom no list of names knows."""
    text = (
        "Бабушка Дулма, 82 года, живёт одна в доме у школы.\n\n"
        "— А вышка чья? — интересуется Дулма.\n\n"
        "— Я голосовала, — говорит Гульнара Ильдаровна. — Мы просили пандусы к воде. "
        "Туалет есть, а пандусы... — Она машет рукой. — Сами видите.\n\n"
        "— Сколько денег закопали, а плитка уже трескается, — бросает на ходу мужчина с "
        "овчаркой."
    )
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == [
        ("А вышка чья?", "Дулма"),
        ("Я голосовала,", "Гульнара Ильдаровна"),
        ("Мы просили пандусы к воде. Туалет есть, а пандусы...", "Гульнара Ильдаровна"),
        ("Сами видите.", "Гульнара Ильдаровна"),
        ("Сколько денег закопали, а плитка уже трескается,", None),
    ]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "When the boiler house reopened, a banner over its entrance read ‘Warmth to every "
            "home!’ Readers sent us photographs. Outside the station, a faded banner still "
            "proclaims “Clean water for every home — 2024”.",
            [],
        ),
        (
            "Vera, a pensioner who gave only her first name, pointed at a crater. “That one has "
            "been here since May,” she said.",
            ["Vera"],
        ),
    ],
)
def test_banners_that_read_and_a_person_known_by_first_name_only(
    text: str, speakers: list[str]
) -> None:
    assert [q.speaker for q in extract_quotes(text).quotes] == speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "17:10\nВ нашу ленту написала читательница Мадина Исмаилова из микрорайона "
            "Аваданг: «Третий день носим воду из родника вёдрами».",
            "Мадина Исмаилова",
        ),
        (
            "В пресс-службе мэрии уточнили, что документация будет направлена на "
            "государственную экспертизу «до конца первого квартала».",
            None,
        ),
        (
            "Бабушка Дулма, 82 года, живёт одна.\n\n— А вышка чья? — интересуется Дулма у внука.",
            "Дулма",
        ),
    ],
)
def test_a_phrase_of_place_before_the_verb_and_the_asked_after_the_name(
    text: str, speaker: str | None
) -> None:
    """'В нашу ленту написала читательница X': a short phrase opening with a preposition
    is no unnamed subject, so the name after the verb speaks (a plural verb, 'уточнили',
    still says no one); 'интересуется Дулма у внука': whom she asks follows her name."""
    assert [q.speaker for q in extract_quotes(text).quotes] == [speaker]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Начальник департамента дорожной деятельности мэрии Валентина Корчагина назвала"
            " водителей «наконец-то дисциплинированными».",
            "Начальник департамента дорожной деятельности мэрии",
        ),
        (
            "Доцент кафедры социологии и политологии ВоГУ Елена Горина сказала: «Школа уходит"
            " первой».",
            "Доцент кафедры социологии и политологии ВоГУ",
        ),
    ],
)
def test_an_office_named_by_a_role_stem_is_no_role_of_its_own(text: str, role: str) -> None:
    """'мэрии', 'политологии': the office or the science, not a person's title, so the
    role the name is given runs from its real head."""
    assert [q.role for q in extract_quotes(text).quotes] == [role]


@pytest.mark.parametrize(
    ("word", "names_a_person"),
    [
        ("эксперт", True),
        ("экспертам", True),
        ("экспертизу", False),
        ("экспертный", False),
        ("мэра", True),
        ("мэрия", False),
        ("следователя", True),
        ("следовательно", False),
        ("основательница", True),
        ("основательно", False),
        ("руководительница", True),
        ("представительство", False),
        ("губернаторский", False),
        ("членство", False),
        ("секретариат", False),
        ("политологи", True),
        ("политология", False),
        ("директорат", False),
    ],
)
def test_words_built_on_a_role_stem_name_a_person_only_as_nouns(
    word: str, names_a_person: bool
) -> None:
    assert is_role_head(word) is names_a_person


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Nadezhda Tolmacheva keeps the accounts of her dairy farm in an exercise book. She"
            " has run the farm for eleven years. “The milk price this spring was lower than in"
            " 2021. You do the sums.”",
            "Nadezhda Tolmacheva",
        ),
        (
            "Economist Denis Solovyov warned against complacency. In his view, the region's"
            " success was built on a moment in history. “That moment has passed.”",
            "Denis Solovyov",
        ),
        (
            "Экономист Айгуль Сабирова смотрит на спор шире. По её мнению, дело не в банках."
            " «Проблема не в банках, а в длинных деньгах, которых в регионе нет.»",
            "Айгуль Сабирова",
        ),
        # Read out, the words are the letter's, not the reader's.
        (
            "Olga Rusinova reads a letter her mother sent last month. She reads me one line of"
            " it.\n\n“Olenka, you have given them nine years. Give yourself the tenth.”",
            None,
        ),
    ],
)
def test_a_quote_after_a_sentence_opening_with_a_pronoun(text: str, speaker: str | None) -> None:
    assert [q.speaker for q in extract_quotes(text).quotes] == [speaker]


def test_the_deputy_is_a_lawmaker_or_someones_deputy() -> None:
    text = (
        "Andrei Shipunov, a deputy of the Altai Krai Legislative Assembly, says the complaints"
        " have reached the regional parliament. Igor Shatilov, deputy governor for transport,"
        " said the delay was technical.\n\n"
        "The deputy conceded that the pot of money is shrinking. “The krai budget is what it"
        " is.”\n\n"
        "The transport deputy added that work would start in spring. “The first piles go in"
        " by April,” he said."
    )
    assert [q.speaker for q in extract_quotes(text).quotes] == [
        "Andrei Shipunov",
        "Igor Shatilov",
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "I asked Nadezhda Tolmacheva why she had never applied.\n\nThe farmer laughed when"
            " I asked about her plans. “I am tired of breaking through,” she said.",
            "Nadezhda Tolmacheva",
        ),
        (
            "Konstantin Lyakh runs the plant.\n\nThe farmer from the Tambovsky district, who"
            " gave no surname, told about the roads. “The logistics eats all,” said he.",
            None,
        ),
    ],
)
def test_the_description_of_the_one_just_named_is_no_one_new(
    text: str, speaker: str | None
) -> None:
    assert [q.speaker for q in extract_quotes(text).quotes] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Рустем Галиев, председатель правления банка «Камский кредит», с этим не согласен."
            " Депутат Лилия Хамитова назвала его позицию «удобной отговоркой».\n\n"
            "— Потому что начинающий предприниматель часто закрывается, — ответил банкир.",
            "Рустем Галиев",
        ),
        (
            "Yulia Markelova, chair of the board of a regional bank, came late. The economist Irina"
            " Petrova spoke first.\n\nThe banker was less sure. “Demand is there, money is not,”"
            " she said.",
            "Yulia Markelova",
        ),
    ],
)
def test_the_banker_is_the_one_whose_role_is_at_a_bank(text: str, speaker: str) -> None:
    assert [q.speaker for q in extract_quotes(text).quotes][-1] == speaker


def test_a_role_in_the_dative_is_told_not_telling() -> None:
    text = (
        "Первый вице-премьер правительства Азат Ишмухаметов открыл заседание.\n\n"
        "Депутат Курултая Гульнара Ахметшина предложила провести инвентаризацию.\n\n"
        "— Мы никого не выгоняем, — ответил депутату первый вице-премьер."
    )
    assert [q.speaker for q in extract_quotes(text).quotes] == ["Азат Ишмухаметов"]


def test_a_role_at_a_place_no_known_role_names_is_the_one_just_named() -> None:
    """A first deputy premier is known, but 'директор завода' is no post of his: the
    director is the man just named as running the plant."""
    text = (
        "Первый вице-премьер правительства Азат Ишмухаметов открыл заседание.\n\n"
        "Тимур Хабибуллин руководит заводом «Уралполимертрубы», который первым пришёл в"
        " парк.\n\n«Сети мы получили через полтора года», — вспоминает директор завода."
    )
    assert [q.speaker for q in extract_quotes(text).quotes] == ["Тимур Хабибуллин"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "В ответе, подписанном начальником управления транспорта Кудрявцевым А.В.,"
            " говорится: «Маршрут № 12к не отменяется, а объединяется с маршрутом № 12».",
            "А.В. Кудрявцев",
        ),
        (
            "Письмо, подписанное заместителем главы Ковалёвой Н.А., гласит: «Ремонт дороги"
            " перенесён на весну из-за погоды».",
            "Н.А. Ковалёва",
        ),
    ],
)
def test_a_surname_before_initials_is_put_in_the_nominative(text: str, speaker: str) -> None:
    assert [q.speaker for q in extract_quotes(text).quotes] == [speaker]


def test_a_man_and_a_woman_of_one_surname_by_its_form() -> None:
    """'Хасанов' is his even after 'Лилия Хасанова' was named; 'Хасановой' is hers."""
    text = (
        "Глава администрации района Айдар Наилевич Хасанов провёл планёрку.\n\n"
        "«За сутки поступило 1240 обращений», — рассказала диспетчер Лилия Хасанова.\n\n"
        "Вечером Хасанов оговорился: «Терпимой — это не значит хорошей».\n\n"
        "По словам Хасановой, звонки не прекращаются: «Телефон не умолкает ни на минуту»."
    )
    assert [q.speaker for q in extract_quotes(text).quotes] == [
        "Лилия Хасанова",
        "Айдар Наилевич Хасанов",
        "Лилия Хасанова",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Раньше на месте стадиона было поле, которое ученики называли «болотом»: там стояла вода.",
        'Commuters have long called the junction "the frying pan" for its summer jams.',
    ],
)
def test_what_pupils_or_commuters_call_a_place_is_a_term(text: str) -> None:
    assert not extract_quotes(text).quotes


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        (
            'Gennady Popov acknowledged on Friday that the city had "underestimated" the'
            " state of the network.",
            ["underestimated"],
        ),
        # Not after a perfect: a word the sentence uses.
        ('Gennady Popov said the pipes were laid as a "temporary" solution.', []),
    ],
)
def test_a_participle_quoted_after_had_is_reported_speech(text: str, quotes: list[str]) -> None:
    assert [q.text for q in extract_quotes(text).quotes] == quotes


@pytest.mark.parametrize(
    "text",
    [
        'A banner stretched across the administrative building still reads "Sayan alloy is the'
        ' strength of the republic".',
        "The only sign of the railway is a faded billboard near the bus station, showing a"
        " locomotive and the words ‘Railway to Tuva — the road to the future’.",
    ],
)
def test_a_banner_or_billboard_several_words_before_its_words(text: str) -> None:
    assert not extract_quotes(text).quotes


def test_a_signs_words_after_its_colon_are_read_out() -> None:
    text = (
        "A laminated sign taped to a bus shelter on Kommunistichesky Prospekt read: “Bus stop"
        " temporarily moved 50 m”."
    )
    assert [q.text for q in extract_quotes(text).quotes] == ["Bus stop temporarily moved 50 m"]


def test_a_pronoun_with_a_role_set_off_by_dashes_is_the_role_holder() -> None:
    text = (
        "Artur Kyzlasov, Khakassia's minister of economic development, sat next to plant"
        ' director Gennady Tutatchikov. He — the Khakassian minister — put it bluntly: "In'
        ' the past we handed out subsidies and never checked what came back."'
    )
    assert [q.speaker for q in extract_quotes(text).quotes] == ["Artur Kyzlasov"]


@pytest.mark.parametrize("role", ["bankruptcy trustee", "управляющий по делу о банкротстве"])
def test_a_bankruptcy_manager_is_no_banker(role: str) -> None:
    assert "bank" not in AskedRole.of(role).kinds
    assert "bank" in AskedRole.of("банкир").kinds


def test_a_description_set_off_after_a_name_brings_in_no_one_new() -> None:
    text = (
        "At the meeting, Gulnara Sabirova, a mother of three from the neighbouring block,"
        " complained about the heat. “In July the slide heats up like a frying pan,” she said."
    )
    assert [q.speaker for q in extract_quotes(text).quotes] == ["Gulnara Sabirova"]


def test_the_engineer_is_the_chief_engineer_named_before() -> None:
    text = (
        "‘We found the break at four in the morning,’ said Ruslan Gabdrakhmanov, the utility’s"
        " chief engineer. Mayor Natalia Ivanova thanked the crews.\n\n"
        "Asked whether the deadline was firm, the engineer was cautious: ‘I’d rather not"
        " promise what depends on the frost.’"
    )
    assert [q.speaker for q in extract_quotes(text).quotes] == [
        "Ruslan Gabdrakhmanov",
        "Ruslan Gabdrakhmanov",
    ]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            'Minister Artur Kyzlasov said he would support such a fund "tomorrow", while his'
            ' colleague from Kuzbass called it "a good idea that the Finance Ministry will kill".',
            "Artur Kyzlasov",
        ),
        (
            "Министр Артур Кызласов пообещал поддержать фонд «хоть завтра», тогда как его"
            " коллега из Кузбасса назвал идею «хорошей, но обречённой в Минфине».",
            "Артур Кызласов",
        ),
    ],
)
def test_a_contrast_with_a_subject_of_its_own_is_not_the_first_speakers(
    text: str, first: str
) -> None:
    assert [q.speaker for q in extract_quotes(text).quotes] == [first, None]


def test_the_head_of_the_ministry_is_its_minister_not_the_last_director() -> None:
    text = (
        "На вопросы ответили министр энергетики области Николай Лукьянов и технический"
        " директор АО «Облгаз» Андрей Сафин. «Бригад не хватает», — пояснил Сафин.\n\n"
        "Министр добавил, что за просрочку положена неустойка. «Это прописано в договоре»,"
        " — заявил глава министерства."
    )
    assert [q.speaker for q in extract_quotes(text).quotes] == ["Андрей Сафин", "Николай Лукьянов"]
    assert AskedRole.of("глава министерства").kinds == {"minister"}


def test_words_in_marks_that_make_up_a_sentence_are_speech() -> None:
    text = (
        "Galina Sorokina said she would believe it when she saw it. «Обещали уже», she said"
        " with a shrug. «Посмотрим осенью». The plant is called «Северная звезда»."
    )
    quotes = extract_quotes(text).quotes
    assert [(q.text, q.speaker) for q in quotes] == [
        ("Обещали уже", "Galina Sorokina"),
        ("Посмотрим осенью", "Galina Sorokina"),
    ]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        (
            "В министерстве ограничились письменным комментарием: ведомство «оказывает"
            " следствию всестороннее содействие». Результаты проверки не раскрываются.",
            ["оказывает следствию всестороннее содействие"],
        ),
        (
            "Архитектор Ксения Олейник признаёт, что результат получился «компромиссом»."
            " Жители называют сквер «сковородкой».",
            ["компромиссом"],
        ),
        (
            "Roman Gusev insisted the project was no landfill. All evening he referred to the"
            ' site as a "technopark". Residents refer to the plant as "the monster".',
            ["technopark"],
        ),
    ],
)
def test_a_reply_or_description_quoted_in_a_few_words(text: str, quoted: list[str]) -> None:
    assert [q.text for q in extract_quotes(text).quotes] == quoted


def test_someone_unnamed_opening_the_sentence_before_is_whom_the_pronoun_means() -> None:
    text = (
        "Deputy governor Sergei Vaskov said the territory would not give up the corridor."
        " A source close to the regional government was more candid. “The decision was made"
        " in Moscow,” he said.\n\nA resident asked about the road. Sergei Vaskov was brief."
        " “It will be built,” he said."
    )
    assert [q.speaker for q in extract_quotes(text).quotes] == [None, "Sergei Vaskov"]


@pytest.mark.parametrize(
    "text",
    [
        "In May, 46 doctors signed a letter to Governor Vladimir Pakhomov. It reads in part:"
        ' "We are against a situation in which the nearest maternity care is far away."',
        "В мае 46 врачей подписали письмо губернатору Владимиру Пахомову. В письме говорится:"
        " «Мы против того, чтобы ближайший роддом был в трёх часах езды».",
    ],
)
def test_whom_a_letter_went_to_did_not_write_it(text: str) -> None:
    assert [q.speaker for q in extract_quotes(text).quotes] == [None]


def test_the_guide_is_the_guide_named_before() -> None:
    text = (
        "Выступали директор компании Глеб Сурков и проводник Артём Рябинин.\n\n"
        "«Мы не строим город на вулкане», — заявил Сурков.\n\n"
        "— Туристов станет больше, это хорошо, — рассуждает проводник."
    )
    assert [q.speaker for q in extract_quotes(text).quotes] == ["Глеб Сурков", "Артём Рябинин"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Ведущая эфира Ольга Мельникова зачитала сообщение, пришедшее в соцсетях: „Почему"
            " на остановке нет павильона? Люди мокнут под дождём“.",
            None,
        ),
        (
            "Модератор Ирина Пахомова зачитала сообщение жительницы села Садовое Натальи"
            " Кречетовой: «Газовую трубу к нашему селу довели ещё в 2021 году»",
            "Наталья Кречетова",
        ),
        (
            "Presenter Olga Melnikova read out a question from a listener: “Why is there still"
            " no shelter at the University stop?”",
            None,
        ),
    ],
)
def test_a_message_read_out_is_its_writers(text: str, speaker: str | None) -> None:
    assert [q.speaker for q in extract_quotes(text).quotes] == [speaker]


def test_a_deputy_given_no_post_is_the_deputy_asked_for() -> None:
    text = (
        "Министр строительства Ильдар Гарипов попросил ответить своего заместителя Елену"
        " Кузнецову.\n\n«Набережная стоит около 600 миллионов рублей», — пояснила замминистра."
    )
    assert [q.speaker for q in extract_quotes(text).quotes] == ["Елена Кузнецова"]


def test_a_journalist_asking_after_an_opening_phrase_is_whom_the_pronoun_means() -> None:
    text = (
        "Директор департамента транспорта Сергей Ломакин рассказал о тарифах.\n\n"
        "В конце пресс-конференции журналист издания «Город55» задал вопрос, которого ждали"
        " многие.\n\n— Собираетесь ли вы остаться на второй срок? — спросил он.\n\n"
        "Governor Igor Solodkov, asked by a reporter whether the terminal is safe, said:"
        " “It is enclosed.” Pressed on the point, he added: “I would live next to it.”"
    )
    assert [q.speaker for q in extract_quotes(text).quotes] == [
        None,
        "Igor Solodkov",
        "Igor Solodkov",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Irina Baklanova keeps the papers. The commission's conclusion, a copy of which she"
        " keeps in a plastic sleeve, says the building is «пригоден для проживания».",
        "Anna Sidorenko spoke first. The petition, addressed to the governor, says that"
        ' "the closure of the school means the death of the village".',
    ],
)
def test_a_document_with_a_clause_about_someone_speaks_for_itself(text: str) -> None:
    assert [q.speaker for q in extract_quotes(text).quotes] == [None]


def test_the_one_who_reports_is_no_report() -> None:
    text = (
        "Директор филиала Сидоркин В.А. доложил о планах. «Газ подведён к границе участка»,"
        " — отметил докладчик."
    )
    assert [q.speaker for q in extract_quotes(text).quotes] == ["В.А. Сидоркин"]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Об этом сообщил помощник губернатора Иван Петров.", "помощник губернатора"),
        ("Как пояснил заместитель мэра Иван Петров, работы идут.", "заместитель мэра"),
        (
            "Об этом сообщил вице-премьер - полпред президента в ДФО Иван Петров.",
            "вице-премьер - полпред президента в ДФО",
        ),
        ("Губернатор поручил вице-губернатору Ивану Петрову проверить.", "вице-губернатор"),
    ],
)
def test_a_role_in_the_genitive_goes_on_the_role_before_it(text: str, role: str) -> None:
    start = text.index("Иван")
    name = "Ивану Петрову" if "Ивану" in text else "Иван Петров"
    assert nominative_role(role_near(text, start, start + len(name))) == role


def test_someone_holding_two_posts_is_found_by_either() -> None:
    text = (
        "Отвечать пришлось заместителю губернатора — министру финансов области Ирине"
        " Лаптевой. «Деньги не потеряны», — ответила министр."
    )
    quote = extract_quotes(text).quotes[0]
    assert (quote.speaker, quote.role) == (
        "Ирина Лаптева",
        "заместитель губернатора — министр финансов области",
    )


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Заместитель главы Воронежа Кирилл Ефимов, отвечавший на вопросы депутатов,"
            " прокомментировал претензии.\n\n— Удорожание связано с изменением проекта, —"
            " пояснил чиновник.",
            "Кирилл Ефимов",
        ),
        (
            "Жительница Анна Котова спросила о сроках.\n\n— Работы закончат в мае, — пояснил"
            " чиновник.",
            None,
        ),
    ],
)
def test_the_official_is_the_office_holder_just_named(text: str, speaker: str | None) -> None:
    assert [q.speaker for q in extract_quotes(text).quotes] == [speaker]


def test_the_elder_and_the_younger_of_one_surname() -> None:
    text = (
        "Хозяйством руководит Николай Гончаренко, а последние три года ему помогает сын Артём"
        " Гончаренко.\n«Земля в этом году поспела рано», — говорит Гончаренко-старший. «Мы"
        " купили дроны», — добавляет Гончаренко-младший."
    )
    assert [q.speaker for q in extract_quotes(text).quotes] == [
        "Николай Гончаренко",
        "Артём Гончаренко",
    ]


def test_a_noun_in_an_oblique_case_before_a_surname_is_no_first_name() -> None:
    assert not find_full_names("Лаборатории Мартынова, по его словам, пока везёт.")
    assert [m.name for m in find_full_names("Слово Марии Мартыновой")] == ["Мария Мартынова"]


def test_a_first_name_alone_is_the_one_person_named_in_full_with_it() -> None:
    text = (
        "Работу ведёт аспирантка Полина Серебрякова. После доклада на конференции профессор"
        " Цзянь Лю написал ей письмо.\n\nПолина уезжать не собирается.\n\n— Для меня это"
        " немного личное, — признаётся она."
    )
    assert [q.speaker for q in extract_quotes(text).quotes] == ["Полина Серебрякова"]


def test_a_first_name_introducing_someone_new_is_not_the_namesakes() -> None:
    text = (
        'Магомед Алиев, Буйнакск: "В нашем микрорайоне открыли детский сад, но воды в нём'
        ' нет."\n\nМагомед, 61 год, пенсионер из Кизляра: «Нам в администрации сказали,'
        " что садик будет, когда будет вода»."
    )
    assert [q.speaker for q in extract_quotes(text).quotes] == ["Магомед Алиев", "Магомед"]


@pytest.mark.parametrize(
    ("text", "quoted", "speakers"),
    [
        (
            "Мария Тарасова пробежала марафон с мужем Михаилом.\n\n— Не слушайте его, он сам"
            " предложил, — тут же поправила мужа Екатерина Тарасова.",
            ["Не слушайте его, он сам предложил"],
            ["Екатерина Тарасова"],
        ),
        (
            "Художник Илья Шмелёв расписывает стену.\n\n— Я с ней согласен, крыши важнее, —"
            " пожал плечами Шмелёв.",
            ["Я с ней согласен, крыши важнее"],
            ["Илья Шмелёв"],
        ),
        (
            'Svetlana Orlova runs the camp. "Since Christmas," Gennady Orlov corrected her.',
            ["Since Christmas"],
            ["Gennady Orlov"],
        ),
        (
            "Critic Anna Shustova did concede, by the second interval, that the new lighting was"
            ' "much better than before".',
            ["much better than before"],
            ["Anna Shustova"],
        ),
        (
            "The resorts undercut each other, in what local media have taken to calling “the"
            " ski-pass war”.",
            [],
            [],
        ),
    ],
)
def test_corrections_shrugs_concessions_and_what_media_call_it(
    text: str, quoted: list[str], speakers: list[str]
) -> None:
    quotes = extract_quotes(text).quotes
    assert [q.text.rstrip(",") for q in quotes] == quoted
    assert [q.speaker for q in quotes] == speakers


def test_a_couple_named_with_one_plural_surname_is_two_people() -> None:
    text = (
        "Среди финишёров — супруги Екатерина и Михаил Тарасовы из Димитровграда.\n\n"
        "— Она меня три года уговаривала, — признался Михаил.\n\n"
        "— Не слушайте его, он сам предложил, — поправила мужа Екатерина."
    )
    assert [m.name for m in find_full_names(text)] == ["Екатерина Тарасова", "Михаил Тарасов"]
    assert [q.speaker for q in extract_quotes(text).quotes] == [
        "Михаил Тарасов",
        "Екатерина Тарасова",
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Главный агроном хозяйства Сергей Дронов вернулся в родное село.\n\n«Урожайность"
            " пшеницы — 58 центнеров с гектара», — говорит агроном.",
            "Сергей Дронов",
        ),
        (
            "Заместитель губернатора Виталий Рожин побывал на открытии.\n\n«Субсидия покрывает"
            " четверть стоимости», — сказал замгубернатора.",
            "Виталий Рожин",
        ),
        (
            "Заслуженный тренер России Иннокентий Посельский рассказал о подготовке. «Три месяца"
            " мы работали над выносливостью», — пояснил наставник.",
            "Иннокентий Посельский",
        ),
    ],
)
def test_trades_and_compound_posts_name_the_one_given_them(text: str, speaker: str) -> None:
    assert [q.speaker for q in extract_quotes(text).quotes] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Научный руководитель института академик РАН Михаил Фёдорович Гусев считает, что"
            " статус важен.\n\n«Физик думает не только о детекторе», — говорит академик.",
            "Михаил Фёдорович Гусев",
        ),
        (
            "Irina Lopatina, a virologist at the Federal Centre for Animal Health, spoke first."
            " “We will be fighting these outbreaks every year,” the virologist said.",
            "Irina Lopatina",
        ),
        (
            "Academician Yury Kravtsov, the institute's scientific director, spoke at a seminar."
            " The academician also called for new rules, saying institutes needed “the right to"
            " take a share in a company”.",
            "Yury Kravtsov",
        ),
    ],
)
def test_scholars_are_named_by_their_title_or_field(text: str, speaker: str) -> None:
    assert [q.speaker for q in extract_quotes(text).quotes] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Глава Ульяновска Сергей Мелентьев вручал награды.\n\n«Марафон — это давно не только"
            " спорт», — заявил градоначальник.",
            "Сергей Мелентьев",
        ),
        (
            'Ruslan Garipov does not like the word "oligarch".\n\n"I build chairlifts. Oligarchs'
            ' buy football clubs," the 46-year-old investor said.',
            "Ruslan Garipov",
        ),
    ],
)
def test_the_city_head_and_the_investor_named_before(text: str, speaker: str) -> None:
    assert [q.speaker for q in extract_quotes(text).quotes] == [speaker]


def test_the_elder_of_one_surname_may_be_named_second_as_the_mother() -> None:
    text = (
        "Художница Анна Фомичёва расписывает доски. За соседним столом работает её мать,"
        " Людмила Фомичёва.\n\n«Я Аню в пять лет за кисточку посадила», — вспоминает"
        " Фомичёва-старшая."
    )
    assert [q.speaker for q in extract_quotes(text).quotes] == ["Людмила Фомичёва"]


def test_a_british_quote_before_a_name_gives_it_no_role() -> None:
    text = "‘The minister doesn’t drive anywhere,’ Magomed Gadzhiev replies. ‘He flies.’"
    assert [(q.speaker, q.role) for q in extract_quotes(text).quotes] == [
        ("Magomed Gadzhiev", None),
        ("Magomed Gadzhiev", None),
    ]


def test_whom_the_speaker_told_does_not_take_over_the_next_quote() -> None:
    text = (
        "Sergei Lanin talks about pipes. “I'm an engineer who ended up in an office with a"
        " flag,” he told the radio host, Yevgenia Sorokina. “Sometimes I forget the flag is"
        " there.”"
    )
    assert [q.speaker for q in extract_quotes(text).quotes] == ["Sergei Lanin", "Sergei Lanin"]


def test_the_post_someone_became_is_their_role() -> None:
    text = (
        "When Sergei Lanin became mayor of Vologda last November, he promised two things."
        " Opposition councillor Anatoly Reshetnikov was less kind. “He's charming on the"
        " radio,” Reshetnikov said. The mayor laughed. “He's right about the potholes.”"
    )
    quotes = extract_quotes(text).quotes
    assert [q.speaker for q in quotes] == ["Anatoly Reshetnikov", "Sergei Lanin"]
    assert quotes[1].role == "mayor of Vologda"


def test_the_moderator_and_the_paragraph_that_leads_into_dash_speech() -> None:
    text = (
        "Модератор, телеведущий Кирилл Лазарев открыл сессию.\n\nЛазарев предложил слово"
        " председателю правления банка Денису Шевчуку, который, по признанию самого"
        " модератора, «обычно говорит то, чего от него не ждут». Банкир не разочаровал.\n\n"
        "— Денег у банков много. Проектов мало, — сказал он.\n\n«Спорить будем и дальше»,"
        " — подвёл итог модератор."
    )
    assert [q.speaker for q in extract_quotes(text).quotes] == [
        "Кирилл Лазарев",
        "Денис Шевчук",
        "Кирилл Лазарев",
    ]


def test_a_pull_quote_signed_on_the_line_under_it() -> None:
    text = (
        "Дискуссию открыл министр строительства Денис Прохоров.\n\n"
        "«Нам важно, чтобы каждый рубль кредита заканчивался новым кварталом»\n"
        "Ирина Ковалёва, министр экономики Красноярского края\n\n"
        "Прохоров согласился с коллегой лишь отчасти."
    )
    assert [q.speaker for q in extract_quotes(text).quotes] == ["Ирина Ковалёва"]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        (
            "The regional authorities describe the change as an “optimisation” of the network."
            " The teachers’ house is a brick building that everyone in the village calls “the"
            " hostel”.",
            [],
        ),
        (
            "Baldanov's programme, printed on a yellow leaflet headed “Восточный — не окраина!”,"
            " promises an audit. His banner, in the style his party has made familiar, reads"
            " “Свалку — за город!”. В кабинете — стопка листовок с надписью «Голосуй за"
            " своих!».",
            [],
        ),
        (
            "Губернатор Денис Аксёнов поздравил Гришину в своём телеграм-канале, отметив, что"
            " ждёт от новой команды мэрии «конкретных результатов, а не отчётов».",
            ["конкретных результатов, а не отчётов"],
        ),
    ],
)
def test_terms_of_many_leaflets_and_a_gerunds_partial_quote(text: str, quoted: list[str]) -> None:
    assert [q.text for q in extract_quotes(text).quotes] == quoted


def test_a_candidate_is_found_by_party() -> None:
    text = (
        "Второе место занял коммунист Виктор Анохин, третье — кандидат от ЛДПР Денис"
        " Сазонов.\n\nСам Анохин был сдержаннее своих однопартийцев.\n\n— Я благодарен"
        " каждому, кто за меня проголосовал, — сказал кандидат от КПРФ."
    )
    assert [q.speaker for q in extract_quotes(text).quotes] == ["Виктор Анохин"]
    assert AskedRole.of("кандидат от КПРФ").score("кандидат от ЛДПР") == 0


def test_a_gerunds_subject_is_the_one_named_first() -> None:
    text = (
        "Губернатор Денис Аксёнов поздравил Ларису Гришину в своём телеграм-канале, отметив,"
        " что ждёт от новой команды мэрии «конкретных результатов, а не отчётов»."
    )
    assert [q.speaker for q in extract_quotes(text).quotes] == ["Денис Аксёнов"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Фельдшер Денис Вахрушев работает двенадцать лет.\n\nВодитель Александр Попов"
            " возит Вахрушева шестой год.\n\n— Машине девять лет, — говорит он.",
            "Александр Попов",
        ),
        (
            "Гендиректор корпорации Денис Яковлев рассказал о резидентах.\n\nПо словам"
            " генерального директора ООО «Авиакомпонент» Игоря Сафонова, оборудование"
            " российское. «Станки мы закупили у отечественных производителей», — отметил он.",
            "Игорь Сафонов",
        ),
    ],
)
def test_a_pronoun_stands_for_the_subject_not_the_object_after_it(text: str, speaker: str) -> None:
    assert [q.speaker for q in extract_quotes(text).quotes][-1] == speaker


def test_an_office_named_since_does_not_hide_the_candidate_named_last() -> None:
    text = (
        "Speaking to reporters after the broadcast, Mikhail Kuzovkov said the acting governor"
        ' had "answered a question about villages with a story about his car."\n\n"He can'
        ' drive wherever he likes," the Communist candidate said.'
    )
    assert [q.speaker for q in extract_quotes(text).quotes] == [
        "Mikhail Kuzovkov",
        "Mikhail Kuzovkov",
    ]


def test_a_first_name_after_an_age_introduces_someone() -> None:
    text = (
        "Елена Храмова водит детей в Дом культуры. Девятилетняя Варя, её дочь, не унывает."
        "\n\n— Только там холодно, — добавляет она."
    )
    assert [q.speaker for q in extract_quotes(text).quotes] == ["Варя"]


@pytest.mark.parametrize(
    "text",
    [
        "«Она — часть той команды», — сказал предприниматель Артём Ковальчук. Лариса Гришина"
        " взяла слово повторно. «Я искала деньги на новые машины», — ответила она.\n\n"
        "«Искать деньги шесть лет — это тоже результат», — парировал оппонент.",
        '"She is part of that team," businessman Artyom Kovalchuk said. Larisa Grishina took'
        ' the floor again. "I was the one who found the money," she said.\n\n"Six years is'
        ' also a result," her opponent shot back.',
    ],
)
def test_the_opponent_is_the_one_the_last_speaker_answered(text: str) -> None:
    speakers = [q.speaker for q in extract_quotes(text).quotes]
    assert speakers[-1] == speakers[0] is not None


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        (
            "“When will my radiator be warm?”: Tomsk mayor takes 200 calls\n\nMayor Vladimir"
            " Tsyganov answered for three hours.",
            [],
        ),
        (
            "Парашютист-пожарный Айаал Петров обстановку по телефону описал коротко: «Жарко,"
            " дымно, комары».",
            ["Жарко, дымно, комары"],
        ),
        (
            "Весной глава Сочи Андрей Прохоров обещал, что вопрос решится «в течение двух-трех"
            " месяцев».",
            ["в течение двух-трех месяцев"],
        ),
        (
            "В 21:40 в чате появилось короткое сообщение Сергея Малахова: «Пошло!!! Стояк"
            " горячий». Next to it hung a sheet headed “Vote for a new management company!”.",
            ["Пошло!!! Стояк горячий"],
        ),
    ],
)
def test_headline_questions_descriptions_promises_and_chat_messages(
    text: str, quoted: list[str]
) -> None:
    assert [q.text for q in extract_quotes(text).quotes] == quoted


def test_a_first_name_and_patronymic_in_the_narrative_gives_the_full_name() -> None:
    text = (
        "Виктор и Галина Зуевы занимают квартиру № 3 с 1986 года. Виктору Николаевичу 68"
        " лет.\n\n— Пол на кухне проваливается, — показывает Виктор Николаевич.\n\n"
        "Гришин: Время вышло, Олег Петрович."
    )
    assert extract_quotes(text).quotes[0].speaker == "Виктор Николаевич Зуев"
    names = [m.name for m in find_full_names(text)]
    assert "Галина Зуева" in names


def test_someone_known_by_a_first_name_the_text_gives_them() -> None:
    text = (
        "In the chat of a building on Kirova Street, a resident named Anastasia wrote at 6:40:"
        " «Батареи холодные, в детской 16 градусов». The foreman, who gave only his first"
        " name, Alexei, explained. “The pipes start to freeze,” he said."
    )
    assert [q.speaker for q in extract_quotes(text).quotes] == ["Anastasia", "Alexei"]


def test_a_wife_a_neighbour_of_the_family_and_a_resident_from_a_flat() -> None:
    text = (
        "Виктор и Галина Зуевы занимают квартиру № 3. Соседка Зуевых со второго этажа"
        " показывает ванную.\n\n— Пол на кухне проваливается, — показывает Виктор Зуев.\n\n"
        "— Мы писали везде: в администрацию, губернатору, в прокуратуру, — добавляет его"
        " жена.\n\n«Соседи, у кого-нибудь греет?» — написала Ольга из 31-й квартиры."
    )
    assert [q.speaker for q in extract_quotes(text).quotes] == [
        "Виктор Зуев",
        "Галина Зуева",
        "Ольга",
    ]
    assert "Соседка Зуевых" not in [p.name for p in People.of(text, [], []).persons]


def test_two_of_one_surname_told_apart_by_the_words_before_their_post() -> None:
    text = (
        "Viktor Gromov, head of the regional road agency, and Pavel Gromov, head of the"
        " Kasimov district administration, cut the ribbon. “Today that ends,” Viktor Gromov"
        " said.\n\nThe district head, for his part, said the town had waited “since my"
        " father's time”. “I tell them: if we were related, the bypass would be finished,”"
        " Pavel Gromov said.\n\nThe road agency chief said traffic would fall. Asked about the"
        " delays, he was frank:\n\n“The bridge was the hardest part.”"
    )
    assert [q.speaker for q in extract_quotes(text).quotes] == [
        "Viktor Gromov",
        "Pavel Gromov",
        "Pavel Gromov",
        "Viktor Gromov",
    ]


@pytest.mark.parametrize("name", ["Sardana Innokentyevna Okhlopkova", "Baira Sanjievna Basangova"])
def test_a_first_name_no_list_knows_before_an_english_patronymic(name: str) -> None:
    assert [m.name for m in find_full_names(f"{name} said the road would come.")] == [name]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "The head of the republic, Rais Ildar Khaziev, opened the festival. Minister Rustem"
            " Valiev spoke next.\n\n“We will find the money,” said the Rais.",
            ["Ildar Khaziev"],
        ),
        (
            "Ilgiz Rinat uly Yagafarov climbs the pine, his grandfather's.\n\n“The bees chose"
            " this tree before I was born,” Yagafarov said.",
            ["Ilgiz Rinat uly Yagafarov"],
        ),
        (
            "Рамиз Алекпер оглы Гусейнов руководит мастерской.\n\n«Сейчас за станками"
            " двенадцать женщин», — говорит Рамиз Алекпер оглы.",
            ["Рамиз Алекпер оглы Гусейнов"],
        ),
    ],
)
def test_the_rais_and_names_with_a_fathers_name(text: str, speakers: list[str]) -> None:
    assert [q.speaker for q in extract_quotes(text).quotes] == speakers


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        (
            "Учительница Ляйсан Хуснутдинова ведёт урок.\n\n— Как по-татарски будет «яблоко»?"
            " — спрашивает она.\n\n— Алма! — хором отвечают дети.",
            ["Как по-татарски будет «яблоко»?", "Алма!"],
        ),
        (
            "Deputy minister Zelimkhan Alkhazurov said visitors had grown by a third, calling"
            " the past season a “record year”. He had called a 2019 repair a “temporary” patch.",
            ["record year"],
        ),
        (
            "По словам Виталия Иванова, детский сад — последнее место, где можно «перехватить»"
            " ребёнка. Churapcha proudly calls itself “the land of champions”.",
            ["перехватить"],
        ),
        (
            "Residents of Solombala have long called the crossing the “bridge to nowhere”.",
            [],
        ),
    ],
)
def test_a_chorus_a_record_year_an_infinitive_and_what_a_place_calls_itself(
    text: str, quoted: list[str]
) -> None:
    assert [q.text for q in extract_quotes(text).quotes] == quoted


def test_a_teenager_named_by_the_text_answers() -> None:
    text = (
        "Plant director Konstantin Shulgin says the town will survive.\n\nAt the bus stop, a"
        ' 17-year-old named Artyom is waiting. "Would you come back?" I ask him.\n\n"To do'
        ' what?" he says.'
    )
    assert [q.speaker for q in extract_quotes(text).quotes][-1] == "Artyom"


def test_an_age_before_a_first_name_may_mention_the_one_named_in_full() -> None:
    text = (
        "Илья Сорокин, ученик 10 класса, стал победителем олимпиады. Готовиться ему помогал"
        " учитель Андрей Петрович Сорокин.\n\n— Я вообще не думал, что пройду, — признаётся"
        " 16-летний Илья."
    )
    assert [q.speaker for q in extract_quotes(text).quotes] == ["Илья Сорокин"]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        (
            "Доводы комбината о том, что расчёт вреда произведён с ошибками, суд счёл"
            " «несостоятельными».",
            ["несостоятельными"],
        ),
        (
            "Глава Коряжмы Андрей Ткаченко несколько раз призывал участников «не превращать"
            " обсуждение в митинг».",
            ["не превращать обсуждение в митинг"],
        ),
    ],
)
def test_what_a_court_deemed_and_what_an_official_urged(text: str, quoted: list[str]) -> None:
    assert [q.text for q in extract_quotes(text).quotes] == quoted


def test_the_elder_of_two_brothers_in_english() -> None:
    text = (
        "Gennady Lavrentyev runs the smelter; his younger brother, Pavel Lavrentyev, is its"
        " chief ecologist.\n\n“Pavel is the most annoying person at this plant,” the elder"
        " Lavrentyev said."
    )
    assert [q.speaker for q in extract_quotes(text).quotes] == ["Gennady Lavrentyev"]


@pytest.mark.parametrize(
    ("text", "quoted", "speakers"),
    [
        (
            "The deal was signed by Governor Alexei Vorontsov and the company's chairman, Zhang"
            " Weimin.\n\nZhang, speaking through an interpreter, said the company had looked at"
            " three regions. “The logistics here are very good,” he said.",
            ["The logistics here are very good,"],
            ["Zhang Weimin"],
        ),
        (
            "Министр Игорь Сомов вспомнил прошлое соглашение. Тот проект, по его выражению,"
            " «тихо ушёл в песок».",
            ["тихо ушёл в песок"],
            ["Игорь Сомов"],
        ),
        (
            "Opposition deputy Anna Zavyalova reposted the screenshot with a one-line comment:"
            " «Скриншоты не горят, коллега». The phrase that drew the most anger was «кто"
            " громче всех кричит».",
            ["Скриншоты не горят, коллега", "кто громче всех кричит"],
            ["Anna Zavyalova", None],
        ),
        (
            "Директор Олег Пасынков отметил в соцсетях, что слово «закрытие» в публикациях"
            " «некорректно». Residents drink from the Northern Dvina; a hydrologist at Northern"
            " Federal University, Olga Zhukova, was worried.",
            ["некорректно"],
            ["Олег Пасынков"],
        ),
    ],
)
def test_names_surname_first_in_their_view_comments_and_predicatives(
    text: str, quoted: list[str], speakers: list[str | None]
) -> None:
    quotes = extract_quotes(text).quotes
    assert [q.text for q in quotes] == quoted
    assert [q.speaker for q in quotes] == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "The imam of the village mosque, Sultan Khadzhiyev, welcomed the guests. Minister"
            " Akhmed Dudayev spoke next.\n\n“A guest is sacred,” the imam said.",
            ["Sultan Khadzhiyev"],
        ),
        (
            "Священник Андрей Ветров и глава района Олег Кулик осмотрели колокольню.\n\n"
            "«Колокола вернутся к Пасхе», — пообещал священник.",
            ["Андрей Ветров"],
        ),
        (
            "Имам мечети Рамзан Ахмадов встретил гостей вместе с министром Ахмедом Дудаевым.\n\n"
            "«Гость священен», — сказал имам.",
            ["Рамзан Ахмадов"],
        ),
        (
            "Major General Andrei Kuvshinov, head of the regional branch of the emergencies"
            ' ministry, met Governor Denis Pasler.\n\n"We have 230 boats," the general told'
            " reporters.",
            ["Andrei Kuvshinov"],
        ),
        (
            "Director General of the airport Pavel Orlov and Governor Denis Pasler cut the"
            ' ribbon.\n\n"The runway is ready," the director general said.',
            ["Pavel Orlov"],
        ),
    ],
)
def test_clergy_and_generals_are_called_by_what_they_are(text: str, speakers: list[str]) -> None:
    assert [q.speaker for q in extract_quotes(text).quotes] == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "Государственный обвинитель Павел Гринько допросил свидетеля Олега Лазарева.\n\n"
            "— Выезжали на объект? — спросил прокурор.\n\nГособвинитель возражал, указав, что"
            " методика «полностью соответствует требованиям закона».",
            ["Павел Гринько", "Павел Гринько"],
        ),
        (
            "Адвокат Хабибуллина Ренат Сафиуллин считает обвинение необоснованным.\n\n— Мой"
            " подзащитный не подписал ни одного акта, — сказал защитник корреспонденту.",
            ["Ренат Сафиуллин"],
        ),
        (
            "Адвокат Виктора Зуева Галина Сорокина настаивает, что «родственные связи сами по"
            " себе не являются преступлением».",
            ["Галина Сорокина"],
        ),
        (
            "Бывший глава Сызрани Андрей Сёмин выступил в суде. Была допрошена его супруга"
            " Ирина Сёмина.\n\n— Знала, конечно, — ответила Сёмина.",
            ["Ирина Сёмина"],
        ),
        (
            "Людмила Шестакова живёт в посёлке. Её сын, Денис Шестаков, работает вахтой.\n\n"
            "— Я никуда не поеду, — говорит Шестакова.",
            ["Людмила Шестакова"],
        ),
        (
            "Людмила Шестакова живёт в посёлке. Её сын, Денис Шестаков, работает вахтой.\n\n"
            "— Я здесь не останусь, — говорит Шестаков.",
            ["Денис Шестаков"],
        ),
        (
            "Марина Мороз и её отец, председатель СПК Виктор Мороз, показали поле.\n\n«Засеем"
            " всё», — говорит Мороз.",
            ["Виктор Мороз"],
        ),
        (
            "Инженер технадзора Виталий Лазарев долго молчал.\n\n«Раз пять, может, шесть», —"
            " наконец ответил инженер.",
            ["Виталий Лазарев"],
        ),
    ],
)
def test_a_trial_its_prosecutor_lawyers_and_witnesses_of_one_surname(
    text: str, speakers: list[str]
) -> None:
    assert [q.speaker for q in extract_quotes(text).quotes] == speakers


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        (
            "Ирина Сёмина выступила в суде. Она рассказала, что муж «практически жил на работе».",
            ["практически жил на работе"],
        ),
        (
            "A former accountant testified that cash was withdrawn “almost every Friday” and"
            " taken away.",
            ["almost every Friday"],
        ),
        (
            "Лазарев молчал. «Свидетель, отвечайте на вопрос», — сделала ему замечание"
            " председательствующая, судья Елена Маркова.",
            ["Свидетель, отвечайте на вопрос"],
        ),
        (
            "Residents, the local paper “Kopeysky Rabochy” noted last year, still call the plant"
            " “the golden pipe”.",
            [],
        ),
    ],
)
def test_testimony_a_judges_remark_and_a_term_with_an_aside(text: str, quoted: list[str]) -> None:
    assert [q.text for q in extract_quotes(text).quotes] == quoted


def test_a_name_in_the_genitive_after_a_dash_is_whom_the_words_were_about() -> None:
    text = (
        "Адвокат Горбунова Елизавета Прудникова заявила, что приговор «основан на показаниях"
        " заинтересованного лица» — владельца «Ивдорстроя» Сергея Мальцева, который заключил"
        " досудебное соглашение со следствием."
    )
    assert [q.speaker for q in extract_quotes(text).quotes] == ["Елизавета Прудникова"]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "Об этом заявил заместитель председателя правительства округа Максим Воронцов.\n\n"
            "Выступая перед работниками порта и депутатами районного совета, вице-премьер"
            " подробно описал планы:\n\n«Существующий причал построен в семидесятых годах».",
            ["Максим Воронцов"],
        ),
        (
            "Депутат областной думы Виктор Рябов выступил на коллегии. Министр Ольга Шевчук с ним"
            " не согласилась.\n\n«У тебя есть шанс», — добавил парламентарий.",
            ["Виктор Рябов"],
        ),
        (
            "Министр финансов Ирина Лаптева ответила коммунистам.\n\nПредставитель фракции ЛДПР"
            " Артём Кравец поддержал критику. Парламентарий назвал документ «бюджетом латания"
            " дыр».",
            ["Артём Кравец"],
        ),
        (
            "Руководитель фракции КПРФ Алексей Долгов выступил первым. Фракция ЛДПР устами своего"
            " лидера Марины Чуриловой заговорила о тарифах.\n\n«Вот её инвестиции», — заявила"
            " депутат.",
            ["Марина Чурилова"],
        ),
        (
            "Губернатор Юрий Цыбулин провёл совещание. Кроме того, Цыбулин поручил департаменту"
            " транспорта до 1 марта «представить предложения по обновлению парка вертолётов».",
            ["Юрий Цыбулин"],
        ),
    ],
)
def test_lawmakers_by_any_name_and_an_official_who_gives_instructions(
    text: str, speakers: list[str]
) -> None:
    assert [q.speaker for q in extract_quotes(text).quotes] == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "Бывший глава Сызрани Андрей Сёмин выступил с последним словом. Адвокат Андрея Сёмина"
            " Дмитрий Клейменов настаивает на оправдании.\n\nПо словам защитника Сёмина,"
            " экспертиза проведена «с грубыми нарушениями методики».",
            ["Дмитрий Клейменов"],
        ),
        (
            "Министр строительства Игорь Кравцов и его помощник Анна Котова осмотрели дом.\n\n"
            "По словам министра Кравцова, работы идут «по графику».",
            ["Игорь Кравцов"],
        ),
    ],
)
def test_a_role_before_a_surname_it_does_not_fit_is_another_persons(
    text: str, speakers: list[str]
) -> None:
    assert [q.speaker for q in extract_quotes(text).quotes] == speakers


def test_a_transcript_labelled_in_capitals() -> None:
    text = (
        "The deputy head of the district, Sergei Lomakin, chaired the hearing. The transcript:"
        "\n\nLOMAKIN (chair): “Next, please.”\n\nGALINA ZORINA (pensioner): “Three minutes for"
        " a village?”\n\nLOMAKIN: “The building remains municipal property.”\n\nVOICE FROM THE"
        " HALL: “And who will clear the snow?”\n\nZORINA: “Municipal whose?”"
    )
    quotes = extract_quotes(text).quotes
    assert [(q.text, q.speaker) for q in quotes] == [
        ("Next, please.", "Sergei Lomakin"),
        ("Three minutes for a village?", "Galina Zorina"),
        ("The building remains municipal property.", "Sergei Lomakin"),
        ("And who will clear the snow?", None),
        ("Municipal whose?", "Galina Zorina"),
    ]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        (
            "Ryabova said she would ask the faction to take the law to the Constitutional Court"
            ' "if there is even a single legal chance".',
            ["if there is even a single legal chance"],
        ),
        (
            "But residents of the Left Bank might reasonably ask: “Stable compared to what?”",
            [],
        ),
        (
            "Lobanov asked for a larger quota, while stressing that local residents “come first,"
            " second and third.”",
            ["come first, second and third."],
        ),
        (
            "Через бригадира он добавляет, что экзамен сдал «только со второго раза».",
            ["только со второго раза"],
        ),
        (
            "Губернатор раскритиковал глав округов за то, что программы у них «существуют только"
            " на бумаге».",
            ["существуют только на бумаге"],
        ),
        (
            "Мастер Рамиль Галиев ведёт практику.\n\n— Раньше к нам шли те, кого в десятый класс"
            " не взяли, — не скрывает мастер.",
            ["Раньше к нам шли те, кого в десятый класс не взяли,"],
        ),
        (
            "Лаптев попытался продолжить.\n\n— Регламент, коллеги, регламент! — прервал его"
            " председательствующий.",
            ["Регламент, коллеги, регламент!"],
        ),
    ],
)
def test_what_someone_would_ask_and_words_reported_in_the_present(
    text: str, quoted: list[str]
) -> None:
    assert [q.text for q in extract_quotes(text).quotes] == quoted


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "Теперь, по словам директора по персоналу компании «ЯмалБурСервис» Евгения Сорокина,"
            " за каждого помощника бурильщика приходится «буквально бороться».",
            ["Евгений Сорокин"],
        ),
        (
            "Практикой руководит Рамиль Галиев — однофамилец директора.\n\n— Сейчас конкурс, —"
            " не скрывает мастер.",
            ["Рамиль Галиев"],
        ),
    ],
)
def test_a_mans_name_in_the_genitive_after_a_company_and_a_foreman(
    text: str, speakers: list[str]
) -> None:
    assert [q.speaker for q in extract_quotes(text).quotes] == speakers


def test_a_deputy_head_is_one_person() -> None:
    text = (
        "Слушания вёл заместитель главы района Олег Шмаков.\n\n«Ни одна колонка без хозяина не"
        " останется», — пообещал замглавы района."
    )
    assert [q.speaker for q in extract_quotes(text).quotes] == ["Олег Шмаков"]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        (
            "Демограф Вадим Литвиненко описал снижение рождаемости как «демографическое эхо"
            " девяностых».",
            ["демографическое эхо девяностых"],
        ),
        (
            "The fund had “no plans to cut” the programme, he said, but checks would be stricter.",
            ["no plans to cut"],
        ),
        (
            "Но по трём объектам, признал министр, ситуация «критическая».",
            ["критическая"],
        ),
        (
            "Галиев признал, что банк готов рассмотреть «мягкие» залоги. В межсезонье «скорая»"
            " добирается до сёл только вертолётом.",
            [],
        ),
        (
            "Губернатор попросил министра не ограничиваться «пенями и совещаниями».",
            ["пенями и совещаниями"],
        ),
        (
            "В заключении сказано, что показатели асфальтобетона «соответствуют требованиям"
            " нормативной документации».",
            ["соответствуют требованиям нормативной документации"],
        ),
        (
            "Local drivers have long joked that the national project should be renamed “the"
            " eternal patch”.",
            [],
        ),
    ],
)
def test_predicates_requests_findings_and_what_drivers_joke(text: str, quoted: list[str]) -> None:
    assert [q.text for q in extract_quotes(text).quotes] == quoted


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            '"People see a perfect surface," said Colonel Rustam Gareev, deputy head of the'
            " republic's traffic police. Mayor Ivan Petrov agreed.\n\n\"Traffic police alone will"
            ' not solve this," the colonel said.',
            ["Rustam Gareev", "Rustam Gareev"],
        ),
        (
            "Начальник управления Госавтоинспекции по области полковник полиции Артур Хайруллин"
            " привёл данные.\n\n«ДТП стало меньше», — сказал начальник Госавтоинспекции.",
            ["Артур Хайруллин"],
        ),
        (
            "Многодетная мама Анна Корнилова воспитывает семерых детей. Муж Анны, Сергей"
            " Корнилов, работает механизатором.\n\n— На зимнюю обувь всем, — не задумываясь"
            " отвечает Корнилова.",
            ["Анна Корнилова"],
        ),
    ],
)
def test_a_rank_with_a_post_and_a_wife_answering(text: str, speakers: list[str]) -> None:
    assert [q.speaker for q in extract_quotes(text).quotes] == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "Демограф Вологодского научного центра РАН Елена Мартынова считает иначе. Министр"
            " Ольга Травникова не согласна.\n\n«Рождаемость она поднимет ненамного», — отмечает"
            " демограф.",
            ["Елена Мартынова"],
        ),
        (
            "Об этом рассказала начальник управления по делам ЗАГС региона Людмила Осокина."
            "\n\n«В красивые даты к нам записываются за три месяца», — добавила глава"
            " регионального ЗАГСа.",
            ["Людмила Осокина"],
        ),
        (
            "С докладами выступили зам. главы администрации по ЖКХ Оксана Пермякова и директор"
            " МКУ Денис Тарасов. Начальник отдела ЖКХ Е.В. Шабунина промолчала.\n\n«Паспорта не"
            " будет», – подчеркнула заместитель главы администрации.",
            ["Оксана Пермякова"],
        ),
    ],
)
def test_a_demographer_a_head_of_an_office_and_an_abbreviated_deputy(
    text: str, speakers: list[str]
) -> None:
    assert [q.speaker for q in extract_quotes(text).quotes] == speakers


@pytest.mark.parametrize(
    ("text", "quoted", "speakers"),
    [
        (
            'Yuri Mokhov built the mill in 1996.\n\n"Dad, they do come," Anna Mokhova'
            " interrupts from the other desk.",
            ["Dad, they do come,"],
            ["Anna Mokhova"],
        ),
        (
            "Ранее министр Олег Семёнов заявлял, что оснований ограничивать поток туристов"
            " «пока нет».",
            ["пока нет"],
            ["Олег Семёнов"],
        ),
    ],
)
def test_one_who_interrupts_and_what_a_minister_used_to_say(
    text: str, quoted: list[str], speakers: list[str]
) -> None:
    quotes = extract_quotes(text).quotes
    assert [q.text for q in quotes] == quoted
    assert [q.speaker for q in quotes] == speakers


@pytest.mark.parametrize(
    ("text", "speakers", "roles"),
    [
        (
            "Госинспектор национального парка Аржан Кыдыев прогревает УАЗ. Директор парка"
            " Светлана Тадыкина осталась в офисе.\n\n— Бархан, — коротко говорит инспектор.",
            ["Аржан Кыдыев"],
            ["Госинспектор национального парка"],
        ),
        (
            "Лесничий Невонского лесничества Сергей Таюрский первым заметил порубку.\n\n— Пни"
            " свежие, — рассказывает лесничий.",
            ["Сергей Таюрский"],
            ["лесничий"],
        ),
        (
            "Dmitry Anokhin, the region's chief state veterinary inspector, spoke first.\n\n"
            '"The virus was confirmed," Anokhin said.',
            ["Dmitry Anokhin"],
            ["region's chief state veterinary inspector"],
        ),
    ],
)
def test_inspectors_foresters_and_an_english_title_in_one_run(
    text: str, speakers: list[str], roles: list[str | None]
) -> None:
    quotes = extract_quotes(text).quotes
    assert [q.speaker for q in quotes] == speakers
    assert [q.role for q in quotes] == roles


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "Yelena Mironova, a guide from Petrozavodsk, plans her tours around the buses."
            " “I bring people either at nine or after four,” the guide said.",
            ["Yelena Mironova"],
        ),
        (
            "Член комитета Госдумы по природным ресурсам А.Н. Шилов назвал решение правильным."
            " Министр Иван Гребенщиков промолчал.\n\n„Запрет без логистики — это подарок“, —"
            " считает парламентарий.",
            ["А.Н. Шилов"],
        ),
    ],
)
def test_a_guide_and_a_member_of_the_state_duma(text: str, speakers: list[str]) -> None:
    assert [q.speaker for q in extract_quotes(text).quotes] == speakers


def test_a_role_after_a_verb_of_saying_ends_before_a_second_verb() -> None:
    text = "Лесничий Николай Зуев осматривает пни.\n\n— Ну вот, — говорит лесничий и присаживается."
    assert [q.role for q in extract_quotes(text).quotes] == ["Лесничий"]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "His cousin Aslan Tokhaev, who sits on the district council, sees it differently."
            ' "Half of the young men leave every winter," the councillor said.',
            ["Aslan Tokhaev"],
        ),
        (
            "Councillor Yelena Shubina spoke first. Mayor Irina Kopylova defended the"
            " department.\n\nKopylova said the streets would be done. Asked by a councillor"
            " whether the city would recover more, she replied: “We will go to court if we"
            " have to.”",
            ["Irina Kopylova"],
        ),
    ],
)
def test_a_councillor_speaks_and_one_who_asks_does_not(text: str, speakers: list[str]) -> None:
    assert [q.speaker for q in extract_quotes(text).quotes] == speakers


@pytest.mark.parametrize(
    ("text", "quoted", "speakers"),
    [
        (
            "«Всё работало как часы», — рассказывает мать Артёма Ольга Тимофеевна Кузьмина.",
            ["Всё работало как часы"],
            ["Ольга Тимофеевна Кузьмина"],
        ),
        (
            "Жительница Тары Наталья (фамилию она попросила не называть) ждала 41 день. По её"
            ' словам, сотрудница регистратуры посоветовала ей: "Если так торопитесь, езжайте'
            ' туда". Наталья так и сделала.',
            ["Если так торопитесь, езжайте туда"],
            ["Наталья"],
        ),
        (
            "Громов добавил, что ассоциация будет отслеживать сроки через свою «горячую линию».",
            [],
            [],
        ),
        (
            "Ремизов сообщил, что региональная кампания «Стоп, мошенник!» будет продолжена. В"
            " школах пройдут собрания под общим названием „Чья это карта?“. Ломакина назвала"
            " прошедшую кампанию «спокойной и конкурентной».",
            ["спокойной и конкурентной"],
            ["Ломакина"],
        ),
    ],
)
def test_a_mother_named_after_her_son_a_clerks_advice_and_titles_after_their_noun(
    text: str, quoted: list[str], speakers: list[str]
) -> None:
    quotes = extract_quotes(text).quotes
    assert [q.text for q in quotes] == quoted
    assert [q.speaker for q in quotes] == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "Pavel Ostapenko, a surgeon who has flown with the service for twenty years, met the"
            " crew. Mayor Ivan Petrov was there too.\n\n“The first hour decides a lot,” the"
            " surgeon said.",
            ["Pavel Ostapenko"],
        ),
        (
            "It was the pensioner's daughter who convinced her. Alsu, who asked that her surname"
            " not be used, said her mother had not mentioned the calls.\n\n“Mum said the man"
            " told her not to tell anyone,” she said.",
            ["Alsu"],
        ),
        (
            '"We found three cancers," said Rustam Galiev, the cardiologist who heads the mobile'
            " team.\n\nGorbunov was told to see a cardiologist in Tomsk.\n\nGaliev said he would"
            ' send the results. "He doesn\'t need to go tomorrow," the doctor said.',
            ["Rustam Galiev", "Rustam Galiev"],
        ),
        (
            "Одна из пострадавших, Валентина Ивановна Дёмина, рассказала, что звонивший знал"
            " фамилию участкового терапевта.\n\n«Он так вежливо говорил», — рассказала"
            " пенсионерка.",
            ["Валентина Ивановна Дёмина"],
        ),
    ],
)
def test_doctors_by_their_speciality_and_a_daughter_by_her_first_name(
    text: str, speakers: list[str]
) -> None:
    assert [q.speaker for q in extract_quotes(text).quotes] == speakers


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        (
            "Выпускница собирается поступать в МГУ.\n\n— А если бы не получилось сто? —"
            " спрашиваем мы.\n\n— Пересдавать бы не стала, — смеётся Вероника.",
            ["А если бы не получилось сто?", "Пересдавать бы не стала,"],
        ),
        (
            "К концу урока Кирилл решает задачу у доски.\n\n— Всё, звонок, — объявляет"
            " учительница.",
            ["Всё, звонок,"],
        ),
    ],
)
def test_the_reporter_asking_and_a_teacher_announcing(text: str, quoted: list[str]) -> None:
    assert [q.text for q in extract_quotes(text).quotes] == quoted


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        (
            "Страховщик в выплате отказал, сославшись на то, что гибель посевов произошла"
            ' "вследствие нарушения технологии возделывания культуры".',
            ["вследствие нарушения технологии возделывания культуры"],
        ),
        (
            "Farmers, he added, now call the subsidy a “lottery ticket”, because only the fastest"
            " applicants receive it.",
            [],
        ),
    ],
)
def test_what_an_insurer_cited_and_what_farmers_call_a_subsidy(
    text: str, quoted: list[str]
) -> None:
    assert [q.text for q in extract_quotes(text).quotes] == quoted


@pytest.mark.parametrize(
    ("text", "quoted", "speakers"),
    [
        (
            "Активистка Анна Гришина живёт в посёлке.\n\nСебя Гришина называет «случайным"
            " экологом».",
            ["случайным экологом"],
            ["Анна Гришина"],
        ),
        (
            "Анна Гришина живёт в посёлке.\n\n«Мы не против полигона, — повторяет Гришина в"
            " конце разговора, — мы против того, как он работает».",
            ["Мы не против полигона,", "мы против того, как он работает"],
            ["Анна Гришина", "Анна Гришина"],
        ),
        (
            "Ведущая объявила перерыв.\n\n— Какой перерыв, мы ещё не договорили! — закричали из"
            " зала.",
            ["Какой перерыв, мы ещё не договорили!"],
            [None],
        ),
        (
            "The prosecutor's office confirmed that it had received \"more than sixty"
            ' complaints" from residents.',
            ["more than sixty complaints"],
            [None],
        ),
    ],
)
def test_a_pronoun_opening_a_sentence_is_no_first_name_and_shouts_from_the_hall(
    text: str, quoted: list[str], speakers: list[str | None]
) -> None:
    quotes = extract_quotes(text).quotes
    assert [q.text for q in quotes] == quoted
    assert [q.speaker for q in quotes] == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "Глава КФХ из Палласовского района Руслан Бекмухамбетов рассчитывает на отсрочку."
            "\n\n«Мы застраховали озимые», — добавил аграрий.",
            ["Руслан Бекмухамбетов"],
        ),
        (
            "Ректор аграрного университета Айдар Валиев выступил первым.\n\n«У меня механизатор"
            " уходит на вахту», — сказал аграрий, не пожелавший назвать своё имя.",
            [None],
        ),
        (
            '"The market has turned," said Artyom Selivanov, head of analysis at the consultancy'
            ' AgroTrend. Minister Ivan Petrov agreed.\n\n"There is room for more," the analyst'
            " said.",
            ["Artyom Selivanov", "Artyom Selivanov"],
        ),
    ],
)
def test_a_farmer_by_his_trade_one_who_would_not_be_named_and_an_analyst(
    text: str, speakers: list[str | None]
) -> None:
    assert [q.speaker for q in extract_quotes(text).quotes] == speakers


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        (
            'The chairman sent the draft back.\n\n"Nobody here is defending miners," he said.'
            '\n\nHe gave the committee "a month, not more" to prepare amendments.',
            ["Nobody here is defending miners,", "a month, not more"],
        ),
        (
            "Губернатор поручил министерству «отдельно проработать» вопрос о компенсации.",
            ["отдельно проработать"],
        ),
        (
            "Of the 34 houses on the street, five have gas. Locals have a name for it: «газ до"
            " забора», gas to the fence.",
            [],
        ),
    ],
)
def test_a_deadline_given_an_instruction_and_what_locals_name_it(
    text: str, quoted: list[str]
) -> None:
    assert [q.text for q in extract_quotes(text).quotes] == quoted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Инвестор Денис Карпов выкупил усадьбу. Окупаемость проекта Карпов оценивает"
            " скромно — «в лучшем случае лет пятнадцать».",
            [("в лучшем случае лет пятнадцать", "Денис Карпов")],
        ),
        (
            "Один из авторов обращения, краевед Олег Тихонравов, не ожидал такой реакции."
            "\n\n— Мы не хотели никого наказывать, — говорит краевед.",
            [("Мы не хотели никого наказывать,", "Олег Тихонравов")],
        ),
        (
            "Работы ведут реставраторы из Петрозаводска.\n\nПо словам Николая Шишкина, самое"
            " трудное — сроки. «Дерево не терпит спешки», — сказал реставратор.",
            [("Дерево не терпит спешки", "Николай Шишкин")],
        ),
        (
            "Its rector, Archpriest Vasily Smirnov, said the church should not remain a"
            " museum.\n\n“Храм должен быть храмом,” the priest said.",
            [("Храм должен быть храмом,", "Vasily Smirnov")],
        ),
        (
            "Депутат городской думы Артем Логинов направил обращение в прокуратуру."
            " «Сносить ночью — это признание того, что днём было бы стыдно», — написал депутат.",
            [("Сносить ночью — это признание того, что днём было бы стыдно", "Артем Логинов")],
        ),
    ],
)
def test_heritage_trades_a_priest_and_a_name_spelt_as_the_text_spells_it(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == expected


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        (
            "The house, which neighbours have long called “the crooked one”, should be finished"
            " by next summer, he added.",
            [],
        ),
        (
            "“For now it is a building site,” Golubev said.\n\nThe museum director added that"
            " the reserve wanted the town to join a route through small towns, which museum staff"
            " have taken to calling a “museum without walls”.",
            ["For now it is a building site,"],
        ),
        (
            'Жители соседних домов, которые между собой называли здание "кузнецовским", говорят,'
            " что надеялись на реставрацию.",
            [],
        ),
        (
            "Yelena Tarasova, a restorer who repairs the carved window surrounds that earned"
            ' Tomsk its reputation as a city of "wooden lace", says the conditions scare away'
            " owners.",
            [],
        ),
    ],
)
def test_what_neighbours_staff_and_a_city_are_called_is_no_quote(
    text: str, quoted: list[str]
) -> None:
    assert [q.text for q in extract_quotes(text).quotes] == quoted


def test_a_role_ends_where_a_relative_clause_begins() -> None:
    text = (
        "“The rules are written for a company,” said Yelena Tarasova, a restorer who has"
        " spent two decades repairing the carved window surrounds."
    )
    (quote,) = extract_quotes(text).quotes
    assert (quote.speaker, quote.role) == ("Yelena Tarasova", "restorer")


def test_an_owner_named_in_the_genitive_is_the_owner_who_speaks_later() -> None:
    text = (
        "По словам владельца кафе «Уют» Ивана Петрова, выручка упала. Глава района Олег"
        " Сидоров обещал помочь.\n\n— Мы держимся только на постоянных гостях, — говорит"
        " владелец."
    )
    (quote,) = extract_quotes(text).quotes
    assert (quote.speaker, quote.role) == ("Иван Петров", "владелец кафе «Уют»")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Governor Dmitry Makhonin opened the plant on Monday. Makhonin's verdict was blunt:"
            ' "We are two years late."',
            [("We are two years late.", "Dmitry Makhonin")],
        ),
        (
            "Minister Anna Petrova visited the site. In Petrova's own words, the road is"
            ' "a disgrace for the whole region".',
            [("a disgrace for the whole region", "Anna Petrova")],
        ),
        (
            'Mayor Oleg Ivanov met residents. Ivanov\'s reply: "We will fix it by May."',
            [("We will fix it by May.", "Oleg Ivanov")],
        ),
        (
            'Oleg Ivanov\'s company said in a statement: "We will fix it by May."',
            [("We will fix it by May.", None)],
        ),
        (
            "Губернатор Иван Петров открыл школу. Слова Петрова о сроках прозвучали жёстко:"
            " «Мы опоздали на два года».",
            [("Мы опоздали на два года", "Иван Петров")],
        ),
    ],
)
def test_words_verdicts_and_replies_owned_by_name(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Governor Vladimir Surikov opened the plant. Surikov said such fears were"
            ' understandable but "exaggerated".',
            [("exaggerated", "Vladimir Surikov")],
        ),
        (
            "Deputy Svetlana Dobrynina chaired the hearing. The committee asked for a law on what"
            " Dobrynina called a “fisherman's safety net” for companies hit by a failed run.",
            [("fisherman's safety net", "Svetlana Dobrynina")],
        ),
        (
            "In the villages, where last year's failed run is still remembered as \"the silent"
            ' summer", many seasonal workers say they will wait.',
            [],
        ),
        (
            "Инспектор Алексей Дронов остановил лодку. Задержанный настаивает, что ловил рыбу"
            ' "для себя, на засолку".',
            [("для себя, на засолку", None)],
        ),
        (
            "— Каспий не умирает, он меняется, — первое, что говорит Кирилл Андреевич Сомов,"
            " когда мы садимся за стол.",
            [("Каспий не умирает, он меняется,", "Кирилл Андреевич Сомов")],
        ),
        (
            "«Вина подсудимого полностью доказана», — говорится в приговоре, который огласила"
            " судья Марина Терещенко.",
            [("Вина подсудимого полностью доказана", None)],
        ),
    ],
)
def test_a_verdict_read_out_the_first_thing_said_and_what_a_run_is_remembered_as(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == expected


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        (
            "— Неводы стоят пустыми, — рассказывает бригадир артели Виктор Шкуратов.\n\nПо"
            " словам рыбака, теперь «на зарплату людям денег просто нет».",
            "Виктор Шкуратов",
            "бригадир артели",
        ),
        (
            "Одна из инициаторов письма — студентка исторического факультета Анастасия"
            " Шиляева.\n\n— Нас никто не спросил, — говорит 21-летняя студентка.",
            "Анастасия Шиляева",
            "студентка исторического факультета",
        ),
        (
            "Проректор по цифровой трансформации Екатерина Мун выступила на закрытии.\n\n"
            "«Хакатон станет ежегодным», — сказала проректор.",
            "Екатерина Мун",
            "Проректор по цифровой трансформации",
        ),
        (
            "«Мы теряем компании», — заявил председатель комитета Олег Шабанов.\n\nПротив"
            " выступил председатель комитета по бюджету Валерий Дёмин. По его словам, депутаты"
            " «не против айтишников, а против решений на глазок».",
            "Валерий Дёмин",
            "председатель комитета по бюджету",
        ),
    ],
)
def test_a_fisherman_a_student_a_vice_rector_and_a_committee_chair_after_his_role(
    text: str, speaker: str, role: str
) -> None:
    last = extract_quotes(text).quotes[-1]
    assert (last.speaker, last.role) == (speaker, role)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Students were calmer. "Honestly, most of us found out from Telegram," said Vlad,'
            " 19, a second-year student.",
            "Vlad",
        ),
        ("«Мы узнали из новостей», — говорит 20-летний Стас, студент третьего курса.", "Стас"),
        ("«Никто нас не спросил», — говорит 19-летняя Наташа, студентка.", "Наташа"),
    ],
)
def test_familiar_first_names_with_an_age(text: str, speaker: str) -> None:
    assert [q.speaker for q in extract_quotes(text).quotes] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Губернатор Валерий Кондрашов провёл совещание. Губернатор потребовал, чтобы акты"
            " составлялись «не на бумаге, а в поле».",
            "Валерий Кондрашов",
        ),
        (
            "Министр Ольга Петрова выслушала доклад и раскритиковала подрядчика: «Сроки сорваны"
            " по вашей вине».",
            "Ольга Петрова",
        ),
        (
            'Prosecutor Dmitry Nesterenko spoke first. "Look at the nets themselves," demanded'
            " the inspector, Roman Tikhy.",
            "Roman Tikhy",
        ),
        (
            "Представитель истцов Кирилл Мезенцев выступил первым. Представительница"
            " департамента настаивала, что тариф рассчитан «в строгом соответствии с"
            " указаниями ФАС».",
            None,
        ),
    ],
)
def test_demands_and_requests_are_spoken_and_a_woman_is_no_man_s_role(
    text: str, speaker: str | None
) -> None:
    assert [q.speaker for q in extract_quotes(text).quotes] == [speaker]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Pavel Yevseyev, a soil scientist at the N. Laverov Federal Center for Arctic Research,"
            ' said tundra recovers slowly. "Lichen pastures are the slowest of all," he said.',
            "soil scientist at the N. Laverov Federal Center for Arctic Research",
        ),
        (
            "Ivan Petrov, a lecturer at the Yuri Gagarin State Technical University, said the"
            ' labs were full. "We need more rooms," he said.',
            "lecturer at the Yuri Gagarin State Technical University",
        ),
    ],
)
def test_a_name_an_institution_bears_is_nobody_who_speaks(text: str, role: str) -> None:
    (quote,) = extract_quotes(text).quotes
    assert quote.speaker == text.split(",")[0]
    assert quote.role == role


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "— Раньше здесь ходили три маршрутки, — рассказывает пенсионерка Валентина Ильинична.",
            [("Раньше здесь ходили три маршрутки,", "Валентина Ильинична")],
        ),
        (
            '"The hearings were a formality," said deputy Oleg Shchukin.\n\nHe added that the'
            ' ministry had received "more than four thousand" comments during the consultation'
            " period.",
            [
                ("The hearings were a formality,", "Oleg Shchukin"),
                ("more than four thousand", "Oleg Shchukin"),
            ],
        ),
        (
            "Директор центра транспортных исследований Вадим Сурков считает, что модель"
            " повторяет саратовскую.\n\n«Инвестор выполняет ровно то, что записано в"
            " соглашении», — говорит эксперт.",
            [("Инвестор выполняет ровно то, что записано в соглашении", "Вадим Сурков")],
        ),
        (
            'Vladimir Kuznetsov coaches the team. "I try," Kuznetsov Sr. said, smiling.',
            [("I try,", "Vladimir Kuznetsov")],
        ),
        (
            "Впрочем, довольные тоже есть. Марина, студентка медицинского университета, ходит"
            " на матчи с подругами. «Если честно, мне нравится», — считает она.",
            [("Если честно, мне нравится", "Марина")],
        ),
        (
            "В министерстве спорта комментировать отказались, сообщив лишь, что кадровые"
            " решения «находятся в компетенции клуба».",
            [("находятся в компетенции клуба", None)],
        ),
    ],
)
def test_a_patronymic_in_ichna_a_noun_taken_for_a_verb_an_expert_and_a_senior(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == expected


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        (
            'On the terraces, supporters have taken to calling the pair "the dynasty", mostly'
            " with affection.",
            [],
        ),
        ("На десятой минуте трибуна начала скандировать «Цены — вниз!».", []),
        (
            "Там же пообещали скидки «до 50 процентов», а часть билетов будет продаваться по"
            " «социальной» цене.",
            ["до 50 процентов"],
        ),
    ],
)
def test_what_fans_call_a_pair_a_chant_and_a_price_in_marks(text: str, quoted: list[str]) -> None:
    assert [q.text for q in extract_quotes(text).quotes] == quoted


def test_what_a_document_counts_something_as_is_its_words() -> None:
    text = (
        "В пояснительной записке к документу расходы на профессиональный спорт отнесены к"
        " «приоритетам второго уровня»."
    )
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == [
        ("приоритетам второго уровня", None)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Против бюджета проголосовала депутат от фракции «Справедливая Россия» Яна"
            " Кравченко.\n\n— Нам говорят о консервативном прогнозе, — сказала Кравченко.",
            [("Нам говорят о консервативном прогнозе,", "Яна Кравченко")],
        ),
        (
            "Губернатор Андрей Гречишников выступил с посланием. Сам губернатор эту цифру не"
            " подтвердил, ограничившись замечанием, что дороги «никуда не денутся из"
            " приоритетов».",
            [("никуда не денутся из приоритетов", "Андрей Гречишников")],
        ),
        (
            "When Tamara Zhilina opened her tax notice, she thought there had been a mistake."
            "\n\n“I called the hotline three times,” the 67-year-old retired schoolteacher said.",
            [("I called the hotline three times,", "Tamara Zhilina")],
        ),
        (
            "The study was led by associate professor Rustam Khabibullin. Khabibullin described"
            ' the levels as "alarming".\n\n"I want to be careful here," the scientist said.',
            [
                ("alarming", "Rustam Khabibullin"),
                ("I want to be careful here,", "Rustam Khabibullin"),
            ],
        ),
        (
            "Эколог Анатолий Крылов отметил, что данные публикуются. «Технически препятствий"
            " нет», — уверен эколог.",
            [("Технически препятствий нет", "Анатолий Крылов")],
        ),
        (
            "Активисты намерены публиковать показания датчиков.\n\n— Будем сравнивать, —"
            " коротко ответила на вопрос корреспондента Екатерина Зуева.",
            [("Будем сравнивать,", "Екатерина Зуева")],
        ),
        (
            "The Finance Ministry's methodology does adjust for “fiscal capacity,” and the"
            " adjustment is blunt.",
            [],
        ),
    ],
)
def test_shapes_of_the_budget_and_ecology_sets(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == expected


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "When Maxim Kuznetsov scored, he looked at the bench. That man was Vladimir"
            " Kuznetsov, head coach of FC Zvezda and, for 21 years, Maxim's father.\n\n"
            '"He gets no favours from me," the elder Kuznetsov said.\n\n"It was not my'
            ' decision to sign him," the coach said.',
            ["Vladimir Kuznetsov", "Vladimir Kuznetsov"],
        ),
        (
            "Artyom Gusev was detained in August. The key witness was the defendant's elder"
            ' brother, Pavel Gusev.\n\nThe elder Gusev described the raid as "a show for the'
            ' cameras."',
            ["Pavel Gusev"],
        ),
    ],
)
def test_the_elder_of_one_surname_by_whose_father_or_brother_he_is(
    text: str, speakers: list[str]
) -> None:
    assert [q.speaker for q in extract_quotes(text).quotes] == speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Captain Viktor Lysenko, 61, has spent forty years in the ice. His son, Artyom"
            ' Lysenko, 34, is his first mate.\n\n"Ice is never the same twice," the captain'
            " said.\n\nLysenko senior put it more bluntly: «Лёд дураков не любит».",
            [
                ("Ice is never the same twice,", "Viktor Lysenko"),
                ("Лёд дураков не любит", "Viktor Lysenko"),
            ],
        ),
        (
            "Nikita Belousov scored twice. Belousov is the son of the club's president, Anatoly"
            " Belousov.\n\n«Я сорок лет болею за эту команду», Belousov senior said.",
            [("Я сорок лет болею за эту команду", "Anatoly Belousov")],
        ),
        (
            "«Ребята ходят на тренировки», — рассказал капитан команды Денис Рябов. «Но у многих"
            " семьи, ипотека», — добавил хоккеист.",
            [
                ("Ребята ходят на тренировки", "Денис Рябов"),
                ("Но у многих семьи, ипотека", "Денис Рябов"),
            ],
        ),
        (
            "Хирург Артём Кузьмин опубликовал пост. Главврач Наиль Хабибуллин ответил ему.\n\n"
            "Кузьмина Хабибуллин назвал «хорошим хирургом, но человеком эмоциональным».",
            [("хорошим хирургом, но человеком эмоциональным", "Наиль Хабибуллин")],
        ),
        (
            "Заместитель главного врача Елена Шубина признала, что риск есть, но, по её словам,"
            " он «несопоставим» с риском родов без анестезиолога.",
            [("несопоставим", "Елена Шубина")],
        ),
        (
            "Пенсионерка Вера Тарханова приехала на станцию с внуком. До этого она, по"
            ' собственным словам, не была у окулиста "лет восемь, если не десять".',
            [("лет восемь, если не десять", "Вера Тарханова")],
        ),
        (
            "Governor Pavel Seleznyov visited the port. The governor dismissed the concerns as"
            ' "exaggerated".',
            [("exaggerated", "Pavel Seleznyov")],
        ),
        (
            "The railway is promoted under the slogan “From the Urals to the Sea”; in"
            " Naryan-Mar, some residents have started calling it “the road to nowhere.”",
            [],
        ),
    ],
)
def test_shapes_of_the_arctic_and_rural_health_sets(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == expected


def test_a_role_opening_its_sentence_after_a_phrase_of_time() -> None:
    text = (
        "Health minister Tatyana Rusakova took calls. Yekaterina, a mother of two, said her"
        ' son was registered in Omsk. "Every check-up is a day off work," she said.\n\n'
        "Towards the end of the broadcast the minister said the region was short of"
        ' doctors.\n\n"We are not going to solve this with money alone," she said.'
    )
    assert [q.speaker for q in extract_quotes(text).quotes] == ["Yekaterina", "Tatyana Rusakova"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Пикетчики держали плакаты «Верните наши квартиры» и «Губернатор, услышьте нас!».",
            [],
        ),
        (
            "Девелоперы предлагают так называемые «кешбэк-схемы» и «ипотеку от застройщика»"
            " с символической ставкой.",
            [],
        ),
        (
            "Архитектор Андрей Лосев ответил: «То, что раньше у нас называли «благоустройством"
            " по остаточному принципу», здесь будет проектом».\n\nТо, что раньше у нас называли"
            " «благоустройством по остаточному принципу», здесь будет проектом.",
            [
                (
                    "То, что раньше у нас называли «благоустройством по остаточному принципу»,"
                    " здесь будет проектом",
                    "Андрей Лосев",
                )
            ],
        ),
        (
            'The three blocks, which buyers have taken to calling "the concrete skeletons",'
            " account for half of the region's defrauded buyers.",
            [],
        ),
        (
            "Его пресс-секретарь Дарья Лопатина лишь заметила, что глава района «не"
            " комментирует анонимные каналы».",
            [("не комментирует анонимные каналы", "Дарья Лопатина")],
        ),
        (
            'Irina Goryunova came back for one summer. Then her mother broke her leg, "and one'
            ' summer became five", as Irina puts it.',
            [("and one summer became five", "Irina Goryunova")],
        ),
        (
            "The choir's leader, Zinaida Kuzminichna Bobrova, 74, laughed. \"Six years we sang"
            ' between the soup pots," she said.',
            [("Six years we sang between the soup pots,", "Zinaida Kuzminichna Bobrova")],
        ),
        (
            'Olga and Pavel Lykov bought the flat in 2019. "At first I thought it was a mistake,"'
            " Olga says.",
            [("At first I thought it was a mistake,", "Olga Lykova")],
        ),
    ],
)
def test_shapes_of_the_housing_and_culture_sets(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == expected


def test_what_a_person_took_under_his_control_as_a_press_service_says() -> None:
    text = (
        'Governor Vadim Gorelov has taken the estate under his "personal control", the'
        " regional government's press service said in a statement."
    )
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == [
        ("personal control", None)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Слухи об отставке министра Игоря Ланского появились утром.\n\nСам Ланской ответил:"
            " «Вещи я собираю только в отпуск».",
            "Игорь Ланской",
        ),
        (
            "По словам Сергея Трубецкого, «всё идёт по плану».",
            "Сергей Трубецкий",  # the text never shows which: -ский, as most are
        ),
        (
            "Слухи об отставке министра Игоря Ланского появились утром. Он встретился с Анной"
            " Ланской.\n\n«Вещи я собираю только в отпуск», — сказал министр.",
            "Игорь Ланский",  # her Ланской (instrumental) says nothing of his name
        ),
    ],
)
def test_a_mans_adjectival_surname_in_the_nominative_the_text_shows(
    text: str, expected: str
) -> None:
    assert _speakers(text) == [expected]


@pytest.mark.parametrize(
    ("text", "quotes", "mentions"),
    [
        (
            # A title that goes on past the words it quotes after a colon.
            "Латышев: «Ни одного дня без тепла сверх норматива». Министр провёл совещание в"
            " Кедровом\n\nМинистр Игорь Латышев провёл совещание. «Ни одного дня без тепла"
            " сверх норматива», — сказал он.",
            [("Ни одного дня без тепла сверх норматива", "Игорь Латышев")],
            [],
        ),
        (
            # ... not a first paragraph that reports its words without a full stop.
            "Мэр пришёл к жителям. «Мы всё починим!» — пообещал он\n\nДальше текст.",
            [("Мы всё починим!", None)],
            [],
        ),
        (
            "Возбуждено дело по части 1 статьи 7.23 КоАП РФ («Нарушение нормативов"
            " обеспечения населения коммунальными услугами»).",
            [],
            ["Нарушение нормативов обеспечения населения коммунальными услугами"],
        ),
        (
            "Защита просит переквалифицировать действия на статью 293 УК РФ «Халатность».",
            [],
            ["Халатность"],
        ),
        (
            'He was charged under Article 159 of the Criminal Code ("Fraud on a particularly'
            ' large scale").',
            [],
            ["Fraud on a particularly large scale"],
        ),
        (
            "Практику ремонта, которую в отрасли давно называют «латанием дыр», Лаптев назвал"
            " вынужденной.",
            [],
            [],
        ),
        (
            "Реформу, которую Иванов называет «провалом», продлят.",
            [("провалом", "Иванов")],
            [],
        ),
    ],
)
def test_shapes_of_the_heating_set(
    text: str, quotes: list[tuple[str, str | None]], mentions: list[str]
) -> None:
    extraction = extract_quotes(text)
    assert [(q.text, q.speaker) for q in extraction.quotes] == quotes
    assert [m.text for m in extraction.mentions] == mentions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "— Батареи ледяные, — говорит жительница дома Наталья Гущина.\n\nЕё соседка,"
            " пенсионерка, не захотевшая называть своё имя, пожаловалась: «Трубку никто не"
            " берёт».",
            ["Наталья Гущина", None],
        ),
        (
            "Сам Виктор Пастухов говорит, что на ответ не надеется.\n\n— Проверки у нас каждый"
            " год, — пожимает плечами мужчина.",
            ["Виктор Пастухов"],
        ),
        (
            'Yelena Shestakova defended the rise. "We will check how it is spent," Shestakova'
            " said.\n\nThe commission's statement was more formal. \"Tariff decisions have"
            ' been adopted in accordance with the forecast," it read.',
            ["Yelena Shestakova", None],
        ),
        (
            "Maxim Ilyin hosts the show. Ilyin read out a listener's message from Birobidzhan:"
            ' "I got a hectare, but there is still no road to my plot."',
            [None],
        ),
        (
            "Активнее всех в чате пишет Марина Ковалёва. Её сообщение от 9 января собрало сорок"
            " реакций:\n\n«Соседи, я вчера три часа дозванивалась в управляющую компанию»",
            ["Марина Ковалёва"],
        ),
        (
            'My first boss, Pyotr Ilyich Zgurov, used to say: "A boiler house loves care."',
            ["Pyotr Ilyich Zgurov"],
        ),
        (
            'Valentina Sorokina and her husband Gennady stayed at home. "Plus nine is not the'
            ' end of the world," Gennady Sorokin said.\n\n"He says that," his wife cut in.',
            ["Gennady Sorokin", "Valentina Sorokina"],
        ),
        (
            "Arsen Gadzhimuradov has been Dagestan's minister of economy for just over a year."
            " Zarema Alieva hosts the podcast.\n\nAsked at the end of the episode what he would"
            ' say to a young Dagestani thinking of leaving, the minister paused. "I left too,'
            ' for nine years," he said.',
            ["Arsen Gadzhimuradov"],
        ),
        (
            "The minister, Igor Latyshev, spoke. The audit was ordered by the governor, Sergei"
            " Vedernikov.\n\nAsked by a reporter from the newspaper “Vechernii Kedrovy” whether"
            " anyone would lose their job, the minister was careful.\n\n“Nobody will be fired"
            " for a headline,” he said.",
            ["Igor Latyshev"],
        ),
    ],
)
def test_speakers_of_the_heating_set(text: str, expected: list[str | None]) -> None:
    assert _speakers(text) == expected


def test_words_an_interview_answer_gives_someone_it_describes() -> None:
    text = (
        "Gennady Ryapolov has repaired boilers for thirty years.\n\nQ: How typical is"
        " that?\n\nA: Very typical. I once sat in the office of a district head who told me,"
        " «Гена, денег нет, латай как есть». And I patched.\n\nQ: What does patching"
        ' mean?\n\nA: I always told my crew: "Cut out the rotten metre, weld in a new one."'
    )
    assert _speakers(text) == [None, "Gennady Ryapolov"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Региональное отделение КПРФ распространило заявление, в котором обвинило"
            " администрацию в том, что она «искусственно наполняет бюллетень» кандидатами.",
            [("искусственно наполняет бюллетень", None)],
        ),
        (
            "Ольга Ветлугина зарегистрирована. Ранее Ветлугина признавалась, что подписи"
            " депутатов собирала «в буквальном смысле по деревням».",
            [("в буквальном смысле по деревням", "Ольга Ветлугина")],
        ),
        (
            "Николай Гуреев назвал выдвижение эсера «операцией по растаскиванию голосов». После"
            " регистрации он от оценок воздержался, заметив лишь, что «бюллетень получился"
            " многолюдным».",
            [
                ("операцией по растаскиванию голосов", "Николай Гуреев"),
                ("бюллетень получился многолюдным", "Николай Гуреев"),
            ],
        ),
        (
            "Заявление опубликовано под баннером с предвыборным лозунгом Гуреева «Вернём"
            " область людям!».",
            [],
        ),
        (
            "Pressed by Denis Shatrov on whether that meant before the vote, the acting"
            " governor Andrei Koltsov answered only: «Это в сентябре».",
            [("Это в сентябре", "Andrei Koltsov")],
        ),
        (
            "Врио губернатора Андрей Кольцов пришёл в студию.\n\nГРОМОВА: Николай Гуреев,"
            " начнём с вас.\n\nГУРЕЕВ: В прошлом году нынешний врио приезжал в Мантурово и"
            " говорил людям: «Ни один ФАП не будет закрыт без согласия жителей».",
            [("Ни один ФАП не будет закрыт без согласия жителей", "Андрей Кольцов")],
        ),
        (
            "Ведущая — Наталья Громова.\n\nГРОМОВА: Ольга Ветлугина.\n\nВЕТЛУГИНА: В прошлом"
            " году я направила запрос, и мне ответили так: «Информация будет опубликована в"
            " установленном порядке». Прошёл год.",
            [("Информация будет опубликована в установленном порядке", None)],
        ),
        (
            "Olga Vetlugina described the road fund as “a black box” and read out an official"
            " reply to her inquiry, which promised that the figures would be published “in the"
            " established manner.”",
            [("a black box", "Olga Vetlugina"), ("in the established manner.", None)],
        ),
        (
            "Председатель комиссии Людмила Ивановна Сорокина говорит, что люди идут «ровно,"
            " без очередей».\n\nОдной из первых пришла пенсионерка Валентина, 71 год. Фамилию"
            " называть она отказалась.\n\n«Я голосую всегда, с восемнадцати лет», — говорит"
            " она.",
            [
                ("ровно, без очередей", "Людмила Ивановна Сорокина"),
                ("Я голосую всегда, с восемнадцати лет", "Валентина"),
            ],
        ),
    ],
)
def test_shapes_of_the_election_set(
    text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    quotes = extract_quotes(text).quotes
    assert [(q.text, q.speaker) for q in quotes if q.kind == "quote"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ольга Николаевна Кудрявцева, 54 года, замешивает тесто.\n\n«Начинали с одной печи,"
            " — вспоминает хозяйка. — Муж строил, я пекла»."
            "\n\nСегодня Артёму Кудрявцеву 29 лет. Сама Кудрявцева называет онлайн-продажи"
            " «второй сменой».\n\n— Думали, — отвечает Ольга Николаевна.\n\n— Потянем, если"
            " выйдем на «Ленту», — не соглашается сын.",
            [
                ("Начинали с одной печи,", "Ольга Николаевна Кудрявцева"),
                ("Муж строил, я пекла", "Ольга Николаевна Кудрявцева"),
                ("второй сменой", "Ольга Николаевна Кудрявцева"),
                ("Думали,", "Ольга Николаевна Кудрявцева"),
                ("Потянем, если выйдем на «Ленту»,", "Артём Кудрявцев"),
            ],
        ),
        (
            "Natalia Kosheleva, who has served as the region's business ombudsman since 2021,"
            ' said complaints had doubled. Svetlana Rudakova was fined. "Nobody explained'
            ' anything," she said.\n\nThe ombudsman described the appeals process as "a black'
            ' box".',
            [
                ("Nobody explained anything,", "Svetlana Rudakova"),
                ("a black box", "Natalia Kosheleva"),
            ],
        ),
        (
            "На парковке у ворот стоят торговцы.\n\nГульнара двадцать лет торгует орехами."
            " Фамилию называть она отказалась. «Двадцать лет здесь стою», — говорит она.",
            [("Двадцать лет здесь стою", "Гульнара")],
        ),
        (
            'Lyudmila Averina heads the association. "The embargo was a greenhouse," she'
            " said.\n\nAverina worries less about imports than about costs.\n\n“Our starter"
            " cultures still come from Denmark.”",
            [
                ("The embargo was a greenhouse,", "Lyudmila Averina"),
                ("Our starter cultures still come from Denmark.", "Lyudmila Averina"),
            ],
        ),
        (
            "According to the ministry, companies received 5.8 billion roubles in loans backed"
            ' by the SME Corporation\'s "umbrella guarantees", and the centres served 30,000'
            " clients.",
            [],
        ),
    ],
)
def test_shapes_of_the_small_business_set(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == expected


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Председатель совета депутатов Бердска Валентина Кочеткова заявила: «Работа не"
            " остановится».",
            "Валентина Кочеткова",
            "Председатель совета депутатов Бердска",
        ),
        (
            "Эфир вела ведущая. Ведущая — Наталья Громова. «Начнём с медицины», — сказала она.",
            "Наталья Громова",
            "Ведущая",  # not 'Ведущая —'
        ),
        (
            'Marina Kovalevskaya, who worked as his first deputy until 2023, said: "He banned'
            ' the phrase."',
            "Marina Kovalevskaya",
            "his first deputy",
        ),
    ],
)
def test_roles_of_the_small_business_set(text: str, name: str, role: str) -> None:
    quote = extract_quotes(text).quotes[0]
    assert (quote.speaker, quote.role) == (name, role)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Токарь Сергей Пахомов приходит на полчаса раньше.\n\n— Вот эта, — Сергей кивает на"
            " вал, — уже третья за смену.",
            [("Вот эта,", "Сергей Пахомов"), ("уже третья за смену.", "Сергей Пахомов")],
        ),
        (
            "У станка работает фрезеровщица Марина Лосева.\n\n— А вы про зарплату спросите, —"
            " не отрываясь от пульта, предлагает она.",
            [("А вы про зарплату спросите,", "Марина Лосева")],
        ),
        (
            "«Дед сказал: иди к нам». На заводе работает третье поколение Гаряевых\n\nВиктор"
            " Семёнович Гаряев пришёл на завод в 1969 году. Гаряев-старший называет станки"
            " «умными ящиками».\n\n«Умный ящик хорош, когда рядом с ним умный человек», —"
            " считает ветеран.",
            [
                ("умными ящиками", "Виктор Семёнович Гаряев"),
                ("Умный ящик хорош, когда рядом с ним умный человек", "Виктор Семёнович Гаряев"),
            ],
        ),
        (
            "Министр промышленности и науки региона Кирилл Мезенцев выступил с отчётом."
            " Депутаты спорили. Мезенцев возразил, что министерство “не рисует цифры”.\n\n“И"
            " вот результат: тот же цех, те же люди”, — подчеркнул глава минпрома.",
            [
                ("не рисует цифры", "Кирилл Мезенцев"),
                ("И вот результат: тот же цех, те же люди", "Кирилл Мезенцев"),
            ],
        ),
        (
            "Генеральный директор завода Геннадий Ступин открыл совещание. Начальник сварочного"
            " цеха Олег Дранишников сообщил, что не хватает сварщиков.\n\n— Что предлагаете? —"
            " спросил его директор.\n\n— Поднять ставку ученикам, — ответил Дранишников.",
            [
                ("Что предлагаете?", "Геннадий Ступин"),
                ("Поднять ставку ученикам,", "Олег Дранишников"),
            ],
        ),
        (
            'Galina Shkalikova chairs the committee. "We have received nothing," she said.\n\n'
            "Anna, a crane operator in the assembly shop, said people had read the channel all"
            ' night. "Half my shift was on their phones," she said.',
            [
                ("We have received nothing,", "Galina Shkalikova"),
                ("Half my shift was on their phones,", "Anna"),
            ],
        ),
    ],
)
def test_shapes_of_the_plant_set(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Анна Воронина — акушер-гинеколог, её муж Павел Воронин — хирург. Говорит, что"
            " отпуск был три дня.\n\nМуж её поправляет: «Не три, а пять».\n\n«Я хирург общего"
            " профиля, — перечисляет Воронин. — Узких специалистов нет».",
            [
                ("Не три, а пять", "Павел Воронин"),
                ("Я хирург общего профиля,", "Павел Воронин"),
                ("Узких специалистов нет", "Павел Воронин"),
            ],
        ),
        (
            "Tamara Sizova, a retired bookkeeper, sent the letter to the ministry. In the"
            " letter, which we quote with minor cuts, she describes waiting months for a"
            " cardiologist.\n\n“In October I came to the polyclinic with pain.”",
            [("In October I came to the polyclinic with pain.", "Tamara Sizova")],
        ),
        (
            "На заседание пришли пациенты. Светлана, чья мать ждала препарат больше месяца,"
            " попросила не называть её фамилию. «Мама пила таблетки через день», — рассказала"
            " она.",
            [("Мама пила таблетки через день", "Светлана")],
        ),
        (
            "Oksana, whose son has diabetes, asked that her surname not be published."
            ' Lyudmila Fyodorova heads the association. "This is the third time," she said.'
            "\n\nOksana says she has stopped relying on the pharmacy. «Я теперь всё покупаю"
            " сама», she said.",
            [
                ("This is the third time,", "Lyudmila Fyodorova"),
                ("Я теперь всё покупаю сама", "Oksana"),
            ],
        ),
        (
            "Встреча, которую в больнице по привычке называли «пятиминуткой», затянулась.",
            [],
        ),
        (
            "Следующий звонок был из Саскылаха. Слушательница представилась Розой и рассказала"
            " о сыне.\n\n«Каждый раз, когда он уезжает, я не сплю», — призналась Роза.",
            [("Каждый раз, когда он уезжает, я не сплю", "Роза")],
        ),
        (
            '"The Tunguska gives you two weeks," said Captain Gennady Pimenov.\n\nThe convoy'
            ' carries diesel.\n\n"Here the buoys are in my head," the skipper said.',
            [
                ("The Tunguska gives you two weeks,", "Gennady Pimenov"),
                ("Here the buoys are in my head,", "Gennady Pimenov"),
            ],
        ),
    ],
)
def test_shapes_of_the_clinic_and_northern_sets(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == expected


def test_an_interviews_dash_line_with_a_quote_split_inside_marks() -> None:
    text = (
        "— Что изменилось после объединения подстанций?\n\n— Подстанций стало меньше. Старший"
        " врач по рации: «Игорь, — говорит, — ты ещё на адресе?» И ты едешь дальше."
    )
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == [
        ("Игорь,", None),
        ("ты ещё на адресе?", None),
    ]


def test_who_has_headed_a_district_holds_its_head() -> None:
    text = (
        "Nadezhda Atlasova, 49, has headed the Eveno-Bytantaysky national district for six"
        ' years. "Forty-one," she said.'
    )
    quote = extract_quotes(text).quotes[0]
    assert (quote.speaker, quote.role) == (
        "Nadezhda Atlasova",
        "head of the Eveno-Bytantaysky national district",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Профсоюзы предлагают новый показатель. В министерстве эту идею называют"
            " “интересной, но требующей проработки”.",
            [("интересной, но требующей проработки", None)],
        ),
        (
            "В министерстве эту проблему между собой называют «синдромом красивой картинки».",
            [],
        ),
    ],
)
def test_what_an_office_calls_something(text: str, expected: list[tuple[str, None]]) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Депутат Денис Курбатов не впечатлён.\n\n"Выговор за сто миллионов? — иронизирует'
            ' Курбатов. — Надеюсь, следствие окажется менее гуманным".',
            [
                ("Выговор за сто миллионов?", "Денис Курбатов"),
                ("Надеюсь, следствие окажется менее гуманным", "Денис Курбатов"),
            ],
        ),
        (
            "Olga Timasheva, the acting mayor, thanked her former boss “for years of joint"
            " work” in a brief statement.",
            [("for years of joint work", "Olga Timasheva")],
        ),
        (
            "Геннадий Сабуров подал иск. Бизнесмен утверждает, что блогер «сознательно ввёл"
            " читателей в заблуждение».\n\nСам Сабуров от комментариев отказался, бросив на"
            " ходу: «Всё скажет апелляция».",
            [
                ("сознательно ввёл читателей в заблуждение", "Геннадий Сабуров"),
                ("Всё скажет апелляция", "Геннадий Сабуров"),
            ],
        ),
        (
            "Гордума приняла отставку мэра. Курбатов потребовал «открыть все контракты»\n\n"
            "Депутаты проголосовали. Сам Ветлугин смеётся, когда его называют «гражданским"
            " расследователем». Набережную давно называют «вечной стройкой» и «забором за"
            " полмиллиарда». Галина пришла с самодельной листовкой «Верните нам реку».",
            [],
        ),
        (
            "The mayor's post ended with two words that spread quickly: «Берегите город»"
            ' ("Take care of the city").',
            [("Берегите город", None)],
        ),
        (
            'Его последняя запись по-прежнему заканчивается словами "Берегите город".',
            [("Берегите город", None)],
        ),
        (
            "By the time the mayor stepped down, the official wording had become a formality:"
            " he was leaving «по собственному желанию».",
            [("по собственному желанию", None)],
        ),
        (
            "Artyom Zhuravlev and his wife live in Tsiolkovsky.\n\nHer husband shakes his"
            " head. “She’s joking,” he says. “Mostly.”",
            [("She’s joking,", "Artyom Zhuravlev"), ("Mostly.", "Artyom Zhuravlev")],
        ),
        (
            "Пуск перенесли.\n\nЕё младший сын, восьмилетний Ваня, всё утро задавал один и тот"
            " же вопрос: — А завтра точно полетит?\n\nМуж Елены взял отпуск.",
            [("А завтра точно полетит?", "Ваня")],
        ),
    ],
)
def test_shapes_of_the_flood_scandal_and_space_sets(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == expected


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "We put it to Yelena Gurskaya, a senior researcher at the Institute for Water and"
            " Environmental Problems of the Siberian Branch of the Russian Academy of Sciences."
            ' "Nobody remembers a pond until it breaks," Gurskaya said.',
            "senior researcher at the Institute for Water and Environmental Problems of the"
            " Siberian Branch of the Russian Academy of Sciences",
        ),
        (
            "Igor Fedoseev heads the Kaluga branch of a large state bank that has financed four"
            ' projects. "It is painful, but not hopeless," he said.',
            "head of the Kaluga branch of a large state bank",
        ),
    ],
)
def test_long_roles_and_their_relative_clauses(text: str, role: str) -> None:
    assert extract_quotes(text).quotes[0].role == role


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В министерстве ответили, что вопрос о дровах «прорабатывается» и может быть"
            " решён в июне.",
            [("прорабатывается", None)],
        ),
        (
            "Lyudmila Korepanova types slowly. After a few minutes a green line appears on the"
            ' screen: «Вы записаны на приём» ("You have been booked").',
            [("Вы записаны на приём", None)],
        ),
        (
            "Innokenty Sivtsev is not waiting for decisions. «Мы тут всю жизнь сами» (We've"
            " done everything ourselves here), he says.",
            [("Мы тут всю жизнь сами", "Innokenty Sivtsev")],
        ),
        (
            "His first teacher, the kurai master Khaibulla Ismagilov, used to tell his pupils:"
            ' «Ҡурай илаһа — ил илай» ("When the kurai weeps, the people weep").',
            [("Ҡурай илаһа — ил илай", "Khaibulla Ismagilov")],
        ),
        (
            "Asked about the subtitles, the director Ilnur Garaev first answered in Tatar,"
            " «Аңламасалар да, тоярлар», and then in English.",
            [("Аңламасалар да, тоярлар", "Ilnur Garaev")],
        ),
        (
            'The programme ends with "Ural", performed by the full company — a choice Rustam'
            ' Gabitov calls "non-negotiable."',
            [("non-negotiable.", "Rustam Gabitov")],
        ),
        (
            "Innokenty Gotovtsev makes khomuses by hand. The cheap harps sold at the airport"
            " he dismisses as «игрушки для туристов», toys for tourists.",
            [("игрушки для туристов", "Innokenty Gotovtsev")],
        ),
        (
            "Это, как рассчитывают в министерстве, сократит срок проверки «с недель до"
            " нескольких дней».",
            [("с недель до нескольких дней", None)],
        ),
        (
            "Зоя Никифоровна говорит присказкой, которую внучка слышала всё детство: «Чӗлхе"
            " пулсан — халӑх пулать» («Будет язык — будет и народ»).",
            [("Чӗлхе пулсан — халӑх пулать", "Зоя Никифоровна")],
        ),
    ],
)
def test_shapes_of_the_service_villages_and_republics_sets(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == expected


def test_a_river_named_like_a_woman_is_no_one() -> None:
    text = (
        "Nadezhda Atlasova counts the days of diesel. The winter road crosses the Yana"
        ' River.\n\n"Forty-one," she said.'
    )
    assert _speakers(text) == ["Nadezhda Atlasova"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Андрей Зыков работает в газете. В статье Зыков писал, что подрядчик укладывал"
            " асфальт «прямо на снег».",
            [("прямо на снег", "Андрей Зыков")],
        ),
        (
            "Водители сигналят.\n\n— Вот вы напишите: зачем их в час пик выпускать? —"
            " обращается к нам мужчина, представившийся Олегом. — Ночью надо чистить!",
            [
                ("Вот вы напишите: зачем их в час пик выпускать?", "Олег"),
                ("Ночью надо чистить!", "Олег"),
            ],
        ),
        (
            "Natalya Kravets also dismissed the mayor’s plan to build up a municipal"
            " snow-clearing fleet by 2026, known as “City Fleet”, as “a paper tiger” that"
            " existed only in presentations.",
            [("a paper tiger", "Natalya Kravets")],
        ),
        (
            "Judge Olga Shmakova read out the ruling. Zykov listened.\n\n“A public official"
            " must accept wider limits of criticism,” Judge Shmakova said.",
            [("A public official must accept wider limits of criticism,", "Olga Shmakova")],
        ),
    ],
)
def test_shapes_of_the_press_snow_and_dairy_sets(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Прокуратура завершила проверку.\n\nВ ведомстве назвали поджог леса в период"
            " особого противопожарного режима «преступлением против всех жителей республики».",
            [("преступлением против всех жителей республики", None)],
        ),
        (
            "In the folder is a typed receipt, dated September 1978, listing the three works as"
            ' "accepted for temporary exhibition".',
            [("accepted for temporary exhibition", None)],
        ),
        (
            "Denis Fomichev, the curator, chooses his words with care. He would say only this:"
            " «Я куратор, а не следователь».",
            [("Я куратор, а не следователь", "Denis Fomichev")],
        ),
        (
            "Директор музея Галина Коротаева прочитала письмо. Коротаева признала, что письмо"
            " её «тронуло».",
            [("тронуло", "Галина Коротаева")],
        ),
        (
            "Экскурсовод Нина Брагина останавливает группу.\n\n— Жена художника! — кричит"
            " кто-то из задних рядов.\n\n— Я видел! На Вологде, с моста, — поднимает руку"
            " мальчик в очках. — Там льдина в опору как даст!\n\nОдна девочка спрашивает,"
            " правда ли, что у картин «есть настоящая хозяйка».",
            [
                ("Жена художника!", None),
                ("Я видел! На Вологде, с моста,", None),
                ("Там льдина в опору как даст!", None),
                ("есть настоящая хозяйка", None),
            ],
        ),
        (
            "Viktor Shapovalov bought the portrait later, from a Leningrad dealer he will"
            ' identify only as "Gennady, who is long dead".',
            [("Gennady, who is long dead", "Viktor Shapovalov")],
        ),
    ],
)
def test_shapes_of_the_fire_and_museum_sets(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Денис Пестов вернулся домой в июле.\n\nВесной Пестов подал заявку, но потом"
            " отозвал её. «Не моё это — в кабинете сидеть», — объяснил он.",
            [("Не моё это — в кабинете сидеть", "Денис Пестов")],
        ),
        (
            "По словам главного врача районной больницы Сергея Викторовича Лопатина, связь"
            " наладили.\n\nГлавврач Лопатин, впрочем, считает: «Связь есть, а людей нет».",
            [("Связь есть, а людей нет", "Сергей Викторович Лопатин")],
        ),
        (
            "На сессии выступил директор института Игорь Петров.\n\nАкадемик Петров"
            " начал с бюджета. «Денег на науку стало больше», — сказал он.",
            [("Денег на науку стало больше", "Игорь Петров")],
        ),
    ],
)
def test_a_season_or_a_post_before_a_surname_is_no_first_name(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == expected


def test_a_post_two_people_share_is_neither_ones_role() -> None:
    text = (
        "Губернаторы Новосибирской и Томской областей Геннадий Сурков и Павел Лаврентьев"
        " подписали меморандум. «Мы перестаём конкурировать», — сказал Геннадий Сурков."
    )
    [quote] = extract_quotes(text).quotes
    assert (quote.speaker, quote.role) == ("Геннадий Сурков", None)


def test_an_accusative_before_a_womans_oblique_surname_is_no_first_name() -> None:
    text = (
        "Галина Петровна Чупрова работает фельдшером тридцать первый год.\n\nСмену Чупровой"
        " никто не подменяет. «Лишь бы печку оставили», — говорит фельдшер."
    )
    [quote] = extract_quotes(text).quotes
    assert quote.speaker == "Галина Петровна Чупрова"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Геннадий Павлович Шумейко купил первое судно в 1996 году.\n\nОсновной покупатель —"
            " Китай, и цены там, как выражается Шумейко, «ходят, как море в шторм».",
            [("ходят, как море в шторм", "Геннадий Павлович Шумейко")],
        ),
        (
            "В 2022 году руководителю предприятия было внесено представление. В документе"
            " тогда указывалось, что износ сетей «превышает 70 процентов».",
            [("превышает 70 процентов", None)],
        ),
        (
            "Декан факультета Марина Ковалёва с оценкой профессора согласна «лишь наполовину»."
            " По её данным, заявлений стало больше.",
            [("лишь наполовину", "Марина Ковалёва")],
        ),
        (
            "Университет открыл базовую кафедру. Таких «целевиков», по словам ректора Игоря"
            " Сомова, сейчас 214 человек.",
            [],
        ),
        (
            "По словам Шумейко, судно обошлось компании в два миллиарда рублей — такова была"
            " цена участия в программе «квоты под киль».",
            [],
        ),
        (
            "Министр Олег Брусницын назвал первые результаты программы «скромными, но честными».",
            [("скромными, но честными", "Олег Брусницын")],
        ),
        (
            'Residents in Zarechny, meanwhile, have taken to calling the tanker timetable "the'
            ' lottery".',
            [],
        ),
        (
            "Татьяна Еремеева работает на заводе восьмой сезон. Ей пятьдесят один год. На"
            " Шикотан впервые приехала, как сама говорит, «на одно лето, посмотреть».",
            [("на одно лето, посмотреть", "Татьяна Еремеева")],
        ),
    ],
)
def test_ways_of_putting_it_documents_and_programmes(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "«Расплатились досрочно», — рассказывает владелец компании Геннадий Павлович"
            " Шумейко.\n\nВ 1998 году его судно арестовали в Вакканае.\n\n«Тогда я думал: всё,"
            " конец», — вспоминает судовладелец.",
            [
                ("Расплатились досрочно", "Геннадий Павлович Шумейко"),
                ("Тогда я думал: всё, конец", "Геннадий Павлович Шумейко"),
            ],
        ),
        (
            "Министр рыбного хозяйства края Денис Алексеевич Курочкин поддержал обращение.\n\n"
            "„Давайте честно: одно обращение ничего не изменит“, — сказал глава краевого"
            " минрыбхоза.",
            [("Давайте честно: одно обращение ничего не изменит", "Денис Алексеевич Курочкин")],
        ),
        (
            "Гостевую усадьбу «Шаманка» Баир и Туяна Намсараевы держат девятый год.\n\n"
            "«Паром — наше главное проклятие», — говорит Намсараев.",
            [("Паром — наше главное проклятие", "Баир Намсараев")],
        ),
    ],
)
def test_shipowners_ministries_and_couples_the_lists_lack(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "— А что сеяли?\n\n— «Безостую 100», как всегда, — отвечает Николай Гречкин. — Сорт"
            " проверенный.",
            [
                ("«Безостую 100», как всегда,", "Николай Гречкин"),
                ("Сорт проверенный.", "Николай Гречкин"),
            ],
        ),
        (
            "Rostov's agriculture minister Igor Shevtsov spoke on Monday.\n\n“The farmers did"
            " everything right,” the minister went on.",
            [("The farmers did everything right,", "Igor Shevtsov")],
        ),
        (
            "Саидмурод Шарипов из Куляба по-русски говорит плохо.\n\n— Мне нужна работа с"
            " общежитием, — переводит его слова земляк.",
            [("Мне нужна работа с общежитием,", "Саидмурод Шарипов")],
        ),
        (
            "На крыльцо выходит Анна Семёновна Шишова.\n\n— Ой, батюшки, да куда ж столько-то, —"
            " всплёскивает руками хозяйка.",
            [("Ой, батюшки, да куда ж столько-то,", "Анна Семёновна Шишова")],
        ),
        (
            "Шухрат Рахимов говорит, что хотел бы остаться в России. Деньги на неё он"
            " откладывает «по чуть-чуть, с каждой зарплаты».",
            [("по чуть-чуть, с каждой зарплаты", "Шухрат Рахимов")],
        ),
        (
            "Председатель Василий Колесников в хозяйстве сорок лет. Свою философию он формулирует"
            " коротко: хозяйство должно «сначала кормить своих, а потом думать о прибыли».",
            [("сначала кормить своих, а потом думать о прибыли", "Василий Колесников")],
        ),
        (
            "The union called on the government to change the duty, saying the drought had made"
            ' the current mechanism "unbearable" for farmers.',
            [("unbearable", None)],
        ),
        (
            "Директор К. Озтюрк обратил внимание на электроснабжение, назвав его «критическим».",
            [("критическим", "К. Озтюрк")],
        ),
    ],
)
def test_interpreters_gestures_and_speech_going_on(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Every morning they walk round, a routine the village has taken to calling"
            ' "the patrol".',
            [],
        ),
        (
            "Residents of the Leshukonsky district, where winter roads often open only in"
            ' January, have long called the first weeks of winter "the lottery".',
            [],
        ),
        (
            "«Я не могу не ругаться», Zhuravlyova told the local newspaper “Vecherny Kotlas.”",
            ["Я не могу не ругаться"],
        ),
        (
            "Roman Zaitsev said the company had invested heavily in what it markets as “smart"
            " irrigation” — drip systems on 6,000 hectares.",
            [],
        ),
        ("По словам Руслана Хабибуллина, инвестор воспользуется механизмом «одного окна».", []),
    ],
)
def test_what_a_village_a_paper_or_a_seller_calls_something(text: str, expected: list[str]) -> None:
    assert [q.text for q in extract_quotes(text).quotes] == expected


def test_a_companys_needs_are_no_first_name() -> None:
    text = (
        "Менеджер Ольга Шубина раздаёт визитки.\n\nКомпании Шубиной нужны 120 человек."
        " «Если сегодня наберём десять, это уже хороший результат», — признаётся она."
    )
    [quote] = extract_quotes(text).quotes
    assert quote.speaker == "Ольга Шубина"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tourists crowd the island every August.\n\nSayana, 38, runs a café on the main"
            " street. “Tourism feeds us,” she said.",
            [("Tourism feeds us,", "Sayana")],
        ),
        (
            "Sergei Lanin became mayor of Vologda in 2022.\n\nLanin, 52, trained as an"
            " engineer. “I ended up in an office with a flag,” he said.",
            [("I ended up in an office with a flag,", "Sergei Lanin")],
        ),
    ],
)
def test_a_name_no_list_has_opening_a_sentence_with_an_age(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == expected


def test_a_description_after_someone_unnamed_came_in_is_not_the_one_named_before() -> None:
    text = (
        "Учитель Алсу Ильдаровна Закирова ведёт уроки татарского.\n\nВосторга разделяют не"
        " все. Мама одного из шестиклассников, попросившая не называть её имени, считает,"
        " что часов по математике мало.\n\n— ЕГЭ по татарскому никто не сдаёт, — пожимает"
        " плечами женщина."
    )
    [quote] = extract_quotes(text).quotes
    assert (quote.text, quote.speaker) == ("ЕГЭ по татарскому никто не сдаёт,", None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Гособвинитель попросила огласить заключение экспертизы. Согласно документу,"
            ' скорость грузовика составляла "от 72 до 78 км/ч", а перегруз "не установлен".',
            [("от 72 до 78 км/ч", None), ("не установлен", None)],
        ),
        (
            "The prosecution's expert, bridge engineer Viktor Saburov, told the court that the"
            ' supports were in "acceptable" condition.',
            [("acceptable", "Viktor Saburov")],
        ),
        (
            "Прокуратура приговор обжаловать не стала. В ведомстве считают наказание"
            " «соразмерным содеянному».",
            [("соразмерным содеянному", None)],
        ),
        (
            'Forecasters expect the heat to ease next week, with the first rain "possible but'
            ' not guaranteed".',
            [("possible but not guaranteed", None)],
        ),
        (
            "По словам Елены Шутовой, фонд рассчитывает сократить очереди. Сейчас томограф"
            " загружен «в лучшем случае наполовину».",
            [("в лучшем случае наполовину", None)],
        ),
        (
            '"If you come with small children, book a place with its own tank," advised Marina'
            " Kuzmenko, who runs a guesthouse.",
            [
                (
                    "If you come with small children, book a place with its own tank,",
                    "Marina Kuzmenko",
                )
            ],
        ),
        (
            "Мужчину зовут Николай Степанович, ему 74 года.\n\nСоседка Николая Степановича"
            " Валентина Ищенко работает медсестрой. «Обещали, обещали — и где она?» — разводит"
            " руками Валентина.",
            [("Обещали, обещали — и где она?", "Валентина Ищенко")],
        ),
    ],
)
def test_documents_forecasts_hedges_and_a_neighbour(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Законопроект фракции КПРФ «О гарантиях доступности медицинской помощи ветеранам»,"
        " внесённый Дьяконовым в прошлом году, так и не рассмотрен.",
        "Funding will depend on the cases treated, under the principle officials like to"
        ' describe as "money follows the patient".',
        "The old water tower, which local people have long called “the lighthouse”, stands empty.",
    ],
)
def test_a_bills_title_and_what_officials_or_locals_call_something(text: str) -> None:
    assert extract_quotes(text).quotes == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Глава администрации Судака Виталий Гордеенко, отвечая на вопросы «Судакского"
            " вестника», назвал идею правильной.",
            [],
        ),
        (
            "«Будет ли урожай?» — спросили её. «Посмотрим осенью», — сказала Галина Сорокина.",
            [("Будет ли урожай?", None), ("Посмотрим осенью", "Галина Сорокина")],
        ),
    ],
)
def test_a_papers_name_declined_is_no_ones_words(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Министр Игорь Ермолаев выступил на комитете. Ермолаев заверил, что северные"
            " направления «трогать никто не собирается».",
            [("трогать никто не собирается", "Игорь Ермолаев")],
        ),
        (
            "The day's menu was pinned to the wall with a note stamped by the school: «Меню"
            " согласовано с родительской комиссией».",
            [("Меню согласовано с родительской комиссией", None)],
        ),
        (
            "Статья опубликована в № 29 под заголовком: «Станкостроители расписали заказы до"
            " конца года».",
            [],
        ),
        (
            "Ponomaryov offered to reimburse parents for medicines. Some parents have already"
            " dismissed the offer on social media as “hush money.”",
            [],
        ),
        (
            "Every hour all groups stop and call out the boy's name, a routine searchers call a"
            " “sound window.”",
            [],
        ),
        (
            "The coordinator, Andrei Lukin, answers the radio to his call sign, “Bury,” even"
            " when his own mother phones.",
            [],
        ),
    ],
)
def test_notices_read_out_call_signs_and_what_searchers_call_things(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Мама третьеклассника Оксана первой написала в общий чат.\n\n«Девочки, у Миши"
            " рвота», — спрашивала она.\n\nПапа пятиклассника Денис говорит, что жаловался на"
            " еду.\n\n— Тефтели были серые внутри, — рассказывает он.",
            [("Девочки, у Миши рвота", "Оксана"), ("Тефтели были серые внутри,", "Денис")],
        ),
        (
            "Первой слово взяла пенсионерка Тамара Петровна.\n\nГалина, пришедшая на встречу с"
            " листовкой, говорила спокойно. «Мы не против власти», — сказала она.",
            [("Мы не против власти", "Галина")],
        ),
        (
            "Его внучка Алина Гаряева работает на заводе третий год.\n\nВнучка Алина спорит с"
            " дедом. «Технолог работает с данными», — говорит она.",
            [("Технолог работает с данными", "Алина Гаряева")],
        ),
    ],
)
def test_a_first_name_after_what_someone_is(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == expected


def test_a_possessive_gives_way_to_the_pronoun_opening_its_sentence() -> None:
    text = (
        "Irina Kuzmina resigned on Monday.\n\nGalina Ryabova, chair of the union, welcomed"
        " the choice. She added that the union expected the new management to honour"
        " Kuzmina's pledge that no nurse would lose her job, which she called “the only"
        " promise of this reform that has been kept”."
    )
    [quote] = extract_quotes(text).quotes
    assert quote.speaker == "Galina Ryabova"


def test_a_sons_first_name_in_the_genitive_before_his_fathers_name() -> None:
    text = (
        "Восьмилетний Артём Шилов идёт на поправку.\n\n— Я сначала зайца догонял, —"
        " рассказывает Артём.\n\nОтец Артёма Денис Шилов добрался только в четверг. «Я четыре"
        " дня не мог ни есть, ни спать», — признался он."
    )
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == [
        ("Я сначала зайца догонял,", "Артём Шилов"),
        ("Я четыре дня не мог ни есть, ни спать", "Денис Шилов"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "К проходной выходит директор депо Виктор Анатольевич Сухоруков.\n\n— Виктор"
            " Анатольевич, когда зарплата? — кричат из толпы.",
            [("Виктор Анатольевич, когда зарплата?", None)],
        ),
        (
            "Водители коротают время в кабинах.\n\n— Фамилию не пиши, начальство не любит, —"
            " просит водитель лет пятидесяти.",
            [("Фамилию не пиши, начальство не любит,", None)],
        ),
        (
            "Под постом набралось две тысячи комментариев. Другие благодарят мэра и просят «не"
            " бросать трамвай».",
            [("не бросать трамвай", None)],
        ),
        (
            "Жалобы на транспорт, по словам депутата Николая Фомина, поступают ему «сотнями».",
            [("сотнями", "Николай Фомин")],
        ),
        (
            "Эколог Денис Пашков выступил на слушаниях. Пашков предложил компании «открыть"
            " данные собственного мониторинга».",
            [("открыть данные собственного мониторинга", "Денис Пашков")],
        ),
        (
            'Авторы письма жалуются, что в библиотеке "стало шумно, как на вокзале".',
            [("стало шумно, как на вокзале", None)],
        ),
        (
            "Библиотекарь Галина Кузьмина ответила на вопросы. Обсуждать зарплаты Кузьмина"
            ' отказалась: "Это вопрос не ко мне".',
            [("Это вопрос не ко мне", "Галина Кузьмина")],
        ),
        (
            "Губернатор Дмитрий Зорин приехал в город.\n\nАвторы письма просят губернатора"
            " «лично посетить госпиталь».",
            [("лично посетить госпиталь", None)],
        ),
        (
            "Галина Кузьмина работает в библиотеке.\n\n«Меня назначили, больше никто не хотел,"
            " — без обиняков говорит она. — Мне было двадцать шесть лет».",
            [
                ("Меня назначили, больше никто не хотел,", "Галина Кузьмина"),
                ("Мне было двадцать шесть лет", "Галина Кузьмина"),
            ],
        ),
        (
            "Vera Lapteva opened with a poem, reciting it from memory:\n\n“The river has no"
            " homework,\nthe river has no bell,\nit carries all my questions\nand never"
            " tells.”\n\nThe first question came at once.",
            [
                (
                    "The river has no homework,\nthe river has no bell,\nit carries all my"
                    " questions\nand never tells.",
                    "Vera Lapteva",
                )
            ],
        ),
    ],
)
def test_crowds_requests_refusals_verse_and_plural_subjects(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == expected


def test_a_state_institutions_name_after_its_abbreviation_is_a_name() -> None:
    text = (
        "Ведущий инженер ГКУ «Дирекция по строительству дорог Республики Саха (Якутия)» Тимур"
        " Габышев пояснил, что дорожники ведут намораживание."
    )
    assert extract_quotes(text).quotes == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Governor Andrei Vorontsov spoke for two hours, telling deputies that the birth rate"
            ' was "not only about money" but about trust.',
            [("not only about money", "Andrei Vorontsov")],
        ),
        (
            'Researcher Yelena Pashkova cautioned, however, that growth depended "to an'
            ' uncomfortable degree" on a single project.',
            [("to an uncomfortable degree", "Yelena Pashkova")],
        ),
        (
            'Governor Andrei Vorontsov used his report to argue that the region had "turned'
            ' the corner" after two years of sluggish growth.',
            [("turned the corner", "Andrei Vorontsov")],
        ),
        (
            "Deputy Darya Melnikova said her request had received only a “brush-off” from the"
            " finance ministry.",
            [("brush-off", "Darya Melnikova")],
        ),
        (
            "По информации ведомства, ещё три аукциона будут объявлены «в ближайшие недели».",
            [("в ближайшие недели", None)],
        ),
        (
            "Капитан команды Денис Курочкин только хмыкнул: «Пусть сначала меня отсюда выживет».",
            [("Пусть сначала меня отсюда выживет", "Денис Курочкин")],
        ),
        (
            "В документе подчёркивается, что ситуация «находится на постоянном контроле».",
            [("находится на постоянном контроле", None)],
        ),
        (
            "Andrei Kochnev, a Communist deputy, called the measures announced on Friday"
            " “cosmetic.”",
            [("cosmetic.", "Andrei Kochnev")],
        ),
    ],
)
def test_telling_cautioning_arguing_and_what_a_document_stresses(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == expected


def test_a_name_given_alone_after_the_verb_comes_before_a_later_pronoun() -> None:
    text = (
        "Three of them still have no keys.\n\n“I’m not angry anymore,” said Kirill, now 25,"
        " sitting in the kitchen of the rented flat he shares with a co-worker."
    )
    [quote] = extract_quotes(text).quotes
    assert quote.speaker == "Kirill"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Valentin Petrovich Gorshkov can see the launch pads from his balcony.\n\nHalf a"
            " century ago Gorshkov was a young engineer at a design bureau.\n\n“People think the"
            " seventies were all about secrecy,” the veteran says.",
            "Valentin Petrovich Gorshkov",
        ),
        (
            "Анна Ивановна Сомова живёт в селе сорок лет.\n\nРаньше Сомова работала медсестрой"
            " в районной больнице. «Тогда здесь было триста дворов», — вспоминает пенсионерка.",
            "Анна Ивановна Сомова",
        ),
    ],
)
def test_a_role_said_of_the_one_named_is_no_one_else(text: str, speaker: str) -> None:
    [quote] = extract_quotes(text).quotes
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Настя открывает дверь не сразу: сначала долго возится с замком, который, как она"
            " сама признаётся, до сих пор «не слушается».",
            [("не слушается", "Настя")],
        ),
        (
            "Первой в эфир вышла Айаана из села Кыстатыам.\n\n— У нас хлеб по 160 рублей, —"
            " говорит она.",
            [("У нас хлеб по 160 рублей,", "Айаана")],
        ),
        (
            # Someone of her sex named in full before: the pronoun is hers, as before.
            "Министр Анна Петрова выслушала звонок. Рядом сидела Марина.\n\n«Мы всё решим»,"
            " — сказала она.",
            [("Мы всё решим", "Анна Петрова")],
        ),
    ],
)
def test_a_lone_first_name_before_a_pronoun_when_no_one_of_that_sex_is_named(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'The director points to a freshly painted banner above the slipway: "Kambarka builds'
            ' again!"',
            [],
        ),
        ("Работы выполнит ФБУ «Администрация Камского бассейна внутренних водных путей».", []),
        (
            'Pilots have to negotiate the stretch that rivermen call "the Kambarka threshold".',
            [],
        ),
        (
            "Посетители называют бутилированную воду «жидким золотом Колвы».",
            [],
        ),
        (
            "Villagers in Kamenka have already taken to calling Sosnovka “the capital,” and not"
            " always affectionately.",
            [],
        ),
        (
            'A veterinary commission concluded last month that she was "irreversibly'
            ' habituated to humans".',
            [("irreversibly habituated to humans", None)],
        ),
        (
            'A regional deputy, Andrei Pyankov, has asked the culture ministry to "assess" its'
            " lyrics.",
            [("assess", "Andrei Pyankov")],
        ),
        (
            "Депутат Андрей Пьянков направил в министерство обращение с просьбой «дать правовую"
            " оценку» песне.",
            [("дать правовую оценку", "Андрей Пьянков")],
        ),
        (
            "Глава округа Алексей Горбунов напомнил, что ради фестиваля в город приезжают «не"
            " только грибники и паломники».",
            [("не только грибники и паломники", "Алексей Горбунов")],
        ),
        (
            "Депутат Николай Зотов напомнил, что в сёлах появились «пункты выдачи».",
            [],
        ),
        (
            'The law follows the standard template: the settlements "утрачивают статус'
            ' муниципальных образований" ("lose the status of municipal formations").',
            [("утрачивают статус муниципальных образований", None)],
        ),
        (
            "Мария Ивановна Кочнева достаёт подшивку газеты.\n\n«Вот это была власть», —"
            " показывает она на снимок.",
            [("Вот это была власть", "Мария Ивановна Кочнева")],
        ),
    ],
)
def test_banners_trades_reminders_requests_and_translated_wording(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Галина Петровна Шилова живёт напротив сцены.\n\nСосед Шиловой по площадке молчит."
            " «Мне нужна тишина после одиннадцати», — говорит она.",
            [("Мне нужна тишина после одиннадцати", "Галина Петровна Шилова")],
        ),
        (
            "Eero Laaksonen, an accordionist from Joensuu, was making his third visit.\n\n“Cherdyn"
            " reminds me of Karelia,” Laaksonen said.",
            [("Cherdyn reminds me of Karelia,", "Eero Laaksonen")],
        ),
    ],
)
def test_a_neighbour_is_no_first_name_and_an_accordionist_is_a_person(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Its chair, deputy Igor Stavrov, said he would ask for a re-measurement "with the'
            ' concessionaire present, so that nobody can say we invented the numbers."',
            [
                (
                    "with the concessionaire present, so that nobody can say we invented the"
                    " numbers.",
                    "Igor Stavrov",
                )
            ],
        ),
        (
            "Петиция «Нет полигону в Ракитине!» собрала 40 тысяч подписей. Депутат Станислав"
            " Куликов назвал петицию «сигналом, который власть не имеет права игнорировать».",
            [("сигналом, который власть не имеет права игнорировать", "Станислав Куликов")],
        ),
    ],
)
def test_words_of_us_after_would_ask_and_a_petitions_title(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == expected


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Николай Иванович и Валентина Степановна Лаптевы прожили здесь сорок лет.",
            ["Николай Иванович Лаптев", "Валентина Степановна Лаптева"],
        ),
        (
            "Василий и Валентина Лаптевы прожили здесь сорок лет.",
            ["Василий Лаптев", "Валентина Лаптева"],
        ),
    ],
)
def test_a_couple_with_patronymics_or_a_first_name_that_is_a_mans_genitive(
    text: str, names: list[str]
) -> None:
    assert [mention.name for mention in find_full_names(text)] == names


def test_words_that_open_with_we_after_would_ask_are_the_speakers() -> None:
    text = (
        'Deputy Igor Stavrov said he would ask for a re-measurement: "We will not sign'
        ' numbers nobody checked."'
    )
    [quote] = extract_quotes(text).quotes
    assert (quote.text, quote.speaker) == (
        "We will not sign numbers nobody checked.",
        "Igor Stavrov",
    )


def test_names_no_list_knows_are_persons_by_their_age_and_told_apart_by_first_name() -> None:
    text = (
        "Sholban Oorzhak, 47, keeps about 600 sheep near the pit.\n\n"
        '"We don\'t want to close the mine," Oorzhak said.\n\n'
        "His nephew, Ayas Oorzhak, 26, drives a dump truck at the mine.\n\n"
        '"No flock gives you that," Ayas said.\n\n'
        'Another Pavel, 31, who fishes for crab, was less impressed. "Money keeps people'
        ' here," he said.\n\n'
        'Back at his sheepfold, Sholban Oorzhak was unconvinced. "Let them build the road,"'
        " he said."
    )
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == [
        ("We don't want to close the mine,", "Sholban Oorzhak"),
        ("No flock gives you that,", "Ayas Oorzhak"),
        ("Money keeps people here,", "Pavel"),
        ("Let them build the road,", "Sholban Oorzhak"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Galina Sukhorukova, the paper's editor-in-chief, is less than charitable. \"He"
            ' copies our news," said the editor.',
            [("He copies our news,", "Galina Sukhorukova")],
        ),
        (
            "Главный редактор газеты Галина Петровна Сухорукова ответила на вопросы. «Мы"
            " читаем каждое письмо», — говорит редактор.",
            [("Мы читаем каждое письмо", "Галина Петровна Сухорукова")],
        ),
    ],
)
def test_an_editor_is_the_one_named_so_before(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # A role given at a surname that spoke serves a later role word.
            "Svetlana Kuzmina is walking along the field.\n\n“Another hour,” says Kuzmina,"
            " chief agronomist of the “Rassvet” company.\n\nThe company farms 23,000 hectares."
            " Its wheat is yielding 24 centners a hectare.\n\nGennady Lukin, the district head,"
            " drove past.\n\n“People in the city think a harvest just happens,” the agronomist"
            " says.",
            [
                ("Another hour,", "Svetlana Kuzmina"),
                ("People in the city think a harvest just happens,", "Svetlana Kuzmina"),
            ],
        ),
        (
            # 'Студент' is no 'студентка'.
            "«Я чуть не заплакала», — рассказывает 19-летняя Мария, студентка второго курса."
            "\n\n— Мы решали не ту задачу, — признаётся капитан «Тайфуна» Артём Лысенко.\n\n"
            "Студент назвал то решение «самым рискованным в моей жизни».",
            [
                ("Я чуть не заплакала", "Мария"),
                ("Мы решали не ту задачу,", "Артём Лысенко"),
                ("самым рискованным в моей жизни", "Артём Лысенко"),
            ],
        ),
        (
            # A vet by either name; what a robot became for her is no one new.
            "За здоровьем стада следит ветеринарный врач Елена Широкова. Она признаётся, что"
            " робот стал для неё главным помощником.\n\n«Теперь я вижу отклонение за два дня»,"
            " — объясняет ветврач.",
            [("Теперь я вижу отклонение за два дня", "Елена Широкова")],
        ),
        (
            "Учительница биологии Ирина Сахно считает, что такие уроки работают. «Они сами всё"
            " видят», — сказала педагог.",
            [("Они сами всё видят", "Ирина Сахно")],
        ),
        (
            "Andrei Lukin, the Kedr coordinator who ran the volunteer side, welcomed the idea."
            ' "What we lack most is not drones," the coordinator said.',
            [("What we lack most is not drones,", "Andrei Lukin")],
        ),
    ],
)
def test_a_trade_named_at_a_surname_or_in_other_words_and_of_the_other_sex(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == expected


def test_a_pronoun_after_an_english_sentence_is_its_subjects_not_a_name_after_its_verb() -> None:
    text = (
        "Former mayor Andrei Larionov resigned in March.\n\n"
        "City prosecutor Igor Shamrayev declined to say whether Larionov himself was a"
        ' subject of the inquiry.\n\n"We assess actions, not job titles," he said.'
    )
    [quote] = extract_quotes(text).quotes
    assert (quote.text, quote.speaker) == ("We assess actions, not job titles,", "Igor Shamrayev")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "When Alexei Kuznetsov graduated in 2016, his classmates assumed he would stay."
            " He now works two floors above the ward where his father has worked since 1989."
            "\n\n“I came back when I was ready,” the younger Kuznetsov recalled.\n\nViktor"
            " Kuznetsov, 63, a surgeon, remembers it differently. “I said it once,” the elder"
            " Kuznetsov said.",
            [
                ("I came back when I was ready,", "Alexei Kuznetsov"),
                ("I said it once,", "Viktor Kuznetsov"),
            ],
        ),
        (
            "When Matvei Sitnikov scored his first goal, the loudest cheer came from Sector 6."
            "\n\nOne of them was his father.\n\nOleg Sitnikov, 46, has worked as a crane"
            " operator for 22 years.\n\n“I didn't see the puck go in,” the elder Sitnikov"
            " said.",
            [("I didn't see the puck go in,", "Oleg Sitnikov")],
        ),
    ],
)
def test_the_elder_of_one_surname_is_the_one_the_first_named_calls_father(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The centre's chief vet, Artyom Sablin, who also sits on the commission, tried to"
            ' stay neutral.\n\n"A young tiger also learns on the job," the vet said.',
            [("A young tiger also learns on the job,", "Artyom Sablin")],
        ),
        (
            "Laptander's brigade will begin its migration in three weeks.\n\n“Let them come to"
            " the camp,” said the herder.",
            [("Let them come to the camp,", None)],
        ),
        (
            "Pyotr Laptander has herded reindeer for forty years. He will take the map with him."
            "\n\n“Let them come to the camp,” said the herder.",
            [("Let them come to the camp,", "Pyotr Laptander")],
        ),
        (
            "Николай Вылка кочует с бригадой с шестнадцати лет.\n\n— Ягель после такого лет"
            " двадцать восстанавливается, — рассказывает оленевод.",
            [("Ягель после такого лет двадцать восстанавливается,", "Николай Вылка")],
        ),
        (
            "Директор библиотеки Галина Петровна Кузьмина сидит с краю.\n\n— Я думаю, что вы"
            " оба правы, — улыбается библиотекарь.",
            [("Я думаю, что вы оба правы,", "Галина Петровна Кузьмина")],
        ),
    ],
)
def test_a_vet_a_herder_and_a_librarian_are_the_one_named_before(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Главный инженер Обской ГЭС Рустам Ильдарович Габдрахманов пояснил, что уровень"
            " опущен.\n\nПо словам главного инженера, сбросы будут наращивать шагами, «чтобы не"
            " было резкого скачка уровня».",
            [("чтобы не было резкого скачка уровня", "Рустам Ильдарович Габдрахманов")],
        ),
        (
            "Chief engineer Sergei Pakhomov presented the plan. Anna Belova, a pensioner,"
            ' listened.\n\nThe chief engineer said the zone would be "a thousand metres'
            ' wide."',
            [("a thousand metres wide.", "Sergei Pakhomov")],
        ),
    ],
)
def test_the_chief_engineer_is_the_one_given_that_post(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Igor Sazonov, first deputy head of the directorate, spoke at a briefing.\n\n"The'
            ' bog is passable," the official said.',
            [("The bog is passable,", "Igor Sazonov")],
        ),
        (
            "Governor Yuri Sablin took a call about the village.\n\nA source in the regional"
            ' ministry said the instruction had been received. "Formally it\'s a priority,"'
            " the official said.",
            [("Formally it's a priority,", None)],
        ),
        (
            "According to the official minutes, the hearings «состоялись».",
            [("состоялись", None)],
        ),
    ],
)
def test_the_official_is_whoever_holds_an_office_named_last_unless_someone_unnamed_spoke(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == expected
    if "minutes" in text:
        assert extract_quotes(text).quotes[0].role is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # A fact-check's claim, signed after a dash.
            'We checked four claims.\n\nCLAIM: "Real wages have grown by eleven percent over'
            ' the last three years." — Andrei Kolyvanov, United Russia\n\nVERDICT: Mostly true',
            [
                (
                    "Real wages have grown by eleven percent over the last three years.",
                    "Andrei Kolyvanov",
                )
            ],
        ),
        (
            "По подсчетам депутата Виктора Лапшина, без транспорта остались „не меньше сорока"
            " населенных пунктов“.",
            [("не меньше сорока населенных пунктов", "Виктор Лапшин")],
        ),
        (
            "Его директор Сергей Кузовкин накануне ограничился коротким «пусть ездят, я только"
            " рад».",
            [("пусть ездят, я только рад", "Сергей Кузовкин")],
        ),
        (
            'A photograph of the team, with the caption "Berth 5: we did it!", hangs in the'
            " canteen.",
            [],
        ),
        (
            "В Главсевморпути подчёркивают, что ледовая обстановка в этом году была «аномальной».",
            [("аномальной", None)],
        ),
        (
            "Кандидат от ЛДПР Роман Еремин утверждал, что выполнена «в лучшем случае половина».",
            [("в лучшем случае половина", "Роман Еремин")],
        ),
        (
            "В министерстве не смогли ответить, сославшись на то, что статистика по программе"
            " «формируется по итогам учебного года».",
            [("формируется по итогам учебного года", None)],
        ),
        (
            "The format had been reworked after last year's debates, which local journalists"
            " still refer to as “the four monologues.”",
            [],
        ),
        (
            "Кандидат от КПРФ Галина Шустова, у которой с ведущей Ольгой Ветровой тоже"
            " случилась перепалка, сказала, что «претензий к модераторам не имеет».",
            [("претензий к модераторам не имеет", "Галина Шустова")],
        ),
        (
            "Андрей Колыванов выступил в эфире. В штабе Андрея Колыванова сообщили, что"
            " кандидат „не видит смысла в повторном эфире“.",
            [("не видит смысла в повторном эфире", None)],
        ),
    ],
)
def test_claims_counts_short_replies_captions_and_campaign_offices(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == expected


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("В письме, подписанном заместителем министра И.В. Колобовой.", ["И.В. Колобова"]),
        ("Он встретился с министром транспорта И.И. Петровым.", ["И.И. Петров"]),
        ("Жалобу передали директору школы Т.А. Зуеву.", ["Т.А. Зуев"]),
        # Alone, an ending in -ой may be a man's nominative.
        ("Депутат А.К. Луговой заявил об этом.", ["А.К. Луговой"]),
    ],
)
def test_initials_after_a_role_in_the_instrumental_or_dative_read_in_that_case(
    text: str, names: list[str]
) -> None:
    assert [mention.name for mention in find_full_names(text)] == names


def test_a_parent_opening_the_sentence_before_is_the_one_of_a_shared_surname() -> None:
    text = (
        "Valentina Sukhova, 74, has lived in the village all her life.\n\n"
        "Sukhova's daughter Yelena, who lives in Kostroma, has asked her mother to spend the"
        ' winter with her.\n\n"Mum won\'t go," said Yelena Sukhova.\n\nHer mother, listening'
        ' from the kitchen, did not disagree.\n\n"I\'ll manage," Sukhova said.\n\n'
        'Her grandson Artyom came too. "His mother is going mad," Sukhova said.'
    )
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == [
        ("Mum won't go,", "Yelena Sukhova"),
        ("I'll manage,", "Valentina Sukhova"),
        ("His mother is going mad,", "Yelena Sukhova"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # A document's noun opening a sentence is no woman's first name; a clause of
            # time after the subject names someone else.
            "Депутат Виктор Лапшин направил запрос. Запрос Лапшина поддержали не все."
            " Председатель комитета Олег Сметанин назвал его „пиаром“.\n\n— Пусть называет"
            " как хочет, — ответил депутат, когда мы пересказали ему слова Сметанина.",
            [("пиаром", "Олег Сметанин"), ("Пусть называет как хочет,", "Виктор Лапшин")],
        ),
        (
            "Заключение подготовила эксперт Ксения Плотникова.\n\n— Я выезжала на место"
            " дважды, — сказала эксперт, отвечая на вопросы председательствующей, судьи"
            " Ирины Мезенцевой.",
            [("Я выезжала на место дважды,", "Ксения Плотникова")],
        ),
        (
            "«Бюджет социально ориентированный», — отметил, открывая обсуждение, председатель"
            " облсобрания Виктор Ладынин.",
            [("Бюджет социально ориентированный", "Виктор Ладынин")],
        ),
    ],
)
def test_a_clause_of_time_or_a_gerunds_after_the_subject_names_someone_else(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Igor Lapin is a political scientist. Analysts agreed that none of the four"
            ' delivered a "knockout", in the words of Igor Lapin.',
            [("knockout", "Igor Lapin")],
        ),
        (
            "District head Olga Remezova spoke last. What she proposed instead she called"
            " «временная схема» — a temporary scheme.",
            [("временная схема", "Olga Remezova")],
        ),
    ],
)
def test_a_word_in_the_words_of_someone_and_what_they_did_then_called(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Marko Jovanović, a 36-year-old architect from Belgrade, reached the rim. “I have"
            " climbed in the Alps. This was harder,” Jovanović said.",
            [("I have climbed in the Alps. This was harder,", "Marko Jovanović")],
        ),
        (
            'Dr Jörg Müller, who heads the team, was cautious. "We need two more seasons,"'
            " Müller said.",
            [("We need two more seasons,", "Jörg Müller")],
        ),
        (
            "The deal was signed by Kaya Cam chief executive Mehmet Yildirim, who flew in from"
            ' Istanbul.\n\n"This is not a distribution centre," Yildirim said.',
            [("This is not a distribution centre,", "Mehmet Yildirim")],
        ),
    ],
)
def test_names_in_their_own_spelling_and_after_a_title_are_persons(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Заместитель председателя комитета Народного Хурала по социальной политике Жаргал"
            " Дугаров документ поддержал.\n\n— Мы можем открыть хоть двести групп, — заявил"
            " депутат.",
            [("Мы можем открыть хоть двести групп,", "Жаргал Дугаров")],
        ),
        (
            "Ведущий научный сотрудник института Ольга Тимофеевна Гладких призывает не"
            " превращать тему в войну.\n\n«Никто не предлагает закрыть Байкал», — подчеркнула"
            " исследовательница.",
            [("Никто не предлагает закрыть Байкал", "Ольга Тимофеевна Гладких")],
        ),
    ],
)
def test_a_deputy_chair_is_a_deputy_and_a_researcher_the_one_named(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == expected


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("По словам Катарины Мюллер, находки останутся в республике.", ["Катарина Мюллер"]),
        ("— Это самый сложный предмет, — сказал Томаш Дворжак.", ["Томаш Дворжак"]),
        ("The German side is led by Katharina Müller of the institute.", ["Katharina Müller"]),
        ("Лукашу Вишневскому вручили грамоту.", ["Лукаш Вишневский"]),
        # 'Ивана' stays a man's genitive: no woman's name of that form is listed.
        ("Издание приводит слова главы округа Ивана Орлова.", ["Иван Орлов"]),
    ],
)
def test_central_european_german_and_turkish_first_names_are_known(
    text: str, names: list[str]
) -> None:
    assert [mention.name for mention in find_full_names(text)] == names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The case was opened under Article 145.1 of the Criminal Code, “Non-payment of"
            " wages, pensions and other payments”, which carries a penalty of three years.",
            [],
        ),
        (
            'Many older villagers call the mounds simply "the houses of the old people" and'
            " avoid walking across them.",
            [],
        ),
        ('Dvořák has set up what the camp calls the "cold room", a tent kept near freezing.', []),
        (
            "In the village, people have already started calling the document “the Beltir-Oozy"
            " treaty”.",
            [],
        ),
        (
            "The village head, Temir Bairyshev, called the deal “our small victory” and said"
            " residents would be invited.",
            [("our small victory", "Temir Bairyshev")],
        ),
        ("В селе таких людей по старинке зовут «бугровщиками».", []),
        ("Regulars call the room “the confessional”.", []),
        (
            'Colonel Sergei Zavyalov spoke to reporters. He dismissed as "fantasy" claims that'
            " inmates had been pressured.",
            [("fantasy", "Sergei Zavyalov")],
        ),
        (
            'Such letters — known among officials and petitioners alike as "otpiski" — were'
            " the most common grievance.",
            [],
        ),
        (
            "Фракция добивалась, чтобы слово «рекомендовать» заменили на «обязать».",
            [],
        ),
        (
            "В региональном операторе — НКО «Фонд капитального ремонта многоквартирных домов"
            " Кировской области» — заявили, что очередность определяется техническим"
            " состоянием.",
            [],
        ),
        (
            "Омбудсмен Татьяна Кувшинова представила доклад. Фраза омбудсмена Татьяны"
            " Кувшиновой «Мы не почтовый ящик» разошлась по местным пабликам.",
            [("Мы не почтовый ящик", "Татьяна Кувшинова")],
        ),
        (
            'He once got back a handwritten note that read "not within our competence".',
            [("not within our competence", None)],
        ),
        (
            "Фрезеровщик Андрей Пчелинцев пришёл на конференцию.\n\n— А что забастовка? Мы"
            " остановимся — и что? — сомневается его напарник, попросивший не называть"
            " фамилию.",
            [("А что забастовка? Мы остановимся — и что?", None)],
        ),
        (
            "He speaks respectfully of Galina Ryabtseva, but thinks she is now “playing politics”.",
            [("playing politics", None)],
        ),
    ],
)
def test_titles_after_a_code_terms_of_groups_notes_phrases_and_doubts(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # A role in the genitive opening a sentence is its fronted object.
            "Омбудсмен Татьяна Сергеевна Кувшинова говорит осторожно. Губернатора Андрея"
            " Лобанова она называет «человеком, который умеет слушать».",
            [("человеком, который умеет слушать", "Татьяна Сергеевна Кувшинова")],
        ),
        (
            "Омбудсмен Татьяна Кувшинова представила доклад. Самое тяжелое, по словам"
            " уполномоченного, — «отписки в ответ на отписки».",
            [("отписки в ответ на отписки", "Татьяна Кувшинова")],
        ),
        (
            # A verb with no subject of its own: the one named last, of its gender.
            "Лидер фракции ЛДПР Денис Коротаев назвал документ «самым честным текстом». Но"
            " тут же добавил: «Только честность без последствий ничего не стоит».",
            [
                ("самым честным текстом", "Денис Коротаев"),
                ("Только честность без последствий ничего не стоит", "Денис Коротаев"),
            ],
        ),
        (
            "Aldynai Sat, who owns a small hotel in Kyzyl, said rents had risen. ‘My hotel is"
            " full,’ she said.",
            [("My hotel is full,", "Aldynai Sat")],
        ),
    ],
)
def test_a_fronted_object_an_ombudsman_an_elided_subject_and_a_name_before_who(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Геннадий Степанович интересуется, что народ говорит.\n\n— Разное, — отвечаем.",
            [("Разное,", None)],
        ),
        (
            "Председатель думы Светлана Лебедева закрыла заседание словами «Спасибо всем за"
            " терпение».",
            [("Спасибо всем за терпение", "Светлана Лебедева")],
        ),
        (
            "Критик Евгений Шубин пишет, что режиссёр «слишком любит собственные метафоры».",
            [("слишком любит собственные метафоры", "Евгений Шубин")],
        ),
        (
            'A man walks out with his son. He says only: "Not for me." Then, after a pause, in'
            " Russian: «И не для моих детей».",
            [("Not for me.", None), ("И не для моих детей", None)],
        ),
        (
            "A sheet above the desk carries the department's motto in Russian: \"Увидел -"
            ' проверь - сообщи".',
            [],
        ),
        (
            "— Я ничего не знаю, я тут только ключи выдаю, — отмахнулась женщина.",
            [("Я ничего не знаю, я тут только ключи выдаю,", None)],
        ),
        (
            "Когда судья дочитала постановление, кто-то из родственников громко сказал: «Мало».",
            [("Мало", None)],
        ),
    ],
)
def test_replies_closing_words_columns_a_language_and_one_word_said(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Viktor Pankratov, 71, added that he had seen it twice. “The first time I didn’t"
            " like it,” the actor said.",
            [("The first time I didn’t like it,", "Viktor Pankratov")],
        ),
        (
            "Larisa Golubeva and her husband Vladimir Golubev joined the troupe in 1986.\n\n“We"
            " have shared this stage for thirty-eight years,” the actress said.",
            [("We have shared this stage for thirty-eight years,", "Larisa Golubeva")],
        ),
        (
            "— Нас подняли в пять утра, — рассказывает 34-летний Улугбек, штукатур из Ферганы.",
            [("Нас подняли в пять утра,", "Улугбек")],
        ),
        (
            'Mavlyuda Khakimova said she had asked for a break twice. "By the evening I was'
            ' translating on autopilot," the interpreter admitted.',
            [("By the evening I was translating on autopilot,", "Mavlyuda Khakimova")],
        ),
    ],
)
def test_actors_interpreters_and_central_asian_first_names(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == expected


def test_someone_unnamed_as_the_subject_is_nobody_named_before() -> None:
    text = (
        "Судья Ирина Павловна Седых огласила постановление. Когда судья дочитала"
        " постановление, кто-то из родственников в зале громко сказал: «Мало»."
    )
    [quote] = extract_quotes(text).quotes
    assert (quote.text, quote.speaker) == ("Мало", None)


def test_a_bodys_name_before_an_inverted_attribution_is_no_person() -> None:
    text = (
        "Culture Minister Vadim Kornilov set up a commission.\n\nIt will include a theologian"
        " and a member of the regional Public Chamber, the minister said, adding that its"
        ' conclusions were expected "within a month, not later."'
    )
    [quote] = extract_quotes(text).quotes
    assert (quote.text, quote.speaker) == ("within a month, not later.", "Vadim Kornilov")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "По словам Айбека Тургунбаева уулу, за месяц пришли двести человек.",
            ["Айбек Тургунбаев уулу"],
        ),
        ("Они встретились с Азаматом Жолдошбековым уулу.", ["Азамат Жолдошбеков уулу"]),
        ("Председатель диаспоры Айбек Тургунбаев уулу сказал.", ["Айбек Тургунбаев уулу"]),
    ],
)
def test_a_kyrgyz_name_with_uulu_in_an_oblique_case_is_read_in_the_nominative(
    text: str, names: list[str]
) -> None:
    assert [mention.name for mention in find_full_names(text)] == names


def test_a_role_that_opens_the_sentence_before_a_quote_stands_for_its_holder_after() -> None:
    text = (
        "Sergei Lanin became mayor last year. Councillor Anatoly Reshetnikov was blunt."
        " “He is charming on the radio,” Reshetnikov said. The mayor, told of the remark,"
        " laughed. “He is right about the roads.”\n\n"
        "He did admit one failure. “This is my fault,” he said."
    )
    speakers = [quote.speaker for quote in extract_quotes(text).quotes]
    assert speakers == ["Anatoly Reshetnikov", "Sergei Lanin", "Sergei Lanin"]


def test_a_quote_after_a_sentence_that_starts_inside_the_last_goes_on_with_its_speaker() -> None:
    text = (
        "Timur Fayzullin, 17, liked it.\n\n"
        "Galina Ivanovna, a retired librarian, is less sure. “Ostrovsky needs no supermarket."
        " He needs actors who can speak,” she says, adjusting her glasses. “These ones mumble.”"
    )
    speakers = [quote.speaker for quote in extract_quotes(text).quotes]
    assert speakers == ["Galina Ivanovna", "Galina Ivanovna"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Laurent Girardot farms forty hectares.", ["Laurent Girardot"]),
        ("По словам Лорана Жирардо, лоза всё помнит.", ["Лоран Жирардо"]),
        ("говорит главный винодел Гасан Шихмагомедов.", ["Гасан Шихмагомедов"]),
        ("Levan Kiknadze and Ketevan Beridze came.", ["Levan Kiknadze", "Ketevan Beridze"]),
        (
            "said Giorgi Abashidze, whose Kokur Lavrov has both praised and mocked.",
            ["Giorgi Abashidze"],
        ),
    ],
)
def test_french_georgian_and_dagestani_first_names_and_no_name_after_whose(
    text: str, names: list[str]
) -> None:
    assert [mention.name for mention in find_full_names(text)] == names


def test_a_first_name_only_in_the_accusative_after_the_verb_is_who_was_asked() -> None:
    text = (
        "Зарема Ахмадова преподаёт в школе.\n\n"
        "— Вернётесь в город? — спрашиваю Зарему перед отъездом.\n\n"
        "— Не знаю. Пока нет, — отвечает она."
    )
    speakers = [quote.speaker for quote in extract_quotes(text).quotes]
    assert speakers == [None, "Зарема Ахмадова"]


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        (
            "When Laurent Girardot first tasted a Krasnostop, he was unimpressed.\n\n"
            '"I thought it was a mistake," says the 52-year-old winemaker.',
            "Laurent Girardot",
            None,
        ),
        (
            "В Крым Гиорги Абашидзе попал в 2011 году.\n\n"
            "«Камни я не пробовал», — смеётся винодел.",
            "Гиорги Абашидзе",
            None,
        ),
        (
            "Искусствовед и критик Пётр Оболенцев опубликовал колонку.\n\n"
            "«Картины прожили в частных руках тридцать лет», — пишет критик.",
            "Пётр Оболенцев",
            "Искусствовед и критик",
        ),
    ],
)
def test_a_winemaker_and_a_critic_are_the_one_named_before(
    text: str, speaker: str, role: str | None
) -> None:
    [quote] = extract_quotes(text).quotes
    assert quote.speaker == speaker
    if role is not None:
        assert quote.role == role


def test_a_neighbour_of_someone_named_with_a_patronymic_is_read_whole() -> None:
    text = "— Мы это уже слышали, — сказала соседка Галины Петровны Вера Сергеевна Лежнина."
    assert [mention.name for mention in find_full_names(text)] == [
        "Галина Петровна",
        "Вера Сергеевна Лежнина",
    ]


@pytest.mark.parametrize(
    ("text", "frag", "speaker"),
    [
        (
            "Governor Alexander Lavrentyev took the call. Lavrentyev, who said he had driven"
            " the road himself “two or three years ago”, asked for Transport Minister Oleg"
            " Sizov to be put on the line.",
            "two or three",
            "Alexander Lavrentyev",
        ),
        (
            "Governor Alexander Lavrentyev took the call.\n\nThe governor had Health Minister"
            " Yelena Drozdova put through to the studio.\n\n\"We will put it into next year's"
            ' plan," the governor replied.',
            "next year",
            "Alexander Lavrentyev",
        ),
    ],
)
def test_who_is_asked_for_and_who_is_put_through_are_not_the_speaker(
    text: str, frag: str, speaker: str
) -> None:
    [quote] = [q for q in extract_quotes(text).quotes if frag in q.text]
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        (
            "Инспекторы проверили ООО «Агрофирма «Приуральская», где в октябре выявили грипп."
            "\n\n«В ходе проверки выявлены нарушения», — говорится в сообщении.",
            [("В ходе проверки выявлены нарушения", None)],
        ),
        (
            "Кроме того, инспекторы установили, что журнал дезинфекции «заполнялся формально».",
            [("заполнялся формально", None)],
        ),
        (
            "Badma Ochirov farms here.\n\nIn March he got a letter from the district proposing"
            ' to "revise the terms" of his lease.',
            [("revise the terms", None)],
        ),
        (
            "The company said the assessment was made “in full compliance with the law” and that"
            " the turbines could use a system known in the industry as “shutdown on demand”.",
            [("in full compliance with the law", None)],
        ),
        (
            "For Ivan Shirokov, who lives three doors down from Kuzmina, those figures are"
            ' "a joke, frankly". He bred Brahma hens.',
            [("a joke, frankly", "Ivan Shirokov")],
        ),
    ],
)
def test_merged_closing_marks_findings_proposals_names_known_as_and_whose_view(
    text: str, quotes: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text).quotes] == quotes


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        (
            "No. 19 instructs the transport ministry to “consider the inclusion” of the road."
            " No. 31 gives the agriculture ministry until December 25 to “settle the debt in"
            " full”.",
            ["consider the inclusion", "settle the debt in full"],
        ),
        (
            'The phenomenon even has a name among officials and journalists: "ручное'
            ' управление", or manual control.',
            [],
        ),
        (
            "He started writing in 2014, when, as he puts it, Russian wine journalism was"
            ' "advertising with adjectives".',
            ["advertising with adjectives"],
        ),
        (
            "Producers complained about the price of glass and about what one Crimean"
            " exhibitor called “the endless paperwork”.",
            ["the endless paperwork"],
        ),
        (
            'Reviewing "Morskaya Pena Brut", a sparkling wine from Sudak, he called it "a'
            ' liquid Instagram filter".',
            ["a liquid Instagram filter"],
        ),
    ],
)
def test_orders_names_given_as_they_put_it_one_persons_words_and_a_wine_named(
    text: str, quotes: list[str]
) -> None:
    assert [q.text for q in extract_quotes(text).quotes] == quotes


def test_a_role_nobody_named_so_far_holds_is_the_one_just_named() -> None:
    text = (
        "Galina Osokina, who heads the department, said the danger had not passed.\n\n"
        "“We closed this outbreak,” the veterinary chief said.\n\n"
        "Pavel Terekhov, head of the regional Rosselkhoznadzor office, was less sure."
    )
    [quote] = extract_quotes(text).quotes
    assert (quote.speaker, quote.role) == ("Galina Osokina", "veterinary chief")


def test_a_portfolio_word_before_a_closing_mark_is_no_part_of_the_role() -> None:
    text = (
        "The ministry applied under the programme “Development of Agriculture”, Minister"
        " Alexei Sychev said. “We expect a decision in January,” he said."
    )
    [quote] = extract_quotes(text).quotes
    assert (quote.speaker, quote.role) == ("Alexei Sychev", "Minister")


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        (
            "Омарова позвонила в оргкомитет. Там, по её словам, ответили коротко: «Разберемся».",
            ["Разберемся"],
        ),
        (
            "После публикации в социальных сетях ее называли «стукачкой», а в личные сообщения"
            " приходили угрозы.",
            [],
        ),
        (
            'His column, headlined "Who sells the exam?", was widely shared in Telegram.',
            [],
        ),
        (
            "По словам Загидуллина, «Новые люди» набирают 5,2%, «Справедливая Россия – За"
            " правду» — 4,1%.",
            [],
        ),
        (
            'То, что принято называть "административным ресурсом", по мнению Саттарова,'
            " работает через школы.",
            [],
        ),
        (
            "Глава района Ирина Соколова инициативу поддержала. По её словам, ситуация"
            " становится «тупиковой».",
            ["тупиковой"],
        ),
        (
            'Antonova earns 24,000 rubles a month, plus a fuel allowance she calls "symbolic".',
            ["symbolic"],
        ),
        (
            "Locals, who long ago stopped counting the promised dates, now simply refer to the"
            " new building as “the sarcophagus.”",
            [],
        ),
        (
            "Пинигин ответил, что подрядчик сменился.\n\n"
            "— А в прошлом году вы говорили, что двести, — раздалось из зала.",
            ["А в прошлом году вы говорили, что двести,"],
        ),
    ],
)
def test_answers_online_names_titles_shares_customary_names_and_voices_from_the_hall(
    text: str, quotes: list[str]
) -> None:
    assert [q.text for q in extract_quotes(text).quotes] == quotes


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Суд признал учителя Гаджи Магомедовича Абакарова виновным.",
            ["Гаджи Магомедович Абакаров"],
        ),
        ("Суд оправдал Гаджи Абакарова.", ["Гаджи Абакаров"]),
        ("Родственники Даудова от комментариев отказались.", []),
    ],
)
def test_an_indeclinable_mans_name_takes_its_case_from_the_rest_and_relatives_are_no_name(
    text: str, names: list[str]
) -> None:
    assert [mention.name for mention in find_full_names(text)] == names


def test_the_minister_is_the_agency_head_and_the_one_asked_by_role_replies() -> None:
    text = (
        "Итоги огласил глава ведомства Ислам Гасанов. «Материалы направлены в СК», —"
        " сообщил министр.\n\n"
        "К пресс-конференции подключился заместитель руководителя Рособрнадзора Андрей"
        " Селезнёв. «Соблазн должен стать невозможным», — пояснил Селезнёв.\n\n"
        "Журналисты спросили министра, как пройдут пересдачи.\n\n"
        "— Никаких телефонов у организаторов, — отрезал он."
    )
    speakers = [quote.speaker for quote in extract_quotes(text).quotes]
    assert speakers == ["Ислам Гасанов", "Андрей Селезнёв", "Ислам Гасанов"]


def test_a_witness_is_the_one_just_questioned_as_one() -> None:
    text = (
        "Допрошенный в качестве свидетеля руководитель ППЭ А.М. Дибиров показал, что все"
        " сдали телефоны. «Телефон был в ящике, я лично его принимал», — сообщил свидетель."
    )
    [quote] = extract_quotes(text).quotes
    assert quote.speaker == "А.М. Дибиров"


def test_a_republics_leader_is_its_rais_and_the_postwoman_the_one_named() -> None:
    text = (
        "Tatarstan's leader Airat Galiullin praised the election. Galiullin, whose official"
        " title is Rais, told district heads to look into complaints.\n\n"
        "Marat Zagidullin, head of the election commission, gave the figures.\n\n"
        "“Do not think that the elections are over,” the Rais told the officials.\n\n"
        "Tatyana Bogdanova, 49, is one of 14 postwomen left in the district.\n\n"
        "“People wait at the gate from eight in the morning,” the postwoman said."
    )
    speakers = [(quote.speaker, quote.role) for quote in extract_quotes(text).quotes]
    assert speakers == [
        ("Airat Galiullin", "Tatarstan's leader"),
        ("Tatyana Bogdanova", None),
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Семилетняя Айыына Попова ответила сразу.", ["Айыына Попова"]),
        (
            "Напарник Кузьмина, 41-летний Ильдар Хайруллин из Уфы, рассказывает.",
            ["Ильдар Хайруллин"],
        ),
        ("Старшая Кочнева молчит.", []),
        (
            "Aital Stepanov and Sardaana Yegorova signed it.",
            ["Aital Stepanov", "Sardaana Yegorova"],
        ),
    ],
)
def test_adjectives_and_nouns_for_people_open_no_name_and_yakut_first_names_are_known(
    text: str, names: list[str]
) -> None:
    assert [mention.name for mention in find_full_names(text)] == names


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "— Пришли всей семьей, — улыбается Ринат Ахметшин.\n\n"
            "Его дочь Алия, студентка нефтяного университета, признается, что могла бы"
            " проголосовать онлайн, но «хотелось самой опустить бюллетень в урну».",
            "Алия",
        ),
        (
            "Первый секретарь рескома Азат Бикбулатов уточнил, что речь о 14 участках.\n\n"
            "«Это не ошибка счетной комиссии, это подлог», — заявил политик.",
            "Азат Бикбулатов",
        ),
        (
            "Observer Ilnur Fattakhov said the count was slow. Zulfiya, 71, came with her"
            ' grandson. "My grandson drove me," Zulfiya said.',
            "Zulfiya",
        ),
    ],
)
def test_tatar_first_names_a_daughter_named_by_her_father_and_a_politician(
    text: str, speaker: str
) -> None:
    assert extract_quotes(text).quotes[-1].speaker == speaker


def test_a_postman_asking_is_not_the_one_he_asks() -> None:
    text = (
        "Валентина Ивановна Ершова работает почтальоном с 1984 года.\n\n"
        "В деревне почтальона ждёт 86-летняя Мария Егоровна Лукина.\n\n"
        "— А сын-то звонит? — спрашивает почтальон, пересчитывая купюры."
    )
    [quote] = extract_quotes(text).quotes
    assert quote.speaker != "Мария Егоровна Лукина"


def test_what_they_answered_her_as_she_tells_it_is_nobody_named() -> None:
    text = (
        "Патимат Омарова позвонила в оргкомитет. Там, по ее словам, ответили коротко: «Разберемся»."
    )
    [quote] = extract_quotes(text).quotes
    assert (quote.text, quote.speaker) == ("Разберемся", None)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("At dawn Zhang Hongwei is up on the scaffolding.", ["Zhang Hongwei"]),
        ("Xi Jinping met Wang Yi.", ["Xi Jinping", "Wang Yi"]),
        ("— Спасибо за цифры, — ответил Блогер Рычков.", []),
    ],
)
def test_chinese_names_in_their_order_and_a_trade_before_a_surname(
    text: str, names: list[str]
) -> None:
    assert [mention.name for mention in find_full_names(text)] == names


def test_a_chinese_surname_alone_is_the_one_named_in_full() -> None:
    text = (
        "At dawn Zhang Hongwei is up on the scaffolding.\n\n"
        "“Clear like this — no bubbles, no cracks,” Zhang said."
    )
    [quote] = extract_quotes(text).quotes
    assert quote.speaker == "Zhang Hongwei"


def test_a_soundbite_label_names_whose_clip_follows() -> None:
    text = (
        "КОРР. (за кадром): Гараж районной больницы.\n\n"
        "СИНХРОН: Виктор Суханов, главный врач Лесогорской ЦРБ\n"
        "«Запчасти заказаны ещё в декабре. Мы звоним поставщику каждую неделю»."
    )
    [quote] = extract_quotes(text).quotes
    assert quote.speaker == "Виктор Суханов"


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        ("Один из фельдшеров описал работу одним словом — «лотерея».", ["лотерея"]),
        ("Несколько лет назад в сети его называли «пластилиновым».", []),
        ("Зрители в чате трансляции называли гараж больницы «кладбищем машин».", []),
        (
            "Ермолаев предлагает смешанную бригаду. По его подсчётам, это позволило бы"
            " сэкономить «не меньше пяти миллионов».",
            ["не меньше пяти миллионов"],
        ),
    ],
)
def test_one_word_said_names_online_and_by_their_count(text: str, quotes: list[str]) -> None:
    assert [q.text for q in extract_quotes(text).quotes] == quotes


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        ("Some former colleagues, he says, now call him a “rat”. He shrugs at this.", []),
        (
            "Министр Игорь Тарасенко перечислил меры:\n\n"
            "— проверка всех контрактов 2021–2023 годов;\n"
            "— увеличение гарантийного срока до пяти лет.",
            [],
        ),
        (
            "Депутат Алексей Зубарев настаивал на отставке, однако его предложение не набрало"
            " голосов: «за» проголосовали 9 депутатов из 45.",
            [],
        ),
    ],
)
def test_what_colleagues_call_him_a_list_of_measures_and_a_vote(
    text: str, quotes: list[str]
) -> None:
    assert [q.text for q in extract_quotes(text).quotes] == quotes


def test_a_known_role_after_a_newcomer_is_whom_the_pronoun_means() -> None:
    text = (
        "Regional Transport Minister Maxim Dobrynin met residents last week. “We have a"
        " plan,” Dobrynin told the hall.\n\n"
        "When a man in the back row shouted to ask when the train would run, the minister"
        " paused. “Not tomorrow, but not in five years either,” he said.\n\n"
        "A paramedic who asked not to be named described the night. “We had no light,”"
        " she said. Later a woman from the village spoke. “It was cold,” she said."
    )
    speakers = {q.text: q.speaker for q in extract_quotes(text).quotes}
    assert speakers["Not tomorrow, but not in five years either,"] == "Maxim Dobrynin"
    assert speakers["It was cold,"] is None


def test_a_pull_quote_repeating_an_interview_answer_is_a_headline() -> None:
    text = (
        "Интервью с директором\n\n"
        "Корреспондент: Что будет с людьми?\n\n"
        "Геннадий Струков: Придётся сократить около ста двадцати человек.\n\n"
        "«Билет без субсидии — тридцать восемь тысяч. Для пенсионера это три пенсии»\n\n"
        "Корреспондент: А пассажиры?\n\n"
        "Геннадий Струков: Честно скажу: билет без субсидии — тридцать восемь тысяч. Для"
        " пенсионера это три пенсии."
    )
    assert [q.text for q in extract_quotes(text).quotes if q.kind == "quote"] == []


def test_by_his_own_admission_reports_his_words() -> None:
    text = (
        "Генеральный директор Геннадий Струков руководит компанией с 2009 года. Теперь он,"
        " по собственному признанию, «почти не спит»."
    )
    (quote,) = extract_quotes(text).quotes
    assert (quote.text, quote.speaker) == ("почти не спит", "Геннадий Струков")


@pytest.mark.parametrize(
    "gloss",
    ["— literally “suspended”", ", literally “suspended”", "(literally “suspended”)"],
)
def test_a_gloss_after_the_russian_words_is_their_translation(gloss: str) -> None:
    text = (
        "Her deputy, Pyotr Tnevtegin, a former reindeer brigade leader, calls the village’s"
        f" mood “подвешенное” {gloss}, hanging in mid-air."
    ).replace(" ,", ",")
    assert [q.text for q in extract_quotes(text).quotes] == ["подвешенное"]


@pytest.mark.parametrize(
    "text",
    [
        "ВЕДУЩИЙ: Рейсы в Зырянку будет выполнять новый перевозчик.\n\n"
        "ТИТР: «Зырянка. Аэропорт»\n\nЗК: Пятница, единственный рейс на этой неделе.",
        "ЗК: На сход пришли больше двухсот человек. В руках — самодельные плакаты: «Руки"
        " прочь от Ильчинца!», «Рыба дороже денег», «Нерка не голосует — голосуем мы».",
    ],
)
def test_captions_and_a_list_of_placards_are_no_quotes(text: str) -> None:
    assert [q.text for q in extract_quotes(text).quotes if q.kind == "quote"] == []


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        (
            "Глава города Виктор Столбов уверяет, что к концу мая «все до одного получат"
            " положенное».",
            ["все до одного получат положенное"],
        ),
        ("Сухоруков обещает погасить долг за ноябрь «до конца марта».", ["до конца марта"]),
        (
            "Ольга Петровна — акушерка с 34-летним стажем. Через её руки, как она говорит,"
            " прошло «полрайона».",
            ["полрайона"],
        ),
    ],
)
def test_assurances_promises_and_as_she_says_report_words(text: str, quotes: list[str]) -> None:
    assert [q.text for q in extract_quotes(text).quotes] == quotes


@pytest.mark.parametrize(
    "text",
    [
        "Some in the hall held up placards reading 'Tuzlukul is not a swamp' and 'Fix the"
        " dam, not the people'.",
        "Q: There is a banner at the stadium that says “Dremin, where were you?” What would"
        " you say?",
        "Продолжается благотворительный марафон «Тузлукуль, мы с тобой!», организованный фондом.",
        "Сертификаты выдадут в рамках государственной программы Оренбургской области"
        " «Обеспечение качественным жильём и услугами ЖКХ населения Оренбургской области».",
        "Воспитанники будут переведены на базу ГБУ СО «Спортивная школа олимпийского резерва № 3».",
        "Субсидии предоставляются в соответствии с постановлением Правительства Российской"
        " Федерации «Об утверждении Правил предоставления субсидий организациям воздушного"
        " транспорта».",
        "Вчера внес в думу законопроект. Название пока рабочее — «О дополнительных мерах"
        " поддержки педагогических работников в отдаленных муниципальных образованиях».",
    ],
)
def test_placards_banners_campaigns_programmes_and_acts_are_no_quotes(text: str) -> None:
    assert [q.text for q in extract_quotes(text).quotes if q.kind == "quote"] == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Самый молодой в коллективе — учитель физики Денис Ершов. Дети зовут его Денисом"
            " Андреевичем, в селе — просто Денисом.\n\n"
            "— Я сюда не за миллионом ехал, — говорит Денис.",
            "Денис Андреевич Ершов",
        ),
        (
            "Maria Yudina left Kostroma in 2020. She stayed. Earlier this year Maria Andreyevna,"
            ' as her 14 pupils call her, reached the final of the regional "Teacher of the Year"'
            ' contest, where she told the jury that village schools "need people, not slogans."'
            " We spoke to her by phone between lessons.",
            "Maria Andreyevna Yudina",
        ),
    ],
)
def test_a_patronymic_in_an_oblique_case_or_mid_sentence_is_no_address(
    text: str, speaker: str
) -> None:
    assert [q.speaker for q in extract_quotes(text).quotes] == [speaker]


def test_someone_brought_in_by_a_noun_is_not_the_namesake_with_a_surname() -> None:
    text = (
        "Заместитель министра Ольга Руднева призвала сети “не зарабатывать на чужой беде”.\n\n"
        "Покупательница Ольга Петровна, выбирая лоток, назвала цены “грабительскими”."
    )
    speakers = [q.speaker for q in extract_quotes(text).quotes]
    assert speakers == ["Ольга Руднева", "Ольга Петровна"]


def test_initials_with_a_surname_in_the_instrumental() -> None:
    text = (
        "Друзья, коротко по итогам встречи с Г.П. Сухоруковым. Сухоруков дословно: «Я не"
        " волшебник. Я не могу нарисовать деньги, которых нет»."
    )
    assert [q.speaker for q in extract_quotes(text).quotes] == ["Г.П. Сухоруков"]


def test_the_answer_to_a_question_is_not_the_askers() -> None:
    text = (
        "Денис Кравец спросил прямо: «Год назад вы обещали Первую лигу. Что изменилось?»"
        " Ответ президента: «изменилась экономическая ситуация в стране». Без комментариев."
    )
    speakers = [q.speaker for q in extract_quotes(text).quotes]
    assert speakers == ["Денис Кравец", None]


def test_a_second_attribution_closing_a_dash_line_ends_its_speech() -> None:
    text = (
        "Жена бригадира Анна Юрьевна разливает чай.\n\n"
        "— Нам так и сказали: «Не мешайте прогрессу», — вспоминает она. — А какой это"
        " прогресс? Олень пугливый, он уйдёт — и всё, потом его по тундре собирай, —"
        " добавляет Анна Юрьевна.\n\n"
        "— Такого не помню, — говорит он. — Бывало, воду давали по часам, но чтобы вот так,"
        " неделями, — нет."
    )
    texts = [q.text for q in extract_quotes(text).quotes]
    assert texts[1].endswith("потом его по тундре собирай,")
    assert texts[-1].endswith("неделями, — нет.")


def test_joining_in_and_whose_neighbour_speaks() -> None:
    text = (
        "Анатолий Васильевич Кошкин, бывший механизатор, показывает на дорогу.\n\n"
        "— У меня пенсия четырнадцать тысяч, — вступает в разговор соседка Кошкина Вера"
        " Никитична Павлова. — Посчитайте сами."
    )
    quotes = extract_quotes(text).quotes
    assert [(q.text, q.speaker) for q in quotes] == [
        ("У меня пенсия четырнадцать тысяч,", "Вера Никитична Павлова"),
        ("Посчитайте сами.", "Вера Никитична Павлова"),
    ]


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        (
            "Глава района Виктор Шагдаров выразил надежду, что стороны «найдут компромисс».",
            ["найдут компромисс"],
        ),
        (
            "Министерство культуры в официальном заявлении назвало решение «взвешенным».",
            ["взвешенным"],
        ),
        (
            "Перед ним — рукописный Коран 1712 года, который в исковом заявлении назван"
            " «главной семейной реликвией Султановых».",
            ["главной семейной реликвией Султановых"],
        ),
        (
            "— Раньше он тут проходил, как часы, — Анатолий Кошкин, бывший механизатор колхоза"
            " «Знамя труда», показывает на дорогу.",
            ["Раньше он тут проходил, как часы,"],
        ),
    ],
)
def test_hopes_and_what_it_was_called_are_words_a_farm_is_a_name(
    text: str, quotes: list[str]
) -> None:
    assert [q.text for q in extract_quotes(text).quotes if q.kind == "quote"] == quotes
