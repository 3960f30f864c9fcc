"""Deterministic orderings shared by every stage."""

from __future__ import annotations

import datetime as dt


def text_key(text: str) -> tuple[str, str]:
    """Sort key: case-insensitive, then by exact text, so the order never depends on set iteration."""
    return (text.casefold(), text)


def newest_first(date: dt.date | None) -> tuple[int, int]:
    """Sort key: newest date first, undated last (add a tie-breaker after it)."""
    return (0, -date.toordinal()) if date else (1, 0)
