"""Records of the corpus stage: articles with their links, the indexes and the corpus itself."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cached_property
from typing import NamedTuple

from generator.article.records import Draft, Metadata
from generator.article.timeline.records import Event, EventBasis, Precision
from generator.knowledge.records import ActorType
from generator.read.records import Skipped


@dataclass(frozen=True)
class Article:
    """One article of the corpus: its draft (as published), its unique slug and its links."""

    draft: Draft  # an excerpt-only article's draft holds no body sentences (see corpus.link.redact)
    slug: str
    mode: str = "full"  # publishing mode: "full" text or "excerpt" (see settings.Publishing)
    related: tuple[RelatedLink, ...] = ()
    event: EventGroup | None = None  # the same-event group this article belongs to
    key: str = ""  # what its record is made from: input digest, slug, mode, actor renames (corpus.reuse)

    @property
    def seed(self) -> str:
        """The input file, relative to the seeds folder."""
        return self.draft.seed

    @property
    def meta(self) -> Metadata:
        """Title, source, authors, date and their evidence."""
        return self.draft.meta

    @property
    def same_event(self) -> tuple[str, ...]:
        """Slugs of the other articles that report the same event."""
        return tuple(s for s in self.event.members if s != self.slug) if self.event else ()


@dataclass(frozen=True)
class Corpus:
    """All articles, newest first (undated last), and every skipped file."""

    articles: tuple[Article, ...]
    skipped: tuple[Skipped, ...]
    actor_index: ActorIndex
    theme_index: ThemeIndex
    timeline: Timeline
    events: tuple[EventGroup, ...] = ()
    notes: tuple[str, ...] = ()  # warnings about inputs that still built (bad sidecar, ...)

    @cached_property
    def article_actors(self) -> tuple[tuple[tuple[str, ActorType], ...], ...]:
        """Per article, in corpus order: ``(name, type)`` of each actor in order of first mention.

        Made once: the network picture and the common actors of the article pages both count them.
        """
        return tuple(tuple((a.name, a.type) for a in art.draft.found.actors) for art in self.articles)


class ArticleEvents(NamedTuple):
    """What the corpus-wide step needs of one article (a plain 5-tuple works as well)."""

    slug: str
    title: str
    source: str | None
    actors: tuple[str | tuple[str, tuple[str, ...]], ...]  # names, or (name, spellings): see merge.specific_actors
    events: tuple[Event, ...]


@dataclass(frozen=True)
class Mention:
    """One article's sentence for a timeline entry, with the anchor to link to."""

    slug: str
    title: str
    source: str | None
    anchor: str
    sentence: str
    basis: EventBasis


@dataclass(frozen=True)
class Entry:
    """One event of the timeline: a date and every article sentence that reports it."""

    date: dt.date
    precision: Precision
    mentions: tuple[Mention, ...]  # best first: explicit dates before resolved and inferred ones
    key: str = ""  # its date's part key and its place there (corpus.reuse), which fix it; empty when not known

    @property
    def sentence(self) -> str:
        """The sentence shown for the entry (from its first mention)."""
        return self.mentions[0].sentence


@dataclass(frozen=True)
class Timeline:
    """Every entry, oldest first."""

    entries: tuple[Entry, ...]


@dataclass(frozen=True)
class EventGroup:
    """Articles that report the same event."""

    slug: str
    family: str
    participants: tuple[str, ...]
    members: tuple[str, ...]  # article slugs, oldest first (undated last)
    phrases: tuple[str, ...] = ()  # the distinctive phrases the reports share (why they were grouped)
    names: tuple[str, ...] = ()  # the actors the reports share, most shared first (why they were grouped)


@dataclass(frozen=True)
class RelatedLink:
    """A related article and why it is related."""

    slug: str
    score: float
    shared_actors: tuple[str, ...]
    shared_themes: tuple[str, ...]
    same_event: bool


@dataclass(frozen=True)
class Appearance:
    """One article an actor appears in, with the sentence of its first mention there."""

    slug: str
    title: str
    date: dt.date | None
    sentence: str
    mentions: int


@dataclass(frozen=True)
class SaidQuote:
    """Words an actor said, and the article that reports them."""

    text: str
    slug: str
    title: str
    date: dt.date | None
    context: str = ""  # the sentence around a fragment, as the article gives it; empty when it stands alone
    role: str = ""  # the speaker's role or title in that article, when it gives one


@dataclass(frozen=True)
class ActorSummary:
    """Everything the corpus says about one actor."""

    name: str
    slug: str
    type: ActorType
    discovered: bool
    description: str | None
    affiliation: str | None
    aliases: tuple[str, ...]  # every registry spelling (for search), sorted
    spellings: tuple[str, ...]  # the spellings the articles use, sorted
    appearances: tuple[Appearance, ...]  # newest first, undated last
    roles: tuple[str, ...]
    quotes: tuple[SaidQuote, ...]
    related: tuple[tuple[str, int], ...]  # (actor name, articles in common), most first
    key: str = ""  # the hash of what it is made from (corpus.reuse); empty when not known


@dataclass(frozen=True)
class ActorIndex:
    """All actors of the corpus, sorted by name."""

    actors: tuple[ActorSummary, ...]

    def by_name(self) -> dict[str, ActorSummary]:
        """Actors keyed by canonical name."""
        return {a.name: a for a in self.actors}

    @property
    def discovered(self) -> tuple[str, ...]:
        """Names of the actors found outside the registry (for the build's report)."""
        return tuple(a.name for a in self.actors if a.discovered)


@dataclass(frozen=True)
class ThemeArticle:
    """An article of a theme and why it has the theme."""

    slug: str
    title: str
    date: dt.date | None
    score: float
    reason: str


@dataclass(frozen=True)
class ThemeSummary:
    """One theme across the corpus."""

    name: str
    slug: str
    description: str
    articles: tuple[ThemeArticle, ...]  # newest first, undated last
    actors: tuple[tuple[str, str, int], ...]  # (name, slug, articles naming them), most articles then mentions
    discovered: bool = False  # found in the articles' shared terms, not in the taxonomy (corpus.themes)
    phrases: tuple[str, ...] = ()  # a discovered theme's terms, for its themes.yml entry


@dataclass(frozen=True)
class ThemeIndex:
    """The taxonomy's themes that have articles, in taxonomy order, then the discovered themes."""

    themes: tuple[ThemeSummary, ...]
