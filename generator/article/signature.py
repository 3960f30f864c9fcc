"""An article's signatures, computed once per article in the cached per-article stage.

- MinHash: the body becomes a set of word 5-gram shingles and a 64-value MinHash signature; the
  corpus stage (``generator.corpus.duplicates``) compares signatures through LSH bands.
- Content terms: the distinctive words, phrases and names of the article, weighted by where they
  stand (``content_terms``); the corpus stage weighs them by rarity to tell which reports cover
  the same event (``generator.corpus.events``).
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from functools import lru_cache

import numpy as np

from generator.article.records import Term
from generator.text.stem import stem
from generator.text.stopwords import TERM_STOPWORDS
from generator.text.tokens import tokens_of

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
    if len(words) >= SHINGLE:  # each window of SHINGLE words, built by C loops (zip, map) instead of slicing
        grams = set(map(" ".join, zip(*(words[k:] for k in range(SHINGLE)), strict=False)))
    else:
        grams = {" ".join(words)} if words else set()
    # A set of grams: a repeated 5-gram is hashed once (the result is a set anyway).
    blake2b, from_bytes = hashlib.blake2b, int.from_bytes
    return {from_bytes(blake2b(g.encode(), digest_size=4).digest(), "big") for g in grams}


def signature(items: set[int]) -> tuple[int, ...]:
    """The MinHash signature of a shingle set."""
    if not items:
        return (0,) * HASHES
    x = np.fromiter(items, dtype=np.uint64, count=len(items))[None, :]  # a minimum: the order does not matter
    return tuple(int(v) for v in ((_A * x + _B) % np.uint64(_PRIME)).min(axis=1))


def text_signature(text: str) -> tuple[int, ...]:
    """The MinHash signature of a text."""
    return signature(shingles(text))


# Content terms (same-event grouping, discovered themes): the words and names that say what an
# article is about, weighted by where they stand. A report puts the event in its headline and its
# first paragraphs (the news "inverted pyramid"), so the title counts three times and the lead
# twice. Words are stemmed (``text.stem``); two adjacent content words also make a phrase term,
# which is far more specific than either word ("port strike", "dock workers"). Actor names other
# than countries are terms of their own ("@name"). Only the ``TERMS_KEPT`` heaviest are kept: the
# corpus step weighs them by rarity (``corpus.events``).
TITLE_WEIGHT = 3.0
LEAD_WEIGHT = 2.0
LEAD_ITEMS = 2
TERMS_KEPT = 60
MIN_WORD = 3
NAME_PREFIX = "@"



def _content_words(text: str) -> list[tuple[str, str] | None]:
    """(stem, folded word) of each word of ``text``; None where a stopword or a number breaks a phrase."""
    return [_content_word(token.raw, token.folded) for token in tokens_of(text)]


@lru_cache(maxsize=1 << 17)  # words recur across articles; the key is pure
def _content_word(raw: str, word: str) -> tuple[str, str] | None:
    """(stem, folded word) of one token (``raw`` as written, ``word`` folded), or None for a stopword or a number."""
    stop = word in TERM_STOPWORDS or raw.casefold() in TERM_STOPWORDS  # the lists are written with accents
    if stop or len(word) < MIN_WORD or not any(c.isalpha() for c in word):
        return None
    return stem(word), word


def title_stems(title: str) -> set[str]:
    """The stems of a title's content words."""
    return {w[0] for w in _content_words(title) if w is not None}


def content_terms(title: str, items: Sequence[str], names: Iterable[str]) -> tuple[Term, ...]:
    """The article's ``TERMS_KEPT`` heaviest terms, heaviest first (ties by key).

    ``items`` are the body's paragraphs and list entries in reading order; ``names`` the canonical
    names of its actors other than countries. A term's weight is ``1 + log`` of its position-weighted
    count, so repetition adds evidence without letting one word stand for the article.
    """
    counts: dict[str, float] = defaultdict(float)
    labels: dict[str, str] = {}
    parts = [(title, TITLE_WEIGHT)] + [(item, LEAD_WEIGHT if i < LEAD_ITEMS else 1.0) for i, item in enumerate(items)]
    for text, weight in parts:
        prev: tuple[str, str] | None = None
        for w in _content_words(text):
            # A phrase (previous word, this word) is counted before the word: the two keys differ
            # (a phrase holds a space), so every key still adds its weights in reading order.
            if w is not None:
                if prev is not None and prev[0] != w[0]:
                    key = f"{prev[0]} {w[0]}"
                    counts[key] += weight
                    if key not in labels:
                        labels[key] = f"{prev[1]} {w[1]}"
                counts[w[0]] += weight
                if w[0] not in labels:
                    labels[w[0]] = w[1]
            prev = w
    for name in names:
        key = NAME_PREFIX + name
        counts[key] += TITLE_WEIGHT
        labels.setdefault(key, name)
    ranked = sorted([(-n, key) for key, n in counts.items()])[:TERMS_KEPT]  # heaviest first, ties by key
    return tuple((key, labels[key], round(1 + math.log(-n), 3)) for n, key in ranked)
