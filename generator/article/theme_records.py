"""Records of the themes stage: the taxonomy and the themes assigned to one article."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Literal


@dataclass(frozen=True)
class Phrase:
    """A phrase that is evidence for a theme; ``stems`` is how it is matched."""

    text: str
    stems: tuple[str, ...]
    weight: float


@dataclass(frozen=True)
class Theme:
    """One theme of the taxonomy."""

    name: str
    slug: str
    description: str
    threshold: float
    phrases: tuple[Phrase, ...]
    actors: tuple[tuple[str, float], ...]  # (canonical actor name, weight)


@dataclass(frozen=True)
class Taxonomy:
    """Every theme, in the order the taxonomy file lists them."""

    themes: tuple[Theme, ...]

    @cached_property
    def index(self) -> dict[str, tuple[tuple[str, ...], ...]]:
        """Every phrase's stems keyed by its first stem, built once per taxonomy."""
        table: dict[str, list[tuple[str, ...]]] = {}
        for theme in self.themes:
            for p in theme.phrases:
                if p.stems and p.stems not in table.setdefault(p.stems[0], []):
                    table[p.stems[0]].append(p.stems)
        return {k: tuple(v) for k, v in table.items()}


@dataclass(frozen=True)
class Evidence:
    """One piece of matched evidence: a phrase or an actor, how often, and its weight."""

    kind: Literal["phrase", "actor"]
    label: str
    count: int
    weight: float


@dataclass(frozen=True)
class ThemeScore:
    """A theme assigned to an article, its score and the evidence that gave it."""

    name: str
    slug: str
    score: float
    evidence: tuple[Evidence, ...]

    @property
    def reason(self) -> str:
        """The evidence in words: ``withdrawal ×3, US-led coalition ×2``."""
        return ", ".join(f"{e.label} ×{e.count}" for e in self.evidence)
