"""URLs: which ones may be fetched, and the key two URLs are compared by to tell an article is already present."""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

import httpx

SCHEMES = ("http", "https")
_DEFAULT_PORTS = {"http": 80, "https": 443}


def http_url(text: str) -> str | None:
    """``text`` as an absolute http(s) URL in its encoded form (punycode host, percent-escapes), else None."""
    text = text.strip()
    try:
        url = httpx.URL(text)
    except (httpx.InvalidURL, TypeError, ValueError):
        return None
    if url.scheme not in SCHEMES or not url.host or any(c.isspace() for c in text):
        return None
    return str(url)


def looks_like_url(arg: str) -> bool:
    """Whether a command-line argument is meant as a URL rather than a file name."""
    return arg.lower().startswith(("http://", "https://"))


def url_key(url: str) -> str:
    """What makes two URLs the same article: case of scheme and host, default port, fragment and a
    trailing slash do not count, and ``http`` equals ``https`` (sites redirect one to the other).

    The query is kept: on some sites it names the article (``?id=123``).
    """
    try:
        parts = urlsplit(http_url(url) or url)
        port = parts.port
    except ValueError:
        return url
    host = (parts.hostname or "").lower().rstrip(".")
    host = f"[{host}]" if ":" in host else host  # an IPv6 address keeps its brackets
    scheme = parts.scheme.lower()
    # The default ports of both schemes go, since the schemes are folded into one.
    netloc = host if port is None or port in _DEFAULT_PORTS.values() else f"{host}:{port}"
    path = parts.path.rstrip("/") or "/"
    return urlunsplit(("https" if scheme in SCHEMES else scheme, netloc, path, parts.query, ""))
