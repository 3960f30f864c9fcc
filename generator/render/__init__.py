"""Render stage: a ``Corpus`` to the text of every generated file, keyed by path under docs_src."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

from generator.corpus.prominence import common
from generator.corpus.records import Corpus
from generator.corpus.report import build_report
from generator.knowledge import Knowledge
from generator.knowledge.outlets import Outlets
from generator.knowledge.records import ActorType
from generator.render.actors import actor_pages
from generator.render.article import Titles
from generator.render.events import event_pages, outlet, short_date
from generator.render.export import EncodedRecords, briefing_pieces
from generator.render.feed import FEED_PATH, atom_feed
from generator.render.home import home_page
from generator.render.indexes import articles_pages
from generator.render.network import SVG_PATH, actor_url, network_svg, picture
from generator.render.quotes import quote_parts, quotes_pages
from generator.render.report import report_pages
from generator.render.sources import sources_pages
from generator.render.text import fmt_date
from generator.render.themes import theme_pages
from generator.render.timeline import timeline_pages
from generator.settings import Settings

# Folders the generator owns completely; hand-written pages belong elsewhere in docs_src.
# ``quotes/``, ``timeline/`` and ``report/`` hold the continuation pages of quotes.md, timeline.md
# and report.md (render.paging).
OWNED_DIRS = ("articles", "actors", "themes", "sources", "events", "quotes", "timeline", "report")


@dataclass(frozen=True)
class Pieces:
    """A generated file too large to hold as one string: made piece by piece while it is written."""

    make: Callable[[], Iterator[str]]

    def text(self) -> str:
        """The whole file as one string."""
        return "".join(self.make())


def article_titles(corpus: Corpus) -> Titles:
    """What an article page shows of another article it links to, by slug."""
    return {a.slug: (fmt_date(a.meta.date), outlet(a), short_date(a), a.meta.title) for a in corpus.articles}


def reporting_actors(corpus: Corpus, outlets: Outlets) -> frozenset[str]:
    """Actors (not people) that are known outlets: they report the news the briefing is about."""
    return frozenset(
        a.name for a in corpus.actor_index.actors if a.type is not ActorType.PERSON and outlets.lookup(a.name)
    )


def common_actors(corpus: Corpus) -> frozenset[str]:
    """The actors most articles name; an article page links them in its lead only."""
    return common(corpus.article_actors)


def corpus_page_groups(
    corpus: Corpus, settings: Settings, knowledge: Knowledge, records: EncodedRecords | None = None
) -> Iterator[Mapping[str, str | Pieces]]:
    """Every generated file that is not an article page, one family at a time (keyed by path).

    A build writes each family before the next is rendered, so memory holds one family's pages,
    never all of them. No path appears in two families.

    No page grows without bound with the corpus: long lists continue on further pages
    (``render.paging``, sizes in ``render.limits``); ``briefing.json`` is the one whole export,
    given as ``Pieces`` (its articles' records from ``records`` where unchanged: ``render.export``).
    With a light search index (``Settings.light_search``) the listing pages stay out of it and
    actor, theme, quote and timeline pages are indexed by their head only (``render.searchcut``).
    """
    light = settings.light_search(len(corpus.articles))
    keys = {a.slug: a.key for a in corpus.articles if a.key}
    yield event_pages(corpus, knowledge.incidents, knowledge.languages.day_and_month, light)
    quotes = quote_parts(corpus.actor_index)  # split once: the actor pages link to where each speaker's quotes start
    yield quotes_pages(corpus.actor_index, light, quotes)
    yield timeline_pages(corpus.timeline, light)
    yield articles_pages(corpus, light)
    yield actor_pages(corpus.actor_index, light, keys, quotes)
    del quotes
    yield theme_pages(corpus.theme_index, {a.slug: a.draft.summary for a in corpus.articles}, light, keys)
    reporters = reporting_actors(corpus, knowledge.outlets)
    pic = picture(corpus, reporters)
    yield {
        "index.md": home_page(
            corpus, settings.site_name, settings.site_description, settings.intro, pic, settings.directory_urls,
            knowledge.incidents, reporters,
        ),
        SVG_PATH: network_svg(pic, actor_url(settings.directory_urls), standalone=True),
    }
    yield sources_pages(corpus, knowledge.outlets, light)
    yield {"briefing.json": Pieces(lambda: briefing_pieces(corpus, records))}
    yield {FEED_PATH: atom_feed(corpus, settings.site_name, settings.site_url)}
    by_seed = sorted(corpus.articles, key=lambda a: a.seed)
    yield report_pages(build_report(corpus, knowledge.registry, sections=False), by_seed)


def corpus_pages(corpus: Corpus, settings: Settings, knowledge: Knowledge) -> dict[str, str]:
    """Every generated file that is not an article page, keyed by path (``corpus_page_groups`` at once)."""
    pages: dict[str, str] = {}
    for group in corpus_page_groups(corpus, settings, knowledge):
        pages.update((rel, page.text() if isinstance(page, Pieces) else page) for rel, page in group.items())
    return pages
