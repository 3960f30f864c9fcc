"""Candidates for a metadata field: every value found, where it was found, and why a rejected one was rejected.

The extractors collect candidates first and choose second, so the build report can show the
value chosen *and* the ones turned down, each with its evidence.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

MAX_REJECTED = 6  # rejected candidates kept per field for the build report
UPDATE_STAMP = "an update stamp"  # the reason an update's date is rejected (markup or text)


@dataclass(frozen=True)
class DateCandidate:
    """One date that may be the publication date.

    ``source`` names where it was found: ``markup`` kinds come from a saved page's meta tags,
    JSON-LD or ``<time>`` elements, ``url`` from the article's address, the others from a line
    of text. ``line`` is the position among the article's usable lines (-1 for markup and URL).
    """

    date: dt.date | None  # None: the value could not be read as a date (kept for the report)
    source: str
    evidence: str
    line: int = -1
    labelled: bool = False  # a publication label ("Published", "Veröffentlicht am") stands before it
    weekday: bool = False  # written with a weekday name
    timed: bool = False  # written with a time of day
    words: int = 0  # words on its line besides dates, times and fillers
    dates_on_line: int = 1
    chrome: bool = False  # on a line the cleaner dropped as page chrome
    utc_edge: bool = False  # a UTC time within four hours of midnight: the site's own day may differ
    rejected: str = ""  # why it can never be the publication date; "" when it may be
    # Why it is never chosen, though the date model still sees it beside the others (a data sheet's
    # item, a reader comment's date): the features the model was fitted on stay as they were.
    veto: str = ""

    @property
    def origin(self) -> str:
        """``markup``, ``url`` or ``text``."""
        return self.source.split(":", 1)[0] if self.source.startswith(("markup", "url")) else "text"

    def describe(self) -> str:
        """One line for the build report: the date, where it was found and, if rejected, why."""
        why = f" — {self.rejected or self.veto}" if self.rejected or self.veto else ""
        value = self.date.isoformat() if self.date else "no date"
        return f"{value} ({self.source}: {self.evidence[:100]}){why}"


def is_stated(c: DateCandidate) -> bool:
    """A candidate the page labels as its publication date."""
    return c.labelled or stated_source(c.source)


def stated_source(source: str) -> bool:
    """A markup source that names the publication date: a publication meta tag, JSON-LD ``datePublished``."""
    return source == "markup:json-ld datePublished" or (
        source.startswith("markup:meta") and ("publish" in source or "issued" in source)
    )
