"""Text folding and a confusion-tolerant edit distance for matching names."""

from __future__ import annotations

import re
import unicodedata

_NON_WORD = re.compile(r"[^\w]+")
# Characters that OCR, fonts and typists confuse; substituting one for another is free.
_CONFUSABLE: tuple[frozenset[str], ...] = (frozenset("il1|"), frozenset("o0"))


def strip_marks(text: str) -> str:
    """``text`` without combining diacritics (é -> e), keeping case."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def fold(text: str) -> str:
    """Case- and diacritic-folded ``text`` with punctuation runs collapsed to one space."""
    folded = strip_marks(text).casefold().replace("_", " ")
    return _NON_WORD.sub(" ", folded).strip()


def _sub_cost(a: str, b: str) -> int:
    if a == b:
        return 0
    return 0 if any(a in group and b in group for group in _CONFUSABLE) else 1


def distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance of ``a`` and ``b`` (confusable swaps free), capped at ``limit + 1``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, start=1):
            current[j] = min(
                previous[j] + 1,
                current[j - 1] + 1,
                previous[j - 1] + _sub_cost(ca, cb),
            )
        if min(current) > limit:
            return limit + 1
        previous = current
    return min(previous[-1], limit + 1)
