""""Start your own briefing" (README), followed step by step on a small corpus on another topic.

The corpus (``tests/fixtures/own_briefing``: four reports of one port strike and the owner's data
folder) is written for this test. The region's data folder of this repository is switched off by
pointing ``extra.briefing.data`` at the owner's folder, so nothing of the region may appear.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml

from generator.knowledge.layers import PACKAGE_DATA
from tests.conftest import ROOT, Project
from tests.sitecheck import set_briefing, set_config

OWN = Path(__file__).resolve().parent / "fixtures" / "own_briefing"
SITE_NAME = "Port Kestrel strike"


def _names(folder: Path) -> set[str]:
    files = [yaml.safe_load(p.read_text("utf-8")) or {} for p in folder.glob("actors/*.yml")]
    return {e["name"] for data in files for e in data.get("actors") or []}


def _region_only() -> tuple[set[str], set[str]]:
    """Actor names and theme slugs that only the region's data folder defines (not the package)."""
    actors = _names(ROOT / "briefing") - _names(PACKAGE_DATA)
    themes = yaml.safe_load((ROOT / "briefing" / "themes.yml").read_text("utf-8"))["themes"]
    return actors, {t.get("slug") or t["name"] for t in themes}


@pytest.fixture(scope="module")
def own(tmp_path_factory: pytest.TempPathFactory) -> Project:
    # Step 1: a fresh clone (this repository's configuration and pages), without the region's data.
    # Step 2: the owner's own articles in seeds/.
    project = Project(tmp_path_factory.mktemp("own") / "project")
    project.root.mkdir()
    shutil.copy(ROOT / "mkdocs.yml", project.root / "mkdocs.yml")
    shutil.copytree(ROOT / "overrides", project.root / "overrides")
    project.docs.mkdir()
    shutil.copy(ROOT / "docs_src" / "about.md", project.docs / "about.md")
    shutil.copytree(OWN / "seeds", project.seeds)
    # Step 3: the site's name and description.
    set_config(project, "site_name", SITE_NAME)
    set_config(project, "site_description", "Reports on the dock strike at Port Kestrel, March 2025.")
    # Step 4: the owner's data folder, in place of the example's briefing/.
    shutil.copytree(OWN / "mydata", project.root / "mydata")
    set_briefing(project, "data", "mydata")
    # Step 5: the publishing policy: excerpts, except the outlet whose text the owner may publish.
    set_briefing(project, "publishing", {"mode": "excerpt", "sources": {"Harbour Times": "full"}})
    # Step 6: build the site.
    project.generate()
    project.mkdocs_build()
    return project


@pytest.mark.slow
def test_the_site_is_about_the_owners_topic(own: Project) -> None:
    data = json.loads((own.docs / "briefing.json").read_text(encoding="utf-8"))
    assert len(data["articles"]) == 4
    actors = {a["name"] for a in data["actors"]}
    assert {"Coastal Dockworkers Union", "Kestrel Gateway Terminals", "Tomas Brandt"} <= actors
    assert [t["name"] for t in data["themes"]] == ["Labour dispute"]
    home = (own.site / "index.html").read_text(encoding="utf-8")
    assert SITE_NAME in home


@pytest.mark.slow
def test_nothing_of_the_region_appears(own: Project) -> None:
    region_actors, region_themes = _region_only()
    data = json.loads((own.docs / "briefing.json").read_text(encoding="utf-8"))
    assert not {a["name"] for a in data["actors"]} & region_actors
    assert not {t["slug"] for t in data["themes"]} & region_themes
    pages = {p.name for p in (own.docs / "themes").glob("*.md")} | {p.name for p in (own.docs / "actors").rglob("*.md")}
    assert not {f"{s}.md" for s in region_themes} & pages
    site_text = " ".join(p.read_text(encoding="utf-8") for p in own.site.rglob("*.html"))
    for name in sorted(region_actors):
        assert f">{name}<" not in site_text, name


@pytest.mark.slow
def test_the_publishing_policy_is_followed(own: Project) -> None:
    data = json.loads((own.docs / "briefing.json").read_text(encoding="utf-8"))
    by_source = {a["source"]: a for a in data["articles"]}
    reuters = (own.docs / by_source["Reuters"]["path"]).read_text(encoding="utf-8")
    assert "Excerpt only" in reuters and "would not end the strike" not in reuters  # the body stays out
    full = [a for a in data["articles"] if a["source"] == "Harbour Times"]
    assert full, data["articles"]
    assert any("waiting at anchor" in (own.docs / a["path"]).read_text(encoding="utf-8") for a in full)
