"""The list of all articles (by month once it outgrows one page); the home page is ``render.home``."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence

from generator.corpus.records import Article, Corpus
from generator.render import escape, keyed, limits, paging
from generator.render.listing import article_item, listed, stands_for
from generator.render.text import fmt_date, page, plural

INDEX_PATH = "articles/index.md"
UNDATED = "undated"  # the month key of articles without a date; month keys are otherwise yyyy-mm


def article_table(articles: tuple[Article, ...], prefix: str) -> str:
    """Articles in the given order, each with its outlet, date and a one-line summary."""
    if not articles:
        return "*No articles yet: add text files to the seeds folder and rebuild.*"
    return "\n".join(article_item(a, prefix) for a in articles)


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


def _dates(shown: Sequence[Article]) -> str:
    """The dates of the first and last article a page shows: the range it covers."""
    return paging.between(fmt_date(shown[0].meta.date), fmt_date(shown[-1].meta.date))


def _month_pages(
    key: str, group: list[Article], older: str | None, newer: str | None, searchable: bool = True
) -> dict[str, str]:
    """One month's page (and its continuations), with links to the months either side and the index."""
    first = _month_path(key)
    if keyed.unchanged(first, lambda: (older, newer, searchable, tuple(map(stands_for, group)))):
        return {}  # its pages are kept as they are: an article's key stands for what the list shows of it
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
        key=lambda a: a.slug,
        describe=_dates,
        head=[f"# {escape.inline(label)}", f"{plural(len(group), 'article')}, newest first.", " · ".join(nav)],
        noun="Articles",
        searchable=searchable,
        shows=lambda part: tuple(listed(a) for a in part.items),
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
