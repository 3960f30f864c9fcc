"""Rarity of content terms across the corpus (TF-IDF), shared by same-event grouping and discovered themes.

A term's corpus weight is its article weight (``article.signature.content_terms``) times
``log((N + IDF_PRIOR) / (df + 1))``. ``IDF_PRIOR`` keeps a small corpus (five articles about one
region) from treating every shared word as rare: with 40 articles a word in two of them weighs
1.8 times one in half of them, not 4 times.

What a reader sees of these weights (why an event's reports go together, which shared names a
related link gives) uses counts rounded to powers of two (``on_grid``), so that one added
article changes a weight only when a count crosses a grid point (issue 20: an added article
rewrites only the pages that show it).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from operator import itemgetter

from generator.article.records import Term

IDF_PRIOR = 20
# Counts up to this stay exact in the weights a reader sees: a small corpus keeps every
# distinction, and there a rewritten page is cheap. Above it a count is rounded to the nearest
# power of two: on 1,000 synthetic articles one added article then reordered the related links
# of 2.0 others on average (40 tried; 37.2 with exact counts, 10.6 with a grid of half powers).
EXACT_COUNTS = 8

_key = itemgetter(0)


def idf_at(df: float, n: float) -> float:
    """The inverse document frequency of a term held by ``df`` of ``n`` articles."""
    return math.log((n + IDF_PRIOR) / (df + 1))


def document_frequencies(term_lists: Sequence[Sequence[Term]]) -> Counter[str]:
    """How many of the articles hold each term."""
    df: Counter[str] = Counter()
    for terms in term_lists:
        df.update(map(_key, terms))
    return df


def rarity(df: Counter[str], n: int) -> dict[str, float]:
    """The inverse document frequency of every term of a corpus of ``n`` articles."""
    by_count = {k: idf_at(k, n) for k in set(df.values())}  # computed once per count
    return {key: by_count[k] for key, k in df.items()}


def on_grid(count: float) -> float:
    """``count`` itself up to ``EXACT_COUNTS``, else the nearest power of two."""
    return float(count) if count <= EXACT_COUNTS else 2.0 ** round(math.log2(count))


def stable_rarity(df: Counter[str], n: int) -> tuple[dict[str, float], float]:
    """Rarity on grid counts, and the rarity of a term in half the corpus (also on the grid).

    Adding one article moves no weight but those of the terms it holds whose count crosses a
    grid point (about 1 in 70 for a term held by 100 articles), until the corpus itself crosses
    one (41% larger, then every weight moves once).
    """
    size = on_grid(n)
    by_count = {k: idf_at(on_grid(k), size) for k in set(df.values())}  # computed once per count
    return {key: by_count[k] for key, k in df.items()}, idf_at(size / 2, size)


def unit_vector(terms: Sequence[Term], idf: dict[str, float]) -> dict[str, float]:
    """The article's TF-IDF vector, of length one."""
    raw = {key: w * idf[key] for key, _, w in terms}
    norm = math.sqrt(sum(v * v for v in raw.values())) or 1.0
    return {key: v / norm for key, v in raw.items()}
