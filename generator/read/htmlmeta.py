"""Metadata a saved web page states about itself: meta tags, JSON-LD, ``<link rel=canonical>``, ``<html lang>``.

Only what the page's own markup states is read here; every date the markup states is kept as
it is written (``dates``: where it was found, the raw value), and the metadata extractor decides
which one, if any, is the publication date. One more date comes from htmldate's quick search
(its markup, ``<time>``, class-name and visible-date heuristics, original date first) under its
own label, ``htmldate``: it finds dates the tags above miss, and is wrong often enough (trafilatura's
dates, which come from it, are wrong on 13.7% of the train pages: README "Metadata") that it is
only one piece of evidence for the date model to weigh.
Its upper bound is fixed (``HTMLDATE_MAX``), not today's date, so the same page always gives the
same candidate; the extractor turns down dates after the build day. URLs are kept only when they are absolute
``http``/``https``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice
from typing import Any
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from generator.knowledge.languages import Languages
from generator.read.decode import normalise
from generator.read.htmltitle import headline_key, variants
from generator.read.jsonbound import load_json
from generator.text.datecheck import calendar_day, why_not

_MAX_FIELD = 500
HTMLDATE_ELEMENTS = 50_000  # a larger page is a dump or a feed, not one article
HTMLDATE_MAX = "2100-12-31"  # fixed, for determinism; generator.text.datecheck bounds dates by the build day
_LANG_RE = re.compile(r"^([a-z]{2,3})(?:[-_][A-Za-z0-9]{2,8})*$")
# Meta names that state a publication date (Open Graph, Dublin Core, Highwire, common CMS tags) and
# the ones that state an update; the metadata extractor weighs them (article/extract/pagedates.py).
PUBLISHED_KEYS = (
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "article.published",
    "datepublished",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date.created",
    "dcterms.created",
    "citation_publication_date",
    "citation_date",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "publication_date",
    "published_time",
    "published-date",
    "parsely-pub-date",
    "sailthru.date",
    "article_date_original",
    "original-publish-date",
    "date",
    "dc.date",
    "dcterms.date",
)
MODIFIED_KEYS = (
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "dc.date.modified",
    "dcterms.modified",
    "last-modified",
    "lastmod",
    "revised",
)
_TIME_PUBLISHED = re.compile(r"publish|entry-date|post-date|posted-on|article-date|created", re.I)
_TIME_MODIFIED = re.compile(r"updated|modified", re.I)
# A class, id, itemprop or rel word that marks an element as the author's or the byline ("post-author",
# "node__author", "autor", "byline"); an element inside a comment, a teaser or a related-articles list
# (``_OTHERS``) or in a <nav> or <aside> names someone else.
_AUTHOR_MARK = re.compile(r"(?<![^\W_])(?:author|autor|auteur|autore|byline|verfasser)(?:s|in|name)?(?![^\W_])", re.I)
_OTHERS = re.compile(r"comment|teaser|related|recommend|reply|review|popular|latest", re.I)
_MARK_WORDS = 10  # a longer text is an author box's note or a teaser, not a name
_MARKED_MAX = 12
_ARTICLE_TYPES = {"article", "newsarticle", "reportagenewsarticle", "blogposting", "analysisnewsarticle", "report"}
# SingleFile writes "saved date: <Date.toString()>" into a comment at the top of the page.
_SAVED_RE = re.compile(r"saved date:\s*\w{3} (\w{3}) (\d{1,2}) (\d{4})")
_SAVED_URL_RE = re.compile(r"(?:url:\s*|saved from url=\(\d+\))(https?://\S+)")


@dataclass(frozen=True)
class HtmlMeta:
    """Metadata stated by the page; ``None``/empty when the page does not state it."""

    titles: tuple[str, ...] = ()  # candidates: og/twitter/JSON-LD headline, <title>
    h1s: tuple[str, ...] = ()
    authors: tuple[str, ...] = ()
    author_types: tuple[str, ...] = ()  # JSON-LD @type of each author ("Person", "Organization", "")
    dates: tuple[tuple[str, str], ...] = ()  # (where, raw value): every date the markup states
    sitename: str | None = None
    publisher: str | None = None  # JSON-LD publisher name
    byline: str | None = None  # trafilatura's author string (";"-separated), read from byline markup
    marked: tuple[str, ...] = ()  # short texts of the elements marked as the author's (class, id, itemprop, rel)
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


def _meta_tags(tree: HtmlElement) -> dict[str, str]:
    """``<meta>`` values by lower-cased name/property/itemprop; the first occurrence wins."""
    out: dict[str, str] = {}
    for el in tree.iter("meta"):
        key = el.get("property") or el.get("name") or el.get("itemprop")
        value = text_of(el.get("content"))
        if key and value:
            out.setdefault(key.strip().lower(), value)
    return out


def _json_ld(tree: HtmlElement) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every JSON-LD object with its type, articles first tagged ``article`` (``@graph`` lists are flattened)."""
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
                names = [k for k in kinds if isinstance(k, str)]
                article = any(k.lower() in _ARTICLE_TYPES for k in names)
                yield ("article" if article else (names[0] if names else "")), item


def _names(value: Any, by_id: dict[str, dict[str, Any]] | None = None) -> list[tuple[str, str]]:
    """(name, @type) in a JSON-LD author/publisher value (a string, an object or a list of them).

    An object that only refers to another by its ``@id`` (Yoast's ``{"@id": ".../#/schema/person/..."}``)
    is read as the object of the page's JSON-LD with that ``@id`` (``by_id``).
    """
    items = value if isinstance(value, list) else [value]
    out = []
    for item in items:
        if isinstance(item, dict) and "name" not in item and by_id:
            item = by_id.get(str(item.get("@id") or ""), item)
        name = text_of(item.get("name") if isinstance(item, dict) else item)
        kind = item.get("@type") if isinstance(item, dict) else ""
        kind = kind[0] if isinstance(kind, list) and kind else kind
        if name and not web_url(name):
            out.append((name, kind if isinstance(kind, str) else ""))
    return out


_INLINE = frozenset({"code", "em", "i", "q", "abbr", "sub", "sup", "var", "kbd", "mark"})  # emphasis in a headline


def _parts(h1: HtmlElement) -> list[tuple[str, str]]:
    """(tag, raw text) of an ``<h1>``'s parts in order: its own text ("" tag), each child element, each tail."""
    parts = [("", h1.text or "")]
    for child in h1:
        tag = child.tag if isinstance(child.tag, str) else "#"
        parts += [(tag, child.text_content() if tag != "#" else ""), ("", child.tail or "")]
    return [(tag, text) for tag, text in parts if text.strip()]


def _drops(index: int, parts: list[tuple[str, str]], languages: Languages) -> bool:
    """Whether part ``index`` is not the headline's: a byline or date, or a short logo or kicker element.

    A kicker or logo is an element of at most four words at either end of the ``<h1>``, or one
    that ends in ":" or "|" or runs into the next part without a space; text and emphasis
    elements (``<em>``, ``<code>``, ...) are part of the headline.
    """
    tag, part = parts[index]
    text = part.strip()
    if languages.byline.match(text) or languages.line_date.search(text):
        return True
    if not tag or tag in _INLINE or len(text.split()) > 4:
        return False
    following = parts[index + 1][1] if index + 1 < len(parts) else ""
    edge = index in (0, len(parts) - 1)
    glued = bool(following) and part[-1:].isalpha() and following[:1].isupper()
    return edge or glued or text.endswith((":", "|", "–", "-", "»", "/"))


_JOINERS = ":|–—-/·•"  # what joins a kicker or a subtitle to the headline


def _visible(el: HtmlElement) -> str | None:
    """An element's text without the text of ``<style>`` and ``<script>`` elements inside it (CSS-in-JS headings)."""
    texts = el.xpath(".//text()[not(ancestor::style) and not(ancestor::script)]")
    return text_of("".join(str(t) for t in texts))


def _stated_part(h1: HtmlElement, whole: str, stated: tuple[str, ...]) -> str | None:
    """The ``<h1>``, or its text without one element at its start or end, where a stated title says the same.

    Agreement with ``og:title`` or ``<title>`` (one of their separator-delimited parts) is the
    evidence: it keeps a word the kicker rule would drop, and drops a roofline, a subtitle or a
    screen-reader label the rule cannot see (issue 16).
    """
    keys = {same for s in stated for same in map(headline_key, variants(s))}
    for el in h1.iterdescendants():
        part = _visible(el) if isinstance(el.tag, str) else None
        if not part or part == whole:
            continue
        rest = whole.removeprefix(part) if whole.startswith(part) else whole.removesuffix(part)
        rest = rest.strip().strip(_JOINERS).strip()
        if rest != whole and len(rest.split()) >= 2 and headline_key(rest) in keys:
            return text_of(rest)
    return None


def headline_of(h1: HtmlElement, languages: Languages, stated: tuple[str, ...] = ()) -> str | None:
    """An ``<h1>``'s headline: without a logo, kicker, byline or date the page put inside it.

    ``stated``: the page's stated titles; where one agrees with the ``<h1>`` or with it less one
    element, that text is the headline.
    """
    whole = _visible(h1)
    if whole is None:
        return None
    agreed = _stated_part(h1, whole, stated) if stated else None
    if agreed:
        return agreed
    parts = _parts(h1)
    if len(parts) < 2:
        return whole
    stamps = {k for k, (_, p) in enumerate(parts) if languages.byline.match(p.strip()) or languages.line_date.search(p)}
    main = max((k for k in range(len(parts)) if k not in stamps), key=lambda k: len(parts[k][1].strip()), default=0)
    if len(parts[main][1].split()) < 3:
        return whole
    if not all(k == main or _drops(k, parts, languages) for k in range(len(parts))):
        return whole
    if main == 0 and headline_key(whole) in {headline_key(v) for s in stated for v in variants(s)}:
        return whole  # only a tail would go ("... of the AHPB" in its own span) and a stated title holds it: no chrome
    return text_of(parts[main][1])


def _marks(el: HtmlElement) -> str:
    return " ".join(str(el.get(a) or "") for a in ("class", "id", "itemprop", "rel"))


def author_marked(tree: HtmlElement) -> tuple[str, ...]:
    """The short texts of the elements the page marks as its author's or byline, in page order.

    trafilatura reads such elements too, but only when no meta tag names an author: a tag naming
    the outlet ("Example Daily") hides the byline element beside it. An element inside a comment,
    a teaser, a related-articles list, a ``<nav>`` or an ``<aside>`` names another text's author.
    """
    out: list[str] = []
    seen: dict[str, str] = {}  # marks -> the first text under them
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in ("meta", "link", "script", "style", "html", "body"):
            continue
        marks = _marks(el)
        if not _AUTHOR_MARK.search(marks) or _OTHERS.search(marks):
            continue
        if any(a.tag in ("nav", "aside") or _OTHERS.search(_marks(a)) for a in el.iterancestors()):
            continue
        text = _visible(el)
        if not text or len(text.split()) > _MARK_WORDS:
            continue
        if seen.setdefault(" ".join(marks.split()), text) != text:
            return ()  # one mark over different names: a list of posts or people, not the article's byline
        if text not in out and len(out) < _MARKED_MAX:
            out.append(text)
    return tuple(out)


def _time_elements(tree: HtmlElement) -> list[tuple[str, str]]:
    """``<time datetime>`` values marked as the publication or update time by itemprop, class or pubdate."""
    out = []
    for el in tree.iter("time"):
        value = text_of(el.get("datetime") or el.get("content"))
        marks = " ".join(str(el.get(a) or "") for a in ("itemprop", "class", "id"))
        if not value:
            continue
        if _TIME_MODIFIED.search(marks):
            out.append(("time element (updated)", value))
        elif _TIME_PUBLISHED.search(marks) or el.get("pubdate") is not None:
            out.append(("time element", value))
    return out[:6]


def _dates(tags: dict[str, str], ld: list[tuple[str, dict[str, Any]]], tree: HtmlElement) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for kind, obj in ld:
        for key in ("datePublished", "dateCreated", "dateModified"):
            value = text_of(obj.get(key))
            if value:
                out.append((f"json-ld {kind + ' ' if kind != 'article' else ''}{key}".strip(), value))
    out += [(f"meta {key}", tags[key]) for key in (*PUBLISHED_KEYS, *MODIFIED_KEYS) if key in tags]
    out += _time_elements(tree)
    found = _htmldate(tree)
    return list(dict.fromkeys(out))[:20] + ([("htmldate", found)] if found else [])


def _htmldate(tree: HtmlElement) -> str | None:
    """htmldate's publication date for the page (its quick search, original date first), or None.

    Skipped past ``HTMLDATE_ELEMENTS`` elements: it copies the whole tree (4 s for a 5 MB page of
    240,000 elements), and the tags above are still read.
    """
    if any(True for _ in islice(tree.iter(), HTMLDATE_ELEMENTS, None)):
        return None
    # Imported here: htmldate (with urllib3 and its date parsers) took 0.13 s of CPU to import in every
    # build process, and a rerun reads no HTML page, nor a worker that reads a text copy.
    from htmldate import find_date

    try:
        found = find_date(tree, extensive_search=False, original_date=True, max_date=HTMLDATE_MAX)
    except (ValueError, TypeError, AttributeError):  # a malformed page: no candidate, never a failed build
        return None
    return found if isinstance(found, str) else None


def _saved(head: str, languages: Languages) -> tuple[dt.date | None, str | None]:
    """Retrieval date and URL from a SingleFile or "saved from url" comment in the page's first bytes."""
    for comment in re.findall(r"<!--(.*?)-->", head, re.S):
        match, url = _SAVED_RE.search(comment), _SAVED_URL_RE.search(comment)
        if not (match or url):
            continue
        day = None
        month = languages.month_number.get(match[1].lower()) if match else None
        if match and month:
            day = calendar_day(int(match[3]), month, int(match[2]))
            day = day if day is not None and why_not(day) is None else None
        return day, web_url(url[1]) if url else None
    return None, None


def page_url(tree: HtmlElement, head: str = "") -> str | None:
    """The article's address as the page states it: canonical link, ``og:url``, or a save comment's URL."""
    canonical = next((el.get("href") for el in tree.iter("link") if "canonical" in (el.get("rel") or "").lower()), None)
    og = _meta_tags(tree).get("og:url")
    saved = next((m for c in re.findall(r"<!--(.*?)-->", head, re.S) if (m := _SAVED_URL_RE.search(c))), None)
    return web_url(canonical) or web_url(og) or (web_url(saved[1]) if saved else None)


def scan_meta(tree: HtmlElement, languages: Languages, head: str = "") -> HtmlMeta:
    """What the page states about itself (``head``: the page's first characters, for save comments)."""
    tags = _meta_tags(tree)
    ld = list(_json_ld(tree))
    articles = [obj for kind, obj in ld if kind == "article"]
    titles = [tags.get("og:title"), tags.get("twitter:title")]
    titles += [text_of(obj.get("headline")) for obj in articles]
    titles.append(text_of(tree.findtext(".//title")))
    stated = tuple(t for t in titles if t)
    h1s = tuple(t for t in (headline_of(h, languages, stated) for h in tree.iter("h1")) if t)
    by_id = {str(obj["@id"]): obj for _, obj in ld if isinstance(obj.get("@id"), str) and "name" in obj}
    authors = [a for obj in articles for a in _names(obj.get("author"), by_id)]
    if not authors and (tags.get("author") or tags.get("article:author")):
        authors = [(a, "") for a in (tags.get("author"), tags.get("article:author")) if a and not web_url(a)][:1]
    authors = list(dict.fromkeys(authors))[:10]
    publisher = [n for obj in articles for n, _ in _names(obj.get("publisher"), by_id)]
    sitename = tags.get("og:site_name") or tags.get("application-name")
    retrieved, _ = _saved(head, languages)
    lang_match = _LANG_RE.match((tree.get("lang") or tags.get("og:locale") or "").strip().lower())
    return HtmlMeta(
        titles=tuple(dict.fromkeys(t for t in titles if t)),
        h1s=h1s,
        authors=tuple(name for name, _ in authors),
        author_types=tuple(kind for _, kind in authors),
        dates=tuple(_dates(tags, ld, tree)),
        sitename=sitename,
        publisher=publisher[0] if publisher else None,
        marked=author_marked(tree),
        url=page_url(tree, head),
        language=lang_match[1] if lang_match else None,
        retrieved=retrieved,
    )
