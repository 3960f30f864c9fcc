"""The knowledge the tests use: the package's defaults plus this repository's data folder, loaded once."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from generator.knowledge import Knowledge, load_knowledge
from generator.settings import Publishing

ROOT = Path(__file__).resolve().parent.parent
# What this repository's mkdocs.yml publishes (extra.briefing.publishing); the code's default is excerpt.
FULL_TEXT = Publishing("full")


@cache
def knowledge() -> Knowledge:
    """What ``make site`` builds this repository's briefing with (``extra.briefing.data``: ``briefing/``)."""
    return load_knowledge(ROOT / "briefing")
