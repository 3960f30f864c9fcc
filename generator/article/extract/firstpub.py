"""A note that the article first appeared earlier ("originally published in April 2017"): later dates are updates.

A page republished after an update often shows only the update's date by its headline, and says in
a short note where the article first appeared ("Cet article, initialement publié en avril 2017, a
fait l'objet d'une mise à jour"). A date after the period such a note states is vetoed: the date
model still sees it (its features do not change), but it is never chosen, so the page's date is
the first one or unknown rather than the update's. The note must be a short line (at most
``NOTE_WORDS`` words) with its label near its start and the date, month or year just after it;
labels per language are ``first_published`` in ``languages.yml``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import replace

from generator.article.extract.candidates import DateCandidate
from generator.article.extract.dates import find_dates, make_date, month_of
from generator.article.extract.zone import View, word_count
from generator.knowledge.languages import Languages

NOTE_WORDS = 24  # a longer line is a sentence of the article, not a note about it
LEAD_WORDS = 4  # words before the label ("Dieser Beitrag erschien ursprünglich", "This article was")
REACH = 40  # characters between the label and the date it states
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def first_published(view: View, languages: Languages) -> dt.date | None:
    """The last day of the earliest period a "first published" note states, or None when none does."""
    found: list[dt.date] = []
    for line in view.usable:
        text = line.text
        if word_count(text) > NOTE_WORDS:
            continue
        m = languages.first_published.search(text)
        if m is None or len(text[: m.start()].split()) > LEAD_WORDS:
            continue
        end = _period_end(text[m.end() : m.end() + REACH], languages)
        if end is not None:
            found.append(end)
    return min(found, default=None)


def _period_end(after: str, languages: Languages) -> dt.date | None:
    hits = find_dates(after, languages)
    if hits:
        return hits[0].date
    month = re.search(rf"(?<![^\W\d_])(?P<m>{languages.months})\.?\s+(?P<y>(?:19|20)\d\d)(?!\d)", after, re.I)
    if month is not None:
        number = month_of(month.group("m"), languages)
        year = int(month.group("y"))
        return make_date(year, number, calendar.monthrange(year, number)[1]) if number else None
    year_only = _YEAR.search(after)
    return make_date(int(year_only.group(0)), 12, 31) if year_only else None


def veto_updates(candidates: list[DateCandidate], view: View, languages: Languages) -> list[DateCandidate]:
    """``candidates`` with those dated after a "first published" note's period vetoed."""
    bound = first_published(view, languages)
    if bound is None:
        return candidates
    why = f"after the date the page says it first appeared ({bound.isoformat()} or before): an update"
    return [
        replace(c, veto=why) if c.date is not None and c.date > bound and not c.rejected and not c.veto else c
        for c in candidates
    ]
