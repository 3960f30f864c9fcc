"""Find the outlet that published an article and say how it was found.

Explicit, in this order of preference: an outlet in a byline ("By Outlet", "A | Outlet");
an agency in a dateline ("CAIRO (Reuters) -", "MOSCOW, March 9. /TASS/."); a copyright
line ("© 2024 Outlet", "Copyright Outlet", "copyright and property of Outlet"); a
masthead, i.e. a known outlet standing alone (or before a separator) on a header or
footer line. Unknown outlets count in bylines, datelines and copyright lines, where the
pattern itself says "publisher"; a masthead must be a known outlet, since an unknown
name alone on a line cannot be told from navigation.

Inferred: a known outlet that the body says people "told" (or spoke to, gave an
interview to) at least twice, as outlets write of their own reporting ("officials told
Kommersant"); a single mention is too weak. Then a known outlet's domain in a URL
standing alone on a header or footer line; then a known outlet named in a short header
or footer line. "According to X" or "citing X" is attribution, never the publisher.
"""

from __future__ import annotations

import re
from collections import Counter

from generator.article.extract.authors import Bylines
from generator.article.extract.names import leading_name, looks_like_outlet
from generator.article.extract.zone import View, snippet, word_count
from generator.article.records import Basis, Line, Role
from generator.knowledge.outlets import Outlets

Found = tuple[str, Basis, str]
_AGENCY = r"(?:\((?P<agency>[^)]{2,40})\)\s*[-–—:]|/(?P<slashed>[A-Z][\w-]{1,20})/)"
_DATELINE = re.compile(rf"^\s*[A-ZÀ-ÞА-Я][A-ZÀ-ÞА-Я .'’-]{{1,40}}(?:,[^()/]{{0,60}})?\s*{_AGENCY}")
# "Baghdad (AFP) -": a title-case place only counts before a known outlet.
_DATELINE_TITLE = re.compile(rf"^\s*[A-ZÀ-ÞА-Я][\w.'’-]+(?: [A-ZÀ-ÞА-Я][\w.'’-]+){{0,3}},?\s*{_AGENCY}")
_COPYRIGHT = re.compile(
    # "© 2024 X", "Copyright © 2024 X" and "© Copyright 2024 X" all name X.
    r"(?:©\s*(?:copyright\b)?|\(c\)(?=\s*\d{4})|\bcopyright\b\s*(?:©|\(c\))?)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?"
    r"(?:by\s+)?(?P<rest>.*)",
    re.I,
)
_COPYRIGHT_START = re.compile(r"^\s*(?:©|\(c\)|copyright\b)", re.I)
_PROSE = (Role.BODY, Role.QUOTE, Role.HEADING, Role.LIST_ITEM, Role.TABLE_ROW)
_PROPERTY = re.compile(r"\bcopyright\s+(?:(?:and|&)\s+property\s+)?of\s+(?P<rest>.*)", re.I)
_PHOTO = re.compile(r"photo|image|picture|getty|illustration|фото|credit", re.I)
_SEPARATOR = re.compile(r"[|·•:–—]|\s-\s")
_TOLD = re.compile(
    r"\b(?:told|said to|speaking to|spoke to|in an interview with|in comments to)\s+"
    r"(?P<rest>(?:the\s+)?[A-ZА-Я][^\s,.;:)]*(?:\s+[A-ZА-Я][^\s,.;:)]*){0,4})"
)
_ATTRIBUTION = re.compile(r"\baccording to\b|\bciting\b|\bcited by\b|\breported by\b", re.I)
_URL = re.compile(r"^\s*(?:[\w ]{1,20}:\s*)?https?://(?P<host>[^/\s:]+)\S*\s*$")


def _name(candidate: str, outlets: Outlets) -> str | None:
    name = leading_name(candidate)
    if not name or name.casefold().startswith(("all rights", "the author")):
        return None
    outlet = outlets.lookup_prefix(name)
    if outlet is not None:
        return outlet.name
    return name if word_count(name) <= 6 else None


def _from_bylines(bylines: Bylines) -> Found | None:
    ranked = sorted(bylines.outlets, key=lambda item: item[1] is None)
    if not ranked:
        return None
    name, _, line = ranked[0]
    return name, Basis.EXPLICIT, snippet(line.text, 0, 0)


def _from_dateline(view: View, outlets: Outlets) -> Found | None:
    for line in view.header:
        m = _DATELINE.match(line.text)
        caps = m is not None
        m = m or _DATELINE_TITLE.match(line.text)
        if m is None:
            continue
        agency = (m.group("agency") or m.group("slashed")).strip()
        outlet = outlets.lookup(agency)
        if outlet is not None or (caps and looks_like_outlet(agency)):
            name = outlet.name if outlet else agency
            return name, Basis.EXPLICIT, snippet(line.text, m.start(), m.end())
    return None


def _from_copyright(view: View, outlets: Outlets) -> Found | None:
    for line in view.usable:
        # In prose, "copyright" is a topic ("the Copyright Office"), not a footer notice.
        if _PHOTO.search(line.text) or (line.role in _PROSE and not _COPYRIGHT_START.match(line.text)):
            continue
        for pattern in (_COPYRIGHT, _PROPERTY):
            m = pattern.search(line.text)
            if m is not None and (name := _name(m.group("rest"), outlets)):
                return name, Basis.EXPLICIT, snippet(line.text, m.start(), m.start() + 80)
    return None


def _from_masthead(lines: list[Line], outlets: Outlets) -> Found | None:
    for line in lines:
        if line.role == Role.TITLE or _PHOTO.search(line.text):
            continue
        if line.role in _PROSE and word_count(line.text) > 12:
            continue
        first = _SEPARATOR.split(line.text.strip(), maxsplit=1)[0].strip()
        outlet = outlets.lookup(first)
        if outlet is not None:
            return outlet.name, Basis.EXPLICIT, snippet(line.text, 0, 0)
    return None


def _from_told(view: View, outlets: Outlets) -> Found | None:
    counts: Counter[str] = Counter()
    first: dict[str, str] = {}
    for line in view.body:
        for m in _TOLD.finditer(line.text):
            outlet = outlets.lookup_prefix(m.group("rest"))
            if outlet is not None:
                counts[outlet.name] += 1
                first.setdefault(outlet.name, m.group(0))
    if not counts:
        return None
    name, count = counts.most_common(1)[0]
    return (name, Basis.INFERRED, first[name]) if count >= 2 else None


def _from_edges(lines: list[Line], outlets: Outlets) -> Found | None:
    for line in lines:
        m = _URL.match(line.text)
        if m and (outlet := outlets.by_domain(m.group("host"))):
            return outlet.name, Basis.INFERRED, line.text.strip()
    for line in lines:
        if line.role == Role.TITLE or word_count(line.text) > 8:
            continue
        if _ATTRIBUTION.search(line.text) or _PHOTO.search(line.text):
            continue
        for outlet, start, end in outlets.mentions(line.text):
            return outlet.name, Basis.INFERRED, snippet(line.text, start, end)
    return None


def pick_source(view: View, bylines: Bylines, outlets: Outlets, title: str) -> Found | None:
    """The publisher's name, its basis and its evidence snippet; None when not named."""
    edges = [ln for ln in (*view.header, *view.footer) if ln.text.strip() != title.strip()]
    return (
        _from_bylines(bylines)
        or _from_dateline(view, outlets)
        or _from_copyright(view, outlets)
        or _from_masthead([*view.usable[:10], *edges], outlets)
        or _from_told(view, outlets)
        or _from_edges(edges, outlets)
    )
