"""A publication tag the page shows again (issue 16): taken when the model is unsure, never against a stated date."""

from __future__ import annotations

import datetime as dt

from generator.article.extract.candidates import UPDATE_STAMP, DateCandidate
from generator.article.extract.datecands import HEADER_DATE
from generator.article.extract.pubdate import choose_date, corroborated
from generator.article.records import Basis
from generator.knowledge.metamodel import Scorer

# Never sure enough on its own; a date that markup or htmldate also states scores higher than one they do not.
UNSURE = Scorer(bias=-3.0, weights=(("agree_markup", 1.0), ("agree_htmldate", 1.0)), threshold=0.9)
DAY = dt.date(2024, 2, 8)
COMMENT_DAY = dt.date(2024, 3, 1)


def _tag(day: dt.date = DAY, where: str = "meta article:published_time") -> DateCandidate:
    return DateCandidate(day, f"markup:{where}", f"{where} {day.isoformat()}T10:00:00+01:00", timed=True)


def _line(day: dt.date, line: int, text: str = "8. Februar 2024") -> DateCandidate:
    return DateCandidate(day, "date line", text, line=line)


def _url(day: dt.date = DAY) -> DateCandidate:
    return DateCandidate(day, "url", f"https://news.example/{day:%Y/%m/%d}/a-story/")


def test_a_tag_the_text_shows_again_is_taken_over_a_comment_date() -> None:
    found = choose_date([_tag(), _line(DAY, 2), _line(COMMENT_DAY, 40, "1. März 2024 um 10:12")], 1, 30, UNSURE)
    assert found.date == DAY
    assert found.basis is Basis.EXPLICIT
    assert found.source.endswith("stated and shown")
    assert any(note.startswith("2024-03-01") for note in found.rejected)


def test_a_tag_the_url_states_too_is_taken() -> None:
    found = choose_date([_tag(), _url(), _line(COMMENT_DAY, 40)], 1, 30, UNSURE)
    assert (found.date, found.basis) == (DAY, Basis.EXPLICIT)


def test_a_tag_nothing_else_shows_stays_unknown() -> None:
    found = choose_date([_tag(), _line(COMMENT_DAY, 40)], 1, 30, UNSURE)
    assert (found.date, found.basis) == (None, Basis.UNKNOWN)


def test_two_publication_tags_of_different_days_and_no_line_stay_unknown() -> None:
    other = _tag(dt.date(2023, 12, 14), "json-ld datePublished")
    found = choose_date([_tag(), other, _url()], 1, 30, UNSURE)
    assert found.date is None


def test_a_later_update_leaves_the_date_to_the_model() -> None:
    later = DateCandidate(dt.date(2024, 2, 20), "markup:json-ld dateModified", "2024-02-20", rejected=UPDATE_STAMP)
    found = choose_date([_tag(), _line(DAY, 2), _line(COMMENT_DAY, 40), later], 1, 30, UNSURE)
    assert found.date is None
    same_day = DateCandidate(DAY, "markup:json-ld dateModified", "2024-02-08T18:00", rejected=UPDATE_STAMP)
    assert choose_date([_tag(), _line(DAY, 2), _line(COMMENT_DAY, 40), same_day], 1, 30, UNSURE).date == DAY


def test_another_day_the_model_scores_higher_wins_nothing() -> None:
    tag, shown, other = _tag(), _line(DAY, 2), _line(COMMENT_DAY, 3)
    assert corroborated([(0.5, tag), (0.6, other), (0.4, shown)], [tag, other, shown]) is None
    assert corroborated([(0.6, tag), (0.5, other), (0.4, shown)], [tag, other, shown]) == DAY


def test_a_labelled_line_of_another_day_contradicts_the_tag() -> None:
    labelled = DateCandidate(COMMENT_DAY, "labelled line", "Veröffentlicht: 1.3.2024", line=3, labelled=True)
    tag, shown = _tag(), _line(DAY, 2)
    assert corroborated([(0.6, tag), (0.5, shown), (0.3, labelled)], [tag, shown, labelled]) is None


def test_a_dating_tag_and_the_date_line_above_the_headline_agree() -> None:
    tag = _tag(where="meta date")
    above = DateCandidate(DAY, "date line", "08.02.2024", line=0, rejected=HEADER_DATE)
    quick = DateCandidate(DAY, "markup:htmldate", "htmldate 2024-02-08")
    found = choose_date([tag, above, quick, _line(COMMENT_DAY, 40)], 1, 30, UNSURE)
    assert (found.date, found.basis) == (DAY, Basis.EXPLICIT)
    assert choose_date([tag, quick, _line(COMMENT_DAY, 40)], 1, 30, UNSURE).date is None  # not shown


def test_dating_tags_of_two_days_stay_unknown() -> None:
    post = _tag(where="time element")
    other = _tag(dt.date(2024, 2, 6), "json-ld WebPage datePublished")
    assert choose_date([post, other, _url(), _line(COMMENT_DAY, 40)], 1, 30, UNSURE).date is None


def test_a_site_header_date_of_another_day_shows_nothing() -> None:
    today = DateCandidate(COMMENT_DAY, "date line", "Freitag, 1. März 2024", line=0, rejected=HEADER_DATE)
    quick = DateCandidate(DAY, "markup:htmldate", "htmldate 2024-02-08")
    assert choose_date([_tag(), today, quick, _line(COMMENT_DAY, 40)], 1, 30, UNSURE).date is None
    shown = DateCandidate(DAY, "date line", "08.02.2024", line=0, rejected=HEADER_DATE)
    assert choose_date([_tag(), shown, quick, _line(COMMENT_DAY, 40)], 1, 30, UNSURE).date == DAY


def test_tags_of_two_days_are_settled_by_the_day_a_line_shows() -> None:
    old = _tag(dt.date(2023, 12, 14), "json-ld datePublished")
    found = choose_date([_tag(), old, _line(DAY, 2)], 1, 30, UNSURE)
    assert (found.date, found.basis) == (DAY, Basis.EXPLICIT)
    both = _line(old.date or DAY, 3, "14.12.2023")
    assert choose_date([_tag(), old, _line(DAY, 2), both], 1, 30, UNSURE).date is None
    third = DateCandidate(COMMENT_DAY, "labelled line", "Veröffentlicht: 1.3.2024", line=3, labelled=True)
    assert choose_date([_tag(), old, _line(DAY, 2), third], 1, 30, UNSURE).date is None
