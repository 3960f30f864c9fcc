"""Date candidates from a saved page's markup (meta tags, JSON-LD, ``<time>``) and from the article's URL.

Values are parsed as ISO 8601 (extended "2024-02-08T10:00:00+01:00" or basic "20240208T1000Z")
or, failing that, as written ("Thu, 08 Feb 2024 10:00:00 +0100", "Thursday, February 8, 2024
10:00 AM"). Rejected: update stamps (``dateModified``, ``article:modified_time``, an updated
``<time>``), and what the one date rule (``generator.text.datecheck``) refuses: the JSON-LD zero
date (``0001-01-01``), any date before 1800 or after the build day plus one. A date in the URL's
path (``/2024/02/08/``) is a candidate of its own, ``inferred``: sites date their addresses, but
an address can also hold an event's date. Markup that states more than ``MANY_DATES`` different
dates of one kind describes a list of items (a section page, a feed of teasers), and none of
them is taken.

Time zones: a stamp with its offset ("2020-05-03T23:30:00-04:00") states the site's own day, the
one written (the 3rd). A stamp in UTC near midnight (``utc_edge``) does not: the site's day may be
the next or the last, so a date that only such stamps state is vetoed (``veto_utc_alone``).
htmldate's choice of a day that no other candidate states is vetoed too (``veto_htmldate_alone``):
it is a guess, not a statement, and it no longer makes a stated date look contested.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from generator.article.extract.candidates import UPDATE_STAMP, DateCandidate
from generator.article.extract.datecands import url_date_candidates
from generator.article.extract.datefeatures import HTMLDATE
from generator.article.extract.dates import find_dates
from generator.knowledge.languages import Languages
from generator.text.datecheck import calendar_day, why_not

MANY_DATES = 2
_ISO = re.compile(r"^\s*(?P<y>-?\d{1,4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?:[T ]|$)")
_BASIC = re.compile(r"^\s*(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})(?:T|\s|$)")
_UPDATE = re.compile(r"modified|updated", re.I)
# A time in UTC, however written: ISO "Z" or "+00:00", RFC 2822 "+0000" or "GMT", "UTC".
_UTC_TIME = re.compile(r"[T ](?P<h>\d{2}):\d{2}(?::\d{2})?(?:\.\d+)?\s*(?:Z|[+-]00:?00|GMT|UTC)\s*$", re.I)


def utc_edge(value: str) -> bool:
    """A time stated in UTC within four hours of midnight: the site's local day may be the next or the last.

    "2022-05-04T02:41:00Z" on a site six hours behind UTC was written on the 3rd.
    """
    m = _UTC_TIME.search(value)
    return m is not None and not 4 <= int(m.group("h")) < 20


def veto_utc_alone(candidates: list[DateCandidate]) -> list[DateCandidate]:
    """``candidates`` with a date vetoed when only UTC stamps near midnight state it.

    Such a stamp misses the site's own day about one time in six, far above the wrong dates allowed: on
    the fitting sites' saved pages the gold was the day written on 25 pages and the next or the last
    day on 5 (a stamp after 23:00 on a European site, before 04:00 on an American one). A visible date,
    the URL or a stamp with its own offset that states the same day settles it; htmldate's choice
    does not, as it reads the same tags. The model still sees the vetoed candidates.
    """
    support: dict[dt.date, list[DateCandidate]] = {}
    for c in candidates:
        if c.date is not None and not c.rejected and not c.veto and c.source != HTMLDATE:
            support.setdefault(c.date, []).append(c)
    alone = {date for date, found in support.items() if all(c.origin == "markup" and c.utc_edge for c in found)}
    why = "only UTC stamps near midnight state it: the site's own day may be the next or the last"
    return [replace(c, veto=why) if c.date in alone and not c.rejected and not c.veto else c for c in candidates]


def veto_htmldate_alone(candidates: list[DateCandidate]) -> list[DateCandidate]:
    """``candidates`` with htmldate's choice vetoed when no other candidate that may be chosen states its day.

    htmldate reads the same tags and, failing them, any date of the page: alone, its choice may be a
    reader comment's or a teaser's day (on the train saved pages its only such choice was the day of
    two reader comments, whose own candidates were vetoed).
    """
    days = {c.date for c in candidates if c.source != HTMLDATE and not c.rejected and not c.veto}
    why = "htmldate's guess alone: no tag, line or address the date could be taken from states that day"
    return [
        replace(c, veto=why) if c.source == HTMLDATE and c.date not in days and not c.rejected and not c.veto else c
        for c in candidates
    ]


def parse_stamp(value: str, languages: Languages) -> tuple[dt.date | None, str]:
    """(date, "") for a markup date value, or (None, why it is no date)."""
    m = _ISO.match(value) or _BASIC.match(value)
    if m:
        year, month, day = int(m.group("y")), int(m.group("m")), int(m.group("d"))
        found = calendar_day(year, month, day) if year > 0 else None
        return (found, "") if found else (None, "not a calendar day")
    hits = find_dates(value[:80], languages)
    return (hits[0].date, "") if hits else (None, "not a date")


def _listing(candidates: list[DateCandidate]) -> list[DateCandidate]:
    by_kind: dict[str, set[dt.date]] = {}
    for c in candidates:
        if c.date is not None and not c.rejected:
            by_kind.setdefault(c.source, set()).add(c.date)
    crowded = {kind for kind, dates in by_kind.items() if len(dates) > MANY_DATES}
    why = "one of many dates of its kind in the markup (a list of items)"
    return [replace(c, rejected=why) if c.source in crowded and not c.rejected else c for c in candidates]


def markup_date_candidates(
    dates: tuple[tuple[str, str], ...], url: str | None, languages: Languages, today: dt.date
) -> list[DateCandidate]:
    """A candidate for every date the markup states and for a date in the URL's path."""
    out: list[DateCandidate] = []
    for where, value in dates:
        date, problem = parse_stamp(value, languages)
        evidence = f"{where} {value}"[:160]
        if date is None:
            out.append(DateCandidate(None, f"markup:{where}", evidence, rejected=problem))
            continue
        reason = UPDATE_STAMP if _UPDATE.search(where) else ""
        if not reason and (why := why_not(date, today)):
            reason = f"implausible: {why}"
        timed = bool(re.search(r"\d{1,2}:\d{2}", value))
        edge = utc_edge(value)
        out.append(DateCandidate(date, f"markup:{where}", evidence, timed=timed, utc_edge=edge, rejected=reason))
    out = _listing(out)
    return out + url_date_candidates(url or "", today)
