"""Find registry aliases in an article's items: longest match wins and matches never overlap."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from generator.article.items import Item
from generator.knowledge.registry_index import Pattern, Registry
from generator.text.tokens import MIN_SOUND_LEN, Token, phonetic, sounds_alike

# Between the words of one name only spaces, hyphens and quote marks may stand ('Wisam “Abu Baqer” al-Saadi').
_NAME_GAP = re.compile(r"(?:['’]s)?[\s\-‐‑–\"“”'’‘&]*")
# After these a capital is a place, not its government: "a strike in Baghdad", "east of Baghdad".
LOCATIVES = frozenset({"in", "at", "near", "to", "from", "into", "outside", "around", "across", "inside", "via"})
_DIRECTIONS = frozenset({"east", "west", "north", "south", "outskirts", "centre", "center", "heart", "streets"})
# A single-word alias matched by sound alone must be this long: "Shell" must not match "Shall".
MIN_SOUND_ALIAS = 6


@dataclass(frozen=True)
class Mention:
    """A span of one item that names one actor (``key``: canonical name)."""

    item: int  # index into the article's item list
    first: int  # first token index
    last: int  # one past the last token
    start: int
    end: int
    key: str
    text: str

    @property
    def order(self) -> tuple[int, int]:
        """Reading-order key."""
        return (self.item, self.start)


class Occupancy:
    """Which tokens of which item already belong to a mention."""

    def __init__(self, items: Sequence[Item]) -> None:
        self.taken = [[False] * len(it.tokens) for it in items]

    def free(self, item: int, first: int, last: int) -> bool:
        """Whether no token of the span is taken."""
        return not any(self.taken[item][first:last])

    def take(self, item: int, first: int, last: int) -> None:
        """Mark the span as taken."""
        for k in range(first, last):
            self.taken[item][k] = True


def joined(item: Item, first: int, last: int) -> bool:
    """Whether tokens first..last-1 are written as one name (nothing but spaces/hyphens/quotes between)."""
    toks = item.tokens
    return all(_NAME_GAP.fullmatch(item.text[toks[k].end : toks[k + 1].start]) for k in range(first, last - 1))


def _cased(pat: Pattern, toks: Sequence[Token]) -> bool:
    if pat.upper:
        return all(t.upper for t in toks)
    return not pat.capital or toks[0].capitalised


def _located(item: Item, i: int) -> bool:
    """Whether token ``i`` follows a preposition of place (so a capital is a place here)."""
    prev = item.tokens[i - 1].folded if i >= 1 else ""
    if prev in LOCATIVES:
        return True
    return prev == "of" and i >= 2 and item.tokens[i - 2].folded in _DIRECTIONS


def _in_caps_run(item: Item, i: int, n: int) -> bool:
    """A short capitals alias inside a run of capitals ("WHAT IS NEXT") is a headline word."""
    toks = item.tokens
    before = i >= 1 and toks[i - 1].upper and len(toks[i - 1].raw) > 1
    after = i + n < len(toks) and toks[i + n].upper and len(toks[i + n].raw) > 1
    return before and after


def _fits(pat: Pattern, item: Item, i: int, by_sound: bool) -> bool:
    n = len(pat.tokens)
    toks = item.tokens[i : i + n]
    if len(toks) < n or not _cased(pat, toks):  # the cheapest test first: most candidates fail it
        return False
    if by_sound:
        pairs = list(zip(pat.tokens, toks, strict=True))
        exact = all(a == t.folded for a, t in pairs)
        if not exact and n == 1 and len(pat.tokens[0]) < MIN_SOUND_ALIAS:
            return False
        if any(a != t.folded and not (t.capitalised and sounds_alike(a, t.folded)) for a, t in pairs):
            return False
    elif any(a != t.folded for a, t in zip(pat.tokens, toks, strict=True)):
        return False
    if not joined(item, i, i + n):
        return False
    if pat.upper and _in_caps_run(item, i, n):
        return False
    return not (pat.metonym and _located(item, i))


def candidates(item: Item, i: int, table: dict[str, tuple[Pattern, ...]], sound: dict[str, tuple[Pattern, ...]]
               ) -> list[Pattern]:
    """Patterns that match at token ``i``: by spelling, then by sound for capitalised words."""
    tok = item.tokens[i]
    found = [p for p in table.get(tok.folded, ()) if _fits(p, item, i, by_sound=False)]
    # A word matched by sound must be capitalised (see _fits); short words ("al") are looked up as spelled.
    if sound and (tok.capitalised or len(tok.folded) < MIN_SOUND_LEN):
        found += [p for p in sound.get(phonetic(tok.folded), ()) if p not in found and _fits(p, item, i, True)]
    return found


def select(cands: Iterable[tuple[int, int, Pattern]], items: Sequence[Item], occ: Occupancy,
           names: Sequence[str]) -> list[Mention]:
    """Keep the longest candidates that do not overlap what is already taken; deterministic order."""
    def size(c: tuple[int, int, Pattern]) -> tuple[int, int, int, int, str]:
        it, i, p = c
        toks = items[it].tokens
        return (-len(p.tokens), -(toks[i + len(p.tokens) - 1].end - toks[i].start), it, i, p.text)

    out: list[Mention] = []
    for it, i, p in sorted(cands, key=size):
        j = i + len(p.tokens)
        if occ.free(it, i, j):
            occ.take(it, i, j)
            toks = items[it].tokens
            s, e = toks[i].start, toks[j - 1].end
            out.append(Mention(it, i, j, s, e, names[p.entry], items[it].text[s:e]))
    return out


def registry_mentions(items: Sequence[Item], reg: Registry, occ: Occupancy) -> list[Mention]:
    """Phase one: every unguarded registry alias, longest first."""
    cands = [
        (it, i, p)
        for it, item in enumerate(items)
        for i in range(len(item.tokens))
        for p in candidates(item, i, reg.by_first, reg.by_sound)
        if not p.context
    ]
    return select(cands, items, occ, [e.name for e in reg.entries])
