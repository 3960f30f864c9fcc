"""Which lines may serve as metadata evidence, and where the article's header ends.

The header zone is the usable lines up to and including the second substantial body
paragraph (a BODY line of at least 20 words or 120 characters), starting at most 40 lines
before the first one (15 lines when there is no body paragraph at all): it
holds the masthead, title, standfirst, byline, dateline and the first body lines. The
footer zone is the usable lines after the last substantial body paragraph (at most 25, the last
ones). The after zone is the first 30 usable lines after that paragraph, where an author box or a
closing byline sits on pages whose footer (related articles, comments) is long.
Lines of the EMBED and REFERENCE roles, and lines that look like an embedded post or a
reference-list entry whatever their role, are never evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from generator.article.records import Cleaned, Line, Role

HEADER_MAX = 40
FOOTER_MAX = 25
AFTER_MAX = 30
_EMBED = re.compile(r"\(@\w{1,30}\)|pic\.twitter\.com/|\bt\.co/\w|^\s*[—–-]\s*[^()]{1,60}\(@", re.I)
_NUMBERED = re.compile(r"^\s*(?:\[\d{1,3}\]|\d{1,3}[.)]|\^)\s+")
_REF_SIGNS = re.compile(r"https?://|www\.|[“”\"«»]|\bibid\b|\bop\. cit\b|\b(?:retrieved|accessed)\b", re.I)
# Marks a line (or its rest) as an update stamp, never the publication date.
UPDATED = re.compile(
    r"\b(?:last\s+)?(?:updated?|modified|revised|edited|amended)\b|\bmis à jour\b"
    r"|\baktualisiert\b|\bactualizad[oa]\b|\bобновлено\b|\bизменено\b",
    re.I,
)
_REF_HEADING = re.compile(
    r"^\s*(?:references?|notes|endnotes|footnotes|sources|bibliography|works cited|citations)"
    r"\s*[.:]?\s*$",
    re.I,
)


def word_count(text: str) -> int:
    """Number of whitespace-separated words."""
    return len(text.split())


def is_substantial(line: Line) -> bool:
    """Whether ``line`` is a body paragraph long enough to mark the article's start."""
    return line.role == Role.BODY and (word_count(line.text) >= 20 or len(line.text) >= 120)


def snippet(text: str, start: int, end: int) -> str:
    """The exact slice of ``text`` to cite: the whole line when short, else the hit in context."""
    stripped = text.strip()
    if len(stripped) <= 160:
        return stripped
    left = text.rfind(" ", 0, max(0, start - 60)) + 1
    right = text.find(" ", min(len(text), end + 60))
    return text[left : right if right >= 0 else len(text)].strip()


def is_embed_like(text: str) -> bool:
    """Whether ``text`` looks like part of an embedded social post."""
    return bool(_EMBED.search(text))


def is_reference_like(text: str) -> bool:
    """Whether ``text`` looks like an entry of a reference list."""
    return bool(_NUMBERED.match(text) and _REF_SIGNS.search(text)) or bool(
        re.match(r"^(?:\d{1,3}[.)])?\s*ibid\b", text.lstrip(), re.I)
    )


_KEY = re.compile(r"\W+")


def line_key(text: str) -> str:
    """``text`` case-folded with each run of non-word characters one space: how a headline line is recognised."""
    return _KEY.sub(" ", text.casefold()).strip()


@dataclass(frozen=True)
class View:
    """The lines of one article sorted by what they may be evidence for."""

    usable: tuple[Line, ...]  # every non-blank line that may be evidence, in order
    header: tuple[Line, ...]
    footer: tuple[Line, ...]
    body: tuple[Line, ...]  # BODY-role lines among ``usable``
    after: tuple[Line, ...] = ()  # the first lines after the last substantial paragraph
    # Indexes into ``usable`` of the substantial paragraphs (``is_substantial``): the readers ask for
    # the first and the last many times per article.
    substantial: tuple[int, ...] = ()

    @cached_property
    def keys(self) -> tuple[str, ...]:
        """``line_key`` of each line of ``usable``, made once: the headline is looked for three times per article."""
        return tuple(line_key(line.text) for line in self.usable)

    def first_substantial(self, default: int) -> int:
        """Index of the first substantial paragraph in ``usable``, else ``default``."""
        return self.substantial[0] if self.substantial else default

    def last_substantial(self, default: int) -> int:
        """Index of the last substantial paragraph in ``usable``, else ``default``."""
        return self.substantial[-1] if self.substantial else default


def _usable(lines: tuple[Line, ...]) -> list[Line]:
    out: list[Line] = []
    in_refs = False
    for line in lines:
        text = line.text.strip()
        if not text or line.role in (Role.EMBED, Role.REFERENCE) or is_embed_like(text):
            continue
        if _REF_HEADING.match(text):
            in_refs = True
            continue
        if in_refs and (_REF_SIGNS.search(text) or _NUMBERED.match(text)):
            continue
        in_refs = False
        if not is_reference_like(text):
            out.append(line)
    return out


def make_view(cleaned: Cleaned) -> View:
    """Split ``cleaned``'s lines into the zones the extractors read."""
    usable = _usable(cleaned.lines)
    substantial = [i for i, line in enumerate(usable) if is_substantial(line)]
    if substantial:
        end = substantial[1] + 1 if len(substantial) > 1 else substantial[0] + 1
        header = usable[max(0, substantial[0] - HEADER_MAX) : end]
        footer = usable[substantial[-1] + 1 :][-FOOTER_MAX:]
        after = usable[substantial[-1] + 1 :][:AFTER_MAX]
    else:
        header = usable[:15]
        footer = usable[15:][-FOOTER_MAX:]
        after = []
    body = tuple(line for line in usable if line.role == Role.BODY)
    return View(tuple(usable), tuple(header), tuple(footer), body, tuple(after), tuple(substantial))
