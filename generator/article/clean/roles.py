"""Give every line its role: title, meta, body kinds, or dropped chrome with a reason."""

from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import dataclass

from generator.article.clean import promos, shapes, title
from generator.article.clean.features import Info, Quality
from generator.article.records import Role
from generator.knowledge.boilerplate import Phrases, norm

_NAV_RUN = 3  # this many short lines in a row, with few words each, are a menu
_REF_LOOKAHEAD = 6
_DECK_WORDS = 8
_LEAD_IN_WORDS = 8


@dataclass(frozen=True)
class Layout:
    """Where the article sits in the page."""

    start: int  # first line of the main span
    end: int  # last line of the main span
    first: int  # first good paragraph
    title: int | None


Assigned = list[tuple[Role, str]]


def assign(infos: list[Info], lay: Layout, embedded: set[int], phrases: Phrases) -> Assigned:
    """Role and drop reason for every line (blank lines get an empty boilerplate entry)."""
    out: Assigned = [(Role.BOILERPLATE, "")] * len(infos)
    title_key = norm(infos[lay.title].text) if lay.title is not None else None
    counts = Counter(_key(i.text) for i in infos if i.text and (i.nwords <= 8 or "&#" in i.text))
    refs_end = _references(infos, lay, out, phrases)
    body_end = max(lay.end, refs_end)
    bylines = _bylines(infos)
    deck = _deck(infos, lay)
    amounts = _amounts(infos, lay, body_end)
    for info in infos:
        i = info.index
        if not info.text or out[i][0] is not Role.BOILERPLATE or out[i][1]:
            continue
        if i in embedded:
            out[i] = (Role.EMBED, "embed")
        elif title_key is not None and i <= lay.first and norm(info.text) == title_key:
            out[i] = (Role.TITLE, "")
        elif info.meta and (lay.first - 40 <= i <= body_end):
            out[i] = (Role.META, "")
        elif info.nwords >= 8 and not info.reason and promos.is_bio(info.text, i, bylines):
            out[i] = (Role.BOILERPLATE, "author-bio")
        elif i in amounts:
            out[i] = (Role.LIST_ITEM, "")  # an ingredient or material list beside the article
        elif i < lay.start:
            out[i] = _header(info, lay, deck)
        elif i > body_end:
            out[i] = (Role.BOILERPLATE, "footer-zone")
        elif info.code:
            out[i] = (Role.BODY, "")  # a line of a code block inside the article
        elif info.reason:
            out[i] = (Role.BOILERPLATE, info.reason)
        elif counts[_key(info.text)] >= 2 and info.quality is not Quality.GOOD:
            out[i] = (Role.BOILERPLATE, "repeated")
    _body(infos, lay, out, phrases)
    return out


_AMOUNT_ITEMS = 3  # a list of amounts has at least this many bulleted items
_AMOUNT_SHARE = 0.6  # ... this share of which open with an amount
_AMOUNT_GAP = 3  # ... at most this many lines apart (a blank line and a subheading between)
_AMOUNT_REACH = 40  # ... ending at most this many lines before the span or starting this many after it


def _amounts(infos: list[Info], lay: Layout, body_end: int) -> set[int]:
    """Items of the bulleted lists of amounts (``shapes.is_amount``: ingredients, materials,
    nutrition facts) in the span or within ``_AMOUNT_REACH`` lines of it: a recipe's or a how-to's
    lists, which a dump often puts apart from the prose."""
    out: set[int] = set()
    run: list[Info] = []
    for info in [*(i for i in infos if i.text and i.bullet and not i.meta), None]:
        if info is not None and (not run or info.index - run[-1].index <= _AMOUNT_GAP):
            run.append(info)
            continue
        near = bool(run) and run[-1].index >= lay.start - _AMOUNT_REACH and run[0].index <= body_end + _AMOUNT_REACH
        amounts = sum(1 for i in run if shapes.is_amount(i.text))
        if near and len(run) >= _AMOUNT_ITEMS and amounts >= _AMOUNT_SHARE * len(run):
            out.update(i.index for i in run if not i.reason or i.reason == "junk")
        run = [info] if info is not None else []
    return out


def _key(text: str) -> str:
    """Repetition key of a line: normalised, with HTML entities (``&#39;``) decoded."""
    return norm(html.unescape(text) if "&" in text else text)


def _bylines(infos: list[Info]) -> list[tuple[int, str, bool]]:
    """Bylines and short lines (author boxes), lower-cased, where a bio's name may stand."""
    return [(i.index, i.text.lower(), i.meta) for i in infos if i.text and (i.meta or i.nwords <= 4)]


def _deck(infos: list[Info], lay: Layout) -> int:
    """Index of the line right under the headline when it reads like a standfirst; -1 otherwise."""
    if lay.title is None:
        return -1
    for info in infos[lay.title + 1 : lay.title + 4]:
        if not info.text:
            continue
        ok = info.nwords >= _DECK_WORDS and info.stop >= 0.15 and not info.reason and not info.meta
        return info.index if ok and title.sentence_case(info.text) else -1
    return -1


def _header(info: Info, lay: Layout, deck: int) -> tuple[Role, str]:
    after_title = lay.title is not None and lay.title < info.index
    if after_title and info.final and info.nwords >= 4 and info.stop >= 0.15 and not info.reason:
        return (Role.BODY, "")  # the standfirst between headline and body
    if info.index == deck:
        return (Role.BODY, "")  # a standfirst without final punctuation
    return (Role.BOILERPLATE, info.reason or "header-zone")


def _references(infos: list[Info], lay: Layout, out: Assigned, ph: Phrases) -> int:
    """Mark a reference list (heading plus entries) in or just after the span; return its end."""
    stop = min(len(infos), lay.end + 1 + _REF_LOOKAHEAD * 2)
    for info in infos[lay.first : stop]:
        if not info.text or info.nwords > 4 or not ph.is_references(info.text):
            continue
        entries, last = [], info.index
        for k in range(info.index + 1, len(infos)):
            nxt = infos[k]
            if not nxt.text:
                continue
            if not (nxt.numbered or shapes.URL.search(nxt.text[:2000])):
                break
            entries.append(nxt.index)
            last = nxt.index
        if len(entries) < 1:
            continue
        out[info.index] = (Role.HEADING, "")
        for j in entries:
            out[j] = (Role.REFERENCE, "")
        return last
    return -1


def _undecided(out: Assigned, info: Info) -> bool:
    return bool(info.text) and out[info.index] == (Role.BOILERPLATE, "")


def _body(infos: list[Info], lay: Layout, out: Assigned, phrases: Phrases) -> None:
    span = [i for i in infos[lay.start : lay.end + 1] if _undecided(out, i)]
    _related(infos, lay, out, phrases)
    _lists(span, out)
    for k, info in enumerate(span):
        if not _undecided(out, info):
            continue
        if info.raw.lstrip().startswith(">"):
            out[info.index] = (Role.QUOTE, "")
        elif "\t" in info.text.strip():
            out[info.index] = (Role.TABLE_ROW, "")
        elif info.quality in (Quality.GOOD, Quality.NEAR):
            out[info.index] = (Role.BODY, "")
        elif _fact_run(span, k):
            out[info.index] = (Role.BODY, "")  # "Label: value" facts (specifications, credits, results)
        elif _nav_run(span, k):
            out[info.index] = (Role.BOILERPLATE, "short-nav")
        elif (info.final and info.nwords >= 3) or (info.nwords > 20 and info.stop >= 0.2):
            out[info.index] = (Role.BODY, "")
        elif info.text.endswith(":") and info.nwords >= _LEAD_IN_WORDS and info.stop >= 0.15:
            out[info.index] = (Role.BODY, "")  # a sentence that leads in to a quote or a list
        elif not info.final and info.nwords <= 20 and _before_prose(infos, info.index, lay.end):
            out[info.index] = (Role.HEADING, "")
        elif _verse(span, k):
            out[info.index] = (Role.BODY, "")  # a line of a quoted verse, a lyric or an address block
        else:
            out[info.index] = (Role.BOILERPLATE, "short-nav")


def _related(infos: list[Info], lay: Layout, out: Assigned, ph: Phrases) -> None:
    """Drop a list of other headlines opened by a 'Related'-like heading inside the body."""
    dropping = False
    for info in infos[lay.start : lay.end + 1]:
        if not info.text:
            continue
        if info.nwords <= 8 and ph.is_related(info.text):
            dropping = True
            out[info.index] = (Role.BOILERPLATE, "related")
        elif dropping and info.quality is Quality.GOOD:
            dropping = False
        elif dropping and _undecided(out, info):
            out[info.index] = (Role.BOILERPLATE, "related")


def _lists(span: list[Info], out: Assigned) -> None:
    run: list[Info] = []
    for info in [*span, None]:
        if info is not None and (info.bullet or info.numbered) and _undecided(out, info):
            run.append(info)
            continue
        if run:
            items = len(run)
            avg = sum(i.nwords for i in run) / items
            prose = sum(1 for i in run if i.final) / items
            keep = avg >= 5 or prose >= 0.5
            for i in run:
                out[i.index] = (Role.LIST_ITEM, "") if keep else (Role.BOILERPLATE, "short-nav")
            run = []


def _nav_run(span: list[Info], k: int) -> bool:
    lo, hi = k, k
    while lo > 0 and _shortish(span[lo - 1]) and span[lo - 1].index == span[lo].index - 1:
        lo -= 1
    while hi + 1 < len(span) and _shortish(span[hi + 1]) and span[hi + 1].index == span[hi].index + 1:
        hi += 1
    run = span[lo : hi + 1]
    return len(run) >= _NAV_RUN and sum(i.nwords for i in run) / len(run) <= 4


_FACT = re.compile(r"^[^\W\d][^:\s]{0,30}(?:\s[^:\s]{1,30})?:\s*[^\s:]")  # a label of one or two words
_FACT_WORDS = 8


def _fact(info: Info) -> bool:
    """A short "Label: value" line ("Material: cotton", "Jacket: Brand")."""
    return info.nwords <= _FACT_WORDS and not (info.reason or info.meta or info.urls) and bool(_FACT.match(info.text))


def _fact_run(span: list[Info], k: int) -> bool:
    """Whether span line ``k`` is one of two or more "Label: value" lines in a row (blank lines and
    dropped lines between): a list of facts inside the article, not a menu."""
    if not _fact(span[k]):
        return False
    return (k > 0 and _fact(span[k - 1])) or (k + 1 < len(span) and _fact(span[k + 1]))


_VERSE_WORDS = 5  # a line of a verse or a line-broken quote holds at least this many words


def _verse(span: list[Info], k: int) -> bool:
    """Whether span line ``k`` is one of a block of adjacent lines (no blank line between) of
    ``_VERSE_WORDS``+ words each, no list items or dropped lines: text broken into lines, not a menu."""
    info = span[k]
    if not _versed(info):
        return False
    prev = span[k - 1] if k > 0 else None
    nxt = span[k + 1] if k + 1 < len(span) else None
    return (prev is not None and prev.index == info.index - 1 and _versed(prev)) or (
        nxt is not None and nxt.index == info.index + 1 and _versed(nxt)
    )


def _versed(info: Info) -> bool:
    return info.nwords >= _VERSE_WORDS and not (info.reason or info.bullet or info.numbered or info.meta or info.urls)


def _shortish(info: Info) -> bool:
    return info.quality in (Quality.SHORT, Quality.BAD)


def _before_prose(infos: list[Info], at: int, end: int) -> bool:
    for k in range(at + 1, min(end + 1, len(infos))):
        info = infos[k]
        if info.text:
            return info.quality in (Quality.GOOD, Quality.NEAR)
    return False
