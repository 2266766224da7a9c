"""Person names in article text: finding them, their gender, their Russian nominative.

A capitalised word pair is taken for a person when its first word is a known first name
(in any Russian case), or when its last word has the shape of a Russian surname
(Badmazhapova, Гольдштейн is not, Беляков is). Russian names in an oblique case are put
back in the nominative from what the first name shows: "Бориса Белякова" is a genitive
masculine, so the surname loses its -а. Roles ("the head of ...", "губернатор ...") are
read from the words next to a name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from regreader.ingestion.regions import names_a_place
from regreader.text import fold, in_two_scripts, word_set

Gender = str  # 'm', 'f' or '' (unknown)

# Nominative first names. Latin spellings cover the usual transliterations.
_MALE_LATIN = """
Aleksandr Alexander Alexandr Aleksei Aleksey Alexey Alexei Albert Alik Anatoly Anatoliy
Andrei Andrey Anton Arkady Arkadiy Arsen Arseny Artem Artyom Artur Aslan Azat Airat Ayrat
Boris Bulat Daniil Danila Denis Dmitry Dmitri Dmitriy Eduard Egor Yegor Emil Evgeny Evgeniy
Yevgeny Fedor Fyodor Gennady Gennadiy Georgy Georgiy Gleb Grigory Grigoriy Igor Ildar Ilya
Ilshat Ivan Kirill Konstantin Leonid Lev Magomed Marat Mikhail Maxim Maksim Matvey Murat
Nikita Nikolai Nikolay Oleg Pavel Petr Pyotr Peter Radik Radiy Ramzan Rafael Renat Rinat
Roman Rostislav Ruslan Rustam Rustem Semyon Semen Sergei Sergey Shamil Stanislav Stepan
Taras Timur Timofey Vadim Valentin Valery Valeriy Vasily Vasiliy Viktor Victor Vitaly
Vitaliy Vladimir Vladislav Vsevolod Vyacheslav Yakov Yaroslav Yuri Yury Yuriy Zakhar
Akhmed Alan Ayrat Marsel Minnikhanov Rafail Robert Ravil Farid Khasan Anvar
John James Michael David Robert William Richard Thomas Charles Joseph Daniel Paul Mark
George Steven Kevin Brian Edward Jason Jeffrey Ryan Gary Eric Stephen Andrew Frank Scott
Xi Li Wang Narendra Recep Emmanuel Olaf Donald Joe Kassym-Jomart Alexander Ilham Nikol
Tom Tim Mike Chris Christopher Matthew Anthony Jonathan Benjamin Samuel Oliver Henry Jack
Harry Adam Simon Nick Nicholas Alex Ben Luke Martin Philip Patrick Sean Ian Neil Graham
Jeremy Hans Jan Lars Pierre Marco Ahmed Mohammed Arjun Wei Hiroshi Kenji
Filipp Bogdan Miron Savely Platon Yelisei Nazar Veniamin German Yefim Ignat Kuzma Luka Makar
Rodion Svyatoslav Tikhon Felix Eldar Aidar Artemy Erik Yan Ramil Rashid Salavat Shamil
Tolya Kolya Vanya Dima Seryozha Misha Petya Vasya Lyosha Alyosha Gena Vitya Volodya Vova
Yura Kostya Pasha Grisha Fedya Borya Styopa Valera Vlad Stas Gosha
Łukasz Lukasz Piotr Paweł Tomasz Krzysztof Marek Jakub Wojciech Tomáš Jiří Miloš Milos
Dragan Nikola Dušan Dusan Zoran Goran Jörg Joerg Friedrich Klaus Wolfgang Matthias Andreas
Markus Stefan Jürgen Juergen Dieter Karl Franz Josef Mehmet Ahmet Mustafa Hakan Burak
Ulugbek Sherzod Farkhod Farhod Dilshod Aibek Aybek Bakhtiyor Farrukh Jamshid Nodir Azamat
Bekzod Sanjar Alisher Ravshan Zafar Oybek Abdullo Firdavs
Laurent François Francois Jean Jacques Philippe Michel Louis Guillaume Nicolas Julien Étienne
Etienne Antoine Thierry Pascal Bernard Alain Didier Levan Giorgi Davit Zurab Irakli Nodar
Vakhtang Tamaz Gocha Mamuka Gasan Guseyn Huseyn Rasul Ramazan Gadzhi Khabib Kamil
Aisen Aysen Nyurgun Aital Aytal Erchim Michil Dyulustan Aiaal Ayaal
Irek Farit Ilfat Rifat Zufar Damir Ildus Fanis Ilnaz Ilnur Ilgiz
"""
_FEMALE_LATIN = """
Alexandra Alina Alla Anastasia Anna Antonina Daria Darya Diana Ekaterina Yekaterina Elena
Yelena Elvira Evgenia Galina Inna Irina Kristina Ksenia Kseniya Larisa Larissa Lidia Lilia
Liliya Lyubov Lyudmila Ludmila Margarita Maria Mariya Marina Nadezhda Natalia Natalya
Nataliya Nina Oksana Olga Polina Raisa Svetlana Sofia Sofya Tamara Tatiana Tatyana Ulyana
Valentina Valeria Varvara Vera Veronika Victoria Viktoria Yana Yulia Yuliya Julia Zhanna
Zarina Zoya Evelina Elvira Gulnara Aigul Alsu Dinara Leila Milana Taisiya Regina Albina
Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa Emily
Ursula Kamala Hillary Angela Christine Kristalina Emma Sophie Sophia Olivia Charlotte
Amelia Anne Claire Laura Rachel Rebecca Hannah Helen Kate Katherine Catherine Lucy Sara
Amy Jane Joanna Natasha Nadia Priya Mei Alyona Alena Alisa Angelina Arina Vasilisa
Violetta Dina Eva Yelizaveta Elizaveta Zlata Karina Kira Maya Olesya Snezhana Faina Emilia
Elmira Guzel
Olya Tanya Katya Masha Anya Galya Valya Nadya Sonya Varya Dasha Nastya Vika Zina Lida
Yulya Lera Ksyusha Ira Lyuba
Katharina Milica Jelena Ivana Ana Katarzyna Agnieszka Magdalena Małgorzata Lenka Petra
Tereza Marta Monika Sabine Birgit Heike Katrin Ayşe Ayse Fatma Zeynep Elif
Mavlyuda Dilnoza Gulnora Nigora Malika Shakhnoza Feruza Gulnara Aigerim Aizhan
Marie Isabelle Camille Céline Celine Nathalie Chantal Brigitte Amélie Amelie Nino Tamar
Ketevan Manana Patimat Zarema Madina Aminat Khadizhat Asiyat Zaynab Maryam
Sardaana Sardana Tuyaara Tuyara Aiyyna Aitalina Aytalina Sakhayana Nyurguyana Kyunnei Saina
Aliya Gulnaz Rezeda Alfiya Zulfiya Gulfiya Gulnur Ruzilya
"""
_MALE_CYRILLIC = """
Александр Алексей Альберт Анатолий Андрей Антон Аркадий Арсений Артём Артем Артур Аслан
Азат Айрат Борис Булат Вадим Валентин Валерий Василий Виктор Виталий Владимир Владислав
Всеволод Вячеслав Геннадий Георгий Глеб Григорий Данила Даниил Денис Дмитрий Евгений
Егор Иван Игорь Ильдар Ильшат Илья Кирилл Константин Лев Леонид Магомед Максим Марат
Матвей Михаил Мурат Никита Николай Олег Павел Пётр Петр Радий Радик Рамзан Ренат Ринат
Роман Ростислав Руслан Рустам Рустем Семён Семен Сергей Станислав Степан Тарас Тимур
Тимофей Фёдор Федор Эдуард Эмиль Юрий Яков Ярослав Захар Ахмед Алан Марсель Равиль Фарид
Анвар Рафаэль Рафаиль Роберт Марк Филипп Богдан Мирон Савелий Арсен Платон Давид Демид
Елисей Назар Прохор Вениамин Герман Ефим Игнат Кузьма Лука Фома Савва Макар Мирослав Родион
Святослав Тихон Трофим Феликс Эльдар Айдар Артемий Эрик Ян Рамиль Рашид Салават Тагир Шамиль
Ильнур Айнур Ильгиз Альфред Владлен Леон Гавриил Ефрем Аким Нестор Марко Бруно Марио
Антонио Пабло Паоло Отто Франко Хуго Гуго Ренато Серджо Фабио Альдо Лоренцо Отар Гиорги
Абдулла Муса Иса
Гаврил Гаврила Иннокентий Афанасий Прокопий Никифор Архип Викентий Евдоким Нюргун Айсен
Айаал Бато Жаргал Чингис Доржо
Толя Коля Ваня Дима Серёжа Сережа Миша Петя Вася Лёша Леша Алёша Алеша Гена Витя Володя
Вова Юра Костя Паша Гриша Федя Боря Стёпа Валера Влад Стас Гоша
Лукаш Томаш Кшиштоф Марек Якуб Войцех Милош Драган Никола Душан Зоран Горан Йорг Фридрих
Клаус Вольфганг Маттиас Андреас Маркус Штефан Юрген Дитер Карл Франц Йозеф Мехмет Ахмет
Мустафа Хакан Бурак
Улугбек Шерзод Фарход Дильшод Айбек Бахтиёр Бахтиер Фаррух Джамшед Жамшид Нодир Азамат Бекзод
Санжар Алишер Равшан Зафар Ойбек Абдулло Фирдавс
Лоран Жан Жак Мишель Гийом Жюльен Этьен Антуан Тьерри Паскаль Бернар Ален Леван Давит Зураб
Ираклий Нодар Вахтанг Тамаз Гоча Мамука Гасан Гусейн Расул Рамазан Гаджи Хабиб Саид Камиль
Айтал Эрчим Мичил Дьулустан
Ирек Фарит Ильфат Рифат Раиль Зуфар Дамир Ильдус Фанис Ильназ
"""
_FEMALE_CYRILLIC = """
Александра Алина Алла Анастасия Анна Антонина Валентина Валерия Варвара Вера Вероника
Виктория Галина Дарья Диана Евгения Екатерина Елена Жанна Зарина Зоя Инна Ирина Кристина
Ксения Лариса Лидия Лилия Любовь Людмила Маргарита Марина Мария Милана Надежда Наталья
Наталия Нина Оксана Ольга Полина Раиса Светлана Софья София Тамара Татьяна Ульяна Юлия
Яна Эльвира Гульнара Айгуль Алсу Динара Лейла Регина Альбина Эвелина Таисия Алёна Алена
Алиса Ангелина Арина Василиса Виолетта Дина Ева Елизавета Злата Карина Кира Майя Олеся
Снежана Стефания Фаина Эмилия Элина Эльмира Зульфия Гузель Лиана Анжелика Римма Нелли Нино
Айсылу Гульсу Энже Ляйсан Чулпан Миляуша Гульшат
Роза Зинаида Клавдия Эльза Инга Агния Серафима Евдокия Пелагея Прасковья Марфа Аксинья
Нонна Лада Влада Элеонора Сабина Амина Сардана Сардаана Туйаара Туяра Айаана Саргылана
Дулма Долгор Сэсэг
Оля Таня Катя Маша Аня Галя Валя Надя Соня Варя Даша Настя Вика Зина Лида Юля Лера Ксюша
Наташа Ира Люба
Катарина Милица Йелена Катажина Агнешка Магдалена Малгожата Ленка Тереза Марта Моника
Сабине Биргит Хайке Катрин Фатма
Мавлюда Дильноза Гулнора Нигора Малика Шахноза Феруза Айгерим Айжан
Изабель Камилла Селин Натали Кетеван Манана Патимат Зарема Хадижат Мадина Аминат Асият Сакинат
Написат Зайнаб Марьям
Айыына Айталина Сахаяна Нюргуяна Саина Кюннэй
Алия Гульназ Резеда Альфия Розалия Гульфия Гульнур Рузиля
"""
# Men's names (and the familiar forms of them) that decline like a woman's, folded (ё as е).
_MALE_IN_A = word_set(
    "никита илья данила кузьма фома лука савва абдулла муса иса гаврила толя коля ваня дима "
    "сережа миша петя вася леша алеша гена витя володя вова юра костя паша гриша федя боря "
    "степа валера гоша"
    " никола мустафа гоча мамука"
)
_FLEETING = {"павел": "павл", "лев": "льв", "пётр": "петр", "петр": "петр"}

NOMINATIVE, GENITIVE, DATIVE, ACCUSATIVE, INSTRUMENTAL, PREPOSITIONAL = range(6)


@dataclass(frozen=True)
class FirstName:
    nominative: str
    gender: Gender
    case: int


def _cyrillic_forms(name: str, gender: Gender) -> dict[str, int]:
    """Every case form of a Russian first name (folded) -> the case it shows."""
    low = fold(name)
    forms: dict[str, int] = {low: NOMINATIVE}

    def add(stem: str, endings: tuple[str, str, str, str, str]) -> None:
        for case, ending in zip(
            (GENITIVE, DATIVE, ACCUSATIVE, INSTRUMENTAL, PREPOSITIONAL), endings, strict=True
        ):
            forms.setdefault(stem + ending, case)

    if low.endswith("ия"):
        add(low[:-2], ("ии", "ии", "ию", "ией", "ии"))
    elif low.endswith(("ья", "я")):
        add(low[:-1], ("и", "е", "ю", "ей", "е"))
    elif low.endswith("а"):
        stem = low[:-1]
        soft = stem[-1:] in "гкхжшчщ"
        hushing = stem[-1:] in "жшчщц"
        add(stem, ("и" if soft else "ы", "е", "у", "ей" if hushing else "ой", "е"))
    elif low == "любовь":
        add("любов", ("и", "и", "ь", "ью", "и"))
    elif low.endswith("ий"):
        add(low[:-1], ("я", "ю", "я", "ем", "и"))
    elif low.endswith(("й", "ь")):
        add(low[:-1], ("я", "ю", "я", "ем", "е"))
    elif gender == "m":
        stem = _FLEETING.get(low, low)
        add(stem, ("а", "у", "а", "ом", "е"))
    return forms


@lru_cache(maxsize=1)
def _first_names() -> dict[str, FirstName]:
    table: dict[str, FirstName] = {}
    for words, gender in ((_MALE_LATIN, "m"), (_FEMALE_LATIN, "f")):
        for word in words.split():
            table.setdefault(fold(word), FirstName(word, gender, NOMINATIVE))
    for words, gender in ((_MALE_CYRILLIC, "m"), (_FEMALE_CYRILLIC, "f")):
        for word in words.split():
            actual = "m" if fold(word) in _MALE_IN_A else gender
            for form, case in _cyrillic_forms(word, actual).items():
                table.setdefault(form, FirstName(word, actual, case))
    return table


def _indeclinable(name: FirstName) -> bool:
    """A woman's first name that keeps its form in every case ('Айгуль', 'Алсу')."""
    return name.gender == "f" and not fold(name.nominative).endswith(("а", "я"))


def first_name(word: str) -> FirstName | None:
    known = _first_names().get(fold(word))
    if known is not None and known.case == NOMINATIVE and known.nominative != word:
        # 'Артем Логинов' stays as the text spells it, not 'Артём' as the list does.
        return FirstName(word[:1].upper() + word[1:].lower(), known.gender, known.case)
    return known


@lru_cache(maxsize=1)
def _feminine_or_oblique() -> frozenset[str]:
    """Forms that are a woman's name and a case of a man's ('Валентина', 'Александра')."""
    table = _first_names()
    return frozenset(
        fold(word)
        for word in _FEMALE_CYRILLIC.split()
        if (known := table.get(fold(word))) is not None and known.gender == "m"
    )


# Words after which a name stands in an oblique case: 'по словам Александра Петрова',
# 'у Валентина Кыркалова', 'встреча министра Александра Петрова'.
_OBLIQUE_BEFORE = word_set(
    "словам мнению оценке оценкам подсчётам подсчетам у для от без из до после около кроме"
    " против вместо "
    "главы министра губернатора директора председателя заместителя мэра руководителя "
    "депутата сенатора начальника представителя президента ректора советника помощника "
    "замминистра вице-губернатора"
)


def as_introduced(word: str) -> FirstName | None:
    """A first name standing alone where someone is introduced ('пенсионерка Валентина,
    71 год'): a woman's nominative where the form is also a man's oblique case."""
    given = first_name(word)
    if given is not None and given.gender == "m" and fold(word) in _feminine_or_oblique():
        return FirstName(word, "f", NOMINATIVE)
    return given


def _woman_too(mention: NameMention, written: str) -> bool:
    """Whether a man's name read in an oblique case is written as a woman's name too:
    'Валентина Кыркалова' is 'Валентин Кыркалов' in the genitive, or a woman."""
    words = written.split()
    return (
        mention.gender == "m"
        and len(words) == 2
        and fold(words[0]) in _feminine_or_oblique()
        and (
            _FEMALE_SURNAME_RE.search(fold(words[1])) is not None
            # 'Яна Кравченко': a surname that never declines leaves it to the words before.
            or _UNDECLINED_SURNAME_RE.search(fold(words[1])) is not None
        )
    )


_UNDECLINED_SURNAME_RE = re.compile(r"(?:ко|их|ых|аго|яго)$")


def _read_in_context(text: str, mention: NameMention) -> NameMention:
    """'говорит Валентина Кыркалова': a woman, unless the word before wants the genitive
    ('по словам Валентина Кыркалова')."""
    before = text[max(0, mention.start - 30) : mention.start].split()
    if before and fold(before[-1]).strip(",") in _OBLIQUE_BEFORE:
        return mention
    words = text[mention.start : mention.end].split()
    return NameMention(mention.start, mention.end, " ".join(words), words[1], "f", True)


# Words after which a name can only be in the genitive ('министра' may be the genitive
# in 'заместитель министра Туяна Дашиева' itself).
GENITIVE_BEFORE = word_set(
    "словам мнению оценке оценкам подсчётам подсчетам подписью у для от без из до после около"
    " кроме против вместо"
)


def _wants_the_genitive(text: str, start: int) -> bool:
    before = text[max(0, start - 30) : start].split()
    return bool(before) and fold(before[-1]).strip(",") in GENITIVE_BEFORE


def unknown_man_in_the_genitive(mention: NameMention, written: str) -> NameMention:
    """'по словам Залима Кушхова', 'за подписью Т.Г. Абдуллина', 'по словам директора
    компании Евгения Сорокина': where the name must be in the genitive, initials, a first
    name the list lacks or one that is a man's genitive as well as a woman's name, and a
    surname in -ова, are a man's, not a woman's nominative (hers would be 'Залимы
    Кушховой', 'Т.Г. Абдуллиной', 'Евгении Сорокиной')."""
    words = written.split()
    if len(words) != 2 or not _is_cyrillic(words[1]):
        return mention
    given, surname = words
    known = first_name(given)
    his_genitive = known is not None and fold(given) in _feminine_or_oblique()
    if (
        not given.endswith(".")
        and not his_genitive
        and (known is not None or not _is_cyrillic(given))
    ):
        return mention
    if not _FEMALE_SURNAME_RE.search(fold(surname)):
        return mention
    nominative = surname_nominative(surname, "m", GENITIVE)
    first = known.nominative if his_genitive else _unlisted_first_name_nominative(given)
    return NameMention(mention.start, mention.end, f"{first} {nominative}", nominative, "m", True)


def _initials_after_an_oblique_role(text: str, mention: NameMention, initials: str) -> NameMention:
    """'письмо, подписанное заместителем министра И.В. Колобовой', 'встретился с министром
    И.И. Петровым', 'позвонили директору школы Т.А. Зуеву': after a role in the
    instrumental or dative, initials and a surname in that case ('Луговой' or 'Петровым'
    standing alone may be a man's nominative)."""
    surname, gender = _surname_in_the_nominative(mention.surname, "")
    if not gender:
        return mention
    words = text[max(0, mention.start - _ROLE_LOOKBACK) : mention.start].split()
    # The role's complement may stand between: 'заместителем министра транспорта'.
    heads = [fold(word) for word in words[-_COMPLEMENT_WORDS:] if _is_role_word(fold(word))]
    if not heads or not heads[0].endswith(_INSTRUMENTAL_OR_DATIVE_ENDINGS):
        return mention
    return replace(mention, name=f"{initials} {surname}", surname=surname, gender=gender)


_INSTRUMENTAL_OR_DATIVE_ENDINGS = ("ем", "ом", "ой", "ей", "у", "ю")
_MANS_INSTRUMENTAL_RE = re.compile("(?:ов|ев|ёв|ин|ын)ым$")
_ROLE_LOOKBACK = 80
_COMPLEMENT_WORDS = 4


def _unlisted_first_name_nominative(given: str) -> str:
    """A man's first name the list lacks, from its genitive: 'Залима' -> 'Залим', 'Наиля'
    -> 'Наиль', 'Бадмая' -> 'Бадмай'; 'Хизри', 'Али' and initials do not decline."""
    low = fold(given)
    if low.endswith("а"):
        return given[:-1]
    if low.endswith("я") and len(low) > 2:
        return given[:-1] + ("й" if low[-2] in _VOWELS else "ь")
    return given


# A patronymic's ending shows the gender and case of the whole name.
_PATRONYMIC_FORMS: tuple[tuple[str, Gender, int], ...] = (
    ("ичем", "m", INSTRUMENTAL), ("ича", "m", GENITIVE), ("ичу", "m", DATIVE),
    ("иче", "m", PREPOSITIONAL), ("ич", "m", NOMINATIVE), ("вной", "f", INSTRUMENTAL),
    ("вны", "f", GENITIVE), ("вне", "f", DATIVE), ("вну", "f", ACCUSATIVE),
    ("вна", "f", NOMINATIVE),
    # 'Ильинична', 'Никитична', 'Кузьминична': a woman's patronymic in -ична.
    ("ичной", "f", INSTRUMENTAL), ("ичны", "f", GENITIVE), ("ичне", "f", DATIVE),
    ("ичну", "f", ACCUSATIVE), ("ична", "f", NOMINATIVE),
)  # fmt: skip
_FEMALE_OBLIQUE_SURNAME_RE = re.compile(r"(?:ов|ев|ёв|ин|ын|ск|цк)ой$")


def in_female_oblique_case(surname: str) -> bool:
    """'Алиевой', 'Белой'... 'Сивцевой': a woman's surname in the genitive, dative,
    instrumental or prepositional (`surname` case-folded)."""
    return _FEMALE_OBLIQUE_SURNAME_RE.search(surname) is not None


_FEMALE_OBLIQUE_CASES = (GENITIVE, DATIVE, INSTRUMENTAL)
# (ending in the case, nominative ending) for first names outside the list, by gender.
_FIRST_NAME_ENDINGS: dict[tuple[Gender, int], tuple[tuple[str, str], ...]] = {
    ("m", GENITIVE): (("ия", "ий"), ("я", "й"), ("а", "")),
    ("m", ACCUSATIVE): (("ия", "ий"), ("я", "й"), ("а", ""), ("у", "а"), ("ю", "я")),
    ("m", DATIVE): (("ию", "ий"), ("ю", "й"), ("у", "")),
    ("m", INSTRUMENTAL): (("ием", "ий"), ("ем", "й"), ("ом", "")),
    ("m", PREPOSITIONAL): (("ии", "ий"), ("е", "")),
    ("f", GENITIVE): (("ии", "ия"), ("ы", "а"), ("и", "а")),
    ("f", DATIVE): (("ии", "ия"), ("е", "а")),
    ("f", ACCUSATIVE): (("ию", "ия"), ("ю", "я"), ("у", "а")),
    ("f", INSTRUMENTAL): (("ией", "ия"), ("ой", "а"), ("ей", "я")),
    ("f", PREPOSITIONAL): (("ии", "ия"), ("е", "а")),
}


def _as_read_by_patronymic(word: str, known: FirstName, patronymic: str) -> FirstName:
    """'Валентина Ивановна': the patronymic shows a woman where the first name alone read
    as a man's genitive ('Валентина' of 'Валентин')."""
    low = fold(patronymic)
    reading = next(((g, c) for end, g, c in _PATRONYMIC_FORMS if low.endswith(end)), None)
    if reading is not None and reading[0] == "m" and _indeclinable_man(known):
        # 'учителя Гаджи Магомедовича Абакарова': the patronymic shows the case the first
        # name cannot.
        return FirstName(known.nominative, "m", reading[1])
    if reading is None or reading[0] != "f" or fold(word) not in _feminine_or_oblique():
        return known
    return FirstName(word, "f", reading[1])


def _indeclinable_man(name: FirstName) -> bool:
    """A man's first name that keeps its form in every case ('Гаджи', 'Али', 'Отто')."""
    return name.gender == "m" and fold(name.nominative)[-1:] in _INDECLINABLE_ENDINGS


_INDECLINABLE_ENDINGS = frozenset("иоуеэю")


# A first name in -у/-ю before a surname in -ова/-ина: a man's name in the accusative.
_MALE_ACCUSATIVE_PAIR_RE = re.compile(r"..[ую] \w+(?:ова|ева|ёва|ина|ына)$")


def inferred_first_name(word: str, following: str) -> FirstName | None:
    """A Russian first name the list lacks (Ильнур, Зарема), read from the word after it:
    a patronymic ('Ильнура Рашитовича') or a feminine surname in an oblique case
    ('Заремы Алиевой-Гасановой') shows the gender and case of the whole name."""
    low = fold(following)
    if _is_kazakh_patronymic(low):
        return FirstName(word, "m", NOMINATIVE)  # 'Daniyar Serikuly', 'Нурлан Сапарбекулы'
    if not _is_cyrillic(word) and not _is_cyrillic(following) and is_patronymic(following):
        # 'Sardana Innokentyevna Okhlopkova': English text gives the nominative only.
        return FirstName(word, "f" if low.endswith("a") else "m", NOMINATIVE)
    if not (_is_cyrillic(word) and _is_cyrillic(following)):
        return None
    found = next(((g, c) for end, g, c in _PATRONYMIC_FORMS if low.endswith(end)), None)
    if found is None and _MALE_ACCUSATIVE_PAIR_RE.search(f"{fold(word)} {low}"):
        found = ("m", ACCUSATIVE)  # 'застал Абдуллу Магомедова': a woman's would be -ову
    if found is None and in_female_oblique_case(low):
        found = ("f", GENITIVE)  # all oblique cases of -ова end in -овой but the accusative
        if fold(word).endswith(("у", "ю")):
            return None  # 'Смену Чупровой никто не подменяет': an accusative, not her name
    if found is None:
        return None
    gender, case = found
    # '-овой' is the genitive, dative, instrumental or prepositional: the first name's own
    # ending tells which ('Заремы', 'Зареме', 'Заремой').
    cases = _FEMALE_OBLIQUE_CASES if found == ("f", GENITIVE) else (case,)
    for each in cases:
        for ending, nominative in _FIRST_NAME_ENDINGS.get((gender, each), ()):
            if fold(word).endswith(ending) and len(word) > len(ending) + 1:
                return FirstName(word[: len(word) - len(ending)] + nominative, gender, each)
    return FirstName(word, gender, case)


# --- surnames -----------------------------------------------------------------------

_SURNAME_LATIN_RE = re.compile(
    r"(?:ov|ev|yov|in|yn|sky|skiy|skii|ski|skoy|ova|eva|ina|yna|skaya|aya|enko|chenko|uk|yuk"
    r"|ich|vich|dze|shvili|yan|ian|ov-\w+|ev-\w+)$"
)
_SURNAME_CYRILLIC_RE = re.compile(
    r"(?:ов|ев|ёв|ин|ын|ский|цкий|ской|ова|ева|ёва|ина|ына|ская|цкая|енко|ук|юк|ич|дзе"
    r"|швили|ян|ых|их)$"
)
_FEMALE_SURNAME_RE = re.compile(r"(?:ova|eva|ina|yna|skaya|aya|ова|ева|ёва|ина|ына|ская|цкая)$")
_MALE_SURNAME_RE = re.compile(r"(?:ov|ev|in|yn|sky|skiy|ов|ев|ёв|ин|ын|ский|цкий|ской)$")


def looks_like_surname(word: str) -> bool:
    low = word.casefold()
    return bool(_SURNAME_LATIN_RE.search(low) or _SURNAME_CYRILLIC_RE.search(low))


def surname_gender(word: str) -> Gender:
    low = word.casefold()
    if _FEMALE_SURNAME_RE.search(low):
        return "f"
    if _MALE_SURNAME_RE.search(low):
        return "m"
    return ""


# (oblique ending, nominative ending) by case, for masculine and feminine surnames.
_MALE_SURNAME_CASES: dict[int, tuple[tuple[str, str], ...]] = {
    GENITIVE: (("ского", "ский"), ("цкого", "цкий"), ("ого", "ой"), ("ова", "ов"),
               ("ева", "ев"), ("ёва", "ёв"), ("ина", "ин"), ("ына", "ын"), ("его", "ий")),
    DATIVE: (("скому", "ский"), ("цкому", "цкий"), ("ому", "ой"), ("ову", "ов"),
             ("еву", "ев"), ("ёву", "ёв"), ("ину", "ин"), ("ыну", "ын"), ("ему", "ий")),
    INSTRUMENTAL: (("ским", "ский"), ("цким", "цкий"), ("овым", "ов"), ("евым", "ев"),
                   ("ёвым", "ёв"), ("иным", "ин"), ("ыным", "ын"), ("ым", "ой")),
    PREPOSITIONAL: (("ском", "ский"), ("цком", "цкий"), ("ове", "ов"), ("еве", "ев"),
                    ("ёве", "ёв"), ("ине", "ин"), ("ыне", "ын"), ("ом", "ой")),
}  # fmt: skip
_MALE_SURNAME_CASES[ACCUSATIVE] = _MALE_SURNAME_CASES[GENITIVE]
# The last pair of each: other adjectival surnames ('Ольги Белой', 'Марине Лесной').
_FEMALE_SURNAME_CASES: dict[int, tuple[tuple[str, str], ...]] = {
    case: (("ской", "ская"), ("цкой", "цкая"), ("овой", "ова"), ("евой", "ева"),
           ("ёвой", "ёва"), ("иной", "ина"), ("ыной", "ына"), ("ой", "ая"))
    for case in (GENITIVE, DATIVE, INSTRUMENTAL, PREPOSITIONAL)
}  # fmt: skip
_FEMALE_SURNAME_CASES[ACCUSATIVE] = (
    ("скую", "ская"), ("цкую", "цкая"), ("ову", "ова"), ("еву", "ева"), ("ину", "ина"),
    ("ую", "ая"),
)  # fmt: skip
# Masculine surnames without a typical suffix (Гольдштейн): consonant stem + case ending.
_MALE_PLAIN_ENDINGS = {GENITIVE: "а", DATIVE: "у", ACCUSATIVE: "а", INSTRUMENTAL: "ом",
                       PREPOSITIONAL: "е"}  # fmt: skip
_PATRONYMIC_CASES = {
    "m": (("ича", "ич"), ("ичу", "ич"), ("ичем", "ич"), ("иче", "ич")),
    "f": (
        ("вны", "вна"),
        ("вне", "вна"),
        ("вну", "вна"),
        ("вной", "вна"),
        ("ичны", "ична"),
        ("ичне", "ична"),
        ("ичну", "ична"),
        ("ичной", "ична"),
    ),
}
# Every case: 'Петровны', 'Ильиничной' too; and the few men's patronymics in -ич alone
# ('Андрей Кузьмич Попов').
_PATRONYMIC_STEMS = ("ович", "евич", "ьич", "кузьмич", "фомич", "лукич", "никитич")
_PATRONYMIC_ENDINGS = (
    *(stem + ending for stem in _PATRONYMIC_STEMS for ending in ("", "а", "у", "ем", "е")),
    *(stem + ending for stem in ("овн", "евн", "ичн") for ending in ("а", "ы", "е", "у", "ой")),
    "ovich", "evich", "ovna", "evna", "ichna",
    # The few in -ich alone, transliterated: 'Pyotr Ilyich', 'Andrei Kuzmich'.
    "yich", "ilich", "kuzmich", "fomich", "lukich", "nikitich",
)  # fmt: skip


def _restore_case(word: str, lower: str, nominative_ending: str, cut: int) -> str:
    """Replace the last `cut` letters of `word` by `nominative_ending`, keeping capitals."""
    stem = word[: len(word) - cut]
    if word.isupper():
        return stem + nominative_ending.upper()
    return stem + nominative_ending


def surname_nominative(word: str, gender: Gender, case: int) -> str:
    """The nominative of a Russian surname seen in `case` for a person of `gender`."""
    if case == NOMINATIVE or not _is_cyrillic(word):
        return word
    if "-" in word:  # both parts decline: 'Алиевой-Гасановой', 'Римского-Корсакова'
        return "-".join(surname_nominative(part, gender, case) for part in word.split("-"))
    low = word.casefold()
    table = (_FEMALE_SURNAME_CASES if gender == "f" else _MALE_SURNAME_CASES).get(case, ())
    for oblique, nominative in table:
        if low.endswith(oblique):
            return _restore_case(word, low, nominative, len(oblique))
    if gender == "m":
        ending = _MALE_PLAIN_ENDINGS.get(case, "")
        if ending and low.endswith(ending) and len(low) > len(ending) + 2:
            stem = low[: -len(ending)]
            if stem[-1] not in "аеёиоуыэюяь" and not looks_like_surname(stem + "а"):
                return word[: -len(ending)]
        if case == GENITIVE and low.endswith("ы") and len(low) > 3 and low[-2] not in _VOWELS:
            # 'губернатора Ильи Середы': a man's surname in -а declines as a noun does.
            return _restore_case(word, low, "а", 1)
        return _soft_surname_nominative(word, low, case) or word
    return word


def nominative_the_text_shows(text: str, mention: NameMention) -> NameMention:
    """'Игоря Ланского', 'с Сергеем Трубецким': a man's adjectival surname in an oblique
    case is -ский's or -ской's alike. Where the text has the -ской form standing alone and
    no woman bears it ('Сам Ланской ответил'), that is his nominative (a man's -ский never
    takes that form)."""
    surname = mention.surname
    if mention.gender != "m" or not surname.endswith(("ский", "цкий")):
        return mention
    if not mention.name.endswith(surname) or text[mention.start : mention.end].endswith(surname):
        return mention  # the nominative as written
    shown = surname[:-2] + "ой"
    women = re.compile(rf"(?<![\w-]){re.escape(surname[:-2])}(?:ая|ую)(?![\w-])")
    if women.search(text) or not any(
        not _named_woman_before(text, match.start())
        for match in re.finditer(rf"(?<![\w-]){re.escape(shown)}(?![\w-])", text)
    ):
        return mention
    return replace(mention, name=mention.name[: -len(surname)] + shown, surname=shown)


def _named_woman_before(text: str, position: int) -> bool:
    """Whether a woman's first name stands right before `position` ('с Анной Ланской')."""
    before = _WORD_BEFORE_RE.search(text, max(0, position - 24), position - 1)
    given = first_name(before.group()) if before is not None else None
    return given is not None and given.gender == "f"


# A man's surname that declines as a soft noun: 'Олега Лебедя', 'Олегу Лебедю' (Лебедь),
# 'Игоря Соловья' (Соловей, its е dropped), 'Гайдаем' (Гайдай).
_SOFT_MALE_ENDINGS = {GENITIVE: ("я",), ACCUSATIVE: ("я",), DATIVE: ("ю",),
                      INSTRUMENTAL: ("ём", "ем")}  # fmt: skip


def _soft_surname_nominative(word: str, low: str, case: int) -> str | None:
    ending = next((e for e in _SOFT_MALE_ENDINGS.get(case, ()) if low.endswith(e)), None)
    if ending is None or len(low) < len(ending) + 4:
        return None
    stem = low[: -len(ending)]
    cut = len(ending)
    if stem.endswith("ь") and stem[-2] not in _VOWELS:
        return _restore_case(word, low, "ей", cut + 1)  # Соловья, Воробью
    if stem[-1] in "аеоуэ":
        return _restore_case(word, low, "й", cut)  # Гайдая, Кочубеем
    if stem[-1] in _VOWELS or stem[-1] == "ь" or ending == "ём":
        return None
    if stem[-1] in "жшчщц":
        return _restore_case(word, low, "", cut) if ending == "ем" else None  # Головачем
    return _restore_case(word, low, "ь", cut)  # Лебедя, Гоголю, Лебедем


_VOWELS = frozenset("аеёиоуыэюя")


def patronymic_nominative(word: str, gender: Gender) -> str:
    if not _is_cyrillic(word):
        return word
    low = word.casefold()
    for oblique, nominative in _PATRONYMIC_CASES.get(gender, ()):
        if low.endswith(oblique):
            return _restore_case(word, low, nominative, len(oblique))
    return word


def is_patronymic(word: str) -> bool:
    low = word.casefold()
    return low.endswith(_PATRONYMIC_ENDINGS) or _is_kazakh_patronymic(low)


def _is_kazakh_patronymic(low: str) -> bool:
    """'Сапарбекулы', 'Serikuly': a father's name and 'улы' (son of) written as one word;
    long enough not to be 'July' or 'truly'."""
    return low.endswith(("улы", "uly")) and len(low) >= _KAZAKH_PATRONYMIC_MIN


_KAZAKH_PATRONYMIC_MIN = 7


_CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")


def _is_cyrillic(word: str) -> bool:
    return bool(_CYRILLIC_RE.search(word))


def surname_matches(token: str, surname: str) -> bool:
    """Whether `token` is `surname` in some case form (Белякова / Беляковым for Беляков)."""
    a, b = fold(token), fold(surname)
    if a == b:
        return True
    if not _is_cyrillic(a) or len(b) < 3:
        return False
    if b.endswith(("ая", "ий", "ой", "ый")):
        b = b[:-2]
    elif b.endswith(("а", "я")):
        b = b[:-1]
    return a.startswith(b) and len(a) - len(b) <= 3


def one_family(first: str, second: str) -> bool:
    """Whether two surnames are one family's: the same, or the man's and the woman's form
    (Сорокин and Сорокина; Sorokin and Sorokina, Trubetskoy and Trubetskaya)."""
    if surname_matches(first, second) and surname_matches(second, first):
        return True
    a, b = fold(first), fold(second)
    return any(
        woman.endswith(hers) and woman[: -len(hers)] + his == man
        for man, woman in ((a, b), (b, a))
        for hers, his in _LATIN_FAMILY_ENDINGS
    )


# (the woman's ending, the man's) of a transliterated surname.
_LATIN_FAMILY_ENDINGS = (
    ("ova", "ov"), ("eva", "ev"), ("yova", "yov"), ("ina", "in"), ("yna", "yn"),
    ("skaya", "sky"), ("skaya", "skiy"), ("skaya", "skii"), ("skaya", "skoy"),
    ("aya", "oy"), ("aya", "iy"), ("aya", "yy"),
)  # fmt: skip


# --- finding names --------------------------------------------------------------------

# Words that start with a capital but never begin a person's name.
_NOT_NAME_TEXT = """
both два две оба обе три трое двое

The A An In On At By For With From To Of And Or But This That These Those It Its He She
They We I You His Her Their Our My Your Mr Mrs Ms Dr Prof Sir Lord Saint St After Before
During Under Over About Between Among Through Today Yesterday Tomorrow Now Then When While
Also However Meanwhile Moreover Still Yet So Thus Hence As If Although Though Since
Because Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March
April May June July August September October November December Russia Russian Moscow
Kremlin Region Regional Territory Krai Oblast Republic Ministry Minister Governor Director
Head Center Centre Council Forum Agency University Association Government Federation
Federal State National Company Group Bank Fund Program Programme Project Park District
Street Avenue Prospekt Prospect Square Lane Road Boulevard Embankment Highway Bridge
River Lake Bay Sea Mountains Mountain Valley Island Islands Reservoir Dam Port Canal
North Northern South Southern East Eastern West Western Upper Lower Greater
City President Prime Deputy Chairman Mayor Senator General Chief Council Duma Assembly
Judge Colonel Major Lieutenant Sergeant Professor Dr Doctor Archpriest Father Captain В
Во На По С Со К Ко И А Но Или Для Из От До За При Про О Об Как Это Этот Эта Эти Он Она Они
Мы Я Вы Его Ее Её Их Наш Наша Себя Себе Собой Ему Ей Нам Мне Также Однако Кроме Сегодня Вчера
Завтра Сейчас Теперь Когда
Россия России Российской Москва Москвы Кремль Область Области Край Края Республика
Республики Министерство Министр Губернатор Глава Директор Правительство Президент
Председатель Мэр Департамент Управление Фонд Центр Компания Группа Банк Программа Проект
Совет Дума Форум Агентство Университет Ассоциация Федерация Федерального Власти Власть
Жители Эксперты Аналитики Депутаты Чиновники Officials Authorities Residents Experts
Сам Сама Сами Само Самого Самой Самому Himself Herself
Представитель Заместитель Руководитель Начальник Советник Помощник Депутат Сенатор Спикер
Ректор Уполномоченный Полпред Эксперт Аналитик Экономист Политолог Социолог Судья
Representative Spokesman Spokeswoman Spokesperson Adviser Advisor Commissioner Ambassador
Envoy Speaker Rector Professor Expert Analyst Economist What Which Who Whom Whose Where
Why How Что Кто Где Почему Зачем Какой Какая Какие
Позже Ранее Затем Потом Впрочем Поэтому Кстати Например Наконец Сначала Здесь Там Тут
Уже Зато Впоследствии Позднее Вскоре Однажды Later Earlier Here There Instead Indeed
Правительства Администрации Министерства Управления Департамента Думы Собрания Совета
Subsequently Afterwards Only Even Just Together
Тогда Только Лишь Даже Именно Вот Ещё Еще Вместе
Дочь Сын Жена Муж Вдова Мать Отец Брат Сестра Внук Внучка Дневник Письмо Записка Коллега
Коллеги Соратник Соратники Daughter Wife Husband Widow Mother Father Brother Sister Diary
Свидетель Свидетельница Подсудимый Подсудимая Обвиняемый Обвиняемая Адвокат Прокурор Witness
Компании Компанию Компанией Фирма Фирмы Фирме Фирму Фирмой Бригада Бригады Бригаде Бригаду
Семья Семьи Семье Семью Семьёй Команда Команды Команде Команду
Соседа Соседки Жителя Жительницы Охотник
Запрос Обращение Заявление Предложение Решение Позиция Инициатива Жалоба Иск Доклад Отчёт
Отчет Приказ Указ Распоряжение Законопроект Поправка Поправки Выступление Речь Слова Пост
Сообщение Статья Книга Идея Критика Отставка Назначение Победа Поражение
"""
# What someone is, opening a sentence before their first name: 'Мама третьеклассника
# Оксана', 'Соседка Шиловой' (none of them a first name itself).
PERSON_NOUN_OPENERS = (
    "Мама", "Папа", "Бабушка", "Дедушка", "Мать", "Отец", "Соседка", "Сосед", "Жительница",
    "Житель", "Пенсионерка", "Пенсионер", "Студентка", "Студент", "Школьница", "Школьник",
    "Медсестра", "Водитель", "Продавщица", "Продавец", "Волонтёр", "Волонтер", "Повар",
    "Учительница", "Воспитательница",
)  # fmt: skip
_NOT_NAME_WORDS = {fold(word) for word in (*_NOT_NAME_TEXT.split(), *PERSON_NOUN_OPENERS)}
# Ministries by their short names, in any case ('Минфина', 'Минтрансом'): no surname.
_MINISTRY_SHORT_NAMES = (
    "минфин", "минтранс", "минздрав", "минэконом", "минпромторг", "минсельхоз", "минприрод",
    "минстро", "минтруд", "минцифр", "минэнерг", "минобрнаук", "минпрос", "минкульт",
    "минспорт", "минвостокразвит", "минюст", "минобороны", "минкавказ", "минэк",
)  # fmt: skip

# Capital and small letters of names: Cyrillic, and Latin with the diacritics of Central
# European and other names written in their own spelling ('Łukasz Nowak', 'Dragan Jović',
# 'Jan Dvořák', 'Jörg Müller').
_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŸŹŻŽА-ЯЁ"
_LOWER = "a-zß-öø-ÿāăąćĉċčďđēĕėęěğģīįķĺļľłńņňōőœŕřśşšţťūůűųźżžа-яё"
# Lower-case runs are possessive (++): what follows them never starts with a lower-case
# letter, so giving letters back could not help a match, and each capitalised word that
# opens no name ("Currently,") fails at once instead of letter by letter.
_NAME_WORD = rf"[{_UPPER}][{_LOWER}]++(?:-[{_UPPER}][{_LOWER}]++)?(?:-[{_LOWER}]++)?"
# Arabic surnames keep their article in lower case: 'Ахмед аль-Мансури', 'Ahmed al-Mansouri'.
_PARTICLE_NAME_WORD = rf"(?:al|el|ad|as|ash|аль|эль|ад|ас|аш)-[{_UPPER}][{_LOWER}]++"
# A run of capitalised words separated by single spaces: the candidates for names.
# At least two words: a lone capitalised word is never a full name.
# The lookbehinds come after the first capital: a pattern that opens with a character
# class lets the regex engine skip straight to candidate positions.
# A run followed by 'области', 'края' ... ends in a region's adjective ('Свердловской
# области'), however much it looks like a surname: the run gives up that word.
_CAPITAL_RUN_RE = re.compile(
    rf"[{_UPPER}](?<![\w.-].)[{_LOWER}]++(?:-[{_UPPER}][{_LOWER}]++)?(?:-[{_LOWER}]++)?"
    rf"(?:[ \u00a0](?:{_NAME_WORD}|{_PARTICLE_NAME_WORD}))+(?![\w-])"
    r"(?![ \u00a0]+(?:област|кра[йяюе](?![а-яё])|район|округ|республик|губерни))"
)
# 'Б. Беляков', 'A.B. Smith'. The match opens at the first initial's dot (the initial is
# in the lookbehind): a pattern opening with a literal is found by a fast string search
# instead of a test at every capital. The mention starts one character before the match.
# An English transliteration may give one Russian letter as two: 'Yu. Bondarenko'.
_INITIALS_RE = re.compile(
    r"\.(?:(?<=(?<![\w.])[A-ZА-ЯЁ]\.)|(?<=(?<![\w.])(?:Yu|Ya|Ye|Yo|Zh|Kh|Ch|Sh|Ts)\.))"
    r"[ \u00a0]?(?:[A-ZА-ЯЁ]\.[ \u00a0]?)?"
    r"(?P<surname>[A-ZА-ЯЁ][a-zа-яё]{2,}(?:-[A-ZА-ЯЁ][a-zа-яё]+)?)(?![\w-])"
)
_WORD_IN_RUN_RE = re.compile(f"{_NAME_WORD}|{_PARTICLE_NAME_WORD}")


@dataclass(frozen=True)
class NameMention:
    """A person's name as it stands in the text, with its nominative form."""

    start: int
    end: int
    name: str  # nominative, as the text spells it ("Борис Беляков")
    surname: str  # nominative surname
    gender: Gender
    full: bool  # first name + surname (or initials + surname), not a surname alone


# What follows a name that an institution bears: 'Federal Center' in 'the N. Laverov
# Federal Center', 'State Technical University' in 'the Yuri Gagarin State ...'.
INSTITUTION_AFTER_NAME = (
    r"(?:[A-Z][\w-]*[ \u00a0]+){0,3}(?:University|Institute|Center|Centre|Museum"
    r"|Theatre|Theater|Hospital|School|Academy|Library|Street|Avenue|Prospekt|Square|Airport"
    r"|Prize|Award|Foundation|Fund|Park|Stadium|Arena|Station|Lyceum|Gymnasium|College"
    r"|Conservatory|Memorial|Bridge|Embankment|Cathedral|Hall)(?![\w-])"
)
# A name an institution bears, in a role: 'at the N. Laverov Federal Center', 'university
# named after A.N. Tupolev', 'университета имени Ю.А. Гагарина'.
_EPONYM_IN_TEXT_RE = re.compile(
    r"(?:named[ \u00a0]+(?:after|for)|имени|им\.)(?:[ \u00a0]*[A-ZА-ЯЁ][\w-]*\.?){1,3}"
    rf"|(?:[A-ZА-ЯЁ][\w-]*\.?[ \u00a0]*){{1,3}}(?=[ \u00a0]+{INSTITUTION_AFTER_NAME})"
)


def without_eponyms(text: str) -> str:
    """`text` with the names institutions bear taken out."""
    return _EPONYM_IN_TEXT_RE.sub(" ", text)


def contains_full_name(text: str) -> bool:
    """Whether `text` names a person in full (cheaper than listing the names)."""
    for run in _CAPITAL_RUN_RE.finditer(text):
        if _names_of_run(run.group()):
            return True
    return bool(_INITIALS_RE.search(text))


def find_full_names(text: str, unlisted: list[NameMention] | None = None) -> list[NameMention]:
    """First name (+ patronymic) + surname, and initials + surname, in text order.

    With `unlisted`, that list gets the two-word runs that no list reads as a name
    ('Zhang Wei, general manager of ...', 'министр ... республики Алдар Сат'): whoever
    calls may know from the words around them that they name a person (see
    `_unlisted_name`).
    """
    found: list[NameMention] = []
    before_particles: list[re.Match[str]] = []
    for run in _CAPITAL_RUN_RE.finditer(text):
        if text.startswith(_TURKIC_PARTICLE_OPENINGS, run.end()):
            before_particles.append(run)  # 'Рауф Эльдар' before ' оглы Мамедов'
        offset = run.start()
        couple = _couple(text, run) if run.group().endswith("ы") else None
        if couple:
            # 'Екатерина и Михаил Тарасовы'; the first name's run, read before as a name of
            # its own ('Николай Иванович'), is the couple's.
            taken = [(mention.start, mention.end) for mention in couple]
            found = [mention for mention in found if not _overlaps_any(mention, taken)]
            found.extend(couple)
            continue
        names = _names_of_run(run.group())
        if not names and unlisted is not None and _may_be_unlisted(text, run):
            candidate = _unlisted_name(text, run)
            if candidate is not None:
                unlisted.append(candidate)
        for start, end, name, surname, gender, woman_too in names:
            mention = NameMention(offset + start, offset + end, name, surname, gender, True)
            if _place_after_a_preposition(text, mention):
                continue  # 'ремонт участка у Заречья Мухин назвал': a place, then a surname
            if _owned_thing_before_surname(text, mention):
                continue  # 'whose Kokur Lavrov has praised': his wine, then the critic
            if woman_too:
                mention = _read_in_context(text, mention)
            elif gender == "f" and _wants_the_genitive(text, mention.start):
                mention = unknown_man_in_the_genitive(mention, text[mention.start : mention.end])
            found.append(mention)
    for match in _INITIALS_RE.finditer(text):
        surname = match.group("surname")
        if fold(surname) in _NOT_NAME_WORDS:
            continue
        initials = re.sub(r"\s+", "", body_initials(match))
        name = f"{initials} {surname}" if not initials.endswith(" ") else initials + surname
        mention = NameMention(
            _initials_start(match), match.end(), name, surname, surname_gender(surname), True
        )
        if mention.gender == "f" and _wants_the_genitive(text, mention.start):
            mention = unknown_man_in_the_genitive(mention, name)
        elif not mention.gender:
            mention = _initials_after_an_oblique_role(text, mention, initials)
        if not mention.gender and _MANS_INSTRUMENTAL_RE.search(surname):
            # 'встречи с Г.П. Сухоруковым': no nominative ends so.
            nominative = surname[:-2]
            mention = replace(
                mention, name=f"{initials} {nominative}", surname=nominative, gender="m"
            )
        found.append(mention)
    found.extend(_first_names_with_an_initial(text))
    # 'улицы Садовой Лукина Г.П.': the initials say where the name is; 'Рауф Эльдар оглы
    # Мамедов': the particle does.
    for certain in (
        _initials_after_surnames(text),
        _turkic_names(text, before_particles),
        _chinese_names(text),
    ):
        if certain:
            taken = [(mention.start, mention.end) for mention in certain]
            found = [m for m in found if not _overlaps_any(m, taken)]
            if unlisted:
                unlisted[:] = [m for m in unlisted if not _overlaps_any(m, taken)]
            found.extend(certain)
    found.sort(key=lambda mention: mention.start)
    return found


def _owned_thing_before_surname(text: str, mention: NameMention) -> bool:
    """Whether the word read as an unlisted first name follows an English possessive
    ('whose Kokur Lavrov has praised', 'her Lada Ivanov bought'): something owned, before
    the surname of someone else."""
    if mention.start < 3 or not _POSSESSIVE_BEFORE_RE.search(
        text, max(0, mention.start - 7), mention.start
    ):
        return False
    return first_name(text[mention.start : mention.end].split()[0]) is None


_POSSESSIVE_BEFORE_RE = re.compile(r"(?<![\w-])(?:whose|his|her|its|their|our|my|your)[ \u00a0]+$")


def _place_after_a_preposition(text: str, mention: NameMention) -> bool:
    """Whether a Russian preposition stands before words read as a name whose first word
    no list knows and whose surname is a man's nominative, which no preposition takes:
    'ремонт у Заречья Мухин назвал' is at a village, then Mukhin ('у Баира Доржиева' is a
    name)."""
    words = text[mention.start : mention.end].split()
    if len(words) != 2 or not _is_cyrillic(words[1]):
        return False
    if not _MALE_NOMINATIVE_SURNAME_RE.search(fold(words[1])):
        return False
    if not _PREPOSITION_BEFORE_RE.search(text, max(0, mention.start - 8), mention.start):
        return False
    return "." not in words[0] and first_name(words[0]) is None


_MALE_NOMINATIVE_SURNAME_RE = re.compile(r"(?:ов|ев|ёв|ин|ын|ский|цкий)$")


def _overlaps_any(mention: NameMention, spans: list[tuple[int, int]]) -> bool:
    return any(mention.start < end and start < mention.end for start, end in spans)


# Turkic patronymics: the father's name and a particle ('Рауф Эльдар оглы Мамедов', 'Лейла
# Ахмед кызы Алиева'), the surname after them or, in Kyrgyz usage, none ('Azamat
# Zholdoshbek uulu', then 'Zholdoshbek uulu said').
_TURKIC_PARTICLE_GENDERS = {
    "оглы": "m", "уулу": "m", "ogly": "m", "oglu": "m", "uulu": "m", "улы": "m", "uly": "m",
    "кызы": "f", "kyzy": "f", "qizi": "f",
}  # fmt: skip
_TURKIC_NAME_RE = re.compile(
    r"(?<![\w.-])(?P<first>[A-ZА-ЯЁ][a-zа-яё]+(?:-[A-ZА-ЯЁ][a-zа-яё]+)?)[ \u00a0]+"
    r"(?P<father>[A-ZА-ЯЁ][a-zа-яё]+)[ \u00a0]+"
    rf"(?P<particle>{'|'.join(_TURKIC_PARTICLE_GENDERS)})"
    r"(?:[ \u00a0]+(?P<surname>[A-ZА-ЯЁ][a-zа-яё]+(?:-[A-ZА-ЯЁ][a-zа-яё]+)?))?(?![\w-])"
)
# What follows a run of capitalised words that a particle ends: tested at each run's end
# (scanning every text for the eight particles cost 12 µs an article).
_TURKIC_PARTICLE_OPENINGS = tuple(
    f"{blank}{particle}" for blank in " \u00a0" for particle in _TURKIC_PARTICLE_GENDERS
)


def _turkic_names(text: str, before_particles: list[re.Match[str]]) -> list[NameMention]:
    """The names whose capitalised words (`before_particles`, runs a particle follows)
    end in a first name and a father's name."""
    found: list[NameMention] = []
    for run in before_particles:
        words = run.group().split()
        first_start = run.end() - len(words[-1]) - 1 - len(words[-2])
        match = _TURKIC_NAME_RE.match(text, first_start)
        if match is None:
            continue
        first, surname = match.group("first"), match.group("surname")
        if _word(first).not_name:
            continue  # 'Mr Zholdoshbek uulu': a mention of someone named before
        if surname is not None and (_word(surname).not_name or names_a_place(surname)):
            surname = None
        end = match.end("surname") if surname else match.end("particle")
        name = " ".join(text[match.start() : end].split())
        family = surname or f"{match.group('father')} {match.group('particle')}"
        gender = _TURKIC_PARTICLE_GENDERS[match.group("particle")]
        given = first_name(first)
        if surname is None and gender == "m" and given is not None and given.case != NOMINATIVE:
            # 'по словам Айбека Тургунбаева уулу': the first name's case is the father's
            # name's too; the particle does not decline.
            father = surname_nominative(match.group("father"), "m", given.case)
            family = f"{father} {match.group('particle')}"
            name = f"{given.nominative} {family}"
        found.append(NameMention(match.start(), end, name, family, gender, True))
    return found


# 'Гайнуллин Р.Ф.', 'Сидоркин В. А.': the surname first, as Russian documents write a
# name; found from the first initial's dot (a literal the engine jumps to), as
# _INITIALS_RE finds the usual order.
_INITIALS_AFTER_SURNAME_RE = re.compile(
    r"\.(?<=[а-яё][ \u00a0][А-ЯЁ]\.)[ \u00a0]?[А-ЯЁ]\.(?![\w-])"
)
_NEXT_WORD_RE = re.compile(r"[ \u00a0]?([А-ЯЁ][а-яё-]+)")
_SURNAME_BEFORE_RE = re.compile(r"(?<![\w.-])[А-ЯЁ][а-яё]{2,}(?:-[А-ЯЁ][а-яё]+)?$")


# 'супруги Екатерина и Михаил Тарасовы': two first names and their surname in the plural.
# Either name may carry a patronymic: 'Николай Иванович и Валентина Степановна Лаптевы'.
_COUPLE_RUN_RE = re.compile(
    r"(?P<second>[А-ЯЁ][а-яё]+)(?:[ \u00a0]+(?P<second_patronymic>[А-ЯЁ][а-яё]+(?:вна|чна)))?"
    r"[ \u00a0]+(?P<surname>[А-ЯЁ][а-яё]+(?:ов|ев|ёв|ин|ын))ы"
)
_FIRST_OF_COUPLE_RE = re.compile(
    r"(?<![\w-])(?P<first>[А-ЯЁ][а-яё]+)(?:[ \u00a0]+(?P<first_patronymic>[А-ЯЁ][а-яё]+вич))?"
    r"[ \u00a0]+и[ \u00a0]+$"
)


def _chinese_names(text: str) -> list[NameMention]:
    """'Zhang Hongwei said ... Zhang, 52, is': a Chinese surname, then a given name, in the
    order Chinese gives them (the surname is what an English text then calls him). Russian
    texts are left to the general reading: 'Ли' is a particle too."""
    if _CHINESE_SURNAME_PROBE_RE.search(text) is None:
        return []  # most texts: no such surname at all
    return [
        NameMention(match.start(), match.end(), match.group(), match.group("surname"), "", True)
        for match in _CHINESE_NAME_RE.finditer(text)
        if first_name(match.group("given")) is None
    ]


# Common Chinese surnames in pinyin (not the one- or two-letter ones that are English
# words: 'He', 'Ye', 'Ma').
_CHINESE_SURNAMES = (
    "Zhang|Wang|Liu|Chen|Yang|Huang|Zhao|Zhou|Sun|Zhu|Guo|Lin|Gao|Luo|Zheng|Liang|Xie"
    "|Tang|Han|Feng|Deng|Cao|Peng|Zeng|Xiao|Tian|Dong|Pan|Yuan|Cai|Jiang|Cheng|Wei|Ding"
    "|Shen|Yao|Xu|Wu|Li|Xi"
)
_CHINESE_SURNAME_PROBE_RE = re.compile(rf"(?<![\w-])(?:{_CHINESE_SURNAMES})[ \u00a0][A-Z]")
# A given name: one or two syllables run together ('Hongwei', 'Jianguo').
_CHINESE_NAME_RE = re.compile(
    rf"(?<![\w-])(?P<surname>{_CHINESE_SURNAMES})[ \u00a0]+(?P<given>[A-Z][a-z]{{1,9}})(?![\w-])"
)


def _couple(text: str, run: re.Match[str]) -> list[NameMention]:
    """Each of two people named with one surname in the plural, in the nominative:
    'Екатерина и Михаил Тарасовы' are Екатерина Тарасова and Михаил Тарасов. `run` is
    the capitalised run of the second name."""
    second = _COUPLE_RUN_RE.fullmatch(run.group())
    lead = second and _FIRST_OF_COUPLE_RE.search(text, max(0, run.start() - 40), run.start())
    if not second or not lead:
        return []
    words = [
        (lead.start("first"), lead.end(), lead.group("first"), lead.group("first_patronymic")),
        (run.start(), run.end(), second.group("second"), second.group("second_patronymic")),
    ]
    his = second.group("surname")
    found: list[NameMention] = []
    for start, end, word, patronymic in words:
        name = _first_of_a_couple(word)
        if name is None or name.case != NOMINATIVE:
            return []
        surname = his + "а" if name.gender == "f" else his
        full = " ".join(part for part in (name.nominative, patronymic, surname) if part)
        end = start + len(word) + (len(patronymic) + 1 if patronymic else 0)
        found.append(NameMention(start, end, full, surname, name.gender, True))
    return found


def _first_of_a_couple(word: str) -> FirstName | None:
    """A first name before a plural surname: one the lists know, or one they lack, which
    the couple shows to be a name ('Баир и Туяна Намсараевы'); its ending tells whose."""
    # 'Валентина' is a woman here, whatever man's genitive it also is.
    known = as_introduced(word)
    if known is not None or not _word(word).could_start:
        return known
    return FirstName(word, "f" if fold(word).endswith(("а", "я")) else "m", NOMINATIVE)


def _initials_after_surnames(text: str) -> list[NameMention]:
    found: list[NameMention] = []
    for match in _INITIALS_AFTER_SURNAME_RE.finditer(text):
        first_initial = match.start() - 1
        blank = first_initial - 1
        before = _SURNAME_BEFORE_RE.search(text, max(0, blank - 30), blank)
        if before is None or _word(before.group()).not_name or names_a_place(before.group()):
            continue
        following = _NEXT_WORD_RE.match(text, match.end())
        if following and looks_like_surname(following.group(1)):
            continue  # 'заместитель председателя Госсовета Р.Ф. Нигматуллин': initials first
        surname = before.group()
        written, gender = _surname_in_the_nominative(surname, surname_gender(surname))
        initials = re.sub(r"[ \u00a0]", "", text[first_initial : match.end()])
        found.append(
            NameMention(
                before.start(), match.end(), f"{initials} {written}", surname, gender, True,
            )
        )  # fmt: skip
    return found


# Endings that give a surname's case away whatever the sentence around it:
# 'подписанном начальником управления Кудрявцевым А.В.' is А.В. Кудрявцев (and after a
# role in that case, 'директору школы Т.А. Зуеву' is Т.А. Зуев).
_TELLING_SURNAME_ENDINGS: tuple[tuple[tuple[str, ...], Gender, int], ...] = (
    (("овым", "евым", "ёвым", "иным", "ыным", "ским", "цким"), "m", INSTRUMENTAL),
    (("овой", "евой", "ёвой", "иной", "ыной"), "f", INSTRUMENTAL),
    (("ову", "еву", "ёву", "ину", "ыну"), "m", DATIVE),
)


def _surname_in_the_nominative(surname: str, gender: Gender) -> tuple[str, Gender]:
    """The surname and its bearer's gender, when its ending tells both."""
    low = surname.casefold()
    for endings, ending_gender, case in _TELLING_SURNAME_ENDINGS:
        if low.endswith(endings) and gender in ("", ending_gender):
            return surname_nominative(surname, ending_gender, case), ending_gender
    return surname, gender


# 'Анна Ч.', 'Igor S.': a first name and the initial of a surname, as a researcher names
# someone who asked not to be named in full. Found from the initial (one C-level scan).
_SURNAME_INITIAL_RE = re.compile(
    r"\.(?<=[ \u00a0][A-ZА-ЯЁ]\.)(?![\w-])(?![ \u00a0]?[A-ZА-ЯЁ][.\w])"
)
_WORD_BEFORE_RE = re.compile(r"(?<![\w.-])[A-ZА-ЯЁ][a-zа-яё]+$")


def _first_names_with_an_initial(text: str) -> list[NameMention]:
    found: list[NameMention] = []
    for match in _SURNAME_INITIAL_RE.finditer(text):  # opens at the initial's dot
        blank = match.start() - 2
        before = _WORD_BEFORE_RE.search(text, max(0, blank - 20), blank)
        given = first_name(before.group()) if before else None
        if before is None or given is None or given.case != NOMINATIVE:
            continue
        surname = text[match.start() - 1] + "."
        name = f"{before.group()} {surname}"
        found.append(NameMention(before.start(), match.end(), name, surname, given.gender, True))
    return found


_THE_BEFORE_RE = re.compile(r"(?<![\w-])the[ \u00a0]+$", re.IGNORECASE)
# Not 'by': 'signed by Mohammad-Reza Hosseini' names a person.
_PREPOSITION_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:in|at|of|from|to|near|for|в|во|из|на|под|у|к|от|для)[ \u00a0]*$", re.I
)


def _may_be_unlisted(text: str, run: re.Match[str]) -> bool:
    """Two to five words (a role's, a place's or a body's before a name), set off by a
    comma or in Russian (where a role may stand before them): the cheap part of
    `_unlisted_name`, for every capitalised run."""
    spaces = run.group().count(" ")
    return 0 < spaces < 5 and (text.startswith(",", run.end()) or _is_cyrillic(run.group()))


def may_be_surname(word: str) -> bool:
    """Whether a capitalised word can be a person's surname: no word that never is one
    ('Moscow', 'Ministry'), no place ('Тюмень')."""
    return not _word(word).not_name and not names_a_place(word)


def _unlisted_name(text: str, run: re.Match[str]) -> NameMention | None:
    """A run of two capitalised words, neither of which is never a name, after no
    preposition ('in Nizhny Novgorod' is a place), a place before them allowed ('Министр
    здравоохранения Тувы Шолбан Ооржак', 'Республики Тыва Айдыс Монгуш', 'из Дубая Раджив
    Менон'): what may be a name from outside the lists, surname last as the text has it.
    Gender unknown."""
    words = run.group().split()
    start = run.start()
    # 'Республики Тыва Айдыс Монгуш', 'консультант из Дубая Раджив Менон': the place's
    # words before the name are no part of it; nor are a body's ('Верховного Хурала
    # Кан-оол Даваа': an adjective and the noun it goes with).
    after_preposition = _PREPOSITION_BEFORE_RE.search(text, max(0, start - 8), start)
    noun_of_adjective = False
    while (
        len(words) > 2
        and not _patronymic_in_the_middle(words)
        and (
            after_preposition
            or noun_of_adjective
            or _word(words[0]).not_name
            or names_a_place(words[0])
            or _is_adjective_form(words[0])
            # 'Finance Minister Aiyna Egorova': the role ends at its last word that is
            # never a name, whatever its first ones are.
            or any(_word(word).not_name for word in words[1:-1])
            # 'Представитель Anadolu Sera Мехмет Йылдыз': a name is in one script.
            or _is_cyrillic(words[0]) != _is_cyrillic(words[-1])
        )
    ):
        noun_of_adjective = _is_adjective_form(words[0]) and not noun_of_adjective
        start = text.index(words[1], start + len(words[0]))
        words = words[1:]
        after_preposition = None
    if (
        len(words) not in (2, 3)
        or (len(words) == 3 and _is_cyrillic(words[1]) and not _patronymic_in_the_middle(words))
        or _THE_BEFORE_RE.search(text, max(0, start - 5), start)  # 'the Tundra Monitoring Network'
        or after_preposition
        or _is_adjective_form(words[0])
        or any(_word(word).not_name for word in words)
    ):
        return None
    # 'Айдын Кара-оолович Ондар': a patronymic shows the gender of a name no list knows.
    gender = _patronymic_gender(words[1]) if len(words) == 3 else ""
    nominative = _man_in_an_oblique_case(words) if len(words) == 2 else None
    if nominative is not None:
        # 'во главе с губернатором аймака Батбаяром Ганболдом': both words in a man's
        # instrumental or dative show the case, and the name.
        words, gender = nominative, "m"
    return NameMention(start, run.end(), " ".join(words), words[-1], gender, True)


# The cases in which a man's first name ends as these do ('Батбаяром', 'Батбаяру'),
# and so does his surname, as surname_nominative reads it ('Ганболдом', 'Балдановым';
# 'Ганболду', 'Балданову').
_MAN_OBLIQUE_CASES = ((INSTRUMENTAL, "ом"), (DATIVE, "у"))


def _man_in_an_oblique_case(words: list[str]) -> list[str] | None:
    """The nominative of a two-word name whose words both stand as a man's name does in
    the instrumental or dative; None otherwise."""
    if not all(_is_cyrillic(word) for word in words):
        return None
    for case, ending in _MAN_OBLIQUE_CASES:
        if words[0].endswith(ending):
            nominative = [surname_nominative(word, "m", case) for word in words]
            if all(read != word for read, word in zip(nominative, words, strict=True)):
                return nominative
    return None


# Case endings of adjectives that no first name has: 'Верховного', 'Народному', 'Южный'.
_ADJECTIVE_ENDINGS = ("ого", "его", "ому", "ему", "ый", "ыми", "ими")


def _is_adjective_form(word: str) -> bool:
    return _is_cyrillic(word) and word.casefold().endswith(_ADJECTIVE_ENDINGS)


def _patronymic_in_the_middle(words: list[str]) -> bool:
    """'Айдын Кара-оолович Ондар': first name, patronymic (in the nominative), surname."""
    return len(words) == 3 and _patronymic_gender(words[1]) != ""


def _patronymic_gender(word: str) -> Gender:
    """The gender a patronymic in the nominative shows ('Кара-оолович', 'Владимировна',
    'Сапарбекулы'); '' for any other word, a patronymic in another case included."""
    low = word.casefold()
    if not is_patronymic(word):
        return ""
    if _is_kazakh_patronymic(low):
        return "m"
    return next(
        (g for end, g, case in _PATRONYMIC_FORMS if case == NOMINATIVE and low.endswith(end)),
        "",
    )


def _initials_start(match: re.Match[str]) -> int:
    """The first initial, just before the dot the match opens at ('Yu.': two letters)."""
    start = match.start() - 1
    return start - 1 if match.string[start].islower() else start


def body_initials(match: re.Match[str]) -> str:
    return match.string[_initials_start(match) : match.start("surname")]


@dataclass(frozen=True, slots=True)
class _Word:
    """What a capitalised word can be in a name, worked out once per distinct word."""

    not_name: bool  # 'The', 'Governor', 'Москва': never part of a person's name
    first: FirstName | None  # a known first name (None when not_name)
    could_start: bool  # may open a name before a surname-shaped word (Zhargalma, Айсен)
    surname_like: bool


# News repeats its capitalised words: classifying each distinct word once takes the
# folding and suffix regexes out of the per-run loop. Bounded, as any per-process cache.
_WORDS: dict[str, _Word] = {}
_WORDS_LIMIT = 100_000


def _is_role_word(folded: str) -> bool:
    """'Главврач Лопатин считает', 'Академик Петров': a post or title the lists of words
    that never name anyone lack opens no name either."""
    # roles.py reads names with this module: imported here, not above.
    from regreader.quotes.roles import is_role_head

    return is_role_head(folded)


def _word(text: str) -> _Word:
    word = _WORDS.get(text)
    if word is None:
        # 'Telegram-канале': a word in two alphabets is never part of a person's name.
        folded = fold(text)
        # 'Vice-Governor', 'Saint-Petersburg': a part that is never a name spoils the word.
        not_name = (
            folded in _NOT_NAME_WORDS
            or folded.startswith(_MINISTRY_SHORT_NAMES)
            or in_two_scripts(text)
            or ("-" in folded and any(part in _NOT_NAME_WORDS for part in folded.split("-")))
        )
        surname_like = not not_name and looks_like_surname(text)
        # 'Aitalina Sivtseva', 'Айталина Сивцева': a first name the list lacks may end
        # like a surname in -ina; before a surname it starts the name. A Russian word in
        # -о or -ом does not ('Дело Кустова' is Kustov's case, 'Утром Эльмурзаев уезжает'
        # is in the morning): names in -о are foreign and listed ('Марко', 'Бруно').
        may_be_first = (
            not surname_like or (len(folded) > 4 and folded.endswith(("ina", "ина")))
        ) and not folded.endswith(("о", "ом"))
        first = None if not_name else first_name(text)
        # 'сказал РБК Тюмень Абдрахманов': a place the list of names lacks opens no name.
        could_start = (
            not not_name
            and may_be_first
            and len(text) > 1
            and (first is not None or not (names_a_place(text) or _is_role_word(folded)))
        )
        word = _Word(not_name, first, could_start, surname_like)
        if len(_WORDS) >= _WORDS_LIMIT:
            _WORDS.clear()
        _WORDS[text] = word
    return word


# A run of capitalised words -> its names, as (start, end, name, surname, gender, woman
# too: see _woman_too) within the run. News repeats its runs ('Governor Dmitry Makhonin')
# within and across articles.
_RunName = tuple[int, int, str, str, Gender, bool]
_RUNS: dict[str, tuple[_RunName, ...]] = {}
_RUNS_LIMIT = 100_000


def _names_of_run(run: str) -> tuple[_RunName, ...]:
    names = _RUNS.get(run)
    if names is None:
        names = tuple(
            (m.start, m.end, m.name, m.surname, m.gender, _woman_too(m, run[m.start : m.end]))
            for m in _names_in_run(0, _WORD_IN_RUN_RE.findall(run))
        )
        if len(_RUNS) >= _RUNS_LIMIT:
            _RUNS.clear()
        _RUNS[run] = names
    return names


def _word_start(offset: int, words: list[str], index: int) -> int:
    """Where words[index] starts: the words of a run are one space (or NBSP) apart."""
    return offset + sum(len(word) + 1 for word in words[:index])


# An instrumental or a comparative that says when, not who: 'Весной Пестов подал заявку',
# 'Осенью Ковалёв уехал', 'Раньше Сомова работала'. A name the lists lack is read in -ой
# only with a patronymic or a surname in its case after it ('с Заремой Магомедовной').
_ADVERBIAL_ENDINGS = ("ой", "ью", "ше", "же")


def _names_in_run(offset: int, words: list[str]) -> list[NameMention]:
    """The names in a run of capitalised words (`words`, single-spaced from `offset`)."""
    found: list[NameMention] = []
    profiles = [_word(word) for word in words]
    index = 0
    while index < len(words) - 1:
        profile, following = profiles[index], profiles[index + 1]
        surname_first = _surname_first(offset, words, profiles, index)
        if surname_first is not None:
            found.append(surname_first)
            index += 3
            continue
        if _surname_first(offset, words, profiles, index + 1) is not None:
            index += 1  # 'Марий Эл Эшкинин Сергей Петрович': the name starts at the surname
            continue
        if (
            following.first is not None
            and index + 2 < len(words)
            and is_patronymic(words[index + 2])
        ):
            # 'мать Артёма Ольга Тимофеевна Кузьмина': a first name and a patronymic start
            # the name; the word before them is someone else's genitive.
            index += 1
            continue
        known = profile.first
        if (
            known is not None
            and known.case != NOMINATIVE
            and following.first is not None
            and following.first.case == NOMINATIVE
            and index + 2 < len(words)
            and profiles[index + 2].surname_like
        ):
            # 'Отец Артёма Денис Шилов': the son's first name in the genitive, then the
            # father's name.
            index += 1
            continue
        if known is None and following.first is not None and index + 2 < len(words):
            # 'села Прорывное Галина Сизова': the name starts at the first name, however
            # much 'Галина' looks like a surname after 'Прорывное'.
            index += 1
            continue
        if (
            known is None
            and index + 2 < len(words)
            and following.could_start
            and profiles[index + 2].surname_like
            and not is_patronymic(words[index + 1])  # 'Лейсан Рафаэлевна Хабибуллина'
        ):
            # 'Фельдшер Айталина Гоголева': a first name the list lacks, then a surname;
            # the unknown word before them is what she is, not her first name.
            index += 1
            continue
        if known is None and profile.could_start and not following.not_name:
            known = inferred_first_name(words[index], words[index + 1])
            if known is None and (
                # (after г, к, х the plural ends in и: 'Родственники Даудова отказались')
                fold(words[index]).endswith(("ы", "ки", "ги", "хи"))
                or (
                    fold(words[index]).endswith("ии")
                    and _FEMALE_SURNAME_RE.search(fold(words[index + 1])) is not None
                )
            ):
                # 'Прогнозы Колесников давать не торопится': no first name ends in -ы but
                # in an oblique case, which only a surname in the same case would show;
                # 'Лаборатории Мартынова' is his laboratory ('Марии' would be 'Мартыновой').
                index += 1
                continue
        if known is not None and known.gender == "m" and is_patronymic(words[index + 1]):
            known = _as_read_by_patronymic(words[index], known, words[index + 1])
        if following.not_name or (
            known is None
            and not (
                following.surname_like
                and profile.could_start
                and not fold(words[index]).endswith(_ADVERBIAL_ENDINGS)
                and not _no_first_name(words[index])
            )
        ):
            index += 1
            continue
        word = words[index]
        gender = known.gender if known else surname_gender(words[index + 1])
        case = known.case if known else NOMINATIVE
        parts = [known.nominative if known and _is_cyrillic(word) else word]
        last = index + 1
        if (
            is_patronymic(words[last])
            and index + 2 < len(words)
            and not _a_name_starts(words, profiles, index + 2)
        ):
            parts.append(patronymic_nominative(words[last], gender))
            last = index + 2
        if profiles[last].not_name:
            index += 1
            continue
        if last == index + 1 and is_patronymic(words[last]):
            # 'назвавшийся Виктором Петровичем': a first name and patronymic, no surname.
            surname = patronymic_nominative(words[last], gender)
        else:
            if known and _indeclinable(known) and in_female_oblique_case(fold(words[last])):
                case = GENITIVE  # 'по словам Айгуль Хайруллиной': the surname shows the case
            elif (
                known
                and case == NOMINATIVE
                and _indeclinable_man(known)
                and _FEMALE_SURNAME_RE.search(fold(words[last])) is not None
            ):
                case = GENITIVE  # 'признал Гаджи Абакарова': a man's, in the genitive
            surname = surname_nominative(words[last], gender, case)
        parts.append(surname)
        start = _word_start(offset, words, index)
        end = _word_start(offset, words, last) + len(words[last])
        found.append(
            NameMention(
                start, end, " ".join(parts), surname, gender or surname_gender(surname), True
            )
        )
        index = last + 1
    return found


def _no_first_name(word: str) -> bool:
    """A capitalised Russian word no first name is shaped like: an adjective ('Семилетняя
    Айыына Попова') or a noun for a person ('Напарник Кузьмина, 41-летний Ильдар', 'Блогер
    Рычков')."""
    if not _is_cyrillic(word):
        return False
    low = fold(word)
    return low.endswith(_NOT_FIRST_NAME_ENDINGS) or low in _TRADES_BEFORE_SURNAMES


# Trades a text puts before a surname whose endings say nothing ('Блогер Рычков').
_TRADES_BEFORE_SURNAMES = word_set(
    "блогер блогерша фермер фермерша инженер пенсионер шахтер актер волонтер вахтер прораб"
    " врач фельдшер агроном эколог юрист адвокат прокурор политолог корреспондент редактор"
    " скульптор архитектор режиссер тренер капитан майор полковник генерал сержант"
)
_NOT_FIRST_NAME_ENDINGS = (
    *_ADJECTIVE_ENDINGS, "ая", "яя", "ник", "щик", "чик", "тель", "ист",
)  # fmt: skip


def _a_name_starts(words: list[str], profiles: list[_Word], index: int) -> bool:
    """Whether a first name and a surname start at words[index]: 'Соседка Николая
    Степановича Валентина Ищенко' is his neighbour, the first two words all of his name;
    so is 'соседка Галины Петровны Вера Сергеевна Лежнина', with her patronymic."""
    if profiles[index].first is None or index + 1 >= len(words):
        return False
    if is_patronymic(words[index + 1]):
        return index + 2 < len(words) and profiles[index + 2].surname_like
    return profiles[index + 1].surname_like


def _surname_first(
    offset: int, words: list[str], profiles: list[_Word], index: int
) -> NameMention | None:
    """'Пронин Виктор Алексеевич', 'Pronin Viktor Alekseyevich': surname, first name and
    patronymic in the nominative, as documents and their translations write a name;
    named in the usual order."""
    if index + 2 >= len(words) or not profiles[index].surname_like:
        return None
    if not is_patronymic(words[index + 2]):
        return None
    if index + 3 < len(words) and profiles[index + 3].surname_like:
        # 'заместитель Лебедева Ирина Павловна Сомова': a surname after the patronymic
        # ends the name in the usual order; the word before is someone else's genitive.
        return None
    first = profiles[index + 1].first
    if first is None and not profiles[index + 1].not_name:
        # 'Кумыков Азамат Хасанбиевич': a first name the list lacks, the patronymic after
        # it (in the nominative) shows the gender.
        gender = _patronymic_gender(words[index + 2])
        first = FirstName(words[index + 1], gender, NOMINATIVE) if gender else None
    if first is None or first.case != NOMINATIVE:
        return None
    gender = first.gender
    given = first.nominative if _is_cyrillic(words[index + 1]) else words[index + 1]
    surname = surname_nominative(words[index], gender, NOMINATIVE)
    name = f"{given} {patronymic_nominative(words[index + 2], gender)} {surname}"
    start = _word_start(offset, words, index)
    end = _word_start(offset, words, index + 2) + len(words[index + 2])
    return NameMention(start, end, name, surname, gender, True)


# Institutions and places that have a surname's shape and often "say" things.
_SAYING_NOT_PERSONS = {
    fold(word) for word in ("Минфин", "Минфина", "Киев", "Пекин", "Берлин", "Kiev", "Berlin")
}
_LONE_SURNAME_RE = re.compile(r"[A-ZА-ЯЁ][a-zа-яё]{2,}(?:-[A-ZА-ЯЁ][a-zа-яё]+)?")


def lone_surname(word: str, genitive: bool = False) -> str | None:
    """The nominative surname when a capitalised word alone can name a person.

    'Petrov said', 'заявил Песков', 'по словам Ивановой' (`genitive`: Иванова): news
    names a person by surname alone when it has said who they are elsewhere or thinks
    the reader knows. Only surname-shaped words qualify; the caller decides whether the
    word stands where a speaker stands.
    """
    if not _LONE_SURNAME_RE.fullmatch(word):
        return None
    folded = fold(word)
    if folded in _NOT_NAME_WORDS or folded in _SAYING_NOT_PERSONS or in_two_scripts(word):
        return None
    if genitive and _is_cyrillic(word):
        word = surname_nominative(word, "f" if folded.endswith("ой") else "m", GENITIVE)
    return word if looks_like_surname(word) else None


# A surname's case ending, and the word's end ('Гончаренко-старший' is Гончаренко too).
_WORD_TAIL_RE = re.compile(r"[a-zа-яё]{0,4}(?:(?![\w-])|(?=-(?i:старш|младш)))")


def find_surname_mentions(text: str, surnames: dict[str, str]) -> list[tuple[int, int, str]]:
    """Occurrences of known surnames (any case form): (start, end, folded surname key).

    Each surname's stem is looked for with str.find (a handful of people per article), so
    the cost does not grow with the number of capitalised words.
    """
    found: list[tuple[int, int, str]] = []
    for key, surname in surnames.items():
        for stem in _stems_as_written(surname):
            position = text.find(stem)
            while position >= 0:
                before = text[position - 1] if position else " "
                tail = _WORD_TAIL_RE.match(text, position + len(stem))
                if tail and not (before.isalnum() or before == "-"):
                    token = text[position : tail.end()]
                    if surname_matches(token, surname) and _form_of_the_same_gender(token, surname):
                        found.append((position, tail.end(), key))
                position = text.find(stem, position + len(stem))
    found.sort()
    return found


# Adjectival surnames show the gender in most of their forms: 'Заболотная', 'Заболотную'
# are hers, 'Заболотный', 'Заболотного' his ('Заболотной' may be either).
# The nominative endings of adjectives, and so of adjectival surnames: his ('Толстой',
# 'Заболотный', 'Горький'), hers ('Заболотная').
MASCULINE_ADJECTIVE_ENDINGS = ("ый", "ий", "ой")
FEMININE_ADJECTIVE_ENDINGS = ("ая", "яя")
NOMINATIVE_ADJECTIVE_ENDINGS = MASCULINE_ADJECTIVE_ENDINGS + FEMININE_ADJECTIVE_ENDINGS
_HER_ADJECTIVAL_ENDINGS = (*FEMININE_ADJECTIVE_ENDINGS, "ую", "юю")
_HIS_ADJECTIVAL_ENDINGS = ("ый", "ий", "ого", "его", "ому", "ему", "ым", "им", "ом", "ем")


def _form_of_the_same_gender(token: str, surname: str) -> bool:
    """Whether `token` may be a case form of `surname` by gender, when both decline as
    adjectives ('Заболотная' names Елена Заболотная, not Андрей Заболотный) or as the
    common surnames in -ов, -ев, -ин ('Хасанов' and 'Хасановым' are his, 'Хасановой'
    hers; 'Хасанова' and 'Хасанову' may be either)."""
    ending = surname[-2:].lower()
    if ending in NOMINATIVE_ADJECTIVE_ENDINGS:
        token, surname = fold(token), fold(surname)
        if surname.endswith(_HER_ADJECTIVAL_ENDINGS):
            return not token.endswith(_HIS_ADJECTIVAL_ENDINGS)
        return not token.endswith(_HER_ADJECTIVAL_ENDINGS)
    if ending in _HIS_POSSESSIVE_ENDINGS:
        return fold(token) != fold(surname) + "ой"
    if ending in _HER_POSSESSIVE_ENDINGS:
        stem = fold(surname)[:-1]
        return fold(token) not in (stem, stem + "ым", stem + "е")
    return True  # most surnames: two letters looked at before folding anything


# The common Russian surnames: his in -ов, -ев, -ёв, -ин, -ын; hers with -а after them.
_HIS_POSSESSIVE_ENDINGS = frozenset(("ов", "ев", "ёв", "ин", "ын"))
_HER_POSSESSIVE_ENDINGS = frozenset(("ва", "на"))


# An Arabic surname's article: 'al-Mansouri', and 'Al-Mansouri' opening a sentence.
_ARTICLE_PREFIX_RE = re.compile(r"(?:al|el|ad|ar|as|at|an|az)-", re.IGNORECASE)


def _stems_as_written(surname: str) -> tuple[str, ...]:
    stem = _surname_stem(surname)
    if _ARTICLE_PREFIX_RE.match(stem):
        return (stem, stem[0].swapcase() + stem[1:])
    return (stem,)


def _surname_stem(surname: str) -> str:
    """What every case form of a surname starts with (Беляков -> Беляков, Киселева -> Киселев)."""
    if not _is_cyrillic(surname):
        return surname
    low = surname
    if fold(low).endswith(("ая", "ий", "ой", "ый")):
        return low[:-2]
    if fold(low).endswith(("а", "я")):
        return low[:-1]
    return low


# --- spellings of one name ----------------------------------------------------------

_TO_LATIN = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya", "'": "", "’": "",
})  # fmt: skip
# What transliterations of one Russian name differ by: 'Yevgeny', 'Evgeny', 'Evgenii';
# 'Grigoryev', 'Grigoriev', 'Григорьев'; 'Khusnullin', 'Husnullin'; 'Aleksei', 'Alexei';
# 'Aleksandr', 'Alexander', 'Александр'.
_SPELLING_VARIANTS = (
    (re.compile(r"kh"), "h"), (re.compile(r"ks"), "x"), (re.compile(r"(?<=[dt])er\b"), "r"),
    (re.compile(r"[iy]?e"), "e"),
    (re.compile(r"[iy]o"), "e"),
    (re.compile(r"[iy]u"), "u"), (re.compile(r"[iy]a"), "a"), (re.compile(r"[iyj]+"), "i"),
    (re.compile(r"(.)\1"), r"\1"),
)  # fmt: skip


@lru_cache(maxsize=100_000)  # names repeat within and across articles
def spelling_key(name: str) -> str:
    """One key for the spellings of a name in Cyrillic and in its Latin transliterations,
    so a person named 'Евгений Григорьев' and then 'Evgeny Grigoryev' is one person."""
    key = fold(name).translate(_TO_LATIN)
    for pattern, replacement in _SPELLING_VARIANTS:
        key = pattern.sub(replacement, key)
    return key
