"""Names the seventh byline pass of issue 16 turns down: each class on a short example of our own."""

from __future__ import annotations

from generator.article.extract.authors import Judge
from generator.article.extract.people import markup_candidates
from generator.article.records import Role
from generator.read.htmlmeta import HtmlMeta
from tests.test_meta_bylines_more import below
from tests.test_meta_people import KB

JUDGE = Judge(KB.languages, KB.outlets)


def test_a_capitalised_article_never_opens_a_name() -> None:
    for phrase in ("Der Hafenfuchs", "Das Kontorbuch", "La Gaviota Azul", "El Faro Chico", "Het Lindenblad"):
        assert JUDGE.verdict(phrase).startswith("opens with an article"), phrase


def test_a_particle_inside_a_name_and_a_name_like_first_word_stay_names() -> None:
    for name in ("Ines van der Berg", "Lena de la Vega", "Le Thi Hoa", "Des Harwood"):
        assert JUDGE.verdict(name) == "", name


def test_a_name_line_opening_with_an_article_is_no_byline() -> None:
    assert below(("Der Hafenfuchs", Role.BOILERPLATE), ("8. Februar 2024", Role.META)).authors == ()
    assert below(("Lena Vogt", Role.BOILERPLATE), ("8. Februar 2024", Role.META)).authors == ("Lena Vogt",)


def _tag(author: str, byline: str | None = None) -> list[str]:
    """The names an author tag (and the byline markup) give on a page of the site harbourpost.example, judged."""
    judge = Judge(KB.languages, KB.outlets, frozenset({"harbourpostexample", "harbourpost"}))
    meta = HtmlMeta(authors=(author,), byline=byline)
    return [c.name for c in markup_candidates(meta, judge) if not c.rejected]


def test_an_author_tag_crediting_another_site_or_a_designer_names_nobody() -> None:
    assert _tag("Lena Vogt - http://vogt-webwerk.example") == []
    assert _tag("Lena Vogt und Tom Berg designed") == []
    assert _tag("Theme by Lena Vogt") == []


def test_the_byline_markup_repeating_a_credit_goes_with_it() -> None:
    assert _tag("Lena Vogt - http://vogt-webwerk.example", "Lena Vogt; Vogt Webwerk Example") == []
    assert _tag("Lena Vogt und Tom Berg designed", "Lena Vogt; Ines Marlowe") == ["Ines Marlowe"]


def test_an_author_tag_with_the_site_own_address_keeps_its_name() -> None:
    assert _tag("Lena Vogt, redaktion@harbourpost.example") == ["Lena Vogt"]
    assert _tag("Lena Vogt") == ["Lena Vogt"]


def test_a_bare_web_or_mail_address_is_no_name() -> None:
    assert JUDGE.clean("lenavogt.example") == ""
    assert JUDGE.clean("Lena Vogt (lenavogt.example)") == "Lena Vogt"
    assert JUDGE.clean("J.R. Vogt") == "J.R. Vogt"


def test_a_byline_word_may_state_a_pen_name_that_opens_with_an_article() -> None:
    assert JUDGE.verdict("Der Hafenfuchs", stated=True) == ""
    assert below(("Von Der Hafenfuchs - 8. Februar 2024", Role.META)).authors == ("Der Hafenfuchs",)
