"""Light search records for large corpora: a page's body stays on the page, out of the search index.

Material's built-in search downloads one index of every page's text and builds a lunr index from
all of it in the browser before it shows the first result, in time proportional to the indexed
words and documents. Above ``Settings.search_full_text_limit`` articles an article page's search
record is its title alone: everything else (the metadata line, the original's link, the body) is
inside ``<div data-search-exclude markdown>``, which Material's search (and Zensical's) skips.
A reader of a large briefing finds an article by its title, and the articles of an actor, a theme,
a source or a month on that page, which search finds by its name (actor pages by their head:
names and aliases). Measured at 10,000 synthetic articles (README, Performance): an article record
of title, actors and themes kept the first result above 2 s after typing; most of the index was
actor and theme names repeated in thousands of records, and a name in every record also made the
query for it score and highlight every article. The text inside is the same escaped Markdown: the
``md_in_html`` extension (mkdocs.yml) parses it, so its links are checked and rewritten by the site
build like any other. ``md_in_html`` gives no power to article text: every ``<`` in it is a
character reference (render/escape.py), so only the generator can open such a block.
"""

from __future__ import annotations

import re

# A heading the generator wrote (article text never starts a line with a live "#": see escape.block).
_HEADING = re.compile(r"^#{2,6} +(.+?) *$", re.M)


def excluded_block(md: str) -> str:
    """Generated Markdown inside a block that the site search does not index.

    Headings become bold lines: the search indexer makes a record of every heading with an id,
    even an excluded one, which would add empty records of each article to the index.
    """
    body = _HEADING.sub(r"**\1**", md)
    return f'<div class="briefing-text" data-search-exclude markdown>\n\n{body}\n\n</div>'
