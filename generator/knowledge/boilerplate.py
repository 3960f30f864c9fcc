"""The boilerplate phrase data file (``boilerplate.yml``) and matchers over normalised lines."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from generator.errors import DataError
from generator.knowledge.languages import Languages

_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"[^\W\d_][\w-]*")
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
    """Phrase sets of the data file, and the languages whose dates and bylines mark metadata lines."""

    exact: frozenset[str]
    prefix: tuple[str, ...]
    contains: tuple[str, ...]
    contains_short: tuple[str, ...]
    footer: frozenset[str]
    related: frozenset[str]
    references: frozenset[str]
    consent: tuple[str, ...]
    consent_context: tuple[str, ...]
    prefix_max_words: int
    contains_max_words: int
    contains_short_max_words: int
    languages: Languages

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

    def is_consent(self, text: str) -> bool:
        """Whether ``text`` reads as a line of a cookie-consent notice: a ``consent`` term anywhere and a
        word starting with a ``consent_context`` term."""
        low = text[:3000].lower()
        if not any(term in low for term in self.consent):
            return False
        return any(w.startswith(self.consent_context) for w in _WORD.findall(low))

    def is_footer(self, text: str) -> bool:
        """Whether ``text`` is a heading that opens an end-of-article chrome section."""
        return bare(text) in self.footer

    def is_related(self, text: str) -> bool:
        """Whether ``text`` is a heading that opens a list of other headlines."""
        return bare(text) in self.related

    def is_references(self, text: str) -> bool:
        """Whether ``text`` is a heading that opens a reference list."""
        return bare(text) in self.references


def _strings(data: dict[str, Any], key: str, where: str, problems: list[str]) -> list[str]:
    value = data.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        problems.append(f"{where}: '{key}' must be a list of phrases")
        return []
    return [_SPACES.sub(" ", v).lower() for v in value]


def _count(data: dict[str, Any], key: str, default: int, where: str, problems: list[str]) -> int:
    value = data.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        problems.append(f"{where}: '{key}' must be a whole number >= 1")
        return default
    return value


def parse_phrases(data: Any, where: str, languages: Languages) -> Phrases:
    """The phrase sets of the parsed data file; raises DataError naming every bad field."""
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise DataError([f"{where}: the file must hold a mapping of phrase lists"], "invalid boilerplate phrases")
    problems: list[str] = []

    def strings(key: str) -> list[str]:
        return [p.strip() for p in _strings(data, key, where, problems)]

    phrases = Phrases(
        exact=frozenset(strings("exact")),
        prefix=tuple(p.lstrip() for p in _strings(data, "prefix", where, problems)),
        contains=tuple(strings("contains")),
        contains_short=tuple(strings("contains_short")),
        footer=frozenset(strings("footer")),
        related=frozenset(strings("related")),
        references=frozenset(strings("references")),
        consent=tuple(strings("consent")),
        consent_context=tuple(strings("consent_context")),
        prefix_max_words=_count(data, "prefix_max_words", 14, where, problems),
        contains_max_words=_count(data, "contains_max_words", 40, where, problems),
        contains_short_max_words=_count(data, "contains_short_max_words", 22, where, problems),
        languages=languages,
    )
    if problems:
        raise DataError(problems, "invalid boilerplate phrases")
    return phrases
