"""Related links reused from the previous build (``corpus.related``) equal links ranked from scratch.

Invented articles (made-up people and themes) draw their actors, themes, dates and same-event
groups at random; after one article is added, changed or removed, the links ranked with the
previous build's parts equal those ranked without any, and some parts are reused. The cardinality
cap is lowered so that both kinds of posting (short ones that find candidates, long ones that
only weigh) occur in a corpus this small.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import replace

import pytest

from generator.corpus import related
from generator.corpus.related import RelatedInput, rank_related
from generator.corpus.reuse import Reuse, digest

_PEOPLE = [
    *((f"{first} {last}", "person") for first in ("Mara", "Teodor", "Ilse", "Oskar")
      for last in ("Kovenko", "Valsky", "Brandvik")),
    ("Norvania", "country"), ("Estrela", "country"), ("Kivo Harbour Board", "organization"),
]  # fmt: skip
_THEMES = ["Harbours", "Bridges", "Strikes"]


def _item(rng: random.Random, i: int) -> RelatedInput:
    day = dt.date(2024, 3, 1) + dt.timedelta(days=rng.randrange(40)) if rng.random() < 0.9 else None
    actors = tuple(rng.sample(_PEOPLE, rng.randrange(1, 5)))
    return RelatedInput(f"report-{i:02d}", day, actors, tuple(rng.sample(_THEMES, rng.randrange(0, 2))))


def _groups(rng: random.Random, items: list[RelatedInput]) -> dict[str, frozenset[str]]:
    slugs = sorted(i.slug for i in items)
    pairs = [tuple(rng.sample(slugs, 2)) for _ in range(len(slugs) // 6)]
    return {s: frozenset({b if s == a else a}) for a, b in pairs for s in (a, b)}


def _ranked(items: list[RelatedInput], groups: dict[str, frozenset[str]],
            previous: Reuse | None) -> tuple[dict[str, tuple[related.RelatedLink, ...]], Reuse]:
    reuse = Reuse({}, previous.made if previous else {})
    keys = {i.slug: digest(i) for i in items}  # an article's key fixes its record
    return rank_related(items, groups, reuse, keys), reuse


@pytest.mark.parametrize("seed", range(6))
def test_reused_related_links_equal_links_ranked_from_scratch(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(related, "CARDINALITY_MIN", 6)
    monkeypatch.setattr(related, "CARDINALITY_MAX", 8)
    rng = random.Random(seed)
    items = [_item(rng, i) for i in range(40)]
    _, previous = _ranked(items, _groups(random.Random(seed), items), None)
    steps = [
        [*items, _item(rng, 40)],  # added
        [*items[:5], _item(rng, 5), *items[6:]],  # changed (the same slug, other actors)
        [*items[:7], replace(items[7], date=dt.date(2024, 3, 2)), *items[8:]],  # another date, the same postings
        items[1:],  # removed
    ]
    for step in steps:
        groups = _groups(random.Random(seed), step)
        links, reuse = _ranked(step, groups, previous)
        assert links == rank_related(step, groups)
        assert 0 < reuse.computed < len(step)  # some links recomputed, the rest reused
        previous = reuse
