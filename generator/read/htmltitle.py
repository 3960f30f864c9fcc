"""The title of a saved web page: the stated candidates, site-name suffixes stripped, checked against the ``<h1>``.

``<title>`` and ``og:title`` usually carry the site's name (" | Site", " - Site", " — Site"),
while the ``<h1>`` is the headline as printed but can also be a logo or a section name. So each
candidate is cut at its separators and the variant that best matches an ``<h1>`` wins; without a
matching ``<h1>``, the first candidate loses a trailing segment only when that segment names the
site or is a short capitalised name after a longer headline.

The site's names are ``og:site_name``, the JSON-LD publisher and the labels of the page's host
name. Sources that agree on a shorter part are read as the headline without its kicker: an
``og:title`` "Harbours: New pier opens" and an ``<h1>`` "New pier opens" (or an ``<h1>`` "Harbours /
New pier opens" and a ``<title>`` "New pier opens | Site") agree on "New pier opens" (issue 16: on
the fitting sites 14 of the 132 misses were a kicker or overline kept by one source only).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import TYPE_CHECKING

from generator.read.urls import host_of

if TYPE_CHECKING:
    from generator.knowledge.languages import Languages

_SEP_RE = re.compile(r"\s+(?:\||-|–|—|·|»|::|//|/)\s+")
_WORD_RE = re.compile(r"\w+")
_MATCH = 0.8  # SequenceMatcher ratio from which a candidate and an <h1> are the same headline
_SITE_MAX_WORDS = 4  # at most this many words in a trailing site name
_OVERLAP = 0.5  # share of a stated title's words an <h1> must contain to count as its fuller form
_H1_MIN_WORDS = 3  # a shorter <h1> is more often a logo or section name than a headline
_KICKER_RE = re.compile(r"^[^:]+?:\s+(?=\S)")  # "Kicker: Headline"; the part before a colon is no headline alone
_PIECE_MIN_WORDS = 2  # a shorter part of a kicker'd title is a label, not a headline
_HOST_SUFFIX = frozenset({"www", "co", "com", "org", "net", "gov", "ac", "edu", "or", "ne", "gob"})
_NAME_MIN = 4  # a shorter site name (a host label like "wp") must equal a segment, not sit inside it
_CHROME_SEP_RE = re.compile(r"\s+(?:\||-|–|—|·|»|::|//|/|:)\s+")  # also " : ", where only chrome is cut
_QUOTES = "\"'“”„«»‘’‚‹›"
_LEAD_SEP_RE = re.compile(r"^(?:[|»·/–—-]+\s+)+")
_HOST_RE = re.compile(r"^(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}$", re.I)  # "example-news.ch"


def _key(text: str) -> str:
    return " ".join(_WORD_RE.findall(text.lower()))


def _compact(text: str) -> str:
    return _key(text).replace(" ", "")


def _name_key(site: str) -> str:
    """A site name's letters; a host name ("www.example.de") without "www." and its top-level domain."""
    text = site.strip()
    if "." in text and " " not in text:
        labels = [x for x in text.lower().split(".") if x and x != "www"]
        text = labels[0] if len(labels) > 1 else text
    return _compact(text)


def _name_keys(site: str | tuple[str, ...] | None) -> list[str]:
    """The letters of each of a page's site names (one name, several, or none)."""
    sites = (site,) if isinstance(site, str) else site or ()
    return [_name_key(s) for s in sites]


def site_names(sitename: str | None, publisher: str | None, url: str | None) -> tuple[str, ...]:
    """The names a page's site goes by: ``og:site_name``, the publisher, the labels of its host name."""
    names = [n for n in (sitename, publisher) if n]
    host = (host_of(url) or "") if url else ""
    labels = host.lower().split(".")[:-1]
    names += [x for x in labels if x not in _HOST_SUFFIX and len(x) >= 2]
    return tuple(dict.fromkeys(names))


def _names_site(text: str, site: str | tuple[str, ...] | None) -> bool:
    """Whether ``text`` is a site's name: part of a name, or a name with at most as much again ("Example.de Blog").

    A headline that mentions the site ("Example Gazette wins award" on the Gazette's own page) is
    not the site's name; a logo "Example Blog" on example.org is; nor is a short headline with the
    site's name after a separator ("Pier opens | Quay Media - Harbour News").
    """
    key = _compact(text)
    names = _name_keys(site)
    if key and key in names:
        return True
    if _carries_site(text, site):
        return False  # "Headline | Site": a title with the site's name, not the name
    for name in names:
        if key and name and len(key) >= _NAME_MIN and key in name:
            return True
        if len(name) >= _NAME_MIN and name in key and len(key) <= 2 * len(name):
            return True
    return False


def _carries_site(text: str, site: str | tuple[str, ...] | None) -> bool:
    """Whether one of ``text``'s separator-delimited segments is part of a site's name ("Headline | Site")."""
    parts = [_compact(p) for p in _SEP_RE.split(text)]
    names = _name_keys(site)
    return len(parts) > 1 and any(p and (p == n or (len(p) >= _NAME_MIN and p in n)) for p in parts for n in names)


def chrome_test(languages: Languages) -> Callable[[str, bool], bool]:
    """Whether a title segment is page chrome: a chrome word ("Blog Archive"), a host name, or (at an edge) a date.

    A date between two segments is left: it is as often part of a period ("Report 3. - 9. June 2024").
    """
    words = languages.words("title_chrome")
    fillers = languages.words("fillers")
    dates = languages.line_date

    def is_chrome(segment: str, edge: bool) -> bool:
        text = segment.strip()
        if _key(text) in words or text.lower() in words or _HOST_RE.match(text):
            return True
        if not edge or not dates.search(text):
            return False
        rest = _WORD_RE.findall(dates.sub(" ", text).lower())
        return all(w.isdigit() or w in fillers for w in rest)

    return is_chrome


def unchromed(title: str, is_chrome: Callable[[str, bool], bool] | None) -> str:
    """``title`` without its segments that are page chrome ("Site » Blog Archive » Headline", "Headline : 6.11.")."""
    if is_chrome is None:
        return title
    parts = _CHROME_SEP_RE.split(title)
    seps = _CHROME_SEP_RE.findall(title)
    keep = [not is_chrome(p, i in (0, len(parts) - 1)) for i, p in enumerate(parts)]
    if len(parts) < 2 or all(keep) or not any(keep):
        return title
    out = ""
    for i, part in enumerate(parts):
        if keep[i]:
            out += (seps[i - 1] if out else "") + part
    return _LEAD_SEP_RE.sub("", out.strip())  # "site.example // » Headline" leaves no "» " in front


def _uncut(candidates: tuple[str, ...]) -> tuple[str, ...]:
    """The candidates less one that another continues with a quote: a meta attribute cut at an unescaped quote."""
    cut = {c for c in candidates for d in candidates if d != c and d.startswith(c) and _opens_quote(d[len(c) :])}
    return tuple(c for c in candidates if c not in cut) if cut else candidates


def _colon_site(title: str, site: str | tuple[str, ...] | None) -> str:
    """``title`` without a tail after " : " that opens with the site's name ("Headline : Site | Its motto")."""
    head, sep, tail = title.partition(" : ")
    if sep and len(_key(head).split()) >= 2 and _names_site(_SEP_RE.split(tail)[0], site):
        return head.strip()
    return title


def _opens_quote(text: str) -> bool:
    first = text.lstrip()[:1]
    return bool(first) and first in _QUOTES


def variants(title: str) -> list[str]:
    """``title`` and every run of its separator-delimited segments, longest first."""
    parts = _SEP_RE.split(title)
    seps = _SEP_RE.findall(title)
    out = [title]
    for start in range(len(parts)):
        for end in range(len(parts), start, -1):
            if (start, end) == (0, len(parts)):
                continue
            text = parts[start]
            for i in range(start + 1, end):
                text += seps[i - 1] + parts[i]
            out.append(text.strip())
    return sorted(dict.fromkeys(v for v in out if _key(v)), key=len, reverse=True)


def strip_site(title: str, site: str | tuple[str, ...] | None) -> str:
    """``title`` without a leading or trailing segment that names the site or is short page chrome."""
    parts = _SEP_RE.split(title)
    if len(parts) == 1:
        return title
    seps = _SEP_RE.findall(title)
    while len(parts) > 1 and _names_site(parts[-1], site):
        parts.pop()
        seps.pop()
    while len(parts) > 1 and _names_site(parts[0], site):
        parts.pop(0)
        seps.pop(0)
    if len(parts) > 1 and (_looks_like_name(parts[-1], " ".join(parts[:-1])) or _site_tail(parts, seps)):
        parts.pop()
        seps.pop()
    text = parts[0]
    for sep, part in zip(seps, parts[1:], strict=False):
        text += sep + part
    return text.strip()


def _site_tail(parts: list[str], seps: list[str]) -> bool:
    """A short last segment after " | " or " // ": where pages put the site's name, whatever its case."""
    return (
        seps[-1].strip() in ("|", "//", "::") and len(parts[-1].split()) <= 5 and len(" ".join(parts[:-1]).split()) >= 2
    )


def _looks_like_name(tail: str, head: str) -> bool:
    """A short capitalised tail after a longer headline: "... - Example Gazette" (a site name)."""
    words, head_words = tail.split(), _WORD_RE.findall(head)
    capitalised = all(w[:1].isupper() or w[:1].isdigit() or not w[:1].isalnum() for w in words)
    return capitalised and 0 < len(words) <= _SITE_MAX_WORDS and len(head_words) >= max(3, len(words) + 1)


def similarity(a: str, b: str) -> float:
    """How alike two headlines are, ignoring case and punctuation (0..1)."""
    ka, kb = _key(a), _key(b)
    return SequenceMatcher(None, ka, kb, autojunk=False).ratio() if ka and kb else 0.0


def headline_key(text: str) -> str:
    """``text``'s words, lower-cased, without punctuation: two spellings of one headline share it."""
    return _key(text)


def _core_variants(title: str) -> list[str]:
    """The variants of ``title`` that hold its longest segment: a site name segment alone never confirms an h1."""
    parts = _SEP_RE.split(title)
    core = max(parts, key=lambda p: len(_key(p)))
    return [v for v in variants(title) if _key(core) in _key(v)]


def _pieces(text: str) -> dict[str, str]:
    """The parts of ``text`` a headline can be, by key: its core variants, and each without a kicker before a colon.

    Only the part after the colon: the part before it is as often a headline's first half ("Old
    docks: what happens next") as a kicker, and alone it agreed with short SEO titles.
    """
    out: dict[str, str] = {}
    for variant in _core_variants(text):
        out.setdefault(_key(variant), variant)
        tail = _KICKER_RE.sub("", variant, count=1)
        if tail != variant and len(_key(tail).split()) >= _PIECE_MIN_WORDS:
            out.setdefault(_key(tail), tail.strip())
    return out


@dataclass
class _Held:
    """A headline part while the sources are counted: its wording and who holds it."""

    text: str
    count: int = 0
    by_head: bool = False
    by_stated: bool = False


def agreed(heads: tuple[str, ...], candidates: tuple[str, ...], site: str | tuple[str, ...] | None = None) -> list[str]:
    """The parts of a headline an ``<h1>`` and a stated title, or two stated titles, both hold; best first.

    Each text is cut at its separators and at a kicker's colon; a part two of them hold is a
    headline they agree on. One an ``<h1>`` holds comes first (the page shows it), then the longer.
    ``<h1>``s give the wording; ``<h1>``s alone (a repeated "Read more") never agree. Two copies
    of a title with its site name ("Headline | Site", "Headline - Site") agree without it.
    """
    found: dict[str, _Held] = {}
    sources = [(h, True) for h in dict.fromkeys(heads)] + [(c, False) for c in candidates]
    for source, is_head in sources:
        for key, text in _pieces(source).items():
            held = found.setdefault(key, _Held(text))
            if not held.by_head and _typeset(text) > _typeset(held.text):
                held.text = text  # of two stated copies, the one with the page's dashes and quotes
            held.count += 1
            held.by_head |= is_head
            held.by_stated |= not is_head
    shared = [
        (held.by_head, len(key), held.count, held.text)
        for key, held in found.items()
        if held.count >= 2 and held.by_stated and not _names_site(held.text, site)
    ]
    return [text for *_, text in sorted(shared, reverse=True) if not _carries_site(text, site)]


def _confirmed(
    candidates: tuple[str, ...], heads: tuple[str, ...], site: str | tuple[str, ...] | None, echo: int
) -> str | None:
    """The ``<h1>`` the most candidates match (a variant of theirs at ``_MATCH`` or better).

    The last ``echo`` candidates repeat an ``<h1>`` (another reader's title), so matches from the
    others count first. On a tie, the ``<h1>`` more candidates match once their site names are
    stripped wins (a site-name ``<h1>`` matches only the stripped tail), then the closest.
    """
    own = len(candidates) - echo
    best: tuple[int, int, int, float, str] | None = None
    for h1 in heads:
        scores = [max((similarity(v, h1) for v in _core_variants(c)), default=0.0) for c in candidates]
        hits = [x for x in scores if x >= _MATCH]
        stated = sum(x >= _MATCH for x in scores[:own])
        whole = sum(similarity(strip_site(c, site), h1) >= _MATCH for c in candidates)
        if hits and (best is None or (stated, len(hits), whole, max(hits)) > best[:4]):
            best = (stated, len(hits), whole, max(hits), h1)
    return best[4] if best else None


def _stripped_off(h1: str, candidates: tuple[str, ...], site: str | tuple[str, ...] | None) -> bool:
    """Whether ``h1`` is a segment that stripping a candidate's site name cut off (a blog's name as its ``<h1>``)."""
    key = _key(h1)
    for cand in candidates:
        kept = _key(strip_site(cand, site))
        if key != kept and key in {_key(p) for p in _SEP_RE.split(cand)} and key not in kept:
            return True
    return False


def choose_title(
    candidates: tuple[str, ...],
    h1s: tuple[str, ...],
    site: str | tuple[str, ...] | None,
    echo: str | None = None,
    is_chrome: Callable[[str, bool], bool] | None = None,
) -> str | None:
    """The headline: an ``<h1>`` that a stated title confirms, else the first stated title without its site name.

    A confirmed ``<h1>`` gives way to a part of it, cut at a separator, that a stated title also
    holds (its kicker dropped); without one, a part an ``<h1>`` and a stated title (or two stated
    titles) share wins. Neither a candidate nor an ``<h1>`` that is the site's own name is a headline,
    unless that would leave none (a page whose ``og:site_name`` is its title). ``echo``: another
    reader's title for the page, which repeats a stated title or an ``<h1>``: one more candidate, whose
    match with an ``<h1>`` counts after the stated titles' ones. ``is_chrome``: whether a segment of a
    stated title is page chrome (``chrome_test``); such segments are cut first.
    """
    candidates = _uncut(tuple(_colon_site(unchromed(c, is_chrome), site) for c in candidates))
    echo = unchromed(echo, is_chrome) if echo else echo
    extra = (echo,) if echo and echo not in candidates else ()
    heads = tuple(h for h in h1s[:5] if not _names_site(h, site))
    kept = tuple(c for c in candidates + extra if not _names_site(c, site))
    if not heads and not kept:
        heads, kept = h1s[:5], candidates + extra
    heads = tuple(h for h in heads if not _stripped_off(h, kept, site))
    stated = tuple(s for s in (strip_site(c, site) for c in kept) if _key(s))
    shared = agreed(heads, kept, site)
    confirmed = _confirmed(kept, heads, site, len(extra) if extra and extra[0] in kept else 0)
    if confirmed:
        if _key(confirmed) in map(_key, shared):
            return confirmed
        parts = {_key(v) for v in variants(confirmed)} - {_key(confirmed)}
        part = next((s for s in shared if _key(s) in parts), confirmed)
        if part != confirmed and _key(part) not in {_key(s) for s in stated} and confirmed.startswith(part):
            return confirmed  # the sources share only the <h1>'s first half, and each goes on: no kicker
        return part
    if shared:
        return shared[0]
    for h1 in heads:
        # An SEO title is often a shortened headline: the <h1> that contains most of its words wins.
        words = set(_key(h1).split())
        if len(words) >= _H1_MIN_WORDS and any(_overlap(s, words) >= _OVERLAP for s in stated):
            return h1
    if len(heads) == 1 and _lone_headline(heads[0]):
        return heads[0]  # the page's one <h1>, which no stated title confirms: the headline as printed
    if stated:
        return stated[0]
    return heads[0] if len(heads) == 1 else None


def _typeset(title: str) -> int:
    """How many typographic dashes and quotes ``title`` has: an ASCII copy ("-", '"') has fewer."""
    return sum(c in "–—“”„‘’«»‹›" for c in title)


def _lone_headline(h1: str) -> bool:
    """Whether an unconfirmed ``<h1>`` reads as a headline: 3 words or more, no host name, not all in lower case.

    A host name ("example-news.de") is a logo; a line with no capital letter where the script has
    them ("boats and bridges all summer") a slogan or a tag list.
    """
    cased = any(c.isupper() for c in h1) or not any(c.islower() for c in h1)
    return len(_key(h1).split()) >= _H1_MIN_WORDS and cased and not _HOST_RE.match(h1.strip())


def _overlap(title: str, words: set[str]) -> float:
    own = _key(title).split()
    return sum(w in words for w in own) / len(own) if own else 0.0
