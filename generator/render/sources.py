"""``sources/index.md``: each outlet with its kind, country and newest articles; a page per busy outlet."""

from __future__ import annotations

from collections import defaultdict

from generator.corpus.records import Article, Corpus
from generator.knowledge.outlets import Outlets
from generator.render import escape, keyed, limits, paging
from generator.render.listing import listed, one_line, stands_for
from generator.render.text import fmt_date, plural
from generator.text.slugs import assign_unique, slugify

UNKNOWN = "Source not identified"
INDEX_PATH = "sources/index.md"


def _item(article: Article, prefix: str) -> str:
    """An article of the outlet with its date and one-line summary; ``prefix`` leads to the articles folder."""
    title = escape.internal_link(article.meta.title, f"{prefix}{article.slug}.md")
    head = f"- {title} · {escape.inline(fmt_date(article.meta.date))}"
    summary = escape.neutralise_start(one_line(article.draft.summary))
    return f"{head}  \n  {summary}" if summary else head


def _describe(name: str, outlets: Outlets) -> tuple[str, str]:
    """The outlet's kind and country, ``—`` when it is not a known outlet."""
    known = outlets.lookup(name) if name != UNKNOWN else None
    return (known.kind, known.country) if known else ("—", "—")


def sources_pages(corpus: Corpus, outlets: Outlets, light: bool = False) -> dict[str, str]:
    """Outlets by number of articles (then name), each with its newest articles; pages for the rest.

    An outlet with more than ``limits.ARTICLES_PER_SOURCE_ON_INDEX`` articles gets its own page,
    ``sources/<slug>.md``, with all of them; the index continues on further pages after
    ``limits.SOURCES_PER_PAGE`` outlets. With a ``light`` search index none is indexed.
    """
    groups: dict[str, list[Article]] = defaultdict(list)
    for article in corpus.articles:  # already newest first
        groups[article.meta.source or UNKNOWN].append(article)
    order = sorted(groups, key=lambda name: (name == UNKNOWN, -len(groups[name]), name.casefold()))
    busy = [name for name in order if len(groups[name]) > limits.ARTICLES_PER_SOURCE_ON_INDEX]
    slugs = assign_unique((name, slugify(name, "source")) for name in busy)
    pages: dict[str, str] = {}

    def body(part: paging.Part[str]) -> str:
        rows = ["| Source | Kind | Country | Articles |", "|---|---|---|---|"]
        for name in part.items:
            kind, country = _describe(name, outlets)
            rows.append(
                f"| {escape.inline(name)} | {escape.inline(kind)} | {escape.inline(country)} | {len(groups[name])} |"
            )
        sections = ["\n".join(rows)] if part.items else []
        for name in part.items:
            items = [_item(a, part.folder("articles")) for a in groups[name][:limits.ARTICLES_PER_SOURCE_ON_INDEX]]
            if name in slugs:
                every = f"All {len(groups[name]):,} articles from {name}"
                items.append(f"- *{escape.internal_link(every, part.link(f'sources/{slugs[name]}.md'))}*")
            sections += [f"## {escape.inline(name)}", "\n".join(items)]
        return "\n\n".join(sections)

    def shows(part: paging.Part[str]) -> object:
        """What ``body`` shows of each outlet: its count, page and newest articles."""
        newest = limits.ARTICLES_PER_SOURCE_ON_INDEX
        return tuple((n, len(groups[n]), slugs.get(n), tuple(map(listed, groups[n][:newest]))) for n in part.items)

    pages.update(
        paging.paged(
            INDEX_PATH, "Sources", order, limits.SOURCES_PER_PAGE, body, head=["# Sources"], noun="Sources",
            key=str, describe=lambda shown: paging.between(shown[0], shown[-1]),
            empty="*No articles yet.*", searchable=not light, shows=shows,
        )
    )
    for name in busy:
        pages.update(_source_pages(name, slugs[name], groups[name], outlets, searchable=not light))
    return pages


def _source_pages(
    name: str, slug: str, articles: list[Article], outlets: Outlets, searchable: bool = True
) -> dict[str, str]:
    """``sources/<slug>.md``: every article of one outlet, newest first (kept whole when its articles are
    unchanged: ``keyed.unchanged``)."""
    first = f"sources/{slug}.md"
    if keyed.unchanged(first, lambda: (name, searchable, tuple(map(stands_for, articles)))):
        return {}
    kind, country = _describe(name, outlets)
    about = f"**Kind:** {escape.inline(kind)} · **Country:** {escape.inline(country)}"
    about += f" · {plural(len(articles), 'article')}"
    back = escape.internal_link("All sources", paging.relative(first, INDEX_PATH))
    return paging.paged(
        first,
        name,
        articles,
        limits.ARTICLES_PER_PAGE,
        lambda part: "\n".join(_item(a, part.folder("articles")) for a in part.items),
        key=lambda a: a.slug,
        describe=lambda shown: paging.between(fmt_date(shown[0].meta.date), fmt_date(shown[-1].meta.date)),
        head=[f"# {escape.inline(name)}", f"{about}, newest first. {back}"],
        heading="## Articles",
        noun="Articles",
        searchable=searchable,
        shows=lambda part: tuple(listed(a) for a in part.items),
    )
