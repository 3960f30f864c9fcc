"""CPU time of the corpus step (``link``) on a cold build and on reruns, here and in another checkout.

usage: nice -n 5 python benchmarks/link_rerun.py DRAFTS [--n 2000] [--against ../main] [--rounds 3]

The reruns of issue 20 pass ``link`` the previous build's reused parts (``corpus.reuse``), which
``benchmarks/link_speed.py`` leaves out. ``DRAFTS`` is a pickle made once, with this checkout's
per-article stage, from ``synth.make_corpus(seeds, N)`` plus the drafts that the steps below add:
article N (``synth.write_article``) and ``synth.change_one``'s edit of the middle seed. Each
checkout then runs in its own process, in alternating rounds, with the garbage collector paused
and every draft frozen as the build does it (``pipeline.collect``), and times with
``time.process_time``:

- ``cold``: the N drafts, no previous parts;
- ``same``: the N drafts again, with the cold run's parts (a rerun with nothing changed);
- ``added``: the N + 1 drafts, with the cold run's parts;
- ``changed``: the N drafts with the middle one edited, with the cold run's parts;
- ``removed``: the N drafts without the middle one, with the cold run's parts.

Each step also prints a digest of the ``repr`` of the corpus it made: the two checkouts must agree
on every one (the same articles, links, groups and indexes), and a step with reuse must agree
with the same drafts linked from scratch (``--check``).
"""

from __future__ import annotations

import argparse
import pickle
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
STEPS = ("cold", "same", "added", "changed", "removed")


def _one(args: tuple[str, str]) -> tuple[Any, str] | None:
    """One input's draft and digest, named by its path under the seeds folder as a build names it."""
    from generator.article.process import process
    from generator.article.records import Extracted
    from generator.knowledge import load_knowledge
    from generator.read import discover, load_raw, to_source
    from generator.read.records import SourceDoc

    root, seed = args
    (item,) = [f for f in discover(Path(root)) if f.seed == seed]
    raw = load_raw(item)
    if not hasattr(raw, "digest"):
        return None
    doc, _ = to_source(raw)
    result = process(doc, load_knowledge(REPO / "briefing")) if isinstance(doc, SourceDoc) else doc
    return (result.draft, raw.digest()) if isinstance(result, Extracted) else None


def _drafts(root: Path, seeds: list[str], jobs: int) -> list[tuple[Any, str]]:
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=jobs) as pool:
        return [d for d in pool.map(_one, [(str(root), s) for s in seeds], chunksize=16) if d is not None]


def make(path: Path, n: int, jobs: int) -> None:
    """Write the drafts of every step to ``path`` (this checkout's per-article stage)."""
    sys.path[:0] = [str(REPO), str(REPO / "benchmarks")]
    from synth import change_one, make_corpus, write_article

    from generator.read import discover

    with tempfile.TemporaryDirectory(prefix="link-rerun-") as tmp:
        seeds = Path(tmp) / "seeds"
        make_corpus(seeds, n)
        base = _drafts(seeds, [f.seed for f in discover(seeds)], jobs)
        edited = Path(tmp) / "edited"
        shutil.copytree(seeds, edited)
        changed_path = change_one(edited)
        (changed,) = _drafts(edited, [changed_path.relative_to(edited).as_posix()], 1)
        added_path = write_article(seeds, n)
        (added,) = _drafts(seeds, [added_path.relative_to(seeds).as_posix()], 1)
    data = {"base": [d for d, _ in base], "digests": {d.seed: k for d, k in base}, "changed": changed, "added": added}
    with open(path, "wb") as f:
        pickle.dump(data, f)


def _inputs(data: dict[str, Any], step: str) -> tuple[list[Any], dict[str, str]]:
    base, digests = list(data["base"]), dict(data["digests"])
    middle = sorted(d.seed for d in base)[len(base) // 2]
    if step == "added":
        draft, digest = data["added"]
        return [*base, draft], {**digests, draft.seed: digest}
    if step == "changed":
        draft, digest = data["changed"]
        return [draft if d.seed == draft.seed else d for d in base], {**digests, draft.seed: digest}
    if step == "removed":
        return [d for d in base if d.seed != middle], {k: v for k, v in digests.items() if k != middle}
    return base, digests


def child(checkout: Path, drafts_file: str, rounds: int, check: bool) -> dict[str, Any]:
    """Run in a process whose ``sys.path`` starts with ``checkout``: CPU seconds of each step, best of ``rounds``."""
    import gc
    import hashlib
    import time

    from generator.corpus.link import link
    from generator.corpus.reuse import Reuse
    from generator.knowledge import load_knowledge
    from generator.settings import Publishing

    with open(drafts_file, "rb") as f:
        data = pickle.load(f)  # written by this benchmark, never by a page
    knowledge = load_knowledge(checkout / "briefing")
    full = Publishing(mode="full")  # as the repository's mkdocs.yml and ``benchmarks/scale.py`` publish
    gc.collect()
    gc.freeze()
    gc.disable()
    best = {step: float("inf") for step in STEPS}
    shas: dict[str, str] = {}
    previous: dict[str, object] = {}
    for _ in range(rounds):
        for step in STEPS:
            drafts, digests = _inputs(data, step)
            reuse = Reuse(digests, {} if step == "cold" else previous)
            t0 = time.process_time()
            corpus = link(drafts, [], knowledge, (), full, reuse)
            best[step] = min(best[step], time.process_time() - t0)
            shas[step] = hashlib.sha256(repr(corpus).encode()).hexdigest()[:16]
            if step == "cold":
                previous = dict(reuse.made)
            if check and step != "cold":
                scratch = link(drafts, [], knowledge, (), full, Reuse(digests, {}))
                if repr(scratch) != repr(corpus):
                    shas[step] += " DIFFERS FROM SCRATCH"
            del corpus
            gc.collect()
    return {"seconds": {k: round(v, 3) for k, v in best.items()}, "sha": shas}


def run(checkout: Path, drafts_file: str, rounds: int, check: bool) -> dict[str, Any]:
    """``child`` in a fresh interpreter that imports the generator from ``checkout``."""
    from _checkout import in_checkout  # this folder's (first on sys.path when run as a script)

    return in_checkout(checkout, "link_rerun", f"s.child(Path({str(checkout)!r}), {drafts_file!r}, {rounds}, {check})")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("drafts", type=Path)
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--against", type=Path, default=REPO.parent / "main")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--rounds", type=int, default=3, help="alternating rounds, one process per checkout each")
    ap.add_argument("--check", action="store_true", help="also link every rerun from scratch and compare")
    a = ap.parse_args()
    if not a.drafts.exists():
        make(a.drafts, a.n, a.jobs)
    here: dict[str, list[float]] = {s: [] for s in STEPS}
    there: dict[str, list[float]] = {s: [] for s in STEPS}
    for r in range(a.rounds):
        mine = run(REPO, str(a.drafts), 1, a.check and r == 0)
        theirs = run(a.against.resolve(), str(a.drafts), 1, False)
        for s in STEPS:
            here[s].append(mine["seconds"][s])
            there[s].append(theirs["seconds"][s])
        same = "equal" if mine["sha"] == theirs["sha"] else f"DIFFERENT {mine['sha']} {theirs['sha']}"
        print(f"round {r + 1}: this {mine['seconds']}  other {theirs['seconds']}  corpora {same}", flush=True)
    for s in STEPS:
        h, t = min(here[s]), min(there[s])
        print(f"{s:8s} this {h:7.3f} s  other {t:7.3f} s  ratio {h / t:.2f}  (best of {a.rounds}, CPU)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
