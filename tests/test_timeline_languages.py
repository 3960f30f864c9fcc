"""Relative dates in another language's articles: its own phrases, read only in articles of that language."""

from __future__ import annotations

import datetime as dt

from generator.article.timeline.events import extract_events
from tests.actors_helpers import doc
from tests.kb import knowledge


def test_relative_dates_of_another_language_only_in_its_articles() -> None:
    vocab = knowledge().timeline
    published = dt.date(2024, 4, 10)
    fr = extract_events(doc("Hier, le conseil a voté le budget."), published, vocab.for_language("fr"))
    assert [(e.date, e.expression) for e in fr] == [(dt.date(2024, 4, 9), "Hier")]
    de = extract_events(doc("Hier wurde gestern der Haushalt beschlossen."), published, vocab.for_language("de"))
    assert [e.expression for e in de] == ["gestern"]  # German "hier" is "here"
    assert extract_events(doc("Hier, le conseil a voté le budget."), published, vocab) == ()
    assert vocab.for_language("xx") is vocab
