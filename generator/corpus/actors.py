"""Corpus-wide actors: discovered names merged across articles, and the index actor pages are made from."""

from __future__ import annotations

import datetime as dt
import heapq
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from functools import partial
from itertools import chain
from operator import itemgetter

from generator.article.actors.records import ArticleActors, FoundActor
from generator.corpus.records import ActorIndex, ActorSummary, Appearance, SaidQuote
from generator.corpus.reuse import Reuse
from generator.knowledge.registry_index import PARTICLES, Registry
from generator.text.order import newest_first, text_key
from generator.text.tokens import fold_phrase, translit

ArticleItem = tuple[str, str, dt.date | None, ArticleActors]  # slug, title, date, actors
MAX_RELATED = 10
_FIRST = itemgetter(0)  # a row's article item; an item's slug


def _key(name: str) -> tuple[str, ...]:
    """Two discovered names are one actor when their words are alike after transliteration (no edit distance)."""
    return tuple(translit(w) for w in fold_phrase(name) if w not in PARTICLES)


def merge_discovered(results: Sequence[ArticleActors], registry: Registry) -> tuple[ArticleActors, ...]:
    """One spelling and slug per discovered actor across the corpus: the same words after transliteration.

    A lone surname is not joined to a full name found in another article: that needs the full name in
    the same article (``find._local``), else "Smith" would join whichever Smith the corpus met first.
    """
    return rename_all(results, canonical_names(results, registry))


def canonical_names(results: Sequence[ArticleActors], registry: Registry) -> dict[str, tuple[str, str]]:
    """Each discovered name's corpus-wide (name, slug): see ``merge_discovered``."""
    weight: Counter[str] = Counter()
    groups: dict[tuple[str, ...], set[str]] = defaultdict(set)
    first_slug: dict[str, str] = {}  # the slug of each name where the corpus first met it
    keyed: dict[str, tuple[str, ...]] = {}  # each name's key, made once (5,621 discovered mentions at 2,000 articles)
    for result in results:
        for a in result.actors:
            first_slug.setdefault(a.name, a.slug)
            if a.discovered:
                weight[a.name] += a.mentions
                key = keyed.get(a.name)
                if key is None:
                    key = keyed[a.name] = _key(a.name)
                groups[key].add(a.name)
    taken = {e.slug for e in registry.entries}
    canonical: dict[str, tuple[str, str]] = {}
    for _, names in sorted(groups.items(), key=lambda kv: sorted(kv[1])):
        best = sorted(names, key=lambda n: (-weight[n], -len(n), n))[0]
        slug = base = first_slug[best]
        n = 2
        while slug in taken:
            slug, n = f"{base}-{n}", n + 1
        taken.add(slug)
        canonical.update({name: (best, slug) for name in names})
    return canonical


def renames(result: ArticleActors, canonical: dict[str, tuple[str, str]]) -> tuple[tuple[str, str, str], ...]:
    """(name, corpus-wide name, slug) of the article's discovered actors whose name or slug the corpus changes.

    With its draft these fix the article's actors after ``merge_discovered`` (``corpus.reuse``).
    """
    out = []
    for a in result.actors:
        if a.discovered and (new := canonical.get(a.name, (a.name, a.slug))) != (a.name, a.slug):
            out.append((a.name, *new))
    return tuple(out)


def rename_all(results: Sequence[ArticleActors], canonical: dict[str, tuple[str, str]]) -> tuple[ArticleActors, ...]:
    """``merge_discovered`` with the names ``canonical_names`` gave."""
    return tuple(_rename(r, canonical) for r in results)


def _rename(result: ArticleActors, canonical: dict[str, tuple[str, str]]) -> ArticleActors:
    """The article's actors under their canonical names; the same object when no name changes.

    Most actors keep their name: they are reused, not copied (copying every actor of every article
    cost 2 s of a 3,000-article rerun and a second copy of the actors in memory).
    """
    merged: dict[str, FoundActor] = {}
    changed = False
    for a in result.actors:
        name, slug = canonical.get(a.name, (a.name, a.slug)) if a.discovered else (a.name, a.slug)
        if name == a.name and slug == a.slug and a.quoted_as_itself():
            new, quotes = a, None  # its own quotes, read only if it is merged (a kept actor's may not be loaded)
        else:
            quotes = tuple(replace(q, speaker=name) for q in a.quotes)
            new, changed = replace(a, name=name, slug=slug, quotes=quotes), True
        if (old := merged.get(name)) is not None:
            changed = True
            new = replace(
                old,
                mentions=old.mentions + a.mentions,
                spellings=tuple(sorted({*old.spellings, *a.spellings})),
                roles=old.roles + tuple(r for r in a.roles if r not in old.roles),
                quotes=old.quotes + (a.quotes if quotes is None else quotes),
                evidence=tuple(sorted({*old.evidence, *a.evidence})),
            )
        merged[name] = new
    return ArticleActors(tuple(merged.values())) if changed else result


def build_actor_index(
    items: Iterable[ArticleItem], registry: Registry, reuse: Reuse | None = None, keys: Mapping[str, str] | None = None
) -> ActorIndex:
    """The corpus-wide actor index, built in one pass over per-article results.

    With ``reuse`` and ``keys`` (article slug -> its key, ``corpus.reuse``) an actor's summary is
    taken from the previous build when the articles that name it are the same, in the same order:
    it is made from them alone (their actors give the ones it is named with).
    """
    found: dict[str, list[tuple[ArticleItem, FoundActor]]] = defaultdict(list)
    for item in items:
        for a in item[3].actors:
            found[a.name].append((item, a))
    ordered = sorted(found.items(), key=lambda kv: (kv[0].casefold(), kv[0]))
    names: dict[str, frozenset[str]] = {}  # each article's actor names, made once for every summary it is in
    if reuse is None or keys is None:
        return ActorIndex(tuple(_summary(name, rows, registry, "", names) for name, rows in ordered))
    # The keys of the articles in an actor's rows, looked up without a Python step per row (188,000 rows at
    # 10,000 synthetic articles): ``keys[row[0][0]]`` for each row, the same tuple.
    key_of = keys.__getitem__
    return ActorIndex(tuple(
        reuse.part(
            "actor", (name, tuple(map(key_of, map(_FIRST, map(_FIRST, rows))))),
            partial(_summary, name, rows, registry, names=names),
        )
        for name, rows in ordered
    ))  # fmt: skip


def _named_with(
    name: str, rows: list[tuple[ArticleItem, FoundActor]], names: dict[str, frozenset[str]]
) -> list[tuple[str, int]]:
    """(other actor, articles naming both) for every actor named in an article with ``name``.

    ``names`` keeps each article's actor names (by slug) for the other summaries of the same build.
    """
    named: list[frozenset[str]] = []
    last: ArticleItem | None = None
    for item, _ in rows:
        if item is not last:  # an article's rows are consecutive: it counts once, whichever actor brought it
            last = item
            mine = names.get(item[0])
            if mine is None:
                mine = names[item[0]] = frozenset(a.name for a in item[3].actors)
            named.append(mine)
    counts = Counter(chain.from_iterable(named))  # one count, not one update per article
    counts.pop(name, None)
    return list(counts.items())


def _summary(
    name: str, rows: list[tuple[ArticleItem, FoundActor]], registry: Registry, key: str,
    names: dict[str, frozenset[str]],
) -> ActorSummary:
    entry = registry.entry(name)
    related = _named_with(name, rows, names)
    first = rows[0][1]
    # Newest first, undated last, then by slug: the order of roles, appearances and quotes alike, so
    # the rows are sorted once (a stable sort: an article's quotes keep their order).
    ordered = sorted(rows, key=lambda r: (*newest_first(r[0][2]), r[0][0]))
    roles: list[str] = []
    known: set[str] = set()  # the roles taken from the articles before this one, case-folded
    for _, a in ordered:
        if a.roles:
            roles += [r for r in a.roles if r.casefold() not in known]
            known.update(r.casefold() for r in roles)
    apps = tuple(Appearance(it[0], it[1], it[2], a.sentence, a.mentions) for it, a in ordered)
    quotes = tuple(
        SaidQuote(q.text, it[0], it[1], it[2], q.context, a.roles[0] if a.roles else "")
        for it, a in ordered
        for q in a.quotes
    )
    return ActorSummary(
        name=name,
        slug=first.slug,
        type=first.type,
        discovered=entry is None,
        description=entry.description if entry else None,
        affiliation=entry.affiliation if entry else None,
        aliases=tuple(sorted({al.text for al in entry.aliases} if entry else set(), key=text_key)),
        spellings=tuple(sorted({s for _, a in rows for s in a.spellings}, key=text_key)),
        appearances=apps,
        roles=tuple(roles),
        quotes=quotes,
        related=tuple(heapq.nsmallest(MAX_RELATED, related, key=lambda r: (-r[1], *text_key(r[0])))),  # = sorted()[:k]
        key=key,
    )
