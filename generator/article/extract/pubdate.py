"""Choose an article's publication date among its candidates, or say it is unknown.

Candidates come from the text's metadata lines (``datecands``) and, for a saved page, from its
markup and URL (``pagedates``); each rule that makes a date never the publication date rejects
it there, with its reason. The eligible ones are scored by the fitted model
(``Knowledge.model.date``, features in ``datefeatures``): the date whose best candidate scores
highest is chosen when that score reaches the model's threshold, which the fitting script sets so
that wrong dates stay rare on sites it did not see; below it the date is unknown. A stated
publication date (a labelled line, a publication meta tag or JSON-LD ``datePublished``) comes
before any unlabelled one: an unlabelled date never overrides what the page says is its
publication date (on the train split this gave fewer wrong dates for a few more unknown ones).
A stated date that no other eligible candidate contradicts is taken without the model: the page
says it, and nothing on the page says otherwise. So is a date that a publication tag states and
a line of the text or the URL shows again, when nothing the page calls its publication date
contradicts it, no later update is stated, and the model scores it above every other day
(``corroborated``; train saved pages: exact 0.752 -> 0.782, wrong dates 24 -> 24). And so is a
stated date the model leans to when every other day on the page is unstated and scores under
``DISMISSED`` (``ruled_out``: a labelled "Posted on <date>" under the headline beside a reader
comment's "<date> at 3:10 pm").

Basis: ``inferred`` when the only support is the URL's path (with htmldate's choice of the same day,
which may come from that path, when no line of the text shows that day), ``explicit`` otherwise (the page
states it: a meta tag, a labelled line, a byline, a date line by the headline).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from generator.article.extract.candidates import MAX_REJECTED, UPDATE_STAMP, DateCandidate, is_stated, stated_source
from generator.article.extract.datecands import HEADER_DATE
from generator.article.extract.datefeatures import HTMLDATE, date_features
from generator.article.records import Basis
from generator.knowledge.metamodel import Scorer

# A stated date the model leans to (a score of ``LEANS`` or more) whose rival days all score under
# ``DISMISSED`` needs no threshold (train pages where the best date was stated but under the threshold
# and every other day unstated: rivals under 0.1 on 10, all the gold's day, scored 0.68-0.84; under 0.2
# on 14, 2 another day).
DISMISSED = 0.1
LEANS = 0.5


@dataclass(frozen=True)
class DateChoice:
    """The chosen date (None when unknown), its basis and evidence, and the candidates turned down."""

    date: dt.date | None
    basis: Basis
    evidence: str
    rejected: tuple[str, ...]
    source: str = ""
    line: int = -1  # the usable line a text candidate of the chosen date stands on (-1: markup or URL only)
    likely_line: int = -1  # that line, else the line of the text's best-scoring candidate, even one not sure enough


def choose_date(candidates: list[DateCandidate], title: int, last_body: int, scorer: Scorer) -> DateChoice:
    """The publication date among ``candidates`` (see the module docstring)."""
    scored = sorted(
        ((scorer.probability(f), c) for c, f in date_features(candidates, title, last_body)),
        key=lambda pc: (not is_stated(pc[1]), -pc[0], pc[1].line, pc[1].source),
    )
    rejected = [c.describe() for c in candidates if c.rejected or c.veto]
    scored = [(p, c) for p, c in scored if not c.veto]
    uncontested = len({c.date for _, c in scored}) == 1 and is_stated(scored[0][1]) if scored else False
    likely = next((c.line for _, c in scored if c.origin == "text" and c.line >= 0), -1)
    taken = "uncontested" if uncontested else ""
    if scored and scored[0][0] < scorer.threshold and not taken and (day := corroborated(scored, candidates)):
        scored = [pc for pc in scored if pc[1].date == day] + [pc for pc in scored if pc[1].date != day]
        taken = "stated and shown"
    if scored and scored[0][0] < scorer.threshold and not taken and ruled_out(scored):
        taken = "stated, every other day ruled out"
    if not scored or (scored[0][0] < scorer.threshold and not taken):
        notes = [f"{c.describe()} — not sure enough (score {p:.2f})" for p, c in scored]
        return DateChoice(None, Basis.UNKNOWN, "", _cap(notes + rejected), likely_line=likely)
    best_p, best = scored[0]
    support = [c for _, c in scored if c.date == best.date]
    # htmldate reads the page's address too: beside the URL alone, its choice states nothing more,
    # unless a line of the text shows that day (one a rule turned down: the page still states it)
    shown = any(c.origin == "text" and c.date == best.date for c in candidates)
    url_only = all(c.source in ("url", HTMLDATE) for c in support) and not (
        shown and any(c.source == HTMLDATE for c in support)
    )
    basis = Basis.INFERRED if url_only else Basis.EXPLICIT
    others = [f"{c.describe()} — scored lower ({p:.2f})" for p, c in scored if c.date != best.date]
    how = f"{best.source}, {taken}" if taken and best_p < scorer.threshold else f"{best.source}, score {best_p:.2f}"
    line = next((c.line for c in support if c.origin == "text" and c.line >= 0), -1)
    return DateChoice(
        best.date, basis, best.evidence, _cap(others + rejected), how, line, line if line >= 0 else likely
    )


def ruled_out(scored: list[tuple[float, DateCandidate]]) -> bool:
    """Whether the best of ``scored`` is stated and scores ``LEANS`` or more, every other day under ``DISMISSED``.

    A rival day that is stated too (a second "Posted on", another publication tag) is never ruled out.
    """
    score, best = scored[0]
    rivals = [(p, c) for p, c in scored if c.date != best.date]
    return is_stated(best) and score >= LEANS and all(p < DISMISSED and not is_stated(c) for p, c in rivals)


# Markup that dates the page without calling the date its publication (a bare ``date`` meta tag, a
# ``<time>`` marked as the post's, the JSON-LD ``WebPage``'s datePublished): it counts beside the
# publication tags in ``corroborated``, which asks the text or the URL to show the same day.
DATING_TAGS = frozenset(
    {
        "markup:json-ld WebPage datePublished",
        "markup:meta date",
        "markup:meta dc.date",
        "markup:meta dcterms.date",
        "markup:time element",
    }
)


def corroborated(scored: list[tuple[float, DateCandidate]], candidates: list[DateCandidate]) -> dt.date | None:
    """The day the page's date tags state and its text or URL shows again, when no stated date contradicts it.

    The tags: a publication meta tag or JSON-LD ``datePublished`` (``stated_source``) and the markup
    that dates the page (``DATING_TAGS``). They name one day, or, when they name several, a line of
    the text shows exactly one of them (the day the reader sees settles which tag is right); every
    labelled line and publication tag names one of the tags' days. Shown again: a line of the text
    (also the date line above the headline that ``HEADER_DATE`` turns down, a site's "today" date
    on other pages: here the tags say it is the article's) or the URL's path. The other dates (a
    reader comment's, a teaser's) are not labelled as the publication date; the model must still
    score the day above each of them (a date line under the headline that the model likes better,
    another day than the tag's, leaves the date unknown). A page that states an update on a later
    day is left to the model: which of its two days is the article's date is a reading of the page,
    not a fact it states once. None when any of this fails.
    """
    stated = {c.date for _, c in scored if is_stated(c)}
    tags = {c.date for _, c in scored if stated_source(c.source) or c.source in DATING_TAGS}
    read = {c.date for _, c in scored if c.origin == "text" and c.date in tags}
    if not stated <= tags or not (len(tags) == 1 or len(read) == 1):
        return None
    day = next(iter(tags if len(tags) == 1 else read))
    if day is None:
        return None
    shown = any(c.origin in ("text", "url") and c.date == day for _, c in scored) or any(
        c.rejected == HEADER_DATE and c.date == day for c in candidates
    )
    later = any(c.rejected == UPDATE_STAMP and c.date is not None and c.date > day for c in candidates)
    ahead = max(p for p, c in scored if c.date == day) > max((p for p, c in scored if c.date != day), default=0.0)
    return day if shown and ahead and not later else None


def _cap(notes: list[str]) -> tuple[str, ...]:
    unique = list(dict.fromkeys(notes))
    return tuple(unique[:MAX_REJECTED]) + (
        (f"… and {len(unique) - MAX_REJECTED} more",) if len(unique) > MAX_REJECTED else ()
    )
