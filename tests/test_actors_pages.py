"""The corpus-wide actor and theme indexes, their pages and their briefing.json lists."""

from __future__ import annotations

import datetime as dt

from generator.article.actors.find import find_actors
from generator.article.themes import assign_themes
from generator.corpus.actors import build_actor_index, merge_discovered
from generator.corpus.themes import ThemeItem, build_theme_index
from generator.render.actors import actor_pages, actors_export
from generator.render.themes import theme_pages, themes_export
from tests.actors_helpers import doc, registry, seed_cleaned
from tests.kb import knowledge

PREFIXES = ["000", "001", "002", "003", "004"]
DATES = [dt.date(2024, 2, 8), dt.date(2025, 7, 1), dt.date(2020, 2, 7), dt.date(2024, 2, 8), None]


def corpus():  # type: ignore[no-untyped-def]
    reg = registry()
    cleaned = [seed_cleaned(p) for p in PREFIXES]
    found = merge_discovered([find_actors(c, reg) for c in cleaned], reg)
    items = [(f"article-{p}", c.title or "", d, f) for p, c, d, f in zip(PREFIXES, cleaned, DATES, found, strict=True)]
    return cleaned, items


def test_actor_index_and_pages() -> None:
    _, items = corpus()
    index = build_actor_index(items, registry())
    by = index.by_name()
    iraq = by["Iraq"]
    assert len(iraq.appearances) == 5
    assert [a.slug for a in iraq.appearances][:2] == ["article-001", "article-000"]  # newest first
    assert by["Maria Zakharova"].quotes and by["Maria Zakharova"].roles
    assert ("United States", 5) in by["Iraq"].related
    pages = actor_pages(index)
    assert "actors/index.md" in pages and "actors/kataib-hezbollah.md" in pages
    kh = pages["actors/kataib-hezbollah.md"]
    assert "Hizbollah Brigades" in kh and "Kata'ib Hezbollah" in kh  # registry spellings, for search
    assert "](../articles/article-003.md)" in kh
    assert "[Islamic Resistance in Iraq](islamic-resistance-in-iraq.md)" in kh
    isis = pages["actors/isis.md"]
    assert "Daesh" in isis and "ISIL" in isis
    assert "## People" in pages["actors/index.md"]
    assert build_actor_index(items, registry()) == index  # deterministic


def test_hostile_text_is_escaped_on_actor_pages() -> None:
    cleaned = doc("Ambassador Jane Roe said “<script>alert(1)</script> [x](javascript:1) *bold*” today.")
    found = find_actors(cleaned, registry())
    index = build_actor_index([("evil", "<b>T</b> [t](x)", None, found)], registry())
    page = actor_pages(index)["actors/jane-roe.md"]
    assert "<script>" not in page and "<b>" not in page and "[x](javascript" not in page
    assert "*discovered*" in page


def test_exports() -> None:
    cleaned, items = corpus()
    index = build_actor_index(items, registry())
    actors = actors_export(index)
    iraq = next(a for a in actors if a["name"] == "Iraq")
    assert set(iraq) == {"name", "slug", "type", "aliases", "description", "articles", "discovered"}
    assert iraq["discovered"] is False and "Iraqi" in iraq["aliases"]
    taxonomy = knowledge().taxonomy
    theme_items = [
        ThemeItem(slug, title, date, assign_themes(c, found, taxonomy), found)
        for c, (slug, title, date, found) in zip(cleaned, items, strict=True)
    ]
    themes = build_theme_index(theme_items, taxonomy)
    exported = themes_export(themes)
    # Every theme with an article, in taxonomy order; a theme no article has is not listed.
    held = {s.slug for item in theme_items for s in item.scores}
    assert [t["slug"] for t in exported] == [t.slug for t in taxonomy.themes if t.slug in held]
    energy = next(t for t in exported if t["slug"] == "energy-and-oil")
    assert energy["articles"] == ["article-004"]
    pages = theme_pages(themes)
    assert "themes/index.md" in pages
    page = pages["themes/energy-and-oil.md"]
    assert "](../articles/article-004.md)" in page and "](../actors/iraq.md)" in page
