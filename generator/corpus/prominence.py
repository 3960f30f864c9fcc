"""Which actors set a corpus apart, and which pairs of them are named together more than chance.

**Specificity.** An actor named in ``df`` of ``N`` articles scores ``df * log(N / df)``: the
tf-idf of the corpus taken as one document. It grows with coverage but falls to zero for an actor
that every article names (in a briefing on Iraq, "Iraq" tells a reader nothing), and it peaks at
actors named in about a third of the articles. Countries count ``COUNTRY_WEIGHT`` of that, as in
``corpus.related``: most news names several of them in passing. Actors named in one article
only are left out (``MIN_ARTICLES``): one report does not make them part of the briefing; so are
media outlets, named as sources of what others said.

**Named together.** Two actors are linked when they share at least ``MIN_TOGETHER`` articles and
do so at least ``MIN_LIFT`` times as often as independence predicts (lift = ``n_ab * N / (n_a *
n_b)``). A significance test would say more on a large corpus, but cannot reach any usual level on
a few dozen articles; lift with a minimum count is honest at every size and the page says what it
is. Links are ranked by ``n_ab * log(lift)`` (the pair's share of mutual information), which
prefers pairs that are both frequent and far above chance.

Linear in the corpus: pairs are counted only among the ``CANDIDATES`` most specific actors, so
one article adds at most ``CANDIDATES²/2`` pairs however many actors it names.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations

from generator.knowledge.records import ActorType

COUNTRY_WEIGHT = 0.4
# Outlets and wire agencies are who reports ("Reuters reported"), not whom the reports are about.
NOT_A_SUBJECT = frozenset({ActorType.MEDIA_OUTLET})
MIN_ARTICLES = 2
CANDIDATES = 40
MIN_TOGETHER = 2
MIN_LIFT = 1.5
LINKS_PER_NODE = 3


@dataclass(frozen=True)
class Prominent:
    """An actor with the number of articles naming it and how specific it is to the corpus."""

    name: str
    type: ActorType
    articles: int
    score: float


@dataclass(frozen=True)
class Link:
    """Two actors (``a`` sorts before ``b``) named together more often than chance."""

    a: str
    b: str
    together: int
    lift: float

    @property
    def strength(self) -> float:
        """``together * log(lift)``: how much the pair says, used to rank links."""
        return self.together * math.log(self.lift)


ArticleActors = Iterable[Sequence[tuple[str, ActorType]]]  # per article: (name, type) of each actor


def specificity(articles: int, total: int, kind: ActorType) -> float:
    """``df * log(N / df)``, times ``COUNTRY_WEIGHT`` for a country."""
    if articles <= 0 or total <= 0:
        return 0.0
    score = articles * math.log(total / articles)
    return score * (COUNTRY_WEIGHT if kind is ActorType.COUNTRY else 1.0)


def distinctive(per_article: ArticleActors, reporters: frozenset[str] = frozenset()) -> list[Prominent]:
    """Actors named in at least ``MIN_ARTICLES`` articles, most specific first (ties by name).

    ``reporters`` are actors known as outlets (a discovered "… News Agency"): left out like media outlets.
    """
    counts: Counter[str] = Counter()
    kinds: dict[str, ActorType] = {}
    total = 0
    for actors in per_article:
        total += 1
        present = set(actors)
        counts.update([name for name, _ in present])  # a name with two types in one article counts twice, as before
        for name, kind in present:
            if name not in kinds:
                kinds[name] = kind
    ranked = [
        Prominent(name, kinds[name], n, specificity(n, total, kinds[name]))
        for name, n in counts.items()
        if n >= MIN_ARTICLES and kinds[name] not in NOT_A_SUBJECT and name not in reporters
    ]
    ranked = [p for p in ranked if p.score > 0]
    ranked.sort(key=lambda p: (-p.score, -p.articles, p.name.casefold(), p.name))
    return ranked


COMMON_SHARE = 0.75
COMMON_MIN_ARTICLES = 3


def common(per_article: ArticleActors) -> frozenset[str]:
    """Actors named in at least ``COMMON_SHARE`` of the articles (in a corpus of at least
    ``COMMON_MIN_ARTICLES``): a reader of the briefing meets them in nearly every article.

    Three quarters, not a half: on a small corpus a half is two articles of four, which an
    actor the briefing is about reaches as easily as a country named in passing.
    """
    counts: Counter[str] = Counter()
    total = 0
    for actors in per_article:
        total += 1
        counts.update({name for name, _ in actors})
    if total < COMMON_MIN_ARTICLES:
        return frozenset()
    return frozenset(name for name, n in counts.items() if n >= COMMON_SHARE * total)


def links(per_article: Sequence[Sequence[tuple[str, ActorType]]], candidates: Sequence[Prominent]) -> list[Link]:
    """Pairs of ``candidates`` named together more than chance, strongest first."""
    chosen = {p.name: p.articles for p in candidates[:CANDIDATES]}
    total = len(per_article)
    pairs: Counter[tuple[str, str]] = Counter()
    for actors in per_article:
        present = sorted({name for name, _ in actors if name in chosen})
        pairs.update(combinations(present, 2))
    out = []
    for (a, b), n in pairs.items():
        if n < MIN_TOGETHER:
            continue
        lift = n * total / (chosen[a] * chosen[b])
        if lift >= MIN_LIFT:
            out.append(Link(a, b, n, lift))
    out.sort(key=lambda link: (-link.strength, -link.together, link.a.casefold(), link.b.casefold(), link.a, link.b))
    return out


def network(links_ranked: Sequence[Link], max_nodes: int, max_links: int) -> tuple[list[str], list[Link]]:
    """The nodes of the strongest links (at most ``max_nodes``) and the links drawn between them.

    Nodes are taken link by link, strongest first, so a weak link never brings in a node that
    pushes out an actor of a stronger one. Of the links among them, a link is drawn when it is
    one of the ``LINKS_PER_NODE`` strongest of both its actors, or the strongest of either: on a
    small corpus many pairs pass the lift test by a little, and a picture that joins almost every
    pair shows nothing. At most ``max_links`` are drawn.
    """
    nodes: list[str] = []
    for link in links_ranked:
        new = [n for n in (link.a, link.b) if n not in nodes]
        if len(nodes) + len(new) > max_nodes:
            continue
        nodes += new
    kept = set(nodes)
    among = [link for link in links_ranked if link.a in kept and link.b in kept]
    of: dict[str, list[Link]] = {n: [] for n in nodes}
    for link in among:  # strongest first
        of[link.a].append(link)
        of[link.b].append(link)

    def drawn(link: Link) -> bool:
        mutual = link in of[link.a][:LINKS_PER_NODE] and link in of[link.b][:LINKS_PER_NODE]
        return mutual or link is of[link.a][0] or link is of[link.b][0]

    shown = [link for link in among if drawn(link)][:max_links]
    used = {n for link in shown for n in (link.a, link.b)}
    return [n for n in nodes if n in used], shown
