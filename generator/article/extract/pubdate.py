"""Choose an article's publication date and say how it was found.

Explicit: a date in the header zone (or on a META line) that is stated as the article's
date: a line made of the date alone with at most a few names, times or labels around it
("09 March, 2021", "Tuesday 14 January 2025 - 15:21", "2 min read | 8 Feb 2024"); a
byline carrying a date ("By Outlet March 9, 2021"); a labelled line ("Published ...",
"Posted ...", "Date: ..."); or a dateline opening a body paragraph ("CAIRO, Mar 9, 2021
(Reuters) -"). A labelled line wins, then a line the cleaner marked META (byline,
dateline), then any other, each tier in reading order.

Inferred: only a date in the path of a URL standing alone on a header or footer line
(e.g. "Source: https://site/2024/02/08/slug"), which is how sites date their article
addresses. Copyright years and footer dates are not used: they date the site, not the
article.

Never used: a date inside a body sentence (an event: "on February 3, the ministry..."),
anything after "Updated"/"Last modified" on a line, reference-list entries, embedded
posts, and relative dates ("2 days ago", "yesterday") which have nothing to anchor them.
Unknown when nothing qualifies: the date is None, never invented. A date after the day of the
build (plus one) is not a publication date (``generator.text.datecheck``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from generator.article.extract.dates import DateHit, find_dates, residue, url_dates
from generator.article.extract.zone import UPDATED, View, snippet, word_count
from generator.article.records import Basis, Line, Role
from generator.text.datecheck import why_not

_LABELLED = re.compile(
    r"^\s*(?:(?:first\s+)?published|posted|date[d]?|publication date|released|issued|"
    r"publié|veröffentlicht|publicado|опубликовано)\b",
    re.I,
)
_BY = re.compile(r"^\s*(?:by|von|par|por)\s", re.I)
# Words that may surround a standalone date line without making it a sentence.
_FILLERS = frozenset(
    {
        "on",
        "at",
        "the",
        "of",
        "le",
        "am",
        "el",
        "den",
        "de",
        "du",
        "à",
        "a",
        "um",
        "в",
        "г",
        "года",
        "год",
        "min",
        "mins",
        "minute",
        "minutes",
        "read",
        "reading",
        "time",
        "and",
        "et",
        "y",
        "и",
        "st",
        "nd",
        "rd",
        "th",
    }
)
_DATELINE = re.compile(r"^\s*[A-ZÀ-ÞА-Я][A-ZÀ-ÞА-Я .'’-]{1,40},?\s*(?P<rest>[^–—]{0,80}?)\s*(?:[–—]|\s-\s|/\w+/)")
_URL_LINE = re.compile(
    r"^\s*(?:(?:source|url|link|original|from|read (?:more|online) at)\s*:?\s*)?"
    r"(?P<url>https?://\S+)\s*$",
    re.I,
)
Found = tuple[dt.date, Basis, str]


def _is_date_line(text: str, hits: list[DateHit]) -> bool:
    words = [w for w in residue(text, hits) if w.lower() not in _FILLERS and not w.isdigit()]
    # A few names (city, outlet) may stand beside the date; a lower-case word means a sentence.
    return len(words) <= 5 and all(w[0].isupper() for w in words)


def _by_date(text: str, hit: DateHit) -> bool:
    # "By Outlet March 9, 2021" but not "By March 2021, troops will...".
    before, after = text[: hit.start], text[hit.end :]
    return bool(_BY.match(text)) and word_count(before) >= 2 and word_count(after) <= 4


def _explicit(line: Line) -> tuple[DateHit, bool] | None:
    """The date ``line`` states as the article's own, and whether the line is labelled."""
    text = UPDATED.split(line.text)[0]
    hits = find_dates(text)
    if not hits:
        return None
    if _LABELLED.match(text):
        return hits[0], True
    short = word_count(text) <= 16
    if short and (_by_date(text, hits[0]) or _is_date_line(text, hits)):
        return hits[0], False
    if line.role == Role.BODY or not short:
        m = _DATELINE.match(text)
        if m and (inner := find_dates(m.group(0))) and _is_date_line(m.group(0), inner):
            return inner[0], False
    return None


def _candidates(view: View) -> Iterator[Line]:
    seen: set[int] = set()
    meta = [line for line in view.usable if line.role == Role.META]
    for line in sorted((*view.header, *meta), key=lambda ln: ln.number):
        if line.number not in seen:
            seen.add(line.number)
            yield line


def _inferred(view: View) -> Found | None:
    for line in (*view.header, *view.footer):
        m = _URL_LINE.match(line.text)
        hits = [h for h in url_dates(m.group("url")) if why_not(h.date) is None] if m else []
        if hits:
            return hits[0].date, Basis.INFERRED, line.text.strip()
    return None


def pick_date(view: View) -> Found | None:
    """The publication date, its basis and its evidence snippet; None when unknown."""
    best: tuple[int, int, DateHit, Line] | None = None
    for line in _candidates(view):
        found = _explicit(line)
        if found is None or why_not(found[0].date) is not None:  # a date after the build day
            continue
        hit, labelled = found
        tier = 0 if labelled else 1 if line.role == Role.META else 2
        if best is None or (tier, line.number) < best[:2]:
            best = (tier, line.number, hit, line)
    if best is not None:
        _, _, hit, line = best
        return hit.date, Basis.EXPLICIT, snippet(line.text, hit.start, hit.end)
    return _inferred(view)
