"""A polite, careful HTTP client for pages and feeds (httpx, one request at a time).

- **Identifies itself**: ``Briefing/<version> (+<contact URL>)``; the contact is the owner's
  repository (``repo_url`` in mkdocs.yml, or the repository a GitHub Actions run belongs to).
- **Bounded**: connect and read timeouts, a deadline for the whole response, a size cap checked
  while streaming (the download stops there), at most ``max_redirects`` redirects.
- **Safe**: only ``http``/``https``, on the first URL and on every redirect; private, loopback,
  link-local and reserved addresses are refused on every hop (``guard``) unless allowed.
- **Polite**: ``robots.txt`` is obeyed (``robots``); requests to one host are at least ``delay``
  seconds apart (or the site's ``Crawl-delay``, up to ``max_crawl_delay``); the client is
  sequential, so a host never gets two requests at once; feeds are asked for conditionally.
Every failure is a ``FetchError`` whose message names the URL and the reason.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import metadata
from types import TracebackType
from urllib.parse import urljoin, urlsplit

import httpx

from generator.fetch.errors import Failure, FetchError
from generator.fetch.guard import AddressPolicy, BlockedAddressError, GuardedTransport, UnresolvableError
from generator.fetch.robots import MAX_ROBOTS_BYTES, Rules, parse_rules, status_rules
from generator.fetch.urls import SCHEMES, http_url
from generator.read import MAX_HTML_BYTES

REDIRECTS = (301, 302, 303, 307, 308)
HTML_TYPES = ("text/html", "application/xhtml+xml")
PAGE_ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1"
UNLABELLED = ("", "application/octet-stream", "text/plain")  # types a misconfigured server sends for HTML
FEED_ACCEPT = "application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.1"


def user_agent(contact: str | None) -> str:
    """The User-Agent: product token first, so robots.txt groups for ``Briefing`` apply."""
    try:
        version = metadata.version("briefing")
    except metadata.PackageNotFoundError:
        version = "0"
    about = f"+{contact}; " if contact else ""
    return f"Briefing/{version} ({about}news briefing generator)"


@dataclass(frozen=True)
class Politeness:
    """The client's limits; the defaults are for the open web, the tests shrink the times."""

    user_agent: str = field(default_factory=lambda: user_agent(None))
    delay: float = 1.0
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    total_timeout: float = 60.0
    max_redirects: int = 5
    max_page_bytes: int = MAX_HTML_BYTES  # what the read stage takes from one page (12 MB)
    max_feed_bytes: int = 5_000_000
    max_crawl_delay: float = 60.0


@dataclass(frozen=True)
class Wanted:
    """What a request is for: its Accept header, its size cap, the content types it can use (empty: any),
    and whether a longer body is cut to the cap (robots.txt) rather than refused."""

    accept: str
    cap: int
    types: tuple[str, ...] = ()
    truncate: bool = False


@dataclass(frozen=True)
class Response:
    """A final response: the URL after redirects, its status (200, or 304 for an unchanged feed) and body."""

    url: str
    status: int
    body: bytes
    content_type: str
    etag: str | None = None
    last_modified: str | None = None


def _host(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


def _content_type(r: httpx.Response) -> str:
    return str(r.headers.get("content-type", "")).split(";", 1)[0].strip().lower()


def _sniff_html(body: bytes) -> bool:
    head = body[:2048].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<html" in head


class Client:
    """Fetches pages and feeds one at a time under ``Politeness`` and an ``AddressPolicy``."""

    def __init__(
        self,
        politeness: Politeness | None = None,
        policy: AddressPolicy | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.politeness = p = politeness or Politeness()
        timeout = httpx.Timeout(p.read_timeout, connect=p.connect_timeout)
        self._transport = GuardedTransport(policy or AddressPolicy())
        self._http = httpx.Client(
            transport=self._transport,
            headers={"User-Agent": p.user_agent},
            timeout=timeout,
            follow_redirects=False,
            trust_env=False,
        )
        self._clock = clock
        self._sleep = sleep
        self._last: dict[str, float] = {}
        self._robots: dict[str, Rules | FetchError] = {}

    def __enter__(self) -> Client:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection pool."""
        self._http.close()

    def page(self, url: str) -> Response:
        """An HTML page; anything else (PDF, image, JSON) is a ``NOT_HTML`` failure."""
        response = self.get(url, Wanted(PAGE_ACCEPT, self.politeness.max_page_bytes, (*HTML_TYPES, *UNLABELLED)))
        if response.status == 304:  # only a conditional request may get one; this is not
            raise FetchError(url, Failure.HTTP, "HTTP 304 to an unconditional request", 304)
        kind = response.content_type
        if kind in HTML_TYPES or (kind in UNLABELLED and _sniff_html(response.body)):
            return response
        raise FetchError(url, Failure.NOT_HTML, f"not HTML (Content-Type: {kind or 'none'}), not added")

    def feed(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Response:
        """A feed's bytes, asked for conditionally: status 304 (empty body) when it has not changed."""
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        return self.get(url, Wanted(FEED_ACCEPT, self.politeness.max_feed_bytes), headers)

    def get(self, url: str, wanted: Wanted, headers: dict[str, str] | None = None, robots: bool = True) -> Response:
        """GET ``url``, following redirects one checked hop at a time."""
        start = url
        current = http_url(url)
        if current is None:
            raise FetchError(url, Failure.BAD_URL, "not an absolute http(s) URL")
        for hop in range(self.politeness.max_redirects + 1):
            if robots:
                self._obey_robots(start, current)
            response, location = self._send(start, current, wanted, {"Accept": wanted.accept, **(headers or {})})
            if location is None:
                return response
            target = urljoin(current, location)
            if urlsplit(target).scheme.lower() not in SCHEMES or http_url(target) is None:
                raise FetchError(start, Failure.SCHEME, f"redirects to {target[:200]!r}, which is not an http(s) URL")
            if hop == self.politeness.max_redirects:
                break
            current = str(http_url(target))
        raise FetchError(start, Failure.REDIRECTS, f"more than {self.politeness.max_redirects} redirects")

    def _wait(self, url: str) -> None:
        """Keep requests to one host ``delay`` (or the site's Crawl-delay) seconds apart."""
        host = _host(url)
        last = self._last.get(host)
        if last is None:
            return
        rules = self._robots.get(_origin(url))
        asked = rules.delay(self.politeness.user_agent) if isinstance(rules, Rules) else 0.0
        gap = max(self.politeness.delay, min(asked, self.politeness.max_crawl_delay))
        remaining = gap - (self._clock() - last)
        if remaining > 0:
            self._sleep(remaining)

    def _send(self, start: str, url: str, wanted: Wanted, headers: dict[str, str]) -> tuple[Response, str | None]:
        """One request: the response, and the redirect target when it is a redirect."""
        self._wait(url)
        p = self.politeness
        deadline = self._clock() + p.total_timeout
        try:
            # Straight to the transport: httpx's client would parse a redirect's Location itself, and
            # fails on some (``javascript:...``) before the scheme check here could refuse them.
            request = self._http.build_request("GET", url, headers=headers)
            with contextlib.closing(self._transport.handle_request(request)) as r:
                r.request = request
                if r.status_code in REDIRECTS and r.headers.get("location"):
                    return Response(str(r.url), r.status_code, b"", ""), r.headers["location"]
                if r.status_code == 304:
                    return self._response(r, b""), None
                if r.status_code >= 300:  # errors, and redirects without a Location
                    reason = f"HTTP {r.status_code} {r.reason_phrase}".rstrip()
                    raise FetchError(start, Failure.HTTP, reason, r.status_code)
                kind = _content_type(r)
                if wanted.types and kind not in wanted.types:  # refused before the body is downloaded
                    raise FetchError(start, Failure.NOT_HTML, f"not HTML (Content-Type: {kind}), not added")
                return self._response(r, self._body(start, r, wanted, deadline)), None
        except BlockedAddressError as exc:
            raise FetchError(start, Failure.PRIVATE, f"refused: {exc} (--allow-private allows it)") from None
        except UnresolvableError as exc:
            raise FetchError(start, Failure.DNS, f"host not found: {exc} does not resolve (DNS)") from None
        except httpx.TimeoutException:
            raise FetchError(start, Failure.TIMEOUT, f"timed out (no answer within {p.read_timeout:g} s)") from None
        except httpx.HTTPError as exc:
            detail = str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__
            raise FetchError(start, Failure.CONNECT, f"connection failed ({detail})") from None
        finally:
            self._last[_host(url)] = self._clock()

    def _body(self, start: str, r: httpx.Response, wanted: Wanted, deadline: float) -> bytes:
        """The body, read in chunks so that the download stops at the cap or at the deadline."""
        cap, truncate = wanted.cap, wanted.truncate
        declared = r.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > cap and not truncate:
            raise FetchError(start, Failure.TOO_LARGE, f"too large ({int(declared):,} bytes; the limit is {cap:,})")
        body = bytearray()
        for chunk in r.iter_bytes():
            body += chunk
            if len(body) > cap:
                if truncate:
                    break
                raise FetchError(start, Failure.TOO_LARGE, f"too large (more than {cap:,} bytes), not added")
            if self._clock() > deadline:
                took = self.politeness.total_timeout
                raise FetchError(start, Failure.TIMEOUT, f"timed out (the response took over {took:g} s)")
        return bytes(body[:cap])

    @staticmethod
    def _response(r: httpx.Response, body: bytes) -> Response:
        etag, modified = r.headers.get("etag"), r.headers.get("last-modified")
        return Response(str(r.url), r.status_code, body, _content_type(r), etag, modified)

    def _obey_robots(self, start: str, url: str) -> None:
        rules = self._rules(url)
        if isinstance(rules, FetchError):
            raise FetchError(start, rules.kind, rules.detail, rules.status)
        if not rules.allows(self.politeness.user_agent, url):
            raise FetchError(start, Failure.ROBOTS, rules.refusal or f"disallowed by robots.txt of {_origin(url)}")

    def _rules(self, url: str) -> Rules | FetchError:
        """The host's robots.txt rules, fetched once per run (redirects followed, as RFC 9309 asks)."""
        origin = _origin(url)
        if origin not in self._robots:
            robots_url = origin + "/robots.txt"
            wanted = Wanted("text/plain,*/*;q=0.1", MAX_ROBOTS_BYTES, truncate=True)
            try:
                found = self.get(robots_url, wanted, robots=False)
                rules: Rules | FetchError = parse_rules(found.body)
            except FetchError as exc:
                # Unreachable: the page would fail the same way. Unavailable (4xx, a redirect loop or
                # to another scheme): no rules. 5xx: status_rules refuses the host.
                unreachable = exc.kind in (Failure.DNS, Failure.CONNECT, Failure.TIMEOUT, Failure.PRIVATE)
                rules = exc if unreachable else status_rules(exc.status or 404)
            self._robots[origin] = rules
        return self._robots[origin]
