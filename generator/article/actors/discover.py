"""Actors missing from the registry, found by how articles introduce people and organisations.

A run of capitalised words counts only with evidence around it: a title or role before it
("Ambassador Jane Roe", "club manager Joe Bloggs"), a role after it ("Jane Roe, director of ..."),
a speech verb ("Jane Roe said"), or an organisation word ("Acme Holdings", "Ministry of Health").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from generator.article.actors.match import Occupancy, joined
from generator.article.actors.roles import after_role
from generator.article.items import Item
from generator.knowledge.records import ActorType, Lexicon
from generator.knowledge.registry_index import PARTICLES

MAX_NAME = 5
_CONNECTORS = frozenset({"of", "for", "and", "the", "&", "on"})
_NAME_PARTICLES = PARTICLES | {"ten", "der", "den", "du", "la", "le", "dos", "das", "bint", "y"}


@dataclass(frozen=True)
class Found:
    """A discovered name: tokens first..last-1 of an item."""

    item: int
    first: int
    last: int
    name: str
    type: ActorType


def _wordy(raw: str) -> bool:
    return raw.replace("-", "").isalpha()


def _runs(item: Item, it: int, occ: Occupancy, lex: Lexicon) -> list[tuple[int, int]]:
    """Maximal runs of free capitalised words (particles allowed inside), joined as one name."""
    toks, out, i = item.tokens, [], 0
    while i < len(toks):
        j = i
        while j < len(toks) and occ.free(it, j, j + 1) and _wordy(toks[j].raw) and (
            toks[j].capitalised or (j > i and toks[j].folded in _NAME_PARTICLES)
        ) and (j == i or joined(item, j - 1, j + 1)):
            j += 1
        while j > i and not toks[j - 1].capitalised:
            j -= 1  # a run never ends on a particle
        if j > i:
            out.append((i, j))
        i = max(j, i + 1)
    return out


def _org_join(item: Item, runs: list[tuple[int, int]], lex: Lexicon) -> list[tuple[int, int]]:
    """Join "Ministry" + "of" + "Health" when an organisation word is involved."""
    toks, out = item.tokens, list(runs[:1])
    for i, j in runs[1:]:
        pi, pj = out[-1]
        between = [t.folded for t in toks[pj:i]]
        # "Ministry" + "of Health", never "Jane Roe" + "of Acme Capital" (her employer, a separate actor)
        org_left = toks[pi].folded in lex.org_words or toks[pj - 1].folded in lex.org_words
        if org_left and 1 <= len(between) <= 2 and set(between) <= _CONNECTORS and between[0] != "the":
            out[-1] = (pi, j)
        else:
            out.append((i, j))
    return out


def _trim(item: Item, i: int, j: int, lex: Lexicon, titles: frozenset[str]) -> tuple[int, int, bool]:
    """Drop leading junk ("The", "However") and titles ("Chief Executive Officer"); report a cut title."""
    toks, titled = item.tokens, False
    role = titles | lex.role_words | lex.role_modifiers
    while i < j and (toks[i].folded in lex.not_names or toks[i].folded in role):
        titled = titled or toks[i].folded in titles
        i += 1
    return i, j, titled


def _kind(item: Item, i: int, j: int, titled: bool, lex: Lexicon, titles: frozenset[str]) -> ActorType | None:
    toks = item.tokens
    words = [t.folded for t in toks[i:j]]
    if tuple(words) in lex.not_actors or all(w in lex.org_words or w in _CONNECTORS for w in words):
        return None  # "West Bank"; "the Government", "Militia": a common noun, not a name
    if words[-1] in lex.org_words or (words[0] in lex.org_words and len(words) >= 3):
        return ActorType.ORGANISATION
    if any(w in lex.org_words or w in titles or w in lex.not_names for w in words):
        return None
    if any(t.upper and len(t.raw) > 1 for t in toks[i:j]) or len(words) > 4:
        return None
    prev = toks[i - 1].folded if i >= 1 else ""
    before = titled or prev in titles or prev in lex.role_words
    nxt = toks[j].folded if j < len(toks) else ""
    gap = item.text[toks[j - 1].end : toks[j].start] if j < len(toks) else ""
    spoke = (nxt in lex.speech_verbs and gap.strip(" ,") == "") or prev in lex.speech_verbs or (
        prev == "to" and i >= 2 and toks[i - 2].folded == "according"
    )
    if len(words) >= 2 and (before or spoke or after_role(item, toks[j - 1].end, lex)):
        return ActorType.PERSON
    return ActorType.PERSON if before and titled else None


def discover(items: Sequence[Item], occ: Occupancy, lex: Lexicon) -> list[Found]:
    """Names of people and organisations not in the registry, in reading order."""
    titles = frozenset(w for t in lex.titles for w in re.findall(r"\w+", t.casefold()))
    out: list[Found] = []
    for it, item in enumerate(items):
        for i0, j0 in _org_join(item, _runs(item, it, occ, lex), lex):
            i, j, titled = _trim(item, i0, j0, lex, titles)
            if i >= j or j - i > MAX_NAME:
                continue
            kind = _kind(item, i, j, titled, lex, titles)
            if kind is not None:
                text = item.text[item.tokens[i].start : item.tokens[j - 1].end]
                out.append(Found(it, i, j, " ".join(text.split()), kind))
    return out
