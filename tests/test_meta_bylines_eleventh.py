"""Bylines of text copies, eleventh pass (issue 16): each class on a short example of our own."""

from __future__ import annotations

from generator.article.extract import extract_metadata
from generator.article.records import Block, Cleaned, Line, Metadata, Role
from tests.test_extract_support import cleaned_lines
from tests.test_meta_people import BODY, BODY2, KB, TITLE

RELATED = "related"


def _page(*lines: tuple[str, Role]) -> Metadata:
    return extract_metadata(cleaned_lines(*lines), KB)


def _article(*after: tuple[str, Role]) -> Metadata:
    """A headline, six paragraphs (past the header's lines), then ``after`` and a last paragraph."""
    body = [(BODY, Role.BODY), (BODY2, Role.BODY)] * 3
    return _page((TITLE, Role.TITLE), *body, *after, (BODY2, Role.BODY))


def _with_reasons(*specs: tuple[str, Role, str]) -> Metadata:
    lines = tuple(Line(i, text, role, reason) for i, (text, role, reason) in enumerate(specs, start=1))
    blocks = tuple(Block("paragraph", (text,)) for text, role, _ in specs if role == Role.BODY)
    return extract_metadata(Cleaned(title=TITLE, blocks=blocks, lines=lines), KB)


# A name whose job line says the person writes the site's articles.


def test_a_name_over_a_writers_job_line_anywhere_is_the_author() -> None:
    got = _article(("Lena Vogt", Role.BOILERPLATE), ("Redakteurin für Wirtschaft und Hafen", Role.BOILERPLATE))
    assert got.authors == ("Lena Vogt",)
    got = _article(("Lena Vogt", Role.BOILERPLATE), ("Wirtschaftsredakteurin", Role.BOILERPLATE))
    assert got.authors == ("Lena Vogt",)  # a compound's last part
    got = _article(("Tom Berger", Role.BOILERPLATE), ("Staff writer, harbour and sea", Role.BOILERPLATE))
    assert got.authors == ("Tom Berger",)


def test_other_job_titles_labels_lists_and_several_boxes_name_nobody() -> None:
    assert _article(("Lena Vogt", Role.BOILERPLATE), ("Rechtsanwältin", Role.BOILERPLATE)).authors == ()
    assert _article(("Lena Vogt", Role.BOILERPLATE), ("Pressesprecherin der Stadt", Role.BOILERPLATE)).authors == ()
    assert _article(("Harbour Office", Role.BOILERPLATE), ("Redaktion und Verlag", Role.BOILERPLATE)).authors == ()
    assert _article(("Lena Vogt", Role.BOILERPLATE), ("Autor: Die Redaktion", Role.BOILERPLATE)).authors == ()
    panel = _article(
        ("Tom Berger", Role.BOILERPLATE),
        ("Leiter des Hafenamts", Role.BOILERPLATE),
        ("Lena Vogt", Role.BOILERPLATE),
        ("Journalistin, Nordhafen", Role.BOILERPLATE),
    )
    assert panel.authors == ()  # a list of speakers and their jobs
    staff = _article(
        ("Lena Vogt", Role.BOILERPLATE),
        ("Redakteurin", Role.BOILERPLATE),
        (BODY2, Role.BODY),
        ("Tom Berger", Role.BOILERPLATE),
        ("Reporter", Role.BOILERPLATE),
    )
    assert staff.authors == ()  # two boxes: a staff list


# A byline inside a list of related articles is a teaser's.


def test_a_byline_between_related_articles_lines_is_a_teasers() -> None:
    specs = [
        (TITLE, Role.TITLE, ""),
        (BODY, Role.BODY, ""),
        (BODY2, Role.BODY, ""),
        (BODY, Role.BODY, ""),
        (BODY2, Role.BODY, ""),
        (BODY, Role.BODY, ""),
        (BODY2, Role.BODY, ""),
        ("More on this", Role.BOILERPLATE, RELATED),
        ("• Quay fees rise again", Role.BOILERPLATE, RELATED),
        ("By Tom Berger", Role.META, ""),
        ("• Ferry line gets new boats", Role.BOILERPLATE, RELATED),
        (BODY2, Role.BODY, ""),
    ]
    assert _with_reasons(*specs).authors == ()
    specs[8] = ("• Quay fees rise again", Role.BOILERPLATE, "")
    assert _with_reasons(*specs).authors == ("Tom Berger",)  # not inside the list: read as before


# An interview's byline of two names.


def test_an_interview_byline_of_two_names_credits_both() -> None:
    about = f"{BODY} Vogt said the pier was late. Vogt added that Vogt had warned of it."
    got = _page(
        (TITLE, Role.TITLE),
        (BODY2, Role.BODY),
        ("Lena Vogt im Gespräch mit Tom Berger", Role.BOILERPLATE),
        (about, Role.BODY),
        (BODY2, Role.BODY),
    )
    assert got.authors == ("Lena Vogt", "Tom Berger")  # the guest's name recurs in the text
    got = _page((TITLE, Role.TITLE), ("Ana Ruiz in conversation with Tom Berger", Role.META), (BODY, Role.BODY))
    assert got.authors == ("Ana Ruiz", "Tom Berger")


def test_a_conversation_line_with_no_two_people_names_nobody() -> None:
    got = _page((TITLE, Role.TITLE), ("Harbour Office im Gespräch mit Tom Berger", Role.META), (BODY, Role.BODY))
    assert got.authors == ()
    got = _page((TITLE, Role.TITLE), ("Lena Vogt im Gespräch mit der Stadt", Role.META), (BODY, Role.BODY))
    assert got.authors == ()


# The maker named in a Creative Commons notice.


def test_the_maker_of_a_creative_commons_notice_is_the_author() -> None:
    notice = "Hafenblog von Lena Vogt steht unter einer Creative Commons Namensnennung 4.0 Lizenz."
    assert _article((notice, Role.BOILERPLATE)).authors == ("Lena Vogt",)
    notice = "Harbour Notes by Tom Berger is licensed under a Creative Commons Attribution 4.0 International License."
    assert _article((notice, Role.BOILERPLATE)).authors == ("Tom Berger",)


def test_a_notice_with_no_maker_an_organisation_or_two_makers_names_nobody() -> None:
    notice = "Dieses Werk steht unter einer Creative Commons Namensnennung 4.0 Lizenz."
    assert _article((notice, Role.BOILERPLATE)).authors == ()
    notice = "Hafenblog von Hafenverein Nord e.V. steht unter einer Creative Commons Namensnennung 4.0 Lizenz."
    assert _article((notice, Role.BOILERPLATE)).authors == ()
    notice = "This site is licensed under the MIT License by Tom Berger."
    assert _article((notice, Role.BOILERPLATE)).authors == ()  # no Creative Commons notice
    first = "Hafenblog von Lena Vogt steht unter einer Creative Commons Namensnennung 4.0 Lizenz."
    second = "Karten by Ana Ruiz is licensed under CC BY 4.0."
    assert _article((first, Role.BOILERPLATE), (second, Role.BOILERPLATE)).authors == ()


# A copyright line that names its holder with "by".


def test_a_copyright_holder_named_by_by_is_the_author() -> None:
    assert _article(("Copyright © 2021 by Lena Vogt - Alle Rechte vorbehalten", Role.BOILERPLATE)).authors == (
        "Lena Vogt",
    )
    footer = "Archiv – Impressum – 2010-2021 by Tom Berger – Powered by Harbourpress"
    assert _article((footer, Role.BOILERPLATE)).authors == ("Tom Berger",)
    assert _article(("Texte und Fotos © by Ana Ruiz | Impressum", Role.BOILERPLATE)).authors == ("Ana Ruiz",)


def test_a_company_a_plain_notice_a_single_year_or_two_holders_name_nobody() -> None:
    assert _article(("Copyright 2021 by Hafenverlag Nord GmbH", Role.BOILERPLATE)).authors == ()
    assert _article(("© 2021 Lena Vogt", Role.BOILERPLATE)).authors == ()  # no "by": a photo credit or a site's notice
    assert _article(("Theme by Tom Berger", Role.BOILERPLATE)).authors == ()
    assert _article(("Harbour calendar 2021 by Tom Berger", Role.BOILERPLATE)).authors == ()  # a year, no range
    two = [("© 2021 by Lena Vogt", Role.BOILERPLATE), ("Fotos © by Tom Berger", Role.BOILERPLATE)]
    assert _article(*two).authors == ()
