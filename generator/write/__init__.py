"""Write stage: put generated files into docs_src atomically, and only when they change.

- Each file is written to a temporary file in the same folder and renamed over the old one,
  so a run killed at any moment leaves every page either old or new, never half-written.
  There is no fsync per file: a killed process cannot lose written data (the kernel holds it),
  and a power cut costs at most pages that the next run regenerates; at 10,000 pages an fsync
  each took longer than rendering them.
- A file whose content is unchanged is not touched: a second run writes nothing and keeps
  every modification time.
- The set of generated files is recorded in a manifest. Before any page is written the
  manifest is updated to cover old and new files, so even a killed run never leaves a
  generated file that a later run would mistake for a hand-written one. Stale generated
  files are removed; files the generator did not make are never touched, except inside the
  folders it owns completely (``owned_dirs``).
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

MANIFEST = ".briefing-manifest.json"
FILE_MODE = 0o644


@dataclass
class WriteReport:
    """What a write changed."""

    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)  # hand-written files in the way


def _check_rel(rel: str) -> str:
    p = PurePosixPath(rel)
    if p.is_absolute() or ".." in p.parts or not p.parts or rel != p.as_posix():
        raise ValueError(f"refusing to write outside the docs folder: {rel!r}")
    return rel


def _through_symlink(docs: Path, rel: str) -> bool:
    """Whether a folder on the way from ``docs`` to ``rel`` is a symlink (it could lead outside)."""
    path = docs
    for part in PurePosixPath(rel).parts[:-1]:
        path = path / part
        if path.is_symlink():
            return True
    return False


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
    try:
        Path(tmp).chmod(FILE_MODE)  # mkstemp creates 0600; published files must be world-readable
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        Path(tmp).replace(path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _read_manifest(docs: Path) -> set[str]:
    try:
        data = json.loads((docs / MANIFEST).read_text(encoding="utf-8"))
        return {_check_rel(p) for p in data["files"]}
    except (OSError, ValueError, KeyError, TypeError):
        return set()


def _write_manifest(docs: Path, files: Iterable[str]) -> None:
    text = json.dumps({"files": sorted(set(files))}, indent=1) + "\n"
    path = docs / MANIFEST
    if not path.is_file() or path.read_text(encoding="utf-8") != text:
        atomic_write(path, text.encode("utf-8"))


def _owned_leftovers(docs: Path, owned_dirs: Iterable[str], keep: set[str]) -> list[str]:
    found = []
    for name in owned_dirs:
        root = docs / name
        if not root.is_dir() or root.is_symlink():
            continue
        for path in root.rglob("*"):
            rel = path.relative_to(docs).as_posix()
            if (path.is_file() or path.is_symlink()) and rel not in keep:
                found.append(rel)
    return found


def write_files(docs: Path, files: Mapping[str, str], owned_dirs: Iterable[str] = ()) -> WriteReport:
    """Bring ``docs`` in line with ``files`` (relative path -> text)."""
    report = WriteReport()
    owned = tuple(owned_dirs)
    docs.mkdir(parents=True, exist_ok=True)
    new = {_check_rel(rel) for rel in files}
    old = _read_manifest(docs)
    for stray in docs.glob(".tmp-*"):  # left by a run that was killed mid-write
        stray.unlink(missing_ok=True)
    _write_manifest(docs, old | new)
    kept: set[str] = set()
    for rel in sorted(new):
        data = files[rel].encode("utf-8")
        path = docs / rel
        in_owned = rel.split("/", 1)[0] in owned and "/" in rel
        if _through_symlink(docs, rel) or path.is_symlink() or (path.exists() and not path.is_file()):
            report.refused.append(rel)
            continue
        if path.is_file():
            if path.read_bytes() == data:
                report.unchanged.append(rel)
                kept.add(rel)
                continue
            if rel not in old and not in_owned:
                report.refused.append(rel)
                continue
        atomic_write(path, data)
        report.written.append(rel)
        kept.add(rel)
    for rel in sorted((old - new) | set(_owned_leftovers(docs, owned, new))):
        path = docs / rel
        if _through_symlink(docs, rel):
            continue
        if path.is_file() or path.is_symlink():
            path.unlink()
            report.removed.append(rel)
    for name in owned:
        _remove_empty_dirs(docs / name)
    _write_manifest(docs, kept)
    return report


def _remove_empty_dirs(root: Path) -> None:
    if not root.is_dir() or root.is_symlink():
        return
    for dirpath, _dirs, _files in sorted(os.walk(root), key=lambda t: -len(t[0])):
        path = Path(dirpath)
        if path != root and not any(path.iterdir()):
            path.rmdir()
