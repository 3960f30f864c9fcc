"""Where a name in the text is not the actor it spells: a dateline, a place inside another name, a cuisine.

- "BAGHDAD (Reuters) –": the outlet is the article's source and the city where it was filed; neither is
  an actor of the story (the metadata stage reads the outlet).
- "the Paris Agreement", "the Treaty of Lisbon", "Thai Airways": a country's name or capital inside
  another name does not stand for the state.
- "French fries", "Turkish coffee": a demonym before a dish is a cuisine, not the state or its people.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.article.actors.match import Mention, Occupancy, joined
from generator.article.items import Item
from generator.knowledge.records import ActorType, Lexicon

# An item opening with "PLACE (Outlet) –", "PLACE, Region (Outlet) -" or "Place, Dec 4 (Outlet):".
_DATELINE = re.compile(r"\s*[A-Z][\w'’.\- ]{1,40}?(?:,[^()\n.]{1,40}?)?\s*\([^()\n]{2,40}\)\s*[-–—:]")
PLACE_TYPES = frozenset({ActorType.COUNTRY, ActorType.REGIONAL_GOVERNMENT})


def dateline_tokens(items: Sequence[Item]) -> list[tuple[int, int, int]]:
    """(item, first, last) token spans of datelines; they are taken before any matching."""
    out: list[tuple[int, int, int]] = []
    for it, item in enumerate(items):
        found = _DATELINE.match(item.text)
        if found:
            last = sum(1 for t in item.tokens if t.end <= found.end())
            if last:
                out.append((it, 0, last))
    return out


def _inside_name(item: Item, m: Mention, lex: Lexicon) -> bool:
    """Whether a place's name is part of a longer name ("Paris Agreement", "Treaty of Paris")."""
    toks = item.tokens
    if _possessive(item, m.last - 1):
        return False  # "Britain's Manchester Metropolitan University": the state, then its university
    j = m.last
    while j < len(toks) and toks[j].capitalised and joined(item, m.last - 1, j + 1):
        if toks[j].folded in lex.name_heads:
            return True
        j += 1
    i = m.first
    if i >= 2 and toks[i - 1].folded in {"of", "for"} and joined(item, i - 2, i + 1):
        return toks[i - 2].capitalised and toks[i - 2].folded in lex.name_heads
    return False


def _possessive(item: Item, k: int) -> bool:
    """Whether token ``k`` is written with a possessive "'s" (cut off by the tokenizer)."""
    end = item.tokens[k].end
    return item.text[end : end + 2] in ("'s", "’s")


def _cuisine(item: Item, m: Mention, lex: Lexicon) -> bool:
    """Whether a demonym names a dish ("French fries", "Turkish coffee")."""
    toks = item.tokens
    return m.last < len(toks) and not toks[m.last].capitalised and toks[m.last].folded in lex.cuisine and joined(
        item, m.last - 1, m.last + 1
    )


def not_the_place(items: Sequence[Item], mentions: Sequence[Mention], kinds: dict[str, ActorType],
                  lex: Lexicon, occ: Occupancy) -> list[Mention]:
    """Mentions of countries that stand for them; the others are dropped and their words freed."""
    out: list[Mention] = []
    for m in mentions:
        item = items[m.item]
        if kinds[m.key] in PLACE_TYPES and (_inside_name(item, m, lex) or _cuisine(item, m, lex)):
            occ.release(m.item, m.first, m.last)
        else:
            out.append(m)
    return out
