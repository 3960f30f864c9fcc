"""Lists of articles show a one-line summary; the actors list says who each actor is, in one line."""

from __future__ import annotations

from generator.corpus.records import ThemeArticle, ThemeSummary
from generator.render import limits
from generator.render.actors import actor_pages
from generator.render.indexes import articles_pages
from generator.render.listing import article_item
from generator.render.sources import sources_pages
from generator.render.themes import themepage
from tests.kb import knowledge
from tests.reader_kit import PERSON, corpus, draft

LONG = "The dockers walked out at dawn after the talks broke down, and the terminal stood still. " * 5


def _corpus():  # type: ignore[no-untyped-def]
    return corpus(
        [
            draft("a", "Dockers walk out", summary=LONG, actors=[("Ana Big", PERSON)]),
            draft("b", "Talks resume", summary="1. Talks resumed <b>today</b>.", source=None),
        ]
    )


def test_an_article_item_has_one_bounded_escaped_summary_line() -> None:
    c = _corpus()
    first, second = (article_item(a, "articles/") for a in c.articles)
    head, summary = first.split("  \n  ")
    assert head == "- [Dockers walk out](articles/dockers-walk-out.md) · Harbour Times · 10 March 2025"
    assert "\n" not in summary and len(summary) <= limits.SUMMARY_ON_LIST and summary.endswith("…")
    assert second.endswith("  \n  1&#46; Talks resumed &lt;b&gt;today&lt;/b&gt;.")  # no list, no tag
    assert "· unidentified outlet ·" in second


def test_every_list_of_articles_carries_the_summaries() -> None:
    c = _corpus()
    summary_start = "The dockers walked out at dawn"
    assert summary_start in articles_pages(c)["articles/index.md"]
    assert summary_start in sources_pages(c, knowledge().outlets)["sources/index.md"]
    listed = tuple(ThemeArticle(a.slug, a.meta.title, a.meta.date, 9.0, "strike ×3") for a in c.articles)
    theme = ThemeSummary("Port labour", "port-labour", "Strikes and talks.", listed, ())
    page = themepage(theme, {a.slug: a.draft.summary for a in c.articles})["themes/port-labour.md"]
    assert summary_start in page and "strike ×3" not in page  # the evidence is on the article page


def test_the_actors_list_says_who_each_actor_is() -> None:
    c = corpus([draft("a", "Report", actors=[("Iraq", PERSON)])])  # a registry actor with a description
    index = actor_pages(c.actor_index)["actors/index.md"]
    row = next(line for line in index.splitlines() if line.startswith("- [Iraq]"))
    description = c.actor_index.by_name()["Iraq"].description
    assert description and f" — {description[:30]}" in row
