"""Shared driver of the textbench scripts: write one output per page, then run the scorer."""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

Convert = Callable[[Path], tuple[str, str]]  # page file -> (page id, Markdown output)


def run(bench: Path, out: Path, per_page: bool, pages: Iterable[Path], convert: Convert, verb: str) -> int:
    """Convert every page into ``out`` and run the benchmark's scorer; return its exit code."""
    out.mkdir(parents=True, exist_ok=True)
    pages = list(pages)
    t0 = time.perf_counter()
    for page in pages:
        pid, text = convert(page)
        (out / f"{pid}.md").write_text(text, encoding="utf-8")
    print(f"{verb} {len(pages)} pages in {time.perf_counter() - t0:.2f}s -> {out}")
    cmd = [sys.executable, str(bench / "score.py"), str(out)] + (["--per-page"] if per_page else [])
    return subprocess.run(cmd, check=False).returncode


def main(doc: str, glob: str, convert: Convert, verb: str, prefix: str) -> int:
    """Command line shared by the textbench scripts."""
    ap = argparse.ArgumentParser(description=doc)
    ap.add_argument("--bench", type=Path, default=REPO.parent / "shared" / "textbench")
    ap.add_argument("--out", type=Path, default=None, help="output dir (default: a temp dir)")
    ap.add_argument("--per-page", action="store_true")
    a = ap.parse_args()
    pages = sorted(a.bench.glob(glob))
    if a.out is not None:
        return run(a.bench, a.out, a.per_page, pages, convert, verb)
    with tempfile.TemporaryDirectory(prefix=prefix) as tmp:
        return run(a.bench, Path(tmp), a.per_page, pages, convert, verb)
