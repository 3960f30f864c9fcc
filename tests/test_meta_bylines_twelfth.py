"""Bylines of text copies, twelfth pass (issue 16): each class on a short example of our own."""

from __future__ import annotations

from generator.article.extract import extract_metadata
from generator.article.records import Metadata, Role
from tests.test_extract_support import cleaned_lines
from tests.test_meta_people import BODY, BODY2, KB, TITLE


def _ending(*after: tuple[str, Role]) -> Metadata:
    """A headline, six paragraphs (past the header's lines), then ``after``: the lines after the article."""
    body = [(BODY, Role.BODY), (BODY2, Role.BODY)] * 3
    return extract_metadata(cleaned_lines((TITLE, Role.TITLE), *body, *after), KB)


# A name alone right after the article, the next line naming the person again.


def test_a_name_after_the_article_that_the_next_line_names_again_is_the_signature() -> None:
    got = _ending(("Lena Vogt", Role.BOILERPLATE), ("Buchtipp: Lena Vogt, Das Buch vom Kai", Role.BOILERPLATE))
    assert got.authors == ("Lena Vogt",)
    got = _ending(("TOM BERGER", Role.BOILERPLATE), ("More by Tom Berger", Role.BOILERPLATE))
    assert got.authors == ("Tom Berger",)  # all caps: the same name
    closing = ("Thanks for reading.", Role.BODY)
    got = _ending(closing, ("Lena Vogt", Role.BOILERPLATE), ("Books by Lena Vogt", Role.META))
    assert got.authors == ("Lena Vogt",)  # a short closing line of the text before the signature


def test_a_name_after_the_article_without_its_note_or_inside_it_names_nobody() -> None:
    assert _ending(("Lena Vogt", Role.BOILERPLATE), ("Links und Quellen", Role.BOILERPLATE)).authors == ()
    assert _ending(("Lena Vogt", Role.BOILERPLATE), ("Books by Tom Berger", Role.BOILERPLATE)).authors == ()
    heading = ("Further Reading", Role.BOILERPLATE)
    assert _ending(heading, ("Further Reading on the pier", Role.BOILERPLATE)).authors == ()
    inside = _ending(
        ("Lena Vogt", Role.BOILERPLATE), ("Books by Lena Vogt", Role.BOILERPLATE), (BODY, Role.BODY), (BODY2, Role.BODY)
    )
    assert inside.authors == ()  # inside the article: a heading or a caption, not its signature
    teaser = ("Lena Vogt warns that the fees will rise", Role.BOILERPLATE)
    assert _ending(("Lena Vogt", Role.BOILERPLATE), teaser).authors == ()  # a teaser's sentence
    told = _ending(("Harbour Board", Role.BOILERPLATE), ("News of the Harbour Board", Role.BOILERPLATE))
    assert told.authors == ()  # the article's own words: the subject, not a person


# The line taken for the headline is a byline and nothing else.


def _headed(headline: str) -> Metadata:
    body = [(BODY, Role.BODY), (BODY2, Role.BODY)] * 3
    return extract_metadata(cleaned_lines((headline, Role.TITLE), *body), KB)


def test_a_byline_taken_for_the_headline_names_the_author() -> None:
    assert _headed("---- by Lena Vogt").authors == ("Lena Vogt",)
    assert _headed("Von Lena Vogt und Tom Berger").authors == ("Lena Vogt", "Tom Berger")


def test_a_headline_opening_with_a_byline_word_names_nobody() -> None:
    assert _headed("Von Häfen und Schiffen").authors == ()
    assert _headed("By the sea").authors == ()
    assert _headed("Von Lena Vogt bis Tom Berger: zwei Leben am Hafen und ihre Boote").authors == ()


# A name with a writer's title after it, alone on its line.


def test_a_name_with_a_writers_title_on_its_line_is_the_author() -> None:
    assert _ending(("Lena Vogt Autorin", Role.BOILERPLATE), ("• Hafen", Role.BOILERPLATE)).authors == ("Lena Vogt",)
    got = _ending(("Schreibe einen Kommentar", Role.BOILERPLATE), ("Tom Berger Autor", Role.BOILERPLATE))
    assert got.authors == ("Tom Berger",)  # after the reader comments' form too


def test_capitals_labels_and_several_titled_names_name_nobody() -> None:
    assert _ending(("Über den Autor", Role.BOILERPLATE), ("• Hafen", Role.BOILERPLATE)).authors == ()
    assert _ending(("MEHR VOM AUTOR", Role.BOILERPLATE), ("• Hafen", Role.BOILERPLATE)).authors == ()
    assert _ending(("LENA VOGT AUTORIN", Role.BOILERPLATE), ("• Hafen", Role.BOILERPLATE)).authors == ()
    staff = _ending(*[(line, Role.BOILERPLATE) for line in ("Lena Vogt Autorin", "• Hafen", "Tom Berger Redakteur")])
    assert staff.authors == ()  # a staff list
    signed = ("Tom Berger, Harbour College", "Lena Vogt, writer", "Ann Poe, Nordhafen University")
    assert _ending(*[(line, Role.BOILERPLATE) for line in signed]).authors == ()  # a list of signatories


# The one person a page offers to follow on a network.


def test_the_one_person_to_follow_is_the_author() -> None:
    twice = ("Folge Lena Vogt auf Facebook Folge Lena Vogt auf Twitter", Role.BOILERPLATE)
    got = _ending(twice, ("• Hafen", Role.META))
    assert got.authors == ("Lena Vogt",)
    assert _ending(("Follow Tom Berger on Mastodon", Role.BOILERPLATE)).authors == ("Tom Berger",)


def test_following_an_outlet_us_or_two_people_names_nobody() -> None:
    assert _ending(("Follow us on Mastodon", Role.BOILERPLATE)).authors == ()
    assert _ending(("Follow Harbour News on Mastodon", Role.BOILERPLATE)).authors == ()
    two = ("Follow Tom Berger on Mastodon", "Follow Lena Vogt on Mastodon")
    assert _ending(*[(line, Role.BOILERPLATE) for line in two]).authors == ()
