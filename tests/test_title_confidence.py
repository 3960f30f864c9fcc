"""The confidence in a text copy's title (issue 16): a title the fitted cleaner is not sure of is
kept but inferred, with the reason in its evidence; our own invented pages and models."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from generator.article.clean import clean
from generator.article.extract import extract_metadata
from generator.article.extract.title import pick_title
from generator.article.records import Basis
from generator.errors import DataError
from generator.knowledge.cleaner import (
    CONFIDENCE_FEATURES,
    LINE_FEATURES,
    TITLE_FEATURES,
    WINDOW_FEATURES,
    CleanerModel,
    Linear,
    parse_cleaner,
)
from tests.kb import knowledge
from tests.test_clean import P1, P2, P3, P4, TITLE, page
from tests.test_clean_model import _file

KB = knowledge()
MENU = ("Home", "World", "Business", "Sport", "Weather")
CLEAR = page(*MENU, TITLE, P1, P2, P3, P4)
# Three short lines over the body, none of them plainly the headline: a login prompt, a section, a kicker.
UNCLEAR = page(*MENU, "Sign in to your account", "Weekly harbour notes", "Quiet week", P1, P2, P3, P4)


def _model(rule_choice: float, bar: float = 0.5) -> CleanerModel:
    """A fitted model whose title scorer weighs only the rules' choice, whose confidence is the chosen
    title's softmax probability itself (``chosen`` is its logit / 5), inferred below ``bar``."""
    head = np.zeros(len(TITLE_FEATURES))
    head[TITLE_FEATURES.index("rule_choice")] = rule_choice
    sure = np.zeros(len(CONFIDENCE_FEATURES))
    sure[CONFIDENCE_FEATURES.index("chosen")] = 5.0
    return CleanerModel(
        line=Linear(LINE_FEATURES, np.zeros(len(LINE_FEATURES)), 0.0),
        window=Linear(WINDOW_FEATURES, np.zeros(len(WINDOW_FEATURES)), 0.0),
        title=Linear(TITLE_FEATURES, head, 0.0),
        fitted=True,
        confidence=Linear(CONFIDENCE_FEATURES, sure, 0.0),
        title_bar=bar,
    )


def _title(text: str, model: CleanerModel) -> tuple[str | None, Basis, str]:
    knows = dataclasses.replace(KB, cleaner=model)
    meta = extract_metadata(clean(text, KB.boilerplate, model), knows)
    evidence = meta.basis_of("title")
    return meta.title, evidence.basis, evidence.source


def test_unsure_title_is_kept_but_inferred_with_the_reason() -> None:
    # Uniform title scores: each candidate line gets the same probability, well under the bar.
    cleaned = clean(UNCLEAR, KB.boilerplate, _model(0.0))
    assert cleaned.title_confidence is not None and cleaned.title_confidence < 0.5
    title, basis, how = _title(UNCLEAR, _model(0.0))
    assert title == cleaned.title == clean(UNCLEAR, KB.boilerplate).title  # the same text as without a model
    assert basis is Basis.INFERRED
    assert how.startswith("the cleaner's title, low confidence p=0.") and how.endswith("< 0.50")


def test_sure_title_stays_explicit() -> None:
    model = _model(20.0)  # the rules' own choice takes almost all the probability
    cleaned = clean(CLEAR, KB.boilerplate, model)
    assert cleaned.title_confidence is not None and cleaned.title_confidence > 0.99
    assert _title(CLEAR, model) == (TITLE, Basis.EXPLICIT, "the cleaner's title")


def test_the_committed_model_is_sure_of_a_plain_headline() -> None:
    cleaned = clean(CLEAR, KB.boilerplate, KB.cleaner)
    assert cleaned.title == TITLE
    assert cleaned.title_confidence is not None and cleaned.title_confidence >= KB.cleaner.title_bar
    assert _title(CLEAR, KB.cleaner)[1] is Basis.EXPLICIT


def test_no_bar_computes_no_confidence() -> None:
    model = _model(0.0, bar=0.0)
    assert clean(UNCLEAR, KB.boilerplate, model).title_confidence is None
    assert _title(UNCLEAR, model)[1] is Basis.EXPLICIT


def test_pick_title_with_confidence() -> None:
    low = pick_title("Harbour reopens after the storm", (), KB.languages, False, 0.2, 0.6)
    assert low[:2] == ("Harbour reopens after the storm", Basis.INFERRED)
    assert low[4] == "the cleaner's title, low confidence p=0.20 < 0.60"
    high = pick_title("Harbour reopens after the storm", (), KB.languages, False, 0.8, 0.6)
    assert high[1] is Basis.EXPLICIT and high[4] == "the cleaner's title"
    # A saved page's markup title stays as it is, whatever the text cleaner's confidence.
    assert pick_title("Harbour reopens", (), KB.languages, True, 0.1, 0.6)[1] is Basis.EXPLICIT
    # A title turned down for what it is keeps that reason.
    turned = pick_title("https://example.org/harbour", (), KB.languages, False, 0.1, 0.6)
    assert turned[1] is Basis.UNKNOWN and "a link or a handle" in turned[3][0]


def test_model_file_confidence_keys_are_read() -> None:
    weights = {"chosen": 1.5, "best": 1.0, "stated": 2.5, "by_model": -0.5}
    model = parse_cleaner(_file(title_confidence={"bias": 0.25, "weights": weights}, title_bar=0.7))
    assert model.title_bar == 0.7 and model.confidence.bias == 0.25
    assert model.confidence.weights.tolist() == [weights[n] for n in CONFIDENCE_FEATURES]
    assert parse_cleaner(_file()).title_bar == 0.0  # a file fitted before the confidence: always explicit


def test_committed_model_has_a_fitted_confidence() -> None:
    model = KB.cleaner
    assert model.confidence.names == CONFIDENCE_FEATURES
    assert 0.0 < model.title_bar < 1.0
    assert model.confidence.weights[CONFIDENCE_FEATURES.index("chosen")] > 0  # surer of a likelier title


@pytest.mark.parametrize(
    "changes",
    [
        {"title_bar": 0.6},  # no confidence model
        {"title_confidence": {"bias": 0.0, "weights": {"chosen": 1.0}}, "title_bar": 0.6},  # missing features
        {"title_confidence": {"bias": 0.0, "weights": dict.fromkeys(CONFIDENCE_FEATURES, 0.0)}, "title_bar": 1.5},
    ],
)
def test_bad_confidence_keys_are_named(changes: dict[str, object]) -> None:
    with pytest.raises(DataError):
        parse_cleaner(_file(**changes))


def test_bar_keeps_the_most_right_titles_with_few_wrong() -> None:
    from benchmarks.fit_cleaner import choose_title_bar

    p = np.array([0.95, 0.9, 0.8, 0.7, 0.6, 0.5, 0.3])
    y = np.array([1.0, 1.0, 1.0, 0.0, 1.0, 0.0, 0.0])
    # Above 0.7 the three explicit titles are right; at 0.7 or below one of four or more is wrong (over 10%).
    assert choose_title_bar(p, y) == 0.72
