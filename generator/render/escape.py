"""Make untrusted article text inert in Markdown, HTML, YAML and JSON.

MkDocs and Python-Markdown sanitise nothing, and Material inserts page titles raw into the
HTML. So every character that could start markup is turned into an HTML character
reference *before* Markdown sees it: ``<`` and ``&`` cannot open a tag or an entity, ``[``
cannot open a link or footnote, ``{`` cannot open an attribute list or a Jinja/Liquid tag,
``*``/``_``/`` ` ``/``|``/``\\`` cannot format. Character references are used rather than
backslash escapes because they also defeat block processors and preprocessors (tables,
``--8<--`` snippets, ``md_in_html``) in any Markdown engine, and the browser shows them as
the original characters. URLs are only ever emitted for ``http``/``https``.
"""

from __future__ import annotations

import functools
import html
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlsplit

_INLINE = {
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    "[": "&#91;",
    "]": "&#93;",
    "{": "&#123;",
    "}": "&#125;",
    "*": "&#42;",
    "_": "&#95;",
    "`": "&#96;",
    "\\": "&#92;",
    "|": "&#124;",
    "~": "&#126;",
    "$": "&#36;",
    "^": "&#94;",
    "#": "&#35;",
}
_INLINE_RE = re.compile("[" + re.escape("".join(_INLINE)) + "]")
# Markers that make a line a block element when they open it: headings, lists, quotes,
# setext underlines, definition lists, admonitions, horizontal rules, ordered lists.
_BLOCK_START_RE = re.compile(r"^(#|-|\+|=|:|!|\?|%|(\d+)([.)]))")
_SPACE_RE = re.compile(r"\s+")
# Control characters (Unicode category Cc: C0, DEL, C1) except tab and newline, and the bidi
# controls: one regex pass instead of a per-character category lookup (hot path at scale).
_DROP_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_SAFE_SCHEMES = ("http", "https")
_URL_SAFE = ":/?#@!$&*+,;=%-._~"
# Escaped texts remembered (``fragment``).
FRAGMENTS_KEPT = 16384


def one_line(text: str) -> str:
    """Collapse all whitespace (newlines included) to single spaces; drop controls and bidi overrides.

    Bidi embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069) can make a title
    display as something other than what it is ("gnp.exe" shown as "exe.png").
    """
    return _collapse(text).strip()


def _collapse(text: str) -> str:
    return _SPACE_RE.sub(" ", _DROP_RE.sub("", text))


@functools.lru_cache(maxsize=FRAGMENTS_KEPT)
def fragment(text: str) -> str:
    """Like ``inline`` but keeps a leading or trailing space, for pieces joined into one line.

    Remembered for the most recent ``FRAGMENTS_KEPT`` texts: corpus pages escape the same titles,
    names and dates over and over (a 3,000-article corpus's pages escape about 240,000 texts), and
    a text's escaped form never changes. The bound keeps the memory small (a few MB) at any size.
    """
    return _INLINE_RE.sub(lambda m: _INLINE[m.group(0)], _collapse(text))


def inline(text: str) -> str:
    """Untrusted text as inert Markdown inline content (one line)."""
    return fragment(text).strip()


def _mark(m: re.Match[str]) -> str:
    if m.group(2):  # "1." -> "1&#46;"
        return m.group(2) + f"&#{ord(m.group(3))};"
    return f"&#{ord(m.group(1))};"


def neutralise_start(markdown: str) -> str:
    """Make an escaped paragraph's first character unable to open a block element."""
    return _BLOCK_START_RE.sub(_mark, markdown, count=1)


def block(text: str) -> str:
    """Untrusted text as an inert Markdown paragraph: also neutralises a leading block marker."""
    return neutralise_start(inline(text))


def html_text(text: str) -> str:
    """Untrusted text for a context that MkDocs/Material put raw into HTML (page title)."""
    # Double quotes too (attributes in the theme are double-quoted); apostrophes stay readable.
    return html.escape(one_line(text), quote=False).replace('"', "&quot;")


def safe_url(url: str | None) -> str | None:
    """``url`` if it is an absolute http(s) URL, percent-encoded so it cannot break out; else None."""
    if not url:
        return None
    candidate = one_line(html.unescape(html.unescape(url)))
    candidate = "".join(ch for ch in candidate if not ch.isspace())
    try:
        parts = urlsplit(candidate)
    except ValueError:
        return None
    if parts.scheme.lower() not in _SAFE_SCHEMES or not parts.netloc:
        return None
    return quote(candidate, safe=_URL_SAFE)


def link(label: str, url: str | None) -> str:
    """A Markdown link with an escaped label, or just the escaped label when the URL is unsafe."""
    target = safe_url(url)
    if target is None:
        return inline(label)
    return f"[{inline(label)}]({target})"


def internal_link(label: str, target: str) -> str:
    """A link to a generated page; ``target`` is built by the generator from slugs, never from input."""
    return f"[{inline(label)}]({target})"


def _compact(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))


def _inert(text: str) -> str:
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


@dataclass(frozen=True, slots=True)
class Encoded:
    """A value as ``json_pieces`` writes it below the top two levels (``encode``), written as is.

    Only valid where the layout is compact: an item of a list or object at the second level.
    """

    text: str


def encode(value: Any) -> Encoded:
    """``value`` encoded as ``json_pieces`` writes a record at the second level (compact and inert)."""
    return Encoded(_inert(_compact(value)))


def _layout(value: Any, depth: int) -> Iterator[str | Encoded]:
    """Objects one key per line and lists one item per line down to ``depth`` levels, compact below.

    In pieces (one per record at the second level); a list above that level may be an iterator.
    """
    if isinstance(value, Encoded):
        yield value
        return
    if isinstance(value, Iterator):
        value = _Peeked(value)
    if depth >= 2 or not isinstance(value, dict | list | _Peeked) or not value:
        yield _compact(list(value) if isinstance(value, _Peeked) else value)
        return
    pad = "  " * depth
    if isinstance(value, dict):
        opening, closing, rows = "{", "}", ((f"{_compact(str(k))}: ", v) for k, v in value.items())
    else:
        opening, closing, rows = "[", "]", (("", v) for v in value)
    sep = opening + "\n"
    for label, item in rows:
        yield f"{sep}{pad}  {label}"
        yield from _layout(item, depth + 1)
        sep = ",\n"
    yield f"\n{pad}{closing}"


class _Peeked:
    """An iterator that can tell whether it is empty (an empty list is written ``[]``)."""

    def __init__(self, items: Iterator[Any]) -> None:
        self.first = next(items, _Peeked)
        self.items = items

    def __bool__(self) -> bool:
        return self.first is not _Peeked

    def __iter__(self) -> Iterator[Any]:
        if self:
            yield self.first
            yield from self.items


def json_pieces(data: Any) -> Iterator[str]:
    """``json_dumps`` in pieces, one record at a time: a large document is never one string.

    The lists of ``data`` (above the compact level) may be iterators, consumed once, so their
    records need not exist all at once either.
    """
    for piece in _layout(data, 0):
        yield piece.text if isinstance(piece, Encoded) else _inert(piece)
    yield "\n"


def json_dumps(data: Any) -> str:
    """Deterministic JSON in which ``<``, ``>`` and ``&`` are escaped, so it is inert even inside HTML.

    One record per line: readable and diffable, and written by the C encoder (an indented dump
    goes through the pure-Python one, which took seconds at 10,000 articles).
    """
    return "".join(json_pieces(data))
