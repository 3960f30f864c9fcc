"""Rarity of content terms across the corpus (TF-IDF), shared by same-event grouping and discovered themes.

A term's corpus weight is its article weight (``article.signature.content_terms``) times
``log((N + IDF_PRIOR) / (df + 1))``. ``IDF_PRIOR`` keeps a small corpus (five articles about one
region) from treating every shared word as rare: with 40 articles a word in two of them weighs
1.8 times one in half of them, not 4 times.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

from generator.article.records import Term

IDF_PRIOR = 20


def idf_at(df: float, n: int) -> float:
    """The inverse document frequency of a term held by ``df`` of ``n`` articles."""
    return math.log((n + IDF_PRIOR) / (df + 1))


def rarity(term_lists: Sequence[Sequence[Term]]) -> dict[str, float]:
    """The inverse document frequency of every term of the corpus."""
    df = Counter(key for terms in term_lists for key, _, _ in terms)
    return {key: idf_at(k, len(term_lists)) for key, k in df.items()}


def unit_vector(terms: Sequence[Term], idf: dict[str, float]) -> dict[str, float]:
    """The article's TF-IDF vector, of length one."""
    raw = {key: w * idf[key] for key, _, w in terms}
    norm = math.sqrt(sum(v * v for v in raw.values())) or 1.0
    return {key: v / norm for key, v in raw.items()}
