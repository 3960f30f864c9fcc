"""Same-event comparison pages: one column per outlet with its headline, date, claims and spellings."""

from __future__ import annotations

import re
from collections import Counter

from generator.corpus.records import Article, Corpus, EventGroup
from generator.knowledge.incidents import IncidentVocabulary
from generator.render import escape, limits, paging
from generator.render.text import clip, fmt_date
from generator.text.order import text_key

MAX_CLAIMS = 4


def short_date(article: Article) -> str:
    """``8 Feb 2024`` or ``undated``."""
    date = article.meta.date
    return f"{date.day} {date:%b %Y}" if date else "undated"


def outlet(article: Article) -> str:
    """The outlet's name, or the article's title when the source is unknown."""
    return article.meta.source or article.meta.title


def claims(article: Article, names: set[str], pattern: re.Pattern[str] | None) -> list[str]:
    """Sentences with figures about the event: naming a shared actor or the incident (at most ``MAX_CLAIMS``).

    None for an excerpt-only article: its body stays out of the site.
    """
    if article.mode != "full":
        return []
    spellings = [s.casefold() for a in article.draft.found.actors if a.name in names for s in a.spellings]
    out: list[str] = []
    for sentence in article.draft.figures:  # the body's sentences with a figure, kept per article
        folded = sentence.casefold()
        if any(s in folded for s in spellings) or (pattern is not None and pattern.search(sentence)):
            out.append(sentence)
    return out[:MAX_CLAIMS]


def specific(article: Article) -> set[str]:
    """Actors that are not countries: the names whose spelling differs between outlets."""
    return {a.name for a in article.draft.found.actors if a.type.value != "country"}


def _cell(items: list[str]) -> str:
    return "<br>".join(escape.inline(i) for i in items) or "—"


def _table(part: paging.Part[Article], shared: set[str], pattern: re.Pattern[str] | None) -> str:
    """The comparison table of one page of reports: one column per outlet."""
    members = part.items
    head = "| | " + " | ".join(escape.inline(outlet(m)) for m in members) + " |"
    rows = [
        head,
        "|---" * (len(members) + 1) + "|",
        "| Headline | "
        + " | ".join(escape.internal_link(m.meta.title, part.link(f"articles/{m.slug}.md")) for m in members)
        + " |",
        "| Date | " + " | ".join(escape.inline(fmt_date(m.meta.date)) for m in members) + " |",
        "| Key claims and figures | "
        + " | ".join(_cell([clip(c) for c in claims(m, shared, pattern)]) for m in members)
        + " |",
        "| Names as spelled | "
        + " | ".join(
            _cell(sorted({s for a in m.draft.found.actors if a.name in shared for s in a.spellings}, key=text_key))
            for m in members
        )
        + " |",
    ]
    return "\n".join(rows)


def _title(group: EventGroup) -> str:
    return clip(f"{group.family.capitalize()}: {', '.join(group.participants)}", limits.EVENT_TITLE_MAX)


def event_page(
    group: EventGroup, members: list[Article], incidents: IncidentVocabulary, searchable: bool = True
) -> dict[str, str]:
    """The comparison page of one event, ``limits.OUTLETS_ON_EVENT_PAGE`` columns to a page."""
    counts = Counter(name for m in members for name in specific(m))
    shared = {name for name, n in counts.items() if n >= 2}
    title = _title(group)
    intro = (
        f"{len(members)} reports of one event, grouped because they name the same participant "
        f"({escape.inline(clip(', '.join(group.participants)))}) next to the same kind of incident "
        f"({escape.inline(group.family)}) at compatible dates. Outlets may disagree: compare their figures."
    )
    return paging.paged(
        f"events/{group.slug}.md",
        title,
        members,
        limits.OUTLETS_ON_EVENT_PAGE,
        lambda part: _table(part, shared, incidents.pattern(group.family)),
        head=[f"# {escape.inline(title)}", intro],
        noun="Reports",
        searchable=searchable,
    )


def event_pages(corpus: Corpus, incidents: IncidentVocabulary, light: bool = False) -> dict[str, str]:
    """``events/<slug>.md`` for every group, and ``events/index.md`` (both paged when long).

    With a ``light`` search index they are all left out of it: they list what the articles say.
    """
    by_slug = {a.slug: a for a in corpus.articles}
    pages: dict[str, str] = {}
    for group in corpus.events:
        pages.update(event_page(group, [by_slug[s] for s in group.members], incidents, searchable=not light))

    def line(group: EventGroup, part: paging.Part[EventGroup]) -> str:
        members = [by_slug[s] for s in group.members]
        outlets = ", ".join(f"{outlet(m)} ({short_date(m)})" for m in members[:limits.OUTLETS_ON_EVENT_PAGE])
        if len(members) > limits.OUTLETS_ON_EVENT_PAGE:
            outlets += f" and {len(members) - limits.OUTLETS_ON_EVENT_PAGE} more"
        link = escape.internal_link(_title(group), part.link(f"events/{group.slug}.md"))
        return f"- {link} · {escape.inline(outlets)}"

    pages.update(
        paging.paged(
            "events/index.md",
            "Same-event coverage",
            corpus.events,
            limits.EVENTS_PER_PAGE,
            lambda part: "\n".join(line(g, part) for g in part.items),
            head=["# Same-event coverage"],
            noun="Events",
            empty="*No event is reported by more than one article yet.*",
            searchable=not light,
        )
    )
    return pages
