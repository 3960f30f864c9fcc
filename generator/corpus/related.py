"""Related articles: up to ``MAX_RELATED`` per article, ranked by shared actors and themes.

Modelled on Hugo's related content: each shared key (an actor or a theme) adds its weight
times its rarity, ``log(1 + N / df)``, so an actor named in every article says little.
Closeness in date and being in the same same-event group add to the score. N and df are
rounded to the nearest power of two above ``terms.EXACT_COUNTS`` (``terms.on_grid``): with
exact counts one added article moved every score and reordered the links of 37 articles out
of 1,000 that do not link to it on average (issue 20).

Linear in the corpus, never all pairs: candidates come from an inverted index, and a key held
by more than ``cardinality(N)`` articles (at most ``CARDINALITY_MAX``) is not used to find them
(Hugo's cardinality threshold), so one article's candidates number at most its keys times
``CARDINALITY_MAX``. Their scores are accumulated posting by posting; only the best
``SHORTLIST`` are then scored in full (adding the common keys and the date).
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from generator.corpus.records import RelatedLink
from generator.corpus.terms import on_grid

MAX_RELATED = 5
ACTOR_WEIGHT = 1.0
COUNTRY_WEIGHT = 0.4  # countries are named in most articles of a regional briefing
THEME_WEIGHT = 0.8
DATE_WEIGHT = 1.0  # at most, for the same day; halves after DATE_HALF_LIFE days
DATE_HALF_LIFE = 14
SAME_EVENT_BONUS = 4.0
CARDINALITY_MIN = 50
CARDINALITY_SHARE = 0.1
CARDINALITY_MAX = 100
SHORTLIST = 25
REASON_NAMES = 3


@dataclass(frozen=True)
class RelatedInput:
    """What ranking needs to know about one article."""

    slug: str
    date: dt.date | None
    actors: tuple[tuple[str, str], ...]  # (name, type)
    themes: tuple[str, ...]


def _keys(item: RelatedInput) -> dict[str, float]:
    keys = {f"a:{name}": (COUNTRY_WEIGHT if kind == "country" else ACTOR_WEIGHT) for name, kind in item.actors}
    keys.update({f"t:{name}": THEME_WEIGHT for name in item.themes})
    return keys


def cardinality(n: int) -> int:
    """The largest posting list used to find candidates in a corpus of ``n`` articles."""
    return int(min(CARDINALITY_MAX, max(CARDINALITY_MIN, CARDINALITY_SHARE * n)))


def shortlist(
    mine: dict[str, float], postings: dict[str, list[str]], idf: dict[str, float], cap: int, together: Iterable[str]
) -> list[str]:
    """The ``SHORTLIST`` best candidates by their rare shared keys (and the same-event bonus)."""
    partial: dict[str, float] = defaultdict(float)
    for key, weight in mine.items():
        posting = postings[key]
        if len(posting) <= cap:
            gain = weight * idf[key]
            for other in posting:
                partial[other] += gain
    for other in together:
        partial[other] += SAME_EVENT_BONUS
    ranked = sorted(partial.items(), key=lambda kv: (-kv[1], kv[0]))
    return [slug for slug, _ in ranked[: SHORTLIST + 1]]


def rank_related(
    items: Sequence[RelatedInput], same_event: dict[str, frozenset[str]]
) -> dict[str, tuple[RelatedLink, ...]]:
    """For each article slug, its related articles, best first (deterministic)."""
    n = on_grid(len(items))
    keys = {i.slug: _keys(i) for i in items}
    postings: dict[str, list[str]] = defaultdict(list)
    for item in items:
        for key in keys[item.slug]:
            postings[key].append(item.slug)
    grid = {k: on_grid(k) for k in {len(slugs) for slugs in postings.values()}}
    idf = {key: math.log(1 + n / grid[len(slugs)]) for key, slugs in postings.items()}
    cap = cardinality(len(items))
    dates = {i.slug: i.date for i in items}
    result: dict[str, tuple[RelatedLink, ...]] = {}
    for item in items:
        mine = keys[item.slug]
        group = same_event.get(item.slug, frozenset())
        links = []
        for other in shortlist(mine, postings, idf, cap, group):
            if other == item.slug:
                continue
            shared = sorted((k for k in mine if k in keys[other]), key=lambda k: (-idf[k] * mine[k], k))
            score = sum(mine[k] * idf[k] for k in shared)
            together = other in group
            if not shared and not together:
                continue
            score += SAME_EVENT_BONUS if together else 0.0
            a, b = dates[item.slug], dates[other]
            if a and b:
                score += DATE_WEIGHT * 0.5 ** (abs((a - b).days) / DATE_HALF_LIFE)
            links.append(
                RelatedLink(
                    slug=other,
                    score=round(score, 6),
                    shared_actors=tuple(k[2:] for k in shared if k.startswith("a:"))[:REASON_NAMES],
                    shared_themes=tuple(k[2:] for k in shared if k.startswith("t:"))[:2],
                    same_event=together,
                )
            )
        links.sort(key=lambda link: (-link.score, link.slug))
        result[item.slug] = tuple(links[:MAX_RELATED])
    return result
