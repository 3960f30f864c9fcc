"""The incident vocabulary (``events.yml``): families of incident words for same-event detection."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from generator.errors import DataError


@dataclass(frozen=True)
class IncidentVocabulary:
    """Incident families as compiled patterns, and the participant types."""

    families: tuple[tuple[str, str, int, re.Pattern[str]], ...]  # (key, label, window, pattern)
    participant_types: frozenset[str]
    # Per family whose words are ASCII word characters (phrases: separated by spaces), the lower-case
    # first words of its phrases, and whether every phrase is one word; None for another family.
    # In a text whose word characters are all ASCII (other characters: curly quotes, dashes, any
    # space) the pattern ``(?<!\w)word(?!\w)`` (case-blind) matches exactly where ``word`` is a
    # whole run of word characters (every character a case-blind ASCII letter can match is a word
    # character), so a set of the text's runs answers for the family:
    # none of the first words among them, no match; one of them and only one-word phrases, a
    # match; else the pattern decides. One ``findall`` replaces a search per family, which tries
    # its lookbehind at every character (issue 20).
    firsts: tuple[tuple[frozenset[str], bool] | None, ...] = ()
    # (language code, this vocabulary with that language's words added): ``for_language``.
    by_language: tuple[tuple[str, IncidentVocabulary], ...] = field(default=(), compare=False)

    def for_language(self, code: str) -> IncidentVocabulary:
        """This vocabulary with language ``code``'s words (``languages`` in events.yml) added; itself for others.

        The families keep their keys, so a French and an English report of one incident share a key. A word of
        one language can be a plain word of another: each language's words are read only in its articles.
        """
        return next((vocab for c, vocab in self.by_language if c == code), self)

    def matches(self, index: int, pattern: re.Pattern[str], text: str, runs: frozenset[str] | None) -> bool:
        """Whether family ``index``'s ``pattern`` matches ``text`` (``runs``: ``word_runs(text)``)."""
        firsts = self.firsts[index] if index < len(self.firsts) else None
        if firsts is None or runs is None:
            return pattern.search(text) is not None
        if runs.isdisjoint(firsts[0]):
            return False
        return firsts[1] or pattern.search(text) is not None

    def label(self, family: str) -> str:
        """The display label of a family."""
        return next((label for key, label, _, _ in self.families if key == family), family)

    def pattern(self, family: str) -> re.Pattern[str] | None:
        """The compiled words of ``family``."""
        return next((pat for key, _, _, pat in self.families if key == family), None)


def _pattern(words: list[str]) -> re.Pattern[str]:
    alternation = "|".join(re.escape(w.strip()).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", re.I)


Words = dict[str, dict[str, list[str]]]  # language code -> family -> words


def _language_words(data: dict[str, Any], keys: set[str], where: str, problems: list[str]) -> Words:
    """``languages``: code -> family -> words, each family one of ``keys``."""
    raw = data.get("languages") or {}
    if not isinstance(raw, dict):
        problems.append(f"{where}: 'languages' must map language codes to families")
        return {}
    out: dict[str, dict[str, list[str]]] = {}
    for code, families in sorted(raw.items(), key=lambda kv: str(kv[0])):
        if not isinstance(families, dict):
            problems.append(f"{where}: languages {code!r}: must map families to words")
            continue
        for key, words in families.items():
            if str(key) not in keys:
                problems.append(f"{where}: languages {code!r}: unknown family {key!r}")
            elif not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
                problems.append(f"{where}: languages {code!r}: family {key!r}: must be a list of words")
            else:
                out.setdefault(str(code), {})[str(key)] = [str(w) for w in words]
    return out


def parse_incidents(data: Any, where: str = "events.yml") -> IncidentVocabulary:
    """Validate the parsed data file; raises DataError naming every bad family and field."""
    if not isinstance(data, dict) or not isinstance(data.get("families"), dict):
        raise DataError([f"{where}: needs a 'families' mapping"], "invalid incident vocabulary")
    problems: list[str] = []
    fams = []
    firsts: list[tuple[frozenset[str], bool] | None] = []
    family_words: dict[str, list[str]] = {}
    for key, entry in sorted(data["families"].items(), key=lambda kv: str(kv[0])):
        words = entry.get("words") if isinstance(entry, dict) else None
        if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
            problems.append(f"{where}: family {key!r}: 'words' must be a list of words")
            continue
        window = entry.get("window", 0)
        if isinstance(window, bool) or not isinstance(window, int) or not 0 <= window <= 3:
            problems.append(f"{where}: family {key!r}: 'window' must be 0 to 3")
            continue
        label = str(entry.get("label") or key)
        fams.append((str(key), label, window, _pattern(words)))
        firsts.append(_firsts(words))
        family_words[str(key)] = words
    types = data.get("participant_types", ["person", "armed group"])
    if not isinstance(types, list):
        problems.append(f"{where}: 'participant_types' must be a list")
        types = []
    languages = _language_words(data, set(family_words), where, problems)
    if problems:
        raise DataError(problems, "invalid incident vocabulary")
    base = IncidentVocabulary(tuple(fams), frozenset(str(t) for t in types), tuple(firsts))
    by_language = []
    for code, extra in languages.items():
        words_of = {key: [*family_words[key], *extra.get(key, [])] for key, _, _, _ in fams}
        merged = [(key, label, window, _pattern(words_of[key])) for key, label, window, _ in fams]
        lists = [_firsts(words_of[key]) for key, _, _, _ in fams]
        by_language.append((code, replace(base, families=tuple(merged), firsts=tuple(lists))))
    return replace(base, by_language=tuple(by_language))


_RUN = re.compile(r"\w+")


def word_runs(text: str) -> frozenset[str] | None:
    """The lower-cased runs of word characters of ``text`` when they are all ASCII (None for another text).

    A quarter to a third of body paragraphs hold a curly quote or a dash among ASCII words (synthetic
    and train text pages): their runs answer too, instead of a pattern search per family.
    """
    if text.isascii():
        return frozenset(_RUN.findall(text.lower()))
    runs = _RUN.findall(text)
    return frozenset(run.lower() for run in runs) if all(run.isascii() for run in runs) else None


def _firsts(words: list[str]) -> tuple[frozenset[str], bool] | None:
    """The lower-case first words of ``words`` and whether each is one word; None unless all are ASCII word runs."""
    parts = [w.split() for w in words]
    if not all(w.isascii() and all(_RUN.fullmatch(p) for p in ps) for w, ps in zip(words, parts, strict=True)):
        return None
    return frozenset(ps[0].lower() for ps in parts), all(len(ps) == 1 for ps in parts)
