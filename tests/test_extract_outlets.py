"""The outlets data file: schema validation and name matching."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from generator.errors import DataError
from generator.knowledge import load_knowledge
from generator.knowledge.outlets import KINDS, parse_outlets
from tests.kb import knowledge

GOOD = """
outlets:
  - name: Example News
    aliases: [Example]
    domains: [example.org]
    kind: news website
    country: Iraq
"""


def test_bundled_file_loads_and_is_complete() -> None:
    outlets = knowledge().outlets
    assert len(outlets.entries) >= 60
    assert all(o.kind in KINDS and o.country for o in outlets.entries)
    names = {o.name for o in outlets.entries}
    for required in ("Reuters", "bne IntelliNews", "Izvestia", "Strategy International", "The New Arab", "TASS"):
        assert required in names


def test_good_file_parses() -> None:
    outlets = parse_outlets(yaml.safe_load(GOOD))
    assert outlets.entries[0].name == "Example News"
    assert outlets.entries[0].domains == ("example.org",)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("- name: x", "top-level 'outlets:' list"),
        (GOOD.replace("kind: news website", "kind: tabloid"), "entry 1 ('Example News'): kind 'tabloid'"),
        (GOOD.replace("    country: Iraq\n", ""), "entry 1 ('Example News'): missing fields ['country']"),
        (GOOD.replace("aliases: [Example]", "aliases: Example"), "'aliases' must be a list"),
        (GOOD.replace("domains: [example.org]", "domains: [not a domain]"), "not a domain"),
        (GOOD + "    founded: 1999\n", "unknown fields ['founded']"),
        (GOOD.replace("name: Example News", "name: ''"), "'name' must be a non-empty string"),
        (GOOD + GOOD.replace("outlets:\n", "").replace("Example News", "Other"), "also used by 'Example News'"),
    ],
)
def test_schema_errors_name_file_and_entry(text: str, message: str) -> None:
    with pytest.raises(DataError) as info:
        parse_outlets(yaml.safe_load(text), "my-outlets.yml")
    assert "my-outlets.yml" in str(info.value)
    assert message in str(info.value)


def test_owner_file_errors_name_the_path_and_every_entry(tmp_path: Path) -> None:
    (tmp_path / "outlets.yml").write_text("outlets:\n  - name: X\n  - name: Y\n", encoding="utf-8")
    with pytest.raises(DataError) as info:
        load_knowledge(tmp_path)
    text = "\n".join(info.value.problems)
    assert f"{tmp_path.as_posix()}/outlets.yml: entry" in text
    assert "('X')" in text and "('Y')" in text


def test_owner_yaml_error_names_the_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "outlets.yml").write_text("outlets:\n  - name: [\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"outlets\.yml: not valid YAML \(line"):
        load_knowledge(tmp_path)


@pytest.mark.parametrize(
    ("candidate", "expected"),
    [
        ("Reuters", "Reuters"),
        ("REUTERS", "Reuters"),
        ("Intellinews", "bne IntelliNews"),  # an alias
        ("Izvestiya", "Izvestia"),
        ("Al Jazeera", "Al Jazeera"),
        ("Al-Jazeera", "Al Jazeera"),
        ("Asharq Al Awsat", "Asharq Al-Awsat"),
        ("the new york times", "The New York Times"),
        ("AFP", "Agence France-Presse"),
        ("Известия", "Izvestia"),
    ],
)
def test_lookup_matches(candidate: str, expected: str) -> None:
    outlet = knowledge().outlets.lookup(candidate)
    assert outlet is not None and outlet.name == expected


@pytest.mark.parametrize(
    "candidate",
    [
        "national",
        "the times of crisis",
        "ap",
        "Reporters",
        "Guardians of peace",
        "Washington",
        "Strategy",
        "Monde",
        "",
        # near spellings of known outlets are other names, never the known outlet
        "Finacial Times",
        "Strategy Internationl",
        "bne IntelIiNews",
        "Al Jazeera Daily",
    ],
)
def test_lookup_rejects_ordinary_words(candidate: str) -> None:
    assert knowledge().outlets.lookup(candidate) is None


def test_mentions_are_case_sensitive() -> None:
    found = [o.name for o, _, _ in knowledge().outlets.mentions("the national team met The National and AP staff")]
    assert found == ["The National", "Associated Press"]


def test_by_domain() -> None:
    outlets = knowledge().outlets
    assert outlets.by_domain("www.reuters.com") is not None
    assert outlets.by_domain("edition.cnn.com") is not None
    assert outlets.by_domain("notreuters.com") is None


def test_not_outlets_lists_are_checked() -> None:
    data = yaml.safe_load(GOOD)
    data["not_outlets"] = {"menu": ["Menü", "About us"], "menus": ["x"], "company": "GmbH"}
    with pytest.raises(DataError) as err:
        parse_outlets(data)
    text = str(err.value.problems)
    assert "unknown list 'menus'" in text and "'company' must be a list" in text
    words = parse_outlets({**yaml.safe_load(GOOD), "not_outlets": {"menu": ["Menü", "About us"]}}).not_outlets
    assert words.only("menu", "MENÜ") and words.only("menu", "about US")
    assert not words.only("menu", "About Harbour") and not words.has("menu", "Aboutus")
