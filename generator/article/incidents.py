"""Per-article incident keys: (incident family, participant) pairs, for same-event detection.

A key is made when a participant (a person or an armed group, by default) is mentioned in a
sentence that holds a word of an incident family from ``generator/data/events.yml`` (or a
sentence within the family's ``window``). Countries and organisations are never participants: two
articles that only share "Iraq" and "attacks" are not about the same event.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from generator import yamlio
from generator.article.actors.records import ArticleActors
from generator.article.items import items_of
from generator.article.records import Cleaned, IncidentKey

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "events.yml"


class EventsDataError(ValueError):
    """The events data file does not follow its schema."""


@dataclass(frozen=True)
class Vocabulary:
    """Incident families as compiled patterns, and the participant types."""

    families: tuple[tuple[str, str, int, re.Pattern[str]], ...]  # (key, label, window, pattern)
    participant_types: frozenset[str]

    def label(self, family: str) -> str:
        """The display label of a family."""
        return next((label for key, label, _, _ in self.families if key == family), family)


def parse_vocabulary(data: object, where: str = "events.yml") -> Vocabulary:
    """Validate the parsed data file."""
    if not isinstance(data, dict) or not isinstance(data.get("families"), dict):
        raise EventsDataError(f"{where}: needs a 'families' mapping")
    fams = []
    for key, entry in sorted(data["families"].items()):
        words = entry.get("words") if isinstance(entry, dict) else None
        if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
            raise EventsDataError(f"{where}: family {key!r} needs a list of words")
        alternation = "|".join(
            re.escape(w.strip()).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
        )
        label = str(entry.get("label") or key)
        window = entry.get("window", 0)
        if not isinstance(window, int) or not 0 <= window <= 3:
            raise EventsDataError(f"{where}: family {key!r}: 'window' must be 0 to 3")
        fams.append((str(key), label, window, re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", re.I)))
    types = data.get("participant_types", ["person", "armed group"])
    if not isinstance(types, list):
        raise EventsDataError(f"{where}: 'participant_types' must be a list")
    return Vocabulary(tuple(fams), frozenset(str(t) for t in types))


@lru_cache(maxsize=1)
def default_vocabulary() -> Vocabulary:
    """The shipped vocabulary, loaded once."""
    return parse_vocabulary(yamlio.safe_load(DATA_FILE.read_text(encoding="utf-8")), DATA_FILE.name)


def incident_keys(cleaned: Cleaned, found: ArticleActors, vocab: Vocabulary | None = None) -> tuple[IncidentKey, ...]:
    """Sorted (family, participant, participant type) keys of one article."""
    vocab = vocab or default_vocabulary()
    participants = [a for a in found.actors if a.type.value in vocab.participant_types]
    if not participants:
        return ()
    sentences: list[str] = []
    for item in items_of(cleaned):
        sentences += [item.text[s:e] for s, e in item.sentences]
    hits = [[key for key, _, _, pat in vocab.families if pat.search(s)] for s in sentences]
    windows = {key: window for key, _, window, _ in vocab.families}
    keys: set[IncidentKey] = set()
    for actor in participants:
        spellings = [s.casefold() for s in actor.spellings if len(s) >= 3]
        for i, sentence in enumerate(sentences):
            folded = sentence.casefold()
            if not any(sp in folded for sp in spellings):
                continue
            for j in range(max(0, i - 3), min(len(sentences), i + 4)):
                keys.update(
                    (family, actor.name, actor.type.value) for family in hits[j] if abs(i - j) <= windows[family]
                )
    return tuple(sorted(keys))
