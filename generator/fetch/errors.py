"""Why a fetch failed, as one line that names the URL, and whether trying again later can help."""

from __future__ import annotations

from enum import StrEnum


class Failure(StrEnum):
    """The kinds of failure the client reports; each has its own message."""

    BAD_URL = "not an http(s) URL"
    DNS = "host not found"
    CONNECT = "cannot connect"
    TIMEOUT = "timed out"
    HTTP = "HTTP error"
    REDIRECTS = "too many redirects"
    SCHEME = "redirect to a non-http(s) URL"
    PRIVATE = "private address"
    ROBOTS = "disallowed by robots.txt"
    NOT_HTML = "not HTML"
    NOT_FEED = "not a feed"
    TOO_LARGE = "too large"
    UNUSABLE = "not usable as an article"


# Failures that may pass by themselves: a feed whose item failed this way is read again in full
# next time (its validators are not stored), so the item is retried.
TRANSIENT = frozenset({Failure.DNS, Failure.CONNECT, Failure.TIMEOUT})


class FetchError(Exception):
    """A request that did not give a usable response; ``str()`` is the one-line message."""

    def __init__(self, url: str, kind: Failure, detail: str, status: int | None = None) -> None:
        self.url = url
        self.kind = kind
        self.detail = detail
        self.status = status
        super().__init__(f"{url}: {detail}")

    @property
    def transient(self) -> bool:
        """Whether a later run may succeed (network trouble, a server error, rate limiting)."""
        return self.kind in TRANSIENT or (self.status is not None and (self.status >= 500 or self.status == 429))
