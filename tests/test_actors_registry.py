"""The actor registry: the shipped files load, and broken files are reported in full."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from generator.errors import DataError
from generator.knowledge import load_knowledge
from generator.knowledge.layers import PACKAGE_DATA
from generator.knowledge.records import ActorType
from generator.knowledge.registry import LEXICON_FILE
from tests.actors_helpers import registry


def test_default_registry_is_large_and_typed() -> None:
    reg = registry()
    assert len(reg.entries) >= 80
    assert {e.type for e in reg.entries} >= set(ActorType) - {ActorType.ORGANISATION}
    assert all(e.description.strip() for e in reg.entries)
    people = [e for e in reg.entries if e.type is ActorType.PERSON]
    assert len(people) >= 25


def test_required_entries_are_present() -> None:
    reg = registry()
    for name in ("Kataib Hezbollah", "Hezbollah", "ISIS", "Popular Mobilisation Forces", "Maria Zakharova",
                 "US-led coalition", "NATO", "UN Security Council", "Lukoil", "Coordination Framework"):
        assert reg.entry(name) is not None, name


def _write(folder: Path, name: str, data: object) -> None:
    (folder / name).write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


def test_every_problem_is_reported_with_file_and_entry(tmp_path: Path) -> None:
    """An owner's registry files are validated with the package's, every problem named at once."""
    (tmp_path / "actors").mkdir()
    tmp_path = tmp_path / "actors"
    _write(tmp_path, "a.yml", {"actors": [
        {"name": "Acme", "type": "militia", "description": "x"},
        {"name": "Beta", "type": "company"},
        {"name": "Gamma", "type": "company", "description": "x", "aliases": ["Acme Corp"]},
        {"name": "Zeta", "type": "company", "description": "x", "colour": "red"},
        {"name": "Delta", "type": "company", "description": "x", "affiliation": "Nobody"},
    ]})
    _write(tmp_path, "b.yml", {"actors": [{"name": "Epsilon", "type": "company", "description": "x",
                                           "aliases": ["GAMMA"]}]})
    with pytest.raises(DataError) as err:
        load_knowledge(tmp_path.parent)
    text = "\n".join(err.value.problems)
    assert "a.yml: entry 1 (Acme): field 'type': 'militia' is not one of" in text
    assert "a.yml: entry 2 (Beta): field 'description' is required" in text
    assert "a.yml: entry 4 (Zeta): unknown fields ['colour']" in text
    assert f"actors/b.yml (Epsilon): alias 'GAMMA' also names Gamma ({tmp_path.as_posix()}/a.yml)" in text
    assert "affiliation 'Nobody'" in text


def test_a_missing_lexicon_is_an_error(tmp_path: Path) -> None:
    """Without the package's lexicon (a broken install) the error names the file."""
    package = tmp_path / "data"
    (package / "actors").mkdir(parents=True)
    _write(package / "actors", "a.yml", {"actors": []})
    for name in ("outlets.yml", "boilerplate.yml", "events.yml", "timeline.yml"):
        (package / name).write_bytes((PACKAGE_DATA / name).read_bytes())
    with pytest.raises(DataError, match=LEXICON_FILE):
        load_knowledge(None, package)
