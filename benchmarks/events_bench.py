"""Fit and score same-event grouping on the labelled set ``tests/fixtures/same_event/``.

usage: python benchmarks/events_bench.py [--folds K] [--folder tests/fixtures/same_event_languages]

Every file runs through the generator's own per-article path (``to_source`` then ``process``),
then ``generator.corpus.events.group_events``. A file ``eNN-x.md`` reports event ``eNN``; a
distractor ``dNN.md`` is an event of its own. Pairwise precision and recall count pairs of
articles: a found pair is right when both report one event.

1. The shipped parameters (``generator/corpus/events.py``) on the whole set.
2. Cross-validation by event (fixed seed): events are dealt into K folds; for each fold the
   threshold is fitted (best F1, ties to the higher threshold) on the other folds' articles and
   the fold's own articles are grouped with it. Pairs are pooled over the held-out folds.
3. The threshold the whole set would choose, to compare with the shipped one.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from itertools import combinations
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from generator.article.process import process  # noqa: E402
from generator.article.records import Extracted  # noqa: E402
from generator.corpus import events  # noqa: E402
from generator.corpus.events import EventInput, group_events  # noqa: E402
from generator.knowledge import load_knowledge  # noqa: E402
from generator.read import RawInput, to_source  # noqa: E402
from generator.read.records import SourceDoc  # noqa: E402

FIXTURES = REPO / "tests" / "fixtures" / "same_event"
GRID = [round(0.10 + 0.02 * i, 2) for i in range(26)]  # 0.10 .. 0.60


def label(name: str) -> str:
    """The event a fixture file reports: ``e01-b.md`` -> ``e01``; ``d03.md`` -> ``d03``."""
    return name.split("-")[0].removesuffix(".md")


def load(folder: Path = FIXTURES) -> list[tuple[str, EventInput]]:
    """(event label, grouping input) for every labelled article, in file order."""
    knowledge = load_knowledge(REPO / "briefing")
    out = []
    for path in sorted(folder.glob("[ed]*.md")):
        data = path.read_bytes()
        doc, _ = to_source(RawInput(path.name, data, len(data), None, None, "md"))
        assert isinstance(doc, SourceDoc), path
        result = process(doc, knowledge)
        assert isinstance(result, Extracted), path
        d = result.draft
        out.append((label(path.name), EventInput(path.stem, d.meta.date, d.terms, d.incidents, d.meta.title)))
    return out


def pairs_of(groups: Sequence[Sequence[str]]) -> set[tuple[str, str]]:
    """Every unordered pair inside the groups."""
    return {(a, b) for g in groups for a, b in combinations(sorted(g), 2)}


@contextmanager
def threshold(value: float) -> Iterator[None]:
    """Group with another threshold for a while."""
    kept = events.THRESHOLD
    events.THRESHOLD = value
    try:
        yield
    finally:
        events.THRESHOLD = kept


def counts(data: list[tuple[str, EventInput]]) -> tuple[int, int, int]:
    """(right pairs found, pairs found, true pairs) of grouping ``data`` with the current parameters."""
    truth = pairs_of([[i.slug for lab, i in data if lab == e] for e in {lab for lab, _ in data}])
    found = pairs_of([g.members for g in group_events([i for _, i in data])])
    return len(found & truth), len(found), len(truth)


def pr(tp: int, found: int, true: int) -> tuple[float, float, float]:
    """Precision, recall and F1 (precision 1 when nothing is found)."""
    p = tp / found if found else 1.0
    r = tp / true if true else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def fit(data: list[tuple[str, EventInput]]) -> float:
    """The grid threshold with the best F1 on ``data`` (ties: the higher threshold)."""
    best = max(GRID, key=lambda t: (pr(*_at(data, t))[2], t))
    return best


def _at(data: list[tuple[str, EventInput]], t: float) -> tuple[int, int, int]:
    with threshold(t):
        return counts(data)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--folds", type=int, default=3)
    ap.add_argument("--folder", type=Path, default=FIXTURES, help="a labelled folder (default: the main set)")
    a = ap.parse_args()
    data = load(a.folder)
    labels = sorted({lab for lab, _ in data})
    n_events = sum(1 for e in labels if sum(lab == e for lab, _ in data) > 1)
    print(f"{len(data)} articles, {n_events} events with 2+ reports, {len(labels) - n_events} single-report events")
    tp, found, true = counts(data)
    p, r, f = pr(tp, found, true)
    print(f"shipped threshold {events.THRESHOLD}: precision={p:.3f} recall={r:.3f} f1={f:.3f} "
          f"({tp}/{found} found pairs right, {true} true pairs)")
    rng = random.Random(17)
    order = labels[:]
    rng.shuffle(order)
    fold_of = {e: i % a.folds for i, e in enumerate(order)}
    totals = [0, 0, 0]
    for k in range(a.folds):
        train = [(lab, i) for lab, i in data if fold_of[lab] != k]
        test = [(lab, i) for lab, i in data if fold_of[lab] == k]
        t = fit(train)
        got = _at(test, t)
        totals = [x + y for x, y in zip(totals, got, strict=True)]
        print(f"fold {k}: threshold fitted on {len(train)} articles = {t:.2f}; held-out {len(test)} articles: "
              f"{got[0]}/{got[1]} found pairs right, {got[2]} true pairs")
    p, r, f = pr(*totals)
    print(f"cross-validated by event ({a.folds} folds): precision={p:.3f} recall={r:.3f} f1={f:.3f}")
    print(f"threshold fitted on the whole set: {fit(data):.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
