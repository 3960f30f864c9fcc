"""Excerpt mode keeps article text out of every published file; a per-source override restores it.

The policy lives in mkdocs.yml: ``extra: briefing: publishing: {mode: excerpt, sources: {Outlet: full}}``.
For each sample article a distinctive phrase is taken from the last paragraph of its body in a FULL
build (and checked to be published there), then looked for in every file of the excerpt build:
HTML pages, the search index, feed.xml, briefing.json, the sitemap.
"""

from __future__ import annotations

import gzip
import html
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from tests.conftest import Project
from tests.sitecheck import build_site, generate, prepare_project, set_publishing, shared_cache

pytestmark = pytest.mark.slow

WINDOW = 6  # words in a distinctive phrase
_WORD = re.compile(r"[A-Za-z]+")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")  # a Markdown link, replaced by its text


@dataclass(frozen=True)
class Article:
    slug: str
    title: str
    source: str | None
    summary: str  # a phrase from the summary (front-matter description)
    deep: str  # a phrase from the last paragraph of the body


def _published_text(site: Path) -> dict[str, str]:
    """Every file of a built site as text with whitespace collapsed (gzip files decompressed)."""
    texts = {}
    for path in sorted(p for p in site.rglob("*") if p.is_file()):
        data = path.read_bytes()
        if path.suffix == ".gz":
            data = gzip.decompress(data)
        texts[path.relative_to(site).as_posix()] = " ".join(data.decode("utf-8", errors="ignore").split())
    return texts


def _phrases(paragraph: str) -> list[str]:
    """Runs of WINDOW plain words (letters only: no escaping can change them) in a paragraph."""
    tokens = paragraph.split()
    return [
        " ".join(tokens[i : i + WINDOW])
        for i in range(len(tokens) - WINDOW + 1)
        if all(_WORD.fullmatch(t) for t in tokens[i : i + WINDOW])
    ]


def _seed_text(project: Project, seed: str) -> str:
    return " ".join((project.seeds / seed).read_bytes().decode("utf-8", errors="ignore").split())


def _articles(project: Project, published: dict[str, str]) -> list[Article]:
    """Title, summary phrase and a deep body phrase of every generated article page.

    The deep phrase is taken from the last paragraph that has one which is the article's own text:
    it is in the seed file, and in the full build it is on this article's page and on no other
    article's page (so it is not generated text such as a theme description), and it is no part of
    an actor's name (a discovered organisation's full name is published in every mode).
    """
    names = [a["name"] for a in json.loads(published["briefing.json"])["actors"]]
    found = []
    for md in sorted((project.docs / "articles").glob("*.md")):
        if md.stem == "index":
            continue
        _, front, body = md.read_text(encoding="utf-8").split("---\n", 2)
        meta = yaml.safe_load(front)
        seed = _seed_text(project, meta["seed"])
        description = " ".join(str(meta.get("description") or "").split())
        summary = next(iter(_phrases(description)), "")
        own = f"articles/{meta['slug']}/index.html"
        others = [t for name, t in published.items() if name.startswith("articles/") and name != own]
        paragraphs = [_LINK.sub(r"\1", p) for p in re.split(r"\n\s*\n", body)]
        paragraphs = [p for p in paragraphs if not p.lstrip().startswith(("#", ">", "-", "*", "|"))]
        deep = ""
        for paragraph in reversed(paragraphs):
            candidates = [
                p
                for p in _phrases(" ".join(paragraph.split()))
                if p in seed and p not in description and p in published[own] and not any(p in t for t in others)
                and not any(p in n for n in names)
            ]
            if candidates:
                deep = candidates[len(candidates) // 2]
                break
        assert deep, f"{md.name}: no distinctive phrase found in its body"
        found.append(Article(meta["slug"], meta["title"], meta.get("source"), summary, deep))
    assert len(found) >= 5
    return found


def _build(project: Project, cache: Path, mode: str | None, sources: dict[str, str] | None = None) -> dict[str, str]:
    if mode is not None:
        set_publishing(project, mode, sources)
    generate(project, "http://127.0.0.1:8000/briefing/", cache=cache)
    build_site(project, "http://127.0.0.1:8000/briefing/")
    return _published_text(project.site)


@pytest.fixture(scope="module")
def full(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[Article], dict[str, str]]:
    project = prepare_project(tmp_path_factory.mktemp("full") / "project")
    published = _build(project, shared_cache(tmp_path_factory), None)
    return _articles(project, published), published


def _where(phrase: str, published: dict[str, str]) -> list[str]:
    return [name for name, text in published.items() if phrase in text]


def test_deep_phrases_are_published_in_full_mode(full: tuple[list[Article], dict[str, str]]) -> None:
    """The control: each phrase used below really is in the full site (page and search index)."""
    articles, published = full
    for art in articles:
        where = _where(art.deep, published)
        assert f"articles/{art.slug}/index.html" in where, (art.slug, art.deep)
        assert "search/search_index.json" in where, (art.slug, art.deep)


@pytest.fixture(scope="module")
def excerpt_build(tmp_path_factory: pytest.TempPathFactory) -> Callable[..., dict[str, str]]:
    def build(sources: dict[str, str] | None = None) -> dict[str, str]:
        project = prepare_project(tmp_path_factory.mktemp("excerpt") / "project")
        return _build(project, shared_cache(tmp_path_factory), "excerpt", sources)

    return build


def test_excerpt_mode_publishes_no_body_text(
    full: tuple[list[Article], dict[str, str]], excerpt_build: Callable[..., dict[str, str]]
) -> None:
    articles, _ = full
    published = excerpt_build()
    leaks = {f"{a.slug}: {a.deep!r}": _where(a.deep, published) for a in articles}
    leaks = {k: v for k, v in leaks.items() if v}
    assert not leaks, "body text published in excerpt mode:\n" + "\n".join(f"{k} in {v}" for k, v in leaks.items())
    for art in articles:
        page = published[f"articles/{art.slug}/index.html"]
        assert html.unescape(art.title) in html.unescape(page), f"{art.slug}: title missing from its page"
        assert art.summary, f"{art.slug} has no summary"
        assert art.summary in page, f"{art.slug}: summary {art.summary!r} missing from its excerpt page"
        assert "Excerpt only" in page


def test_a_source_can_be_set_back_to_full(
    full: tuple[list[Article], dict[str, str]], excerpt_build: Callable[..., dict[str, str]]
) -> None:
    articles, _ = full
    chosen = next(a for a in articles if a.source)
    published = excerpt_build({chosen.source.upper(): "full"})  # names match regardless of case
    for art in articles:
        where = _where(art.deep, published)
        if art.source and art.source.casefold() == chosen.source.casefold():  # type: ignore[union-attr]
            assert f"articles/{art.slug}/index.html" in where, f"{art.slug} should be published in full"
            assert "Excerpt only" not in published[f"articles/{art.slug}/index.html"]
        else:
            assert not where, f"{art.slug}: body text published in {where}"
