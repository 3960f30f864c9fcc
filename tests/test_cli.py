"""The command line: options, exit codes, messages, idempotence and ownership of files."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable

from tests.conftest import SEEDS, Project


def _stat_tree(project: Project) -> dict[str, int]:
    return {
        p.relative_to(project.docs).as_posix(): p.stat().st_mtime_ns for p in project.docs.rglob("*") if p.is_file()
    }


def test_second_run_writes_nothing(make_project: Callable[..., Project]) -> None:
    project = make_project()
    project.generate()
    before = _stat_tree(project)
    proc = project.generate()
    assert "0 written" in proc.stdout
    assert _stat_tree(project) == before


def test_bad_file_is_skipped_with_one_message_and_strict_fails(make_project: Callable[..., Project]) -> None:
    project = make_project()
    (project.seeds / "empty.txt").write_bytes(b"")
    (project.seeds / "picture.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    proc = project.generate()
    assert proc.returncode == 0
    lines = proc.stderr.splitlines()
    assert sum("empty.txt" in line for line in lines) == 1
    assert sum("picture.txt" in line and "PNG" in line for line in lines) == 1
    data = json.loads((project.docs / "briefing.json").read_text(encoding="utf-8"))
    assert {s["seed"] for s in data["skipped"]} == {"empty.txt", "picture.txt"}
    assert len(data["articles"]) == 5
    strict = project.generate("--strict", check=False)
    assert strict.returncode == 1


def test_removed_seed_removes_its_page_and_keeps_hand_written(make_project: Callable[..., Project]) -> None:
    project = make_project()
    (project.docs / "notes.md").write_text("# My notes\n", encoding="utf-8")
    project.generate()
    pages = sorted((project.docs / "articles").glob("*.md"))
    assert len(pages) == 6  # five articles and the index
    victim = sorted(SEEDS.glob("*.txt"))[0].name
    (project.seeds / victim).unlink()
    project.generate()
    assert len(sorted((project.docs / "articles").glob("*.md"))) == 5
    assert (project.docs / "notes.md").read_text(encoding="utf-8") == "# My notes\n"
    assert (project.docs / "about.md").is_file()


def test_hand_written_home_page_is_not_overwritten(make_project: Callable[..., Project]) -> None:
    project = make_project()
    (project.docs / "index.md").write_text("# Mine\n", encoding="utf-8")
    proc = project.generate(check=False)
    assert proc.returncode == 0
    assert (project.docs / "index.md").read_text(encoding="utf-8") == "# Mine\n"
    assert "index.md" in proc.stderr


def test_recursive_and_sorted_input(make_project: Callable[..., Project]) -> None:
    project = make_project(seeds=None)
    nested = project.seeds / "2024" / "feb"
    nested.mkdir(parents=True)
    for src in sorted(SEEDS.glob("*.txt"))[:2]:
        shutil.copy(src, nested / src.name)
    project.generate()
    data = json.loads((project.docs / "briefing.json").read_text(encoding="utf-8"))
    assert sorted(a["seed"] for a in data["articles"]) == [
        f"2024/feb/{p.name}" for p in sorted(SEEDS.glob("*.txt"))[:2]
    ]


def test_missing_seeds_folder_is_an_error(make_project: Callable[..., Project]) -> None:
    project = make_project(seeds=None)
    project.seeds.rmdir()
    proc = project.generate(check=False)
    assert proc.returncode == 2
    assert "seeds folder not found" in proc.stderr


def test_cache_gives_the_same_output(make_project: Callable[..., Project]) -> None:
    cold = make_project(name="cold")
    cold.generate("--no-cache")
    warm = make_project(name="warm")
    warm.generate()
    shutil.rmtree(warm.docs / "articles")
    warm.generate()  # second run reads every article from the cache
    for path in cold.docs.rglob("*.md"):
        rel = path.relative_to(cold.docs)
        assert (warm.docs / rel).read_bytes() == path.read_bytes()


def test_output_does_not_depend_on_hash_seed(make_project: Callable[..., Project]) -> None:
    """Set iteration order changes with PYTHONHASHSEED; the output must not."""
    first = make_project(name="seed1")
    first.generate("--no-cache", PYTHONHASHSEED="1")
    second = make_project(name="seed2")
    second.generate("--no-cache", PYTHONHASHSEED="2")
    files = sorted(p.relative_to(first.docs) for p in first.docs.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(second.docs) for p in second.docs.rglob("*") if p.is_file())
    for rel in files:
        assert (first.docs / rel).read_bytes() == (second.docs / rel).read_bytes(), rel


def test_every_data_and_config_problem_is_reported_at_once_without_a_traceback(
    make_project: Callable[..., Project],
) -> None:
    project = make_project()
    data = project.root / "briefing"
    (data / "themes.yml").write_text(
        "themes:\n  - name: Ports\n    description: Port news.\n    phrases: [dock]\n", encoding="utf-8"
    )
    (data / "actors" / "extra.yml").write_text(
        "actors:\n  - name: Harbour Board\n    type: port authority\n    description: Runs the harbour.\n",
        encoding="utf-8",
    )
    (data / "outlets.yml").write_text("outlets:\n  - name: A\n  - name: B\n", encoding="utf-8")
    config = project.root / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8").replace("full_text_limit: 500", "full_text_limit: many"), encoding="utf-8"
    )
    proc = project.generate(check=False)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    err = proc.stderr
    assert "mkdocs.yml: extra.briefing.search.full_text_limit" in err
    assert "themes.yml" in err and "(Ports)" in err and "'threshold'" in err
    assert "extra.yml: entry 1 (Harbour Board): field 'type'" in err
    assert "outlets.yml: entry 1 ('A')" in err and "outlets.yml: entry 2 ('B')" in err
    assert not (project.docs / "briefing.json").exists()


def test_empty_seeds_folder_says_so(make_project: Callable[..., Project]) -> None:
    project = make_project(seeds=None)
    proc = project.generate(check=False)
    assert proc.returncode == 0 and "holds no articles" in proc.stderr
    assert project.generate("--strict", check=False).returncode == 1
