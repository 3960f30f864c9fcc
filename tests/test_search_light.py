"""Light search records (large corpora): article bodies stay on the page but out of the search index.

The sample seeds are built with ``extra.briefing.search.full_text_limit: 0`` so the light mode is
on for five articles; the real ``mkdocs build`` makes the search index, and the crawler checks
that every link inside the pre-rendered body works under the publishing subpath.
"""

from __future__ import annotations

import html as html_lib
import json
import re
from collections.abc import Iterator

import pytest

from generator.errors import DataError
from tests.conftest import Project
from tests.sitecheck import (
    CrawlResult,
    SubpathServer,
    build_site,
    crawl,
    generate,
    prepare_project,
    serving,
    set_briefing,
)


@pytest.fixture(scope="module")
def light(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Project, SubpathServer]]:
    project = prepare_project(tmp_path_factory.mktemp("light") / "project")
    set_briefing(project, "search", {"full_text_limit": 0})
    with serving(project.site) as server:
        generate(project, server.base_url)
        build_site(project, server.base_url)
        yield project, server


def _records(project: Project) -> list[dict[str, str]]:
    data = json.loads((project.site / "search" / "search_index.json").read_text(encoding="utf-8"))
    return list(data["docs"])


def _body_sentence(md: str) -> str:
    """A long sentence from the middle of an article page's body (inside the excluded block)."""
    body = md.split("data-search-exclude markdown>", 1)[1]
    text = re.sub(r"<[^>]+>", " ", body)
    plain = [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if not set(s) & set("[]()&*<>#|\\")]
    sentences = [s for s in plain if len(s.split()) >= 12]
    return sentences[len(sentences) // 2]


def html_title(html: str) -> str:
    """The text of a built page's first heading."""
    match = re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S)
    assert match, "a page without a heading"
    text = re.sub(r'<a class="headerlink".*?</a>', "", match.group(1), flags=re.S)  # the permalink's "¶"
    return html_lib.unescape(" ".join(re.sub(r"<[^>]+>", " ", text).split()))


@pytest.mark.slow
def test_article_bodies_are_shown_but_not_indexed(light: tuple[Project, SubpathServer]) -> None:
    project, _ = light
    records = _records(project)
    pages = sorted((project.docs / "articles").glob("*.md"))
    articles = [p for p in pages if p.stem != "index"]
    assert len(articles) == 5
    for md in articles:
        text = md.read_text(encoding="utf-8")
        sentence = _body_sentence(text)
        words = " ".join(sentence.split()[2:9])  # a run of words, away from any markup
        html = (project.site / "articles" / md.stem / "index.html").read_text(encoding="utf-8")
        assert words in " ".join(re.sub(r"<[^>]+>", " ", html).split()), md.name  # the reader sees it
        own = [r for r in records if r["location"].startswith(f"articles/{md.stem}/")]
        assert len(own) == 1, f"{md.stem} should have exactly one search record: {own}"
        indexed = " ".join(" ".join(re.sub(r"<[^>]+>", " ", r["title"] + " " + r["text"]).split()) for r in own)
        assert words not in indexed, md.name  # ... but search does not index it
        # The title is the whole record: no actors, themes or summary repeated in every article's record.
        title = html_lib.unescape(own[0]["title"])
        assert html_lib.unescape(indexed) == " ".join(title.split()) == html_title(html), md.name
        # The metadata line and the original's link are shown but not indexed.
        html_text = " ".join(re.sub(r"<[^>]+>", " ", html).split())
        assert "min read" in html_text and "min read" not in indexed, md.name
        assert "Original:" not in indexed and "In brief" not in indexed, md.name
    # Actor pages stay searchable by name and alias (their first section); their article lists,
    # and the listing pages (events, sources, months), are left out of the light index.
    assert any(r["location"].startswith("actors/hezbollah/") and "Hizbollah" in r["text"] for r in records)
    hezbollah = " ".join(r["text"] for r in records if r["location"].startswith("actors/hezbollah/"))
    assert len(hezbollah) < 2000
    assert not [r["location"] for r in records if r["location"].startswith(("events/", "sources/"))]
    # Theme, quote and timeline pages are found by their head; the lists on them stay out of the index.
    titles = [html_title((project.site / "articles" / md.stem / "index.html").read_text("utf-8")) for md in articles]
    for prefix in ("themes/", "quotes/", "timeline/"):
        found = [r for r in records if r["location"].startswith(prefix)]
        assert found, prefix
        listed = [t for r in found for t in titles if t in html_lib.unescape(r["text"])]
        assert not listed, (prefix, listed)


@pytest.mark.slow
def test_links_inside_the_excluded_body_work(light: tuple[Project, SubpathServer]) -> None:
    result: CrawlResult = crawl(light[1].base_url)
    assert result.offenders == [], result.report()
    base = light[1].base_url
    assert any(u.startswith(base + "actors/") for u in result.pages)


def test_full_text_for_small_corpora_by_default() -> None:
    from generator.settings import DEFAULT_FULL_TEXT_LIMIT, Settings, search_limit_from

    assert Settings().search_full_text_limit == DEFAULT_FULL_TEXT_LIMIT >= 100
    assert search_limit_from({}) == DEFAULT_FULL_TEXT_LIMIT
    assert search_limit_from({"extra": {"briefing": {"search": {"full_text_limit": 0}}}}) == 0
    with pytest.raises(DataError, match="full_text_limit"):
        search_limit_from({"extra": {"briefing": {"search": {"full_text_limit": "many"}}}})
