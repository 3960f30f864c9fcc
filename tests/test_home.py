"""The home page: what the briefing is about, the period, top stories, newest articles, distinctive actors."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from generator.article.records import EventSentence
from generator.errors import DataError
from generator.knowledge.records import ActorType
from generator.render import reporting_actors
from generator.render.home import home_page, top_stories
from generator.render.network import picture
from generator.settings import read_intro
from tests.kb import knowledge
from tests.reader_kit import COUNTRY, GROUP, PERSON, corpus, draft

ORGANISATION = ActorType.ORGANISATION

D = dt.date(2025, 3, 10)


# What each event's reports say (the same-event grouping compares the reports' words).
STORY = {
    "Ivo Old": "Ivo Old led the old strike at the grain terminal; every report covered the strike.",
    "Ana Big": "Ana Big called a walkout at the container docks on a quiet morning, and the walkout spreads.",
    "Bo Small": "Bo Small meets the union for talks on pensions at the fishing harbour.",
}


def _strike(slug: str, who: str, day: dt.date, source: str | None, title: str, url: str | None = None):  # type: ignore[no-untyped-def]
    return draft(
        slug, title, source=source, date=day, url=url, actors=[(who, PERSON), ("Kestrel", COUNTRY)],
        incidents=(("strike", who, "person"),),
        event_sentences=(EventSentence(STORY[who], ("strike",), (who,), 0),),
    )


def _stories_corpus():  # type: ignore[no-untyped-def]
    old = D - dt.timedelta(days=90)
    return corpus(
        [
            # an old event that many outlets covered
            *(_strike(f"old{i}", "Ivo Old", old, f"Outlet {i}", f"Old strike report {i}") for i in range(4)),
            # a recent event of three outlets, one of them unidentified but with a URL
            _strike("big1", "Ana Big", D, "Harbour Times", "A quiet morning at the docks"),
            _strike("big2", "Ana Big", D, "Coastal Ledger", "Ana Big faces a walkout"),
            _strike("big3", "Ana Big", D, None, "Walkout spreads", url="https://www.port-news.example/x"),
            # a recent event of two outlets
            _strike("small1", "Bo Small", D - dt.timedelta(days=2), "Harbour Times", "Bo Small meets the union"),
            _strike("small2", "Bo Small", D - dt.timedelta(days=2), "Coastal Ledger", "Talks with Bo Small"),
        ]
    )


def test_home_page_names_the_topic_with_the_owners_intro_as_written() -> None:
    c = corpus([draft("a", "Dockers vote", actors=[("Ana Big", PERSON)])])
    page = home_page(c, "Port <Kestrel> strike", "Reports on the *dock* strike.", "Start with the [union](about.md).")
    assert "# Port &lt;Kestrel&gt; strike" in page  # the name and description are escaped
    assert "**Reports on the &#42;dock&#42; strike.**" in page
    assert "Start with the [union](about.md)." in page  # the owner's Markdown is kept as written
    assert "published between 10 March 2025 and 10 March 2025" in page


def test_top_stories_are_the_largest_recent_groups_as_cards() -> None:
    c = _stories_corpus()
    stories = top_stories(c)
    who = [group.participants for group, _ in stories]
    assert who == [("Ana Big",), ("Bo Small",), ("Ivo Old",)]  # most outlets first among recent ones
    assert len(stories[0][1]) == 3
    page = home_page(c, "Port strike", incidents=knowledge().incidents)
    section = page.split("## Top stories", 1)[1].split("\n## ", 1)[0]
    assert '<div class="grid cards" markdown>' in section
    big = stories[0][0]
    # the earliest report is a "quiet morning": the card takes the first headline that names the event
    assert big.members[0] == "a-quiet-morning-at-the-docks"
    assert f"[Ana Big faces a walkout](events/{big.slug}.md)" in section
    assert "3 outlets: Harbour Times, Coastal Ledger, port-news.example" in section
    assert section.index("Ana Big") < section.index("Bo Small") < section.index("Old strike")


def test_a_corpus_without_events_or_actors_still_has_a_home_page() -> None:
    c = corpus([draft("a", "A lone note", date=None)])
    page = home_page(c, "Briefing", pic=picture(c))
    assert "## Top stories" not in page and "## Who the reports are about" not in page
    assert "Who is named together" not in page
    assert "none of them dated" in page and "[A lone note](articles/a-lone-note.md)" in page
    empty = home_page(corpus([]), "Briefing", pic=picture(corpus([])))
    assert "No articles yet" in empty


def test_distinctive_actors_leave_out_what_every_article_names() -> None:
    base = [("Kestrel", COUNTRY), ("Dock Union", GROUP)]
    drafts = [draft(f"a{i}", f"Report {i}", actors=base + [("Ana Big", PERSON)] * (i < 3)) for i in range(6)]
    drafts += [draft("b", "Other", actors=[("Kestrel", COUNTRY), ("Lira", COUNTRY), ("Bo Small", PERSON)])]
    drafts += [draft("c", "Other 2", actors=[("Kestrel", COUNTRY), ("Lira", COUNTRY)])]
    page = home_page(corpus(drafts), "Briefing")
    section = page.split("## Who the reports are about", 1)[1].split("\n## ", 1)[0]
    assert "[Ana Big]" in section and "3 of 8 articles" in section
    assert "[Kestrel]" not in section  # named in every article: says nothing
    assert "[Bo Small]" not in section  # named in one article only
    assert section.index("[Ana Big]") < section.index("[Dock Union]") < section.index("[Lira]")


def test_the_intro_file_is_optional_and_checked(tmp_path: Path) -> None:
    assert read_intro(None) == "" and read_intro(tmp_path) == ""
    (tmp_path / "intro.md").write_text("\ufeffOur *port* briefing.\r\n", encoding="utf-8")
    assert read_intro(tmp_path) == "Our *port* briefing."
    (tmp_path / "intro.md").write_bytes(b"caf\xe9")
    with pytest.raises(DataError) as err:
        read_intro(tmp_path)
    assert "intro.md: is not UTF-8 text" in err.value.problems[0]


def test_an_actor_that_is_a_known_outlet_reports_the_news_and_is_not_its_subject() -> None:
    outlet = knowledge().outlets.entries[0].name  # any outlet of the package's outlets.yml
    drafts = [draft(f"a{i}", f"Report {i}", actors=[(outlet, ORGANISATION), ("Ana Big", PERSON)]) for i in range(3)]
    drafts.append(draft("z", "Other", actors=[("Kestrel", COUNTRY)]))
    c = corpus(drafts)
    reporters = reporting_actors(c, knowledge().outlets)
    assert reporters == {outlet}
    section = home_page(c, "Briefing", reporters=reporters).split("## Who the reports are about", 1)[1]
    assert "[Ana Big]" in section and f"[{outlet}]" not in section.split("\n## ", 1)[0]
