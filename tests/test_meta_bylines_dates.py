"""Dates and bylines of text copies and saved pages (issue 16, second pass): each failure class, own examples."""

from __future__ import annotations

import datetime as dt

from lxml.html import fromstring

from generator.article.extract import extract_metadata
from generator.article.extract.datefeatures import date_features
from generator.article.extract.pagedates import markup_date_candidates
from generator.article.records import Metadata, Role
from generator.read.htmlmeta import scan_meta
from tests.kb import knowledge
from tests.test_extract_support import cleaned_lines
from tests.test_meta_people import BODY, BODY2, TITLE, page_meta

KB = knowledge()
TODAY = dt.date(2024, 3, 1)


def meta(*lines: tuple[str, Role], body: str = BODY) -> Metadata:
    cleaned = cleaned_lines(*lines, (body, Role.BODY), (BODY2, Role.BODY))
    return extract_metadata(cleaned, KB, today=TODAY)


# --- dates ---


def test_a_weekday_date_right_above_the_headline_is_the_post_date() -> None:
    m = meta(("Saturday, 10 February 2024", Role.META), (TITLE, Role.TITLE))
    assert m.date == dt.date(2024, 2, 10)
    far = meta(("Saturday, 10 February 2024", Role.META), ("Weather", Role.META), (TITLE, Role.TITLE))
    assert far.date is None
    assert "site header" in " | ".join(far.basis_of("date").rejected)


def test_a_date_that_opens_the_first_paragraph() -> None:
    for lead in (f"9.2.2024 – {BODY}", f"09.02.2024{BODY}", f"9 February 2024, 10:30 | {BODY}"):
        m = meta((TITLE, Role.TITLE), body=lead)
        assert m.date == dt.date(2024, 2, 9), lead
    # a date inside the paragraph's first sentence is an event's, not a dateline
    assert meta((TITLE, Role.TITLE), body=f"On 9 February 2024 the board met. {BODY}").date is None


def test_a_label_glued_to_its_date_in_a_text_copy() -> None:
    m = meta((TITLE, Role.TITLE), ("Veröffentlicht am9. Februar 2024", Role.META))
    assert m.date == dt.date(2024, 2, 9)


def test_a_comment_count_on_the_byline_line_is_no_reader_comment() -> None:
    m = meta((TITLE, Role.TITLE), ("8. Februar 2024 Jonas Berger 4 Kommentare", Role.META))
    assert m.date == dt.date(2024, 2, 8)
    assert m.authors == ("Jonas Berger",)
    link = meta((TITLE, Role.TITLE), ("February 8, 2024 by Jane Roe Leave a comment", Role.META))
    assert (link.date, link.authors) == (dt.date(2024, 2, 8), ("Jane Roe",))
    # a reader's comment header still is one
    reader = meta((TITLE, Role.TITLE), ("Jane Roe says: February 8, 2024", Role.META))
    assert reader.date is None and reader.authors == ()


# --- authors ---


def test_post_author_label_before_a_bullet_and_by() -> None:
    m = meta((TITLE, Role.TITLE), ("• Post author By Jane Roe", Role.META))
    assert m.authors == ("Jane Roe",)


def test_json_ld_author_given_by_reference() -> None:
    graph = (
        '{"@context": "https://schema.org", "@graph": ['
        '{"@type": "Article", "headline": "Harbour opens its new pier", '
        '"author": {"@id": "https://example.org/#/person/1"}},'
        '{"@type": "Person", "@id": "https://example.org/#/person/1", "name": "Jane Roe"}]}'
    )
    m = page_meta(f'<script type="application/ld+json">{graph}</script>')
    assert m.authors == ("Jane Roe",)
    assert m.basis_of("authors").source == "markup: JSON-LD Person"  # the reference read, with its type


# --- htmldate as one more date candidate of a saved page ---


def test_htmldate_is_a_candidate_of_its_own_weighed_by_the_model() -> None:
    html = (
        "<html><head><title>Harbour</title></head><body><article><h1>Harbour opens its new pier</h1>"
        '<p class="entry-date">Posted on February 8, 2024</p>'
        f"<p>{BODY}</p><p>{BODY2}</p></article></body></html>"
    )
    dates = scan_meta(fromstring(html), KB.languages).dates
    assert ("htmldate", "2024-02-08") in dates
    candidates = markup_date_candidates(dates, None, KB.languages, TODAY)
    found = [c for c in candidates if c.source == "markup:htmldate"]
    assert [c.date for c in found] == [dt.date(2024, 2, 8)]
    features = dict((c.source, f) for c, f in date_features(candidates, -1, -1))
    assert features["markup:htmldate"].get("htmldate") == 1.0
    assert "markup_generic" not in features["markup:htmldate"]  # not counted as a tag the page states
