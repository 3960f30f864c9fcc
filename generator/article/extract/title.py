"""Choose an article's title: the cleaner's, else a heading or the opening sentence."""

from __future__ import annotations

import re

from generator.article.records import Basis, Block

MAX_TITLE = 120
UNTITLED = "Untitled"
_SENTENCE_END = re.compile(r"(?<=[.!?])\s")


def _shorten(text: str) -> str:
    text = " ".join(text.split())
    if len(text) <= MAX_TITLE:
        return text
    cut = text[: MAX_TITLE - 1].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:-–—") + "…"


def pick_title(title: str | None, blocks: tuple[Block, ...]) -> tuple[str, Basis, str]:
    """(title, basis, evidence snippet); never an empty title."""
    if title and title.strip():
        return " ".join(title.split()), Basis.EXPLICIT, title.strip()
    for kind in ("heading", "paragraph"):
        for block in blocks:
            text = next((item for item in block.items if item.strip()), "")
            if block.kind != kind or not text:
                continue
            source = _SENTENCE_END.split(text.strip(), maxsplit=1)[0] if kind == "paragraph" else text
            shortened = _shorten(source)
            if shortened:
                return shortened, Basis.INFERRED, source.strip()
    return UNTITLED, Basis.UNKNOWN, ""
