"""Bytes to text: every encoding the issue names decodes to the right Russian text."""

from __future__ import annotations

import codecs
import random

import pytest

from regreader.ingestion.decoding import BINARY_REASON, BinaryFileError, decode_bytes

RUSSIAN = (
    "Отныне для развития этой отрасли основным каналом поддержки станет Единая "
    "региональная субсидия. Губернатор Пермского края заявил, что её получили 200 организаций."
)
SHORT_RUSSIAN = "Привет, мир"
MIXED = "Zhargalma Badmazhapova said: «Единая региональная субсидия — это главный канал»."


@pytest.mark.parametrize("text", [RUSSIAN, SHORT_RUSSIAN, MIXED])
@pytest.mark.parametrize(
    "encode",
    [
        pytest.param(lambda t: t.encode("utf-8"), id="utf-8"),
        pytest.param(lambda t: codecs.BOM_UTF8 + t.encode("utf-8"), id="utf-8-bom"),
        pytest.param(lambda t: t.encode("utf-16"), id="utf-16-bom"),
        pytest.param(lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"), id="utf-16-be-bom"),
        pytest.param(lambda t: t.encode("utf-16-le"), id="utf-16-le"),
        pytest.param(lambda t: t.encode("utf-16-be"), id="utf-16-be"),
        pytest.param(lambda t: t.encode("cp1251"), id="cp1251"),
    ],
)
def test_russian_text_decodes_exactly(text: str, encode) -> None:  # type: ignore[no-untyped-def]
    assert decode_bytes(encode(text)).text == text


@pytest.mark.parametrize("text", [RUSSIAN, SHORT_RUSSIAN, "Съешь же ещё этих мягких булок"])
def test_koi8_r_is_not_mistaken_for_cp1251(text: str) -> None:
    decoded = decode_bytes(text.encode("koi8_r"))
    assert decoded.text == text
    assert decoded.encoding == "koi8_r"


def test_cp1251_is_recognised_as_cp1251() -> None:
    assert decode_bytes(RUSSIAN.encode("cp1251")).encoding == "cp1251"


def test_western_legacy_text_is_not_read_as_cyrillic() -> None:
    text = (
        "Le café du marché propose une crème brûlée délicieuse. Les élèves préfèrent "
        "les pâtisseries françaises; à Genève, la qualité est très appréciée."
    )
    decoded = decode_bytes(text.encode("cp1252"))
    assert not any("\u0400" <= char <= "\u04ff" for char in decoded.text)
    assert "caf" in decoded.text and "march" in decoded.text


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", id="png"),
        pytest.param(b"text with a \x00 nul byte in the middle", id="nul"),
        pytest.param(random.Random(7).randbytes(4096), id="random"),
        pytest.param(random.Random(8).randbytes(4096).replace(b"\x00", b"\x01"), id="no-nul"),
        pytest.param(b"\x01\x02\x03\x04\x05 control soup \x06\x07\x08" * 20, id="controls"),
        pytest.param(codecs.BOM_UTF8 + b"\xff\xfe\xfd broken", id="bad-utf8-after-bom"),
    ],
)
def test_binary_data_is_refused(data: bytes) -> None:
    with pytest.raises(BinaryFileError) as caught:
        decode_bytes(data)
    assert str(caught.value) == BINARY_REASON


def test_a_few_stray_controls_do_not_make_text_binary() -> None:
    text = "A long enough paragraph of ordinary English text. " * 5 + "\x07"
    assert decode_bytes(text.encode()).text == text
