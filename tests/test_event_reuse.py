"""Same-event groups on a rerun (``corpus.event_reuse``) equal grouping from scratch.

Invented corpora: reports of made-up events (each its own rare words and names, a few days
apart), everyday words held by many reports, undated reports, incidents; weights drawn at random,
so that many pairs sit near the thresholds. After one added, changed or removed report, and after
several added one by one against the same baseline, the groups must be those of
``events.group_events`` on the new corpus, and most groups must come from the baseline.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.corpus import event_reuse
from generator.corpus.event_reuse import full, regroup
from generator.corpus.events import EventInput, group_events
from tests.test_reuse import _linked, _seven_drafts

START = dt.date(2023, 3, 1)


def _report(rng: random.Random, n: int, events: int) -> EventInput:
    k = rng.randrange(events)
    own = [f"ev{k}w{j}" for j in rng.sample(range(10), 6)] + [f"@Person {k} {j}" for j in rng.sample(range(3), 2)]
    shared = [f"ev{(k + 1) % events}w{rng.randrange(10)}" for _ in range(rng.randrange(3))]  # a neighbour's words
    everyday = [f"word{j}" for j in rng.sample(range(30), 12)]
    terms = tuple((key, key.lstrip("@"), round(rng.uniform(0.5, 4.0), 3)) for key in [*own, *shared, *everyday])
    date = None if rng.random() < 0.08 else START + dt.timedelta(days=2 * k + rng.randrange(3))
    keys = (("strike", f"Person {k} 0", "person"),) if rng.random() < 0.3 else ()
    title = f"ev{k}w{rng.randrange(10)} report" if rng.random() < 0.5 else ""
    return EventInput(f"r{n:04d}", date, terms, keys, title)


def _corpus(seed: int, n: int) -> tuple[random.Random, list[EventInput]]:
    rng = random.Random(seed)
    events = max(3, n // 4)
    return rng, [_report(rng, i, events) for i in range(n)]


def _keys(items: list[EventInput], edited: str = "") -> dict[str, str]:
    return {i.slug: f"key-{i.slug}{'-edited' if i.slug == edited else ''}" for i in items}


def _same_as_scratch(items: list[EventInput], keys: dict[str, str], baseline: event_reuse.Baseline) -> None:
    ordered = sorted(items, key=lambda i: i.slug)
    assert regroup(ordered, keys, baseline)[0] == group_events(ordered)


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 10**6), st.integers(30, 160))
def test_a_rerun_groups_as_from_scratch(seed: int, n: int) -> None:
    rng, items = _corpus(seed, n)
    groups, baseline = full(sorted(items, key=lambda i: i.slug), _keys(items))
    assert groups == group_events(items)
    added = [*items, _report(rng, n, max(3, n // 4))]
    _same_as_scratch(added, _keys(added), baseline)
    victim = rng.randrange(n)
    changed = [*items]
    changed[victim] = _report(rng, victim, max(3, n // 4))
    _same_as_scratch(changed, _keys(changed, changed[victim].slug), baseline)
    removed = [i for k, i in enumerate(items) if k != victim]
    _same_as_scratch(removed, _keys(removed), baseline)
    more = [*items]
    for k in range(5):  # several added since the baseline: the bounds grow, the answer stays exact
        more.append(_report(rng, n + k, max(3, n // 4)))
        _same_as_scratch(more, _keys(more), baseline)


def test_most_groups_come_from_the_baseline(monkeypatch: pytest.MonkeyPatch) -> None:
    rng, items = _corpus(7, 400)
    groups, baseline = full(sorted(items, key=lambda i: i.slug), _keys(items))
    assert len(groups) > 40
    merged: list[int] = []
    real = event_reuse._merge

    def counting(docs: event_reuse._Docs, pairs: list[tuple[float, int, int]], note: None = None) -> list[list[int]]:
        assert note is None, "regrouped from scratch"
        merged.append(len(pairs))
        return real(docs, pairs)

    monkeypatch.setattr(event_reuse, "_merge", counting)
    added = sorted([*items, _report(rng, 400, 100)], key=lambda i: i.slug)
    assert regroup(added, _keys(added), baseline)[0] == group_events(added)
    assert merged and merged[0] < 0.6 * len(baseline.edges)  # the rest taken from the baseline


def test_without_a_baseline_or_with_many_changes_it_groups_from_scratch() -> None:
    _, items = _corpus(3, 80)
    ordered = sorted(items, key=lambda i: i.slug)
    groups, baseline = regroup(ordered, _keys(items), None)
    assert groups == group_events(items)
    renamed = {slug: f"{key}-new" for slug, key in _keys(items).items()}
    again, fresh = regroup(ordered, renamed, baseline)
    assert again == groups and fresh is not baseline and fresh.keys == renamed


def test_the_last_full_grouping_is_carried_through_every_rerun(tmp_path: Path) -> None:
    drafts, digests = _seven_drafts(tmp_path)
    first = _linked(drafts[:-1], digests, None)[1]
    carried = [k for k in first.made if k.startswith("events-baseline/")]
    assert len(carried) == 1
    same = _linked(drafts[:-1], digests, first)[1]  # nothing changed: the groups are one reused part
    assert same.made.keys() == first.made.keys() and not same.changed
    added = _linked(drafts, digests, same)[1]  # regrouped from the same baseline, which is kept
    assert [k for k in added.made if k.startswith("events-baseline/")] == carried
