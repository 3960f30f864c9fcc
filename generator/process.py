"""Per-article stage: ``SourceDoc`` -> cleaned ``Draft`` (pure, independent per file, cacheable)."""

from __future__ import annotations

import re
from dataclasses import replace

from generator.actors import find_actors
from generator.clean import clean
from generator.extract import extract_metadata
from generator.knowledge import knowledge
from generator.link.incidents import incident_keys
from generator.records import Basis, Cleaned, Draft, Evidence, Metadata, Provided, Skipped, SourceDoc
from generator.themes import assign_themes
from generator.timeline import extract_events

_WORD_RE = re.compile(r"\w+(?:['’-]\w+)*")
# An article body shorter than this is not an article (a cookie wall, an error page).
MIN_BODY_WORDS = 20


def count_words(cleaned: Cleaned) -> int:
    """Words in the body blocks (the title is not counted)."""
    return sum(len(_WORD_RE.findall(item)) for block in cleaned.blocks for item in block.items)


def apply_provided(meta: Metadata, provided: Provided) -> Metadata:
    """Owner-provided values override extracted ones and are marked ``provided``."""
    evidence = dict(meta.evidence)
    changes: dict[str, object] = {}
    for name in ("title", "source", "authors", "date", "url", "language"):
        value = getattr(provided, name)
        if value is None:
            continue
        changes[name] = value
        evidence[name] = Evidence(Basis.PROVIDED, "sidecar")
    if "date" in changes:
        changes["date_basis"] = Basis.PROVIDED
    return replace(meta, **changes, evidence=tuple(sorted(evidence.items())))  # type: ignore[arg-type]


def process(doc: SourceDoc) -> Draft | Skipped:
    """Clean one document and extract its metadata, or say why it is not an article."""
    cleaned = clean(doc.text)
    words = count_words(cleaned)
    if words < MIN_BODY_WORDS:
        if any(line.role.value == "boilerplate" for line in cleaned.lines) and words == 0:
            return Skipped(doc.seed, "nothing but page chrome: no article text found")
        return Skipped(doc.seed, f"no article text found ({words} words of body text)")
    meta = apply_provided(extract_metadata(cleaned), doc.provided)
    registry, taxonomy = knowledge()
    found = find_actors(cleaned, registry)
    return Draft(
        seed=doc.seed,
        meta=meta,
        cleaned=cleaned,
        word_count=words,
        truncated=doc.truncated,
        encoding=doc.encoding,
        found=found,
        theme_scores=assign_themes(cleaned, found, taxonomy),
        incidents=incident_keys(cleaned, found),
        events=extract_events(cleaned, meta.date),
    )
