"""Same-event groups: articles that report one event, told by what they say, their names and their dates.

The method of news-clustering systems (Miranda et al., EMNLP 2018, "Multilingual Clustering of
Streaming News"): each article is a TF-IDF vector of its content terms (``article.signature``:
words, two-word phrases and actor names, the title and lead weighted), and two reports of one
event share many rare terms, names and a date.

- **Rarity.** A term's weight is its article weight times its rarity (``corpus.terms``).
- **Candidates from an index, never all pairs.** Only terms held by at most ``MAX_POSTINGS``
  articles are index keys (a word in every report says nothing about which event). Walking an
  article's keys accumulates the part of the dot product its rare terms give each other article
  within the date window; only articles whose part reaches ``SHORTLIST`` of the threshold are
  scored in full. An article visits at most ``TERMS_KEPT x MAX_POSTINGS`` postings.
- **Score** = cosine of the two vectors + ``NAME_BONUS`` for each shared name (at most two)
  + ``INCIDENT_BONUS`` when both name one person next to the same kind of incident (an incident
  key of ``article.incidents``: "strike" near the man it killed) - ``DAY_PENALTY`` per day between
  the dates. Dated reports more than ``MAX_DAYS`` apart are
  never one event. ``THRESHOLD`` and the weights were fitted on a labelled set of invented reports
  (``tests/fixtures/same_event/``, ``benchmarks/events_bench.py``, cross-validated by event).
- **Headlines.** Each of two reports of one event holds a word of the other's headline (the
  place, the person, the thing: "quake", "Kivo", "Wendelstadt"); otherwise they are not one
  event. This keeps out pages of one site that share its page chrome, not a story.
- **Undated reports need stronger evidence**: ``UNDATED_MARGIN`` more for each undated report of
  a pair (any date is "compatible" with them, so the text alone must tie them to the event), and
  one that matches reports of two groups joins neither.
- **No chaining.** Pairs are merged best first (average link): two groups join only when the mean
  score over every pair across them reaches the threshold and no pair across them is below
  ``FLOOR`` of it or out of the date window. A report that resembles one member but not the others
  stays out, so A-B and B-C never make A-C by themselves. A group holds at most ``MAX_GROUP``.
- **Why.** Each group records the names and phrases its members share and the incident family
  their incident keys share, if any; the event page shows them.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cached_property
from itertools import chain

from generator.article.records import IncidentKey, Term
from generator.article.signature import NAME_PREFIX, title_stems
from generator.corpus.records import EventGroup
from generator.corpus.terms import document_frequencies, rarity, stable_rarity, unit_vector
from generator.text.slugs import assign_unique, slugify

MAX_DAYS = 3
MAX_POSTINGS = 40
NAME_BONUS = 0.03
INCIDENT_BONUS = 0.05
DAY_PENALTY = 0.02
THRESHOLD = 0.24
UNDATED_MARGIN = 0.10
SHORTLIST = 0.5
FLOOR = 0.6
MAX_GROUP = 12
WHY_NAMES = 4
WHY_PHRASES = 4
# A decision within this of going the other way is noted for reruns (``corpus.event_reuse``).
NEAR = 0.02

Near = tuple[int, int, float, bool]  # (article, later article, margin, whether the pair is a candidate)


@dataclass(frozen=True)
class EventInput:
    """What grouping needs to know about one article."""

    slug: str
    date: dt.date | None
    terms: tuple[Term, ...]
    keys: tuple[IncidentKey, ...] = ()
    title: str = ""


@dataclass(frozen=True)
class _Doc:
    date: dt.date | None
    vector: dict[str, float]  # unit length
    told: frozenset[IncidentKey]  # incident keys whose participant is a person
    title: str

    # Names and headline are asked of the articles in a scored pair only (a third of them in a
    # synthetic corpus), so they are made when first asked.
    @cached_property
    def names(self) -> frozenset[str]:
        """The actor names among the terms."""
        return frozenset(key for key in self.vector if key.startswith(NAME_PREFIX))

    @cached_property
    def headline(self) -> frozenset[str]:
        """The title's word stems; empty when there is no title."""
        return frozenset(title_stems(self.title))


def _compatible(a: dt.date | None, b: dt.date | None) -> bool:
    return a is None or b is None or abs((a - b).days) <= MAX_DAYS


def _docs(items: Sequence[EventInput]) -> tuple[list[_Doc], Counter[str]]:
    """Each article's vector, and how many articles hold each term."""
    df = document_frequencies([item.terms for item in items])
    idf = rarity(df, len(items))
    return [_doc(item, idf) for item in items], df


def _doc(item: EventInput, idf: dict[str, float]) -> _Doc:
    """One article's vector under the weights ``idf``, the people it names, its date and title."""
    told = frozenset(k for k in item.keys if k[2] == "person")
    return _Doc(item.date, unit_vector(item.terms, idf), told, item.title)


def _needed(a: _Doc, b: _Doc) -> float:
    return THRESHOLD + UNDATED_MARGIN * ((a.date is None) + (b.date is None))


def _told(a: _Doc, b: _Doc) -> bool:
    """Whether ``b`` holds a word of ``a``'s headline (true when ``a`` has no headline)."""
    return not a.headline or not a.headline.isdisjoint(b.vector)


def _score(a: _Doc, b: _Doc) -> float | None:
    """The pair's score, or None when their dates or headlines rule out one event."""
    if not _compatible(a.date, b.date) or not (_told(a, b) and _told(b, a)):
        return None
    small, large = (a.vector, b.vector) if len(a.vector) <= len(b.vector) else (b.vector, a.vector)
    cosine = sum(v * large[k] for k, v in small.items() if k in large)
    days = abs((a.date - b.date).days) if a.date and b.date else 0
    incident = INCIDENT_BONUS if a.told & b.told else 0.0
    return cosine + NAME_BONUS * min(len(a.names & b.names), 2) + incident - DAY_PENALTY * days


def _candidates(docs: Sequence[_Doc], near: list[Near] | None = None) -> list[tuple[float, int, int]]:
    """Pairs over their threshold, best first, found through the index of rare terms.

    Articles are walked last first and each is indexed after it is matched, so the index holds
    only later articles (each pair is met once); a posting carries the term's weight and the date's
    day number, so matching looks nothing up in the other article. With ``near``, every pair
    whose decision lies within ``NEAR`` of going the other way is noted there with that margin
    (``corpus.event_reuse``: what a rerun must look at again).
    """
    held = Counter(chain.from_iterable(doc.vector for doc in docs))
    rare = {key for key, n in held.items() if n <= MAX_POSTINGS}
    days = [doc.date.toordinal() if doc.date else None for doc in docs]
    postings: dict[str, list[tuple[int, float, int | None]]] = defaultdict(list)
    kept = []
    for i in range(len(docs) - 1, -1, -1):
        doc, day = docs[i], days[i]
        partial: dict[int, float] = defaultdict(float)
        for key, v in doc.vector.items():
            if key not in rare:
                continue
            posting = postings[key]
            for j, w, other in posting:
                if day is None or other is None or -MAX_DAYS <= other - day <= MAX_DAYS:
                    partial[j] += v * w
            posting.append((i, v, day))
        for j, part in partial.items():
            if near is None:
                s = _score(doc, docs[j]) if part >= SHORTLIST * THRESHOLD else None
                if s is not None and s >= _needed(doc, docs[j]):
                    kept.append((s, i, j))
                continue
            margin = SHORTLIST * THRESHOLD - part
            if margin <= 0:
                score = _score(doc, docs[j])
                needed = _needed(doc, docs[j])
                if score is not None and score >= needed:
                    kept.append((score, i, j))
                    near.append((i, j, min(-margin, score - needed), True))
                    continue
                margin = math.inf if score is None else needed - score
            if margin < NEAR:
                near.append((i, j, margin, False))
    kept.sort(key=lambda t: (-t[0], t[1], t[2]))
    return kept


Note = Callable[[int, float], None]  # (an article of the decision, how far it was from going the other way)


def _link(
    docs: Sequence[_Doc], known: dict[tuple[int, int], float], a: list[int], b: list[int], note: Note | None = None
) -> float | None:
    """The mean score over every pair across two groups, or None when one pair rules the merge out."""
    total = 0.0
    for x in a:
        for y in b:
            pair = (min(x, y), max(x, y))
            s = known[pair] if pair in known else _score(docs[x], docs[y])
            if s is None:
                return None
            floor = FLOOR * _needed(docs[x], docs[y])
            if note is not None:
                note(x, abs(s - floor))
            if s < floor:
                return None
            total += s
    return total / (len(a) * len(b))


def _merge(docs: Sequence[_Doc], pairs: list[tuple[float, int, int]], note: Note | None = None) -> list[list[int]]:
    """Average-link merging of the candidate pairs, best first; groups of two or more.

    ``note`` is told the margin of every decision taken on a score (``corpus.event_reuse``).
    """
    group_of: dict[int, int] = {}
    members: dict[int, list[int]] = {}
    for _, i, j in pairs:
        for x in (i, j):
            if x not in group_of:
                group_of[x], members[x] = x, [x]
    known = {(i, j): s for s, i, j in pairs}
    for _, i, j in pairs:
        a, b = group_of[i], group_of[j]
        if a == b or len(members[a]) + len(members[b]) > MAX_GROUP:
            continue
        mean = _link(docs, known, members[a], members[b], note)
        if mean is not None and note is not None:
            note(i, abs(mean - THRESHOLD))
        if mean is not None and mean >= THRESHOLD:
            for x in members[b]:
                group_of[x] = a
            members[a] += members.pop(b)
    # An undated report fits any date: when it matches reports of two groups, it cannot tell which
    # event it reports, and it joins neither.
    lone = set()
    for _, i, j in pairs:
        for x, y in ((i, j), (j, i)):
            if docs[x].date is None and group_of[x] != group_of[y] and len(members[group_of[y]]) > 1:
                lone.add(x)
    for x in sorted(lone):
        members[group_of[x]].remove(x)
    return [sorted(m) for m in members.values() if len(m) > 1]


def _shared(items: list[EventInput], idf: dict[str, float], names: bool, common: float) -> list[tuple[str, str]]:
    """(key, label) of the name or word terms that two or more members hold, most shared and heaviest first.

    A term that half the corpus holds explains nothing about this event and is not shown.
    """
    counts: Counter[str] = Counter()
    weight: dict[str, float] = defaultdict(float)
    labels: dict[str, str] = {}
    for item in items:
        for key, text, w in item.terms:
            if key.startswith(NAME_PREFIX) == names:
                labels.setdefault(key, text)
                counts[key] += 1
                weight[key] += w * idf[key]
    # Among terms as widely shared, a two-word phrase says more than either of its words.
    kept = (k for k, n in counts.items() if n >= 2 and idf[k] > common)
    shared = sorted(kept, key=lambda k: (-counts[k], -(" " in k), -weight[k], k))
    return [(k, labels[k]) for k in shared]


Why = tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]  # family, participants, names, phrases


def _why(items: list[EventInput], idf: dict[str, float], common: float) -> Why:
    """The incident family and its participants, the names and the phrases the members share.

    The family is the one whose keys (the same participant next to the same kind of incident)
    most members share; its participants are the names in those keys, people first. Without a
    shared key the participants are the two names most shared. A word already shown inside a
    phrase or a name is not shown again ("fire chief" and "Paolo Renzi" leave out "chief").
    """
    names = [label for _, label in _shared(items, idf, True, common)][:WHY_NAMES]
    shown = {w for name in names for w in name.casefold().split()}
    phrases: list[str] = []
    for _, label in _shared(items, idf, False, common):
        words = set(label.split())
        if words & shown or any(words < set(p.split()) for p in phrases):
            continue
        phrases.append(label)
        shown |= words
        if len(phrases) == WHY_PHRASES:
            break
    keys = Counter(k for item in items for k in set(item.keys))
    families = Counter(f for (f, _, _), n in keys.items() if n >= 2)
    family = min(families, key=lambda f: (-families[f], f)) if families else ""
    told = sorted({(kind != "person", name) for (f, name, kind), n in keys.items() if f == family and n >= 2})
    participants = tuple(name for _, name in told) if family else tuple(names[:2])
    return family, participants, tuple(names), tuple(phrases)


def group_events(items: Sequence[EventInput]) -> tuple[EventGroup, ...]:
    """Same-event groups of two or more articles, in a stable order."""
    items = sorted(items, key=lambda i: i.slug)
    docs, df = _docs(items)
    return described(items, _merge(docs, _candidates(docs)), df, {})[0]


def described(
    items: Sequence[EventInput], found: Iterable[list[int]], df: Counter[str], known: Mapping[tuple[str, ...], Why]
) -> tuple[tuple[EventGroup, ...], dict[tuple[str, ...], Why]]:
    """The groups of ``items`` (sorted by slug) that ``found`` lists, with why and slug; and each one's why.

    ``known`` gives the why of a group (by its members' slugs) that is known not to have changed.
    """
    # The shown terms weigh by grid counts: one added article leaves other events' text alone.
    shown, common = stable_rarity(df, len(items))
    made, whys = [], {}
    for found_group in found:
        members = [items[i] for i in found_group]
        slugs = tuple(m.slug for m in members)
        why = whys[slugs] = known[slugs] if slugs in known else _why(members, shown, common)
        family, participants, names, phrases = why
        ordered = tuple(sorted(members, key=lambda m: (m.date is None, m.date or dt.date.min, m.slug)))
        first = ordered[0].date
        label = [family, *participants[:1]] if family else [*phrases[:1], *participants[:1]]
        wanted = slugify(" ".join([first.isoformat() if first else "", *label]), fallback="event")
        made.append((wanted, EventGroup("", family, participants, tuple(m.slug for m in ordered), phrases, names)))
    unique = assign_unique((g.members[0], wanted) for wanted, g in made)
    return tuple(sorted((replace(g, slug=unique[g.members[0]]) for _, g in made), key=lambda g: g.slug)), whys
