"""Issue 13: one bad file next to a normal article never stops, crashes or hangs the build.

Each case puts one hostile file beside a normal article and runs the real command line
(in-process, so the workers fork from the test): exit code 0, no traceback, the bad file named
once on stderr with its reason (a skip listed in ``briefing.json``, or a warning when the article
still builds without the bad part), and the normal article built.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator.cli import main
from tests.conftest import Project

NORMAL = (
    "Harbour talks resume in Velmora\n\n"
    "The harbour authority of Velmora said on Tuesday that talks with the fishing cooperative would resume "
    "next week, after a month of protests over berth fees and the closure of the northern quay.\n\n"
    "Officials said the cooperative had agreed to send three delegates to the first meeting.\n"
)
BODY = (
    "The town council of Brisk met on Monday to discuss the new bridge over the river and the cost of repairs "
    "to the old ferry landing, which has been closed since the spring floods.\n"
)


def _bomb() -> str:
    lines = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for i in range(1, 9):
        prev, name = chr(ord("a") + i - 1), chr(ord("a") + i)
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{prev}"] * 9) + "]")
    return "\n".join(lines) + "\ntitle: *i\n"


def _note(front: str, body: str = BODY) -> str:
    return f"---\n{front}---\n\n# A council note\n\n{body}"


def _page(head: str, body: str = BODY) -> str:
    return f"<html><head><title>A council page</title>{head}</head><body><article><p>{body}</p></article></body></html>"


def _jsonld(value: str) -> str:
    return f'<script type="application/ld+json">{value}</script>'


def build(project: Project, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, dict[str, Any]]:
    """Run ``python -m generator build`` in-process; (exit code, stderr, briefing.json)."""
    (project.seeds / "normal.txt").write_text(NORMAL, encoding="utf-8")
    code = main(["build", "--seeds", str(project.seeds), "--docs", str(project.docs),
                 "--config", str(project.root / "mkdocs.yml"), "--cache", str(project.root / ".cache"), *args])
    err = capsys.readouterr().err
    assert "Traceback" not in err, err
    data = json.loads((project.docs / "briefing.json").read_text(encoding="utf-8")) if code == 0 else {}
    return code, err, data


def _article(data: dict[str, Any], seed: str) -> dict[str, Any] | None:
    return next((a for a in data["articles"] if a["seed"] == seed), None)


WARNED = [
    # (file name, content, sidecar or None, words expected in the one stderr line naming the file)
    ("bad.md", _note("title: A note\ndate: 2024-02-30\n"), None, "'2024-02-30' is not a real calendar date"),
    ("leap.md", _note("title: A note\ndate: 2023-02-29\n"), None, "not a real calendar date"),
    ("zero.md", _note("date: 0001-01-01T00:00:00Z\n"), None, "before 1800"),
    ("deep.md", _note("title: A note\nx: " + "[" * 5000 + "]" * 5000 + "\n"), None, "nested more than"),
    ("bomb.md", _note(_bomb()), None, "anchors or aliases"),
    ("side.txt", "A council note\n\n" + BODY, "date: 2024-02-30\n", "not a real calendar date"),
    ("sidekey.txt", "A council note\n\n" + BODY, "updated: 2023-02-29\n", "ignored key 'updated'"),
    ("sidedeep.txt", "A council note\n\n" + BODY, "title: " + "{a: " * 3000 + "}" * 3000 + "\n", "nested more than"),
    ("sidetype.txt", "A council note\n\n" + BODY, "title: [1, 2]\nsource: Brisk Gazette\n", "must be text"),
    ("sidebig.txt", "A council note\n\n" + BODY, "date: 2024-02-08\ntitle: " + "a" * 70_000 + "\n", "64 KB"),
]


@pytest.mark.parametrize(("name", "content", "sidecar", "reason"), WARNED, ids=[w[0] for w in WARNED])
def test_unusable_metadata_is_a_warning_and_both_articles_build(
    make_project: Callable[..., Project], capsys: pytest.CaptureFixture[str],
    name: str, content: str, sidecar: str | None, reason: str,
) -> None:
    project = make_project(seeds=None)
    (project.seeds / name).write_text(content, encoding="utf-8")
    if sidecar is not None:
        (project.seeds / name).with_suffix(".yml").write_text(sidecar, encoding="utf-8")
    code, err, data = build(project, capsys)
    assert code == 0
    lines = [line for line in err.splitlines() if name in line]
    assert len(lines) == 1 and reason in lines[0], err
    bad = _article(data, name)
    assert bad is not None and bad["date"] is None and bad["date_basis"] == "unknown"
    assert _article(data, "normal.txt") is not None and data["skipped"] == []


def test_values_under_ignored_keys_cannot_break_a_note(
    make_project: Callable[..., Project], capsys: pytest.CaptureFixture[str]
) -> None:
    project = make_project(seeds=None)
    front = "title: A note\nupdated: 2023-02-29\ncount: " + "9" * 5000 + "\nwhen: 2024-02-30T10:00:00Z\n"
    (project.seeds / "ignored.md").write_text(_note(front), encoding="utf-8")
    code, err, data = build(project, capsys)
    assert code == 0 and "ignored.md" not in err  # keys of other tools are ignored silently, as documented
    bad = _article(data, "ignored.md")
    assert bad is not None and bad["title"] == "A note"
    assert _article(data, "normal.txt") is not None


PAGES = [
    ("nested.html", _page(_jsonld("[" * 5000 + "]" * 5000))),
    ("nestedobj.html", _page(_jsonld('{"@type": "NewsArticle", "x": ' + '{"a": ' * 3000 + "1" + "}" * 3000 + "}"))),
    ("zero.html", _page(_jsonld('{"@type": "NewsArticle", "headline": "A council page", '
                                '"datePublished": "0001-01-01T00:00:00Z", "dateModified": "0001-01-01T00:00:00Z"}'))),
]


@pytest.mark.parametrize(("name", "content"), PAGES, ids=[p[0] for p in PAGES])
def test_hostile_json_ld_is_ignored_and_never_a_date(
    make_project: Callable[..., Project], capsys: pytest.CaptureFixture[str], name: str, content: str
) -> None:
    project = make_project(seeds=None)
    (project.seeds / name).write_text(content, encoding="utf-8")
    code, _, data = build(project, capsys)
    assert code == 0
    page = _article(data, name)
    assert page is not None and page["title"] == "A council page"
    assert page["date"] is None and page["date_basis"] == "unknown"
    assert _article(data, "normal.txt") is not None


def test_zero_date_falls_back_to_the_page_s_next_date(
    make_project: Callable[..., Project], capsys: pytest.CaptureFixture[str]
) -> None:
    project = make_project(seeds=None)
    head = _jsonld('{"@type": "NewsArticle", "datePublished": "0001-01-01T00:00:00Z"}')
    head += '<meta property="article:published_time" content="2024-03-05T08:00:00Z">'
    (project.seeds / "page.html").write_text(_page(head), encoding="utf-8")
    code, _, data = build(project, capsys)
    page = _article(data, "page.html")
    assert code == 0 and page is not None and page["date"] == "2024-03-05" and page["date_basis"] == "explicit"


# Markup repeated without ever closing: the old patterns scanned to the end of the note from each one.
REPEATED = ["*a ", "<!-- a ", "<script a ", "~~a ", "[a](b ", "![", "<http:", "`" * 3 + "a "]


@pytest.mark.parametrize("atom", REPEATED)
def test_repeated_unclosed_markup_in_a_note_builds(
    make_project: Callable[..., Project], capsys: pytest.CaptureFixture[str], atom: str
) -> None:
    project = make_project(seeds=None)
    (project.seeds / "marks.md").write_text("# Marks\n\n" + BODY + "\n" + atom * (100_000 // len(atom)) + "\n")
    code, err, data = build(project, capsys)
    assert code == 0 and "marks.md" not in err
    assert _article(data, "marks.md") is not None and _article(data, "normal.txt") is not None


def _without_write_permission() -> list[str] | None:
    """A command prefix that makes permission bits apply (root ignores them), or None."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    return [setpriv, "--bounding-set=-dac_override,-dac_read_search"] if setpriv else None


def test_read_only_docs_folder_is_one_line_and_exit_2(make_project: Callable[..., Project]) -> None:
    prefix = _without_write_permission()
    if prefix is None:
        pytest.skip("running as root without setpriv: permission bits cannot be made to apply")
    project = make_project(seeds=None)
    (project.seeds / "normal.txt").write_text(NORMAL, encoding="utf-8")
    project.docs.chmod(0o555)
    try:
        proc = project.generate(check=False, prefix=prefix)
    finally:
        project.docs.chmod(0o755)
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.strip().splitlines() == [f"error: cannot write in {project.docs}: Permission denied"]


def test_unreadable_docs_parent_names_the_folder(make_project: Callable[..., Project], tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    project = make_project(seeds=None)
    (project.seeds / "normal.txt").write_text(NORMAL, encoding="utf-8")
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    code = main(["build", "--seeds", str(project.seeds), "--docs", str(blocker / "docs"),
                 "--config", str(project.root / "mkdocs.yml"), "--no-cache"])
    err = capsys.readouterr().err
    assert code == 2 and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1 and str(blocker) in err
