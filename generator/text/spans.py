"""Character spans already taken by a match, so the first of overlapping matches wins in O(log n).

Date finders run several patterns over one text and keep a match only when no earlier one
overlaps it. Comparing each match with every kept one was quadratic: a 100 KB line of dates
took minutes (issue 13). Kept spans never overlap, so they are sorted by start and by end at once,
and one binary search finds the only two neighbours a new span could overlap.
"""

from __future__ import annotations

import bisect


class Taken:
    """Non-overlapping ``[start, end)`` spans."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def free(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` overlaps no span taken so far."""
        i = bisect.bisect_right(self._starts, start)
        if i and self._ends[i - 1] > start:
            return False
        return i == len(self._starts) or self._starts[i] >= end

    def take(self, start: int, end: int) -> None:
        """Record ``[start, end)``, which must be free."""
        i = bisect.bisect_right(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)
