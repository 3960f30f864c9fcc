"""Authors: people only, from bylines, credit lines and author labels."""

from __future__ import annotations

from generator.article.extract import extract_metadata
from generator.article.records import Basis, Role
from tests.kb import knowledge
from tests.test_extract_support import cleaned_lines

KB = knowledge()

BODY = (
    "The ministry said on Thursday that talks with its neighbours would continue next week, "
    "despite objections raised by several members of parliament during the session."
)


def _authors(*lines: tuple[str, Role]) -> tuple[str, ...]:
    cleaned = cleaned_lines(("A headline", Role.TITLE), *lines, (BODY, Role.BODY), (BODY, Role.BODY))
    return extract_metadata(cleaned, KB).authors


def test_single_author() -> None:
    assert _authors(("By Jane Doe", Role.META)) == ("Jane Doe",)


def test_two_authors() -> None:
    assert _authors(("By Jane Doe and John Smith", Role.META)) == ("Jane Doe", "John Smith")


def test_three_authors_with_date() -> None:
    got = _authors(("By Jane Doe, John Smith and Ali al-Hassan | February 8, 2024", Role.META))
    assert got == ("Jane Doe", "John Smith", "Ali al-Hassan")


def test_author_pipe_outlet() -> None:
    m = extract_metadata(
        cleaned_lines(("Headline", Role.TITLE), ("Jane Doe | Reuters", Role.META), (BODY, Role.BODY)),
        KB,
    )
    assert m.authors == ("Jane Doe",)
    assert m.source == "Reuters"


def test_outlet_only_byline_has_no_authors() -> None:
    assert _authors(("By Reuters", Role.META)) == ()
    assert _authors(("By bne IntelIiNews February 8, 2024", Role.META)) == ()
    assert _authors(("By Reuters Staff", Role.META)) == ()


def test_byline_with_outlet_keeps_person_only() -> None:
    m = extract_metadata(
        cleaned_lines(("Headline", Role.TITLE), ("By Jane Doe, Al Jazeera", Role.META), (BODY, Role.BODY)), KB
    )
    assert (m.authors, m.source) == (("Jane Doe",), "Al Jazeera")


def test_photographer_excluded() -> None:
    assert _authors(("Photo: John Smith/Reuters", Role.META)) == ()
    assert _authors(("By Jane Doe. Photos by John Smith", Role.META)) == ("Jane Doe",)


def test_reporting_and_editing_credits() -> None:
    credit = "(Reporting by Timour Azhari and Jane Doe in Baghdad; Editing by John Smith)"
    assert _authors((credit, Role.BODY)) == ("Timour Azhari", "Jane Doe")


def test_edited_by_is_not_author() -> None:
    assert _authors(("Edited by John Smith", Role.META)) == ()
    assert _authors(("Additional reporting by John Smith", Role.BODY)) == ()


def test_author_label_followed_by_name() -> None:
    assert _authors(("Author", Role.BOILERPLATE), ("Jane Doe", Role.BOILERPLATE)) == ("Jane Doe",)
    assert _authors(("Author: Jane Doe", Role.META)) == ("Jane Doe",)


def test_author_label_followed_by_junk() -> None:
    assert _authors(("Author", Role.BOILERPLATE), ("Facebook", Role.BOILERPLATE)) == ()
    assert _authors(("Author", Role.BOILERPLATE), ("Share this article", Role.BOILERPLATE)) == ()


def test_staff_credits_not_people() -> None:
    assert _authors(("By Staff Reporter", Role.META)) == ()
    assert _authors(("By Our Correspondent", Role.META)) == ()


def test_sentence_starting_with_by_is_not_byline() -> None:
    assert _authors(("By the end of the week, Jane Doe had left.", Role.BODY)) == ()


def test_embedded_byline_ignored() -> None:
    assert _authors(("By Jane Doe", Role.EMBED)) == ()


def test_authors_evidence() -> None:
    cleaned = cleaned_lines(("Headline", Role.TITLE), ("By Jane Doe", Role.META), (BODY, Role.BODY))
    ev = extract_metadata(cleaned, KB).basis_of("authors")
    assert (ev.basis, ev.text) == (Basis.EXPLICIT, "By Jane Doe")


def test_author_comma_known_outlet() -> None:
    m = extract_metadata(
        cleaned_lines(("Headline", Role.TITLE), ("Jane Doe, Reuters", Role.META), (BODY, Role.BODY)),
        KB,
    )
    assert (m.authors, m.source) == (("Jane Doe",), "Reuters")
    # a comma pair of two place names is no byline
    assert _authors(("Baghdad, Iraq", Role.META)) == ()
