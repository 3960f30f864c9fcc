"""Which articles the seeds folder already holds, by URL and by content, so that nothing is added twice.

An article's URL is the one a build would use: its sidecar's ``url``, a Markdown note's front
matter ``url``, or what a saved page states (``<link rel=canonical>``, then ``og:url``). Its
content is the SHA-256 of its bytes. Reading every seed is linear in the corpus; the facts are
kept in the cache folder keyed by each file's stat (as the build state is), so a rerun reads only
new or changed seeds.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin

from generator.fetch.urls import http_url, url_key
from generator.read import RawInput, input_stat, load_raw
from generator.read.discover import discover
from generator.read.html import decode_html, parse
from generator.read.htmlmeta import page_url
from generator.read.markdown import FrontMatterError, load_front_matter, split_front_matter
from generator.read.records import Skipped
from generator.read.sidecar import SidecarError, load_sidecar, parse_provided
from generator.write import atomic_write

CACHE_FILE = "known-seeds.json"


def stated_url(body: bytes, base: str | None = None) -> str | None:
    """The URL a page states for itself: ``<link rel=canonical>``, then ``og:url``; a relative one is
    resolved against ``base`` (the URL the page was fetched from), as a browser would."""
    try:
        tree = parse(decode_html(body).text)
    except ValueError:  # NotTextError: binary data
        return None
    if tree is None:
        return None
    canonical = [el.get("href") for el in tree.iter("link") if "canonical" in (el.get("rel") or "").lower()]
    og = [el.get("content") for el in tree.iter("meta") if (el.get("property") or "").lower() == "og:url"]
    for value in (*canonical[:1], *og[:1]):
        if not value or not value.strip():
            continue
        url = http_url(urljoin(base, value.strip()) if base else value.strip())
        if url:
            return url
    return None


def _front_matter_url(data: bytes) -> str | None:
    source, _ = split_front_matter(data.decode("utf-8-sig", errors="replace"))
    if source is None:
        return None
    try:
        provided, _ = parse_provided(load_front_matter(source))
    except (FrontMatterError, SidecarError):
        return None
    return provided.url


def url_of(raw: RawInput) -> str | None:
    """The URL a build would give this input (sidecar first, then what the file itself states)."""
    if raw.sidecar is not None:
        with contextlib.suppress(SidecarError):
            provided, _ = load_sidecar(raw.sidecar)
            if provided.url:
                return provided.url
    if raw.fmt == "md":
        return _front_matter_url(raw.data)
    if raw.fmt == "html":
        return _page_url(raw.data)
    return None


def _page_url(data: bytes) -> str | None:
    """The URL a saved page states, exactly as the build reads it (``htmlmeta.scan_meta``)."""
    try:
        text = decode_html(data).text
    except ValueError:  # NotTextError: binary data
        return None
    tree = parse(text)
    return page_url(tree, text[:8192]) if tree is not None else None


@dataclass(frozen=True)
class SeedFacts:
    """What identifies one seed: its URL (if any) and the hash of its bytes."""

    url: str | None
    sha: str


class KnownSeeds:
    """Seeds by URL key and by content hash; grows as a run adds articles."""

    def __init__(self) -> None:
        self.urls: dict[str, str] = {}
        self.hashes: dict[str, str] = {}

    def add(self, seed: str, sha: str | None, *urls: str | None) -> None:
        """Record ``seed`` under its content hash and every URL it is known by."""
        if sha:
            self.hashes.setdefault(sha, seed)
        for url in urls:
            if url:
                self.urls.setdefault(url_key(url), seed)

    def by_url(self, *urls: str | None) -> str | None:
        """The seed already known by one of ``urls``."""
        return next((self.urls[url_key(u)] for u in urls if u and url_key(u) in self.urls), None)

    def by_content(self, data: bytes) -> str | None:
        """The seed with exactly these bytes."""
        return self.hashes.get(hashlib.sha256(data).hexdigest())


def _load_cache(path: Path | None) -> dict[str, list[object]]:
    if path is None:
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def scan_seeds(seeds: Path, cache: Path | None = None) -> KnownSeeds:
    """Every input in ``seeds`` by URL and content; ``cache`` is the folder of the per-seed facts."""
    path = cache / CACHE_FILE if cache else None
    previous = _load_cache(path)
    rows: dict[str, list[object]] = {}
    known = KnownSeeds()
    for found in discover(seeds) if seeds.is_dir() else []:
        stat = input_stat(found)
        if stat is None:
            continue
        row = previous.get(found.seed)
        if not (isinstance(row, list) and len(row) == 3 and row[0] == list(stat)):
            raw = load_raw(found)
            if isinstance(raw, Skipped):
                continue
            facts = SeedFacts(url_of(raw), hashlib.sha256(raw.data).hexdigest())
            row = [list(stat), facts.sha, facts.url]
        rows[found.seed] = row
        known.add(found.seed, str(row[1]), row[2] if isinstance(row[2], str) else None)
    if path is not None and rows != previous:
        with contextlib.suppress(OSError):  # the cache only saves work
            atomic_write(path, (json.dumps(rows, sort_keys=True, separators=(",", ":")) + "\n").encode())
    return known
