"""The home page and the list of all articles (by month once it outgrows one page)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from generator.corpus.link import date_range
from generator.corpus.records import Article, Corpus
from generator.render import escape, limits, paging
from generator.render.network import SVG_PATH, top_actors
from generator.render.text import fmt_date, page, plural
from generator.render.timeline import entry_line, latest_entries

INDEX_PATH = "articles/index.md"
UNDATED = "undated"  # the month key of articles without a date; month keys are otherwise yyyy-mm


def _row(article: Article, prefix: str) -> str:
    source = escape.inline(article.meta.source or "unknown source")
    title = escape.internal_link(article.meta.title, f"{prefix}{article.slug}.md")
    return f"| {escape.inline(fmt_date(article.meta.date))} | {title} | {source} |"


def article_table(articles: tuple[Article, ...], prefix: str) -> str:
    """A Markdown table of articles (date, title, source) in the given order."""
    if not articles:
        return "*No articles yet: add text files to the seeds folder and rebuild.*"
    rows = ["| Date | Title | Source |", "|---|---|---|"] + [_row(a, prefix) for a in articles]
    return "\n".join(rows)


def home_page(corpus: Corpus, site_name: str) -> str:
    """The home page: what the briefing covers, its counts and its latest articles."""
    arts = corpus.articles
    sources = {a.meta.source for a in arts if a.meta.source}
    span = date_range(corpus)
    covers = f"from {fmt_date(span[0])} to {fmt_date(span[1])}" if span else "with no dated articles"
    lines = [
        f"# {escape.inline(site_name)}",
        f"This briefing holds **{plural(len(arts), 'article')}** from "
        f"**{plural(len(sources), 'source')}**, {escape.inline(covers)}.",
    ]
    undated = sum(1 for a in arts if a.meta.date is None)
    if undated:
        lines.append(f"{plural(undated, 'article')} state no publication date.")
    if corpus.skipped:
        lines.append(f"{plural(len(corpus.skipped), 'input file')} could not be used (listed in `briefing.json`).")
    lines += ["## Latest articles", article_table(arts[:limits.LATEST_ON_HOME], "articles/")]
    lines += _most_covered(corpus)
    lines += _latest_events(corpus)
    lines += [
        "## Who is named together",
        f"![The most-covered actors and how often articles name them together]({SVG_PATH})",
        "[All articles](articles/index.md) · [Timeline](timeline.md) · [Sources](sources/index.md) · "
        "[Atom feed](feed.xml) · [Data export (briefing.json)](briefing.json)",
    ]
    return page("Home", lines)


def _most_covered(corpus: Corpus) -> list[str]:
    slugs = {a.name: a.slug for a in corpus.actor_index.actors}
    actors = [
        f"- {escape.internal_link(name, f'actors/{slugs[name]}.md')} · {plural(n, 'article')}"
        for name, n in top_actors(corpus, limits.TOP_ON_HOME)
        if name in slugs
    ]
    themes = sorted(
        (t for t in corpus.theme_index.themes if t.articles), key=lambda t: (-len(t.articles), t.name.casefold())
    )
    rows = [
        f"- {escape.internal_link(t.name, f'themes/{t.slug}.md')} · {plural(len(t.articles), 'article')}"
        for t in themes[:limits.TOP_ON_HOME]
    ]
    out = []
    if actors:
        out += ["## Most-covered actors", "\n".join(actors), "[All actors](actors/index.md)"]
    if rows:
        out += ["## Most-covered themes", "\n".join(rows), "[All themes](themes/index.md)"]
    return out


def _latest_events(corpus: Corpus) -> list[str]:
    span = date_range(corpus)
    entries = latest_entries(corpus.timeline, limits.TIMELINE_ON_HOME, until=span[1] if span else None)
    if not entries:
        return []
    return ["## Latest on the timeline", "\n".join(entry_line(e) for e in entries), "[Full timeline](timeline.md)"]


def _month_path(key: str) -> str:
    """``articles/months/2024-02.md``: slugs have no ``/``, so no article page can take this path."""
    return f"articles/months/{key}.md"


def month_key(date: dt.date) -> str:
    """``yyyy-mm`` with a four-digit year for any year (``%Y`` gives ``1`` for year 1 on glibc)."""
    return f"{date.year:04d}-{date.month:02d}"


def _month_label(key: str, *, with_year: bool = True) -> str:
    """``February 2024`` (or ``February``) for ``2024-02``; ``Undated``."""
    if key == UNDATED:
        return "Undated"
    return f"{dt.date(int(key[:4]), int(key[5:]), 1):{'%B %Y' if with_year else '%B'}}"


def _by_month(articles: tuple[Article, ...]) -> dict[str, list[Article]]:
    """Articles grouped by ``yyyy-mm``, newest month first and ``undated`` last, each newest first."""
    months: dict[str, list[Article]] = defaultdict(list)
    for a in articles:  # already newest first, undated last
        months[month_key(a.meta.date) if a.meta.date else UNDATED].append(a)
    order = sorted((k for k in months if k != UNDATED), reverse=True) + ([UNDATED] if UNDATED in months else [])
    return {key: months[key] for key in order}


def _months_list(months: dict[str, list[Article]]) -> str:
    """One line per year, newest first (``**2024**: December (85) · November (90) · …``), then the undated."""
    years: dict[str, list[str]] = defaultdict(list)
    undated = []
    for key, group in months.items():
        link = paging.relative(INDEX_PATH, _month_path(key))
        if key == UNDATED:
            undated.append(f"- {escape.internal_link('Undated', link)} ({len(group):,})")
        else:
            years[key[:4]].append(f"{escape.internal_link(_month_label(key, with_year=False), link)} ({len(group):,})")
    return "\n".join([*(f"- **{year}**: " + " · ".join(cells) for year, cells in years.items()), *undated])


def _month_pages(
    key: str, group: list[Article], older: str | None, newer: str | None, searchable: bool = True
) -> dict[str, str]:
    """One month's page (and its continuations), with links to the months either side and the index."""
    first = _month_path(key)
    nav = []
    if older:
        nav.append(escape.internal_link(f"← {_month_label(older)}", paging.relative(first, _month_path(older))))
    nav.append(escape.internal_link("All articles", paging.relative(first, INDEX_PATH)))
    if newer:
        nav.append(escape.internal_link(f"{_month_label(newer)} →", paging.relative(first, _month_path(newer))))
    label = _month_label(key)
    return paging.paged(
        first,
        f"Articles: {label}",
        group,
        limits.ARTICLES_PER_PAGE,
        lambda part: article_table(tuple(part.items), part.folder("articles")),
        head=[f"# {escape.inline(label)}", f"{plural(len(group), 'article')}, newest first.", " · ".join(nav)],
        noun="Articles",
        searchable=searchable,
    )


def articles_pages(corpus: Corpus, light: bool = False) -> dict[str, str]:
    """The list of all articles, newest first, undated ones last.

    Up to ``limits.ARTICLES_ON_INDEX`` articles it is one page, as it always was; beyond that
    ``articles/index.md`` lists the months (with counts) and the newest articles, and each month
    has its own page at ``articles/months/<yyyy-mm>.md`` (``undated.md``), paged when it is long.
    With a ``light`` search index the month pages are not indexed.
    """
    arts = corpus.articles
    if len(arts) <= limits.ARTICLES_ON_INDEX:
        return {INDEX_PATH: page("All articles", ["# All articles", article_table(arts, "")])}
    months = _by_month(arts)
    index = [
        "# All articles",
        f"{plural(len(arts), 'article')}, newest first; each month has its own page.",
        "## By month",
        _months_list(months),
        "## Latest articles",
        article_table(arts[:limits.ARTICLES_ON_INDEX], ""),
    ]
    pages = {INDEX_PATH: page("All articles", index)}
    dated = [key for key in months if key != UNDATED]  # newest first
    for i, key in enumerate(dated):
        older = dated[i + 1] if i + 1 < len(dated) else None
        pages.update(_month_pages(key, months[key], older, dated[i - 1] if i else None, not light))
    if UNDATED in months:
        pages.update(_month_pages(UNDATED, months[UNDATED], None, None, not light))
    return pages
