"""Records of the read stage: one decoded input file, owner-provided values, a skipped file."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal


@dataclass(frozen=True)
class Provided:
    """Metadata a site owner supplied in a sidecar ``<name>.yml`` (or ``.md`` front matter)."""

    title: str | None = None
    source: str | None = None
    authors: tuple[str, ...] | None = None
    date: dt.date | None = None
    url: str | None = None
    language: str | None = None
    retrieved: dt.date | None = None  # when the owner saved the page


@dataclass(frozen=True)
class SourceDoc:
    """One input file, decoded to normalised text (NFC, ``\\n`` line endings)."""

    seed: str  # path relative to the seeds folder, POSIX separators
    text: str
    encoding: str  # what the bytes were decoded as, e.g. "utf-8", "utf-16", "cp1252"
    size: int  # size of the input file in bytes
    truncated: bool = False  # True when the text was capped (see read.decode.MAX_CHARS)
    repaired: bool = False  # True when mojibake was repaired
    provided: Provided = field(default_factory=Provided)
    fmt: Literal["txt", "md", "html"] = "txt"


@dataclass(frozen=True)
class Skipped:
    """An input file that was not rendered, with the reason shown to the user."""

    seed: str
    reason: str
