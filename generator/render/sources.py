"""``sources/index.md``: each outlet with its kind, country and articles."""

from __future__ import annotations

from collections import defaultdict

from generator.extract.outlets import Outlets
from generator.records import Article, Corpus
from generator.render import escape
from generator.render.text import fmt_date, page

UNKNOWN = "Source not identified"


def sources_page(corpus: Corpus, outlets: Outlets) -> str:
    """Outlets by number of articles (then name), each with its articles newest first."""
    groups: dict[str, list[Article]] = defaultdict(list)
    for article in corpus.articles:  # already newest first
        groups[article.meta.source or UNKNOWN].append(article)
    order = sorted(groups, key=lambda name: (name == UNKNOWN, -len(groups[name]), name.casefold()))
    sections = ["# Sources"]
    if not order:
        sections.append("*No articles yet.*")
    rows = ["| Source | Kind | Country | Articles |", "|---|---|---|---|"]
    for name in order:
        known = outlets.lookup(name) if name != UNKNOWN else None
        kind = known.kind if known else "—"
        country = known.country if known else "—"
        rows.append(
            f"| {escape.inline(name)} | {escape.inline(kind)} | {escape.inline(country)} | {len(groups[name])} |"
        )
    if order:
        sections.append("\n".join(rows))
    for name in order:
        sections.append(f"## {escape.inline(name)}")
        items = [
            f"- {escape.internal_link(a.meta.title, f'../articles/{a.slug}.md')} · "
            f"{escape.inline(fmt_date(a.meta.date))}"
            for a in groups[name]
        ]
        sections.append("\n".join(items))
    return page("Sources", sections)
