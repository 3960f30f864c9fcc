"""A feed's items, parsed by feedparser (RSS 0.9x/1.0/2.0, Atom, with its lenient handling of broken XML).

The bytes are handed over as a stream, never as a string: feedparser would fetch a string that
looks like a URL by itself, outside the client's rules. ``Content-Location`` gives it the feed's
URL, so relative item links resolve against it.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

import feedparser  # type: ignore[import-untyped]  # feedparser ships no type hints

from generator.fetch.errors import Failure, FetchError
from generator.fetch.urls import http_url


@dataclass(frozen=True)
class Item:
    """One feed entry: the article's link, and the text the include/exclude words are matched on."""

    link: str | None
    title: str
    summary: str


def _text(entry: Any, key: str) -> str:
    value = entry.get(key)
    return " ".join(value.split()) if isinstance(value, str) else ""


def _link(entry: Any) -> str | None:
    """The entry's article link: ``link``, else its first ``alternate`` link; only http(s)."""
    candidates = [entry.get("link")]
    candidates += [x.get("href") for x in entry.get("links", []) if x.get("rel", "alternate") == "alternate"]
    return next((url for c in candidates if isinstance(c, str) and (url := http_url(c))), None)


def feed_items(body: bytes, url: str, content_type: str = "") -> tuple[Item, ...]:
    """The items of the feed at ``url``, in the feed's order; raise ``NOT_FEED`` when it is not one."""
    headers = {"content-location": url, **({"content-type": content_type} if content_type else {})}
    parsed = feedparser.parse(io.BytesIO(body), response_headers=headers)
    entries = list(parsed.get("entries", []))
    if not parsed.get("version") and not entries:
        problem = parsed.get("bozo_exception")
        detail = f" ({str(problem).splitlines()[0][:120]})" if problem else ""
        raise FetchError(url, Failure.NOT_FEED, f"not an RSS or Atom feed{detail}")
    return tuple(Item(_link(e), _text(e, "title"), _text(e, "summary")) for e in entries)
