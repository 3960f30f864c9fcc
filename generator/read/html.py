"""Saved web pages (``.html``/``.htm``): decode the bytes with the page's charset, parse the markup.

The page is untrusted. This module turns bytes into text and text into an lxml tree;
``generator.article.html`` extracts the article (text only, never markup) from the tree.
"""

from __future__ import annotations

import codecs
import re

from lxml.html import HtmlElement

from generator.read.decode import Decoded, decode

# Saved pages carry scripts, styles and inline SVG: a 1 MB article page is common. Past this
# the page is cut (lxml still parses the unclosed rest) and the article is flagged truncated.
MAX_HTML_CHARS = 6_000_000
_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)
# WHATWG: these labels mean Windows-1252 in a browser, so they must here too.
_AS_CP1252 = {"latin1", "iso8859-1", "ascii", "iso-8859-1", "us-ascii", "windows-1252", "cp1252"}


def declared_charset(data: bytes) -> str | None:
    """The codec named by a ``<meta charset>`` in the first 4 KB, if Python knows it."""
    match = _CHARSET_RE.search(data[:4096])
    if not match:
        return None
    label = match[1].decode("ascii").lower()
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return "cp1252" if label in _AS_CP1252 or name in _AS_CP1252 else name


def decode_html(data: bytes) -> Decoded:
    """Decode page bytes: a BOM, then valid UTF-8, then the ``<meta charset>``, then the text rules.

    Valid UTF-8 wins over the declaration because browsers re-save pages as UTF-8 without
    always updating it. Raises ``NotTextError`` for binary data, like ``decode``.
    """
    charset = declared_charset(data)
    if charset and charset not in ("utf-8", "utf-16", "utf-32") and not data.startswith(codecs.BOM_UTF8):
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            recoded = data.decode(charset, errors="replace").encode("utf-8")
            out = decode(recoded, max_chars=MAX_HTML_CHARS)
            return Decoded(out.text, charset, out.truncated, out.repaired)
    return decode(data, max_chars=MAX_HTML_CHARS)


def parse(text: str) -> HtmlElement | None:
    """The page as an lxml tree, or None when it holds no markup lxml can use."""
    import trafilatura  # here, not at the top: a slow import that a corpus without HTML never needs

    tree = trafilatura.utils.load_html(text)
    return tree if isinstance(tree, HtmlElement) else None
