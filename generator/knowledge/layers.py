"""Data files in layers: the package's defaults, then the owner's data folder on top.

An owner file extends the package file of the same name: lists gain the owner's items (an
entry whose ``name`` equals a package entry's replaces it), mappings gain the owner's keys, and
scalars take the owner's value. An owner file that starts with ``replace: true`` is used instead
of the package file. Every file read is hashed, so the knowledge has one digest that the caches
key on.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generator import yamlio

PACKAGE_DATA = Path(__file__).resolve().parent / "data"
REPLACE = "replace"


@dataclass
class Layers:
    """Reads data files from the package and the owner's folder; records problems and a digest."""

    owner: Path | None = None
    package: Path = PACKAGE_DATA
    problems: list[str] = field(default_factory=list)
    # For a merged file: the file and position each entry of a top-level list came from, so an error
    # names "briefing/outlets.yml: entry 2", not the entry's place in the merged list.
    origins: dict[tuple[str, str], list[tuple[str, int]]] = field(default_factory=dict)
    _hash: hashlib._Hash = field(default_factory=hashlib.sha256)

    @property
    def digest(self) -> str:
        """Hash of every file read so far (name and bytes)."""
        return self._hash.hexdigest()[:16]

    def read(self, path: Path, label: str) -> Any:
        """Parsed YAML of ``path`` (None when it is missing or broken; a broken file is a problem)."""
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            self.problems.append(f"{label}: cannot read: {exc.strerror or exc}")
            return None
        self._hash.update(label.encode() + b"\0" + len(raw).to_bytes(8, "big") + raw)
        try:
            return yamlio.safe_load(raw.decode("utf-8-sig"))
        except UnicodeDecodeError:
            self.problems.append(f"{label}: is not UTF-8 text")
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f" (line {mark.line + 1})" if mark is not None else ""
            self.problems.append(f"{label}: not valid YAML{where}: {getattr(exc, 'problem', None) or exc}")
        return None

    def owner_label(self, name: str) -> str:
        """How an owner file is named in messages: the folder as given, then the file."""
        return f"{self.owner.as_posix()}/{name}" if self.owner is not None else name

    def load(self, name: str) -> tuple[Any, str]:
        """The merged data of file ``name`` (a path relative to the data folders) and its label."""
        base = self.read(self.package / name, name)
        if self.owner is None:
            return base, name
        label = self.owner_label(name)
        over = self.read(self.owner / name, label)
        if over is None:
            return base, name
        if isinstance(over, dict) and over.get(REPLACE) is True:
            return {k: v for k, v in over.items() if k != REPLACE}, label
        if base is None:
            return over, label
        merged = merge(base, over)
        self._record_origins(name, base, over, merged, label)
        return merged, f"{name} + {label}"

    def _record_origins(self, name: str, base: Any, over: Any, merged: Any, label: str) -> None:
        if not (isinstance(base, dict) and isinstance(over, dict) and isinstance(merged, dict)):
            return
        for key, items in merged.items():
            if not isinstance(items, list):
                continue
            mine = {id(x): i for i, x in enumerate(over.get(key) or [])}
            theirs = {id(x): i for i, x in enumerate(base.get(key) or [])}
            self.origins[(name, str(key))] = [
                (label, mine[id(x)] + 1) if id(x) in mine else (name, theirs.get(id(x), -1) + 1) for x in items
            ]

    def namer(self, name: str, key: str, label: str, noun: str = "entry") -> Callable[[int], str]:
        """How errors name item ``i`` (0-based) of list ``key`` in file ``name``: its own file and number."""
        origin = self.origins.get((name, key))

        def where(i: int) -> str:
            if origin is not None and i < len(origin):
                return f"{origin[i][0]}: {noun} {origin[i][1]}"
            return f"{label}: {noun} {i + 1}"

        return where

    def names(self, folder: str, suffix: str = ".yml") -> list[str]:
        """File names in ``folder`` of the package and of the owner's folder, sorted, without duplicates."""
        found: set[str] = set()
        for root in (self.package, self.owner):
            if root is not None and (root / folder).is_dir():
                found |= {p.name for p in (root / folder).iterdir() if p.suffix == suffix and p.is_file()}
        return sorted(found)


def _key(item: Any) -> Any:
    return item.get("name") if isinstance(item, dict) else None


def merge(base: Any, over: Any) -> Any:
    """``over`` laid on ``base`` (see the module docstring)."""
    if isinstance(base, dict) and isinstance(over, dict):
        out = dict(base)
        for key, value in over.items():
            if key != REPLACE:
                out[key] = merge(base[key], value) if key in base else value
        return out
    if isinstance(base, list) and isinstance(over, list):
        replaced = {_key(item) for item in over if _key(item) is not None}
        kept = [item for item in base if _key(item) is None or _key(item) not in replaced]
        return kept + [item for item in over if item not in kept]
    return over
