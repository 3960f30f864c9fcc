"""The built site works under a project subpath, as GitHub Pages serves it (``/<repo>/``).

One site is built per module from the sample seeds with ``SITE_URL=http://127.0.0.1:<port>/briefing/``
and served under ``/briefing/`` only; a crawler then follows every same-origin link and asset.
"""

from __future__ import annotations

import json
import urllib.parse
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import Project
from tests.sitecheck import (
    CrawlResult,
    SubpathServer,
    build_site,
    crawl,
    fetch,
    generate,
    parse_html,
    prepare_project,
    serving,
    shared_cache,
)

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Project, SubpathServer]]:
    project = prepare_project(tmp_path_factory.mktemp("crawl") / "project")
    with serving(project.site) as server:
        generate(project, server.base_url, cache=shared_cache(tmp_path_factory))
        build_site(project, server.base_url)
        yield project, server


@pytest.fixture(scope="module")
def crawled(served: tuple[Project, SubpathServer]) -> CrawlResult:
    return crawl(served[1].base_url)


def _article_slugs(project: Project) -> list[str]:
    return sorted(p.stem for p in (project.docs / "articles").glob("*.md") if p.stem != "index")


def _page_url(md: Path) -> str:
    """The URL path (relative to the site) of a Markdown page, with use_directory_urls."""
    parts = list(md.with_suffix("").parts)
    if parts[-1] in ("index", "README"):
        parts.pop()
    return "".join(p + "/" for p in parts)


@pytest.mark.slow
def test_no_broken_link_anchor_or_escape_under_the_subpath(crawled: CrawlResult) -> None:
    assert crawled.offenders == [], "problems found while crawling the site:\n" + crawled.report()


@pytest.mark.slow
def test_crawl_reaches_every_page_and_published_file(
    served: tuple[Project, SubpathServer], crawled: CrawlResult
) -> None:
    project, server = served
    base = server.base_url
    assert len(_article_slugs(project)) >= 5
    # Every page in docs_src/ (articles, actors, themes, ... and hand-written ones) is reachable.
    expected = [base + _page_url(md.relative_to(project.docs)) for md in sorted(project.docs.rglob("*.md"))]
    assert base + "articles/" in expected
    missing = [u for u in expected if u not in crawled.pages]
    assert not missing, f"pages not reached by following links from the home page: {missing}"
    for name, kind in (("feed.xml", "xml"), ("briefing.json", "application/json")):
        assert crawled.statuses.get(base + name) == 200, f"{name} is not linked or does not load"
        assert kind in crawled.content_types[base + name]


@pytest.mark.slow
def test_absolute_urls_carry_the_subpath(served: tuple[Project, SubpathServer], crawled: CrawlResult) -> None:
    """Canonical URLs and the feed's links are absolute (from SITE_URL) and stay under the subpath."""
    project, server = served
    base = server.base_url
    canonical = [h for p in crawled.pages.values() for tag, _, h in p.links if tag == "link" and h.startswith("http")]
    assert canonical, "no canonical links: is SITE_URL reaching mkdocs.yml?"
    outside = [h for h in canonical if not h.startswith(base)]
    assert not outside, f"absolute links outside {base}: {outside}"
    assert all(fetch(h).status == 200 for h in canonical)

    feed = ET.fromstring(fetch(base + "feed.xml").body)
    entries = feed.findall(f"{ATOM}entry")
    assert entries, "the feed has no entries"
    links = [e.find(f"{ATOM}link").get("href", "") for e in entries]  # type: ignore[union-attr]
    bad = [h for h in links if not h.startswith(base) or fetch(h).status != 200]
    assert not bad, f"feed links that are not working pages under {base}: {bad}"
    data = json.loads(fetch(base + "briefing.json").body)
    assert {a["slug"] for a in data["articles"]} == set(_article_slugs(project))


@pytest.mark.slow
def test_missing_page_gets_a_styled_404_under_the_subpath(served: tuple[Project, SubpathServer]) -> None:
    """GitHub Pages answers a missing URL with 404.html at any depth: its assets must still load."""
    _, server = served
    for missing in ("no-such-page", "articles/no-such-article/", "a/b/c/d/"):
        url = server.base_url + missing
        resp = fetch(url)
        assert resp.status == 404
        page = parse_html(resp.text)
        assert page.stylesheets, "the 404 page has no stylesheet"
        problems = []
        for tag, attr, raw in page.links:
            absolute = urllib.parse.urljoin(url, raw).partition("#")[0]
            if not absolute.startswith(server.origin):
                continue
            if not urllib.parse.urlsplit(absolute).path.startswith(server.prefix):
                problems.append(f"<{tag} {attr}={raw!r}> escapes {server.prefix}")
            elif fetch(absolute).status >= 400:
                problems.append(f"<{tag} {attr}={raw!r}> -> {absolute} is broken")
        for sheet in page.stylesheets:
            got = fetch(urllib.parse.urljoin(url, sheet))
            if got.status != 200 or not got.content_type.startswith("text/css"):
                problems.append(f"stylesheet {sheet} -> {got.status} {got.content_type}")
        assert not problems, f"404 page requested at {url}:\n" + "\n".join(problems)


@pytest.mark.slow
def test_server_serves_nothing_outside_the_subpath(served: tuple[Project, SubpathServer]) -> None:
    _, server = served
    assert fetch(server.origin + "/").status == 404
    assert fetch(server.origin + "/index.html").status == 404
    assert fetch(server.origin + "/assets/stylesheets/").status == 404
    redirect = fetch(server.origin + server.prefix.rstrip("/"))
    assert (redirect.status, redirect.location) == (301, server.prefix)
    folder = fetch(server.base_url + "articles")
    assert folder.status == 301
    assert folder.location == server.prefix + "articles/"


def _tiny_site(root: Path) -> Path:
    site = root / "site"
    (site / "a").mkdir(parents=True)
    (site / "style.css").write_text("body{background:url(missing.png)}", encoding="utf-8")
    (site / "index.html").write_text(
        '<link rel="stylesheet" href="style.css"><p id="top">'
        '<a href="a/">ok</a> <a href="a/#here">ok anchor</a> <a href="a/#nowhere">bad anchor</a>'
        '<a href="/elsewhere/">escapes</a> <a href="../up/">escapes too</a> <a href="gone/">broken</a>'
        '<a href="https://example.org/">external link is fine</a>'
        '<script src="https://cdn.example.org/x.js"></script> <a href="#top">self</a>',
        encoding="utf-8",
    )
    (site / "a" / "index.html").write_text('<h2 id="here">Here</h2><a href="../">home</a>', encoding="utf-8")
    (site / "404.html").write_text("<p>missing</p>", encoding="utf-8")
    return site


def test_crawler_reports_each_kind_of_offender(tmp_path: Path) -> None:
    """The checker itself: a small site with one of each problem."""
    with serving(_tiny_site(tmp_path)) as server:
        result = crawl(server.base_url)
    text = result.report()
    assert "anchor #nowhere does not exist" in text
    assert "'/elsewhere/'> escapes /briefing/" in text
    assert "'../up/'> escapes /briefing/" in text
    assert "'gone/'> is broken (HTTP 404)" in text
    assert "'missing.png'> is broken (HTTP 404)" in text
    assert "cdn.example.org/x.js'> loads a resource from another host" in text
    assert "#here" not in text and "#top" not in text
    assert result.external_links == {"https://example.org/"}
    assert len(result.offenders) == 6, text


@pytest.mark.slow
def test_without_site_url_a_deep_404_is_unstyled(served: tuple[Project, SubpathServer], tmp_path: Path) -> None:
    """Why SITE_URL matters: without it, 404.html's relative assets break below the top level."""
    project, _ = served
    site = tmp_path / "site-without-url"
    build_site(project, "", site_dir=site)
    with serving(site) as server:
        url = server.base_url + "articles/missing/"
        page = parse_html(fetch(url).text)
        statuses = [fetch(urllib.parse.urljoin(url, s)).status for s in page.stylesheets]
    assert statuses
    assert all(s == 404 for s in statuses), statuses
