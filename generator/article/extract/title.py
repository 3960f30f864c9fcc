"""Choose an article's title: the cleaner's unless it is plainly no headline, else a heading or the opening sentence.

The cleaner's title is ``explicit``. It is turned down (and the reason kept for the build report)
when it is a server error message ("Warning: ...", "Deprecated: ..."), a link or a handle, a
breadcrumb ("Home > World > Europe"), a dateline or a date alone, or a line of box-drawing
characters; menu bullets and arrows in front of it are dropped first, but not an opening quote or
asterisk the title closes later ("»Quote«", "*Update*": 8 saved pages' titles lost their quote).
Then the first heading, or the first sentence of the first paragraph, is ``inferred``; "Untitled"
is ``unknown``. A text copy's title the fitted cleaner is not sure of (``Cleaned.title_confidence``
below the model file's ``title_bar``, both fitted by ``benchmarks/fit_cleaner.py``) is kept but
``inferred``: on the train text copies about a third of the cleaner's titles were chrome, a kicker,
a deck or a subheading, and a reader trusts an explicit title. A saved page's title comes from its
markup (``read/htmltitle.py``) and is not turned down here.
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
_PAIRED = {"«": "»", "»": "«", "*": "*"}  # an opening quote or asterisk whose mate follows is the headline's
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


def undecorated(title: str) -> str:
    """``title`` without the bullets and arrows in front of it; an opening quote closed later stays (»Quote«)."""
    text = " ".join(title.split())
    lead = _DECORATION.match(text)
    if lead is None:
        return text
    kept = lead.group().rstrip()
    mark = kept[-1:]
    if mark in _PAIRED and _PAIRED[mark] in text[lead.end() :]:
        return text[len(kept) - 1 :].strip()
    return text[lead.end() :].strip()


def _shorten(text: str) -> str:
    text = " ".join(text.split())
    if len(text) <= MAX_TITLE:
        return text
    cut = text[: MAX_TITLE - 1].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:-–—") + "…"


def pick_title(
    title: str | None,
    blocks: tuple[Block, ...],
    languages: Languages,
    stated: bool = False,
    confidence: float | None = None,
    bar: float = 0.0,
) -> tuple[str, Basis, str, tuple[str, ...], str]:
    """(title, basis, evidence snippet, the cleaner's title if turned down with why, how it was
    found); never an empty title.

    ``stated``: the title is the one a saved page's markup states, kept as it is. ``confidence``:
    the fitted cleaner's confidence in its title (``Cleaned.title_confidence``; None: no model);
    below ``bar`` the title is kept but inferred, and the evidence says why.
    """
    turned_down: tuple[str, ...] = ()
    if title and title.strip():
        text = undecorated(title)
        reason = "" if stated else rejected_title(text, languages) if text else "only decoration"
        if not reason and not stated and confidence is not None and confidence < bar:
            how = f"the cleaner's title, low confidence p={confidence:.2f} < {bar:.2f}"
            return text, Basis.INFERRED, title.strip(), (), how
        if not reason:
            how = "markup: title tags and <h1>" if stated else "the cleaner's title"
            return text, Basis.EXPLICIT, title.strip(), (), how
        turned_down = (f"{title.strip()[:100]} (the cleaner's title) — {reason}",)
    for kind in ("heading", "paragraph"):
        for block in blocks:
            text = next((item for item in block.items if item.strip()), "")
            if block.kind != kind or not text:
                continue
            source = _SENTENCE_END.split(text.strip(), maxsplit=1)[0] if kind == "paragraph" else text
            shortened = _shorten(source)
            if shortened:
                return shortened, Basis.INFERRED, source.strip(), turned_down, ""
    return UNTITLED, Basis.UNKNOWN, "", turned_down, ""
