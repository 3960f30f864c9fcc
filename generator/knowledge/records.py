"""Records of what the generator knows: registry entries, the lexicon and the theme taxonomy."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property


class ActorType(StrEnum):
    """What kind of actor an entry is (the values are what a registry file writes)."""

    COUNTRY = "country"
    REGIONAL_GOVERNMENT = "regional government"
    INTERNATIONAL_ORGANISATION = "international organisation"
    GOVERNMENT_BODY = "government body"
    ARMED_FORCES = "armed forces"
    ARMED_GROUP = "armed group"
    POLITICAL_PARTY = "political party"
    COMPANY = "company"
    PERSON = "person"
    MEDIA_OUTLET = "media outlet"
    ORGANISATION = "organisation"  # any other organisation; what discovery gives non-persons


@dataclass(frozen=True)
class Alias:
    """One spelling of an entry; ``context`` words guard an ambiguous alias ("IS" needs "IS fighters")."""

    text: str
    metonym: bool = False  # a capital standing for its government: not matched after "in", "near", ...
    context: tuple[str, ...] = ()


@dataclass(frozen=True)
class Entry:
    """One actor of the registry, as the site owner wrote it."""

    name: str
    slug: str
    type: ActorType
    description: str
    aliases: tuple[Alias, ...] = ()
    affiliation: str | None = None  # canonical name of an umbrella entry
    source: str = ""  # the registry file, for error messages


@dataclass(frozen=True)
class Lexicon:
    """General English words the matcher and discovery rely on (data, so an owner can extend them)."""

    titles: tuple[str, ...]  # words that open a person's title: "President", "Lt. Gen."
    role_words: frozenset[str]  # nouns that make a phrase a role: "spokesperson", "director"
    role_modifiers: frozenset[str]  # lower-case words a title may contain: "senior", "military", "chief"
    org_words: frozenset[str]  # words that end an organisation's name: "Ministry", "FC"
    not_names: frozenset[str]  # capitalised words that never start or make a name: "The", "However"
    speech_verbs: frozenset[str]  # "said", "added", "told"
    not_actors: frozenset[tuple[str, ...]] = frozenset()  # folded names that look like actors but are places
    name_heads: frozenset[str] = frozenset()  # "Agreement", "Treaty": a place's name before them is part of a name
    cuisine: frozenset[str] = frozenset()  # "fries", "curry": a demonym before them is a cuisine
    org_nouns: frozenset[str] = frozenset()  # "carrier", "union": the name after them is an organisation
    place_words: frozenset[str] = frozenset()  # "Province", "Valley": a name ending in them is a place

    # Made once per knowledge, not once per article or per name (issue 20).
    @cached_property
    def title_words(self) -> frozenset[str]:
        """The folded words of ``titles`` ("Lt. Gen." gives "lt" and "gen")."""
        return frozenset(w for t in self.titles for w in re.findall(r"\w+", t.casefold()))

    @cached_property
    def role_heads(self) -> frozenset[str]:
        """Title words and role nouns: the words a person's title ends with."""
        return self.title_words | self.role_words

    @cached_property
    def title_parts(self) -> frozenset[str]:
        """Every word a person's title may hold (``role_heads`` and ``role_modifiers``)."""
        return self.role_heads | self.role_modifiers

    @cached_property
    def untitled_not_names(self) -> frozenset[str]:
        """``not_names`` but for title words: the words a title never starts after ("However")."""
        return self.not_names - self.title_words


@dataclass(frozen=True)
class Phrase:
    """A phrase that is evidence for a theme; ``stems`` is how it is matched."""

    text: str
    stems: tuple[str, ...]
    weight: float


@dataclass(frozen=True)
class Theme:
    """One theme of the taxonomy."""

    name: str
    slug: str
    description: str
    threshold: float
    phrases: tuple[Phrase, ...]
    actors: tuple[tuple[str, float], ...]  # (canonical actor name, weight)


@dataclass(frozen=True)
class Taxonomy:
    """Every theme, in the order the taxonomy file lists them."""

    themes: tuple[Theme, ...]

    @cached_property
    def index(self) -> dict[str, tuple[tuple[str, ...], ...]]:
        """Every phrase's stems keyed by its first stem, built once per taxonomy."""
        table: dict[str, list[tuple[str, ...]]] = {}
        for theme in self.themes:
            for p in theme.phrases:
                if p.stems and p.stems not in table.setdefault(p.stems[0], []):
                    table[p.stems[0]].append(p.stems)
        return {k: tuple(v) for k, v in table.items()}
