"""Seed-level facts of the timeline: the events of the five sample articles, as a golden table."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import cache

import pytest

from generator.article.clean import clean
from generator.article.extract import extract_metadata
from generator.article.records import Cleaned
from generator.article.timeline.events import extract_events
from generator.article.timeline.records import Event
from generator.corpus.records import Timeline
from generator.corpus.timeline import Source
from generator.corpus.timeline import build_timeline as build_with
from generator.render.timeline import event_anchors, latest_entries, timeline_page
from generator.text.slugs import slugify
from tests.conftest import SEEDS
from tests.kb import knowledge


def build_timeline(items: Iterable[Source]) -> Timeline:
    """The corpus timeline with the month and weekday names of the data file."""
    return build_with(items, knowledge().languages.calendar_words)

KB = knowledge()

# (anchor, date, precision, basis, expression) of every event, per seed. Update by hand when a
# rule changes on purpose, after reading the new sentence and date of each row.
GOLDEN: dict[str, list[tuple[str, str, str, str, str]]] = {
    "000": [  # "February 7" dates a strike the sentence mentions in passing: no event
        ("ev-1", "2024-02-08", "day", "resolved", "February 8"),
        ("ev-2", "2024-02-01", "month", "resolved", "beginning of February"),
        ("ev-3", "2024-02-08", "day", "resolved", "February 8"),
        ("ev-4", "2024-02-03", "day", "resolved", "February 3"),
    ],
    "001": [],  # no publication date and no full date in the body: "September 15" is left out
    "002": [  # "the 3 January" strike is mentioned in passing in a sentence about a meeting: no event
        ("ev-1", "2020-02-06", "day", "resolved", "on Thursday"),
        ("ev-2", "2020-02-06", "day", "resolved", "on Thursday"),
    ],
    "003": [],  # no dates at all: "on Wednesday" and "last month" cannot be resolved
    "004": [  # a future meeting ("will meet") and a sentence about the text itself are no events
        ("ev-1", "2024-01-24", "day", "inferred", "On Wednesday the 24th of January"),
        ("ev-2", "2024-02-13", "day", "explicit", "February 13th, 2024"),
        ("ev-3", "2024-02-06", "day", "explicit", "February 6th, 2024"),
        ("ev-4", "2024-02-18", "day", "explicit", "February, 18, 2024"),
        ("ev-5", "2024-02-21", "day", "explicit", "February, 21, 2024"),
    ],
}


@cache
def seed(prefix: str) -> tuple[Cleaned, str, str | None, dt.date | None, tuple[Event, ...]]:
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    cleaned = clean(path.read_text(encoding="utf-8"), KB.boilerplate)
    meta = extract_metadata(cleaned, KB)
    return cleaned, meta.title, meta.source, meta.date, extract_events(cleaned, meta.date, KB.timeline)


def sentence_of(prefix: str, start: str) -> Event:
    return next(e for e in seed(prefix)[4] if e.sentence.startswith(start))


@pytest.mark.parametrize("prefix", sorted(GOLDEN))
def test_seed_events_match_the_golden_table(prefix: str) -> None:
    found = [(e.anchor, e.date.isoformat(), e.precision, e.basis, e.expression) for e in seed(prefix)[4]]
    assert found == GOLDEN[prefix]


@pytest.mark.parametrize(
    ("prefix", "start", "date"),
    [
        ("000", "On February 3, the Russian foreign ministry accused", "2024-02-03"),
        ("000", "Iraqi militia group Kata’ib Hezbollah on February 8 said", "2024-02-08"),
        ("002", "Iraq and Russia have discussed possible deepening", "2020-02-06"),
        ("004", "On Wednesday the 24th of January, the US put preconditions", "2024-01-24"),
    ],
)
def test_the_issue_s_examples(prefix: str, start: str, date: str) -> None:
    assert sentence_of(prefix, start).date.isoformat() == date


@pytest.mark.parametrize(
    ("prefix", "date"),
    [("000", "2024-02-07"), ("002", "2020-01-03"), ("004", "2024-04-15"), ("004", "2024-02-01")],
)
def test_dates_of_passing_mentions_future_plans_and_the_text_itself_are_not_events(prefix: str, date: str) -> None:
    assert date not in {e.date.isoformat() for e in seed(prefix)[4]}


@pytest.mark.parametrize("prefix", sorted(GOLDEN))
def test_each_anchor_sits_at_its_sentence_in_a_body_block(prefix: str) -> None:
    cleaned, *_, found = seed(prefix)
    for event in found:
        block = cleaned.blocks[event.location.block]
        assert block.kind != "references"
        text = block.items[event.location.item]
        assert " ".join(text[event.location.offset :].split()).startswith(event.sentence[:20])
    spots = event_anchors(found)
    assert sum(len(v) for v in spots.values()) == len(found)


def test_reference_list_dates_of_seed_004_are_not_events() -> None:
    # The reference list cites "January 25, 2024", "February 4, 2024" and "March 22, 2024".
    dates = {e.date for e in seed("004")[4]}
    assert not dates & {dt.date(2024, 1, 25), dt.date(2024, 2, 4), dt.date(2024, 3, 22)}


def test_the_seed_timeline_page() -> None:
    items = [(slugify(title), title, source, (), events) for _, title, source, _, events in map(seed, GOLDEN)]
    timeline = build_timeline(items)
    page = timeline_page(timeline)
    assert page.index("## 2020") < page.index("### February 2020") < page.index("## 2024")
    assert "- **February 2024**: Those groups have targeted US troops" in page
    assert "(date inferred)" in page
    assert "#ev-3)" in page
    # The two "on Thursday" sentences of seed 002 tell one event, linked once; the two of 8 February do not.
    thursday = [e for e in timeline.entries if e.date == dt.date(2020, 2, 6)]
    assert len(thursday) == 1 and [m.anchor for m in thursday[0].mentions] == ["ev-1"]
    assert len([e for e in timeline.entries if e.date == dt.date(2024, 2, 8)]) == 2
    latest = latest_entries(timeline, 3, until=dt.date(2024, 2, 8))
    assert [e.date.isoformat() for e in latest] == ["2024-02-08", "2024-02-08", "2024-02-06"]
