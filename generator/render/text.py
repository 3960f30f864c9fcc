"""Small display helpers shared by page renderers."""

from __future__ import annotations

import datetime as dt
import functools
import math

from generator.render import escape, limits
from generator.render.frontmatter import front_matter

WORDS_PER_MINUTE = 230


@functools.lru_cache(maxsize=4096)
def fmt_date(date: dt.date | None) -> str:
    """``8 February 2024``, or ``date unknown`` (remembered: list pages show the same dates again and again)."""
    if date is None:
        return "date unknown"
    return f"{date.day} {date:%B %Y}"


def reading_time(words: int) -> str:
    """Reading time at an average adult reading speed."""
    return f"{max(1, math.ceil(words / WORDS_PER_MINUTE))} min read"


def plural(n: int, word: str) -> str:
    """``1 article``, ``2 articles``."""
    return f"{n} {word}{'' if n == 1 else 's'}"


def clip(text: str, limit: int | None = None) -> str:
    """``text`` cut to at most ``limit`` (``MAX_SENTENCE``) characters at a word boundary, ``…`` marking a cut."""
    limit = limits.MAX_SENTENCE if limit is None else limit
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit // 2 else cut).rstrip(" ,;:") + "…"


def page(title: str, sections: list[str], *, searchable: bool = True) -> str:
    """A generated page: front matter with the (escaped) title, then its non-empty sections.

    Continuation pages of long lists are not ``searchable``: they repeat text the article pages
    hold, and at 10,000 articles they would double the search index.
    """
    body = "\n\n".join(s for s in sections if s)
    fields: dict[str, object] = {"title": escape.html_text(title)}
    if not searchable:
        fields["search"] = {"exclude": True}
    return front_matter(fields) + "\n" + body + "\n"
