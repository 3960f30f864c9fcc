"""Publication dates the fourth pass of issue 16 turns down: each class on a short example of our own."""

from __future__ import annotations

from generator.article.extract import extract_metadata
from generator.article.records import Metadata, Role
from tests.test_extract_support import cleaned_lines
from tests.test_meta_dates import BODY, BODY2, KB, TODAY, meta, rejected

TITLE = "Harbour opens its new pier"


def page(*lines: tuple[str, Role]) -> Metadata:
    """The headline, the article's body, then ``lines``: what follows the article."""
    cleaned = cleaned_lines((TITLE, Role.TITLE), (BODY, Role.BODY), (BODY2, Role.BODY), *lines)
    return extract_metadata(cleaned, KB, today=TODAY)


TEASER = ("2.02.2024 - Lighthouse Keeper Retires After Forty Years", Role.BOILERPLATE)


def test_the_stamps_of_a_teaser_list_are_not_the_date() -> None:
    m = meta(("8.02.2024 - Ferry Crews Strike Over Winter Rota", Role.META), TEASER)
    assert m.date is None
    assert "teaser" in rejected(m)
    glued = meta(("HomeNews8.02.2024 - Ferry Crews Strike Over Winter Rota", Role.BOILERPLATE), TEASER)
    assert glued.date is None


def test_one_stamp_joined_to_a_desk_or_a_label_stays() -> None:
    assert meta(("8.02.2024 - Port Authority (Press Office North)", Role.META)).date is not None


def test_a_stamp_joined_to_the_pages_own_headline_or_a_byline_stays() -> None:
    own = "Harbour Board Opens New Pier"
    assert meta((f"8.02.2024 - {own}", Role.META), title=own).date is not None
    assert meta(("8.02.2024 - By Jane Roe Smith", Role.META)).date is not None


def test_a_citation_broken_before_its_date_is_not_the_date() -> None:
    m = meta(
        ("Omar Haddad; A Minister on Stage; The Harbour Courier (Ostende);", Role.BODY),
        ("Mar 20, 2005.", Role.META),
    )
    assert m.date is None
    assert "citation" in rejected(m)


SHEET = (
    ("• Ort: Stadthalle Nord", Role.META),
    ("• Datum: 12.05.2023", Role.META),
    ("• Beginn: 19:00 Uhr", Role.META),
    ("• Eintritt: 12 Euro", Role.META),
    ("• Veranstalter: Hafenverein", Role.META),
)


def test_a_date_in_a_data_sheet_is_not_the_date() -> None:
    m = meta(*SHEET)
    assert m.date is None
    assert "data sheet" in rejected(m)
    assert page(*SHEET).date is None
    product = meta(
        ("• Erschienen: 12.05.2023", Role.META),
        ("• Seiten: 240", Role.META),
        ("• Verlag: Hafenbuch", Role.META),
        ("• Sprache: Deutsch", Role.META),
        ("• Format: Taschenbuch", Role.META),
    )
    assert product.date is None


def test_four_label_items_are_no_data_sheet() -> None:
    assert meta(*SHEET[1:]).date is not None


def test_a_reader_comment_s_date_under_its_header_is_not_the_date() -> None:
    m = meta(("Lena Vogt sagt:", Role.META), ("3. März 2021 um 10:12 Uhr", Role.META))
    assert m.date is None
    assert "reader comment" in rejected(m)
    assert meta(("Omar Haddad says:", Role.META), ("March 3, 2021 at 10:12 am", Role.META)).date is None
    assert meta(("Von Lena Vogt", Role.META), ("3. März 2021 um 10:12 Uhr", Role.META)).date is not None


def test_pingbacks_and_trackbacks_are_comments() -> None:
    assert meta(("Pingback: Harbour news roundup | 3. März 2021", Role.META)).date is None
    assert meta(("Trackback from Harbour Blog on March 3, 2021", Role.META)).date is None


def test_a_date_after_a_first_published_note_is_an_update() -> None:
    note = ("* This article, originally published in April 2017, was updated.", Role.META)
    m = meta(("19 February 2020", Role.META), note)
    assert m.date is None
    assert "first appeared" in rejected(m)
    french = meta(("Le 19 février 2020", Role.META), ("Cet article, initialement publié en avril 2017.", Role.META))
    assert french.date is None


def test_the_first_published_date_itself_stays() -> None:
    m = meta(("Ursprünglich erschienen am 3. April 2017", Role.META), ("Aktualisiert: 19.02.2020", Role.META))
    assert m.date is not None and m.date.year == 2017
    assert meta(("19 February 2020", Role.META), ("Originally published in 2021.", Role.META)).date is not None


def test_a_long_sentence_naming_a_first_edition_vetoes_nothing() -> None:
    sentence = (
        "The harbour guide that the old pilots still carry on every boat was first published in 1998 by a small "
        "press in the town and is still sold at the quay.",
        Role.BODY,
    )
    assert meta(("19 February 2020", Role.META), sentence).date is not None
