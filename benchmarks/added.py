"""Which files one added article changes, by kind, and whether each shows the new article (issue 20).

usage: python benchmarks/added.py N WORK_DIR

In ``WORK_DIR`` (laid out as ``benchmarks/scale.py`` does it): ``synth.make_corpus(seeds, N)``,
a cold ``python -m generator build``, a copy of ``docs_src/``, then ``synth.write_article(seeds,
N)`` (article N + 1, no other file touched) and the same build again. Every file is compared
byte for byte with the copy; each changed one is counted by kind (a first page, a continuation
page named by a digest, an index) and by whether it holds the new article's slug. Prints the
wall times of both builds and their ratio, and the table.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.scale import prepare  # noqa: E402
from benchmarks.synth import make_corpus, write_article  # noqa: E402

GENERATE = ["-m", "generator", "build", "--seeds", "seeds", "--docs", "docs_src", "--cache", "cache",
            "--config", "mkdocs.yml"]  # fmt: skip
_DIGEST_PAGE = re.compile(r"[0-9a-f]{8}\.md")


def timed_build(work: Path) -> float:
    """Wall seconds of one generator build in ``work``."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    start = time.perf_counter()
    subprocess.run([sys.executable, *GENERATE], cwd=work, env=env, check=True, capture_output=True)
    return time.perf_counter() - start


def tree(docs: Path) -> dict[str, bytes]:
    """Every file under ``docs`` by its relative path."""
    return {p.relative_to(docs).as_posix(): p.read_bytes() for p in docs.rglob("*") if p.is_file()}


def kind(rel: str) -> str:
    """``actors/first``, ``actors/*/cont``, ``themes/index``, ``index.md``..."""
    parts = rel.split("/")
    if len(parts) == 1:
        return rel
    if _DIGEST_PAGE.fullmatch(parts[-1]):
        return f"{parts[0]}/*/cont" if len(parts) > 2 else f"{parts[0]}/cont"
    return f"{parts[0]}/index" if parts[1:] == ["index.md"] else f"{parts[0]}/first"


def main(n: int, work: Path) -> None:
    """Steps of the module docstring."""
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    prepare(work)
    make_corpus(work / "seeds", n)
    cold = timed_build(work)
    before = tree(work / "docs_src")
    added = write_article(work / "seeds", n)
    again = timed_build(work)
    after = tree(work / "docs_src")
    seed = added.relative_to(work / "seeds").as_posix()
    slug = next(a["slug"] for a in json.loads(after["briefing.json"])["articles"] if a["seed"] == seed)
    changed = sorted(rel for rel in before.keys() | after.keys() if before.get(rel) != after.get(rel))
    counts = Counter((kind(rel), slug.encode() in after.get(rel, b"")) for rel in changed)
    print(f"cold {cold:.1f} s, after one added article {again:.1f} s ({again / cold:.1%}); new article {slug}")
    print(f"{len(changed)} files changed ({sum(rel not in after for rel in changed)} removed):")
    for (name, shows), count in sorted(counts.items()):
        print(f"{count:5d}  {name:24s} {'shows it' if shows else 'does not show it'}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(int(sys.argv[1]), Path(sys.argv[2]))
