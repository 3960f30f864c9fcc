"""Small hand-made corpora for the tests of what a reader sees (home, network, comparisons, lists)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from generator.article.actors.records import ArticleActors, FoundActor, Location
from generator.article.records import Basis, Draft, EventSentence, IncidentKey, Metadata
from generator.article.signature import content_terms
from generator.corpus.link import link
from generator.corpus.records import Corpus
from generator.knowledge.records import ActorType
from generator.settings import Publishing
from generator.text.slugs import slugify
from tests.kb import knowledge

PERSON = ActorType.PERSON
GROUP = ActorType.ARMED_GROUP
COUNTRY = ActorType.COUNTRY


def actor(name: str, kind: ActorType = PERSON, block: int = 0, start: int = 0) -> FoundActor:
    """An actor mentioned once, at ``start`` of the first item of block ``block``."""
    return FoundActor(
        name=name,
        slug=slugify(name),
        type=kind,
        discovered=True,
        mentions=1,
        spellings=(name,),
        first=Location(block, 0, start, start + len(name)),
        sentence=f"{name} was named.",
    )


def draft(
    seed: str,
    title: str,
    *,
    source: str | None = "Harbour Times",
    date: dt.date | None = dt.date(2025, 3, 10),
    actors: Sequence[FoundActor | tuple[str, ActorType]] = (),
    incidents: tuple[IncidentKey, ...] = (),
    summary: str = "",
    url: str | None = None,
    event_sentences: tuple[EventSentence, ...] = (),
) -> Draft:
    """A draft with just what the corpus stage and the renderers read."""
    found = tuple(a if isinstance(a, FoundActor) else actor(*a) for a in actors)
    meta = Metadata(title, source, (), date, Basis.EXPLICIT if date else Basis.UNKNOWN, "en", url)
    names = [a.name for a in found if a.type.value != "country"]
    body = [s.text for s in event_sentences] or [summary]
    return Draft(
        seed=seed,
        meta=meta,
        word_count=200,
        truncated=False,
        encoding="utf-8",
        found=ArticleActors(found),
        theme_scores=(),
        incidents=incidents,
        events=(),
        signature=(),
        summary=summary or f"{title}: what happened, in one sentence.",
        event_sentences=event_sentences,
        terms=content_terms(title, body, names),  # what same-event grouping compares
    )


def corpus(drafts: Sequence[Draft], mode: str = "full") -> Corpus:
    """The corpus of ``drafts`` as the build links it (the site's knowledge, one publishing mode)."""
    return link(drafts, (), knowledge(), publishing=Publishing(mode))
