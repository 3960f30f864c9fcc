"""Run the HTML reader on the textbench pages' original HTML and print the benchmark's scores.

usage: python benchmarks/textbench_html.py [--bench DIR] [--out DIR] [--per-page]

Each page goes through the same path as a saved ``.html`` seed (``decode_html`` then
``html_article``) and is written as ``# title`` followed by the body blocks.
"""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks._textbench import main as textbench_main  # noqa: E402
from benchmarks.textbench import render  # noqa: E402
from generator.article.html import html_article  # noqa: E402
from generator.knowledge import load_knowledge  # noqa: E402
from generator.read.html import decode_html  # noqa: E402

KNOWLEDGE = load_knowledge(REPO / "briefing")  # what `make site` builds with


def _convert(page: Path) -> tuple[str, str]:
    text = decode_html(gzip.decompress(page.read_bytes())).text
    return page.name.split(".")[0], render(html_article(text, KNOWLEDGE.boilerplate).cleaned)


if __name__ == "__main__":
    sys.exit(textbench_main(__doc__ or "", "html/*.html.gz", _convert, "extracted", "textbench-html-"))
