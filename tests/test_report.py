"""The build report: ``generator check``, ``report.md`` and duplicate detection."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable

from generator.article.signature import shingles, signature
from generator.corpus.duplicates import find_duplicates, similarity
from tests.conftest import SEEDS, Project, env

TEXT = " ".join(f"word{i} appears in sentence number {i % 7} of this long test document." for i in range(120))


def test_minhash_estimates_jaccard() -> None:
    a = shingles(TEXT)
    b = shingles(TEXT + " A few extra words at the very end of it.")
    exact = len(a & b) / len(a | b)
    assert abs(similarity(signature(a), signature(b)) - exact) < 0.15
    assert similarity(signature(a), signature(shingles("completely different words " * 30))) < 0.2


def test_duplicates_found_and_distinct_texts_not() -> None:
    other = " ".join(f"unrelated token{i} in another story about rivers and {i % 5} bridges." for i in range(120))
    pairs = find_duplicates([("a.txt", TEXT), ("b.txt", TEXT.replace("sentence", "Sentence")), ("c.txt", other)])
    assert [(x, y) for x, y, _ in pairs] == [("a.txt", "b.txt")]


def test_check_prints_report_and_writes_nothing(make_project: Callable[..., Project]) -> None:
    project = make_project()
    project.generate()  # check must leave this state exactly as it is
    before = sorted(p for p in project.root.rglob("*"))
    cmd = [
        sys.executable,
        "-m",
        "generator",
        "check",
        "--seeds",
        str(project.seeds),
        "--docs",
        str(project.docs),
        "--cache",
        str(project.root / "fresh-cache"),
    ]
    out = subprocess.run(cmd, capture_output=True, text=True, cwd=project.root, env=env())
    assert out.returncode == 0, out.stderr
    assert "5 articles, 0 skipped, 0 possible duplicates" in out.stdout
    assert "(explicit)" in out.stdout and "removed" in out.stdout
    assert sorted(p for p in project.root.rglob("*")) == before

    # a saved-twice article and an empty file make --strict fail
    first = sorted(SEEDS.glob("*.txt"))[0]
    shutil.copy(first, project.seeds / "copy-of-first.txt")
    (project.seeds / "empty.txt").write_bytes(b"")
    strict = subprocess.run([*cmd, "--strict"], capture_output=True, text=True, cwd=project.root, env=env())
    assert strict.returncode == 1
    assert f"duplicate: {first.name} and copy-of-first.txt (100% similar)" in strict.stderr
    assert "skipped: empty.txt" in strict.stderr


def test_report_page_lists_removed_lines_and_bases(make_project: Callable[..., Project]) -> None:
    project = make_project()
    project.generate()
    page = (project.docs / "report.md").read_text(encoding="utf-8")
    assert page.startswith("---\ntitle: Build report\nsearch:\n  exclude: true\n---\n")
    assert page.count("<details><summary>Lines removed as page chrome") == 5
    assert "| date | 2024-02-08 | explicit |" in page
    assert "publishing mode: **full**" in page
