"""A saved page's stated author outweighs text names read without a byline word (invented examples)."""

from __future__ import annotations

from generator.article.extract.authors import AuthorCandidate, Bylines
from generator.article.extract.people import choose_authors
from generator.article.records import Line, Role


def _text(*found: tuple[str, str]) -> Bylines:
    bylines = Bylines()
    for number, (name, source) in enumerate(found, start=1):
        bylines.candidates.append(AuthorCandidate(name, source, name))
        bylines.lines[name] = Line(number, name, Role.META)
    return bylines


def _stated(*names: str) -> list[AuthorCandidate]:
    return [AuthorCandidate(name, "markup: JSON-LD Person", name) for name in names]


def test_an_unmarked_name_line_beside_a_stated_author_is_dropped() -> None:
    found = _text(("Jane Doe", "byline"), ("Garden Tips", "name line"), ("Lake Harbour", "date line"))
    assert choose_authors(found, _stated("Jane Doe")).names == ("Jane Doe",)


def test_an_about_link_is_dropped_unless_the_markup_names_it() -> None:
    found = _text(("Jane Doe", "byline"), ("Example Media Group", "author page link"))
    assert choose_authors(found, _stated("Jane Doe")).names == ("Jane Doe",)
    assert choose_authors(_text(("John Roe", "author page link")), _stated("J. Roe")).names == ("John Roe",)


def test_without_a_stated_author_the_text_names_stand() -> None:
    found = _text(("Jane Doe", "name line"), ("John Roe", "date line"))
    assert choose_authors(found, []).names == ("Jane Doe", "John Roe")


def test_a_byline_and_a_stated_author_both_stay() -> None:
    found = _text(("Jane Doe", "byline"))
    assert choose_authors(found, _stated("John Roe")).names == ("Jane Doe", "John Roe")
