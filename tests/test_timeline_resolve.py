"""Unit tests of the timeline's date expressions and resolution rules (one article at a time)."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.article.records import Block, Cleaned
from generator.article.timeline.events import extract_events
from generator.article.timeline.records import Event
from generator.errors import DataError
from generator.knowledge.timeline import parse_vocabulary
from tests.kb import knowledge

KB = knowledge()

D = dt.date


def events(text: str, published: dt.date | None = None, kind: str = "paragraph") -> tuple[Event, ...]:
    return extract_events(Cleaned(None, (Block(kind, (text,)),), ()), published, KB.timeline)  # type: ignore[arg-type]


def dated(text: str, published: dt.date | None = None) -> list[tuple[str, str, str]]:
    """(ISO date, precision, basis) of each event of a one-paragraph article."""
    return [(e.date.isoformat(), e.precision, e.basis) for e in events(text, published)]


PUB = D(2024, 2, 8)  # a Thursday
FRI = D(2020, 2, 7)  # a Friday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On February, 21, 2024, the prime minister received him.", "2024-02-21"),
        ("From the remarks in Moscow on February 13th, 2024, he spoke.", "2024-02-13"),
        ("The strike of 3 January 2020 killed him.", "2020-01-03"),
        ("The council met on 2024-02-06 in New York.", "2024-02-06"),
        ("It happened on the 24th of January, 2024.", "2024-01-24"),
        ("On Wednesday, 7 February 2024, a drone struck a car.", "2024-02-07"),
    ],
)
def test_full_dates_are_explicit_with_or_without_a_publication_date(text: str, expected: str) -> None:
    assert dated(text) == [(expected, "day", "explicit")]
    # In an article published before the date, it had not happened yet.
    assert dated(text, PUB) == ([(expected, "day", "explicit")] if expected <= PUB.isoformat() else [])
    assert dated(text, D(2024, 3, 1)) == [(expected, "day", "explicit")]


def test_month_with_a_year_has_month_precision() -> None:
    assert dated("A review of relations in February of 2024 follows.") == [("2024-02-01", "month", "explicit")]
    assert dated("Talks began in March 2023.") == [("2023-03-01", "month", "explicit")]


def test_a_weekday_that_contradicts_its_date_drops_the_event() -> None:
    assert dated("On Tuesday, 7 February 2024, a drone struck a car.") == []  # 7 February 2024 was a Wednesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On February 3, the ministry accused Washington.", "2024-02-03"),
        ("The ministry accused Washington on 3 February.", "2024-02-03"),
        ("It was announced on the 3rd of February.", "2024-02-03"),
        ("The talks held on December 28 failed.", "2023-12-28"),
        ("Officials met on February 12, a source said.", "2024-02-12"),  # within a week's grace
        ("Officials met on February 20, a source said.", "2023-02-20"),  # beyond the grace: last year's
    ],
)
def test_day_and_month_in_the_past_take_the_latest_such_date(text: str, expected: str) -> None:
    assert dated(text, PUB) == [(expected, "day", "resolved")]


@pytest.mark.parametrize(
    "text",
    [
        "The prime minister will meet the president on April 15.",
        "The vote is scheduled for January 10.",
        "The envoy is expected to arrive on February 8.",
        "Officials said the talks will be held on March 3.",
        "The envoy would have arrived on February 2.",
        "The summit could open on 3 March 2024.",
        "The delegation will arrive on Monday.",
        "They meet again next Friday.",
        "The envoy arrives tomorrow.",
        "The plan is due next month.",
        "The envoy will visit in May.",
        "The summit on 3 March 2024 is the next test.",  # after the publication date: not yet happened
    ],
)
def test_what_is_announced_or_hypothetical_is_no_event(text: str) -> None:
    assert dated(text, PUB) == []
    assert dated(text, FRI) == []


@pytest.mark.parametrize(
    "text",
    [
        "This article will show what changed in February 2024.",
        "A look at the talks of January 2024 answers the question above.",
    ],
)
def test_a_sentence_about_the_text_itself_is_no_event(text: str) -> None:
    assert dated(text, PUB) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministers met on 5 February, after the raid on 3 February.", ["2024-02-05"]),
        ("After the raid on 3 February, the ministers met on 5 February.", ["2024-02-05"]),
        ("The talks follow the latest raid on a depot in the early hours of 3 February.", []),
        ("The meeting came weeks after the 3 January raid that killed a commander.", []),
        ("The council condemned Monday's raid on the depot.", []),
        ("Rebels have shelled the port since 3 February.", []),
        ("The 3 February raid killed two guards.", ["2024-02-03"]),  # the raid is what the sentence tells
        ("Monday's raid killed two guards.", ["2024-02-05"]),
        ("The raid of 3 February killed two guards.", ["2024-02-03"]),
        ("The ministers met on 5 February, weeks after talks failed.", ["2024-02-05"]),
    ],
)
def test_a_date_of_something_mentioned_in_passing_is_not_the_sentence_s_date(text: str, expected: list[str]) -> None:
    assert [d for d, _, _ in dated(text, PUB)] == expected


def test_the_tense_marker_nearest_the_date_wins() -> None:
    text = "Kata'ib Hezbollah on February 3 said the United States will be held responsible."
    assert dated(text, PUB) == [("2024-02-03", "day", "resolved")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministry said on Thursday it was ready.", "2020-02-06"),
        ("Wednesday’s strike killed two guards.", "2020-02-05"),
        ("The envoy arrived last Friday.", "2020-01-31"),
        ("The ministry said on Saturday it was ready.", "2020-02-01"),
    ],
)
def test_weekdays_resolve_against_the_publication_date(text: str, expected: str) -> None:
    assert dated(text, FRI) == [(expected, "day", "resolved")]


def test_the_publication_day_s_own_weekday_is_ambiguous_and_left_out() -> None:
    assert dated("The ministry said on Friday it was ready.", FRI) == []
    assert dated("The delegation will arrive on Friday.", FRI) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministry said yesterday it was ready.", ("2024-02-07", "day")),
        ("The ministry said today it was ready.", ("2024-02-08", "day")),
        ("Three soldiers were killed last month.", ("2024-01-01", "month")),
        ("The talks resumed earlier this month.", ("2024-02-01", "month")),
        ("It was debated last year.", ("2023-01-01", "year")),
        ("The attack came 2 days ago.", ("2024-02-06", "day")),
        ("The attack came three months ago.", ("2023-11-01", "month")),
    ],
)
def test_relative_phrases_resolve_against_the_publication_date(text: str, expected: tuple[str, str]) -> None:
    assert dated(text, PUB) == [(*expected, "resolved")]


def test_last_month_in_january_is_december_of_the_year_before() -> None:
    assert dated("Three soldiers were killed last month.", D(2024, 1, 15)) == [("2023-12-01", "month", "resolved")]


def test_bare_months_need_an_opener_and_take_the_tense() -> None:
    assert dated("Attacks surged in early February.", D(2024, 3, 10)) == [("2024-02-01", "month", "resolved")]
    assert dated("Attacks surged at the beginning of December.", PUB) == [("2023-12-01", "month", "resolved")]
    assert dated("March was cold and troops may march.", PUB) == []


def test_week_precision_is_left_out() -> None:
    assert dated("Last week's attacks were condemned; the US struck last weekend.", PUB) == []


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said on Thursday it was ready.",  # weekday, no publication date
        "The attack came 2 days ago.",
        "Three soldiers were killed last month.",
        "The ministry said yesterday it was ready.",
        "On February 3, the ministry accused Washington.",  # no anchor at all
        "the talks may 5 resume, forces march 3 times",  # lower-case month words are not months
        "The 13th Middle East Conference opened.",
    ],
)
def test_never_guess_without_an_anchor(text: str) -> None:
    assert dated(text) == []


def test_an_undated_article_resolves_days_against_its_latest_full_date() -> None:
    text = (
        "On February 6th, 2024, the council met. On February, 21, 2024, the premier received him. "
        "The premier will meet Biden on April 15. On Wednesday the 24th of January, the US set conditions. "
        "Soldiers were killed last month. The ministry said on Thursday it was ready."
    )
    assert dated(text) == [
        ("2024-02-06", "day", "explicit"),
        ("2024-02-21", "day", "explicit"),
        ("2024-01-24", "day", "inferred"),  # the meeting "will" happen: no event
    ]


def test_29_february_is_placed_only_in_a_leap_year_within_reach() -> None:
    assert dated("The strike on February 29 killed two.", D(2024, 3, 5)) == [("2024-02-29", "day", "resolved")]
    assert dated("The strike on February 29 killed two.", D(2023, 3, 5)) == []


def test_reference_lists_and_tables_never_produce_events() -> None:
    ref = "Reuters. “US strikes Iraq yesterday.” February 4, 2024. Published on Thursday, February 3."
    assert events(ref, PUB, kind="references") == ()
    assert events("3 February 2024\tStrike", PUB, kind="table") == ()
    assert len(events(ref, PUB, kind="list")) >= 1


def test_location_is_the_sentence_start_in_the_item_text() -> None:
    text = "Tensions rose.  The envoy met him.[1] On Wednesday the 24th of January, the US set conditions.[2] End."
    (event,) = events(text, D(2024, 2, 1))
    assert event.location.block == 0 and event.location.item == 0
    assert text[event.location.offset :].startswith("On Wednesday the 24th of January")
    assert event.sentence == "On Wednesday the 24th of January, the US set conditions."
    assert event.expression == "On Wednesday the 24th of January"


def test_anchors_are_numbered_in_reading_order() -> None:
    cleaned = Cleaned(
        None,
        (
            Block("heading", ("Talks on February 3",)),
            Block("paragraph", ("Nothing dated here.",)),
            Block("list", ("Strike on February 5.", "Meeting on 2024-02-06; another on February 7, 2024.")),
        ),
        (),
    )
    found = extract_events(cleaned, PUB, KB.timeline)
    assert [e.anchor for e in found] == ["ev-1", "ev-2", "ev-3", "ev-4"]
    assert [(e.location.block, e.location.item, e.location.offset) for e in found] == [
        (0, 0, 0),
        (2, 0, 0),
        (2, 1, 0),
        (2, 1, 0),
    ]


def test_one_event_per_date_and_no_month_when_a_day_of_it_is_given() -> None:
    assert dated("On February 3, 2024, in February 2024, on February 3, 2024, it began.") == [
        ("2024-02-03", "day", "explicit")
    ]


def test_long_sentences_are_trimmed_at_a_word_boundary() -> None:
    (event,) = events("On February 3, 2024, " + "the officials discussed matters " * 30 + "at length.")
    assert len(event.sentence) <= 400 and event.sentence.endswith("…")
    assert not event.sentence[:-1].endswith(" ")


def test_the_data_file_is_validated_with_every_problem_named() -> None:
    with pytest.raises(DataError) as err:
        parse_vocabulary(
            {"future_markers": "will", "relative": {"yesterday": {"unit": "week", "offset": 1}}},
            "timeline.yml",
            KB.languages,
        )
    message = str(err.value)
    for field in ("future_markers", "past_markers", "month_openers", "yesterday", "numbers"):
        assert field in message
