"""Corpus-wide stage: unique slugs and ordering (later: actors, themes, related articles).

Everything here works from per-article records and indexes built in one pass; nothing
compares all pairs of articles.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from generator.link.slugs import assign_unique, slugify
from generator.records import Article, Corpus, Draft, Skipped


def newest_first(article: Article) -> tuple[int, int, str, str]:
    """Sort key: newest first, undated last, then by title and seed for a stable order."""
    date = article.meta.date
    ordinal = -date.toordinal() if date else 0
    return (0 if date else 1, ordinal, article.meta.title.casefold(), article.seed)


def link(drafts: Iterable[Draft], skipped: Iterable[Skipped], notes: Iterable[str] = ()) -> Corpus:
    """Give every draft a unique slug and order the corpus."""
    drafts = list(drafts)
    slugs = assign_unique((d.seed, slugify(d.meta.title)) for d in drafts)
    articles = [
        Article(
            seed=d.seed,
            slug=slugs[d.seed],
            meta=d.meta,
            cleaned=d.cleaned,
            word_count=d.word_count,
            truncated=d.truncated,
        )
        for d in drafts
    ]
    articles.sort(key=newest_first)
    return Corpus(
        articles=tuple(articles),
        skipped=tuple(sorted(skipped, key=lambda s: s.seed)),
        notes=tuple(sorted(notes)),
    )


def date_range(corpus: Corpus) -> tuple[dt.date, dt.date] | None:
    """Earliest and latest publication date in the corpus, if any article is dated."""
    dates = [a.meta.date for a in corpus.articles if a.meta.date]
    return (min(dates), max(dates)) if dates else None
