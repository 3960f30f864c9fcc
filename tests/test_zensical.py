"""The same mkdocs.yml and docs_src/ build with Zensical as well as MkDocs (``make site ENGINE=zensical``)."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import Project
from tests.sitecheck import SubpathServer, build_site, crawl, generate, prepare_project, serving, shared_cache

pytestmark = pytest.mark.slow


@dataclass
class Builds:
    project: Project
    mkdocs: Path
    zensical: Path
    zensical_output: str
    server: SubpathServer  # serves the Zensical output under /briefing/


@pytest.fixture(scope="module")
def builds(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Builds]:
    """One generated docs_src/, built by both engines for the same subpath URL."""
    root = tmp_path_factory.mktemp("engines")
    project = prepare_project(root / "project")
    zensical_site = root / "site-zensical"
    with serving(zensical_site) as server:
        generate(project, server.base_url, cache=shared_cache(tmp_path_factory))
        proc = build_site(project, server.base_url, engine="zensical")
        shutil.move(project.site, zensical_site)
        build_site(project, server.base_url, engine="mkdocs")
        yield Builds(project, project.site, zensical_site, proc.stdout + proc.stderr, server)


def _article_slugs(project: Project) -> list[str]:
    return sorted(p.stem for p in (project.docs / "articles").glob("*.md") if p.stem != "index")


def test_zensical_build_reports_no_error(builds: Builds) -> None:
    assert not re.search(r"\berror\b", builds.zensical_output, re.I), builds.zensical_output
    assert (builds.zensical / "index.html").is_file()


def test_both_engines_build_every_article_page(builds: Builds) -> None:
    slugs = _article_slugs(builds.project)
    assert len(slugs) >= 5
    for site in (builds.mkdocs, builds.zensical):
        missing = [s for s in slugs if not (site / "articles" / s / "index.html").is_file()]
        assert not missing, f"{site.name}: no page for {missing}"
        for page in ("index.html", "articles/index.html", "about/index.html", "feed.xml", "briefing.json"):
            assert (site / page).is_file(), f"{site.name}: {page} missing"


def test_both_engines_build_the_same_pages(builds: Builds) -> None:
    """Not only articles: actor, theme and every other generated or hand-written page too."""
    mkdocs = {p.relative_to(builds.mkdocs).as_posix() for p in builds.mkdocs.rglob("*.html")}
    zensical = {p.relative_to(builds.zensical).as_posix() for p in builds.zensical.rglob("*.html")}
    assert mkdocs == zensical, f"only MkDocs: {sorted(mkdocs - zensical)}; only Zensical: {sorted(zensical - mkdocs)}"


def test_both_engines_index_every_article_for_search(builds: Builds) -> None:
    data = json.loads((builds.project.docs / "briefing.json").read_text(encoding="utf-8"))
    titles = {a["title"] for a in data["articles"]}
    mkdocs_index = json.loads((builds.mkdocs / "search" / "search_index.json").read_text(encoding="utf-8"))
    # Zensical writes its search index to search.json, with "items" instead of "docs".
    zensical_index = json.loads((builds.zensical / "search.json").read_text(encoding="utf-8"))
    for name, docs in (("mkdocs", mkdocs_index["docs"]), ("zensical", zensical_index["items"])):
        indexed = {d["title"] for d in docs}
        assert titles <= indexed, f"{name}: not in the search index: {sorted(titles - indexed)}"


def test_zensical_site_works_under_the_subpath(builds: Builds) -> None:
    """The Zensical output, served under /briefing/, has no broken or escaping link either."""
    result = crawl(builds.server.base_url)
    assert result.offenders == [], "problems in the Zensical site:\n" + result.report()
    slugs = _article_slugs(builds.project)
    assert all(f"{builds.server.base_url}articles/{s}/" in result.pages for s in slugs)
