"""Theme pages: the index, one page per theme (its article list paged), and the themes list of briefing.json."""

from __future__ import annotations

from typing import Any

from generator.corpus.records import ThemeArticle, ThemeIndex, ThemeSummary
from generator.render import escape, limits, paging
from generator.render.text import clip, fmt_date, page, plural


def themes_indexpage(index: ThemeIndex) -> str:
    """``themes/index.md``: every theme with its description and article count."""
    rows = [
        f"- {escape.internal_link(t.name, f'{t.slug}.md')} · {plural(len(t.articles), 'article')}: "
        f"{escape.inline(t.description)}"
        for t in index.themes
    ]
    return page("Themes", ["# Themes", "\n".join(rows) or "*No themes are defined.*"])


def _row(a: ThemeArticle, part: paging.Part[ThemeArticle]) -> str:
    return (
        f"- {escape.inline(fmt_date(a.date))} · {escape.internal_link(a.title, part.link(f'articles/{a.slug}.md'))}"
        f" — evidence: {escape.inline(clip(a.reason))}"
    )


def themepage(theme: ThemeSummary) -> dict[str, str]:
    """``themes/<slug>.md`` (its articles newest first, with their evidence; its main actors) and continuations."""
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
        lambda part: "\n".join(_row(a, part) for a in part.items),
        head=[f"# {escape.inline(theme.name)}", escape.block(theme.description)],
        tail=tail,
        heading="## Articles",
        noun="Articles",
        empty="*No article has this theme yet.*",
    )


def theme_pages(index: ThemeIndex) -> dict[str, str]:
    """Every theme file, keyed by path under docs_src."""
    pages: dict[str, str] = {}
    for t in index.themes:
        pages.update(themepage(t))
    pages["themes/index.md"] = themes_indexpage(index)
    return dict(sorted(pages.items()))


def themes_export(index: ThemeIndex) -> list[dict[str, Any]]:
    """The ``themes`` list of briefing.json."""
    return [
        {"name": t.name, "slug": t.slug, "description": t.description, "articles": [a.slug for a in t.articles]}
        for t in index.themes
    ]
