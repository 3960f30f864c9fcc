"""Metadata a saved web page states about itself: meta tags, JSON-LD, ``<link rel=canonical>``, ``<html lang>``.

Only what the page's own markup states is used, so every value found here is ``explicit``;
nothing is guessed from the URL or the text (issue #7: be conservative, never invent).
URLs are kept only when they are absolute ``http``/``https``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from generator.read.decode import normalise
from generator.read.jsonbound import load_json
from generator.text.datecheck import calendar_day, parse_date, why_not

_MAX_FIELD = 500
_LANG_RE = re.compile(r"^([a-z]{2,3})(?:[-_][A-Za-z0-9]{2,8})*$")
_DATE_RE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
# Meta names that state the publication date, best first (Open Graph, Dublin Core, common CMS tags).
_DATE_KEYS = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "pubdate",
    "publishdate",
    "parsely-pub-date",
    "sailthru.date",
)
_ARTICLE_TYPES = {"article", "newsarticle", "reportagenewsarticle", "blogposting", "analysisnewsarticle", "report"}
# SingleFile writes "saved date: <Date.toString()>" into a comment at the top of the page.
_SAVED_RE = re.compile(r"saved date:\s*\w{3} (\w{3}) (\d{1,2}) (\d{4})")
_SAVED_URL_RE = re.compile(r"(?:url:\s*|saved from url=\(\d+\))(https?://\S+)")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


@dataclass(frozen=True)
class HtmlMeta:
    """Metadata stated by the page; ``None``/empty when the page does not state it."""

    titles: tuple[str, ...] = ()  # candidates: og/twitter/JSON-LD headline, <title>
    h1s: tuple[str, ...] = ()
    authors: tuple[str, ...] = ()
    date: dt.date | None = None
    date_text: str = ""  # the markup the date came from, as evidence
    sitename: str | None = None
    url: str | None = None
    language: str | None = None
    retrieved: dt.date | None = None  # when the page was saved (SingleFile comment)


def text_of(value: Any) -> str | None:
    """A metadata value as one normalised line, or None when it is empty or not text."""
    if not isinstance(value, str):
        return None
    text = " ".join(normalise(value).split())
    return text[:_MAX_FIELD] or None


def web_url(value: Any) -> str | None:
    """An absolute http(s) URL, else None (``javascript:``, relative and other URLs are dropped)."""
    text = text_of(value)
    if not text or " " in text:
        return None
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    return text if parts.scheme.lower() in ("http", "https") and parts.netloc else None


def _date(value: Any) -> dt.date | None:
    """A plausible date from markup (``generator.text.datecheck``: never Go's zero time 0001-01-01)."""
    return parse_date(value)[0] if isinstance(value, str) and _DATE_RE.match(value) else None


def _meta_tags(tree: HtmlElement) -> dict[str, str]:
    """``<meta>`` values by lower-cased name/property/itemprop; the first occurrence wins."""
    out: dict[str, str] = {}
    for el in tree.iter("meta"):
        key = el.get("property") or el.get("name") or el.get("itemprop")
        value = text_of(el.get("content"))
        if key and value:
            out.setdefault(key.strip().lower(), value)
    return out


def _json_ld(tree: HtmlElement) -> Iterator[dict[str, Any]]:
    """Every JSON-LD object of an article type (``@graph`` lists are flattened)."""
    for el in tree.iter("script"):
        if (el.get("type") or "").strip().lower() != "application/ld+json" or not el.text:
            continue
        data = load_json(el.text)
        if data is None:
            continue
        stack = deque([data])
        while stack:
            item = stack.popleft()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                stack.extend(x for x in (item.get("@graph"),) if x)
                kinds = item.get("@type")
                kinds = kinds if isinstance(kinds, list) else [kinds]
                if any(isinstance(k, str) and k.lower() in _ARTICLE_TYPES for k in kinds):
                    yield item


def _names(value: Any) -> list[str]:
    """Names in a JSON-LD author/publisher value (a string, an object or a list of them)."""
    items = value if isinstance(value, list) else [value]
    out = []
    for item in items:
        name = text_of(item.get("name") if isinstance(item, dict) else item)
        if name and not web_url(name):
            out.append(name)
    return out


def _saved(head: str) -> tuple[dt.date | None, str | None]:
    """Retrieval date and URL from a SingleFile or "saved from url" comment in the page's first bytes."""
    for comment in re.findall(r"<!--(.*?)-->", head, re.S):
        match, url = _SAVED_RE.search(comment), _SAVED_URL_RE.search(comment)
        if not (match or url):
            continue
        day = None
        if match and match[1].lower() in _MONTHS:
            day = calendar_day(int(match[3]), _MONTHS.index(match[1].lower()) + 1, int(match[2]))
            day = day if day is not None and why_not(day) is None else None
        return day, web_url(url[1]) if url else None
    return None, None


def scan_meta(tree: HtmlElement, head: str = "") -> HtmlMeta:
    """What the page states about itself (``head``: the page's first characters, for save comments)."""
    tags = _meta_tags(tree)
    ld = list(_json_ld(tree))
    titles = [tags.get("og:title"), tags.get("twitter:title")]
    titles += [text_of(obj.get("headline")) for obj in ld]
    titles.append(text_of(tree.findtext(".//title")))
    h1s = tuple(t for t in (text_of(h.text_content()) for h in tree.iter("h1")) if t)
    authors = [a for obj in ld for a in _names(obj.get("author"))]
    if not authors and (tags.get("author") or tags.get("article:author")):
        authors = [a for a in (tags.get("author"), tags.get("article:author")) if a and not web_url(a)][:1]
    date, date_text = None, ""
    for obj in ld:
        date = _date(obj.get("datePublished"))
        if date:
            date_text = f"JSON-LD datePublished {obj.get('datePublished')}"
            break
    for key in _DATE_KEYS if date is None else ():
        date = _date(tags.get(key))
        if date:
            date_text = f"meta {key} {tags[key]}"
            break
    publisher = [n for obj in ld for n in _names(obj.get("publisher"))]
    sitename = tags.get("og:site_name") or tags.get("application-name") or (publisher[0] if publisher else None)
    canonical = next((el.get("href") for el in tree.iter("link") if "canonical" in (el.get("rel") or "").lower()), None)
    retrieved, saved_url = _saved(head)
    lang_match = _LANG_RE.match((tree.get("lang") or tags.get("og:locale") or "").strip().lower())
    return HtmlMeta(
        titles=tuple(dict.fromkeys(t for t in titles if t)),
        h1s=h1s,
        authors=tuple(dict.fromkeys(authors))[:10],
        date=date,
        date_text=date_text,
        sitename=sitename,
        url=web_url(canonical) or web_url(tags.get("og:url")) or saved_url,
        language=lang_match[1] if lang_match else None,
        retrieved=retrieved,
    )
