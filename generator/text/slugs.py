"""Stable, safe, unique slugs for generated pages.

A slug is ASCII ``[a-z0-9-]``, at most 80 characters, cut at a word boundary, so it is safe
as a file name and a URL on every platform. Cyrillic, Arabic and other scripts are
transliterated (anyascii). Names that generated pages use (``index``) are never produced.
When several articles want the same slug, the one whose seed path sorts first keeps it and
the others get a suffix made from a hash of their own seed path: deterministic, and it does
not depend on how many other articles there are.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable

from anyascii import anyascii

MAX_LEN = 80
RESERVED = frozenset({"index", "404", "search", "assets", "sitemap", "feed", "tags"})
_NON_SLUG = re.compile(r"[^a-z0-9]+")


def slugify(text: str, fallback: str = "article") -> str:
    """A URL- and file-safe slug for ``text``; ``fallback`` when nothing usable is left."""
    ascii_text = anyascii(text).lower()
    slug = _NON_SLUG.sub("-", ascii_text).strip("-")
    if len(slug) > MAX_LEN:
        cut = slug.rfind("-", 0, MAX_LEN + 1)
        slug = slug[: cut if cut > MAX_LEN // 2 else MAX_LEN].strip("-")
    if not slug:
        slug = fallback
    if slug in RESERVED:
        slug = f"{slug}-{fallback}"
    return slug


def _suffix(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:6]


def assign_unique(wanted: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Map each key to a unique slug from ``(key, wanted_slug)`` pairs; keys must be unique."""
    pairs = sorted(wanted)
    taken: set[str] = set()
    result: dict[str, str] = {}
    for key, slug in pairs:
        candidate = slug
        if candidate in taken:
            candidate = f"{slug}-{_suffix(key)}"
            n = 2
            while candidate in taken:  # a hash collision: vanishingly rare, still handled
                candidate = f"{slug}-{_suffix(key)}-{n}"
                n += 1
        taken.add(candidate)
        result[key] = candidate
    return result
