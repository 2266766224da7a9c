"""Titles and dates from text and HTML: the seed forms, and never an invented date."""

from __future__ import annotations

from pathlib import Path

import pytest

from regreader.ingestion.html import parse_html
from regreader.ingestion.metadata import ELLIPSIS, TITLE_MAX_CHARS, find_date, find_title
from regreader.locations import bundled_corpus_dir


def seed(number: int) -> str:
    (path,) = bundled_corpus_dir().glob(f"{number:03d}_*.txt")
    return Path(path).read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("number", "expected"),
    [(0, None), (1, None), (2, None), (3, "2014-04-08"), (4, "2024-04-10")],
)
def test_seed_dates(number: int, expected: str | None) -> None:
    assert find_date(seed(number)) == expected


def test_a_date_in_the_middle_of_seed_001_is_not_its_publication_date() -> None:
    text = seed(1)
    assert "By December 1, 2024" in text  # the trap is really there
    assert find_date(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10 April2024\nBody text.", "2024-04-10"),
        ("10 April 2024", "2024-04-10"),
        ("On April 8, 2014 Moscow hosted a forum of regions and many other things.", "2014-04-08"),
        ("April 8, 2014", "2014-04-08"),
        ("Apr. 8, 2014", "2014-04-08"),
        ("10 апреля 2024\nТекст статьи.", "2024-04-10"),
        ("10 апреля 2024 года", "2024-04-10"),
        ("1 мая 2023 г.", "2023-05-01"),
        ("Москва, 3 марта 2022 — " + "Губернатор рассказал о субсидиях. " * 5, "2022-03-03"),
        ("10.04.2024", "2024-04-10"),
        ("Published: 2024-04-10T08:00:00+03:00", "2024-04-10"),
        ("2024-04-10", "2024-04-10"),
    ],
)
def test_date_forms(text: str, expected: str) -> None:
    assert find_date(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "31.02.2024",  # no such day
        "A first line.\n" + "Budgets grew strongly, and by December 1, 2024 it was done. " * 3,
        "\n".join(["A plain line of text that says nothing."] * 6) + "\n10 April 2024",
        "Nothing but words here, and no date at all.",
    ],
)
def test_no_date_is_invented(text: str) -> None:
    assert find_date(text) is None


def test_seed_002_title_is_its_heading_line_not_the_opening_quote() -> None:
    assert (
        find_title(seed(2), "fallback")
        == "Mikhail Mishustin holds meeting on implementation of technology policy"
    )


def test_seed_004_title_is_its_first_line() -> None:
    assert find_title(seed(4), "fallback") == (
        "AIRR in the Perm region: a practice-oriented approach to the country's "
        "high-tech development"
    )


def test_a_long_first_sentence_is_shortened_at_a_word_boundary() -> None:
    title = find_title(seed(0), "fallback")
    assert title.endswith(ELLIPSIS)
    assert len(title) <= TITLE_MAX_CHARS
    stem = title.removesuffix(ELLIPSIS)
    assert seed(0).startswith(stem)
    assert seed(0)[len(stem)] == " "  # cut between words


def test_a_short_first_sentence_is_the_title_without_its_full_stop() -> None:
    text = "Perm opens a new plant. " + "More words follow in this paragraph. " * 10
    assert find_title(text, "fallback") == "Perm opens a new plant"


def test_markdown_heading_is_the_title() -> None:
    assert find_title("# Kaluga forum report\n\nBody text.", "x") == "Kaluga forum report"


@pytest.mark.parametrize("text", ["", "\n\n", "10 April 2024\n"])
def test_title_falls_back_to_the_file_name(text: str) -> None:
    assert find_title(text, "report-17") == "report-17"


PAGE = """<!doctype html><html><head>
<title>Site name | Perm plant opens</title>
<meta property="og:title" content="Perm plant opens">
<meta property="article:published_time" content="2024-04-10T08:00:00+03:00">
<style>.x { color: red }</style><script>var tracking = "script text";</script>
</head><body>
<header><a href="/">Home</a> Site header</header>
<nav><ul><li>News</li><li>Regions</li></ul></nav>
<main><h1>Perm plant opens</h1>
<p>The governor of the <b>Perm Territory</b> opened a plant.</p>
<p>Second paragraph.<br>New line.</p>
<form><input name="q">Search form</form></main>
<aside>Related: other news</aside>
<footer>Copyright footer</footer>
</body></html>"""


def test_html_keeps_the_main_text_and_drops_the_furniture() -> None:
    page = parse_html(PAGE)
    assert "The governor of the Perm Territory opened a plant." in page.text
    assert "Second paragraph.\nNew line." in page.text
    for furniture in ("Home", "Site header", "News", "Related", "Copyright", "Search form"):
        assert furniture not in page.text
    assert "tracking" not in page.text and "color" not in page.text
    assert page.title == "Perm plant opens"
    assert page.published == "2024-04-10"


def test_html_title_and_date_fallbacks() -> None:
    page = parse_html(
        "<html><head><title> Only  a title </title>"
        '<script type="application/ld+json">{"@graph": [{"datePublished": "2023-01-02"}]}'
        "</script></head><body><p>Text</p></body></html>"
    )
    assert page.title == "Only a title"
    assert page.published == "2023-01-02"
    page = parse_html("<body><h1>Heading</h1><time datetime='2022-05-06'>May 6</time></body>")
    assert page.title == "Heading"
    assert page.published == "2022-05-06"
    assert parse_html("<body><p>No metadata</p></body>").published is None


def test_a_headline_that_opens_with_a_quote_is_the_title_and_a_credit_line_is_not() -> None:
    text = (
        "«Денег нет, работайте»: как врач из Пинежья держит на себе район\n\n"
        "10 апреля 2024\n\nТекст: Мария Лукина\n\nВ Карпогоры из Архангельска ведёт дорога."
    )
    assert find_title(text, "x") == (
        "«Денег нет, работайте»: как врач из Пинежья держит на себе район"
    )
    assert find_title("Текст: Мария Лукина\n\nПермь: завод запустил линию\n\nТекст.", "x") == (
        "Пермь: завод запустил линию"
    )


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # A page saved as text keeps its skip link, menu and breadcrumbs above the headline.
        ("Skip to main content\nHome | News | Regions | Economy | Opinion | Subscribe\n"
         "Regions / Far East\n\nKamchatka breaks ground on a beach resort\n\n14:05, 3 "
         "December 2025\nBy Irina Sokolova\n\nThe governor said the resort will open.",
         "Kamchatka breaks ground on a beach resort"),
        ("Вологодский портал | Новости | Экономика | Общество | Спорт\nГлавная > Новости > "
         "Экономика\n\nВ области запустят два деревообрабатывающих производства\n\n"
         "Сегодня, 10:42 | Экономика\nАвтор: Мария Белова\n\nСоглашения подписаны.",
         "В области запустят два деревообрабатывающих производства"),
        ("Перейти к содержанию\nМеню\nПоиск\nГлавная » Новости » Регион\nВ Перми открыли "
         "мост\n\nМост открыли в срок.",
         "В Перми открыли мост"),
        # A headline with a slash or a bar of its own is still the headline.
        ("Perm / Kama region: the new bridge opens in spring\n\nText of the report.",
         "Perm / Kama region: the new bridge opens in spring"),
        ("Kaluga | Perm: two forums, one agenda\n\nText of the report.",
         "Kaluga | Perm: two forums, one agenda"),
    ],
)  # fmt: skip
def test_a_saved_page_s_menus_and_breadcrumbs_are_not_its_title(text: str, title: str) -> None:
    assert find_title(text, "x") == title


def test_furniture_inside_the_article_is_dropped_but_not_the_article() -> None:
    page = parse_html(
        "<html><body><article><div class='article__body comments-open'>"
        "<p>Мэр заявил, что трамвай пойдет в 2027 году. " + "Подробности проекта. " * 30 + "</p>"
        "<div class='read-also'><span>Читайте также</span><a href='x'>Депутат: «Деньги на "
        "ветер»</a></div>"
        "<div class='Share-root'>ВКонтакте Telegram</div>"
        "<figure><figcaption>Трамвай<span class='ImageBlock-credit'>Фото: URA.RU</span>"
        "</figcaption></figure>"
        "<div class='doc_header__stat'>8 412 просмотров</div>"
        "</div></article></body></html>"
    )
    assert "Мэр заявил" in page.text and "Трамвай" in page.text
    for furniture in ("Читайте также", "ВКонтакте", "Фото: URA.RU", "просмотров"):
        assert furniture not in page.text


_WRAPPED_BODY = (
    "The regional government has approved a new programme for the renovation of\n"
    "rural schools, which will run until 2030 and cover more than two hundred\n"
    "buildings in eleven districts, the press service of the governor said on\n"
    "Tuesday. The money comes from the regional budget and from a federal\n"
    "subsidy that the region received for the first time this year, officials\n"
    "said, and the first contracts are to be signed before the end of March.\n"
)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # A report's headline set in capitals over two lines.
        ("Regional Policy Review | No. 4 | 2025\n\nCOLD CORRIDORS: ARCTIC RESIDENT STATUS "
         "AND THE LOGISTICS BOTTLENECK\nIN MURMANSK, ARKHANGELSK AND YAKUTIA\n\nMarina "
         "Levchenko\n\nAbstract. Five years after the regime was extended.",
         "COLD CORRIDORS: ARCTIC RESIDENT STATUS AND THE LOGISTICS BOTTLENECK IN MURMANSK, "
         "ARKHANGELSK AND YAKUTIA"),
        # A hard-wrapped text broke its headline at the margin.
        ("Vologda region approves a school renovation programme for rural districts\n"
         "until 2030\n\n" + _WRAPPED_BODY,
         "Vologda region approves a school renovation programme for rural districts "
         "until 2030"),
        # Not a dateline or a byline after it, nor a second line in a text not wrapped.
        ("Vologda region approves a school renovation programme for rural districts\n"
         "10 April 2024\n\n" + _WRAPPED_BODY,
         "Vologda region approves a school renovation programme for rural districts"),
        ("Центр региональной экономики и финансов\nАналитическая записка № 7/2025\n\n"
         "Резюме. Кредиты стали одним из основных источников финансирования.",
         "Центр региональной экономики и финансов"),
    ],
)  # fmt: skip
def test_a_headline_over_two_lines_is_the_title_whole(text: str, title: str) -> None:
    assert find_title(text, "x") == title
