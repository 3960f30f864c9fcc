"""An Atom feed of the articles, newest first, with date, source and summary (never the full text).

Links are absolute when ``SITE_URL`` is set, as feed readers expect; otherwise they are
relative to the feed, which Atom allows. ``updated`` is the newest article date, not the
build time, so the same input gives the same feed.
"""

from __future__ import annotations

import datetime as dt
from xml.sax.saxutils import escape as xml_escape
from xml.sax.saxutils import quoteattr

from generator.corpus.records import Article, Corpus
from generator.render.limits import FEED_ENTRIES

FEED_PATH = "feed.xml"
MAX_ENTRIES = FEED_ENTRIES  # newest first: feed readers want the latest, not the archive
_EPOCH = dt.date(1970, 1, 1)


def _text(value: str) -> str:
    """XML text with characters XML 1.0 forbids removed."""
    allowed = "".join(ch for ch in value if ch in "\t\n\r" or (ord(ch) >= 0x20 and ch not in "\ufffe\uffff"))
    return xml_escape(allowed)


def _stamp(date: dt.date | None) -> str:
    return f"{(date or _EPOCH).isoformat()}T00:00:00Z"


def _entry(article: Article, base: str) -> str:
    href = f"{base}articles/{article.slug}/"
    meta = article.meta
    source = f"<author><name>{_text(meta.source)}</name></author>" if meta.source else ""
    authors = "".join(f"<contributor><name>{_text(a)}</name></contributor>" for a in meta.authors)
    return (
        "  <entry>\n"
        f"    <title>{_text(meta.title)}</title>\n"
        f'    <link rel="alternate" type="text/html" href={quoteattr(href)}/>\n'
        f"    <id>{_text(href if base else 'urn:briefing:article:' + article.slug)}</id>\n"
        f"    <updated>{_stamp(meta.date)}</updated>\n"
        f"    {source}{authors}\n"
        f'    <summary type="text">{_text(article.draft.summary)}</summary>\n'
        "  </entry>\n"
    )


def atom_feed(corpus: Corpus, site_name: str, site_url: str | None) -> str:
    """The feed document."""
    base = (site_url.rstrip("/") + "/") if site_url else ""
    entries = corpus.articles[:MAX_ENTRIES]
    dates = [a.meta.date for a in corpus.articles if a.meta.date]
    feed_id = base or "urn:briefing:feed"
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<feed xmlns="http://www.w3.org/2005/Atom">\n'
        f"  <title>{_text(site_name)}</title>\n"
        f'  <link rel="self" href={quoteattr(base + FEED_PATH)}/>\n'
        f'  <link rel="alternate" type="text/html" href={quoteattr(base or "./")}/>\n'
        f"  <id>{_text(feed_id)}</id>\n"
        f"  <author><name>{_text(site_name)}</name></author>\n"
        f"  <updated>{_stamp(max(dates) if dates else None)}</updated>\n"
        + "".join(_entry(a, base) for a in entries)
        + "</feed>\n"
    )
