"""Per-article incident keys: (incident family, participant) pairs, for same-event detection.

A key is made when a participant (a person or an armed group, by default) is mentioned in a
sentence that holds a word of an incident family from ``events.yml`` (or a
sentence within the family's ``window``). Countries and organisations are never participants: two
articles that only share "Iraq" and "attacks" are not about the same event.
"""

from __future__ import annotations

import bisect
import itertools
from functools import lru_cache

from generator.article.actors.records import ArticleActors
from generator.article.items import items_of
from generator.article.records import Block, Cleaned, IncidentKey
from generator.knowledge.incidents import IncidentVocabulary, word_runs

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
        text = item.text
        runs = word_runs(text)
        families = enumerate(vocab.families)
        present = [(n, key, pat) for n, (key, _, _, pat) in families if vocab.matches(n, pat, text, runs)]
        for s, e in item.sentences:
            sentence = text[s:e]
            sentences.append(sentence)
            runs = word_runs(sentence) if present else None
            hits.append(frozenset(key for n, key, pat in present if vocab.matches(n, pat, sentence, runs)))
    return tuple(sentences), tuple(hits)


class _Folded:
    """An article's case-folded sentences, searched for names all at once.

    The sentences are joined by line breaks and each name is looked for with ``str.find`` in the
    joined text instead of in every sentence in turn (issue 20): a name without a line break
    (spellings are written on one line) cannot run across two sentences, so the sentences it is
    found in are exactly those that hold it.
    """

    def __init__(self, sentences: tuple[str, ...]) -> None:
        self.sentences = [sentence.casefold() for sentence in sentences]
        self.text = "\n".join(self.sentences)
        self.starts = list(itertools.accumulate((len(s) + 1 for s in self.sentences[:-1]), initial=0))

    def holding(self, names: list[str]) -> list[int]:
        """Indexes of the sentences that hold one of ``names``, in order."""
        if any("\n" in name for name in names):
            return [i for i, s in enumerate(self.sentences) if any(name in s for name in names)]
        found: set[int] = set()
        for name in names:
            at = self.text.find(name)
            while at >= 0:
                i = bisect.bisect_right(self.starts, at) - 1
                found.add(i)
                at = self.text.find(name, self.starts[i + 1] if i + 1 < len(self.starts) else len(self.text))
        return sorted(found)


def incident_keys(cleaned: Cleaned, found: ArticleActors, vocab: IncidentVocabulary) -> tuple[IncidentKey, ...]:
    """Sorted (family, participant, participant type) keys of one article."""
    participants = [a for a in found.actors if a.type.value in vocab.participant_types]
    if not participants:
        return ()
    sentences, hits = family_hits(cleaned, vocab)
    windows = {key: window for key, _, window, _ in vocab.families}
    keys: set[IncidentKey] = set()
    folded = _Folded(sentences)  # once per article, not once per actor
    for actor in participants:
        spellings = [s.casefold() for s in actor.spellings if len(s) >= 3]
        for i in folded.holding(spellings):
            for j in range(max(0, i - 3), min(len(sentences), i + 4)):
                keys.update(
                    (family, actor.name, actor.type.value) for family in hits[j] if abs(i - j) <= windows[family]
                )
    return tuple(sorted(keys))
