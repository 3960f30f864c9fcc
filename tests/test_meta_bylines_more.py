"""Bylines the third pass of issue 16 reads: each failure class on a short example of our own."""

from __future__ import annotations

from generator.article.extract import extract_metadata
from generator.article.records import Metadata, Role
from tests.test_extract_support import cleaned_lines
from tests.test_meta_people import BODY, BODY2, KB, TITLE, page_meta

RELATED = ("Read more", Role.BOILERPLATE)


def meta(*before: tuple[str, Role], after: tuple[tuple[str, Role], ...] = ()) -> Metadata:
    body = ((BODY, Role.BODY), (BODY2, Role.BODY)) * 3
    cleaned = cleaned_lines(*before, (TITLE, Role.TITLE), *body, *after)
    return extract_metadata(cleaned, KB)


def below(*lines: tuple[str, Role]) -> Metadata:
    """The byline lines right under the headline."""
    cleaned = cleaned_lines((TITLE, Role.TITLE), *lines, (BODY, Role.BODY), (BODY2, Role.BODY))
    return extract_metadata(cleaned, KB)


def test_a_particle_or_filler_never_ends_a_name() -> None:
    assert below(("Par Camille Roux le 14.09.2020 à 11h46", Role.META)).authors == ("Camille Roux",)
    assert below(("Von Lena Vogt Vom 3. Februar 2022", Role.META)).authors == ("Lena Vogt",)


def test_a_page_control_word_ends_the_name() -> None:
    got = below(("Von Lena Vogt Kategorien: Reisen 6. November 2023, 15:25 Uhr", Role.META)).authors
    assert got == ("Lena Vogt",)


def test_time_before_the_byline_word() -> None:
    assert below(("1.11.23 20:19 von Lena Vogt Lesezeit: 4 Min.", Role.META)).authors == ("Lena Vogt",)


def test_bracketed_image_name_inside_a_byline() -> None:
    assert below(("Von [a3f] Lena Vogt", Role.META)).authors == ("Lena Vogt",)


def test_name_and_date_line_three_lines_above_the_headline() -> None:
    m = meta(
        ("Omar Haddad / 22.04.2020 / 06:15 / Print", Role.BOILERPLATE),
        ("[avatar]", Role.BOILERPLATE),
        ("Essays", Role.BOILERPLATE),
    )
    assert m.authors == ("Omar Haddad",)


def test_byline_after_the_article() -> None:
    m = meta(after=(("Share this", Role.BOILERPLATE), ("Von Lena Vogt", Role.BOILERPLATE), RELATED))
    assert m.authors == ("Lena Vogt",)
    m = meta(after=(("Autor: Omar Haddad", Role.BOILERPLATE), RELATED))
    assert m.authors == ("Omar Haddad",)


def test_author_box_after_the_article() -> None:
    bio = "Lena Vogt ist Redakteurin für Hafenpolitik und schreibt seit 2016 über Schifffahrt und Fischerei."
    m = meta(after=(("Lena Vogt", Role.BOILERPLATE), (bio, Role.BOILERPLATE), RELATED))
    assert m.authors == ("Lena Vogt",)
    assert dict(m.evidence)["authors"].source == "author box"


def test_teaser_opening_with_a_name_is_no_author_box() -> None:
    teaser = "Omar Haddad warns that the fees for mooring will rise again next year at every pier of the coast"
    m = meta(after=(("Omar Haddad", Role.BOILERPLATE), (teaser, Role.BOILERPLATE), RELATED))
    assert m.authors == ()


def test_after_the_article_a_pipe_line_is_no_byline() -> None:
    # "Sign In Sign Out | Edit" after the article: only a line with a byline word names an author there.
    m = meta(after=(("Hotel Seeblick | Ostende", Role.BOILERPLATE), RELATED))
    assert m.authors == ()


def test_reader_comments_after_the_article_are_not_read() -> None:
    m = meta(after=(("Lena Vogt says:", Role.BOILERPLATE), ("Von Omar Haddad", Role.BOILERPLATE)))
    assert m.authors == ()


def test_role_word_before_the_name_is_dropped() -> None:
    assert below(("Autor: Rechtsanwalt Jonas Berg", Role.META)).authors == ("Jonas Berg",)


def test_a_personal_site_named_after_its_author() -> None:
    site = '<meta property="og:site_name" content="Jonas Berg">'
    person = '{"@type": "BlogPosting", "author": {"@type": "Person", "name": "Jonas Berg"}}'
    assert page_meta(site + f'<script type="application/ld+json">{person}</script>').authors == ("Jonas Berg",)
    # Without a Person in the markup the site's own name stays no author.
    assert page_meta(site + '<meta name="author" content="Jonas Berg">').authors == ()


def test_the_date_of_a_cited_text_is_not_the_articles() -> None:
    cite = "Omar Haddad; A Minister on Stage; The Harbour Courier (Ostende); Mar 20, 2005."
    m = below((cite, Role.BOILERPLATE))
    assert m.date is None
    assert any("citation" in r for r in m.basis_of("date").rejected)


def test_bylines_of_teasers_after_the_article_are_not_the_authors() -> None:
    teasers = (("Von Lena Vogt", Role.BOILERPLATE), ("Fees rise again", Role.BOILERPLATE))
    teasers += (("Von Omar Haddad", Role.BOILERPLATE), RELATED)
    assert meta(after=teasers).authors == ()


def test_a_date_line_with_a_byline_word_names_only_that_author() -> None:
    assert below(("27. Januar 2014 by Lena Vogt / Ines Marlowe Atelier", Role.META)).authors == ("Lena Vogt",)


def test_profile_link_glued_to_the_name() -> None:
    m = meta(after=(("Mehr vonLena Vogt", Role.BOILERPLATE), RELATED))
    assert m.authors == ("Lena Vogt",)


def test_byline_word_at_the_end_of_the_line_above_the_name() -> None:
    assert below(("Essay Von", Role.BOILERPLATE), ("Lena Vogt", Role.BOILERPLATE)).authors == ("Lena Vogt",)


def test_name_next_to_its_date_below_a_caption() -> None:
    caption = "Photo: Ines Marlowe Archives The new pier seen from the harbour wall at dawn on the day it opened"
    cleaned = cleaned_lines(
        (TITLE, Role.TITLE),
        (BODY, Role.BODY),
        (caption, Role.BODY),
        ("Lena Vogt", Role.BOILERPLATE),
        ("19 février 2020", Role.META),
        (BODY, Role.BODY),
        (BODY2, Role.BODY),
    )
    assert extract_metadata(cleaned, KB).authors == ("Lena Vogt",)
