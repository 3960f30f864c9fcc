"""Per-article incident keys: (incident family, participant) pairs, for same-event detection.

A key is made when a participant (a person or an armed group, by default) is mentioned in a
sentence that holds a word of an incident family from ``events.yml`` (or a
sentence within the family's ``window``). Countries and organisations are never participants: two
articles that only share "Iraq" and "attacks" are not about the same event.
"""

from __future__ import annotations

from functools import lru_cache

from generator.article.actors.records import ArticleActors
from generator.article.items import items_of
from generator.article.records import Block, Cleaned, IncidentKey
from generator.knowledge.incidents import IncidentVocabulary

Hits = tuple[tuple[str, ...], tuple[frozenset[str], ...]]  # the body's sentences, and the families each names


def family_hits(cleaned: Cleaned, vocab: IncidentVocabulary) -> Hits:
    """Every body sentence and the incident families whose words it holds (shared with ``event_sentences``)."""
    return _hits(cleaned.blocks, vocab)


@lru_cache(maxsize=4)  # incident keys and event sentences read the same article's hits
def _hits(blocks: tuple[Block, ...], vocab: IncidentVocabulary) -> Hits:
    sentences: list[str] = []
    hits: list[frozenset[str]] = []
    for item in items_of(Cleaned(None, blocks, ())):
        # A family's words found in a sentence are found in its item at the same place: sentences are
        # cut after punctuation, so the patterns' word-boundary lookarounds see a non-word character
        # there too. Families absent from the item are not searched sentence by sentence (issue 20).
        present = [(key, pat) for key, _, _, pat in vocab.families if pat.search(item.text)]
        for s, e in item.sentences:
            sentence = item.text[s:e]
            sentences.append(sentence)
            hits.append(frozenset(key for key, pat in present if pat.search(sentence)))
    return tuple(sentences), tuple(hits)


def incident_keys(cleaned: Cleaned, found: ArticleActors, vocab: IncidentVocabulary) -> tuple[IncidentKey, ...]:
    """Sorted (family, participant, participant type) keys of one article."""
    participants = [a for a in found.actors if a.type.value in vocab.participant_types]
    if not participants:
        return ()
    sentences, hits = family_hits(cleaned, vocab)
    windows = {key: window for key, _, window, _ in vocab.families}
    keys: set[IncidentKey] = set()
    folded_sentences = [sentence.casefold() for sentence in sentences]  # once per article, not once per actor
    for actor in participants:
        spellings = [s.casefold() for s in actor.spellings if len(s) >= 3]
        for i, folded in enumerate(folded_sentences):
            if not any(sp in folded for sp in spellings):
                continue
            for j in range(max(0, i - 3), min(len(sentences), i + 4)):
                keys.update(
                    (family, actor.name, actor.type.value) for family in hits[j] if abs(i - j) <= windows[family]
                )
    return tuple(sorted(keys))
