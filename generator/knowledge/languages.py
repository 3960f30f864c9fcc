"""The per-language words of ``languages.yml`` and every pattern built from them, in one place.

Month and weekday names, byline words, publication and update labels: the date parser, the
cleaner's line shapes, the timeline and the byline reader all read them from one ``Languages``
value (``Knowledge.languages``), so a language added to the data file is added everywhere.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import Any, TypeVar

from generator.errors import DataError
from generator.text.memo import per_text

LISTS = (
    "byline",
    "profiles",
    "published",
    "fillers",
    "updated",
    "other_dates",
    "author_labels",
    "author_links",
    "staff",
    "roles",
    "particles",
    "connectors",
    "comments",
    "comment_links",
    "comments_on",
    "credits",
    "ranges",
    "organisations",
    "bio",
    "possessives",
    "articles",
    "site_credits",
    "first_published",
    "post_dates",
    "ago",
    "time_units",
    "ones",
    "conversations",
    "interviewers",
    "desks",
    "writers",
    "licensed",
    "holders",
    "follows",
    "title_chrome",
    "numeric_order",
    "name_glue",
    "adjective_endings",
    "not_particles",
)
_FIELDS = ("name", "months", "weekdays", *LISTS)


T = TypeVar("T")


class _EntryError(ValueError):
    """One language entry breaks the schema (collected into a DataError)."""


@dataclass(frozen=True)
class Language:
    """The words of one language (lower case)."""

    name: str  # ISO 639-1 code
    months: tuple[tuple[str, ...], ...]  # 12 lists, January first
    weekdays: tuple[tuple[str, ...], ...]  # 7 lists, Monday first
    words: tuple[tuple[str, tuple[str, ...]], ...]  # (list name, words) for every name in LISTS

    def get(self, field: str) -> tuple[str, ...]:
        """The words of list ``field``."""
        return dict(self.words)[field]


def alternation(words: list[str] | tuple[str, ...] | set[str] | frozenset[str]) -> str:
    """A regex alternation of ``words``, longest first, any run of spaces matching any whitespace."""
    unique = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in unique) or "(?!)"


def _bounded(words: list[str] | set[str] | frozenset[str] | tuple[str, ...]) -> str:
    return rf"(?<![^\W_])(?:{alternation(words)})(?![^\W_])"


_GAP = r"(?:(?!\.\s)[^!?]){0,120}?"  # the words a frame's "…" stands for: within one sentence


def _frame(words: str) -> str:
    """A regex for one side of a ``post_dates`` frame: its words in order, "…" for a gap."""
    parts = [re.escape(w) for w in words.split()]
    if not parts:
        return ""
    body = r"\s+".join(_GAP if p == re.escape("…") else p for p in parts)
    return rf"(?<![^\W_]){body}(?![^\W_])"


@dataclass(frozen=True, eq=False)  # hashed by identity: patterns are cached per value
class Languages:
    """Every language of the data file; lookup tables and compiled patterns over all of them."""

    entries: tuple[Language, ...]
    month_number: dict[str, int]  # any spelling -> 1..12
    weekday_number: dict[str, int]  # any spelling -> 0 (Monday) .. 6

    def language(self, name: str) -> Language | None:
        """The entry for ISO code ``name``."""
        return next((lang for lang in self.entries if lang.name == name), None)

    def day_first(self, name: str) -> bool | None:
        """True when language ``name`` writes a date in numbers day first (03/04/2024 is 3 April); else None."""
        lang = self.language(name)
        return True if lang is not None and lang.get("numeric_order")[:1] == ("day",) else None

    def words(self, field: str) -> frozenset[str]:
        """The words of list ``field`` in every language."""
        return frozenset(w for lang in self.entries for w in lang.get(field))

    @cached_property
    def months(self) -> str:
        """Alternation of every month spelling (match case-insensitively)."""
        return alternation(list(self.month_number))

    @cached_property
    def weekdays(self) -> str:
        """Alternation of every weekday spelling (match case-insensitively)."""
        return alternation(list(self.weekday_number))

    @cached_property
    def byline(self) -> re.Pattern[str]:
        """A line that opens with a byline word: "By ...", "Von ...", "Par ..."; ``rest`` holds the names."""
        return re.compile(rf"^\s*(?:{alternation(self.words('byline'))})\s*:?\s+(?P<rest>\S.*)$", re.I | re.S)

    @cached_property
    def byline_end(self) -> re.Pattern[str]:
        """A line that ends with a byline word ("Essay Von", "By"): the names are on the next line."""
        return re.compile(rf"(?:^|\s)(?:{alternation(self.words('byline'))})\s*:?\s*$", re.I)

    @cached_property
    def byline_alone(self) -> re.Pattern[str]:
        """A line that is only a byline word ("Von:", "Written by"): the names are on the next line.

        Unlike ``byline_end``, a phrase that merely ends in "by" or "von" ("presented by",
        "collected by", "herausgegeben von") is none: a sponsor, an archive or an editor follows.
        """
        return re.compile(rf"^\s*(?:{alternation(self.words('byline'))})\s*:?\s*$", re.I)

    @cached_property
    def name_prefix(self) -> re.Pattern[str]:
        """Byline and author-page words before a name ("By", "View all posts by", "Autor:")."""
        words = self.words("byline") | self.words("profiles") | self.words("author_labels")
        return re.compile(rf"^\W*(?:{alternation(words)})(?![^\W_])\W*", re.I)

    @cached_property
    def name_breaks(self) -> re.Pattern[str]:
        """What ends a name in a byline: separators, and publication, update and filler words."""
        words = (self.words("published") | self.words("updated") | self.words("fillers")) - self.words("particles")
        words = frozenset(w for w in words if len(w) > 1)  # "r", "o": initials, not words
        return re.compile(rf"[|•·/:]|\s[-–—]\s|{_bounded(words)}", re.I)

    @cached_property
    def author_link(self) -> re.Pattern[str]:
        """A link alone on its line to the author's other articles ("All articles", "Weitere Beiträge")."""
        return re.compile(rf"^\W*(?:{alternation(self.words('author_links'))})\W*$", re.I)

    @cached_property
    def profile(self) -> re.Pattern[str]:
        """A link to an author's page ("View all posts by", "Mehr über"); ``rest`` holds the name."""
        return re.compile(rf"^\W*(?:{alternation(self.words('profiles'))})\s*:?\s+(?P<rest>\S.*)$", re.I)

    @cached_property
    def glued_label(self) -> re.Pattern[str]:
        """A byline, author label or profile link run into the capitalised name after it ("AuthorJane", "vonJane")."""
        words = self.words("byline") | self.words("author_labels") | self.words("profiles")
        return re.compile(rf"(?<![^\W\d_])(?i:{alternation(words)})(?=[A-ZÀ-ÞА-Я][a-zà-ÿа-я])")

    @cached_property
    def published(self) -> re.Pattern[str]:
        """A publication label at the start of a line ("Published:", "Veröffentlicht am")."""
        return re.compile(rf"^\W{{0,3}}(?:{alternation(self.words('published'))})(?![^\W_])\s*:?", re.I)

    @cached_property
    def published_word(self) -> re.Pattern[str]:
        """A publication label anywhere in a line ("... veröffentlicht am ...")."""
        return re.compile(_bounded(self.words("published")), re.I)

    @cached_property
    def credits(self) -> re.Pattern[str]:
        """A photo credit's word ("Photo", "Bild", "©")."""
        return re.compile(_bounded(self.words("credits")) + "|©", re.I)

    @cached_property
    def credit_break(self) -> re.Pattern[str]:
        """A credit for other work inside a byline ("Photos by", "Illustration von", "Foto:"): the writers end there."""
        words = alternation(self.words("byline") - self.words("author_labels"))
        return re.compile(rf"{_bounded(self.words('credits'))}\s*(?:(?:{words})(?![^\W_])|:)", re.I)

    @cached_property
    def period(self) -> re.Pattern[str]:
        """What stands between two dates of a period: a dash or a word such as "to", "bis"."""
        return re.compile(rf"^\s*(?:[-–—]|{alternation(self.words('ranges'))})\s*$", re.I)

    @cached_property
    def day_range(self) -> re.Pattern[str]:
        """A day and a dash or range word ending the text before a date: a period ("9 to 12 March", "9. bis 12.")."""
        return re.compile(rf"(?<!\d)\d{{1,2}}\.?\s*(?:[-–—]|{alternation(self.words('ranges'))})\s*$", re.I)

    @cached_property
    def updated(self) -> re.Pattern[str]:
        """An update label anywhere in a line ("Updated", "zuletzt aktualisiert", "mis à jour")."""
        return re.compile(_bounded(self.words("updated")), re.I)

    @cached_property
    def first_published(self) -> re.Pattern[str]:
        """A note that the article first appeared earlier ("originally published in", "initialement publié en")."""
        return re.compile(_bounded(self.words("first_published")), re.I)

    @cached_property
    def post_dates(self) -> tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]:
        """The frames of a post's date in a blog's or CMS's sentence: (words before the date, words after it).

        ``post_dates`` in the data file writes each frame with ``{date}`` where the date stands and ``…``
        for up to a few words ("wurde am {date} … veröffentlicht", "posted in … on {date}"). The words
        before must end just before the date (a weekday, "den" and a colon may stand between); the
        words after must follow it within the same sentence.
        """
        frames = []
        for frame in sorted(self.words("post_dates")):
            before, _, after = frame.partition("{date}")
            frames.append((re.compile(_frame(before) + r"[\s:,]*(?:[^\W\d_]+\.?,?\s+){0,2}$", re.I),
                           re.compile(r"^" + _GAP + _frame(after), re.I) if after.strip() else re.compile("")))
        return tuple(frames)

    @cached_property
    def post_hint(self) -> re.Pattern[str]:
        """The first word of any ``post_dates`` frame: a long line without one holds no post's date sentence."""
        firsts = {frame.split()[0] for frame in self.words("post_dates") if not frame.startswith("{")}
        return re.compile(_bounded(firsts), re.I)

    @cached_property
    def other_dates(self) -> re.Pattern[str]:
        """A label of a date that is not the article's ("Registered:", "Member since")."""
        return re.compile(_bounded(self.words("other_dates")), re.I)

    @cached_property
    def author_label(self) -> re.Pattern[str]:
        """A line that labels the author ("Author: ...", "Autorin"); ``rest`` holds what follows."""
        return re.compile(rf"^\s*(?:{alternation(self.words('author_labels'))})\s*:?\s*(?P<rest>.*)$", re.I | re.S)

    @cached_property
    def connectors(self) -> re.Pattern[str]:
        """Words or signs that join two names ("and", "und", "&"), with the spaces around them."""
        return re.compile(rf"\s+(?:{alternation(self.words('connectors'))})\s+", re.I)

    @cached_property
    def conversation(self) -> re.Pattern[str]:
        """What joins the two sides of an interview's byline ("A im Gespräch mit B"), with the spaces around it."""
        return re.compile(rf"\s+(?:{alternation(self.words('conversations'))})\s+", re.I)

    @cached_property
    def interviewer(self) -> re.Pattern[str]:
        """A line that credits the interview's questions to a person ("Das Gespräch führte Jane Doe.")."""
        return re.compile(rf"^\W{{0,3}}(?:{alternation(self.words('interviewers'))})\s*:?\s+(?P<rest>\S.*)$", re.I)

    @cached_property
    def relative_time(self) -> re.Pattern[str]:
        """A number of time units before or after an "ago" word ("vor 2 Stunden", "hace 4 minutos", "an hour ago")."""
        ago, units = alternation(self.words("ago")), alternation(self.words("time_units"))
        count = rf"(?:\d{{1,3}}|{alternation(self.words('ones'))})"  # a number: "vor dem Tag" is no time
        return re.compile(
            rf"(?<![^\W_])(?:(?:{ago})\s+{count}\s+(?:{units})|{count}\s+(?:{units})\s+(?:{ago}))(?![^\W_])", re.I
        )

    @cached_property
    def bio(self) -> re.Pattern[str]:
        """The word after a person's name that opens a note about them ("is", "ist", "est")."""
        return re.compile(rf"^\s+(?:{alternation(self.words('bio'))})(?![^\W_])", re.I)

    @cached_property
    def comments(self) -> re.Pattern[str]:
        """A reader comment's header word ("says:", "schreibt:", "Reply")."""
        return re.compile(_bounded(self.words("comments")), re.I)

    @cached_property
    def comment_link(self) -> re.Pattern[str]:
        """A link to the article's comments on its byline line: "4 Kommentare", "Leave a comment"."""
        counted = rf"\d+\s+(?:{alternation(self.words('comments'))})(?![^\W_])"
        return re.compile(rf"{counted}|{_bounded(self.words('comment_links'))}", re.I)

    @cached_property
    def comments_on(self) -> re.Pattern[str]:
        """The heading over the reader comments that names the article: "3 thoughts on “Headline”" (group ``head``)."""
        phrase = alternation(self.words("comments_on"))  # after the count: "3", "One", "± 6"
        return re.compile(rf"^(?:\S+\s+){{1,2}}(?:{phrase})\s*[\"'“„«»‚‘](?P<head>.+)[\"'”“»«‘’]$", re.I)

    def reader_comment(self, text: str) -> bool:
        """Whether ``text`` reads as a reader comment's header, once links to the comments are set aside.

        Remembered per line (``_reader_comment``): the byline reader asks about every line of a page
        once per pass, and its passes overlap."""
        return _reader_comment(text, self)

    @cached_property
    def staff(self) -> frozenset[str]:
        """Desk, staff, agency and CMS words (single words and phrases, lower case)."""
        return self.words("staff")

    @cached_property
    def roles(self) -> re.Pattern[str]:
        """A stated job title ("senior analyst", "Korrespondentin") as words of a byline."""
        return re.compile(_bounded(self.words("roles")), re.I)

    @cached_property
    def desk_words(self) -> frozenset[str]:
        """Words of a newsroom or desk ("Redaktion") that a person's job line under the name may hold."""
        return self.words("desks")

    @cached_property
    def licence(self) -> re.Pattern[str]:
        """A Creative Commons notice that names the work's maker before its licence words ("X by Jane Doe is licensed
        under a Creative Commons ..."); ``head`` holds the words before them."""
        words = alternation(self.words("licensed"))
        return re.compile(rf"^(?P<head>.+?)\s+(?:{words})\s+(?:.*?\s)?(?:creative\s*commons|cc[\s-]by)", re.I)

    @cached_property
    def copyright_holder(self) -> re.Pattern[str]:
        """A copyright mark or a span of years, then a holder word and the holder ("© 2020 by Jane Doe", "2009-2020 by
        Jane Doe"; a single year without a mark is a byline's date: "Posted 8 May 2020 by"); ``rest`` holds the name."""
        years = r"(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d"
        mark = rf"(?:©|\(c\)|&copy;?|\bcopyright\b)\s*(?:{years}|(?:19|20)\d\d)?"
        holder = alternation(self.words("holders"))
        return re.compile(rf"(?:{mark}|(?<!\d){years})\s*(?:©\s*)?(?:{holder})\s+(?P<rest>\S.*)", re.I)

    @cached_property
    def follow(self) -> re.Pattern[str]:
        """A link to follow a person on a network ("Follow Jane Doe on X", "Folge Jane Doe auf Y"); ``name`` holds
        two to four capitalised words (``follows`` writes each link with ``{name}``)."""
        frames = [frame.partition("{name}") for frame in self.words("follows")]
        before = alternation([b.strip() for b, _, _ in frames])
        after = alternation([a.strip() for _, _, a in frames])
        word = r"[^\W\d_][\w.'-]*"
        return re.compile(rf"(?<!\w)(?:{before})\s+(?P<name>{word}(?:\s+{word}){{1,3}}?)\s+(?:{after})(?!\w)", re.I)

    @cached_property
    def writer(self) -> re.Pattern[str]:
        """A job line that opens with a writer's title ("Redakteurin für Wirtschaft", "Staff writer"), also as a
        compound's last part ("Sport-Redakteur"; glued for a title of seven letters or more: "Finanzredakteurin")."""
        words = self.words("writers")
        glued = alternation([w for w in words if len(w) >= 7 and " " not in w])
        head = rf"(?:[^\W\d_]+-|[^\W\d_]{{3,}}(?=(?:{glued})[^\W\d_]{{0,3}}(?![^\W_])))?"
        return re.compile(rf"^\W*{head}(?:{alternation(words)})(?![^\W_])", re.I)

    @cached_property
    def role_words(self) -> frozenset[str]:
        """Every single word of the job titles ("senior analyst" gives "senior" and "analyst")."""
        return frozenset(w for role in self.words("roles") for w in role.split())

    @cached_property
    def organisations(self) -> frozenset[str]:
        """Words that make a name an organisation's ("Times", "Verlag", "GmbH")."""
        return self.words("organisations")

    @cached_property
    def possessives(self) -> frozenset[str]:
        """Possessive words ("my", "mein", "unser"): a phrase holding one is a title or a label, never a name."""
        return self.words("possessives")

    @cached_property
    def articles(self) -> frozenset[str]:
        """Articles and determiners ("der", "the", "la"): a capitalised one opens a title or a phrase, never a name."""
        return self.words("articles")

    @cached_property
    def site_credits(self) -> re.Pattern[str]:
        """A word of a credit for the site's or theme's maker ("designed by", "Webdesign")."""
        return re.compile(_bounded(self.words("site_credits")), re.I)

    @cached_property
    def particles(self) -> frozenset[str]:
        """Lower-case words that may sit inside a person's name."""
        return self.words("particles")

    @cached_property
    def fillers(self) -> frozenset[str]:
        """Short words that may stand beside a date on a date line."""
        return self.words("fillers")

    @cached_property
    def calendar_words(self) -> frozenset[str]:
        """Every month and weekday spelling (words that say when, not what)."""
        return frozenset(self.month_number) | frozenset(self.weekday_number)

    @cached_property
    def weekday_words(self) -> frozenset[str]:
        """Every weekday spelling."""
        return frozenset(self.weekday_number)

    @cached_property
    def date_patterns(self) -> tuple[tuple[str, re.Pattern[str]], ...]:
        """The date formats ``generator.article.extract.dates`` reads, by kind, in priority order."""
        m = rf"(?P<m>{self.months})(?![^\W\d_])\.?"
        d = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th|er|º|\.)?"
        # A year may run straight into another date: w3m glues "published" and "updated" stamps.
        glued = rf"\d{{1,2}}[./-]\s?\d{{1,2}}[./-]|\d{{1,2}}\.?\s+(?:{self.months})(?![^\W\d_])"
        # ... or into a clock time ("9 de marzo de 202414:35", "12.03.202414:35").
        clock = r"\d{1,2}:\d{2}(?!\d)"
        y = rf"(?P<y>\d{{4}})(?!:\d)(?:(?!\d)|(?={glued}|{clock}))"
        time = r"(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?"
        return (
            ("ymd", re.compile(rf"(?<![\d./-])(?P<y>\d{{4}})([-/.])(?P<m>\d{{1,2}})\2(?P<d>\d{{1,2}})(?![\d/]){time}")),
            ("basic", re.compile(r"(?<![\w.-])(?P<y>\d{4})(?P<m>[01]\d)(?P<d>[0-3]\d)T\d{2}:?\d{2}(?::?\d{2})?")),
            ("cjk", re.compile(r"(?P<y>\d{4})\s*[年년]\s*(?P<m>\d{1,2})\s*[月월]\s*(?P<d>\d{1,2})\s*[日일]?")),
            ("dmy_named", re.compile(rf"(?<![\d.]){d}\s*(?:of\s+|de\s+)?{m},?\s*(?:de\s+|del\s+)?{y}", re.I)),
            # "Feb 182009": w3m glues a two-digit day to the year when they stand in separate elements
            ("mdy_named", re.compile(rf"(?<!\w){m}\s*{d}(?:,?\s+|(?<=\d\d)){y}", re.I)),
            ("ymd_named", re.compile(rf"(?<![\d.])(?P<y>\d{{4}})\.?\s+{m}\s+(?P<d>[0-3]?\d)\.?(?!\d)", re.I)),
            ("dmy_dots", re.compile(rf"(?<![\d.])(?P<d>\d{{1,2}})\.\s?(?P<m>\d{{1,2}})\.\s?{y}")),
            ("dmy_dots_short", re.compile(r"(?<![\d.])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{2})(?![\d.])")),
            ("numeric", re.compile(rf"(?<![\d/.-])(?P<a>\d{{1,2}})([/-])(?P<b>\d{{1,2}})\2{y}(?!/)")),
        )

    @cached_property
    def day_and_month(self) -> re.Pattern[str]:
        """A day with its month name ("February 3", "3rd of February") or a year: when, not how many.

        Months by their full names in every language, abbreviated only in English: a short form such
        as Portuguese "out" is an English word before a number ("out 12 times").
        """
        english = self.language("en")
        short = {s for spellings in english.months for s in spellings} if english else set()
        m = rf"(?:{alternation({s for s in self.month_number if len(s) > 3} | short)})"
        return re.compile(
            rf"\b(?:{m}\.?,?\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\.?\s+(?:of\s+)?{m}|(?:1[89]|20)\d\d)\b",
            re.I,
        )

    @cached_property
    def weekday_before(self) -> re.Pattern[str]:
        """A weekday name ending the text before a date ("Friday, ", "Fr. ", "vendredi ")."""
        return re.compile(rf"(?<![^\W\d_])(?:{self.weekdays})\.?,?\s*$", re.I)

    @cached_property
    def line_date(self) -> re.Pattern[str]:
        """The cleaner's test for a date on a line: a month name with day and year, or numbers with a year."""
        m = rf"(?:{self.months})"
        return re.compile(
            rf"(?<![^\W\d_])(?:{m}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
            rf"|\d{{1,2}}(?:st|nd|rd|th)?\.?\s+{m}\.?,?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}"
            rf"|\d{{4}}\s*[年년]\s*\d{{1,2}}\s*[月월])(?!\w)",
            re.I,
        )

    @cached_property
    def line_byline(self) -> re.Pattern[str]:
        """The cleaner's test for a byline: a byline or author word, then a name."""
        words = self.words("byline") | self.words("author_labels") | {"posted by"}
        return re.compile(rf"^(?:{alternation(words)})\s*:?\s+\S", re.I)


def _word_list(raw: Any, where: str, field: str) -> tuple[str, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list) or not all(isinstance(w, str) and w.strip() for w in raw):
        raise _EntryError(f"{where}: '{field}' must be a list of words")
    return tuple(" ".join(w.lower().split()) for w in raw)


def _table(raw: Any, size: int, where: str, field: str) -> tuple[tuple[str, ...], ...]:
    if not isinstance(raw, list) or len(raw) != size:
        raise _EntryError(f"{where}: '{field}' must be a list of {size} lists of spellings")
    out = tuple(_word_list(item, where, f"{field}[{i + 1}]") for i, item in enumerate(raw))
    if not all(out):
        raise _EntryError(f"{where}: every item of '{field}' needs at least one spelling")
    return out


def _entry(raw: Any, where: str) -> Language:
    if not isinstance(raw, dict):
        raise _EntryError(f"{where}: an entry must be a mapping")
    name = raw.get("name")
    if not isinstance(name, str) or not re.fullmatch(r"[a-z]{2,3}", name):
        raise _EntryError(f"{where}: 'name' must be an ISO 639 code such as 'en'")
    where = f"{where} ({name})"
    problems: list[str] = []
    unknown = sorted(str(k) for k in raw if k not in _FIELDS)
    if unknown:
        problems.append(f"{where}: unknown fields {unknown}")

    def checked(parse_one: Callable[[], T]) -> T | None:
        try:
            return parse_one()
        except _EntryError as exc:
            problems.append(str(exc))
            return None

    months = checked(lambda: _table(raw.get("months"), 12, where, "months"))
    weekdays = checked(lambda: _table(raw.get("weekdays"), 7, where, "weekdays"))
    words = [(field, checked(lambda f=field: _word_list(raw.get(f), where, f))) for field in LISTS]  # type: ignore[misc]
    if problems or months is None or weekdays is None:
        raise _EntryError("\n".join(problems))
    return Language(name, months, weekdays, tuple((f, w or ()) for f, w in words))


def _numbers(entries: list[Language], kind: str, problems: list[str], where: str) -> dict[str, int]:
    table: dict[str, int] = {}
    owner: dict[str, str] = {}
    for lang in entries:
        for number, spellings in enumerate(lang.months if kind == "month" else lang.weekdays):
            for spelling in spellings:
                value = number + 1 if kind == "month" else number
                if table.setdefault(spelling, value) != value:
                    problems.append(
                        f"{where}: {kind} spelling {spelling!r} of {lang.name!r} means another {kind} "
                        f"in {owner[spelling]!r}"
                    )
                owner.setdefault(spelling, lang.name)
    return table


def parse_languages(data: Any, where: str = "languages.yml") -> Languages:
    """The languages of the parsed data file; raises DataError naming every bad entry and field."""
    if not isinstance(data, dict) or not isinstance(data.get("languages"), list):
        raise DataError([f"{where}: expected a top-level 'languages:' list"], "invalid languages")
    problems: list[str] = []
    entries: list[Language] = []
    for i, raw in enumerate(data["languages"]):
        try:
            entries.append(_entry(raw, f"{where}: entry {i + 1}"))
        except _EntryError as exc:
            problems.extend(str(exc).split("\n"))
    months = _numbers(entries, "month", problems, where)
    weekdays = _numbers(entries, "weekday", problems, where)
    if problems:
        raise DataError(problems, "invalid languages")
    return Languages(tuple(entries), months, weekdays)


@per_text(maxsize=1 << 11)  # the key is pure: ``Languages`` is hashed by identity and never changes
def _reader_comment(text: str, languages: Languages) -> bool:
    """``Languages.reader_comment`` computed."""
    return bool(languages.comments.search(languages.comment_link.sub(" ", text)))
