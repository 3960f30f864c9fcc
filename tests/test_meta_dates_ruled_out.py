"""A stated date whose rival days the model all but rules out is taken under the threshold (issue 16)."""

from __future__ import annotations

import datetime as dt

from generator.article.extract.candidates import DateCandidate
from generator.article.extract.pubdate import DISMISSED, choose_date, ruled_out
from generator.article.records import Basis
from generator.knowledge.metamodel import Scorer

# A labelled line away from the headline scores 0.8 (under the threshold); a date after the body about 0.007,
# one by the headline 0.38.
SCORER = Scorer(bias=-3.0, weights=(("labelled", 4.4), ("after_body", -2.0), ("near_title", 2.5)), threshold=0.9)
DAY = dt.date(2024, 2, 8)
OTHER = dt.date(2024, 3, 1)


def _posted(day: dt.date = DAY, line: int = 10) -> DateCandidate:
    return DateCandidate(day, "labelled line", "Posted on February 8, 2024", line=line, labelled=True)


def _comment(line: int = 40) -> DateCandidate:
    return DateCandidate(OTHER, "meta line", "March 1, 2024 at 3:10 pm", line=line, timed=True)


def test_a_labelled_date_beside_a_comment_date_after_the_body_is_taken() -> None:
    found = choose_date([_posted(), _comment()], 1, 30, SCORER)
    assert (found.date, found.basis) == (DAY, Basis.EXPLICIT)
    assert found.source.endswith("every other day ruled out")


def test_the_taken_date_is_not_listed_as_unsure() -> None:
    found = choose_date([_posted(), _comment()], 1, 30, SCORER)
    scores = [note for note in found.rejected if "not sure enough" in note]
    assert not scores  # it was reported, not listed as unsure
    assert SCORER.threshold > 0.8 > DISMISSED


def test_a_rival_day_by_the_headline_leaves_the_date_unknown() -> None:
    found = choose_date([_posted(), _comment(line=3)], 1, 30, SCORER)
    assert (found.date, found.basis) == (None, Basis.UNKNOWN)


def test_a_rival_stated_day_leaves_the_date_unknown() -> None:
    rival = _posted(OTHER, line=40)
    found = choose_date([_posted(), rival], 1, 30, SCORER)
    assert found.date is None


def test_an_unstated_best_date_is_never_ruled_in() -> None:
    line = DateCandidate(DAY, "date line", "8. Februar 2024", line=2)
    assert not ruled_out([(0.8, line), (0.01, _comment())])
    assert ruled_out([(0.8, _posted()), (0.01, _comment())])


def test_a_stated_date_the_model_does_not_lean_to_stays_unknown() -> None:
    weak = Scorer(bias=-3.0, weights=(("labelled", 2.0), ("after_body", -2.0)), threshold=0.9)
    found = choose_date([_posted(), _comment()], 1, 30, weak)  # 0.27 against 0.007
    assert found.date is None
    assert not ruled_out([(0.27, _posted()), (0.01, _comment())])
