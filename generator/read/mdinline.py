"""Markdown inline syntax reduced to its text, in time linear in the text's length.

A note may hold anything up to the 400,000-character cap, so no pattern here may scan the rest
of the text from each of many starting points (issue 13: 36 KB of ``*a `` took 32 s with a lazy
``.+?`` looking for a closing marker that never came):

- hidden blocks (``<script>…</script>``, ``<!-- … -->``) are found by a scanner that looks for
  each kind's closing tag at most once past any opening that has none;
- a bracket, parenthesis or emphasis pattern never crosses the character that would start
  another one (link text holds no ``[``, emphasis between ``*`` holds no ``*``), so each scan
  stops where the next candidate begins and the scans never overlap;
- a run of backticks is only an opener as a whole run.

Nested emphasis (``***bold italic***``, ``**a *b* c**``) is undone from the inside out, one
level per pass, as before.
"""

from __future__ import annotations

import html
import re

from generator.read.decode import normalise
from generator.read.htmlmeta import web_url

_HIDDEN_OPEN_RE = re.compile(r"<(script|style|iframe|object|template)\b|<!--", re.I)
_HIDDEN_CLOSE_RE = {
    name: re.compile(rf"</{name}\s*>", re.I) for name in ("script", "style", "iframe", "object", "template")
}
_COMMENT_CLOSE_RE = re.compile("-->")
_TAG_RE = re.compile(r"</?[A-Za-z][^<>]*>")
# Image and link targets may hold one level of balanced parentheses, as CommonMark allows: f(x).
_IMAGE_RE = re.compile(r"!\[[^\[\]]*\](?:\((?:[^()]|\([^()]*\))*\)|\[[^\[\]]*\])")
_LINK_RE = re.compile(
    r"\[([^\[\]]*)\]\(\s*<?((?:[^()\s<>]|\([^()\s]*\))*)>?"
    r"""(?:\s+(?:"[^"]*"|'[^']*'|\([^()]*\)))?\s*\)"""
)
_REFLINK_RE = re.compile(r"\[([^\[\]]+)\]\[[^\[\]]*\]")
_AUTOLINK_RE = re.compile(r"<((?:https?|mailto):[^<>\s]+)>")
_ATTR_RE = re.compile(r"\{:?\s*[#.:][^{}]*\}|\{:[^{}]*\}")
_EMPHASIS_RES = (
    re.compile(r"(?<!`)(`+)(?!`)(?=\S)([^`]+?)(?<=\S)\1"),
    re.compile(r"(\*\*?)(?=\S)([^*]+?)(?<=\S)\1"),
    re.compile(r"(__?)(?=\S)([^_]+?)(?<=\S)\1"),
    re.compile(r"(~~)(?=\S)([^~]+?)(?<=\S)\1"),
)
_ESCAPE_RE = re.compile(r"\\([!-/:-@\[-`{-~])")
EMPHASIS_LEVELS = 3  # ***bold italic*** and one more level inside it


def drop_hidden(text: str, sep: str) -> str:
    """``text`` with every script, style, iframe, object and template element and comment replaced by ``sep``.

    An element or comment that is never closed is left as text (its tag is removed later).
    """
    out: list[str] = []
    pos = 0
    unclosed: set[str] = set()  # kinds with no closing tag after some opening: none after later ones
    while (opening := _HIDDEN_OPEN_RE.search(text, pos)) is not None:
        kind = (opening[1] or "!--").lower()
        closer = None
        if kind not in unclosed:
            close_re = _COMMENT_CLOSE_RE if kind == "!--" else _HIDDEN_CLOSE_RE[kind]
            closer = close_re.search(text, opening.end())
        if closer is None:
            unclosed.add(kind)
            out.append(text[pos : opening.end()])
            pos = opening.end()
            continue
        out += [text[pos : opening.start()], sep]
        pos = closer.end()
    out.append(text[pos:])
    return "".join(out)


def inline_text(text: str, refs: list[tuple[str, str]]) -> str:
    """Markdown inline syntax reduced to its text; http(s) link targets are appended to ``refs``."""
    text = drop_hidden(text, " ")
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
    for _ in range(EMPHASIS_LEVELS):
        for pattern in _EMPHASIS_RES:
            text = pattern.sub(r"\2", text)
    text = _ESCAPE_RE.sub(r"\1", text)
    return " ".join(html.unescape(normalise(text)).split())
