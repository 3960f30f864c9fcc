"""Hypothesis properties of the timeline: any body text yields valid events, deterministically."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.article.records import Block, Cleaned
from generator.article.timeline.events import extract_events
from generator.corpus.records import Timeline
from generator.corpus.timeline import Source
from generator.corpus.timeline import build_timeline as build_with
from tests.kb import knowledge


def build_timeline(items: Iterable[Source]) -> Timeline:
    """The corpus timeline with the month and weekday names of the data file."""
    return build_with(items, knowledge().languages.calendar_words)

KB = knowledge()

# Pieces that come close to date expressions, mixed with arbitrary text.
PIECES = st.sampled_from(
    [
        "On",
        "on",
        "the",
        "of",
        ",",
        ".",
        ". ",
        "[1]",
        " ",
        "\n",
        "February",
        "Feb.",
        "May",
        "may",
        "29",
        "31",
        "3rd",
        "24th",
        "2024",
        "0001",
        "9999",
        "2024-02-30",
        "2024-02-06",
        "Wednesday",
        "Friday’s",
        "last",
        "next",
        "yesterday",
        "last month",
        "this year",
        "2 days ago",
        "three months ago",
        "will",
        "said",
        "scheduled",
        "in early",
        "at the beginning of",
        "mid-",
        "Kataib Hezbollah",
        "strike",
    ]
)
TEXT = st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=40).map(" ".join)
KINDS = st.sampled_from(["paragraph", "heading", "quote", "list", "table", "references"])
BLOCKS = st.lists(
    st.builds(lambda k, items: Block(k, tuple(items)), KINDS, st.lists(TEXT, min_size=1, max_size=3)), max_size=4
)
DATES = st.none() | st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))


@settings(max_examples=300, deadline=None)
@given(BLOCKS, DATES)
def test_events_are_real_dates_consistent_with_their_precision(blocks: list[Block], published: dt.date | None) -> None:
    cleaned = Cleaned(None, tuple(blocks), ())
    events = extract_events(cleaned, published, KB.timeline)
    assert [e.anchor for e in events] == [f"ev-{n}" for n in range(1, len(events) + 1)]
    for event in events:
        assert 1900 <= event.date.year <= 2100
        if event.precision != "day":
            assert event.date.day == 1
        if event.precision == "year":
            assert event.date.month == 1
        assert event.basis in ("explicit", "resolved", "inferred")
        assert event.basis != "resolved" or published is not None
        assert event.basis != "inferred" or published is None
        block = cleaned.blocks[event.location.block]
        assert block.kind not in ("references", "table")
        text = block.items[event.location.item]
        assert 0 <= event.location.offset < len(text) and not text[event.location.offset].isspace()
        assert 0 < len(event.sentence) <= 400
    assert extract_events(cleaned, published, KB.timeline) == events
    assert build_timeline([("a", "A", None, (), events)]) == build_timeline([("a", "A", None, (), events)])
