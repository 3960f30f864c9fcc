"""Records of the per-article stage: line roles, the cleaned body, metadata with evidence, the draft.

The records narrow as they go: ``SourceDoc`` (read) -> ``Cleaned`` (clean) -> ``Metadata``
(extract) -> ``Draft`` (the per-article result). Every record is frozen, so a stage can never
change what an earlier stage decided.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Literal

from generator.article.actors.records import ArticleActors
from generator.article.theme_records import ThemeScore
from generator.article.timeline.records import Event


class Role(StrEnum):
    """What one line of a plain-text page turned out to be."""

    TITLE = "title"
    BODY = "body"  # a body paragraph
    HEADING = "heading"  # a subheading inside the article
    QUOTE = "quote"  # a block quotation
    LIST_ITEM = "list_item"
    TABLE_ROW = "table_row"
    REFERENCE = "reference"  # an entry of a reference list / endnotes
    META = "meta"  # byline, dateline, reading time: not body, but evidence for metadata
    BOILERPLATE = "boilerplate"  # page chrome, dropped
    EMBED = "embed"  # an embedded social post, dropped and never used as evidence


@dataclass(frozen=True)
class Line:
    """One input line with the role the cleaner gave it and, when dropped, the rule that dropped it."""

    number: int  # 1-based line number in SourceDoc.text
    text: str
    role: Role
    reason: str = ""


BlockKind = Literal["paragraph", "heading", "quote", "list", "table", "references"]


@dataclass(frozen=True)
class Block:
    """A unit of the cleaned article body, in reading order.

    ``items`` holds one string for paragraph, heading and quote; the entries of a list or
    reference list; and for a table one string per row with cells separated by ``\\t``.
    """

    kind: BlockKind
    items: tuple[str, ...]


@dataclass(frozen=True)
class Cleaned:
    """The article found inside a page: its title, its body blocks and every line's role."""

    title: str | None
    blocks: tuple[Block, ...]
    lines: tuple[Line, ...]
    # What the rules alone made of the page when a fitted cleaner model changed it (None: nothing
    # changed). The metadata reads its dates, bylines and source from the rules' lines and headline:
    # they sit around the line the rules found, and the model's kept chrome would move the header.
    rules: Cleaned | None = None
    # The fitted cleaner's confidence that ``title`` is the article's headline (0-1; None: no fitted
    # model, or no title). ``extract.title.pick_title`` infers a title below the model's bar.
    title_confidence: float | None = None


class Basis(StrEnum):
    """How a metadata value was found."""

    EXPLICIT = "explicit"  # stated in the text as this article's own value
    INFERRED = "inferred"  # derived from indirect evidence (see the extractor's docstring)
    PROVIDED = "provided"  # given by the owner in a sidecar file or front matter
    UNKNOWN = "unknown"  # not found; the value is None / empty


@dataclass(frozen=True)
class Evidence:
    """The basis of one metadata field and the text it came from."""

    basis: Basis
    text: str = ""
    rejected: tuple[str, ...] = ()  # the candidates turned down, each with where it was found and why
    source: str = ""  # where ``text`` was found ("labelled line", "markup: json-ld datePublished"), and its score


@dataclass(frozen=True)
class Metadata:
    """Metadata of one article; ``evidence`` maps a field name to how it was found."""

    title: str
    source: str | None
    authors: tuple[str, ...]
    date: dt.date | None
    date_basis: Basis
    language: str  # ISO 639-1 code, or "und" when it cannot be told
    url: str | None = None
    retrieved: dt.date | None = None  # when the page was saved, if known
    evidence: tuple[tuple[str, Evidence], ...] = ()

    def basis_of(self, name: str) -> Evidence:
        """The evidence for field ``name`` (unknown when none was recorded)."""
        for key, ev in self.evidence:
            if key == name:
                return ev
        return Evidence(Basis.UNKNOWN)


# A line the cleaner removed: (line number, text, reason). The corpus keeps the first few of each
# article (build report); the count is kept in full.
RemovedLine = tuple[int, str, str]


REMOVED_KEPT = 12

IncidentKey = tuple[str, str, str]  # (family, participant name, participant type)
Term = tuple[str, str, float]  # a content term: key (stems, or "@" + canonical name), label as written, weight


@dataclass(frozen=True)
class EventSentence:
    """A body sentence that tells an incident: the raw material of a same-event comparison."""

    text: str
    families: tuple[str, ...]  # incident families (events.yml) whose words it holds
    names: tuple[str, ...]  # canonical names of the actors other than countries it names
    position: int = 0  # the sentence's number in the body, for telling which sentences are neighbours


@dataclass(frozen=True)
class Draft:
    """One article's per-article result without its body: what the corpus stage reads.

    At 10,000 articles a rebuild reads every draft; bodies are read back from the cache only
    for the pages that are rendered again (``Extracted`` holds both).
    """

    seed: str
    meta: Metadata
    word_count: int
    truncated: bool
    encoding: str
    found: ArticleActors
    theme_scores: tuple[ThemeScore, ...]
    incidents: tuple[IncidentKey, ...]
    events: tuple[Event, ...]  # dated events in the body, for the timeline
    signature: tuple[int, ...]  # MinHash of the body, for duplicate detection
    summary: str = ""  # the opening sentences, plain text
    event_sentences: tuple[EventSentence, ...] = ()  # sentences telling an incident (same-event comparisons)
    removed: tuple[RemovedLine, ...] = ()  # the first REMOVED_KEPT lines the cleaner removed
    removed_count: int = 0  # how many lines the cleaner removed in all
    terms: tuple[Term, ...] = ()  # distinctive words, phrases and names, heaviest first (signature.content_terms)

    @property
    def actors(self) -> tuple[str, ...]:
        """Canonical names of the actors, in order of first mention."""
        return self.found.names

    @property
    def themes(self) -> tuple[str, ...]:
        """Names of the assigned themes, best first."""
        return tuple(t.name for t in self.theme_scores)


@dataclass(frozen=True)
class Extracted:
    """One input processed: its draft and its cleaned body (what the per-article cache keeps)."""

    draft: Draft
    body: Cleaned
