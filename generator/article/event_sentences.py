"""Sentences that tell an incident: what a same-event comparison shows of each report.

A sentence is kept when it holds a word of an incident family (``events.yml``) and names an actor
other than a country, or holds an incident word and a figure ("the strike killed 3"). Sentences
that only give background (the countries, the history) have neither and are left out. The
comparison page (``render.events``) then picks, per report, the ones that name the event's own
participants and incident. Computed once per article (cached with it): comparison pages are
built from bodiless drafts.
"""

from __future__ import annotations

import re

from generator.article.actors.records import ArticleActors
from generator.article.incidents import family_hits
from generator.article.records import Cleaned, EventSentence
from generator.knowledge.incidents import IncidentVocabulary

MAX_EVENT_SENTENCES = 24  # per article: enough to choose from, small enough to keep in every draft
MAX_CHARS = 600
_FIGURE = re.compile(r"\d")
_CITATION = re.compile(r"\s*\[\d{1,3}\](?:\s*,\s*\[\d{1,3}\])*")


def event_sentences(cleaned: Cleaned, found: ArticleActors, vocab: IncidentVocabulary) -> tuple[EventSentence, ...]:
    """The article's sentences that tell an incident, in reading order (at most ``MAX_EVENT_SENTENCES``).

    As for incident keys (``article.incidents``), a family's word may be in a neighbouring
    sentence within the family's ``window`` ("…killed in a drone attack. The two were named as …").
    """
    actors = [
        (a.name, [s.casefold() for s in (a.name, *a.spellings) if len(s) >= 3])
        for a in found.actors
        if a.type.value != "country"
    ]
    raw, hits = family_hits(cleaned, vocab)
    texts = [" ".join(_CITATION.sub("", sentence).split()) for sentence in raw]
    windows = {key: window for key, _, window, _ in vocab.families}
    out: list[EventSentence] = []
    for i, text in enumerate(texts):
        near = {
            family
            for j in range(max(0, i - 3), min(len(texts), i + 4))
            for family in hits[j]
            if abs(i - j) <= windows[family]
        }
        if not near or len(text) > MAX_CHARS:
            continue
        folded = text.casefold()
        names = tuple(name for name, spellings in actors if any(s in folded for s in spellings))
        if names or (hits[i] and _FIGURE.search(text)):
            out.append(EventSentence(text, tuple(sorted(near)), names, i))
            if len(out) == MAX_EVENT_SENTENCES:
                break
    return tuple(out)
