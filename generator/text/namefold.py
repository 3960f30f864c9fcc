"""Text folding and a confusion-tolerant edit distance for matching names."""

from __future__ import annotations

import re

from generator.text.fold import distance as capped_distance
from generator.text.fold import strip_marks

_NON_WORD = re.compile(r"[^\w]+")
# Characters that OCR, fonts and typists confuse; substituting one for another is free.
_CONFUSABLE: tuple[frozenset[str], ...] = (frozenset("il1|"), frozenset("o0"))


def fold(text: str) -> str:
    """Case- and diacritic-folded ``text`` with punctuation runs collapsed to one space."""
    folded = strip_marks(text).casefold().replace("_", " ")
    return _NON_WORD.sub(" ", folded).strip()


def distance(a: str, b: str, limit: int) -> int:
    """Edit distance of two folded names, confusable letters free, capped at ``limit + 1``."""
    return capped_distance(a, b, limit, _CONFUSABLE)
