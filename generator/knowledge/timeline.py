"""Validate ``timeline.yml`` (tense markers, relative phrases, number words, what is not an event)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from generator.errors import DataError
from generator.knowledge.languages import Languages

UNITS = ("day", "month", "year")
NEVER = re.compile("(?!)")


@dataclass(frozen=True, eq=False)  # hashed by identity: patterns are cached per vocabulary
class Vocabulary:
    """The data file compiled: patterns for markers and phrases, tables for their meaning."""

    future: re.Pattern[str]
    past: re.Pattern[str]
    relative: re.Pattern[str]
    relative_meaning: dict[str, tuple[str, int]]  # normalised phrase -> (unit, offset)
    numbers: dict[str, int]
    month_openers: str  # a regex alternation, matched case-insensitively before a month name
    languages: Languages  # month and weekday names (the timeline reads English ones, see expressions.py)
    hypothetical: re.Pattern[str] = NEVER  # "would", "could": like a future marker, the event did not happen
    self_reference: re.Pattern[str] = NEVER  # "this article": a sentence about the text itself
    passing: re.Pattern[str] = NEVER  # "following", "since": a date after them dates something else
    determiners: re.Pattern[str] = NEVER  # "the", "its": "the 3 January strike" names a strike, not a date
    by_language: dict[str, Vocabulary] = field(default_factory=dict)  # ``for_language``

    def for_language(self, code: str) -> Vocabulary:
        """This vocabulary with language ``code``'s relative phrases added ("hier", "gestern"); itself for others.

        A phrase of one language can be a plain word of another (French "hier" is German "here"): each
        language's phrases are read only in articles of that language (the article's ``language`` field).
        """
        return self.by_language.get(code, self)


def norm(phrase: str) -> str:
    """A phrase folded for lookup: lower case, single spaces."""
    return " ".join(phrase.casefold().split())


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(norm(w)).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


def _words(data: dict[str, Any], key: str, problems: list[str]) -> list[str]:
    raw = data.get(key)
    if not isinstance(raw, list) or not raw or not all(isinstance(w, str) and w.strip() for w in raw):
        problems.append(f"field '{key}' must be a non-empty list of words")
        return ["(?!)"]
    return raw


def _optional(data: dict[str, Any], key: str, problems: list[str]) -> list[str]:
    """An optional word list: absent or empty means the rule that reads it is off."""
    raw = data.get(key)
    if raw is None:
        return []
    if not isinstance(raw, list) or not all(isinstance(w, str) and w.strip() for w in raw):
        problems.append(f"field '{key}' must be a list of words")
        return []
    return raw


def _relative(data: dict[str, Any], problems: list[str], key: str = "relative") -> dict[str, tuple[str, int]]:
    raw = data.get(key)
    if not isinstance(raw, dict) or not raw:
        problems.append(f"field '{key}' must map phrases to {{unit, offset}}")
        return {}
    table = {}
    for phrase, spec in raw.items():
        unit = spec.get("unit") if isinstance(spec, dict) else None
        offset = spec.get("offset") if isinstance(spec, dict) else None
        if unit not in UNITS or isinstance(offset, bool) or not isinstance(offset, int):
            problems.append(f"relative {phrase!r}: needs 'unit' (day, month or year) and an integer 'offset'")
            continue
        table[norm(str(phrase))] = (str(unit), offset)
    return table


def parse_vocabulary(data: object, where: str, languages: Languages) -> Vocabulary:
    """Validate the parsed data file; raises DataError naming every bad field."""
    if not isinstance(data, dict):
        raise DataError([f"{where}: the file must hold a mapping"], "invalid timeline data")
    problems: list[str] = []
    future = _words(data, "future_markers", problems)
    past = _words(data, "past_markers", problems)
    openers = _words(data, "month_openers", problems)
    optional = {
        key: _optional(data, key, problems)
        for key in ("hypothetical_markers", "self_reference", "passing_openers", "determiners")
    }
    relative = _relative(data, problems)
    by_language_raw = data.get("relative_by_language") or {}
    if not isinstance(by_language_raw, dict):
        problems.append("field 'relative_by_language' must map language codes to relative phrases")
        by_language_raw = {}
    per_language = {str(code): _relative(by_language_raw, problems, code) for code in sorted(by_language_raw, key=str)}
    numbers = data.get("numbers")
    if not isinstance(numbers, dict) or not all(
        isinstance(v, int) and not isinstance(v, bool) and v > 0 for v in numbers.values()
    ):
        problems.append("field 'numbers' must map words to positive integers")
        numbers = {}
    if problems:
        raise DataError([f"{where}: {p}" for p in problems], "invalid timeline data")
    bounded = r"(?<![\w'’])(?:{})(?![\w'’])"

    def listed(key: str, flags: re.RegexFlag = re.I) -> re.Pattern[str]:
        words = optional[key]
        return re.compile(bounded.format(_alternation(words)), flags) if words else NEVER

    base = Vocabulary(
        future=re.compile(bounded.format(_alternation(future)), re.I),
        # Lower-case -ed words are past forms too ("accused", "killed"); "United" is not.
        past=re.compile("(?i:" + bounded.format(_alternation(past)) + r")|(?<![\w'’])[a-z]{2,}ed(?![\w'’])"),
        relative=re.compile(bounded.format(_alternation(list(relative))), re.I),
        relative_meaning=relative,
        numbers={norm(str(k)): v for k, v in numbers.items()},
        month_openers=_alternation(openers),
        languages=languages,
        # Case-sensitive: "Would" rarely opens a sentence, and "May" is a month.
        hypothetical=listed("hypothetical_markers", re.RegexFlag(0)),
        self_reference=listed("self_reference"),
        passing=listed("passing_openers"),
        determiners=listed("determiners"),
    )
    languages_vocab = {
        code: replace(base, relative=re.compile(bounded.format(_alternation([*relative, *table])), re.I),
                      relative_meaning=relative | table)
        for code, table in per_language.items()
    }
    return replace(base, by_language=languages_vocab)
