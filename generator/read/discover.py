"""Find input files under the seeds folder: recursive, sorted, never leaving the folder.

Every file that will not be read as an article is reported with a reason (issue #3: no file
is dropped silently), except hidden files (``.DS_Store``) and files in hidden folders, and
sidecars (``<name>.yml``) that belong to an input file, which are read with it.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, replace
from pathlib import Path

# Input formats by suffix (matched case-insensitively). Sidecars (``.yml``/``.yaml``) are read
# with their article, not alone. Since .md is an input (issue #7), a README.md in the seeds
# folder becomes an article too.
INPUT_SUFFIXES = (".txt", ".md", ".html", ".htm")
SIDECAR_SUFFIXES = (".yml", ".yaml")


@dataclass(frozen=True)
class Found:
    """An input file, or a reason it was passed over."""

    path: Path
    seed: str  # relative to the seeds folder, POSIX separators, printable
    problem: str | None = None
    # False when the folder's listing holds no ``<name>.yml`` or ``.yaml`` for it: its stat then needs no
    # look for a sidecar (``read.input_stat``: two failed stats per input, a third of a rerun's discovery).
    sidecar: bool = True


def display_name(rel: str) -> str:
    """The relative path as printable text; undecodable bytes and controls become ``\\xNN`` escapes.

    Undecodable bytes are escaped rather than replaced with U+FFFD, so two names that differ
    only in such bytes still have different display names.
    """
    if rel.isascii() and rel.isprintable():  # what the steps below give back unchanged
        return rel
    text = os.fsencode(rel).decode("utf-8", errors="backslashreplace")
    return "".join(ch if ch.isprintable() else _escape_char(ch) for ch in text)


def _escape_char(ch: str) -> str:
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def _inside(root: Path, path: Path) -> bool:
    try:
        path.resolve(strict=True).relative_to(root)
    except (OSError, ValueError):
        return False
    return True


def _classify(root: Path, path: Path) -> str | None:
    """None for a readable input file, else the reason it is passed over.

    One ``lstat`` for a file that is not a symbolic link (its ``stat`` would say the same).
    """
    try:
        mode = os.lstat(path).st_mode
    except OSError:
        return "not a regular file"
    if stat.S_ISLNK(mode):
        if not path.exists():
            return "broken symlink (its target does not exist), not followed"
        if not _inside(root, path):
            return "symlink pointing outside the seeds folder, not followed"
        if not path.is_file():
            return "not a regular file"
        return None
    return None if stat.S_ISREG(mode) else "not a regular file"


def _sidecar_problem(path: Path, names: set[str], suffixes: tuple[str, ...]) -> str | None:
    """None for a sidecar that is read with its input file (see ``read.load_raw``), else why not."""
    stem = path.name[: -len(path.suffix)]
    lowered = {n.lower() for n in names}
    if not any((stem + s).lower() in lowered for s in suffixes):
        return f"sidecar with no matching input file ({stem}{suffixes[0]}), not used"
    if path.is_symlink():
        return "sidecar is a symlink, not followed"
    preferred = path.with_name(stem + SIDECAR_SUFFIXES[0])
    if path.suffix != SIDECAR_SUFFIXES[0] and preferred.is_file() and not preferred.is_symlink():
        return f"sidecar not used: {preferred.name} is read instead"
    return None


def discover(seeds: Path, suffixes: tuple[str, ...] = INPUT_SUFFIXES) -> list[Found]:
    """Every file under ``seeds`` in sorted order: inputs to read, and other files with a reason.

    Hidden folders (``.git``, ``.cache``) are not entered and hidden files are ignored.
    Directory symlinks are never followed, so a link cycle cannot make the walk loop; file
    symlinks are followed only when they resolve to a file inside the folder.
    """
    root = seeds.resolve()
    found: list[Found] = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        names = set(filenames)
        lowered = {name.lower() for name in filenames}  # a case-insensitive disk finds ``A.YML`` for ``a.yml``
        folder = Path(dirpath)
        prefix = folder.relative_to(root).as_posix()
        prefix = "" if prefix == "." else f"{prefix}/"
        for name in filenames:
            if name.startswith("."):
                continue
            path = folder / name
            seed = display_name(prefix + name)
            lower = name.lower()
            if lower.endswith(suffixes):
                stem = lower.rpartition(".")[0]
                sidecar = any(stem + suffix in lowered for suffix in SIDECAR_SUFFIXES)
                found.append(Found(path, seed, _classify(root, path), sidecar))
            elif lower.endswith(SIDECAR_SUFFIXES) and name.endswith(SIDECAR_SUFFIXES):
                problem = _sidecar_problem(path, names, suffixes)
                if problem:
                    found.append(Found(path, seed, problem))
            else:
                shown = ", ".join(suffixes)
                found.append(Found(path, seed, f"not an input file (only {shown} files are read)"))
    found.sort(key=lambda f: (f.seed, os.fsencode(f.path)))
    return _unique_seeds(found)


def _unique_seeds(found: list[Found]) -> list[Found]:
    """Make display names unique (they key every later stage); a repeat gets `` (2)`` etc."""
    seen: set[str] = set()
    out = []
    for f in found:
        seed, n = f.seed, 2
        while seed in seen:
            seed = f"{f.seed} ({n})"
            n += 1
        seen.add(seed)
        out.append(f if seed == f.seed else replace(f, seed=seed))
    return out
