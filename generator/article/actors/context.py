"""Matches that depend on what the article said earlier: defined acronyms, guarded aliases, surnames."""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Sequence

from generator.article.actors.match import (
    ACRONYM,
    CONTEXT,
    SURNAME,
    Mention,
    Occupancy,
    candidates,
    joined,
    possible,
)
from generator.article.items import Item
from generator.knowledge.registry_index import Pattern
from generator.text.tokens import translit

# "Islamic State (IS, ISIL, a terrorist ...)": the acronyms in the brackets name the same actor here.
_DEFINITION_RE = re.compile(r"[\"”’»]?\s*\(([^()]{1,160})\)")
_ACRONYM_RE = re.compile(r"[A-Z][A-Z.&]{1,7}")

# Small words an acronym skips: "International Longshore and Warehouse Union" -> ILWU.
_SKIPPED_BY_ACRONYMS = frozenset({"of", "and", "the", "for", "on", "in", "&", "de", "du", "des", "la", "le"})

Seen = dict[str, tuple[int, int]]  # actor key -> reading order of its first full mention


def first_seen(mentions: Sequence[Mention]) -> Seen:
    """The first mention of each actor."""
    seen: Seen = {}
    for m in sorted(mentions, key=lambda m: m.order):
        seen.setdefault(m.key, m.order)
    return seen


def defined_acronyms(items: Sequence[Item], mentions: Sequence[Mention]) -> dict[str, str]:
    """Acronyms the article defines right after a matched name: folded acronym -> actor key."""
    out: dict[str, str] = {}
    for m in sorted(mentions, key=lambda m: m.order):
        found = _DEFINITION_RE.match(items[m.item].text, m.end)
        if not found:
            continue
        for part in re.split(r"[,;/]|\bor\b", found.group(1)):
            if not _ACRONYM_RE.fullmatch(part.strip()):
                break  # "(IS, ISIL, a terrorist organisation ...)": the acronyms come first
            out.setdefault(part.strip().replace(".", "").casefold(), m.key)
    return out


Pick = Callable[[Item, int, int], tuple[int, str, str] | None]


def initials(words: Sequence[str]) -> str:
    """The acronym a name's initials spell (folded): ("pacific", "maritime", "association") -> "pma"."""
    letters = [w[0] for w in words if w not in _SKIPPED_BY_ACRONYMS and w[:1].isalpha()]
    return "".join(letters) if len(letters) >= 2 else ""


def _span(items: Sequence[Item], it: int, i: int, j: int, key: str, basis: str) -> Mention:
    toks = items[it].tokens
    s, e = toks[i].start, toks[j - 1].end
    return Mention(it, i, j, s, e, key, items[it].text[s:e], basis)


def scan(items: Sequence[Item], occ: Occupancy, pick: Pick, words: Container[str], sounds: Container[str]
         ) -> list[Mention]:
    """Walk free tokens in reading order; ``pick`` returns (token count, key, basis) for a match at a token.

    ``pick`` is asked only where it can match: at a word in ``words`` or with its transliteration key
    in ``sounds`` (``match.possible``).
    """
    out: list[Mention] = []
    for it, item in enumerate(items):
        taken = occ.taken[it]
        for i in possible(item, words, sounds):
            if taken[i]:
                continue
            hit = pick(item, it, i)
            if hit and occ.free(it, i, i + hit[0]):
                occ.take(it, i, i + hit[0])
                out.append(_span(items, it, i, i + hit[0], hit[1], hit[2]))
    return out


def guarded_mentions(items: Sequence[Item], occ: Occupancy, table: dict[str, tuple[Pattern, ...]],
                     names: Sequence[str], defs: dict[str, str], seen: Seen) -> list[Mention]:
    """Defined acronyms, and guarded aliases next to a context word or after their actor appeared."""

    def pick(item: Item, it: int, i: int) -> tuple[int, str, str] | None:
        tok = item.tokens[i]
        if tok.upper and tok.folded in defs:
            return 1, defs[tok.folded], ACRONYM
        near = {item.tokens[k].folded for k in (i - 1, i + 1) if 0 <= k < len(item.tokens)}
        for p, _ in candidates(item, i, table, {}):
            key = names[p.entry]
            if p.context and (near & p.context or seen.get(key, (len(items), 0)) < (it, tok.start)):
                return len(p.tokens), key, CONTEXT
        return None

    return scan(items, occ, pick, {**table, **defs}, ())


def short_mentions(items: Sequence[Item], occ: Occupancy, table: dict[str, tuple[Pattern, ...]],
                   names: Sequence[str], seen: Seen, titles: frozenset[str]) -> list[Mention]:
    """A person's surname once their full name appeared ("Zakharova", "Kinschak"); skipped when ambiguous."""

    def pick(item: Item, it: int, i: int) -> tuple[int, str, str] | None:
        tok = item.tokens[i]
        here = (it, tok.start)
        pats = [
            p for p, _ in candidates(item, i, {}, table)
            if seen.get(names[p.entry], here) < here and item.tokens[i + len(p.tokens) - 1].capitalised
        ]
        keys = {names[p.entry] for p in pats}
        if len(keys) != 1:
            return None
        n = max(len(p.tokens) for p in pats)
        toks = item.tokens
        if i + n < len(toks) and toks[i + n].capitalised and joined(item, i, i + n + 1):
            return None  # "Hussein Alawi": the surname of someone else's name
        prev = toks[i - 1] if i >= 1 else None
        if prev and prev.capitalised and joined(item, i - 1, i + 1) and prev.folded not in titles and (
            item.sentence_index(prev.start) == item.sentence_index(tok.start)
        ):
            return None  # "Minister Hussein": part of a longer name we do not know
        return n, keys.pop(), SURNAME

    return scan(items, occ, pick, (), table)


def key_table(pats: Sequence[Pattern]) -> dict[str, tuple[Pattern, ...]]:
    """Patterns keyed by the transliteration key of their first token (for article-local names)."""
    table: dict[str, list[Pattern]] = {}
    for p in pats:
        table.setdefault(translit(p.tokens[0]), []).append(p)
    return {k: tuple(sorted(v, key=lambda p: (-len(p.tokens), p.text))) for k, v in table.items()}
