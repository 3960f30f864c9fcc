"""The wider headline candidate set the fitted title model chooses from (``learned.headline``).

Decisions:

- Window: up to ``BEFORE`` non-blank lines before the body start and ``AFTER`` from it on (the
  rules' own set stops 40 lines up; on some pages the headline sits further up behind a long menu,
  or the body start is placed on or after the headline's line).
- Filters as the rules' (no line a hard rule dropped, no meta line or address, 2-30 words and
  10-250 characters), except that a line ending with ":" stays (a headline may end in a colon, a
  question or an exclamation mark); a line ending with ".", "," or ";" is a sentence, not a headline.
- Right before the body start, a one-word line and a short line ending with "." are candidates too
  (``_near_start``): pages named by one word ("Imprint", a place) and headlines written as a sentence
  sit there (train text copies, fitting sites: 22 and 7 such headlines were no candidate; the
  candidates now hold the gold title on 745 of 944 pages, 734 before).
- Derived candidates: a line made of parts, a trail or label in front ("Home » World » Title",
  "Politics Title" where "Politics" is a line of its own elsewhere on the page) or a site name
  behind ("Title | Site", "Title - Site"), also gives each part as a candidate, flagged with where
  the part sat. The model learns which part is the headline; no word list names a site.
- Each candidate keeps the rules' score (``title.Context.score``) computed on its own text, so
  the fitted model starts from what the rules know.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.article.clean import shapes, title
from generator.article.clean.features import Info, Quality
from generator.knowledge.boilerplate import norm

BEFORE = 120  # non-blank lines before the body start
AFTER = 12  # ... and from it on
_MAX_PARTS_WORDS = 60  # a longer line is not split into parts
_MAX_LABEL_WORDS = 3  # a section label glued in front is at most this long
_MAX_LABELS = 4  # labels stripped from one line's front, one after the other
# " | ", " - ", " – ", " — ", " · ", " :: ", " » ", " › ", " > ", " / " between two parts of a line.
_PARTS = re.compile(r"\s+(?:\||-|–|—|·|::|»|›|>|/)\s+|\s*[»›]\s*")

_NEAR_WORD = 8  # a one-word line this many non-blank lines before the body start, or nearer, is a candidate
_MIN_WORD_CHARS = 4
_NEAR_SENTENCE = 15  # ... a short line ending with "."
_MAX_SENTENCE_WORDS = 15
WHOLE, FIRST, MIDDLE, LAST, UNLABELLED = range(5)  # where a candidate's text sits in its line


@dataclass(frozen=True)
class Candidate:
    """One headline candidate: a whole line or one part of it."""

    info: Info
    text: str
    dist: int  # non-blank lines before the body start (1: the start line; 0 or less: after it)
    part: int  # WHOLE, or where the part sat in the line
    score: float  # the rules' score of ``text``
    share: float  # share of its content words found in the body


def _fits(text: str) -> bool:
    words = len(text.split())
    return 2 <= words <= 30 and 10 <= len(text) <= 250


def _usable(info: Info) -> bool:
    if info.reason or info.meta or info.urls or info.text.endswith((".", ",", ";")):
        return False
    return 2 <= info.nwords <= _MAX_PARTS_WORDS and info.chars >= 10


def sentence_end(text: str) -> bool:
    """Whether ``text`` ends as a sentence does: one "." (an ellipsis is no end)."""
    return text.endswith(".") and not text.endswith("..")


def _near_start(info: Info, dist: int) -> bool:
    """A one-word line or a short line ending with "." right before the body start: a page's name
    ("Imprint", a place) or a headline written as a sentence. Only there, and flagged
    (``one_word``, ``sentence_end``), since elsewhere such lines are menu items and sentences."""
    if info.reason or info.meta or info.urls or info.bullet or info.numbered or info.quality is Quality.GOOD:
        return False
    if info.nwords == 1:
        return 1 <= dist <= _NEAR_WORD and info.chars >= _MIN_WORD_CHARS and info.text[:1].isalpha()
    sized = 2 <= info.nwords <= _MAX_SENTENCE_WORDS and info.chars >= 10
    return sentence_end(info.text) and 1 <= dist <= _NEAR_SENTENCE and sized


def _window(infos: list[Info], first: int) -> list[tuple[int, Info]]:
    """(distance, line) of the non-blank lines in the window, nearest before the body first."""
    out: list[tuple[int, Info]] = []
    j, dist = min(first, len(infos) - 1), 0
    while j >= 0 and dist < BEFORE:
        if infos[j].text:
            dist += 1
            out.append((dist, infos[j]))
        j -= 1
    after = 0
    for info in infos[first + 1 :]:
        if after >= AFTER:
            break
        if info.text:
            out.append((-after, info))
            after += 1
    return out


def _labels(infos: list[Info]) -> set[str]:
    """Short lines of the page (menu items, section labels) that may be glued in front of a headline."""
    # split(None, n) stops after n cuts: as short a test as the full split, without splitting long lines
    return {norm(i.text) for i in infos if i.text and len(i.text.split(None, _MAX_LABEL_WORDS)) <= _MAX_LABEL_WORDS}


def _unlabelled(text: str, labels: set[str]) -> str:
    """``text`` without the page's short labels glued in front of it (as many as lead it)."""
    words = text.split()
    start = 0
    for _ in range(_MAX_LABELS):
        for n in range(_MAX_LABEL_WORDS, 0, -1):
            if start + n < len(words) and title.normed(" ".join(words[start : start + n])) in labels:
                start += n
                break
        else:
            break
    return " ".join(words[start:]) if start else ""


def _parts(text: str, labels: set[str]) -> list[tuple[str, int]]:
    """The derived candidates of one line: its parts, and the line and each part without the
    page's short labels glued in front."""
    out: list[tuple[str, int]] = []
    pieces = [p.strip() for p in _PARTS.split(text) if p.strip()]
    if len(pieces) > 1:
        for k, piece in enumerate(pieces):
            out.append((piece, FIRST if k == 0 else LAST if k == len(pieces) - 1 else MIDDLE))
    for piece in [text, *pieces] if len(pieces) > 1 else [text]:
        rest = _unlabelled(piece, labels)
        if rest[:1].isalnum() or rest[:1] in shapes.OPENERS:
            out.append((rest, UNLABELLED))
    return out


def candidates(infos: list[Info], first: int, body: str) -> list[Candidate]:
    """Every candidate of the page, nearest to the body start first, each text once per line."""
    window = [(d, i, _usable(i)) for d, i in _window(infos, first)]
    window = [(d, i, usable) for d, i, usable in window if usable or _near_start(i, d)]
    ctx = title.Context(infos, first, body, {i.index for _, i, usable in window if usable})
    labels = _labels(infos)
    out: list[Candidate] = []
    for dist, info, usable in window:
        if not usable:
            got = ctx.score(info, info.text, info.nwords, dist)
            if got is not None:
                out.append(Candidate(info, info.text, dist, WHOLE, *got))
            continue
        texts = [(info.text, WHOLE)] if info.nwords <= 30 and info.chars <= 250 else []
        seen = {info.text}
        for text, part in [*texts, *_parts(info.text, labels)]:
            if (part != WHOLE and text in seen) or not _fits(text):
                continue
            seen.add(text)
            got = ctx.score(info, text, len(text.split()), max(dist, 0))
            if got is not None:
                out.append(Candidate(info, text, dist, part, *got))
    return out
