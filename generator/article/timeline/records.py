"""Records of one article's timeline: the dated events told in its own sentences.

A date of ``month`` precision is stored as the first day of its month, one of ``year`` precision
as 1 January, so every event has a real ``datetime.date`` and sorts with the others.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

Precision = Literal["day", "month", "year"]
# explicit: the expression held a year; resolved: against the publication date;
# inferred: against the latest full date written in the article's own body (no publication date).
EventBasis = Literal["explicit", "resolved", "inferred"]
PRECISION_RANK: dict[str, int] = {"year": 0, "month": 1, "day": 2}


@dataclass(frozen=True)
class Location:
    """Where an event's sentence starts: block index, item index, char offset in that item's text."""

    block: int
    item: int
    offset: int


@dataclass(frozen=True)
class Event:
    """A dated event taken from one sentence of one article."""

    date: dt.date
    precision: Precision
    sentence: str  # display text: citation markers removed, at most MAX_SENTENCE chars
    expression: str  # the date expression as written ("on Thursday", "the 24th of January")
    location: Location
    anchor: str  # "ev-1", "ev-2", ... in reading order, unique within the article
    basis: EventBasis


