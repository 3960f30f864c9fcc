"""Time and memory of a build at scale: N synthetic articles made from the sample seeds.

Usage: python benchmarks/scale.py [N ...] [--mkdocs]

Each synthetic article is a seed with a unique title line and its paragraphs rotated, so
every file is distinct. For each N it prints: cold build (no cache), warm rebuild (all
cached, nothing to write), one-new-article rebuild, and the peak RSS of the generator
process; with --mkdocs also the `mkdocs build` time. Times are wall-clock seconds on this
machine; compare them as ratios within one run (the machine is shared).
"""

from __future__ import annotations

import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def make_corpus(folder: Path, n: int) -> None:
    seeds = [p.read_text(encoding="utf-8").split("\n") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    for i in range(n):
        lines = seeds[i % len(seeds)]
        k = i // len(seeds)
        body = [line for line in lines[1:] if line.strip()]
        shift = k % max(len(body), 1)
        text = "\n\n".join([f"{lines[0]} (copy {k})", *body[shift:], *body[:shift]])
        (folder / f"{i:05d}.txt").write_text(text + "\n", encoding="utf-8")


def run(cmd: list[str], cwd: Path) -> tuple[float, int]:
    """Wall seconds and the peak RSS (MiB) of the child."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    subprocess.run(cmd, cwd=cwd, check=True, capture_output=True)
    elapsed = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return elapsed, max(peak, before) // 1024


def bench(n: int, with_mkdocs: bool) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        (work / "seeds").mkdir()
        make_corpus(work / "seeds", n)
        shutil.copy(ROOT / "mkdocs.yml", work / "mkdocs.yml")
        shutil.copytree(ROOT / "overrides", work / "overrides")
        (work / "docs_src").mkdir()
        gen = [sys.executable, "-m", "generator", "build", "--cache", str(work / "cache")]
        cold, rss = run(gen, work)
        warm, _ = run(gen, work)
        make_corpus_one(work / "seeds", n)
        one, _ = run(gen, work)
        print(f"N={n}: cold {cold:.1f}s ({cold / n * 1000:.1f} ms/article), warm {warm:.1f}s, "
              f"one new article {one:.1f}s, peak RSS {rss} MiB")
        if with_mkdocs:
            build, mrss = run([sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(work / "site")], work)
            print(f"N={n}: mkdocs build {build:.1f}s, peak RSS {mrss} MiB")


def make_corpus_one(folder: Path, n: int) -> None:
    first = sorted(folder.glob("*.txt"))[0].read_text(encoding="utf-8")
    (folder / f"{n:05d}-new.txt").write_text(first.replace("(copy 0)", "(one more)"), encoding="utf-8")


def main(argv: list[str]) -> None:
    sizes = [int(a) for a in argv if a.isdigit()] or [200, 1000]
    for n in sizes:
        bench(n, "--mkdocs" in argv)


if __name__ == "__main__":
    main(sys.argv[1:])
