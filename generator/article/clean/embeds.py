"""Embedded social posts: find them, and rejoin the sentence a post split in two."""

from __future__ import annotations

from dataclasses import dataclass, field

from generator.article.clean import shapes
from generator.article.clean.features import Info

_LOOKBACK = 6


@dataclass
class Embeds:
    """Lines that belong to embedded posts, and sentence continuations keyed by host line."""

    lines: set[int] = field(default_factory=set)
    joins: dict[int, str] = field(default_factory=dict)
    tails: dict[int, str] = field(default_factory=dict)  # continuation kept as its own paragraph


def find(infos: list[Info]) -> Embeds:
    """Mark every embedded post and where its split sentence continues."""
    found = Embeds()
    for info in infos:
        if not info.text or not shapes.is_embed_attribution(info.text):
            continue
        found.lines.add(info.index)
        if shapes.is_embed_header(info.text):
            continue  # the post's own lines come after it, up to its attribution
        host = _walk_back(infos, info.index, found)
        rest = _continuation(info.text)
        if rest and host is not None:
            found.joins[host] = (found.joins.get(host, "") + " " + rest).strip()
        elif rest:
            found.tails[info.index] = rest
    return found


def _walk_back(infos: list[Info], at: int, found: Embeds) -> int | None:
    seen = 0
    j = at - 1
    while j >= 0 and seen < _LOOKBACK:
        cand = infos[j]
        if not cand.text:
            j -= 1
            continue
        seen += 1
        spaced = len(cand.text.split()) if cand.chars < 3000 else cand.nwords  # CJK counts as one
        if j in found.lines:
            return None
        if shapes.is_embed_header(cand.text):
            found.lines.add(j)
            return None  # the post opened here: what stands above it is the article
        if seen > 1 and not cand.final and spaced >= 6 and not cand.reason:
            return j
        if seen > 1 and cand.final and spaced >= 12 and not _tweety(cand.text):
            return None
        found.lines.add(j)
        j -= 1
    return None


def _tweety(text: str) -> bool:
    return "pic.twitter.com" in text or "#" in text or "@" in text or "t.co/" in text


def _continuation(text: str) -> str:
    m = shapes.HANDLE_ATTRIB.match(text.strip()[:300])
    if not m or not m.group(1):
        return ""
    return text.strip()[m.end() :].strip()
