"""The home page: what the briefing is about, the period it covers, and where to start reading.

Top to bottom: the site's name and description (``mkdocs.yml``) and the owner's intro
(``intro.md`` in the data folder, Markdown the owner wrote, included as written); the period and
counts; the top stories (``top_stories``); the newest articles, each with a one-line summary; the
actors that set this corpus apart (``corpus.prominence``: not the countries every article names);
the themes; the latest timeline entries; and who is named together (``render.network``). Every
section is left out when the corpus has nothing for it, so a corpus without same-event groups or
actors still gets a page.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from generator.corpus.link import date_range
from generator.corpus.prominence import Prominent, distinctive
from generator.corpus.records import Article, Corpus, EventGroup
from generator.knowledge.incidents import IncidentVocabulary
from generator.render import escape, limits
from generator.render.listing import UNIDENTIFIED, article_item, outlet_label
from generator.render.network import Picture, network_section
from generator.render.text import fmt_date, page, plural
from generator.render.timeline import entry_line, latest_entries

RECENT_DAYS = 30  # a same-event group is recent when one of its reports is this close to the newest article


def _dates(members: list[Article]) -> list[dt.date]:
    return sorted(m.meta.date for m in members if m.meta.date)


def outlets_of(members: list[Article]) -> list[str]:
    """The distinct outlets of a group's reports, in the group's order.

    Each report whose outlet is not identified counts as one: nothing says two of them share one.
    """
    seen: list[str] = []
    for m in members:
        label = outlet_label(m)
        if label == UNIDENTIFIED or label not in seen:
            seen.append(label)
    return seen


def top_stories(corpus: Corpus, n: int = limits.TOP_STORIES) -> list[tuple[EventGroup, list[Article]]]:
    """The largest recent same-event groups: most outlets first among groups with a report in the
    last ``RECENT_DAYS`` days of the corpus, then the other groups, newest first; undated groups last.
    """
    by_slug = {a.slug: a for a in corpus.articles}
    span = date_range(corpus)
    newest = span[1] if span else None
    ranked = []
    for group in corpus.events:
        members = [by_slug[s] for s in group.members if s in by_slug]
        dates = _dates(members)
        last = dates[-1] if dates else None
        recent = last is not None and newest is not None and (newest - last).days <= RECENT_DAYS
        size = len(outlets_of(members)) if recent else 0
        ranked.append(((not recent, -size, -(last.toordinal() if last else 0), group.slug), group, members))
    ranked.sort(key=lambda item: item[0])
    return [(group, members) for _, group, members in ranked[:n]]


def story_headline(group: EventGroup, members: list[Article], pattern: re.Pattern[str] | None) -> Article:
    """The report whose headline names the event (a participant, or the incident's word), earliest first.

    Without one, the earliest dated report. A report often reaches an event from another story
    (a reaction, an analysis), and its headline would misname the event.
    """

    def names_event(m: Article) -> bool:
        title = m.meta.title.casefold()
        spellings = [s.casefold() for a in m.draft.found.actors if a.name in group.participants for s in a.spellings]
        return any(s in title for s in spellings if len(s) >= 3) or bool(pattern and pattern.search(m.meta.title))

    dated = [m for m in members if m.meta.date] + [m for m in members if not m.meta.date]
    return next((m for m in dated if names_event(m)), dated[0])


def _card(group: EventGroup, members: list[Article], pattern: re.Pattern[str] | None) -> str:
    """One story: its headline linked to the comparison, the date, how many outlets."""
    lead = story_headline(group, members, pattern)
    dates = _dates(members)
    when = fmt_date(dates[0]) if dates else "date unknown"
    outlets = outlets_of(members)
    shown = ", ".join(outlets[:3]) + (f" and {len(outlets) - 3} more" if len(outlets) > 3 else "")
    headline = escape.internal_link(lead.meta.title, f"events/{group.slug}.md")
    return (
        f"-   **{headline}**\n\n"
        f"    {escape.inline(when)} · {plural(len(outlets), 'outlet')}: {escape.inline(shown)} · "
        f"{escape.internal_link('compare the reports', f'events/{group.slug}.md')}"
    )


def _top_stories(corpus: Corpus, incidents: IncidentVocabulary | None) -> list[str]:
    stories = top_stories(corpus)
    if not stories:
        return []
    cards = "\n\n".join(
        _card(group, members, incidents.pattern(group.family) if incidents else None) for group, members in stories
    )
    return [
        "## Top stories",
        "Events that several reports cover, the largest recent ones first.",
        f'<div class="grid cards" markdown>\n\n{cards}\n\n</div>',
        escape.internal_link("All events covered by more than one report", "events/index.md"),
    ]


def _newest(corpus: Corpus) -> list[str]:
    if not corpus.articles:
        return ["*No articles yet: add text files to the seeds folder and rebuild.*"]
    items = "\n".join(article_item(a, "articles/") for a in corpus.articles[: limits.LATEST_ON_HOME])
    return ["## Newest articles", items, escape.internal_link("All articles", "articles/index.md")]


def _distinctive(corpus: Corpus, reporters: frozenset[str], pic: Picture | None = None) -> list[str]:
    """The most distinctive actors (the ones ``pic`` was drawn from, when it is given for ``reporters``)."""
    if pic is not None and pic.ranked:
        ranked: Sequence[Prominent] = pic.ranked
    else:
        ranked = distinctive([tuple((a.name, a.type) for a in art.draft.found.actors) for art in corpus.articles],
                             reporters)  # fmt: skip
    slugs = {a.name: a.slug for a in corpus.actor_index.actors}
    total = len(corpus.articles)
    rows = [
        f"- {escape.internal_link(p.name, f'actors/{slugs[p.name]}.md')} · {escape.inline(p.type.value)} · "
        f"{p.articles} of {plural(total, 'article')}"
        for p in ranked[: limits.TOP_ON_HOME]
        if p.name in slugs
    ]
    if not rows:
        return []
    return [
        "## Who the reports are about",
        "The actors that set this briefing apart: named in many of its articles but not in nearly all of "
        "them, countries counting less.",
        "\n".join(rows),
        escape.internal_link("All actors", "actors/index.md"),
    ]


def _themes(corpus: Corpus) -> list[str]:
    themes = sorted(
        (t for t in corpus.theme_index.themes if t.articles), key=lambda t: (-len(t.articles), t.name.casefold())
    )
    rows = [
        f"- {escape.internal_link(t.name, f'themes/{t.slug}.md')} · {plural(len(t.articles), 'article')}"
        for t in themes[: limits.TOP_ON_HOME]
    ]
    if not rows:
        return []
    return ["## Themes", "\n".join(rows), escape.internal_link("All themes", "themes/index.md")]


def _latest_events(corpus: Corpus) -> list[str]:
    span = date_range(corpus)
    entries = latest_entries(corpus.timeline, limits.TIMELINE_ON_HOME, until=span[1] if span else None)
    if not entries:
        return []
    lines = "\n".join(entry_line(e) for e in entries)
    return ["## Latest on the timeline", lines, escape.internal_link("Full timeline", "timeline.md")]


def _covers(corpus: Corpus) -> list[str]:
    arts = corpus.articles
    outlets = {a.meta.source for a in arts if a.meta.source}
    span = date_range(corpus)
    when = (
        f"published between {fmt_date(span[0])} and {fmt_date(span[1])}" if span else "none of them dated"
    )
    lines = [
        f"This briefing holds **{plural(len(arts), 'article')}** from **{plural(len(outlets), 'identified outlet')}**, "
        f"{escape.inline(when)}."
    ]
    undated = sum(1 for a in arts if a.meta.date is None)
    if undated and span:
        lines[0] += f" {plural(undated, 'article')} state no publication date."
    if corpus.skipped:
        lines.append(f"{plural(len(corpus.skipped), 'input file')} could not be used (listed in `briefing.json`).")
    return lines


def home_page(
    corpus: Corpus, site_name: str, description: str = "", intro: str = "", pic: Picture | None = None,
    directory_urls: bool = True, incidents: IncidentVocabulary | None = None,
    reporters: frozenset[str] = frozenset(),
) -> str:
    """The home page (``index.md``); ``intro`` is the owner's Markdown, everything else is escaped."""
    lines = [f"# {escape.inline(site_name)}"]
    if description:
        lines.append(f"**{escape.inline(description)}**")
    if intro:
        lines.append(intro)
    lines += _covers(corpus)
    lines += _top_stories(corpus, incidents)
    lines += _newest(corpus)
    lines += _distinctive(corpus, reporters, pic)
    lines += _themes(corpus)
    lines += _latest_events(corpus)
    lines += network_section(pic, directory_urls) if pic is not None else []
    lines.append(
        "[All articles](articles/index.md) · [Timeline](timeline.md) · [Sources](sources/index.md) · "
        "[Atom feed](feed.xml) · [Data export (briefing.json)](briefing.json)"
    )
    return page("Home", lines)
