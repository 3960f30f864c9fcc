"""The site owner's knowledge files (actor registry, theme taxonomy), loaded and validated once per process."""

from __future__ import annotations

from functools import lru_cache

from generator.knowledge.records import Taxonomy
from generator.knowledge.registry import load_registry
from generator.knowledge.registry_index import Registry
from generator.knowledge.taxonomy import load_taxonomy


@lru_cache(maxsize=1)
def knowledge() -> tuple[Registry, Taxonomy]:
    """The actor registry and the theme taxonomy (checked against the registry)."""
    registry = load_registry()
    return registry, load_taxonomy(registry=registry)
