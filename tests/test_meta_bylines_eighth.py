"""Bylines of text copies, eighth pass (issue 16): each class on a short example of our own."""

from __future__ import annotations

from generator.article.extract import extract_metadata
from generator.article.records import Metadata, Role
from tests.test_extract_support import cleaned_lines
from tests.test_meta_bylines_more import below
from tests.test_meta_people import BODY, BODY2, KB, TITLE


def _with_text(*lines: tuple[str, Role], text: str) -> Metadata:
    """The lines under the headline, then the body and a paragraph ``text``."""
    cleaned = cleaned_lines((TITLE, Role.TITLE), *lines, (BODY, Role.BODY), (f"{BODY2} {text}", Role.BODY))
    return extract_metadata(cleaned, KB)


def test_a_name_beside_a_dated_byline_that_names_someone_is_a_caption() -> None:
    got = below(("Von Lena Vogt | 8. Februar 2024", Role.META), ("Tom Berger", Role.BOILERPLATE)).authors
    assert got == ("Lena Vogt",)
    got = below(("8. Februar 2024 - Redaktion: Lena Vogt", Role.META), ("Hafen Mole", Role.BOILERPLATE)).authors
    assert got == ("Lena Vogt",)


def test_a_date_in_an_image_name_marks_no_byline() -> None:
    got = below(("Hafen Mole", Role.BOILERPLATE), ("[pier_2024-02-08_big]", Role.BOILERPLATE)).authors
    assert got == ()


def test_a_name_beside_an_author_label_is_no_byline() -> None:
    got = below(("Hafen Mole", Role.BOILERPLATE), ("Autor: Die Redaktion", Role.META), ("8. Februar 2024", Role.META))
    assert got.authors == ()
    kept = below(("Autor/in", Role.META), ("Lena Vogt", Role.BOILERPLATE), ("8. Februar 2024", Role.META))
    assert kept.authors == ("Lena Vogt",)  # a label with no name after it is the name line's own
    avatar = below(("author avatar", Role.BOILERPLATE), ("Lena Vogt", Role.BOILERPLATE), ("8 Feb 2024", Role.META))
    assert avatar.authors == ("Lena Vogt",)  # an image's label, not a stated author


def test_a_category_glued_to_the_name_goes_when_the_page_has_it_as_a_menu_entry() -> None:
    cleaned = cleaned_lines(
        ("• Kultur", Role.BOILERPLATE),
        ("• Sport", Role.BOILERPLATE),
        (TITLE, Role.TITLE),
        ("8. Februar 2024 Lena Vogt Kultur", Role.META),
        (BODY, Role.BODY),
        (BODY2, Role.BODY),
    )
    assert extract_metadata(cleaned, KB).authors == ("Lena Vogt",)


def test_a_kicker_glued_to_the_name_goes_when_only_it_is_the_texts() -> None:
    got = _with_text(("von Lena Vogt Miller: Foto: Hafenamt", Role.META), text="Miller said so on Monday.")
    assert got.authors == ("Lena Vogt",)
    kept = _with_text(("von Lena C. Miller", Role.META), text="Miller said so on Monday.")
    assert kept.authors == ("Lena C. Miller",)  # the surname after an initial is the name's


def test_a_name_the_text_writes_whole_may_be_the_authors() -> None:
    lines = (("Lena Vogt", Role.BOILERPLATE), ("8. Februar 2024", Role.META))
    assert _with_text(*lines, text="Photo: Lena Vogt.").authors == ("Lena Vogt",)
    # Named by the surname alone again and again: the person the article is about.
    about = _with_text(*lines, text="Lena Vogt spoke. Vogt said so. Vogt left. Vogt came back.")
    assert about.authors == ()
    # Words recurring one by one, or after an article: a heading.
    assert _with_text(*lines, text="Lena met Vogt there.").authors == ()
    assert _with_text(*lines, text="The Lena Vogt was built in 1911.").authors == ()
    # On a date line only the first piece: a later one is a category's ("Blog Home & Quay Works").
    dated = (("Harbour News & Quay Works • 8 Feb 2024", Role.META),)
    assert _with_text(*dated, text="Quay Works said so.").authors == ()


def test_a_name_line_above_a_paragraph_that_names_it_is_its_heading() -> None:
    cleaned = cleaned_lines(
        (TITLE, Role.TITLE),
        ("8. Februar 2024", Role.META),
        ("Lena Vogt", Role.BOILERPLATE),
        (f"Lena Vogt, the pier's architect, {BODY}", Role.BODY),
        (BODY2, Role.BODY),
    )
    assert extract_metadata(cleaned, KB).authors == ()


def test_a_byline_made_long_by_its_tags_is_read_up_to_them() -> None:
    tags = "harbour, pier, fishing, boats, town, council, spring, works, fees, mooring, weather, sea"
    after = ((f"Posted by Lena Vogt at 18:52 Tagged with: {tags}", Role.BOILERPLATE),)
    cleaned = cleaned_lines(
        (TITLE, Role.TITLE), *((BODY, Role.BODY), (BODY2, Role.BODY)) * 3, ("Related posts", Role.BOILERPLATE), *after
    )
    assert extract_metadata(cleaned, KB).authors == ("Lena Vogt",)


def test_an_author_box_whose_note_is_the_last_paragraph() -> None:
    note = "Lena Vogt teaches history at a university in the north and writes on ports, ships and their builders."
    box = (("Lena Vogt", Role.BOILERPLATE), (note, Role.BODY))
    cleaned = cleaned_lines(
        (TITLE, Role.TITLE), *((BODY, Role.BODY), (BODY2, Role.BODY)) * 3, *box, ("Next post", Role.BOILERPLATE)
    )
    assert extract_metadata(cleaned, KB).authors == ("Lena Vogt",)


def test_a_signed_date_after_the_article() -> None:
    body = ((BODY, Role.BODY), (BODY2, Role.BODY)) * 3
    source = ("Source: Harbour board", Role.BOILERPLATE)
    signed = (source, ("8. Februar 2024", Role.META), ("- Lena Vogt", Role.BOILERPLATE))
    assert extract_metadata(cleaned_lines((TITLE, Role.TITLE), *body, *signed), KB).authors == ("Lena Vogt",)
    quote = (source, ("- Lena Vogt", Role.BOILERPLATE))
    assert extract_metadata(cleaned_lines((TITLE, Role.TITLE), *body, *quote), KB).authors == ()  # no date: a quote's


def test_a_name_above_its_own_mail_address_when_nothing_else_names_anyone() -> None:
    body = ((BODY, Role.BODY), (BODY2, Role.BODY)) * 3
    card = (("Press contact", Role.BOILERPLATE), ("Dr. Lena Vogt", Role.BOILERPLATE), ("Tel. 0123", Role.BOILERPLATE))
    mail = ("lena.vogt@harbour.example", Role.BOILERPLATE)
    got = extract_metadata(cleaned_lines((TITLE, Role.TITLE), *body, *card, mail), KB)
    assert got.authors == ("Dr. Lena Vogt",)
    other = ("info@harbour.example", Role.BOILERPLATE)  # an address that is not the name's: no card
    assert extract_metadata(cleaned_lines((TITLE, Role.TITLE), *body, *card, other), KB).authors == ()
    team = (("Tom Berger", Role.BOILERPLATE), ("tom.berger@harbour.example", Role.BOILERPLATE))
    listed = cleaned_lines((TITLE, Role.TITLE), *body, *card, mail, *team)
    assert extract_metadata(listed, KB).authors == ()  # two cards: a contact list


def test_a_byline_under_the_standfirst_outweighs_a_name_on_the_date_stamp() -> None:
    standfirst = f"{BODY} {BODY2}"
    got = below(
        ("Tom Berger 8. Februar 2024", Role.META),
        (standfirst, Role.BODY),
        ("Share", Role.BOILERPLATE),
        ("Print", Role.BOILERPLATE),
        (standfirst, Role.BODY),
        ("Von Lena Vogt", Role.META),
    )
    assert got.authors == ("Lena Vogt",)


def test_a_things_name_has_words_the_text_writes_alone() -> None:
    lines = (("Ort Hafenstadt", Role.BOILERPLATE), ("8. Februar 2024", Role.META))
    text = "Ort Hafenstadt lies on the coast. The Ort was small, the Ort grew."
    assert _with_text(*lines, text=text).authors == ()
