"""The body of a Markdown note (``.md``), read as plain structured text (the front matter: ``read.markdown``).

The body is never rendered as Markdown: headings, list items, quotes, table rows and
paragraphs become ``Block``s of plain text, so raw HTML, ``javascript:`` links, attribute
lists and images cannot become live on the site. Link text is kept; ``http(s)`` link
targets are listed in a references block at the end. The owner wrote the text, so the
boilerplate cleaner is not run on it.
"""

from __future__ import annotations

import re

from generator.article.records import Block, BlockKind, Cleaned, Line, Role
from generator.read.htmlmeta import web_url
from generator.read.mdinline import drop_hidden, inline_text

_HEADING_RE = re.compile(r"^\s{0,3}(#{1,6})\s+(.*)$")
_ITEM_RE = re.compile(r"^\s{0,3}(?:[-*+]|\d{1,9}[.)])\s+(.*)$")
_QUOTE_RE = re.compile(r"^\s{0,3}>\s?(.*)$")
_REFDEF_RE = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+.*)?$")
_TABLE_CELL_RE = re.compile(r":?-{2,}:?")
BYLINE_BLOCKS = 2  # a note's byline stands in its first paragraphs
BYLINE_WORDS = 16  # a longer paragraph that opens "By ..." is the article's text
_ROLES = {"paragraph": Role.BODY, "heading": Role.HEADING, "quote": Role.QUOTE, "list": Role.LIST_ITEM}


def _heading_text(text: str) -> str:
    """A heading's text without its optional closing ``#`` run (``## Title ##``)."""
    bare = text.rstrip("#")
    return bare.rstrip() if bare != text and (not bare or bare[-1].isspace()) else text


def _is_rule(line: str) -> bool:
    """``---``, ``* * *``, ``___`` (three or more, spaces allowed) or ``===`` (a setext underline)."""
    if len(line) - len(line.lstrip()) > 3:
        return False
    marks = "".join(line.split())
    return (len(marks) >= 3 and marks[0] in "-*_" and marks == marks[0] * len(marks)) or (
        bool(marks) and marks == "=" * len(marks)
    )


def _is_table_separator(line: str) -> bool:
    """``|---|:--:|``: cells of two or more dashes, optionally aligned with colons."""
    text = line.strip()
    text = text[1:] if text.startswith("|") else text
    text = text[:-1] if text.endswith("|") else text
    return all(_TABLE_CELL_RE.fullmatch(cell.strip()) for cell in text.split("|"))


def _blocks(body: str, refs: list[tuple[str, str]]) -> list[Block]:
    blocks: list[Block] = []
    kind: BlockKind | None = None
    buf: list[list[str]] = []  # the block's items, each as pieces (a list item's continuation lines)

    def flush() -> None:
        nonlocal kind, buf
        joined = [" ".join(pieces) for pieces in buf]
        if kind in ("paragraph", "quote", "heading"):
            text = inline_text(" ".join(joined), refs)
            blocks.extend([Block(kind, (text,))] if text else [])
        elif kind in ("list", "table"):
            items = tuple(t for t in (inline_text(x, refs) if kind == "list" else x for x in joined) if t.strip())
            blocks.extend([Block(kind, items)] if items else [])
        kind, buf = None, []

    body = drop_hidden(body, "\n")
    for raw in body.split("\n"):
        line = raw.rstrip()
        heading, item, quote = _HEADING_RE.match(line), _ITEM_RE.match(line), _QUOTE_RE.match(line)
        if not line.strip() or _is_rule(line) or _is_table_separator(line) or _REFDEF_RE.match(line):
            if (ref := _REFDEF_RE.match(line)) and web_url(ref[1]):
                refs.append((ref[1], ref[1]))
            if kind != "table" or not line.strip():
                flush()
        elif heading:
            flush()
            kind, buf = "heading", [[_heading_text(heading[2])]]
            flush()
        elif quote:
            if kind != "quote":
                flush()
            kind = "quote"
            buf.append([quote[1]])
        elif item:
            if kind != "list":
                flush()
            kind = "list"
            buf.append([item[1]])
        elif line.lstrip().startswith("|"):
            if kind != "table":
                flush()
            kind = "table"
            buf.append(["\t".join(inline_text(c, refs) for c in line.strip().strip("|").split("|"))])
        elif kind == "list" and raw[:1].isspace():
            buf[-1].append(line.strip())  # a continuation line of the last item
        else:
            if kind not in ("paragraph", "quote"):
                flush()
                kind = "paragraph"
            buf.append([line.strip()])
    flush()
    return blocks


def _byline_block(blocks: list[Block], byline: re.Pattern[str] | None) -> int:
    """Index of the note's byline paragraph ("*Von Jane Doe — 9. Januar 2026*"), -1 when none.

    Only among the first ``BYLINE_BLOCKS`` blocks: a one-line paragraph of at most
    ``BYLINE_WORDS`` words that opens with a byline word of one of the languages.
    """
    for index, block in enumerate(blocks[:BYLINE_BLOCKS]):
        if byline is None or block.kind != "paragraph" or len(block.items) != 1:
            continue
        text = block.items[0]
        if len(text.split()) <= BYLINE_WORDS and byline.match(text.strip()):
            return index
    return -1


def markdown_cleaned(body: str, byline: re.Pattern[str] | None = None) -> Cleaned:
    """The body as a ``Cleaned``: a leading ``# heading`` is the title; links listed as references.

    With ``byline`` (the languages' byline pattern), a byline paragraph at the note's top is a
    META line for the metadata readers, not a paragraph of the body or of its description, as a
    text copy's byline is.
    """
    refs: list[tuple[str, str]] = []
    blocks = _blocks(body, refs)
    title = None
    if blocks and blocks[0].kind == "heading" and body.lstrip().startswith("# "):
        title, blocks = blocks[0].items[0], blocks[1:]
    meta: list[str] = []
    if (at := _byline_block(blocks, byline)) >= 0:
        meta, blocks = list(blocks[at].items), blocks[:at] + blocks[at + 1 :]
    seen = dict.fromkeys(f"{text}: {url}" if text != url else url for text, url in refs)
    if seen:
        blocks.append(Block("references", tuple(seen)))
    lines = [Line(1, title, Role.TITLE)] if title else []
    lines += [Line(len(lines) + 1, text, Role.META) for text in meta]
    for block in blocks:
        role = _ROLES.get(block.kind, Role.TABLE_ROW if block.kind == "table" else Role.REFERENCE)
        lines += [Line(len(lines) + 1, item.replace("\t", " "), role) for item in block.items]
    return Cleaned(title, tuple(blocks), tuple(lines))
