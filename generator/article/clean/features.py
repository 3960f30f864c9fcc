"""Per-line features and the context-free quality class of each line."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import Enum
from itertools import pairwise

from generator.article.clean import promos, shapes
from generator.knowledge.boilerplate import Phrases
from generator.text.stopwords import STOPWORDS

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")  # kana and Han
_CJK_MIN = 10
_CJK_PUNCT = ("。", "、", "，", "！", "？")
_CJK_STOP = 0.3
_FINAL = (".", "!", "?", "…", '"', "”", "»", "’", "'", ")", ":", ";", "。", "！", "？")


class Quality(Enum):
    """Context-free class of a line, after jusText."""

    BLANK = 0
    BAD = 1
    SHORT = 2
    NEAR = 3
    GOOD = 4


@dataclass(slots=True)
class Info:
    """Features of one input line."""

    index: int
    raw: str
    text: str
    nwords: int = 0
    stop: float = 0.0
    final: bool = False
    bullet: bool = False
    numbered: bool = False
    urls: float = 0.0
    meta: bool = False
    reason: str = ""
    quality: Quality = Quality.BLANK
    code: bool = False  # a line of a code block quoted in the article (``code_lines``)

    def at(self, index: int) -> Info:
        """A copy of these features for an identical line elsewhere in the page."""
        return Info(
            index,
            self.raw,
            self.text,
            self.nwords,
            self.stop,
            self.final,
            self.bullet,
            self.numbered,
            self.urls,
            self.meta,
            self.reason,
            self.quality,
            self.code,
        )

    @property
    def chars(self) -> int:
        """Length of the stripped text."""
        return len(self.text)


def ends_sentence(text: str) -> bool:
    """Whether a line ends like a sentence."""
    t = text.rstrip()
    if t.endswith(("...", "..")):
        return True
    return t.endswith(_FINAL) and not t.endswith(":")


def analyse(index: int, raw: str, phrases: Phrases, relax: bool = False) -> Info:
    """Features and context-free class of one line."""
    text = raw.strip()
    info = Info(index, raw, text)
    if not text:
        return info
    head = text[:3000]
    toks = shapes.words(head)
    info.nwords = len(text.split()) if len(text) < 3000 else max(len(toks), 1)
    info.stop = sum(map(STOPWORDS.__contains__, toks)) / max(len(toks), 1)
    if not head.isascii():
        _cjk(info, head)
    info.final = ends_sentence(text)
    info.bullet = bool(shapes.BULLET.match(raw))
    info.numbered = bool(shapes.NUMBERED.match(raw))
    info.urls = shapes.url_density(text)
    info.reason = _hard_reason(info, phrases)
    info.meta = not info.reason and shapes.is_meta(text, phrases.languages)
    if relax:
        info.stop = max(info.stop, 0.3)
    info.quality = Quality.BAD if info.reason else _quality(info)
    return info


def _cjk(info: Info, head: str) -> None:
    """Chinese and Japanese write no spaces and have no stopword list here: count two characters
    as a word, and let sentence punctuation stand in for the stopword share."""
    han = len(_CJK.findall(head))
    if han < _CJK_MIN or han < 0.5 * len(head):
        return
    info.nwords = max(info.nwords, han // 2)
    if any(p in head for p in _CJK_PUNCT):
        info.stop = max(info.stop, _CJK_STOP)


def prose_rate(text: str) -> float:
    """Share of stopwords among the first words of a page (low: a language we have no list for)."""
    toks = shapes.words(text[:200_000])
    return sum(map(STOPWORDS.__contains__, toks)) / max(len(toks), 1)


def _hard_reason(info: Info, phrases: Phrases) -> str:
    text = info.text
    if shapes.is_junk(text) or shapes.is_script_error(text):
        return "junk"
    reason = phrases.match(text)
    if reason:
        return reason
    if shapes.is_embed_attribution(text):
        return "embed"
    if shapes.is_contact(text) and info.nwords <= 12:
        return "contact"
    if shapes.is_caption(text):
        return "caption"
    if shapes.is_footer_head(text):
        return "footer-head"
    if info.urls > 0.5 and not info.numbered:
        return "link"
    if info.nwords >= 4 and promos.is_pitch(text):
        return "promo"
    return ""


def _quality(info: Info) -> Quality:
    n, sd, chars = info.nwords, info.stop, info.chars
    if (chars >= 150 and sd >= 0.22) or (chars >= 70 and sd >= 0.28 and info.final):
        return Quality.GOOD
    if chars >= 30 and sd >= 0.15 and info.final and n >= 5:
        return Quality.NEAR
    if n <= 4 or not info.final:
        return Quality.SHORT
    if sd < 0.1:
        return Quality.BAD
    return Quality.NEAR


_WRAP_LINES = 3  # a hard-wrapped paragraph spans at least this many lines with no blank line between
_WRAP_WORDS = 5  # ... each but the last with at least this many words (a line filled to the wrap width)
_WRAP_WIDTH = 160  # ... and at most this many characters (a paragraph of its own is longer)
_WRAP_JOINS = 0.5  # ... and more than this share of its line breaks fall inside a sentence
_OPENING = "\"'“„«‚‘¿¡(["


def rewrap(infos: list[Info]) -> list[tuple[int, Quality]]:
    """Hard-wrapped paragraphs: runs of adjacent lines (no blank line between) that read as one
    paragraph broken at a fixed width, most breaks inside a sentence (the next line goes on in lower
    case, or the line ends on a comma or a hyphen). Each line of such a run whose own class is worse
    than the joined paragraph's gets that class: returns those lines' indexes with the class (the
    caller gives them their own ``Info``: repeated lines share one)."""
    return [changed for run in _adjacent(infos, _wrappable) for changed in _rewrap_run(run)]


def _adjacent(infos: list[Info], keep: Callable[[Info], bool]) -> Iterator[list[Info]]:
    """The runs of adjacent non-blank lines (no line between) that ``keep`` accepts, in page order."""
    run: list[Info] = []
    for info in infos:
        if info.text and keep(info) and (not run or run[-1].index == info.index - 1):
            run.append(info)
            continue
        if run:
            yield run
        run = [info] if info.text and keep(info) else []
    if run:
        yield run


def _wrappable(info: Info) -> bool:
    return not (info.reason or info.bullet or info.numbered or info.meta or info.urls)


def _rewrap_run(run: list[Info]) -> list[tuple[int, Quality]]:
    if len(run) < _WRAP_LINES or any(i.nwords < _WRAP_WORDS or i.chars > _WRAP_WIDTH for i in run[:-1]):
        return []
    inside = sum(1 for a, b in pairwise(run) if _goes_on(a.text, b.text))
    if inside <= _WRAP_JOINS * (len(run) - 1):
        return []
    words = sum(i.nwords for i in run)
    joined = Info(run[0].index, "", " ".join(i.text for i in run), words)
    joined.stop = sum(i.stop * i.nwords for i in run) / max(words, 1)
    joined.final = run[-1].final
    quality = _quality(joined)
    if quality.value <= Quality.SHORT.value:
        return []
    return [(i.index, quality) for i in run if i.quality.value < quality.value]


def _goes_on(line: str, nxt: str) -> bool:
    """Whether the break between two lines falls inside a sentence."""
    if line.endswith((",", "-", "–", "—")):
        return True
    head = nxt.lstrip(_OPENING)[:1]
    return not ends_sentence(line) and head.isalpha() and head.islower()


_CODE_BLOCK_SHARE = 0.5  # a block of adjacent lines is code when at least this share of its lines read as code
_CODE_ALONE = 2  # a line standing alone needs this many marks of code (or a lead-in line ending with ":")


def code_lines(infos: list[Info]) -> list[int]:
    """Lines of the code blocks a page quotes (commands, program source, configuration): blocks of
    adjacent lines (no blank line between) of which at least half read as code (``shapes.is_code``),
    or a single line with ``_CODE_ALONE`` marks of code or right under a lead-in line ending with ":"."""
    out: list[int] = []
    prev: Info | None = None  # the last non-blank line before the current block
    for run in _adjacent(infos, lambda _: True):
        out += _code_run(run, prev)
        prev = run[-1]
    return out


def _code_run(run: list[Info], prev: Info | None) -> list[int]:
    if len(run) == 1:
        marks = _marks(run[0])
        lead_in = prev is not None and prev.text.endswith(":")
        ok = marks > 0 and shapes.is_code(run[0].text, marks) and (marks >= _CODE_ALONE or lead_in)
        return [run[0].index] if ok else []
    code = sum(1 for i in run if _coded(i))
    if not code or code < _CODE_BLOCK_SHARE * len(run):
        return []
    return [i.index for i in run if not i.meta and i.reason in _CODE_REASONS]


_CODE_REASONS = ("", "junk", "boilerplate-phrase")  # a word of a phrase may name a key ('"Comment": {')


def _marks(info: Info) -> int:
    """Marks of code of a line no hard rule took for something else (a caption, a link); prose
    paragraphs (class GOOD) are not looked at."""
    if info.quality is Quality.GOOD or info.reason not in _CODE_REASONS:
        return 0
    return shapes.code_marks(info.text)


def _coded(info: Info) -> bool:
    """A line that reads as code (``shapes.is_code``) and no hard rule took for something else."""
    marks = _marks(info)
    return marks > 0 and shapes.is_code(info.text, marks)
