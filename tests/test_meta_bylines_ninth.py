"""Bylines of text copies, ninth pass (issue 16): each class on a short example of our own."""

from __future__ import annotations

from generator.article.extract import extract_metadata
from generator.article.extract.authors import Bylines, Judge, _dated_byline
from generator.article.extract.zone import make_view
from generator.article.records import Metadata, Role
from tests.test_extract_support import cleaned_lines
from tests.test_meta_bylines_more import below
from tests.test_meta_people import BODY, BODY2, KB, TITLE

NAMES = "Lena Vogt, Tom Berger y Ana Ruiz"
DATED = ("Hace 3 horas", Role.BOILERPLATE)


def test_a_line_listing_people_beside_the_date_names_the_authors() -> None:
    got = below((NAMES, Role.BOILERPLATE), DATED).authors
    assert got == ("Lena Vogt", "Tom Berger", "Ana Ruiz")
    got = below(("Lena Vogt and Tom Berger", Role.BOILERPLATE), ("8 February 2024", Role.META)).authors
    assert got == ("Lena Vogt", "Tom Berger")


def test_a_list_line_with_one_piece_no_name_is_none() -> None:
    assert below(("Lena Vogt, Tom Berger and the harbour office", Role.BOILERPLATE), DATED).authors == ()
    assert below(("Hafen Mole, Stadtwerke Nord und Polizei", Role.BOILERPLATE), DATED).authors == ()
    assert below(("Tom Berger and Lena Vogt in Lisbon at night", Role.BOILERPLATE), DATED).authors == ()


def test_a_list_line_without_a_date_beside_it_is_none() -> None:
    # Not right under the headline either (there a list of people is the byline: test_meta_bylines_tenth).
    lines = ((TITLE, Role.TITLE), (BODY, Role.BODY), (BODY2, Role.BODY), (BODY, Role.BODY))
    cleaned = cleaned_lines(*lines, (NAMES, Role.BOILERPLATE), (BODY2, Role.BODY))
    assert extract_metadata(cleaned, KB).authors == ()


def test_a_list_line_whose_people_the_text_is_about_is_a_caption() -> None:
    cleaned = cleaned_lines(
        (TITLE, Role.TITLE),
        ("Lena Vogt and Tom Berger", Role.BOILERPLATE),
        ("8 February 2024", Role.META),
        (BODY, Role.BODY),
        (f"{BODY2} Vogt and Berger signed the lease on Monday.", Role.BODY),
    )
    assert extract_metadata(cleaned, KB).authors == ()


def _avatar(*lines: tuple[str, Role]) -> Metadata:
    """The lines under the headline's standfirst (a body paragraph), then the body."""
    cleaned = cleaned_lines((TITLE, Role.TITLE), (BODY, Role.BODY), *lines, (BODY2, Role.BODY), (BODY, Role.BODY))
    return extract_metadata(cleaned, KB)


def test_a_name_under_its_avatars_initials_is_an_author() -> None:
    got = _avatar(
        ("LV", Role.BOILERPLATE),
        ("Lena Vogt", Role.BOILERPLATE),
        ("TB", Role.BOILERPLATE),
        ("Tom Berger", Role.BOILERPLATE),
    )
    assert got.authors == ("Lena Vogt", "Tom Berger")


def test_initials_that_are_not_the_names_mark_nothing() -> None:
    assert _avatar(("TB", Role.BOILERPLATE), ("Lena Vogt", Role.BOILERPLATE)).authors == ()
    assert _avatar(("NT", Role.BOILERPLATE), ("Nordhafen Times", Role.BOILERPLATE)).authors == ()  # an outlet
    assert _avatar(("HO", Role.BOILERPLATE), ("Harbour Office", Role.BOILERPLATE)).authors == ()
    assert _avatar(("SN", Role.BOILERPLATE), ("Staff Newsroom", Role.BOILERPLATE)).authors == ()


def _after(*lines: tuple[str, Role]) -> Metadata:
    """The headline, the body, then ``lines`` after the article."""
    cleaned = cleaned_lines((TITLE, Role.TITLE), (BODY, Role.BODY), (BODY2, Role.BODY), *lines)
    return extract_metadata(cleaned, KB)


def test_a_name_above_a_link_to_its_articles_is_an_author_box() -> None:
    assert _after(("Lena Vogt", Role.BOILERPLATE), ("All articles", Role.BOILERPLATE)).authors == ("Lena Vogt",)
    assert _after(("Lena Vogt", Role.BOILERPLATE), ("Weitere Beiträge", Role.BOILERPLATE)).authors == ("Lena Vogt",)


def test_a_linked_box_that_is_a_menu_a_team_or_a_desk_names_nobody() -> None:
    menu = (("• Hafen Mole", Role.BOILERPLATE), ("• Alle Beiträge", Role.BOILERPLATE))
    assert _after(*menu).authors == ()
    team = (("Lena Vogt", Role.BOILERPLATE), ("All articles", Role.BOILERPLATE))
    team += (("Tom Berger", Role.BOILERPLATE), ("All articles", Role.BOILERPLATE))
    assert _after(*team).authors == ()
    assert _after(("Staff Newsroom", Role.BOILERPLATE), ("All articles", Role.BOILERPLATE)).authors == ()
    assert _after(("Nordhafen Times", Role.BOILERPLATE), ("More articles", Role.BOILERPLATE)).authors == ()
    assert _after(("New Pier", Role.BOILERPLATE), ("More articles", Role.BOILERPLATE)).authors == ()  # the text's words
    assert _after(("Lena Vogt", Role.BOILERPLATE), ("All articles about the pier", Role.BOILERPLATE)).authors == ()


def _elsewhere(*lines: tuple[str, Role]) -> tuple[str, ...]:
    """The names the lone dated byline reader finds among ``lines`` below an article (the other readers aside)."""
    view = make_view(cleaned_lines((TITLE, Role.TITLE), (BODY, Role.BODY), (BODY2, Role.BODY), *lines))
    found = Bylines()
    _dated_byline(view, Judge(KB.languages, KB.outlets), found)
    return tuple(name for name, _ in found.people)


def test_a_lone_dated_byline_anywhere_names_the_author() -> None:
    got = _elsewhere(("Von Lena Vogt und Tom Berger", Role.BOILERPLATE), ("8. Februar 2024", Role.BOILERPLATE))
    assert got == ("Lena Vogt", "Tom Berger")
    got = _elsewhere(("• Comments", Role.BOILERPLATE), ("By Lena Vogt", Role.BOILERPLATE), ("8 Feb 2024", Role.META))
    assert got == ("Lena Vogt",)  # a list item's "Comments" is a menu's entry


def test_dated_bylines_of_several_teasers_name_nobody() -> None:
    one = (("By Lena Vogt", Role.BOILERPLATE), ("8 Feb 2024", Role.BOILERPLATE))
    two = (("By Tom Berger", Role.BOILERPLATE), ("9 Feb 2024", Role.BOILERPLATE))
    assert _elsewhere(*one, ("Other headline here", Role.BOILERPLATE), *two) == ()


def test_a_dated_byline_without_a_date_a_person_or_before_the_comments_is_none() -> None:
    assert _elsewhere(("By Lena Vogt", Role.BOILERPLATE), ("Read more", Role.BOILERPLATE)) == ()
    assert _elsewhere(("By Staff Newsroom", Role.BOILERPLATE), ("8 Feb 2024", Role.BOILERPLATE)) == ()
    assert _elsewhere(("By Nordhafen Times", Role.BOILERPLATE), ("8 Feb 2024", Role.BOILERPLATE)) == ()
    assert _elsewhere(("Photos by Lena Vogt", Role.BOILERPLATE), ("8 Feb 2024", Role.BOILERPLATE)) == ()
    comment = (("Lena Vogt says:", Role.BOILERPLATE), ("By Tom Berger", Role.BOILERPLATE), ("8 Feb 2024", Role.META))
    assert _elsewhere(*comment) == ()
