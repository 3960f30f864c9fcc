"""``python -m generator add`` (issue #7): stable safe names, no-op on repeats, sidecars, clear failures."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.add import add_file, seed_name
from generator.cli import main
from tests.kb import knowledge
from tests.test_html_input import PARAS, TITLE

KB = knowledge()


def article(tmp_path: Path, name: str = "My Article (copy).TXT") -> Path:
    path = tmp_path / "in" / name
    path.parent.mkdir(exist_ok=True)
    path.write_text(f"{TITLE}\n\nBy Jane Doe\n\nFebruary 8, 2024\n\n" + "\n\n".join(PARAS) + "\n", encoding="utf-8")
    return path


def test_seed_name_is_stable_and_safe() -> None:
    name = seed_name("Ünïcode: <script> / ../etc", b"data", ".HTML")
    assert name == seed_name("Ünïcode: <script> / ../etc", b"data", ".HTML")
    assert name.endswith(".html") and all(c.isalnum() or c in "-." for c in name) and "/" not in name


def test_add_copies_reports_and_repeats_as_a_no_op(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = article(tmp_path)
    (src.with_suffix(".yml")).write_text("source: Example Gazette\n", encoding="utf-8")
    seeds = tmp_path / "seeds"
    assert main(["add", str(src), "--seeds", str(seeds)]) == 0
    out = capsys.readouterr().out
    stored = sorted(p.name for p in seeds.iterdir())
    assert len(stored) == 2 and stored[0].startswith("port-city-approves-flood-barrier") and stored[0].endswith(".txt")
    assert stored[1] == stored[0][:-4] + ".yml"
    assert "added as" in out and "2024-02-08 (explicit)" in out and "Example Gazette (provided)" in out
    assert main(["add", str(src), "--seeds", str(seeds)]) == 0
    assert "nothing to do" in capsys.readouterr().out
    assert sorted(p.name for p in seeds.iterdir()) == stored


def test_add_fails_clearly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = article(tmp_path)
    binary = tmp_path / "in" / "image.html"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    seeds = tmp_path / "seeds"
    code = main(
        ["add", str(good), str(binary), str(tmp_path / "missing.md"), str(tmp_path / "x.pdf"), "--seeds", str(seeds)]
    )
    err = capsys.readouterr().err
    assert code == 1
    assert "image.html: binary data" in err and "missing.md: not found" in err and "x.pdf: not an input file" in err
    assert len(list(seeds.iterdir())) == 1  # the good one was still added


def test_add_never_overwrites_different_content(tmp_path: Path) -> None:
    src = article(tmp_path)
    seeds = tmp_path / "seeds"
    first = add_file(src, seeds, KB)
    assert first.stored is not None
    first.stored.write_text("changed by hand", encoding="utf-8")
    again = add_file(src, seeds, KB)
    assert again.status == "failed" and "not overwritten" in again.message
    assert first.stored.read_text(encoding="utf-8") == "changed by hand"
