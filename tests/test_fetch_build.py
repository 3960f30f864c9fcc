"""A page added by URL builds the same article page as the same page saved by hand, plus where it came from."""

from __future__ import annotations

import difflib
import shutil
from collections.abc import Callable

import pytest
import yaml

from generator.cli import main
from generator.render.text import fmt_date
from tests.conftest import Project
from tests.fetch_helpers import article_html
from tests.sitecheck import set_publishing
from tests.test_html_input import PARAS
from tests.webserver import LocalWeb, Reply


def article_page(project: Project) -> str:
    pages = [p for p in (project.docs / "articles").glob("*.md") if p.name != "index.md"]
    assert len(pages) == 1, pages
    return pages[0].read_text(encoding="utf-8")


def test_added_by_url_equals_saved_by_hand_plus_original_and_retrieved(
    web: LocalWeb, make_project: Callable[..., Project]
) -> None:
    web.routes["/news/story"] = Reply(article_html())
    fetched = make_project(seeds=None, name="fetched")
    code = main(["add", web.url("/news/story"), "--seeds", str(fetched.seeds), "--allow-private", "--delay", "0",
                 "--cache", str(fetched.root / ".cache"), "--config", str(fetched.root / "mkdocs.yml")])
    assert code == 0
    page_file = next(fetched.seeds.glob("*.html"))
    by_hand = make_project(seeds=None, name="by-hand")
    shutil.copy(page_file, by_hand.seeds / page_file.name)  # the same bytes, saved under the same name
    fetched.generate()
    by_hand.generate()
    got, expected = article_page(fetched), article_page(by_hand)
    retrieved = yaml.safe_load(page_file.with_suffix(".yml").read_text(encoding="utf-8"))["retrieved"]
    url = web.url("/news/story")
    diff = [d for d in difflib.ndiff(expected.splitlines(), got.splitlines()) if d[:1] in "+-"]
    # Front matter gains the URL; the page gains the "Original" line (a paragraph of its own) and its
    # provenance line names the original. Nothing else.
    tail = "Cleaned by Briefing: 0 lines of page chrome removed.*"
    assert diff == [
        "- url: null",
        f"+ url: {url}",
        "+ ",
        f"+ Original: [{url}]({url}) · Retrieved {fmt_date(retrieved)}",
        f"- *Provenance: published by **Example Gazette**; the original's address is not known. {tail}",
        f"+ *Provenance: published by **Example Gazette**; original at [{url}]({url}). {tail}",
    ], "\n".join(diff)


def test_a_fetched_article_follows_the_publishing_policy(
    web: LocalWeb, make_project: Callable[..., Project], capsys: pytest.CaptureFixture[str]
) -> None:
    """An outlet set to ``excerpt`` in mkdocs.yml: its fetched article's body is in no generated file."""
    web.routes["/news/story"] = Reply(article_html())
    project = make_project(seeds=None)
    set_publishing(project, "full", {"Example Gazette": "excerpt"})
    code = main(["add", web.url("/news/story"), "--seeds", str(project.seeds), "--allow-private", "--delay", "0",
                 "--cache", str(project.root / ".cache"), "--config", str(project.root / "mkdocs.yml")])
    assert code == 0 and "publishing: excerpt" in capsys.readouterr().out
    project.generate()
    published = "\n".join(p.read_text(encoding="utf-8") for p in project.docs.rglob("*") if p.is_file())
    assert "Excerpt only" in article_page(project)
    assert PARAS[-1][:60] not in published  # the summary may quote the opening paragraphs, not the rest
