"""Timeline precision and recall on the labelled invented articles of ``tests/fixtures/timeline_languages.yml``.

usage: python benchmarks/timeline_lang_bench.py [--verbose] [--labels FILE]

Each article is read with its ``language`` and ``published`` date; an event is right when the labels list
its date and precision (each labelled event counted once). Precision: share of the events found that are
right; recall: share of the labelled events found. Uses the knowledge ``make site`` builds this repository
with (package data plus ``briefing/``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from generator.article.records import Block, Cleaned  # noqa: E402
from generator.article.timeline.events import extract_events  # noqa: E402
from generator.knowledge import load_knowledge  # noqa: E402
from generator.yamlio import safe_load  # noqa: E402

LABELS = REPO / "tests" / "fixtures" / "timeline_languages.yml"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labels", type=Path, default=LABELS)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    vocab = load_knowledge(REPO / "briefing").timeline
    data = safe_load(args.labels.read_text(encoding="utf-8"))
    found = expected = right = 0
    for art in data["articles"]:
        cleaned = Cleaned("A title", tuple(Block("paragraph", (p,)) for p in art["paragraphs"]), ())
        published = art["published"]
        published = published if isinstance(published, dt.date) else dt.date.fromisoformat(published)
        events = extract_events(cleaned, published, vocab.for_language(art["language"]))
        want = Counter((str(d), p) for d, p in art["events"])
        got = [(str(e.date), e.precision) for e in events]
        hits = sum((Counter(got) & want).values())
        found, expected, right = found + len(got), expected + sum(want.values()), right + hits
        if args.verbose:
            for e in events:
                mark = "ok " if want[(str(e.date), e.precision)] else "BAD"
                print(f"{art['id']:16} {mark} {e.date} {e.precision:5} {e.expression!r}")
            for key in want - Counter(got):
                print(f"{art['id']:16} MISS {key[0]} {key[1]}")
    p = right / found if found else 0.0
    r = right / expected if expected else 0.0
    print(f"events: precision {p:.3f} recall {r:.3f} (found {found}, right {right}, labelled {expected})")


if __name__ == "__main__":
    main()
