"""The corpus stage's shortcuts give what the plain computation gives (issue 20; Hypothesis).

Duplicate pairs found from per-band tables of each bucket's first key against a list for every
bucket.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.article.signature import HASHES
from generator.corpus.duplicates import duplicate_pairs, plain_duplicate_pairs

# Few distinct values, so that bands collide often and some signatures are near-identical.
_SIGNATURE = st.one_of(st.lists(st.integers(0, 2), min_size=HASHES, max_size=HASHES).map(tuple), st.just((0,) * HASHES))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["a.txt", "b.txt", "c.md", "d/e.html", "f.txt", "g.txt"]), _SIGNATURE),
                max_size=12))
def test_duplicate_pairs_equal_the_plain_buckets(signed: list[tuple[str, tuple[int, ...]]]) -> None:
    assert duplicate_pairs(signed) == plain_duplicate_pairs(signed)
    assert duplicate_pairs(iter(signed)) == plain_duplicate_pairs(signed)


@given(st.lists(st.sampled_from(["a.txt", "b.txt", "c.txt"]), max_size=5))
def test_empty_signatures_pair_as_in_the_plain_buckets(seeds: list[str]) -> None:
    signed = [(seed, ()) for seed in seeds]
    assert duplicate_pairs(signed) == plain_duplicate_pairs(signed)


def test_near_copies_are_paired_and_others_not() -> None:
    base = tuple(range(HASHES))
    near = (99, *base[1:])  # one value of 64 differs: similarity 0.98
    other = tuple(range(1000, 1000 + HASHES))
    signed = [("one.txt", base), ("two.txt", near), ("three.txt", other)]
    assert duplicate_pairs(signed) == plain_duplicate_pairs(signed) == [("one.txt", "two.txt", 0.98)]
