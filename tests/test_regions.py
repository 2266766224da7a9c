"""The regions gazetteer: variants, declined forms, false friends, filters, the table."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from regreader.ingestion.regions import (
    all_regions,
    find_regions,
    names_a_republic,
    region_name,
    resolve_region,
)

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def mentioned(text: str) -> set[str]:
    return set(find_regions(text))


@pytest.mark.parametrize(
    "text",
    [
        "Perm Krai",
        "the Perm Territory's budget",
        "in the Perm region",
        "Perm Oblast",
        "enterprises in the Kama region",
        "On April 9, in Perm,",
        "Пермский край",
        "губернатор Пермского края",
        "в Пермском крае",
        "в Перми",
        "Прикамье",
    ],
)
def test_perm_variants(text: str) -> None:
    assert mentioned(text) == {"perm-krai"}


@pytest.mark.parametrize(
    "text",
    [
        "a permanent office",
        "Permanent Mission",
        "the Permian period",
        "a perm at the hairdresser",
        "PermEnergo",
        "the Kama river",
        "the Republic of Belarus",
        "Asia-Pacific Region",
        "a Region of Russia",
        "Кому это нужно",
        "Кома",
        "Яма на дороге",
        "Читать далее",
        "Иванов и Иванова",
        "ДНРовский",
        "Ivan Ivanov",
    ],
)
def test_false_friends_are_not_regions(text: str) -> None:
    assert mentioned(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Zabaikalsky Krai",
        "Zabaykalsky Krai",
        "Transbaikal",
        "the Trans-Baikal Territory",
        "Забайкальский край",
        "Забайкальского края",
        "в Забайкалье",
    ],
)
def test_zabaikalsky_variants(text: str) -> None:
    assert mentioned(text) == {"zabaikalsky-krai"}


@pytest.mark.parametrize(
    "text",
    ["Komi", "the Republic of Komi", "the Komi Republic", "Республика Коми", "Республики Коми"],
)
def test_komi_variants(text: str) -> None:
    assert mentioned(text) == {"komi"}


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Kaluga Region", "kaluga-oblast"),
        ("Kaluga Oblast", "kaluga-oblast"),
        ("Калужской области", "kaluga-oblast"),
        ("Sverdlovsk Region", "sverdlovsk-oblast"),
        ("Свердловской области", "sverdlovsk-oblast"),
        ("the Middle Urals", "sverdlovsk-oblast"),
        ("Amur Region", "amur-oblast"),
        ("Kabardino-Balkaria", "kabardino-balkaria"),
        ("Kabardino-Balkarian Republic", "kabardino-balkaria"),
        ("Udmurtia", "udmurtia"),
        ("the Udmurt Republic", "udmurtia"),
        ("Nizhny Novgorod Region", "nizhny-novgorod-oblast"),
        ("в Нижнем Новгороде", "nizhny-novgorod-oblast"),
        ("Novosibirsk Region", "novosibirsk-oblast"),
        ("St. Petersburg", "saint-petersburg"),
        ("Saint Petersburg", "saint-petersburg"),
        ("в Санкт-Петербурге", "saint-petersburg"),
        ("Yakutia", "sakha"),
        ("Республика Саха (Якутия)", "sakha"),
        ("в Татарстане", "tatarstan"),
        ("Bashkiria", "bashkortostan"),
        ("Башкортостана", "bashkortostan"),
        ("Chuvashia", "chuvashia"),
        ("KhMAO-Yugra", "khanty-mansi-autonomous-okrug"),
        ("в Югре", "khanty-mansi-autonomous-okrug"),
        ("YaNAO", "yamalo-nenets-autonomous-okrug"),
        ("на Ямале", "yamalo-nenets-autonomous-okrug"),
        ("Altai Krai", "altai-krai"),
        ("Altai Republic", "altai-republic"),
        ("в Чите", "zabaikalsky-krai"),
        ("в Иваново", "ivanovo-oblast"),
        ("Ivanovo", "ivanovo-oblast"),
        ("жители ДНР", "donetsk-peoples-republic"),
        ("Подмосковья", "moscow-oblast"),
        ("Kemerovo Region (Kuzbass)", "kemerovo-oblast"),
    ],
)
def test_common_variants(text: str, key: str) -> None:
    assert mentioned(text) == {key}


def test_longest_match_separates_moscow_from_moscow_region() -> None:
    assert find_regions("Moscow Region and Moscow") == {"moscow-oblast": 1, "moscow": 1}
    assert find_regions("в Москве и Московской области") == {"moscow": 1, "moscow-oblast": 1}


def test_nizhny_novgorod_is_not_also_novgorod() -> None:
    assert find_regions("Nizhny Novgorod, not Novgorod") == {
        "nizhny-novgorod-oblast": 1,
        "novgorod-oblast": 1,
    }


def test_mentions_are_counted() -> None:
    assert find_regions("Perm Krai. Perm. Пермского края. Kaluga.") == {
        "perm-krai": 3,
        "kaluga-oblast": 1,
    }


def test_text_without_regions() -> None:
    assert find_regions("") == {}
    assert find_regions("nothing regional here, only a region and a Republic") == {}


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "000_2e01f26ca4e8cdd6.txt",
            {"zabaikalsky-krai", "komi", "perm-krai", "amur-oblast", "moscow"},
        ),
        ("001_e7b59fb6efcab3d1.txt", {"kabardino-balkaria", "sverdlovsk-oblast", "komi"}),
        ("002_e91d40e2839ac9c3.txt", {"moscow"}),
        ("003_6eeeee992442b8a7.txt", {"kaluga-oblast", "moscow"}),
        (
            "004_a7103f3a12493ec7.txt",
            {
                "perm-krai",
                "udmurtia",
                "nizhny-novgorod-oblast",
                "novosibirsk-oblast",
                "saint-petersburg",
            },
        ),
    ],
)
def test_corpus_articles(name: str, expected: set[str]) -> None:
    assert mentioned((CORPUS / name).read_text(encoding="utf-8")) == expected


def test_perm_dominates_the_perm_article() -> None:
    counts = find_regions((CORPUS / "004_a7103f3a12493ec7.txt").read_text(encoding="utf-8"))
    assert max(counts, key=counts.__getitem__) == "perm-krai"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("kaluga", ["kaluga-oblast"]),
        ("Kaluga Region", ["kaluga-oblast"]),
        ("perm krai", ["perm-krai"]),
        ("Perm", ["perm-krai"]),
        ("пермский", ["perm-krai"]),
        ("Пермь", ["perm-krai"]),
        ("komi", ["komi"]),
        ("КОМИ", ["komi"]),
        ("moscow", ["moscow"]),
        ("moscow-oblast", ["moscow-oblast"]),
        ("Moscow Region", ["moscow-oblast"]),
        ("perm-k", ["perm-krai"]),
        ("kalug", ["kaluga-oblast"]),
        ("yakutia", ["sakha"]),
        ("свердловская", ["sverdlovsk-oblast"]),
        ("Свердловской", ["sverdlovsk-oblast"]),
        ("санкт-петербург", ["saint-petersburg"]),
        ("Санкт-Пётербург", ["saint-petersburg"]),
    ],
)
def test_resolve_region(query: str, expected: list[str]) -> None:
    assert resolve_region(query) == expected


def test_resolve_region_returns_every_region_a_word_fits() -> None:
    assert set(resolve_region("novgorod")) == {"nizhny-novgorod-oblast", "novgorod-oblast"}
    assert set(resolve_region("altai")) == {"altai-republic", "altai-krai"}


@pytest.mark.parametrize("query", ["", "   ", "-", "xyzzy", '"', "*", "perm " * 2000])
def test_resolve_region_without_a_match(query: str) -> None:
    assert resolve_region(query) == []


def test_table_has_all_89_subjects_with_unique_keys() -> None:
    regions = all_regions()
    keys = [region.key for region in regions]
    assert len(regions) == 89
    assert len(set(keys)) == 89
    assert all(key == key.lower() and key.isascii() and " " not in key for key in keys)
    kinds = [region.kind for region in regions]
    assert kinds.count("republic") == 24
    assert kinds.count("krai") == 9
    assert kinds.count("oblast") == 48
    assert kinds.count("federal city") == 3
    assert kinds.count("autonomous oblast") == 1
    assert kinds.count("autonomous okrug") == 4
    assert all(region.name_en and region.name_ru and region.federal_district for region in regions)


def test_every_region_is_found_by_its_own_names() -> None:
    for region in all_regions():
        assert region.key in mentioned(region.name_en), region.name_en
        assert region.key in mentioned(region.name_ru), region.name_ru
        assert region.key in resolve_region(region.name_en), region.name_en
        assert resolve_region(region.key) == [region.key]


def test_region_name() -> None:
    assert region_name("perm-krai") == "Perm Krai"
    assert region_name("saint-petersburg") == "Saint Petersburg"
    assert region_name("no-such-region") == "no-such-region"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("Perm Кома Коми Krai Region-'’.\n\x1bПермскогокрая")))
def test_any_text_gives_known_keys_and_positive_counts(text: str) -> None:
    known = {region.key for region in all_regions()}
    counts = find_regions(text)
    assert set(counts) <= known
    assert all(count > 0 for count in counts.values())
    assert all(key in known for key in resolve_region(text))


@pytest.mark.parametrize(
    ("word", "republic"),
    [("Tatarstan", True), ("Yakutia", True), ("Chechnya", True), ("Kazan", False), ("Perm", False)],
)
def test_a_word_names_a_republic_itself_not_its_capital(word: str, republic: bool) -> None:
    assert names_a_republic(word) is republic
