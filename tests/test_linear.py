"""The corpus-wide steps do work linear in the corpus: counted operations, not timings.

Each test builds a synthetic corpus of N and of 4N articles with the same structure (every key
held by a fixed number of articles, plus keys held by a share of the whole corpus) and counts
what the algorithm looks at. All-pairs comparison would grow 16-fold; linear work grows 4-fold.
"""

from __future__ import annotations

import datetime as dt
import random

import pytest

from generator.corpus import events, related
from generator.corpus.events import EventInput, group_events
from generator.corpus.related import CARDINALITY_MAX, RelatedInput, cardinality, rank_related


def _related_corpus(n: int, seed: int = 1) -> list[RelatedInput]:
    """Articles with 2 of 20 countries (held by n/10 each), 3 people from a pool that grows with n
    (about 6 articles each), and 1 of 8 themes."""
    rng = random.Random(seed)
    people = [f"Person {k}" for k in range(n // 2)]
    items = []
    for i in range(n):
        actors = [(f"Country {c}", "country") for c in rng.sample(range(20), 2)]
        actors += [(p, "person") for p in rng.sample(people, 3)]
        date = dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(1500))
        items.append(RelatedInput(f"a{i:05d}", date, tuple(actors), (f"Theme {rng.randrange(8)}",)))
    return items


def _count_visits(monkeypatch: pytest.MonkeyPatch, items: list[RelatedInput]) -> tuple[int, int]:
    """(posting entries visited to find candidates, candidates scored in full) for one ranking."""
    visited = scored = 0
    real = related.shortlist

    def counting(mine, postings, idf, cap, together):  # type: ignore[no-untyped-def]
        nonlocal visited, scored
        visited += sum(len(postings[k]) for k in mine if len(postings[k]) <= cap) + len(together)
        out = real(mine, postings, idf, cap, together)
        scored += len(out)
        return out

    monkeypatch.setattr(related, "shortlist", counting)
    rank_related(items, {})
    return visited, scored


def test_related_work_grows_linearly(monkeypatch: pytest.MonkeyPatch) -> None:
    small = _count_visits(monkeypatch, _related_corpus(1000))
    large = _count_visits(monkeypatch, _related_corpus(4000))
    assert large[0] <= 4.5 * small[0], (small, large)
    assert large[1] <= 4.5 * small[1], (small, large)
    # The bound behind it: no article visits more than (its keys x CARDINALITY_MAX) entries.
    assert large[0] <= 4000 * 6 * CARDINALITY_MAX
    assert cardinality(10**6) == CARDINALITY_MAX


def test_related_still_finds_the_articles_that_share_rare_keys() -> None:
    items = _related_corpus(2000)
    result = rank_related(items, {})
    by_slug = {i.slug: i for i in items}
    found = sum(1 for links in result.values() if links)
    assert found > 1800  # nearly every article shares a person with another one
    for slug, links in list(result.items())[:200]:
        mine = {name for name, kind in by_slug[slug].actors if kind == "person"}
        for link in links:
            theirs = {name for name, kind in by_slug[link.slug].actors if kind == "person"}
            assert mine & theirs or link.shared_themes or link.shared_actors


def _event_corpus(n: int) -> list[EventInput]:
    """Reports in threes about one event (same day, its own rare terms), all sharing a few everyday words."""
    items = []
    for i in range(n):
        k = i // 3
        day = dt.date(2021, 1, 1) + dt.timedelta(days=7 * k)
        terms = tuple((f"event{k}-{j}", f"event{k}-{j}", 2.0) for j in range(6))
        terms += tuple((f"common{j}", f"common{j}", 1.0) for j in range(20))  # held by every report
        items.append(EventInput(f"e{i:05d}", day, terms))
    return items


def _count_work(monkeypatch: pytest.MonkeyPatch, items: list[EventInput]) -> int:
    """Date checks: one per posting visited and one per pair scored, so every step of the work is counted."""
    compared = 0
    real = events._compatible

    def counting(a: dt.date | None, b: dt.date | None) -> bool:
        nonlocal compared
        compared += 1
        return real(a, b)

    monkeypatch.setattr(events, "_compatible", counting)
    groups = group_events(items)
    assert [len(g.members) for g in groups] == [3] * (len(items) // 3)
    return compared


def test_same_event_grouping_compares_linearly(monkeypatch: pytest.MonkeyPatch) -> None:
    small = _count_work(monkeypatch, _event_corpus(900))
    large = _count_work(monkeypatch, _event_corpus(3600))
    # Per three reports: 6 rare terms x 3 postings visited, 3 pairs scored, 2 merges checked (4 pairs);
    # the everyday words are held by more than MAX_POSTINGS reports and are never walked.
    assert small < 30 * 900
    assert large <= 4.5 * small


def test_an_undated_report_does_not_bridge_two_events() -> None:
    story = tuple((f"w{j}", f"w{j}", 2.0) for j in range(8))
    items = [
        EventInput("jan", dt.date(2024, 1, 10), story),
        EventInput("jan-2", dt.date(2024, 1, 11), story),
        EventInput("jun", dt.date(2024, 6, 1), story),
        EventInput("jun-2", dt.date(2024, 6, 2), story),
        EventInput("undated", None, story),
    ]
    groups = group_events(items)
    assert sorted(g.members for g in groups) == [("jan", "jan-2"), ("jun", "jun-2")]
    # With one event only, the undated report joins it.
    joined = group_events([i for i in items if not i.slug.startswith("jun")])
    assert [g.members for g in joined] == [("jan", "jan-2", "undated")]
