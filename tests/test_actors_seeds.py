"""The five sample articles: the actors a careful reader names, their roles, quotes and first mentions.

The expected lists are facts about the sample corpus, written by reading each seed.
"""

from __future__ import annotations

import itertools

import pytest

from generator.article.actors.find import find_actors
from generator.article.actors.records import ArticleActors
from tests.actors_helpers import registry, seed_cleaned

EXPECTED = {
    "000": {
        "Russia", "Iraq", "United States", "Iran", "Syria", "Jordan", "Alexander Kinshchak",
        "Russian Foreign Ministry", "Iraqi Security Forces", "US military", "Kataib Hezbollah", "US-led coalition",
        "Abu Baqir al-Saadi", "Arkan al-Elayawi", "AFP", "UN Security Council", "Maria Zakharova",
        "Bashar al-Assad", "Ukraine",
    },
    "001": {
        "United States", "Iraq", "Russia", "Izvestia", "US-led coalition", "US military",
        "Kurdistan Regional Government", "Donald Trump", "Shafaq News", "Safaa al-Assam", "Hussein Allawi",
        "Al Iraqiya", "NATO", "ISIS", "Syria", "Iran", "Haidar Mansour Hadi", "Elbrus Kutrashev", "Fadi al-Shamri",
        "Saddam Hussein", "Iraqi Security Forces",
    },
    "002": {
        "Iraq", "Russia", "Iraqi Ministry of Defence", "United States", "Iran", "Othman al-Ghanimi",
        "Maksim Maksimov", "ISIS", "Qasem Soleimani", "Abu Mahdi al-Muhandis", "US-led coalition",
    },
    "003": {
        "Iraq", "United States", "Iran", "Yahya Rasool", "US-led coalition", "ISIS", "Syria", "US military", "Hamas",
        "Israel", "Joe Biden", "Jordan", "Kataib Hezbollah", "Abu Baqir al-Saadi", "Houthis", "Yemen",
        "Islamic Resistance in Iraq", "Axis of Resistance", "Hezbollah",
    },
    "004": {
        "Russia", "Iraq", "United States", "Iran", "Gulf Cooperation Council", "Alina Romanowski", "Fuad Hussein",
        "Houthis", "China", "Syria", "Jordan", "Yemen", "United Kingdom", "Valdai Discussion Club",
        "Iraqi News Agency", "Mohammed Shia al-Sudani", "Joe Biden", "Coordination Framework",
        "UN Security Council", "Kataib Hezbollah", "Qasim al-Araji", "Lukoil", "Vagit Alekperov", "Reuters", "CNN",
    },
}


def actors_of(prefix: str) -> ArticleActors:
    return find_actors(seed_cleaned(prefix), registry())


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_recall_of_the_actors_a_reader_names(prefix: str) -> None:
    found = set(actors_of(prefix).names)
    missing = EXPECTED[prefix] - found
    assert len(EXPECTED[prefix] & found) / len(EXPECTED[prefix]) >= 0.9, missing


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_first_mentions_are_exact_and_disjoint(prefix: str) -> None:
    cleaned = seed_cleaned(prefix)
    result = find_actors(cleaned, registry())
    spans = []
    for a in result.actors:
        loc = a.first
        text = cleaned.blocks[loc.block].items[loc.item]
        assert 0 <= loc.start < loc.end <= len(text)
        assert " ".join(text[loc.start : loc.end].split()) in a.spellings
        assert text[loc.start : loc.end] in a.sentence or a.sentence in text
        spans.append((loc.block, loc.item, loc.start, loc.end))
    spans.sort()
    for x, y in itertools.pairwise(spans):
        assert x[:2] != y[:2] or x[3] <= y[2], (x, y)


def test_kataib_hezbollah_is_not_hezbollah() -> None:
    result = actors_of("003")
    kh, hz = result.get("Kataib Hezbollah"), result.get("Hezbollah")
    assert kh is not None and hz is not None
    assert kh.spellings == ("Kataib Hizbollah",) and kh.mentions == 4
    assert hz.mentions == 1


def test_spelling_variants_merge() -> None:
    zero = actors_of("000")
    kinshchak = zero.get("Alexander Kinshchak")
    assert kinshchak is not None and "Kinschak" in kinshchak.spellings
    assert zero.get("Kataib Hezbollah") is not None
    assert "Kata’ib Hezbollah" in zero.get("Kataib Hezbollah").spellings  # type: ignore[union-attr]
    saadi = actors_of("003").get("Abu Baqir al-Saadi")
    assert saadi is not None  # written 'Wisam Mohammed “Abu Baqer” al-Saadi'
    isis = actors_of("001").get("ISIS")
    assert isis is not None and {"IS", "ISIL", "Islamic State"} <= set(isis.spellings)


def test_roles_from_appositives_and_titles() -> None:
    zero = actors_of("000")
    assert zero.get("Maria Zakharova").roles == ("spokesperson for the Russian foreign ministry",)  # type: ignore[union-attr]
    assert zero.get("Alexander Kinshchak").roles == (  # type: ignore[union-attr]
        "Director of the Middle East and North Africa Department of the Russian Foreign Ministry",
    )
    four = actors_of("004")
    assert "US Ambassador to Iraq" in four.get("Alina Romanowski").roles  # type: ignore[union-attr]
    assert "Russian Ambassador" in actors_of("002").get("Maksim Maksimov").roles  # type: ignore[union-attr]


def test_quotes_are_attributed_to_their_speakers() -> None:
    three = actors_of("003")
    rasool = three.get("Yahya Rasool")
    assert rasool is not None and len(rasool.quotes) == 3  # "... he added" resolves to Rasool
    zero = actors_of("000")
    assert [q.speaker for q in zero.get("Maria Zakharova").quotes] == ["Maria Zakharova"] * 2  # type: ignore[union-attr]
    assert not zero.get("AFP").quotes  # type: ignore[union-attr]  # "told AFP": AFP is the listener
    assert actors_of("004").get("Qasim al-Araji").quotes  # type: ignore[union-attr]


def test_discovered_names_in_the_seeds_are_not_junk() -> None:
    for prefix in EXPECTED:
        for a in actors_of(prefix).actors:
            if a.discovered:
                assert a.name.split()[0] not in {"The", "However", "Government", "Union", "West"}, a.name
