"""Same-event comparison pages: one column per outlet with its headline, date, what it says of the event, spellings."""

from __future__ import annotations

import re
from collections import Counter

from generator.corpus.records import Article, Corpus, EventGroup
from generator.knowledge.incidents import IncidentVocabulary
from generator.render import escape, keyed, limits, paging
from generator.render.listing import outlet_label
from generator.render.text import clip, fmt_date
from generator.text.order import text_key

MAX_CLAIMS = 4
NEAR = 2  # sentences from one naming a participant
MIN_SCORE = 3  # participant (2) or other party (1) named, or next to a participant (1); family (2) or other (1)
_DIGIT = re.compile(r"\d")


def has_figure(sentence: str, calendar: re.Pattern[str]) -> bool:
    """Whether the sentence states a number other than a date or a year (``calendar``: ``Languages.day_and_month``)."""
    return bool(_DIGIT.search(calendar.sub(" ", sentence)))


def short_date(article: Article) -> str:
    """``8 Feb 2024`` or ``undated``."""
    date = article.meta.date
    return f"{date.day} {date:%b %Y}" if date else "undated"


def outlet(article: Article) -> str:
    """The outlet's name, or the article's title when the source is unknown (a link label)."""
    return article.meta.source or article.meta.title


def claims(
    article: Article, participants: set[str], others: set[str], family: str, calendar: re.Pattern[str]
) -> list[str]:
    """What the report says of the event itself: at most ``MAX_CLAIMS`` of its incident sentences.

    A sentence counts when it names a participant of the event (``participants``; or, less,
    another person or armed group that several reports name: ``others``) or is at most ``NEAR``
    sentences from one that does, and holds a word of the event's incident family (or, less, of
    another family). Among equals, sentences nearer a participant, then those with a figure
    (not a date), come first. Background (the countries, the history) is none of this and is
    left out. The best are shown in reading order, as the outlet wrote them. None for an
    excerpt-only article: its body stays out of the site.
    """
    if article.mode != "full":
        return []
    sentences = article.draft.event_sentences
    anchors = [s.position for s in sentences if set(s.names) & participants]
    scored: list[tuple[float, int, int, str]] = []
    for i, sentence in enumerate(sentences):
        names = set(sentence.names)
        named = 2 if names & participants else 1 if names & others else 0
        distance = min((abs(sentence.position - p) for p in anchors if p != sentence.position), default=NEAR + 1)
        near = 1 if distance <= NEAR else 0
        told = 2 if (family in sentence.families or not family) else 1
        figure = 0.5 if has_figure(sentence.text, calendar) else 0
        if named + near + told >= MIN_SCORE:
            scored.append((-(named + near + told + figure), distance, i, sentence.text))
    best = sorted(scored)[:MAX_CLAIMS]
    return [text for *_, text in sorted(best, key=lambda item: item[2])]


def specific(article: Article) -> set[str]:
    """Actors that are not countries: the names whose spelling differs between outlets."""
    return {a.name for a in article.draft.found.actors if a.type.value != "country"}


def _cell(items: list[str]) -> str:
    """Items one per line; each opened by a bullet and closed by a space, so the site search keeps them apart."""
    if not items:
        return "—"
    if len(items) == 1:
        return escape.inline(items[0])
    return " <br>".join(f"• {escape.inline(i)}" for i in items)


def _table(
    part: paging.Part[Article], shared: set[str], group: EventGroup, others: set[str], calendar: re.Pattern[str]
) -> str:
    """The comparison table of one page of reports: one column per outlet."""
    members = part.items
    participants = set(group.participants)
    head = "| | " + " | ".join(escape.inline(outlet_label(m)) for m in members) + " |"
    rows = [
        head,
        "|---" * (len(members) + 1) + "|",
        "| Headline | "
        + " | ".join(escape.internal_link(m.meta.title, part.link(f"articles/{m.slug}.md")) for m in members)
        + " |",
        "| Date | " + " | ".join(escape.inline(fmt_date(m.meta.date)) for m in members) + " |",
        "| What it reports of the event | "
        + " | ".join(_cell([clip(c) for c in claims(m, participants, others, group.family, calendar)]) for m in members)
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
    """``Strike: Abu Example, Some Brigade``, or the first shared phrase when no incident family is shared."""
    head = group.family or (group.phrases[0] if group.phrases else "same event")
    names = ", ".join(group.participants[:2]) or ", ".join(group.phrases[1:3])
    return clip(f"{head[:1].upper()}{head[1:]}: {names}" if names else head.capitalize(), limits.EVENT_TITLE_MAX)


def why(group: EventGroup, members: list[Article]) -> str:
    """Why the reports were grouped: the names and phrases they share, and their dates."""
    dates = sorted(m.meta.date for m in members if m.meta.date)
    undated = sum(1 for m in members if not m.meta.date)
    parts = []
    if group.names:
        parts.append(f"they name {', '.join(group.names)}")
    if group.phrases:
        parts.append("they share the terms " + ", ".join(f"“{p}”" for p in group.phrases))
    if dates:
        span = fmt_date(dates[0]) if dates[0] == dates[-1] else f"{fmt_date(dates[0])} to {fmt_date(dates[-1])}"
        parts.append(f"they are dated {span}" + (f" ({undated} undated)" if undated else ""))
    return "; ".join(parts)


def event_page(
    group: EventGroup,
    members: list[Article],
    incidents: IncidentVocabulary,
    calendar: re.Pattern[str],
    searchable: bool = True,
) -> dict[str, str]:
    """The comparison page of one event, ``limits.OUTLETS_ON_EVENT_PAGE`` columns to a page.

    Kept whole when the group and its reports are unchanged (``keyed.unchanged``): the group and
    its members' keys fix the page (the incident vocabulary and calendar are the knowledge's).
    """
    first = f"events/{group.slug}.md"
    if keyed.unchanged(first, lambda: (group, searchable, tuple(_table_shows(m) for m in members))):
        return {}
    counts = Counter(name for m in members for name in specific(m))
    shared = {name for name, n in counts.items() if n >= 2}
    kinds = {a.name: a.type.value for m in members for a in m.draft.found.actors}
    others = {name for name in shared if kinds[name] in incidents.participant_types}
    title = _title(group)
    intro = (
        f"{len(members)} reports of one event, grouped by what they say: {escape.inline(clip(why(group, members)))}. "
        "Outlets may disagree: compare their figures."
    )
    return paging.paged(
        first,
        title,
        members,
        limits.OUTLETS_ON_EVENT_PAGE,
        lambda part: _table(part, shared, group, others, calendar),
        key=lambda m: m.slug,
        describe=lambda shown: paging.between(fmt_date(shown[0].meta.date), fmt_date(shown[-1].meta.date)),
        head=[f"# {escape.inline(title)}", intro],
        noun="Reports",
        searchable=searchable,
        shows=lambda part: (group, sorted(shared), sorted(others), tuple(_table_shows(m) for m in part.items)),
    )


def _table_shows(member: Article) -> object:
    """What ``_table`` reads of a report: its metadata, publishing mode, incident sentences and spellings.

    The article's key fixes all of them (its draft, slug and mode: ``corpus.reuse``) without the
    ``repr`` of every incident sentence; the fields themselves when the key is not known.
    """
    if member.key:
        return member.key
    meta = member.meta
    spellings = tuple((a.name, a.type, a.spellings) for a in member.draft.found.actors)
    return (member.slug, meta.title, meta.source, meta.url, meta.date, member.mode, member.draft.event_sentences,
            spellings)


def event_pages(
    corpus: Corpus, incidents: IncidentVocabulary, calendar: re.Pattern[str], light: bool = False
) -> dict[str, str]:
    """``events/<slug>.md`` for every group, and ``events/index.md`` (both paged when long).

    With a ``light`` search index they are all left out of it: they list what the articles say.
    """
    by_slug = {a.slug: a for a in corpus.articles}
    pages: dict[str, str] = {}
    for group in corpus.events:
        pages.update(event_page(group, [by_slug[s] for s in group.members], incidents, calendar, searchable=not light))

    def line(group: EventGroup, part: paging.Part[EventGroup]) -> str:
        members = [by_slug[s] for s in group.members]
        outlets = ", ".join(f"{outlet_label(m)} ({short_date(m)})" for m in members[: limits.OUTLETS_ON_EVENT_PAGE])
        if len(members) > limits.OUTLETS_ON_EVENT_PAGE:
            outlets += f" and {len(members) - limits.OUTLETS_ON_EVENT_PAGE} more"
        link = escape.internal_link(_title(group), part.link(f"events/{group.slug}.md"))
        return f"- {link} · {escape.inline(outlets)}"

    def shows(group: EventGroup) -> object:
        """What ``line`` shows of a group."""
        members = [by_slug[s] for s in group.members]
        shown = members[: limits.OUTLETS_ON_EVENT_PAGE]
        return group, len(members), tuple((outlet_label(m), short_date(m)) for m in shown)

    pages.update(
        paging.paged(
            "events/index.md",
            "Same-event coverage",
            corpus.events,
            limits.EVENTS_PER_PAGE,
            lambda part: "\n".join(line(g, part) for g in part.items),
            key=lambda g: g.slug,
            head=["# Same-event coverage"],
            noun="Events",
            empty="*No event is reported by more than one article yet.*",
            searchable=not light,
            shows=lambda part: tuple(shows(g) for g in part.items),
        )
    )
    return pages
