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
    local: Local | None = None  # another language's yearless dates and tense markers (``yearless_by_language``)

    def for_language(self, code: str) -> Vocabulary:
        """This vocabulary with language ``code``'s relative phrases added ("hier", "gestern"); itself for others.

        A phrase of one language can be a plain word of another (French "hier" is German "here"): each
        language's phrases are read only in articles of that language (the article's ``language`` field).
        """
        return self.by_language.get(code, self)


@dataclass(frozen=True, eq=False)
class Local:
    """One language's dates without a year, bare months, weekdays and tense markers (``yearless_by_language``)."""

    months: dict[str, int]  # lower-case spelling -> 1..12
    weekdays: dict[str, int]  # lower-case spelling -> 0 (Monday) .. 6
    day_month: re.Pattern[str]  # groups d, m
    month_year: re.Pattern[str]  # groups m, y
    month: re.Pattern[str]  # group m, after an opener
    weekday: re.Pattern[str]  # groups wd, after (a word of weekday_last or weekday_next)
    weekday_not_after: frozenset[str]
    weekday_shift: dict[str, int]  # word after a weekday -> -1 / +1
    past: re.Pattern[str]  # marker words, or lower-case words with a past ending
    not_past: re.Pattern[str]
    future: re.Pattern[str]  # marker words, future endings and prefixes
    subordinators: re.Pattern[str]
    passing: re.Pattern[str]
    reporting: re.Pattern[str] = NEVER  # a comma, then a reporting clause: ", ha detto la preside"
    year_before: re.Pattern[str] = NEVER  # right after a date without a year: "do ano passado" (the year before)


_LOCAL_LISTS = ("day_joiners", "month_openers", "weekday_openers", "weekday_not_after", "weekday_last",
                "weekday_next", "past", "not_past", "future", "past_endings", "future_endings", "future_prefixes",
                "subordinators", "passing", "reporting", "year_before")


def _words_pattern(words: list[str], endings: list[str] = [], prefixes: list[str] = []) -> re.Pattern[str]:  # noqa: B006
    """Whole words or phrases (a phrase ending in an apostrophe runs into the next word), endings, prefixes."""
    parts = [
        re.escape(norm(w)).replace(r"\ ", r"\s+") + (r"(?![\w'’])" if w[-1].isalnum() else "")
        for w in sorted(words, key=len, reverse=True)
    ]
    if endings:
        ends = "|".join(re.escape(e) for e in sorted(endings, key=len, reverse=True))
        # Endings mark lower-case words only: "Mikhail" or "Pablo" is no verb.
        parts.append(rf"(?-i:(?![A-ZÀ-ÞА-ЯЁ])[^\W\d_]+(?:{ends}))(?![\w'’])")
    if prefixes:
        parts.append("(?:" + "|".join(re.escape(p) for p in sorted(prefixes, key=len, reverse=True)) + r")\w{2,}")
    return re.compile(r"(?<![\w'’])(?:" + "|".join(parts) + ")", re.I) if parts else NEVER


def _spellings(raw: object, count: int, key: str, code: str, problems: list[str]) -> dict[str, int]:
    if not isinstance(raw, list) or len(raw) != count or not all(
        isinstance(s, list) and s and all(isinstance(w, str) and w.strip() for w in s) for s in raw
    ):
        problems.append(f"yearless_by_language {code}: '{key}' must hold {count} lists of spellings")
        return {}
    return {norm(w): i for i, spellings in enumerate(raw) for w in spellings}


def _local(code: str, raw: object, problems: list[str]) -> Local | None:
    """One language's entry of ``yearless_by_language`` compiled."""
    if not isinstance(raw, dict):
        problems.append(f"yearless_by_language {code}: must be a mapping")
        return None
    months = {w: i + 1 for w, i in _spellings(raw.get("months"), 12, "months", code, problems).items()}
    weekdays = _spellings(raw.get("weekdays"), 7, "weekdays", code, problems)
    lists = {key: _optional(raw, key, problems, f"yearless_by_language {code}: '{key}'") for key in _LOCAL_LISTS}
    if not months or not weekdays:
        return None
    m = rf"(?P<m>{_alternation(list(months))})(?![\w])"
    joiners = rf"(?:(?:{_alternation(lists['day_joiners'])})\s+)?" if lists["day_joiners"] else ""
    no_year = r"(?![.,]?\s*(?:\w{1,3}\s+)?\d)"
    openers = lists["weekday_openers"]
    shift = {norm(w): -1 for w in lists["weekday_last"]} | {norm(w): 1 for w in lists["weekday_next"]}
    after = rf"(?:\s+(?P<after>{_alternation(list(shift))})(?![\w]))?" if shift else "(?P<after>(?!))?"
    return Local(
        months=months,
        weekdays=weekdays,
        day_month=re.compile(rf"(?<![\w.])(?P<d>[12]\d|3[01]|0?[1-9])(?:er|\.|º)?\s+{joiners}{m}{no_year}", re.I),
        month_year=re.compile(rf"(?<!\w){m}\s+{joiners}(?P<y>\d{{4}})(?!\d)", re.I),
        month=re.compile(rf"(?<![\w'’])(?:{_alternation(lists['month_openers'])})(?:\s+|-){m}{no_year}", re.I)
        if lists["month_openers"] else NEVER,
        weekday=re.compile(
            (rf"(?<![\w'’])(?:{_alternation(openers)})\s+" if openers else r"(?<![\w'’])")
            + rf"(?P<wd>{_alternation(list(weekdays))})(?![\w]){after}",
            re.I,
        ),
        weekday_not_after=frozenset(norm(w) for w in lists["weekday_not_after"]),
        weekday_shift=shift,
        past=_words_pattern(lists["past"], lists["past_endings"]),
        not_past=_words_pattern(lists["not_past"]),
        future=_words_pattern(lists["future"], lists["future_endings"], lists["future_prefixes"]),
        subordinators=_words_pattern(lists["subordinators"]),
        passing=_words_pattern(lists["passing"]),
        year_before=re.compile(r"\s*" + _words_pattern(lists["year_before"]).pattern, re.I),
        reporting=re.compile(r"[,»”\"]\s*" + _words_pattern(lists["reporting"]).pattern, re.I),
    )


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


def _optional(data: dict[str, Any], key: str, problems: list[str], label: str = "") -> list[str]:
    """An optional word list: absent or empty means the rule that reads it is off (``label`` names it in a problem)."""
    raw = data.get(key)
    if raw is None:
        return []
    if not isinstance(raw, list) or not all(isinstance(w, str) and w.strip() for w in raw):
        name = label or f"field '{key}'"
        problems.append(f"{name} must be a list of words")
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
    yearless_raw = data.get("yearless_by_language") or {}
    if not isinstance(yearless_raw, dict):
        problems.append("field 'yearless_by_language' must map language codes to their words")
        yearless_raw = {}
    locals_ = {str(code): _local(str(code), yearless_raw[code], problems) for code in sorted(yearless_raw, key=str)}
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
                      relative_meaning=relative | table, local=locals_.get(code))
        for code, table in per_language.items()
    }
    languages_vocab |= {code: replace(base, local=local) for code, local in locals_.items() if code not in per_language}
    return replace(base, by_language=languages_vocab)
