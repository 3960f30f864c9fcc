"""Small display helpers shared by page renderers."""

from __future__ import annotations

import datetime as dt
import math

WORDS_PER_MINUTE = 230


def fmt_date(date: dt.date | None) -> str:
    """``8 February 2024``, or ``date unknown``."""
    if date is None:
        return "date unknown"
    return f"{date.day} {date:%B %Y}"


def reading_time(words: int) -> str:
    """Reading time at an average adult reading speed."""
    return f"{max(1, math.ceil(words / WORDS_PER_MINUTE))} min read"
