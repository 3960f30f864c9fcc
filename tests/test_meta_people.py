"""Authors are people, outlets are named as they are (issue 16): each failure class on an example of our own."""

from __future__ import annotations

from generator.article.extract import extract_metadata
from generator.article.process import process
from generator.article.records import Basis, Metadata, Role
from generator.read import RawInput, to_source
from generator.read.records import SourceDoc
from tests.kb import knowledge
from tests.test_extract_support import cleaned_lines

KB = knowledge()
TITLE = "Harbour opens its new pier"
BODY = (
    "The harbour board said on Thursday that the new pier would open in the spring, after two years of work "
    "that cost more than the city had planned at the start."
)
BODY2 = (
    "Fishermen welcomed the news, although several of them said the fees for mooring at the new pier were "
    "still too high for the smaller boats of the town."
)


def meta(*lines: tuple[str, Role], after: tuple[tuple[str, Role], ...] = ()) -> Metadata:
    cleaned = cleaned_lines((TITLE, Role.TITLE), *lines, (BODY, Role.BODY), (BODY2, Role.BODY), *after)
    return extract_metadata(cleaned, KB)


def page_meta(head: str, body_top: str = "") -> Metadata:
    html = (
        f'<html lang="en"><head><title>{TITLE}</title>{head}</head><body>{body_top}'
        f"<article><h1>{TITLE}</h1><p>{BODY}</p><p>{BODY2}</p></article></body></html>"
    )
    data = html.encode()
    doc, _ = to_source(RawInput("p.html", data, len(data), None, None, "html"))
    assert isinstance(doc, SourceDoc)
    return process(doc, KB).draft.meta  # type: ignore[union-attr]


# --- authors ---


def test_a_list_of_four_is_four_people() -> None:
    got = meta(("By Jane Roe, John Moe, Ali Haddad and Mia Berg", Role.META)).authors
    assert got == ("Jane Roe", "John Moe", "Ali Haddad", "Mia Berg")


def test_analysis_by_with_an_outlet_and_a_role() -> None:
    m = meta(("Analysis by Jane Roe, CNN senior political analyst", Role.META))
    assert m.authors == ("Jane Roe",)


def test_all_caps_names_and_several_initials() -> None:
    assert meta(("By JANE ROE", Role.META)).authors == ("Jane Roe",)
    assert meta(("By J. R. Moe", Role.META)).authors == ("J. R. Moe",)


def test_name_outlet_and_date_on_separate_lines() -> None:
    m = meta(("Jane Roe", Role.META), ("Harbour Courier", Role.META), ("8 February 2024", Role.META))
    assert m.authors == ("Jane Roe",)


def test_closing_lines_name_the_author() -> None:
    closing = (("— Jane Roe is a senior fellow at the Coastal Institute.", Role.BODY),)
    assert meta(after=closing).authors == ("Jane Roe",)
    assert meta(after=(("-- By John Moe", Role.BODY),)).authors == ("John Moe",)


def test_reporters_in_two_cities() -> None:
    assert meta(("By Jane Roe in Oslo and John Moe in Bergen", Role.META)).authors == ("Jane Roe", "John Moe")


def test_desks_cms_words_dates_and_places_are_not_people() -> None:
    for byline in ("By Redaktion", "By Staff Writer", "By admin", "By Super User", "Von Online-Redaktion"):
        assert meta((byline, Role.META)).authors == (), byline
    m = meta(("By Saudi Arabia", Role.META))
    assert m.authors == ()
    assert any("place" in r for r in m.basis_of("authors").rejected)


def test_comment_authors_are_not_authors() -> None:
    comments = (("Jane Roe says:", Role.BOILERPLATE), ("What a lovely pier.", Role.BOILERPLATE))
    assert meta(after=comments).authors == ()


def test_markup_organisations_and_the_site_itself_are_not_authors() -> None:
    org = '{"@type": "NewsArticle", "author": {"@type": "Organization", "name": "Harbour Media"}}'
    m = page_meta(f'<script type="application/ld+json">{org}</script>')
    assert m.authors == ()
    assert any("Organization" in r for r in m.basis_of("authors").rejected)
    site = '<meta property="og:site_name" content="Harbour Courier"><meta name="author" content="Harbour Courier">'
    assert page_meta(site).authors == ()


def test_author_page_links_give_the_name() -> None:
    assert meta(("View all posts by Jane Roe", Role.BOILERPLATE)).authors == ("Jane Roe",)


# --- outlets ---


def test_unknown_outlet_under_its_own_name() -> None:
    m = page_meta('<meta property="og:site_name" content="Harbour Courier">')
    assert (m.source, m.basis_of("source").basis) == ("Harbour Courier", Basis.EXPLICIT)


def test_a_section_label_is_not_the_outlet() -> None:
    assert meta(("By Iraq", Role.META)).source is None


def test_photo_agency_in_a_credit_is_not_the_outlet() -> None:
    assert meta(("Photo: © Coastline Images", Role.BOILERPLATE)).source is None


def test_a_menu_link_to_another_outlet_is_not_the_outlet() -> None:
    m = meta(("• Reuters", Role.BOILERPLATE))
    assert m.source is None
    assert any("menu" in r for r in m.basis_of("source").rejected)


def test_the_publication_wins_over_its_publishing_group() -> None:
    group = '{"@type": "NewsArticle", "publisher": {"@type": "Organization", "name": "Harbour Media Group"}}'
    ld = f'<script type="application/ld+json">{group}</script>'
    assert page_meta(ld + '<meta property="og:site_name" content="Harbour Courier">').source == "Harbour Courier"
    m = page_meta(ld, body_top="<div>HARBOUR COURIER</div><nav><a href='/'>Home</a></nav>")
    assert m.source == "HARBOUR COURIER"


def test_the_domain_is_the_last_resort_and_inferred() -> None:
    m = page_meta('<link rel="canonical" href="https://www.harbour-courier.example/pier">')
    assert (m.source, m.basis_of("source").basis) == ("harbour-courier.example", Basis.INFERRED)


def test_all_caps_masthead_on_a_text_copy() -> None:
    cleaned = cleaned_lines(
        ("HARBOUR COURIER", Role.BOILERPLATE),
        ("Home", Role.BOILERPLATE),
        (TITLE, Role.TITLE),
        (BODY, Role.BODY),
        (BODY2, Role.BODY),
    )
    m = extract_metadata(cleaned, KB)
    # As often a section or a menu as a masthead: named, but only inferred.
    assert (m.source, m.basis_of("source").basis) == ("HARBOUR COURIER", Basis.INFERRED)
