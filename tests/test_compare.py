"""Same-event comparison: what each report says of the event itself, columns headed by the outlet."""

from __future__ import annotations

import datetime as dt

from generator.article.actors.records import ArticleActors
from generator.article.event_sentences import event_sentences
from generator.article.records import EventSentence
from generator.render.events import claims, event_pages, has_figure
from tests.actors_helpers import doc
from tests.kb import knowledge
from tests.reader_kit import COUNTRY, GROUP, PERSON, actor, corpus, draft

KB = knowledge()
D = dt.date(2025, 3, 10)


def test_event_sentences_tell_an_incident_with_a_party_or_a_figure() -> None:
    cleaned = doc(
        "Kestrel and Lira have traded for centuries.",  # background: no incident word
        "Ana Big was arrested at the gate. She leads the union.",
        "Police detained 40 dockers.",  # no party named, but a figure
        "Kestrel condemned the arrests.",  # only a country
    )
    found = ArticleActors((actor("Ana Big", PERSON, 1), actor("Kestrel", COUNTRY)))
    got = event_sentences(cleaned, found, KB.incidents)
    assert [(s.text, s.families, s.names) for s in got] == [
        ("Ana Big was arrested at the gate.", ("arrest",), ("Ana Big",)),
        ("Police detained 40 dockers.", ("arrest",), ()),
    ]
    assert [s.position for s in got] == [1, 3]


def _sentence(text: str, families: tuple[str, ...], names: tuple[str, ...], position: int) -> EventSentence:
    return EventSentence(text, families, names, position)


def test_claims_are_about_the_event_not_the_background() -> None:
    sentences = (
        _sentence("Rebels have attacked ships 170 times since the war began.", ("strike",), ("Rebel Front",), 0),
        _sentence("A drone struck the depot on Monday.", ("strike",), (), 5),
        _sentence("Cy Dock, the depot's commander, was killed in the strike.", ("strike",), ("Cy Dock",), 6),
        _sentence("Cy Dock had met the envoy in May.", ("meeting",), ("Cy Dock",), 7),
        _sentence("The port reopened after 3 hours.", ("strike",), (), 30),
    )
    article = corpus([draft("a", "Depot hit", actors=[("Cy Dock", PERSON)], event_sentences=sentences)]).articles[0]
    shown = claims(article, {"Cy Dock"}, set(), "strike", KB.languages.day_and_month)
    assert shown == [
        "A drone struck the depot on Monday.",  # next to the participant, the incident's word
        "Cy Dock, the depot's commander, was killed in the strike.",
        "Cy Dock had met the envoy in May.",  # the participant, another family: still about them
    ]
    excerpt = corpus([draft("a", "Depot hit", event_sentences=sentences)], mode="excerpt").articles[0]
    assert claims(excerpt, {"Cy Dock"}, set(), "strike", KB.languages.day_and_month) == []


def test_dates_are_not_figures() -> None:
    assert not has_figure("On March 3, 2025, the strike began.", KB.languages.day_and_month)
    assert has_figure("The strike on 3 March killed 12 dockers.", KB.languages.day_and_month)


def test_the_table_is_headed_by_outlets_and_keeps_its_items_apart() -> None:
    def report(seed: str, source: str | None, url: str | None, lines: tuple[EventSentence, ...]):  # type: ignore[no-untyped-def]
        return draft(
            seed, f"Report {seed}", source=source, url=url, date=D,
            actors=[("Cy Dock", PERSON), ("Dock Front", GROUP)], incidents=(("strike", "Cy Dock", "person"),),
            event_sentences=lines,
        )

    lines = (
        _sentence("Cy Dock was killed in a strike.", ("strike",), ("Cy Dock",), 0),
        _sentence("The Dock Front vowed revenge for the killing.", ("strike",), ("Dock Front",), 1),
    )
    c = corpus([
        report("a", "Harbour Times", None, lines),
        report("b", None, "https://www.port-news.example/story", lines),
        report("c", None, None, lines[:1]),
    ])
    group = c.events[0]
    page = event_pages(c, KB.incidents, KB.languages.day_and_month)[f"events/{group.slug}.md"]
    head = next(line for line in page.splitlines() if line.startswith("| |"))
    assert head == "| | Harbour Times | port-news.example | unidentified outlet |"
    row = next(line for line in page.splitlines() if line.startswith("| What it reports of the event |"))
    assert "• Cy Dock was killed in a strike. <br>• The Dock Front vowed revenge for the killing." in row
    index = event_pages(c, KB.incidents, KB.languages.day_and_month)["events/index.md"]
    assert "Report b" not in index.split("·", 1)[1]  # outlets, not headlines, after the link
