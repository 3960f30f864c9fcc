"""Find calendar dates written in text, in many formats and a few languages.

Formats: "March 9, 2021", "Mar. 9, 2021", "9 Mar 2021", "09 March, 2021",
"8. Februar 2024", "8 de febrero de 2024", "8 февраля 2024 г.", ISO "2024-04-15" (with
or without a time), "2024/02/08", "20.09.2025".

Numeric rule: year-first dates are always Y-M-D; dotted dates (20.09.2025) are always
day-first, the only order that convention uses. Slash and dash dates with the year last
(03/04/2024) are read day-first or month-first only when one number is above 12 (or both
are equal); otherwise the order cannot be told and the date is ignored, never guessed.
Two-digit years and dates without a year ("Feb 8") are ignored. Valid dates only: a real
calendar day with a year in 1900..2100.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from generator.knowledge.months import WEEKDAYS, month_table
from generator.text.spans import Taken

MIN_YEAR, MAX_YEAR = 1900, 2100
_MONTHS = month_table()
_MONTH = "|".join(re.escape(m) for m in sorted(_MONTHS, key=len, reverse=True))
_M = rf"(?P<m>{_MONTH})(?![^\W\d_])\.?"
_D = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th|er|º|\.)?"
_Y = r"(?P<y>\d{4})(?!\d)"

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "ymd",
        re.compile(
            r"(?<![\d./-])(?P<y>\d{4})([-/.])(?P<m>\d{1,2})\2(?P<d>\d{1,2})(?![\d/])"
            r"(?:T\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?"
        ),
    ),
    ("dmy_named", re.compile(rf"(?<![\w.]){_D}\s*(?:of\s+|de\s+)?{_M},?\s*(?:de\s+|del\s+)?{_Y}", re.I)),
    ("mdy_named", re.compile(rf"(?<!\w){_M}\s*{_D},?\s+{_Y}", re.I)),
    ("dmy_dots", re.compile(r"(?<![\d.])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})(?![\d])")),
    ("numeric", re.compile(r"(?<![\d/.-])(?P<a>\d{1,2})([/-])(?P<b>\d{1,2})\2(?P<y>\d{4})(?![\d/])")),
)
_TIME = re.compile(
    r"\b\d{1,2}[:.h]\d{2}(?::\d{2})?(?:\.\d+)?\s*(?:[ap]\.?m\.?)?"
    r"(?:\s*(?:Z|GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|MSK|AST|ET|[+-]\d{2}:?\d{2}))?",
    re.I,
)
_URL_DATE = re.compile(r"/(?P<y>(?:19|20)\d\d)[/-](?P<m>[01]?\d)[/-](?P<d>[0-3]?\d)(?=[/_.-]|$)")


@dataclass(frozen=True)
class DateHit:
    """One date found in a string, with its character span."""

    date: dt.date
    start: int
    end: int


def make_date(year: int, month: int, day: int) -> dt.date | None:
    """The date for these numbers, or None if it is not a real, plausible calendar day."""
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _numeric_order(a: int, b: int) -> tuple[int, int] | None:
    """(month, day) for a year-last slash/dash date, or None when ambiguous."""
    if a == b:
        return (a, a)
    if a > 12 >= b:
        return (b, a)
    if b > 12 >= a:
        return (a, b)
    return None


def _to_date(kind: str, m: re.Match[str]) -> dt.date | None:
    year = int(m.group("y"))
    if kind == "numeric":
        order = _numeric_order(int(m.group("a")), int(m.group("b")))
        return make_date(year, *order) if order else None
    month_text = m.group("m")
    # IGNORECASE also matches odd letters ("ſ" for "s") that lower() leaves unmapped.
    month = int(month_text) if month_text.isdigit() else _MONTHS.get(month_text.lower())
    return make_date(year, month, int(m.group("d"))) if month else None


def find_dates(text: str) -> list[DateHit]:
    """Every valid date written in ``text``, in order of position, spans never overlapping."""
    hits: list[DateHit] = []
    taken = Taken()
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if not taken.free(m.start(), m.end()):
                continue
            date = _to_date(kind, m)
            if date is not None:
                hits.append(DateHit(date, m.start(), m.end()))
                taken.take(m.start(), m.end())
    return sorted(hits, key=lambda h: h.start)


def url_dates(text: str) -> list[DateHit]:
    """Dates written as path segments of a URL (/2024/02/08/ or /2024-02-08-)."""
    hits = []
    for m in _URL_DATE.finditer(text):
        date = make_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        if date is not None:
            hits.append(DateHit(date, m.start(), m.end()))
    return hits


def residue(text: str, hits: list[DateHit]) -> list[str]:
    """The words of ``text`` left once dates, times and weekday names are removed."""
    pieces, last = [], 0
    for hit in hits:
        pieces.append(text[last : hit.start])
        last = hit.end
    pieces.append(text[last:])
    rest = _TIME.sub(" ", " ".join(pieces))
    words = re.findall(r"[^\W_]+", rest)
    return [w for w in words if w.lower() not in WEEKDAYS]
