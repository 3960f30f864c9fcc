"""Source: what is never an outlet (issue 16): menu words, credits, licences, templates, people, fragments."""

from __future__ import annotations

from generator.article.extract import extract_metadata
from generator.article.extract.source import Context, fits_domain
from generator.article.html import HtmlArticle
from generator.article.records import Basis, Cleaned, Role
from generator.read.htmlmeta import HtmlMeta
from tests.kb import knowledge
from tests.test_extract_support import cleaned_lines

KB = knowledge()

BODY = (
    "The harbour board said on Tuesday that the new ferry timetable would start next month, "
    "after two years of talks with the island councils and the shipping company."
)
FILLER = tuple(f"Paragraph {i} of the story goes on about the ferries and the timetable." for i in range(12))


def _cleaned(*lines: tuple[str, Role], tail: tuple[tuple[str, Role], ...] = ()) -> Cleaned:
    return cleaned_lines(("A headline", Role.TITLE), *lines, (BODY, Role.BODY), (BODY, Role.BODY), *tail)


def _source(*lines: tuple[str, Role], tail: tuple[tuple[str, Role], ...] = ()) -> tuple[str | None, Basis]:
    m = extract_metadata(_cleaned(*lines, tail=tail), KB)
    return m.source, m.basis_of("source").basis


def _saved(meta: HtmlMeta, *lines: tuple[str, Role]) -> tuple[str | None, Basis]:
    cleaned = _cleaned(*lines)
    m = extract_metadata(cleaned, KB, page=HtmlArticle(cleaned, meta, cleaned))
    return m.source, m.basis_of("source").basis


def _foot(line: str) -> tuple[tuple[str, Role], ...]:
    return (*((f, Role.BODY) for f in FILLER), (line, Role.BOILERPLATE))


# Menu and page-control words


def test_menu_words_in_capitals_are_not_a_masthead() -> None:
    for word in ("MENU", "ABOUT US", "SITE LOGO"):
        lines = ((word, Role.BOILERPLATE), ("A headline", Role.TITLE), (BODY, Role.BODY))
        got = extract_metadata(cleaned_lines(*lines), KB)
        assert (got.source, got.basis_of("source").basis) == (None, Basis.UNKNOWN), word


def test_unknown_capitals_masthead_is_only_inferred() -> None:
    got = extract_metadata(
        cleaned_lines(("NORDWIND BOTE", Role.BOILERPLATE), ("A headline", Role.TITLE), (BODY, Role.BODY)), KB
    )
    assert (got.source, got.basis_of("source").basis) == ("NORDWIND BOTE", Basis.INFERRED)


def test_site_name_that_is_a_section_word_falls_back_to_the_domain() -> None:
    meta = HtmlMeta(sitename="AKTUELLES", url="https://www.nordwind-bote.example/2021/fähre")
    assert _saved(meta) == ("nordwind-bote.example", Basis.INFERRED)
    meta = HtmlMeta(sitename="{$site.opengraph.name}", url="https://www.nordwind-bote.example/a")
    assert _saved(meta) == ("nordwind-bote.example", Basis.INFERRED)


def test_archived_copy_takes_the_archived_sites_domain() -> None:
    meta = HtmlMeta(url="https://web.archive.org/web/20140226054445/http://www.nordwind-bote.example/2013/a")
    assert _saved(meta) == ("nordwind-bote.example", Basis.INFERRED)


# People in bylines


def test_one_word_after_a_byline_word_is_a_person_not_an_outlet() -> None:
    assert _source(("von Karla", Role.META)) == (None, Basis.UNKNOWN)
    assert _source(("Posted by kj77 in Allgemein", Role.META)) == (None, Basis.UNKNOWN)


def test_desk_in_a_byline_is_not_an_outlet() -> None:
    assert _source(("von Redaktion Nordwind", Role.META)) == (None, Basis.UNKNOWN)


def test_dateline_slashes_need_capitals() -> None:
    first = "TV/Serie/DVD " + BODY
    assert _source(body_first(first)) == (None, Basis.UNKNOWN)


def body_first(text: str) -> tuple[str, Role]:
    return (text, Role.BODY)


def test_authors_own_copyright_is_inferred() -> None:
    got = _source(("By Jane Roe", Role.META), tail=_foot("© 2020 Jane Roe"))
    assert got == ("Jane Roe", Basis.INFERRED)


# Photo credits, licences, template and software credits


def test_caption_with_a_copyright_sign_is_a_photo_credit() -> None:
    assert _source(("Ein Leuchtturm im Nebel © Erika Muster", Role.BOILERPLATE)) == (None, Basis.UNKNOWN)
    assert _source(("Kurt Beispiel © Kurt Beispiel", Role.BOILERPLATE)) == (None, Basis.UNKNOWN)


def test_credit_with_a_slash_is_a_photo_credit() -> None:
    assert _source(("© 2021 Bildwerk/Hans Beispiel", Role.BOILERPLATE)) == (None, Basis.UNKNOWN)
    assert _source(("© Erika Muster / Stockbilder", Role.BOILERPLATE)) == (None, Basis.UNKNOWN)


def test_stock_site_credit_is_a_photo_credit() -> None:
    assert _source(("© 2022 Erika Muster – stock.adobe.com", Role.BOILERPLATE)) == (None, Basis.UNKNOWN)


def test_bare_credit_inside_the_page_is_not_a_footer() -> None:
    lines = (("© Erika Muster", Role.BOILERPLATE), *((f, Role.BODY) for f in FILLER))
    assert _source(*lines) == (None, Basis.UNKNOWN)
    # The same notice on the page's last lines is the site's own.
    assert _source(tail=_foot("© Nordwind Bote")) == ("Nordwind Bote", Basis.INFERRED)  # named nowhere else


def test_licence_is_not_an_outlet() -> None:
    assert _source(("© 2020 Creative Commons BY-SA | Powered by Blogwerk", Role.BOILERPLATE)) == (None, Basis.UNKNOWN)
    assert _source(("Copyright © CC BY-NC-ND 3.0 | Kontakt", Role.BOILERPLATE)) == (None, Basis.UNKNOWN)


def test_template_and_software_credits_are_not_an_outlet() -> None:
    line = "Copyright © 2016 Free Example Templates. All rights reserved."
    assert _source((line, Role.BOILERPLATE)) == (None, Basis.UNKNOWN)
    line = "Forum software by Examplo © 2010-2019 Examplo Ltd."
    assert _source((line, Role.BOILERPLATE)) == (None, Basis.UNKNOWN)
    line = "© 2016 Theme Blau by Musterdesign | Powered by WordPress"
    assert _source((line, Role.BOILERPLATE)) == (None, Basis.UNKNOWN)


def test_rights_notice_is_not_an_outlet() -> None:
    assert _source(("©2020 Derechos Reservados.", Role.BOILERPLATE)) == (None, Basis.UNKNOWN)
    assert _source(("© 2019 NORDWIND TOUS DROITS RÉSERVÉS", Role.BOILERPLATE)) == ("NORDWIND", Basis.INFERRED)


def test_holder_that_runs_on_into_a_phrase_is_a_fragment() -> None:
    assert _source(("© 2020 Datenbank für Brettspiele", Role.BOILERPLATE)) == (None, Basis.UNKNOWN)
    assert _source(("© 2020 Nordwind Bote ist Teil der Beispiel Gruppe", Role.BOILERPLATE))[0] == "Nordwind Bote"


# Companies


def test_company_holder_is_inferred_on_a_text_copy() -> None:
    got = _source(("© 2022 Beispiel Verlag GmbH & Co. KG", Role.BOILERPLATE))
    assert got == ("Beispiel Verlag", Basis.INFERRED)


def test_company_holder_on_a_saved_page() -> None:
    line = ("© 2022 Beispiel Verlag GmbH & Co. KG", Role.BOILERPLATE)
    # Not the page's domain: the domain names the publication better than its publishing house.
    got = _saved(HtmlMeta(url="https://www.nordwind-bote.example/a"), line)
    assert got == ("nordwind-bote.example", Basis.INFERRED)
    # The page's own company: explicit.
    assert _saved(HtmlMeta(url="https://www.beispiel-verlag.example/a"), line) == ("Beispiel Verlag", Basis.EXPLICIT)


# Known outlets: exact names only


def test_short_known_name_inside_a_phrase_is_not_the_outlet() -> None:
    assert _source(tail=_foot("Fragen an AP und andere")) == (None, Basis.UNKNOWN)


def test_one_word_known_name_inside_a_phrase_is_not_the_outlet() -> None:
    # "Reuters" standing for a word of the phrase, not the outlet named by the page.
    assert _source(tail=_foot("Reuters europäischer Geschichte")) == (None, Basis.UNKNOWN)


def test_menu_link_and_bare_company_form_are_not_an_outlet() -> None:
    assert _source(("• Copyright Bildrechte", Role.BOILERPLATE)) == (None, Basis.UNKNOWN)
    assert _source(("© 2019 GmbH", Role.BOILERPLATE)) == (None, Basis.UNKNOWN)


def test_short_known_name_alone_on_a_line_is_only_inferred() -> None:
    assert _source(("AP", Role.BOILERPLATE)) == ("Associated Press", Basis.INFERRED)


def test_benchmark_domain_check() -> None:
    from benchmarks.meta_bench import domain_consistent

    assert domain_consistent("Der Nordwind", "www.nordwind.example")
    assert domain_consistent("Harbour Notes", "harbournotes.blogplatform.example")
    assert domain_consistent("Reuters", "www.reuters.com")
    assert not domain_consistent("MENU", "www.nordwind.example")
    assert not domain_consistent("Nordwind", "")


# Wire agencies (outlets.yml): the agency that wrote the text, never a photo credit


def test_wire_agency_in_a_dateline_or_byline_is_the_source() -> None:
    first = "Hafenstadt (dpa) - " + BODY
    assert _source(body_first(first)) == ("Deutsche Presse-Agentur", Basis.EXPLICIT)
    assert _source(("Von Erika Muster, dpa", Role.META)) == ("Deutsche Presse-Agentur", Basis.EXPLICIT)
    assert _source(body_first("PUERTO NUEVO (EFE) - " + BODY)) == ("EFE", Basis.EXPLICIT)


def test_wire_agency_as_a_photo_credit_is_not_the_source() -> None:
    assert _source(("Foto: dpa", Role.BOILERPLATE)) == (None, Basis.UNKNOWN)
    assert _source(("Die Fähre im Hafen © dpa", Role.BOILERPLATE)) == (None, Basis.UNKNOWN)
    assert _source(("dpa", Role.BOILERPLATE))[1] is not Basis.EXPLICIT  # alone under a picture: a guess at most


# A saved page's stated site name (og:site_name): headline parts, taglines, fragments


def _saved_titled(meta: HtmlMeta, headline: str) -> tuple[str | None, Basis]:
    cleaned = cleaned_lines((headline, Role.TITLE), (BODY, Role.BODY), (BODY, Role.BODY))
    m = extract_metadata(cleaned, KB, page=HtmlArticle(cleaned, meta, cleaned))
    return m.source, m.basis_of("source").basis


def test_site_name_that_repeats_the_headline_keeps_the_other_part() -> None:
    headline = "Ferry timetable changes next month"
    meta = HtmlMeta(sitename=f"{headline} - Nordwind Bote", url="https://www.other-host.example/a")
    assert _saved_titled(meta, headline) == ("Nordwind Bote", Basis.EXPLICIT)
    meta = HtmlMeta(sitename=headline, url="https://www.nordwind-bote.example/a")
    assert _saved_titled(meta, headline) == ("nordwind-bote.example", Basis.INFERRED)


def test_site_name_part_that_fits_the_domain_is_the_name() -> None:
    meta = HtmlMeta(sitename="Neues vom Hafen - Nordwind Bote | Info", url="https://www.nordwindbote.example/a")
    assert _saved(meta) == ("Nordwind Bote", Basis.EXPLICIT)


def test_sentence_long_site_name_is_a_tagline_not_a_name() -> None:
    meta = HtmlMeta(
        sitename="Ein kleiner Blog über Fähren, Häfen und das Meer", url="https://faehrtagebuch.example/2021/a"
    )
    assert _saved(meta) == ("faehrtagebuch.example", Basis.INFERRED)
    # the same length, spelled like the domain, is the site's own name
    meta = HtmlMeta(sitename="Das Fährtagebuch aus dem hohen Norden Europas", url="https://faehrtagebuch.example/a")
    assert _saved(meta) == ("Das Fährtagebuch aus dem hohen Norden Europas", Basis.EXPLICIT)


def test_domain_check_spells_umlauts_out() -> None:
    ctx = Context(KB.outlets, KB.languages, KB.registry)
    assert fits_domain("Fährtagebuch", "www.faehrtagebuch.example", ctx)
    assert fits_domain("Fährtagebuch", "www.fahrtagebuch.example", ctx)
    assert not fits_domain("Fährtagebuch", "www.hafenblatt.example", ctx)


def test_article_alone_after_a_copyright_sign_is_a_fragment() -> None:
    assert _source(tail=_foot("Copyleft © 2002-2016 The")) == (None, Basis.UNKNOWN)


def test_publication_named_after_another_is_not_merged_into_it() -> None:
    meta = HtmlMeta(sitename="Le Monde diplomatique", url="https://blog.mondediplo.net/a")
    assert _saved(meta) == ("Le Monde diplomatique", Basis.EXPLICIT)


def test_site_name_that_fits_the_domain_is_kept_even_as_the_headline() -> None:
    meta = HtmlMeta(sitename="Nordwind Bote", url="https://www.nordwind-bote.example/a")
    assert _saved_titled(meta, "Nordwind Bote") == ("Nordwind Bote", Basis.EXPLICIT)


def test_copyright_holder_stops_at_a_row_of_footer_links() -> None:
    assert _source(tail=_foot("© Nordwind Bote Kontakt Datenschutz Impressum")) == ("Nordwind Bote", Basis.INFERRED)
    # a menu word that belongs to the name stays when a rights notice follows it
    assert _source(tail=_foot("© 2019 NORDWIND BLOG TOUS DROITS RÉSERVÉS")) == ("NORDWIND BLOG", Basis.INFERRED)


def test_bar_without_spaces_inside_a_site_name_does_not_split_it() -> None:
    meta = HtmlMeta(sitename="Nordwind|News", url="https://www.other-host.example/a")
    assert _saved(meta) == ("Nordwind|News", Basis.EXPLICIT)


def test_copyright_holder_keeps_the_particles_inside_its_name() -> None:
    # Outlet names in many languages join their words with a lower-case particle.
    assert _source(tail=_foot("© 2025 Gaceta del Valle. Todos los derechos reservados.")) == (
        "Gaceta del Valle", Basis.INFERRED)
    assert _source(tail=_foot("© 2023 Courrier de la Plaine")) == ("Courrier de la Plaine", Basis.INFERRED)
    assert _source(tail=_foot("© 2024 Écho des Collines")) == ("Écho des Collines", Basis.INFERRED)


def test_copyright_holder_glued_to_a_row_of_links_or_a_register_number_is_no_name() -> None:
    assert _source(tail=_foot("© 2024 Hoja de la SierraAboNewsletterKontakt")) == (None, Basis.UNKNOWN)
    assert _source(tail=_foot("© 2024 Ediciones Nube RIF J-00012345-6")) == (None, Basis.UNKNOWN)
