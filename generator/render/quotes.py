"""``quotes.md``: quotations attributed to a named speaker, grouped by actor, on numbered pages."""

from __future__ import annotations

from generator.corpus.records import ActorIndex, ActorSummary, SaidQuote
from generator.render import escape, limits, paging
from generator.render.text import clip, fmt_date

QUOTES_PATH = "quotes.md"
INTRO = "Quotations the articles attribute to a named speaker, grouped by speaker, each with its article."

Said = tuple[ActorSummary, SaidQuote]


def _said(index: ActorIndex) -> list[Said]:
    """Every quote with its speaker: speakers alphabetically, each one's quotes newest first."""
    return [(actor, q) for actor in index.actors for q in actor.quotes]


def _body(part: paging.Part[Said]) -> str:
    """A part's quotes under a heading per speaker (repeated when a speaker continues from the last page)."""
    sections: list[str] = []
    rows: list[str] = []
    speaker: ActorSummary | None = None
    for actor, q in part.items:
        if actor is not speaker:
            if rows:
                sections.append("\n".join(rows))
                rows = []
            speaker = actor
            sections.append(f"## {escape.internal_link(actor.name, part.link(f'actors/{actor.slug}.md'))}")
        article = escape.internal_link(q.title, part.link(f"articles/{q.slug}.md"))
        rows.append(f"- “{escape.inline(clip(q.text))}” — {article} ({escape.inline(fmt_date(q.date))})")
    if rows:
        sections.append("\n".join(rows))
    return "\n\n".join(sections)


def quotes_pages(index: ActorIndex) -> dict[str, str]:
    """``quotes.md`` and the numbered pages it continues on."""
    return paging.paged(
        QUOTES_PATH,
        "Quotes",
        _said(index),
        limits.QUOTES_PER_PAGE,
        _body,
        head=["# Quotes", INTRO],
        noun="Quotes",
        empty="*No attributed quotations found yet.*",
    )


def speaker_pages(index: ActorIndex) -> dict[str, str]:
    """Each quoted actor's name -> the path of the quotes page where their quotes start."""
    where: dict[str, str] = {}
    for part in paging.split(QUOTES_PATH, _said(index), limits.QUOTES_PER_PAGE):
        for actor, _ in part.items:
            where.setdefault(actor.name, part.path)
    return where
