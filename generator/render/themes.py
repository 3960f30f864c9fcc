"""Theme pages: the index, one page per theme, and the themes list of briefing.json."""

from __future__ import annotations

from typing import Any

from generator.render import escape
from generator.render.actors import MAX_LISTED, more_note
from generator.render.text import fmt_date, page, plural
from generator.themes.corpus import ThemeIndex, ThemeSummary


def themes_indexpage(index: ThemeIndex) -> str:
    """``themes/index.md``: every theme with its description and article count."""
    rows = [
        f"- {escape.internal_link(t.name, f'{t.slug}.md')} · {plural(len(t.articles), 'article')}: "
        f"{escape.inline(t.description)}"
        for t in index.themes
    ]
    return page("Themes", ["# Themes", "\n".join(rows) or "*No themes are defined.*"])


def themepage(theme: ThemeSummary) -> str:
    """``themes/<slug>.md``: the theme's articles, newest first, with their evidence; its main actors."""
    sections = [f"# {escape.inline(theme.name)}", escape.block(theme.description), "## Articles"]
    rows = [
        f"- {escape.inline(fmt_date(a.date))} · {escape.internal_link(a.title, f'../articles/{a.slug}.md')}"
        f" — evidence: {escape.inline(a.reason)}"
        for a in theme.articles[:MAX_LISTED]
    ]
    if len(theme.articles) > MAX_LISTED:
        rows.append(more_note(len(theme.articles) - MAX_LISTED))
    sections.append("\n".join(rows) or "*No article has this theme yet.*")
    if theme.actors:
        sections.append("## Actors most present")
        sections.append(
            "\n".join(
                f"- {escape.internal_link(name, f'../actors/{slug}.md')} ({plural(n, 'article')})"
                for name, slug, n in theme.actors
            )
        )
    return page(theme.name, sections)


def theme_pages(index: ThemeIndex) -> dict[str, str]:
    """Every theme file, keyed by path under docs_src."""
    pages = {f"themes/{t.slug}.md": themepage(t) for t in index.themes}
    pages["themes/index.md"] = themes_indexpage(index)
    return dict(sorted(pages.items()))


def themes_export(index: ThemeIndex) -> list[dict[str, Any]]:
    """The ``themes`` list of briefing.json."""
    return [
        {"name": t.name, "slug": t.slug, "description": t.description, "articles": [a.slug for a in t.articles]}
        for t in index.themes
    ]
