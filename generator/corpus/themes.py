"""Corpus-wide themes: each theme's articles (newest first) with their evidence, and its main actors."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable

from generator.article.actors.records import ArticleActors
from generator.article.theme_records import ThemeScore
from generator.corpus.records import ThemeArticle, ThemeIndex, ThemeSummary
from generator.knowledge.records import Taxonomy
from generator.text.order import newest_first

ThemeItem = tuple[str, str, dt.date | None, tuple[ThemeScore, ...], ArticleActors]  # slug, title, date, ...
MAX_ACTORS = 12


def _newest_first(a: ThemeArticle) -> tuple[int, int, str]:
    return (*newest_first(a.date), a.slug)


def build_theme_index(items: Iterable[ThemeItem], taxonomy: Taxonomy) -> ThemeIndex:
    """The corpus-wide theme index, in one pass over per-article results."""
    articles: dict[str, list[ThemeArticle]] = defaultdict(list)
    actors: dict[str, Counter[tuple[str, str]]] = defaultdict(Counter)
    mentions: dict[str, Counter[str]] = defaultdict(Counter)
    for slug, title, date, scores, found in items:
        for s in scores:
            articles[s.slug].append(ThemeArticle(slug, title, date, s.score, s.reason))
            actors[s.slug].update({(a.name, a.slug) for a in found.actors})
            mentions[s.slug].update({a.name: a.mentions for a in found.actors})
    return ThemeIndex(tuple(
        ThemeSummary(
            name=t.name,
            slug=t.slug,
            description=t.description,
            articles=tuple(sorted(articles[t.slug], key=_newest_first)),
            actors=tuple(
                (name, slug, n)
                for (name, slug), n in sorted(
                    actors[t.slug].items(),
                    key=lambda kv: (-kv[1], -mentions[t.slug][kv[0][0]], kv[0][0].casefold()),
                )
            )[:MAX_ACTORS],
        )
        for t in taxonomy.themes
    ))
