"""Text folding shared by the metadata and actor stages: diacritics and a capped edit distance."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable


def strip_marks(text: str) -> str:
    """``text`` without combining diacritics (é -> e), keeping case."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def distance(a: str, b: str, limit: int, free: Iterable[frozenset[str]] = ()) -> int:
    """Levenshtein distance of ``a`` and ``b``, capped at ``limit + 1``.

    Substituting characters of one ``free`` group costs nothing (letters that OCR and fonts
    confuse, such as ``I``/``l``/``1``).
    """
    groups = tuple(free)
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, start=1):
            same = ca == cb or any(ca in g and cb in g for g in groups)
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (0 if same else 1))
        if min(current) > limit:
            return limit + 1
        previous = current
    return min(previous[-1], limit + 1)
