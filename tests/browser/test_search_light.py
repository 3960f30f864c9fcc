"""Search on a site with light search records (large corpora), in Chromium, under ``/briefing/``.

The sample seeds are built with ``extra.briefing.search.full_text_limit: 0``, so every article page
is indexed by its title only, and actor and theme pages by their head (``generator/render/searchcut.py``).
A reader must still find an actor by a spelling variant, an article by words of its title, and a
theme by its name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser

from tests.browser.conftest import Site, Watched, desktop_page
from tests.browser.test_site import ACTOR_SLUG, ACTOR_VARIANT
from tests.sitecheck import build_site, generate, prepare_project, serving, set_briefing

pytestmark = pytest.mark.slow



@pytest.fixture(scope="module")
def light_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    project = prepare_project(tmp_path_factory.mktemp("browser-light") / "project")
    set_briefing(project, "search", {"full_text_limit": 0})
    with serving(project.site) as server:
        generate(project, server.base_url)
        build_site(project, server.base_url)
        yield Site(project, server)


@pytest.fixture
def light(browser: Browser, light_site: Site) -> Iterator[Watched]:
    yield from desktop_page(browser, light_site)


def _search(watched: Watched, query: str, href_part: str) -> None:
    """Type ``query`` into the search box; a result linking ``href_part`` must appear."""
    watched.goto("")
    box = watched.page.locator("input.md-search__input")
    box.click()
    box.press_sequentially(query, delay=30)
    watched.page.locator(f'.md-search-result a[href*="{href_part}"]').first.wait_for(state="visible")
    watched.assert_clean()


def _front_title(md: str) -> str:
    match = re.search(r"^# (.+)$", md, re.M)
    assert match, "an article page without a title"
    return match.group(1)


def test_alias_finds_its_actor(light: Watched) -> None:
    _search(light, ACTOR_VARIANT, f"/actors/{ACTOR_SLUG}/")


def test_article_found_by_its_title(light: Watched) -> None:
    slugs = light.site.article_slugs()
    assert slugs
    # The article with the longest title; its first words, as a reader remembers them.
    titles = {s: _front_title((light.site.project.docs / "articles" / f"{s}.md").read_text("utf-8")) for s in slugs}
    slug = max(slugs, key=lambda s: (len(titles[s]), s))
    words = [w for w in re.findall(r"[A-Za-z]{4,}", titles[slug])][:4]
    assert len(words) >= 2, titles[slug]
    _search(light, " ".join(words), f"/articles/{slug}/")


def test_theme_found_by_its_name(light: Watched) -> None:
    """Article records no longer name their themes; the theme page, indexed by its head, is found."""
    docs = light.site.project.docs / "themes"
    pages = sorted(p for p in docs.glob("*.md") if p.stem != "index")
    assert pages
    names = {p.stem: _front_title(p.read_text("utf-8")) for p in pages}
    slug = max(names, key=lambda s: (len(re.findall(r"[A-Za-z]{5,}", names[s])), s))
    words = re.findall(r"[A-Za-z]{5,}", names[slug])[:3]
    assert len(words) >= 2, names[slug]
    _search(light, " ".join(words), f"/themes/{slug}/")
