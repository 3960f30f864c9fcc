"""Saved-page author names that are a publisher's, a web address or a collection's credit (invented examples)."""

from __future__ import annotations

from generator.article.extract.authors import AuthorCandidate, Bylines, Judge
from generator.article.extract.people import choose_authors, markup_candidates
from generator.article.records import Line, Role
from generator.read.htmlmeta import HtmlMeta
from tests.test_meta_people import KB, meta, page_meta

JUDGE = Judge(KB.languages, KB.outlets)


def _text(*names: str, source: str = "byline") -> Bylines:
    bylines = Bylines()
    for number, name in enumerate(names, start=1):
        bylines.candidates.append(AuthorCandidate(name, source, name))
        bylines.lines[name] = Line(number, name, Role.META)
    return bylines


def _markup(*found: tuple[str, str]) -> list[AuthorCandidate]:
    return [AuthorCandidate(name, f"markup: {where}", name) for name, where in found]


def test_an_untyped_markup_name_beside_a_byline_author_is_the_publisher() -> None:
    markup = _markup(("Harbour Media Group", "author tag"), ("Lakeside Verlag", "byline element"))
    assert choose_authors(_text("Jane Doe"), markup).names == ("Jane Doe",)


def test_an_untyped_markup_name_beside_a_typed_person_is_the_publisher() -> None:
    markup = _markup(("Jane Doe", "JSON-LD Person"), ("Harbour Media Group", "byline element"))
    assert choose_authors(Bylines(), markup).names == ("Jane Doe",)


def test_an_untyped_markup_name_that_repeats_the_byline_stays_once() -> None:
    markup = _markup(("J. Doe", "author tag"), ("John Roe", "byline element"))
    assert choose_authors(_text("Jane Doe"), markup).names == ("Jane Doe",)
    assert choose_authors(_text("Jane Doe", "John Roe"), markup).names == ("Jane Doe", "John Roe")


def test_an_untyped_markup_name_alone_still_names_the_author() -> None:
    assert choose_authors(Bylines(), _markup(("Jane Doe", "author tag"))).names == ("Jane Doe",)
    unmarked = _text("John Roe", source="name line")
    assert choose_authors(unmarked, _markup(("John Roe", "byline element"))).names == ("John Roe",)


def test_a_typed_person_beside_a_byline_still_joins() -> None:
    assert choose_authors(_text("Jane Doe"), _markup(("John Roe", "JSON-LD Person"))).names == ("Jane Doe", "John Roe")


def _kept(found: HtmlMeta) -> list[str]:
    return [c.name for c in markup_candidates(found, JUDGE) if not c.rejected]


def test_a_web_address_in_the_byline_markup_is_no_name() -> None:
    assert _kept(HtmlMeta(byline="Www Harbourpost Example")) == []
    marked = HtmlMeta(byline="Red; News Harbourpost Example; Wires", marked=("red, news.harbourpost.example/wires",))
    assert _kept(marked) == []


def test_a_person_in_the_byline_markup_is_still_read() -> None:
    assert _kept(HtmlMeta(byline="Jane Doe")) == ["Jane Doe"]
    beside = HtmlMeta(byline="Jane Doe", marked=("Jane Doe, news.harbourpost.example",))
    assert _kept(beside) == ["Jane Doe"]
    account = HtmlMeta(byline="Jane Doe", authors=("jane.doe",), author_types=("Person",))
    assert "Jane Doe" in _kept(account)
    assert page_meta('<meta name="author" content="Jane Doe">').authors == ("Jane Doe",)


def test_an_archives_collected_by_label_names_no_author() -> None:
    found = meta(("COLLECTED BY", Role.META), ("Organization: Harbour Crawls", Role.META))
    assert found.authors == ()
    written = meta(("WRITTEN BY", Role.META), ("Jane Doe", Role.META))
    assert written.authors == ("Jane Doe",)


def test_an_interview_credit_names_its_writer() -> None:
    assert meta(("Text und Interview: Jane Doe", Role.META)).authors == ("Jane Doe",)
    assert _kept(HtmlMeta(byline="Interview Jane Doe")) == ["Jane Doe"]


def test_an_interview_heading_with_a_phrase_names_nobody() -> None:
    assert meta(("Interview mit der Hafenmeisterin", Role.META)).authors == ()


def test_german_organisation_words_make_no_person() -> None:
    for name in ("Seeblick Wassersport Eg", "Feuerwehr Hafenstadt", "Bundesverband Kleingarten", "Abteilung Segeln"):
        assert JUDGE.verdict(name), name
    for name in ("Jana Egner", "Paul Feuer", "Greta Abt"):
        assert JUDGE.verdict(name) == "", name


def test_a_sponsored_or_paid_label_is_no_person() -> None:
    for name in ("Paid Content", "Gesponserte Inhalte", "Sponsored Post"):
        assert JUDGE.verdict(name), name
    assert meta(("Beitrag von Gesponserte Inhalte", Role.META)).authors == ()
    assert meta(("Beitrag von Jane Doe", Role.META)).authors == ("Jane Doe",)


def test_a_lone_interview_menu_item_is_no_byline() -> None:
    found = meta(("Interview", Role.META), ("Hafen und Meer", Role.META))
    assert found.authors == ()
