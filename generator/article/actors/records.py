"""Records of one article's actors: where each is mentioned, what it said, and the roles it was given."""

from __future__ import annotations

from dataclasses import dataclass

from generator.knowledge.records import ActorType


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
    context: str = ""  # the sentence around a fragment ("…said there was “no reason” to…"); empty when it stands alone


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
    evidence: tuple[str, ...] = ()  # what each spelling stands on (match.py: registry alias, transliteration, ...)

    def quoted_as_itself(self) -> bool:
        """Whether every quote's speaker is this actor's name (true without quotes).

        An actor read from the build state without its quotes (``generator.cache``: they are loaded
        when first read) carries the answer, so asking does not load them.
        """
        known = self.__dict__.get("_own")
        return known if isinstance(known, bool) else all(q.speaker == self.name for q in self.quotes)


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
