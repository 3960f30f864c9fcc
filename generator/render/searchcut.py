"""Light search records for large corpora: an article page's body is kept out of the search index.

Material's built-in search downloads one index of every page's text; at 10,000 articles of full
text that is over 60 MB, and building the index in the browser takes longer than a reader waits.
Above ``Settings.search_full_text_limit`` articles an article page's search record holds its title,
its actors' names and its themes only, what a reader of a large briefing searches for; everything
else (the metadata line, the original's link, the body) is inside ``<div data-search-exclude
markdown>``, which Material's search (and Zensical's) skips. The browser builds its index from
every record before the first result, in time proportional to the indexed words, so each word of
an article's record costs 10,000 words at 10,000 articles: the summary (15 words) and the metadata
line (source, authors, date, reading time) left the record, which makes it about a third shorter
(the README's Performance section has the measurement). Sources and months have their own pages. The text
inside is the same escaped Markdown: the ``md_in_html`` extension (mkdocs.yml) parses it, so its
links are checked and rewritten by the site build like any other. ``md_in_html`` gives no power to
article text: every ``<`` in it is a character reference (render/escape.py), so only the generator
can open such a block.
"""

from __future__ import annotations

import re

from generator.corpus.records import Article
from generator.render import escape

SEARCH_ACTORS = 10  # the first named; the page lists them all


# A heading the generator wrote (article text never starts a line with a live "#": see escape.block).
_HEADING = re.compile(r"^#{2,6} +(.+?) *$", re.M)


def excluded_block(md: str) -> str:
    """Generated Markdown inside a block that the site search does not index.

    Headings become bold lines: the search indexer makes a record of every heading with an id,
    even an excluded one, which would add empty records of each article to the index.
    """
    body = _HEADING.sub(r"**\1**", md)
    return f'<div class="briefing-text" data-search-exclude markdown>\n\n{body}\n\n</div>'


def search_card(article: Article) -> str:
    """What a light search record holds besides the title: the article's actors and themes."""
    parts = []
    if article.draft.actors:
        parts.append("**Actors:** " + escape.inline(", ".join(article.draft.actors[:SEARCH_ACTORS])))
    if article.draft.themes:
        parts.append("**Themes:** " + escape.inline(", ".join(article.draft.themes)))
    return "  \n".join(parts)
