"""Records of the actors stage: the registry, its compiled index and what one article says about actors."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


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


@dataclass(frozen=True)
class Location:
    """Where a mention is: block index, item index, and the char span inside that item's text."""

    block: int
    item: int
    start: int
    end: int


@dataclass(frozen=True)
class Quote:
    """Quoted words and who said them (the speaker's canonical name)."""

    text: str
    speaker: str
    location: Location


@dataclass(frozen=True)
class FoundActor:
    """One actor of one article with everything the article says about it."""

    name: str
    slug: str
    type: ActorType
    discovered: bool
    mentions: int
    spellings: tuple[str, ...]  # the aliases as spelled in this article, sorted
    first: Location
    sentence: str  # the sentence of the first mention
    roles: tuple[str, ...] = ()
    quotes: tuple[Quote, ...] = ()


@dataclass(frozen=True)
class ArticleActors:
    """The actors of one article in order of first mention; ``names`` is the co-occurrence set."""

    actors: tuple[FoundActor, ...]

    @property
    def names(self) -> tuple[str, ...]:
        """Canonical names, in order of first mention."""
        return tuple(a.name for a in self.actors)

    def get(self, name: str) -> FoundActor | None:
        """The actor called ``name`` in this article, if any."""
        return next((a for a in self.actors if a.name == name), None)
