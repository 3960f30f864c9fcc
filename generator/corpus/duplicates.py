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
    """Pairs ``(key_a, key_b, similarity)`` from ``(key, signature)`` pairs, via LSH buckets.

    Per band, the first key of each bucket is kept in a table of that band, and the others, far fewer,
    in lists by (band, values): a list for every bucket was 157,000 lists at 10,000 synthetic articles,
    99% of them of one key (0.27 s, now about half). A signature of ``HASHES`` values is cut into its
    bands by ``zip`` (the tuples the slices give). The same pairs as ``plain_duplicate_pairs`` (a key
    given twice goes there: the tables tell keys apart by identity).
    """
    signed = list(signed)
    sigs = dict(signed)
    if len(sigs) < len(signed):
        return plain_duplicate_pairs(signed)
    firsts: list[dict[tuple[int, ...], str]] = [{} for _ in range(BANDS)]
    more: dict[tuple[int, tuple[int, ...]], list[str]] = defaultdict(list)
    for key, sig in signed:
        cut = (
            zip(*[iter(sig)] * ROWS, strict=True) if len(sig) == HASHES
            else (sig[band * ROWS : (band + 1) * ROWS] for band in range(BANDS))
        )  # fmt: skip
        for band, (table, values) in enumerate(zip(firsts, cut, strict=True)):
            if table.setdefault(values, key) is not key:
                more[(band, values)].append(key)
    return _pairs(([firsts[band][values], *others] for (band, values), others in more.items()), sigs)


def plain_duplicate_pairs(signed: Iterable[tuple[str, tuple[int, ...]]]) -> list[tuple[str, str, float]]:
    """``duplicate_pairs`` with a list for every bucket (the plain form it is checked against)."""
    sigs: dict[str, tuple[int, ...]] = {}
    buckets: dict[tuple[int, tuple[int, ...]], list[str]] = defaultdict(list)
    for key, sig in signed:
        sigs[key] = sig
        for band in range(BANDS):
            buckets[(band, sig[band * ROWS : (band + 1) * ROWS])].append(key)
    return _pairs(buckets.values(), sigs)


def _pairs(buckets: Iterable[list[str]], sigs: dict[str, tuple[int, ...]]) -> list[tuple[str, str, float]]:
    """The pairs of the buckets of more than one key whose signatures are similar enough."""
    pairs: set[tuple[str, str]] = set()
    for keys in buckets:
        if len(keys) > 1:
            ordered = sorted(keys)
            pairs.update((ordered[0], other) for other in ordered[1:])
            pairs.update(pairwise(ordered))
    found = [(a, b, similarity(sigs[a], sigs[b])) for a, b in sorted(pairs)]
    return [(a, b, round(s, 2)) for a, b, s in found if s >= THRESHOLD]
