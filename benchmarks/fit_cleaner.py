"""Fit the text-copy cleaner's line model (``generator/knowledge/data/cleaner_model.json``) on textbench.

usage: python benchmarks/fit_cleaner.py [--bench DIR] [--jobs N] [--cache FILE] [--pages FILE] [--no-nested]
                                       [--write | --title-cv]

Every page of ``../shared/textbench/`` (the 78 dev pages and the 866 of ``train/``) runs through
the rule cleaner (``generator.article.clean.rules``) up to its per-line roles, and
``generator.article.clean.learned`` turns them into features. Labels:

- silver: the page's HTML runs through the generator's own saved-page path
  (``generator.article.html.html_article``, trafilatura underneath); a dump line that is one of the
  article's blocks, or a line of 25+ characters found inside the article's text, is article text,
  and any other line is not. Pages where that path finds under 200 characters give no silver labels.
- gold: a line holding a ``with`` snippet is article text and one holding a ``without`` snippet is
  not; gold labels override silver ones and weigh ``GOLD_WEIGHT`` times more.

Both stages are L2-regularised logistic regressions fitted by Newton's method from zero
(deterministic: no random start, no sampling). Stage two is fitted on stage one's scores of the
training pages.

The title model scores the headline candidates of ``generator.article.clean.headlines`` (whole
lines up to 120 lines before the body start and 12 from it on, and the parts of lines with a trail,
a label or a site name). A candidate whose text is the gold title is a positive example (when none
is, every candidate holding it is); pages with no positive candidate are left out. It is fitted
either as a conditional logit (a softmax over each page's candidates, Newton steps from zero halved
until the fit improves) or as one logistic model over all candidates; ``choose_title_kind`` picks
the one whose best candidate is the gold title on more pages in a grouped-by-site cross-validation
of the title model alone, and the file records it as ``title_fit``.

The confidence in the chosen title (``title_confidence``, ``title_bar``): the title model's softmax
over a page's candidates gives the probability of the title the cleaner chose (whichever chose it:
the rules, or the title model in ``title_languages``) and of the best candidate; with whether the
page states its headline elsewhere and whether the title model chose it, a small logistic model
(``CONFIDENCE_FEATURES``) fitted on those of pages the title model was not fitted on (grouped by
site: each page's from the title model fitted on the other folds) predicts "the chosen title is the
gold title" (score_meta's normalisation, case aside). The bar is chosen on scores the calibrating
model was not fitted on (grouped by site again): the bar that keeps the most right explicit titles
while at most ``CONFIDENCE_CAP`` of the explicit titles are wrong (bars in steps of 0.02). The
shipped pair is fitted on train/ alone; the printed grouped cross-validation (train + dev) fits and
chooses them on the fitting folds only (their title models fitted on three folds) and counts
explicit and inferred titles, right and wrong, on the fitting folds (in-sample) and on the scoring
folds. The line model is off there: it changes no title's confidence and seldom its text.

The models are scored the way ``score.py`` scores (its own matcher, imported):

- a 5-fold cross-validation grouped by site over train and dev (``benchmarks/sites.py``: no site
  is in both the fitting and the scoring folds), next to the rules alone on the same pages, for
  all pages, English pages and per language, with the count of pages whose recall is below 0.5;
- the 78-page dev split, scored with the model fitted on ``train/`` alone (the shipped model).

Each is printed for four runs: the rules alone, the line model, the title model, and both.

Languages: a page's language is the one the cleaner itself tells from the rules' body text
(``generator.article.clean.page_language``), never the gold's. The shipped file turns the line
model on for each language (``line_languages``) with at least ``MIN_LANGUAGE_PAGES`` pages where it
beat the rules' balanced accuracy in the cross-validation, and the title model (``title_languages``)
where it beat their title recall. Since that choice is made on the folds it is scored on, the
script also scores it nested: for each outer fold the languages are chosen by an inner grouped
cross-validation over the other four folds alone, and the outer fold is cleaned with that choice
("chosen" in the nested report: an honest estimate of the shipped configuration).

``--write`` stores that model. ``--cache`` keeps the extracted rows (pickle) between runs.
``--pages`` writes one JSON line per page with its cross-validation counts under every run (and
the nested choice), for finding the pages where the article is lost. ``--no-nested`` skips the
nested score (about two thirds of the time; cannot ``--write``), for trying line features.
``--title-cv`` runs only the title model's grouped cross-validation (same folds, line model off,
no nested choice; about a minute from the cache), for trying title features.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import pickle
import sys
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.sites import FOLDS, fold_of  # noqa: E402
from generator.knowledge.cleaner import (  # noqa: E402
    CONFIDENCE_FEATURES,
    LINE_FEATURES,
    TITLE_FEATURES,
    WINDOW_FEATURES,
    confidence_row,
)

MODEL_FILE = REPO / "generator" / "knowledge" / "data" / "cleaner_model.json"
L2 = 1.0
TITLE_L2 = 3.0  # the headline scorer's: chosen by the title model's grouped cross-validation (1, 3, 10)
GOLD_WEIGHT = 100.0  # a hand-checked snippet outweighs a silver label by this much
_BARS = tuple(round(0.05 * k, 2) for k in range(1, 20))  # thresholds tried for drop_below / keep_above
_SILVER_MIN_CHARS = 200
_SUBSTRING_MIN = 25
_KEPT_COL = LINE_FEATURES.index("kept")
MIN_LANGUAGE_PAGES = 10  # a language with fewer pages among the fitting folds keeps the rules
CONFIDENCE_CAP = 0.10  # at most this share of the explicit titles may be wrong on the fitting folds
CONFIDENCE_L2 = 1.0  # the confidence model's (1, 3, 10 tried: the same within a page or two)
_TITLE_BARS = tuple(round(0.02 * k, 2) for k in range(1, 50))


@dataclass
class Page:
    """One textbench page: its rule-cleaner state, features and labels."""

    pid: str
    split: str  # "dev" or "train"
    gold: dict[str, Any]
    lang: str
    ruled: Any  # generator.article.clean.Ruled
    at: list[int]
    x: np.ndarray
    y: np.ndarray
    w: np.ndarray  # 0: unlabelled
    told: str = ""  # the language the cleaner tells from the rules' body text
    tx: np.ndarray | None = None  # headline candidates' features (None: no gold title among them)
    ty: np.ndarray | None = None  # ... and which of them are the gold title
    cands: Any = None  # every headline candidate and the feature matrix (learned.title_matrix)


def _ws(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def _language(text: str) -> str:
    """The language whose stopword list covers most words of ``text`` (for pages whose gold has none)."""
    from generator.text.stopwords import _LISTS

    words = [w.lower().strip(".,;:!?\"'()") for w in text[:50_000].split()]
    best, lang = 0, "?"
    for code, listed in sorted(_LISTS.items()):
        stop = set(listed.split())
        hits = sum(1 for w in words if w in stop)
        if hits > best:
            best, lang = hits, code
    return lang


def labels(lines: list[str], article: list[str], gold: dict[str, Any]) -> tuple[np.ndarray, np.ndarray]:
    """Label and weight of each non-blank line (see the module docstring)."""
    items = {_ws(t) for t in article}
    joined = " ".join(_ws(t) for t in article)
    silver = len(joined) >= _SILVER_MIN_CHARS
    with_ = [_ws(s) for s in gold.get("with", [])]
    without = [_ws(s) for s in gold.get("without", [])]
    y, w = np.zeros(len(lines)), np.zeros(len(lines))
    for k, raw in enumerate(lines):
        line = _ws(raw)
        if any(s and s in line for s in without):
            y[k], w[k] = 0.0, GOLD_WEIGHT
        elif any(s and s in line for s in with_):
            y[k], w[k] = 1.0, GOLD_WEIGHT
        elif silver:
            y[k] = float(line in items or (len(line) >= _SUBSTRING_MIN and line in joined))
            w[k] = 1.0
    return y, w


def page_row(job: tuple[str, str, str, dict[str, Any]]) -> Page:
    """Rules, features and labels of one page (runs in a worker process)."""
    from generator.article.clean import learned, rules
    from generator.article.html import html_article
    from generator.knowledge import load_knowledge

    pid, txt, html_path, gold = job
    phrases = load_knowledge(REPO / "briefing").boilerplate
    text = Path(txt).read_text(encoding="utf-8", errors="replace")
    ruled = rules(text, phrases)
    at, x = learned.line_matrix(ruled.infos, ruled.roles, ruled.lay)
    article: list[str] = []
    if Path(html_path).exists():
        html = gzip.decompress(Path(html_path).read_bytes()).decode("utf-8", errors="replace")
        doc = html_article(html, phrases).cleaned
        article = [item for block in doc.blocks for item in block.items]
    y, w = labels([ruled.infos[i].text for i in at], article, gold)
    split = "train" if pid.startswith("t") else "dev"
    return Page(pid, split, gold, gold.get("lang") or _language(text), ruled, at, x, y, w)


def _jobs(bench: Path) -> list[tuple[str, str, str, dict[str, Any]]]:
    out = []
    for root in (bench, bench / "train"):
        for line in (root / "gold.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                g = json.loads(line)
                pid = g["id"]
                out.append((pid, str(root / "pages" / f"{pid}.txt"), str(root / "html" / f"{pid}.html.gz"), g))
    return out


def collect(bench: Path, jobs: int, cache: Path | None) -> list[Page]:
    """Every page's rows, from ``cache`` when it exists."""
    if cache is not None and cache.exists():
        from generator.article.clean import learned

        with cache.open("rb") as f:
            pages: list[Page] = pickle.load(f)
        for p in pages:  # the features may have changed since the cache was written
            p.at, p.x = learned.line_matrix(p.ruled.infos, p.ruled.roles, p.ruled.lay)
    else:
        todo = _jobs(bench)
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            pages = list(pool.map(page_row, todo, chunksize=8))
        if cache is not None:
            with cache.open("wb") as f:
                pickle.dump(pages, f)
    for p in pages:
        p.told = told(p)
        p.tx, p.ty = title_rows(p)
    return pages


def told(page: Page) -> str:
    """The page's language as the cleaner tells it (from the rules' output, as ``clean`` does)."""
    from generator.article.clean import finish, page_language

    r = page.ruled
    return page_language(finish(r, r.roles, r.lay.title))


def fit_logistic(x: np.ndarray, y: np.ndarray, w: np.ndarray, l2: float = L2) -> tuple[np.ndarray, float]:
    """Weighted L2-regularised logistic regression by Newton's method from zero; (weights, bias)."""
    keep = w > 0
    x, y, w = x[keep], y[keep], w[keep]
    a = np.hstack([x, np.ones((len(x), 1))])
    beta = np.zeros(a.shape[1])
    penalty = np.full(a.shape[1], l2)
    penalty[-1] = 1e-6
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-np.clip(a @ beta, -60, 60)))
        grad = a.T @ (w * (p - y)) + penalty * beta
        hess = (a * (w * p * (1 - p))[:, None]).T @ a + np.diag(penalty)
        step = np.linalg.solve(hess, grad)
        beta -= step
        if np.abs(step).max() < 1e-9:
            break
    return beta[:-1], float(beta[-1])


def fit(pages: list[Page], kind: str = "softmax") -> dict[str, Any]:
    """Both stages and the title model (fitted as ``kind``) on ``pages``: the model file's content."""
    from generator.article.clean import learned

    x = np.vstack([p.x for p in pages])
    y = np.concatenate([p.y for p in pages])
    w = np.concatenate([p.w for p in pages])
    w1, b1 = fit_logistic(x, y, w)
    x2 = np.vstack([learned.window_matrix(p.x @ w1 + b1, p.x[:, _KEPT_COL]) for p in pages])
    w2, b2 = fit_logistic(x2, y, w)
    p = learned.sigmoid(x2 @ w2 + b2)
    drop_below, keep_above = choose_bars(p, x[:, _KEPT_COL] > 0, y, w)
    w3, b3 = fit_title(pages, kind)
    return {
        "line": {"bias": round(b1, 6), "weights": _named(LINE_FEATURES, w1)},
        "window": {"bias": round(b2, 6), "weights": _named(WINDOW_FEATURES, w2)},
        "title": {"bias": round(b3, 6), "weights": _named(TITLE_FEATURES, w3)},
        "drop_below": drop_below,
        "keep_above": keep_above,
    }


def title_rows(page: Page) -> tuple[np.ndarray | None, np.ndarray | None]:
    """Features of the page's headline candidates and their labels, or (None, None) when the page
    has no gold title in the dump or no candidate holds it. A candidate whose text is the gold title
    (case and spacing aside) is a positive example; when none is, every candidate holding it is."""
    from generator.article.clean import learned

    gold = _ws(str(page.gold.get("title") or "")).casefold()
    if not gold or not page.gold.get("title_in_page", True):
        return None, None
    cands, x = learned.title_matrix(page.ruled.infos, page.ruled.lay)
    texts = [_ws(c.text).casefold() for c in cands]
    y = np.array([float(t == gold) for t in texts])
    if not y.any():
        y = np.array([float(gold in t) for t in texts])
    return (x, y) if y.any() else (None, None)


def _gold_exact(page: Page) -> bool:
    """Whether one of the page's headline candidates is its gold title itself (not a longer text holding it)."""
    from generator.article.clean import learned

    gold = _ws(str(page.gold.get("title") or "")).casefold()
    cands, _ = learned.title_matrix(page.ruled.infos, page.ruled.lay)
    return any(_ws(c.text).casefold() == gold for c in cands)


def fit_title(pages: list[Page], kind: str) -> tuple[np.ndarray, float]:
    """The title model on the pages whose gold title is among their candidates: a logistic model
    over all candidates (``kind`` "logistic") or a conditional logit over each page's (``"softmax"``;
    its bias is 0, a page-wide constant does not change the choice)."""
    xs = [p.tx for p in pages if p.tx is not None]
    ys = [p.ty for p in pages if p.ty is not None]
    if not xs:
        return np.zeros(len(TITLE_FEATURES)), 0.0
    if kind == "logistic":
        y = np.concatenate(ys)
        return fit_logistic(np.vstack(xs), y, np.ones(len(y)))
    return fit_conditional(xs, ys, TITLE_L2), 0.0


def fit_conditional(xs: list[np.ndarray], ys: list[np.ndarray], l2: float = L2) -> np.ndarray:
    """L2-regularised conditional logit (a softmax over each group's rows) maximising the probability
    of each group's positive rows, by Newton steps from zero halved until the fit improves (the
    Hessian is the softmax's over all rows; deterministic)."""
    x = np.vstack(xs)
    pos = np.concatenate(ys) > 0
    starts = np.cumsum([0] + [len(g) for g in xs[:-1]])
    group = np.repeat(np.arange(len(xs)), [len(g) for g in xs])
    beta = np.zeros(x.shape[1])
    loss = _conditional_loss(x @ beta, pos, starts, group) + 0.5 * l2 * beta @ beta
    for _ in range(100):
        s = x @ beta
        p = _group_softmax(s, starts, group)
        q = _group_softmax(np.where(pos, s, -np.inf), starts, group)
        grad = x.T @ (p - q) + l2 * beta
        m = np.add.reduceat(x * p[:, None], starts)
        hess = (x * p[:, None]).T @ x - m.T @ m + l2 * np.eye(x.shape[1])
        step = np.linalg.solve(hess, grad)
        for _ in range(30):
            trial = beta - step
            new = _conditional_loss(x @ trial, pos, starts, group) + 0.5 * l2 * trial @ trial
            if new <= loss:
                break
            step = step / 2
        else:
            break
        beta, loss = trial, new
        if np.abs(step).max() < 1e-9:
            break
    return beta


def _conditional_loss(s: np.ndarray, pos: np.ndarray, starts: np.ndarray, group: np.ndarray) -> float:
    """Minus the log-probability the groups' softmax puts on their positive rows, summed."""
    every, positive = _group_logsumexp(s, starts, group), _group_logsumexp(np.where(pos, s, -np.inf), starts, group)
    return float((every - positive).sum())


def _group_logsumexp(s: np.ndarray, starts: np.ndarray, group: np.ndarray) -> np.ndarray:
    top = np.maximum.reduceat(s, starts)
    out: np.ndarray = top + np.log(np.add.reduceat(np.exp(s - top[group]), starts))
    return out


def _group_softmax(s: np.ndarray, starts: np.ndarray, group: np.ndarray) -> np.ndarray:
    """The softmax of ``s`` within each group (rows ``group``, groups starting at ``starts``);
    a row at -inf gets 0."""
    e = np.exp(s - np.maximum.reduceat(s, starts)[group])
    out: np.ndarray = e / np.add.reduceat(e, starts)[group]
    return out


def title_hits(pages: list[Page], weights: np.ndarray, bias: float) -> int:
    """Pages (of those with a gold title among their candidates) whose best-scored candidate is the
    gold title."""
    hits = 0
    for p in pages:
        if p.tx is not None and p.ty is not None:
            hits += int(p.ty[int(np.argmax(p.tx @ weights + bias))] > 0)
    return hits


def choose_title_kind(pages: list[Page]) -> str:
    """The title model's fit ("softmax" or "logistic") with more pages whose best candidate is the
    gold title in a grouped-by-site cross-validation of the title model alone (ties: softmax)."""
    folds = [fold_of(p.gold) for p in pages]
    hits = {}
    for kind in ("softmax", "logistic"):
        hits[kind] = 0
        for f in range(FOLDS):
            fitting = [p for p, g in zip(pages, folds, strict=True) if g != f]
            scored = [p for p, g in zip(pages, folds, strict=True) if g == f]
            hits[kind] += title_hits(scored, *fit_title(fitting, kind))
    held = sum(1 for p in pages if p.tx is not None)
    exact = sum(1 for p in pages if p.tx is not None and p.ty is not None and _gold_exact(p))
    print(f"title candidates hold the gold title on {held} of {len(pages)} pages ({exact} as a candidate's whole text)")
    for kind, n in hits.items():
        print(f"  title model fitted as {kind}: best candidate is the gold title on {n} ({n / max(held, 1):.3f})")
    return "softmax" if hits["softmax"] >= hits["logistic"] else "logistic"


def _named(names: tuple[str, ...], weights: np.ndarray) -> dict[str, float]:
    return {n: round(float(v), 6) for n, v in zip(names, weights, strict=True)}


def choose_bars(p: np.ndarray, kept: np.ndarray, y: np.ndarray, w: np.ndarray) -> tuple[float, float]:
    """The two thresholds that maximise the balanced accuracy over the gold-labelled lines of the
    fitting pages (mean of the share of article lines kept and of chrome lines dropped)."""
    gold = w >= GOLD_WEIGHT
    p, kept, y = p[gold], kept[gold], y[gold] > 0
    best = (-1.0, 0.5, 0.5)
    for lo in _BARS:
        for hi in _BARS:
            keep = np.where(kept, p >= lo, p >= hi)
            ba = (keep[y].mean() + (~keep[~y]).mean()) / 2
            if ba > best[0] + 1e-12:
                best = (float(ba), lo, hi)
    return best[1], best[2]


def _scorer(bench: Path) -> Any:
    spec = importlib.util.spec_from_file_location("textbench_score", bench / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score_page(matcher: Any, gold: dict[str, Any], text: str) -> dict[str, float]:
    """score.py's counts for one page's output."""
    m = matcher(text)
    tp = sum(1 for s in gold["with"] if m.found(s))
    fp = sum(1 for s in gold["without"] if m.found(s))
    row = {"tp": tp, "fn": len(gold["with"]) - tp, "fp": fp, "tn": len(gold["without"]) - fp}
    row["titles"] = row["title_ok"] = 0
    if gold.get("title") and gold.get("title_in_page", True):
        row["titles"], row["title_ok"] = 1, int(m.found(gold["title"], ignore_case=True))
    return row


def output(page: Page, model: Any, parts: tuple[bool, bool]) -> str:
    """The page cleaned with ``model``'s line and title parts as ``parts`` says (both off: the
    rules alone), as the textbench output."""
    from benchmarks.textbench import render
    from generator.article.clean import finish, learned

    r = page.ruled
    if not any(parts):
        return render(finish(r, r.roles, r.lay.title))
    roles, head, text = learned.decide(r.infos, r.roles, r.lay, model, *parts)
    return render(finish(r, roles, head, text))


def balanced(rows: list[dict[str, float]]) -> tuple[float, float, float, float, int]:
    """Balanced accuracy, recall, rejection, title recall and the pages with recall < 0.5."""
    t: dict[str, float] = defaultdict(float)
    for row in rows:
        for k, v in row.items():
            t[k] += v
    recall = t["tp"] / max(t["tp"] + t["fn"], 1)
    rejection = t["tn"] / max(t["tn"] + t["fp"], 1)
    low = sum(1 for r in rows if r["tp"] + r["fn"] and r["tp"] / (r["tp"] + r["fn"]) < 0.5)
    return (recall + rejection) / 2, recall, rejection, t["title_ok"] / max(t["titles"], 1), low


def summary(rows: list[dict[str, float]]) -> str:
    """One line of scores."""
    ba, recall, rejection, title, low = balanced(rows)
    return (
        f"BA={ba:.3f} recall={recall:.3f} rejection={rejection:.3f} "
        f"title={title:.3f} low_recall_pages={low} pages={len(rows)}"
    )


def report(name: str, pages: list[Page], rows: dict[str, list[dict[str, float]]]) -> None:
    """Print one block of scores: all pages, English, and each language with 10+ pages (the
    language the cleaner tells)."""
    langs = defaultdict(list)
    for k, p in enumerate(pages):
        langs[p.told].append(k)
    print(f"{name}")
    groups = [("all", list(range(len(pages)))), ("en", langs.get("en", []))]
    ordered = sorted(langs.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    groups += [(lang, ks) for lang, ks in ordered if lang != "en" and len(ks) >= 10]
    for label, ks in groups:
        for run, got in rows.items():
            print(f"  {label:>4} {run:>6}: {summary([got[k] for k in ks])}")


def _model(data: dict[str, Any]) -> Any:
    from generator.knowledge.cleaner import parse_cleaner

    return parse_cleaner(json.loads(json.dumps({**data, "enabled": False, "title_enabled": False})))


_RUNS = {"rules": (False, False), "lines": (True, False), "title": (False, True), "both": (True, True)}
Rows = dict[str, list[dict[str, float]]]


def _score_runs(pages: list[Page], models: list[Any], matcher: Any, runs: tuple[str, ...] = tuple(_RUNS)) -> Rows:
    """score.py's counts of every page under each run (``models[k]``: the model page k is cleaned with)."""
    rows: Rows = {run: [] for run in runs}
    for p, model in zip(pages, models, strict=True):
        for run in runs:
            rows[run].append(score_page(matcher, p.gold, output(p, model, _RUNS[run])))
    return rows


def choose_languages(pages: list[Page], ks: list[int], rows: Rows, run: str, measure: int) -> list[str]:
    """The languages (among pages ``ks``, with ``MIN_LANGUAGE_PAGES`` or more of them) where ``run``
    beats the rules on ``measure`` (0: balanced accuracy, 3: title recall), sorted."""
    langs: dict[str, list[int]] = defaultdict(list)
    for k in ks:
        langs[pages[k].told].append(k)
    out = []
    for lang, group in sorted(langs.items()):
        if lang == "und" or len(group) < MIN_LANGUAGE_PAGES:
            continue
        ours = balanced([rows[run][k] for k in group])[measure]
        theirs = balanced([rows["rules"][k] for k in group])[measure]
        if ours > theirs:
            out.append(lang)
    return out


def _chosen_run(lang: str, lines: list[str], titles: list[str]) -> str:
    return {(False, False): "rules", (True, False): "lines", (False, True): "title", (True, True): "both"}[
        (lang in lines, lang in titles)
    ]


def cross_validate(
    pages: list[Page], bench: Path, kind: str, per_page: Path | None = None, nested: bool = True
) -> tuple[list[str], list[str]]:
    """Grouped-by-site CV of the models next to the rules, over train and dev, then (``nested``)
    the nested score of the per-language choice; the languages where the line model beat the rules'
    balanced accuracy and where the title model beat their title recall (on all the folds).
    ``per_page``: a file for each page's counts under every run."""
    matcher = _scorer(bench).Matcher
    folds = [fold_of(p.gold) for p in pages]

    def without(*out: int) -> Any:
        return _model(fit([p for p, g in zip(pages, folds, strict=True) if g not in out], kind))

    fitted = {f: without(f) for f in range(FOLDS)}
    rows = _score_runs(pages, [fitted[f] for f in folds], matcher)
    report(f"cross-validation grouped by site, {FOLDS} folds, train + dev", pages, rows)
    everything = list(range(len(pages)))
    lines = choose_languages(pages, everything, rows, "lines", 0)
    titles = choose_languages(pages, everything, rows, "title", 3)
    print(f"line model beats the rules (BA) in: {', '.join(lines) or 'no language'}")
    print(f"title model beats the rules (title recall) in: {', '.join(titles) or 'no language'}")
    chosen: list[dict[str, float]] = [{} for _ in pages]
    if not nested:
        _write_pages(per_page, pages, folds, rows)
        return lines, titles
    for f in range(FOLDS):
        ks = [k for k in everything if folds[k] != f]
        inner = {g: without(f, g) for g in range(FOLDS) if g != f}
        got = _score_runs([pages[k] for k in ks], [inner[folds[k]] for k in ks], matcher, ("lines", "title"))
        part: Rows = {"rules": [rows["rules"][k] for k in ks], **got}
        local = list(range(len(ks)))
        sub = [pages[k] for k in ks]
        f_lines = choose_languages(sub, local, part, "lines", 0)
        f_titles = choose_languages(sub, local, part, "title", 3)
        print(f"  fold {f}: inner CV picks lines {f_lines or '-'}, title {f_titles or '-'}")
        for k in everything:
            if folds[k] == f:
                chosen[k] = rows[_chosen_run(pages[k].told, f_lines, f_titles)][k]
    report("nested: languages chosen by an inner CV on the outer training folds", pages,
           {"rules": rows["rules"], "chosen": chosen})
    _write_pages(per_page, pages, folds, {**rows, "chosen": chosen})
    return lines, titles


def _write_pages(path: Path | None, pages: list[Page], folds: list[int], rows: Rows) -> None:
    """One JSON line per page: its id, fold, told language and counts under each run."""
    if path is None:
        return
    with path.open("w", encoding="utf-8") as f:
        for k, p in enumerate(pages):
            runs = {run: got[k] for run, got in rows.items()}
            f.write(json.dumps({"id": p.pid, "fold": folds[k], "lang": p.told, **runs}, sort_keys=True) + "\n")


def title_cv(pages: list[Page], bench: Path, kind: str) -> None:
    """The title model alone in the grouped cross-validation (the same folds, the line model off):
    title recall of the rules and of the title model for all pages, English, each language with
    10+ pages and the held-out fold 0. Faster than the full run, for trying title features."""
    matcher = _scorer(bench).Matcher
    folds = [fold_of(p.gold) for p in pages]
    models = {}
    for f in range(FOLDS):
        w, b = fit_title([p for p, g in zip(pages, folds, strict=True) if g != f], kind)
        data = {
            "line": {"bias": 0.0, "weights": _named(LINE_FEATURES, np.zeros(len(LINE_FEATURES)))},
            "window": {"bias": 0.0, "weights": _named(WINDOW_FEATURES, np.zeros(len(WINDOW_FEATURES)))},
            "title": {"bias": b, "weights": _named(TITLE_FEATURES, w)},
            "drop_below": 0.5,
            "keep_above": 0.5,
        }
        models[f] = _model(data)
    rows = _score_runs(pages, [models[f] for f in folds], matcher, ("rules", "title"))
    report(f"title model alone, cross-validation grouped by site, {FOLDS} folds", pages, rows)
    held = [k for k, g in enumerate(folds) if g == 0]
    for run, got in rows.items():
        print(f"  held-out fold 0 {run:>6}: {summary([got[k] for k in held])}")
    confidence_cv(pages, kind, choose_languages(pages, list(range(len(pages))), rows, "title", 3))
    print("exact title (the chosen title is the gold title, case and spacing aside; the recall above also counts")
    print("a gold title found inside a longer chosen line or in the body):")
    english = [k for k, p in enumerate(pages) if p.told == "en"]
    for run, parts in (("rules", (False, False)), ("title", (False, True))):
        same = [_same_title(p, models[f], parts) for p, f in zip(pages, folds, strict=True)]
        for name, ks in (("all", list(range(len(pages)))), ("en", english), ("fold 0", held)):
            got = [same[k] for k in ks if same[k] is not None]
            print(f"  {name:>6} {run:>6}: {sum(got)} of {len(got)} = {sum(got) / max(len(got), 1):.3f}")


def _same_title(page: Page, model: Any, parts: tuple[bool, bool]) -> bool | None:
    """Whether the cleaned page's title is its gold title (None: the gold has none in the page)."""
    from generator.article.clean import finish, learned

    gold = _ws(str(page.gold.get("title") or "")).casefold()
    if not gold or not page.gold.get("title_in_page", True):
        return None
    r = page.ruled
    if any(parts):
        roles, head, text = learned.decide(r.infos, r.roles, r.lay, model, *parts)
        doc = finish(r, roles, head, text)
    else:
        doc = finish(r, r.roles, r.lay.title)
    return _ws(doc.title or "").casefold() == gold


def dev_scores(pages: list[Page], data: dict[str, Any], bench: Path, lines: list[str], titles: list[str]) -> None:
    """The 78 dev pages with the models fitted on train/ alone; "shipped": each page cleaned as the
    shipped file says for its language."""
    dev = [p for p in pages if p.split == "dev"]
    model = _model(data)
    rows = _score_runs(dev, [model] * len(dev), _scorer(bench).Matcher)
    rows["shipped"] = [rows[_chosen_run(p.told, lines, titles)][k] for k, p in enumerate(dev)]
    report("dev split (78 pages), models fitted on train/ only", dev, rows)


def _title_only(weights: np.ndarray, bias: float, titles: list[str]) -> Any:
    """A model with the title model alone, on for ``titles`` languages (the line model off)."""
    zeros = {"bias": 0.0}
    return _model(
        {
            "line": {**zeros, "weights": _named(LINE_FEATURES, np.zeros(len(LINE_FEATURES)))},
            "window": {**zeros, "weights": _named(WINDOW_FEATURES, np.zeros(len(WINDOW_FEATURES)))},
            "title": {"bias": bias, "weights": _named(TITLE_FEATURES, weights)},
            "drop_below": 0.5,
            "keep_above": 0.5,
            "title_languages": titles,
        }
    )


_NORM: Any = None


def _right(title: str, gold: str) -> bool:
    """Whether ``title`` is ``gold`` as score_meta.py compares them, case aside."""
    global _NORM
    if _NORM is None:
        where = REPO.parent / "shared" / "textbench" / "score_meta.py"
        spec = importlib.util.spec_from_file_location("textbench_score_meta", where)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        _NORM = module.norm_text
    return bool(_NORM(title).casefold() == _NORM(gold).casefold())


@lru_cache(maxsize=1)
def _languages() -> Any:
    """The language data alone: the whole knowledge would load the model file this run may replace
    (and refuse one fitted before a feature was added)."""
    from generator.knowledge.languages import parse_languages
    from generator.knowledge.layers import PACKAGE_DATA, Layers

    data, label = Layers(REPO / "briefing", PACKAGE_DATA).load("languages.yml")
    return parse_languages(data, label)


def signals(pages: list[Page], model: Any, titles: list[str]) -> tuple[np.ndarray, np.ndarray, list[int]]:
    """``CONFIDENCE_FEATURES`` of the title each page (with a gold title) gets from ``model`` (the
    title model on for ``titles`` languages), whether it is the gold title, and the pages' indexes.
    A title ``pick_title`` turns down is left out (it is inferred anyway)."""
    from generator.article.clean import finish, learned, title_signals
    from generator.article.extract.title import rejected_title, undecorated
    languages = _languages()
    rows, right, at = [], [], []
    for k, p in enumerate(pages):
        gold = str(p.gold.get("title") or "")
        if not gold:
            continue
        r = p.ruled
        if p.cands is None:
            p.cands = learned.title_matrix(r.infos, r.lay)
        cands, x = p.cands
        ranked = (cands, model.title.logits(x))
        roles, head, text = learned.decide(r.infos, r.roles, r.lay, model, False, p.told in titles, ranked)
        got = title_signals(r, roles, head, text, ranked, p.told in titles)
        title = undecorated(finish(r, roles, head, text).title or "")
        if got is None or not title or rejected_title(title, languages):
            continue
        rows.append(confidence_row(got))
        right.append(float(_right(title, gold)))
        at.append(k)
    return np.array(rows).reshape(-1, len(CONFIDENCE_FEATURES)), np.array(right), at


def oof_signals(pages: list[Page], kind: str, titles: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``signals`` of every page from the title model fitted on the other folds' pages (grouped by
    site), with each row's fold."""
    folds = [fold_of(p.gold) for p in pages]
    xs, ys, fs = [], [], []
    for f in sorted(set(folds)):
        w, b = fit_title([p for p, g in zip(pages, folds, strict=True) if g != f], kind)
        scored = [p for p, g in zip(pages, folds, strict=True) if g == f]
        x, y, _ = signals(scored, _title_only(w, b, titles), titles)
        xs.append(x)
        ys.append(y)
        fs.append(np.full(len(y), f))
    return np.vstack(xs), np.concatenate(ys), np.concatenate(fs)


def choose_title_bar(p: np.ndarray, y: np.ndarray) -> float:
    """The bar that keeps the most right explicit titles (confidence ``p`` at or above it) while at
    most ``CONFIDENCE_CAP`` of the explicit titles are wrong (the lowest such bar on ties)."""
    best = (-1.0, _TITLE_BARS[-1])
    for bar in _TITLE_BARS:
        explicit = p >= bar
        n = int(explicit.sum())
        if n and (1 - y[explicit]).sum() <= CONFIDENCE_CAP * n and y[explicit].sum() > best[0]:
            best = (float(y[explicit].sum()), bar)
    return best[1]


def fit_confidence(x: np.ndarray, y: np.ndarray, folds: np.ndarray) -> tuple[np.ndarray, float, float]:
    """The confidence model fitted on rows ``x`` (labels ``y``) and its bar, chosen on each fold's
    scores from the model fitted on the other folds (grouped by site); (weights, bias, bar)."""
    p = np.zeros(len(y))
    for f in sorted(set(folds.tolist())):
        w, b = fit_logistic(x[folds != f], y[folds != f], np.ones(int((folds != f).sum())), CONFIDENCE_L2)
        p[folds == f] = 1.0 / (1.0 + np.exp(-(x[folds == f] @ w + b)))
    w, b = fit_logistic(x, y, np.ones(len(y)), CONFIDENCE_L2)
    return w, b, choose_title_bar(p, y)


def _counts(p: np.ndarray, y: np.ndarray, bar: float) -> str:
    e = p >= bar
    right, wrong = int(y[e].sum()), int((1 - y[e]).sum())
    return (
        f"explicit right {right} wrong {wrong} (wrong {wrong / max(right + wrong, 1):.3f}); "
        f"inferred right {int(y[~e].sum())} wrong {int((1 - y[~e]).sum())}; all explicit: right {int(y.sum())} "
        f"wrong {int((1 - y).sum())}"
    )


def confidence_cv(pages: list[Page], kind: str, titles: list[str]) -> None:
    """Grouped-by-site CV of the title confidence: for each fold, the confidence model and its bar
    fitted and chosen on the other folds alone (their signals from title models fitted on three
    folds), then the fold's titles (from the title model fitted on the four) counted."""
    folds = np.array([fold_of(p.gold) for p in pages])
    outer_x, outer_y, outer_f = oof_signals(pages, kind, titles)
    held = np.zeros(len(outer_y))
    fitting: list[tuple[np.ndarray, np.ndarray]] = []
    for f in range(FOLDS):
        inner = [p for p, g in zip(pages, folds, strict=True) if g != f]
        x, y, fs = oof_signals(inner, kind, titles)
        w, b, bar = fit_confidence(x, y, fs)
        fitting.append((1.0 / (1.0 + np.exp(-(x @ w + b))) - bar + 0.5, y))
        mine = outer_f == f
        held[mine] = 1.0 / (1.0 + np.exp(-(outer_x[mine] @ w + b))) - bar + 0.5
        print(f"  fold {f}: bar {bar:.2f} weights {np.round(w, 3).tolist()} bias {b:.3f}")
    print(f"title confidence, cross-validation grouped by site ({CONFIDENCE_CAP:.0%} wrong explicit allowed):")
    fit_p = np.concatenate([q for q, _ in fitting])
    fit_y = np.concatenate([y for _, y in fitting])
    print(f"  fitting folds (in-sample, each page 4 times): {_counts(fit_p, fit_y, 0.5)}")
    print(f"  scoring folds: {_counts(held, outer_y, 0.5)}")
    zero = outer_f == 0
    print(f"  scoring fold 0: {_counts(held[zero], outer_y[zero], 0.5)}")


def write_model(data: dict[str, Any], path: Path = MODEL_FILE) -> None:
    """The model file, byte-stable (sorted keys, fixed rounding)."""
    about = (
        "Written by benchmarks/fit_cleaner.py --write (make train) from ../shared/textbench/train: "
        "logistic line model stacked on the rule cleaner, smoothed by a window model; linear headline scorer "
        "over generator/article/clean/headlines.py's candidates (title_fit); the confidence in the chosen title "
        "(title_confidence) and the bar under which it is inferred (title_bar). Do not edit by hand."
    )
    text = json.dumps({"about": about, **data}, indent=1, sort_keys=True, ensure_ascii=False)
    path.write_text(text + "\n", encoding="utf-8")


def main() -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bench", type=Path, default=REPO.parent / "shared" / "textbench")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--cache", type=Path, default=None)
    ap.add_argument("--no-cv", action="store_true", help="skip the cross-validation (cannot --write)")
    ap.add_argument("--no-nested", action="store_true", help="skip the nested score (cannot --write)")
    ap.add_argument("--pages", type=Path, default=None, help="write each page's cross-validation counts here")
    ap.add_argument("--write", action="store_true", help="store the model fitted on train/")
    ap.add_argument("--title-cv", action="store_true", help="only the title model's grouped cross-validation")
    a = ap.parse_args()
    if not (a.bench / "train" / "gold.jsonl").exists():
        print(f"no textbench at {a.bench}", file=sys.stderr)
        return 2
    pages = collect(a.bench, a.jobs, a.cache)
    labelled = sum(int((p.w > 0).sum()) for p in pages)
    print(f"{len(pages)} pages, {sum(len(p.at) for p in pages)} lines, {labelled} labelled")
    if a.write and (a.no_cv or a.no_nested):
        print("--write needs the full cross-validation: it decides whether the model is enabled", file=sys.stderr)
        return 2
    kind = choose_title_kind(pages)
    if a.title_cv:
        title_cv(pages, a.bench, kind)
        return 0
    lines, titles = ([], []) if a.no_cv else cross_validate(pages, a.bench, kind, a.pages, not a.no_nested)
    data = {**fit([p for p in pages if p.split == "train"], kind), "title_fit": kind}
    if not a.no_cv:
        confidence_cv(pages, kind, titles)
    cx, cy, cf = oof_signals([p for p in pages if p.split == "train"], kind, titles)
    cw, cb, bar = fit_confidence(cx, cy, cf)
    print(f"title confidence (train/): bar {bar:.2f}; {_counts(1.0 / (1.0 + np.exp(-(cx @ cw + cb))), cy, bar)}")
    data = {
        **data,
        "title_confidence": {"bias": round(cb, 6), "weights": _named(CONFIDENCE_FEATURES, cw)},
        "title_bar": bar,
    }
    dev_scores(pages, data, a.bench, lines, titles)
    data = {**data, "enabled": False, "title_enabled": False, "line_languages": lines, "title_languages": titles}
    if a.write:
        write_model(data)
        print(f"wrote {MODEL_FILE.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
