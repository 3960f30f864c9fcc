"""Bylines the sixth pass of issue 16 reads: each failure class on a short example of our own."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from generator.article.extract import LIKELY_REACH, _dateline, extract_metadata
from generator.article.extract.candidates import DateCandidate
from generator.article.extract.pubdate import DateChoice, choose_date
from generator.article.records import Basis, Block, Role
from generator.knowledge.metamodel import Scorer
from tests.test_extract_support import cleaned_lines
from tests.test_meta_bylines_more import below
from tests.test_meta_people import BODY, BODY2, KB, TITLE


def test_a_role_glued_to_the_outlet_before_the_name_is_dropped() -> None:
    m = below(("Hafenblatt-Experte Lena Vogt", Role.BOILERPLATE), ("Freitag, 06.07.2018, 10:29", Role.META))
    assert m.authors == ("Lena Vogt",)
    assert below(("Von Hafenblatt-Korrespondentin Ines Marlowe", Role.META)).authors == ("Ines Marlowe",)


def test_a_hyphenated_first_name_is_no_role() -> None:
    assert below(("Von Anna-Lena Vogt", Role.META)).authors == ("Anna-Lena Vogt",)


def test_a_dated_byline_the_cleaner_kept_as_a_paragraph_is_not_body_text() -> None:
    # The byline line itself counted as the article's text, so its name read as a heading's.
    byline = "8. Februar 2024 - Lena Vogt"
    cleaned = cleaned_lines((TITLE, Role.TITLE), (byline, Role.META), (BODY, Role.BODY), (BODY2, Role.BODY))
    kept = replace(cleaned, blocks=(Block("paragraph", (byline,)), *cleaned.blocks))
    assert extract_metadata(kept, KB).authors == ("Lena Vogt",)


def test_a_name_line_whose_words_are_in_a_sentence_of_the_text_stays_a_heading() -> None:
    heading = "Hafen Vogt"
    sentence = f"{BODY} Die {heading} wurde 1911 gebaut."
    cleaned = cleaned_lines(
        (TITLE, Role.TITLE), (heading, Role.BOILERPLATE), ("8. Februar 2024", Role.META), (sentence, Role.BODY)
    )
    assert extract_metadata(cleaned, KB).authors == ()


def _date(line: int) -> DateCandidate:
    return DateCandidate(dt.date(2024, 2, 8), "date line", "8. Februar 2024", line=line)


def test_the_likeliest_date_line_is_kept_when_the_model_is_not_sure_enough() -> None:
    unsure = Scorer(0.0, (), 0.99)  # every candidate scores 0.5: below the bar
    found = choose_date([_date(30)], 10, 60, unsure)
    assert found.date is None and found.line == -1 and found.likely_line == 30


def test_a_byline_is_looked_for_beside_an_unsure_date_only_below_the_headline() -> None:
    unsure = DateChoice(None, Basis.UNKNOWN, "", (), likely_line=30)
    assert _dateline(unsure, 10) == 30  # a screen below the headline: the byline's date
    assert _dateline(unsure, 31) == -1  # above the headline
    assert _dateline(unsure, 30 - LIKELY_REACH - 1) == -1  # far below: a teaser's, a video's or a comment's
    sure = DateChoice(dt.date(2024, 2, 8), Basis.EXPLICIT, "", (), line=70, likely_line=70)
    assert _dateline(sure, 10) == 70  # a chosen date's line is read wherever it stands


def test_a_name_beside_a_relative_time_is_a_byline() -> None:
    assert below(("Lena Vogt", Role.BOILERPLATE), ("vor 2 Stunden", Role.META)).authors == ("Lena Vogt",)
    assert below(("Omar Haddad | Publicado hace 3 horas", Role.META)).authors == ("Omar Haddad",)
    assert below(("Ines Marlowe · 5 hours ago", Role.META)).authors == ("Ines Marlowe",)


def test_words_that_only_look_like_a_relative_time_are_none() -> None:
    # "vor dem Tag" has no number; "vor 20 Jahren" counts no unit a byline gives.
    for line in ("vor dem Tag", "vor 20 Jahren"):
        assert below(("Lena Vogt", Role.BOILERPLATE), (line, Role.BOILERPLATE)).authors == (), line
    assert KB.languages.relative_time.search("Publiziert vor 12 Minuten")
    assert not KB.languages.relative_time.search("vor 2023 Tagen")
