"""Same-event groups on a rerun, from the last full grouping and a proof of what cannot have changed (issue 20).

Grouping weighs terms by exact corpus counts (``corpus.events``), so one added article moves every
weight a little: ``log((N + 20) / (df + 1))`` grows by ``log((N' + 20) / (N + 20))`` for every
term, and by more or less for the terms whose count changed. Recomputing every vector and pair
cost 0.28 s of the 0.85 s ``link`` of an added-article rerun at 2,000 synthetic articles. What
the groups depend on is decisions (a pair is a candidate or not, which of two pairs scores more,
a mean reaches the threshold or not), and a decision taken with a margin larger than the largest
possible move of its scores is taken again the same way. So a full grouping (the *baseline*) keeps:

- per article its key, ``sum(w**2)`` of its term weights and the length of its raw vector;
- every candidate pair with the margin of its two tests, and every other pair whose shortlist
  or score test lay within ``events.NEAR`` of passing (the rest were further off);
- per group of connected candidates (a *component*, which ``events._merge`` merges on its own)
  the smallest margin of any decision taken on a score, and the groups it gave.

A rerun bounds how far each article's unit vector moved since the baseline: with raw weights
``r_t = w_t * idf_t``, the move of ``r`` is ``sqrt(sum(w_t**2 * d_t**2))`` for the change ``d_t``
of each idf, and ``|r'/|r'| - r/|r|| <= 2 |r' - r| / |r|``; a cosine or a partial dot product of
two unit vectors then moves by at most the sum of their two bounds. Articles that are new or
changed, that hold a term whose rarity status (``MAX_POSTINGS``) changed, or that moved by more
than half of ``NEAR`` are *touched*: all their pairs are scored again exactly. Every noted pair
whose margin the bounds do not clear is scored again exactly too. A component of the new
candidate pairs is taken from the baseline when it is the same set of articles, none touched and
none of its pairs rescored, and its smallest margin exceeds four times its largest bound (a gap
between two scores closes from both sides); every other component is merged again from exact
scores. Anything else (no baseline, too many touched articles) groups from scratch, which makes
a new baseline. ``tests/test_event_reuse.py`` compares the result with grouping from scratch.
On the 2,000 articles above, regrouping after one added article took 0.07 s against 0.21 s from
scratch (0.07 against 0.18 s after one changed article); grouping with the baseline made took
0.30 s against 0.22 s without.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import chain
from operator import itemgetter

from generator.corpus import events
from generator.corpus.events import (
    MAX_POSTINGS,
    NEAR,
    SHORTLIST,
    THRESHOLD,
    EventInput,
    Why,
    _compatible,
    _Doc,
    _doc,
    _docs,
    _merge,
    _needed,
    _score,
    described,
)
from generator.corpus.records import EventGroup
from generator.corpus.reuse import digest
from generator.corpus.terms import IDF_PRIOR, document_frequencies, idf_at, on_grid, rarity

# Rounding of the float computations (about 1e-16 of values near 1) is far below this.
SLACK = 1e-9
TOUCHED_SHARE = 0.02  # more touched articles than this share (or TOUCHED_MIN) regroup from scratch
TOUCHED_MIN = 40

_key = itemgetter(0)


@dataclass(frozen=True)
class Component:
    """Articles joined by candidate pairs in the baseline, the groups they gave and the smallest decision margin."""

    members: frozenset[str]
    margin: float
    groups: tuple[tuple[str, ...], ...]  # slugs of each group, in slug order


@dataclass(frozen=True)
class Baseline:
    """What a full grouping keeps for the reruns after it (see the module docstring)."""

    version: str  # the hash of its articles' keys
    size: int
    keys: Mapping[str, str]  # slug -> article key
    df: Mapping[str, int]
    held: Mapping[str, int]  # articles holding each term
    postings: Mapping[str, tuple[str, ...]]  # the articles holding each rare term (at most MAX_POSTINGS)
    weights: Mapping[str, tuple[float, float, float]]  # slug -> (sum of w**2, sum of w**2 * idf, |raw vector|)
    edges: tuple[tuple[str, str, float], ...]  # candidate pairs (slug, later slug, margin)
    near: tuple[tuple[str, str, float], ...]  # other pairs within NEAR of being candidates
    component: Mapping[str, int]  # slug -> index in components
    components: tuple[Component, ...]
    whys: Mapping[tuple[str, ...], Why]


def _raw_lengths(item: EventInput, idf: Mapping[str, float]) -> tuple[float, float, float]:
    weights = {key: w for key, _, w in item.terms}
    return (
        sum(w * w for w in weights.values()),
        sum(w * w * idf[k] for k, w in weights.items()),
        math.sqrt(sum((w * idf[k]) ** 2 for k, w in weights.items())),
    )


def _moved(length: float, squares: float, dot: float) -> float | None:
    """How far a unit vector ``r / |r|`` can move when ``r`` (of ``length``) moves by ``d``, or None if too far.

    ``squares`` is ``|d|**2`` and ``dot`` is ``d . r``. The angle between ``r`` and ``r + d`` has
    ``sin <= |d_perp| / |r + d|`` (the part of ``d`` across ``r``, over a length at least
    ``|r| - |d|``), and two unit vectors that far apart differ by ``2 sin(angle / 2)``. A move along
    ``r`` itself (every idf grown alike) changes no direction.
    """
    size = math.sqrt(max(squares, 0.0))
    if size >= length:
        return None
    across = max(squares - (dot / length) ** 2, 0.0) + 1e-12 * squares  # the margin covers rounding
    sine = math.sqrt(across) / (length - size)
    if sine >= 1:
        return None
    return sine * math.sqrt(2 / (1 + math.sqrt(1 - sine * sine))) + SLACK


def _components(pairs: Sequence[tuple[int, int]]) -> dict[int, int]:
    """Union-find over the pairs: each article in a pair -> the smallest index of its component."""
    parent: dict[int, int] = {}

    def root(x: int) -> int:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, j in pairs:
        a, b = root(i), root(j)
        if a != b:
            parent[max(a, b)] = min(a, b)
    return {x: root(x) for x in list(parent)}


def full(items: Sequence[EventInput], keys: Mapping[str, str]) -> tuple[tuple[EventGroup, ...], Baseline]:
    """``events.group_events`` (``items`` sorted by slug), and the baseline for later reruns."""
    docs, df = _docs(items)
    near: list[events.Near] = []
    pairs = events._candidates(docs, near)
    margin_of: dict[int, float] = defaultdict(lambda: math.inf)

    def note(x: int, margin: float) -> None:
        margin_of[x] = min(margin_of[x], margin)

    found = _merge(docs, pairs, note)
    groups, whys = described(items, found, df, {})
    slugs = [item.slug for item in items]
    comp = _components([(i, j) for _, i, j in pairs])
    for i, _, margin, kept in near:
        if kept:
            note(i, margin)
    last: dict[int, float] = {}
    for s, i, _ in pairs:  # best first: the gap to the next pair of the same component
        c = comp[i]
        if c in last:
            note(i, last[c] - s)
        last[c] = s
    members: dict[int, list[int]] = defaultdict(list)
    for x, c in comp.items():
        members[c].append(x)
    grouped: dict[int, list[tuple[str, ...]]] = defaultdict(list)
    for g in found:
        grouped[comp[g[0]]].append(tuple(slugs[x] for x in g))
    order = sorted(members)
    components = tuple(
        Component(frozenset(slugs[x] for x in members[c]), min(margin_of[x] for x in members[c]), tuple(grouped[c]))
        for c in order
    )
    index = {c: n for n, c in enumerate(order)}
    idf = rarity(df, len(items))
    held = Counter(chain.from_iterable(doc.vector for doc in docs))
    postings: dict[str, list[str]] = defaultdict(list)
    for item, doc in zip(items, docs, strict=True):
        for key in doc.vector:
            if held[key] <= MAX_POSTINGS:
                postings[key].append(item.slug)
    baseline = Baseline(
        version=digest(sorted(keys.items())),
        size=len(items),
        keys=dict(keys),
        df=dict(df),
        held=dict(held),
        postings={k: tuple(slugs) for k, slugs in postings.items()},
        weights={item.slug: _raw_lengths(item, idf) for item in items},
        edges=tuple((slugs[i], slugs[j], m) for i, j, m, kept in near if kept),
        near=tuple((slugs[i], slugs[j], m) for i, j, m, kept in near if not kept),
        component={slugs[x]: index[c] for x, c in comp.items()},
        components=components,
        whys=whys,
    )
    return groups, baseline


class _Docs(Sequence[_Doc]):
    """The articles' vectors under the current counts, each made when first asked for."""

    def __init__(self, items: Sequence[EventInput], idf: dict[str, float]) -> None:
        self.items, self.idf = items, idf
        self.made: dict[int, _Doc] = {}

    def __len__(self) -> int:
        return len(self.items)

    def __getitem__(self, i: int) -> _Doc:  # type: ignore[override]
        doc = self.made.get(i)
        if doc is None:
            doc = self.made[i] = _doc(self.items[i], self.idf)
        return doc


def _exact(docs: _Docs, rare: set[str], i: int, j: int) -> float | None:
    """The score of pair ``i < j`` when ``events._candidates`` keeps it, else None: the same floats."""
    a, b = docs[i], docs[j]
    if not _compatible(a.date, b.date):
        return None
    part, found = 0.0, False
    theirs = b.vector
    for key, v in a.vector.items():  # summed in the walked (earlier) article's order, as there
        if key in rare and key in theirs:
            part += v * theirs[key]
            found = True
    if not found or part < SHORTLIST * THRESHOLD:
        return None
    s = _score(a, b)
    return s if s is not None and s >= _needed(a, b) else None


def regroup(
    items: Sequence[EventInput], keys: Mapping[str, str], baseline: Baseline | None
) -> tuple[tuple[EventGroup, ...], Baseline]:
    """The same-event groups of ``items`` (sorted by slug), from ``baseline`` where provably unchanged."""
    n = len(items)
    slugs = [item.slug for item in items]
    if baseline is None:
        return full(items, keys)
    touched = {i for i, s in enumerate(slugs) if baseline.keys.get(s) != keys[s]}
    if len(touched) > max(TOUCHED_MIN, TOUCHED_SHARE * n):
        return full(items, keys)
    changed = [i for i in touched if slugs[i] in baseline.keys]
    if not changed and n - len(touched) == baseline.size:  # articles added, none changed or removed
        df, held = Counter(baseline.df), Counter(baseline.held)
        for i in touched:
            df.update(map(_key, items[i].terms))
            held.update(set(map(_key, items[i].terms)))
        terms = set(chain.from_iterable(map(_key, items[i].terms) for i in touched))
    else:
        df = document_frequencies([item.terms for item in items])
        held = Counter(chain.from_iterable(set(map(_key, item.terms)) for item in items))
        terms = set(held) | set(baseline.held)
    moved = {k: df[k] for k in terms if baseline.df.get(k) != df[k] and k in df}
    flipped = {k for k in terms if (held.get(k, 0) <= MAX_POSTINGS) != (baseline.held.get(k, 0) <= MAX_POSTINGS)}
    shift = math.log((n + IDF_PRIOR) / (baseline.size + IDF_PRIOR))
    was = {k: idf_at(baseline.df.get(k, 0), baseline.size) for k in moved}
    change = {k: idf_at(c, n) - was[k] for k, c in moved.items()}
    bound = [0.0] * n
    for i, item in enumerate(items):
        if i in touched:
            continue
        if not flipped.isdisjoint(map(_key, item.terms)):
            touched.add(i)
            continue
        squares, first, length = baseline.weights[item.slug]
        if not squares:  # no terms: in no pair
            continue
        moved_sq, dot = shift * shift * squares, shift * first
        if not change.keys().isdisjoint(map(_key, item.terms)):
            # A term listed twice weighs as its last entry (``unit_vector``): counted once, as there.
            for key, w in {k: w for k, _, w in item.terms}.items():
                if key in change:
                    moved_sq += w * w * (change[key] ** 2 - shift * shift)
                    dot += w * w * was[key] * (change[key] - shift)
        far = _moved(length, moved_sq, dot)
        if far is None:
            touched.add(i)
            continue
        bound[i] = far
        if bound[i] > NEAR / 2 - SLACK:
            touched.add(i)
    if len(touched) > max(TOUCHED_MIN, TOUCHED_SHARE * n):
        return full(items, keys)
    index = {s: i for i, s in enumerate(slugs)}
    rare = {k for k, c in held.items() if c <= MAX_POSTINGS}
    docs = _Docs(items, rarity(df, n))
    exact: dict[tuple[int, int], float | None] = {}

    def score(i: int, j: int) -> float | None:
        pair = (min(i, j), max(i, j))
        if pair not in exact:
            exact[pair] = _exact(docs, rare, *pair)
        return exact[pair]

    # Every pair of a touched article that shares a rare term with it, scored exactly: the other
    # article is touched too, or held the term in the baseline (its terms are the same).
    keysets = {z: frozenset(map(_key, items[z].terms)) for z in touched}
    days = [item.date for item in items]
    for z in touched:
        for key in keysets[z] & rare:
            holders = [index[s] for s in baseline.postings.get(key, ()) if s in index]
            holders += [t for t in touched if key in keysets[t]]
            for j in holders:
                if j != z and _compatible(days[z], days[j]):
                    score(z, j)
    # The baseline's noted pairs between untouched articles: kept, or scored exactly when the bounds do not clear them.
    gone = set(baseline.keys) - set(index)
    dirty = {baseline.component[slug] for slug in gone if slug in baseline.component}
    dirty |= {baseline.component[slugs[x]] for x in touched if slugs[x] in baseline.component}
    certain: list[tuple[int, int]] = []
    noted = chain(((x, y, m, True) for x, y, m in baseline.edges), ((x, y, m, False) for x, y, m in baseline.near))
    for earlier, later, margin, kept in noted:
        i, j = index.get(earlier, -1), index.get(later, -1)
        if i < 0 or j < 0 or i in touched or j in touched:
            continue  # a touched article's pairs are scored above; its component is dirty
        if margin > bound[i] + bound[j] + SLACK:
            if kept:
                certain.append((i, j))
            continue
        score(i, j)
        if kept:
            dirty.add(baseline.component[earlier])
    # The new candidate pairs, by component: each taken from the baseline or merged again from exact scores.
    found_exact = [pair for pair, s in exact.items() if s is not None]
    edges = certain + found_exact
    comp = _components(edges)
    members: dict[int, list[int]] = defaultdict(list)
    for x, c in comp.items():
        members[c].append(x)
    rescored = {x for pair in found_exact for x in pair}
    groups: list[list[int]] = []
    redo: set[int] = set()
    for c, xs in members.items():
        old = {baseline.component.get(slugs[x], -1) for x in xs}
        before = old.pop() if len(old) == 1 else -1
        if (
            before >= 0 and before not in dirty and rescored.isdisjoint(xs)
            and len(baseline.components[before].members) == len(xs)
            and baseline.components[before].margin > 4 * max(bound[x] for x in xs) + SLACK
        ):  # fmt: skip
            groups += [[index[slug] for slug in g] for g in baseline.components[before].groups]
        else:
            redo.add(c)
    again = []
    for i, j in edges:
        if comp[i] in redo and (value := score(i, j)) is not None:
            again.append((value, i, j))
    again.sort(key=lambda t: (-t[0], t[1], t[2]))
    groups += _merge(docs, again)
    known = {}
    if on_grid(n) == on_grid(baseline.size):
        regrid = {k for k, c in moved.items() if on_grid(c) != on_grid(baseline.df.get(k, 0))}
        for g in groups:
            named = tuple(slugs[x] for x in g)
            same = all(x not in touched and regrid.isdisjoint(map(_key, items[x].terms)) for x in g)
            if same and named in baseline.whys:
                known[named] = baseline.whys[named]
    result, _ = described(items, groups, df, known)
    return result, baseline

