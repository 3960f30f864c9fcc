"""Titles that are headlines, and the per-language data file (issue 16), on examples of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.article.extract import extract_metadata
from generator.article.extract.dates import find_dates
from generator.article.records import Basis, Role
from generator.errors import DataError
from generator.knowledge.languages import parse_languages
from generator.read.html import parse
from generator.read.htmlmeta import headline_of
from tests.kb import knowledge
from tests.test_extract_support import cleaned_lines

KB = knowledge()
BODY = (
    "The harbour board said on Thursday that the new pier would open in the spring, after two years of work "
    "that cost more than the city had planned at the start."
)


def h1(markup: str) -> str | None:
    tree = parse(f"<html><body>{markup}<p>{BODY}</p></body></html>")
    assert tree is not None
    return headline_of(next(tree.iter("h1")), KB.languages)


def test_h1_without_its_logo_kicker_or_byline() -> None:
    assert h1('<h1><span class="logo">Courier</span><span>Harbour opens its new pier</span></h1>') == (
        "Harbour opens its new pier"
    )
    assert h1("<h1><span>Ports:</span> <span>Harbour opens its new pier</span></h1>") == "Harbour opens its new pier"
    assert h1("<h1>Harbour opens its new pier <small>By Jane Roe, 8 February 2024</small></h1>") == (
        "Harbour opens its new pier"
    )


def test_h1_keeps_emphasis_inside_the_headline() -> None:
    assert h1("<h1>Why the harbour board chose <em>steel</em></h1>") == "Why the harbour board chose steel"


@pytest.mark.parametrize(
    ("title", "why"),
    [
        ("Home > World > Harbours", "breadcrumb"),
        ("OSLO, 8 February 2024", "dateline"),
        ("Warning: mysql_connect(): Access denied for user", "error"),
        ("Follow @harbourcourier on twitter", "link"),
    ],
)
def test_text_title_that_is_no_headline_is_turned_down(title: str, why: str) -> None:
    cleaned = cleaned_lines((title, Role.TITLE), ("Harbour opens its new pier", Role.HEADING), (BODY, Role.BODY))
    m = extract_metadata(cleaned, KB)
    assert m.title != title
    assert m.basis_of("title").basis is Basis.INFERRED
    assert any(why in r for r in m.basis_of("title").rejected)


def test_decoration_before_a_title_is_dropped() -> None:
    m = extract_metadata(cleaned_lines(("□ Harbour opens its new pier", Role.TITLE), (BODY, Role.BODY)), KB)
    assert (m.title, m.basis_of("title").basis) == ("Harbour opens its new pier", Basis.EXPLICIT)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("13. Februar 2024", dt.date(2024, 2, 13)),
        ("13 février 2024", dt.date(2024, 2, 13)),
        ("13 de febrero de 2024", dt.date(2024, 2, 13)),
        ("13 февраля 2024", dt.date(2024, 2, 13)),
        ("13 فبراير 2024", dt.date(2024, 2, 13)),
        ("13 lutego 2024", dt.date(2024, 2, 13)),
        ("13 de fevereiro de 2024", dt.date(2024, 2, 13)),
        ("13 febbraio 2024", dt.date(2024, 2, 13)),
    ],
)
def test_month_names_of_every_language(text: str, expected: dt.date) -> None:
    assert [h.date for h in find_dates(text, KB.languages)] == [expected]


@pytest.mark.parametrize(
    ("byline", "name"),
    [
        ("Von Max Muster", "Max Muster"),
        ("Par Jeanne Roux", "Jeanne Roux"),
        ("Por Juan Pérez", "Juan Pérez"),
        ("Автор: Иван Петров", "Иван Петров"),
        ("بقلم محمد علي", "محمد علي"),
    ],
)
def test_byline_words_of_every_language(byline: str, name: str) -> None:
    m = extract_metadata(cleaned_lines(("Harbour opens", Role.TITLE), (byline, Role.META), (BODY, Role.BODY)), KB)
    assert m.authors == (name,)


def test_language_file_is_validated_with_every_problem_named() -> None:
    months = [[f"m{i}"] for i in range(12)]
    days = [[f"d{i}"] for i in range(7)]
    bad = {
        "languages": [
            {"name": "aa", "months": months, "weekdays": days},
            {"name": "bb", "months": [["m1"], ["x1"], *months[2:]], "weekdays": days},
            {"name": "cc", "months": months, "weekdays": days[:6], "byline": "by", "colour": []},
        ]
    }
    with pytest.raises(DataError) as err:
        parse_languages(bad, "languages.yml")
    message = str(err.value)
    for part in ("'m1' of 'bb'", "(cc): 'weekdays'", "(cc): unknown fields ['colour']", "(cc): 'byline'"):
        assert part in message, part


def test_an_owner_language_entry_replaces_the_package_one(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from generator.knowledge import load_knowledge

    (tmp_path / "languages.yml").write_text(
        "languages:\n  - name: en\n    months: ["
        + ", ".join(f"[mon{i}]" for i in range(1, 13))
        + "]\n    weekdays: ["
        + ", ".join(f"[day{i}]" for i in range(7))
        + "]\n",
        encoding="utf-8",
    )
    languages = load_knowledge(tmp_path).languages
    assert languages.month_number["mon3"] == 3
    assert "january" not in languages.month_number
    assert languages.month_number["januar"] == 1  # the other languages stay
