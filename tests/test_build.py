"""The real ``mkdocs build --strict`` on generated output, checked in the built HTML."""

from __future__ import annotations

import json
from collections.abc import Callable
from html.parser import HTMLParser

import pytest
import yaml

from tests.conftest import Project


class _Collect(HTMLParser):
    """Text of the first <h1>, the <title>, and every link target."""

    def __init__(self) -> None:
        super().__init__()
        self.h1: list[str] = []
        self.title: list[str] = []
        self.hrefs: list[str] = []
        self.external_assets: list[str] = []
        self._in: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag in ("h1", "title") and self._in is None:
            self._in = tag
        if tag == "a" and a.get("href"):
            self.hrefs.append(a["href"] or "")
        for key in ("src", "href"):
            value = a.get(key) or ""
            if tag in ("script", "link", "img") and value.startswith(("http://", "https://", "//")):
                self.external_assets.append(value)

    def handle_endtag(self, tag: str) -> None:
        if tag == self._in:
            self._in = None

    def handle_data(self, data: str) -> None:
        if self._in == "h1":
            self.h1.append(data)
        elif self._in == "title":
            self.title.append(data)


def _parse(path) -> _Collect:  # type: ignore[no-untyped-def]
    c = _Collect()
    c.feed(path.read_text(encoding="utf-8"))
    return c


@pytest.mark.slow
def test_site_builds_with_every_article(make_project: Callable[..., Project]) -> None:
    project = make_project()
    project.generate()
    project.mkdocs_build()
    data = json.loads((project.docs / "briefing.json").read_text(encoding="utf-8"))
    assert len(data["articles"]) == 5
    published = json.loads((project.site / "briefing.json").read_text(encoding="utf-8"))
    assert published == data
    search = json.loads((project.site / "search" / "search_index.json").read_text(encoding="utf-8"))
    search_titles = {doc["title"] for doc in search["docs"]}
    for art in data["articles"]:
        page = project.site / "articles" / art["slug"] / "index.html"
        parsed = _parse(page)
        assert "".join(parsed.h1).strip().rstrip("¶") == art["title"]  # ¶ is the toc permalink
        assert "".join(parsed.title).startswith(art["title"])
        assert art["title"] in search_titles
        assert parsed.external_assets == []
        front = (project.docs / art["path"]).read_text(encoding="utf-8").split("---\n")[1]
        assert yaml.safe_load(front)["slug"] == art["slug"]
    home = _parse(project.site / "index.html")
    assert sum(1 for h in home.hrefs if h.startswith("articles/")) >= 5
    assert (project.site / "about" / "index.html").is_file()


@pytest.mark.slow
def test_empty_seeds_folder_still_builds(make_project: Callable[..., Project]) -> None:
    project = make_project(seeds=None)
    project.generate()
    project.mkdocs_build()
    assert "No articles yet" in (project.docs / "articles" / "index.md").read_text(encoding="utf-8")
