"""Search on a site with light search records (large corpora), in Chromium, under ``/briefing/``.

The sample seeds are built with ``extra.briefing.search.full_text_limit: 0``, so every article page
is indexed by its title, actors and themes only (``generator/render/searchcut.py``) and the search
pipeline of ``mkdocs.yml`` applies. A reader must still find an actor by a spelling variant, and an
article by words of its title and by the name of an actor it names.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser

from tests.browser.conftest import Site, Watched, desktop_page
from tests.browser.test_site import ACTOR_SLUG, ACTOR_VARIANT
from tests.sitecheck import build_site, generate, prepare_project, serving, set_briefing

pytestmark = pytest.mark.slow

_CARD_ACTORS = re.compile(r"^\*\*Actors:\*\* (.+?)\s*$", re.M)
_PLAIN = re.compile(r"[A-Za-z]+(?: [A-Za-z]+)+")  # a name of two words or more, nothing escaped


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


def test_article_found_by_an_actor_it_names(light: Watched) -> None:
    named: dict[str, list[str]] = {}
    for slug in light.site.article_slugs():
        card = _CARD_ACTORS.search((light.site.project.docs / "articles" / f"{slug}.md").read_text("utf-8"))
        assert card, f"{slug}: no indexed actors line"
        named[slug] = [a.strip() for a in card.group(1).split(",")]
    counts = Counter(a for actors in named.values() for a in actors)
    # An actor that only one article names, so that article must be among the few results.
    unique = sorted((a, s) for s, actors in named.items() for a in actors if counts[a] == 1 and _PLAIN.fullmatch(a))
    assert unique, named
    actor, slug = unique[0]
    _search(light, actor, f"/articles/{slug}/")
