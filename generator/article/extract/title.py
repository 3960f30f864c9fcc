"""Choose an article's title: the cleaner's unless it is plainly no headline, else a heading or the opening sentence.

The cleaner's title is ``explicit``. It is turned down (and the reason kept for the build report)
when it is a server error message ("Warning: ...", "Deprecated: ..."), a link or a handle, a
breadcrumb ("Home > World > Europe"), a dateline or a date alone, or a line of box-drawing
characters; menu bullets and arrows in front of it are dropped first. Then the first heading, or
the first sentence of the first paragraph, is ``inferred``; "Untitled" is ``unknown``. A saved
page's title comes from its markup (``read/htmltitle.py``) and is not turned down here.
"""

from __future__ import annotations

import re

from generator.article.extract.dates import find_dates, residue
from generator.article.records import Basis, Block
from generator.knowledge.languages import Languages

MAX_TITLE = 120
UNTITLED = "Untitled"
_SENTENCE_END = re.compile(r"(?<=[.!?])\s")
_DECORATION = re.compile(r"^[\s•·*▪●◦■□►▶←→«»|>\-–—]+")
# « and » open a quotation too («Quote» in French, »Quote« in German): one whose partner closes it
# later in the title is kept (train: two text copies and seven saved pages had lost theirs).
_CLOSER = {"«": "»", "»": "«"}
_SERVER_ERROR = re.compile(r"^(?:warning|deprecated|notice|strict standards|fatal error|parse error)\s*:", re.I)
_LINK = re.compile(r"https?://|www\.|\.(?:com|org|net|de)/|(?<!\w)@\w|twitter\.com", re.I)
_CRUMB = re.compile(r"\s(?:>|»|›|/|\\)\s")
_BOX = re.compile(r"[│┃├┤┌┐└┘─━]")


def rejected_title(title: str, languages: Languages) -> str:
    """Why ``title`` is not a headline, or "" when it may be one."""
    if _SERVER_ERROR.match(title):
        return "a server's error message"
    if _LINK.search(title):
        return "a link or a handle"
    if _BOX.search(title):
        return "box-drawing characters (a frame or a table)"
    if len(_CRUMB.findall(title)) >= 2 and max(len(p.split()) for p in _CRUMB.split(title)) <= 4:
        return "a breadcrumb"
    hits = find_dates(title, languages, short_years=True)
    if hits and len(residue(title, hits, languages)) <= 3:
        return "a dateline or a date"
    return ""


def _undecorated(text: str) -> str:
    """``text`` without the menu bullets and arrows in front of it, but for an opening quotation mark."""
    found = _DECORATION.match(text)
    if not found:
        return text.strip()
    lead, rest = found.group().rstrip(), text[found.end() :]
    mark = lead[-1:]
    if mark in _CLOSER and _CLOSER[mark] in rest:
        rest = mark + (" " if lead != found.group() else "") + rest
    return rest.strip()


def _shorten(text: str) -> str:
    text = " ".join(text.split())
    if len(text) <= MAX_TITLE:
        return text
    cut = text[: MAX_TITLE - 1].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:-–—") + "…"


def pick_title(
    title: str | None, blocks: tuple[Block, ...], languages: Languages, stated: bool = False
) -> tuple[str, Basis, str, tuple[str, ...]]:
    """(title, basis, evidence snippet, the cleaner's title if turned down with why); never an empty title.

    ``stated``: the title is the one a saved page's markup states, kept as it is.
    """
    turned_down: tuple[str, ...] = ()
    if title and title.strip():
        text = _undecorated(" ".join(title.split()))
        reason = "" if stated else rejected_title(text, languages) if text else "only decoration"
        if not reason:
            return text, Basis.EXPLICIT, title.strip(), ()
        turned_down = (f"{title.strip()[:100]} (the cleaner's title) — {reason}",)
    for kind in ("heading", "paragraph"):
        for block in blocks:
            text = next((item for item in block.items if item.strip()), "")
            if block.kind != kind or not text:
                continue
            source = _SENTENCE_END.split(text.strip(), maxsplit=1)[0] if kind == "paragraph" else text
            shortened = _shorten(source)
            if shortened:
                return shortened, Basis.INFERRED, source.strip(), turned_down
    return UNTITLED, Basis.UNKNOWN, "", turned_down
