"""Find registry aliases in an article's items: longest match wins and matches never overlap."""

from __future__ import annotations

import re
from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass

from generator.article.items import Item
from generator.knowledge.registry_index import Followers, Pattern, Registry
from generator.text.tokens import MIN_TRANSLIT_LEN, Token, translit, vowel_frame

# Between the words of one name only spaces, hyphens and quote marks may stand ('Wisam “Abu Baqer” al-Saadi').
_NAME_GAP = re.compile(r"(?:['’]s)?[\s\-‐‑–\"“”'’‘&]*")
# After these a capital is a place, not its government: "a strike in Baghdad", "east of Baghdad".
LOCATIVES = frozenset({"in", "at", "near", "to", "from", "into", "outside", "around", "across", "inside", "via"})
_DIRECTIONS = frozenset({"east", "west", "north", "south", "outskirts", "centre", "center", "heart", "streets"})
# The evidence a mention stands on (``Mention.basis``). Spelling distance is never evidence: "Rosnaft"
# is not "Rosneft". A variant needs a rule: the registry lists it, a transliteration rule maps it,
# the article defines it, or the full name came first.
ALIAS = "registry alias"  # the name or an alias, after folding case, marks and apostrophes
TRANSLIT = "transliteration"  # same Latin key: anyascii of Arabic/Cyrillic, one spelling per consonant
VOWELS = "transliteration of one word's vowels, the rest of the name spelled alike"
ACRONYM = "acronym defined in the article"
CONTEXT = "ambiguous alias next to a context word or after the actor was named"
SURNAME = "surname after the full name in the article"
FORENAMES = "first names of a full name in the article"
DISCOVERED = "name shape and context (not in the registry)"
# A one-word alias matched by a transliteration rule in Latin script must be this long.
MIN_TRANSLIT_ALIAS = 6
_RANK = {ALIAS: 0, TRANSLIT: 1, VOWELS: 2}


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
    basis: str = ALIAS

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

    def release(self, item: int, first: int, last: int) -> None:
        """Free a span again (a match that turned out not to be the actor)."""
        for k in range(first, last):
            self.taken[item][k] = False


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


def _uncased(tok: Token) -> bool:
    """A word of a script without capitals (Arabic): it can be a name without being capitalised."""
    first = tok.raw[:1]
    return first >= "\u0080" and first.lower() == first.upper()  # most words are Latin: the cheap test first


def _same(alias: str, tok: Token) -> str | None:
    """How one alias word names one text word: spelled alike, or alike after transliteration."""
    if alias == tok.folded:
        return ALIAS
    if len(alias) >= MIN_TRANSLIT_LEN and (tok.capitalised or _uncased(tok)) and translit(alias) == translit(
        tok.folded
    ):
        return TRANSLIT
    return None


def _vowel_variant(pat: Pattern, toks: Sequence[Token], bases: list[str | None]) -> bool:
    """One word of a longer name differs only in vowels while the rest (a word of 4+ letters) is spelled alike.

    Romanised Arabic writes the unwritten short vowels as it likes ("Abu Baqer al-Saadi", "Abu Baqir
    al-Saadi"); a lone word with other vowels is another name ("Rosnaft").
    """
    misses = [k for k, b in enumerate(bases) if b is None]
    if len(misses) != 1 or misses[0] == 0:
        return False
    k = misses[0]
    alias, tok = pat.tokens[k], toks[k]
    anchored = any(len(a) >= MIN_TRANSLIT_LEN for n, a in enumerate(pat.tokens) if n != k)
    return anchored and tok.capitalised and len(alias) >= MIN_TRANSLIT_LEN and vowel_frame(
        translit(alias)
    ) == vowel_frame(translit(tok.folded))


def _fits(pat: Pattern, item: Item, i: int) -> str | None:
    """The basis on which ``pat`` matches at token ``i``, or None."""
    n = len(pat.tokens)
    toks = item.tokens[i : i + n]
    if len(toks) < n or not _cased(pat, toks):  # the cheapest test first: most candidates fail it
        return None
    if all(a == t.folded for a, t in zip(pat.tokens, toks, strict=True)):  # the common case, cheaply
        basis = ALIAS
    else:
        bases = [_same(a, t) for a, t in zip(pat.tokens, toks, strict=True)]
        if n == 1 and bases[0] == TRANSLIT and len(pat.tokens[0]) < MIN_TRANSLIT_ALIAS and toks[0].raw.isascii():
            return None  # "Shel" is not "Shell": a short Latin word needs its exact spelling
        if None not in bases:
            basis = TRANSLIT
        elif bases.count(None) == 1 and _vowel_variant(pat, toks, bases):
            basis = VOWELS
        else:
            return None
    if not joined(item, i, i + n):
        return None
    if pat.upper and _in_caps_run(item, i, n):
        return None
    return None if pat.metonym and _located(item, i) else basis


def candidates(item: Item, i: int, table: dict[str, tuple[Pattern, ...]], keyed: dict[str, tuple[Pattern, ...]]
               ) -> list[tuple[Pattern, str]]:
    """Patterns that match at token ``i`` with their basis: by spelling, then by transliteration key.

    Every way ``_fits`` accepts a word (spelled alike, same transliteration key, vowels only)
    keeps its vowel frame, so a longer pattern whose later words' frames differ from the text's
    is skipped without a check (an exact filter: most candidates fail on their second word), and
    a pattern is checked once even when both tables hold it (``_fits`` is pure).
    """
    tok = item.tokens[i]
    frames = item.frames
    tried = table.get(tok.folded, ())
    found = [
        (p, basis) for p in tried
        if (len(p.tokens) == 1 or p.frames[1:] == frames[i + 1 : i + len(p.tokens)])
        and (basis := _fits(p, item, i)) is not None
    ]
    # A word matched by its key must be capitalised or of a script without capitals (see _same).
    if keyed and (tok.capitalised or len(tok.folded) < MIN_TRANSLIT_LEN or (tok.raw >= "\u0080" and _uncased(tok))):
        checked = {id(p) for p in tried}
        for p in keyed.get(translit(tok.folded), ()):
            if (
                id(p) not in checked
                and (len(p.tokens) == 1 or p.frames[1:] == frames[i + 1 : i + len(p.tokens)])
                and (basis := _fits(p, item, i)) is not None
            ):
                found.append((p, basis))
    return found


def possible(item: Item, words: Container[str], sounds: Container[str],
             after: tuple[Followers, Followers] | None = None) -> list[int]:
    """Token indexes where ``candidates`` can find a pattern: the word is a key of ``words`` or its
    transliteration key one of ``sounds``, and (given ``after``, the two tables' ``followers``) the
    next word's vowel frame is one a pattern of that key needs.

    An exact pre-filter (``candidates`` looks patterns up by nothing else and checks later words by
    their frames): most words name no actor, and a membership test is far cheaper than a call that
    finds nothing (issue 20).
    """
    if not sounds:
        found = [i for i, t in enumerate(item.tokens) if t.folded in words]
    else:
        pairs = zip(item.tokens, item.keys, strict=True)
        found = [i for i, (t, key) in enumerate(pairs) if t.folded in words or key in sounds]
    if after is None or not found:
        return found
    by_word, by_sound = after
    toks, keys, frames, last = item.tokens, item.keys, item.frames, len(item.tokens) - 1
    out = []
    for i in found:
        nxt = frames[i + 1] if i < last else None
        need = by_word.get(toks[i].folded, _ABSENT)
        if need is None or nxt in need:
            out.append(i)
            continue
        need = by_sound.get(keys[i], _ABSENT) if sounds else _ABSENT
        if need is None or nxt in need:
            out.append(i)
    return out


_ABSENT: frozenset[str] = frozenset()  # a key absent from a followers table admits no next word


def select(cands: Iterable[tuple[int, int, Pattern, str]], items: Sequence[Item], occ: Occupancy,
           names: Sequence[str]) -> list[Mention]:
    """Keep the longest candidates that do not overlap what is already taken; deterministic order."""
    def size(c: tuple[int, int, Pattern, str]) -> tuple[int, int, int, int, int, str]:
        it, i, p, basis = c
        toks = items[it].tokens
        return (-len(p.tokens), -(toks[i + len(p.tokens) - 1].end - toks[i].start), it, i, _RANK[basis], p.text)

    out: list[Mention] = []
    for it, i, p, basis in sorted(cands, key=size):
        j = i + len(p.tokens)
        if occ.free(it, i, j):
            occ.take(it, i, j)
            toks = items[it].tokens
            s, e = toks[i].start, toks[j - 1].end
            out.append(Mention(it, i, j, s, e, names[p.entry], items[it].text[s:e], basis))
    return out


def registry_mentions(items: Sequence[Item], reg: Registry, occ: Occupancy) -> list[Mention]:
    """Phase one: every unguarded registry alias, longest first."""
    words, sounds = reg.unguarded
    cands = [
        (it, i, p, basis)
        for it, item in enumerate(items)
        for i in possible(item, words, sounds, reg.unguarded_next)
        for p, basis in candidates(item, i, words, sounds)
    ]
    return select(cands, items, occ, [e.name for e in reg.entries])
