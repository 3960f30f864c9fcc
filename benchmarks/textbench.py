"""Run the cleaner on the textbench pages and print the benchmark's scores.

usage: python benchmarks/textbench.py [--bench DIR] [--out DIR] [--per-page]

The cleaner runs as the build runs it: with the knowledge's models for the languages they are enabled for
(``cleaner_model.json``), otherwise the rules. ``benchmarks/fit_cleaner.py`` prints the grouped
cross-validation and the dev split for the rules and the model side by side, per language.
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks._textbench import main as textbench_main  # noqa: E402
from generator.article.clean import clean  # noqa: E402
from generator.article.records import Block, Cleaned  # noqa: E402
from generator.knowledge import load_knowledge  # noqa: E402

KNOWLEDGE = load_knowledge(REPO / "briefing")  # what `make site` builds with


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


def _convert(page: Path) -> tuple[str, str]:
    return page.stem, render(
        clean(page.read_text(encoding="utf-8", errors="replace"), KNOWLEDGE.boilerplate, KNOWLEDGE.cleaner)
    )


if __name__ == "__main__":
    sys.exit(textbench_main(__doc__ or "", "pages/*.txt", _convert, "cleaned", "textbench-"))
