"""What a saved page's address says: its host, seen through a web archive's copy."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

_ARCHIVED = re.compile(r"^/web/\d+[a-z_]*/(?P<url>https?://.+)$")


def host_of(url: str) -> str | None:
    """The host of ``url``; of the archived page's address for a web archive's copy."""
    parts = urlsplit(url)
    archived = _ARCHIVED.match(parts.path) if parts.hostname == "web.archive.org" else None
    return urlsplit(archived.group("url")).hostname if archived else parts.hostname
