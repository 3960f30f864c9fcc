"""Themes: the taxonomy loads and validates; the sample articles get the themes a reader would give them."""

from __future__ import annotations

import pytest

from generator.article.actors.find import find_actors
from generator.article.themes import assign_themes
from generator.errors import DataError
from generator.knowledge.taxonomy import parse_taxonomy
from generator.text.stem import stems
from tests.actors_helpers import doc, registry, seed_cleaned
from tests.kb import knowledge

TAXONOMY = knowledge().taxonomy
TROOPS = "us-troops-and-coalition-withdrawal"
STRIKES = "strikes-on-iran-aligned-groups"
RUSSIA = "russia-iraq-security-cooperation"
ARMS = "arms-sales-and-air-defence"
TERROR = "counter-terrorism-and-isis"
IRAN = "iran-and-aligned-groups"
OIL = "energy-and-oil"
UN = "diplomacy-and-the-un"
# What a careful reader assigns each sample article (written before tuning the weights).
EXPECTED = {
    "000": {TROOPS, STRIKES, RUSSIA, IRAN, UN},
    "001": {TROOPS, RUSSIA, ARMS, TERROR},
    "002": {RUSSIA, TERROR, STRIKES},
    "003": {TROOPS, STRIKES, IRAN},
    "004": {TROOPS, STRIKES, IRAN, UN, OIL, RUSSIA},
}


def themes_of(prefix: str) -> set[str]:
    cleaned = seed_cleaned(prefix)
    return {t.slug for t in assign_themes(cleaned, find_actors(cleaned, registry()), TAXONOMY)}


def test_the_taxonomy_covers_the_required_themes() -> None:
    assert {t.slug for t in TAXONOMY.themes} >= {TROOPS, STRIKES, RUSSIA, ARMS, TERROR, IRAN, OIL, UN}


def test_seed_themes_recall_and_precision() -> None:
    got = {prefix: themes_of(prefix) for prefix in EXPECTED}
    hits = sum(len(EXPECTED[p] & got[p]) for p in EXPECTED)
    assigned = sum(len(got[p]) for p in EXPECTED)
    assert hits / sum(len(e) for e in EXPECTED.values()) >= 0.85, got
    assert hits / assigned >= 0.85, got


def test_stemming_tolerates_inflection() -> None:
    assert stems("strikes") == stems("strike") == stems("striking")
    assert stems("militias attacked") == stems("militia attack")
    assert stems("Air-defence systems") == stems("air defence system")


def test_reason_lists_the_evidence() -> None:
    text = "A US drone strike killed a Kataib Hezbollah commander. Drone strikes followed, retaliatory strikes."
    cleaned = doc(text)
    scores = assign_themes(cleaned, find_actors(cleaned, registry()), TAXONOMY)
    strike = next(s for s in scores if s.slug == STRIKES)
    assert "drone strike ×2" in strike.reason and "Kataib Hezbollah ×1" in strike.reason
    assert assign_themes(cleaned, find_actors(cleaned, registry()), TAXONOMY) == scores


def test_unrelated_text_gets_no_theme() -> None:
    cleaned = doc("The bakery on Main Street sells bread and cakes every morning to its loyal customers.")
    assert assign_themes(cleaned, find_actors(cleaned, registry()), TAXONOMY) == ()


def test_taxonomy_errors_name_the_theme_and_field() -> None:
    data = {"themes": [
        {"name": "A", "description": "x", "threshold": 0, "phrases": ["a"]},
        {"name": "B", "description": "x", "threshold": 2, "actors": [{"actor": "Nobody", "weight": 1}]},
        {"name": "C", "threshold": 2, "phrases": [{"phrase": "c", "weight": "heavy"}]},
        {"name": "D", "description": "x", "threshold": 2},
    ]}
    with pytest.raises(DataError) as err:
        parse_taxonomy(data, "themes.yml", registry())
    text = "\n".join(err.value.problems)
    assert "themes.yml: theme 1 (A): field 'threshold'" in text
    assert "theme 2 (B): actor 'Nobody' is not the name of a registry entry" in text
    assert "theme 3 (C): field 'description' is required" in text
    assert "theme 3 (C): phrase 'c': 'weight' must be a positive number" in text
    assert "theme 4 (D): give at least one phrase or actor" in text


def test_pronouns_and_auxiliaries_are_no_content_terms() -> None:
    """Three first-person posts must not share a discovered "theme" of "mich, mir" (article.signature)."""
    from generator.article.signature import content_terms

    terms = content_terms("Mein Jahr mit dem Hund", ["Ich habe mir einen Hund geholt, und er hat mich verändert."], [])
    words = {label for _, label, _ in terms if " " not in label}
    assert {"hund", "jahr"} <= words and not words & {"mich", "mir", "mein", "habe"}
    english = content_terms("The man at the harbour", ["A man was rescued from the harbour."], [])
    assert "man" in {label for _, label, _ in english}  # an English noun that is a German pronoun stays a term
