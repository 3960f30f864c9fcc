"""Per-process memory for pure functions of one line or paragraph of text (issue 20).

The byline, date-line, profile and timeline readers ask the same questions about the same line of
an article several times (its dates, whether it is a reader comment, the line with glued labels set
apart); the answers are remembered per process, as ``functools.lru_cache`` does. A text longer than
``LONGEST`` characters is computed and not remembered: the memory holds its keys, and a page of
very long lines (a hostile one among them) must not fill a worker's memory with them. The other
arguments must be hashable and never change (``Languages`` is hashed by identity).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache, wraps
from typing import Any, Concatenate, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")
LONGEST = 1_000  # characters; a byline or a date line is far shorter, a long paragraph is computed anew


def per_text(maxsize: int) -> Callable[[Callable[Concatenate[str, P], R]], Callable[Concatenate[str, P], R]]:
    """Remember ``maxsize`` results of a pure function whose first argument is the text."""

    def decorate(compute: Callable[Concatenate[str, P], R]) -> Callable[Concatenate[str, P], R]:
        cached: Any = lru_cache(maxsize=maxsize)(compute)

        @wraps(compute)
        def call(text: str, /, *args: P.args, **kwargs: P.kwargs) -> R:
            if len(text) > LONGEST:
                return compute(text, *args, **kwargs)
            result: R = cached(text, *args, **kwargs)
            return result

        call.cache_clear = cached.cache_clear  # type: ignore[attr-defined]
        return call

    return decorate
