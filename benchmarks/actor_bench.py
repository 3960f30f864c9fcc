"""Actor precision and recall on the labelled invented articles of ``tests/fixtures/actors_labelled.yml``.

usage: python benchmarks/actor_bench.py [--verbose] [--labels tests/fixtures/actors_heldout.yml]

Precision: share of the actors found that the labels list (same name); recall: share of the labelled
actors found; type accuracy: share of the found labelled actors with the labelled type. Where a labelled file lists
``quotes`` (first words and speaker), quotation precision and recall count the same way over the quotations
of those articles (a found quotation is right when it opens with a labelled quotation's words and names its
speaker). Uses the article's language as the build tells it (``language`` of a labelled article, else detected from its
paragraphs) and the knowledge ``make site`` builds this repository with (package data plus ``briefing/``).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from generator.article.actors.find import find_actors  # noqa: E402
from generator.article.extract.language import body_text, detect_language  # noqa: E402
from generator.article.records import Block, Cleaned  # noqa: E402
from generator.knowledge import load_knowledge  # noqa: E402
from generator.yamlio import safe_load  # noqa: E402

LABELS = REPO / "tests" / "fixtures" / "actors_labelled.yml"


@dataclass(frozen=True)
class Score:
    """Counts over the labelled set."""

    found: int
    expected: int
    correct: int
    typed: int
    extra: tuple[str, ...]
    missed: tuple[str, ...]
    quotes_found: int = 0
    quotes_expected: int = 0
    quotes_correct: int = 0

    @property
    def precision(self) -> float:
        return self.correct / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.correct / self.expected if self.expected else 1.0

    @property
    def type_accuracy(self) -> float:
        return self.typed / self.correct if self.correct else 1.0

    @property
    def quote_precision(self) -> float:
        return self.quotes_correct / self.quotes_found if self.quotes_found else 1.0

    @property
    def quote_recall(self) -> float:
        return self.quotes_correct / self.quotes_expected if self.quotes_expected else 1.0


def score(labels: Path = LABELS) -> Score:
    """Run the actor stage on every labelled article and count."""
    registry = load_knowledge(REPO / "briefing").registry
    found = expected = correct = typed = q_found = q_expected = q_correct = 0
    extra: list[str] = []
    missed: list[str] = []
    for art in safe_load(labels.read_text(encoding="utf-8"))["articles"]:
        cleaned = Cleaned(art["id"], tuple(Block("paragraph", (p,)) for p in art["paragraphs"]), ())
        language = art.get("language") or detect_language(body_text(cleaned.blocks))[0]
        actors = find_actors(cleaned, registry, language).actors
        got = {a.name: a.type.value for a in actors}
        if "quotes" in art:
            said = [(q.text, q.speaker) for a in actors for q in a.quotes]
            want_q = [(q["text"], q["speaker"]) for q in art["quotes"]]
            right = [w for w in want_q if any(t.startswith(w[0]) and s == w[1] for t, s in said)]
            q_found, q_expected, q_correct = q_found + len(said), q_expected + len(want_q), q_correct + len(right)
            extra += [f"{art['id']}: quote {t[:30]!r} -> {s}" for t, s in said
                      if not any(t.startswith(w[0]) and s == w[1] for w in want_q)]
            missed += [f"{art['id']}: quote {w[0]!r} -> {w[1]}" for w in want_q if w not in right]
        want: dict[str, str] = art["actors"]
        found, expected = found + len(got), expected + len(want)
        correct += len(got.keys() & want.keys())
        typed += sum(1 for n in got.keys() & want.keys() if got[n] == want[n])
        extra += [f"{art['id']}: {n} ({got[n]})" for n in sorted(got.keys() - want.keys())]
        missed += [f"{art['id']}: {n}" for n in sorted(want.keys() - got.keys())]
    return Score(found, expected, correct, typed, tuple(extra), tuple(missed), q_found, q_expected, q_correct)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--verbose", action="store_true", help="list the extra and the missed actors")
    ap.add_argument("--labels", type=Path, default=LABELS, help="a labelled file (default: the development set)")
    args = ap.parse_args()
    s = score(args.labels)
    if args.verbose:
        print("\n".join([*(f"extra   {e}" for e in s.extra), *(f"missed  {m}" for m in s.missed)]))
    print(f"precision={s.precision:.3f} recall={s.recall:.3f} type_accuracy={s.type_accuracy:.3f} "
          f"found={s.found} labelled={s.expected} correct={s.correct}")
    if s.quotes_expected:
        print(f"quotes: precision={s.quote_precision:.3f} recall={s.quote_recall:.3f} "
              f"found={s.quotes_found} labelled={s.quotes_expected} correct={s.quotes_correct}")


if __name__ == "__main__":
    main()
