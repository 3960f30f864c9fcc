"""What a reader sees, in Chromium at phone and desktop widths, light and dark (issue 18).

The home page names the topic and shows top stories; the picture of who is named together has
labels of at least 11 px on a 390 px phone, opens an actor page from a node, and is drawn on a dark
background in the dark scheme; a spelling variant finds its actor page first. Screenshots go to
``test-output/screenshots/``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser

from generator.settings import read_mkdocs_config, site_description_from, site_name_from
from tests.browser.conftest import DESKTOP, PHONE, Site, Watched, _watch
from tests.conftest import ROOT

pytestmark = pytest.mark.slow

CONFIG = read_mkdocs_config(ROOT / "mkdocs.yml")
SIZES = {"phone": PHONE, "desktop": DESKTOP}
MIN_LABEL_PX = 11
VARIANTS = {"Hizbollah": "kataib-hezbollah", "Daesh": "isis"}  # spellings the registry lists as aliases


@pytest.fixture(params=[(size, scheme) for size in SIZES for scheme in ("light", "dark")], ids=lambda p: "-".join(p))
def reader(request: pytest.FixtureRequest, browser: Browser, site: Site) -> Iterator[tuple[Watched, str]]:
    """A fresh page at one width in one colour scheme (the site follows the system scheme at first)."""
    size, scheme = request.param
    phone = size == "phone"
    context = browser.new_context(
        viewport=SIZES[size], color_scheme=scheme, device_scale_factor=2 if phone else 1, is_mobile=phone,
        has_touch=phone, service_workers="block",
    )
    context.set_default_timeout(15_000)
    yield _watch(context, site), f"{size}-{scheme}"
    context.close()


def _luminance(css: str) -> float:
    """Relative luminance (0 black, 1 white) of a computed ``rgb()``/``rgba()`` colour."""
    r, g, b = (int(v) / 255 for v in re.findall(r"[\d.]+", css)[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _has_groups(site: Site) -> bool:
    """Whether the corpus has same-event groups (an article names the other reports of its event)."""
    data = json.loads((site.project.docs / "briefing.json").read_text(encoding="utf-8"))
    return any(a["same_event"] for a in data["articles"])


def test_home_page_names_the_topic_shows_top_stories_and_a_legible_picture(reader: tuple[Watched, str]) -> None:
    watched, name = reader
    page = watched.page
    watched.goto("")
    assert page.locator("article h1").first.inner_text().strip().rstrip("¶").strip() == site_name_from(CONFIG)
    description = site_description_from(CONFIG)
    assert description and description in page.locator("article").inner_text()
    cards = page.locator("article .grid.cards li")
    if _has_groups(watched.site):
        assert page.locator("article h2", has_text="Top stories").count() == 1
        assert cards.count() >= 1
        href = cards.first.locator("a").first.get_attribute("href") or ""
        assert re.fullmatch(r"events/[a-z0-9-]+/", href), href
    picture = page.locator("svg.briefing-network")
    assert picture.count() == 1
    sizes = picture.locator("text").evaluate_all(
        "els => els.map(e => parseFloat(getComputedStyle(e).fontSize) * e.getScreenCTM().a)"
    )
    assert sizes and min(sizes) >= MIN_LABEL_PX, f"labels of {min(sizes):.1f} px at {name}"
    background = _luminance(picture.locator(".bn-bg").evaluate("e => getComputedStyle(e).fill"))
    label = _luminance(picture.locator("text").first.evaluate("e => getComputedStyle(e).fill"))
    if name.endswith("dark"):
        assert page.locator("body").get_attribute("data-md-color-scheme") == "slate"
        assert background < 0.2 < 0.6 < label, (background, label)  # a dark picture, light labels
    else:
        assert background > 0.8 > 0.4 > label, (background, label)
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"the home page scrolls sideways by {overflow}px at {name}"
    shot = watched.screenshot(f"home-{name}")
    picture.screenshot(path=str(shot.with_name(f"network-{name}.png")))
    watched.assert_clean()


@pytest.mark.parametrize("size", ["phone", "desktop"])
def test_a_node_of_the_picture_opens_its_actor_page(size: str, request: pytest.FixtureRequest) -> None:
    watched: Watched = request.getfixturevalue(size)
    page = watched.page
    watched.goto("")
    node = page.locator("svg.briefing-network a").nth(1)
    label = (node.get_attribute("aria-label") or "").split(":")[0]
    href = node.get_attribute("href") or ""
    node.locator("circle").click()
    page.wait_for_url(re.compile(re.escape(watched.site.base_url + href) + "$"))
    page.wait_for_load_state("networkidle")
    assert page.locator("article h1").first.inner_text().strip().rstrip("¶").strip() == label
    watched.assert_clean()


@pytest.mark.parametrize(("variant", "slug"), sorted(VARIANTS.items()))
def test_a_spelling_variant_lists_its_actor_page_first(variant: str, slug: str, desktop: Watched) -> None:
    page = desktop.page
    desktop.goto("")
    box = page.locator("input.md-search__input")
    box.click()
    box.press_sequentially(variant, delay=30)
    first = page.locator(".md-search-result__item > a").first
    first.wait_for(state="visible")
    href = first.get_attribute("href") or ""
    assert f"/actors/{slug}/" in href, f"first result for {variant!r} is {href}"
    desktop.screenshot(f"search-{variant.casefold()}")
    desktop.assert_clean()
