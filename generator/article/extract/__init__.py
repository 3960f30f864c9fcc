"""Metadata extraction: title, source, authors, date and language of a cleaned article.

``extract_metadata`` is a pure, deterministic function of its input (and of the build day, which
bounds plausible dates). Each field is chosen among candidates that keep their evidence; the
ones turned down are kept for the build report. The same extractors read a text copy, a
Markdown note and a saved page: for a saved page they read the page's visible text lines
(``HtmlArticle.page``) and its markup. The rules are in each module's docstring: dates in
``datecands``, ``pagedates`` and ``pubdate``, the source in ``source``, authors in ``authors``,
title in ``title``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from generator.article.extract.authors import Judge, scan_bylines
from generator.article.extract.candidates import DateCandidate
from generator.article.extract.datecands import (
    SHORT_LINE,
    anchors,
    headline_lines,
    lone_after_date,
    lone_header_date,
    text_date_candidates,
    url_date_candidates,
)
from generator.article.extract.dates import find_dates
from generator.article.extract.firstpub import veto_updates
from generator.article.extract.language import body_text, detect_language
from generator.article.extract.pagedates import markup_date_candidates, veto_htmldate_alone, veto_utc_alone
from generator.article.extract.people import choose_authors, marked_candidates, markup_candidates
from generator.article.extract.pubdate import DateChoice, choose_date
from generator.article.extract.source import Context, pick_source
from generator.article.extract.title import pick_title
from generator.article.extract.zone import View, make_view, word_count
from generator.article.html import HtmlArticle
from generator.article.records import Basis, Cleaned, Evidence, Metadata
from generator.knowledge import Knowledge
from generator.knowledge.languages import Languages
from generator.read.urls import host_of

__all__ = ["DateInputs", "date_inputs", "extract_metadata"]
_WORDS = re.compile(r"[^\W\d_]{4,}")
LIKELY_REACH = 25  # lines below the headline
BYLINE_WORDS = 8  # a paragraph of at most this many words with a date may be a byline the cleaner kept


@dataclass(frozen=True)
class DateInputs:
    """What the date is chosen from: every candidate, and the headline's and last paragraph's line indexes."""

    candidates: list[DateCandidate]
    title_line: int
    last_body: int


def date_inputs(
    view: View,
    knowledge: Knowledge,
    title: str,
    page: HtmlArticle | None,
    url: str | None,
    today: dt.date,
    language: str = "",
) -> DateInputs:
    """The date candidates of an article (text lines, markup, URL) and the anchors their features need.

    ``language``: the body's language; 03/04/2024 is read day first only where that language's
    ``numeric_order`` says so (``languages.yml``: Spanish and Portuguese train pages wrote such dates
    day first 8 times and never month first; German ones did both), else it stays unread.
    """
    languages = knowledge.languages
    candidates = text_date_candidates(view, languages, today, languages.day_first(language), title)
    address = url or (page.meta.url if page else None)
    if page:
        candidates = markup_date_candidates(page.meta.dates, address, languages, today) + candidates
    elif address:
        candidates = url_date_candidates(address, today) + candidates
    title_line, last_body = anchors(view, title)
    candidates = lone_after_date(lone_header_date(candidates), last_body)
    vetoed = veto_htmldate_alone(veto_utc_alone(veto_updates(candidates, view, languages)))
    return DateInputs(vetoed, title_line, last_body)


def metadata_view(cleaned: Cleaned, page: HtmlArticle | None, knowledge: Knowledge, title: str) -> tuple[View, str]:
    """The lines dates, bylines and source are read from, and the headline they are anchored on.

    A text copy that a fitted cleaner model changed is read in the rules' lines and headline
    (``Cleaned.rules``): the dates and bylines sit around the line the rules found, and chrome the
    model kept as body would move the header zone. ``title``: the title picked from ``cleaned``.
    """
    if page:
        return make_view(page.page), title
    if cleaned.rules is None:
        return make_view(cleaned), title
    ruled = cleaned.rules
    return make_view(ruled), pick_title(ruled.title, ruled.blocks, knowledge.languages, False)[0]


def _site_names(page: HtmlArticle | None, knowledge: Knowledge) -> frozenset[str]:
    """The names a saved page gives its own site (never an author's name)."""
    if page is None:
        return frozenset()
    host = (host_of(page.meta.url) or "") if page.meta.url else ""
    host = host.removeprefix("www.")
    names = {page.meta.sitename, page.meta.publisher, host, host.split(".")[0]}
    return frozenset(re.sub(r"\W+", "", n.casefold()) for n in names if n)


def _dateline(found: DateChoice, title: int, view: View | None = None) -> int:
    """The line a byline is looked for beside: the chosen date's, else the likeliest date's below the headline.

    A date the model was not sure enough of still marks the byline when it stands at most
    ``LIKELY_REACH`` lines below the headline; further down it is a teaser's, a video's or a
    comment's (train text copies whose gold author is a person: three names more, recall 0.590 -> 0.599).
    A long line is none: a blog's closing sentence that states the date ("This entry was posted on
    ...") stands among the post's footer links, not beside its byline.
    """
    line = found.line if found.line >= 0 else found.likely_line
    if view is not None and line >= 0 and word_count(view.usable[line].text) > SHORT_LINE:
        return -1
    if found.line >= 0:
        return found.line
    return found.likely_line if title >= 0 and 0 <= found.likely_line - title <= LIKELY_REACH else -1


def _body_words(text: str, languages: Languages) -> frozenset[str]:
    """The lower-case words of the body's paragraphs, but for a short one with a date: a byline the cleaner kept.

    A name whose words recur in the article's text is a heading's, not a byline's; the byline
    itself, taken for a paragraph ("Jane Doe, 8.2.2024"), must not count as that text.
    """
    kept = (p for p in text.split("\n") if len(p.split()) > BYLINE_WORDS or not find_dates(p, languages))
    return frozenset(w.lower() for para in kept for w in _WORDS.findall(para))


def extract_metadata(
    cleaned: Cleaned,
    knowledge: Knowledge,
    page: HtmlArticle | None = None,
    url: str | None = None,
    today: dt.date | None = None,
) -> Metadata:
    """The metadata of ``cleaned``, each field with the evidence it was found from.

    ``page``: the saved page it came from, if any; ``url``: the article's address when the owner
    gave it; ``today``: the build day (dates after it are implausible).
    """
    today = today or dt.date.today()
    title, title_basis, title_text, title_rejected, title_how = pick_title(
        cleaned.title,
        cleaned.blocks,
        knowledge.languages,
        page is not None,
        cleaned.title_confidence,
        knowledge.cleaner.title_bar,
    )
    view, anchor = metadata_view(cleaned, page, knowledge, title)
    language, language_text = detect_language(body_text(cleaned.blocks))
    dates = date_inputs(view, knowledge, anchor, page, url, today, language)
    found_date = choose_date(dates.candidates, dates.title_line, dates.last_body, knowledge.model.date)
    text = body_text(cleaned.blocks)
    body = _body_words(text, knowledge.languages)
    places = knowledge.registry.place_names
    # A name the text writes whole may be a text copy's byline (``Judge.named_in_body``); on saved pages, whose
    # markup names the author, such name lines gave three wrong names and no right one (train).
    whole = text if page is None else ""
    judge = Judge(
        knowledge.languages, knowledge.outlets, _site_names(page, knowledge), body, places, whole, language=language
    )
    # A text copy's headline may stand elsewhere than its anchor. A saved page's anchor is its markup's
    # headline: there, these lines gave one name and five wrong ones on the train pages (categories,
    # sections, teasers on name lines), so only a byline word's or label's name is read there, and
    # only when the markup names no person.
    markup = markup_candidates(page.meta, judge) if page else []
    stated = any(not c.rejected for c in markup)
    headlines = () if stated else tuple(i for i in headline_lines(view, title) if i != dates.title_line)
    dateline = _dateline(found_date, dates.title_line, view)
    bylines = scan_bylines(view, judge, dates.title_line, dateline, headlines, stated_only=page is not None)
    context = Context(knowledge.outlets, knowledge.languages, knowledge.registry)
    source = pick_source(view, bylines, context, anchor, dates.title_line, page.meta if page else None)
    marked = marked_candidates(page.meta, judge) if page else []
    people = choose_authors(bylines, markup, marked)

    source_ev = Evidence(source.basis, source.evidence, source.rejected, source.source)
    date_ev = Evidence(found_date.basis, found_date.evidence, found_date.rejected, found_date.source)
    authors_ev = Evidence(people.basis, people.evidence, people.rejected, people.source)
    language_basis = Basis.UNKNOWN if language == "und" else Basis.INFERRED
    return Metadata(
        title=title,
        source=source.name,
        authors=people.names,
        date=found_date.date,
        date_basis=date_ev.basis,
        language=language,
        evidence=(
            ("title", Evidence(title_basis, title_text, title_rejected, title_how)),
            ("source", source_ev),
            ("authors", authors_ev),
            ("date", date_ev),
            ("language", Evidence(language_basis, language_text)),
        ),
    )
