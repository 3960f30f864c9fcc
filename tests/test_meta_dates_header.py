"""The site header rule and a page's only date (issue 16): a text copy whose headline anchor stands too low."""

from __future__ import annotations

import datetime as dt

from generator.article.extract import extract_metadata
from generator.article.extract.candidates import DateCandidate
from generator.article.extract.datecands import HEADER_DATE, lone_header_date
from generator.article.records import Role
from tests.test_extract_support import cleaned_lines
from tests.test_meta_dates import BODY, BODY2, KB, TODAY, rejected

DAY = dt.date(2024, 2, 8)
MENU = [(word, Role.BOILERPLATE) for word in ("Home", "Local", "Weather", "Sport", "Culture", "Travel", "Contact")]


def _header(date: dt.date = DAY, weekday: bool = False, line: int = 1) -> DateCandidate:
    return DateCandidate(date, "date line", "8 February 2024", line=line, weekday=weekday, rejected=HEADER_DATE)


def test_the_only_date_above_a_low_anchor_is_restored() -> None:
    (found,) = lone_header_date([_header()])
    assert found.rejected == ""


def test_the_same_date_on_two_header_lines_is_restored() -> None:
    assert all(not c.rejected for c in lone_header_date([_header(line=1), _header(line=3)]))


def test_a_header_date_with_its_weekday_stays_rejected() -> None:
    (found,) = lone_header_date([_header(weekday=True)])
    assert found.rejected == HEADER_DATE


def test_two_header_dates_stay_rejected() -> None:
    found = lone_header_date([_header(), _header(dt.date(2024, 2, 9), line=3)])
    assert all(c.rejected == HEADER_DATE for c in found)


def test_a_header_date_stays_rejected_beside_an_eligible_candidate() -> None:
    other = DateCandidate(dt.date(2024, 2, 7), "meta line", "7 February 2024", line=12)
    found = lone_header_date([_header(), other])
    assert found[0].rejected == HEADER_DATE


def test_a_text_copy_keeps_its_only_date_above_the_menu() -> None:
    cleaned = cleaned_lines(
        ("8 February 2024", Role.META),
        *MENU,
        ("Harbour opens its new pier", Role.TITLE),
        (BODY, Role.BODY),
        (BODY2, Role.BODY),
    )
    m = extract_metadata(cleaned, KB, today=TODAY)
    assert m.date == DAY or "not sure enough" in rejected(m)
    assert "site header" not in rejected(m)


def test_a_listed_date_far_above_is_a_list_item_not_restored() -> None:
    cleaned = cleaned_lines(
        ("○ 8 February 2024", Role.BOILERPLATE),
        *MENU,
        ("Harbour opens its new pier", Role.TITLE),
        (BODY, Role.BODY),
        (BODY2, Role.BODY),
    )
    m = extract_metadata(cleaned, KB, today=TODAY)
    assert m.date is None
    assert "an item of a list" in rejected(m)



def _dated_items() -> list[tuple[str, Role]]:
    """A ticker inside the article: more short dated lines than a page's metadata, each between paragraphs."""
    out: list[tuple[str, Role]] = []
    for day in (10, 11, 12, 13, 14):
        out += [(f"{day} February 2024", Role.META), (BODY2, Role.BODY)]
    return out


def test_the_first_dated_line_by_the_headline_survives_the_many_dated_lines() -> None:
    cleaned = cleaned_lines(
        ("Harbour opens its new pier", Role.TITLE),
        ("8 February 2024", Role.META),
        (BODY, Role.BODY),
        *_dated_items(),
    )
    m = extract_metadata(cleaned, KB, today=TODAY)
    assert m.date == DAY or "not sure enough" in rejected(m)
    assert "one of many dated lines" in rejected(m)  # the ticker's
    assert "8 February 2024) — one of many" not in rejected(m)


def test_without_a_first_dated_line_by_the_headline_all_are_one_of_many() -> None:
    cleaned = cleaned_lines(
        ("Friday, 9 February 2024", Role.BOILERPLATE),  # the site header's "today": rejected, yet the first
        *MENU,
        ("Harbour opens its new pier", Role.TITLE),
        (BODY, Role.BODY),
        ("8 February 2024", Role.META),
        *_dated_items(),
    )
    m = extract_metadata(cleaned, KB, today=TODAY)
    assert m.date is None
    assert "8 February 2024) — one of many" in rejected(m)
