"""Time zones of markup stamps (issue 16): which day a stamp states, and when its day is uncertain."""

from __future__ import annotations

import datetime as dt

from generator.article.extract.candidates import DateCandidate
from generator.article.extract.pagedates import markup_date_candidates, parse_stamp, utc_edge, veto_utc_alone
from generator.article.extract.pubdate import choose_date
from generator.article.records import Basis
from generator.knowledge.metamodel import Scorer
from tests.test_meta_dates import KB, TODAY

# A model that is never sure: only a date taken without it (an uncontested stated one) is reported.
NEVER_SURE = Scorer(bias=-5.0, weights=(), threshold=0.9)
SURE = Scorer(bias=5.0, weights=(), threshold=0.9)
DAY = dt.date(2024, 2, 8)


def _stamps(*values: tuple[str, str]) -> list[DateCandidate]:
    return markup_date_candidates(values, None, KB.languages, TODAY)


def test_a_stamp_with_its_offset_states_the_day_written() -> None:
    assert parse_stamp("2020-05-03T23:30:00-04:00", KB.languages) == (dt.date(2020, 5, 3), "")
    assert parse_stamp("2020-05-03T00:30:00+02:00", KB.languages) == (dt.date(2020, 5, 3), "")
    assert not utc_edge("2020-05-03T23:30:00-04:00")


def test_utc_near_midnight_in_every_spelling_is_uncertain() -> None:
    for value in (
        "2024-02-08T23:10:00Z",
        "2024-02-08T02:41:00.000Z",
        "2024-02-08T22:05:00+00:00",
        "2024-02-08T01:15:00+0000",
        "Thu, 08 Feb 2024 02:41:00 GMT",
        "2024-02-08 21:30:00 UTC",
    ):
        assert utc_edge(value), value


def test_utc_midday_is_certain() -> None:
    assert not utc_edge("2024-02-08T12:00:00Z")
    assert not utc_edge("Thu, 08 Feb 2024 14:41:00 GMT")
    assert not utc_edge("2024-02-08")


def test_a_date_that_only_utc_stamps_near_midnight_state_is_vetoed() -> None:
    found = veto_utc_alone(
        _stamps(("json-ld datePublished", "Thu, 08 Feb 2024 02:41:00 GMT"), ("htmldate", "2024-02-08"))
    )
    assert all("UTC stamps near midnight" in c.veto for c in found)
    choice = choose_date(found, -1, -1, SURE)
    assert (choice.date, choice.basis) == (None, Basis.UNKNOWN)
    assert any("UTC stamps near midnight" in r for r in choice.rejected)


def test_a_visible_date_the_url_or_a_stamp_with_its_offset_settles_the_day() -> None:
    stamp = DateCandidate(DAY, "markup:json-ld datePublished", "json-ld datePublished ...", utc_edge=True)
    line = DateCandidate(DAY, "date line", "8 February 2024", line=2)
    url = DateCandidate(DAY, "url", "https://news.example.org/2024/02/08/pier")
    assert choose_date(veto_utc_alone([stamp, line]), 1, 5, NEVER_SURE).date == DAY
    assert choose_date(veto_utc_alone([stamp, url]), -1, -1, SURE).date == DAY
    local = _stamps(
        ("json-ld datePublished", "2024-02-08T02:41:00Z"), ("meta article:published_time", "2024-02-08T03:41:00+01:00")
    )
    assert choose_date(veto_utc_alone(local), -1, -1, NEVER_SURE).date == DAY


def test_another_day_on_the_page_may_still_be_chosen() -> None:
    stamp = DateCandidate(DAY, "markup:json-ld datePublished", "json-ld datePublished ...", utc_edge=True)
    local_day = DateCandidate(dt.date(2024, 2, 7), "date line", "7 February 2024", line=2)
    assert choose_date(veto_utc_alone([stamp, local_day]), 1, 5, SURE).date == dt.date(2024, 2, 7)


def test_stamps_by_day_or_at_midday_are_kept() -> None:
    for value in ("2024-02-08", "2024-02-08T12:41:00Z", "2024-02-08T23:30:00+01:00"):
        choice = choose_date(veto_utc_alone(_stamps(("meta article:published_time", value))), -1, -1, NEVER_SURE)
        assert (choice.date, choice.basis) == (DAY, Basis.EXPLICIT), value
