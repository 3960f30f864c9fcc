"""Read stage: input files on disk to ``SourceDoc`` records (the only stage besides ``write`` that does I/O)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Literal

from generator.read.decode import MAX_CHARS, Decoded, NotTextError, decode
from generator.read.discover import SIDECAR_SUFFIXES, Found, discover
from generator.read.html import MAX_HTML_CHARS, decode_html
from generator.read.markdown import FrontMatterError, load_front_matter, split_front_matter
from generator.read.records import Provided, Skipped, SourceDoc
from generator.read.sidecar import SidecarError, load_sidecar, parse_provided

Format = Literal["txt", "md", "html"]
# Bytes read from one file: enough for MAX_CHARS characters in any supported encoding.
MAX_BYTES = MAX_CHARS * 4
# Saved pages are mostly markup; their cap is larger so the article is not cut off (issue #7).
MAX_HTML_BYTES = MAX_HTML_CHARS * 2
FORMATS: dict[str, Format] = {".txt": "txt", ".md": "md", ".html": "html", ".htm": "html"}
MAX_SIDECAR_BYTES = 64 * 1024


@dataclass(frozen=True)
class RawInput:
    """The bytes of one input file and of its sidecar, before any decoding."""

    seed: str
    data: bytes
    size: int
    sidecar: bytes | None
    sidecar_name: str | None
    fmt: Format = "txt"

    def digest(self) -> str:
        """Content hash: the cache key of everything derived from this input."""
        h = hashlib.sha256()
        for part in (self.seed.encode(), self.data, self.sidecar or b"", str(self.size).encode(), self.fmt.encode()):
            h.update(len(part).to_bytes(8, "big"))
            h.update(part)
        return h.hexdigest()


def _sidecar_path(path: Path) -> Path | None:
    for suffix in SIDECAR_SUFFIXES:
        candidate = path.with_suffix(suffix)
        if candidate.is_file() and not candidate.is_symlink():
            return candidate
    return None


def input_stat(found: Found) -> tuple[int, ...] | None:
    """(size, mtime_ns, inode) of the input and of its sidecar (zeros when it has none), or None.

    Equal stats mean the bytes need not be read again (see ``generator.cache.BuildState``).
    """
    if found.problem:
        return None
    try:
        st = found.path.stat()
        side = _sidecar_path(found.path) if found.sidecar else None
        sst = side.stat() if side is not None else None
    except OSError:
        return None
    extra = (sst.st_size, sst.st_mtime_ns, sst.st_ino) if sst else (0, 0, 0)
    return (st.st_size, st.st_mtime_ns, st.st_ino, *extra)


def load_raw(found: Found) -> RawInput | Skipped:
    """Read an input file's bytes (capped) and its sidecar, or say why it cannot be read."""
    if found.problem:
        return Skipped(found.seed, found.problem)
    fmt = FORMATS.get(found.path.suffix.lower(), "txt")
    cap = MAX_HTML_BYTES if fmt == "html" else MAX_BYTES
    try:
        with found.path.open("rb") as fh:
            data = fh.read(cap + 1)
            size = found.path.stat().st_size
    except OSError as exc:
        return Skipped(found.seed, f"cannot be read ({exc.strerror or type(exc).__name__})")
    side = _sidecar_path(found.path)
    sidecar = None
    if side is not None:
        try:
            with side.open("rb") as fh:  # one byte more than the cap tells an oversized sidecar
                sidecar = fh.read(MAX_SIDECAR_BYTES + 1)
        except OSError:
            sidecar = None
    return RawInput(found.seed, data[:cap], size, sidecar, side.name if side else None, fmt)


def _merge(base: Provided, over: Provided) -> Provided:
    """``base`` with every value that ``over`` sets (a sidecar overrides front matter)."""
    changes = {f.name: getattr(over, f.name) for f in fields(over) if getattr(over, f.name) is not None}
    return replace(base, **changes)


def _front_matter(raw: RawInput, text: str, notes: list[str]) -> tuple[str, Provided]:
    """The body of a Markdown file and its front-matter values; bad front matter is noted, not fatal."""
    source, body = split_front_matter(text)
    if source is None:
        return text, Provided()
    try:
        provided, warnings = parse_provided(load_front_matter(source))
    except (FrontMatterError, SidecarError) as exc:
        notes.append(f"{raw.seed}: {exc}; its values were not used, the body was")
        return body, Provided()
    notes += [f"{raw.seed}: front matter: {w}" for w in warnings]
    return body, provided


def _decode(raw: RawInput) -> Decoded:
    return decode_html(raw.data) if raw.fmt == "html" else decode(raw.data)


def to_source(raw: RawInput) -> tuple[SourceDoc | Skipped, list[str]]:
    """Decode one input into a ``SourceDoc`` (pure); also return warnings about its sidecar."""
    notes: list[str] = []
    if raw.size == 0 or not raw.data:
        return Skipped(raw.seed, "empty file"), notes
    try:
        decoded = _decode(raw)
    except NotTextError as exc:
        return Skipped(raw.seed, str(exc)), notes
    if not decoded.text.strip():
        return Skipped(raw.seed, "contains only whitespace"), notes
    text, provided = decoded.text, Provided()
    if raw.fmt == "md":
        text, provided = _front_matter(raw, text, notes)
        if not text.strip():
            return Skipped(raw.seed, "front matter only: no article text"), notes
    if raw.sidecar is not None and len(raw.sidecar) > MAX_SIDECAR_BYTES:  # cut YAML could hold cut values
        notes.append(f"{raw.seed}: sidecar {raw.sidecar_name} is larger than {MAX_SIDECAR_BYTES // 1024} KB; "
                     "its values were not used")
    elif raw.sidecar is not None:
        try:
            side, warnings = load_sidecar(raw.sidecar)
            provided = _merge(provided, side)
            notes += [f"{raw.seed}: sidecar {raw.sidecar_name}: {w}" for w in warnings]
        except SidecarError as exc:
            notes.append(f"{raw.seed}: sidecar {raw.sidecar_name} {exc}; its values were not used")
    truncated = decoded.truncated or len(raw.data) < raw.size
    return (
        SourceDoc(
            seed=raw.seed,
            text=text,
            encoding=decoded.encoding,
            size=raw.size,
            truncated=truncated,
            repaired=decoded.repaired,
            provided=provided,
            fmt=raw.fmt,
        ),
        notes,
    )


__all__ = ["FORMATS", "Found", "RawInput", "discover", "input_stat", "load_raw", "to_source"]
