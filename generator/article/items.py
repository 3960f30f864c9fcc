"""An article body as the matcher sees it: items with their tokens and sentence spans."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from operator import itemgetter

from generator.article.records import Block, Cleaned
from generator.text.memo import per_text
from generator.text.tokens import Token, tokens_of, translit, vowel_frame

# Reference lists are citations, not the article's own account of who did what.
SKIPPED_KINDS = frozenset({"references"})
# A full stop after these is not the end of a sentence ("Lt. Gen. Othman", "U.S. forces").
_ABBREVIATIONS = frozenset({
    "lt", "gen", "col", "maj", "capt", "sgt", "cpl", "adm", "brig", "mr", "mrs", "ms", "dr", "prof",
    "st", "no", "jr", "sr", "inc", "ltd", "co", "corp", "vs", "rev", "sen", "rep", "gov", "pres",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "est",
})
# A sentence ends at . ! ? … plus closing quotes/brackets and any citation markers ("Iraq.[11]",
# "2024.[3],[4]"), before whitespace and a capital, digit or opening quote; French sets a space inside
# its quotation marks ("? »", "« Nous").
_END_RE = re.compile(
    r"[.!?…]+(?:[\"'”’»“)\]]|\s»)*(?:\[\d{1,3}\](?:\s*,\s*(?=\[))?)*"
    r"(?=\s+(?:[\"'“‘«„(\[]\s?)?[A-Z0-9\u00c0-\u024f\u0400-\u04ff\u0600-\u06ff])"
)

_LAST_WORD_RE = re.compile(r"(\w+)\W*$")
_WORD_WINDOW = 40
_START = itemgetter(0)  # a sentence span's start


@dataclass(frozen=True)
class Item:
    """One item of one block (a paragraph, a list entry, a table row)."""

    block: int
    item: int
    text: str
    tokens: tuple[Token, ...]
    sentences: tuple[tuple[int, int], ...]  # char spans, covering the text in order

    @cached_property
    def keys(self) -> tuple[str, ...]:
        """The transliteration key of each token, computed once per item (every matching phase asks for them)."""
        return tuple(map(translit, [t.folded for t in self.tokens]))

    @cached_property
    def frames(self) -> tuple[str, ...]:
        """The vowel frame of each token's transliteration key (the coarsest fold a name word is matched by)."""
        return tuple(map(vowel_frame, self.keys))

    def sentence_index(self, pos: int) -> int:
        """Index of the sentence that holds char ``pos``."""
        return max(0, bisect.bisect_right(self.sentences, pos, key=_START) - 1)

    def sentence(self, pos: int) -> str:
        """The sentence that holds char ``pos``, stripped."""
        start, end = self.sentences[self.sentence_index(pos)]
        return self.text[start:end].strip()


@per_text(maxsize=1 << 11)  # the actor items and the timeline cut the same paragraphs; the key is pure
def sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Char spans of the sentences of ``text``; abbreviations and initials do not end one."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _END_RE.finditer(text):
        # The word before the stop, looked for in a short window: from ``start`` the search would be
        # quadratic in a long run of initials ("A. A. A. ..."); a longer word is no abbreviation anyway.
        word = _LAST_WORD_RE.search(text, max(start, m.start() - _WORD_WINDOW), m.start() + 1)
        before = word.group(1).casefold() if word else ""
        if m.group(0).startswith(".") and (before in _ABBREVIATIONS or (len(before) == 1 and before.isalpha())):
            continue
        spans.append((start, m.end()))
        start = m.end()
    if start < len(text) or not spans:
        spans.append((start, len(text)))
    return tuple(spans)


def items_of(cleaned: Cleaned) -> list[Item]:
    """Every matchable item of the body, in reading order."""
    return list(_items(cleaned.blocks))


@lru_cache(maxsize=4)  # actors, incidents and event sentences each read the items of the same article
def _items(blocks: tuple[Block, ...]) -> tuple[Item, ...]:
    return tuple(
        Item(b, i, text, tokens_of(text), sentence_spans(text))
        for b, block in enumerate(blocks)
        if block.kind not in SKIPPED_KINDS
        for i, text in enumerate(block.items)
    )
