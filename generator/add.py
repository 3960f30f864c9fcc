"""``python -m generator add FILE...``: store articles in the seeds folder and show what a build would extract.

A file is stored as ``<slug of its title>-<8 hex of its content hash><.ext>``: stable (the same
content always gets the same name), safe (ASCII ``[a-z0-9-]``) and never overwriting another
seed. A sidecar ``<name>.yml`` next to the file is stored with it under the matching name.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from generator.article.records import Draft
from generator.knowledge import Knowledge
from generator.pipeline import process_isolated
from generator.read import FORMATS, load_raw
from generator.read.discover import Found, display_name
from generator.read.records import Skipped
from generator.text.slugs import slugify
from generator.write import atomic_write

_SLUG_LEN = 60  # leaves room for the hash and suffix within common 255-byte name limits


@dataclass(frozen=True)
class Added:
    """What ``add`` did with one file or URL: ``status`` is "added", "unchanged" or "failed"."""

    path: Path | str
    status: str
    message: str
    stored: Path | None = None
    draft: Draft | None = None
    notes: tuple[str, ...] = ()


def seed_name(title: str, data: bytes, suffix: str) -> str:
    """The stored file name: title slug, short content hash, lower-cased original suffix."""
    slug = slugify(title)[:_SLUG_LEN].rstrip("-") or "article"
    return f"{slug}-{hashlib.sha256(data).hexdigest()[:8]}{suffix.lower()}"


def _sidecar(path: Path) -> Path | None:
    for suffix in (".yml", ".yaml"):
        side = path.with_suffix(suffix)
        if side.is_file() and not side.is_symlink():  # as load_raw: a linked sidecar is not read
            return side
    return None


def _same(path: Path, data: bytes) -> bool:
    try:
        return path.read_bytes() == data
    except OSError:
        return False


def add_file(path: Path, seeds: Path, knowledge: Knowledge) -> Added:
    """Process ``path`` as a build would, then copy it (and its sidecar) into ``seeds``."""
    shown = display_name(str(path))
    if path.suffix.lower() not in FORMATS:
        return Added(path, "failed", f"{shown}: not an input file (only {', '.join(FORMATS)} files are read)")
    if not path.is_file():
        return Added(path, "failed", f"{shown}: not found or not a regular file")
    raw = load_raw(Found(path, path.name))
    if isinstance(raw, Skipped):
        return Added(path, "failed", f"{shown}: {raw.reason}")
    if len(raw.data) < raw.size:
        return Added(path, "failed", f"{shown}: too large to add ({raw.size} bytes)")
    processed, notes = process_isolated(raw, knowledge)
    if isinstance(processed, Skipped):
        return Added(path, "failed", f"{shown}: {processed.reason}", notes=tuple(notes))
    result = processed.draft
    target = seeds / seed_name(result.meta.title, raw.data, path.suffix)
    side = _sidecar(path)
    side_target = target.with_suffix(side.suffix) if side else None
    side_data = side.read_bytes() if side else None
    if side_target and side_data is not None and side_target.exists() and not _same(side_target, side_data):
        return Added(path, "failed", f"{shown}: {side_target} exists with other content; not overwritten")
    if target.exists():
        if not _same(target, raw.data):  # only a hash collision gets here; never overwrite
            return Added(path, "failed", f"{shown}: {target} exists with other content; not overwritten")
        status, message = "unchanged", f"{shown}: already in {seeds} as {target.name}; nothing to do"
    else:
        status, message = "added", f"{shown}: added as {target}"
    seeds.mkdir(parents=True, exist_ok=True)
    # The sidecar goes first: a run killed in between never leaves an article without its metadata.
    if side_target and side_data is not None and not side_target.exists():
        atomic_write(side_target, side_data)
        message += f" (with sidecar {side_target.name})"
    if status == "added":
        atomic_write(target, raw.data)
    return Added(path, status, message, target, result, tuple(notes))


def summary(added: Added) -> list[str]:
    """What was extracted, one field a line, as the build would publish it."""
    draft = added.draft
    if draft is None:
        return []
    meta = draft.meta
    retrieved = meta.basis_of("retrieved")
    lines = [
        f"  title:     {meta.title} ({meta.basis_of('title').basis.value})",
        f"  source:    {meta.source or '-'} ({meta.basis_of('source').basis.value})",
        f"  authors:   {', '.join(meta.authors) or '-'}",
        f"  date:      {meta.date.isoformat() if meta.date else 'unknown'} ({meta.date_basis.value})",
        f"  language:  {meta.language}",
        f"  url:       {meta.url or '-'}",
        f"  words:     {draft.word_count}{' (truncated)' if draft.truncated else ''}",
        f"  actors:    {', '.join(draft.found.names[:12]) or '-'}",
        f"  themes:    {', '.join(t.name for t in draft.theme_scores) or '-'}",
    ]
    if retrieved.text:
        lines.insert(6, f"  retrieved: {retrieved.text} ({retrieved.basis.value})")
    return lines
