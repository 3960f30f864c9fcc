"""Give a date expression its calendar date, or None when it cannot be told (never a guess).

Rules, with ``anchor`` the publication date or, when there is none, the latest full date written
in the article's own body (an inference, see ``events``):

- a full date, or a month with a year: as written (basis ``explicit``);
- a day and month without a year: the latest such date on or before anchor + 7 days (a week's
  grace for a publication date that lags the text). More than a year away (29 February) is left
  out. A bare month is placed the same way, at month precision;
- a weekday: only against a publication date, the most recent such day strictly before it. When
  the weekday *is* the publication date's weekday, "on Thursday" in a Thursday article may mean
  today or a week ago, so it is left out unless "last" settles it;
- "yesterday", "today", "last month", "this year", "2 days ago": only against a publication date;
- a weekday written with a date ("Wednesday the 24th of January") must agree with it, else dropped.

Only the past is resolved: the timeline holds what happened, and ``events.happened`` leaves out
dates the sentence puts in the future ("will meet on 15 April", "next Friday", "tomorrow") before
they get here.
"""

from __future__ import annotations

import datetime as dt

from generator.article.extract.dates import make_date
from generator.article.timeline.expressions import Expression
from generator.article.timeline.records import EventBasis, Precision

Resolved = tuple[dt.date, Precision, EventBasis]
GRACE = 7  # days
MAX_DISTANCE = 366  # days: a yearless date further from its anchor than this is not placed


def plus_days(date: dt.date, days: int) -> dt.date | None:
    """``date`` moved by ``days``, or None outside the plausible years of ``make_date``."""
    try:
        moved = date + dt.timedelta(days=days)
    except OverflowError:
        return None
    return make_date(moved.year, moved.month, moved.day)


def _month_day(month: int, day: int, anchor: dt.date) -> dt.date | None:
    """The latest date of "<month> <day>" on or before the anchor (with the grace), within a year."""
    limit = plus_days(anchor, GRACE) or anchor
    for year in (limit.year, limit.year - 1):
        date = make_date(year, month, day)
        if date and date <= limit:
            return date if (limit - date).days <= MAX_DISTANCE else None
    return None


def _month(month: int, anchor: dt.date) -> dt.date | None:
    """The first day of the latest such month on or before the anchor (with the grace)."""
    limit = plus_days(anchor, GRACE) or anchor
    return make_date(limit.year - (month > limit.month), month, 1)


def _weekday(weekday: int, shift: int, published: dt.date) -> dt.date | None:
    """The weekday before the publication date; None when it may be the publication day itself."""
    if shift > 0:
        return None  # "next Friday": not in the past (events.happened leaves it out first)
    back = (published.weekday() - weekday) % 7
    if back == 0 and shift == 0:
        return None
    return plus_days(published, -(back or 7))


def shift_months(date: dt.date, months: int) -> dt.date | None:
    """The first day of the month ``months`` away from ``date``'s month."""
    index = date.year * 12 + date.month - 1 + months
    return make_date(index // 12, index % 12 + 1, 1)


def _relative(expr: Expression, published: dt.date) -> tuple[dt.date | None, Precision]:
    if expr.unit == "day":
        return plus_days(published, expr.shift), "day"
    if expr.unit == "month":
        return shift_months(published, expr.shift), "month"
    return make_date(published.year + expr.shift, 1, 1), "year"


def _agrees(date: dt.date | None, expr: Expression) -> dt.date | None:
    """``date``, unless a weekday written with it names another day."""
    if date is None or expr.weekday is None or date.weekday() == expr.weekday:
        return date
    return None


def resolve(expr: Expression, published: dt.date | None, inferred: dt.date | None) -> Resolved | None:
    """The date, precision and basis of ``expr``, or None when it cannot be resolved."""
    if expr.kind == "date" and expr.year and expr.month and expr.day:
        date = _agrees(make_date(expr.year, expr.month, expr.day), expr)
        return (date, "day", "explicit") if date else None
    if expr.kind == "month_year" and expr.year and expr.month:
        date = make_date(expr.year, expr.month, 1)
        return (date, "month", "explicit") if date else None
    if expr.kind in ("month_day", "month") and expr.month:
        anchor = published or inferred
        if anchor is None:
            return None
        basis: EventBasis = "resolved" if published else "inferred"
        if expr.shift:  # "em fevereiro do ano passado": that month of the year before the anchor's
            date = _agrees(make_date(anchor.year + expr.shift, expr.month, expr.day or 1), expr)
            return (date, "day" if expr.kind == "month_day" else "month", basis) if date else None
        if expr.kind == "month":
            month_date = _month(expr.month, anchor)
            return (month_date, "month", basis) if month_date else None
        date = _agrees(_month_day(expr.month, expr.day or 0, anchor), expr)
        return (date, "day", basis) if date else None
    if published is None:
        return None  # weekdays and relative phrases need the publication date itself
    if expr.kind == "weekday" and expr.weekday is not None:
        date = _weekday(expr.weekday, expr.shift, published)
        return (date, "day", "resolved") if date else None
    if expr.kind in ("relative", "ago"):
        rel, precision = _relative(expr, published)
        return (rel, precision, "resolved") if rel else None
    return None
