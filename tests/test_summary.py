"""The summary (page description) keeps sentences apart where the article wrote no full stop."""

from __future__ import annotations

from generator.article.summary import summary
from tests.actors_helpers import doc


def test_a_deck_without_a_full_stop_does_not_run_into_the_lead() -> None:
    cleaned = doc("The council plans night-time cuts from March", "The reservoir fell to a fifth this week.")
    assert summary(cleaned) == "The council plans night-time cuts from March. The reservoir fell to a fifth this week."


def test_sentences_that_close_themselves_are_joined_as_written() -> None:
    cleaned = doc("Will the plan work?", "“We hope so,” she said. Nobody else spoke")
    assert summary(cleaned) == "Will the plan work? “We hope so,” she said. Nobody else spoke"


def test_the_word_budget_stops_at_a_sentence_boundary() -> None:
    cleaned = doc("One two three four", "Five six seven eight nine.")
    assert summary(cleaned, max_words=6) == "One two three four"
    assert summary(doc("One two three four five six seven"), max_words=3) == "One two three …"
