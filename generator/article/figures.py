"""Body sentences that state a figure: the raw material of same-event comparisons.

Computed per article (cached with it) so the comparison pages need no article body.
"""

from __future__ import annotations

import re

from generator.article.items import items_of
from generator.article.records import Cleaned

FIGURE = re.compile(r"\d")
# Enough for any comparison page (it shows a few per article) without storing whole bodies.
MAX_FIGURES = 40


def figure_sentences(cleaned: Cleaned, cap: int = MAX_FIGURES) -> tuple[str, ...]:
    """The first ``cap`` sentences of the body (reference lists excluded) that contain a digit."""
    out: list[str] = []
    for item in items_of(cleaned):
        for start, end in item.sentences:
            sentence = item.text[start:end].strip()
            if FIGURE.search(sentence):
                out.append(sentence)
                if len(out) == cap:
                    return tuple(out)
    return tuple(out)
