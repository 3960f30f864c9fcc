"""Markdown notes (``.md``): front matter as owner-provided metadata, the body read as plain structured text.

The body is never rendered as Markdown: headings, list items, quotes, table rows and
paragraphs become ``Block``s of plain text, so raw HTML, ``javascript:`` links, attribute
lists and images cannot become live on the site. Link text is kept; ``http(s)`` link
targets are listed in a references block at the end. The owner wrote the text, so the
boilerplate cleaner is not run on it.
"""

from __future__ import annotations

import html
import re
from typing import Any

import yaml

from generator import yamlio
from generator.article.records import Block, BlockKind, Cleaned, Line, Role
from generator.read.decode import normalise
from generator.read.htmlmeta import web_url

FRONT_KEYS = ("title", "source", "authors", "date", "url", "language", "retrieved")
_FENCE_RE = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_DROP_RE = re.compile(r"<(script|style|iframe|object|template)\b.*?</\1\s*>|<!--.*?-->", re.S | re.I)
_TAG_RE = re.compile(r"</?[A-Za-z][^<>]*>")
_IMAGE_RE = re.compile(r"!\[[^\]]*\]\([^)]*\)|!\[[^\]]*\]\[[^\]]*\]")
# Link targets may hold one level of balanced parentheses, as CommonMark allows: f(x) in (...).
_LINK_RE = re.compile(r"\[([^\]]*)\]\(\s*<?((?:[^()\s<>]|\([^()\s]*\))*)>?(?:\s+[\"'(][^)]*\)?)?\s*\)")
_REFLINK_RE = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_REFDEF_RE = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+.*)?$")
_AUTOLINK_RE = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
_ATTR_RE = re.compile(r"\{:?\s*[#.:][^{}]*\}|\{:[^{}]*\}")
_EMPH_RE = re.compile(r"(\*\*|__|\*|_|~~|`+)(?=\S)(.+?)(?<=\S)\1")
_ESCAPE_RE = re.compile(r"\\([!-/:-@\[-`{-~])")
_HEADING_RE = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")
_ITEM_RE = re.compile(r"^\s{0,3}(?:[-*+]|\d{1,9}[.)])\s+(.*)$")
_QUOTE_RE = re.compile(r"^\s{0,3}>\s?(.*)$")
_RULE_RE = re.compile(r"^\s{0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,}|=+)\s*$")
_TABLE_SEP_RE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_ROLES = {"paragraph": Role.BODY, "heading": Role.HEADING, "quote": Role.QUOTE, "list": Role.LIST_ITEM}


class FrontMatterError(ValueError):
    """The front matter is not a YAML mapping; the message says why."""


def split_front_matter(text: str) -> tuple[str | None, str]:
    """(front matter YAML or None, body): front matter is a ``---`` fenced block at the very start."""
    match = _FENCE_RE.match(text)
    if not match:
        return None, text
    return match[1] or "", text[match.end() :]


def load_front_matter(source: str) -> dict[str, Any]:
    """The known keys of the front matter (safe loader: tags are rejected, never executed)."""
    try:
        data = yamlio.safe_load(source)
    except yaml.YAMLError as exc:
        first = str(exc).splitlines()[0] if str(exc) else "invalid YAML"
        raise FrontMatterError(f"front matter is not valid YAML ({first})") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise FrontMatterError("front matter must be a mapping of keys to values")
    # Other keys (template, hide, search, tags, ...) belong to other tools: ignored on purpose.
    return {k: data[k] for k in FRONT_KEYS if k in data}


def inline_text(text: str, refs: list[tuple[str, str]]) -> str:
    """Markdown inline syntax reduced to its text; http(s) link targets are appended to ``refs``."""
    text = _DROP_RE.sub(" ", text)
    text = _IMAGE_RE.sub("", text)
    text = _AUTOLINK_RE.sub(lambda m: m[1] if web_url(m[1]) else "", text)

    def link(m: re.Match[str]) -> str:
        url = web_url(m[2])
        if url and m[1].strip():
            refs.append((m[1].strip(), url))
        return m[1]

    text = _LINK_RE.sub(link, text)
    text = _REFLINK_RE.sub(r"\1", text)
    text = _TAG_RE.sub("", text)
    text = _ATTR_RE.sub("", text)
    for _ in range(3):  # nested emphasis: ***bold italic***
        text = _EMPH_RE.sub(r"\2", text)
    text = _ESCAPE_RE.sub(r"\1", text)
    return " ".join(html.unescape(normalise(text)).split())


def _blocks(body: str, refs: list[tuple[str, str]]) -> list[Block]:
    blocks: list[Block] = []
    kind: BlockKind | None = None
    buf: list[str] = []

    def flush() -> None:
        nonlocal kind, buf
        if kind in ("paragraph", "quote", "heading"):
            text = inline_text(" ".join(buf), refs)
            blocks.extend([Block(kind, (text,))] if text else [])
        elif kind in ("list", "table"):
            items = tuple(t for t in (inline_text(x, refs) if kind == "list" else x for x in buf) if t.strip())
            blocks.extend([Block(kind, items)] if items else [])
        kind, buf = None, []

    body = _DROP_RE.sub("\n", body)
    for raw in body.split("\n"):
        line = raw.rstrip()
        heading, item, quote = _HEADING_RE.match(line), _ITEM_RE.match(line), _QUOTE_RE.match(line)
        if not line.strip() or _RULE_RE.match(line) or _TABLE_SEP_RE.match(line) or _REFDEF_RE.match(line):
            if (ref := _REFDEF_RE.match(line)) and web_url(ref[1]):
                refs.append((ref[1], ref[1]))
            if kind != "table" or not line.strip():
                flush()
        elif heading:
            flush()
            kind, buf = "heading", [heading[2]]
            flush()
        elif quote:
            if kind != "quote":
                flush()
            kind = "quote"
            buf.append(quote[1])
        elif item:
            if kind != "list":
                flush()
            kind = "list"
            buf.append(item[1])
        elif line.lstrip().startswith("|"):
            if kind != "table":
                flush()
            kind = "table"
            buf.append("\t".join(inline_text(c, refs) for c in line.strip().strip("|").split("|")))
        elif kind == "list" and raw[:1].isspace():
            buf[-1] += " " + line.strip()  # a continuation line of the last item
        else:
            if kind not in ("paragraph", "quote"):
                flush()
                kind = "paragraph"
            buf.append(line.strip())
    flush()
    return blocks


def markdown_cleaned(body: str) -> Cleaned:
    """The body as a ``Cleaned``: a leading ``# heading`` is the title; links listed as references."""
    refs: list[tuple[str, str]] = []
    blocks = _blocks(body, refs)
    title = None
    if blocks and blocks[0].kind == "heading" and body.lstrip().startswith("# "):
        title, blocks = blocks[0].items[0], blocks[1:]
    seen = dict.fromkeys(f"{text}: {url}" if text != url else url for text, url in refs)
    if seen:
        blocks.append(Block("references", tuple(seen)))
    lines = [Line(1, title, Role.TITLE)] if title else []
    for block in blocks:
        role = _ROLES.get(block.kind, Role.TABLE_ROW if block.kind == "table" else Role.REFERENCE)
        lines += [Line(len(lines) + 1, item.replace("\t", " "), role) for item in block.items]
    return Cleaned(title, tuple(blocks), tuple(lines))
