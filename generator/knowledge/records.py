"""Records of what the generator knows: registry entries, the lexicon and the theme taxonomy."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
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
    # The lists below come from a language's section of the lexicon (``languages``); English needs none.
    speech_before: frozenset[str] = frozenset()  # "dijo", "a déclaré": the speaker's name follows them
    org_heads: frozenset[str] = frozenset()  # "Fundación", "Universität": open an organisation's name
    locatives: frozenset[str] = frozenset()  # "en", "à", "in", "в": a name after them is a place
    not_particles: frozenset[str] = frozenset()  # "der", "die": articles that never join a name's words
    articles: frozenset[str] = frozenset()  # "la", "el", "der": may stand between a speech verb and a title
    elisions: frozenset[str] = frozenset()  # "l", "d": elided articles glued to a word ("l'entraîneur")
    compounds: bool = False  # nouns are capitalised and compounded (German): the language's own role and
    #                          organisation nouns match as a word's end ("Studienleiterin", "Hausärzteverband")
    compound_roles: tuple[str, ...] = ()  # those role nouns (``for_language`` fills them)
    compound_orgs: tuple[str, ...] = ()  # those organisation nouns
    compound_heads: tuple[str, ...] = ()  # those words that open an organisation's name
    connectors: frozenset[str] = frozenset()  # "de", "del", "für": lower-case words inside an organisation's name
    name_stops: frozenset[str] = frozenset()  # a script without capitals (Arabic): words that end a name after a title
    pronouns: frozenset[str] = frozenset()  # "il", "sie", "ella", "он": a speaker after a speech verb ("sagte sie")
    place_heads: frozenset[str] = frozenset()  # "Borgo", "Vila", "Lago": open a place's name, never a person's
    adjective_ends: tuple[str, ...] = ()  # "aise", "ых": adjectives in a sentence-case name ("Fédération française")
    role_ends: tuple[str, ...] = ()  # "iste", "logue": a trade's noun after "selon l'" ("selon l'œnologue X")
    participle_ends: tuple[str, ...] = ()  # "вший": a person's deed after their name ("X, возглавлявший команду")
    audiences: frozenset[str] = frozenset()  # "журналистам": who heard the words, between a speech verb and a title
    language: str = "en"  # the language whose words were added to the English ones
    by_language: tuple[tuple[str, Lexicon], ...] = ()  # each language's own lists (``for_language``)

    def elided(self, raw: str) -> int:
        """The length of an elided article glued to the front of ``raw`` by an apostrophe, with the apostrophe.

        "l'entraîneur" gives 2, Italian "dell'Azienda" 5 (``elisions`` holds "dell"); 0 when ``raw`` opens with
        none or nothing follows it.
        """
        if not self.elisions:
            return 0
        cut = max(raw.find("'"), raw.find("’"))
        if cut <= 0 or cut + 1 >= len(raw) or raw[:cut].casefold() not in self.elisions:
            return 0
        return cut + 1

    def for_language(self, code: str) -> Lexicon:
        """The English lists plus those of language ``code``; the English lists alone for any other code.

        Articles in French, Spanish, Portuguese, Italian, German, Russian or Arabic introduce people and
        organisations with their own titles, role and organisation nouns and speech verbs, and often quote
        English words or names: the article's language (its ``language`` field: the page's markup or the body's detected
        language) adds its lists to the English ones, never replaces them. An undetermined language
        ("und") or one without a section uses English alone, as before. Made once per language.
        """
        return self._merged.get(code, self) if code != self.language else self

    @cached_property
    def _merged(self) -> dict[str, Lexicon]:
        out: dict[str, Lexicon] = {}
        for code, own in self.by_language:
            sets = {f.name: getattr(self, f.name) | getattr(own, f.name) for f in fields(self)
                    if isinstance(getattr(self, f.name), frozenset)}
            titles = tuple(sorted(set(self.titles) | set(own.titles), key=lambda t: (-len(t), t)))
            roles = tuple(sorted(w for w in own.role_words | own.title_words if len(w) >= 5))
            orgs = tuple(sorted(w for w in own.org_nouns if len(w) >= 4))
            heads = tuple(sorted(w for w in own.org_heads if len(w) >= 4))
            out[code] = replace(self, titles=titles, compounds=own.compounds, language=code, by_language=(),
                                adjective_ends=own.adjective_ends, role_ends=own.role_ends,
                                participle_ends=own.participle_ends,
                                compound_roles=roles if own.compounds else (),
                                compound_orgs=orgs if own.compounds else (),
                                compound_heads=heads if own.compounds else (), **sets)
        return out

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
    def speaker_pronouns(self) -> frozenset[str]:
        """``pronouns`` but those spelt like an article: Spanish "él" folds to "el" ("señaló el funcionario")."""
        return self.pronouns - self.articles

    @cached_property
    def not_name_or_role(self) -> frozenset[str]:
        """``not_names`` and ``role_heads``: capitalised words that are no unknown speaker's name."""
        return self.not_names | self.role_heads

    @cached_property
    def untitled_not_names(self) -> frozenset[str]:
        """``not_names`` but for title words: the words a title never starts after ("However")."""
        return self.not_names - self.title_words

    def is_role(self, word: str) -> bool:
        """Whether folded ``word`` is a title or role noun, or (German) a compound ending in one."""
        return word in self.role_heads or (bool(self.compound_roles) and len(word) > 5
                                           and word.endswith(self.compound_roles))

    def org_noun_of(self, word: str) -> bool:
        """Whether folded ``word`` is a noun that introduces an organisation, or (German) a compound ending in one."""
        return word in self.org_nouns or (bool(self.compound_orgs) and len(word) > 5
                                          and word.endswith(self.compound_orgs))

    def org_head_of(self, word: str) -> bool:
        """Whether folded ``word`` opens an organisation's name ("Fundación"), or (German) is a compound of one."""
        return word in self.org_heads or (bool(self.compound_heads) and len(word) > 5
                                          and word.endswith(self.compound_heads))


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
