"""Russian roles are stored with their head in the nominative (regreader.quotes.role_case)."""

from __future__ import annotations

import pytest

from regreader.quotes.extract import extract_quotes
from regreader.quotes.role_case import nominative_role


@pytest.mark.parametrize(
    ("given", "nominative"),
    [
        # The head noun in each case; what depends on it keeps its own.
        ("министра строительства Пермского края", "министр строительства Пермского края"),
        ("министру строительства", "министр строительства"),
        ("губернатором Курганской области", "губернатор Курганской области"),
        ("мэра Новосибирска", "мэр Новосибирска"),
        ("начальником управления", "начальник управления"),
        ("члена комиссии", "член комиссии"),
        # Soft stems, and the nouns declined like 'глава'.
        ("заместителя министра", "заместитель министра"),
        ("заместителю министра", "заместитель министра"),
        ("руководителем проекта", "руководитель проекта"),
        ("пресс-секретаря губернатора", "пресс-секретарь губернатора"),
        ("главы Белозерского муниципального округа", "глава Белозерского муниципального округа"),
        ("главе администрации района", "глава администрации района"),
        ("главу района", "глава района"),
        # '-ой' is 'глава's instrumental here, not an adjective's nominative.
        ("главой района", "глава района"),
        ("судьёй районного суда", "судья районного суда"),
        ("судьи", "судья"),
        ("пенсионерки", "пенсионерка"),
        ("основательницы фонда", "основательница фонда"),
        # Adjectives before the head agree with it; an adjectival noun may be the head.
        ("первого заместителя губернатора области", "первый заместитель губернатора области"),
        ("Генерального директора компании", "Генеральный директор компании"),
        (
            "коммерческого директора завода «Уралстанкомаш»",
            "коммерческий директор завода «Уралстанкомаш»",
        ),
        ("бывшего мэра", "бывший мэр"),
        ("областного министра", "областной министр"),
        # Both nouns of a compound decline ('вице-' and 'генерал-' never do); a fleeting
        # vowel comes back ('владельца' is 'владелец').
        ("архитектора-реставратора", "архитектор-реставратор"),
        ("вице-губернатора", "вице-губернатор"),
        ("владельца компании", "владелец компании"),
        ("совладельцем сети", "совладелец сети"),
        # A nominative that ends as an instrumental does stays whole ('агроном', not
        # 'агрон' read from '-ом').
        ("агрономом хозяйства", "агроном хозяйства"),
        ("агронома", "агроном"),
        ("управляющего партнера компании «Тезис»", "управляющий партнер компании «Тезис»"),
        ("управляющего компанией", "управляющий компанией"),
        ("уполномоченного по правам человека", "уполномоченный по правам человека"),
        (
            "временно исполняющего обязанности губернатора",
            "временно исполняющий обязанности губернатора",
        ),
        # Already nominative, never declined, plural, or not Russian: as given.
        ("Губернатор Омской области", "Губернатор Омской области"),
        ("первый заместитель губернатора", "первый заместитель губернатора"),
        ("основательница фонда", "основательница фонда"),
        ("врио губернатора", "врио губернатора"),
        ("замминистра экономики", "замминистра экономики"),
        ("представителей", "представителей"),
        ("министров", "министров"),
        ("исполняющей обязанности министра", "исполняющей обязанности министра"),
        ("Governor of the Perm Territory", "Governor of the Perm Territory"),
        (None, None),
    ],
)
def test_a_russian_role_s_head_is_put_in_the_nominative(
    given: str | None, nominative: str | None
) -> None:
    assert nominative_role(given) == nominative
    assert nominative_role(nominative) == nominative  # and the nominative stays as it is


def test_a_quote_s_role_is_stored_in_the_nominative() -> None:
    text = (
        "По словам министра строительства Пермского края Ивана Петрова, «дома сдадут в срок». "
        "По мнению первого заместителя губернатора Анны Ковалевой, «сроки сдвигать нельзя»."
    )
    assert [(q.speaker, q.role) for q in extract_quotes(text).quotes] == [
        ("Иван Петров", "министр строительства Пермского края"),
        ("Анна Ковалева", "первый заместитель губернатора"),
    ]


def test_a_role_in_another_case_than_the_name_after_it_is_not_theirs() -> None:
    """'заявила главе района Ольга Смирнова': the dative is whom she spoke to; her name
    stands in the nominative. After 'по словам' both are in the genitive, however the
    name was read ('Наиля Сабирова' may be a woman's nominative too)."""
    addressed = extract_quotes("«Сроки сдвигать нельзя», — заявила главе района Ольга Смирнова.")
    assert [(q.speaker, q.role) for q in addressed.quotes] == [("Ольга Смирнова", None)]
    by_words = extract_quotes("По словам экономиста Наиля Сабирова, «жилья не хватает».")
    assert [q.role for q in by_words.quotes] == ["экономист"]
