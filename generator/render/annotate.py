"""Escaped Markdown for a body text with generator-made links and anchors inserted at given offsets."""

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


def annotate(
    text: str, spans: Sequence[Span] = (), anchors: Sequence[tuple[int, str]] = (), *, block: bool = False
) -> str:
    """``text`` escaped, each span made a link and each ``(offset, html)`` anchor inserted.

    The anchors' HTML is made by the generator (``render.timeline.anchor_html``), never from
    input. Overlapping or out-of-range spans are dropped; an anchor inside a link goes before it.
    """
    out: list[str] = []
    pos = 0
    pending = sorted((max(0, min(o, len(text))), html) for o, html in anchors)
    for span in sorted(spans, key=lambda s: (s.start, s.end)):
        if span.start < pos or span.end > len(text) or span.start >= span.end:
            continue
        while pending and pending[0][0] <= span.end - 1:
            offset, html = pending.pop(0)
            cut = max(pos, min(offset, span.start))
            out.append(escape.fragment(text[pos:cut]))
            out.append(html)
            pos = cut
        out.append(escape.fragment(text[pos : span.start]))
        out.append(escape.internal_link(text[span.start : span.end], span.target))
        pos = span.end
    for offset, html in pending:
        cut = max(pos, offset)
        out.append(escape.fragment(text[pos:cut]))
        out.append(html)
        pos = cut
    out.append(escape.fragment(text[pos:]))
    joined = "".join(out).strip()
    return escape.neutralise_start(joined) if block else joined
