"""Saved pages' author markup read more fully (issue 16): each class on a short example of our own."""

from __future__ import annotations

from lxml.html import fromstring

from generator.article.extract.authors import AuthorCandidate, Bylines, Judge, scan_bylines
from generator.article.extract.people import choose_authors, marked_candidates, markup_candidates
from generator.article.extract.zone import make_view
from generator.article.records import Role
from generator.read.htmlmeta import HtmlMeta, author_marked
from tests.test_extract_support import cleaned_lines
from tests.test_meta_bylines_headline import MENU
from tests.test_meta_bylines_more import below
from tests.test_meta_people import BODY, BODY2, KB, TITLE

JUDGE = Judge(KB.languages, KB.outlets, frozenset({"harbourpostexample", "harbourpost"}))


def _tag(author: str | None, byline: str | None = None, kind: str = "") -> list[str]:
    meta = HtmlMeta(authors=(author,) if author else (), author_types=(kind,) if author else (), byline=byline)
    return [c.name for c in markup_candidates(meta, JUDGE) if not c.rejected]


def test_quotation_marks_around_the_byline_markup_are_no_part_of_the_names() -> None:
    assert _tag(None, "'Lena Vogt; Tom Berger'") == ["Lena Vogt", "Tom Berger"]
    assert _tag("„Lena Vogt“") == ["Lena Vogt"]
    assert JUDGE.clean("« Vier Wege zum Hafen") == "« Vier Wege zum Hafen"  # a link to the previous post


def test_an_interview_byline_names_both_sides() -> None:
    assert _tag(None, "Ines Marlowe im Gespräch mit Tom Berger") == ["Ines Marlowe", "Tom Berger"]
    assert _tag(None, "Ines Marlowe in conversation with Tom Berger") == ["Ines Marlowe", "Tom Berger"]


def test_a_middle_initial_without_its_dot_is_no_word() -> None:
    assert JUDGE.verdict("Lena W Vogt") == ""
    assert _tag(None, "Lena W Vogt") == ["Lena W Vogt"]
    assert JUDGE.verdict("W Vogt Lena") != ""


def test_the_byline_markup_repeating_a_turned_down_author_tag_goes_with_it() -> None:
    assert _tag("Hafenfreunde Nord e.V.", "Hafenfreunde Nord e V") == []
    assert _tag("Hafenfreunde Nord e.V.", "Lena Vogt") == ["Lena Vogt"]


_PAGE = """<html><body>
<nav><span class="author">Menu Person</span></nav>
<article><h1>Harbour news</h1>
<div class="post-author"><span class="author-name">Lena Vogt | vor 3 Stunden</span></div>
<p>Text of the article, long enough to be one.</p>
<ul class="related-posts"><li><span class="author">Tom Berger</span></li></ul>
<div class="comment-list"><span class="comment-author">Ines Marlowe</span></div>
</article><aside><p class="byline">Side Person</p></aside></body></html>"""


def test_author_elements_outside_comments_teasers_and_asides_are_read() -> None:
    assert author_marked(fromstring(_PAGE)) == ("Lena Vogt | vor 3 Stunden",)


def test_one_author_mark_over_different_names_is_a_list() -> None:
    page = """<html><body><div class="post"><span class="author vcard">Lena Vogt</span><p>One post.</p></div>
    <div class="post"><span class="author vcard">Tom Berger</span><p>Another post.</p></div></body></html>"""
    assert author_marked(fromstring(page)) == ()


def _marked(*texts: str) -> list[str]:
    return [c.name for c in marked_candidates(HtmlMeta(marked=texts), JUDGE) if not c.rejected]


def test_author_element_names_are_judged_and_a_list_names_nobody() -> None:
    assert _marked("Lena Vogt | vor 3 Stunden", "Harbour Post", "Von Tom Berger") == ["Lena Vogt", "Tom Berger"]
    assert _marked("Lena Vogt", "Tom Berger", "Ines Marlowe") == []


def test_author_elements_are_read_only_when_nothing_else_names_anyone() -> None:
    marked = marked_candidates(HtmlMeta(marked=("Lena Vogt",)), JUDGE)
    assert choose_authors(Bylines(), [], marked).names == ("Lena Vogt",)
    stated = [AuthorCandidate("Tom Berger", "markup: JSON-LD Person", "Tom Berger")]
    assert choose_authors(Bylines(), stated, marked).names == ("Tom Berger",)


def test_a_blog_posted_by_line_in_german_is_a_byline() -> None:
    m = JUDGE.languages.byline.match("Eingestellt von Lena Vogt")
    assert m is not None and m.group("rest") == "Lena Vogt"
    assert JUDGE.clean("Eingestellt von Lena Vogt") == "Lena Vogt"


def test_a_translator_credit_ending_in_a_byline_word_names_no_author() -> None:
    lines = [("Von:", Role.BOILERPLATE), ("Lena Vogt", Role.BOILERPLATE), ("Übersetzt von:", Role.BOILERPLATE)]
    assert below(*lines, ("Tom Berger", Role.BOILERPLATE)).authors == ("Lena Vogt",)


def test_a_saved_page_reads_only_a_marked_byline_beside_another_headline_line() -> None:
    def names(*lines: tuple[str, Role], stated_only: bool) -> list[str]:
        view = make_view(cleaned_lines(*lines, *MENU, (BODY, Role.BODY), (BODY2, Role.BODY)))
        found = scan_bylines(view, JUDGE, len(lines) + len(MENU) - 1, -1, (0,), stated_only=stated_only)
        return [name for name, _ in found.people]

    byline = ((TITLE, Role.BOILERPLATE), ("von Lena Vogt", Role.BOILERPLATE))
    name_line = ((TITLE, Role.BOILERPLATE), ("Lena Vogt", Role.BOILERPLATE), ("Dienstag, 6.02.2024", Role.META))
    assert names(*byline, stated_only=True) == ["Lena Vogt"]
    assert names(*name_line, stated_only=False) == ["Lena Vogt"]
    assert names(*name_line, stated_only=True) == []
