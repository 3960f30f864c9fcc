"""Find calendar dates written in text, in many formats and languages.

Formats: "March 9, 2021", "Mar. 9, 2021", "9 Mar 2021", "09 March, 2021", "8. Februar 2024",
"8 de febrero de 2024", "8 февраля 2024 г.", "2020. március 12.", ISO "2024-04-15" (with or
without a time), ISO basic "20240415T0830" (with its time, since a bare run of eight digits is
more often a number than a date), "2024/02/08", CJK "2024年2月8日", dotted "20.09.2025" and
"18. 05. 2014". Month names of every language in ``languages.yml`` are read.

A year may run straight into a second date ("2. Februar 20202. Februar 2020") or a clock time
("9. Februar 202014:35"): a text copy glues a page's "published" and "updated" stamps, or a date
and its time, so the date is still read.

Numeric rule: year-first dates are always Y-M-D; dotted dates (20.09.2025) are always day-first,
the only order that convention uses. Slash and dash dates with the year last (03/04/2024) are
read day-first or month-first when one number is above 12 (or both are equal), or day-first when
the caller knows the page's convention is day-first (``day_first``: any language but English);
otherwise the order cannot be told and the date is ignored, never guessed. Two-digit years
("17.11.19") are read only when asked (``short_years``: a short metadata line) and as 20yy.
Dates without a year ("Feb 8") are ignored. Valid dates only: a real calendar day with a year in
1900..2100.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from generator.knowledge.languages import Languages
from generator.text.memo import per_text
from generator.text.spans import Taken

MIN_YEAR, MAX_YEAR = 1900, 2100
_TIME = re.compile(
    r"\b\d{1,2}[:.h]\d{2}(?::\d{2})?(?:\.\d+)?\s*(?:[ap]\.?m\.?)?"
    r"(?:\s*(?:Z|GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|MSK|AST|ET|[+-]\d{2}:?\d{2}))?",
    re.I,
)
_YEAR_DIGITS = re.compile(r"\d\d")
_FULL_YEAR = re.compile(r"\d{4}")  # every format but the short dotted one writes its year in four digits
_URL_DATE = re.compile(r"/(?P<y>(?:19|20)\d\d)[/-](?P<m>[01]?\d)[/-](?P<d>[0-3]?\d)(?=[/_.-]|$)")


@dataclass(frozen=True)
class DateHit:
    """One date found in a string, with its character span and the format it was written in."""

    date: dt.date
    start: int
    end: int
    kind: str = ""


def make_date(year: int, month: int, day: int) -> dt.date | None:
    """The date for these numbers, or None if it is not a real, plausible calendar day."""
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _numeric_order(a: int, b: int, day_first: bool | None) -> tuple[int, int] | None:
    """(month, day) for a year-last slash/dash date, or None when ambiguous."""
    if a == b:
        return (a, a)
    if a > 12 >= b:
        return (b, a)
    if b > 12 >= a:
        return (a, b)
    return (b, a) if day_first else None


def _to_date(kind: str, m: re.Match[str], languages: Languages, day_first: bool | None) -> dt.date | None:
    year = int(m.group("y"))
    if kind == "dmy_dots_short":
        year += 2000
    if kind == "numeric":
        order = _numeric_order(int(m.group("a")), int(m.group("b")), day_first)
        return make_date(year, *order) if order else None
    month_text = m.group("m")
    month = int(month_text) if month_text.isdigit() else month_of(month_text, languages)
    return make_date(year, month, int(m.group("d"))) if month else None


def month_of(name: str, languages: Languages) -> int | None:
    """The number of the month a name or abbreviation written in a date stands for ("März", "Feb.")."""
    # IGNORECASE also matches odd letters ("ſ" for "s") that lower() leaves unmapped.
    return languages.month_number.get(" ".join(name.lower().rstrip(".").split()))


def find_dates(
    text: str, languages: Languages, day_first: bool | None = None, short_years: bool = False
) -> list[DateHit]:
    """Every valid date written in ``text``, in order of position, spans never overlapping.

    A fresh list of remembered hits: the byline, date-line and timeline readers ask about the same
    line up to a dozen times per article (issue 20), and callers may extend the list they get.
    """
    if not _YEAR_DIGITS.search(text):  # every format's year is two or four digits: most lines have none
        return []
    if not short_years and not _FULL_YEAR.search(text):  # a clock time or a count, no year
        return []
    return list(_dates(text, languages, day_first, short_years))


@per_text(maxsize=1 << 11)  # the key is pure: ``Languages`` is hashed by identity and never changes
def _dates(text: str, languages: Languages, day_first: bool | None, short_years: bool) -> tuple[DateHit, ...]:
    """``find_dates`` computed: every pattern in priority order, a later one only where no earlier one matched."""
    hits: list[DateHit] = []
    taken = Taken()
    for kind, pattern in languages.date_patterns:
        if kind == "dmy_dots_short" and not short_years:
            continue
        for m in pattern.finditer(text):
            if not taken.free(m.start(), m.end()):
                continue
            date = _to_date(kind, m, languages, day_first)
            if date is not None:
                hits.append(DateHit(date, m.start(), m.end(), kind))
                taken.take(m.start(), m.end())
    return tuple(sorted(hits, key=lambda h: h.start))


def url_dates(text: str) -> list[DateHit]:
    """Dates written as path segments of a URL (/2024/02/08/ or /2024-02-08-)."""
    hits = []
    for m in _URL_DATE.finditer(text):
        date = make_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        if date is not None:
            hits.append(DateHit(date, m.start(), m.end(), "url"))
    return hits


def residue(text: str, hits: list[DateHit], languages: Languages) -> list[str]:
    """The words of ``text`` left once dates, times and weekday names are removed."""
    pieces, last = [], 0
    for hit in hits:
        pieces.append(text[last : hit.start])
        last = hit.end
    pieces.append(text[last:])
    rest = _TIME.sub(" ", " ".join(pieces))
    words = re.findall(r"[^\W_]+", rest)
    return [w for w in words if w.lower() not in languages.weekday_words]


def has_weekday(text: str, hit: DateHit, languages: Languages) -> bool:
    """Whether a weekday name stands just before ``hit`` ("Friday, 8 March 2024")."""
    return bool(languages.weekday_before.search(text[max(0, hit.start - 20) : hit.start]))
