"""Actor precision and recall on the invented labelled articles stay at what the README reports."""

from __future__ import annotations

from pathlib import Path

from benchmarks.actor_bench import LABELS, score

HELD_OUT = Path(__file__).parent / "fixtures" / "actors_heldout.yml"


def test_the_development_set() -> None:
    s = score(LABELS)
    assert s.precision >= 0.95 and s.recall >= 0.95, (s.extra, s.missed)
    assert s.type_accuracy == 1.0


def test_the_held_out_set() -> None:
    s = score(HELD_OUT)
    assert s.precision >= 0.95 and s.recall >= 0.95, (s.extra, s.missed)
    assert s.type_accuracy == 1.0


def test_the_business_set() -> None:
    """Companies named by an industry word ("X Semiconductor") and a descriptor before them ("Rival X")."""
    s = score(Path(__file__).parent / "fixtures" / "actors_business.yml")
    assert s.precision == 1.0 and s.recall == 1.0, (s.extra, s.missed)
    assert s.type_accuracy == 1.0
