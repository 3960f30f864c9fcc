"""Escaped Markdown for a body text with generator-made links inserted at given character spans."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from generator.render import escape


@dataclass(frozen=True)
class Span:
    """Link ``text[start:end]`` to ``target`` (a path the generator built from slugs)."""

    start: int
    end: int
    target: str


def annotate(text: str, spans: Sequence[Span], *, block: bool = False) -> str:
    """``text`` escaped, with each span made a link; overlapping or out-of-range spans are dropped."""
    out: list[str] = []
    pos = 0
    for span in sorted(spans, key=lambda s: (s.start, s.end)):
        if span.start < pos or span.end > len(text) or span.start >= span.end:
            continue
        out.append(escape.fragment(text[pos : span.start]))
        out.append(escape.internal_link(text[span.start : span.end], span.target))
        pos = span.end
    out.append(escape.fragment(text[pos:]))
    joined = "".join(out).strip()
    return escape.neutralise_start(joined) if block else joined
