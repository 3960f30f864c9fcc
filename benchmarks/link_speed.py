"""Time the corpus step (``generator.corpus.link.link``) on N synthetic articles, here and in another checkout.

usage: nice -n 10 python benchmarks/link_speed.py [--n 2000] [--against ../main] [--jobs 2] [--repeat 3]
                                                  [--drafts FILE]

``benchmarks/synth.py`` writes N synthetic saved pages once; each checkout then runs in its own
process with its own code: every page through ``to_source`` and ``process`` (in ``--jobs``
worker processes, not timed), then ``link`` over all drafts ``--repeat`` times. The best time of
each is printed, with the number of same-event groups, and the ratio of this checkout's time to
the other's. Timings on a shared machine vary from run to run: compare the ratio within one run.

``--drafts FILE`` makes the pages' drafts once, with this checkout's code, pickles them to FILE
(or reads FILE when it exists) and gives both checkouts the same drafts: the per-article stage
then runs once, and the other checkout reads the fields it knows (a field it does not know,
such as ``terms`` on an older checkout, is carried along unread).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent


def _draft(args: tuple[str, str]) -> Any:
    from generator.article.process import process
    from generator.article.records import Extracted
    from generator.knowledge import load_knowledge
    from generator.read import RawInput, to_source
    from generator.read.records import SourceDoc

    checkout, page = args
    path = Path(page)
    data = path.read_bytes()
    side = path.with_suffix(".yml")
    sidecar = side.read_bytes() if side.exists() else None
    fmt = "html" if path.suffix == ".html" else "md" if path.suffix == ".md" else "txt"
    raw = RawInput(path.name, data, len(data), sidecar, side.name if sidecar is not None else None, fmt)
    doc, _ = to_source(raw)
    result = process(doc, load_knowledge(Path(checkout) / "briefing")) if isinstance(doc, SourceDoc) else doc
    return result.draft if isinstance(result, Extracted) else None


def make_drafts(checkout: Path, seeds: Path, jobs: int) -> list[Any]:
    """Every page's draft, made by ``checkout``'s per-article stage."""
    pages = sorted(str(p) for p in seeds.rglob("*") if p.suffix in (".txt", ".md", ".html"))
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        return [d for d in pool.map(_draft, [(str(checkout), p) for p in pages], chunksize=16) if d is not None]


def child(checkout: Path, seeds: Path, jobs: int, repeat: int, drafts_file: str = "") -> dict[str, Any]:
    """Run in a process whose ``sys.path`` starts with ``checkout``: the timing of its ``link``."""
    import pickle

    from generator.corpus.link import link
    from generator.knowledge import load_knowledge

    if drafts_file:
        with open(drafts_file, "rb") as f:
            drafts = pickle.load(f)  # written by this benchmark, never by a page
    else:
        drafts = make_drafts(checkout, seeds, jobs)
    knowledge = load_knowledge(checkout / "briefing")
    best = float("inf")
    groups = 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        corpus = link(drafts, [], knowledge)
        best = min(best, time.perf_counter() - t0)
        groups = len(corpus.events)
    return {"articles": len(drafts), "seconds": round(best, 3), "groups": groups}


def run(checkout: Path, seeds: Path, jobs: int, repeat: int, drafts_file: str = "") -> dict[str, Any]:
    """``child`` in a fresh interpreter that imports the generator from ``checkout``."""
    from _checkout import in_checkout  # this folder's (first on sys.path when run as a script)

    call = f"s.child(Path({str(checkout)!r}), Path({str(seeds)!r}), {jobs}, {repeat}, {drafts_file!r})"
    return in_checkout(checkout, "link_speed", call)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--against", type=Path, default=REPO.parent / "main")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--drafts", default="", help="pickle of this checkout's drafts, made once and shared")
    a = ap.parse_args()
    sys.path.insert(0, str(REPO))
    from benchmarks.synth import make_corpus

    with tempfile.TemporaryDirectory(prefix="link-speed-") as tmp:
        seeds = Path(tmp) / "seeds"
        if a.drafts and not Path(a.drafts).exists():
            import pickle

            make_corpus(seeds, a.n)
            with open(a.drafts, "wb") as f:
                pickle.dump(make_drafts(REPO, seeds, a.jobs), f)
        elif not a.drafts:
            make_corpus(seeds, a.n)
        here = run(REPO, seeds, a.jobs, a.repeat, a.drafts)
        there = run(a.against.resolve(), seeds, a.jobs, a.repeat, a.drafts)
    print(f"this checkout: {here}")
    print(f"{a.against}: {there}")
    print(f"link step time ratio (this / other) at {a.n} articles: {here['seconds'] / there['seconds']:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
