"""The fitted line model of the text cleaner: its data file, its decisions and its fit."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from benchmarks import fit_cleaner
from generator.article.clean import clean, learned, rules
from generator.article.records import Role
from generator.errors import DataError
from generator.knowledge.cleaner import (
    LINE_FEATURES,
    TITLE_FEATURES,
    WINDOW_FEATURES,
    CleanerModel,
    Linear,
    parse_cleaner,
)
from tests.kb import knowledge
from tests.test_clean import P1, P2, P3, P4, TITLE, page, role_of

KB = knowledge()
ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT.parent / "shared" / "textbench"
MENU = ("Home", "World", "Business", "Sport", "Weather")
FOOTER = ("Share on Facebook", "Terms of use", "Contact us")


def _page() -> str:
    return page(*MENU, TITLE, P1, P2, P3, P4, *FOOTER)


def _model(bias: float, enabled: bool = True) -> CleanerModel:
    """A model whose stage two says ``bias`` for every line (stage one ignored)."""
    line = Linear(LINE_FEATURES, np.zeros(len(LINE_FEATURES)), 0.0)
    window = Linear(WINDOW_FEATURES, np.zeros(len(WINDOW_FEATURES)), bias)
    head = Linear(TITLE_FEATURES, np.zeros(len(TITLE_FEATURES)), 0.0)
    return CleanerModel(line, window, 0.5, 0.5, enabled, head, False, True)


def _file(**changes: object) -> dict[str, object]:
    data: dict[str, object] = {
        "line": {"bias": 0.0, "weights": dict.fromkeys(LINE_FEATURES, 0.0)},
        "window": {"bias": 0.0, "weights": dict.fromkeys(WINDOW_FEATURES, 0.0)},
        "drop_below": 0.4,
        "keep_above": 0.6,
        "title": {"bias": 0.0, "weights": dict.fromkeys(TITLE_FEATURES, 0.0)},
        "enabled": False,
        "title_enabled": False,
    }
    data.update(changes)
    return data


def test_committed_model_loads_with_every_feature() -> None:
    model = KB.cleaner
    assert model.fitted
    assert model.line.names == LINE_FEATURES and model.line.weights.shape == (len(LINE_FEATURES),)
    assert model.window.names == WINDOW_FEATURES and model.title.names == TITLE_FEATURES
    assert 0.0 < model.drop_below < 1.0 and 0.0 < model.keep_above < 1.0


def test_no_file_means_the_rules_decide() -> None:
    assert not parse_cleaner(None).fitted
    text = _page()
    assert clean(text, KB.boilerplate, parse_cleaner(None)) == clean(text, KB.boilerplate)


def test_disabled_model_changes_nothing() -> None:
    text = _page()
    assert clean(text, KB.boilerplate, _model(-20.0, enabled=False)) == clean(text, KB.boilerplate)


def test_bad_files_are_reported() -> None:
    weights = dict.fromkeys(LINE_FEATURES[1:], 0.0) | {"made_up": 1.0}
    bad = _file(line={"bias": 0.0, "weights": weights}, drop_below=1.5, enabled="yes")
    with pytest.raises(DataError) as err:
        parse_cleaner(bad)
    text = "\n".join(err.value.problems)
    assert "made_up" in text and LINE_FEATURES[0] in text and "drop_below" in text and "enabled" in text
    good = parse_cleaner(_file())
    assert good.fitted and not good.enabled and good.keep_above == 0.6


def test_sure_model_drops_body_and_keeps_title() -> None:
    doc = clean(_page(), KB.boilerplate, _model(-20.0))
    assert role_of(doc, P2) == (Role.BOILERPLATE, "model")
    assert doc.blocks == ()
    assert doc.title == TITLE  # the headline is not the line model's to decide


def test_sure_model_keeps_chrome_as_body_or_heading() -> None:
    doc = clean(_page(), KB.boilerplate, _model(20.0))
    assert role_of(doc, "Home")[0] is Role.HEADING  # short and unpunctuated
    assert role_of(doc, P1)[0] is Role.BODY
    assert role_of(doc, TITLE)[0] is Role.TITLE


def test_features_describe_the_rules_decisions() -> None:
    ruled = rules(_page(), KB.boilerplate)
    at, x = learned.line_matrix(ruled.infos, ruled.roles, ruled.lay)
    col = {name: k for k, name in enumerate(LINE_FEATURES)}
    rows = {ruled.infos[i].text: x[k] for k, i in enumerate(at)}
    assert rows[P2][col["kept"]] == 1.0 and rows[P2][col["role_body"]] == 1.0
    assert rows[P2][col["prev_kept"]] == 1.0 and rows[P2][col["next_kept"]] == 1.0
    assert rows["Home"][col["kept"]] == 0.0 and rows["Home"][col["before_span"]] == 1.0
    assert rows["Terms of use"][col["after_span"]] == 1.0
    assert np.isfinite(x).all()


def _synthetic_pages() -> list[fit_cleaner.Page]:
    """Invented pages with invented silver articles and snippets, as the fit sees textbench pages."""
    out = []
    bodies = [(P1, P2, P3), (P2, P3, P4), (P3, P4, P1), (P4, P1, P2)]
    for n, body in enumerate(bodies * 3):
        text = page(*MENU[: 2 + n % 4], f"{TITLE} {n}", *body, *FOOTER[: 1 + n % 3])
        ruled = rules(text, KB.boilerplate)
        at, x = learned.line_matrix(ruled.infos, ruled.roles, ruled.lay)
        gold = {"id": f"s{n}", "url": f"https://site{n % 5}.example/a", "with": [body[0][:40]], "without": ["Home"]}
        gold["title"] = f"{TITLE} {n}"
        y, w = fit_cleaner.labels([ruled.infos[i].text for i in at], list(body), gold)
        made = fit_cleaner.Page(gold["id"], "train", gold, "en", ruled, at, x, y, w, "en")
        made.tx, made.ty = fit_cleaner.title_rows(made)
        out.append(made)
    return out


def test_fit_is_deterministic_and_learns_the_labels(tmp_path: Path) -> None:
    pages = _synthetic_pages()
    first, second = fit_cleaner.fit(pages), fit_cleaner.fit(_synthetic_pages())
    assert json.dumps(first, sort_keys=True) == json.dumps(second, sort_keys=True)
    flags = {"enabled": True, "title_enabled": True}
    fit_cleaner.write_model({**first, **flags}, tmp_path / "a.json")
    fit_cleaner.write_model({**second, **flags}, tmp_path / "b.json")
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()
    model = parse_cleaner(json.loads((tmp_path / "a.json").read_text(encoding="utf-8")))
    doc = clean(page(*MENU, TITLE, P1, P2, P3, *FOOTER), KB.boilerplate, model)
    kept = {item for block in doc.blocks for item in block.items}
    assert {P1, P2, P3} <= kept and "Home" not in kept
    assert doc.title == TITLE


def test_per_page_rows_name_each_page_and_its_fold(tmp_path: Path) -> None:
    pages = _synthetic_pages()[:2]
    rows = {"rules": [{"tp": 1.0, "fn": 2.0}, {"tp": 3.0, "fn": 0.0}]}
    fit_cleaner._write_pages(tmp_path / "pages.jsonl", pages, [3, 1], rows)
    got = [json.loads(line) for line in (tmp_path / "pages.jsonl").read_text(encoding="utf-8").splitlines()]
    assert got == [
        {"id": "s0", "fold": 3, "lang": "en", "rules": {"tp": 1.0, "fn": 2.0}},
        {"id": "s1", "fold": 1, "lang": "en", "rules": {"tp": 3.0, "fn": 0.0}},
    ]
    fit_cleaner._write_pages(None, pages, [3, 1], rows)  # no file asked for: nothing written


def test_title_model_picks_its_best_candidate() -> None:
    text = page(*MENU, "Weekly news from the valley", TITLE, P1, P2, P3, P4)
    ruled = rules(text, KB.boilerplate)
    cands, _ = learned.title_matrix(ruled.infos, ruled.lay)
    texts = [c.text for c in cands]
    assert TITLE in texts and "Weekly news from the valley" in texts
    nearest = np.zeros(len(TITLE_FEATURES))
    nearest[TITLE_FEATURES.index("nearest")] = 10.0
    farthest = -nearest
    base = _model(0.0, enabled=False)
    for weights, want in ((nearest, TITLE), (farthest, texts[-1])):
        model = CleanerModel(
            base.line, base.window, 0.5, 0.5, False, Linear(TITLE_FEATURES, weights, 0.0), True, True
        )
        doc = clean(text, KB.boilerplate, model)
        assert doc.title == want
        assert role_of(doc, want)[0] is Role.TITLE
        rules_alone = doc.rules.title if doc.rules is not None else doc.title
        assert rules_alone == TITLE  # the metadata's anchor stays on the rules' headline
        assert (doc.rules is None) == (want == TITLE)


def test_labels_prefer_gold_snippets() -> None:
    lines = ["Home", P1, "Share on Facebook", "Short line"]
    gold = {"with": [], "without": [P1[:30]]}
    y, w = fit_cleaner.labels(lines, [P1, P2, "Short line"], gold)
    assert y.tolist() == [0.0, 0.0, 0.0, 1.0]
    assert w[1] == fit_cleaner.GOLD_WEIGHT and w[0] == 1.0
    y, w = fit_cleaner.labels(lines, ["Too short"], {"with": ["Share on"], "without": []})
    assert w.tolist() == [0.0, 0.0, fit_cleaner.GOLD_WEIGHT, 0.0]  # no usable article: only gold labels


@pytest.mark.slow
@pytest.mark.skipif(
    not (BENCH / "train").is_dir() or not os.environ.get("BRIEFING_TRAIN_CHECK"),
    reason="needs ../shared/textbench/ and BRIEFING_TRAIN_CHECK=1 (refits the model: about fifteen minutes)",
)
def test_make_train_reproduces_the_committed_model(tmp_path: Path) -> None:
    model = ROOT / "generator" / "knowledge" / "data" / "cleaner_model.json"
    before = model.read_bytes()
    try:
        done = subprocess.run(
            [sys.executable, str(ROOT / "benchmarks" / "fit_cleaner.py"), "--write"], capture_output=True, check=False
        )
        assert done.returncode == 0, done.stderr.decode()
        assert model.read_bytes() == before
    finally:
        model.write_bytes(before)


def test_language_lists_load_and_bad_ones_are_reported() -> None:
    model = parse_cleaner(_file(line_languages=["de", "pl"], title_languages=[]))
    assert model.line_languages == frozenset({"de", "pl"}) and not model.title_languages
    assert model.parts("de") == (True, False) and model.parts("en") == (False, False)
    assert parse_cleaner(_file()).line_languages == frozenset()  # older files: no list, no language
    with pytest.raises(DataError) as err:
        parse_cleaner(_file(line_languages="de", title_languages=["en", 3]))
    text = "\n".join(err.value.problems)
    assert "'line_languages'" in text and "'title_languages'" in text


def test_line_model_runs_only_for_listed_languages() -> None:
    from dataclasses import replace

    from generator.article.clean import page_language

    text = _page()
    assert page_language(clean(text, KB.boilerplate)) == "en"
    drop_all = _model(-20.0, enabled=False)
    listed = clean(text, KB.boilerplate, replace(drop_all, line_languages=frozenset({"en"})))
    assert role_of(listed, P2) == (Role.BOILERPLATE, "model") and listed.blocks == ()
    other = clean(text, KB.boilerplate, replace(drop_all, line_languages=frozenset({"de"})))
    assert other == clean(text, KB.boilerplate)


def _row(tp: int, fn: int, title_ok: int = 0) -> dict[str, float]:
    return {"tp": tp, "fn": fn, "fp": 0, "tn": 1, "titles": 1, "title_ok": title_ok}


def test_languages_are_chosen_where_the_model_beats_the_rules() -> None:
    pages = _synthetic_pages()
    n = fit_cleaner.MIN_LANGUAGE_PAGES
    langs = ["de"] * n + ["fr"] * n + ["pl"] * (n - 1) + ["und"] * n
    pages = (pages * (len(langs) // len(pages) + 1))[: len(langs)]
    pages = [fit_cleaner.Page(**{**vars(p), "told": lang}) for p, lang in zip(pages, langs, strict=True)]
    better = {"de", "pl", "und"}  # the line model finds more text there; pl has too few pages, und is no language
    rows = {
        "rules": [_row(1, 1, 1) for _ in langs],
        "lines": [_row(2, 0, 1) if lang in better else _row(0, 2, 1) for lang in langs],
        "title": [_row(1, 1, int(lang == "fr")) for lang in langs],
    }
    ks = list(range(len(langs)))
    assert fit_cleaner.choose_languages(pages, ks, rows, "lines", 0) == ["de"]
    assert fit_cleaner.choose_languages(pages, ks, rows, "title", 3) == []  # fr only ties the rules


def test_a_page_language_is_told_once_per_article() -> None:
    """The cleaner tells the language to pick its per-language model; the metadata reuses it."""
    from generator.article.extract.language import detect_language
    from generator.article.process import process
    from generator.read.records import SourceDoc

    text = _page()
    detect_language.cache_clear()
    process(SourceDoc("page.txt", text, "utf-8", len(text)), KB)
    info = detect_language.cache_info()
    assert KB.cleaner.by_language() and info.misses == 1 and info.hits >= 1
