"""A static SVG of the most-covered actors and how often articles name them together.

Drawn at build time (no JavaScript, no external assets): actors on a circle, most-covered
first, each node's size by its number of articles, each line's width by the number of
articles naming both. Deterministic: positions depend only on the sorted data.
"""

from __future__ import annotations

import math
from collections import Counter
from itertools import combinations
from xml.sax.saxutils import escape as xml_escape
from xml.sax.saxutils import quoteattr

from generator.corpus.records import Corpus
from generator.render.limits import NETWORK_NODES

SVG_PATH = "actors-network.svg"
MAX_NODES = NETWORK_NODES
WIDTH, HEIGHT = 760, 560
RADIUS = 200


def top_actors(corpus: Corpus, n: int = MAX_NODES) -> list[tuple[str, int]]:
    """The ``n`` actors named in the most articles (ties by name)."""
    counts = Counter(name for a in corpus.articles for name in set(a.draft.actors))
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].casefold(), kv[0]))[:n]


def network_svg(corpus: Corpus) -> str:
    """The SVG document."""
    nodes = top_actors(corpus)
    names = [name for name, _ in nodes]
    cx, cy = WIDTH / 2, HEIGHT / 2
    pos = {
        name: (
            cx + RADIUS * math.cos(2 * math.pi * i / max(len(names), 1) - math.pi / 2),
            cy + RADIUS * math.sin(2 * math.pi * i / max(len(names), 1) - math.pi / 2),
        )
        for i, name in enumerate(names)
    }
    pairs: Counter[tuple[str, str]] = Counter()
    chosen = set(names)
    for article in corpus.articles:
        present = sorted(set(article.draft.actors) & chosen)
        pairs.update(combinations(present, 2))
    most = max(pairs.values(), default=1)
    top = max((c for _, c in nodes), default=1)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        'aria-labelledby="t d" font-family="sans-serif" font-size="13">',
        '<title id="t">Actors named together</title>',
        f'<desc id="d">The {len(names)} actors named in the most articles; a line joins two actors named '
        "in the same article, thicker when more articles name both.</desc>",
        '<rect width="100%" height="100%" fill="#ffffff"/>',
    ]
    for (a, b), count in sorted(pairs.items()):
        (x1, y1), (x2, y2) = pos[a], pos[b]
        width = 0.5 + 4 * count / most
        parts.append(
            f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="#5c6bc0" '
            f'stroke-opacity="0.35" stroke-width="{width:.2f}"/>'
        )
    for name, count in nodes:
        x, y = pos[name]
        r = 6 + 12 * count / top
        anchor = "start" if x >= cx else "end"
        dx = r + 4 if x >= cx else -(r + 4)
        label = f"{name} ({count})"
        parts.append(
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="#3f51b5"><title>{xml_escape(label)}</title></circle>'
        )
        parts.append(
            f'<text x="{x + dx:.1f}" y="{y + 4:.1f}" text-anchor={quoteattr(anchor)} fill="#212121">'
            f"{xml_escape(label)}</text>"
        )
    if not nodes:
        parts.append(f'<text x="{cx}" y="{cy}" text-anchor="middle">No actors yet</text>')
    parts.append("</svg>")
    return "\n".join(parts) + "\n"
