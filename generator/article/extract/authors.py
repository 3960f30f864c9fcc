"""Bylines and credit lines: the people who wrote an article, and outlets named there.

Authors are people only. Read from: "By A, B and C" lines in the header zone or with
the META role (an outlet named there is kept for the source, not as an author);
"A | Outlet" and "A, Known Outlet" header lines; credit lines, where only "Reporting
by"/"Writing by" name authors ("Additional reporting", "Editing", "Photos", ... do not);
an "Author" label followed by a person's name. Photo credits are never read. A person's
name is 2-5 capitalised words (name particles allowed) without staff words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from generator.article.extract.dates import find_dates, residue
from generator.article.extract.names import looks_like_outlet, looks_like_person
from generator.article.extract.zone import UPDATED, View, word_count
from generator.article.records import Line, Role
from generator.knowledge.outlets import Outlet, Outlets

MAX_AUTHORS = 8
_BYLINE = re.compile(
    r"^\s*(?:by|written by|words by|story by|von|par|por|автор(?:ы)?|текст)\s*:?\s+(?P<rest>.+)$",
    re.I,
)
_PHOTO = re.compile(
    r"\b(?:photos?|photographs?|photography|pictures?|images?|illustrations?|video|graphics?"
    r"|фото)\b\s*(?:by\b|:)",
    re.I,
)
# Separators carry no surrounding \s*: a split with "\s*X\s*" is quadratic on long blank runs.
_SEGMENTS = re.compile(r"[|•·/]|\s[-–—]\s|\bon\b|\bat\b")
_PIECES = re.compile(r"[,;]|\s(?:and|&|und|et|y|и)\s")
_STAFF = re.compile(r"\b(?:staff|desk|team|reporters?|newsroom|editors|correspondents?)$", re.I)
_CREDIT_LINE = re.compile(
    r"^\s*(?:[(\[]\s*)?(?:additional\s+)?(?:reporting|writing|written|editing|edited)\s+by\b", re.I
)
_CREDIT = re.compile(
    r"(?P<label>(?:additional\s+)?reporting|writing|written|editing|edited|compiled|"
    r"photos?|photography|graphics|research|translat\w*|produc\w*|fact[- ]checking)"
    r"\s+by\s+(?P<names>[^;()\[\]]+)",
    re.I,
)
_LABEL = re.compile(r"^\s*(?:authors?|about the authors?|auteur|autor|автор)\s*:?\s*(?P<rest>.*)$", re.I)


@dataclass
class Bylines:
    """People and outlet names read from bylines, each with the line it came from."""

    people: list[tuple[str, Line]] = field(default_factory=list)
    outlets: list[tuple[str, Outlet | None, Line]] = field(default_factory=list)

    def add_person(self, name: str, line: Line) -> None:
        """Record ``name`` unless already known or the list is full."""
        known = {p.casefold() for p, _ in self.people}
        if name.casefold() not in known and len(self.people) < MAX_AUTHORS:
            self.people.append((name, line))


def _pieces(text: str) -> list[str]:
    text = _PHOTO.split(text[:500])[0]
    text = UPDATED.split(text)[0]
    hits = find_dates(text)
    for hit in reversed(hits):
        text = text[: hit.start] + " | " + text[hit.end :]
    out = []
    for segment in _SEGMENTS.split(text):
        for piece in _PIECES.split(segment):
            piece = re.sub(r"\s+in\s+[A-Z][\w ,.-]*$", "", piece.strip(" .:;,-–—()[]"))
            if piece and residue(piece, []):
                out.append(piece)
    return out


def _classify(piece: str, line: Line, outlets: Outlets, found: Bylines) -> None:
    bare = _STAFF.sub("", piece).strip()
    outlet = outlets.lookup(bare)
    if outlet is not None:
        found.outlets.append((outlet.name, outlet, line))
    elif looks_like_person(piece):
        found.add_person(piece, line)
    elif looks_like_outlet(bare):
        found.outlets.append((bare, None, line))


def _byline(line: Line, outlets: Outlets, found: Bylines) -> None:
    text = line.text.strip()
    m = _BYLINE.match(text)
    if m and word_count(text) <= 16:
        for piece in _pieces(m.group("rest")):
            _classify(piece, line, outlets, found)
        return
    for separator in ("|", ","):
        parts = [p.strip() for p in text.split(separator)]
        if len(parts) != 2 or not looks_like_person(parts[0]):
            continue
        outlet = outlets.lookup(parts[1])
        # "Name, X" is a byline only when X is a known outlet; after "|" any outlet-like name.
        if outlet is not None or (separator == "|" and looks_like_outlet(parts[1])):
            found.add_person(parts[0], line)
            found.outlets.append((outlet.name if outlet else parts[1], outlet, line))
            return


def _credits(line: Line, found: Bylines) -> None:
    for m in _CREDIT.finditer(line.text):
        if m.group("label").lower() in ("reporting", "writing", "written"):
            for piece in _pieces(m.group("names")):
                if looks_like_person(piece):
                    found.add_person(piece, line)


def _label(index: int, usable: tuple[Line, ...], found: Bylines) -> None:
    m = _LABEL.match(usable[index].text)
    if m is None:
        return
    if m.group("rest"):
        names, line = _pieces(m.group("rest")), usable[index]
    elif index + 1 < len(usable):
        names, line = [usable[index + 1].text.strip()], usable[index + 1]
    else:
        return
    for name in names:
        if looks_like_person(name):
            found.add_person(name, line)


def scan_bylines(view: View, outlets: Outlets) -> Bylines:
    """Every person and outlet the article's bylines and credit lines name."""
    found = Bylines()
    header_numbers = {line.number for line in view.header}
    for index, line in enumerate(view.usable):
        if line.role == Role.TITLE:
            continue
        if line.number in header_numbers or line.role == Role.META:
            _byline(line, outlets, found)
        if _CREDIT_LINE.match(line.text):
            _credits(line, found)
        if word_count(line.text) <= 6:
            _label(index, view.usable, found)
    return found
