"""Possible duplicates: the same article saved twice, found with MinHash and LSH banding.

Each article's body becomes a set of word 5-gram shingles and a 64-value MinHash signature.
Signatures are cut into 16 bands of 4 values; articles sharing any band are candidates, and a
candidate pair is reported when its estimated Jaccard similarity is at least ``THRESHOLD``.
This is linear in the number of articles (no all-pairs comparison), so it scales to 10,000.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from itertools import pairwise

from generator.article.signature import HASHES, text_signature

BANDS = 16
ROWS = HASHES // BANDS
THRESHOLD = 0.8


def similarity(s1: Sequence[int], s2: Sequence[int]) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return sum(1 for x, y in zip(s1, s2, strict=True) if x == y) / HASHES


def find_duplicates(docs: Iterable[tuple[str, str]]) -> list[tuple[str, str, float]]:
    """Pairs ``(key_a, key_b, similarity)`` of near-identical texts from ``(key, text)`` pairs."""
    return duplicate_pairs((key, text_signature(text)) for key, text in docs)


def duplicate_pairs(signed: Iterable[tuple[str, tuple[int, ...]]]) -> list[tuple[str, str, float]]:
    """Pairs ``(key_a, key_b, similarity)`` from ``(key, signature)`` pairs, via LSH buckets."""
    sigs: dict[str, tuple[int, ...]] = {}
    buckets: dict[tuple[int, tuple[int, ...]], list[str]] = defaultdict(list)
    for key, sig in signed:
        sigs[key] = sig
        for band in range(BANDS):
            buckets[(band, sig[band * ROWS : (band + 1) * ROWS])].append(key)
    pairs: set[tuple[str, str]] = set()
    for keys in buckets.values():
        if len(keys) > 1:
            ordered = sorted(keys)
            pairs.update((ordered[0], other) for other in ordered[1:])
            pairs.update(pairwise(ordered))
    found = [(a, b, similarity(sigs[a], sigs[b])) for a, b in sorted(pairs)]
    return [(a, b, round(s, 2)) for a, b, s in found if s >= THRESHOLD]
