"""Run the cleaner on the textbench pages and print the benchmark's scores.

usage: python benchmarks/textbench.py [--bench DIR] [--out DIR] [--per-page]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from generator.clean import clean  # noqa: E402
from generator.records import Block, Cleaned  # noqa: E402


def render(doc: Cleaned) -> str:
    """The cleaned article as Markdown-ish text."""
    parts: list[str] = []
    if doc.title:
        parts.append(f"# {doc.title}")
    parts.extend(_block(b) for b in doc.blocks)
    return "\n\n".join(parts) + "\n"


def _block(block: Block) -> str:
    if block.kind == "heading":
        return f"## {block.items[0]}"
    if block.kind == "quote":
        return f"> {block.items[0]}"
    if block.kind == "list":
        return "\n".join(f"- {item}" for item in block.items)
    if block.kind == "references":
        return "\n".join(f"{n}. {item}" for n, item in enumerate(block.items, 1))
    if block.kind == "table":
        return "\n".join("| " + " | ".join(row.split("\t")) + " |" for row in block.items)
    return block.items[0]


def run(bench: Path, out: Path, per_page: bool) -> int:
    """Clean every page into ``out`` and run the scorer; return its exit code."""
    out.mkdir(parents=True, exist_ok=True)
    pages = sorted((bench / "pages").glob("*.txt"))
    t0 = time.perf_counter()
    for page in pages:
        text = page.read_text(encoding="utf-8", errors="replace")
        (out / f"{page.stem}.md").write_text(render(clean(text)), encoding="utf-8")
    print(f"cleaned {len(pages)} pages in {time.perf_counter() - t0:.2f}s -> {out}")
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
    with tempfile.TemporaryDirectory(prefix="textbench-") as tmp:
        return run(a.bench, Path(tmp), a.per_page)


if __name__ == "__main__":
    sys.exit(main())
