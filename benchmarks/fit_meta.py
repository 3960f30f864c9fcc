"""Fit the publication-date model (``generator/knowledge/data/metadata_model.yml``) on textbench's train split.

usage: python benchmarks/fit_meta.py [--bench DIR] [--jobs N] [--rows FILE] [--cost 10] [--write]

Every train page runs through the generator's own per-article path twice, as a text dump and as
a saved page, up to the date candidates and their features (``generator.article.extract``). A
candidate is a positive example when its date is the page's gold date. The model is an L2-
regularised logistic regression (Newton's method, deterministic: no random start) fitted on the
pages whose gold has a date (an empty gold date says the annotators recorded none, not that the
page states none); a page's date is the date of its best-scoring candidate when that score reaches the threshold. The
threshold maximises, on the pages it is chosen on, the exact dates minus ``--cost`` times the
wrong ones (a date reported that is not the gold date) and half the dates reported where the gold
has none: a wrong date costs as much as six missing ones by default. A higher cost sets the
threshold above the score of a page whose only date is stated plainly (a JSON-LD date that its
date line repeats scores about 0.92): the gold itself disagrees with such pages on about 6% of
them (the "agreement" line below counts them), so a stricter threshold would refuse dates on
clean pages without making the dates given any more right.

Printed: the scores of a 5-fold cross-validation grouped by site (``benchmarks/sites.py``: the
model and its threshold are fitted on four folds, scored on the fifth, so every score is on sites
the fit did not see), the same restricted to fold 0 (the sites no rule was developed on), and the
final fit's scores on all of train. ``--write`` stores the final fit in the data file.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.meta_bench import page_bytes  # noqa: E402
from benchmarks.sites import FOLDS, fold_of  # noqa: E402
from generator.article.extract.pubdate import DISMISSED, LEANS  # noqa: E402
from generator.knowledge.metamodel import DATE_FEATURES  # noqa: E402

FEATURES = sorted(DATE_FEATURES)
_STATED = [FEATURES.index(f) for f in ("labelled", "markup_published", "jsonld_article")]
_UTC_EDGE, _HTMLDATE = FEATURES.index("utc_edge"), FEATURES.index("htmldate")
MODEL_FILE = REPO / "generator" / "knowledge" / "data" / "metadata_model.yml"
L2 = 1.0
_KNOWLEDGE: Any = None
Row = dict[str, Any]  # one page: id, path, fold, gold date, candidates [(date, [feature values])]


def _knowledge() -> Any:
    global _KNOWLEDGE
    if _KNOWLEDGE is None:
        from generator.knowledge import load_knowledge

        _KNOWLEDGE = load_knowledge(REPO / "briefing")
    return _KNOWLEDGE


def gold_date(value: Any) -> str | None:
    """The gold date as YYYY-MM-DD, or None when absent or not a calendar day."""
    m = re.fullmatch(r"\s*(\d{4})-(\d{1,2})[-.](\d{1,2})\s*", str(value or ""))
    if not m:
        return None
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    except ValueError:
        return None


def page_rows(job: tuple[str, str, dict[str, Any]]) -> Row:
    """The date candidates and features of one page on one path."""
    from generator.article.extract import date_inputs, metadata_view
    from generator.article.extract.datefeatures import date_features
    from generator.article.extract.language import body_text, detect_language
    from generator.article.extract.title import pick_title
    from generator.article.process import read_article
    from generator.read import RawInput, to_source
    from generator.read.records import SourceDoc

    file, path, gold = job
    page = Path(file)
    seed = page.name.removesuffix(".gz")
    data = page_bytes(page)
    doc, _ = to_source(RawInput(seed, data, len(data), None, None, "html" if path == "html" else "txt"))
    row: Row = {"id": gold["id"], "path": path, "fold": fold_of(gold), "gold": gold_date(gold.get("date"))}
    row["candidates"], row["evidence"] = [], []
    if not isinstance(doc, SourceDoc):
        return row
    knowledge = _knowledge()
    cleaned, html = read_article(doc, knowledge)
    title = pick_title(cleaned.title, cleaned.blocks, knowledge.languages, html is not None)[0]
    view, anchor = metadata_view(cleaned, html, knowledge, title)
    language, _ = detect_language(body_text(cleaned.blocks))
    inputs = date_inputs(view, knowledge, anchor, html, None, dt.date.today(), language)
    for cand, feats in date_features(inputs.candidates, inputs.title_line, inputs.last_body):
        row["candidates"].append((cand.date.isoformat() if cand.date else "", [feats.get(f, 0.0) for f in FEATURES]))
        row["evidence"].append(f"{cand.source}: {cand.evidence[:90]}")
    return row


def collect(bench: Path, jobs: int) -> list[Row]:
    """Rows for every train page with date gold, on both paths."""
    folder = bench / "train"
    gold = [json.loads(x) for x in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    work = []
    for g in gold:
        if "date" not in g or (g["date"] and gold_date(g["date"]) is None):
            continue  # no date gold, or gold that is no calendar day
        work.append((str(folder / "pages" / f"{g['id']}.txt"), "txt", g))
        work.append((str(folder / "html" / f"{g['id']}.html.gz"), "html", g))
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        return list(pool.map(page_rows, work, chunksize=8))


def fit(rows: list[Row]) -> np.ndarray:
    """Logistic regression weights (bias last) over every candidate of ``rows``."""
    xs, ys = [], []
    for row in rows:
        if not row["gold"]:
            continue  # "" in the gold: the annotators recorded no date, not that the page states none
        for date, feats in row["candidates"]:
            xs.append([*feats, 1.0])
            ys.append(1.0 if date == row["gold"] else 0.0)
    x, y = np.array(xs), np.array(ys)
    w = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], L2)
    penalty[-1] = 0.0  # the bias is not shrunk
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -60, 60)))
        grad = x.T @ (p - y) + penalty * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def _utc_alone(row: Row) -> set[str]:
    """The dates only UTC stamps near midnight state, htmldate aside (vetoed, as ``pagedates.veto_utc_alone``)."""
    support: dict[str, list[list[float]]] = defaultdict(list)
    for date, feats in row["candidates"]:
        if date and not feats[_HTMLDATE]:
            support[date].append(feats)
    return {date for date, found in support.items() if all(f[_UTC_EDGE] for f in found)}


def best(row: Row, w: np.ndarray) -> tuple[float, str]:
    """(score, date) of the page's best candidate; (0, "") when it has none.

    As in ``generator.article.extract.pubdate``: a stated publication date (labelled line,
    publication meta tag, JSON-LD datePublished) comes before any unlabelled one, and one that
    scores ``LEANS`` or more, its rival days all unstated and under ``DISMISSED``, is taken (``ruled_out``).
    """
    alone = _utc_alone(row)
    candidates = [(date, feats) for date, feats in row["candidates"] if date and date not in alone]
    dates = {date for date, _ in candidates}
    if len(dates) == 1 and any(any(f[i] for i in _STATED) for _, f in candidates):
        return 1.0, dates.pop()  # an uncontested stated date needs no model (as in pubdate.choose_date)
    top = (False, 0.0, "")
    scores = []
    for date, feats in candidates:
        z = float(np.dot(w[:-1], feats) + w[-1])
        p = 1.0 / (1.0 + np.exp(-max(-60.0, min(60.0, z))))
        stated = any(feats[i] for i in _STATED)
        scores.append((date, p, stated))
        if (stated, p) > top[:2] or ((stated, p) == top[:2] and date < top[2]):
            top = (stated, p, date)
    if top[0] and top[1] >= LEANS and all(p < DISMISSED and not stated for date, p, stated in scores if date != top[2]):
        return 1.0, top[2]  # as in pubdate.ruled_out
    return top[1], top[2]


def score(rows: list[Row], w: np.ndarray, threshold: float) -> dict[str, int]:
    """Exact, wrong, missing and spurious counts (as score_meta.py counts them)."""
    c = {"pages": 0, "exact": 0, "wrong": 0, "missing": 0, "spurious": 0}
    for row in rows:
        p, date = best(row, w)
        date = date if p >= threshold else ""
        if row["gold"]:
            c["pages"] += 1
            c["exact" if date == row["gold"] else "wrong" if date else "missing"] += 1
        elif date:
            c["spurious"] += 1
    return c


def choose_threshold(rows: list[Row], w: np.ndarray, cost: float) -> float:
    """The threshold with the most exact dates minus ``cost`` times the wrong ones (ties: the higher one)."""
    tops = sorted({round(best(r, w)[0], 3) for r in rows} | {0.5, 1.0}, reverse=True)
    value = {t: (c := score(rows, w, t))["exact"] - cost * (c["wrong"] + c["spurious"] / 2) for t in tops}
    return max(tops, key=lambda t: (value[t], t))


def _line(name: str, c: dict[str, int]) -> str:
    n = max(1, c["pages"])
    return (
        f"{name}: date exact {c['exact']}/{c['pages']} = {c['exact'] / n:.3f}; "
        f"wrong {c['wrong']} ({c['wrong'] / n:.1%}); "
        f"missing {c['missing']}; reported where gold has none {c['spurious']}"
    )


def _add(total: dict[str, int], c: dict[str, int]) -> None:
    for k, v in c.items():
        total[k] = total.get(k, 0) + v


def agreement(rows: list[Row]) -> str:
    """How often the gold disagrees with a saved page whose markup and visible text state one same date."""
    agree = disagree = 0
    for row in rows:
        dates = {date for date, _ in row["candidates"] if date}
        evidence = [e for e in row.get("evidence", []) if not e.startswith("markup:htmldate")]  # it reads both
        kinds = {e.split(":")[0] if e.startswith(("markup:", "url:")) else "text" for e in evidence}
        if row["path"] == "html" and row["gold"] and len(dates) == 1 and {"markup", "text"} <= kinds:
            agree, disagree = (agree + 1, disagree) if dates == {row["gold"]} else (agree, disagree + 1)
    total = max(1, agree + disagree)
    return (
        f"agreement: saved pages whose markup and visible text state one same date: {agree + disagree}; "
        f"the gold date differs on {disagree} ({disagree / total:.1%})"
    )


def cross_validate(rows: list[Row], cost: float) -> None:
    """Grouped 5-fold scores per path, all folds and fold 0 alone."""
    totals: dict[tuple[str, str], dict[str, int]] = defaultdict(dict)
    for k in range(FOLDS):
        train = [r for r in rows if r["fold"] != k]
        test = [r for r in rows if r["fold"] == k]
        w = fit(train)
        t = choose_threshold(train, w, cost)
        for path in ("txt", "html"):
            c = score([r for r in test if r["path"] == path], w, t)
            _add(totals[(path, "all")], c)
            if k == 0:
                _add(totals[(path, "fold 0")], c)
    for (path, part), c in sorted(totals.items()):
        print(_line(f"cross-validated, {path}, {part}", c))


def write_model(w: np.ndarray, threshold: float, summary: list[str]) -> None:
    """Store the fit in the data file, with the scores it was fitted to."""
    weights = {name: round(float(v), 4) for name, v in zip(FEATURES, w[:-1], strict=True) if abs(v) >= 1e-4}
    lines = [
        "# Fitted by `python benchmarks/fit_meta.py --write` on ../shared/textbench/train",
        "# (text dumps and saved pages).",
        "# A logistic model over the date candidates' features (generator/article/extract/datefeatures.py);",
        "# the date is reported when its best candidate scores at least `threshold`. Scores of that run:",
        *(f"#   {s}" for s in summary),
        "date:",
        f"  bias: {round(float(w[-1]), 4)}",
        f"  threshold: {round(threshold, 4)}",
        "  weights:",
        *(f"    {name}: {value}" for name, value in weights.items()),
    ]
    MODEL_FILE.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {MODEL_FILE.relative_to(REPO)}")


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("--bench", type=Path, default=REPO.parent / "shared" / "textbench")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--rows", type=Path, help="read the candidates from this file if it exists, else write them there")
    ap.add_argument("--cost", type=float, default=6.0, help="what a wrong date costs, in missing dates")
    ap.add_argument("--write", action="store_true", help="store the final fit in metadata_model.yml")
    a = ap.parse_args()
    if a.rows and a.rows.is_file():
        rows = json.loads(a.rows.read_text(encoding="utf-8"))
    else:
        if not (a.bench / "train" / "gold.jsonl").is_file():
            print(f"no benchmark at {a.bench}", file=sys.stderr)
            return 2
        rows = collect(a.bench, a.jobs)
        if a.rows:
            a.rows.write_text(json.dumps(rows), encoding="utf-8")
    print(f"{len(rows)} page runs, {sum(len(r['candidates']) for r in rows)} candidates, {len(FEATURES)} features")
    print(agreement(rows))
    cross_validate(rows, a.cost)
    w = fit(rows)
    t = choose_threshold(rows, w, a.cost)
    summary = [
        _line(f"all train, {path}", score([r for r in rows if r["path"] == path], w, t)) for path in ("txt", "html")
    ]
    for s in summary:
        print(s)
    print("weights:", ", ".join(f"{n} {v:+.2f}" for n, v in zip(FEATURES, w[:-1], strict=True)), f"bias {w[-1]:+.2f}")
    print(f"threshold {t:.3f}")
    if a.write:
        write_model(w, t, summary)
    return 0


if __name__ == "__main__":
    sys.exit(main())
