"""Run the HTML reader on the textbench pages' original HTML and print the benchmark's scores.

usage: python benchmarks/textbench_html.py [--bench DIR] [--out DIR] [--per-page]

Each page goes through the same path as a saved ``.html`` seed (``decode_html`` then
``html_article``) and is written as ``# title`` followed by the body blocks.
"""

from __future__ import annotations

import argparse
import gzip
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.textbench import render  # noqa: E402
from generator.read.html import decode_html, html_article  # noqa: E402


def run(bench: Path, out: Path, per_page: bool) -> int:
    """Extract every page into ``out`` and run the scorer; return its exit code."""
    out.mkdir(parents=True, exist_ok=True)
    pages = sorted((bench / "html").glob("*.html.gz"))
    t0 = time.perf_counter()
    for page in pages:
        text = decode_html(gzip.decompress(page.read_bytes())).text
        pid = page.name.split(".")[0]
        (out / f"{pid}.md").write_text(render(html_article(text).cleaned), encoding="utf-8")
    print(f"extracted {len(pages)} pages in {time.perf_counter() - t0:.2f}s -> {out}")
    cmd = [sys.executable, str(bench / "score.py"), str(out)] + (["--per-page"] if per_page else [])
    return subprocess.run(cmd, check=False).returncode


def main() -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--bench", type=Path, default=REPO.parent / "shared" / "textbench")
    ap.add_argument("--out", type=Path, default=None, help="output dir (default: a temp dir)")
    ap.add_argument("--per-page", action="store_true")
    a = ap.parse_args()
    if a.out is not None:
        return run(a.bench, a.out, a.per_page)
    with tempfile.TemporaryDirectory(prefix="textbench-html-") as tmp:
        return run(a.bench, Path(tmp), a.per_page)


if __name__ == "__main__":
    sys.exit(main())
