"""Read stage: input files on disk to ``SourceDoc`` records (the only stage besides ``write`` that does I/O)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from generator.read.decode import MAX_CHARS, NotTextError, decode
from generator.read.discover import Found, discover
from generator.read.sidecar import SidecarError, load_sidecar
from generator.records import Provided, Skipped, SourceDoc

# Bytes read from one file: enough for MAX_CHARS characters in any supported encoding.
MAX_BYTES = MAX_CHARS * 4
SIDECAR_SUFFIXES = (".yml", ".yaml")
MAX_SIDECAR_BYTES = 64 * 1024


@dataclass(frozen=True)
class RawInput:
    """The bytes of one input file and of its sidecar, before any decoding."""

    seed: str
    data: bytes
    size: int
    sidecar: bytes | None
    sidecar_name: str | None

    def digest(self) -> str:
        """Content hash: the cache key of everything derived from this input."""
        h = hashlib.sha256()
        for part in (self.seed.encode(), self.data, self.sidecar or b"", str(self.size).encode()):
            h.update(len(part).to_bytes(8, "big"))
            h.update(part)
        return h.hexdigest()


def _sidecar_path(path: Path) -> Path | None:
    for suffix in SIDECAR_SUFFIXES:
        candidate = path.with_suffix(suffix)
        if candidate.is_file() and not candidate.is_symlink():
            return candidate
    return None


def load_raw(found: Found) -> RawInput | Skipped:
    """Read an input file's bytes (capped) and its sidecar, or say why it cannot be read."""
    if found.problem:
        return Skipped(found.seed, found.problem)
    try:
        with found.path.open("rb") as fh:
            data = fh.read(MAX_BYTES + 1)
            size = found.path.stat().st_size
    except OSError as exc:
        return Skipped(found.seed, f"cannot be read ({exc.strerror or type(exc).__name__})")
    side = _sidecar_path(found.path)
    sidecar = None
    if side is not None:
        try:
            sidecar = side.read_bytes()[:MAX_SIDECAR_BYTES]
        except OSError:
            sidecar = None
    return RawInput(found.seed, data[:MAX_BYTES], size, sidecar, side.name if side else None)


def to_source(raw: RawInput) -> tuple[SourceDoc | Skipped, list[str]]:
    """Decode one input into a ``SourceDoc`` (pure); also return warnings about its sidecar."""
    notes: list[str] = []
    if raw.size == 0 or not raw.data:
        return Skipped(raw.seed, "empty file"), notes
    try:
        decoded = decode(raw.data)
    except NotTextError as exc:
        return Skipped(raw.seed, str(exc)), notes
    if not decoded.text.strip():
        return Skipped(raw.seed, "contains only whitespace"), notes
    provided = Provided()
    if raw.sidecar is not None:
        try:
            provided, warnings = load_sidecar(raw.sidecar)
            notes += [f"{raw.seed}: sidecar {raw.sidecar_name}: {w}" for w in warnings]
        except SidecarError as exc:
            notes.append(f"{raw.seed}: sidecar {raw.sidecar_name} {exc}; its values were not used")
    truncated = decoded.truncated or len(raw.data) < raw.size
    return (
        SourceDoc(
            seed=raw.seed,
            text=decoded.text,
            encoding=decoded.encoding,
            size=raw.size,
            truncated=truncated,
            repaired=decoded.repaired,
            provided=provided,
        ),
        notes,
    )


__all__ = ["Found", "RawInput", "discover", "load_raw", "to_source"]
