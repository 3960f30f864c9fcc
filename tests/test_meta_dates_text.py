"""Dates of text copies the fifth pass of issue 16 reads: each class on a short example of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.article.extract.candidates import DateCandidate
from generator.article.extract.datecands import text_date_candidates
from generator.article.extract.dates import find_dates
from generator.article.extract.zone import make_view
from generator.article.records import Role
from tests.test_extract_support import cleaned_lines
from tests.test_meta_dates import BODY, BODY2, KB, TODAY
from tests.test_meta_dates_more import TITLE

ARTICLE = ((BODY, Role.BODY), (BODY2, Role.BODY))


def candidates(*lines: tuple[str, Role]) -> list[DateCandidate]:
    """The text date candidates of ``lines``."""
    cleaned = cleaned_lines(*lines)
    return text_date_candidates(make_view(cleaned), KB.languages, TODAY, None, TITLE)


def reasons(cands: list[DateCandidate], date: dt.date) -> list[str]:
    return [c.rejected for c in cands if c.date == date]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("4 de marzo de 202321:25", dt.date(2023, 3, 4)),
        ("12.03.201914:35 Uhr", dt.date(2019, 3, 12)),
        ("Mar 9, 202109:05 am", dt.date(2021, 3, 9)),
        ("Mittwoch, 9. März 20219:05", dt.date(2021, 3, 9)),
    ],
)
def test_a_year_glued_to_a_clock_time(text: str, expected: dt.date) -> None:
    assert [h.date for h in find_dates(text, KB.languages)] == [expected]


@pytest.mark.parametrize("text", ["12.03.2019145:35", "room 202114:35", "9. März 20212021"])
def test_a_year_glued_to_other_digits_is_still_no_date(text: str) -> None:
    assert find_dates(text, KB.languages) == []


def test_a_post_date_a_few_lines_above_the_headline_is_no_header_date() -> None:
    # between a blog's post date and its headline: an author, a comment count, an image's name
    cands = candidates(
        ("9. Februar 2024", Role.META),
        ("von hafenblog", Role.META),
        ("Kommentare 2", Role.BOILERPLATE),
        ("[pier-photo-1]", Role.BOILERPLATE),
        ("Hafen", Role.BOILERPLATE),
        (TITLE, Role.TITLE),
        *ARTICLE,
    )
    assert reasons(cands, dt.date(2024, 2, 9)) == [""]


def test_a_date_far_above_the_headline_is_still_the_site_header_s() -> None:
    menu = [(word, Role.BOILERPLATE) for word in ("Home", "Local", "Sport", "Weather", "Culture", "Contact")]
    cands = candidates(("9 February 2024", Role.BOILERPLATE), *menu, (TITLE, Role.TITLE), *ARTICLE)
    assert "site header" in reasons(cands, dt.date(2024, 2, 9))[0]
    # with its weekday, anything but the line right above the headline is a "today" date
    weekday = candidates(
        ("Friday, 9 February 2024", Role.BOILERPLATE), ("Home", Role.BOILERPLATE), (TITLE, Role.TITLE), *ARTICLE
    )
    assert "site header" in reasons(weekday, dt.date(2024, 2, 9))[0]


# a text copy's reader comments between two stretches of the article (the cleaner kept both as body)
COMMENTS = [
    (f"{name}, {day}. Februar 2024 um 1{day}:05 Uhr", Role.META)
    for name, day in (("Lena Vogt", 3), ("Omar Haddad", 4), ("Jane Roe", 5), ("Tomás Ruiz", 6), ("Ines Ott", 7))
]


def test_the_article_s_dated_byline_among_many_dated_comments_stays() -> None:
    cands = candidates(
        (TITLE, Role.TITLE),
        ("Von Jonas Berger am 2. Februar 2024", Role.META),
        (BODY, Role.BODY),
        *COMMENTS,
        (BODY2, Role.BODY),
    )
    assert reasons(cands, dt.date(2024, 2, 2)) == [""]
    assert all("many dated lines" in reasons(cands, dt.date(2024, 2, day))[0] for day in (3, 4, 5, 6, 7))


def test_a_byline_far_from_the_headline_among_many_dated_lines_is_not_kept() -> None:
    filler = [(f"Hafen und Stadt Teil {n}", Role.BOILERPLATE) for n in range(14)]
    cands = candidates(
        (TITLE, Role.TITLE),
        (BODY, Role.BODY),
        *filler,
        ("Von Jonas Berger am 2. Februar 2024", Role.META),
        *COMMENTS,
        (BODY2, Role.BODY),
    )
    assert "many dated lines" in reasons(cands, dt.date(2024, 2, 2))[0]


def test_the_post_s_metadata_as_a_list_under_the_headline() -> None:
    cands = candidates(
        (TITLE, Role.TITLE),
        ("• 9. Februar 2024", Role.META),
        ("• Jonas Berger", Role.META),
        ("• 2 Kommentare", Role.META),
        *ARTICLE,
        ("• 8. Februar 2024 Ferry crews strike over the winter rota", Role.BOILERPLATE),
    )
    assert reasons(cands, dt.date(2024, 2, 9)) == [""]
    assert "an item of a list" in reasons(cands, dt.date(2024, 2, 8))[0]


def test_a_list_item_further_below_the_headline_is_still_a_list_s() -> None:
    cands = candidates(
        (TITLE, Role.TITLE),
        ("Hafen", Role.BOILERPLATE),
        ("Stadt", Role.BOILERPLATE),
        ("Teilen", Role.BOILERPLATE),
        ("• 9. Februar 2024", Role.BOILERPLATE),
        *ARTICLE,
    )
    assert "an item of a list" in reasons(cands, dt.date(2024, 2, 9))[0]


@pytest.mark.parametrize(
    "line",
    ["Ausstellung vom 9. bis 23. Februar 2024", "Exposition du 9 au 23 février 2024", "Open 9 to 23 February 2024"],
)
def test_a_period_written_with_a_range_word_is_not_the_date(line: str) -> None:
    cands = candidates((TITLE, Role.TITLE), (line, Role.META), *ARTICLE)
    assert "a period" in reasons(cands, dt.date(2024, 2, 23))[0]
