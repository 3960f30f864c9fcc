"""Themes stage: a taxonomy of themes, assigned to articles by weighted phrase and actor evidence."""

from __future__ import annotations

from generator.themes.assign import assign_themes, score_themes
from generator.themes.records import Evidence, Taxonomy, Theme, ThemeScore
from generator.themes.taxonomy import TaxonomyError, load_taxonomy

__all__ = [
    "Evidence",
    "Taxonomy",
    "TaxonomyError",
    "Theme",
    "ThemeScore",
    "assign_themes",
    "load_taxonomy",
    "score_themes",
]
