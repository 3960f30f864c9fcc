"""Bylines as a text copy glues them (issue 16): each rule on a short example of our own."""

from __future__ import annotations

from generator.article.extract import extract_metadata
from generator.article.records import Role
from tests.test_extract_support import cleaned_lines
from tests.test_meta_bylines_more import below
from tests.test_meta_people import BODY, BODY2, KB, TITLE, meta

TEASER = "The new ferry timetable starts next week"


def test_a_name_shown_twice_and_glued_is_read_once() -> None:
    assert below(("Lena VogtLena Vogt", Role.BOILERPLATE), ("3. März 2021", Role.META)).authors == ("Lena Vogt",)
    assert below(("Von Omar HaddadOmar Haddad", Role.META)).authors == ("Omar Haddad",)


def test_a_page_control_word_glued_to_the_name_ends_it() -> None:
    assert below(("By Omar HaddadFollow", Role.META)).authors == ("Omar Haddad",)
    assert below(("Von Lena VogtRSS-Feed neuer Artikel von Lena Vogt", Role.META)).authors == ("Lena Vogt",)
    assert below(("Von Lena VogtUpdate 3. März 2021", Role.META)).authors == ("Lena Vogt",)


def test_an_update_label_is_not_a_name() -> None:
    assert below(("Veröffentlicht am 06.10.2021 (Letztes Update: 06.10.2021)", Role.META)).authors == ()


def test_a_last_initial_keeps_its_dot() -> None:
    assert below(("By Omar H.", Role.META)).authors == ("Omar H.",)
    assert below(("Omar Haddad C.", Role.BOILERPLATE), ("3. März 2021", Role.META)).authors == ("Omar Haddad C.",)


def test_a_name_after_glued_double_date_stamps() -> None:
    assert below(("3. März 20213. März 2021 von Lena Vogt", Role.META)).authors == ("Lena Vogt",)
    got = below(("Posted on3. März 20213. März 2021AuthorLena Vogt4 Kommentare", Role.META)).authors
    assert got == ("Lena Vogt",)
    assert below(("4. Mai 20224. Mai 2022 Lena Vogt 2 Kommentare Hafen, Fischerei", Role.META)).authors == (
        "Lena Vogt",
    )


def test_a_name_next_to_an_ambiguous_numeric_date() -> None:
    assert below(("Lena Vogt 11/08/2020 Reisen", Role.META)).authors == ("Lena Vogt",)
    assert below(("Omar Haddad 3/5/2022 22:41", Role.META)).authors == ("Omar Haddad",)


def test_a_bare_comment_count_after_the_name() -> None:
    assert below(("March 3, 2021 Omar Haddad 0", Role.META)).authors == ("Omar Haddad",)


def test_bylines_on_many_lines_are_teasers() -> None:
    # Bylines between the article's paragraphs, none by the headline: other articles' teasers.
    teasers = tuple(
        x
        for name in ("Lena Vogt", "Omar Haddad", "Mia Berg")
        for x in ((TEASER, Role.BOILERPLATE), (f"Von {name} am 3.3.2021", Role.META), (BODY, Role.BODY))
    )
    cleaned = cleaned_lines((TITLE, Role.TITLE), *((BODY, Role.BODY), (BODY2, Role.BODY)) * 3, *teasers)
    assert extract_metadata(cleaned, KB).authors == ()


def test_among_many_bylines_the_one_by_the_headline_is_the_article_s() -> None:
    teasers = tuple(
        x
        for name in ("Lena Vogt", "Omar Haddad", "Mia Berg")
        for x in ((TEASER, Role.BOILERPLATE), (f"Von {name}", Role.BOILERPLATE))
    )
    got = below(("Von Jan Roe und Ada Lind", Role.META), *teasers).authors
    assert got == ("Jan Roe", "Ada Lind")


def test_author_boxes_for_several_people_are_a_list() -> None:
    cast = tuple(
        x
        for name in ("Lena Vogt", "Omar Haddad")
        for x in (
            (name, Role.BOILERPLATE),
            (f"{name} is a harbour pilot who has steered ships into the port for twenty years.", Role.BOILERPLATE),
        )
    )
    assert below(*cast).authors == ()


def test_a_text_label_and_a_kind_of_piece_open_a_byline() -> None:
    assert below(("Text: Lena Vogt", Role.META)).authors == ("Lena Vogt",)
    assert below(("Text & Fotos: Lena Vogt      [icon] 0 [icon]337", Role.META)).authors == ("Lena Vogt",)
    assert below(("Eine Kolumne von Lena Vogt", Role.META)).authors == ("Lena Vogt",)
    assert below(("Text size", Role.META)).authors == ()


def test_another_credit_in_the_byline_ends_the_writers() -> None:
    got = below(("Text von Lena Vogt     Illustration von Omar Haddad", Role.META)).authors
    assert got == ("Lena Vogt",)


def test_a_date_line_with_the_name_then_the_post_s_tags() -> None:
    # The first tag runs into the name; the tags are words of the article ("pier", "harbour").
    got = below(("6. März 20216. März 2021 Lena Vogt Pier, Harbour, Boats", Role.META)).authors
    assert got == ("Lena Vogt",)
    assert below(("9 March 2021 Omar Haddad Harbour news Politics, Ports 0 Comment", Role.META)).authors == (
        "Omar Haddad",
    )


def test_a_byline_taken_for_body_text_by_the_headline() -> None:
    assert below(("1.11.23 20:19 von Lena Vogt Lesezeit: 4 Min.", Role.BODY)).authors == ("Lena Vogt",)
    assert below(("1.11.23 20:19 Lena Vogt Lesezeit: 4 Min.", Role.BODY)).authors == ()


def test_a_dated_byline_with_the_outlet_after_the_name() -> None:
    got = below(("Veröffentlicht am 03.02.2021 von Lena Vogt Hafenblatt International", Role.META)).authors
    assert got == ("Lena Vogt",)


def test_a_kind_of_post_before_the_byline_word_and_gendered_labels() -> None:
    assert below(("Blog Beitrag von Lena Vogt", Role.BOILERPLATE)).authors == ("Lena Vogt",)
    assert below(("Kolumnist*in: Lena Vogt", Role.BOILERPLATE)).authors == ("Lena Vogt",)


def test_an_acronym_desk_or_outlet_after_the_name_is_cut() -> None:
    assert below(("Von Lena Vogt DPA-XY", Role.META)).authors == ("Lena Vogt",)
    assert below(("By Omar Haddad ABC-TV", Role.META)).authors == ("Omar Haddad",)
    assert below(("Von Lena Vogt (KNA-XY)", Role.META)).authors == ("Lena Vogt",)
    # A hyphenated surname in capitals is the name's own, not an outlet.
    assert below(("Von Lena VOGT-BERGER", Role.META)).authors == ("Lena VOGT-BERGER",)


def test_a_possessive_or_a_label_after_text_is_no_name() -> None:
    assert below(("Text: Mein Motto Sparen: Fazit und Pläne", Role.META)).authors == ()
    assert below(("By Our Harbour Desk", Role.META)).authors == ()
    assert below(("Text: Lena Vogt Beitrag", Role.META)).authors == ("Lena Vogt",)


def test_a_surname_that_starts_with_a_desk_word_is_a_name() -> None:
    assert below(("By Omar Staffel", Role.META)).authors == ("Omar Staffel",)
    assert below(("Von Lena Staffordson", Role.META)).authors == ("Lena Staffordson",)
    assert below(("Von Lena TeamerSmith", Role.META)).authors == ("Lena TeamerSmith",)
    assert below(("By Harbour Staff", Role.META)).authors == ()


def test_posted_by_a_name_at_a_time() -> None:
    assert below(("Posted by Omar T. Haddad at 2:33 PM", Role.META)).authors == ("Omar T. Haddad",)
    assert below(("Gepostet von Lena Vogt um 18:52", Role.META)).authors == ("Lena Vogt",)


LINKS = tuple((f"Section {n}", Role.BOILERPLATE) for n in range(32))  # a long run of links after the article


def test_an_author_label_in_the_footer_when_nothing_else_names_the_author() -> None:
    assert meta(after=(*LINKS, ("• Author: Lena Vogt", Role.BOILERPLATE))).authors == ("Lena Vogt",)
    got = meta(("By Omar Haddad", Role.META), after=(*LINKS, ("Author: Lena Vogt", Role.BOILERPLATE))).authors
    assert got == ("Omar Haddad",)
    # No colon, a desk, or a label after the reader comments: no author.
    assert meta(after=(*LINKS, ("Author Lena Vogt", Role.BOILERPLATE))).authors == ()
    assert meta(after=(*LINKS, ("Autor: Online-Redaktion", Role.BOILERPLATE))).authors == ()
    comments = (("Omar Haddad says:", Role.BOILERPLATE), ("Autor: Lena Vogt", Role.BOILERPLATE))
    assert meta(after=(*LINKS, *comments)).authors == ()
