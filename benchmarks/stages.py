"""CPU time and peak memory of one generator build at its stage boundaries, in a work folder.

usage: python benchmarks/stages.py WORK_DIR

Runs ``python -m generator build --seeds seeds --docs docs_src --cache cache --config mkdocs.yml``
in ``WORK_DIR`` (a folder kept by ``benchmarks/scale.py --keep``, or any folder laid out the same
way) in this process, and prints one line per stage boundary to stderr: wall seconds since start,
CPU seconds of this process (``time.process_time``: the workers are not counted) and the peak RSS
of this process so far (``ru_maxrss``). The boundaries are the calls of the build's own functions
(``Cache.load_state``, ``Cache.save_state``, ``link``, ``collect``, ``article_titles``), wrapped
here without changing what they do, so a cold build, a rerun and a rerun after one added article
can be split into reading the state, the per-article stage, the corpus stage and rendering. The
corpus pages are marked family by family as each is handed to the writer (``after family F``,
F its first path: the peak then includes rendering that family, and writing the one before it).
"""

from __future__ import annotations

import os
import resource
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import generator.cache as cache  # noqa: E402
import generator.pipeline as pipeline  # noqa: E402
from generator.cli import main as generator_main  # noqa: E402

START = time.perf_counter()


def mark(name: str) -> None:
    """One line: wall and CPU seconds so far, and the peak RSS of this process so far."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    wall, cpu = time.perf_counter() - START, time.process_time()
    print(f"{wall:8.2f} s wall {cpu:7.2f} s CPU  peak {peak:6.0f} MiB  {name}", file=sys.stderr)


def wrap(owner: Any, attr: str) -> None:
    """Mark the start and the end of every call of ``owner.attr``."""
    real: Callable[..., Any] = getattr(owner, attr)

    def marked(*args: Any, **kwargs: Any) -> Any:
        mark(f"before {attr}")
        try:
            return real(*args, **kwargs)
        finally:
            mark(f"after {attr}")

    setattr(owner, attr, marked)


def mark_families() -> None:
    """Mark each family of corpus pages as the build's ``corpus_page_groups`` yields it."""
    real: Callable[..., Iterator[Any]] = getattr(pipeline, "corpus_page_groups")  # noqa: B009 - replaced below

    def marked(*args: Any, **kwargs: Any) -> Iterator[Any]:
        for group in real(*args, **kwargs):
            mark(f"after family {min(group, default='-')} ({len(group)} files)")
            yield group

    setattr(pipeline, "corpus_page_groups", marked)  # noqa: B010 - as ``wrap`` does


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    os.chdir(argv[0])
    for owner, attr in ((cache.Cache, "load_state"), (cache.Cache, "save_state"), (pipeline, "collect"),
                        (pipeline, "link"), (pipeline, "article_titles")):
        wrap(owner, attr)
    mark_families()
    try:
        return generator_main(["build", "--seeds", "seeds", "--docs", "docs_src", "--cache", "cache",
                               "--config", "mkdocs.yml"])
    finally:
        mark("end")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
