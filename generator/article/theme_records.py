"""Records of one article's themes: the theme scores and the evidence that gave them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal


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
