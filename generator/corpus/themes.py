"""Corpus-wide themes: each theme's articles (newest first) with their evidence, and its main actors.

Only themes with at least one article are listed: a briefing on another topic does not show the
region's themes with "0 articles" each.

**Discovered themes.** When the taxonomy gives a theme to fewer than ``DISCOVER_BELOW`` of the
articles, the articles without one are grouped by the distinctive terms they share, the way
discovered actors stand in for a missing registry:
- an article's distinctive terms are its ``TOPIC_TERMS`` heaviest words and phrases by TF-IDF
  (``corpus.terms``; names are left to the actor pages);
- a term makes a theme when it is distinctive in at least ``MIN_ARTICLES`` articles but held by
  at most ``MAX_SHARE`` of the corpus (a word of every article is the corpus's subject, not one
  of its themes);
- terms are taken by the number of articles, most first; one whose articles are mostly
  (``MAX_OVERLAP``) those of a theme already taken adds nothing and is skipped; at most
  ``MAX_DISCOVERED`` themes;
- a theme is named by its term and the next terms its articles share most, and is marked
  *discovered*; the build report gives it as an entry to paste into ``themes.yml``.
Linear: every article adds ``TOPIC_TERMS`` postings; no pair of articles is compared.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from itertools import chain
from typing import NamedTuple

from generator.article.actors.records import ArticleActors
from generator.article.records import Term
from generator.article.signature import NAME_PREFIX
from generator.article.theme_records import ThemeScore
from generator.corpus.records import ThemeArticle, ThemeIndex, ThemeSummary
from generator.corpus.reuse import Reuse
from generator.corpus.terms import document_frequencies, rarity
from generator.knowledge.records import Taxonomy, Theme
from generator.text.order import newest_first
from generator.text.slugs import slugify

MAX_ACTORS = 12
DISCOVER_BELOW = 0.5
TOPIC_TERMS = 10
MIN_ARTICLES = 3
MAX_SHARE = 0.4
MAX_OVERLAP = 0.5
MAX_DISCOVERED = 12
LABEL_TERMS = 3
PHRASES_KEPT = 6


class ThemeItem(NamedTuple):
    """What the theme index needs of one article."""

    slug: str
    title: str
    date: dt.date | None
    scores: tuple[ThemeScore, ...]
    found: ArticleActors
    terms: tuple[Term, ...] = ()


def _newest_first(a: ThemeArticle) -> tuple[int, int, str]:
    return (*newest_first(a.date), a.slug)


def _summary(
    name: str, slug: str, description: str, members: list[ThemeArticle], items: dict[str, ThemeItem],
    discovered: bool = False, phrases: tuple[str, ...] = (),
) -> ThemeSummary:
    founds = [items[m.slug].found.actors for m in members]
    # One count over every member's actors (each once per article), not one update per member.
    actors = Counter(chain.from_iterable({(a.name, a.slug) for a in found} for found in founds))
    mentions: dict[str, int] = {}
    for found in founds:
        for actor, n in {a.name: a.mentions for a in found}.items():
            mentions[actor] = mentions.get(actor, 0) + n
    ranked = sorted(actors.items(), key=lambda kv: (-kv[1], -mentions[kv[0][0]], kv[0][0].casefold()))
    return ThemeSummary(
        name=name,
        slug=slug,
        description=description,
        articles=tuple(sorted(members, key=_newest_first)),
        actors=tuple((n, s, k) for (n, s), k in ranked)[:MAX_ACTORS],
        discovered=discovered,
        phrases=phrases,
    )


def _distinctive(item: ThemeItem, idf: dict[str, float]) -> list[tuple[str, str, float]]:
    words = [(key, label, w * idf[key]) for key, label, w in item.terms if not key.startswith(NAME_PREFIX)]
    return sorted(words, key=lambda t: (-t[2], t[0]))[:TOPIC_TERMS]


def discover(items: Sequence[ThemeItem], taken: set[str]) -> list[ThemeSummary]:
    """Themes found in the articles' shared distinctive terms (see the module's docstring)."""
    if not items or len({i.slug for i in items if i.scores}) >= DISCOVER_BELOW * len(items):
        return []
    idf = rarity(document_frequencies([i.terms for i in items]), len(items))
    df = Counter(key for i in items for key, _, _ in i.terms)
    postings: dict[str, list[str]] = defaultdict(list)
    labels: dict[str, str] = {}
    weight: dict[str, float] = defaultdict(float)
    distinctive: dict[str, list[tuple[str, str, float]]] = {}
    for item in items:
        if item.scores:
            continue
        distinctive[item.slug] = _distinctive(item, idf)
        for key, label, w in distinctive[item.slug]:
            postings[key].append(item.slug)
            labels.setdefault(key, label)
            weight[key] += w

    def order(k: str) -> tuple[int, bool, float, str]:  # most articles, phrases before words, heaviest
        return (-len(postings[k]), " " not in k, -weight[k], k)

    ranked = sorted(
        (k for k, slugs in postings.items() if len(slugs) >= MIN_ARTICLES and df[k] <= MAX_SHARE * len(items)),
        key=order,
    )
    by_slug = {i.slug: i for i in items}
    chosen: list[ThemeSummary] = []
    kept: list[set[str]] = []
    for key in ranked:
        members = set(postings[key])
        if any(len(members & other) > MAX_OVERLAP * len(members) for other in kept):
            continue
        shared = Counter(k for s in members for k, _, _ in distinctive[s] if k != key)
        others = [k for k, n in sorted(shared.items(), key=lambda kv: (-kv[1], order(kv[0])[1:])) if n >= 2]
        others = [k for k in others if not set(k.split()) & set(key.split())]
        label = ", ".join([labels[key], *(labels[k] for k in others[: LABEL_TERMS - 1])])
        phrases = tuple([labels[key], *(labels[k] for k in others)][:PHRASES_KEPT])
        slug = slugify(f"discovered {labels[key]}", fallback="discovered-theme")
        if slug in taken:
            continue
        taken.add(slug)
        articles = []
        for s in sorted(members):
            mine = {k for k, _, _ in distinctive[s]}
            reason = ", ".join(labels[k] for k in [key, *others] if k in mine)
            articles.append(ThemeArticle(s, by_slug[s].title, by_slug[s].date, 0.0, f"shares: {reason}"))
        description = f"Discovered: {len(members)} articles share the terms {', '.join(phrases[:LABEL_TERMS + 1])}."
        chosen.append(_summary(label, slug, description, articles, by_slug, discovered=True, phrases=phrases))
        kept.append(members)
        if len(chosen) == MAX_DISCOVERED:
            break
    return chosen


def build_theme_index(
    items: Iterable[ThemeItem], taxonomy: Taxonomy, reuse: Reuse | None = None, keys: Mapping[str, str] | None = None
) -> ThemeIndex:
    """The corpus-wide theme index: the taxonomy's themes that have articles, then discovered ones.

    With ``reuse`` and ``keys`` (article slug -> its key, ``corpus.reuse``) a taxonomy theme's
    summary is taken from the previous build when its articles are the same, in the same order:
    it is made from them alone (their scores, reasons and actors).
    """
    items = list(items)
    by_slug = {i.slug: i for i in items}
    scored: dict[str, list[tuple[ThemeItem, ThemeScore]]] = defaultdict(list)
    for item in items:
        for s in item.scores:
            scored[s.slug].append((item, s))

    def make(t: Theme) -> ThemeSummary:
        # The reasons are written out only for a summary made now (5,135 of them at 2,000 articles).
        members = [ThemeArticle(item.slug, item.title, item.date, s.score, s.reason) for item, s in scored[t.slug]]
        return _summary(t.name, t.slug, t.description, members, by_slug)

    def summary(t: Theme) -> ThemeSummary:
        if reuse is None or keys is None:
            return make(t)
        inputs = (t.name, t.slug, t.description, tuple(keys[item.slug] for item, _ in scored[t.slug]))
        return reuse.part("theme", inputs, lambda _: make(t))

    themes = [summary(t) for t in taxonomy.themes if scored[t.slug]]
    return ThemeIndex((*themes, *discover(items, {t.slug for t in taxonomy.themes})))
