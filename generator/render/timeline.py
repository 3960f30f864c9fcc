"""The timeline page (issue #5), its entries for the home page, and the anchors in article pages.

Entries are grouped under year and month headings, oldest first, at most ``TIMELINE_PER_PAGE``
(``render.limits``) to a page. Each shows its date, the sentence (escaped) and a link per article sentence that reports
it, to ``#ev-N`` anchors the article page places at the start of that sentence (see
``event_anchors``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence

from generator.article.timeline.records import Event, Precision
from generator.corpus.records import Entry, Mention, Timeline
from generator.render import escape, limits, paging

PAGE_PATH = "timeline.md"
_ANCHOR = re.compile(r"ev-\d{1,6}")
INTRO = (
    "Dated events taken from the articles' own sentences, oldest first. Dates without a year, "
    "weekdays and phrases such as “last month” are resolved against the article's publication date; "
    "*date inferred* marks a date resolved against the latest date an undated article mentions. "
    "Dates that cannot be resolved are left out, and one event reported by several articles is "
    "listed once, with a link to each."
)

Anchors = dict[tuple[int, int], list[tuple[int, str]]]  # (block, item) -> [(char offset, anchor id)]


def fmt_event_date(date: dt.date, precision: Precision) -> str:
    """``7 February 2024``, ``February 2024`` or ``2024``, as precise as the event is."""
    if precision == "year":
        return str(date.year)
    month = f"{date:%B %Y}"
    return month if precision == "month" else f"{date.day} {month}"


def _links(mentions: tuple[Mention, ...], prefix: str) -> str:
    """A link per mention (the corpus keeps one per article), labelled with the outlet (or the title).

    At most ``MENTIONS_PER_ENTRY`` links: an event hundreds of articles report would otherwise
    make one line longer than a page.
    """
    out = []
    for m in mentions[: limits.MENTIONS_PER_ENTRY]:
        link = escape.internal_link(m.source or m.title, f"{prefix}{m.slug}.md#{m.anchor}")
        out.append(link + (" (date inferred)" if m.basis == "inferred" else ""))
    hidden = len(mentions) - limits.MENTIONS_PER_ENTRY
    if hidden > 0:
        out.append(f"and {hidden:,} more")
    return " · ".join(out)


def entry_line(entry: Entry, prefix: str = "articles/") -> str:
    """One entry as a Markdown list item; ``prefix`` leads from the page to the articles folder."""
    date = fmt_event_date(entry.date, entry.precision)
    return f"- **{date}**: {escape.inline(entry.sentence)} ({_links(entry.mentions, prefix)})"


def _sections(entries: Iterable[Entry], prefix: str = "articles/") -> list[str]:
    """Headings for each year and month, with the entries under them."""
    parts: list[str] = []
    year = month = None
    lines: list[str] = []
    for entry in entries:
        heading_month = None if entry.precision == "year" else entry.date.month
        if entry.date.year != year or (heading_month is not None and heading_month != month):
            if lines:
                parts.append("\n".join(lines))
                lines = []
            if entry.date.year != year:
                year, month = entry.date.year, None
                parts.append(f"## {year}")
            if heading_month is not None and heading_month != month:
                month = heading_month
                parts.append(f"### {entry.date:%B %Y}")
        lines.append(entry_line(entry, prefix))
    if lines:
        parts.append("\n".join(lines))
    return parts


def _key(entry: Entry) -> str:
    """An entry's stable key: the article sentence it is shown by (its first mention's anchor)."""
    return f"{entry.mentions[0].slug}#{entry.mentions[0].anchor}"


def _covers(shown: Sequence[Entry]) -> str:
    """The dates of the first and last entry a page shows."""
    first, last = shown[0], shown[-1]
    return paging.between(fmt_event_date(first.date, first.precision), fmt_event_date(last.date, last.precision))


def _years(parts: list[paging.Part[Entry]]) -> str:
    """``Years: 2019 · 2020 · …``, each linked to the page where it starts; empty on a one-page timeline."""
    if len(parts) < 2:
        return ""
    starts: dict[int, str] = {}
    for part in parts:
        for entry in part.items:
            starts.setdefault(entry.date.year, part.path)
    links = [escape.internal_link(str(year), paging.relative(PAGE_PATH, path)) for year, path in starts.items()]
    return "Years: " + " · ".join(links)


def timeline_pages(timeline: Timeline, light: bool = False) -> dict[str, str]:
    """``docs_src/timeline.md`` and the pages it continues on, oldest entries first
    (``light``: only the head is indexed)."""
    entries = timeline.entries
    parts = paging.split(PAGE_PATH, entries, limits.TIMELINE_PER_PAGE, _key)  # once: the years link to them
    return paging.paged(
        PAGE_PATH,
        "Timeline",
        entries,
        limits.TIMELINE_PER_PAGE,
        lambda part: "\n\n".join(_sections(part.items, part.folder("articles"))),
        key=_key,
        describe=_covers,
        head=["# Timeline", INTRO, _years(parts)],
        noun="Entries",
        empty="*No dated events found: none of the articles dates an event it reports.*",
        list_searchable=not light,
        # An entry's key stands for it (hashing every mention took half a second at 3,000 articles).
        shows=lambda part: tuple(e.key or e for e in part.items),
        parts=parts,
    )


def timeline_page(timeline: Timeline) -> str:
    """The complete Markdown of ``docs_src/timeline.md``, the timeline's first page."""
    return timeline_pages(timeline)[PAGE_PATH]


def latest_entries(timeline: Timeline, n: int, until: dt.date | None = None) -> list[Entry]:
    """The ``n`` latest day-precision entries (on or before ``until``, if given), newest first."""
    days = [e for e in timeline.entries if e.precision == "day" and (until is None or e.date <= until)]
    days.sort(key=lambda e: (-e.date.toordinal(), e.mentions[0].slug, e.mentions[0].anchor))
    return days[: max(n, 0)]


def event_anchors(events: Iterable[Event]) -> Anchors:
    """Where the article page puts each event's anchor: (block, item) -> [(offset, id)], by offset."""
    anchors: Anchors = {}
    for event in events:
        loc = event.location
        anchors.setdefault((loc.block, loc.item), []).append((loc.offset, event.anchor))
    for spots in anchors.values():
        spots.sort(key=lambda spot: (spot[0], int(spot[1][3:])))
    return anchors


def anchor_html(anchor: str) -> str:
    """The raw HTML anchor for an event id; ids are made by the generator, checked all the same."""
    if not _ANCHOR.fullmatch(anchor):
        raise ValueError(f"not an event anchor id: {anchor!r}")
    return f'<a id="{anchor}"></a>'
