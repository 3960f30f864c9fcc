"""Shared helpers for the actor and theme tests: the default registry and hand-built Cleaned records."""

from __future__ import annotations

from pathlib import Path

from generator.article.actors.find import find_actors
from generator.article.actors.records import ArticleActors
from generator.article.records import Block, Cleaned
from generator.knowledge.registry_index import Registry
from tests.kb import knowledge

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def registry() -> Registry:
    """The registry the site is built with (loaded once per test session)."""
    return knowledge().registry


def doc(*paragraphs: str, title: str = "A title") -> Cleaned:
    """A cleaned article made of plain paragraphs."""
    return Cleaned(title, tuple(Block("paragraph", (p,)) for p in paragraphs), ())


def found_in(language: str, *paragraphs: str) -> ArticleActors:
    """The actors found in an article of ``paragraphs`` written in ``language``."""
    return find_actors(doc(*paragraphs), registry(), language)


def names(found: ArticleActors) -> dict[str, str]:
    """Each actor's name and type."""
    return {a.name: a.type.value for a in found.actors}


def speakers(found: ArticleActors) -> dict[str, str]:
    """Each quotation's text and its speaker."""
    return {q.text: q.speaker for a in found.actors for q in a.quotes}


def seed_cleaned(prefix: str) -> Cleaned:
    """The cleaned seed whose file name starts with ``prefix``."""
    from generator.article.clean import clean

    path = next(p for p in sorted(SEEDS.iterdir()) if p.name.startswith(prefix))
    return clean(path.read_text(encoding="utf-8"), knowledge().boilerplate)
