"""Highlighting on the original text and cutting one-line snippets with exact spans."""

from __future__ import annotations

from regreader.search.snippets import (
    ELLIPSIS,
    Highlighter,
    HighlightTerm,
    leading_snippet,
    make_snippet,
)
from regreader.text import stem_text


def term(text: str, prefix: bool = False) -> HighlightTerm:
    return HighlightTerm(tuple(stem_text(text).split()), prefix)


def words(text: str, terms: tuple[HighlightTerm, ...]) -> list[str]:
    return [text[s:e] for o in Highlighter(terms).find(text) for s, e in o.spans]


def test_finds_every_form_of_a_russian_word_including_yo() -> None:
    text = "Субсидию дали. СУБСИДИИ нет. Ёлочный базар и елочные игрушки."
    assert words(text, (term("субсидия"),)) == ["Субсидию", "СУБСИДИИ"]
    assert words(text, (term("елочный"),)) == ["Ёлочный", "елочные"]


def test_english_stems_that_rewrite_the_ending() -> None:
    text = "Happy people, happiness and the happiest region; regional regions."
    assert words(text, (term("happy"),)) == ["Happy", "happiness"]  # both stem to happi
    assert words(text, (term("regions"),)) == ["region", "regional", "regions"]


def test_prefix_terms_and_phrases() -> None:
    text = "Import substitution and import of substitutes; import substituted."
    assert words(text, (term("substitu", prefix=True),)) == [
        "substitution",
        "substitutes",
        "substituted",
    ]
    phrase = Highlighter((term("import substitution"),)).find(text)
    assert [[text[s:e] for s, e in o.spans] for o in phrase] == [
        ["Import", "substitution"],
        ["import", "substituted"],  # the same stems: substitut
    ]


def test_prefix_finds_words_whose_stem_is_shorter_than_the_prefix() -> None:
    text = "Innovation and innovative regions; innocent bystanders."
    innovat = HighlightTerm(("innovat",), prefix=True, shorter=("inno", "innov", "innova"))
    assert words(text, (innovat,)) == ["Innovation", "innovative"]


def test_text_whose_lower_case_changes_length_still_matches() -> None:
    text = "İstanbul and Ёлки: subsidies"  # "İ".lower() is two characters
    assert words(text, (term("subsidy"), term("елки"))) == ["Ёлки", "subsidies"]


def test_words_inside_other_words_do_not_count() -> None:
    assert words("permanent Perm, Пермь", (term("perm"),)) == ["Perm"]


def test_snippet_spans_point_at_the_matched_words() -> None:
    body = (
        ("Filler words go here. " * 30)
        + "The\nunified   regional subsidy\tarrived. "
        + ("More filler text. " * 30)
    )
    terms = (term("subsidy"), term("regional"))
    snippet = make_snippet(body, Highlighter(terms).find(body))
    assert snippet.text.startswith(ELLIPSIS) and snippet.text.endswith(ELLIPSIS)
    assert "\n" not in snippet.text and "\t" not in snippet.text and "   " not in snippet.text
    assert [snippet.text[s:e] for s, e in snippet.highlights] == ["regional", "subsidy"]
    assert len(snippet.text) <= 240


def test_snippet_prefers_the_window_with_most_distinct_terms() -> None:
    body = "alpha " * 50 + "filler " * 40 + "alpha beta together. " + "filler " * 40
    terms = (term("alpha"), term("beta"))
    snippet = make_snippet(body, Highlighter(terms).find(body))
    assert "beta" in snippet.text


def test_snippet_never_cuts_a_word() -> None:
    body = "Supercalifragilistic " * 40 + "needle " + "Antidisestablishment " * 40
    snippet = make_snippet(body, Highlighter((term("needle"),)).find(body))
    inner = snippet.text.strip(ELLIPSIS + " ")
    assert all(
        word in {"Supercalifragilistic", "needle", "Antidisestablishment"} for word in inner.split()
    )


def test_leading_snippet_for_listings() -> None:
    snippet = leading_snippet("Short body.")
    assert snippet.text == "Short body." and snippet.highlights == ()
    long = leading_snippet("word " * 100)
    assert long.text.endswith(ELLIPSIS) and long.text.count("word") < 100


def test_markup_like_text_is_kept_verbatim() -> None:
    body = "[bold]x[/bold] and \x1b[31m red"
    snippet = leading_snippet(body)
    assert "[bold]x[/bold]" in snippet.text


def test_a_word_hyphenated_at_a_line_break_stays_one_word() -> None:
    """'Petrova-\\nVodkina' in a hard-wrapped text reads 'Petrova-Vodkina', as the reader
    shows it, not 'Petrova- Vodkina'."""
    body = "The architect Anna Petrova-\nVodkina said the plan was late.\nA new line."
    snippet = make_snippet(body, Highlighter((term("Vodkina"),)).find(body))
    assert "Petrova-Vodkina said" in snippet.text
    assert [snippet.text[s:e] for s, e in snippet.highlights] == ["Vodkina"]
    assert leading_snippet(body).text.startswith("The architect Anna Petrova-Vodkina said")
