"""The picture of who is named together: an SVG drawn at build time, with a text alternative.

Which actors and links it shows is decided in ``corpus.prominence`` (links only where two actors
are named together more than chance would give, at most ``limits.NETWORK_NODES`` actors).

The SVG is inlined in the home page, not referenced by ``<img>``: an image can neither follow a
link nor take the page's colours. Each node is an ``<a>`` to its actor page, relative to the site's
root (MkDocs does not rewrite links in raw HTML, so they are written as the built site's URLs,
``actors/<slug>/`` or ``actors/<slug>.html`` per ``use_directory_urls``). Colours are Material's
CSS variables, which its light and dark schemes (``[data-md-color-scheme="slate"]``) set, with
light fallbacks for the standalone file ``actors-network.svg``, which follows the reader's system
scheme instead.

Sizes: the drawing is ``WIDTH`` units wide and shown at the content's width (at most
``MAX_SHOWN_PX``). On a 390 px phone the content column is about 350 px wide, so a label of
``FONT`` units shows at ``FONT * 350 / WIDTH`` = 11.7 px; ``tests/browser`` measures it. Nodes lie
on an upright ellipse with their labels outside it, so labels never cross the middle; the ellipse
is as tall as it must be for two-line labels on one side not to overlap.

Every name is escaped (``render.escape``): discovered actors' names come from article text.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

from generator.corpus.prominence import MIN_LIFT, MIN_TOGETHER, Link, Prominent, distinctive, links, network
from generator.corpus.records import Corpus
from generator.knowledge.records import ActorType
from generator.render import escape, limits
from generator.render.text import clip

SVG_PATH = "actors-network.svg"
WIDTH = 480
FONT = 16  # user units; see the module docstring for the size it shows at
LINE = 18  # between the two lines of a label
LABEL_CHARS = 15  # per line of a label (two lines at most)
RX = 70  # horizontal half-axis of the ellipse the nodes lie on
MIN_RY = 100
ROW = 2 * LINE + 6  # vertical room two-line labels need between neighbours on one side
MARGIN = 34
MAX_SHOWN_PX = 600
MAX_LINKS = 24
LINKS_LISTED = 8  # in the text alternative

_STYLE = (
    ".bn-bg{fill:var(--md-default-bg-color,#fff)}"
    ".bn-edge{stroke:var(--md-default-fg-color--light,#757575);stroke-opacity:.7;stroke-linecap:round}"
    ".bn-node{fill:var(--md-primary-fg-color,#4051b5);stroke:var(--md-default-bg-color,#fff);stroke-width:2}"
    ".bn-label{fill:var(--md-default-fg-color,#212121);paint-order:stroke;stroke:var(--md-default-bg-color,#fff);"
    "stroke-width:4px;stroke-linejoin:round}"
    ".bn-link:hover .bn-node,.bn-link:focus .bn-node{fill:var(--md-accent-fg-color,#526cfe)}"
    ".bn-link:hover .bn-label,.bn-link:focus .bn-label{text-decoration:underline}"
)
# The standalone file has no Material variables: it follows the reader's system scheme itself.
_STANDALONE_DARK = (
    "@media (prefers-color-scheme:dark){svg{--md-default-bg-color:#1e2129;--md-default-fg-color:#e2e4e9;"
    "--md-default-fg-color--light:#9ea3b0;--md-primary-fg-color:#7986cb}}"
)


@dataclass(frozen=True)
class Node:
    """One actor of the picture."""

    name: str
    slug: str
    type: ActorType
    articles: int


@dataclass(frozen=True)
class Picture:
    """The actors and links to draw."""

    nodes: tuple[Node, ...]
    links: tuple[Link, ...]
    # The distinctive actors it was drawn from (``corpus.prominence.distinctive``): the home page lists
    # them too, and ranking them again cost what drawing the picture did.
    ranked: tuple[Prominent, ...] = ()


def picture(corpus: Corpus, reporters: frozenset[str] = frozenset()) -> Picture:
    """The most telling links of the corpus and their actors (see ``corpus.prominence``)."""
    per_article = corpus.article_actors
    ranked = distinctive(per_article, reporters)
    names, shown = network(links(per_article, ranked), limits.NETWORK_NODES, MAX_LINKS)
    summaries = corpus.actor_index.by_name()
    counts = {p.name: p.articles for p in ranked}
    nodes = tuple(
        Node(name, summaries[name].slug, summaries[name].type, counts[name]) for name in names if name in summaries
    )
    present = {n.name for n in nodes}
    return Picture(nodes, tuple(link for link in shown if link.a in present and link.b in present), tuple(ranked))


def _attr(text: str) -> str:
    """Untrusted text for a double-quoted attribute or an SVG text node (inert in HTML, SVG and Markdown)."""
    return escape.inline(text).replace('"', "&quot;")


def wrap(name: str, width: int = LABEL_CHARS) -> list[str]:
    """A label in at most two lines of about ``width`` characters, the second cut with ``…``."""
    words = name.split()
    lines: list[str] = []
    current = ""
    for word in words:
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}".strip()
    lines.append(current)
    if len(lines) > 2:
        lines = [lines[0], " ".join(lines[1:])]
    return [line if len(line) <= width + 2 else clip(line, width + 1) for line in lines]


def _angles(n: int) -> list[float]:
    """Clockwise from the top, none exactly at the top or bottom (labels go left or right)."""
    return [2 * math.pi * (i + 0.5) / n for i in range(n)]


def layout(n: int) -> tuple[list[tuple[float, float]], float]:
    """Node centres on an upright ellipse, and the drawing's height."""
    angles = _angles(n)
    gaps = [
        abs(math.cos(a) - math.cos(b))
        for a, b in pairwise(angles)
        if (math.sin(a) > 0) == (math.sin(b) > 0)
    ]
    ry = max(MIN_RY, ROW / min(gaps)) if gaps else MIN_RY
    height = 2 * (ry + MARGIN)
    cx, cy = WIDTH / 2, height / 2
    return [(cx + RX * math.sin(a), cy - ry * math.cos(a)) for a in angles], height


def _radius(articles: int, most: int) -> float:
    return 6 + 8 * math.sqrt(articles / max(most, 1))


def _node(node: Node, x: float, y: float, r: float, href: str) -> str:
    right = x >= WIDTH / 2
    lx = x + r + 6 if right else x - r - 6
    lines = wrap(node.name)
    first = y + 5.5 if len(lines) == 1 else y - LINE / 2 + 5.5
    spans = "".join(
        f'<tspan x="{lx:.1f}" y="{first + i * LINE:.1f}">{_attr(line)}</tspan>' for i, line in enumerate(lines)
    )
    label = f"{node.name}: named in {node.articles} articles"
    return (
        f'<a class="bn-link" href="{href}" aria-label="{_attr(label)}"><title>{_attr(label)}</title>'
        f'<circle class="bn-node" cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}"/>'
        f'<text class="bn-label" text-anchor="{"start" if right else "end"}">{spans}</text></a>'
    )


def network_svg(pic: Picture, href: Callable[[str], str], *, standalone: bool = False) -> str:
    """The SVG; ``href`` gives the link to an actor page from its slug (relative to the site root)."""
    positions, height = layout(len(pic.nodes))
    at = {node.name: pos for node, pos in zip(pic.nodes, positions, strict=True)}
    most = max((n.articles for n in pic.nodes), default=1)
    strongest = max((link.strength for link in pic.links), default=1.0) or 1.0
    size = f'width="{WIDTH}" height="{height:.0f}"' if standalone else f'style="width:100%;max-width:{MAX_SHOWN_PX}px"'
    style = _STYLE + (_STANDALONE_DARK if standalone else "")
    parts = [
        f'<svg class="briefing-network" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height:.0f}" {size} '
        f'role="group" aria-labelledby="bn-title" font-family="sans-serif" font-size="{FONT}">',
        f"<style>{style}</style>",
        '<title id="bn-title">Actors named together more often than chance would give</title>',
        f'<rect class="bn-bg" width="{WIDTH}" height="{height:.0f}" rx="6"/>',
    ]
    for link in pic.links:
        (x1, y1), (x2, y2) = at[link.a], at[link.b]
        width = 1.5 + 3.5 * link.strength / strongest
        ends = f'x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}"'
        parts.append(f'<line class="bn-edge" {ends} stroke-width="{width:.1f}"/>')
    for node in pic.nodes:
        x, y = at[node.name]
        parts.append(_node(node, x, y, _radius(node.articles, most), href(node.slug)))
    if not pic.nodes:
        parts.append(
            f'<text class="bn-label" x="{WIDTH / 2}" y="{height / 2}" text-anchor="middle">'
            "No two actors are named together more often than chance would give.</text>"
        )
    parts.append("</svg>")
    return "".join(parts) + "\n"


def actor_url(directory_urls: bool) -> Callable[[str], str]:
    """The built URL of an actor page relative to the site root (raw HTML links are not rewritten)."""
    return (lambda slug: f"actors/{slug}/") if directory_urls else (lambda slug: f"actors/{slug}.html")


def strongest_links(pic: Picture, prefix: str = "actors/") -> str:
    """The text alternative: the strongest links as a Markdown list, each actor linked to its page."""
    slugs = {n.name: n.slug for n in pic.nodes}
    rows = []
    for link in pic.links[:LINKS_LISTED]:
        a = escape.internal_link(link.a, f"{prefix}{slugs[link.a]}.md")
        b = escape.internal_link(link.b, f"{prefix}{slugs[link.b]}.md")
        together = f"named together in {link.together} articles, {link.lift:.1f} times as often as chance"
        rows.append(f"- {a} and {b}: {together}")
    return "\n".join(rows)


def network_section(pic: Picture, directory_urls: bool = True) -> list[str]:
    """The home page's section: the inline drawing (kept out of search) and its text alternative."""
    if not pic.links:
        return []
    figure = network_svg(pic, actor_url(directory_urls)).strip()
    return [
        "## Who is named together",
        "Lines join actors that the same articles name more often than chance would give (in at least "
        f"{MIN_TOGETHER} articles, and at least {MIN_LIFT:g} times as often as if they were named "
        "independently); select an actor to open its page.",
        f'<div class="briefing-figure" data-search-exclude>{figure}</div>',
        "**Strongest links:**",
        strongest_links(pic),
    ]
