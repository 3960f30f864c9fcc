"""Per-article stage of the timeline: the dated events told in an article's own sentences.

Only body blocks are read (paragraphs, quotes, lists, headings): never reference lists, whose
dates are those of the cited pages, nor tables; META and EMBED lines are not in blocks at all.
Sentences come from ``generator.article.items.sentence_spans``, further cut after citation markers
("...first.[2] The US..."), which that splitter does not treat as a sentence end.

Anchor: the publication date when known. Without one, the latest full date (with a year) written
in the body is used as an *inferred* anchor, for days and months without a year only: an article
that reports "February 21, 2024" as its latest news was written on or after it. Weekdays and
relative phrases ("last month") are never resolved against an inferred anchor.

Only what happened on its date is an event (``happened``), for the timeline is a record of what
happened, not of what was announced:
- a sentence about the text itself ("this article", "the question above") is none;
- a date the sentence puts in the future or under a hypothetical is left out: a future ("will",
  "scheduled") or hypothetical ("would", "could") marker of the data file is in the sentence and
  no past marker is nearer to the date ("X on February 8 said Y will ..." stays in the past; a
  participle after "be", as in "will be held", is not a past marker), or the expression points
  forward ("tomorrow", "next Friday", "next month"), or a full date lies after the publication date;
- so is a date that belongs to something the sentence mentions in passing: after an opener such as
  "following", "after" or "since" in the same clause ("met on 5 March, after the strike on 3
  March"; "comments follow the strike … on 3 March"), or between a determiner and a noun ("the 3
  March strike", "Monday's vote") anywhere but at the sentence's start.
The words are in ``timeline.yml``.

One event per sentence and date: a repeated date is kept once, and a month or year is dropped when
the same sentence also gives a day inside it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from generator.article.items import sentence_spans
from generator.article.records import Cleaned
from generator.article.timeline.expressions import Expression, find_expressions
from generator.article.timeline.records import PRECISION_RANK, Event, Location
from generator.article.timeline.resolve import GRACE, Resolved, plus_days, resolve
from generator.knowledge.timeline import Local, Vocabulary

YEARLESS = frozenset({"month_day", "month", "weekday"})  # kinds whose year or week the tense decides
BODY_KINDS = frozenset({"paragraph", "quote", "list", "heading"})
MAX_SENTENCE = 400
# A sentence naming more dates than this is a list or a run of markup, not an account of events;
# its first ones are kept. Tense and "one per date" compare a sentence's dates with each other.
MAX_DATES_PER_SENTENCE = 16
_CITATION = re.compile(r"\s*\[\d{1,3}\](?:\s*,\s*\[\d{1,3}\])*")
_SPACE = re.compile(r"\s+")
# "will be held", "is to be announced": a participle after "be" is no past tense.
_PASSIVE = re.compile(r"(?<!\w)(?:be|been|being)\s+$", re.I)
# "would have arrived", "will have left": the participle after a marker and "have" is not past.
_PERFECT = re.compile(r"\s+(?:have\s+)?(?:been\s+)?")
_PERFECT_GAP = 12
_CLAUSE_END = re.compile(r"[,;:()—–]|\s-\s")
_NOUN_NEXT = re.compile(r"\s+[^\W\d_]")  # the date is followed by a word: "the 3 March strike"
_POSSESSIVE = re.compile(r"['’]s$")
_CLAUSE_BREAK = re.compile(r"[:;]")
_ORDINAL_END = re.compile(r"(?<![\w.])\d{1,2}\.\s*$")  # a sentence cut after a German ordinal day

Found = tuple[Location, str, list[Expression]]  # sentence location, its raw text, its expressions


def _joined(text: str, local: Local | None) -> list[tuple[int, int]]:
    """The sentence spans, "am 15. April" kept in one sentence in another language (the splitter cuts at "15.")."""
    spans = list(sentence_spans(text))
    if local is None:
        return spans
    out: list[tuple[int, int]] = []
    for start, end in spans:
        cut = _ORDINAL_END.search(text, out[-1][0], out[-1][1]) if out else None
        if cut and local.day_month.match(text, cut.start()):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def sentences(text: str, local: Local | None = None) -> Iterator[tuple[int, int]]:
    """Char spans of the sentences of ``text``, leading whitespace excluded, empty ones skipped."""
    for start, end in _joined(text, local):
        start += len(text[start:end]) - len(text[start:end].lstrip())
        if start < end:
            yield start, end


def display(sentence: str) -> str:
    """The sentence as shown: citation markers removed, one line, at most MAX_SENTENCE chars."""
    text = _SPACE.sub(" ", _CITATION.sub("", sentence)).strip()
    if len(text) <= MAX_SENTENCE:
        return text
    cut = text[: MAX_SENTENCE - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > MAX_SENTENCE // 2 else cut).rstrip(" ,;:") + "…"


def is_future(sentence: str, expr: Expression, vocab: Vocabulary) -> bool:
    """Whether the sentence speaks of the future or of a hypothetical at ``expr`` (the nearest tense marker decides)."""

    def outside(span: tuple[int, int]) -> bool:
        return span[1] <= expr.start or span[0] >= expr.end

    markers = (vocab.future, vocab.hypothetical)
    futures = [m.span() for pattern in markers for m in pattern.finditer(sentence) if outside(m.span())]
    if not futures:
        return False
    pasts = [
        m.span()
        for m in vocab.past.finditer(sentence)
        if outside(m.span())
        and not any(f[0] <= m.start() < f[1] for f in futures)
        and not _PASSIVE.search(sentence, max(0, m.start() - 8), m.start())
        and not any(0 <= m.start() - f[1] <= _PERFECT_GAP and _PERFECT.fullmatch(sentence, f[1], m.start())
                    for f in futures)
    ]
    if not pasts:
        return True

    def distance(span: tuple[int, int]) -> int:
        return max(span[0] - expr.end, expr.start - span[1], 0)

    return min(map(distance, futures)) < min(map(distance, pasts))


def _in_passing(sentence: str, expr: Expression, vocab: Vocabulary) -> bool:
    """Whether the date dates something the sentence mentions in passing (see the module docstring)."""
    before = sentence[: expr.start]
    clause = _CLAUSE_END.split(before)[-1]
    if vocab.passing.search(clause):
        return True
    if vocab.local is not None:
        return False  # "the 3 March strike" is English word order; Portuguese "a 3 de abril" is "on 3 April"
    words_before = before.split()
    determiner = bool(words_before) and bool(vocab.determiners.fullmatch(words_before[-1]))
    attributive = (determiner and bool(_NOUN_NEXT.match(sentence, expr.end))) or bool(
        _POSSESSIVE.search(expr.text) and _NOUN_NEXT.match(sentence, expr.end)
    )
    opens = len(words_before) <= (2 if determiner else 1)  # "The 3 March strike killed …", "But the …"
    return attributive and not opens


def told_in_past(sentence: str, expr: Expression, local: Local) -> bool:
    """Whether another language's sentence puts ``expr`` in the past (see ``yearless_by_language`` in timeline.yml).

    A past marker must stand in the date's clause (no subordinator between them) and be nearer to the date
    than any future or conditional marker; without one the tense is unclear and the date stays out.
    """

    def outside(span: tuple[int, int]) -> bool:
        return span[1] <= expr.start or span[0] >= expr.end

    def distance(span: tuple[int, int]) -> int:
        return max(span[0] - expr.end, expr.start - span[1], 0)

    excluded = [m.span() for m in local.not_past.finditer(sentence)]
    excluded += [m.span() for m in local.reporting.finditer(sentence, expr.end)]  # ", ha detto la preside"
    subordinators = [m.start() for m in local.subordinators.finditer(sentence)]
    subordinators += [m.start() for m in _CLAUSE_BREAK.finditer(sentence)]

    def same_clause(span: tuple[int, int]) -> bool:
        low, high = (span[1], expr.start) if span[1] <= expr.start else (expr.end, span[0])
        return not any(low <= s < high for s in subordinators)

    pasts = [
        m.span()
        for m in local.past.finditer(sentence)
        if outside(m.span())
        and not any(a <= m.start() < b for a, b in excluded)
        and same_clause(m.span())
    ]
    if not pasts:
        return False
    futures = [m.span() for m in local.future.finditer(sentence) if outside(m.span())]
    return not futures or min(map(distance, pasts)) < min(map(distance, futures))


def happened(sentence: str, expr: Expression, vocab: Vocabulary) -> bool:
    """Whether the sentence tells that something happened on the date of ``expr``."""
    if expr.shift > 0 or vocab.self_reference.search(sentence) or _in_passing(sentence, expr, vocab):
        return False
    if vocab.local and vocab.local.passing.search(_CLAUSE_END.split(sentence[: expr.start])[-1]):
        return False
    if vocab.local and expr.kind in YEARLESS and not told_in_past(sentence, expr, vocab.local):
        return False
    return not is_future(sentence, expr, vocab)


def _scan(cleaned: Cleaned, vocab: Vocabulary, skipped: frozenset[int] = frozenset()) -> list[Found]:
    """Every body sentence that holds a date expression, with offsets relative to the sentence."""
    found: list[Found] = []
    for b, block in enumerate(cleaned.blocks):
        if block.kind not in BODY_KINDS or b in skipped:
            continue
        for i, text in enumerate(block.items):
            for start, end in sentences(text, vocab.local):
                sentence = text[start:end]
                exprs = find_expressions(sentence, vocab)[:MAX_DATES_PER_SENTENCE]
                if exprs:
                    found.append((Location(b, i, start), sentence, exprs))
    return found


def body_anchor(found: list[Found]) -> dt.date | None:
    """The latest full date (with a year) written in the body, if any."""
    dates = [resolve(e, None, None) for _, _, exprs in found for e in exprs if e.kind == "date"]
    return max((r[0] for r in dates if r), default=None)


def _updated(found: list[Found], published: dt.date | None, vocab: Vocabulary) -> bool:
    """Whether the body tells of a full date after the publication date (and its grace): the text was updated.

    Dates a sentence puts in the future or mentions in passing ("interdit après le 20 mai 2020") do not count.
    """
    limit = plus_days(published, GRACE) if published else None
    if limit is None:
        return False
    for _, sentence, exprs in found:
        for e in exprs:
            told = resolve(e, None, None) if e.kind == "date" else None
            if told and told[0] > limit and happened(sentence, e, vocab):
                return True
    return False


def _keep(results: list[tuple[Resolved, Expression]]) -> list[tuple[Resolved, Expression]]:
    """One result per date in a sentence; a month or year dropped when a day of it is there too."""
    kept: list[tuple[Resolved, Expression]] = []
    for res, expr in results:
        date, precision = res[0], res[1]
        if any(k[0][0] == date and k[0][1] == precision for k in kept):
            continue
        finer = [k[0] for k in results if PRECISION_RANK[k[0][1]] > PRECISION_RANK[precision]]
        if any(f[0].year == date.year and (precision == "year" or f[0].month == date.month) for f in finer):
            continue
        kept.append((res, expr))
    return kept


def _later(resolved: Resolved, published: dt.date | None) -> bool:
    """Whether a date written with its year lies after the publication date (it had not happened yet)."""
    date, precision, basis = resolved
    if published is None or basis != "explicit":
        return False
    if precision == "day":
        return date > published
    return (date.year, date.month if precision == "month" else 0) > (
        published.year,
        published.month if precision == "month" else 0,
    )


def extract_events(
    cleaned: Cleaned, published: dt.date | None, vocab: Vocabulary, skipped: frozenset[int] = frozenset()
) -> tuple[Event, ...]:
    """The dated events of one article, in reading order, with anchors "ev-1", "ev-2", ...

    ``skipped``: indexes of blocks that are no event's sentence (the opening byline and date lines).
    """
    found = _scan(cleaned, vocab, skipped)
    inferred = None if published else body_anchor(found)
    stale = _updated(found, published, vocab) if vocab.local else False
    events: list[Event] = []
    for location, sentence, exprs in found:
        results = [
            (resolve(e, published, inferred), e)
            for e in exprs
            if happened(sentence, e, vocab) and not (stale and e.kind in YEARLESS)
        ]
        for (date, precision, basis), expr in _keep([(r, e) for r, e in results if r and not _later(r, published)]):
            anchor = f"ev-{len(events) + 1}"
            events.append(Event(date, precision, display(sentence), expr.text, location, anchor, basis))
    return tuple(events)
