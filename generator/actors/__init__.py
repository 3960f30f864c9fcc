"""Actors stage: who an article names (registry matches and discovered names), their roles and quotes."""

from __future__ import annotations

from generator.actors.find import find_actors
from generator.actors.index import Registry
from generator.actors.records import ActorType, ArticleActors, Entry, FoundActor, Location, Quote
from generator.actors.registry import RegistryError, load_registry

__all__ = [
    "ActorType",
    "ArticleActors",
    "Entry",
    "FoundActor",
    "Location",
    "Quote",
    "Registry",
    "RegistryError",
    "find_actors",
    "load_registry",
]
