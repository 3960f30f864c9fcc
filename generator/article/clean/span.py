"""Main-content span: the densest run of prose lines, cut where an end-of-article section opens."""

from __future__ import annotations

from generator.article.clean import shapes
from generator.article.clean.features import Info, Quality
from generator.knowledge.boilerplate import Phrases

_MISS = -25.0  # a line of chrome between two paragraphs costs this many characters of prose


_GAP = 20  # at most this many lines of chrome between the core and a further run of prose
_RUN_GOOD = 2  # a further run must hold this many good paragraphs
_RUN_WEIGHT = 250.0


def weight(info: Info) -> float:
    """How much a line argues for being inside the article."""
    q = info.quality
    if q is Quality.BLANK or info.meta or info.code:
        return 0.0  # a code block is neither prose nor chrome
    if q is Quality.GOOD:
        return min(float(info.chars), 800.0)
    if q is Quality.NEAR:
        return 0.5 * info.chars
    if q is Quality.SHORT:
        return _MISS * (0.5 if info.final else 1.0)
    return _MISS * 1.5


def densest(infos: list[Info]) -> tuple[int, int]:
    """Inclusive (start, end) line indexes of the maximum-weight run; (0, -1) when none."""
    best, best_span = 0.0, (0, -1)
    run, start = 0.0, 0
    for info in infos:
        w = weight(info)
        if run <= 0.0:
            if w <= 0.0:
                continue
            run, start = 0.0, info.index
        run += w
        if run > best:
            best, best_span = run, (start, info.index)
    return best_span


def trailing_promos(infos: list[Info], start: int, end: int) -> int:
    """Move the span end before paragraphs at its tail that address the reader or present the author."""
    last = end
    for j in range(end, start, -1):
        info = infos[j]
        if info.quality in (Quality.GOOD, Quality.NEAR):
            if not shapes.is_promo(info.text):
                break
            last = j - 1
    if last == end:
        return end
    good = [i for i in infos[start : end + 1] if i.quality is Quality.GOOD]
    if sum(1 for i in good if shapes.is_promo(i.text)) > 0.15 * len(good) + 2:
        return end  # the article itself talks to the reader
    return last


def extend(infos: list[Info], start: int, end: int, phrases: Phrases) -> tuple[int, int]:
    """Widen the core span with further runs of prose cut off from it by a few chrome lines."""
    while True:
        run = _next_run(infos, end + 1, 1, phrases)
        if run is None:
            break
        end = run
    while True:
        run = _next_run(infos, start - 1, -1, phrases)
        if run is None:
            break
        start = run
    return start, end


def _next_run(infos: list[Info], at: int, step: int, phrases: Phrases) -> int | None:
    gap, j = 0, at
    while 0 <= j < len(infos) and gap <= _GAP:
        info = infos[j]
        if info.quality is Quality.GOOD:
            break
        if info.text and not info.code and (_opens_footer(info.text, phrases) or (info.meta and step < 0)):
            return None
        gap += 1 if info.text and not info.code else 0
        j += step
    else:
        return None
    total, best, best_at, good = 0.0, 0.0, j, 0
    while 0 <= j < len(infos):
        info = infos[j]
        if info.text and not info.code and _opens_footer(info.text, phrases):
            break
        total += weight(info)
        good += info.quality is Quality.GOOD
        if total <= 0.0:
            break
        if total > best:
            best, best_at = total, j
        j += step
    return best_at if good >= _RUN_GOOD and best >= _RUN_WEIGHT else None


def footer_cut(infos: list[Info], start: int, end: int, phrases: Phrases) -> int:
    """Last line of the body: the span end, or the line before an end-of-article heading."""
    prose = 0
    for info in infos[start : end + 1]:
        if info.quality is Quality.GOOD:
            prose += info.chars
        elif prose >= 200 and info.text and info.nwords <= 12 and not info.code and _opens_footer(info.text, phrases):
            return info.index - 1
        elif prose >= 200 and info.reason == "footer-head":
            return info.index - 1  # a long "12 responses to <title>" heading
    return end


def body_start(infos: list[Info], start: int, end: int) -> int:
    """The first good line of the span (the standfirst or first paragraph)."""
    for info in infos[start : end + 1]:
        if info.quality is Quality.GOOD:
            return info.index
    return start


def _opens_footer(text: str, phrases: Phrases) -> bool:
    return phrases.is_footer(text) or shapes.is_footer_head(text)
