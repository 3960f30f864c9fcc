"""A saved page's visible text, one block per line, as a text browser would print it.

The metadata of a saved page is read from its markup *and* from the lines around the headline
(byline, date line, masthead), which trafilatura leaves out of the article. Rendering the page
to lines the way the text copies are made (a line per block element, list items with a bullet)
lets the same cleaner and the same extractors read both. Only text leaves this module.
"""

from __future__ import annotations

from lxml import etree
from lxml.html import HtmlElement

from generator.read.decode import normalise

MAX_LINES = 4_000  # a page's chrome rarely needs more; keeps a huge page cheap
MAX_CHARS = 400_000  # characters of text read, as for a text copy (read/decode.py)
_SKIP = frozenset(
    {"script", "style", "noscript", "template", "svg", "iframe", "head", "select", "option", "textarea", "button"}
)
_BLOCK = frozenset(
    {
        "p", "div", "section", "article", "header", "footer", "nav", "aside", "main", "ul", "ol", "dl", "dt",
        "dd", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "figure", "figcaption", "table",
        "tr", "form", "address", "hr", "br", "fieldset", "details", "summary", "center",
    }
)  # fmt: skip


def _walk(root: etree._Element, out: list[str]) -> None:
    """Text and line breaks in document order, without recursion (a hostile page nests deeply)."""
    walker = etree.iterwalk(root, events=("start", "end"))
    chars = 0
    for event, el in walker:
        tag = el.tag if isinstance(el.tag, str) else ""
        if event == "start":
            if tag in _SKIP or not tag:
                walker.skip_subtree()  # its "end" event still comes, with its tail
                continue
            if tag in _BLOCK:
                out.append("\n• " if tag == "li" else "\n")
            if el.text:
                out.append(el.text)
                chars += len(el.text)
        else:
            if tag in _BLOCK and tag not in _SKIP:
                out.append("\n")
            elif tag in ("td", "th"):
                out.append(" ")
            if el is not root and el.tail:
                out.append(el.tail)
                chars += len(el.tail)
        if chars > MAX_CHARS or len(out) > MAX_LINES * 8:
            break


def page_text(tree: HtmlElement) -> str:
    """The page's visible text: one line per block, runs of blanks squeezed, at most ``MAX_LINES`` lines.

    Normalised as decoded text is (``decode.normalise``): the parser has expanded the page's
    character references, so a ``&shy;`` or ``&#x202e;`` reaches the text only here.
    """
    body = tree.find(".//body")
    out: list[str] = []
    _walk(body if body is not None else tree, out)
    lines = (" ".join(line.split()) for line in normalise("".join(out)).split("\n"))
    kept = [line for line in lines if line and line != "•"]
    return "\n".join(kept[:MAX_LINES])
