"""The one rule for a publication (or retrieval) date, used by every reader and extractor.

A date is used only when it is a real calendar day, not before 1800 and not after the day of
the build plus one (a time zone ahead of the machine's may already be on the next day). Anything
else is unknown, never a guess: Go's zero time ``0001-01-01T00:00:00Z`` in a page's JSON-LD,
``2024-02-30`` in a sidecar, a typo'd year 2204. Owner-provided values that fail the rule give a
warning (the owner can fix them); dates a page or its text states are simply not used, and the
next candidate (meta tag, byline) is tried.

The upper bound moves with the clock, so a per-article result made today is cached under the
file's content key: an article saved with a date in the future stays undated until it changes.
That is the right answer, since a page cannot have been published after it was saved.
"""

from __future__ import annotations

import datetime as dt
import re

EARLIEST = dt.date(1800, 1, 1)
AHEAD = dt.timedelta(days=1)
_ISO_RE = re.compile(r"\s*([+-]?\d{1,6})-(\d{1,2})-(\d{1,2})(?![\d])")


def latest(today: dt.date | None = None) -> dt.date:
    """The latest plausible date: the build day plus one."""
    return (today or dt.date.today()) + AHEAD


def why_not(day: dt.date, today: dt.date | None = None) -> str | None:
    """Why ``day`` cannot be a publication date, or None when it can."""
    if day < EARLIEST:
        return f"{day.year:04d}-{day.month:02d}-{day.day:02d} is before {EARLIEST.year}"
    if day > latest(today):
        return f"{day.isoformat()} is in the future"
    return None


def calendar_day(year: int, month: int, day: int) -> dt.date | None:
    """The date for these numbers when they name a real calendar day (any year), else None."""
    try:
        return dt.date(year, month, day)
    except (ValueError, OverflowError):
        return None


def parse_date(value: object, today: dt.date | None = None) -> tuple[dt.date | None, str]:
    """A plausible date from a date, a datetime or text starting ``YYYY-MM-DD``; else None and why.

    Never raises: the value comes from an untrusted file.
    """
    if isinstance(value, dt.datetime):
        day = value.date()
    elif isinstance(value, dt.date):
        day = value
    elif isinstance(value, str):
        match = _ISO_RE.match(value[:64])
        if not match:
            return None, f"{value[:40]!r} is not a date like 2024-02-08"
        found = calendar_day(int(match[1]), int(match[2]), int(match[3]))
        if found is None:
            return None, f"{match[0].strip()!r} is not a real calendar date"
        day = found
    else:
        return None, f"a value of type {type(value).__name__} is not a date"
    reason = why_not(day, today)
    return (None, reason) if reason else (day, "")
