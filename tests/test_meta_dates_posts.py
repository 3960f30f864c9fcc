"""A post's own date in a blog's or CMS's wording (issue 16): closing sentences, meta lines with links, stamps.

Each rule on a short invented example, with the shape it must keep refusing beside it.
"""

from __future__ import annotations

import datetime as dt

from generator.article.extract import _dateline
from generator.article.extract.candidates import UPDATE_STAMP, DateCandidate
from generator.article.extract.datecands import HEADER_DATE, anchors, lone_after_date, text_date_candidates
from generator.article.extract.pubdate import DateChoice
from generator.article.extract.zone import make_view
from generator.article.records import Basis, Role
from tests.test_extract_support import cleaned_lines
from tests.test_meta_dates import BODY, BODY2, KB, TODAY

DAY = dt.date(2024, 2, 8)
TITLE = "Harbour opens its new pier"


def _candidates(*lines: tuple[str, Role], after: tuple[tuple[str, Role], ...] = ()) -> list[DateCandidate]:
    cleaned = cleaned_lines((TITLE, Role.TITLE), *lines, (BODY, Role.BODY), (BODY2, Role.BODY), *after)
    return text_date_candidates(make_view(cleaned), KB.languages, TODAY, title_text=TITLE)


def _of(candidates: list[DateCandidate], day: dt.date = DAY) -> list[DateCandidate]:
    return [c for c in candidates if c.date == day]


def _footer(line: str) -> list[DateCandidate]:
    return _of(_candidates(after=((line, Role.BOILERPLATE),)))


def test_an_english_closing_sentence_labels_the_post_date() -> None:
    (found,) = _footer(
        "This entry was posted on Thursday, February 8th, 2024 at 10:15 am and is filed under Harbour, Town. "
        "You can follow any responses to this entry through the RSS 2.0 feed."
    )
    assert found.labelled and not found.rejected


def test_a_german_closing_sentence_labels_the_date_before_its_verb() -> None:
    (found,) = _footer(
        "Dieser Beitrag wurde am Donnerstag, den 8. Februar 2024 um 10:15 Uhr von jane in Hafen, Stadt "
        "veröffentlicht. Schlagworte: Pier, Hafen, Boote, Fischer, Gebühren."
    )
    assert found.labelled and not found.rejected


def test_a_title_posted_and_filed_sentence_labels_the_date() -> None:
    (found,) = _footer(
        "Der neue Pier am Hafen wurde am 8. Februar 2024 um 10:15 Uhr gepostet und unter Hafen, Stadt, "
        "Boote und Fischer abgelegt."
    )
    assert found.labelled


def test_french_and_spanish_closing_sentences_label_the_date() -> None:
    french = _footer(
        "Cette entrée a été publiée le 8 février 2024 à 10 h 15 et est classée dans Port, Ville, Bateaux et "
        "Pêcheurs de la côte."
    )
    spanish = _footer(
        "Esta entrada fue publicada el 8 de febrero de 2024 a las 10:15 y está archivada en Puerto, Ciudad, "
        "Barcos y Pescadores de la costa."
    )
    assert [c.labelled for c in french + spanish] == [True, True]


def test_a_long_body_sentence_about_a_publication_is_no_candidate() -> None:
    english = _of(_candidates(
        ("The report was published on 8 February 2024 by the harbour board, which said the pier had cost "
         "far more than the town had planned at the start of the works.", Role.BODY),
    ))
    german = _of(_candidates(
        ("Die Studie wurde am 8. Februar 2024 im Fachblatt der Hafenbehörde veröffentlicht, wie die Forscher "
         "mitteilten, und sorgte bei den Fischern der Stadt für Aufsehen.", Role.BODY),
    ))
    assert english == german == []


def test_posted_in_a_category_by_a_handle_on_a_date_is_labelled() -> None:
    (found,) = _of(_candidates(("Posted in Harbour by jane on February 8, 2024", Role.META)))
    assert found.labelled and not found.rejected


def test_a_cms_submitted_line_after_the_article_is_labelled() -> None:
    (found,) = _footer("Submitted by jane on 8 February 2024 - 10:15")
    assert found.labelled and not found.rejected


def test_an_update_label_with_its_own_date_leaves_the_date_before_it() -> None:
    first, second = _of(_candidates(("8 February 2024 10:15 - updated 8 February 2024 11:00", Role.META)))
    assert not first.rejected
    assert second.rejected


def test_an_update_label_after_the_only_date_still_rejects_it() -> None:
    (found,) = _of(_candidates(("8 February 2024, updated", Role.META)))
    assert found.rejected == UPDATE_STAMP


def test_a_portuguese_posted_label_before_an_update_stamp() -> None:
    first, second = _of(_candidates(("postado em 8 de fevereiro de 2024 / atualizado em 8 de fevereiro de 2024",
                                      Role.META)))
    assert first.labelled and not first.rejected
    assert second.rejected


def test_a_date_between_separator_dots_beside_share_links_is_no_sentence() -> None:
    (found,) = _of(_candidates(("⋅ February 8, 2024 ⋅ Email this post ⋅ Print this page ⋅ Comment", Role.META)))
    assert not found.rejected


def test_a_date_with_words_in_its_own_piece_stays_in_a_sentence() -> None:
    (found,) = _of(_candidates(("Letter of 8 February 2024 | PDF | this file is not accessible", Role.META)))
    assert "sentence" in found.rejected


def test_a_byline_after_a_date_that_opens_the_line_is_no_sentence() -> None:
    (found,) = _of(_candidates(("8.2.2024 10:15 von jane-doe Lesezeit: 4 Min.", Role.META)))
    assert not found.rejected


def test_a_byline_after_a_date_inside_a_phrase_stays_a_sentence() -> None:
    (found,) = _of(_candidates(("Report from 8 February 2024 by Jane Doe for the show in the old town hall",
                                Role.META)))
    assert "sentence" in found.rejected


def test_a_spanish_a_m_is_part_of_the_time() -> None:
    (found,) = _of(_candidates(("8 February 2024 - 2:00 a. m.", Role.META)))
    assert not found.rejected


def test_a_credit_after_the_date_alone_in_its_piece_is_the_text_s() -> None:
    (found,) = _of(_candidates(("Jane Doe / 08.02.2024 / 10:15 / Foto: Harbour Agency", Role.META)))
    assert not found.rejected


def test_a_credit_before_the_date_or_a_caption_s_date_stays_a_credit() -> None:
    before = _of(_candidates(("Foto: Jane Doe / 08.02.2024", Role.META)))
    caption = _of(_candidates(("Harbour at dawn, 8 February 2024 | Photo: Jane Roe", Role.META)))
    assert [c.rejected for c in before + caption] == ["a photo credit or caption"] * 2


def test_a_comments_link_after_the_date_is_no_reader_comment() -> None:
    (found,) = _of(_candidates(("February 8, 2024 at 08:45 AM | categories: Harbour | View Comments", Role.META)))
    assert not found.rejected


def test_a_comment_header_before_the_date_stays_a_reader_comment() -> None:
    (found,) = _of(_candidates(("Comment by Jane Roe | February 8, 2024", Role.META)))
    assert found.rejected == "a reader comment"


def test_a_closing_sentence_s_date_marks_no_byline_zone() -> None:
    sentence = (
        "Dieser Beitrag wurde am 8. Februar 2024 um 10:15 Uhr von jane in Hafen, Stadt, Boote, Fischer und "
        "Gebühren veröffentlicht."
    )
    cleaned = cleaned_lines((TITLE, Role.TITLE), (BODY, Role.BODY), (sentence, Role.BOILERPLATE))
    view = make_view(cleaned)
    line = next(i for i, x in enumerate(view.usable) if x.text == sentence)
    found = DateChoice(DAY, Basis.EXPLICIT, "", (), line=line, likely_line=line)
    assert _dateline(found, 0, view) == -1
    assert _dateline(found, 0) == line


def test_a_deadline_s_date_is_something_else() -> None:
    german = _of(_candidates(("Zuschuss für neue Heizungen (bis 8.2.2024)", Role.META)))
    english = _of(_candidates(("Grants for new boilers (until 8 February 2024)", Role.META)))
    assert [c.rejected for c in german + english] == ["the date of something else (a label says so)"] * 2


def test_a_cjk_sentence_s_date_is_an_event_s() -> None:
    (found,) = _of(_candidates(("港口新码头于2024年2月8日开放，渔民们对此表示欢迎并希望费用降低。", Role.META)))
    assert "sentence" in found.rejected


def test_a_cjk_date_line_stays_a_candidate() -> None:
    (found,) = _of(_candidates(("2024年2月8日 10:15 来源：港口日报", Role.META)))
    assert not found.rejected


def test_a_lone_date_above_the_headline_gives_way_to_the_post_s_date_line_under_it() -> None:
    cleaned = cleaned_lines(
        ("9 February 2024", Role.META),
        (TITLE, Role.TITLE),
        ("8 February 2024 Jane Doe Harbour", Role.META),
        (BODY, Role.BODY),
        (BODY2, Role.BODY),
    )
    found = text_date_candidates(make_view(cleaned), KB.languages, TODAY, title_text=TITLE)
    assert [(c.date, c.rejected) for c in found] == [(dt.date(2024, 2, 9), HEADER_DATE), (DAY, "")]


def test_a_date_above_with_words_beside_it_stays_for_the_model() -> None:
    cleaned = cleaned_lines(
        ("asked 9 February 2024", Role.META),
        (TITLE, Role.TITLE),
        ("8 February 2024 at 10:15", Role.META),
        (BODY, Role.BODY),
        (BODY2, Role.BODY),
    )
    found = text_date_candidates(make_view(cleaned), KB.languages, TODAY, title_text=TITLE)
    assert all(not c.rejected for c in found)


def _after(*lines: str) -> list[DateCandidate]:
    cleaned = cleaned_lines(
        (TITLE, Role.TITLE), (BODY, Role.BODY), (BODY2, Role.BODY), *((x, Role.BOILERPLATE) for x in lines)
    )
    view = make_view(cleaned)
    found = text_date_candidates(view, KB.languages, TODAY, title_text=TITLE)
    return lone_after_date(found, anchors(view, TITLE)[1])


def test_the_only_date_right_after_the_article_is_restored() -> None:
    (found,) = _after("8 February 2024")
    assert found.rejected == ""


def test_dates_of_two_days_after_the_article_stay_rejected() -> None:
    found = _after("8 February 2024", "Share", "9 February 2024")
    assert all(c.rejected for c in found)


def test_a_lone_date_far_below_the_article_stays_rejected() -> None:
    (found,) = _after("Share", "Print", "Related", "Contact", "8 February 2024")
    assert found.rejected
