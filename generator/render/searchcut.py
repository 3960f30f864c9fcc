"""Light search records for large corpora: an article page's body is kept out of the search index.

Material's built-in search downloads one index of every page's text; at 10,000 articles of full
text that is over 60 MB, and building the index in the browser takes longer than a reader waits.
Above ``Settings.search_full_text_limit`` articles an article page puts its title, metadata line,
a short summary and its actors and themes first (these are indexed), and everything else inside
``<div data-search-exclude>``, which Material's search skips. The text inside is the same escaped
Markdown, converted to HTML here with the same Python-Markdown the site build uses, because a raw
HTML block is not parsed as Markdown by MkDocs (no md_in_html: see mkdocs.yml). Links inside it are
therefore written as the URLs MkDocs would make (``use_directory_urls: true``).
"""

from __future__ import annotations

import posixpath
import re

import markdown  # type: ignore[import-untyped]  # no type stubs in the locked set

from generator.records import Article
from generator.render import escape

SEARCH_SUMMARY_WORDS = 15
SEARCH_ACTORS = 10  # the first named; the page lists them all
_HREF = re.compile(r'href="([^"#:]*\.md)(#[^"]*)?"')


def _url(page: str, target: str) -> str:
    """The directory URL of ``target`` (a link in ``page``'s Markdown) relative to ``page``'s URL."""
    resolved = posixpath.normpath(posixpath.join(posixpath.dirname(page), target))
    stem = resolved[: -len(".md")]
    dest = stem[: -len("index")] if stem == "index" or stem.endswith("/index") else stem + "/"
    here = page[: -len(".md")] + "/"
    return posixpath.relpath(dest or ".", here) + "/"


def excluded_html(page: str, md: str) -> str:
    """Markdown rendered to HTML inside a block that Material's search does not index."""
    html = markdown.markdown(md, extensions=["tables"], output_format="html")
    html = _HREF.sub(lambda m: f'href="{_url(page, m.group(1))}{m.group(2) or ""}"', html)
    return f'<div class="briefing-text" data-search-exclude>\n{html}\n</div>'


def search_card(article: Article) -> str:
    """What a light search record holds besides the title and metadata line: summary, actors, themes."""
    words = article.summary.split()
    lead = " ".join(words[:SEARCH_SUMMARY_WORDS]) + (" …" if len(words) > SEARCH_SUMMARY_WORDS else "")
    parts = [f"**In brief:** {escape.inline(lead)}"] if lead else []
    if article.actors:
        parts.append("**Actors:** " + escape.inline(", ".join(article.actors[:SEARCH_ACTORS])))
    if article.themes:
        parts.append("**Themes:** " + escape.inline(", ".join(article.themes)))
    return "  \n".join(parts)
