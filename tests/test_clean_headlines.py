"""The wider headline candidate set and the fitted choice among it, on invented pages."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from benchmarks import fit_cleaner
from generator.article.clean import clean, headlines, learned, rules, title
from generator.errors import DataError
from generator.knowledge.cleaner import TITLE_FEATURES, CleanerModel, Linear, parse_cleaner
from tests.kb import knowledge
from tests.test_clean import P1, P2, P3, P4, TITLE, page
from tests.test_clean_model import _file, _model

KB = knowledge()
MENU = ("Home", "World", "Politics", "Sport", "Weather")


def _candidates(text: str) -> dict[str, headlines.Candidate]:
    ruled = rules(text, KB.boilerplate)
    cands, _ = learned.title_matrix(ruled.infos, ruled.lay)
    return {c.text: c for c in cands}


def _weighted(**weights: float) -> CleanerModel:
    """A model whose title part scores candidates by the named features alone."""
    vec = np.zeros(len(TITLE_FEATURES))
    for name, value in weights.items():
        vec[TITLE_FEATURES.index(name)] = value
    base = _model(0.0, enabled=False)
    return CleanerModel(base.line, base.window, 0.5, 0.5, False, Linear(TITLE_FEATURES, vec, 0.0), True, True)


def test_breadcrumb_prefixed_headline_gives_the_headline_as_a_part() -> None:
    text = page(*MENU, f"Home » Politics » {TITLE}", P1, P2, P3, P4)
    cands = _candidates(text)
    assert cands[TITLE].part == headlines.LAST
    assert f"Home » Politics » {TITLE}" in cands  # the whole line stays a candidate
    doc = clean(text, KB.boilerplate, _weighted(part_last=10.0))
    assert doc.title == TITLE


def test_section_label_glued_in_front_is_taken_off() -> None:
    text = page(*MENU, f"Politics {TITLE}", P1, P2, P3, P4)
    cands = _candidates(text)
    assert cands[TITLE].part == headlines.UNLABELLED
    doc = clean(text, KB.boilerplate, _weighted(unlabelled=10.0))
    assert doc.title == TITLE
    plain = _candidates(page("Home", "World", f"Politics {TITLE}", P1, P2, P3, P4))
    assert TITLE not in plain  # "Politics" is no line of its own there: the line stays whole


def test_title_and_site_name_are_split_into_parts() -> None:
    line = f"{TITLE} | The Valley Courier"
    text = page(*MENU, line, P1, P2, P3, P4)
    ruled = rules(text, KB.boilerplate)
    cands, x = learned.title_matrix(ruled.infos, ruled.lay)
    words = [k for k, c in enumerate(cands) if " " in c.text]  # the menu's one-word lines are candidates too
    parts = {cands[k].text: cands[k].part for k in words}
    assert parts == {line: headlines.WHOLE, TITLE: headlines.FIRST, "The Valley Courier": headlines.LAST}
    assert x[words, TITLE_FEATURES.index("derived")].tolist() == [0.0, 1.0, 1.0]
    doc = clean(text, KB.boilerplate, _weighted(part_first=10.0))
    assert doc.title == TITLE


def test_headline_far_above_the_body_is_a_candidate() -> None:
    links = [f"Read the story number {k} about the region" for k in range(50)]  # no sentence ends
    text = page(TITLE, *links, P1, P2, P3, P4)
    ruled = rules(text, KB.boilerplate)
    near = {info.text for _, info in title.candidates(ruled.infos, ruled.lay.first)}
    assert TITLE not in near  # more than 40 lines up: out of the rules' reach
    cands, x = learned.title_matrix(ruled.infos, ruled.lay)
    row = x[[c.text for c in cands].index(TITLE)]
    assert row[TITLE_FEATURES.index("far")] == 1.0 and row[TITLE_FEATURES.index("old")] == 0.0
    doc = clean(text, KB.boilerplate, _weighted(far=5.0, share=5.0))
    assert doc.title == TITLE


def test_question_and_colon_headlines_stay_sentences_do_not() -> None:
    cands = _candidates(page(*MENU, "Will the valley get its water plan?", "What the council decided:", P1, P2, P3))
    assert "Will the valley get its water plan?" in cands and "What the council decided:" in cands
    assert P1 not in cands


def test_conditional_logit_prefers_each_group_positive() -> None:
    rng = np.random.default_rng(3)
    xs, ys = [], []
    for _ in range(30):
        x = rng.normal(size=(5, 3))
        y = np.zeros(5)
        y[int(np.argmax(x[:, 0] - x[:, 1]))] = 1.0  # the truth: feature 0 up, feature 1 down
        xs.append(x)
        ys.append(y)
    beta = fit_cleaner.fit_conditional(xs, ys)
    assert beta[0] > 0 > beta[1]
    assert np.array_equal(beta, fit_cleaner.fit_conditional(xs, ys))  # deterministic
    hits = sum(int(y[int(np.argmax(x @ beta))]) for x, y in zip(xs, ys, strict=True))
    assert hits >= 25


def test_model_file_round_trip_keeps_the_new_fields(tmp_path: Path) -> None:
    weights = {name: round(0.01 * k, 6) for k, name in enumerate(TITLE_FEATURES)}
    data = _file(title={"bias": 0.0, "weights": weights}, title_fit="softmax", title_languages=["en"])
    fit_cleaner.write_model(data, tmp_path / "m.json")
    model = parse_cleaner(json.loads((tmp_path / "m.json").read_text(encoding="utf-8")))
    assert model.title_fit == "softmax" and model.title_languages == frozenset({"en"})
    assert model.title.weights[TITLE_FEATURES.index("unlabelled")] == weights["unlabelled"]
    assert parse_cleaner(_file()).title_fit == "logistic"  # a file from before the choice


def test_model_file_without_the_new_features_or_with_a_bad_fit_is_rejected() -> None:
    old = {name: 0.0 for name in TITLE_FEATURES if name not in ("derived", "far")}
    with pytest.raises(DataError) as err:
        parse_cleaner(_file(title={"bias": 0.0, "weights": old}, title_fit="forest"))
    text = "\n".join(err.value.problems)
    assert "missing features derived, far" in text and "'title_fit'" in text


def test_candidates_know_where_they_stand_against_the_rules_choice() -> None:
    deck = "Engineers say the new barrier will hold back the spring floods"
    text = page(*MENU, TITLE, deck, P1, P2, P3, P4)
    ruled = rules(text, KB.boilerplate)
    cands, x = learned.title_matrix(ruled.infos, ruled.lay)
    assert ruled.lay.title is not None and ruled.infos[ruled.lay.title].text == TITLE
    rows = {c.text: x[k] for k, c in enumerate(cands)}
    at = {name: TITLE_FEATURES.index(name) for name in ("rule_line", "below_rule", "above_rule")}
    assert rows[TITLE][at["rule_line"]] == 1.0 and rows[TITLE][at["below_rule"]] == 0.0
    assert rows[deck][at["below_rule"]] == 1.0 and rows[deck][at["rule_line"]] == 0.0
    assert all(row[at["above_rule"]] == 0.0 for text, row in rows.items() if " " in text)  # menu words: above
    doc = clean(text, KB.boilerplate, _weighted(below_rule=-5.0, rule_line=5.0))
    assert doc.title == TITLE


def _row(text: str, cand: str) -> dict[str, float]:
    ruled = rules(text, KB.boilerplate)
    cands, x = learned.title_matrix(ruled.infos, ruled.lay)
    return dict(zip(TITLE_FEATURES, x[[c.text for c in cands].index(cand)].tolist(), strict=True))


def test_one_word_line_right_before_the_body_is_a_flagged_candidate() -> None:
    cands = _candidates(page(*MENU, "Riverbend", P1, P2, P3, P4))
    assert "Riverbend" in cands
    assert _row(page(*MENU, "Riverbend", P1, P2, P3, P4), "Riverbend")["one_word"] == 1.0
    links = [f"Read the story number {k} about the region" for k in range(12)]
    assert "Riverbend" not in _candidates(page("Riverbend", *links, P1, P2, P3, P4))


def test_short_sentence_right_before_the_body_is_a_flagged_candidate() -> None:
    head = "The valley finally gets its water."
    text = page(*MENU, head, P1, P2, P3, P4)
    assert head in _candidates(text)
    assert _row(text, head)["sentence_end"] == 1.0
    assert P1 not in _candidates(text)  # a body paragraph ending with "." is no candidate


def test_neighbour_features_tell_a_headline_from_its_deck_caption_and_form() -> None:
    deck = "The council voted by a wide margin after farmers had asked for the plan for years"
    credit = "Farmers at the canal © Jane Roe"
    form = "Search the site [          ]"
    text = page(*MENU, form, TITLE, deck, "By Jane Roe", credit, P1, P2, P3, P4)
    head, under = _row(text, TITLE), _row(text, deck)
    assert head["deck_below"] == 1.0 and under["deck_below"] == 0.0
    assert head["vs_next"] < 0 < under["vs_prev"]
    assert under["meta_next"] == 1.0 and head["meta_next"] == 0.0
    assert _row(text, credit)["credit"] == 1.0 and _row(text, credit)["meta_prev"] == 1.0
    assert _row(text, credit)["next_first"] == 1.0
    assert _row(text, form)["form"] == 1.0 and head["form"] == 0.0


def test_shape_features_tell_a_headline_from_its_kicker_and_deck() -> None:
    kicker = "Water rights"
    deck = "The council voted by a wide margin after farmers had asked for the plan for years"
    text = page(*MENU, kicker, "12 March 2024", TITLE, "[photo-canal-01]", deck, P1, P2, P3, P4)
    top, head, under = _row(text, kicker), _row(text, TITLE), _row(text, deck)
    # the date line between the kicker and the headline and the image's name under it are skipped
    assert top["kicker_shape"] == 1.0 and head["kicker_shape"] == 0.0 and under["kicker_shape"] == 0.0
    assert head["below_label"] == 1.0 and under["below_label"] == 0.0
    assert under["deck_shape"] == 1.0 and head["deck_shape"] == 0.0
    assert under["long"] > 0.0 == head["long"]
    assert under["next_sentence"] == 1.0  # the body's first paragraph follows the deck
    assert head["next_sentence"] == 0.0
