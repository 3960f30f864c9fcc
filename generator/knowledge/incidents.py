"""The incident vocabulary (``events.yml``): families of incident words for same-event detection."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from generator.errors import DataError


@dataclass(frozen=True)
class IncidentVocabulary:
    """Incident families as compiled patterns, and the participant types."""

    families: tuple[tuple[str, str, int, re.Pattern[str]], ...]  # (key, label, window, pattern)
    participant_types: frozenset[str]
    # Per family, lower-case word starts one of which an ASCII text must hold for the pattern to match
    # there (None: the family has a word outside ASCII, and no such filter). An ASCII text matches a
    # case-blind ASCII word only in its ASCII case variants, so the filter is exact; ``in`` is many
    # times faster than the pattern's search, which tries its lookbehind at every character (issue 20).
    needles: tuple[tuple[str, ...] | None, ...] = ()

    def may_match(self, index: int, lowered: str | None) -> bool:
        """Whether family ``index``'s pattern can match a text (``lowered``: lower-cased if ASCII, else None)."""
        needles = self.needles[index] if index < len(self.needles) else None
        return lowered is None or needles is None or any(n in lowered for n in needles)

    def label(self, family: str) -> str:
        """The display label of a family."""
        return next((label for key, label, _, _ in self.families if key == family), family)

    def pattern(self, family: str) -> re.Pattern[str] | None:
        """The compiled words of ``family``."""
        return next((pat for key, _, _, pat in self.families if key == family), None)


def parse_incidents(data: Any, where: str = "events.yml") -> IncidentVocabulary:
    """Validate the parsed data file; raises DataError naming every bad family and field."""
    if not isinstance(data, dict) or not isinstance(data.get("families"), dict):
        raise DataError([f"{where}: needs a 'families' mapping"], "invalid incident vocabulary")
    problems: list[str] = []
    fams = []
    needles: list[tuple[str, ...] | None] = []
    for key, entry in sorted(data["families"].items(), key=lambda kv: str(kv[0])):
        words = entry.get("words") if isinstance(entry, dict) else None
        if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
            problems.append(f"{where}: family {key!r}: 'words' must be a list of words")
            continue
        window = entry.get("window", 0)
        if isinstance(window, bool) or not isinstance(window, int) or not 0 <= window <= 3:
            problems.append(f"{where}: family {key!r}: 'window' must be 0 to 3")
            continue
        alternation = "|".join(
            re.escape(w.strip()).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
        )
        label = str(entry.get("label") or key)
        fams.append((str(key), label, window, re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", re.I)))
        needles.append(_needles(words))
    types = data.get("participant_types", ["person", "armed group"])
    if not isinstance(types, list):
        problems.append(f"{where}: 'participant_types' must be a list")
        types = []
    if problems:
        raise DataError(problems, "invalid incident vocabulary")
    return IncidentVocabulary(tuple(fams), frozenset(str(t) for t in types), tuple(needles))


def _needles(words: list[str]) -> tuple[str, ...] | None:
    """The lower-case first words of ``words`` without those that hold a shorter one ("visit" covers "visits")."""
    if not all(w.isascii() for w in words):
        return None
    starts = {w.split()[0].lower() for w in words}
    return tuple(sorted(w for w in starts if not any(o != w and o in w for o in starts)))
