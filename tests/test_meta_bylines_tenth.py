"""Bylines of text copies, tenth pass (issue 16): each class on a short example of our own."""

from __future__ import annotations

from generator.article.extract import extract_metadata
from generator.article.records import Metadata, Role
from tests.test_extract_support import cleaned_lines
from tests.test_meta_bylines_more import below
from tests.test_meta_people import BODY, BODY2, KB, TITLE

PEOPLE = "Lena Vogt, Tom Berger & Ana Ruiz"


def _page(*lines: tuple[str, Role]) -> Metadata:
    return extract_metadata(cleaned_lines(*lines), KB)


def test_a_line_listing_people_right_under_the_headline_names_the_authors() -> None:
    assert below((PEOPLE, Role.BOILERPLATE)).authors == ("Lena Vogt", "Tom Berger", "Ana Ruiz")
    got = _page((TITLE, Role.TITLE), (BODY, Role.BODY), (f"• {PEOPLE}", Role.BOILERPLATE), (BODY2, Role.BODY))
    assert got.authors == ("Lena Vogt", "Tom Berger", "Ana Ruiz")  # under the standfirst, as a list item


def test_a_list_under_the_headline_with_a_piece_no_name_or_people_the_text_is_about_is_none() -> None:
    assert below(("Lena Vogt, Tom Berger and the harbour office", Role.BOILERPLATE)).authors == ()
    assert below(("Hafen Mole, Stadtwerke Nord und Polizei", Role.BOILERPLATE)).authors == ()
    about = f"{BODY2} Vogt and Berger signed the lease on Monday."
    assert _page((TITLE, Role.TITLE), (PEOPLE, Role.BOILERPLATE), (BODY, Role.BODY), (about, Role.BODY)).authors == ()


def test_a_list_further_from_the_headline_needs_its_date() -> None:
    lines = [(TITLE, Role.TITLE), (BODY, Role.BODY), (BODY2, Role.BODY), (BODY, Role.BODY)]
    assert _page(*lines, (PEOPLE, Role.BOILERPLATE), (BODY2, Role.BODY)).authors == ()


def _header(*lines: tuple[str, Role]) -> Metadata:
    """``lines`` from the fifth line on: the headline, the standfirst and two paragraphs above them."""
    lead = [(TITLE, Role.TITLE), (BODY, Role.BODY), (BODY2, Role.BODY), (BODY, Role.BODY)]
    return _page(*lead, *lines, (BODY2, Role.BODY))


def test_a_name_on_the_headers_last_line_with_its_date_line_right_below_is_the_author() -> None:
    assert _header(("Lena Vogt", Role.BOILERPLATE), ("Updated 8 February 2024", Role.META)).authors == ("Lena Vogt",)
    assert _header(("Lena Vogt", Role.HEADING), ("vor 3 Stunden", Role.META)).authors == ("Lena Vogt",)


def test_a_name_above_a_date_that_is_no_persons_or_no_date_line_is_none() -> None:
    assert _header(("• Lena Vogt", Role.BOILERPLATE), ("8 February 2024", Role.META)).authors == ()  # a menu entry
    assert _header(("Harbour Office", Role.BOILERPLATE), ("8 February 2024", Role.META)).authors == ()
    long_line = "Harbour news of 8 February 2024 and the week before it, with pictures"
    assert _header(("Lena Vogt", Role.BOILERPLATE), (long_line, Role.META)).authors == ()
    about = _page(
        (TITLE, Role.TITLE),
        (BODY, Role.BODY),
        (BODY2, Role.BODY),
        (f"{BODY} Lena Vogt and Tom Berger spoke. Vogt agreed, and Vogt signed.", Role.BODY),
        ("Lena Vogt", Role.BOILERPLATE),
        ("8 February 2024", Role.META),
        (BODY2, Role.BODY),
    )
    assert about.authors == ()  # the person the text is about, over a picture's date


def test_a_name_with_its_job_title_below_in_the_header_is_the_author() -> None:
    assert below(("Lena Vogt", Role.BOILERPLATE), ("Chefredakteurin", Role.BOILERPLATE)).authors == ("Lena Vogt",)
    got = below(("Lena Vogt", Role.BOILERPLATE), ("Senior correspondent, Harbour desk", Role.BOILERPLATE))
    assert got.authors == ("Lena Vogt",)
    got = below(("Lena Vogt", Role.BOILERPLATE), ("Mitglied der Sport-Redaktion", Role.BOILERPLATE))
    assert got.authors == ("Lena Vogt",)  # a desk's compound


def test_job_titles_of_several_people_a_list_item_or_no_person_name_nobody() -> None:
    team = below(
        ("Lena Vogt", Role.BOILERPLATE),
        ("Redakteurin", Role.BOILERPLATE),
        ("Tom Berger", Role.BOILERPLATE),
        ("Reporter", Role.BOILERPLATE),
    )
    assert team.authors == ()  # a staff list
    assert below(("• Lena Vogt", Role.BOILERPLATE), ("Redakteurin", Role.BOILERPLATE)).authors == ()
    assert below(("Harbour Office", Role.BOILERPLATE), ("Reporter", Role.BOILERPLATE)).authors == ()
    assert below(("Hafen Kurier", Role.BOILERPLATE), ("Redaktion", Role.BOILERPLATE)).authors == ()
    section = [("Letters to the Editor", Role.BOILERPLATE), ("Lena Vogt", Role.BOILERPLATE)] * 3
    assert below(*section, ("Letters to the Editor", Role.BOILERPLATE)).authors == ()  # a list's section label
    long_line = "Reporter Tom Berger talked to her about the pier and the fees in the harbour"
    assert below(("Lena Vogt", Role.BOILERPLATE), (long_line, Role.BOILERPLATE)).authors == ()
    about = f"{BODY2} Vogt said the fees would stay."
    got = _page(
        (TITLE, Role.TITLE),
        ("Lena Vogt", Role.BOILERPLATE),
        ("Redakteurin", Role.BOILERPLATE),
        (BODY, Role.BODY),
        (about, Role.BODY),
    )
    assert got.authors == ()  # the person the text is about


def _middle(*lines: tuple[str, Role]) -> Metadata:
    """``lines`` among the paragraphs, away from the headline: out of the zones the header's bylines are read in."""
    paragraphs = [(BODY, Role.BODY), (BODY2, Role.BODY)] * 3
    return _page((TITLE, Role.TITLE), *paragraphs, *lines, *paragraphs[:2])


def test_an_interview_credit_names_its_writer() -> None:
    assert _middle(("Das Gespräch führte Lena Vogt.", Role.BOILERPLATE)).authors == ("Lena Vogt",)
    assert _middle(("Propos recueillis par Camille Roux", Role.BOILERPLATE)).authors == ("Camille Roux",)


def test_an_interview_credit_that_is_a_sentence_or_no_person_names_nobody() -> None:
    long_line = "Das Gespräch führte Lena Vogt am Montag im Hafen, kurz vor der Eröffnung der neuen Mole."
    assert _middle((long_line, Role.BODY)).authors == ()
    assert _middle(("Das Gespräch führte die Redaktion.", Role.BOILERPLATE)).authors == ()


def test_a_name_before_a_publication_label_and_date_is_the_author() -> None:
    assert _middle(("Ana Ruiz | Publicado hace 3 horas", Role.HEADING)).authors == ("Ana Ruiz",)
    assert _middle(("Lena Vogt, veröffentlicht am 8. Februar 2024", Role.META)).authors == ("Lena Vogt",)


def test_a_publication_line_without_a_name_a_date_or_with_several_names_is_none() -> None:
    assert _middle(("Harbour Office | Published 8 February 2024", Role.META)).authors == ()
    assert _middle(("Ana Ruiz | Publicado en la sección de cultura", Role.META)).authors == ()
    assert _middle(("Publicado hace 3 horas | Ana Ruiz", Role.HEADING)).authors == ()  # the label must follow the name
    teasers = _middle(
        ("Ana Ruiz | Publicado hace 3 horas", Role.HEADING), ("Tom Berger | Publicado hace 5 horas", Role.HEADING)
    )
    assert teasers.authors == ()


def test_a_name_above_a_link_to_all_its_posts_by_the_author_is_an_author_box() -> None:
    box = _middle(("Lena Vogt", Role.BOILERPLATE), ("Zu allen Beiträgen der Autorin", Role.BOILERPLATE))
    assert box.authors == ("Lena Vogt",)
    menu = _middle(("Hafen Nachrichten", Role.BOILERPLATE), ("Zu allen Beiträgen vom Autor", Role.BOILERPLATE))
    assert menu.authors == ()
