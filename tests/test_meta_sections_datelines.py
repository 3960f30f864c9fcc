"""A section label in capitals under the site's menu is no outlet; a dateline under a byline is no second author."""

from __future__ import annotations

from generator.article.extract import extract_metadata
from generator.article.records import Metadata, Role
from tests.kb import knowledge
from tests.test_extract_support import cleaned_lines

KB = knowledge()

TITLE = "Harbour town brewery sold to a northern drinks group"
BODY = (
    "The family brewery on the quay was sold on Monday to a drinks group from the north, "
    "which promised to keep the name, the recipes and every one of its ninety staff."
)
BODY2 = (
    "The council's leader said the sale was good news for the harbour, where three other "
    "firms have closed since the spring and the old fish market still stands empty."
)


def _page(*head: tuple[str, Role], footer: tuple[tuple[str, Role], ...] = ()) -> Metadata:
    lines = (*head, (TITLE, Role.TITLE), (BODY, Role.BODY), (BODY2, Role.BODY), *footer)
    return extract_metadata(cleaned_lines(*lines), KB)


def test_a_capitals_line_that_repeats_an_entry_of_the_menu_above_is_a_section_not_the_outlet() -> None:
    for menu, section in (
        ("Home  World  Business  Travel  Opinion  Sign in", "BUSINESS"),
        ("Inicio Nacional Ciencia Deportes Suscríbete", "CIENCIA"),
    ):
        got = _page((menu, Role.BOILERPLATE), (section, Role.BOILERPLATE))
        assert got.source is None, (menu, got.source)


def test_a_capitals_line_without_such_a_menu_is_still_read_as_the_masthead() -> None:
    got = _page(("THE QUAYSIDE POST", Role.BOILERPLATE))
    assert got.source == "THE QUAYSIDE POST"
    # The menu names other sections only: the masthead above it is not one of them.
    got = _page(("THE QUAYSIDE POST", Role.BOILERPLATE), ("Home  World  Travel  Opinion", Role.BOILERPLATE))
    assert got.source == "THE QUAYSIDE POST"


def test_a_dateline_right_under_a_byline_gives_its_place_not_a_second_author() -> None:
    for byline, dateline in (
        ("Por Lucía Gómez Prado", "Sierra Alta, 3 de febrero de 2026 - 10:35"),
        ("By Anna Grey", "Port Ellis, 3 February 2026"),
    ):
        got = _page((byline, Role.META), (dateline, Role.BOILERPLATE))
        assert len(got.authors) == 1, got.authors
        assert got.date is not None and got.date.year == 2026


def test_a_name_and_date_line_alone_is_still_an_unmarked_byline() -> None:
    got = _page(("Anna Grey, 3 February 2026", Role.META))
    assert got.authors == ("Anna Grey",)


def test_a_copyright_holder_in_sentence_case_before_a_rights_notice_is_named_whole() -> None:
    got = _page(
        ("Северная газета", Role.BOILERPLATE),
        footer=(("© 2026 Полярная искра. Все права защищены.", Role.BOILERPLATE),),
    )
    assert got.source == "Полярная искра", got.source


def test_a_copyright_line_whose_next_sentence_is_no_rights_notice_keeps_the_capitalised_name() -> None:
    got = _page(footer=(("© 2026 Anna Grey. photos from the archive.", Role.BOILERPLATE),))
    assert got.source != "Anna Grey photos from the archive"
