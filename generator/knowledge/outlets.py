"""The known-outlets table: loading, schema validation and name matching.

A known outlet is recognised by its name, an alias or a domain, exactly after folding (case,
diacritics and punctuation runs), never by a near spelling: "Finacial Times" could as well be
another outlet, and a wrong outlet marked ``explicit`` is worse than an unknown one reported under
its own name (issue 16).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from generator.errors import DataError
from generator.text.namefold import fold

KINDS = frozenset(
    {
        "wire service",
        "newspaper",
        "magazine",
        "broadcaster",
        "state media",
        "news agency",
        "think tank",
        "news website",
        "blog",
        "government",
    }
)
_FIELDS = ("name", "aliases", "domains", "kind", "country")
_DOMAIN = re.compile(r"^[a-z0-9-]+(\.[a-z0-9-]+)+$")
# Keys this short must match the text's exact spelling (AP, RT, FT, ...).
_SHORT = 4


# The word lists of the ``not_outlets:`` block (see the data file's comment).
NOT_OUTLETS = ("menu", "menu_marks", "licences", "software", "notices", "rights", "photo", "company", "legal_forms")


class _EntryError(ValueError):
    """One entry of the outlets file breaks the schema (collected into a DataError)."""


@dataclass(frozen=True)
class Outlet:
    """One known outlet."""

    name: str
    aliases: tuple[str, ...]
    domains: tuple[str, ...]
    kind: str
    country: str

    def spellings(self) -> tuple[str, ...]:
        """The canonical name followed by every alias."""
        return (self.name, *self.aliases)


def _keys(spelling: str) -> tuple[str, ...]:
    key = fold(spelling)
    rest = key[4:] if key.startswith("the ") else ""
    # "The National" must not make the bare word "national" an outlet name.
    return (key, rest) if " " in rest else (key,)


@dataclass(frozen=True, eq=False)  # hashed by identity: patterns are cached per value
class NotOutlets:
    """Words that show a candidate is not an outlet's name: menu words, licences, credits, company forms."""

    lists: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def words(self, name: str) -> frozenset[str]:
        """The folded entries of list ``name``."""
        return self._words.get(name, frozenset())

    @cached_property
    def _words(self) -> dict[str, frozenset[str]]:
        return {name: frozenset(fold(w) for w in words if fold(w)) for name, words in self.lists}

    def pattern(self, name: str) -> re.Pattern[str]:
        """Any entry of list ``name`` as whole words, in folded text."""
        return self._patterns[name]

    @cached_property
    def _patterns(self) -> dict[str, re.Pattern[str]]:
        out = {}
        for name in NOT_OUTLETS:
            words = sorted(self.words(name), key=lambda w: (-len(w), w))
            alternation = "|".join(re.escape(w) for w in words) or "(?!)"
            out[name] = re.compile(rf"(?<!\w)(?:{alternation})(?!\w)")
        return out

    def has(self, name: str, text: str) -> bool:
        """Whether ``text`` (any spelling) holds an entry of list ``name``."""
        return self.pattern(name).search(fold(text)) is not None

    def only(self, name: str, text: str) -> bool:
        """Whether every word of ``text`` belongs to list ``name`` (an empty text does not)."""
        key = fold(text)
        return bool(key) and not self.pattern(name).sub(" ", key).strip()


class Outlets:
    """A validated set of outlets with indexes for name, mention and domain look-ups."""

    def __init__(self, entries: Iterable[Outlet], not_outlets: NotOutlets | None = None) -> None:
        self.entries: tuple[Outlet, ...] = tuple(entries)
        self.not_outlets = not_outlets or NotOutlets()
        self._exact: dict[str, Outlet] = {}
        self._short: dict[str, Outlet] = {}
        for outlet in self.entries:
            for spelling in outlet.spellings():
                if len(spelling) <= _SHORT:
                    self._short[spelling] = outlet
                else:
                    for key in _keys(spelling):
                        self._exact.setdefault(key, outlet)
        by_length = sorted(((s, o) for o in self.entries for s in o.spellings()), key=lambda p: -len(p[0]))
        self._spelled = {s: o for s, o in by_length}
        # Mentions are matched as spelled (case-sensitive): "the national team" is no outlet.
        names = "|".join(re.escape(s) for s, _ in by_length) or "(?!)"
        self._mention = re.compile(rf"(?<![\w@/.-])(?:{names})(?![\w-])")

    def lookup(self, candidate: str) -> Outlet | None:
        """The outlet ``candidate`` names exactly, after folding case, diacritics and punctuation."""
        text = candidate.strip(" \t.,;:|-–—()[]\"'“”")
        if text in self._short:
            return self._short[text]
        key = fold(text)
        if not key or len(key) > 80:
            return None
        return self._exact.get(key)

    def lookup_prefix(self, candidate: str) -> Outlet | None:
        """The outlet named by the longest leading run of words of ``candidate``."""
        words = candidate.split()[:8]
        for size in range(len(words), 0, -1):
            outlet = self.lookup(" ".join(words[:size]))
            if outlet is not None:
                return outlet
        return None

    def mentions(self, text: str) -> Iterator[tuple[Outlet, int, int]]:
        """Known outlet names written out in ``text``: (outlet, start, end), in order."""
        for m in self._mention.finditer(text):
            yield self._spelled[m.group()], m.start(), m.end()

    def by_domain(self, host: str) -> Outlet | None:
        """The outlet whose domain ``host`` is or is a subdomain of."""
        host = host.lower().removeprefix("www.")
        for outlet in self.entries:
            if any(host == d or host.endswith("." + d) for d in outlet.domains):
                return outlet
        return None


def _str_list(value: Any, where: str, field: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise _EntryError(f"{where}: '{field}' must be a list of non-empty strings")
    return tuple(v.strip() for v in value)


def _entry(raw: Any, where: str) -> Outlet:
    if not isinstance(raw, dict):
        raise _EntryError(f"{where}: an entry must be a mapping")
    name = raw.get("name")
    if isinstance(name, str) and name.strip():
        where = f"{where} ({name.strip()!r})"
    missing = [f for f in _FIELDS if f not in raw]
    unknown = sorted(str(k) for k in raw if k not in _FIELDS)
    if missing or unknown:
        raise _EntryError(f"{where}: missing fields {missing}, unknown fields {unknown}")
    for field in ("name", "kind", "country"):
        if not isinstance(raw[field], str) or not raw[field].strip():
            raise _EntryError(f"{where}: '{field}' must be a non-empty string")
    if raw["kind"] not in KINDS:
        raise _EntryError(f"{where}: kind {raw['kind']!r} is not one of {sorted(KINDS)}")
    domains = _str_list(raw["domains"], where, "domains")
    bad = [d for d in domains if not _DOMAIN.match(d)]
    if bad:
        raise _EntryError(f"{where}: not a domain: {bad}")
    return Outlet(
        name=raw["name"].strip(),
        aliases=_str_list(raw["aliases"], where, "aliases"),
        domains=domains,
        kind=raw["kind"],
        country=raw["country"].strip(),
    )


def parse_outlets(data: Any, source: str = "outlets.yml", where: Callable[[int], str] | None = None) -> Outlets:
    """Outlets from the parsed data file; raises DataError naming ``source``, every bad entry and field."""
    if data is None:
        return Outlets(())
    if not isinstance(data, dict) or not isinstance(data.get("outlets"), list):
        raise DataError([f"{source}: expected a top-level 'outlets:' list"], "invalid outlets")
    problems: list[str] = []
    not_outlets = _not_outlets(data.get("not_outlets"), source, problems)
    entries: list[Outlet] = []
    for i, raw in enumerate(data["outlets"]):
        try:
            entries.append(_entry(raw, where(i) if where else f"{source}: entry {i + 1}"))
        except _EntryError as exc:
            problems.append(str(exc))
    seen: dict[str, str] = {}
    for outlet in entries:
        for spelling in outlet.spellings():
            owner = seen.setdefault(fold(spelling), outlet.name)
            if owner != outlet.name:
                problems.append(f"{source}: entry {outlet.name!r}: spelling {spelling!r} also used by {owner!r}")
    if problems:
        raise DataError(problems, "invalid outlets")
    return Outlets(entries, not_outlets)


def _not_outlets(raw: Any, source: str, problems: list[str]) -> NotOutlets:
    if raw is None:
        return NotOutlets()
    if not isinstance(raw, dict):
        problems.append(f"{source}: 'not_outlets' must be a mapping of word lists {list(NOT_OUTLETS)}")
        return NotOutlets()
    lists = []
    for name in sorted(str(k) for k in raw):
        if name not in NOT_OUTLETS:
            problems.append(f"{source}: not_outlets: unknown list {name!r}; the lists are {list(NOT_OUTLETS)}")
            continue
        try:
            lists.append((name, _str_list(raw[name], f"{source}: not_outlets", name)))
        except _EntryError as exc:
            problems.append(str(exc))
    return NotOutlets(tuple(lists))
