"""JSON from a saved page (JSON-LD): parsed only when its size and nesting are bounded.

Python's ``json`` parser recurses once per level: a 6 KB page of nested brackets raised
``RecursionError`` (issue 13). Real JSON-LD is nested a handful of levels (an article, its
author, the author's organisation, its logo), so a block nested deeper than ``MAX_DEPTH`` or
longer than ``MAX_CHARS`` is not metadata anyone wrote on purpose: it is ignored, and the
page's other markup is still read. The depth is measured by one linear scan that skips strings.
"""

from __future__ import annotations

import json
import re
from typing import Any

MAX_DEPTH = 64
MAX_CHARS = 2_000_000  # the largest JSON-LD block seen on a real page is about 100 KB
# A string (with escapes; an unterminated one runs to the end) or a bracket. Linear: the two
# alternatives of the string body start with different characters.
_TOKEN_RE = re.compile(r'"(?:[^"\\]|\\.)*"?|[\[\]{}]', re.S)


def nesting(text: str, limit: int = MAX_DEPTH) -> int:
    """How deeply ``text`` nests brackets outside strings, counting no further than ``limit + 1``."""
    depth = deepest = 0
    for match in _TOKEN_RE.finditer(text):
        ch = match[0][0]
        if ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
            if deepest > limit:
                break
        elif ch in "]}":
            depth = max(0, depth - 1)
    return deepest


def load_json(text: str) -> Any:
    """The value of a JSON document, or None when it is invalid, too long or too deeply nested."""
    if len(text) > MAX_CHARS or nesting(text) > MAX_DEPTH:
        return None
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        return None
