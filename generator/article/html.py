"""The article in a saved web page: trafilatura's extraction, cleaned of chrome, as a ``Cleaned``.

The page is untrusted. Only text leaves this module: trafilatura drops scripts, styles,
iframes, forms and event handlers, and only element text is read from its result, never
markup or attributes. The result is a ``Cleaned`` (title, blocks, synthetic lines with roles),
so the later stages (metadata, actors, themes, timeline) run exactly as for text input.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from lxml import etree

from generator.article.clean import clean
from generator.article.clean.promos import is_pitch
from generator.article.records import Block, Cleaned, Line, Role
from generator.knowledge.boilerplate import Phrases
from generator.read.decode import MAX_CHARS, normalise
from generator.read.html import parse
from generator.read.htmlmeta import HtmlMeta, scan_meta, text_of
from generator.read.htmltext import page_text
from generator.read.htmltitle import choose_title, chrome_test, similarity, site_names

_ROLES = {"paragraph": Role.BODY, "heading": Role.HEADING, "quote": Role.QUOTE, "list": Role.LIST_ITEM}


@dataclass(frozen=True)
class HtmlArticle:
    """The article found in a page, the metadata the page states, and the whole page as cleaned text lines.

    ``page`` is what the text cleaner makes of the page's visible text (``htmltext.page_text``):
    the byline, date line and masthead around the headline are read from it, with the same
    extractors as a text copy.
    """

    cleaned: Cleaned
    meta: HtmlMeta
    page: Cleaned
    truncated: bool = False  # the article text was longer than MAX_CHARS and was cut


def _line(text: str | None) -> str:
    """Body text as one normalised line (no length cap, unlike metadata values)."""
    return " ".join(normalise(text or "").split())


def _text(el: etree._Element) -> str:
    return _line("".join(str(t) for t in el.itertext()))


def _paragraphs(el: etree._Element) -> list[str]:
    """The text of ``el``, split at its ``<lb/>`` line breaks."""
    pieces, current = [], [el.text or ""]
    for child in el:
        if child.tag == "lb":
            pieces.append("".join(current))
            current = [child.tail or ""]
        else:
            current += [*(str(t) for t in child.itertext()), child.tail or ""]
    pieces.append("".join(current))
    return [t for t in map(_line, pieces) if t]


def to_blocks(body: etree._Element) -> list[Block]:
    """trafilatura's body tree (p, head, list/item, quote, table/row/cell) as ``Block``s, in order."""
    blocks: list[Block] = []
    for el in body:
        tag = el.tag
        if tag == "head":
            blocks += [Block("heading", (t,)) for t in [_text(el)] if t]
        elif tag == "list":
            items = tuple(t for t in (_text(item) for item in el.iter("item")) if t)
            blocks += [Block("list", items)] if items else []
        elif tag == "quote":
            blocks += [Block("quote", (t,)) for t in _paragraphs(el)]
        elif tag == "table":
            rows = ("\t".join(_text(c) for c in row.iter("cell")) for row in el.iter("row"))
            items = tuple(r for r in rows if r.strip())
            blocks += [Block("table", items)] if items else []
        elif tag in ("p", "div", "code", "ref", "hi"):
            blocks += [Block("paragraph", (t,)) for t in _paragraphs(el)]
        if _line(el.tail):  # loose text between elements is body text too
            blocks.append(Block("paragraph", (_line(el.tail),)))
    if _line(body.text):
        blocks.insert(0, Block("paragraph", (_line(body.text),)))
    return blocks


def is_chrome(text: str, phrases: Phrases) -> bool:
    """A paragraph the text cleaner's phrase data or pitch rule calls page chrome (subscribe, read more)."""
    return bool(phrases.match(text)) or is_pitch(text)


def drop_chrome(blocks: list[Block], phrases: Phrases) -> list[Block]:
    """``blocks`` without chrome that trafilatura kept; uses the same knowledge as the text cleaner."""
    out = []
    for block in blocks:
        if block.kind in ("paragraph", "heading"):
            out += [] if is_chrome(block.items[0], phrases) else [block]
        elif block.kind == "list":
            items = tuple(i for i in block.items if not is_chrome(i, phrases))
            out += [Block("list", items)] if items else []
        else:
            out.append(block)
    return out


def cap_blocks(blocks: list[Block], limit: int = MAX_CHARS) -> tuple[list[Block], bool]:
    """The first ``limit`` characters of article text (whole items), and whether any was cut.

    A text file is capped at MAX_CHARS when it is decoded; a page's article text is capped here, so
    the later stages never work on more than a text file can hold (issue 13: a 6 MB page of prose
    took 17 s and 1.2 GB).
    """
    out: list[Block] = []
    total = 0
    for block in blocks:
        items: list[str] = []
        for item in block.items:
            total += len(item)
            if total > limit:
                return out + ([Block(block.kind, tuple(items))] if items else []), True
            items.append(item)
        out.append(block)
    return out, False


_KICKER_WORDS = 8  # a kicker, section label or date line above the headline is this short
_KICKERS = 2  # and there are at most this many of them


def _after_headline(title: str, blocks: list[Block]) -> list[Block]:
    """``blocks`` from after the headline when it is repeated as a heading at the top: the first block,
    or after at most two short paragraphs (a kicker, a section label, a date line), dropped with it."""
    for k, block in enumerate(blocks[: _KICKERS + 1]):
        if block.kind == "heading" and similarity(block.items[0], title) >= 0.9:
            return blocks[k + 1 :]
        if block.kind != "paragraph" or len(block.items[0].split()) > _KICKER_WORDS:
            break
    return blocks


def to_cleaned(title: str | None, blocks: list[Block]) -> Cleaned:
    """A ``Cleaned`` with one synthetic line per title, heading, paragraph, item and row."""
    if title:
        blocks = _after_headline(title, blocks)
    lines: list[Line] = []
    if title:
        lines.append(Line(1, title, Role.TITLE))
    for block in blocks:
        role = _ROLES.get(block.kind, Role.TABLE_ROW if block.kind == "table" else Role.REFERENCE)
        lines += [Line(len(lines) + 1, item.replace("\t", " "), role) for item in block.items]
    return Cleaned(title, tuple(blocks), tuple(lines))


def html_article(text: str, phrases: Phrases) -> HtmlArticle:
    """The article in a page (possibly with no blocks) and the metadata the page states about itself."""
    tree = parse(text)
    if tree is None:
        return HtmlArticle(Cleaned(None, (), ()), HtmlMeta(), Cleaned(None, (), ()))
    meta = scan_meta(tree, phrases.languages, text[:8192])
    page = clean(page_text(tree), phrases)
    import trafilatura  # see parse()

    # with_metadata fills doc.title (og:title, <title>, <h1>): one more candidate, which repeats an <h1> or a title.
    doc = trafilatura.bare_extraction(tree, with_metadata=True, include_tables=True, include_comments=False, fast=True)
    body = getattr(doc, "body", None)
    blocks, cut = cap_blocks(drop_chrome(to_blocks(body), phrases) if body is not None else [])
    extra = text_of(getattr(doc, "title", None))
    names = site_names(meta.sitename, meta.publisher, meta.url)
    title = choose_title(meta.titles, meta.h1s, names, extra, chrome_test(phrases.languages))
    # trafilatura's byline search reads the page's own author markup (rel=author, byline classes).
    meta = replace(meta, byline=text_of(getattr(doc, "author", None)))
    return HtmlArticle(to_cleaned(title, blocks), meta, page, cut)
