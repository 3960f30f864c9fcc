"""An article's MinHash signature, computed once per article in the cached per-article stage.

The body becomes a set of word 5-gram shingles and a 64-value MinHash signature; the corpus
stage (``generator.corpus.duplicates``) compares signatures through LSH bands.
"""

from __future__ import annotations

import hashlib
import re

import numpy as np

SHINGLE = 5
HASHES = 64
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


def text_signature(text: str) -> tuple[int, ...]:
    """The MinHash signature of a text."""
    return signature(shingles(text))
