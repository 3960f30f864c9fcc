"""The corpus-wide timeline: merging the same event across articles, and the rendered page."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterable

import pytest

from generator.article.actors.records import ArticleActors, FoundActor, Location
from generator.article.timeline.records import Event
from generator.article.timeline.records import Location as EventLocation
from generator.corpus.records import ArticleEvents, Timeline
from generator.corpus.timeline import Source, specific_actors
from generator.corpus.timeline import build_timeline as build_with
from generator.knowledge.records import ActorType
from generator.render.timeline import anchor_html, event_anchors, fmt_event_date, latest_entries, timeline_page
from tests.kb import knowledge


def build_timeline(items: Iterable[Source]) -> Timeline:
    """The corpus timeline with the month and weekday names of the data file."""
    return build_with(items, knowledge().languages.calendar_words)

D = dt.date
DAY = D(2024, 2, 7)
STRIKE_A = "A US drone strike in Baghdad killed the senior commander of Kataib Hezbollah, officials said."
STRIKE_B = "The commander of Kataib Hezbollah was killed in a drone strike in eastern Baghdad."
VOTE = "Parliament voted to expel foreign troops from Baghdad, officials said."


def ev(sentence: str, date: dt.date = DAY, n: int = 1, basis: str = "resolved", precision: str = "day") -> Event:
    return Event(date, precision, sentence, "x", EventLocation(0, 0, 0), f"ev-{n}", basis)  # type: ignore[arg-type]


def art(slug: str, *events: Event, actors: tuple[str, ...] = ()) -> ArticleEvents:
    return ArticleEvents(slug, f"Title {slug}", f"Outlet {slug}", actors, events)


def test_the_same_event_in_two_articles_is_one_entry_with_both_links() -> None:
    timeline = build_timeline([art("b", ev(STRIKE_B, basis="explicit")), art("a", ev(STRIKE_A))])
    (entry,) = timeline.entries
    assert [(m.slug, m.basis) for m in entry.mentions] == [("b", "explicit"), ("a", "resolved")]
    assert entry.sentence == STRIKE_B


def test_different_events_of_one_date_stay_apart() -> None:
    timeline = build_timeline([art("a", ev(STRIKE_A)), art("b", ev(VOTE))])
    assert len(timeline.entries) == 2


def test_the_same_sentence_on_another_date_or_precision_is_another_entry() -> None:
    timeline = build_timeline(
        [
            art("a", ev(STRIKE_A)),
            art("b", ev(STRIKE_A, D(2024, 2, 8))),
            art("c", ev(STRIKE_A, D(2024, 2, 1), precision="month")),
        ]
    )
    assert [(e.date.isoformat(), e.precision) for e in timeline.entries] == [
        ("2024-02-01", "month"),
        ("2024-02-07", "day"),
        ("2024-02-08", "day"),
    ]


def test_a_shared_specific_actor_lowers_the_bar_to_two_words() -> None:
    one = "Yahya Rasool condemned the drone attack near the airport."
    two = "Rasool described the drone attack as reckless."  # shares "drone", "attack" and the actor
    actors = (("Yahya Rasool", ("Yahya Rasool", "Rasool")),)
    assert len(build_timeline([art("a", ev(one), actors=actors), art("b", ev(two), actors=actors)]).entries) == 1
    three = "Officials condemned the drone attack near the airport."
    four = "Witnesses described the drone attack as reckless."
    assert len(build_timeline([art("a", ev(three)), art("b", ev(four))]).entries) == 2


def test_actor_spellings_match_whole_words_only() -> None:
    one = "The USA and Iraq discussed troop withdrawal timetables."
    two = "Thus Iraq discussed security cooperation."  # "us" inside "Thus" is not the actor "US"
    assert len(build_timeline([art("a", ev(one), actors=("US",)), art("b", ev(two), actors=("US",))]).entries) == 2


def test_an_event_that_matches_two_groups_joins_them() -> None:
    left = "Officials discussed pipeline contracts with Lukoil executives."
    right = "Negotiators reviewed electricity tariffs with ministry engineers."
    bridge = "Officials discussed pipeline contracts and reviewed electricity tariffs."
    timeline = build_timeline([art("a", ev(left)), art("b", ev(right)), art("c", ev(bridge))])
    assert len(timeline.entries) == 1 and len(timeline.entries[0].mentions) == 3


def test_the_timeline_does_not_depend_on_input_order() -> None:
    items = [
        art("a", ev(STRIKE_A, n=1), ev(VOTE, D(2024, 1, 3), n=2)),
        art("b", ev(STRIKE_B, n=1)),
        art("c", ev(VOTE, D(2024, 1, 3), n=1, basis="inferred")),
    ]
    expected = build_timeline(items)
    for seed in range(5):
        shuffled = items[:]
        random.Random(seed).shuffle(shuffled)
        assert build_timeline(shuffled) == expected
    assert [e.date for e in expected.entries] == sorted(e.date for e in expected.entries)


def test_specific_actors_leave_out_countries() -> None:
    loc = Location(0, 0, 0, 4)

    def found(name: str, kind: ActorType) -> FoundActor:
        return FoundActor(name, name.lower(), kind, False, 1, (name,), loc, "")

    actors = ArticleActors((found("Iraq", ActorType.COUNTRY), found("Kataib Hezbollah", ActorType.ARMED_GROUP)))
    assert specific_actors(actors) == (("Kataib Hezbollah", ("Kataib Hezbollah", "Kataib Hezbollah")),)


def test_the_page_groups_by_year_and_month_and_escapes_sentences() -> None:
    hostile = "On February 7 [a](javascript:alert(1)) <script>x</script> *bold* {{ jinja }} | pipe"
    timeline = build_timeline(
        [
            art(
                "a",
                ev(hostile),
                ev(STRIKE_A, D(2023, 12, 1), n=2, precision="month"),
                ev(VOTE, D(2023, 1, 1), n=3, precision="year"),
            ),
        ]
    )
    page = timeline_page(timeline)
    assert page.startswith("---\ntitle: Timeline\n---\n")
    assert page.index("## 2023") < page.index("- **2023**") < page.index("### December 2023") < page.index("## 2024")
    assert "- **December 2023**: A US drone strike" in page
    assert "- **7 February 2024**: On February 7 &#91;a&#93;(javascript:alert(1)) &lt;script&gt;" in page
    assert "<script" not in page and "{{" not in page
    assert "[Outlet a](articles/a.md#ev-1)" in page


def test_an_empty_timeline_says_so() -> None:
    assert "No dated events" in timeline_page(Timeline(()))


def test_labels_fall_back_to_the_title_and_an_article_is_linked_once_per_entry() -> None:
    item = ArticleEvents("a", "A [title]", None, (), (ev(STRIKE_A, n=1, basis="inferred"), ev(STRIKE_B, n=2)))
    timeline = build_timeline([item])
    page = timeline_page(timeline)
    # Two sentences of one article about one event: one link, to the one with the surer date.
    assert [m.anchor for e in timeline.entries for m in e.mentions] == ["ev-2"]
    assert "([A &#91;title&#93;](articles/a.md#ev-2))" in page
    assert page.count("articles/a.md#") == 1


def test_an_inferred_date_is_marked() -> None:
    item = ArticleEvents("a", "A", "Outlet", (), (ev(STRIKE_A, n=1, basis="inferred"),))
    assert "([Outlet](articles/a.md#ev-1) (date inferred))" in timeline_page(build_timeline([item]))


def test_latest_entries_are_day_events_newest_first_ties_by_slug() -> None:
    timeline = build_timeline(
        [
            art("b", ev(STRIKE_A, D(2024, 2, 7)), ev(VOTE, D(2024, 4, 15), n=2)),
            art("a", ev(VOTE, D(2024, 2, 7)), ev(STRIKE_B, D(2024, 3, 1), n=2, precision="month")),
        ]
    )
    assert [(e.date.isoformat(), e.mentions[0].slug) for e in latest_entries(timeline, 5)] == [
        ("2024-04-15", "b"),
        ("2024-02-07", "a"),
        ("2024-02-07", "b"),
    ]
    assert [e.date for e in latest_entries(timeline, 1, until=D(2024, 3, 1))] == [D(2024, 2, 7)]
    assert latest_entries(timeline, 0) == []


def test_event_anchors_group_by_item_in_offset_order() -> None:
    events = [
        Event(D(2024, 1, 1), "day", "s", "x", EventLocation(2, 0, 40), "ev-3", "explicit"),
        Event(D(2024, 1, 1), "day", "s", "x", EventLocation(2, 0, 0), "ev-2", "explicit"),
        Event(D(2024, 1, 2), "day", "s", "x", EventLocation(2, 0, 0), "ev-10", "explicit"),
        Event(D(2024, 1, 1), "day", "s", "x", EventLocation(0, 1, 5), "ev-1", "explicit"),
    ]
    assert event_anchors(events) == {(2, 0): [(0, "ev-2"), (0, "ev-10"), (40, "ev-3")], (0, 1): [(5, "ev-1")]}
    assert anchor_html("ev-10") == '<a id="ev-10"></a>'
    with pytest.raises(ValueError, match="anchor"):
        anchor_html('ev-1"><script>')


def test_dates_are_shown_as_precisely_as_known() -> None:
    assert fmt_event_date(D(2024, 2, 7), "day") == "7 February 2024"
    assert fmt_event_date(D(2024, 2, 1), "month") == "February 2024"
    assert fmt_event_date(D(2024, 1, 1), "year") == "2024"
