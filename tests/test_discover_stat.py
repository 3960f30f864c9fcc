"""Discovery's shortcuts give what the long way gives: the sidecar hint, one ``lstat`` per file, plain names."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from generator.read import discover, input_stat
from generator.read.discover import display_name


def _folder(root: Path) -> Path:
    seeds = root / "seeds"
    (seeds / "desk").mkdir(parents=True)
    for name, text in (("harbour.txt", "a"), ("harbour.yml", "title: Harbour"), ("Strike.TXT", "b"),
                       ("Strike.yaml", "title: Strike"), ("notes.md", "c"), ("notes.yml", "x"), ("notes.yaml", "y"),
                       ("page.html", "d"), ("PAGE.yml", "z"), ("desk/memo.htm", "e"), ("lone.yml", "o"),
                       ("two.parts.txt", "f"), ("two.parts.yml", "g")):
        (seeds / name).write_text(text, encoding="utf-8")
    (seeds / "copy.txt").symlink_to("harbour.txt")
    (seeds / "gone.txt").symlink_to("missing.txt")
    (seeds / "folder.txt").mkdir()
    os.mkfifo(seeds / "pipe.txt")
    return seeds


def test_the_sidecar_hint_and_the_file_kinds_match_the_long_way(tmp_path: Path) -> None:
    found = discover(_folder(tmp_path))
    by_seed = {f.seed: f for f in found}
    assert not by_seed["desk/memo.htm"].sidecar and by_seed["two.parts.txt"].sidecar
    assert by_seed["page.html"].sidecar  # PAGE.yml: looked for (a case-insensitive disk would find it), not found here
    for f in found:
        assert input_stat(f) == input_stat(replace(f, sidecar=True)), f.seed
        if f.problem is None:
            assert f.path.is_file()
    assert by_seed["harbour.txt"].problem is None and by_seed["copy.txt"].problem is None
    assert by_seed["pipe.txt"].problem == "not a regular file"
    assert by_seed["gone.txt"].problem is not None and "broken symlink" in by_seed["gone.txt"].problem
    assert "folder.txt" not in by_seed


def test_a_plain_name_is_its_own_display_name_and_others_are_escaped() -> None:
    assert display_name("desk/memo.htm") == "desk/memo.htm"
    assert display_name("tab\tname.txt") == "tab\\x09name.txt"
    assert display_name("caf\u00e9.txt") == "caf\u00e9.txt"
    assert display_name(os.fsdecode(b"\xffname.txt")) == "\\xffname.txt"
