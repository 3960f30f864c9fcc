"""Bylines the fourth pass of issue 16 reads: each failure class on a short example of our own."""

from __future__ import annotations

from generator.article.extract import extract_metadata
from generator.article.records import Metadata, Role
from tests.test_extract_support import cleaned_lines
from tests.test_meta_bylines_more import RELATED, below, meta
from tests.test_meta_people import BODY, BODY2, KB, TITLE

# Past the lines read right after the article: a sidebar, a footer.
FAR = tuple((f"Harbour guide part {n}", Role.BOILERPLATE) for n in range(40))


def test_a_label_alone_with_the_name_on_the_next_line_far_after_the_article() -> None:
    m = meta(after=(*FAR, ("Autor:", Role.BOILERPLATE), ("Lena Vogt", Role.BOILERPLATE), RELATED))
    assert m.authors == ("Lena Vogt",)
    assert dict(m.evidence)["authors"].source == "author label"
    m = meta(after=(*FAR, ("Von:", Role.BOILERPLATE), ("Omar Haddad", Role.BOILERPLATE), RELATED))
    assert m.authors == ("Omar Haddad",)


def test_a_phrase_ending_in_a_byline_word_is_no_label() -> None:
    # A sponsor ("presented by"), an archive ("collected by") or an editor follows such a phrase.
    for phrase in ("Presented by", "präsentiert von", "Herausgegeben von"):
        m = meta(after=(*FAR, (phrase, Role.BOILERPLATE), ("Ines Marlowe", Role.BOILERPLATE), RELATED))
        assert m.authors == (), phrase


def test_a_label_alone_is_not_read_among_the_reader_comments() -> None:
    comments = (("Lena Vogt says:", Role.BOILERPLATE), ("Great piece", Role.BOILERPLATE))
    m = meta(after=(*comments, *FAR, ("Autor:", Role.BOILERPLATE), ("Omar Haddad", Role.BOILERPLATE)))
    assert m.authors == ()


def test_a_comments_link_in_the_menu_does_not_end_the_search() -> None:
    menu = (("Kommentare", Role.BOILERPLATE), ("Start", Role.BOILERPLATE))
    m = meta(*menu, after=(*FAR, ("Über den Autor", Role.BOILERPLATE), ("Lena Vogt", Role.BOILERPLATE)))
    assert m.authors == ("Lena Vogt",)


def test_a_note_in_brackets_after_the_name() -> None:
    got = below(("Autor: Lena Vogt (Pressesprecherin des Hafenamts)", Role.META)).authors
    assert got == ("Lena Vogt",)
    assert below(("Von Omar Haddad (Redakteur für Wirtschaft und", Role.META)).authors == ("Omar Haddad",)


def test_a_bullet_before_a_name_line_beside_the_date() -> None:
    m = below(("• 25. Juli 2019", Role.META), ("• Lena Vogt", Role.BOILERPLATE), ("• 0 Kommentare", Role.BOILERPLATE))
    assert m.authors == ("Lena Vogt",)


def midway(*lines: tuple[str, Role]) -> Metadata:
    """``lines`` between two stretches of the article, far from the headline."""
    body = ((BODY, Role.BODY), (BODY2, Role.BODY)) * 3
    return extract_metadata(cleaned_lines((TITLE, Role.TITLE), *body, *lines, *body), KB)


def test_a_name_beside_the_publication_date_far_from_the_headline() -> None:
    m = midway(("Lena Vogt", Role.BOILERPLATE), ("Veröffentlicht am 8. Februar 2024", Role.META))
    assert m.date is not None and m.date.isoformat() == "2024-02-08"
    assert m.authors == ("Lena Vogt",)


def test_a_name_on_a_metadata_date_line_outside_the_header() -> None:
    assert midway(("Omar Haddad, 01.12.2021", Role.META)).authors == ("Omar Haddad",)


def test_a_menu_entry_two_list_items_from_the_date_is_no_name() -> None:
    got = below(("• 25. Juli 2019", Role.META), ("• Start", Role.BOILERPLATE), ("• Ines Marlowe", Role.BOILERPLATE))
    assert got.authors == ()
    # Without the bullets, a short line between a name and its date is still read past.
    assert below(
        ("25. Juli 2019", Role.META), ("Hafen", Role.BOILERPLATE), ("Ines Marlowe", Role.BOILERPLATE)
    ).authors == ("Ines Marlowe",)


def test_a_heading_with_a_long_compound_beside_the_date_is_no_name() -> None:
    got = below(("8. Februar 2024", Role.META), ("Verkündung des Hafengebührenerhöhungsgesetzes", Role.BOILERPLATE))
    assert got.authors == ()


def test_the_interviewer_named_after_the_interview() -> None:
    assert meta(after=(("Das Gespräch führte Lena Vogt.", Role.BOILERPLATE), RELATED)).authors == ("Lena Vogt",)
