"""The seed articles hold the extractor to the issue's bar: recall 1, precision .95, speakers .9.

So do 1,978 news articles written blind to the extractor, in 166 sets
(tests/data/quotes/news: English reports and think-tank pieces quoting Russian officials,
Russian wire, newspaper, portal, long-form and press-release items, government-site
transcripts, English-only wire copy, British single-quote style, columns, Telegram posts,
interviews, TV scripts, court reports, business news, long-reads, saved web pages read as
indexing reads them, dash-speech dialogues, think-tank briefs and digests, regional TV, VK
posts, council sessions, budget hearings, joint press conferences, wire copy with
abbreviated titles, Q&A interviews, speakers from the national republics, English
newsletters and investigations, reports written to be like the seeds, saved pages with their
links to other articles, dash-set interviews and unusual typography, text hard-wrapped as
PDFs and e-mails give it, researchers' Markdown notes and machine translations, panels and
round tables with many speakers, wire and business-paper copy full of named and unnamed
sources, press conferences and direct lines, Telegram posts and interviews relayed from
other outlets, municipal releases and district newspapers, long-form features, federal
agency wire, academic papers with footnotes and references, regional sites with readers'
comments, business wire, legislatures' sessions, civic groups' reports, reports of
governors' addresses, broadcast interviews, cross-border cooperation with foreign names,
profiles and documents quoted, government press releases, leaked chats and e-mails, wire
copy, roundups and fact-checks, quotes inside quotes and relayed speech, one person named in
many ways, forums and hearings with speakers taking turns, names hard to put in the
nominative, live blogs, vox pops, business press naming people by their jobs, municipal
news, investigative features with documents and anonymous sources, press conferences and
phone-ins, farms and science towns, culture and sport, rural clinics and schools, election
campaigns, emergencies, housing and utilities, transport, the national republics, youth
policy, pollution, politics on Telegram, investment forums, trials, the Far East and the
Arctic, labour and migration, municipal reform, family policy, roads, tourism, forests,
hospitals, phone scams, audit chambers, schools, harvests, waste, heritage, power and gas,
fisheries, universities, city transport, sport, budgets, ecology, Arctic shipping, rural
health, housing, small-town culture, winter heating, an election, small business, clinics
and medicines, northern delivery, Ural plants, a flood, a mayor's fall, a space town,
veterans' families, village internet, national languages, a district paper, snow, dairy
farms, forest fires, a museum's paintings, tourism, crab quotas, a burst water main,
universities losing their young, migrant labour, an economic zone, elderly care, drought, a
hospital merger, a bridge trial, startups, a heat wave, air travel, school meals,
Kaliningrad's transit, a search in the taiga, a depot strike, a village moved for a mine, a
library, winter roads, a governor's report, orphans' housing, a hockey club, a flu season, a
shipyard, a municipal merger, a tiger cub, a music festival, a landfill fight, rural
schools, a tram concession, a flood a year on, a sanatorium in court, an Arctic port, a TV
debate, a bus route cancelled, a boiler breakdown, an Altai dig, wage arrears, an
ombudsman's report, a mine blast, a mosque dispute, a theatre row, a migrant raid, a wind
farm, a bird-flu cull, a phone-in, winemakers, a diamond town, an exam leak, post offices,
an election night, a TV station's transcripts, an ice town, poisoned bees, and a road
cartel), with their hand-made gold. Each set, when it came, showed misses the others had
not. Where the writers' gold disagreed, one convention holds: a name given by initials is
stored as 'Д. Махонин' however the text spaces it ('Д.Махонин'), so one person is one
speaker across articles; a reporter's translation in parentheses right after a quote ('«...»
("...")') is the same words, not a second quote; words quoted after a verb of calling or
describing ('назвала новые сроки «очередным обещанием»', 'described yields as
"satisfactory"') are the speaker's words, a quote; and a quote over several paragraphs (each
opening with a mark, only the last closing) is one quote, from its first mark to its last;
Russian dash-set-off speech with its attribution ('— Не знаю, — отвечает она') is a quote, a
dash line with none is not; the words on a banner or a slogan are not.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from regreader.quotes.evaluate import read_article, score
from regreader.quotes.extract import extract_quotes

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "data" / "seed_quotes.jsonl"
CORPUS = ROOT / "corpus"
NEWS_GOLD = ROOT / "tests" / "data" / "quotes" / "news_quotes.jsonl"
NEWS = ROOT / "tests" / "data" / "quotes" / "news"


@pytest.mark.parametrize(
    ("gold", "articles", "quotes", "speaker_bar"),
    [
        (GOLD, CORPUS, 16, 0.9),
        # Above the issue's .9 on the news: where the extractor stands, kept from slipping.
        (NEWS_GOLD, NEWS, 20834, 0.95),
    ],
    ids=["seeds", "unseen news"],
)
def test_scores_meet_the_bar(gold: Path, articles: Path, quotes: int, speaker_bar: float) -> None:
    result = score(gold, articles)
    assert result.gold == quotes
    assert result.recall == 1.0, result.misses
    assert result.precision >= 0.95, result.extras
    assert result.speaker_accuracy >= speaker_bar, result.wrong_speakers


def test_every_offset_slices_the_stored_body() -> None:
    for path in sorted(CORPUS.glob("*.txt")):
        body = read_article(path)
        extraction = extract_quotes(body)
        for item in (*extraction.quotes, *extraction.mentions):
            assert body[item.start : item.end] == item.text


def test_transcript_label_quote_and_turn() -> None:
    body = read_article(CORPUS / "002_e91d40e2839ac9c3.txt")
    quotes = extract_quotes(body).quotes
    kinds = [(q.kind, q.speaker) for q in quotes]
    assert kinds == [("quote", "Mikhail Mishustin"), ("turn", "Mikhail Mishustin")]
    turn = quotes[1]
    assert turn.text.startswith("Good afternoon, colleagues.")
    assert turn.text.endswith("more convenient and comfortable.")


def test_role_without_a_name_leaves_the_speaker_empty() -> None:
    body = read_article(CORPUS / "001_e7b59fb6efcab3d1.txt")
    first = extract_quotes(body).quotes[0]
    assert first.speaker is None
    assert first.role == "Minister of Economic Development of Kabardino-Balkaria"


def test_mentions_of_the_seeds() -> None:
    found = {
        m.text for path in CORPUS.glob("*.txt") for m in extract_quotes(read_article(path)).mentions
    }
    assert {"Social Contract", "Социальный контракт", "INGK"} <= found
