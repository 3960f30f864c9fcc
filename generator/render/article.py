"""An article page: front matter, title, metadata line, cleaned body, provenance note."""

from __future__ import annotations

import re

from generator.article.records import Block, Cleaned
from generator.corpus.records import Article
from generator.render import escape
from generator.render.annotate import Span, annotate
from generator.render.frontmatter import front_matter
from generator.render.listing import domain
from generator.render.searchcut import excluded_block
from generator.render.text import fmt_date, plural, reading_time
from generator.render.timeline import anchor_html, event_anchors

_URL_RE = re.compile(r"https?://[^\s<>\"]+")
_LEADING_NUMBER_RE = re.compile(r"^\s*(\[?\d{1,4}[.)\]]|[-•*])\s+")


def article_front_matter(article: Article) -> str:
    """The page's YAML front matter; ``title`` is HTML-escaped because Material prints it raw."""
    meta = article.meta
    return front_matter(
        {
            "title": escape.html_text(meta.title),
            "slug": article.slug,
            "source": escape.html_text(meta.source) if meta.source else None,
            "authors": [escape.html_text(a) for a in meta.authors],
            "date": meta.date,
            "date_basis": meta.date_basis.value,
            "language": meta.language,
            "seed": article.seed,
            "url": escape.safe_url(meta.url),
            "word_count": article.draft.word_count,
            "actors": [escape.html_text(a) for a in article.draft.actors],
            "themes": [escape.html_text(t) for t in article.draft.themes],
            # Not one of the keys, but Material turns it into <meta name="description">
            # and the theme override into Open Graph tags.
            "description": escape.html_text(article.draft.summary),
        }
    )


def _reference(item: str) -> str:
    """A reference entry with its URLs as links; everything else escaped."""
    item = _LEADING_NUMBER_RE.sub("", item, count=1)
    out: list[str] = []
    pos = 0
    for m in _URL_RE.finditer(item):
        url = m.group(0).rstrip(".,;)")
        out.append(escape.fragment(item[pos : m.start()]))
        out.append(escape.link(url, url))
        pos = m.start() + len(url)
    out.append(escape.fragment(item[pos:]))
    return "".join(out).strip()


def _table(rows: tuple[str, ...]) -> list[str]:
    cells = [[escape.inline(c) or " " for c in row.split("\t")] for row in rows]
    width = max(len(r) for r in cells)
    cells = [r + [" "] * (width - len(r)) for r in cells]
    lines = ["| " + " | ".join(cells[0]) + " |", "|" + "---|" * width]
    lines += ["| " + " | ".join(r) + " |" for r in cells[1:]]
    return lines


Titles = dict[str, tuple[str, str, str, str]]  # slug -> (date, outlet, short date, title)
Links = dict[tuple[int, int], list[Span]]  # (block index, item index) -> spans to link


Anchors = dict[tuple[int, int], list[tuple[int, str]]]  # (block, item) -> (offset, anchor html)


def render_block(block: Block, links: Links | None = None, index: int = -1, anchors: Anchors | None = None) -> str:
    """One body block as inert Markdown, with generator-made links and anchors at the given offsets."""
    spans = links or {}
    marks = anchors or {}

    def item(i: int, *, as_block: bool = False) -> str:
        return annotate(block.items[i], spans.get((index, i), ()), marks.get((index, i), ()), block=as_block)

    if block.kind == "heading":
        return "## " + item(0)
    if block.kind == "quote":
        return "\n>\n".join("> " + item(i) for i in range(len(block.items)))
    if block.kind == "list":
        return "\n".join("- " + item(i) for i in range(len(block.items)))
    if block.kind == "references":
        return "\n".join(f"{n}. {_reference(text)}" for n, text in enumerate(block.items, 1))
    if block.kind == "table":
        return "\n".join(_table(block.items))
    return escape.neutralise_start(" ".join(item(i) for i in range(len(block.items))))


# A paragraph with a link on every second name reads as a list of links: at most this many per block.
LINKS_PER_BLOCK = 3


def lead_block(body: Cleaned) -> int:
    """The index of the article's first paragraph (its lead), or -1."""
    return next((i for i, b in enumerate(body.blocks) if b.kind == "paragraph"), -1)


def actor_links(article: Article, common: frozenset[str] = frozenset(), lead: int = 0) -> Links:
    """Links to actor pages: each actor's first mention, at most ``LINKS_PER_BLOCK`` per block.

    An actor of ``common`` (named in most articles of the corpus, ``corpus.prominence.common``)
    is linked only in the lead: a reader knows it by then, and a link on every "Iraq" hides the
    links that lead somewhere new. Every actor stays linked in the page's Actors section.
    """
    links: Links = {}
    per_block: dict[int, int] = {}
    for actor in sorted(article.draft.found.actors, key=lambda a: (a.first.block, a.first.item, a.first.start)):
        loc = actor.first
        if (actor.name in common and loc.block != lead) or per_block.get(loc.block, 0) >= LINKS_PER_BLOCK:
            continue
        per_block[loc.block] = per_block.get(loc.block, 0) + 1
        links.setdefault((loc.block, loc.item), []).append(Span(loc.start, loc.end, f"../actors/{actor.slug}.md"))
    return links


# An article page names at most this many other reports of its event (the comparison page has
# them all), so the page does not grow with the corpus.
SAME_EVENT_SHOWN = 8


def shown_same_event(article: Article) -> tuple[str, ...]:
    """The other reports of the same event that the article page links to."""
    return article.same_event[:SAME_EVENT_SHOWN]


def related_section(article: Article, titles: Titles) -> list[str]:
    """Related coverage, each link with the reason it is there; then other reports of the same event."""
    parts = []
    if article.event:
        others = [
            f"{escape.internal_link(titles[s][1], f'{s}.md')} ({escape.inline(titles[s][0])})"
            for s in shown_same_event(article)
        ]
        hidden = len(article.same_event) - len(others)
        if hidden > 0:
            others.append(f"and {hidden} more")
        compare = escape.internal_link("compare the reports", f"../events/{article.event.slug}.md")
        parts.append("**Also covered by:** " + ", ".join(others) + f" · {compare}")
    if article.related:
        rows = []
        for link in article.related:
            why = []
            if link.shared_actors:
                why.append("shares: " + ", ".join(link.shared_actors))
            if link.shared_themes:
                why.append("theme: " + link.shared_themes[0])
            if link.same_event:
                why.append("same event")
            why.append(titles[link.slug][2])
            rows.append(
                f"- {escape.internal_link(titles[link.slug][3], f'{link.slug}.md')} — {escape.inline(' · '.join(why))}"
            )
        parts += ["## Related coverage", "\n".join(rows)]
    return parts


def about_sections(article: Article) -> list[str]:
    """The themes and actors the generator found (the evidence is in ``how_made``)."""
    parts = []
    if article.draft.theme_scores:
        names = [escape.internal_link(t.name, f"../themes/{t.slug}.md") for t in article.draft.theme_scores]
        parts += ["## Themes", " · ".join(names)]
    if article.draft.found.actors:
        names = [escape.internal_link(a.name, f"../actors/{a.slug}.md") for a in article.draft.found.actors]
        parts += ["## Actors", " · ".join(names)]
    return parts


def how_made(article: Article) -> str:
    """A collapsed note for the curious: the input file, what was removed, the evidence for each theme.

    Diagnostics, not reading: a reader of the article opens it only to check the generator.
    """
    dropped = article.draft.removed_count
    rows = [
        f"- Made from the file “{escape.inline(article.seed)}” of the seeds folder; "
        f"{plural(dropped, 'line')} of page chrome removed (the first are in the "
        f"{escape.internal_link('build report', '../report.md')}).",
    ]
    rows += [
        f"- Theme {escape.internal_link(t.name, f'../themes/{t.slug}.md')}, from: {escape.inline(t.reason)}"
        for t in article.draft.theme_scores
    ]
    body = "\n".join(rows)
    return f'<details markdown>\n<summary>How Briefing made this page</summary>\n\n{body}\n\n</details>'



def meta_line(article: Article) -> str:
    """``source · authors · date · reading time``, escaped."""
    meta = article.meta
    parts = []
    if meta.source:
        parts.append(f"**{escape.inline(meta.source)}**")
    if meta.authors:
        parts.append(escape.inline(", ".join(meta.authors)))
    parts.append(escape.inline(fmt_date(meta.date)))
    parts.append(reading_time(article.draft.word_count))
    return " · ".join(parts)


def provenance(article: Article) -> str:
    """Who published the article and where the original is, then what the cleaner removed."""
    outlet = article.meta.source
    host = domain(article.meta.url)
    who = f"**{escape.inline(outlet)}**" if outlet else "an unidentified outlet" + (f" ({host})" if host else "")
    url = escape.safe_url(article.meta.url)
    where = f"original at {escape.link(url, url)}" if url else "the original's address is not known"
    dropped = article.draft.removed_count
    return (
        f"*Provenance: published by {who}; {where}. Cleaned by Briefing: "
        f"{plural(dropped, 'line')} of page chrome removed.*"
    )


def original_link(article: Article) -> str | None:
    """ "Original: <link>" when the article's URL is known and safe, and the date the page was retrieved."""
    url = escape.safe_url(article.meta.url)
    parts = [f"Original: {escape.link(url, url)}"] if url else []
    if article.meta.retrieved:
        parts.append(f"Retrieved {escape.inline(fmt_date(article.meta.retrieved))}")
    return " · ".join(parts) or None


def _excerpt(article: Article) -> list[str]:
    parts = ["## Summary", escape.block(article.draft.summary)]
    parts.append(
        "> **Excerpt only:** this briefing's publishing policy for this source keeps the full text "
        "out of the site. " + ("Read it at the original." if article.meta.url else "")
    )
    return parts


def article_page(
    article: Article,
    body: Cleaned,
    titles: Titles | None = None,
    light_search: bool = False,
    common: frozenset[str] = frozenset(),
) -> str:
    """The complete Markdown page for one article: the full text, or an excerpt (``article.mode``).

    ``common`` names the corpus's most common actors, linked in the lead only (``actor_links``).

    With ``light_search`` only the head of the page is indexed by the site search (see
    ``render.searchcut``); the page shows the same text either way.
    """
    head = ["# " + escape.inline(article.meta.title), meta_line(article)]
    parts: list[str] = []
    link = original_link(article)
    if link:
        head.append(link)
    cross = related_section(article, titles or {})
    if article.event:
        parts.append(cross.pop(0))
    if article.mode == "excerpt":
        parts += _excerpt(article)
    else:
        if article.draft.truncated:
            parts.append(
                "> **Note:** the source file is longer than Briefing publishes for one article; "
                "only its first part is shown here."
            )
        links = actor_links(article, common, lead_block(body))
        anchors = {
            key: [(offset, anchor_html(anchor)) for offset, anchor in marks]
            for key, marks in event_anchors(article.draft.events).items()
        }
        parts += [render_block(b, links, i, anchors) for i, b in enumerate(body.blocks)]
    parts += cross
    parts += about_sections(article)
    parts += [how_made(article), "---", provenance(article)]
    if light_search:
        # The title is the whole search record; the metadata line and the link are shown, not indexed.
        shown, head = head[1:], head[:1]
        head.append(excluded_block("\n\n".join(shown)))
        parts = [excluded_block("\n\n".join(p for p in parts if p))]
    return article_front_matter(article) + "\n" + "\n\n".join(head + parts) + "\n"
