"""What the generator knows, as one value: loaded once from the package's defaults plus the owner's
data folder, validated, hashed, and passed to the stages that use it.

Nothing here is cached at module level: a test, a benchmark or an owner's build each load their
own ``Knowledge`` (``load_knowledge``), and its ``digest`` is part of every cache key, so editing a
data file rebuilds what it affects. Every problem in every file is reported at once, as one
``DataError``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from generator.errors import DataError
from generator.knowledge.boilerplate import Phrases, parse_phrases
from generator.knowledge.cleaner import CleanerModel, parse_cleaner
from generator.knowledge.incidents import IncidentVocabulary, parse_incidents
from generator.knowledge.languages import Languages, parse_languages
from generator.knowledge.layers import PACKAGE_DATA, Layers
from generator.knowledge.metamodel import MetadataModel, parse_model
from generator.knowledge.outlets import Outlets, parse_outlets
from generator.knowledge.records import Taxonomy
from generator.knowledge.registry import LEXICON_FILE, parse
from generator.knowledge.registry_index import Registry
from generator.knowledge.taxonomy import parse_taxonomy
from generator.knowledge.timeline import Vocabulary, parse_vocabulary

T = TypeVar("T")


@dataclass(frozen=True, eq=False)
class Knowledge:
    """The registry, taxonomy, outlets and vocabularies every stage reads, and their digest."""

    registry: Registry
    taxonomy: Taxonomy
    outlets: Outlets
    boilerplate: Phrases
    incidents: IncidentVocabulary
    timeline: Vocabulary
    languages: Languages  # month, weekday and byline words of every language
    model: MetadataModel  # fitted weights that choose among metadata candidates
    cleaner: CleanerModel  # fitted line model of the text-copy cleaner (unfitted: the rules decide)
    digest: str  # hash of every data file read: part of every cache key
    owner: Path | None = None  # the owner's data folder, when one was used


def _checked(problems: list[str], parse_one: Callable[[], T]) -> T | None:
    try:
        return parse_one()
    except DataError as exc:
        problems.extend(exc.problems)
        return None


def load_knowledge(owner: Path | None = None, package: Path = PACKAGE_DATA) -> Knowledge:
    """The package's data files with the owner's folder laid on top; raises DataError listing every problem."""
    layers = Layers(owner if owner is not None and owner.is_dir() else None, package)
    actor_files = {}
    namers = {}
    for name in layers.names("actors"):
        if name != LEXICON_FILE:
            data, label = layers.load(f"actors/{name}")
            actor_files[label] = data
            namers[label] = layers.namer(f"actors/{name}", "actors", label)
    lexicon, _ = layers.load(f"actors/{LEXICON_FILE}")
    loaded: dict[str, tuple[Any, str]] = {
        name: layers.load(f"{name}.yml")
        for name in ("themes", "outlets", "boilerplate", "events", "timeline", "languages", "metadata_model")
    }
    cleaner_data, cleaner_label = layers.load("cleaner_model.json")
    problems = layers.problems
    registry = _checked(problems, lambda: parse(actor_files, lexicon, namers))
    themes, outlets_data, boiler, events, timeline_data, languages_data, model_data = (loaded[k] for k in loaded)
    theme_names = layers.namer("themes.yml", "themes", themes[1], "theme")
    taxonomy = _checked(
        problems, lambda: parse_taxonomy(themes[0] or {"themes": []}, themes[1], registry, theme_names)
    )
    outlet_names = layers.namer("outlets.yml", "outlets", outlets_data[1])
    outlets = _checked(problems, lambda: parse_outlets(outlets_data[0], outlets_data[1], outlet_names))
    languages = _checked(problems, lambda: parse_languages(languages_data[0], languages_data[1]))
    phrases = _checked(problems, lambda: parse_phrases(boiler[0], boiler[1], languages)) if languages else None
    incidents = _checked(problems, lambda: parse_incidents(events[0], events[1]))
    timeline = (
        _checked(problems, lambda: parse_vocabulary(timeline_data[0], timeline_data[1], languages))
        if languages
        else None
    )
    model = _checked(problems, lambda: parse_model(model_data[0], model_data[1]))
    cleaner = _checked(problems, lambda: parse_cleaner(cleaner_data, cleaner_label))
    if (
        problems
        or registry is None
        or taxonomy is None
        or outlets is None
        or phrases is None
        or incidents is None
        or timeline is None
        or languages is None
        or model is None
        or cleaner is None
    ):
        raise DataError(problems, "invalid data files")
    return Knowledge(
        registry,
        taxonomy,
        outlets,
        phrases,
        incidents,
        timeline,
        languages,
        model,
        cleaner,
        layers.digest,
        layers.owner,
    )
