"""Per-article cost of the actor stage (``find_actors``), this checkout against another in one run.

usage: python benchmarks/actor_speed.py [--against ../main] [--pages ../shared/textbench/pages] [--rounds 5]
                                        [--stage actors|article] [--unseen]

Each tree is timed in its own process (its own code on ``sys.path`` first) on the same cleaned pages,
alternating rounds so machine load hits both alike; printed: median milliseconds per article of each
tree and the ratio this/other. Pages are cleaned once per process, outside the timing.

``--stage article`` times the whole per-article stage instead (``process``: clean, metadata, actors,
themes, incidents, timeline, terms) on every input file of ``--pages`` read as a build reads it
(``.txt``, ``.md``, ``.html``, in subfolders too: ``benchmarks/synth.py`` output works), in CPU
seconds of the process after one warm-up pass, so per-word caches are warm as in a long build.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _child(tree: Path, pages: Path) -> None:
    """Time one round in this process with ``tree``'s code; print the seconds per article."""
    sys.path.insert(0, str(tree))
    from generator.article.actors.find import find_actors
    from generator.article.clean import clean
    from generator.knowledge import load_knowledge

    kb = load_knowledge(tree / "briefing")
    docs = [clean(p.read_text(encoding="utf-8"), kb.boilerplate) for p in sorted(pages.glob("*.txt"))]
    start = time.perf_counter()
    for d in docs:
        find_actors(d, kb.registry)
    print(json.dumps({"per_article": (time.perf_counter() - start) / max(1, len(docs)), "articles": len(docs)}))


def _child_article(tree: Path, pages: Path, unseen: bool = False) -> None:
    """Time the whole per-article stage once over every input, after a warm-up pass; print CPU seconds per article.

    ``unseen``: the warm-up pass reads the even-numbered inputs and the timed pass the odd-numbered
    ones, so what the code remembers per line or per paragraph helps only where other articles share
    it, as in a build that reads each article once.
    """
    sys.path.insert(0, str(tree))
    from generator.article.process import process
    from generator.knowledge import load_knowledge
    from generator.read import RawInput, discover, load_raw, to_source
    from generator.read.records import SourceDoc

    kb = load_knowledge(tree / "briefing")
    docs = []
    for found in discover(pages):
        raw = load_raw(found)
        doc = to_source(raw)[0] if isinstance(raw, RawInput) else raw
        if isinstance(doc, SourceDoc):
            docs.append(doc)
    warm, timed = (docs[::2], docs[1::2]) if unseen else (docs, docs)
    for d in warm:
        process(d, kb)
    start = time.process_time()
    for d in timed:
        process(d, kb)
    print(json.dumps({"per_article": (time.process_time() - start) / max(1, len(timed)), "articles": len(timed)}))


def _round(tree: Path, pages: Path, stage: str, unseen: bool = False) -> float:
    out = subprocess.run(
        [sys.executable, __file__, "--child", str(tree), "--pages", str(pages), "--stage", stage]
        + (["--unseen"] if unseen else []),
        check=True, capture_output=True, text=True,
    )
    return float(json.loads(out.stdout.strip().splitlines()[-1])["per_article"])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--against", type=Path, default=REPO.parent / "main")
    ap.add_argument("--pages", type=Path, default=REPO.parent / "shared" / "textbench" / "pages")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--stage", choices=("actors", "article"), default="actors")
    ap.add_argument("--unseen", action="store_true",
                    help="--stage article: warm up on the even-numbered inputs, time the odd-numbered ones")
    ap.add_argument("--child", type=Path)
    args = ap.parse_args()
    if args.child:
        if args.stage == "article":
            _child_article(args.child.resolve(), args.pages, args.unseen)
        else:
            _child(args.child.resolve(), args.pages)
        return
    if not args.pages.is_dir() or not (args.against / "generator").is_dir():
        sys.exit(f"needs {args.pages} and a checkout at {args.against}")
    this, other = [], []
    for _ in range(args.rounds):
        this.append(_round(REPO, args.pages, args.stage, args.unseen))
        other.append(_round(args.against.resolve(), args.pages, args.stage, args.unseen))
    a, b = statistics.median(this), statistics.median(other)
    print(f"this: {a * 1000:.2f} ms/article  {args.against}: {b * 1000:.2f} ms/article  ratio {a / b:.2f}")


if __name__ == "__main__":
    main()
