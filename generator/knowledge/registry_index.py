"""The registry compiled once into lookup tables keyed by an alias's first token.

Matching looks up each text token in these dicts, so its cost grows with the text, not with the
number of registry entries (10,000 articles x a few hundred entries stays linear).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property

from generator.knowledge.records import ActorType, Alias, Entry, Lexicon
from generator.text.tokens import fold_phrase, translit, vowel_frame

# Lower-case particles that may open a surname ("al-Saadi"); the surname is found with and without.
PARTICLES = frozenset({"al", "el", "ad", "as", "ash", "ar", "an", "bin", "ibn", "van", "von", "de", "da", "di"})
# A short all-capitals alias ("US", "UN", "IS") is case-sensitive: "us" is a pronoun.
MAX_CASED_LEN = 3


@dataclass(frozen=True)
class Pattern:
    """One alias ready for matching."""

    tokens: tuple[str, ...]  # folded
    sounds: tuple[str, ...]  # transliteration keys of the tokens (text/tokens.translit)
    entry: int  # index into Registry.entries
    text: str
    upper: bool  # the text must be written in capitals
    capital: bool  # a capitalised alias needs a capitalised first word ("Shell", not "shell")
    metonym: bool = False
    context: frozenset[str] = frozenset()

    @cached_property
    def frames(self) -> tuple[str, ...]:
        """The vowel frames of ``sounds``: a text word can be this alias word only where its frame is equal."""
        return tuple(vowel_frame(s) for s in self.sounds)


@dataclass(frozen=True)
class Registry:
    """Entries, general word lists and the compiled lookup tables."""

    entries: tuple[Entry, ...]
    lexicon: Lexicon
    by_first: dict[str, tuple[Pattern, ...]] = field(compare=False, repr=False)
    by_sound: dict[str, tuple[Pattern, ...]] = field(compare=False, repr=False)
    short: dict[str, tuple[Pattern, ...]] = field(compare=False, repr=False)

    def entry(self, name: str) -> Entry | None:
        """The entry with canonical name ``name``."""
        return next((e for e in self.entries if e.name == name), None)

    @cached_property
    def unguarded(self) -> tuple[dict[str, tuple[Pattern, ...]], dict[str, tuple[Pattern, ...]]]:
        """``by_first`` and ``by_sound`` without the aliases that need a context word (same order)."""
        return _subset(self.by_first, lambda p: not p.context), _subset(self.by_sound, lambda p: not p.context)

    @cached_property
    def unguarded_next(self) -> tuple[Followers, Followers]:
        """``followers`` of the two ``unguarded`` tables."""
        words, sounds = self.unguarded
        return followers(words), followers(sounds)

    @cached_property
    def guarded(self) -> dict[str, tuple[Pattern, ...]]:
        """``by_first`` with only the aliases that need a context word (same order)."""
        return _subset(self.by_first, lambda p: bool(p.context))

    @cached_property
    def place_names(self) -> frozenset[tuple[str, ...]]:
        """Folded names and aliases of countries and regions: a section label, never an outlet's name."""
        kinds = (ActorType.COUNTRY, ActorType.REGIONAL_GOVERNMENT)
        places = [e for e in self.entries if e.type in kinds]
        return frozenset(fold_phrase(s) for e in places for s in (e.name, *(a.text for a in e.aliases)))


# Per table key, the vowel frames the next text word must have for one of its patterns to match
# there; None where a one-word pattern needs no next word.
Followers = dict[str, frozenset[str] | None]


def followers(table: dict[str, tuple[Pattern, ...]]) -> Followers:
    """What each key's patterns need of the word after the first (an exact filter: see ``match.possible``).

    A pattern of several words matches only where the next word's vowel frame equals its second
    word's (``match.candidates`` checks every later word that way), so at most words that open a
    longer name ("the", "government") no pattern needs to be checked at all (issue 20).
    """
    out: Followers = {}
    for key, pats in table.items():
        out[key] = None if any(len(p.tokens) == 1 for p in pats) else frozenset(p.frames[1] for p in pats)
    return out


def _subset(table: dict[str, tuple[Pattern, ...]], keep: Callable[[Pattern], bool]) -> dict[str, tuple[Pattern, ...]]:
    """The patterns of ``table`` that ``keep`` accepts, in their order; keys left empty are dropped.

    A matcher that would filter its candidates the same way finds the same matches in the subset
    while checking fewer patterns (and skips every word whose key is not in it).
    """
    out = {k: tuple(p for p in pats if keep(p)) for k, pats in table.items()}
    return {k: pats for k, pats in out.items() if pats}


def pattern(alias: Alias, entry: int) -> Pattern:
    """Compile one alias."""
    tokens = fold_phrase(alias.text)
    letters = [c for c in alias.text if c.isalpha()]
    upper = all(c.isupper() for c in letters) and len(letters) <= MAX_CASED_LEN
    capital = alias.text[:1].isupper()
    return Pattern(
        tokens, tuple(translit(t) for t in tokens), entry, alias.text, upper, capital,
        alias.metonym, frozenset(alias.context),
    )


def surnames(tokens: tuple[str, ...]) -> list[tuple[str, ...]]:
    """Short forms of a person's folded name: the last word, with and without its particle."""
    if len(tokens) < 2 or len(tokens[-1]) < 3:
        return []
    out = [tokens[-1:]]
    if len(tokens) >= 3 and tokens[-2] in PARTICLES:
        out.append(tokens[-2:])
    return out


def _table(items: Iterable[tuple[str, Pattern]]) -> dict[str, tuple[Pattern, ...]]:
    table: dict[str, list[Pattern]] = defaultdict(list)
    for key, pat in items:
        table[key].append(pat)
    # Longest alias first, then by text, so the first hit at a position is the one to keep.
    return {k: tuple(sorted(v, key=lambda p: (-len(p.tokens), p.text, p.entry))) for k, v in table.items()}


def person_short_patterns(entry: Entry, index: int) -> list[Pattern]:
    """Surname patterns of a person entry (used only after the full name appeared)."""
    forms = {s for a in (Alias(entry.name), *entry.aliases) for s in surnames(fold_phrase(a.text))}
    return [
        Pattern(s, tuple(translit(t) for t in s), index, " ".join(s), upper=False, capital=False)
        for s in sorted(forms)
    ]


def compile_registry(entries: Iterable[Entry], lexicon: Lexicon) -> Registry:
    """Build the lookup tables once."""
    entries = tuple(entries)
    pats = [pattern(a, i) for i, e in enumerate(entries) for a in (Alias(e.name), *e.aliases)]
    shorts = [p for i, e in enumerate(entries) if e.type is ActorType.PERSON for p in person_short_patterns(e, i)]
    return Registry(
        entries=entries,
        lexicon=lexicon,
        by_first=_table((p.tokens[0], p) for p in pats),
        by_sound=_table((p.sounds[0], p) for p in pats if not p.upper),
        short=_table((p.sounds[0], p) for p in shorts),
    )
