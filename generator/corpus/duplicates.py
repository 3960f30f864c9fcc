"""Possible duplicates: the same article saved twice, found with MinHash and LSH banding.

Each article's body becomes a set of word 5-gram shingles and a 64-value MinHash signature.
Signatures are cut into 16 bands of 4 values; articles sharing any band are candidates, and a
candidate pair is reported when its estimated Jaccard similarity is at least ``THRESHOLD``.
This is linear in the number of articles (no all-pairs comparison), so it scales to 10,000.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from itertools import pairwise

import numpy as np

SHINGLE = 5
HASHES = 64
BANDS = 16
ROWS = HASHES // BANDS
THRESHOLD = 0.8
# Universal hashing (a*x + b) mod p over 32-bit shingle hashes; a < 2**31 keeps a*x + b below
# 2**64, so numpy's uint64 arithmetic never overflows.
_PRIME = 4_294_967_311
_WORD = re.compile(r"\w+")


def _params() -> tuple[np.ndarray, np.ndarray]:
    a, b = [], []
    for i in range(HASHES):
        digest = hashlib.sha256(f"briefing-minhash-{i}".encode()).digest()
        a.append(int.from_bytes(digest[:4], "big") % (1 << 31) or 1)
        b.append(int.from_bytes(digest[4:8], "big"))
    return np.array(a, dtype=np.uint64)[:, None], np.array(b, dtype=np.uint64)[:, None]


_A, _B = _params()


def shingles(text: str) -> set[int]:
    """32-bit hashes of the word 5-grams of ``text`` (case-folded)."""
    words = _WORD.findall(text.casefold())
    grams = [" ".join(words[i : i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))]
    return {int.from_bytes(hashlib.blake2b(g.encode(), digest_size=4).digest(), "big") for g in grams if g}


def signature(items: set[int]) -> tuple[int, ...]:
    """The MinHash signature of a shingle set."""
    if not items:
        return (0,) * HASHES
    x = np.fromiter(sorted(items), dtype=np.uint64)[None, :]
    return tuple(int(v) for v in ((_A * x + _B) % np.uint64(_PRIME)).min(axis=1))


def similarity(s1: Sequence[int], s2: Sequence[int]) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return sum(1 for x, y in zip(s1, s2, strict=True) if x == y) / HASHES


def text_signature(text: str) -> tuple[int, ...]:
    """The MinHash signature of a text (computed once per article, in the cached per-article stage)."""
    return signature(shingles(text))


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
