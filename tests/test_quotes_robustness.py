"""Any text at all: the extractor never raises and every offset slices the body."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from regreader.quotes.extract import extract_quotes

# Text made mostly of what the extractor reacts to: marks, dashes, names, verbs, breaks.
_PIECES = st.sampled_from(
    [
        "«", "»", "“", "”", "„", "‘", "’", '"', "'", "‚", "‹", "›", "\n", "\n\n", " ", ", ",
        ". ", ": ", " — ", "...", "said", " he said", "сказал", "заявила она", "по словам ",
        "Бориса Белякова", "Dmitry Makhonin", "the governor", "глава региона", "children's",
        "Mikhail Mishustin: ", "Good", "Мы", "We will", "x", "1", "\u00a0", "—", "-",
    ]
)  # fmt: skip
_TEXT = st.one_of(
    st.lists(_PIECES, max_size=60).map("".join),
    st.text(max_size=300),
)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_offsets_stay_inside_the_body(body: str) -> None:
    extraction = extract_quotes(body)
    for item in (*extraction.quotes, *extraction.mentions):
        assert 0 <= item.start <= item.end <= len(body)
        assert body[item.start : item.end] == item.text
    for quote in extraction.quotes:
        assert quote.kind in ("quote", "turn")
        assert quote.lang in ("ru", "en", "mixed")
        if quote.part_of is not None:
            assert 0 <= quote.part_of < len(extraction.quotes)


def test_a_long_unclosed_quote_does_not_run_to_the_end() -> None:
    body = "He said: “this never closes.\n" + "Plain text here.\n" * 200 + "An end” to it."
    assert extract_quotes(body).quotes == ()
