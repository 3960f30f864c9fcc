"""How list pages show one article: its title, outlet and date, and a one-line summary."""

from __future__ import annotations

from urllib.parse import urlsplit

from generator.corpus.records import Article
from generator.render import escape, limits
from generator.render.text import clip, fmt_date

UNIDENTIFIED = "unidentified outlet"


def domain(url: str | None) -> str | None:
    """The host of an http(s) URL without ``www.`` (``example.com``), or None."""
    safe = escape.safe_url(url)
    host = urlsplit(safe).hostname if safe else None
    return host.removeprefix("www.") if host else None


def outlet_label(article: Article) -> str:
    """Who published the article: the outlet, else the domain of its URL, else ``unidentified outlet``.

    Never the headline: a column or a card headed by a headline reads as if the headline were
    the outlet.
    """
    return article.meta.source or domain(article.meta.url) or UNIDENTIFIED


def one_line(text: str, limit: int = limits.SUMMARY_ON_LIST) -> str:
    """A summary on one line of at most ``limit`` characters, cut at a word (escaped)."""
    return escape.inline(clip(" ".join(text.split()), limit))


def listed(article: Article) -> tuple[object, ...]:
    """What a list shows of an article (``article_item`` and the like): the key of a list page's part."""
    meta = article.meta
    return (article.slug, meta.title, meta.source, meta.url, meta.date, article.draft.summary)


def stands_for(article: Article) -> object:
    """What stands for ``article`` in a list's ``keyed.unchanged`` inputs: its key (which fixes everything a
    list shows of it), or without one what the list shows."""
    return article.key or listed(article)


def article_item(article: Article, prefix: str) -> str:
    """``- [Title](…) · Outlet · date`` and, on the next line, the article's summary in one line.

    ``prefix`` leads from the page to the articles folder.
    """
    title = escape.internal_link(article.meta.title, f"{prefix}{article.slug}.md")
    head = f"- {title} · {escape.inline(outlet_label(article))} · {escape.inline(fmt_date(article.meta.date))}"
    summary = escape.neutralise_start(one_line(article.draft.summary))  # no list or heading marker
    return f"{head}  \n  {summary}" if summary else head
