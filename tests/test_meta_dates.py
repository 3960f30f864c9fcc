"""Publication dates that are never confidently wrong (issue 16): each failure class on a short example of our own."""

from __future__ import annotations

import datetime as dt

from generator.article.extract import extract_metadata
from generator.article.extract.pagedates import markup_date_candidates, parse_stamp
from generator.article.process import process
from generator.article.records import Basis, Metadata, Role
from generator.read import RawInput, to_source
from generator.read.records import Provided, SourceDoc
from tests.kb import knowledge
from tests.test_extract_support import cleaned_lines

KB = knowledge()
TODAY = dt.date(2024, 3, 1)
BODY = (
    "The harbour board said on Thursday that the new pier would open in the spring, after two years of work "
    "that cost more than the city had planned at the start."
)
BODY2 = (
    "Fishermen welcomed the news, although several of them said the fees for mooring at the new pier were "
    "still too high for the smaller boats of the town."
)


def meta(*lines: tuple[str, Role], title: str = "Harbour opens its new pier") -> Metadata:
    cleaned = cleaned_lines((title, Role.TITLE), *lines, (BODY, Role.BODY), (BODY2, Role.BODY))
    return extract_metadata(cleaned, KB, today=TODAY)


def rejected(m: Metadata) -> str:
    return " | ".join(m.basis_of("date").rejected)


def page_meta(head: str, url: str | None = None) -> Metadata:
    html = (
        f'<html lang="en"><head><title>Harbour opens its new pier</title>{head}</head><body>'
        f"<h1>Harbour opens its new pier</h1><p>{BODY}</p><p>{BODY2}</p></body></html>"
    )
    data = html.encode()
    doc, _ = to_source(RawInput("p.html", data, len(data), None, None, "html"))
    assert isinstance(doc, SourceDoc)
    if url:
        doc = SourceDoc(doc.seed, doc.text, doc.encoding, doc.size, provided=Provided(url=url), fmt="html")
    result = process(doc, KB)
    return result.draft.meta  # type: ignore[union-attr]


def test_quotation_source_date_at_the_top_is_not_the_date() -> None:
    epigraph = "“A harbour is only as good as its weakest wall,” an old engineer said on 3 March 1999."
    m = meta((epigraph, Role.META))
    assert m.date is None
    assert "inside a quotation" in rejected(m)


def test_site_header_today_date_above_the_headline_is_not_the_date() -> None:
    cleaned = cleaned_lines(
        ("Friday, 9 February 2024", Role.BOILERPLATE),
        ("Home", Role.BOILERPLATE),
        ("Local", Role.BOILERPLATE),
        ("Weather", Role.BOILERPLATE),
        ("Sport", Role.BOILERPLATE),
        ("Harbour opens its new pier", Role.TITLE),
        (BODY, Role.BODY),
        (BODY2, Role.BODY),
    )
    m = extract_metadata(cleaned, KB, today=TODAY)
    assert m.date is None
    assert "site header" in rejected(m)


def test_photo_credit_date_is_not_the_date() -> None:
    m = meta(("Photo: Jane Roe, 7 February 2024", Role.META))
    assert m.date is None
    assert "photo credit" in rejected(m)


def test_updated_line_with_the_date_before_the_word() -> None:
    m = meta(("9 February 2024, updated", Role.META))
    assert m.date is None
    assert "update stamp" in rejected(m)


def test_related_list_and_comment_dates_are_not_the_date() -> None:
    assert meta(("• 8 February 2024: Another story about boats", Role.BOILERPLATE)).date is None
    after = cleaned_lines(
        ("Harbour opens its new pier", Role.TITLE),
        (BODY, Role.BODY),
        (BODY2, Role.BODY),
        ("Jane Roe says: 10 February 2024 at 09:14", Role.BOILERPLATE),
    )
    assert extract_metadata(after, KB, today=TODAY).date is None


def test_a_period_is_not_the_date() -> None:
    assert meta(("12 - 14 February 2024", Role.META)).date is None
    assert meta(("Open 10:00 - 16:00, 12 February 2024", Role.META)).date is None


def test_dates_glued_to_a_section_label_in_a_text_copy() -> None:
    m = meta(("Lokales13.02.2024", Role.META))
    assert (m.date, m.date_basis) == (dt.date(2024, 2, 13), Basis.EXPLICIT)


def test_day_first_byline_date_when_the_day_tells() -> None:
    m = meta(("By Jane Roe | 13/02/2024", Role.META))
    assert m.date == dt.date(2024, 2, 13)
    assert meta(("By Jane Roe | 03/02/2024", Role.META)).date is None  # ambiguous: never guessed


def test_submitted_on_and_cjk_dates() -> None:
    assert meta(("Submitted on 13 February 2024", Role.META)).date == dt.date(2024, 2, 13)
    assert meta(("2024年2月13日", Role.META)).date == dt.date(2024, 2, 13)


def test_dates_after_the_build_day_are_implausible() -> None:
    m = meta(("9 February 2025", Role.META))
    assert m.date is None
    assert "in the future" in rejected(m)


def test_meta_tag_with_weekday_and_time_and_iso_basic() -> None:
    assert parse_stamp("Thu, 08 Feb 2024 10:00:00 +0100", KB.languages) == (dt.date(2024, 2, 8), "")
    assert parse_stamp("Thursday, February 8, 2024 10:00 AM", KB.languages) == (dt.date(2024, 2, 8), "")
    assert parse_stamp("20240208T100000Z", KB.languages) == (dt.date(2024, 2, 8), "")


def test_json_ld_zero_date_is_never_a_date() -> None:
    found = markup_date_candidates((("json-ld datePublished", "0001-01-01T00:00:00"),), None, KB.languages, TODAY)
    assert "before 1800" in found[0].rejected
    ld = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "0001-01-01"}</script>'
    m = page_meta(ld)
    assert (m.date, m.date_basis) == (None, Basis.UNKNOWN)


def test_modified_markup_is_an_update_stamp() -> None:
    stamp = (("meta article:modified_time", "2024-02-09T10:00:00+01:00"),)
    found = markup_date_candidates(stamp, None, KB.languages, TODAY)
    assert found[0].rejected == "an update stamp"


def test_url_path_date_is_inferred() -> None:
    m = page_meta("", url="https://news.example.org/2024/02/08/harbour-pier")
    assert (m.date, m.date_basis) == (dt.date(2024, 2, 8), Basis.INFERRED)


def test_the_report_keeps_the_turned_down_candidates() -> None:
    m = meta(("Updated: 9 February 2024", Role.META), ("By Jane Roe, 8 February 2024", Role.META))
    ev = m.basis_of("date")
    assert (m.date, ev.basis) == (dt.date(2024, 2, 8), Basis.EXPLICIT)
    assert ev.source.startswith("byline")
    assert any("2024-02-09" in r and "update stamp" in r for r in ev.rejected)
