"""Group the kept lines into body blocks in reading order."""

from __future__ import annotations

import re

from generator.article.clean.embeds import Embeds
from generator.article.clean.features import Info
from generator.article.clean.roles import Assigned
from generator.article.records import Block, BlockKind, Role

_SPACES = re.compile(r"[ \u00a0]{2,}")
# A list item's bullet or number; a number in brackets ("[3] ...") stays: it numbers paragraphs or
# notes the text refers to.
_MARK = re.compile(r"^\s*(?:[•·*▪●◦■□►▶–-]|\d{1,3}[.)])\s+")
_QUOTE = re.compile(r"^\s*(?:>\s?)+")

_RUNS: dict[Role, BlockKind] = {
    Role.LIST_ITEM: "list",
    Role.REFERENCE: "references",
    Role.TABLE_ROW: "table",
}
_SINGLE: dict[Role, BlockKind] = {Role.BODY: "paragraph", Role.HEADING: "heading", Role.QUOTE: "quote"}


def tidy(text: str) -> str:
    """Collapse runs of spaces and strip a line."""
    text = text.strip()
    if "  " not in text and "\u00a0" not in text:
        return text
    return _SPACES.sub(" ", text)


def build(infos: list[Info], roles: Assigned, found: Embeds) -> tuple[Block, ...]:
    """Body blocks from line roles; split sentences around embeds are rejoined."""
    blocks: list[Block] = []
    run_kind: BlockKind | None = None
    run: list[str] = []

    def flush() -> None:
        nonlocal run_kind, run
        if run_kind is not None and run:
            blocks.append(Block(run_kind, tuple(run)))
        run_kind, run = None, []

    for info, (role, _) in zip(infos, roles, strict=True):
        if not info.text:
            continue
        if role in _RUNS:
            kind = _RUNS[role]
            if run_kind != kind:
                flush()
                run_kind = kind
            cell = info.text.strip() if kind == "table" else tidy(_MARK.sub("", info.text))
            run.append(cell)
            continue
        if role in _SINGLE:
            flush()
            text = tidy(_QUOTE.sub("", info.text) if role is Role.QUOTE else info.text)
            if info.index in found.joins:
                text = f"{text} {found.joins[info.index]}"
            blocks.append(Block(_SINGLE[role], (text,)))
        elif role is Role.EMBED and info.index in found.tails:
            flush()
            blocks.append(Block("paragraph", (tidy(found.tails[info.index]),)))
        elif role is not Role.META:
            flush()
    flush()
    return tuple(blocks)
