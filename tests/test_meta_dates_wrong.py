"""Wrong publication dates (issue 16): the classes of real errors left, each on a short invented example."""

from __future__ import annotations

import datetime as dt

from generator.article.extract import extract_metadata
from generator.article.extract.candidates import DateCandidate
from generator.article.extract.datecands import text_date_candidates
from generator.article.extract.datefeatures import HTMLDATE
from generator.article.extract.pagedates import veto_htmldate_alone
from generator.article.extract.pubdate import choose_date
from generator.article.extract.zone import make_view
from generator.article.records import Role
from tests.test_extract_support import cleaned_lines
from tests.test_meta_dates import BODY, BODY2, KB, TODAY, rejected

DAY = dt.date(2024, 2, 8)
TITLE = "Harbour opens its new pier"


def _candidates(*lines: tuple[str, Role]) -> list[DateCandidate]:
    cleaned = cleaned_lines((TITLE, Role.TITLE), *lines, (BODY, Role.BODY), (BODY2, Role.BODY))
    return text_date_candidates(make_view(cleaned), KB.languages, TODAY, title_text=TITLE)


def _of(candidates: list[DateCandidate], day: dt.date) -> DateCandidate:
    return next(c for c in candidates if c.date == day)


def test_a_publication_label_alone_on_the_line_above_labels_the_date() -> None:
    found = _of(_candidates(("Published on", Role.META), ("08.02.2024", Role.META)), DAY)
    assert found.labelled and not found.rejected


def test_a_label_line_with_a_colon_labels_the_date_under_it() -> None:
    found = _of(_candidates(("Veröffentlicht am:", Role.META), ("8. Februar 2024, 10:15", Role.META)), DAY)
    assert found.labelled


def test_a_label_line_with_more_words_labels_nothing() -> None:
    found = _of(_candidates(("Published in the harbour gazette", Role.META), ("8 February 2024", Role.META)), DAY)
    assert not found.labelled


def test_a_label_in_a_list_labels_nothing() -> None:
    found = _of(_candidates(("• Date:", Role.META), ("• 8 February 2024", Role.META)), DAY)
    assert not found.labelled


def test_a_date_after_other_words_is_not_labelled_by_the_line_above() -> None:
    found = _of(_candidates(("Published", Role.META), ("Jane Doe, 8 February 2024", Role.META)), DAY)
    assert not found.labelled


def test_an_update_label_alone_above_neither_labels_nor_rejects() -> None:
    found = _of(_candidates(("Updated", Role.META), ("8 February 2024", Role.META)), DAY)
    assert not found.labelled and not found.rejected


def test_the_date_under_its_label_line_is_chosen_as_a_labelled_line() -> None:
    teasers: list[tuple[str, Role]] = []
    for day in (1, 2, 3, 4, 5):
        teasers += [(f"Another story of the week number {day}", Role.BOILERPLATE), (f"0{day}.02.2024", Role.META)]
    cleaned = cleaned_lines(
        (TITLE, Role.TITLE),
        ("Published on", Role.META),
        ("08.02.2024", Role.META),
        (BODY, Role.BODY),
        (BODY2, Role.BODY),
        ("Related stories", Role.BOILERPLATE),
        *teasers,
    )
    m = extract_metadata(cleaned, KB, today=TODAY)
    assert m.date == DAY
    assert m.basis_of("date").source.startswith("labelled line")
    assert "after the article" in rejected(m)


def _htmldate(day: dt.date = DAY) -> DateCandidate:
    return DateCandidate(day, HTMLDATE, f"htmldate {day.isoformat()}")


def test_htmldate_alone_beside_a_vetoed_comment_date_is_vetoed() -> None:
    comment = DateCandidate(DAY, "meta line", "8 February 2024 at 13:02", line=40, veto="a reader comment")
    found = veto_htmldate_alone([_htmldate(), comment])
    assert found[0].veto.startswith("htmldate's guess alone")


def test_htmldate_beside_a_tag_of_its_day_stays() -> None:
    tag = DateCandidate(DAY, "markup:meta article:published_time", "2024-02-08T10:00:00+01:00")
    assert veto_htmldate_alone([_htmldate(), tag])[0].veto == ""


def test_htmldate_of_another_day_no_longer_contests_a_stated_date() -> None:
    stated = DateCandidate(DAY, "labelled line", "Published: 8 February 2024", line=2, labelled=True)
    candidates = veto_htmldate_alone([_htmldate(dt.date(2024, 2, 20)), stated])
    assert "htmldate's guess alone" in candidates[0].veto and candidates[1].veto == ""
    found = choose_date(candidates, 1, 4, KB.model.date)
    assert found.date == DAY
