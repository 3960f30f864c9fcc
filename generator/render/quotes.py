"""``quotes.md``: quotations attributed to a named speaker, grouped by actor."""

from __future__ import annotations

from generator.actors.corpus import ActorIndex
from generator.render import escape
from generator.render.text import fmt_date, page

QUOTES_PATH = "quotes.md"


def quotes_page(index: ActorIndex) -> str:
    """Every actor who is quoted, alphabetically, with their quotes newest first."""
    sections = [
        "# Quotes",
        "Quotations the articles attribute to a named speaker, grouped by speaker, each with its article.",
    ]
    speakers = [a for a in index.actors if a.quotes]
    for actor in speakers:
        sections.append(f"## {escape.internal_link(actor.name, f'actors/{actor.slug}.md')}")
        sections.append(
            "\n".join(
                f"- “{escape.inline(q.text)}” — {escape.internal_link(q.title, f'articles/{q.slug}.md')}"
                f" ({escape.inline(fmt_date(q.date))})"
                for q in actor.quotes
            )
        )
    if not speakers:
        sections.append("*No attributed quotations found yet.*")
    return page("Quotes", sections)
