"""Theme pages: the index, one page per theme (its article list paged), and the themes list of briefing.json."""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial
from typing import Any

from generator.corpus.records import ThemeArticle, ThemeIndex, ThemeSummary
from generator.render import escape, keyed, limits, paging
from generator.render.listing import one_line
from generator.render.text import fmt_date, page, plural

DISCOVERED_NOTE = (
    "Themes marked *discovered* are not in the taxonomy (`themes.yml`): they are groups of articles "
    "that share distinctive terms. The build report gives each as an entry to paste into `themes.yml`."
)


def themes_indexpage(index: ThemeIndex) -> str:
    """``themes/index.md``: every theme that has articles, with its description and article count."""
    rows = [
        f"- {escape.internal_link(t.name, f'{t.slug}.md')}{' · *discovered*' if t.discovered else ''} · "
        f"{plural(len(t.articles), 'article')}: {one_line(t.description, limits.DESCRIPTION_ON_LIST)}"
        for t in index.themes
    ]
    parts = ["# Themes", "\n".join(rows) or "*No article has a theme yet.*"]
    if any(t.discovered for t in index.themes):
        parts.append(DISCOVERED_NOTE)
    return page("Themes", parts)


def _row(a: ThemeArticle, part: paging.Part[ThemeArticle], summaries: dict[str, str], why: bool) -> str:
    head = f"- {escape.internal_link(a.title, part.link(f'articles/{a.slug}.md'))} · {escape.inline(fmt_date(a.date))}"
    if why:  # a discovered theme's evidence is not on the article page: say it here
        head += f" · *{escape.inline(a.reason)}*"
    summary = escape.neutralise_start(one_line(summaries.get(a.slug, "")))
    return f"{head}  \n  {summary}" if summary else head


def themepage(theme: ThemeSummary, summaries: dict[str, str] | None = None, light: bool = False) -> dict[str, str]:
    """``themes/<slug>.md`` (its articles newest first, each with a one-line summary; its main actors) and
    continuations. The evidence for the theme is on each article page, in its collapsed note. With a
    ``light`` search index only the head (name, description) is indexed, as on actor pages."""
    tail = []
    if theme.actors:
        tail.append("## Actors most present")
        tail.append(
            "\n".join(
                f"- {escape.internal_link(name, f'../actors/{slug}.md')} ({plural(n, 'article')})"
                for name, slug, n in theme.actors
            )
        )
    return paging.paged(
        f"themes/{theme.slug}.md",
        theme.name,
        theme.articles,
        limits.APPEARANCES_PER_PAGE,
        lambda part: "\n".join(_row(a, part, summaries or {}, theme.discovered) for a in part.items),
        key=lambda a: a.slug,
        describe=lambda shown: paging.between(fmt_date(shown[0].date), fmt_date(shown[-1].date)),
        head=[f"# {escape.inline(theme.name)}", escape.block(theme.description)]
        + ([DISCOVERED_NOTE] if theme.discovered else []),
        tail=tail,
        heading="## Articles",
        noun="Articles",
        empty="*No article has this theme yet.*",
        list_searchable=not light,
        shows=lambda part: tuple((a.slug, a.title, a.date, (summaries or {}).get(a.slug, "")) for a in part.items),
    )


def _list_inputs(
    theme: ThemeSummary, summaries: Mapping[str, str], keys: Mapping[str, str], light: bool
) -> tuple[object, ...]:
    """Everything a theme's pages show (``keyed.unchanged``): the summary's fields, and per article
    its slug, title, date and reason with its key standing for its summary (the summary itself when
    the key is not known)."""
    articles = tuple(
        (a.slug, a.title, a.date, a.reason, keys.get(a.slug) or summaries.get(a.slug)) for a in theme.articles
    )
    return theme.name, theme.description, theme.discovered, theme.actors, light, articles


def theme_pages(
    index: ThemeIndex,
    summaries: dict[str, str] | None = None,
    light: bool = False,
    keys: Mapping[str, str] | None = None,
) -> dict[str, str]:
    """Every theme file, keyed by path under docs_src; ``summaries`` maps an article's slug to its summary.

    Under a build's session a theme whose inputs are unchanged keeps its pages without being
    rendered (``keyed.unchanged``; ``keys``: article slug -> its key, ``corpus.reuse``).
    """
    pages: dict[str, str] = {}
    for t in index.themes:
        if keyed.unchanged(f"themes/{t.slug}.md", partial(_list_inputs, t, summaries or {}, keys or {}, light)):
            continue
        pages.update(themepage(t, summaries, light))
    pages["themes/index.md"] = themes_indexpage(index)
    return dict(sorted(pages.items()))


def themes_export(index: ThemeIndex) -> list[dict[str, Any]]:
    """The ``themes`` list of briefing.json."""
    return [
        {
            "name": t.name,
            "slug": t.slug,
            "description": t.description,
            "articles": [a.slug for a in t.articles],
            "discovered": t.discovered,
        }
        for t in index.themes
    ]
