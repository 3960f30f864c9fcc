"""The site of a textbench page and its fold, so that scores and fitting are grouped by site.

A page's site is the registrable part of its URL's host (``news.example.co.uk`` and
``www.example.co.uk`` are one site; an archived copy counts as the archived site). Pages the
benchmark has no real URL for (``hard::name.tld-slug.html``) take the domain in their file name.
A site's fold is a hash of its name, so it is the same on every run and every machine.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any
from urllib.parse import urlsplit

FOLDS = 5
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "ac", "edu", "or", "ne", "gob"})
_ARCHIVED = re.compile(r"^/web/\d+[a-z_]*/(?P<url>.+)$")


def registrable(host: str) -> str:
    """``host`` without ``www.`` and sub-domains: the last two labels, three under ``co.uk``-like ones."""
    labels = [x for x in host.lower().removeprefix("www.").split(".") if x]
    keep = 3 if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL else 2
    return ".".join(labels[-keep:])


def _from_file_name(name: str) -> str:
    base = name.rsplit("/", 1)[-1].split("-", 1)[0]
    labels = base.split(".")
    out = [labels[0]]
    for label in labels[1:]:
        if not (label.islower() and 2 <= len(label) <= 3):
            break
        out.append(label)
    return ".".join(out).lower()


def site_of(gold: dict[str, Any]) -> str:
    """The site a gold record's page comes from."""
    url = str(gold.get("url", "")).removeprefix("x")
    parts = urlsplit(url) if url.startswith("http") else None
    if parts is None or not parts.hostname:
        return _from_file_name(str(gold.get("source_file") or url.split("::", 1)[-1]))
    archived = _ARCHIVED.match(parts.path)
    if parts.hostname == "web.archive.org" and archived:
        inner = urlsplit(archived.group("url"))
        if inner.hostname:
            return registrable(inner.hostname)
    return registrable(parts.hostname)


def fold_of(gold: dict[str, Any], folds: int = FOLDS) -> int:
    """The fold (0..folds-1) of a gold record's site; fold 0 is held out of rule development."""
    if not gold:
        return -1
    digest = hashlib.sha256(site_of(gold).encode()).digest()
    return int.from_bytes(digest[:4], "big") % folds
