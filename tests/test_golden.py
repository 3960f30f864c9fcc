"""Golden files: the generated docs_src/ for the sample seeds, byte for byte.

Update after an intended change with ``make golden`` and review the diff.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from tests.conftest import Project

GOLDEN = Path(__file__).parent / "golden" / "seeds"
IGNORED = {".briefing-manifest.json", "about.md"}


def _tree(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and p.name not in IGNORED
    }


def test_seeds_match_golden(make_project: Callable[..., Project], update_golden: bool) -> None:
    project = make_project()
    project.generate("--no-cache")
    produced = _tree(project.docs)
    if update_golden:
        shutil.rmtree(GOLDEN, ignore_errors=True)
        for rel, data in produced.items():
            (GOLDEN / rel).parent.mkdir(parents=True, exist_ok=True)
            (GOLDEN / rel).write_bytes(data)
    expected = _tree(GOLDEN)
    assert sorted(produced) == sorted(expected), "generated file set differs from tests/golden (make golden)"
    for rel in expected:
        assert produced[rel].decode() == expected[rel].decode(), f"{rel} differs from its golden file (make golden)"
