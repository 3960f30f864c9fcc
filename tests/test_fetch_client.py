"""The HTTP client (issue 19): redirects, schemes, private addresses, limits, robots.txt, politeness.

Every request goes to a server on 127.0.0.1 started by the test (``tests/webserver.py``).
"""

from __future__ import annotations

import gzip
import itertools
import time

import pytest

from generator.fetch.client import Client, user_agent
from generator.fetch.errors import Failure, FetchError
from generator.fetch.guard import AddressPolicy, BlockedAddressError, UnresolvableError, is_public
from tests.fetch_helpers import article_html, fast_client
from tests.webserver import LocalWeb, Reply

PAGE = article_html()


def fails(client_url: tuple[Client, str], kind: Failure) -> FetchError:
    """The failure of fetching the page; it must be of ``kind`` and its message must name the URL."""
    client, url = client_url
    with pytest.raises(FetchError) as info:
        client.page(url)
    assert info.value.kind is kind, str(info.value)
    assert str(info.value).startswith(url + ": "), "every message names the URL"
    return info.value


def test_fetches_a_page_and_identifies_itself(web: LocalWeb) -> None:
    web.routes["/a.html"] = Reply(PAGE)
    with fast_client() as client:
        page = client.page(web.url("/a.html"))
    assert page.body == PAGE and page.status == 200 and page.url == web.url("/a.html")
    assert web.paths() == ["/robots.txt", "/a.html"]
    agent = web.log[1].headers["user-agent"]
    assert agent.startswith("Briefing/") and "text/html" in web.log[1].headers["accept"]
    assert user_agent("https://example.org/me/briefing").startswith("Briefing/")
    assert "+https://example.org/me/briefing" in user_agent("https://example.org/me/briefing")


def test_follows_redirects_and_reports_the_final_url(web: LocalWeb) -> None:
    web.routes["/old"] = Reply(status=301, headers={"Location": "/mid"})
    web.routes["/mid"] = Reply(status=302, headers={"Location": web.url("/a.html")})
    web.routes["/a.html"] = Reply(PAGE)
    with fast_client() as client:
        page = client.page(web.url("/old"))
    assert page.url == web.url("/a.html") and page.body == PAGE


def test_redirect_limit(web: LocalWeb) -> None:
    for n in range(10):
        web.routes[f"/r{n}"] = Reply(status=302, headers={"Location": f"/r{n + 1}"})
    with fast_client(max_redirects=3) as client:
        error = fails((client, web.url("/r0")), Failure.REDIRECTS)
    assert "more than 3 redirects" in str(error)
    assert web.paths().count("/r3") == 1 and "/r4" not in web.paths()


@pytest.mark.parametrize("target", ["ftp://127.0.0.1/file", "file:///etc/passwd", "javascript:alert(1)", "gopher://x/"])
def test_redirect_to_another_scheme_is_refused(web: LocalWeb, target: str) -> None:
    web.routes["/go"] = Reply(status=302, headers={"Location": target})
    with fast_client() as client:
        error = fails((client, web.url("/go")), Failure.SCHEME)
    assert "not an http(s) URL" in str(error)


def test_private_addresses_are_refused_by_default(web: LocalWeb) -> None:
    web.routes["/a.html"] = Reply(PAGE)
    with fast_client(allow_private=False) as client:
        error = fails((client, web.url("/a.html")), Failure.PRIVATE)
        # A name is judged by the address it resolves to, not by how it looks.
        fails((client, f"http://localhost:{web.port}/a.html"), Failure.PRIVATE)
    assert "--allow-private" in str(error)
    assert web.log == [], "nothing was sent, not even robots.txt"


def test_redirect_to_a_private_address_is_refused(web: LocalWeb) -> None:
    """127.0.0.1 stands for a public server here; the redirect leads to another loopback address."""
    web.routes["/go"] = Reply(status=302, headers={"Location": f"http://127.0.0.2:{web.port}/admin"})
    policy = AddressPolicy(public=lambda address: address == "127.0.0.1")
    with fast_client(policy=policy) as client:
        error = fails((client, web.url("/go")), Failure.PRIVATE)
    assert "127.0.0.2" in str(error)
    assert "/admin" not in web.paths()


def test_connects_to_the_address_it_checked(web: LocalWeb) -> None:
    """The host is resolved once, by the policy's resolver, and the socket goes to that address:
    a name the system cannot resolve still reaches the server it was checked as."""
    web.routes["/a.html"] = Reply(PAGE)
    policy = AddressPolicy(resolve=lambda host, port: ["127.0.0.1"], public=lambda address: address == "127.0.0.1")
    with fast_client(policy=policy) as client:
        page = client.page(f"http://news.invalid:{web.port}/a.html")
    assert page.body == PAGE
    assert web.log[-1].headers["host"] == f"news.invalid:{web.port}"


def test_a_name_with_one_private_address_among_public_ones_is_refused() -> None:
    policy = AddressPolicy(resolve=lambda host, port: ["93.184.215.14", "10.0.0.5"])
    with pytest.raises(BlockedAddressError, match=r"10\.0\.0\.5"):
        policy.addresses("mixed.example", 80)


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("93.184.215.14", True),
        ("2606:4700:4700::1111", True),
        ("127.0.0.1", False),
        ("10.1.2.3", False),
        ("172.16.0.1", False),
        ("192.168.1.1", False),
        ("169.254.169.254", False),  # cloud metadata service
        ("100.64.0.1", False),  # carrier-grade NAT
        ("0.0.0.0", False),
        ("224.0.0.1", False),
        ("::1", False),
        ("fe80::1%eth0", False),
        ("fc00::1", False),
        ("::ffff:127.0.0.1", False),
        ("::ffff:10.0.0.1", False),
    ],
)
def test_public_addresses(address: str, public: bool) -> None:
    assert is_public(address) is public


def test_dns_failure_names_the_host(web: LocalWeb) -> None:
    def nowhere(host: str, port: int) -> list[str]:
        raise UnresolvableError(host)

    with fast_client(policy=AddressPolicy(resolve=nowhere)) as client:
        error = fails((client, "http://no-such-host.invalid/a.html"), Failure.DNS)
    assert "no-such-host.invalid" in error.detail and error.transient


def test_slow_server_times_out(web: LocalWeb) -> None:
    web.routes["/slow"] = Reply(PAGE, wait=2.0)
    with fast_client(read_timeout=0.3) as client:
        error = fails((client, web.url("/slow")), Failure.TIMEOUT)
    assert error.transient


def test_a_trickling_response_hits_the_deadline(web: LocalWeb) -> None:
    web.routes["/trickle"] = Reply(PAGE, chunks=20, chunk_wait=0.15)
    with fast_client(read_timeout=1.0, total_timeout=0.5) as client:
        error = fails((client, web.url("/trickle")), Failure.TIMEOUT)
    assert "took over 0.5 s" in str(error)


def test_huge_page_is_cut_off_while_streaming(web: LocalWeb) -> None:
    web.routes["/huge"] = Reply(b"<html>" + b"x" * 3_000_000, length=False, chunks=300)
    web.routes["/declared"] = Reply(b"<html>" + b"x" * 300_000)
    with fast_client(max_page_bytes=100_000) as client:
        streamed = fails((client, web.url("/huge")), Failure.TOO_LARGE)
        declared = fails((client, web.url("/declared")), Failure.TOO_LARGE)
    assert "more than 100,000 bytes" in str(streamed)
    assert "300,006 bytes" in str(declared)


def test_the_cap_counts_decompressed_bytes(web: LocalWeb) -> None:
    bomb = gzip.compress(b"<html>" + b" " * 5_000_000)
    web.routes["/bomb"] = Reply(bomb, headers={"Content-Type": "text/html", "Content-Encoding": "gzip"})
    web.routes["/small"] = Reply(gzip.compress(PAGE), headers={"Content-Type": "text/html", "Content-Encoding": "gzip"})
    with fast_client(max_page_bytes=100_000) as client:
        fails((client, web.url("/bomb")), Failure.TOO_LARGE)
        assert client.page(web.url("/small")).body == PAGE
    assert len(bomb) < 100_000


@pytest.mark.parametrize(("status", "transient"), [(404, False), (410, False), (503, True), (429, True)])
def test_http_errors(web: LocalWeb, status: int, transient: bool) -> None:
    web.routes["/x"] = Reply(b"no", status=status, headers={"Content-Type": "text/plain"})
    with fast_client() as client:
        error = fails((client, web.url("/x")), Failure.HTTP)
    assert f"HTTP {status}" in str(error) and error.transient is transient


def test_a_response_that_is_not_html(web: LocalWeb) -> None:
    web.routes["/doc.pdf"] = Reply(b"%PDF-1.7 ...", headers={"Content-Type": "application/pdf"})
    web.routes["/unlabelled"] = Reply(PAGE, headers={})
    with fast_client() as client:
        error = fails((client, web.url("/doc.pdf")), Failure.NOT_HTML)
        assert client.page(web.url("/unlabelled")).body == PAGE  # no type, but plainly HTML
    assert "application/pdf" in str(error)


def test_a_labelled_non_html_body_is_not_downloaded(web: LocalWeb) -> None:
    """The type is checked on the headers: a video that would take 3 s to arrive is refused at once."""
    web.routes["/clip"] = Reply(b"\0" * 300_000, headers={"Content-Type": "video/mp4"}, chunks=30, chunk_wait=0.1)
    with fast_client(read_timeout=2.0, total_timeout=10.0) as client:
        start = time.monotonic()
        fails((client, web.url("/clip")), Failure.NOT_HTML)
        assert time.monotonic() - start < 1.5


def test_robots_txt_is_obeyed_and_read_once_per_host(web: LocalWeb) -> None:
    web.routes["/robots.txt"] = Reply(
        b"User-agent: *\nDisallow: /private/\n\nUser-agent: Briefing\nDisallow: /members/\n",
        headers={"Content-Type": "text/plain"},
    )
    web.routes["/news/a.html"] = Reply(PAGE)
    with fast_client() as client:
        assert client.page(web.url("/news/a.html")).body == PAGE
        error = fails((client, web.url("/members/a.html")), Failure.ROBOTS)
        # Our own group applies, not the "*" one.
        web.routes["/private/a.html"] = Reply(PAGE)
        assert client.page(web.url("/private/a.html")).body == PAGE
    assert "robots.txt" in str(error)
    assert web.paths().count("/robots.txt") == 1 and "/members/a.html" not in web.paths()


def test_robots_txt_checked_on_every_redirect_hop(web: LocalWeb) -> None:
    web.routes["/robots.txt"] = Reply(b"User-agent: *\nDisallow: /closed/\n", headers={"Content-Type": "text/plain"})
    web.routes["/open"] = Reply(status=302, headers={"Location": "/closed/a.html"})
    with fast_client() as client:
        fails((client, web.url("/open")), Failure.ROBOTS)
    assert "/closed/a.html" not in web.paths()


def test_robots_server_error_keeps_the_client_off_the_site(web: LocalWeb) -> None:
    web.routes["/robots.txt"] = Reply(b"down", status=503, headers={"Content-Type": "text/plain"})
    web.routes["/a.html"] = Reply(PAGE)
    with fast_client() as client:
        error = fails((client, web.url("/a.html")), Failure.ROBOTS)
    assert "HTTP 503" in str(error) and "/a.html" not in web.paths()


def test_requests_to_one_host_are_spaced(web: LocalWeb) -> None:
    web.routes["/a.html"] = Reply(PAGE)
    with fast_client(delay=0.4) as client:
        for _ in range(3):
            client.page(web.url("/a.html"))
    times = [r.at for r in web.log]
    assert len(times) == 4  # robots.txt and three pages
    assert all(later - earlier >= 0.39 for earlier, later in itertools.pairwise(times))


def test_crawl_delay_of_robots_txt_is_honoured(web: LocalWeb) -> None:
    web.routes["/robots.txt"] = Reply(b"User-agent: *\nCrawl-delay: 1\n", headers={"Content-Type": "text/plain"})
    web.routes["/a.html"] = Reply(PAGE)
    with fast_client(delay=0.0, max_crawl_delay=0.5) as client:
        client.page(web.url("/a.html"))
        client.page(web.url("/a.html"))
    times = [r.at for r in web.log]
    assert times[2] - times[1] >= 0.49  # Crawl-delay 1 s, capped at 0.5 s


def test_conditional_feed_request(web: LocalWeb) -> None:
    def feed(request: object) -> Reply:
        headers = getattr(request, "headers", {})
        if headers.get("if-none-match") == '"v1"':
            return Reply(status=304, headers={"ETag": '"v1"'})
        return Reply(b"<rss/>", headers={"Content-Type": "application/rss+xml", "ETag": '"v1"',
                                         "Last-Modified": "Tue, 06 Feb 2024 10:00:00 GMT"})

    web.routes["/feed"] = feed
    with fast_client() as client:
        first = client.feed(web.url("/feed"))
        second = client.feed(web.url("/feed"), first.etag, first.last_modified)
    assert first.status == 200 and first.etag == '"v1"' and first.last_modified
    assert second.status == 304 and second.body == b""
    assert web.log[-1].headers["if-modified-since"] == "Tue, 06 Feb 2024 10:00:00 GMT"


def test_not_an_http_url() -> None:
    with fast_client() as client:
        for url in ("ftp://example.org/x", "file:///etc/passwd", "/relative/path", "javascript:alert(1)"):
            with pytest.raises(FetchError) as info:
                client.page(url)
            assert info.value.kind is Failure.BAD_URL
