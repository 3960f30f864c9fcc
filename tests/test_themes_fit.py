"""Themes only where they fit: topical evidence, no empty themes, discovered themes with a themes.yml entry."""

from __future__ import annotations

import datetime as dt

import yaml

from generator.article.actors.find import find_actors
from generator.article.actors.records import ArticleActors
from generator.article.signature import content_terms
from generator.article.theme_records import Evidence, ThemeScore
from generator.article.themes import assign_themes, topical
from generator.corpus.report import theme_snippet
from generator.corpus.themes import ThemeItem, build_theme_index, discover
from generator.knowledge.taxonomy import parse_taxonomy
from generator.render.themes import theme_pages, themes_export
from tests.actors_helpers import doc, registry
from tests.kb import knowledge

TAXONOMY = knowledge().taxonomy
D = dt.date(2025, 5, 2)


def _themes(*paragraphs: str) -> set[str]:
    cleaned = doc(*paragraphs)
    return {t.slug for t in assign_themes(cleaned, find_actors(cleaned, registry()), TAXONOMY)}


def test_generic_news_words_do_not_open_a_theme() -> None:
    # An extradition story: "strike", "targeted", "killed" and "terrorism" are words any report may hold.
    story = (
        "The court ruled that the businessman can be extradited. His lawyers said he was targeted by a "
        "political campaign and would strike back with an appeal. Prosecutors say a partner who later "
        "killed himself had warned the bank. The defence called the charges a form of legal terrorism, "
        "and said terrorism laws had no place in a fraud case; the word terrorism was used in court again."
    )
    assert _themes(story) == set()


def test_specific_evidence_still_opens_the_theme() -> None:
    story = (
        "A US drone strike killed a Kataib Hezbollah commander in Baghdad. The retaliatory air strike "
        "followed drone attacks on US bases; officials called it a drone strike on an Iran-aligned militia."
    )
    assert "strikes-on-iran-aligned-groups" in _themes(story)


def test_one_word_repeated_is_not_a_topic() -> None:
    score = ThemeScore("T", "t", 6.0, (Evidence("phrase", "terrorism", 3, 2.0),))
    assert not topical(score, 6.0)
    two = ThemeScore("T", "t", 8.0, (Evidence("phrase", "terrorism", 3, 2.0), Evidence("phrase", "jihadist", 2, 1.0)))
    assert topical(two, 6.0)
    weak = ThemeScore("T", "t", 8.0, (Evidence("phrase", "strike", 3, 1.0), Evidence("phrase", "killed", 3, 1.0)))
    assert not topical(weak, 6.0)


def _item(slug: str, title: str, body: list[str]) -> ThemeItem:
    return ThemeItem(slug, title, D, (), ArticleActors(()), content_terms(title, body, []))


def _port_corpus() -> list[ThemeItem]:
    """A briefing on another topic: port strikes and harbour automation, plus unrelated reports."""
    strikes = [
        _item(f"s{i}", f"Dockworkers strike at port {i}", [
            f"Dockworkers at port {i} stopped work over automated cranes; the union said the port strike "
            "would continue until the terminal operator gave job guarantees to crane drivers.",
        ])
        for i in range(4)
    ]
    ferries = [
        _item(f"f{i}", f"Ferry timetable changes on route {i}", [
            f"The ferry operator cut sailings on route {i}; ferry passengers face longer waits at the ferry "
            "terminal, and island residents asked for a winter timetable.",
        ])
        for i in range(3)
    ]
    other = [
        _item(f"o{i}", f"Note {i}", [f"Item {i} of the council's agenda: the library opens on Sunday {i}."])
        for i in range(8)
    ]
    return strikes + ferries + other


def test_a_corpus_on_another_topic_has_discovered_themes_and_no_empty_ones() -> None:
    index = build_theme_index(_port_corpus(), TAXONOMY)
    assert index.themes and all(t.discovered for t in index.themes)  # none of the region's themes
    assert all(t.articles for t in index.themes)
    by_members = {frozenset(a.slug for a in t.articles): t for t in index.themes}
    strike = by_members[frozenset({"s0", "s1", "s2", "s3"})]
    assert "dockworkers" in strike.name or "strike" in strike.name
    assert strike.slug.startswith("discovered-") and "shares: " in strike.articles[0].reason
    assert frozenset({"f0", "f1", "f2"}) in by_members
    pages = theme_pages(index)
    assert "*discovered*" in pages["themes/index.md"] and "0 articles" not in pages["themes/index.md"]
    assert all(t["discovered"] for t in themes_export(index))


def test_nothing_is_discovered_where_the_taxonomy_covers_the_corpus() -> None:
    covered = [
        item._replace(scores=(ThemeScore("T", "t", 9.0, ()),)) for item in _port_corpus()
    ]
    assert discover(covered, set()) == []


def test_the_report_entry_is_a_taxonomy_entry_that_loads() -> None:
    snippet = theme_snippet("port strike, dockworkers", ["port strike", "dockworkers", "crane drivers"])
    taxonomy = parse_taxonomy({"themes": yaml.safe_load(snippet)}, "themes.yml")
    theme = taxonomy.themes[0]
    assert theme.name == "port strike, dockworkers" and len(theme.phrases) == 3
    # Two of its phrases are enough evidence for the theme, under the topical rule.
    evidence = tuple(Evidence("phrase", p.text, 1, p.weight) for p in theme.phrases[:2])
    score = ThemeScore(theme.name, theme.slug, 4.0, evidence)
    assert topical(score, theme.threshold)
