"""Actor pages: the index grouped by type, one page per actor (its article list paged), and briefing.json's actors."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import partial
from typing import Any

from generator.corpus.records import ActorIndex, ActorSummary, Appearance
from generator.knowledge.records import ActorType
from generator.render import escape, keyed, limits, paging
from generator.render.listing import one_line
from generator.render.quotes import Said, attribution, quoted, speaker_pages
from generator.render.text import clip, fmt_date, page, plural
from generator.text.order import text_key

_HEADINGS = {
    ActorType.COUNTRY: "Countries",
    ActorType.REGIONAL_GOVERNMENT: "Regional governments",
    ActorType.INTERNATIONAL_ORGANISATION: "International organisations",
    ActorType.GOVERNMENT_BODY: "Government bodies",
    ActorType.ARMED_FORCES: "Armed forces",
    ActorType.ARMED_GROUP: "Armed groups and militias",
    ActorType.POLITICAL_PARTY: "Political parties and blocs",
    ActorType.COMPANY: "Companies",
    ActorType.PERSON: "People",
    ActorType.MEDIA_OUTLET: "Media outlets",
    ActorType.ORGANISATION: "Other organisations",
}


def _type_path(kind: ActorType) -> str:
    """``actors/types/<type>.md``: the full list of one type (a word, so never a continuation page)."""
    return f"actors/types/{kind.value.replace(' ', '-')}.md"


def _index_row(actor: ActorSummary, target: str) -> str:
    """The actor, its number of articles and, on one line, who it is (its description)."""
    line = f"- {escape.internal_link(actor.name, target)} · {plural(len(actor.appearances), 'article')}" + (
        " · *discovered*" if actor.discovered else ""
    )
    if actor.description:
        line += f" — {one_line(actor.description, limits.DESCRIPTION_ON_LIST)}"
    return line


def actors_indexpage(index: ActorIndex) -> dict[str, str]:
    """``actors/index.md``: the most-covered actors of each type; a type with more has its own full list."""
    sections = ["# Actors"]
    if not index.actors:
        return {"actors/index.md": page("Actors", [*sections, "*No actors found yet.*"])}
    sections.append(
        f"{plural(len(index.actors), 'actor')} named in the articles. "
        "Actors marked *discovered* are not in the registry: they were found by how the articles introduce them."
    )
    pages: dict[str, str] = {}
    for kind, heading in _HEADINGS.items():
        group = sorted((a for a in index.actors if a.type is kind), key=lambda a: (-len(a.appearances), a.name))
        if not group:
            continue
        rows = [_index_row(a, f"{a.slug}.md") for a in group[:limits.ACTORS_PER_TYPE_ON_INDEX]]
        if len(group) > limits.ACTORS_PER_TYPE_ON_INDEX:
            target = paging.relative("actors/index.md", _type_path(kind))
            rows.append(f"- *{escape.internal_link(f'All {len(group):,} {heading.lower()}, by name', target)}*")
            pages.update(_type_pages(kind, heading, group))
        sections += [f"## {heading}", "\n".join(rows)]
    pages["actors/index.md"] = page("Actors", sections)
    return pages


def _type_pages(kind: ActorType, heading: str, group: list[ActorSummary]) -> dict[str, str]:
    by_name = sorted(group, key=lambda a: text_key(a.name))
    return paging.paged(
        _type_path(kind),
        f"Actors: {heading}",
        by_name,
        limits.ACTORS_PER_PAGE,
        lambda part: "\n".join(_index_row(a, part.link(f"actors/{a.slug}.md")) for a in part.items),
        key=lambda a: a.slug,
        describe=lambda shown: paging.between(shown[0].name, shown[-1].name),
        head=[f"# {heading}", f"All {len(group):,} {heading.lower()} named in the articles, by name."],
        noun=heading,
        shows=lambda part: tuple(_index_shows(a) for a in part.items),
    )


def _index_shows(actor: ActorSummary) -> tuple[object, ...]:
    """What ``_index_row`` shows of an actor."""
    return actor.name, actor.slug, len(actor.appearances), actor.discovered, actor.description


def _about(actor: ActorSummary, slugs: dict[str, str]) -> list[str]:
    kind = f"**Type:** {escape.inline(actor.type.value)}" + (" · *discovered*" if actor.discovered else "")
    out = [kind, escape.block(actor.description or "Found in the articles; not in the actor registry.")]
    if actor.affiliation:
        target = slugs.get(actor.affiliation)
        label = escape.internal_link(actor.affiliation, f"{target}.md") if target else escape.inline(actor.affiliation)
        out.append(f"**Part of:** {label}")
    out += [names_heading(actor), "**In the articles:** " + ", ".join(escape.inline(s) for s in actor.spellings)]
    return out


def names_heading(actor: ActorSummary) -> str:
    """``## Also written: …`` with every other spelling: a heading, so the site search ranks this page
    first for any of them (Material's search weighs a heading like a title, a thousand times the text)."""
    seen = {actor.name.casefold()}
    others = []
    for name in sorted({*actor.aliases, *actor.spellings}, key=text_key):
        if name.casefold() not in seen:
            seen.add(name.casefold())
            others.append(name)
    if not others:
        return "## Names"
    return "## Also written: " + ", ".join(escape.inline(n) for n in others)


def _roles(actor: ActorSummary) -> list[str]:
    if not actor.roles:
        return []
    rows = [f"- {escape.inline(r)}" for r in actor.roles[:limits.ROLES_ON_ACTOR_PAGE]]
    if len(actor.roles) > limits.ROLES_ON_ACTOR_PAGE:
        rows.append(f"- *… and {len(actor.roles) - limits.ROLES_ON_ACTOR_PAGE:,} more*")
    return ["## Roles and titles", "\n".join(rows)]


def _quotes(actor: ActorSummary, quotes_at: str | None) -> list[str]:
    if not actor.quotes:
        return []
    here = f"actors/{actor.slug}.md"
    said = [
        f"- {quoted(q)}{attribution(q, escape.internal_link(q.title, f'../articles/{q.slug}.md'))}"
        for q in actor.quotes[:limits.QUOTES_ON_ACTOR_PAGE]
    ]
    hidden = len(actor.quotes) - limits.QUOTES_ON_ACTOR_PAGE
    if hidden > 0 and quotes_at:
        more = escape.internal_link("the quotes pages", paging.relative(here, quotes_at))
        said.append(f"- *… and {hidden:,} older: all {len(actor.quotes):,} are on {more}.*")
    return ["## What they said", "\n".join(said)]


def _appearance(a: Appearance, part: paging.Part[Appearance]) -> str:
    return (
        f"- {escape.inline(fmt_date(a.date))} · {escape.internal_link(a.title, part.link(f'articles/{a.slug}.md'))}"
        f" ({plural(a.mentions, 'mention')})"
        + (f": “{escape.inline(clip(a.sentence, limits.MAX_ON_LIST))}”" if a.sentence else "")
    )


def actorpage(
    actor: ActorSummary,
    slugs: dict[str, str],
    quotes_at: str | None = None,
    light: bool = False,
    keys: Mapping[str, str] | None = None,
) -> dict[str, str]:
    """``actors/<slug>.md`` and the pages its article list continues on.

    The first page keeps everything but the older articles: description, every spelling (so
    search finds the page as "Hizbollah"), roles, newest quotes and who the actor is named with.
    ``slugs`` maps every actor's name to its slug; ``quotes_at`` is the quotes page where the
    actor's quotes start. With a ``light`` search index only the head (names, aliases, roles)
    is indexed. ``keys`` (article slug -> its key, ``corpus.reuse``) key each page by its articles.
    """
    tail = _quotes(actor, quotes_at)
    if actor.related:
        with_ = [
            f"- {escape.internal_link(name, f'{slugs[name]}.md')} ({plural(n, 'article')} together)"
            for name, n in actor.related
            if name in slugs
        ]
        tail += ["## Mentioned with", "\n".join(with_)]
    return paging.paged(
        f"actors/{actor.slug}.md",
        actor.name,
        actor.appearances,
        limits.APPEARANCES_PER_PAGE,
        lambda part: "\n".join(_appearance(a, part) for a in part.items),
        key=lambda a: a.slug,
        describe=lambda shown: paging.between(fmt_date(shown[0].date), fmt_date(shown[-1].date)),
        head=[f"# {escape.inline(actor.name)}", *_about(actor, slugs), *_roles(actor)],
        tail=tail,
        heading="## Articles",
        noun="Articles",
        list_searchable=not light,
        shows=lambda part: _part_shows(part.items, keys or {}),
    )


def _part_shows(items: Sequence[Appearance], keys: Mapping[str, str]) -> tuple[object, ...]:
    """What one page of an actor's list shows: each appearance stood for by its article's key.

    The article's key fixes its record, so the sentence and mention count it gives the actor on
    the page (the page's path names the actor), without the ``repr`` of every appearance. Keyed
    by its own articles, not by the whole summary's key, a page is rendered again when its
    articles changed, not whenever the actor gained an article on another page.
    """
    return tuple(keys.get(a.slug) or a for a in items)


def _list_inputs(actor: ActorSummary, slugs: dict[str, str], quotes_at: str | None, light: bool) -> object:
    """Everything an actor's pages show (``keyed.unchanged``): its summary's key fixes the summary, and
    the rest is the slugs it links and where its quotes start."""
    return (
        actor.key,
        light,
        quotes_at,
        slugs.get(actor.affiliation) if actor.affiliation else None,
        tuple(slugs.get(name) for name, _ in actor.related),
    )


def actor_pages(
    index: ActorIndex,
    light: bool = False,
    keys: Mapping[str, str] | None = None,
    quotes: Sequence[paging.Part[Said]] | None = None,
) -> dict[str, str]:
    """Every actor file, keyed by path under docs_src (``light``, ``keys``: see ``actorpage``; ``quotes``:
    the quotes pages' parts, ``quote_parts``, when the caller has them).

    Under a build's session an actor whose inputs are unchanged (``_list_inputs``) keeps its pages
    without being rendered (``keyed.unchanged``); an actor without a summary key is always rendered.
    """
    slugs = {a.name: a.slug for a in index.actors}
    quotes_at = speaker_pages(index, quotes)
    pages = actors_indexpage(index)
    for a in index.actors:
        at = quotes_at.get(a.name)
        if a.key and keyed.unchanged(f"actors/{a.slug}.md", partial(_list_inputs, a, slugs, at, light)):
            continue
        pages.update(actorpage(a, slugs, at, light, keys))
    return dict(sorted(pages.items()))


def actors_export(index: ActorIndex) -> list[dict[str, Any]]:
    """The ``actors`` list of briefing.json (plain values; the JSON writer escapes them)."""
    return [
        {
            "name": a.name,
            "slug": a.slug,
            "type": a.type.value,
            "aliases": sorted({*a.aliases, *a.spellings}, key=text_key),
            "description": a.description,
            "articles": [ap.slug for ap in a.appearances],
            "discovered": a.discovered,
        }
        for a in index.actors
    ]
