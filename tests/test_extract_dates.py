"""Publication dates: formats, validation and the rules that reject non-publication dates."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.article.extract import extract_metadata
from generator.article.extract.dates import find_dates, url_dates
from generator.article.records import Basis, Role
from tests.kb import knowledge
from tests.test_extract_support import cleaned_lines

KB = knowledge()

BODY = (
    "The ministry said on Thursday that talks with its neighbours would continue next week, "
    "despite objections raised by several members of parliament during the session."
)
BODY2 = (
    "Officials declined to say how many delegates would attend, but diplomats expect a large "
    "turnout from the region and beyond, according to people familiar with the plans."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("February 8, 2024", dt.date(2024, 2, 8)),
        ("07 February, 2020", dt.date(2020, 2, 7)),
        ("20.09.2025", dt.date(2025, 9, 20)),
        ("2024-04-15T08:30:00Z", dt.date(2024, 4, 15)),
        ("Tuesday 14 January 2025 - 15:21", dt.date(2025, 1, 14)),
        ("8 Feb 2024", dt.date(2024, 2, 8)),
        ("2024/02/08", dt.date(2024, 2, 8)),
        ("Feb. 8, 2024", dt.date(2024, 2, 8)),
        ("2024-02-08", dt.date(2024, 2, 8)),
        ("March 13th, 2024", dt.date(2024, 3, 13)),
        ("1st March 2023", dt.date(2023, 3, 1)),
        ("8 février 2024", dt.date(2024, 2, 8)),
        ("1er août 2023", dt.date(2023, 8, 1)),
        ("8. Februar 2024", dt.date(2024, 2, 8)),
        ("3. März 2022", dt.date(2022, 3, 3)),
        ("8 de febrero de 2024", dt.date(2024, 2, 8)),
        ("12 мая 2023 г.", dt.date(2023, 5, 12)),
        ("8 февраля 2024", dt.date(2024, 2, 8)),
        ("13/04/2024", dt.date(2024, 4, 13)),  # day-first: 13 cannot be a month
        ("04/13/2024", dt.date(2024, 4, 13)),  # month-first: 13 cannot be a month
        ("05/05/2024", dt.date(2024, 5, 5)),
    ],
)
def test_date_formats(text: str, expected: dt.date) -> None:
    hits = find_dates(text, KB.languages)
    assert [h.date for h in hits] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "February 30, 2024",  # no such day
        "31.04.2024",
        "May 5, 1899",  # implausible year
        "3 March 2101",
        "03/04/2024",  # ambiguous order: never guessed
        "Feb 8",  # no year
        "t:24040811",  # a run of digits is no date
        "call (+357) 96 886 872",
        "2 days ago",
        "yesterday",
    ],
)
def test_not_dates(text: str) -> None:
    assert find_dates(text, KB.languages) == []


def test_url_dates() -> None:
    assert [h.date for h in url_dates("https://example.org/2024/02/08/some-story")] == [dt.date(2024, 2, 8)]
    assert url_dates("https://example.org/2024/99/08/x") == []


def _meta(*header: tuple[str, Role]) -> tuple[dt.date | None, Basis, str]:
    cleaned = cleaned_lines(("A headline about talks", Role.TITLE), *header, (BODY, Role.BODY), (BODY2, Role.BODY))
    m = extract_metadata(cleaned, KB)
    return m.date, m.date_basis, m.basis_of("date").text


def test_standalone_date_line_is_explicit() -> None:
    assert _meta(("07 February, 2020", Role.META)) == (dt.date(2020, 2, 7), Basis.EXPLICIT, "07 February, 2020")


def test_date_line_with_weekday_and_time() -> None:
    date, basis, _ = _meta(("Tuesday 14 January 2025 - 15:21", Role.META))
    assert (date, basis) == (dt.date(2025, 1, 14), Basis.EXPLICIT)


def test_read_time_and_date_line() -> None:
    assert _meta(("2 min read | 8 Feb 2024", Role.META))[:2] == (dt.date(2024, 2, 8), Basis.EXPLICIT)


def test_byline_date() -> None:
    assert _meta(("By Jane Doe February 8, 2024", Role.META))[:2] == (dt.date(2024, 2, 8), Basis.EXPLICIT)


def test_unlabelled_date_never_overrides_a_labelled_one() -> None:
    # The labelled date comes first; if the model is not sure enough of it, the date is unknown.
    date, _, _ = _meta(("10 March 2024", Role.META), ("Published: 2024-03-09T10:00:00Z", Role.META))
    assert date != dt.date(2024, 3, 10)
    assert date in (None, dt.date(2024, 3, 9))


def test_updated_line_rejected() -> None:
    assert _meta(("Updated: February 9, 2024", Role.META)) == (None, Basis.UNKNOWN, "")
    assert _meta(("Last modified on 9 Feb 2024", Role.BOILERPLATE))[0] is None


def test_published_then_updated_on_one_line() -> None:
    date, _, _ = _meta(("Published 8 Feb 2024 Updated 9 Feb 2024", Role.META))
    assert date == dt.date(2024, 2, 8)


def test_reference_entries_rejected() -> None:
    ref = '1. Smith, John. "Talks resume." Example News, February 13, 2024. https://example.org/x'
    assert _meta((ref, Role.REFERENCE))[0] is None
    # the same line mis-labelled by the cleaner is still recognised as a reference entry
    assert _meta((ref, Role.META))[0] is None


def test_embedded_post_rejected() -> None:
    assert _meta(("— Some Person (@someone) February 7, 2024", Role.EMBED))[0] is None
    assert _meta(("— Some Person (@someone) February 7, 2024", Role.META))[0] is None


def test_body_event_dates_rejected() -> None:
    event = "On February 3, 2024, the ministry accused its rivals of escalating the conflict in the region."
    cleaned = cleaned_lines(("Headline", Role.TITLE), (event, Role.BODY), (BODY, Role.BODY))
    m = extract_metadata(cleaned, KB)
    assert (m.date, m.date_basis) == (None, Basis.UNKNOWN)


def test_short_sentence_with_date_rejected() -> None:
    assert _meta(("Talks began on 8 Feb 2024.", Role.BODY))[0] is None
    assert _meta(("By February 2024, troops will have left.", Role.META))[0] is None


def test_relative_dates_unknown() -> None:
    assert _meta(("2 days ago", Role.META)) == (None, Basis.UNKNOWN, "")
    assert _meta(("Yesterday, 15:21", Role.META))[0] is None


def test_dateline_with_date() -> None:
    first = "BAGHDAD, Feb 8, 2024 (Reuters) - " + BODY
    cleaned = cleaned_lines(("Headline", Role.TITLE), (first, Role.BODY), (BODY2, Role.BODY))
    m = extract_metadata(cleaned, KB)
    assert (m.date, m.date_basis) == (dt.date(2024, 2, 8), Basis.EXPLICIT)


def test_date_far_into_body_not_used() -> None:
    late = [(BODY, Role.BODY)] * 4 + [("8 February 2024", Role.BODY)]
    m = extract_metadata(cleaned_lines(("Headline", Role.TITLE), *late), KB)
    assert m.date is None


def test_url_date_is_inferred() -> None:
    date, basis, text = _meta(("Source: https://example.org/world/2024/02/08/talks-resume", Role.BOILERPLATE))
    assert (date, basis) == (dt.date(2024, 2, 8), Basis.INFERRED)
    assert text == "Source: https://example.org/world/2024/02/08/talks-resume"


def test_copyright_year_is_not_a_date() -> None:
    assert _meta(("© 2024 Example Daily News", Role.BOILERPLATE))[0] is None


def test_foreign_language_date_line() -> None:
    assert _meta(("Опубликовано 8 февраля 2024, 10:15", Role.META))[:2] == (dt.date(2024, 2, 8), Basis.EXPLICIT)
    assert _meta(("Publié le 1er mars 2024 à 10h30", Role.META))[:2] == (dt.date(2024, 3, 1), Basis.EXPLICIT)


def test_meta_line_preferred_over_other_header_lines() -> None:
    date, basis, _ = _meta(("Most read: 3 January 2024", Role.BOILERPLATE), ("8 February 2024", Role.META))
    assert (date, basis) == (dt.date(2024, 2, 8), Basis.EXPLICIT)


def test_odd_case_folding_letters_do_not_crash() -> None:
    assert find_dates("ſeptember 8, 2024", KB.languages) == []  # "ſ" matches "s" case-insensitively
    assert [h.date for h in find_dates("８ February 2024", KB.languages)] == [dt.date(2024, 2, 8)]  # full-width digit


_TOKENS = st.sampled_from(
    [
        "ſeptember",
        "SEPT.",
        "février",
        "МАЯ",
        "8",
        "31",
        "2024",
        "1899",
        "02",
        "13",
        ".",
        "/",
        "-",
        ",",
        " ",
        "T",
        "th",
        "de",
    ]
)


@given(st.lists(_TOKENS, max_size=12).map("".join))
def test_find_dates_never_crashes_and_is_valid(text: str) -> None:
    for hit in find_dates(text, KB.languages):
        assert 1900 <= hit.date.year <= 2100
        assert 0 <= hit.start < hit.end <= len(text)


def test_labelled_stamps_of_reader_comments_after_the_article_do_not_contest_its_date() -> None:
    """Two "Posted <date>" lines after the body with different days are a list of comments, not the post's date."""
    cleaned = cleaned_lines(
        ("A headline about talks", Role.TITLE),
        ("3 May 2024", Role.META),
        (BODY, Role.BODY),
        (BODY2, Role.BODY),
        ("quaywatcher: Well argued. Posted 3 May 2024", Role.BOILERPLATE),
        ("bmarsh: Who pays for it? Posted 5 May 2024", Role.BOILERPLATE),
    )
    m = extract_metadata(cleaned, KB)
    assert (m.date, m.date_basis) == (dt.date(2024, 5, 3), Basis.EXPLICIT)
    assert m.basis_of("date").text == "3 May 2024"
