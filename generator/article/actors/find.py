"""One article's actors: registry matches, then discovered names, then surnames; with roles and quotes."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from generator.article.actors.context import (
    defined_acronyms,
    first_seen,
    guarded_mentions,
    initials,
    key_table,
    scan,
    short_mentions,
)
from generator.article.actors.discover import Found, discover
from generator.article.actors.guards import dateline_tokens, not_the_place
from generator.article.actors.match import (
    ACRONYM,
    DISCOVERED,
    FORENAMES,
    SURNAME,
    Mention,
    Occupancy,
    candidates,
    registry_mentions,
)
from generator.article.actors.quotes import find_quotes
from generator.article.actors.records import ArticleActors, FoundActor, Location, Quote
from generator.article.actors.roles import after_role, before_role
from generator.article.items import Item, items_of
from generator.article.records import Cleaned
from generator.knowledge.records import ActorType, Lexicon
from generator.knowledge.registry_index import Pattern, Registry, surnames
from generator.text.slugs import slugify
from generator.text.tokens import translit

MAX_ROLES = 6


def _local(found: Sequence[Found], items: Sequence[Item], registry: Registry
           ) -> tuple[list[str], dict[str, ActorType], list[Mention]]:
    """Discovered names merged within the article (same folded words; a lone surname joins its full name)."""
    by_words: dict[tuple[str, ...], str] = {}
    kinds: dict[str, ActorType] = {}
    mentions: list[Mention] = []
    for f in found:
        words = tuple(t.folded for t in items[f.item].tokens[f.first : f.last])
        key = by_words.setdefault(words, f.name)
        kinds.setdefault(key, f.type)
        toks = items[f.item].tokens
        mentions.append(Mention(f.item, f.first, f.last, toks[f.first].start, toks[f.last - 1].end, key, f.name,
                                DISCOVERED))
    remap = _short_forms(by_words, kinds)
    mentions = [replace(m, key=remap[m.key][0], basis=remap[m.key][1]) if m.key in remap else m for m in mentions]
    names = sorted(k for k in kinds if k not in remap)
    return names, {k: kinds[k] for k in names}, mentions


def _short_forms(by_words: dict[tuple[str, ...], str], kinds: dict[str, ActorType]) -> dict[str, tuple[str, str]]:
    """Discovered names that are short forms of one longer name in the same article, with the evidence.

    A lone surname ("Roe" after "Jane Roe"), first names ("Maria Elena" and "Maria Elena Vasquez"), and
    an organisation's initials ("ILWU" and "International Longshore and Warehouse Union"); a short form
    that fits two longer names stays as written.
    """
    ends: dict[tuple[str, ...], set[str]] = defaultdict(set)  # indexes, not all pairs: hostile pages name thousands
    starts: dict[tuple[str, ...], set[str]] = defaultdict(set)
    spelled: dict[str, set[str]] = defaultdict(set)
    for words, key in by_words.items():
        if kinds[key] is ActorType.PERSON and len(words) >= 2:
            ends[words[-1:]].add(key)
            for n in range(1, len(words)):
                starts[words[:n]].add(key)
        elif kinds[key] is not ActorType.PERSON and (acronym := initials(words)) and len(words) >= 2:
            spelled[acronym].add(key)
    out: dict[str, tuple[str, str]] = {}
    for words, key in by_words.items():
        single = len(words) == 1
        for longer, basis in (
            (ends.get(words, set()) if single else set(), SURNAME),
            (starts.get(words, set()) if kinds[key] is ActorType.PERSON else set(), FORENAMES),
            (spelled.get(words[0], set()) if single else set(), ACRONYM),
        ):
            if longer:
                if len(longer) == 1:
                    out[key] = (next(iter(longer)), basis)
                break
    for key, (target, basis) in list(out.items()):  # "Roe" -> "Jane Roe" -> "Jane Roe Smith"
        while target in out:
            target = out[target][0]
        out[key] = (target, basis)
    return out


def _local_patterns(names: Sequence[str], kinds: dict[str, ActorType], offset: int,
                    items: Sequence[Item], mentions: Sequence[Mention]) -> tuple[list[Pattern], list[Pattern]]:
    """Full-name and surname patterns for the article's discovered names."""
    spelled = {m.key: tuple(t.folded for t in items[m.item].tokens[m.first : m.last]) for m in mentions}
    full: list[Pattern] = []
    short: list[Pattern] = []
    for n, name in enumerate(names):
        words = spelled.get(name, ())
        if not words:
            continue
        sounds = tuple(translit(w) for w in words)
        full.append(Pattern(words, sounds, offset + n, name, upper=False, capital=True))
        if kinds[name] is not ActorType.PERSON and len(words) >= 3 and (acronym := initials(words)):
            full.append(Pattern((acronym,), (acronym,), offset + n, acronym.upper(), upper=True, capital=True))
        if kinds[name] is ActorType.PERSON:
            short += [Pattern(s, tuple(translit(w) for w in s), offset + n, " ".join(s), False, False)
                      for s in surnames(words)]
    return full, short


def _roles(key: str, ms: Sequence[Mention], items: Sequence[Item], lex: Lexicon) -> tuple[str, ...]:
    out: list[str] = []
    for m in ms:
        for role in (before_role(items[m.item], m.first, lex), after_role(items[m.item], m.end, lex)):
            if role and role.casefold() not in {r.casefold() for r in out} and role != key:
                out.append(role)
    return tuple(out[:MAX_ROLES])


def _actor(key: str, ms: list[Mention], kind: ActorType, slug: str, discovered: bool, items: Sequence[Item],
           quotes: Sequence[Quote], lex: Lexicon) -> FoundActor:
    ms.sort(key=lambda m: m.order)
    first = ms[0]
    item = items[first.item]
    return FoundActor(
        name=key,
        slug=slug,
        type=kind,
        discovered=discovered,
        mentions=len(ms),
        spellings=tuple(sorted({" ".join(m.text.split()) for m in ms})),
        first=Location(item.block, item.item, first.start, first.end),
        sentence=" ".join(item.sentence(first.start).split()),
        roles=_roles(key, ms, items, lex) if kind is ActorType.PERSON else (),
        quotes=tuple(q for q in quotes if q.speaker == key),
        evidence=tuple(sorted({m.basis for m in ms})),
    )


def find_actors(cleaned: Cleaned, registry: Registry, language: str = "en") -> ArticleActors:
    """Every actor of the article, in order of first mention (pure and deterministic).

    ``language``: the article's language (ISO 639-1 or "und"); its words are added to the English ones
    (``Lexicon.for_language``).
    """
    lex = registry.lexicon.for_language(language)
    items = items_of(cleaned)
    occ = Occupancy(items)
    for it, first, last in dateline_tokens(items):
        occ.take(it, first, last)
    names = [e.name for e in registry.entries]
    registry_kinds = {e.name: e.type for e in registry.entries}
    mentions = not_the_place(items, registry_mentions(items, registry, occ), registry_kinds, lex, occ)
    defs = defined_acronyms(items, mentions)
    mentions += guarded_mentions(items, occ, registry.guarded, names, defs, first_seen(mentions))
    found = discover(items, occ, lex, registry.place_names)
    for f in found:
        occ.take(f.item, f.first, f.last)
    local_names, local_kinds, found_mentions = _local(found, items, registry)
    mentions += found_mentions
    full, short = _local_patterns(local_names, local_kinds, len(names), items, found_mentions)
    all_names = names + local_names
    exact: dict[str, tuple[Pattern, ...]] = {}
    for p in full:
        exact[p.tokens[0]] = (*exact.get(p.tokens[0], ()), p)
    keyed = key_table(full)
    mentions += scan(items, occ, lambda item, it, i: next(
        ((len(p.tokens), all_names[p.entry], ACRONYM if p.upper else basis)
         for p, basis in candidates(item, i, exact, keyed)), None), exact, keyed)
    titles = lex.title_words
    shorts = dict(registry.short)
    for key, pats in key_table(short).items():
        shorts[key] = shorts.get(key, ()) + pats
    mentions += short_mentions(items, occ, shorts, all_names, first_seen(mentions), titles)
    kinds = registry_kinds | local_kinds
    quotes = find_quotes(items, mentions, kinds, lex)
    grouped: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        grouped[m.key].append(m)
    slugs = {e.name: e.slug for e in registry.entries}
    actors = [
        _actor(key, ms, kinds[key], slugs.get(key) or slugify(key, fallback="actor"), key not in slugs,
               items, quotes, lex)
        for key, ms in grouped.items()
    ]
    actors.sort(key=lambda a: (a.first.block, a.first.item, a.first.start, a.name))
    return ArticleActors(tuple(actors))
