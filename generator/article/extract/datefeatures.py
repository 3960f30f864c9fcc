"""Features of the date candidates that may be the publication date (names in ``knowledge.metamodel``).

Each candidate is described by where it was found (markup kind, URL, kind of text line), where
its line stands (above the headline, near it, after the body), how it is written (weekday, time,
other words) and how it relates to the other candidates (the same date found elsewhere, the
latest or earliest of several). htmldate's choice for a saved page is a source of its own and
does not count as markup: it reads the same tags, so agreeing with it is weaker evidence.
The model in ``metadata_model.yml`` weighs them.
"""

from __future__ import annotations

import math
from collections import Counter

from generator.article.extract.candidates import DateCandidate, is_stated

HTMLDATE = "markup:htmldate"  # htmldate's own choice: weighed apart from what the tags state
_MARKUP_PUBLISHED = ("published_time", "datepublished", "issued", "publication_date", "publish")
_TEXT_KINDS = {
    "labelled line": "labelled",
    "byline": "byline",
    "dateline": "dateline",
    "meta line": "meta_line",
    "date line": "date_line",
    "text line": "text_line",
}


def _source(c: DateCandidate) -> str:
    if c.source in ("url", HTMLDATE):
        return c.source.removeprefix("markup:")
    if c.source.startswith("markup:json-ld"):
        return "jsonld_article" if c.source == "markup:json-ld datePublished" else "jsonld_other"
    if c.source.startswith("markup:time"):
        return "time_element"
    if c.source.startswith("markup:"):
        return "markup_published" if any(k in c.source.lower() for k in _MARKUP_PUBLISHED) else "markup_generic"
    return _TEXT_KINDS.get(c.source, "text_line")


def date_features(
    candidates: list[DateCandidate], title: int, last_body: int
) -> list[tuple[DateCandidate, dict[str, float]]]:
    """(candidate, features) for every eligible candidate; ``title``/``last_body``: line indexes (-1: none)."""
    eligible = [c for c in candidates if not c.rejected and c.date is not None]
    support = Counter(c.date for c in eligible)
    distinct = sorted(support, key=lambda d: d.toordinal() if d else 0)
    markup = [c for c in eligible if c.origin == "markup" and c.source != HTMLDATE]
    texts = [c for c in eligible if c.origin == "text"]
    stated = [c for c in eligible if is_stated(c)]
    first_text = min((c.line for c in texts), default=-1)
    out = []
    for c in eligible:
        f: dict[str, float] = {_source(c): 1.0}
        if c.origin == "text":
            if title >= 0:
                f["above_title"] = float(c.line < title)
                f["near_title"] = float(abs(c.line - title) <= 3)
                f["title_distance"] = math.log1p(abs(c.line - title)) / 3
            f["after_body"] = float(0 <= last_body < c.line)
            f["words"] = math.log1p(c.words) / 3
            f["several_dates"] = float(c.dates_on_line > 1)
            f["first_text"] = float(c.line == first_text)
            f["chrome"] = float(c.chrome)
        f["weekday"], f["timed"], f["utc_edge"] = float(c.weekday), float(c.timed), float(c.utc_edge)
        f["agree_markup"] = float(any(o.date == c.date for o in markup if o is not c))
        f["agree_text"] = float(any(o.date == c.date and o.line != c.line for o in texts if o is not c))
        stated_same = sum(o.date == c.date for o in stated if o is not c)
        f["agree_stated"] = math.log1p(stated_same)
        f["stated_other"] = float(any(o.date != c.date for o in stated))
        f["agree_htmldate"] = float(any(o.date == c.date for o in eligible if o.source == HTMLDATE and o is not c))
        f["agree_url"] = float(any(o.date == c.date for o in eligible if o.source == "url" and o is not c))
        f["markup_one_day"] = float(
            any(o.date and c.date and abs((o.date - c.date).days) == 1 for o in markup if o is not c)
        )
        f["support"] = math.log1p(support[c.date])
        if len(distinct) > 1:
            f["latest"] = float(c.date == distinct[-1])
            f["earliest"] = float(c.date == distinct[0])
        f["distinct"] = math.log(max(1, len(distinct)))
        f["has_markup"] = float(bool(markup))
        f["only_date"] = float(len(distinct) == 1)
        f["no_text"] = float(not texts)
        out.append((c, {k: v for k, v in f.items() if v}))
    return out
