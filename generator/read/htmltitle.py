"""The title of a saved web page: the stated candidates, site-name suffixes stripped, checked against the ``<h1>``.

``<title>`` and ``og:title`` usually carry the site's name (" | Site", " - Site", " — Site"),
while the ``<h1>`` is the headline as printed but can also be a logo or a section name. So each
candidate is cut at its separators and the variant that best matches an ``<h1>`` wins; without a
matching ``<h1>``, the first candidate loses a trailing segment only when that segment names the
site or is a short capitalised name after a longer headline.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

_SEP_RE = re.compile(r"\s+(?:\||-|–|—|·|»|::|//|/)\s+")
_WORD_RE = re.compile(r"\w+")
_MATCH = 0.8  # SequenceMatcher ratio from which a candidate and an <h1> are the same headline
_SITE_MAX_WORDS = 4  # at most this many words in a trailing site name
_OVERLAP = 0.5  # share of a stated title's words an <h1> must contain to count as its fuller form
_H1_MIN_WORDS = 3  # a shorter <h1> is more often a logo or section name than a headline


def _key(text: str) -> str:
    return " ".join(_WORD_RE.findall(text.lower()))


def _names_site(segment: str, site: str | None) -> bool:
    if not site:
        return False
    seg, name = _key(segment).replace(" ", ""), _key(site.split(".")[0] if "." in site else site).replace(" ", "")
    return bool(seg) and bool(name) and (seg in name or name in seg)


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


def strip_site(title: str, site: str | None) -> str:
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


def _core_variants(title: str) -> list[str]:
    """The variants of ``title`` that hold its longest segment: a site name segment alone never confirms an h1."""
    parts = _SEP_RE.split(title)
    core = max(parts, key=lambda p: len(_key(p)))
    return [v for v in variants(title) if _key(core) in _key(v)]


def choose_title(candidates: tuple[str, ...], h1s: tuple[str, ...], site: str | None) -> str | None:
    """The headline: an ``<h1>`` that a stated title confirms, else the first stated title without its site name."""
    heads = tuple(h for h in h1s[:5] if not _names_site(h, site))
    best: tuple[float, str] | None = None
    for h1 in heads:
        for cand in candidates:
            for variant in _core_variants(cand):
                score = similarity(variant, h1)
                if score >= _MATCH and (best is None or score > best[0]):
                    best = (score, h1)
    if best:
        return best[1]
    stated = [s for s in (strip_site(c, site) for c in candidates) if _key(s)]
    for h1 in heads:
        # An SEO title is often a shortened headline: the <h1> that contains most of its words wins.
        words = set(_key(h1).split())
        if len(words) >= _H1_MIN_WORDS and any(_overlap(s, words) >= _OVERLAP for s in stated):
            return h1
    if stated:
        return stated[0]
    return heads[0] if len(heads) == 1 else None


def _overlap(title: str, words: set[str]) -> float:
    own = _key(title).split()
    return sum(w in words for w in own) / len(own) if own else 0.0
