"""``quotes.md``: quotations attributed to a named speaker, grouped by actor, continued on further pages."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import groupby

from generator.corpus.records import ActorIndex, ActorSummary, SaidQuote
from generator.render import escape, limits, paging
from generator.render.text import clip, fmt_date

QUOTES_PATH = "quotes.md"
INTRO = (
    "Quotations the articles attribute to a named speaker, grouped by speaker, each with the speaker's role "
    "when the article gives it and its article. A short quotation is shown in the sentence that reports it, "
    "the quoted words in bold."
)

Said = tuple[ActorSummary, SaidQuote, int]  # a speaker, one of its quotes and that quote's place among them


def quoted(q: SaidQuote) -> str:
    """The quotation, or for a fragment the sentence that reports it with the quoted words in bold (escaped)."""
    at = q.context.find(q.text) if q.context else -1
    if at < 0:
        return f"“{escape.inline(clip(q.text))}”"
    before, after = q.context[:at], q.context[at + len(q.text) :]
    room = limits.MAX_SENTENCE - len(q.text)
    if len(before) + len(after) > room:  # keep the quoted words whole; trim what is around them
        before = "…" + before[-(room // 2) :].lstrip() if len(before) > room // 2 else before
        after = after[: room // 2].rstrip() + "…" if len(after) > room // 2 else after
    return f"{escape.fragment(before)}**{escape.inline(q.text)}**{escape.fragment(after)}".strip()


def attribution(q: SaidQuote, article_link: str) -> str:
    """`` — <role>, in <article> (<date>)``: the speaker's role when the article gives one."""
    role = f"*{escape.inline(q.role)}*, in " if q.role else ""
    return f" — {role}{article_link} ({escape.inline(fmt_date(q.date))})"


def _said(index: ActorIndex) -> list[Said]:
    """Every quote with its speaker: speakers alphabetically, each one's quotes newest first."""
    return [(actor, q, i) for actor in index.actors for i, q in enumerate(actor.quotes)]


def _key(said: Said) -> str:
    """A quote's stable key: its speaker, its article and its words."""
    actor, q, _ = said
    return f"{actor.slug}\0{q.slug}\0{q.text}"


def _body(part: paging.Part[Said]) -> str:
    """A part's quotes under a heading per speaker (repeated when a speaker continues from the last page)."""
    sections: list[str] = []
    rows: list[str] = []
    speaker: ActorSummary | None = None
    for actor, q, _ in part.items:
        if actor is not speaker:
            if rows:
                sections.append("\n".join(rows))
                rows = []
            speaker = actor
            sections.append(f"## {escape.internal_link(actor.name, part.link(f'actors/{actor.slug}.md'))}")
        article = escape.internal_link(q.title, part.link(f"articles/{q.slug}.md"))
        rows.append(f"- {quoted(q)}{attribution(q, article)}")
    if rows:
        sections.append("\n".join(rows))
    return "\n\n".join(sections)


def quote_parts(index: ActorIndex) -> list[paging.Part[Said]]:
    """The quotes pages' parts: split once for the quotes pages and the actor pages that link to them."""
    return paging.split(QUOTES_PATH, _said(index), limits.QUOTES_PER_PAGE, _key)


def quotes_pages(
    index: ActorIndex, light: bool = False, parts: Sequence[paging.Part[Said]] | None = None
) -> dict[str, str]:
    """``quotes.md`` and the pages it continues on (``light``: only the head is indexed; ``parts``:
    ``quote_parts`` of ``index``, when the caller has them)."""
    return paging.paged(
        QUOTES_PATH,
        "Quotes",
        _said(index) if parts is None else (),  # with ``parts``, ``paged`` reads the items from them
        limits.QUOTES_PER_PAGE,
        _body,
        key=_key,
        describe=lambda shown: paging.between(shown[0][0].name, shown[-1][0].name),
        head=["# Quotes", INTRO],
        noun="Quotes",
        empty="*No attributed quotations found yet.*",
        list_searchable=not light,
        shows=_part_shows,
        parts=parts,
    )


def _part_shows(part: paging.Part[Said]) -> tuple[object, ...]:
    """What ``_body`` shows of a part's quotes: per speaker, the summary's key and which of its quotes.

    A speaker's summary key fixes its name, slug and every quote (``corpus.reuse``), so a run of
    its quotes is its key and where the run starts and ends: hashing every quote's words, context,
    title and role was most of what keying the quotes pages cost. A speaker without a key is
    stood for by each quote's fields.
    """
    runs: list[object] = []
    for _, group in groupby(part.items, key=lambda said: id(said[0])):  # by identity: summaries compare slowly
        run = list(group)
        actor = run[0][0]
        if actor.key:
            runs.append((actor.key, run[0][2], len(run)))
        else:
            runs.extend(_shows(said) for said in run)
    return tuple(runs)


def _shows(said: Said) -> tuple[object, ...]:
    """What ``_body`` shows of a quote: its speaker and the quote's fields, as a plain tuple."""
    actor, q, _ = said
    return actor.name, actor.slug, q.text, q.slug, q.title, q.date, q.context, q.role


def speaker_pages(index: ActorIndex, parts: Sequence[paging.Part[Said]] | None = None) -> dict[str, str]:
    """Each quoted actor's name -> the path of the quotes page where their quotes start (``parts``:
    ``quote_parts`` of ``index``, when the caller has them)."""
    where: dict[str, str] = {}
    for part in quote_parts(index) if parts is None else parts:
        for actor, *_ in part.items:
            where.setdefault(actor.name, part.path)
    return where
