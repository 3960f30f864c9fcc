"""Corpus-wide stage: unique slugs and ordering (later: actors, themes, related articles).

Everything here works from per-article records and indexes built in one pass; nothing
compares all pairs of articles.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import replace

from generator.article.actors.records import ArticleActors
from generator.article.records import Draft
from generator.corpus.actors import build_actor_index, canonical_names, rename_all, renames
from generator.corpus.event_reuse import Baseline, regroup
from generator.corpus.events import EventInput, group_events
from generator.corpus.records import Article, ArticleEvents, Corpus, EventGroup
from generator.corpus.related import RelatedInput, rank_related
from generator.corpus.reuse import Reuse, digest
from generator.corpus.themes import ThemeItem, build_theme_index
from generator.corpus.timeline import build_timeline, specific_actors
from generator.knowledge import Knowledge
from generator.read.records import Skipped
from generator.settings import Publishing
from generator.text.order import newest_first as by_date
from generator.text.slugs import assign_unique, slugify


def newest_first(article: Article) -> tuple[int, int, str, str]:
    """Sort key: newest first, undated last, then by title and seed for a stable order."""
    return (*by_date(article.meta.date), article.meta.title.casefold(), article.seed)


def redact(draft: Draft) -> Draft:
    """An excerpt-only article's draft: no sentences, quotes or events taken from the body."""
    found = ArticleActors(tuple(replace(a, sentence="", quotes=()) for a in draft.found.actors))
    return replace(draft, found=found, events=(), event_sentences=())


def _with(draft: Draft, found: ArticleActors) -> Draft:
    """``draft`` with the corpus-wide actors: the same object when they are its own (no second copy)."""
    return draft if found is draft.found else replace(draft, found=found)


def _events(articles: list[Article], reuse: Reuse | None, keys: Mapping[str, str] | None) -> tuple[EventGroup, ...]:
    """Same-event groups; with ``reuse``, kept when no article changed, else regrouped from the last baseline.

    The weights use exact counts, so an added or removed article moves every one: the groups of
    the previous build are one part, and ``event_reuse`` proves which groups an added or changed
    article cannot have changed.
    """
    items = sorted(
        (EventInput(a.slug, a.meta.date, a.draft.terms, a.draft.incidents, a.meta.title) for a in articles),
        key=lambda i: i.slug,
    )
    if reuse is None or keys is None:
        return group_events(items)
    carried = reuse.carried("events-baseline")
    baseline = carried if isinstance(carried, Baseline) else None

    def make(_: str) -> tuple[EventGroup, ...]:
        nonlocal baseline
        groups, baseline = regroup(items, keys, baseline)
        return groups

    groups = reuse.part("events", digest(tuple(a.key for a in articles)), make)
    if baseline is not None:
        reuse.carry("events-baseline", baseline.version, baseline)
    return groups


def link(
    drafts: Iterable[Draft],
    skipped: Iterable[Skipped],
    knowledge: Knowledge,
    notes: Iterable[str] = (),
    publishing: Publishing | None = None,
    reuse: Reuse | None = None,
) -> Corpus:
    """Give every draft a unique slug, apply the publishing policy, and build the corpus indexes.

    An excerpt-only article contributes no body sentences to any corpus page (actor pages,
    quotes, timeline, comparisons): only its metadata, actors, themes and links. ``reuse`` gives
    the inputs' digests and the previous build's parts of the actor index and the timeline
    (``corpus.reuse``); without it articles have no key and every part is made.
    """
    publishing = publishing or Publishing()
    drafts = sorted(drafts, key=lambda d: d.seed)
    registry, taxonomy = knowledge.registry, knowledge.taxonomy
    slugs = assign_unique((d.seed, slugify(d.meta.title)) for d in drafts)
    founds = [d.found for d in drafts]
    canonical = canonical_names(founds, registry)
    articles = [
        Article(
            _with(d, found) if mode == "full" else redact(_with(d, found)), slugs[d.seed], mode,
            key=reuse.article_key(d, slugs[d.seed], mode, renames(d.found, canonical)) if reuse else "",
        )
        for d, found in zip(drafts, rename_all(founds, canonical), strict=True)
        for mode in [publishing.mode_for(d.meta.source)]
    ]  # fmt: skip
    keys = {a.slug: a.key for a in articles} if reuse else None
    articles.sort(key=newest_first)
    events = _events(articles, reuse, keys)
    event_of = {slug: group for group in events for slug in group.members}
    together = {slug: frozenset(group.members) - {slug} for slug, group in event_of.items()}
    related = rank_related(
        [
            RelatedInput(a.slug, a.meta.date, tuple((x.name, x.type) for x in d.found.actors), d.themes)
            for a in articles
            for d in [a.draft]
        ],
        together,
        reuse,
        keys,
    )
    # The constructor, not ``replace``, which looks up the fields of every one of them.
    articles = [Article(a.draft, a.slug, a.mode, related[a.slug], event_of.get(a.slug), a.key) for a in articles]
    actor_index = build_actor_index(
        ((a.slug, a.meta.title, a.meta.date, a.draft.found) for a in articles), registry, reuse, keys
    )
    theme_index = build_theme_index(
        (ThemeItem(a.slug, a.meta.title, a.meta.date, a.draft.theme_scores, a.draft.found, a.draft.terms)
         for a in articles),
        taxonomy,
        reuse,
        keys,
    )
    timeline = build_timeline(
        (
            ArticleEvents(a.slug, a.meta.title, a.meta.source, specific_actors(a.draft.found), a.draft.events)
            for a in articles
        ),
        knowledge.languages.calendar_words,
        reuse,
        keys,
    )
    return Corpus(
        articles=tuple(articles),
        timeline=timeline,
        actor_index=actor_index,
        theme_index=theme_index,
        events=events,
        skipped=tuple(sorted(skipped, key=lambda s: s.seed)),
        notes=tuple(sorted(notes)),
    )


def date_range(corpus: Corpus) -> tuple[dt.date, dt.date] | None:
    """Earliest and latest publication date in the corpus, if any article is dated."""
    dates = [a.meta.date for a in corpus.articles if a.meta.date]
    return (min(dates), max(dates)) if dates else None
