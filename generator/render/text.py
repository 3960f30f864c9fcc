"""Small display helpers shared by page renderers."""

from __future__ import annotations

import datetime as dt
import math

from generator.render import escape
from generator.render.frontmatter import front_matter

WORDS_PER_MINUTE = 230


def fmt_date(date: dt.date | None) -> str:
    """``8 February 2024``, or ``date unknown``."""
    if date is None:
        return "date unknown"
    return f"{date.day} {date:%B %Y}"


def reading_time(words: int) -> str:
    """Reading time at an average adult reading speed."""
    return f"{max(1, math.ceil(words / WORDS_PER_MINUTE))} min read"


def plural(n: int, word: str) -> str:
    """``1 article``, ``2 articles``."""
    return f"{n} {word}{'' if n == 1 else 's'}"


def page(title: str, sections: list[str]) -> str:
    """A generated page: front matter with the (escaped) title, then its non-empty sections."""
    body = "\n\n".join(s for s in sections if s)
    return front_matter({"title": escape.html_text(title)}) + "\n" + body + "\n"
