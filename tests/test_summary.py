"""The summary (page description) keeps sentences apart where the article wrote no full stop."""

from __future__ import annotations

from collections.abc import Callable

from generator.article.records import Cleaned
from generator.article.summary import SUMMARY_WORDS, opening_stamps, summary
from tests.actors_helpers import doc


def _summary(cleaned: Cleaned, max_words: int = SUMMARY_WORDS, byline: Callable[[str], bool] = lambda _: False) -> str:
    """The summary as the build makes it: the opening byline and date lines left out first."""
    return summary(cleaned, max_words, opening_stamps(cleaned, byline=byline))


def test_a_deck_without_a_full_stop_does_not_run_into_the_lead() -> None:
    cleaned = doc("The council plans night-time cuts from March", "The reservoir fell to a fifth this week.")
    assert _summary(cleaned) == "The council plans night-time cuts from March. The reservoir fell to a fifth this week."


def test_sentences_that_close_themselves_are_joined_as_written() -> None:
    cleaned = doc("Will the plan work?", "“We hope so,” she said. Nobody else spoke")
    assert _summary(cleaned) == "Will the plan work? “We hope so,” she said. Nobody else spoke"


def test_the_word_budget_stops_at_a_sentence_boundary() -> None:
    cleaned = doc("One two three four", "Five six seven eight nine.")
    assert _summary(cleaned, max_words=6) == "One two three four"
    assert _summary(doc("One two three four five six seven"), max_words=3) == "One two three …"


def test_opening_byline_and_date_lines_are_not_the_summary() -> None:
    lead = "Les élus ont voté mardi la rénovation complète de la piscine municipale du quartier."
    assert _summary(doc("Aurélie Manceau", "Publié le 07/02/2024 à 07h30", lead)) == lead
    assert _summary(doc("By the Valley Politics Team", lead), byline=lambda t: t.startswith("By ")) == lead
    assert _summary(doc("March 4, 2024", lead)) == lead


def test_a_short_lead_in_lower_case_or_an_uncased_script_stays() -> None:
    two = doc("Turnout fell again.", "Officials blamed the rain.")
    assert _summary(two) == "Turnout fell again. Officials blamed the rain."
    arabic = "افتتاح المهرجان الثامن"
    assert _summary(doc(arabic, "Officials blamed the rain.")).startswith(arabic)
    assert _summary(doc("Jane Roe")) == "Jane Roe"  # never the last paragraph
    assert _summary(doc("Mara Quintel,", "born 1950 in Ostend, she wrote four novels.")).startswith("Mara")
    assert _summary(doc("The Youth Vote in Numbers", "Officials blamed the rain.")).startswith("The Youth")
    by = doc("By Monday, all schools will close.", "Officials blamed the rain.")
    assert _summary(by, byline=lambda t: t.startswith("By ")).startswith("By Monday")
