"""Actor pages: the index grouped by type, one page per actor, and the actors list of briefing.json."""

from __future__ import annotations

from typing import Any

from generator.actors.corpus import ActorIndex, ActorSummary
from generator.actors.records import ActorType
from generator.order import text_key
from generator.render import escape
from generator.render.text import fmt_date, page, plural

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


# An actor named in thousands of articles would otherwise get a page of megabytes, repeated in
# the search index; the full list is in briefing.json.
MAX_LISTED = 200


def more_note(hidden: int) -> str:
    """The line that says how many older items a capped list leaves out."""
    return f"- *… and {hidden} older article{'s' if hidden != 1 else ''}: the full list is in* `briefing.json`."


def actors_indexpage(index: ActorIndex) -> str:
    """``actors/index.md``: every actor grouped by type, with its article count."""
    sections = ["# Actors"]
    if not index.actors:
        return page("Actors", [*sections, "*No actors found yet.*"])
    sections.append(
        f"{plural(len(index.actors), 'actor')} named in the articles. "
        "Actors marked *discovered* are not in the registry: they were found by how the articles introduce them."
    )
    for kind, heading in _HEADINGS.items():
        group = sorted((a for a in index.actors if a.type is kind), key=lambda a: (-len(a.appearances), a.name))
        if not group:
            continue
        rows = [
            f"- {escape.internal_link(a.name, f'{a.slug}.md')} · {plural(len(a.appearances), 'article')}"
            + (" · *discovered*" if a.discovered else "")
            for a in group
        ]
        sections += [f"## {heading}", "\n".join(rows)]
    return page("Actors", sections)


def _about(actor: ActorSummary, slugs: dict[str, str]) -> list[str]:
    kind = f"**Type:** {escape.inline(actor.type.value)}" + (" · *discovered*" if actor.discovered else "")
    out = [kind, escape.block(actor.description or "Found in the articles; not in the actor registry.")]
    if actor.affiliation:
        target = slugs.get(actor.affiliation)
        label = escape.internal_link(actor.affiliation, f"{target}.md") if target else escape.inline(actor.affiliation)
        out.append(f"**Part of:** {label}")
    names = [escape.inline(s) for s in actor.spellings]
    out += ["## Names", "**In the articles:** " + ", ".join(names)]
    if actor.aliases:  # plain text, so the site search finds this page under every spelling
        out.append("**Also written:** " + ", ".join(escape.inline(a) for a in actor.aliases))
    return out


def actorpage(actor: ActorSummary, slugs: dict[str, str]) -> str:
    """``actors/<slug>.md``; ``slugs`` maps every actor's name to its slug (for links)."""
    sections = [f"# {escape.inline(actor.name)}", *_about(actor, slugs)]
    if actor.roles:
        sections += ["## Roles and titles", "\n".join(f"- {escape.inline(r)}" for r in actor.roles)]
    rows = [
        f"- {escape.inline(fmt_date(a.date))} · {escape.internal_link(a.title, f'../articles/{a.slug}.md')}"
        f" ({plural(a.mentions, 'mention')})" + (f": “{escape.inline(a.sentence)}”" if a.sentence else "")
        for a in actor.appearances[:MAX_LISTED]
    ]
    if len(actor.appearances) > MAX_LISTED:
        rows.append(more_note(len(actor.appearances) - MAX_LISTED))
    sections += ["## Articles", "\n".join(rows)]
    if actor.quotes:
        said = [
            f"- “{escape.inline(q.text)}” — {escape.internal_link(q.title, f'../articles/{q.slug}.md')}"
            f" ({escape.inline(fmt_date(q.date))})"
            for q in actor.quotes
        ]
        sections += ["## What they said", "\n".join(said)]
    if actor.related:
        with_ = [
            f"- {escape.internal_link(name, f'{slugs[name]}.md')} ({plural(n, 'article')} together)"
            for name, n in actor.related
            if name in slugs
        ]
        sections += ["## Mentioned with", "\n".join(with_)]
    return page(actor.name, sections)


def actor_pages(index: ActorIndex) -> dict[str, str]:
    """Every actor file, keyed by path under docs_src."""
    slugs = {a.name: a.slug for a in index.actors}
    pages = {f"actors/{a.slug}.md": actorpage(a, slugs) for a in index.actors}
    pages["actors/index.md"] = actors_indexpage(index)
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
