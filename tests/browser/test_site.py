"""The published site in a real browser (Debian's Chromium through Playwright), under ``/briefing/``.

Each test fails on any console error, uncaught exception, failed request, HTTP error or request to a
host other than 127.0.0.1 (see ``conftest.py``). Screenshots go to ``test-output/screenshots/``.
"""

from __future__ import annotations

import json
import re
import urllib.parse
import xml.etree.ElementTree as ET

import pytest

from generator.settings import read_mkdocs_config, site_name_from
from tests.browser.conftest import Site, Watched
from tests.conftest import ROOT
from tests.sitecheck import parse_html

pytestmark = pytest.mark.slow

ACTOR_SLUG = "kataib-hezbollah"
ACTOR_VARIANT = "Hizbollah"  # a spelling the actor page must be found by
ATOM = "{http://www.w3.org/2005/Atom}"
TRANSPARENT = "rgba(0, 0, 0, 0)"


def _path(site: Site, url: str) -> str:
    """The part of ``url`` after the site's base URL ('' for the home page); fails outside it."""
    absolute = urllib.parse.urljoin(site.base_url, url).partition("#")[0].partition("?")[0]
    assert absolute.startswith(site.base_url), f"{url} is outside {site.base_url}"
    return absolute[len(site.base_url) :]


def _content_links(site: Site, slug: str) -> tuple[list[str], list[str]]:
    """Hrefs inside an article's content, from the built HTML: (other articles, actor pages)."""
    html = (site.project.site / "articles" / slug / "index.html").read_text(encoding="utf-8")
    body = re.search(r"<article\b.*?</article>", html, re.S)
    assert body, f"no <article> in {slug}"
    related, actors = [], []
    for href, _cls in parse_html(body.group(0)).anchors:
        target = urllib.parse.urljoin(f"{site.base_url}articles/{slug}/", href)
        if not target.startswith(site.base_url):
            continue
        path = _path(site, target)
        if re.fullmatch(r"articles/[a-z0-9-]+/", path) and path != f"articles/{slug}/":
            related.append(href)
        elif path.startswith("actors/") and path != "actors/":
            actors.append(href)
    return related, actors


def _style(page_or_locator, prop: str) -> str:  # type: ignore[no-untyped-def]
    return str(page_or_locator.evaluate(f"el => getComputedStyle(el).getPropertyValue('{prop}')"))


def _assert_styled(watched: Watched) -> None:
    """Material's stylesheets are loaded and applied: under the subpath, with rules, header coloured."""
    sheets = watched.page.evaluate(
        "() => [...document.styleSheets].filter(s => s.href).map(s => [s.href, s.cssRules.length])"
    )
    assert sheets, "no stylesheet loaded"
    for href, rules in sheets:
        _path(watched.site, href)
        assert rules > 0, f"stylesheet {href} is empty"
    header = watched.page.locator("header.md-header")
    assert _style(header, "background-color") != TRANSPARENT, "the header is not styled"


def test_home_page_links_the_feed_and_the_data_export(desktop: Watched) -> None:
    desktop.goto("")
    page = desktop.page
    assert site_name_from(read_mkdocs_config(ROOT / "mkdocs.yml")) in page.title()
    assert page.locator("article h1").first.inner_text().strip()
    _assert_styled(desktop)
    alternate = page.locator('link[rel="alternate"][type="application/atom+xml"]')
    assert alternate.count() == 1
    feed_links = [alternate.get_attribute("href")]
    feed_links += page.locator('article a[href$="feed.xml"]').evaluate_all("els => els.map(e => e.href)")
    json_links = page.locator('article a[href$="briefing.json"]').evaluate_all("els => els.map(e => e.href)")
    assert len(feed_links) >= 2, "the home page does not link the Atom feed in its content"
    assert json_links, "the home page does not link briefing.json"
    for href in feed_links:
        url = urllib.parse.urljoin(page.url, href or "")
        assert _path(desktop.site, url) == "feed.xml"
        resp = desktop.context.request.get(url)
        assert resp.status == 200, url
        assert "xml" in resp.headers["content-type"]
        feed = ET.fromstring(resp.body())
        assert feed.tag == f"{ATOM}feed"
        assert len(feed.findall(f"{ATOM}entry")) >= 1
    for url in json_links:
        assert _path(desktop.site, url) == "briefing.json"
        resp = desktop.context.request.get(url)
        assert resp.status == 200, url
        assert resp.headers["content-type"].startswith("application/json")
        data = json.loads(resp.body())
        assert len(data["articles"]) == len(desktop.site.article_slugs())
    desktop.assert_clean()


def test_search_finds_an_actor_by_a_spelling_variant(desktop: Watched) -> None:
    page_file = desktop.site.project.site / "actors" / ACTOR_SLUG / "index.html"
    assert page_file.is_file(), f"no actor page actors/{ACTOR_SLUG}/ was built (is the generator writing actors/?)"
    desktop.goto("")
    page = desktop.page
    box = page.locator("input.md-search__input")
    box.click()
    box.press_sequentially(ACTOR_VARIANT, delay=30)
    result = page.locator(f'.md-search-result a[href*="/actors/{ACTOR_SLUG}/"]').first
    result.wait_for(state="visible")
    result.click()
    page.wait_for_url(re.compile(re.escape(f"{desktop.site.base_url}actors/{ACTOR_SLUG}/")))
    page.wait_for_load_state("networkidle")
    assert "hezbollah" in page.locator("article h1").first.inner_text().lower()
    desktop.assert_clean()


def _article_with_links(site: Site) -> tuple[str, str, str]:
    """An article whose content links another article and an actor page: (slug, related, actor)."""
    seen = {}
    for slug in site.article_slugs():
        related, actors = _content_links(site, slug)
        seen[slug] = (len(related), len(actors))
        if related and actors:
            return slug, related[0], actors[0]
    raise AssertionError(f"no article links both a related article and an actor page: {seen}")


def test_article_follows_a_related_link_and_an_actor_link(desktop: Watched) -> None:
    site = desktop.site
    slug, related, actor = _article_with_links(site)
    desktop.goto("")
    page = desktop.page
    page.locator(f'article a[href^="articles/{slug}/"]').first.click()
    page.wait_for_url(f"{site.base_url}articles/{slug}/")
    page.wait_for_load_state("networkidle")
    _assert_styled(desktop)

    page.locator(f'article a[href="{related}"]').first.click()
    target = urllib.parse.urljoin(f"{site.base_url}articles/{slug}/", related).partition("#")[0]
    page.wait_for_url(target + "**")
    page.wait_for_load_state("networkidle")
    assert page.locator("article h1").first.inner_text().strip()

    page.go_back()
    page.wait_for_url(f"{site.base_url}articles/{slug}/")
    page.wait_for_load_state("networkidle")
    page.locator(f'article a[href="{actor}"]').first.click()
    target = urllib.parse.urljoin(f"{site.base_url}articles/{slug}/", actor).partition("#")[0]
    page.wait_for_url(target + "**")
    page.wait_for_load_state("networkidle")
    assert _path(site, page.url).startswith("actors/")
    assert page.locator("article h1").first.inner_text().strip()
    desktop.assert_clean()


def test_palette_toggle_switches_light_and_dark(desktop: Watched) -> None:
    desktop.goto("")
    page = desktop.page
    body = page.locator("body")
    toggle = page.locator('form[data-md-component="palette"] label').filter(visible=True)
    assert body.get_attribute("data-md-color-scheme") == "default"
    light_background = _style(body, "background-color")
    toggle.click()
    page.wait_for_function("document.body.getAttribute('data-md-color-scheme') === 'slate'")
    assert _style(body, "background-color") != light_background, "the dark scheme did not change the colours"
    # The choice is remembered on the next page.
    desktop.goto("articles/")
    assert body.get_attribute("data-md-color-scheme") == "slate"
    toggle.click()
    page.wait_for_function("document.body.getAttribute('data-md-color-scheme') === 'default'")
    assert _style(body, "background-color") == light_background
    desktop.assert_clean()


def test_missing_page_under_the_subpath_shows_the_styled_404(desktop: Watched) -> None:
    url = desktop.site.base_url + "articles/no-such-article/deeper/"
    desktop.expect_404(url)
    response = desktop.page.goto(url)
    assert response is not None
    assert response.status == 404
    desktop.page.wait_for_load_state("networkidle")
    assert "404" in desktop.page.locator("article h1").first.inner_text()
    _assert_styled(desktop)
    desktop.assert_clean()


@pytest.mark.parametrize("size", ["phone", "desktop"])
def test_screenshots_of_home_and_article(size: str, request: pytest.FixtureRequest) -> None:
    watched: Watched = request.getfixturevalue(size)
    slug = watched.site.article_slugs()[0]
    for name, path in (("home", ""), ("article", f"articles/{slug}/")):
        watched.goto(path)
        _assert_styled(watched)
        overflow = watched.page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"{name} page scrolls sideways by {overflow}px at {size} width"
        shot = watched.screenshot(f"{name}-{size}")
        assert shot.stat().st_size > 10_000, f"{shot} looks blank"
    watched.assert_clean()
