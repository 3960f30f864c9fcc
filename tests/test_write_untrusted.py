"""Write stage (issue #3): atomic, idempotent, never outside docs_src; a killed run recovers."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from mkdocs.utils.meta import get_data

from generator.write import MANIFEST, write_files

sys.path.insert(0, str(Path(__file__).resolve().parent))
import hostile

ROOT = Path(__file__).resolve().parents[1]
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}


def test_second_write_changes_nothing(tmp_path: Path) -> None:
    files = {"articles/a.md": "A\n", "index.md": "I\n"}
    first = write_files(tmp_path, files, ("articles",))
    assert sorted(first.written) == sorted(files)
    mtimes = {p: p.stat().st_mtime_ns for p in tmp_path.rglob("*")}
    second = write_files(tmp_path, files, ("articles",))
    assert second.written == [] and second.removed == []
    assert {p: p.stat().st_mtime_ns for p in tmp_path.rglob("*")} == mtimes


def test_stale_removed_hand_written_kept(tmp_path: Path) -> None:
    write_files(tmp_path, {"articles/a.md": "A\n", "articles/b.md": "B\n", "index.md": "I\n"}, ("articles",))
    (tmp_path / "about.md").write_text("mine\n")
    (tmp_path / "notes.md").write_text("mine too\n")
    (tmp_path / "articles" / "leftover.md").write_text("in an owned folder\n")
    report = write_files(tmp_path, {"articles/a.md": "A\n", "index.md": "I\n"}, ("articles",))
    assert sorted(report.removed) == ["articles/b.md", "articles/leftover.md"]
    assert (tmp_path / "about.md").read_text() == "mine\n" and (tmp_path / "notes.md").read_text() == "mine too\n"
    # A hand-written file where a generated one would go is refused, not overwritten.
    report = write_files(tmp_path, {"articles/a.md": "A\n", "index.md": "I\n", "notes.md": "gen\n"}, ("articles",))
    assert report.refused == ["notes.md"] and (tmp_path / "notes.md").read_text() == "mine too\n"


@pytest.mark.parametrize("rel", ["../x.md", "/etc/x.md", "a/../../x.md", "", "a//b.md"])
def test_paths_outside_docs_are_refused(tmp_path: Path, rel: str) -> None:
    with pytest.raises(ValueError, match="outside"):
        write_files(tmp_path / "docs", {rel: "x"})


def test_symlinked_folders_in_docs_are_not_written_through(tmp_path: Path) -> None:
    docs, outside = tmp_path / "docs", tmp_path / "outside"
    docs.mkdir()
    outside.mkdir()
    (outside / "a.md").write_text("precious\n")
    (docs / "articles").symlink_to(outside, target_is_directory=True)
    (docs / MANIFEST).write_text('{"files": ["articles/a.md"]}\n')
    report = write_files(docs, {"articles/a.md": "generated\n", "articles/b.md": "generated\n"}, ("articles",))
    assert sorted(report.refused) == ["articles/a.md", "articles/b.md"]
    assert sorted(p.name for p in outside.iterdir()) == ["a.md"]
    assert (outside / "a.md").read_text() == "precious\n"
    (docs / "index.md").symlink_to(outside / "a.md")
    report = write_files(docs, {"index.md": "generated\n"})
    assert report.refused == ["index.md"] and (outside / "a.md").read_text() == "precious\n"


def test_manifest_cannot_point_outside(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    victim = tmp_path / "victim.md"
    victim.write_text("keep\n")
    (docs / MANIFEST).write_text('{"files": ["../victim.md", "/etc/hostname"]}\n')
    write_files(docs, {"index.md": "I\n"})
    assert victim.read_text() == "keep\n"


def build(seeds: Path, docs: Path) -> subprocess.Popen[bytes]:
    cmd = [sys.executable, "-m", "generator", "build", "--seeds", str(seeds), "--docs", str(docs), "--no-cache",
           "--jobs", "1", "--config", str(ROOT / "mkdocs.yml")]
    return subprocess.Popen(cmd, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def contents(docs: Path) -> dict[str, bytes]:
    return {p.relative_to(docs).as_posix(): p.read_bytes() for p in sorted(docs.rglob("*")) if p.is_file()}


def check_whole(docs: Path) -> None:
    """Every page present is complete: front matter parses and an article page ends with its provenance."""
    for path in docs.rglob("*"):
        assert not path.name.startswith(".tmp-") or path.parent == docs or "articles" in path.parts
        if path.suffix != ".md" or path.name.startswith("."):
            continue
        text = path.read_text(encoding="utf-8")
        _, meta = get_data(text)
        assert meta.get("title"), path
        if path.parent.name == "articles" and path.name != "index.md":
            assert text.endswith("page chrome removed.*\n"), path


@pytest.mark.slow
def test_killed_run_leaves_whole_files_and_rerun_matches_clean_build(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for i in range(300):
        topic = f"Kestrel{i:03d}x"
        (seeds / f"a{i:03d}.txt").write_text(hostile.article_text(f"Report number {i} on the {topic} talks", topic))
    reference = tmp_path / "reference"
    assert build(seeds, reference).wait(timeout=300) == 0
    want = contents(reference)
    # The old build: half of the seeds, so a killed run has old, new and stale pages to deal with.
    half = tmp_path / "half"
    half.mkdir()
    for p in sorted(seeds.iterdir())[::2]:
        (half / p.name).write_bytes(p.read_bytes())
    old = tmp_path / "old"
    assert build(half, old).wait(timeout=300) == 0
    killed_early = 0
    # Start-up and cleaning take about two thirds of a run, writing the rest: kill in both phases.
    for delay in (0.5, 2.3, 2.9):
        docs = tmp_path / f"docs-{delay}"
        shutil.copytree(old, docs)
        proc = build(seeds, docs)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
        check_whole(docs)
        killed_early += contents(docs) != want
        assert build(seeds, docs).wait(timeout=300) == 0
        assert contents(docs) == want, delay
    assert killed_early > 0  # at least one kill landed before the run finished
