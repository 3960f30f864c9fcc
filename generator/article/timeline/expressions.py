"""Find date expressions in a text, before any resolution: what was written, not what it means.

Kinds, tried in this order (a later match that overlaps an earlier one is dropped):
``date`` a full date with a year ("February 13th, 2024", "On February, 21, 2024", "3 January 2020",
"2024-02-06"; the formats of ``generator.article.extract.dates`` plus a comma after the month);
``month_year`` ("February 2024", "February of 2024"); ``month_day`` without a year ("February 3",
"the 24th of January", "3 January"); ``month``, a bare month after an opener from the data file
("in February", "at the beginning of February", "mid-February"); ``relative`` phrases from the data
file ("yesterday", "last month"); ``ago`` ("2 days ago"; weeks are left out); ``weekday``
("on Wednesday", "last Thursday", "Wednesday's"). A weekday written just before a date ("On
Wednesday the 24th of January") becomes part of that date and is kept as a check on it.

Dates without a year, bare months and weekdays must be capitalised English names: lower-case
"may" and "march" are verbs far more often than months. Year-only mentions ("in 2014") are not
expressions: a year alone is background, rarely an event the timeline can place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Literal

from generator.article.extract.dates import find_dates
from generator.knowledge.timeline import Local, Vocabulary, norm
from generator.text.spans import Taken

Kind = Literal["date", "month_year", "month_day", "month", "relative", "ago", "weekday"]
DATE_KINDS = frozenset({"date", "month_day"})  # kinds a preceding weekday can be attached to
TIMELINE_LANGUAGE = "en"  # the language whose month and weekday names the timeline reads

_D = r"(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\w])"
_Y = r"(?P<y>\d{4})(?!\d)"
_GAP = re.compile(r"[\s,]*")
_DIGIT = re.compile(r"\d")
_THE = re.compile(r"the\s+", re.I)
_SHIFT = {"last": -1, "past": -1, "next": 1}


@dataclass(frozen=True)
class _Names:
    """The timeline's month and weekday patterns, built from the English entry of ``languages.yml``."""

    months: dict[str, int]  # lower-case spelling -> 1..12
    weekdays: dict[str, int]  # full lower-case name -> 0 (Monday) .. 6
    full_comma: re.Pattern[str]
    month_year: re.Pattern[str]
    day_month: re.Pattern[str]
    month_day: re.Pattern[str]
    weekday: re.Pattern[str]
    month_word: re.Pattern[str]
    full_month: str


@lru_cache(maxsize=16)  # one per vocabulary: the base and each language (``Vocabulary.for_language``)
def _names(vocab: Vocabulary) -> _Names:
    english = vocab.languages.language(TIMELINE_LANGUAGE)
    months = {s: i + 1 for i, spellings in enumerate(english.months) for s in spellings} if english else {}
    weekdays = {spellings[0]: i for i, spellings in enumerate(english.weekdays)} if english else {}
    cap = "|".join(m.capitalize() for m in sorted(months, key=len, reverse=True)) or "(?!)"
    full = "|".join(m.capitalize() for m in sorted(months, key=len, reverse=True) if len(m) > 4 or m == "may")
    m = rf"(?P<m>{cap})(?![^\W\d_])\.?"
    wd = "|".join(n.capitalize() for n in weekdays) or "(?!)"
    return _Names(
        months=months,
        weekdays=weekdays,
        full_comma=re.compile(rf"(?<!\w){m},\s*{_D},?\s+{_Y}"),
        month_year=re.compile(rf"(?<!\w){m}(?:\s+of)?,?\s+{_Y}"),
        day_month=re.compile(rf"(?<![\w.])(?:the\s+)?{_D}\s+(?:of\s+)?{m}"),
        month_day=re.compile(rf"(?<!\w){m}\s+{_D}"),
        weekday=re.compile(rf"(?<!\w)(?:(?P<mod>[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Oo]n)\s+)?(?P<wd>{wd})(?:['’]s)?(?!\w)"),
        month_word=re.compile(full or "(?!)"),
        full_month=full or "(?!)",
    )


@dataclass(frozen=True)
class Expression:
    """One date expression: its span in the searched text and the parts that were written."""

    kind: Kind
    start: int
    end: int
    text: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # Monday = 0: the value of a ``weekday``, a check on a ``date``/``month_day``
    shift: int = 0  # weekday: -1 "last", +1 "next"; relative/ago: units from the publication date; month_day and
    #                 month: -1 when written in the year before the publication year ("do ano passado")
    unit: str = ""  # relative/ago: "day", "month" or "year"


@lru_cache(maxsize=16)
def _vocab_patterns(vocab: Vocabulary) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The patterns built from the data file: bare months after an opener, and "N units ago"."""
    full_month = _names(vocab).full_month
    month = re.compile(rf"(?<!\w)(?i:{vocab.month_openers})(?:\s+|-)(?P<m>{full_month})(?![^\W\d_])(?![.,]?\s*\d)")
    numbers = "|".join(re.escape(n) for n in sorted(vocab.numbers, key=len, reverse=True))
    ago = re.compile(rf"(?<!\w)(?P<n>\d{{1,2}}|{numbers})\s+(?P<u>day|month|year)s?\s+ago(?!\w)", re.I)
    return month, ago


def _month_of(m: re.Match[str], names: _Names) -> int:
    return names.months[m.group("m").lower().rstrip(".")]


def _numbered(text: str, vocab: Vocabulary) -> list[Expression]:
    """Candidates that hold a number: full dates, months with a year, days with a month."""
    names = _names(vocab)
    out: list[Expression] = []
    for m in names.full_comma.finditer(text):
        year, month, day = int(m.group("y")), _month_of(m, names), int(m.group("d"))
        out.append(Expression("date", m.start(), m.end(), m.group(0), year, month, day))
    for hit in find_dates(text, vocab.languages):
        d = hit.date
        out.append(Expression("date", hit.start, hit.end, text[hit.start : hit.end], d.year, d.month, d.day))
    for m in names.month_year.finditer(text):
        out.append(Expression("month_year", m.start(), m.end(), m.group(0), int(m.group("y")), _month_of(m, names)))
    for pattern in (names.day_month, names.month_day):
        for m in pattern.finditer(text):
            month = _month_of(m, names)
            out.append(Expression("month_day", m.start(), m.end(), m.group(0), None, month, int(m.group("d"))))
    return out


def _year_before(text: str, end: int, local: Local) -> int:
    """-1 when the words right after a date without a year put it in the year before ("em fevereiro do ano passado")."""
    return -1 if local.year_before.match(text, end) else 0


def _local(text: str, local: Local) -> tuple[list[Expression], list[Expression], list[Expression]]:
    """Another language's candidates (``Vocabulary.local``): numbered ones, bare months, weekdays."""
    numbered: list[Expression] = []
    if _DIGIT.search(text):
        for m in local.month_year.finditer(text):
            month = local.months[norm(m.group("m"))]
            numbered.append(Expression("month_year", m.start(), m.end(), m.group(0), int(m.group("y")), month))
        for m in local.day_month.finditer(text):
            month = local.months[norm(m.group("m"))]
            numbered.append(Expression("month_day", m.start(), m.end(), m.group(0), None, month, int(m.group("d")),
                                       shift=_year_before(text, m.end(), local)))
    months = [
        Expression("month", m.start(), m.end(), m.group(0), None, local.months[norm(m.group("m"))],
                   shift=_year_before(text, m.end(), local))
        for m in local.month.finditer(text)
    ]
    weekdays = []
    for m in local.weekday.finditer(text):
        before = text[: m.start()].split()
        if before and norm(before[-1]) in local.weekday_not_after:
            continue  # "le samedi", "chaque lundi": a habit, not a day
        shift = local.weekday_shift.get(norm(m.group("after") or ""), 0)
        number = local.weekdays[norm(m.group("wd"))]
        weekdays.append(Expression("weekday", m.start(), m.end(), m.group(0), weekday=number, shift=shift))
    return numbered, months, weekdays


def _parse(text: str, vocab: Vocabulary) -> list[Expression]:
    """Every candidate expression of every kind, in priority order (overlaps not yet removed)."""
    month_re, ago_re = _vocab_patterns(vocab)
    names = _names(vocab)
    # Cheap tests first: most sentences hold no digit, no month name and no weekday.
    out = _numbered(text, vocab) if _DIGIT.search(text) else []
    local = _local(text, vocab.local) if vocab.local else ([], [], [])
    out += local[0]
    if names.month_word.search(text):
        out += [
            Expression("month", m.start(), m.end(), m.group(0), None, _month_of(m, names))
            for m in month_re.finditer(text)
        ]
    out += local[1]
    for m in vocab.relative.finditer(text):
        unit, offset = vocab.relative_meaning[norm(m.group(0))]
        out.append(Expression("relative", m.start(), m.end(), m.group(0), shift=offset, unit=unit))
    for m in ago_re.finditer(text) if "ago" in text else ():
        raw = m.group("n").casefold()
        n = int(raw) if raw.isdigit() else vocab.numbers[raw]
        out.append(Expression("ago", m.start(), m.end(), m.group(0), shift=-n, unit=m.group("u").lower()))
    for m in names.weekday.finditer(text) if "day" in text else ():
        shift = _SHIFT.get((m.group("mod") or "").lower(), 0)
        number = names.weekdays[m.group("wd").lower()]
        out.append(Expression("weekday", m.start(), m.end(), m.group(0), weekday=number, shift=shift))
    return out + local[2]


def _following_date(e: Expression, text: str, dates: dict[int, Expression]) -> Expression | None:
    """The date that starts right after weekday ``e`` (after a comma or "the"), if any."""
    pos = _GAP.match(text, e.end)
    start = pos.end() if pos else e.end
    if start in dates:
        return dates[start]
    the = _THE.match(text, start)
    return dates.get(the.end()) if the else None


def _attach_weekdays(found: list[Expression], text: str) -> list[Expression]:
    """Fold "Wednesday" into a date that follows it ("Wednesday the 24th of January")."""
    dates = {e.start: e for e in found if e.kind in DATE_KINDS}
    absorbed: set[int] = set()
    for e in found:
        target = _following_date(e, text, dates) if e.kind == "weekday" and not e.shift else None
        if target is not None and target.weekday is None:
            dates[target.start] = replace(target, start=e.start, text=text[e.start : target.end], weekday=e.weekday)
            absorbed.add(e.start)
    kept = [e for e in found if not (e.kind == "weekday" and e.start in absorbed)]
    return [dates[e.start] if e.kind in DATE_KINDS else e for e in kept]


def find_expressions(text: str, vocab: Vocabulary) -> list[Expression]:
    """Every date expression in ``text``, in order of position, spans never overlapping."""
    kept: list[Expression] = []
    taken = Taken()
    for e in _parse(text, vocab):
        if taken.free(e.start, e.end):
            kept.append(e)
            taken.take(e.start, e.end)
    kept.sort(key=lambda e: e.start)
    return _attach_weekdays(kept, text)
