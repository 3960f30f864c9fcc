"""Render stage: a ``Corpus`` to the text of every generated file, keyed by path under docs_src."""

from __future__ import annotations

from generator.records import Corpus
from generator.render.article import article_page
from generator.render.export import briefing_json
from generator.render.indexes import articles_index, home_page

# Folders the generator owns completely; hand-written pages belong elsewhere in docs_src.
OWNED_DIRS = ("articles",)


def render_site(corpus: Corpus, site_name: str) -> dict[str, str]:
    """Every generated file: relative POSIX path -> content."""
    pages = {f"articles/{a.slug}.md": article_page(a) for a in corpus.articles}
    pages["articles/index.md"] = articles_index(corpus)
    pages["index.md"] = home_page(corpus, site_name)
    pages["briefing.json"] = briefing_json(corpus)
    return dict(sorted(pages.items()))
