"""Bylines a text copy hid from the byline reader (issue 16): each class on a short example of our own."""

from __future__ import annotations

from generator.article.extract import extract_metadata
from generator.article.extract.authors import Judge, scan_bylines
from generator.article.extract.zone import make_view
from generator.article.records import Role
from tests.test_extract_support import cleaned_lines
from tests.test_meta_bylines_more import below
from tests.test_meta_people import BODY, BODY2, KB, TITLE

JUDGE = Judge(KB.languages, KB.outlets)
MENU = tuple((f"Rubrik {n}", Role.BOILERPLATE) for n in range(45))  # a long menu between headline and body


def _names(*lines: tuple[str, Role], headline: int) -> list[str]:
    """The authors read when the anchor is the line before the body and ``headline`` another headline line."""
    view = make_view(cleaned_lines(*lines, *MENU, (BODY, Role.BODY), (BODY2, Role.BODY)))
    anchor = len(lines) + len(MENU) - 1
    return [name for name, _ in scan_bylines(view, JUDGE, anchor, -1, (headline,)).people]


def test_a_byline_beside_the_headline_counts_where_the_anchor_is_elsewhere() -> None:
    assert _names((TITLE, Role.BOILERPLATE), ("von Lena Vogt", Role.BOILERPLATE), headline=0) == ["Lena Vogt"]
    got = _names(
        ("Nachrichten", Role.BOILERPLATE),
        (TITLE, Role.BOILERPLATE),
        ("Lena Vogt", Role.BOILERPLATE),
        ("Dienstag, 6.02.2024, 9:15", Role.META),
        headline=1,
    )
    assert got == ["Lena Vogt"]


def test_the_headline_line_itself_is_no_name() -> None:
    assert _names(("Lena Vogt", Role.BOILERPLATE), ("7.02.2024", Role.META), headline=0) == []


def test_a_headline_written_as_a_list_item_is_a_teaser() -> None:
    assert _names((f"• {TITLE}", Role.BOILERPLATE), ("von Lena Vogt", Role.BOILERPLATE), headline=0) == []


def test_several_unmarked_names_beside_the_headline_are_a_list() -> None:
    got = _names(
        (TITLE, Role.BOILERPLATE),
        ("Lena Vogt", Role.BOILERPLATE),
        ("7.02.2024", Role.META),
        ("Tom Berger", Role.BOILERPLATE),
        headline=0,
    )
    assert got == []
    twice = _names(
        (TITLE, Role.BOILERPLATE),
        ("Lena Vogt", Role.BOILERPLATE),
        ("7.02.2024", Role.META),
        ("Lena Vogt", Role.BOILERPLATE),
        headline=0,
    )
    assert twice == ["Lena Vogt"]  # one name shown twice (a byline and its author card) is no list


def test_a_byline_beside_the_headline_repeated_after_the_article_is_a_teaser() -> None:
    links = tuple((f"Link {n}", Role.BOILERPLATE) for n in range(35))
    cleaned = cleaned_lines(
        *MENU,
        (BODY, Role.BODY),
        (BODY2, Role.BODY),
        *links,
        (TITLE, Role.BOILERPLATE),
        ("von Lena Vogt", Role.BOILERPLATE),
        *links,
        title="Rubrik 3",
    )
    view = make_view(cleaned)
    headline = len(MENU) + 2 + len(links)
    assert view.usable[headline].text == TITLE
    assert scan_bylines(view, JUDGE, len(MENU) - 1, -1, (headline,)).people == []


def test_the_picked_headline_far_above_the_body_marks_its_byline() -> None:
    cleaned = cleaned_lines(
        (TITLE, Role.BOILERPLATE), ("von Lena Vogt", Role.BOILERPLATE), *MENU, (BODY, Role.BODY), (BODY2, Role.BODY),
        title=TITLE,
    )
    assert extract_metadata(cleaned, KB).authors == ("Lena Vogt",)


def test_the_headline_between_a_date_and_a_name_does_not_part_them() -> None:
    cleaned = cleaned_lines(
        ("Start", Role.BOILERPLATE),
        ("7.02.2024 | Hafenfest", Role.META),
        (TITLE, Role.TITLE),
        ("Lena Vogt", Role.BOILERPLATE),
        (BODY, Role.BODY),
        (BODY2, Role.BODY),
    )
    assert extract_metadata(cleaned, KB).authors == ("Lena Vogt",)
    bulleted = cleaned_lines(
        ("7.02.2024 | Hafenfest", Role.META),
        (TITLE, Role.TITLE),
        ("• Lena Vogt", Role.BOILERPLATE),
        (BODY, Role.BODY),
        (BODY2, Role.BODY),
    )
    assert extract_metadata(bulleted, KB).authors == ()


def test_a_relative_time_counting_one_in_words_marks_a_byline() -> None:
    assert below(("• Lena Vogt", Role.BOILERPLATE), ("Veröffentlicht vor einer Stunde", Role.META)).authors == (
        "Lena Vogt",
    )
    assert below(("Ines Marlowe · an hour ago", Role.META)).authors == ("Ines Marlowe",)
    assert below(("Omar Haddad | Publicado hace una hora", Role.META)).authors == ("Omar Haddad",)
    assert not KB.languages.relative_time.search("vor einer Woche des Wandels")  # no unit a byline gives
