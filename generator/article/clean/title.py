"""Choose the article's headline among the lines before the body."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from generator.article.clean import shapes
from generator.article.clean.features import Info, Quality
from generator.knowledge.boilerplate import norm
from generator.text.stopwords import STOPWORDS

WINDOW = 40  # non-blank lines before the body start that may hold the headline
_MIN_SCORE = 0.5
_DECK_WORDS = 10  # a chosen line this long may be the deck under the real headline
_DECK_MARGIN = 1.5  # ... whose headline scored at most this much less


def _content(text: str) -> set[str]:
    return {w for w in set(shapes.words(text)) if len(w) > 2 and w not in STOPWORDS and not w.isdigit()}


# ``norm`` of a line, kept across lines and pages: the rules' headline scoring and the title model's
# candidates normalise the same lines, and pages of a site repeat their menus (output unchanged).
normed = lru_cache(maxsize=1 << 13)(norm)


@lru_cache(maxsize=2)
def _body_content(body: str) -> frozenset[str]:
    """``_content`` of a page's body text, kept for the page's next headline scoring: the rules' and
    the title model's candidates score against the same body (on a large page, most of their cost)."""
    return frozenset(_content(body))


def candidates(infos: list[Info], first: int) -> list[tuple[int, Info]]:
    """(distance, line) of the rules' headline candidates: the ``WINDOW`` non-blank lines before
    line ``first`` that may be a headline, nearest first."""
    out: list[tuple[int, Info]] = []
    j = min(first, len(infos) - 1)
    dist = 0
    while j >= 0 and dist < WINDOW:
        info = infos[j]
        j -= 1
        if not info.text:
            continue
        dist += 1
        if info.reason or info.meta or info.text.endswith((".", ":", ",", ";")) or info.urls:
            continue
        if not 2 <= info.nwords <= 30 or not 10 <= info.chars <= 250:
            continue
        out.append((dist, info))
    return out


@dataclass(frozen=True)
class Scored:
    """A headline candidate and the rule score that ranks it."""

    info: Info
    dist: int  # non-blank lines before the body start
    score: float
    share: float  # share of its content words found in the body


class Context:
    """What the rule score of any line needs to know about the page (computed once per page)."""

    def __init__(self, infos: list[Info], first: int, body: str, at: set[int]) -> None:
        self.infos = infos
        self.first = first
        self.body_words = _body_content(body)
        self.counts = Counter(normed(i.text) for i in infos[: first + 1] if i.text and not (i.bullet or i.numbered))
        self.at = at
        self.metas = [i.index for i in infos[max(0, first - 60) : first + 1] if i.meta]

    def score(self, info: Info, text: str, nwords: int, dist: int) -> tuple[float, float] | None:
        """(rule score, share of content words in the body) of ``text`` on line ``info``; None: no
        content words."""
        words = _content(text)
        if not words:
            return None
        shared = len(words & self.body_words)
        score = 1.5 * shared / len(words) + 0.3 * min(shared, 6) - 0.02 * dist
        score += 0.1 * min(nwords, 12)
        score += _repeat_bonus(self.counts[normed(info.text)], info)
        score -= 0.5 if " | " in text else 0.0
        score += 1.0 if any(info.index < m for m in self.metas) else 0.0
        score += 0.5 if _next_text(self.infos, info.index) in self.at else 0.0
        score -= 1.0 if info.bullet or info.numbered else 0.0
        score -= 0.8 if info.quality is Quality.GOOD else 0.0
        score -= 1.0 if text[:1].islower() else 0.0
        score -= 0.5 if info.index == self.first else 0.0
        return score, shared / len(words)


def scored(infos: list[Info], first: int, body: str) -> list[Scored]:
    """Every headline candidate before line ``first`` with its rule score, nearest first."""
    cands = candidates(infos, first)
    ctx = Context(infos, first, body, {info.index for _, info in cands})
    out: list[Scored] = []
    for dist, info in cands:
        got = ctx.score(info, info.text, info.nwords, dist)
        if got is not None:
            out.append(Scored(info, dist, *got))
    return out


def choose(infos: list[Info], first: int, body: str) -> int | None:
    """Index of the headline line, looked for before line ``first``; None when no line fits."""
    cands = scored(infos, first, body)
    best: Scored | None = None
    for cand in cands:
        if best is None or cand.score > best.score:
            best = cand
    if best is None or best.score < _MIN_SCORE:
        return None
    return _above_deck(infos, best.info.index, {c.info.index: (c.score, c.share) for c in cands})


def _above_deck(infos: list[Info], chosen: int, scores: dict[int, tuple[float, float]]) -> int:
    """The headline when ``chosen`` is the deck (standfirst) right under a shorter headline."""
    deck = infos[chosen]
    if deck.nwords < _DECK_WORDS:
        return chosen
    for info in reversed(infos[max(0, chosen - 3) : chosen]):
        if info.text:
            head = info
            break
    else:
        return chosen
    if head.index not in scores or not 4 <= head.nwords < deck.nwords or head.bullet or head.numbered:
        return chosen
    (score, share), (best, _) = scores[head.index], scores[chosen]
    if share < 0.5 or best - score > _DECK_MARGIN or "|" in head.text or not sentence_case(deck.text):
        return chosen
    return head.index


def sentence_case(text: str) -> bool:
    """Whether a line is written like a sentence (few capitalised words after the first)."""
    words = [w for w in text.split()[1:] if w[:1].isalpha()]
    return bool(words) and sum(1 for w in words if w[:1].isupper()) <= 0.3 * len(words)


def _next_text(infos: list[Info], at: int) -> int:
    for info in infos[at + 1 : at + 4]:
        if info.text:
            return info.index
    return -1


def _repeat_bonus(count: int, info: Info) -> float:
    if count < 2 or info.bullet or info.numbered:
        return 0.0
    return 1.2 if count == 2 else 0.3  # a headline shows up twice; a site name on every bar


# A breadcrumb trail ("You are here: Home » Travel » Headline") ends with the page's own title.
# ">" also appears in headlines ("Why X > Y"): only a trail of three or more, or one from "Home";
# the same for ">>" and "→", which some sites draw between a trail's steps.
_CRUMB_ARROW = re.compile(r"\s+(?:>>?|→)\s+")
_CRUMB_HOMES = frozenset({"home", "accueil", "startseite", "inicio", "главная"})
_CRUMB_LABEL = re.compile(r"^\s*(?:you are here|vous êtes ici|sie sind hier|usted está aquí|estás aquí)\s*:?\s*", re.I)
_MIN_CRUMB_WORDS = 3
# « » and › ‹ are also quotation marks («Quote» in French, »Quote« in German): a line that holds
# both of a pair quotes with them, and they separate nothing (train text copies: a French headline
# "« Quote ». Rest" came out as ". Rest").
_QUOTE_PAIRS = (("»", "«"), ("›", "‹"))


def strip_breadcrumb(text: str) -> str:
    """The last segment of a breadcrumb trail, when the headline line is one; otherwise ``text``."""
    rest = _CRUMB_LABEL.sub("", text)
    marks = "".join(sep for sep, pair in _QUOTE_PAIRS if pair not in rest)
    parts = [p for p in re.split(rf"\s*[{marks}]\s*", rest) if p.strip()] if marks else [rest]
    if len(parts) < 2:
        parts = [p for p in _CRUMB_ARROW.split(rest) if p.strip()]
        if len(parts) < 3 and (not parts or parts[0].strip().casefold() not in _CRUMB_HOMES):
            parts = _glued_trail(rest) or _from_home(rest)
    if len(parts) < 2 or len(parts[-1].split()) < _MIN_CRUMB_WORDS:
        return text
    return parts[-1].strip()


# A trail w3m drew with bare ">" between its steps ("Forum>Travel>Headline"): three or more steps, the
# ones before the last a section's name of one or two words (train text copies: one headline gained).
_GLUED_ARROW = re.compile(r"(?<=\w)>(?=\w)")
_MAX_STEP_WORDS = 2
_MIN_STEP_CHARS = 3


def _glued_trail(text: str) -> list[str]:
    """The steps of a trail glued with bare ">", or [] when ``text`` is none."""
    parts = _GLUED_ARROW.split(text)
    if len(parts) < 3 or any(len(p.split()) > _MAX_STEP_WORDS or len(p) < _MIN_STEP_CHARS for p in parts[:-1]):
        return []
    return parts


def _from_home(text: str) -> list[str]:
    """["Home", rest] for a trail glued with a slash ("Home/Headline"), else [text]."""
    head, slash, rest = text.partition("/")
    return [head, rest] if slash and head.strip().casefold() in _CRUMB_HOMES else [text]


# "Kicker : Headline": a colon with a space before it, in a page whose text writes its colons without
# one (at least once, and never with one), is where w3m joined two elements of the headline (a kicker
# or a press release's label, then the headline); French writes every colon spaced, and there it is
# the headline's own (train text copies: three pages gained, no French headline cut).
_SPACED_COLON = re.compile(r"\s+:\s*")
_TIGHT_COLON = re.compile(r"\w:")
_MAX_KICKER_WORDS = 8


def strip_kicker(text: str, body: str) -> str:
    """``text`` without a kicker joined to it by a spaced colon the ``body`` never uses; else ``text``."""
    parts = _SPACED_COLON.split(text)
    if len(parts) != 2 or _SPACED_COLON.search(body) or not _TIGHT_COLON.search(body):
        return text
    kicker, head = parts[0].strip(), parts[1].strip()
    if not 1 <= len(kicker.split()) <= _MAX_KICKER_WORDS or len(head.split()) < _MIN_CRUMB_WORDS:
        return text
    return head if head[:1].isalnum() or head[:1] in shapes.OPENERS else text


# "Kicker Headline" joined by w3m with a bare space (or glued to a date): the page states the tail
# alone as another line (a list entry, a teaser), which shows the front is no part of the headline.
# The front must be two or more words not ending in a function word ("Best of"), the first word
# repeated ("Topic Topic is back"), or glued digits (a date); a list number alone stays (train text
# copies: five pages gained, none lost).
def strip_front(text: str, lines: list[str]) -> str:
    """``text`` without a kicker in front of a tail that is a line of its own elsewhere; else ``text``."""
    best = ""
    for line in lines:
        tail = shapes.NUMBERED.sub("", shapes.BULLET.sub("", line)).strip()
        if len(tail) > len(best) and len(tail) < len(text) and text.endswith(tail) and _kicker(text, tail):
            best = tail
    return best or text


def _kicker(text: str, tail: str) -> bool:
    """Whether the front of ``text`` before its ``tail`` may be a kicker."""
    opens = tail[1:] if tail[:1] in shapes.OPENERS else tail  # a quoted headline ("«Quote»") opens with its mark
    if len(tail.split()) < _MIN_CRUMB_WORDS or not opens[:1].isupper():
        return False
    front = text[: len(text) - len(tail)]
    if not front.endswith(" "):
        return front[-1:].isdigit()
    words = front.split()
    if not any(c.isalpha() for c in front) or words[-1].strip(":").casefold() in STOPWORDS:
        return False
    return len(words) >= 2 or words[0].casefold() == tail.split()[0].casefold()


# 'Kicker"Quoted headline"': a quotation that runs to the end of the line and opens right after a
# letter, with no space, is a headline w3m glued to the kicker before it (train text copies: one).
_GLUED_QUOTE = re.compile(r"^(?P<front>.*[^\W\d])(?P<quote>[\"„“«»][^\W\d].*[\"“”«»])$")


def strip_glued_quote(text: str) -> str:
    """The quoted headline of ``text`` when a kicker is glued in front of it; otherwise ``text``."""
    found = _GLUED_QUOTE.match(text)
    if not found or len(found["quote"].split()) < _MIN_CRUMB_WORDS or not found["front"].split():
        return text
    return found["quote"]


# A headline the page states twice: as the last step of its breadcrumb trail and as a line of its own
# right under the trail, or quoted in the heading over the reader comments ("3 thoughts on “Headline”",
# a blog theme's) and as a line of its own. That holds wherever the body span was placed, so the line
# is the headline even outside the candidate window (train text copies, fitting sites: eight titles
# gained, none lost; a last step of two words is a section's name, "Home About us", and stays a step).
_ECHO_LINES = 3  # non-blank lines under the trail that may repeat its last step
_MAX_TRAIL_WORDS = 8  # the trail in front of the repeated step
_CLOSING = ('"', "'", "”", "“", "»", "«", "‘", "’")  # a comments heading ends with its quoted headline


def stated(infos: list[Info], first: int, comments_on: re.Pattern[str]) -> int | None:
    """Index of the headline line the page states under its trail or in its comments heading
    (``comments_on``: ``Languages.comments_on``); None when it states none or two different ones."""
    texts = [(info.index, info.text) for info in infos if info.text]
    found: dict[str, int] = {}
    for k, (_, line) in enumerate(texts):
        for at, head in texts[k + 1 : k + 1 + _ECHO_LINES]:
            if line.endswith(head) and head != line and _trail_ends_with(line, head):
                found.setdefault(head, at)
                break
        named = comments_on.match(line) if line.endswith(_CLOSING) else None
        quoted = named["head"].strip() if named else ""
        own = _own_line(infos, quoted, first, texts[k][0]) if quoted and quoted not in found else None
        if own is not None:
            found[quoted] = own
    return next(iter(found.values())) if len(found) == 1 else None


def _own_line(infos: list[Info], head: str, first: int, heading: int) -> int | None:
    """The line above ``heading`` that is ``head`` alone (no list item), the last one up to the body
    start ``first`` when there is one; None when no line is."""
    lines = [i.index for i in infos[:heading] if i.text == head and not (i.bullet or i.numbered)]
    before = [i for i in lines if i <= first]
    return before[-1] if before else lines[0] if lines else None


def _trail_ends_with(line: str, head: str) -> bool:
    """Whether ``line``, which ends with ``head``, is a breadcrumb trail whose last step is ``head``."""
    if len(head.split()) < _MIN_CRUMB_WORDS:
        return False
    if strip_breadcrumb(line) == head:
        return True
    trail = _CRUMB_LABEL.sub("", line[: len(line) - len(head)]).strip()
    return len(trail.split()) <= _MAX_TRAIL_WORDS and trail.casefold().startswith(tuple(_CRUMB_HOMES))
