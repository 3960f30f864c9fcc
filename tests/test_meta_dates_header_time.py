"""A weekday date with its clock time by the headline is the post's, not the site header's "today" (issue 16)."""

from __future__ import annotations

import datetime as dt

from generator.article.extract.candidates import DateCandidate
from generator.article.extract.datecands import HEADER_DATE, text_date_candidates
from generator.article.extract.zone import make_view
from generator.article.records import Role
from tests.test_extract_support import cleaned_lines
from tests.test_meta_dates import BODY, BODY2, KB, TODAY

DAY = dt.date(2024, 2, 8)
TITLE = "Harbour opens its new pier"


def _above(line: str, gap: int = 2) -> DateCandidate:
    between = [(f"Section {n}", Role.BOILERPLATE) for n in range(gap - 1)]
    cleaned = cleaned_lines(
        (line, Role.BOILERPLATE), *between, (TITLE, Role.TITLE), (BODY, Role.BODY), (BODY2, Role.BODY)
    )
    found = text_date_candidates(make_view(cleaned), KB.languages, TODAY, title_text=TITLE)
    (hit,) = [c for c in found if c.date == DAY]
    return hit


def test_a_weekday_date_with_its_time_two_lines_above_is_eligible() -> None:
    assert not _above("Donnerstag, 8. Februar 2024, 10.15 Uhr").rejected
    assert not _above("Thursday, February 8, 2024 at 4:45 pm").rejected


def test_a_weekday_date_without_a_time_stays_the_header_date() -> None:
    assert _above("Donnerstag, 8. Februar 2024").rejected == HEADER_DATE


def test_a_weekday_date_with_a_time_far_above_stays_the_header_date() -> None:
    assert _above("Donnerstag, 8. Februar 2024, 10.15 Uhr", gap=8).rejected == HEADER_DATE
