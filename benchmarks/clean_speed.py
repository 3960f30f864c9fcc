"""Time the cleaner on a large synthetic page of distinct lines and print the numbers.

usage: python benchmarks/clean_speed.py [--mb 20] [--repeat 1] [--seed 7] [--learned]

The page mixes prose paragraphs, short menu-like lines, bylines, captions and links, every
line made distinct by a counter, so the per-line analysis cache cannot help: this measures
the worst case of the per-line rules. The cleaner runs as the build runs it; ``--learned`` turns
the fitted line model on even when its data file leaves it off, to time the model's own cost.
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from generator.article.clean import clean  # noqa: E402
from generator.knowledge import load_knowledge  # noqa: E402

KNOWLEDGE = load_knowledge(REPO / "briefing")  # what `make site` builds with

_WORDS = [
    *("the", "of", "and", "to", "in", "a", "is", "that", "for", "it", "was", "on", "with", "as", "by", "at"),
    *("from", "this", "have", "are", "river", "council", "plan", "water", "farmers", "valley", "money"),
    *("works", "town", "region", "court", "engineers", "season", "report", "minister", "people", "project", "city"),
]
_SHORT = ["Home", "World", "Share on Facebook", "Advertisement", "Sign up", "Most read", "Sport", "Menu"]


def _sentence(rng: random.Random, n: int) -> str:
    words = [rng.choice(_WORDS) for _ in range(n)]
    return " ".join(words).capitalize() + "."


def synthetic(megabytes: float, seed: int = 7) -> str:
    """A page of about ``megabytes`` MB whose lines are all distinct."""
    rng = random.Random(seed)
    target = int(megabytes * 1_000_000)
    parts: list[str] = []
    size = 0
    k = 0
    while size < target:
        k += 1
        pick = rng.random()
        if pick < 0.45:
            line = " ".join(_sentence(rng, rng.randint(8, 30)) for _ in range(rng.randint(1, 5))) + f" ({k})"
        elif pick < 0.75:
            line = f"{rng.choice(_SHORT)} {k}"
        elif pick < 0.85:
            line = f"By Ann Smith {k} | March {k % 28 + 1}, 2023"
        elif pick < 0.93:
            line = f"Workers at the canal {k} (Photo: Jane Roe/Getty Images)"
        else:
            line = f"https://example.org/{k}/page-{rng.randint(0, 10**9)}"
        parts.append(line)
        parts.append("")
        size += len(line) + 2
    return "\n".join(parts)


def main() -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--mb", type=float, default=20.0)
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--learned", action="store_true", help="use the fitted line model even if it is disabled")
    a = ap.parse_args()
    model = dataclasses.replace(KNOWLEDGE.cleaner, enabled=True) if a.learned else KNOWLEDGE.cleaner
    text = synthetic(a.mb, a.seed)
    lines = text.count("\n") + 1
    print(f"input: {len(text) / 1e6:.1f} MB, {lines} lines")
    best, cpu = float("inf"), float("inf")
    for _ in range(a.repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        doc = clean(text, KNOWLEDGE.boilerplate, model)
        best, cpu = min(best, time.perf_counter() - t0), min(cpu, time.process_time() - c0)
    kept = sum(len(b.items) for b in doc.blocks)
    print(
        f"clean: {best:.2f}s wall, {cpu:.2f}s cpu, best of {a.repeat} ({len(text) / 1e6 / best:.2f} MB/s), "
        f"{kept} block items kept"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
