"""Fixtures for the browser tests: one site built and served under ``/briefing/``, Debian's Chromium.

The site is built once per session from the sample seeds with ``SITE_URL`` set to the local
subpath URL, exactly as the GitHub Pages workflow builds it for ``https://<user>.github.io/<repo>/``.
Playwright drives the system Chromium (``/usr/bin/chromium``, or ``$CHROMIUM``); it never downloads
a browser. Every page a test opens is watched: a console error, an uncaught exception, a failed
request, an HTTP status >= 400 (other than the ones a test expects) or a request to any host but
127.0.0.1 is a problem that :meth:`Watched.assert_clean` reports.
"""

from __future__ import annotations

import os
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.conftest import ROOT, Project
from tests.sitecheck import HOST, SubpathServer, build_site, generate, prepare_project, serving, shared_cache

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
# No GPU, no sandbox (root in a container), and no background traffic: the machine has no network,
# and Chromium's own update/sync/safe-browsing requests would only produce refused connections.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]
SCREENSHOTS = ROOT / "test-output" / "screenshots"
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1366, "height": 900}

try:  # Playwright is a dev dependency; say so clearly where it is missing.
    from playwright.sync_api import Browser, BrowserContext, Page, Playwright, sync_playwright
except ImportError:  # pragma: no cover - depends on the environment
    sync_playwright = None


@dataclass
class Site:
    project: Project
    server: SubpathServer

    @property
    def base_url(self) -> str:
        return self.server.base_url

    def article_slugs(self) -> list[str]:
        return sorted(p.stem for p in (self.project.docs / "articles").glob("*.md") if p.stem != "index")


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    project = prepare_project(tmp_path_factory.mktemp("browser") / "project")
    with serving(project.site) as server:
        generate(project, server.base_url, cache=shared_cache(tmp_path_factory))
        build_site(project, server.base_url)
        yield Site(project, server)


@pytest.fixture(scope="session")
def playwright() -> Iterator[Playwright]:
    if sync_playwright is None:
        pytest.fail("playwright is not installed: pip install -e '.[dev]'")
    with sync_playwright() as pw:
        yield pw


@pytest.fixture(scope="session")
def browser(playwright: Playwright) -> Iterator[Browser]:
    if not Path(CHROMIUM).is_file():
        message = f"Chromium not found at {CHROMIUM}: apt-get install chromium (or set CHROMIUM)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    yield browser
    browser.close()


@dataclass
class Watched:
    """A browser context and page, and every problem seen while the test used them."""

    context: BrowserContext
    page: Page
    site: Site
    problems: list[str] = field(default_factory=list)
    expected_404: set[str] = field(default_factory=set)

    def expect_404(self, url: str) -> None:
        """A deliberate request for a missing page: its 404 is not a problem."""
        self.expected_404.add(url)

    def goto(self, path_or_url: str) -> None:
        """Open a page (relative to the site's base URL) and wait until the network is idle."""
        url = urllib.parse.urljoin(self.site.base_url, path_or_url)
        self.page.goto(url)
        self.page.wait_for_load_state("networkidle")

    def screenshot(self, name: str) -> Path:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOTS / f"{name}.png"
        self.page.screenshot(path=str(path), full_page=True)
        return path

    def assert_clean(self) -> None:
        self.page.wait_for_load_state("networkidle")
        assert not self.problems, "problems in the browser:\n" + "\n".join(self.problems)


def _watch(context: BrowserContext, site: Site) -> Watched:
    page = context.new_page()
    watched = Watched(context, page, site)
    problems = watched.problems

    def off_host(route, request) -> None:  # type: ignore[no-untyped-def]
        problems.append(f"request to another host: {request.url}")
        route.abort()

    context.route(lambda url: urllib.parse.urlsplit(url).hostname != HOST, off_host)

    def on_console(message) -> None:  # type: ignore[no-untyped-def]
        if message.type != "error":
            return
        where = message.location.get("url", "")
        if where in watched.expected_404 and "404" in message.text:
            return  # Chromium logs the deliberate 404 itself as a console error
        problems.append(f"console {message.type}: {message.text} at {where}")

    context.on("console", on_console)
    context.on("weberror", lambda e: problems.append(f"uncaught exception: {e.error}"))
    context.on(
        "requestfailed",
        lambda r: (
            problems.append(f"request failed: {r.method} {r.url}: {r.failure}")
            if urllib.parse.urlsplit(r.url).hostname == HOST
            else None
        ),
    )

    def on_response(response) -> None:  # type: ignore[no-untyped-def]
        if response.status >= 400 and not (response.status == 404 and response.url in watched.expected_404):
            problems.append(f"HTTP {response.status}: {response.request.method} {response.url}")

    context.on("response", on_response)
    return watched


def desktop_page(browser: Browser, site: Site) -> Iterator[Watched]:
    """A desktop-sized page of ``site`` in the light colour scheme, closed after use (a fixture's body)."""
    context = browser.new_context(viewport=DESKTOP, color_scheme="light", service_workers="block")
    context.set_default_timeout(15_000)
    yield _watch(context, site)
    context.close()


@pytest.fixture
def desktop(browser: Browser, site: Site) -> Iterator[Watched]:
    """A desktop-sized page in the light colour scheme."""
    yield from desktop_page(browser, site)


@pytest.fixture
def phone(browser: Browser, site: Site) -> Iterator[Watched]:
    """A phone-sized touch page in the light colour scheme."""
    context = browser.new_context(
        viewport=PHONE,
        color_scheme="light",
        device_scale_factor=2,
        is_mobile=True,
        has_touch=True,
        service_workers="block",
    )
    context.set_default_timeout(15_000)
    yield _watch(context, site)
    context.close()
