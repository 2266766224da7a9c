"""extract_quotes(body): every direct quote and named mention of an article body.

1. Pair the quote marks (marks.py) into spans; spans inside other spans are nested.
2. Collect the article's people and their roles (people.People).
3. For each top-level span read its attribution: a transcript label, the words after it,
   its sentence before it, or a sentence just before naming one person. Then decide what
   it is: a quote (speech, or a few words quoted inside reported speech), a named mention
   (a programme, company or title in marks) or neither (a scare-quoted term).
4. Paragraphs that open with a dash and name their speaker after a second dash are
   speech without marks, the Russian way (dashes.py).
5. Lines that open with a person's name and a colon are transcript turns.
6. Quotes of a headline (a short first line) shorten words the article quotes: dropped.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from typing import TypeVar

from regreader.quotes.dashes import (
    DashCandidate,
    announced_lines,
    closing_attribution,
    continuation,
    dash_candidates,
    has_dash_lines,
)
from regreader.quotes.interviews import find_interview
from regreader.quotes.key_quotes import speakers_of_listed_quotes
from regreader.quotes.labels import Label, resolve_label_speaker, transcript_labels
from regreader.quotes.marks import Span, find_spans
from regreader.quotes.markup import without_markup
from regreader.quotes.model import ExtractedQuote, Extraction, Mention
from regreader.quotes.people import Covered, People
from regreader.quotes.role_case import nominative_role
from regreader.quotes.sentences import clause_start, last_index_before
from regreader.quotes.speakers import (
    IN_THE_WORDS_OF_RE,
    NO_ATTRIBUTION,
    POSSESSIVE_INTRO_RE,
    Attribution,
    Attributor,
    reads_out_a_message,
    told_to_the_speaker,
)
from regreader.quotes.verbs import (
    INTRO_WORDS,
    PEOPLE_AT_LARGE,
    PHRASE_NOUNS,
    PHRASE_STEM_RE,
    WHAT_ONE_CALLS_RE,
    WHOSE_PHRASE_RE,
    find_verb,
    office_calls_it,
    partial_quote_verb,
    people_at_large_call,
)
from regreader.text import (
    WORD_RE,
    dominant_language,
    fold,
    quote_language,
    script_of,
    stem_word,
    word_set,
)
from regreader.wrapping import unwrapped

_TERMINAL = tuple(".!?…,;:")
_SENTENCE_TERMINAL = tuple(".!?…")
_FULL_STOPS = (".", "…")
_LATIN_WORD_RE = re.compile(r"[“\"'‘(]?[A-Za-z]")
_LETTER_RE = re.compile(r"[^\W\d_]")
_SENTENCE_WORDS = 6
_MAX_MENTION_WORDS = 8
# Nouns that name the thing in marks: 'the “Alabuga-Volokno” plant', 'программа «...»'.
_NAMING_NOUNS = re.compile(
    r"(?:programme|program|project|company|companies|plant|factory|forum|festival|contest"
    r"|competition|fund|foundation|cent(?:er|re)|corporation|group|holding|bank|brand|label"
    r"|initiative|park|technopark|cluster|zone|platform|party|movement|campaign|newspaper"
    r"|magazine|book|film|award|prize|slogan|motto|JSC|LLC|PJSC|OJSC|CJSC|plc|Ltd|agency"
    r"|outlet|channel|website|site|daily|weekly|titled|entitled|called|dubbed|named|report"
    r"|review|study|survey|paper|index|documentary|series|доклад\w*|отч[её]т\w*|обзор\w*"
    r"|исследовани\w*|рейтинг\w*|индекс\w*"
    r"|association|union|society|club|team|enterprise|school|university|institute|museum"
    r"|theat(?:er|re)|exhibition|conference|venture|operator|system|portal|service|app"
    r"|strategy|law|act|bill|decree|concept|hackathon|olympiad|marathon|route|brand"
    r"|interview|интервью|scheme|схем\w*"
    r"|headline|heading|title|(?:гос|под)?программ(?!ист)\w*|нацпроект\w*|проект\w*|закон\w*"
    r"|заголов\w*|компани\w*|завод\w*|предприяти\w*|образовани[яеюи]|учреждени[яеюи]"
    r"|комбинат\w*|фабрик\w*|форум\w*|фестивал\w*|конкурс\w*|фонд\w*|центр\w*|корпораци\w*"
    r"|групп\w*|холдинг\w*|банк\w*|бренд\w*|марк\w*|инициатив\w*|парк\w*|технопарк\w*"
    r"|кластер\w*|зон\w*|платформ\w*|парти\w*|движени\w*|акци\w*|кампани\w*|газет\w*"
    r"|журнал(?!ист)\w*|книг\w*|фильм\w*|преми\w*|лозунг\w*|ООО|АО|ПАО|ОАО|ЗАО|АНО|ГУП|МУП|ФГУП"
    r"|ГК|ГБУ|МБУ|ГКУ|ГАУ|МКУ|МАУ|ФКУ|ФГБУ|ОГБУ|КГБУ|КГКУ|ГУ|ФБУ|ФГУ|ФКП|НКО|петици\w*"
    r"|агентств\w*|ассоциаци\w*|союз\w*|обществ\w*|клуб\w*|команд\w*|школ\w*"
    r"|университет\w*|институт\w*|музе\w*|театр\w*|выставк\w*|конференци\w*|оператор\w*"
    r"|систем\w*|портал\w*|сервис\w*|приложени\w*|стратеги\w*|концепци\w*|указ\w*"
    r"|хакатон\w*|олимпиад\w*|марафон\w*|маршрут\w*|объединени\w*|комплекс\w*|АЭС|ГЭС|ТЭЦ"
    r"|ОЭЗ|СПК|КФХ|ТОР|ТОСЭР|учреждени\w*|издани\w*|телеканал\w*|радио|канал\w*|сайт\w*"
    r"|названи\w*|колхоз\w*|совхоз\w*|артел[иьюяе]\w*|кооператив\w*|СХПК|farm|cooperative)$",
    re.IGNORECASE,
)
# The nouns a title follows with nothing between ('кампания «...»', 'под названием «...»').
_TITLE_NOUN_RIGHT_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:кампани[яиюей]|акци[яиюей]|названием|заголовком|рубрик[аиуео]й?"
    # 'благотворительный марафон «Тузлукуль, мы с тобой!»'.
    r"|марафон[аеу]?|флешмоб[аеу]?|campaign|slogan|headline|heading)[ \u00a0]+$",
    re.IGNORECASE,
)
_WORD_AT_END_RE = re.compile(r"[\w-]+$")
_FIRST_WORD_RE = re.compile(r"[ \t\u00a0]*([\w-]+)")
_QUOTE_MARKS = set("«»‹›“”„‘’‚\"'")
_INHERIT_DISTANCE = 600
_ANY_MARK_OR_COLON_RE = re.compile(r"[«»‹›“”„‘’‚\"':]")


def extract_quotes(body: str) -> Extraction:
    """All quotes and named mentions in `body`, in text order. Pure: no I/O.

    The text is read in a copy (wrapping.py, markup.py): a hard-wrapped text unwrapped,
    Markdown's and e-mail's marks blanked. The offsets found there are taken back to
    `body`, and the quotes' and mentions' texts taken from it.
    """
    copy = unwrapped(body)
    read = without_markup(copy.text if copy is not None else body)
    if read is body:
        return _extract(body)
    found = _extract(read)

    def back(item: _Found) -> _Found:
        if copy is None:
            start, end = item.start, item.end
        else:
            start, end = copy.original(item.start), copy.original_end(item.end)
        return replace(item, text=body[start:end], start=start, end=end)

    return Extraction(
        tuple(back(quote) for quote in found.quotes),
        tuple(back(mention) for mention in found.mentions),
    )


_Found = TypeVar("_Found", ExtractedQuote, Mention)


def _extract(body: str) -> Extraction:
    dash_lines = has_dash_lines(body)
    if not dash_lines and not _ANY_MARK_OR_COLON_RE.search(body):
        return Extraction((), ())  # nothing in marks, no "Name:" line, no dash: the common case
    spans = find_spans(body)
    span_starts = [span.start for span in spans]  # sorted: find_spans sorts by start
    top = [span for span in spans if span.depth == 0]
    labels = transcript_labels(body)
    label_by_text_start = {label.text_start: label for label in labels}
    candidates = list(dash_candidates(body)) if dash_lines else []
    people = People.of(
        body, [(span.start, span.end) for span in top], [c.first for c in candidates]
    )
    attributor = Attributor(body, people)

    quotes: list[ExtractedQuote] = []
    mentions: list[Mention] = []
    kept_top: list[Span] = []
    previous: Span | None = None
    pairs, dropped = _translation_pairs(body, top)
    for index, span in enumerate(top):
        if index in dropped:
            continue
        start, end = _trimmed(body, span.start, span.end)
        text = body[start:end]
        if not _LETTER_RE.search(text):
            continue
        # A quote with its translation in parentheses is read as one: its attribution
        # and what names it stand around the pair.
        around, after_index = pairs.get(index, (span, index + 1))
        next_open = _attribution_limit(body, top, after_index, around.end + 1)
        label = label_by_text_start.get(span.start - 1)
        attribution = _attribution(body, around, label, people, attributor, previous, next_open)
        kind = _classify(body, around, text, attribution)
        if (
            (kind is None or (kind == "quote" and attribution.how == ""))
            and quotes
            and (
                _goes_on_partial(body, previous, span, text)
                or _goes_on_after_its_attribution(body, previous, span, text)
            )
        ):
            # '... called it "a serious mistake" that would leave it "in debt"'
            kind = "quote"
            attribution = Attribution(quotes[-1].speaker, quotes[-1].role, "inherited")
        if kind == "quote" and _shares_the_sentence_speaker(
            body, quotes, previous, span, attribution
        ):
            # 'Kravtsov called the situation «...» and accused officials of "..."': the
            # sentence's speaker said both.
            attribution = Attribution(quotes[-1].speaker, quotes[-1].role, "inherited")
        if kind == "mention":
            # Not the floor of the next quote's attribution: 'told the newspaper
            # “Вечерний Новосибирск” that ...: “...”' goes on past a name.
            mentions.append(_mention(body, start, end))
            continue
        if kind != "quote":
            continue
        # Read once, with the article's persons: trimming leaves the words inside alone.
        inner = people.inner.get(span.start)
        if inner is not None:
            attribution = attributor.inner(inner)
            _append_inner_parts(body, quotes, start, end, inner, attribution)
            kept_top.append(span)
            previous = span
            _add_nested_mentions(body, spans, span_starts, span, mentions)
            continue
        part_of = _split_from(body, quotes, kept_top, span, attributor)
        if part_of is not None:
            first = quotes[part_of]
            attribution = Attribution(first.speaker, first.role, "split")
        if (
            attribution.how == "before"
            and attribution.speaker is None
            and attribution.role is None
            and quotes
            and attributor.speaks_on(span.start - 1)
        ):
            # 'И добавил: «...»': the one who spoke last goes on.
            attribution = Attribution(quotes[-1].speaker, quotes[-1].role, "inherited")
        if attribution.how == "":
            # A quote standing inside a sentence that does not attribute it ('a notice on
            # the door reads «...»') is nobody's; one opening its sentence goes on.
            opens = attributor.opens_sentence(span.start - 1)
            attribution = (
                attributor.signed_below(span.start - 1, span.end)
                or attributor.introduced(span.start - 1)
                or (
                    _inherit(body, quotes[-1], start, people, attributor)
                    if quotes and opens
                    else (not opens and attributor.sentence_subject(span.start - 1))
                    or NO_ATTRIBUTION
                )
            )
        if attribution.speaker is None and quotes and _BY_THE_OPPONENT_RE.match(body, span.end):
            # '«...», — парировал оппонент': the other side of the exchange.
            attribution = _the_other_side(quotes, attribution)
        quotes.append(_speech(body, start, end, attribution, part_of))
        kept_top.append(span)
        previous = span
        _add_nested_mentions(body, spans, span_starts, span, mentions)

    nested: set[int] = set()
    if dash_lines:
        nested = _add_dash_speech(body, quotes, top, candidates, attributor)
    if dash_lines or ": —" in body or ": –" in body:
        nested |= _add_announced_dash_lines(body, quotes, attributor)
    quotes = _answers_in_first_person(body, quotes, people)
    quotes = speakers_of_listed_quotes(body, quotes)
    turns = _turns(body, labels, top, people)
    if turns:
        quotes = _told_by_the_turn(body, quotes, turns)
    dropped = nested | _headline_quotes(body, quotes, {label.line_start for label in labels})
    ordered = sorted(
        (q for q in quotes + turns if id(q) not in dropped), key=lambda q: (q.start, q.kind)
    )
    return Extraction(tuple(_renumber(ordered, quotes)), tuple(sorted(mentions, key=_by_start)))


# A list item that names its speaker before a colon and their words in marks.
_LABELLED_ITEM_RE = re.compile(r"[^\n:«»\"“”„]{3,120}:[ \t\u00a0]*[«\"“„]")


def _answers_in_first_person(
    body: str, quotes: list[ExtractedQuote], people: People
) -> list[ExtractedQuote]:
    """In an interview, a quote an answer gives in the first person ('I told them: "..."')
    is the interviewee's (interviews.py)."""
    if not any(q.speaker is None for q in quotes):
        return quotes
    interview = find_interview(body, people)
    if interview is None:
        return quotes
    person = interview.interviewee

    def theirs(quote: ExtractedQuote) -> bool:
        # Not the words of someone the answer describes: 'a district head who told me, «...»'.
        return (
            quote.speaker is None
            and quote.role is None
            and interview.answers_in_first_person(body, quote.start)
        )

    return [
        replace(quote, speaker=person.name, role=nominative_role(person.role))
        if theirs(quote)
        else quote
        for quote in quotes
    ]


def _add_dash_speech(
    body: str,
    quotes: list[ExtractedQuote],
    top: list[Span],
    candidates: list[DashCandidate],
    attributor: Attributor,
) -> set[int]:
    """Speech set off by dashes (dashes.py) that no quote marks hold already. Quotes in
    marks inside it quote someone within the speech ('— Он мне тогда сказал: «Потерпите до
    лета». Лето прошло, — вздыхает она'): part of it, as a quote inside a quote is; their
    ids are returned, to drop."""
    taken = Covered([(span.start, span.end) for span in top] + [(q.start, q.end) for q in quotes])
    top_starts = [span.start for span in top]  # sorted, as top is
    marked = list(quotes)
    parts = {quote.part_of for quote in marked}
    nested: set[int] = set()
    for candidate in candidates:
        start = candidate.first[0]
        if taken.overlaps(start, min(start + 2, candidate.first[1])) and not _opens_with_a_name(
            body, top, top_starts, candidate
        ):
            continue  # the speech is in marks already ('— «...», — сказал он')
        if _inside_marks(top, top_starts, candidate.first[1]):
            # '— Подстанций стало меньше ... Старший врач по рации: «Игорь, — говорит, —
            # ...»': the dash that seems to end the speech splits a quote in marks.
            continue
        attribution = attributor.after(candidate.first[1], candidate.line_end)
        if attribution is None:
            continue  # a list item or an interview's line: nothing says who speaks
        bounds = [candidate.first, *continuation(body, candidate)]
        if len(bounds) > 1:
            bounds[-1] = _before_a_closing_attribution(body, bounds[-1], attributor)
        _append_parts(body, quotes, bounds, attribution)
        nested.update(
            id(quote)
            for index, quote in enumerate(marked)
            if quote.part_of is None
            and index not in parts
            and any(low <= quote.start and quote.end <= high for low, high in bounds)
        )
    return nested


def _before_a_closing_attribution(
    body: str, bound: tuple[int, int], attributor: Attributor
) -> tuple[int, int]:
    """The last stretch of a dash line without a second attribution closing it ('...,
    — добавляет Анна Юрьевна.')."""
    start, end = bound
    cut = closing_attribution(body, start, end)
    if cut is None:
        return bound
    closing = attributor.after(cut, end)
    if closing is None or not closing.direct or not (closing.speaker or closing.role):
        return bound
    return start, cut


def _opens_with_a_name(
    body: str, top: list[Span], top_starts: list[int], candidate: DashCandidate
) -> bool:
    """Whether the speech only opens with words in marks and goes on past them: '—
    «Безостую 100», как всегда, — отвечает Николай' names a wheat, then speaks."""
    start, end = candidate.first
    index = bisect.bisect_right(top_starts, start + 1) - 1  # a span starts past its mark
    if index < 0 or top[index].start != start + 1:
        return False
    return _LETTER_RE.search(body, top[index].end + 1, end) is not None


def _inside_marks(top: list[Span], top_starts: list[int], position: int) -> bool:
    index = bisect.bisect_right(top_starts, position) - 1
    return index >= 0 and top[index].start <= position < top[index].end


def _add_announced_dash_lines(
    body: str, quotes: list[ExtractedQuote], attributor: Attributor
) -> set[int]:
    """'Он заявил:\n— Жители часто спрашивают меня: «А нам-то что с этого?» Отвечаю: ...':
    a dash line announced by a verb of saying and a colon at the end of the line before is
    one quote; quotes found inside it are part of it (their ids are returned, to drop)."""
    parts = {quote.part_of for quote in quotes}
    nested: set[int] = set()
    for dash, speech_start, line_end in announced_lines(body):
        start, end = _trimmed(body, speech_start, line_end)
        if start >= end or any(q.start <= start < q.end for q in quotes):
            continue  # nothing said, or speech the line already gave (dash speech)
        item = _LABELLED_ITEM_RE.match(body, start, end)
        if item and not find_verb(body, start, item.end()):
            # '- Governor X (Kirov region): "..."': a list of who said what (but '—
            # Жители часто спрашивают меня: «...» Отвечаю: ...' is one speech).
            continue
        if body[start] in _QUOTE_MARKS:
            continue  # '— «...»': the marks hold the quote
        if body[:line_end].rstrip().endswith(";"):
            continue  # 'перечислил меры:\n— проверка всех контрактов ...;': a list's item
        attribution = attributor.before(dash)
        # A verb and a colon, or a person named on a short line ending in a colon
        # ('Политолог Эртине Монгуш, Тувинский государственный университет:' over a live
        # blog's dash line; not a long sentence naming two people, then 'перепалка:').
        if attribution is None or not (
            attribution.announced or (attribution.speaker and _short_line_before(body, dash))
        ):
            continue
        within = [(i, q) for i, q in enumerate(quotes) if start <= q.start and q.end <= end]
        if any(q.part_of is not None or i in parts for i, q in within):
            continue  # a quote split around its own attribution: the line is not one quote
        nested.update(id(q) for _, q in within)
        quotes.append(_speech(body, start, end, attribution, None))
    return nested


_LABEL_LINE_CHARS = 100


def _short_line_before(body: str, dash: int) -> bool:
    """Whether the non-blank line before a dash line is no longer than a label."""
    end = len(body[:dash].rstrip())
    start = body.rfind("\n", 0, end) + 1
    return end - start <= _LABEL_LINE_CHARS


# Parentheses, or the square brackets some analysts put a translation in: '«...» ["..."]'.
# A translation's label may open its brackets: '[EN: "..."]', '(пер.: «...»)'.
_TRANSLATION_LABEL = (
    r"(?P<label>(?:EN|ENG|RU|RUS|англ|рус|пер|перевод|translation|transl)\.?[ \t\u00a0]*:"
    r"[ \t\u00a0]*|(?:literally|lit\.|буквально|дословно)[ \t\u00a0]+)?"
)
# A gloss after a dash or a comma: 'calls the mood “подвешенное” — literally “suspended”'.
_GLOSS_RE = re.compile(
    r"[ \t\u00a0]*(?:[—–]|,)[ \t\u00a0]*(?:literally|meaning|roughly|буквально|дословно)"
    r"[ \t\u00a0]+",
    re.IGNORECASE,
)
_OPEN_PARENTHESIS_RE = re.compile(
    rf"[.!?…]?[ \t\u00a0]*[(\[][ \t\u00a0]*{_TRANSLATION_LABEL}", re.IGNORECASE
)
# Where a translation opens after the attribution: 'he told the legislature ("...")',
# '— говорится в сообщении. [EN: "..."]'.
_TRANSLATION_OPENING_RE = re.compile(
    rf"[.!?…]?[ \t\u00a0]*[(\[][ \t\u00a0]*{_TRANSLATION_LABEL}$", re.IGNORECASE
)
_CLOSE_PARENTHESIS_RE = re.compile(r"[ \t\u00a0]*[)\]]")


# Letters of the Turkic languages written in Cyrillic (Tatar, Bashkir, Yakut ...), which
# Russian has not: «Хөрмәтле коллегалар» («Уважаемые коллеги») is a pair.
# Letters of the Turkic and Mongolic languages written in Cyrillic (Tatar, Bashkir, Sakha,
# Buryat, Chuvash's ӑ ӗ ӳ, Kazakh's і ұ қ), none of them Russian's.
_TURKIC_CYRILLIC_RE = re.compile("[әөүҗңһҡғҙҫҕҥӑӗӳіұқӘӨҮҖҢҺҠҒҘҪҔҤӐӖӲІҰҚ]")


def _pair_language(text: str) -> str:
    """The language of one member of a translation pair, by script."""
    return "tt" if _TURKIC_CYRILLIC_RE.search(text) else quote_language(text)


def _translation_pairs(body: str, top: list[Span]) -> tuple[dict[int, tuple[Span, int]], set[int]]:
    """'«Мы построим дорогу» ("We will build the road"), he said': one quote, given twice.

    A span in parentheses right after another, in another language, is the same words
    translated. Of each pair the one in the other language than the reporter's (the
    paragraph's, or the article's) is kept;
    returned: for each kept index, a span over the whole pair (its attribution and naming
    nouns stand around it) and the index after the pair; and the indexes to skip.
    """
    pairs: dict[int, tuple[Span, int]] = {}
    dropped: set[int] = set()
    for index in range(len(top) - 1):
        first, second = top[index], top[index + 1]
        if index in dropped:
            continue
        opening = _OPEN_PARENTHESIS_RE.fullmatch(body, first.end + 1, second.start - 1)
        if opening is not None:
            closing = _CLOSE_PARENTHESIS_RE.match(body, second.end + 1)
            if closing is None:
                continue
            end = closing.end()
        elif _GLOSS_RE.fullmatch(body, first.end + 1, second.start - 1):
            end = second.end + 1
        else:
            continue
        languages = (_pair_language(body[first.start : first.end]),
                     _pair_language(body[second.start : second.end]))  # fmt: skip
        if languages[0] == languages[1]:
            continue
        # The words as said are the ones in the other language than the article's; its
        # own language is the reporter's translation, before or after them: '«Мы построим
        # дорогу» ("We will build the road")' and '"We will build the road" («Мы построим
        # дорогу»)' in English, '«Nobody moves faster than you» («Никто ...»)' in Russian.
        # But a Russian text may give its own Russian words with an English rendering for
        # a report ('«Ну, как-нибудь» ("Well, somehow")'): a first member in the article's
        # language gives way only to a Russian one, the language officials here speak.
        reporters_language = _language_around(body, first.start - 1, end)
        translated_first = languages[0] == reporters_language and languages[1] == "ru"
        if opening is None or opening.group("label"):
            # '[EN: "..."]', '— literally "..."' say which one is the translation.
            translated_first = False
        keep, drop = (index + 1, index) if translated_first else (index, index + 1)
        whole = Span(first.start, end - 1, first.opener, 0)
        pairs[keep] = (whole, index + 2)
        dropped.add(drop)
    dropped |= _translations_after_attribution(body, top, set(pairs) | dropped)
    return pairs, dropped


_TRANSLATION_REACH = 200


def _language_around(body: str, start: int, end: int) -> str:
    """The reporter's language around a pair of quotes: that of the rest of its paragraph
    (a bilingual page gives English entries among Russian ones), else of the article."""
    paragraph_start = body.rfind("\n", 0, start) + 1
    paragraph_end = body.find("\n", end)
    paragraph_end = len(body) if paragraph_end < 0 else paragraph_end
    around = body[paragraph_start:start] + " " + body[end:paragraph_end]
    if len(around.split()) >= _WORDS_FOR_A_LANGUAGE:
        return dominant_language(around)
    return dominant_language(body)


_WORDS_FOR_A_LANGUAGE = 6


def _translations_after_attribution(body: str, top: list[Span], paired: set[int]) -> set[int]:
    """'«Мы не будем закрывать ...», he told the legislature ("We will not close ...")':
    the reporter's translation in parentheses, later in the sentence of the quote it
    translates. The indexes of such translations (in the article's language, after a
    quote in the other one)."""
    found: set[int] = set()
    article_language = ""
    for index in range(1, len(top)):
        first, second = top[index - 1], top[index]
        if index in paired or index - 1 in paired or index - 1 in found:
            continue
        if second.start - first.end > _TRANSLATION_REACH:
            continue
        between = body[first.end + 1 : second.start - 1]
        opening = _TRANSLATION_OPENING_RE.search(between)
        if (
            opening is None
            or _SENTENCE_BREAK_RE.search(between, 0, opening.start())
            or _CLOSE_PARENTHESIS_RE.match(body, second.end + 1) is None
        ):
            continue
        article_language = article_language or dominant_language(body)
        language = quote_language(body[second.start : second.end])
        if language == quote_language(body[first.start : first.end]):
            continue
        if language == article_language or opening.group("label"):
            found.add(index)
    return found


_NAME_IN_ATTRIBUTION_WORDS = 3
# Farther than any attribution after a quote is read (speakers._MAX_AFTER and more).
_ATTRIBUTION_REACH = 600
_SENTENCE_BREAK_RE = re.compile(r"[.!?…\n]")


def _attribution_limit(body: str, top: list[Span], index: int, position: int) -> int:
    """How far the words after a quote may be read for its attribution: to the next quote
    mark, past short names in marks inside the attribution itself ('», — сказал
    «Интерфаксу» заместитель губернатора Андрей Лыков', as wire copy writes it), and
    never further than an attribution reaches: text with no sentence breaks and many
    short spans (apostrophes read as marks) made this quadratic."""
    reach = position + _ATTRIBUTION_REACH
    while index < len(top):
        span = top[index]
        if span.start > reach:
            return reach
        if _SENTENCE_BREAK_RE.search(body, position, span.start):
            return span.start - 1  # the usual case, found first: the next quote is further on
        text = body[span.start : span.end].strip()
        if len(text.split()) > _NAME_IN_ATTRIBUTION_WORDS or text.endswith(_TERMINAL):
            return span.start - 1
        position = span.end + 1
        index += 1
    return len(body)


def _mention(body: str, start: int, end: int) -> Mention:
    """A name in marks, without the comma American punctuation puts inside them."""
    while end > start + 1 and body[end - 1] in ",;:":
        end -= 1
    return Mention(body[start:end], start, end)


def _by_start(mention: Mention) -> int:
    return mention.start


def _trimmed(body: str, start: int, end: int) -> tuple[int, int]:
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    return start, end


def _attribution(
    body: str,
    span: Span,
    label: Label | None,
    people: People,
    attributor: Attributor,
    previous: Span | None,
    next_open: int,
) -> Attribution:
    if label is not None:
        return Attribution(resolve_label_speaker(people, label), label.role, "label", True)
    in_table = attributor.table_row(span.start - 1, span.end)
    if in_table is not None:
        return in_table
    cited = attributor.cited(span.end + 1)
    if cited is not None:
        return cited
    if attributor.newsroom_question(span.start - 1, span.end):
        return Attribution(None, None, "before", True)
    floor = previous.end + 1 if previous is not None else 0
    after = attributor.after(span.end + 1, next_open)
    if after is not None and after.direct and (after.speaker or after.role):
        return after
    before = attributor.before(span.start - 1, floor)
    if after is not None and after.direct:
        # '... described it as “...”, according to two participants': sources who name
        # nobody leave the words to the one the sentence says spoke them.
        return before if before is not None and before.speaker else after
    if after is not None and not (
        before is not None
        and (
            before.announced
            or (before.direct and before.speaker and not after.speaker)
            # 'He added that the ministry had received "more than four thousand" comments
            # during ...': words after that name no one and are not joined to the quote
            # leave it to the one named before.
            or (before.speaker and not after.speaker and not after.role)
        )
    ):
        # 'A resident wrote: ‘...?’ Kovtun said a tender would be held': a verb and a
        # colon that open the quote outweigh a sentence after it that is not joined to
        # it; so do words naming the speaker right before it when the verb after names
        # no one ('..., по его словам, «...») считает, что').
        return after
    return before or NO_ATTRIBUTION


def _classify(body: str, span: Span, text: str, attribution: Attribution) -> str | None:
    """'quote', 'mention' or None (a scare-quoted word or phrase)."""
    words = text.split()
    # "'Priority measures,'" Krasnova repeats: a quote of a quote ends where the inner does.
    ends_clause = text.rstrip(_INNER_CLOSERS).endswith(_TERMINAL)
    # A comma inside the marks is American punctuation, not speech: '“Orsk Today,” has'.
    name_like = _name_like(text, words, text.endswith(_SENTENCE_TERMINAL))
    # A label, or a verb after the quote: joined to it by punctuation inside the marks
    # ('," she said') or outside ('», — заявил'); '«БИЗНЕС Online» reported' is neither.
    said = attribution.how == "label" or (attribution.how == "after" and attribution.direct)
    # 'холдинга «Уральские локомотивы», рассказала': the verb is the subject's, whose
    # name the marks hold.
    if attribution.how == "unsaid":
        return None
    if _slogan_before(body, span.start - 1):
        return "mention"  # 'под девизом «Газ — в каждый дом!»': a slogan, however worded
    listed_after = _joined_to_previous(body, span.start - 1, commas=True)
    # 'плакаты «Верните наши квартиры» и «Губернатор, услышьте нас!»', 'так называемые
    # «кешбэк-схемы» и «ипотеку от застройщика»': the second is what the first is.
    if listed_after is not None and _slogan_before(body, listed_after):
        return "mention"
    joined_to = _joined_to_previous(body, span.start - 1) if listed_after is not None else None
    if joined_to is not None:
        if _SO_CALLED_RE.search(body, max(0, joined_to - 24), joined_to):
            return None
        if people_at_large_call(body, clause_start(body, joined_to), joined_to):
            return None  # 'которую давно называют «вечной стройкой» и «забором за ...»'
    if _TITLE_NOUN_RIGHT_BEFORE_RE.search(
        body, max(0, span.start - 24), span.start - 1
    ) and not _CALLED_IT_RE.search(body, max(0, span.start - 60), span.start - 1):
        # 'кампания «Стоп, мошенник!»', 'под общим названием „Чья это карта?“': a title,
        # however worded, right after the noun it names (not 'назвала кампанию
        # «спокойной»', what someone called it).
        return "mention"
    if "как" in body[max(0, span.start - 9) : span.start] and _SPOKEN_OF_AS_RE.search(
        body, max(0, span.start - 40), span.start - 1
    ):
        return None  # 'за глаза говорят как о «главном архивариусе»': what people call him
    lead = body[max(0, span.start - 40) : span.start - 1]  # what stands before the marks
    if ("what" in lead or "как" in lead or "что" in lead) and WHAT_ONE_CALLS_RE.search(lead):
        return "quote"  # 'what he calls "PowerPoint investors"': his words, capitals or not
    if "call" in lead and _A_THING_ONE_CALLS_RE.search(lead):
        return "quote"  # 'a choice Gabitov calls "non-negotiable."
    if (
        (not text[:1].isupper() or _RELATIVE_IN_TEXT_RE.search(text))
        and _describes_it_as(_described_as(body, span.start - 1))
        # 'Some parents have dismissed the offer as “hush money.”': people at large.
        and not people_at_large_call(body, clause_start(body, span.start - 1), span.start - 1)
    ):
        # 'the report describes the project as "70% complete"'; 'a dealer he will identify
        # only as "Gennady, who is long dead"' (no name holds a relative clause).
        return "quote"

    if lead.rstrip(" \u00a0").endswith(_SAYING_INSTRUMENTAL):
        return "quote"  # 'завершила речь башкирской пословицей «...»': the saying, said
    if _PHRASE_WAS_RE.search(body, max(0, span.start - 80), span.start - 1):
        return "quote"  # 'The phrase that drew the most anger was «кто громче всех кричит»'
    wide = body[max(0, span.start - 120) : span.start]
    if ("ording" in wide or "ормулировк" in wide) and _WORDING_BEFORE_RE.search(
        body, max(0, span.start - 120), span.start - 1
    ):
        # 'the official wording had become a formality: he was leaving «по собственному
        # желанию»': the wording, quoted after the colon.
        return "quote"
    if attribution.speaker is not None and _PHRASE_NOUN_RE.search(lead, len(lead) - 16):
        # 'Фразу «Манай хотын хүн бүхэн үнэтэй» он повторил': someone's words (but 'critics
        # prefer the phrase "managed decline"' names nobody who said it: a term).
        return "quote"
    # Each look first asks for a literal in the words before (a regex search before every
    # quote cost 2% of extraction).
    window = body[max(0, span.start - 90) : span.start - 1]
    if " read" in window and _NOTE_THAT_READ_RE.search(
        body, max(0, span.start - 80), span.start - 1
    ):
        return "quote"  # 'returned her inquiry with a handwritten note that read "..."'
    if PHRASE_STEM_RE.search(window.casefold()) and WHOSE_PHRASE_RE.search(
        body, max(0, span.start - 90), span.start - 1
    ):
        # 'фраза омбудсмена Татьяны Кувшиновой «Мы не почтовый ящик» разошлась по
        # пабликам': a phrase, and whose it is, named right before its words.
        return "quote"
    if (
        attribution.how == "before"
        and attribution.direct
        and _SPEECH_NOUN_BEFORE_COLON_RE.search(body, max(0, span.start - 100), span.start - 1)
    ):
        # 'his signature phrase at public events: «...»', 'a phrase he repeated during the
        # interview: «...»': words, however short and whatever noun ends the clause.
        return "quote"
    if _titled_event(body, span.start - 1):
        return "mention"  # 'сессия «Агломерации Сибири: кто платит за рост»': its title
    if _PLACE_NAME_RE.fullmatch(text):
        return "mention"  # 'городского округа «город Якутск»': a municipality's name
    if _ACT_TITLE_RE.match(text) and (
        _ACT_NUMBER_BEFORE_RE.search(body, max(0, span.start - 40), span.start - 1)
        or _ACT_NOUN_BEFORE_RE.search(body, max(0, span.start - 60), span.start - 1)
    ):
        # 'Decree No. 68 “On the evaluation of ...”', '№ 207-р «Об ...»', 'Законопроект
        # фракции КПРФ «О гарантиях ...»'.
        return "mention"
    if _petition_titled(body, span):
        # 'Петиция «Нет полигону в Ракитине!»': its title, however it ends (not 'назвал
        # петицию «сигналом, ...»').
        return "mention"
    if _cites_an_article(body, span.start - 1):
        return "mention"  # 'статьи 7.23 КоАП РФ («Нарушение нормативов ...»)': its title
    if name_like and _named_by_noun(body, span) and not _sentence_after_colon(body, span, words):
        return "mention"
    if (
        text.endswith((".", ","))
        and len(words) <= _MAX_MENTION_WORDS
        and _title_cased(words)
        and _named_by_noun(body, span)
    ):
        return "mention"  # 'told the local newspaper “Vecherny Kotlas.”': American commas
    if name_like and _named_in_apposition(body, span, words):
        return "mention"
    if _SHARE_AFTER_RE.match(body, span.end + 1):
        return "mention"  # '«Новые люди» — 5,2%, «Справедливая Россия – За правду» — 4,1%'

    if (
        (not said and _named_as(body, span.start - 1))
        or _nicknamed(body, span.start - 1)
        or _known_as(body, span.start - 1)
        # 'His column, headlined "Who sells the exam?", was widely shared': a title,
        # whatever verb follows it.
        or _titled(body, span.start - 1)
    ):
        return "mention" if name_like else None  # 'local media dubbed the “asphalt case”'
    if _SO_CALLED_RE.search(body, max(0, span.start - 24), span.start - 1):
        return "mention" if name_like else None  # 'a so-called "special regime"'
    if len(words) <= _WORD_AS_WORD_MAX and _WORD_AS_WORD_RE.search(
        body, max(0, span.start - 24), span.start - 1
    ):
        return None  # 'Я не люблю слово «вымирает»': a word talked about, not said
    if _people_at_large_term(body, span, words, attribution):
        return None
    if (said or attribution.how == "after") and ends_clause:
        return "quote"
    if attribution.how == "after" and IN_THE_WORDS_OF_RE.match(body, span.end + 1):
        return "quote"  # 'delivered a "knockout", in the words of Igor Lapin'
    if (
        said
        and text[:1].islower()
        and not ends_clause
        and len(words) <= _TERM_WORDS
        and (
            _DETERMINER_BEFORE_RE.search(body, max(0, span.start - 12), span.start - 1)
            or _OF_AFTER_NOUN_RE.search(body, max(0, span.start - 24), span.start - 1)
        )
    ):
        # 'has been declared a "foreign agent", said the plan ...', 'its reputation as a
        # city of "wooden lace", says': a term in the sentence, unless the sentence
        # reports it ('called it a "disaster"').
        if _HIS_OR_HER_BEFORE_RE.search(body, max(0, span.start - 8), span.start - 1):
            # 'has taken the estate under his "personal control", the press service said':
            # what a person's own words are, as the sentence reports them.
            return "quote"
        return "quote" if _partial(body, span, text, attribution.speaker is not None) else None
    if name_like and _OBLIQUE_TITLE_RE.fullmatch(text):
        return "mention"  # 'отвечая на вопросы «Судакского вестника», назвал': a paper's name
    if said and (len(words) >= 2 or text[:1].islower()):
        return "quote"  # 'premature', according to people familiar with the matter
    if attribution.announced and len(words) >= 2 and not _named_before_colon(body, span):
        return "quote"
    if _IN_ONE_WORD_RE.search(body, max(0, span.start - 24), span.start - 1):
        return "quote"  # 'описал работу одним словом — «лотерея»'
    if (said or attribution.announced or (attribution.how == "before" and attribution.direct)) and (
        _ANSWER_RE.fullmatch(text)
    ):
        return "quote"  # 'Ефремов ответил коротко: «Нет»': a one-word answer, not a name
    if _IN_A_LANGUAGE_COLON_RE.search(
        body, max(0, span.start - 24), span.start - 1
    ) and not _MOTTO_BEFORE_RE.search(body, max(0, span.start - 40), span.start - 1):
        return "quote"  # 'Then, after a pause, in Russian: «И не для моих детей»'
    if (
        attribution.how == "before"
        and attribution.direct
        and _SAID_COLON_RE.search(body, max(0, span.start - 30), span.start - 1)
    ):
        return "quote"  # 'кто-то из родственников громко сказал: «Мало»': what was said
    # '...принят в первом чтении: «за» проголосовали 68': a lower-case word after a colon
    # that nobody is said to say is a label.
    label = len(words) == 1 and text[:1].islower() and attribution.speaker is None
    if _VOTED_AFTER_RE.match(body, span.end + 1) and fold(text) in _VOTE_WORDS:
        return None  # 'набрало мало голосов: «за» проголосовали 9 депутатов'

    direct_before = attribution.how == "before" and attribution.direct
    # 'висит табличка: «Ведутся взрывные работы. Проход запрещён»': two sentences after a
    # colon are read out, however short (a channel «Бурятия. Главное» stays a name).
    sentences = _TWO_SENTENCES_RE.search(text) is not None
    if (
        direct_before
        and (ends_clause or not name_like or sentences or _read_out_clause(body, span, words))
        and not label
        and not _given_a_name_before_colon(body, span)
    ):
        return "quote"
    if _IMPERATIVE_OPENER_RE.match(text) and (
        direct_before or fold(_word_before(body, span.start - 1)) in _WORDS_NOUNS
    ):
        # 'ended with two words: «Берегите город»', 'заканчивается словами "Берегите
        # город"': a bidding, no name.
        return "quote"
    if direct_before and _CLAUSES_IN_TEXT_RE.search(text.rstrip(",")):
        # 'used to tell his pupils: «Ҡурай илаһа — ил илай»', 'answered in Tatar,
        # «Аңламасалар да, тоярлар»': a saying's two halves, a sentence's clauses.
        return "quote"
    if direct_before and _CONJUNCTION_OPENER_RE.match(text):
        return "quote"  # 'посоветовала ей: "Если так торопитесь, езжайте туда"': no name
    if (
        direct_before
        and (attribution.speaker is not None or _refused_with_words(body, span))
        and len(words) >= _PERSONAL_OPENER_WORDS
        and _PERSONAL_OPENER_RE.match(text)
    ):
        # 'Слова Петрова прозвучали жёстко: «Мы опоздали на два года»': someone's words in
        # the first or second person (a programme's name so long and so opened is rare).
        return "quote"
    if direct_before and _SPEECH_OR_NOTICE_RE.match(_word_before(body, span.start - 1)):
        # 'repeats one phrase: «Вулкан не любит суеты»', 'ответил одним словом: «Обогнали»',
        # 'сохранилась латунная табличка: "Käserei Halbstadt 1912"': words, however short,
        # or a notice's text read out.
        return "quote"
    if name_like and _title_cased(words):
        return "mention"  # 'Regional Economy: Commentaries by Bank of Russia Main Branches'
    if (
        not said
        and _capitalised_name(text, words, ends_clause)
        and _named_by_noun(body, span)
        and not _sentence_after_colon(body, span, words)
    ):
        return "mention"  # names after their noun may be long: 'законом «О защите ...»'
    # 'does adjust for “fiscal capacity,” and the adjustment is blunt': a comma inside the
    # marks, in American style, ends no one's words when nobody is said to speak them.
    comma_only = text.endswith(",") and attribution.how == "" and text[:1].islower()
    if (ends_clause and len(words) >= 2 and not name_like and not comma_only) or len(
        words
    ) >= _SENTENCE_WORDS:
        return "quote"
    if len(words) >= 2 and not _title_cased(words) and _stands_as_a_sentence(body, span):
        return "quote"  # '«Обещали уже», she said with a shrug. «Посмотрим осенью».'
    if name_like:
        return "mention"
    if _translated_wording(body, span, text, words):
        return "quote"
    # Lower-case words in a sentence that reports them: 'Ilya Vorontsov said the governor
    # "has no plans" to run, dismissing ...' (words after it attribute nothing here).
    reported = attribution.how in ("before", "") or (attribution.how == "after" and not said)
    if reported and _partial(body, span, text, attribution.speaker is not None):
        return "quote"
    return None


def _people_at_large_term(
    body: str, span: Span, words: list[str], attribution: Attribution
) -> bool:
    """What people at large call something, whoever the sentence then says spoke: 'which
    neighbours have long called “the crooked one”, ... he added', 'Locals have a name
    for it: «газ до забора»' (after a colon, however long)."""
    after_colon = attribution.how == "before" and attribution.direct
    # A few words are a name however they end: 'residents have started calling it “the
    # road to nowhere.”' (a full stop inside the marks, in American style); a few more,
    # with no stop or comma in them: 'villagers call the mounds “the houses of the old
    # people”'.
    longer = not after_colon and len(words) > _TERM_WORDS
    if longer and (
        len(words) > _LONG_TERM_WORDS or _BREAKING_MARKS.intersection(body[span.start : span.end])
    ):
        return False
    return people_at_large_call(body, clause_start(body, span.start - 1), span.start - 1)


# Personal pronouns that open a sentence someone says ('I' may be a Roman numeral).
_PERSONAL_OPENER_RE = re.compile(r"(?:Мы|Я|Вы|Нам|Мне|Нас|Меня|Вам|Это|We|You)(?![\w-])")


def _refused_with_words(body: str, span: Span) -> bool:
    """'Обсуждать зарплаты библиотекарь отказалась: "Это вопрос не ко мне"': a refusal,
    given in words after its colon."""
    return (
        _REFUSED_BEFORE_COLON_RE.search(body, max(0, span.start - 24), span.start - 1) is not None
    )


_REFUSED_BEFORE_COLON_RE = re.compile(r"(?:отказал(?:ся|ась|ись)|declined|refused):[ \u00a0]*$")
_PERSONAL_OPENER_WORDS = 4
# A saying named right before its marks: 'завершила речь пословицей «...»'.
_SAYING_INSTRUMENTAL = (" пословицей", " поговоркой", " присказкой", " цитатой", " словами",
                        " фразой", " with the words")  # fmt: skip
# Words for words, before a bidding in marks: 'заканчивается словами "Берегите город"'.
_WORDS_NOUNS = word_set("словами слова фразой words")
# A Russian imperative in the plural or polite form opening the words: 'Берегите',
# 'Сделайте', 'Помогите'.
_IMPERATIVE_OPENER_RE = re.compile(r"[А-ЯЁ][а-яё]{2,}(?:ите|йте)(?![\w-])")
_RELATIVE_IN_TEXT_RE = re.compile(r",[ \u00a0]+(?:who|which|котор\w+)(?![\w-])")
_A_THING_ONE_CALLS_RE = re.compile(
    r"(?<![\w-])(?:a|an|the)[ \u00a0]+[a-z-]+[ \u00a0]+"
    r"(?:he|she|[A-Z][\w'’-]*(?:[ \u00a0]+[A-Z][\w'’-]*)?)[ \u00a0]+"
    r"call(?:s|ed)[ \u00a0]*$"
)
# Two clauses set apart by a dash or a comma inside the marks.
_CLAUSES_IN_TEXT_RE = re.compile(
    r"[^\W\d_][ \u00a0]+[—–][ \u00a0]+[^\W\d_]|[^\W\d_],[ \u00a0]+[^\W\d_]"
)
# Conjunctions that open a clause and never a name.
_CONJUNCTION_OPENER_RE = re.compile(
    r"(?:Если|Когда|Пока|Хотя|Потому|If|When|Unless|Because|Although)(?![\w-])"
)
# Whole answers in one word, which a capital letter would otherwise make a name.
# A verb of saying right before the colon, an adverb between allowed.
_SAID_COLON_RE = re.compile(
    r"(?<![\w-])(?:сказал|сказала|сказали|крикнул|крикнула|крикнули|said|shouted|replied)"
    r"(?:[ \u00a0]+[а-яёa-z]+)?[ \u00a0]*:[ \u00a0]*$"
)
_MOTTO_BEFORE_RE = re.compile(
    r"(?:motto|slogan|sign|banner|девиз|лозунг|плакат|надпис)\w*[^.!?\n]*$"
)
# A language named before the colon: 'Then, after a pause, in Russian: «...»'.
_IN_A_LANGUAGE_COLON_RE = re.compile(
    r"(?<![\w-])(?:in[ \u00a0]+(?:Russian|English|Tatar|Bashkir|Yakut|Buryat|Chuvash|Kazakh"
    r"|Uzbek|Tajik|Kyrgyz|Chinese|German)|по-[а-яё]+ски)[ \u00a0]*:[ \u00a0]*$"
)
_VOTE_WORDS = word_set("за против воздержались for against")
_VOTED_AFTER_RE = re.compile(r"[ \u00a0]+(?:проголосовал|voted)", re.IGNORECASE)
# What someone put in one word: 'отвечал одним словом — «ждите»', 'in a word: "no"'.
_IN_ONE_WORD_RE = re.compile(
    r"(?:одним[ \u00a0]+словом|in[ \u00a0]+(?:one|a[ \u00a0]+single)[ \u00a0]+word)"
    r"[ \u00a0]*[—–:,-]?[ \u00a0]*$",
    re.IGNORECASE,
)
_ANSWER_RE = re.compile(
    r"(?:да|нет|конечно|никогда|разумеется|безусловно|однозначно|возможно|посмотрим|yes|no"
    r"|never|absolutely|certainly|maybe|perhaps"
    # A reflexive verb in the first person plural or an imperative: 'ответили коротко:
    # «Разберёмся»', '«Держитесь»'.
    r"|[а-яё]{3,}(?:ёмся|емся|имся|итесь|йтесь))[.!?…]*",
    re.IGNORECASE,
)


def _named_in_apposition(body: str, span: Span, words: list[str]) -> bool:
    """A name set after the noun it names or the preposition of where someone works: 'chief
    executive of the pellet maker "Belomorsky Pellet", said', 'managing partner at "Kama
    Ventures", said' (the verb is the person's, not the words in marks)."""
    before = _word_before(body, span.start - 1)
    if _title_cased(words) and before.islower() and before not in INTRO_WORDS:
        return True
    if _title_cased(words) and _WHAT_IT_IS_AFTER_RE.match(body, span.end + 1):
        return True  # 'Reviewing "Morskaya Pena Brut", a sparkling wine from Sudak, he'
    return before.casefold() in _PLACE_PREPOSITIONS


# A share after a name, as a list of results gives it: ' — 4,1%', ' – 12 процентов'.
_SHARE_AFTER_RE = re.compile(r"[ \u00a0]+[—–-][ \u00a0]+\d[\d,.]*[ \u00a0]*(?:%|процент|per ?cent)")
_WHAT_IT_IS_AFTER_RE = re.compile(r",[ \u00a0]+(?:a|an)[ \u00a0]+[a-z]")


def _goes_on_after_its_attribution(body: str, previous: Span | None, span: Span, text: str) -> bool:
    """'“She’s joking,” he says. “Mostly.”': a word or two set as a sentence right after
    the attribution of the quote before go on with its speaker."""
    if previous is None or not text.endswith(_SENTENCE_TERMINAL) or len(text.split()) > 2:
        return False
    between = body[previous.end + 1 : span.start - 1]
    return (
        len(between) <= _SHORT_ATTRIBUTION
        and "\n" not in between
        and between.rstrip(" \u00a0").endswith(".")
        and find_verb(body, previous.end + 1, span.start - 1) is not None
    )


_SHORT_ATTRIBUTION = 40


def _goes_on_partial(body: str, previous: Span | None, span: Span, text: str) -> bool:
    """Lower-case words in marks later in the sentence of a quote just kept go on quoting
    the same speaker."""
    return (
        previous is not None
        and text[:1].islower()
        and span.start - previous.end < _PARTIAL_REACH
        # '... of declared investment." The key word is "declared."': the full stop inside
        # the marks ended the sentence.
        and body[previous.end - 1] not in ".!?…"
        and not _SENTENCE_BREAK_RE.search(body, previous.end + 1, span.start)
        and not _DETERMINER_BEFORE_RE.search(body, max(0, span.start - 12), span.start - 1)
        and not _SO_CALLED_RE.search(body, max(0, span.start - 24), span.start - 1)
        # 'a system known in the industry as “shutdown on demand”': a name, not more words.
        and not _known_as(body, span.start - 1)
        # 'по «социальной» цене': an adjective in marks before its noun is a term.
        and not (
            _RU_OBLIQUE_ADJECTIVE_RE.fullmatch(text)
            and _LOWER_WORD_NEXT_RE.match(body, span.end + 1) is not None
        )
    )


# A Russian adjective in any case, and a lower-case word right after a closing mark.
_RU_OBLIQUE_ADJECTIVE_RE = re.compile(
    r"[а-яё]{3,}(?:ая|яя|ый|ий|ой|ое|ее|ые|ие|ую|юю|ого|его|ому|ему|ым|им|ых|их|ыми|ими|ей)"
)
_LOWER_WORD_NEXT_RE = re.compile(r"[ \u00a0]+[а-яё]")
_PARTIAL_REACH = 200
_TERM_WORDS = 4
_LONG_TERM_WORDS = 7
_BREAKING_MARKS = frozenset(",.;:!?…")
_INNER_CLOSERS = "'’”\"“»"


def _shares_the_sentence_speaker(
    body: str,
    quotes: list[ExtractedQuote],
    previous: Span | None,
    span: Span,
    attribution: Attribution,
) -> bool:
    """Whether a quote whose attribution names nobody stands later in the sentence of the
    quote before, which someone said."""
    return (
        attribution.speaker is None
        and attribution.how in ("before", "")  # '... had faced "..." and that "..."'
        and bool(quotes)
        and quotes[-1].speaker is not None
        and previous is not None
        and span.start - previous.end < _PARTIAL_REACH
        and not _SENTENCE_BREAK_RE.search(body, previous.end + 1, span.start - 1)
        # '«... Что изменилось за этот год?» Ответ президента: «...»': the question ended
        # its sentence inside its marks.
        and not _ENDED_INSIDE_ITS_MARKS_RE.match(body, previous.end - 1)
        and not _CONTRAST_SUBJECT_RE.search(body, previous.end + 1, span.start - 1)
        # '... as “a black box” and read out an official reply, which promised ... “in the
        # established manner”': the reply's words.
        and not reads_out_a_message(body, previous.end + 1, span.start - 1)
    )


_ENDED_INSIDE_ITS_MARKS_RE = re.compile(r"[.?!…][»”\"'’][ \u00a0]+[A-ZА-ЯЁ]")
# 'said he would back such a fund "tomorrow", while his Kuzbass counterpart called it
# "..."': a clause of contrast with a subject of its own is someone else's words.
_CONTRAST_SUBJECT_RE = re.compile(
    r"(?<![\w-])(?:while|whereas|тогда[ \u00a0]+как|в[ \u00a0]+то[ \u00a0]+время[ \u00a0]+как)"
    r",?[ \u00a0]+(?:his|her|their|its|the|a|an|его|е[её]|их)[ \u00a0]",
    re.IGNORECASE,
)


def _partial(body: str, span: Span, text: str, named: bool) -> bool:
    """A few lower-case words quoted inside reported speech: 'described the forecast as
    ‘cautious but not pessimistic’', 'назвал их состояние «позорным»'. A term the
    sentence merely uses comes after a determiner: 'the “northern delivery”'."""
    open_at = span.start - 1
    if _MADE_A_RE.search(body, max(0, open_at - 24), open_at):
        # 'said he had been made a "scapegoat"': what someone says they were called.
        return text[:1].islower() and partial_quote_verb(body, open_at, named)
    described = _described_as(body, open_at)
    as_a = (
        described is not None
        and _describes_it_as(described)
        and described.group("article") is not None
    )
    if (
        " " not in text.strip()
        and not (
            as_a
            or _PAST_VERB_RE.fullmatch(text.strip())  # 'согласился, что методика «устарела»'
            # 'ответили, что вопрос «прорабатывается»': a verb in the present too.
            or _RU_PRESENT_REFLEXIVE_RE.fullmatch(text.strip())
            # 'По словам Иванова, детский сад — место, где можно «перехватить» ребёнка'
            # ... or a short adjective: 'по её словам, он «несопоставим» с риском'.
            or (
                (
                    _INFINITIVE_RE.fullmatch(text.strip())
                    or _RU_SHORT_ADJECTIVE_RE.fullmatch(text.strip())
                    # ... or how much, in the instrumental: 'поступают ему «сотнями»'.
                    or _RU_INSTRUMENTAL_PLURAL_RE.fullmatch(text.strip())
                )
                and _BY_WORDS_OF_RE.search(body, clause_start(body, open_at), open_at) is not None
            )
            # 'acknowledged that the city had "underestimated" the network'
            or (
                _PARTICIPLE_RE.fullmatch(text.strip()) is not None
                and _PERFECT_BEFORE_RE.search(body, max(0, open_at - 8), open_at) is not None
            )
            or _ADVERB_RE.fullmatch(text.strip())  # 'said he would support it "tomorrow"'
            # A judgement in a clause reported with 'that': 'told the court that the
            # supports were in "acceptable" condition'.
            or (
                _EN_JUDGEMENT_RE.fullmatch(text.strip()) is not None
                and _THAT_BEFORE_RE.search(body, clause_start(body, open_at), open_at) is not None
            )
            # A predicate with no link verb, ending its clause: 'по трём объектам, признал
            # министр, ситуация «критическая».' (not '«мягкие» залоги', '«скорая» добирается').
            or (
                _RU_ADJECTIVE_RE.fullmatch(text.strip()) is not None
                and body[span.end + 1 : span.end + 2] in _CLAUSE_ENDS
            )
            # ... or with one, in the instrumental: 'обстановка в этом году была
            # «аномальной».'
            or (
                _RU_INSTRUMENTAL_ADJECTIVE_RE.fullmatch(text.strip()) is not None
                and body[span.end + 1 : span.end + 2] in _CLAUSE_ENDS
                and _LINK_VERB_BEFORE_RE.search(body, max(0, open_at - 12), open_at) is not None
            )
            or _SINGLE_WORD_PARTIAL_RE.search(body, max(0, open_at - 12), open_at)
            # 'Через её руки, как она говорит, прошло «полрайона»': the sentence says whose.
            or _AS_THEY_PUT_IT_RE.search(body, clause_start(body, open_at), open_at)
            or _CALLED_IT_RE.search(body, max(0, open_at - 60), open_at)
            # 'a fuel allowance she calls "symbolic"': what the thing before is to her.
            or _SHE_CALLS_RE.search(body, max(0, open_at - 20), open_at)
            or _MADE_IT_RE.search(body, max(0, open_at - 60), open_at)
            or _ONLY_A_BEFORE_RE.search(body, max(0, open_at - 24), open_at)
            # What someone asked another to do: 'asked the ministry to "assess" its lyrics'.
            or _ASKED_TO_RE.search(body, max(0, open_at - 60), open_at)
            or (
                _INSTRUMENTAL_RE.search(text.strip())
                and _CALLED_AT_LENGTH_RE.search(body, max(0, open_at - 120), open_at)
            )
        )
    ):
        return False  # one word after a noun: 'отсутствие «разрывов»' is a term
    return (
        text[:1].islower()
        # 'to take a ‘more human’ approach': a graded judgement is someone's, a term not.
        and (
            not _DETERMINER_BEFORE_RE.search(body, max(0, open_at - 12), open_at)
            or _GRADED_RE.match(text) is not None
            # 'had received only a “brush-off”': a verdict, whatever the article.
            or _ONLY_A_BEFORE_RE.search(body, max(0, open_at - 24), open_at) is not None
            or as_a  # 'presented its plan as a "reset"': what it was presented as
            # '..., he said, calling the past season a “record year”.': what someone named
            # called it, at the end of a clause (not 'a "temporary" patch')
            or (
                named
                and _CALLED_IT_RE.search(body, max(0, open_at - 60), open_at) is not None
                and body[span.end + 1 : span.end + 2] in _CLAUSE_ENDS
                and partial_quote_verb(body, open_at, named)
            )
            or _completes_a_relative_clause(body, open_at, text)  # 'that' is no article here
        )
        and (
            not _LABEL_NOUN_BEFORE_RE.search(body, max(0, open_at - 16), open_at)
            # A clause, not a label: 'северные направления «трогать никто не собирается»'.
            or (len(text.split()) >= _READ_OUT_WORDS and _FINITE_VERB_RE.search(text) is not None)
            # 'В ведомстве назвали поджог в период особого режима «преступлением ...»': what
            # an office called it, whatever noun stands before the marks.
            or office_calls_it(body, clause_start(body, open_at), open_at)
        )
        # (A clause is no programme's name: 'статистика по программе «формируется по
        # итогам учебного года»'.)
        and not (_programme_named(body, open_at) and not _FINITE_VERB_RE.match(text))
        # 'backed by the SME Corporation's "umbrella guarantees"': what an organisation
        # calls its product.
        and not _ORGANISATIONS_OWN_RE.search(body, max(0, open_at - 24), open_at)
        # 'what it markets as “smart irrigation”': a seller's name for its product.
        and not _MARKETED_AS_RE.search(body, max(0, open_at - 24), open_at)
        # 'the federal “quotas for keels” programme'; a noun before may be the thing the
        # words describe ('called the service “slow”').
        and not _named_by_noun_after(body, span)
        and (
            as_a
            or partial_quote_verb(body, open_at, named)
            or _in_their_words(body, open_at)
            or _completes_a_relative_clause(body, open_at, text)
            or _REPLY_BEFORE_COLON_RE.search(body, max(0, open_at - 140), open_at) is not None
            or _SAID_LATER_IN_THE_SENTENCE_RE.match(body, span.end + 1) is not None
            or _speech_goes_on(body, open_at, text)
            or _ASKED_TO_RE.search(body, max(0, open_at - 60), open_at) is not None
            # A reminder reports words of three or more ('напомнил, что в город приезжают «не
            # только грибники и паломники»'); one or two are mostly terms it mentions
            # ('напомнил, что появились «пункты выдачи»').
            or (
                len(text.split()) >= _READ_OUT_WORDS
                and _REMINDED_RE.search(body, clause_start(body, open_at), open_at) is not None
            )
        )
    )


def _speech_goes_on(body: str, open_at: int, text: str) -> bool:
    """'Рахимов говорит, что хотел бы остаться. Деньги он откладывает «по чуть-чуть, с
    каждой зарплаты»': a sentence about 'him' right after one reporting his words goes
    on reporting them, when the words hold a comma (speech, hardly a term); so does a
    hedge of anyone's ('По словам Шутовой, ... Сейчас томограф загружен «в лучшем
    случае наполовину»')."""
    hedge = _HEDGE_RE.match(text) is not None
    if not hedge and "," not in text.rstrip(","):
        return False
    start = clause_start(body, open_at)
    if start < 2 or not (hedge or _SUBJECT_PRONOUN_RE.search(body, start, open_at)):
        return False
    previous_end = last_index_before(body, start)  # its full stop
    previous = clause_start(body, previous_end)
    return start - previous < _PREVIOUS_SENTENCE_CHARS and (
        partial_quote_verb(body, previous_end) or _in_their_words(body, previous_end)
    )


_HEDGE_RE = re.compile(
    r"(?:в[ \u00a0]+(?:лучшем|худшем)[ \u00a0]+случае|как[ \u00a0]+минимум|at[ \u00a0]+best"
    r"|at[ \u00a0]+worst|at[ \u00a0]+least)(?![\w-])",
    re.IGNORECASE,
)
_SUBJECT_PRONOUN_RE = re.compile(r"(?<![\w-])(?:он|она|he|she)(?![\w-])", re.IGNORECASE)
_PREVIOUS_SENTENCE_CHARS = 400


# 'The fund had “no plans to cut” the programme, he said, but ...': the verb after the
# clause that holds the words.
_SAID_LATER_IN_THE_SENTENCE_RE = re.compile(
    r"[^.!?\n«»\"“”]{0,80},[ \u00a0]+(?:he|she|they|[A-Z][\w'’-]+)[ \u00a0]+"
    r"(?:said|says|added|noted|argued|insisted|told)(?![\w-])"
)


# 'ограничились письменным комментарием: ведомство «оказывает следствию содействие»':
# a reply announced by a colon, its words quoted in the sentence after it.
_REPLY_BEFORE_COLON_RE = re.compile(
    r"(?<![\w-])(?:комментари(?:ем|й|я|и)|ответ(?:ом|е)?|заявлени(?:ем|е|и)|пояснени(?:ем|е|я)"
    r"|statement|reply|response|comment)(?![\w-])[^.!?:;\n«»\"“”]{0,40}:[ \t\u00a0]+"
    r"[^.!?:;\n«»\"“”]{1,40}$",
    re.IGNORECASE,
)


# 'tools that "work when they are predictable"': quoted words that go on a relative
# clause, whatever verb (if any) the sentence reports them with.
_RELATIVE_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:that|which|who|что|котор(?:ый|ая|ое|ые|ых|ым|ую))[ \u00a0]*$"
)
_RELATIVE_MIN_WORDS = 3


def _completes_a_relative_clause(body: str, open_at: int, text: str) -> bool:
    return len(text.split()) >= _RELATIVE_MIN_WORDS and bool(
        _RELATIVE_BEFORE_RE.search(body, max(0, open_at - 12), open_at)
    )


# A verb of describing, then 'as' ('presented its own plan as a "reset"', 'the report
# describes the project as "70% complete"'): someone's word for it, when the verb is
# active and has its object; 'is often described as a "city within a city"' (the
# passive: by people at large) gives a term.
_DESCRIBED_AS_RE = re.compile(
    r"(?<![\w-])(?P<passive>(?:is|are|was|were|been|be)[ \u00a0]+(?:[a-z]+[ \u00a0]+)?)?"
    # ... or dismissed as: 'The governor dismissed the concerns as "exaggerated"'; listed
    # or identified as: 'a receipt listing the works as "accepted for exhibition"'.
    r"(?:(?:present|describ|portray|fram|characteri[sz]|dismiss|list|identif)"
    r"(?:es|ed|ing|s|e|y|ies|ied)?"
    # 'he referred to the site as a "technopark"'; 'Residents refer to it as "..."' is what
    # people at large call it.
    r"|(?:he|she)(?:[ \u00a0]+[a-z]+ly)?[ \u00a0]+refer(?:s|red)?[ \u00a0]+to)"
    # The object may run long, a name in marks in it: 'dismissed the mayor's plan to build
    # up a fleet by 2026, known as “City Fleet”, as “a paper tiger”'.
    r"(?P<object>(?:[ \u00a0]+[\w'’,“”\"«»-]+){0,16}?)[ \u00a0]+as(?P<article>[ \u00a0]+an?)?"
    r"[ \u00a0]*$",
    re.IGNORECASE,
)
_DESCRIBED_AS_REACH = 160


def _described_as(body: str, open_at: int) -> re.Match[str] | None:
    described = _DESCRIBED_AS_RE.search(body, max(0, open_at - _DESCRIBED_AS_REACH), open_at)
    if described and _MANY_BEFORE_RE.search(
        body, max(0, described.start() - 30), described.start()
    ):
        return None  # 'The regional authorities describe the change as an “optimisation”'
    return described


# Many people, or an institution, as the subject: their word for it is a term.
_MANY_BEFORE_RE = re.compile(
    rf"(?<![\w-])(?:{PEOPLE_AT_LARGE})(?:[ \u00a0]+(?:often|usually|now|still|have|had"
    r"|increasingly|часто|теперь))*[ \u00a0]*$",
    re.IGNORECASE,
)


def _describes_it_as(described: re.Match[str] | None) -> bool:
    """Whether a verb of describing is active: no 'is', and an object after the verb (or
    fronted before its subject: 'The harps sold at the airport he dismisses as «...»')."""
    return (
        described is not None
        and described.group("passive") is None
        and (
            described.group("object") != ""
            or described.group("article") is not None
            or _PRONOUN_SUBJECT_BEFORE_RE.search(
                described.string, max(0, described.start() - 8), described.start()
            )
            is not None
        )
    )


# ... 'He dismissed as “fantasy” claims that ...', 'Zavyalov dismissed as': the object after.
_PRONOUN_SUBJECT_BEFORE_RE = re.compile(r"(?<![\w-])(?:[Hh]e|[Ss]he|[A-Z][a-z'’-]+)[ \u00a0]+$")


# A verb in the past is no name or term: one such word in marks is someone's word.
# An adverb is no term: quoted alone, it is someone's word ('"tomorrow"', '"gradually"').
# (Not the nouns and verbs in -ly: 'family', 'supply', 'assembly', 'monopoly'.)
_ADVERB_RE = re.compile(
    r"(?!(?:family|supply|assembly|rally|monopoly|anomaly|reply|apply|comply|imply|italy"
    r"|july|ally|jelly|belly|bully|multiply)[,.!?]?$)"
    r"(?:tomorrow|today|immediately|soon|never|now|yesterday|[a-z]{3,}ly|завтра|сегодня"
    r"|немедленно|никогда|сразу|скоро|вчера"
    # A predicative in -но, -мо: 'слово «закрытие» в публикациях «некорректно»'.
    r"|[а-яё]{5,}(?:но|мо))[,.!?]?",
    re.IGNORECASE,
)
_RU_ADJECTIVE_RE = re.compile(r"[а-яё]{4,}(?:ая|яя|ый|ий|ое|ее|ые|ие)")
_RU_INSTRUMENTAL_ADJECTIVE_RE = re.compile(r"[а-яё]{4,}(?:ой|ей|ым|им|ыми|ими)")
_LINK_VERB_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:был|была|было|были|стал|стала|стало|стали|будет|будут"
    # 'ситуация становится «тупиковой»'.
    r"|становится|становятся|станет|станут)[ \u00a0]+$"
)
_PAST_VERB_RE = re.compile(r"[а-яё]{3,}(?:ла|ло|ли|лся|лась|лось|лись)")
_INFINITIVE_RE = re.compile(r"[а-яё]{3,}(?:ть|ти|чь|ться|тись)")
_CLAUSE_ENDS = frozenset(".,;:!?")
# 'По словам Виталия Иванова, ...', 'По его мнению, ...': the sentence reports someone.
_BY_WORDS_OF_RE = re.compile(r"(?<![\w-])по[ \u00a0]+(?:\w+[ \u00a0]+)?(?:словам|мнению)", re.I)
_RU_SHORT_ADJECTIVE_RE = re.compile(r"(?:не)?[а-яё]{4,}(?:им|ым|ен|ан|ян|ов|ев|ин|ын)[аоы]?")
_PARTICIPLE_RE = re.compile(r"[a-z]{3,}(?:ed|en)")
_PERFECT_BEFORE_RE = re.compile(r"(?<![\w-])(?:had|has|have)[\s\u00a0]*$", re.IGNORECASE)
_REMINDED_RE = re.compile(r"(?<![\w-])напомнил[аи]?,?[ \u00a0]+что(?![\w-])", re.IGNORECASE)
# What someone asked, urged, ordered or proposed be done: 'asked the ministry to "assess"
# its lyrics', 'a letter proposing to "revise the terms" of his lease', 'instructs the
# transport ministry to “consider the inclusion”'.
_ASKED_TO_RE = re.compile(
    r"(?<![\w-])(?:asked|urged|told|asking|urging|proposed|proposing|instructs|instructed"
    # 'gives the agriculture ministry until December 25 to “settle the debt in full”'.
    r"|ordered|orders|gives|gave)"
    r"(?:[\s\u00a0]+[\w'’-]+){0,6}?[\s\u00a0]+to[\s\u00a0]*$",
    re.IGNORECASE,
)
# A verdict's article: 'had received only a “brush-off”'.
_ONLY_A_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:only|just|merely|nothing[\s\u00a0]+but)[\s\u00a0]+(?:a|an)[\s\u00a0]*$",
    re.IGNORECASE,
)
_GRADED_RE = re.compile(
    r"(?:more|less|most|least|very|too|truly|really|fully|rather|quite|более|менее|очень"
    r"|слишком)[ \u00a0]+\w",
    re.IGNORECASE,
)


def _programme_named(body: str, open_at: int) -> bool:
    """'участия в программе «квоты под киль»': a programme's name in lower case; unless
    the words are what someone calls it ('назвал первые результаты программы «скромными,
    но честными»')."""
    return (
        _PROGRAMME_BEFORE_RE.search(body, max(0, open_at - 16), open_at) is not None
        and _CALLED_IT_RE.search(body, max(0, open_at - 60), open_at) is None
    )


_PROGRAMME_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:программ(?:е|ы|ой|ам|ами|ах)|акци(?:и|ей)|кампани(?:и|ей)"
    # ... or a mechanism's: 'воспользуется механизмом «одного окна»' (not the subject's:
    # 'этот механизм «ещё не очень известен»').
    r"|механизм(?:а|у|ом|е))[\s\u00a0]*$",
    re.IGNORECASE,
)
_MARKETED_AS_RE = re.compile(
    r"(?<![\w-])(?:markets?|marketed|brands?|branded|bills?|billed|advertises|advertised)"
    r"[\s\u00a0]+as[\s\u00a0]*$",
    re.IGNORECASE,
)


def _in_their_words(body: str, open_at: int) -> bool:
    """'По его словам, ... готова приезжать «по первому звонку»', 'when, as he puts it, the
    press was "advertising with adjectives"': the sentence reports them; so does one that
    opens with whose view it is ('For Ivan Shirokov, who lives three doors down, those
    figures are "a joke, frankly"')."""
    start = clause_start(body, open_at)
    return (
        POSSESSIVE_INTRO_RE.search(body, start, open_at) is not None
        # 'По его подсчётам, это позволило бы сэкономить «не меньше пяти миллионов»'
        or _BY_THEIR_COUNT_RE.search(body, start, open_at) is not None
        or _FOR_SOMEONE_NAMED_RE.match(body, start, open_at) is not None
        or _AS_THEY_PUT_IT_RE.search(body, start, open_at) is not None
    )


_AS_THEY_PUT_IT_RE = re.compile(
    r"(?<![\w-])(?:as[ \u00a0]+(?:he|she|they|[A-Z][\w'’-]+)[ \u00a0]+(?:puts|put)[ \u00a0]+it"
    # 'Через её руки, как она говорит, прошло «полрайона»'.
    r"|как[ \u00a0]+(?:он|она|они|сам|сама|сами)[ \u00a0]+(?:говорит|говорят"
    r"|выражается|выражаются|шутит|шутят|признаётся|признается|признаются),)(?![\w-])"
)


# (Not in POSSESSIVE_INTRO_RE, which names the speaker: 'Сын добавляет, что ..., по его
# подсчётам, «...»' is the son's, not the one 'его' would stand for.)
_BY_THEIR_COUNT_RE = re.compile(r"(?<![\w-])[Пп]о[ \u00a0]+(?:его|её|ее|их)[ \u00a0]+подсч[её]там")
_FOR_SOMEONE_NAMED_RE = re.compile(r"For[ \u00a0]+[A-Z][\w'’-]+(?:[ \u00a0]+[A-Z][\w'’-]+){1,2},")


_MADE_A_RE = re.compile(
    r"(?<![\w-])(?:been|be|was|were|is|are|become|became|becomes)[\s\u00a0]+"
    r"(?:made|turned[\s\u00a0]+into)?[\s\u00a0]*an?[\s\u00a0]*$",
    re.IGNORECASE,
)
# An organisation's own name for its product: 'the SME Corporation's "umbrella guarantees"'.
_ORGANISATIONS_OWN_RE = re.compile(
    r"(?<![\w-])(?:Corporation|Ministry|Fund|Bank|Agency|Company|Service|Centre|Center"
    r"|Government|Administration|Council|Committee|Chamber|Authority|Railways|Group)['’]s"
    r"[ \u00a0]+$"
)
_RU_INSTRUMENTAL_PLURAL_RE = re.compile(r"[а-яё]{3,}(?:ами|ями)")
_RU_PRESENT_REFLEXIVE_RE = re.compile(r"[а-яё]{4,}(?:ется|ится|ются|ятся)")
# What a single quoted word follows when it is someone's word: 'had been ‘postponed’',
# 'regards it as ‘premature’', 'назвал это «ошибкой»'.
_SINGLE_WORD_PARTIAL_RE = re.compile(
    r"(?<![\w-])(?:as|been|be|was|were|is|are|it|them|this|but|yet|как|это|его|её|их"
    # 'признал, что ситуация остается "напряженной"': a Russian link verb, as 'is'.
    r"|остаётся|остается|остаются|является|являются|был|была|было|были|будет|будут"
    r"|стал|стала|стало|стали|станет"
    # 'признаёт, что результат получился «компромиссом»': turned out to be.
    r"|получил(?:ся|ась|ось|ись)|оказал(?:ся|ась|ось|ись))[\s\u00a0]*$",
    re.IGNORECASE,
)
# A one-word judgement in English ('acceptable', 'dangerous'), and a clause that reports
# it with 'that': 'told the court that the supports were in "acceptable" condition'.
_EN_JUDGEMENT_RE = re.compile(r"[a-z]{3,}(?:able|ible|ous|ful|less|ive|ory)")
_THAT_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:said|says|told|tells|testified|argued|insisted|claimed|found|concluded)"
    r"(?:[ \u00a0]+[\w'’-]+){0,6}?[ \u00a0]+that(?![\w-])",
    re.IGNORECASE,
)
# What someone says something made another thing: 'saying the drought had made the
# mechanism "unbearable"'.
_MADE_IT_RE = re.compile(
    r"(?<![\w-])(?:made|makes|make|making|rendered|renders)(?:[\s\u00a0]+[\w'’-]+){1,4}"
    r"[\s\u00a0]*$",
    re.IGNORECASE,
)
# 'called the plan ‘ambitious’': a verb of calling, its object, then the word (in Russian
# the object may come first: 'публикации он назвал «заказными»').
# Not the passive: 'is called the main “bottleneck” by the regions' names a term.
_CALLED_IT_RE = re.compile(
    r"(?<![\w-])(?<!is )(?<!are )(?<!was )(?<!were )(?<!be )(?<!been )"
    # Not what a place calls itself ('a district that proudly calls itself “the land of
    # champions”'): a name it goes by.
    r"(?:call(?:s|ed|ing)?(?![\s\u00a0]+(?:on|for|in|up|off|out|back|itself)(?![\w-]))"
    r"(?:[\s\u00a0]+[\w'’-]+){1,6}"
    # 'суд счёл «несостоятельными»': what a court or anyone deemed something, as named it
    r"|(?:назвал[аио]?|назван[аоы]?|назвав|называ\w*|сч[её]л|сочл[аи]|сочтёт|сочтет)(?:[\s\u00a0]+[\w-]+){0,3})"
    r"[\s\u00a0]*$",
    re.IGNORECASE,
)
# 'назвал работу оператора ООО «Эко-Омск» «неудовлетворительной»': a longer object, names
# in marks among it, when the word is what the object is called (the instrumental case);
# 'назвал главным условием отсутствие «разрывов»' is a term in the object. An English
# sentence may quote the Russian word: 'called the deadlines set by Moscow «нереальными»'.
_CALLED_AT_LENGTH_RE = re.compile(
    r"(?<![\w-])(?:назвал[аи]?|называ\w*|call(?:s|ed))"
    r"(?:[\s\u00a0]+(?:[\w№-]+|«[^«»\n]{1,40}»)){4,8}"
    r"[\s\u00a0]*$",
    re.IGNORECASE,
)
_INSTRUMENTAL_RE = re.compile(r"(?:ым|им|ой|ей|ом|ем|ыми|ими|ами|ями|ью)$")
_SHE_CALLS_RE = re.compile(r"(?<![\w-])(?:he|she|он|она)[\s\u00a0]+(?:calls|называет)[\s\u00a0]*$")
# Nouns a quoted label follows: 'в режиме «одного окна»', 'по принципу «...»'.
_LABEL_NOUN_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:режим\w*|принцип\w*|формат\w*|статус\w*|направлени\w*|категори\w*"
    r"|номинаци\w*|regime|principle|format|status|mode|direction|category|heading)[\s\u00a0]*$",
    re.IGNORECASE,
)
# Words on a banner or a programme's slogan: nobody's speech, whatever its punctuation.
_SLOGAN_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:девиз\w*|лозунг\w*|слоган\w*|slogans?|mottos?|taglines?"
    r"|(?:баннер\w*|плакат\w*|растяжк\w*|листов(?:к|ок)\w*|banners?|posters?|placards?|billboards?"
    r"|hoardings?|leaflets?|flyers?|(?P<notice>вывеск\w*|табличк\w*|signs?|sheets?|листок"
    r"|листк\w*))"
    r"(?:,?[\s\u00a0]+[\w-]+){0,9}?,?[\s\u00a0]+"
    r"(?:со[\s\u00a0]+словами|с[\s\u00a0]+надписью|headed|под[\s\u00a0]+заголовком"
    r"|reading|saying|that[\s\u00a0]+(?:reads?|says)|which[\s\u00a0]+(?:reads?|says)|reads?"
    r"|proclaim(?:s|ed)?"
    r"|declar(?:es|ed)|(?:the[\s\u00a0]+)?words)"
    # A banner's words right after it: 'висит транспарант «Строим мост — строим будущее!»'.
    r"|транспарант\w*|баннер\w*|плакат\w*|растяжк\w*|листовк\w*|banners?|placards?"
    r"|chants?|chanting|chanted|скандир\w*"
    # A drawing's or a photograph's caption, an inscription: 'детский рисунок с подписью
    # «Спасибо ...!»', 'A photograph of the team, with the caption "Berth 5: we did it!"'
    # (a post's caption is its author's words: 'posted a video with the caption: «...»').
    r"|(?:рисун\w*|фотографи\w*|снимок|снимк\w*|photo|photos|photograph|photographs|pictures?"
    r"|drawings?)(?:,?[\s\u00a0]+[\w-]+){0,4}?,?[\s\u00a0]+(?:с[\s\u00a0]+(?:подписью|надписью)"
    r"|with[\s\u00a0]+(?:the[\s\u00a0]+|a[\s\u00a0]+)?caption)|надпись)"
    r"[\s\u00a0:,]*$",
    re.IGNORECASE,
)
# A banner, then where it hangs, then a colon.
_BANNER_THEN_COLON_RE = re.compile(
    r"(?<![\w-])(?:транспарант\w*|баннер\w*|плакат\w*|растяжк\w*|banners?|placards?|posters?)"
    r"(?:[\s\u00a0]+[\w-]+){1,5}?:[\s\u00a0]*$",
    re.IGNORECASE,
)
_CAPTION_LABEL_RE = re.compile(
    r"(?:^|\n)[ \t\u00a0]*(?:ТИТР|ТИТРЫ|ПЛАШКА|ГРАФИКА|CAPTION|SUPER|CHYRON|GRAPHIC)"
    r"[ \t\u00a0]*:[ \t\u00a0]*$"
)
_WHOSE_SLOGAN_RE = re.compile(
    r"(?<![\w-])(?:девиз|лозунг|слоган)\w*[\s\u00a0]+[А-ЯЁ][\w-]+[\s\u00a0:,]*$"
)
_SLOGAN_LAST_WORDS = word_set(
    "девиз девиза девизом лозунг лозунга лозунгом слоган слоганом slogan slogans motto "
    "mottos tagline taglines словами надписью reading saying reads read says proclaims words "
    "proclaim proclaimed declares declared "
    "транспарант транспаранта транспаранте транспарантом баннер баннера баннере баннером "
    "плакат плаката плакате плакатом растяжка растяжке растяжку растяжкой banner banners "
    "листовка листовки листовку листовкой листовке "
    "плакаты плакатами транспаранты транспарантами баннеры баннерами "
    "placard placards подписью надпись caption chant chants chanting chanted скандировали headed "
    "скандировать скандирует скандируют скандировала скандировал скандируя "
    "заголовком "
    "скандируют скандирует скандируя"
)


def _slogan_before(body: str, open_at: int) -> bool:
    # Most quotes follow none of the words: one look at the last word rules them out.
    word = _word_before(body, open_at)
    if ":" in body[max(0, open_at - 3) : open_at] and (
        _BANNER_THEN_COLON_RE.search(body, max(0, open_at - 60), open_at)
        # A television script's caption, the words on the screen: 'ТИТР: «Зырянка. Аэропорт»'.
        or _CAPTION_LABEL_RE.search(body, max(0, open_at - 30), open_at)
    ):
        return True  # 'a banner above the slipway: "Kambarka builds again!"'
    if word.casefold() not in _SLOGAN_LAST_WORDS:
        # 'под баннером с лозунгом Гуреева «Вернём область людям!»': whose slogan it is.
        lead = body[max(0, open_at - 60) : open_at]
        return (
            word[:1].isupper()
            and ("лозунг" in lead or "девиз" in lead or "слоган" in lead)
            and bool(_WHOSE_SLOGAN_RE.search(body, max(0, open_at - 60), open_at))
        )
    slogan = _SLOGAN_BEFORE_RE.search(body, max(0, open_at - 90), open_at)
    if slogan is None:
        return False
    # 'A sign on the bus shelter read: “...”': a notice read out, after its colon.
    return not (slogan.group("notice") and body[:open_at].rstrip().endswith(":"))


_PLACE_PREPOSITIONS = word_set("at of from for with by in on для из от при на во в у")
# A name given, not words said: 'dubbed the “asphalt case”' (but 'called the plan “a
# disaster”' quotes: the object comes between).
_NAMING_VERBS = word_set(
    "dubbed nicknamed christened окрестил окрестила окрестили прозвал прозвала прозвали "
    "именуемый именуемая именуемое именуемые именуемой именуемого titled entitled "
    "называется называются назывался называлась называлось назывались"
)
_NAMING_OBJECTS = word_set("the a an it его её их")
_TITLING_WORDS = word_set(
    "titled entitled headlined озаглавленный озаглавленная озаглавленной озаглавленного"
)


def _titled(body: str, open_at: int) -> bool:
    """'headlined', 'titled', 'озаглавленной' right before the marks. (Literals first: the
    word before every quote, read for this alone, cost 1% of extraction.)"""
    window = body[max(0, open_at - 16) : open_at]
    if "itled" not in window and "eadlined" not in window and "заглавлен" not in window:
        return False
    return fold(_word_before(body, open_at)) in _TITLING_WORDS


def _named_as(body: str, open_at: int) -> bool:
    words = body[max(0, open_at - 32) : open_at].casefold().split()
    for _ in range(2):  # 'dubbed it the “bridge of the century”'
        if words and words[-1] in _NAMING_OBJECTS:
            words.pop()
    if not words:
        return False
    # 'known as', 'known locally as'
    return words[-1] in _NAMING_VERBS or (words[-1] == "as" and "known" in words[-3:-1])


def _nicknamed(body: str, open_at: int) -> bool:
    """'которую горожане прозвали «стиральной доской»', 'have nicknamed this summer "the
    year of the yellow steppe"': a verb that gives a name, a few words before the marks
    with no punctuation between, whatever verb follows them."""
    low = max(0, open_at - 48)
    if not _NAMING_VERB_RE.search(body, low, open_at):
        return False  # most quotes: no such verb near
    clause = _CLAUSE_BREAK_RE.split(body[low:open_at])[-1]
    return not _NAMING_VERBS.isdisjoint(clause.casefold().split()[-4:])


def _known_as(body: str, open_at: int) -> bool:
    """'known as', 'known among officials as', 'remembered as', 'позывной' before the
    marks: a name follows."""
    return bool(
        _MAY_BE_KNOWN_AS_RE.search(body, max(0, open_at - 60), open_at)
        and _KNOWN_AS_RE.search(body, max(0, open_at - 60), open_at)
    )


# 'the failed run is still remembered as "the silent summer", workers say': a name
# whoever the sentence then says spoke.
_MAY_BE_KNOWN_AS_RE = re.compile(r"known|remembered|call sign|позывн")
_KNOWN_AS_RE = re.compile(
    r"(?<![\w-])(?:(?:known|remembered)[ \u00a0]+as|call[ \u00a0]+sign,?|позывн(?:ой|ым|ому|ого),?)"
    r"[ \u00a0]*$"
    # 'known among officials and petitioners alike as "otpiski"'.
    r"|(?<![\w-])known[ \u00a0]+(?:among|to|in)(?:[ \u00a0]+[\w-]+){1,5}?[ \u00a0]+as[ \u00a0]*$"
)
_CLAUSE_BREAK_RE = re.compile(r"[,.;:!?«»“”\"\n]")
# Lower case only: a case-blind alternation searched before every quote cost 1% of
# extraction.
_NAMING_VERB_RE = re.compile(r"dubbed|nicknamed|christened|окрестил|прозвал|именуем")


# 'the word "declared"', 'слово «вымирает»', 'термин «агломерация»'.
_WORD_AS_WORD_RE = re.compile(
    r"(?<![\w-])(?:words?|terms?|слово|слова|термин|термина|word[\s\u00a0]+for"
    # ... and one put for another: 'слово «рекомендовать» заменили на «обязать»'.
    r"|замен\w+[\s\u00a0]+на|replaced[\s\u00a0]+(?:it[\s\u00a0]+)?with)[\s\u00a0]*$",
    re.IGNORECASE,
)
_WORD_AS_WORD_MAX = 2


def _joined_to_previous(body: str, open_at: int, commas: bool = False) -> int | None:
    """Where the first quote of a list this one ends opens, when only 'и', 'and' or 'or'
    join them, or with `commas` commas as well: 'плакаты: «Руки прочь!», «Рыба дороже
    денег», «Нерка не голосует — голосуем мы»' are all what the first is (but a comma
    may end an apposition: 'так называемого «глэмпинга», «расположена ...»')."""
    joins = _LISTED_RE if commas else _JOINED_RE
    head: int | None = None
    for _ in range(_LISTED_QUOTES):
        joined = joins.search(body, max(0, open_at - 8), open_at)
        if joined is None:
            break
        closer = joined.start()
        opener = body.rfind(_OPENER_OF[body[closer]], max(0, closer - 200), closer)
        if opener < 0:
            break
        head = open_at = opener
    return head


_JOINED_RE = re.compile(r"[»”\"'’][ \u00a0]+(?:и|and|or|или)[ \u00a0]+$")
_LISTED_RE = re.compile(r"[»”\"'’](?:,[ \u00a0]+|[ \u00a0]+(?:и|and|or|или)[ \u00a0]+)$")
_LISTED_QUOTES = 8
_OPENER_OF = {"»": "«", "”": "“", '"': '"', "'": "'", "’": "‘"}
_HIS_OR_HER_BEFORE_RE = re.compile(r"(?<![\w-])(?:his|her)[\s\u00a0]*$", re.IGNORECASE)
# ... and what is customarily called so: 'То, что принято называть "административным
# ресурсом"'.
_SO_CALLED_RE = re.compile(
    r"(?:so-called|so called|так называем\w*|принято[\s\u00a0]+называть)[\s\u00a0]*$", re.I
)
_DETERMINER_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:the|a|an|its|their|his|our|this|these|those|that"
    # Russian has no articles, but its possessive does the work: 'через свою «горячую линию»'.
    r"|сво(?:й|я|ю|ё|е|ей|его|ему|им|ем|ём|и|их|ими)"
    # ... and so does 'such': 'Таких «целевиков», по словам Сомова, 214 человек'.
    r"|such|так(?:ой|ая|ое|ие|их|им|ими|ого|ому|ую))[\s\u00a0]*$",
    re.I,
)
# 'a city of "wooden lace"': what a noun is of.
_OF_AFTER_NOUN_RE = re.compile(r"(?<![\w-])[a-z]{3,}[\s\u00a0]+of[\s\u00a0]*$")
_TITLE_WORD_LENGTH = 4  # shorter words ('of', 'by', 'the') stay lower case in a title


def _title_cased(words: list[str]) -> bool:
    """English titles capitalise their words; speech, and Russian titles, do not."""
    if len(words) < 2 or not _LATIN_WORD_RE.match(words[0]):
        return False
    long_words = lower = 0
    for word in words:
        if len(word) >= _TITLE_WORD_LENGTH:
            long_words += 1
            if not word[0].isupper():
                lower += 1
                if lower * 4 > len(words):
                    return False  # a sentence shows it within its first few words
    return long_words > 0 and lower * 4 <= long_words


def _capitalised_name(text: str, words: list[str], ends_clause: bool) -> bool:
    """Capitalised and no clause ending: a long name ('«О защите населения ...»')."""
    letter = _LETTER_RE.search(text)
    return bool(words and letter and letter.group().isupper() and not ends_clause)


def _stands_as_a_sentence(body: str, span: Span) -> bool:
    """Whether the marks make up a sentence of their own, its full stop outside them as
    Russian sets it: a name or a term stands inside a sentence."""
    if body[span.end + 1 : span.end + 2] not in _SENTENCE_TERMINAL:
        return False
    blank = last_index_before(body, span.start - 1, " \t\u00a0")
    before = last_index_before(body, blank + 1, _INNER_CLOSERS)
    return before < 0 or body[before] in "\n.!?…"


def _name_like(text: str, words: list[str], ends_sentence: bool) -> bool:
    """Capitalised (or Latin among Cyrillic), not a sentence, short or title-cased: a name
    of something."""
    if ends_sentence or not words:
        return False
    letter = _LETTER_RE.search(text)
    if not (letter and (letter.group().isupper() or text[0].isdigit())):
        return False
    return len(words) <= _MAX_MENTION_WORDS or _title_cased(words)


# 'В правительстве о нём говорят как о «главном архивариусе»': a name people at large
# give someone (a third-person plural and no subject), not anyone's words.
_SPOKEN_OF_AS_RE = re.compile(
    r"(?<![\w-])(?:говорят|отзываются|пишут)(?:[ \u00a0]+[\w-]+){0,2}?[ \u00a0]+как"
    r"[ \u00a0]+(?:о|об|про)[ \u00a0]*$"
)
# A sentence ending after a word (not an initial or 'St.') and another starting.
_TWO_SENTENCES_RE = re.compile(r"[^\W\d_]{3,}[.!?…][\s\u00a0]+[A-ZА-ЯЁ0-9]")


# Nouns for words someone says, or a notice, announcing them with a colon.
_SPEECH_OR_NOTICE_RE = re.compile(
    r"(?:phrase|words|saying|remark|line|answer|reply|фраз(?:а|е|у|ы|ой)|слова|выражени[ея]"
    r"|поговорк(?:а|и|у|ой|е)|присказк(?:а|и|у|ой|е)|пословиц(?:а|ы|у|ей|е)|proverb|ответ"
    r"|реплик[аиу]|комментари(?:ем|й|я)|словом|word|comment|post|message"
    r"|табличк[аеиуой]|объявлени[ея]|plaque|notice"
    # What a screen shows: 'a green line appears on the screen: «Вы записаны на приём»'.
    r"|screen|display|экране|табло)$",
    re.IGNORECASE,
)


# The title of a legal act after its number: 'Resolution No. 1325 "On the restructuring
# of budget loans ..."', 'Распоряжение ... № 207-р «Об утверждении Стратегии ...»'.
_PLACE_NAME_RE = re.compile(
    r"(?:город|село|пос[её]лок|деревня|станица|аул|улус)[ \u00a0]+[А-ЯЁ][\w-]*(?:[ \u00a0]+[\w-]+)?"
)
_ACT_TITLE_RE = re.compile(r"(?:On|Об|Обо|О)[ \u00a0]")
_PETITION_WORDS = ("петици", "petition")


def _petition_titled(body: str, span: Span) -> bool:
    """'Петиция «Нет полигону в Ракитине!»' (not 'назвал петицию «сигналом ...»')."""
    lead = body[max(0, span.start - 16) : span.start]
    if "etiti" not in lead and "етици" not in lead:
        return False  # one look rules out nearly every quote
    return fold(_word_before(body, span.start - 1)).startswith(_PETITION_WORDS) and not (
        _CALLED_IT_RE.search(body, max(0, span.start - 61), span.start - 1)
    )


# A law's noun before its title: 'Законопроект фракции КПРФ «О гарантиях ...»'.
_ACT_NOUN_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:законопроект\w*|закон|закона|закону|законом|постановлени\w*|указ\w*"
    r"|распоряжени\w*|приказ\w*|названи\w*|bill|law|decree|resolution|title)"
    # 'постановлением Правительства Российской Федерации «Об утверждении ...»', 'Название
    # пока рабочее — «О дополнительных мерах ...»'.
    r"(?:[ \u00a0]+[\w-]+){0,3}[ \u00a0]*(?:[—–:][ \u00a0]*)?$",
    re.IGNORECASE,
)
_ACT_NUMBER_BEFORE_RE = re.compile(r"(?:No\.|№)[ \u00a0]*[\w-]+[ \u00a0,]*$")
# A two-word name in an oblique case, an adjective first: «Судакского вестника»,
# «Вечернего Новосибирска» (no one's words are so short and so declined).
_OBLIQUE_TITLE_RE = re.compile(r"[А-ЯЁ][а-яё]+(?:ого|его|ому|ему|ым)[ \u00a0][А-ЯЁа-яё][а-яё]+")
# An article of a code, cited by its number ('статью 293 УК РФ', 'Article 7.23 of the
# Code of Administrative Offences'), before its title in marks: in parentheses, or right
# after the code's name.
_CODE_NAMES = ("КоАП", "УК", "ГК", "ТК", "НК", "ЖК", "ЗК", "АПК", "ГПК", "УПК", "РФ", "России",
               "Кодекса", "Code")  # fmt: skip
_STATUTE_ARTICLE_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:стать[яиюеё]й?|ст\.|articles?|art\.)[ \u00a0]*\d+(?:\.\d+)*"
    r"(?:[ \u00a0]+[^\s()«»“”\"„.,;:!?]+){0,6}?"
    # ... then a parenthesis, or the code's name right before the marks.
    # ('Article 145.1 of the Criminal Code, “Non-payment of wages ...”': a comma between).
    rf"(?:[ \u00a0]*\(|[ \u00a0]+(?:{'|'.join(_CODE_NAMES)}),?[ \u00a0]*)$",
    re.IGNORECASE,
)


def _cites_an_article(body: str, open_at: int) -> bool:
    # One look at the words right before rules out nearly every quote first.
    tail = body[max(0, open_at - 12) : open_at].rstrip(" \u00a0,")
    if not (tail.endswith("(") or tail.endswith(_CODE_NAMES)):
        return False
    return _STATUTE_ARTICLE_BEFORE_RE.search(body, max(0, open_at - 60), open_at) is not None


# A wording, then the words it holds after a colon: 'the official wording had become a
# formality: he was leaving «...»'.
_WORDING_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:wording|формулировк\w*)(?![\w-])[^.!?\n«»\"“”:]{0,60}:[^.!?\n«»\"“”]{0,60}$",
    re.IGNORECASE,
)
# A phrase someone used, as the subject of 'was': its words, however short.
# ('the phrase in government papers now is “...”' is a term's name, not anyone's words).
_PHRASE_WAS_RE = re.compile(
    r"(?<![\w-])(?:phrase|words|line|remark|фраза|слова|реплика)[ \u00a0]+(?:that|which"
    r"|котор\w+)(?![\w-])[^.!?:;\n«»\"“”]{0,60}(?:was|were|is|are|стала|стали|была|были)"
    r"[ \u00a0]*$",
    re.IGNORECASE,
)
# A phrase named right before its marks, with or without a colon.
_PHRASE_NOUN_RE = re.compile(rf"(?<![\w-])(?:{PHRASE_NOUNS})[ \t\u00a0:,]*$", re.IGNORECASE)
# A note or a letter, then what it read: its words, however short.
_NOTE_THAT_READ_RE = re.compile(
    r"(?<![\w-])(?:note|letter|message|записк\w*)(?:[ \u00a0]+[\w-]+){0,4}?[ \u00a0]+"
    r"(?:that|which)[ \u00a0]+read(?:s)?[ \u00a0:,]*$",
    re.IGNORECASE,
)
# A phrase set a few words before the colon that opens the marks: 'his favourite phrase
# at meetings: «...»'.
_SPEECH_NOUN_BEFORE_COLON_RE = re.compile(
    rf"(?<![\w-])(?:{PHRASE_NOUNS}|remark)(?![\w-])[^.!?:;\n«»\"“”]{{0,60}}:[ \t\u00a0]*$",
    re.IGNORECASE,
)


# An event, or 'titled', right before the marks (no colon between): what they hold is
# its title, however much it reads as a sentence or a question.
_EVENT_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:session|round[ \u00a0]+table|seminar|webinar|workshop"
    r"|titled|entitled|сесси[яиюей]|секци[яиюей]|панел[ьиюей]|дискусси[яиюей]|семинар\w*"
    r"|круглый[ \u00a0]+стол|круглого[ \u00a0]+стола|круглом[ \u00a0]+столе"
    r"|под[ \u00a0]+названием|ТОС|СНТ|ТСЖ)[ \u00a0]*$",
    re.IGNORECASE,
)


_EVENT_LAST_WORDS = word_set(
    "session table seminar webinar workshop titled entitled сессия сессии сессию сессией "
    "секция секции секцию секцией панель панели панелью дискуссия дискуссии дискуссию "
    "дискуссией семинар семинара семинаре семинаром стол стола столе названием тос снт тсж"
)


def _titled_event(body: str, open_at: int) -> bool:
    """'a session titled "..."', 'круглый стол «...»'; not a session told something ('told
    the session “...”'). ('The panel' is left out: 'asking the panel “who here ...?”'.)"""
    # Most quotes follow none of the words: one look at the last word rules them out.
    if _word_before(body, open_at).casefold() not in _EVENT_LAST_WORDS:
        return False
    event = _EVENT_BEFORE_RE.search(body, max(0, open_at - 40), open_at)
    return event is not None and find_verb(body, max(0, event.start() - 30), event.start()) is None


def _named_by_noun(body: str, span: Span) -> bool:
    """'the “Alabuga-Volokno” plant', 'программа «...»': a noun that names what the marks
    hold stands right before or after them, or before whose it is: 'государственной
    программы Мурманской области «...»', 'ГБУ СО «...»'."""
    before = _word_before(body, span.start - 1)
    if before and _NAMING_NOUNS.match(before):
        return True
    if before in _WHOSE_PLACE_WORDS or _REGION_ABBREVIATION_RE.fullmatch(before):
        line = body[max(0, span.start - 80) : span.start - 1].rsplit("\n", 1)[-1]
        words = line.split()[-4:-1]  # the place's own words, then the noun before them
        while words and words[-1][:1].isupper() and not _NAMING_NOUNS.match(words[-1]):
            words.pop()  # 'Мурманской', 'Российской'
        if words and _NAMING_NOUNS.match(words[-1].rstrip(",")):
            return True
    return _named_by_noun_after(body, span)


# Whose a named thing is, after its noun: a region, a country, in the genitive.
_WHOSE_PLACE_WORDS = frozenset(
    ("области", "края", "республики", "округа", "района", "Федерации", "России", "города")
)
_REGION_ABBREVIATION_RE = re.compile(r"[А-ЯЁ]{2,4}")  # 'ГБУ СО', 'ГАУ РБ', 'МБОУ СОШ'


def _translated_wording(body: str, span: Span, text: str, words: list[str]) -> bool:
    """'The law follows the template: the settlements "утрачивают статус муниципальных
    образований" ("lose the status of ...")': Russian words of three or more, in an
    English sentence, that the reporter translates are someone's or a text's wording (a
    term is shorter, and its gloss has no marks of its own)."""
    if len(words) < _READ_OUT_WORDS:
        return False
    # The span may hold the pair already (quote and translation read as one): look right
    # after the words' own closing mark (for most quotes, no parenthesis there at all).
    own_end = body.find(text, span.start) + len(text)
    if "(" not in body[own_end + 1 : own_end + 4]:
        return False
    pair = _TRANSLATION_AFTER_RE.match(body, own_end + 1)
    return (
        pair is not None
        and script_of(text) == "ru"
        and script_of(pair.group("translation")) == "en"
    )


_TRANSLATION_AFTER_RE = re.compile(
    r"[ \u00a0]*\([ \u00a0]*[\"“«](?P<translation>[^\"”»)\n]{3,200})"
)


def _read_out_clause(body: str, span: Span, words: list[str]) -> bool:
    """Words after a colon that make a clause, a verb or a short participle in them: 'a
    note stamped by the school: «Меню согласовано с родительской комиссией»'."""
    text = body[span.start : span.end]
    return _sentence_after_colon(body, span, words) and (
        _FINITE_VERB_RE.search(text) is not None or _SHORT_PARTICIPLE_RE.search(text) is not None
    )


_SHORT_PARTICIPLE_RE = re.compile(r"(?<![\w-])[а-яё]{4,}(?:ано|ено|ёно|ана|ена|аны|ены)(?![\w-])")


def _sentence_after_colon(body: str, span: Span, words: list[str]) -> bool:
    """'pinned with a note stamped by the school: «Меню согласовано с родительской
    комиссией»': words a colon announces, three or more, are read out, however the noun
    before the colon names things."""
    colon = last_index_before(body, span.start - 1)
    if len(words) < _READ_OUT_WORDS or colon < 0 or body[colon] != ":":
        return False
    # ... but a title is a name: 'под заголовком: «...»', 'a headline: «...»'.
    return not _TITLE_NOUN_RE.search(_word_before(body, span.start - 1))


_READ_OUT_WORDS = 3
_TITLE_NOUN_RE = re.compile(
    r"(?:заголов\w*|headlines?|titles?|titled|captions?|подпис\w*|названи\w*|рубрик\w*)$",
    re.IGNORECASE,
)
_FINITE_VERB_RE = re.compile(
    r"(?<![\w-])[а-яё]{3,}(?:ется|ится|ются|ятся|ает|яет|ует|ают|яют|уют)(?![\w-])"
)


def _word_before(body: str, position: int) -> str:
    """The word just before `position` on its line, a comma or colon after it allowed
    ('the operator, «...»'); '' if none. (String splits, not a regex searched backwards
    from every position: this runs for most spans.)"""
    line = body[max(0, position - 41) : position].rsplit("\n", 1)[-1]
    tokens = line.rstrip(" \t\u00a0").rsplit(None, 1)
    if not tokens:
        return ""
    token = tokens[-1].removesuffix(",").removesuffix(":")
    found = _WORD_AT_END_RE.search(token)
    return found.group() if found else ""


def _named_by_noun_after(body: str, span: Span) -> bool:
    after = _FIRST_WORD_RE.match(body, span.end + 1, min(len(body), span.end + 41))
    return bool(after and _NAMING_NOUNS.match(after.group(1)))


def _named_before_colon(body: str, span: Span) -> bool:
    """'рассказал о новом проекте: «Умный город»': the colon introduces a name, not speech."""
    open_at = span.start - 1
    if not body[max(0, open_at - 4) : open_at].rstrip(" \t\u00a0").endswith(":"):
        return False
    return bool(_NAMING_NOUNS.match(_word_before(body, open_at)))


def _given_a_name_before_colon(body: str, span: Span) -> bool:
    """'The phenomenon even has a name among officials: "ручное управление"', 'у этого
    явления есть даже название: «...»': the colon gives what something is called."""
    open_at = span.start - 1
    if not body[max(0, open_at - 4) : open_at].rstrip(" \t\u00a0").endswith(":"):
        return False
    return _HAS_A_NAME_RE.search(body, clause_start(body, open_at), open_at) is not None


_HAS_A_NAME_RE = re.compile(
    r"(?<![\w-])(?:(?:has|have|had|got|earned)[ \u00a0]+(?:\w+[ \u00a0]+)?(?:a|its|their)"
    r"[ \u00a0]+(?:own[ \u00a0]+)?name"
    r"|есть[ \u00a0]+(?:даже[ \u00a0]+)?(?:сво[её][ \u00a0]+)?(?:название|имя)"
    r"|получил\w*[ \u00a0]+(?:\w+[ \u00a0]+)?название)(?![\w-])",
    re.IGNORECASE,
)


def _append_inner_parts(
    body: str,
    quotes: list[ExtractedQuote],
    start: int,
    end: int,
    inner: re.Match[str],
    attribution: Attribution,
) -> None:
    """«X, — сказал он. — Y» is two parts of one quote, both said by the same person."""
    bounds = [(start, inner.start() + 1), (inner.end(), end)]  # keep the comma of part one
    _append_parts(body, quotes, bounds, attribution)


def _append_parts(
    body: str,
    quotes: list[ExtractedQuote],
    bounds: list[tuple[int, int]],
    attribution: Attribution,
) -> None:
    """A quote in one or more parts; the parts of one quote all point at its first."""
    first_index = len(quotes) if len(bounds) > 1 else None
    for part_start, part_end in bounds:
        start, end = _trimmed(body, part_start, part_end)
        quotes.append(_speech(body, start, end, attribution, first_index))


def _speech(
    body: str, start: int, end: int, attribution: Attribution, part_of: int | None
) -> ExtractedQuote:
    text = body[start:end]
    return ExtractedQuote(
        text,
        start,
        end,
        quote_language(text),
        attribution.speaker,
        nominative_role(attribution.role),
        "quote",
        part_of,
    )


def _split_from(
    body: str,
    quotes: list[ExtractedQuote],
    kept: list[Span],
    span: Span,
    attributor: Attributor,
) -> int | None:
    """'"X," she said, "Y."': the index of the first part when this span continues a quote."""
    if not quotes or not kept or quotes[-1].kind != "quote":
        return None
    last = kept[-1]
    between = body[last.end + 1 : span.start - 1]
    if len(between) > 120 or "\n" in between or not quotes[-1].text.endswith((",", "…", "...")):
        return None
    stripped = between.strip(" \t\u00a0—–-")
    if not stripped.endswith((",", ":", ".")) or attributor.after(last.end + 1, span.start) is None:
        return None
    if stripped.endswith(".") and not body[span.start : span.start + 1].islower():
        return None
    first = quotes[-1].part_of
    return first if first is not None else len(quotes) - 1


# '«...», — парировал оппонент', '"...," his rival shot back'.
_BY_THE_OPPONENT_RE = re.compile(
    r"[»”\"’'][\s\u00a0,]*[—–-]?[\s\u00a0]*(?:(?:парировал|ответил|возразил)[аи]?[\s\u00a0]+"
    r"(?:(?:его|её|ее|их)[\s\u00a0]+)?(?:оппонент\w*|соперни\w*)"
    r"|(?:his|her|their)[\s\u00a0]+(?:opponent|rival)[\s\u00a0]+(?:shot[\s\u00a0]+back|countered"
    r"|retorted|replied|said|hit[\s\u00a0]+back)"
    r"|(?:shot[\s\u00a0]+back|countered|retorted|replied)[\s\u00a0]+(?:his|her|their)"
    r"[\s\u00a0]+(?:opponent|rival))(?![\w-])",
    re.IGNORECASE,
)


def _the_other_side(quotes: list[ExtractedQuote], attribution: Attribution) -> Attribution:
    """Who the last speaker was answering: the latest speaker before them who is not
    them."""
    last = quotes[-1].speaker
    for quote in reversed(quotes):
        if quote.speaker is not None and quote.speaker != last:
            return Attribution(quote.speaker, quote.role, attribution.how)
    return attribution


def _inherit(
    body: str, last: ExtractedQuote, start: int, people: People, attributor: Attributor
) -> Attribution:
    """No attribution: a quote soon after another one goes on with the same speaker."""
    if last.speaker is None or start - last.end > _INHERIT_DISTANCE:
        return NO_ATTRIBUTION
    if attributor.unnamed_spoke(last.end, start):
        return NO_ATTRIBUTION  # 'A representative of the ministry noted that ... «...»'
    between = body[last.end : start]
    # Where the paragraph before this quote's starts, if one stands between them.
    paragraph = last.end + body[last.end : start - 1].rstrip().rfind("\n") + 1
    # Someone else named in between takes over the conversation.
    named_again = False
    for mention_start, mention_end, index in people.mentions_in(last.end, start):
        if people.persons[index].name == last.speaker:
            named_again = named_again or mention_start >= paragraph > last.end
        elif mention_start < start and not attributor.addressed(mention_start, mention_end):
            # ('“...,” he told the radio host, Yevgenia Sorokina. “...”': spoken to.)
            return NO_ATTRIBUTION
    # A paragraph between goes on about them only if it names them: 'Averina worries less
    # about imports than about costs.' before her next words.
    if between.count("\n") > 2 and not (named_again and between.count("\n") <= _INHERIT_BREAKS):
        return NO_ATTRIBUTION
    return Attribution(last.speaker, last.role, "inherited")


_INHERIT_BREAKS = 4  # one paragraph between, set off by blank lines


def _add_nested_mentions(
    body: str, spans: list[Span], span_starts: list[int], outer: Span, out: list[Mention]
) -> None:
    # Only spans starting inside `outer` can be nested in it: a slice found by bisection
    # keeps an article with 100k quotes linear instead of quadratic.
    first = bisect.bisect_left(span_starts, outer.start)
    last = bisect.bisect_right(span_starts, outer.end)
    for span in spans[first:last]:
        if span.depth == 0 or not (outer.start <= span.start and span.end <= outer.end):
            continue
        start, end = _trimmed(body, span.start, span.end)
        text = body[start:end]
        words = text.split()
        if _name_like(text, words, text.endswith(_SENTENCE_TERMINAL)):
            out.append(_mention(body, start, end))


def _turns(body: str, labels: list[Label], top: list[Span], people: People) -> list[ExtractedQuote]:
    """'Name: words' lines: each turn runs until the next label or the end of the text.

    A text with one label is no transcript: its turn is its line, and a first line
    shaped like a headline is one ('Глава округа Виктор Лебедев: школу сдадим к
    сентябрю' over an interview), no turn at all.
    """
    quote_openers = {span.start - 1 for span in top}
    turns: list[ExtractedQuote] = []
    lone = len(labels) == 1
    for index, label in enumerate(labels):
        if label.text_start in quote_openers or body[label.text_start] in _QUOTE_MARKS:
            continue
        if lone and _headline_label(body, label):
            continue
        if index + 1 < len(labels):
            limit = labels[index + 1].line_start
        else:
            line_end = body.find("\n", label.text_start) if lone else -1
            limit = line_end if line_end >= 0 else len(body)
        start, end = _trimmed(body, label.text_start, limit)
        if end <= start:
            continue
        text = body[start:end]
        speaker = resolve_label_speaker(people, label)
        turns.append(
            ExtractedQuote(
                text, start, end, quote_language(text), speaker, nominative_role(label.role), "turn"
            )
        )
    return turns


# 'Я на сходе честно сказал людям: «...»': the one speaking says they said it.
_FIRST_PERSON_SAID_RE = re.compile(r"(?<![\w-])(?:[яЯ]|I)(?![\w-])[^.!?…\n]{0,120}$")


def _told_by_the_turn(
    body: str, quotes: list[ExtractedQuote], turns: list[ExtractedQuote]
) -> list[ExtractedQuote]:
    """Quotes nobody is named for inside a transcript turn, that its speaker says they
    said ('В.С. Ефремов: ... Я честно сказал людям: «...»'), are that speaker's."""
    starts = [turn.start for turn in turns]
    told: list[ExtractedQuote] = []
    for quote in quotes:
        index = bisect.bisect_right(starts, quote.start) - 1
        turn = turns[index] if index >= 0 else None
        if (
            quote.speaker is None
            and turn is not None
            and turn.speaker is not None
            and quote.end <= turn.end
            and _FIRST_PERSON_SAID_RE.search(body, clause_start(body, quote.start - 1), quote.start)
            and find_verb(body, clause_start(body, quote.start - 1), quote.start) is not None
            and not told_to_the_speaker(body, quote.start - 1)
        ):
            quote = replace(quote, speaker=turn.speaker, role=turn.role)
        told.append(quote)
    return told


def _headline_label(body: str, label: Label) -> bool:
    """Whether a label opens the text's first line, and that line reads as a headline."""
    if body[: label.line_start].strip():
        return False
    line_end = body.find("\n", label.text_start)
    line = body[label.line_start : line_end if line_end >= 0 else len(body)].strip()
    return _headline_shaped(line)


_ECHO_SHARE = 0.8
_SENTENCE_BREAK_IN_LINE_RE = re.compile(r"[.!?…][»”\"]?[ \u00a0]+[A-ZА-ЯЁ«“\"]")
_HEADLINE_CHARS = 160


def _headline_quotes(body: str, quotes: list[ExtractedQuote], label_lines: set[int]) -> set[int]:
    """Quotes that belong to a headline, not to what was said (ids).

    A headline quotes words shortened ('Глава Кунгурского округа: "Мост через Сылву
    закроем на два года"'): a quote in a short first line with no full stop of its own.
    A headline, subheading or pull-quote anywhere (a short line that is no sentence of the
    text) repeats words the article quotes elsewhere: '«Иначе жить им будет негде»' over
    the paragraph that says them. A long line quoting whole sentences is speech, and stays,
    as does a transcript's line ('LOMAKIN: “...”', where `label_lines` start).
    """
    parts = {quote.part_of for quote in quotes}
    found: set[int] = set()
    words_of: dict[int, set[str]] = {}
    lines = "\n" in body  # a body of one line has no headline
    first_at = _first_place_of_each_text(quotes)
    said_words: list[str] = []  # the body's words folded, read once when first asked
    for index, quote in enumerate(quotes):
        if quote.part_of is not None or index in parts:
            continue
        if _alone_on_its_line(body, quote) and (
            first_at[_same_words(quote.text)] != quote.start
            or _said_again_unmarked(body, quote, said_words)
        ):
            # A pull quote: words said earlier, set out again, or the words an
            # interview's answer gives ('«Билет без субсидии — тридцать восемь тысяч»'
            # over the turn 'Но честно скажу: билет без субсидии — тридцать восемь тысяч').
            found.add(id(quote))
            continue
        # Line bounds looked for no further than a headline is long: a megabyte line may
        # hold a hundred thousand quotes.
        line_start, line_end = _short_line_around(body, quote.start, quote.end)
        if line_start < 0 or not (
            _headline_shaped(body[line_start:line_end].rstrip())
            or _titled_by_its_words(body, line_start, line_end, quote.start)
        ):
            continue
        if _links_to_articles(body, line_start):
            found.add(id(quote))  # 'Read also: Governor: "..."': another article's headline
            continue
        if (
            _SECTION_HEADING_RE.match(body, line_start)
            # A transcript's lines, 'VOICE FROM THE HALL: “...”' among its labels, are none.
            and len(label_lines) < _TRANSCRIPT_LABELS
            and _alone_in_paragraph(body, line_start, line_end)
        ):
            # 'CHUVASHIA: "We will not abandon the project," says minister': a digest's
            # heading over the item that reports the words.
            found.add(id(quote))
            continue
        if line_start == 0 and lines and not quote.text.endswith(_FULL_STOPS):
            # A question or an exclamation is a headline's too: “When will my radiator be
            # warm?”: Tomsk mayor takes 200 calls'.
            found.add(id(quote))
            continue
        words = _stems(quote.text)
        if words and any(
            len(words & words_of.setdefault(i, _stems(other.text))) >= _ECHO_SHARE * len(words)
            for i, other in enumerate(quotes)
            if not (line_start <= other.start < line_end)
        ):
            found.add(id(quote))
    return found


# What a saved web page puts before links to other articles: on the link's line ('Читайте
# также: ...') or as the heading of a list of them ('Related articles').
_LINKS_LEAD_RE = re.compile(
    r"(?:read[ \u00a0]+(?:also|more)|see[ \u00a0]+also|also[ \u00a0]+read|related"
    r"(?:[ \u00a0]+(?:articles|news|stories|reading))?|more[ \u00a0]+on[ \u00a0]+(?:this|the)"
    r"[ \u00a0]+topic|more[ \u00a0]+news|most[ \u00a0]+read|popular|читайте[ \u00a0]+также"
    r"|читать[ \u00a0]+также|смотрите[ \u00a0]+также|см\.[ \u00a0]+также|(?:ещё|еще)[ \u00a0]+"
    r"по[ \u00a0]+теме|по[ \u00a0]+теме|новости[ \u00a0]+по[ \u00a0]+теме|похожие[ \u00a0]+"
    r"(?:новости|материалы|статьи)|другие[ \u00a0]+новости|популярное|самое[ \u00a0]+читаемое)"
    r"[ \t\u00a0]*(?::|$)",
    re.IGNORECASE | re.MULTILINE,
)
_LINKS_IN_A_LIST = 12


def _links_to_articles(body: str, line_start: int) -> bool:
    """Whether the line at `line_start` links to another article: it opens with 'Read
    also:', or it stands in the block of short lines under a 'Related articles' heading."""
    start = line_start
    for _ in range(_LINKS_IN_A_LIST):
        if _LINKS_LEAD_RE.match(body, start):
            return True
        if start == 0:
            return False
        low = max(0, start - 1 - _HEADLINE_CHARS)
        previous = body.rfind("\n", low, start - 1) + 1
        if (previous == 0 and low > 0) or not body[previous : start - 1].strip():
            return False  # a paragraph, or a blank line: the block ends
        start = previous
    return False


# A newsletter's section label in capitals, then the item's headline.
_TRANSCRIPT_LABELS = 2
# A heading in capitals over a digest's item, not a fact-check's 'CLAIM: "..." — Name',
# which quotes the claim.
_SECTION_HEADING_RE = re.compile(
    r"(?!(?:CLAIMS?|QUOTE|STATEMENT|УТВЕРЖДЕНИЕ|ЦИТАТА|ЗАЯВЛЕНИЕ):)"
    r"[A-ZА-ЯЁ][A-ZА-ЯЁ \u00a0-]{3,40}:[ \u00a0]+\S"
)


def _alone_in_paragraph(body: str, line_start: int, line_end: int) -> bool:
    """Whether a line has a blank line (or the text's edge) above and below it."""
    above = line_start == 0 or body.endswith("\n\n", 0, line_start)
    below = line_end >= len(body.rstrip()) or body.startswith("\n\n", line_end)
    return above and below


def _short_line_around(body: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the line holding body[start:end] if it is no longer than a headline,
    else (-1, -1)."""
    low = max(0, start - _HEADLINE_CHARS)
    line_start = body.rfind("\n", low, start) + 1
    if line_start == 0 and low > 0:
        return -1, -1
    line_end = body.find("\n", end, end + _HEADLINE_CHARS)
    if line_end < 0:
        if end + _HEADLINE_CHARS < len(body):
            return -1, -1
        line_end = len(body)
    if line_end - line_start > _HEADLINE_CHARS:
        return -1, -1
    return line_start, line_end


def _same_words(text: str) -> str:
    return fold(" ".join(text.split())).rstrip(".,;:!?…")


def _first_place_of_each_text(quotes: list[ExtractedQuote]) -> dict[str, int]:
    first: dict[str, int] = {}
    for quote in sorted(quotes, key=lambda q: q.start):
        first.setdefault(_same_words(quote.text), quote.start)
    return first


_AROUND_ALONE = 4  # a mark, a full stop, blanks
# A pull quote repeating words of the text outside marks is a sentence or more of them.
_PULL_QUOTE_WORDS = 5


def _said_again_unmarked(body: str, quote: ExtractedQuote, said_words: list[str]) -> bool:
    """Whether the quote's words stand elsewhere in the text too (in a transcript's turn,
    where no marks set them off)."""
    words = _same_words(quote.text)
    if words.count(" ") + 1 < _PULL_QUOTE_WORDS:
        return False
    if not said_words:
        said_words.append(fold(" ".join(body.split())))
    return said_words[0].count(words) >= 2


def _alone_on_its_line(body: str, quote: ExtractedQuote) -> bool:
    """Whether nothing but the quote's marks (and a full stop) stands on its line. Looked
    for a few characters either side only: a line may hold a hundred thousand quotes."""
    low = max(0, quote.start - _AROUND_ALONE)
    line_start = body.rfind("\n", low, quote.start) + 1
    if line_start == 0 and low > 0:
        return False
    high = min(len(body), quote.end + _AROUND_ALONE)
    line_end = body.find("\n", quote.end, high)
    if line_end < 0:
        if high < len(body):
            return False
        line_end = len(body)
    before = body[line_start : quote.start].strip()
    after = body[quote.end : line_end].strip()
    return len(before) <= 1 and len(after.rstrip(".")) <= 1


def _headline_shaped(line: str) -> bool:
    # Headlines take no full stop: a short line that has one is a sentence of the text.
    return (
        len(line) <= _HEADLINE_CHARS
        and not line.endswith(".")
        and not _SENTENCE_BREAK_IN_LINE_RE.search(line)
    )


def _titled_by_its_words(body: str, line_start: int, line_end: int, quote_start: int) -> bool:
    """'Латышев: «Ни одного дня без тепла». Министр провёл совещание в Кедровом': the
    text's title, set apart by a blank line, may go on past the words it quotes after a
    colon or opens with."""
    return (
        line_start == 0
        and body.startswith("\n\n", line_end)
        and not body[line_start:line_end].rstrip().endswith(".")
        # ... or open it: '«Дед сказал: иди к нам». На заводе работает третье поколение'
        # ... or stand in a second sentence: 'Гордума приняла отставку. Курбатов потребовал
        # «открыть все контракты»'.
        and (
            body[:quote_start].rstrip()[:-1].rstrip().endswith(":")
            or quote_start == 1
            or (
                # (a few lower-case words closing the line, not a first paragraph's speech)
                body[quote_start : quote_start + 1].islower()
                and body[line_start:line_end].rstrip()[-1:] in '»”"“'
                and _SENTENCE_BREAK_IN_LINE_RE.search(body, line_start, quote_start) is not None
            )
        )
    )


def _stems(text: str) -> set[str]:
    return {stem_word(word) for word in WORD_RE.findall(text)}


def _renumber(ordered: list[ExtractedQuote], quotes: list[ExtractedQuote]) -> list[ExtractedQuote]:
    """part_of pointed into the quote-only list; point it into the final ordering.

    The first part of a split quote gets its own index, so every part says its group.
    """
    position = {id(quote): index for index, quote in enumerate(ordered)}
    group_of: dict[int, int] = {}
    for quote in quotes:
        if quote.part_of is not None:
            first = position[id(quotes[quote.part_of])]
            group_of[id(quote)] = first
            group_of[id(quotes[quote.part_of])] = first
    return [
        replace(quote, part_of=group_of[id(quote)]) if id(quote) in group_of else quote
        for quote in ordered
    ]
