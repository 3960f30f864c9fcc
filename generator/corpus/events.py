"""Same-event groups: articles that report one event (the same participant, action and dates).

Candidates come from an index keyed by (incident family, participant), never from all pairs.
A pair is kept when:
- the participant is a person, or it is an armed group and both articles are dated (a group
  that recurs in the news needs the dates to tie two reports to one event);
- the dates agree: when both articles are dated they are at most ``MAX_DAYS`` apart; an undated
  article joins a group only when all its dated partners are in that one group (it cannot bridge
  two events);
- the key is not so common that it says nothing (``MAX_POSTINGS`` articles at most).
Kept pairs are joined into groups (connected components). Articles that only share actors
are never grouped, because a key needs an incident word next to the participant.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations

from generator.article.records import IncidentKey
from generator.corpus.records import EventGroup
from generator.text.slugs import assign_unique, slugify

MAX_DAYS = 3
MAX_POSTINGS = 40


@dataclass(frozen=True)
class EventInput:
    """What grouping needs to know about one article."""

    slug: str
    date: dt.date | None
    keys: tuple[IncidentKey, ...]


def _compatible(a: dt.date | None, b: dt.date | None) -> bool:
    return a is None or b is None or abs((a - b).days) <= MAX_DAYS


def _find(parent: dict[str, str], x: str) -> str:
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


def group_events(items: Sequence[EventInput]) -> tuple[EventGroup, ...]:
    """Same-event groups of two or more articles, in a stable order."""
    dates = {i.slug: i.date for i in items}
    postings: dict[IncidentKey, list[str]] = defaultdict(list)
    for item in items:
        for key in item.keys:
            postings[key].append(item.slug)
    parent = {i.slug: i.slug for i in items}
    why: dict[frozenset[str], set[tuple[str, str]]] = defaultdict(set)
    partners: dict[str, set[str]] = defaultdict(set)  # undated article -> dated articles it pairs with
    undated_pairs: list[tuple[str, str]] = []
    for (family, name, kind), slugs in sorted(postings.items()):
        if len(slugs) < 2 or len(slugs) > MAX_POSTINGS:
            continue
        for a, b in combinations(sorted(slugs), 2):
            both_dated = dates[a] is not None and dates[b] is not None
            if kind != "person" and not both_dated:
                continue
            if not _compatible(dates[a], dates[b]):
                continue
            why[frozenset((a, b))].add((family, name))
            if both_dated:
                parent[_find(parent, a)] = _find(parent, b)
            elif dates[a] is None and dates[b] is None:
                undated_pairs.append((a, b))
            else:
                undated, dated = (a, b) if dates[a] is None else (b, a)
                partners[undated].add(dated)
    # An undated report "is compatible" with any date, so it must not bridge two events: it joins
    # the one group all its dated partners are in, or none. Undated reports pair among themselves
    # only when neither has a dated partner.
    for lone, found in sorted(partners.items()):
        roots = {_find(parent, d) for d in found}
        if len(roots) == 1:
            parent[_find(parent, lone)] = roots.pop()
    for a, b in undated_pairs:
        if not partners.get(a) and not partners.get(b):
            parent[_find(parent, a)] = _find(parent, b)
    used = {pair: rs for pair, rs in why.items() if len({_find(parent, s) for s in pair}) == 1}
    members: dict[str, list[str]] = defaultdict(list)
    for slug in sorted(parent):
        members[_find(parent, slug)].append(slug)
    reasons_of: dict[str, set[tuple[str, str]]] = defaultdict(set)  # by group root: one pass, not per group
    for pair, rs in used.items():
        reasons_of[_find(parent, min(pair))] |= rs
    groups = []
    for root, group in members.items():
        if len(group) < 2:
            continue
        reasons = sorted(reasons_of[root])
        family = reasons[0][0]
        participants = tuple(sorted({n for f, n in reasons if f == family}))
        ordered = sorted(group, key=lambda s: (dates[s] is None, dates[s] or dt.date.min, s))
        first = next((dates[s] for s in ordered if dates[s]), None)
        wanted = slugify(" ".join([first.isoformat() if first else "", family, *participants[:2]]))
        groups.append((ordered[0], wanted, family, participants, tuple(ordered)))
    unique = assign_unique((key, wanted) for key, wanted, *_ in groups)
    return tuple(
        sorted(
            (EventGroup(unique[key], family, parts, ordered) for key, _, family, parts, ordered in groups),
            key=lambda g: g.slug,
        )
    )
