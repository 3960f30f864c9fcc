"""Same-event comparison pages: one column per outlet with its headline, date, claims and spellings."""

from __future__ import annotations

import re
from collections import Counter

from generator.actors.text import items_of
from generator.link.events import EventGroup
from generator.link.incidents import default_vocabulary
from generator.order import text_key
from generator.records import Article, Corpus
from generator.render import escape
from generator.render.text import fmt_date, page

MAX_CLAIMS = 4
_FIGURE = re.compile(r"\d")


def short_date(article: Article) -> str:
    """``8 Feb 2024`` or ``undated``."""
    date = article.meta.date
    return f"{date.day} {date:%b %Y}" if date else "undated"


def outlet(article: Article) -> str:
    """The outlet's name, or the article's title when the source is unknown."""
    return article.meta.source or article.meta.title


def claims(article: Article, names: set[str], family: str) -> list[str]:
    """Sentences with figures about the event: naming a shared actor or the incident (at most ``MAX_CLAIMS``).

    None for an excerpt-only article: its body stays out of the site.
    """
    if article.mode != "full":
        return []
    spellings = [s.casefold() for a in article.found.actors if a.name in names for s in a.spellings]
    pattern = next((pat for key, _, _, pat in default_vocabulary().families if key == family), None)
    out: list[str] = []
    for item in items_of(article.cleaned):
        for start, end in item.sentences:
            sentence = item.text[start:end].strip()
            folded = sentence.casefold()
            about = any(s in folded for s in spellings) or (pattern is not None and pattern.search(sentence))
            if _FIGURE.search(sentence) and about:
                out.append(sentence)
    return out[:MAX_CLAIMS]


def specific(article: Article) -> set[str]:
    """Actors that are not countries: the names whose spelling differs between outlets."""
    return {a.name for a in article.found.actors if a.type.value != "country"}


def _cell(items: list[str]) -> str:
    return "<br>".join(escape.inline(i) for i in items) or "—"


def event_page(group: EventGroup, members: list[Article]) -> str:
    """The comparison page of one event."""
    counts = Counter(name for m in members for name in specific(m))
    shared = {name for name, n in counts.items() if n >= 2}
    title = f"{group.family.capitalize()}: {', '.join(group.participants)}"
    head = "| | " + " | ".join(escape.inline(outlet(m)) for m in members) + " |"
    rows = [
        head,
        "|---" * (len(members) + 1) + "|",
        "| Headline | "
        + " | ".join(escape.internal_link(m.meta.title, f"../articles/{m.slug}.md") for m in members)
        + " |",
        "| Date | " + " | ".join(escape.inline(fmt_date(m.meta.date)) for m in members) + " |",
        "| Key claims and figures | " + " | ".join(_cell(claims(m, shared, group.family)) for m in members) + " |",
        "| Names as spelled | "
        + " | ".join(
            _cell(sorted({s for a in m.found.actors if a.name in shared for s in a.spellings}, key=text_key))
            for m in members
        )
        + " |",
    ]
    intro = (
        f"{len(members)} reports of one event, grouped because they name the same participant "
        f"({escape.inline(', '.join(group.participants))}) next to the same kind of incident "
        f"({escape.inline(group.family)}) at compatible dates. Outlets may disagree: compare their figures."
    )
    return page(title, [f"# {escape.inline(title)}", intro, "\n".join(rows)])


def event_pages(corpus: Corpus) -> dict[str, str]:
    """``events/<slug>.md`` for every group, and ``events/index.md``."""
    by_slug = {a.slug: a for a in corpus.articles}
    pages = {}
    lines = []
    for group in corpus.events:
        members = [by_slug[s] for s in group.members]
        pages[f"events/{group.slug}.md"] = event_page(group, members)
        label = f"{group.family.capitalize()}: {', '.join(group.participants)}"
        outlets = ", ".join(f"{outlet(m)} ({short_date(m)})" for m in members)
        lines.append(f"- {escape.internal_link(label, f'{group.slug}.md')} · {escape.inline(outlets)}")
    body = "\n".join(lines) or "*No event is reported by more than one article yet.*"
    pages["events/index.md"] = page("Same-event coverage", ["# Same-event coverage", body])
    return pages
