"""The boilerplate phrase data file, loaded once, and matchers over normalised lines."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from generator import yamlio

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "boilerplate.yml"

_SPACES = re.compile(r"\s+")
_BULLET = re.compile(r"^\s*(?:[•·*\-–—+>▪●◦■□►▶|]+|\d{1,3}[.)])\s+")


def norm(text: str) -> str:
    """Lower-case a line, drop a bullet, outer punctuation and extra spaces."""
    text = text[:400]
    if not text[:1].isalpha():  # a bullet starts with a space, a symbol or a digit
        text = _BULLET.sub("", text)
    return " ".join(text.split()).lower()


def strip_edges(text: str) -> str:
    """``text`` without the non-alphanumeric characters at both ends (``[\\W_]+`` at each end)."""
    lo, hi = 0, len(text)
    while lo < hi and not text[lo].isalnum():
        lo += 1
    while hi > lo and not text[hi - 1].isalnum():
        hi -= 1
    return text[lo:hi]


def bare(text: str) -> str:
    """``norm`` with punctuation stripped from both ends."""
    return strip_edges(norm(text))


@dataclass(frozen=True)
class Phrases:
    """Phrase sets of the data file."""

    exact: frozenset[str]
    prefix: tuple[str, ...]
    contains: tuple[str, ...]
    contains_short: tuple[str, ...]
    footer: frozenset[str]
    related: frozenset[str]
    references: frozenset[str]
    prefix_max_words: int
    contains_max_words: int
    contains_short_max_words: int

    def match(self, text: str) -> str:
        """Name of the phrase rule that marks ``text`` as chrome, or ""."""
        n = norm(text)
        if not n:
            return ""
        b = strip_edges(n)
        if b in self.exact or n in self.exact:
            return "boilerplate-phrase"
        words = len(n.split())
        if words <= self.prefix_max_words and n.startswith(self.prefix):
            return "boilerplate-phrase"
        if words <= self.contains_max_words and any(p in n for p in self.contains):
            return "boilerplate-phrase"
        if words <= self.contains_short_max_words and any(p in n for p in self.contains_short):
            return "boilerplate-phrase"
        return ""

    def is_footer(self, text: str) -> bool:
        """Whether ``text`` is a heading that opens an end-of-article chrome section."""
        return bare(text) in self.footer

    def is_related(self, text: str) -> bool:
        """Whether ``text`` is a heading that opens a list of other headlines."""
        return bare(text) in self.related

    def is_references(self, text: str) -> bool:
        """Whether ``text`` is a heading that opens a reference list."""
        return bare(text) in self.references


def _strings(data: dict[str, object], key: str) -> list[str]:
    value = data.get(key) or []
    if not isinstance(value, list):
        return []
    return [_SPACES.sub(" ", str(v)).lower() for v in value]


@lru_cache(maxsize=1)
def phrases() -> Phrases:
    """Load the data file (cached)."""
    with DATA_FILE.open(encoding="utf-8") as f:
        data = yamlio.safe_load(f) or {}
    return Phrases(
        exact=frozenset(p.strip() for p in _strings(data, "exact")),
        prefix=tuple(p.lstrip() for p in _strings(data, "prefix")),
        contains=tuple(p.strip() for p in _strings(data, "contains")),
        contains_short=tuple(p.strip() for p in _strings(data, "contains_short")),
        footer=frozenset(p.strip() for p in _strings(data, "footer")),
        related=frozenset(p.strip() for p in _strings(data, "related")),
        references=frozenset(p.strip() for p in _strings(data, "references")),
        prefix_max_words=int(data.get("prefix_max_words", 14)),
        contains_max_words=int(data.get("contains_max_words", 40)),
        contains_short_max_words=int(data.get("contains_short_max_words", 22)),
    )
