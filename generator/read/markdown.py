"""Markdown notes (``.md``): the front matter, read as owner-provided metadata.

The front matter is untrusted YAML (``untrusted_yaml``); only the keys in ``FRONT_KEYS`` are kept.
``generator.article.markdown`` reads the body.
"""

from __future__ import annotations

import re
from typing import Any

from generator.read.untrusted_yaml import UntrustedYamlError, load_untrusted

FRONT_KEYS = ("title", "source", "authors", "date", "url", "language", "retrieved")
_FENCE_RE = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)


class FrontMatterError(ValueError):
    """The front matter is not a YAML mapping; the message says why."""


def split_front_matter(text: str) -> tuple[str | None, str]:
    """(front matter YAML or None, body): front matter is a ``---`` fenced block at the very start."""
    match = _FENCE_RE.match(text)
    if not match:
        return None, text
    return match[1] or "", text[match.end() :]


def load_front_matter(source: str) -> dict[str, Any]:
    """The known keys of the front matter (bounded safe loader: tags rejected, no aliases, see ``untrusted_yaml``)."""
    try:
        data = load_untrusted(source)
    except UntrustedYamlError as exc:
        raise FrontMatterError(f"front matter {exc}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise FrontMatterError("front matter must be a mapping of keys to values")
    # Other keys (template, hide, search, tags, ...) belong to other tools: ignored on purpose.
    return {k: data[k] for k in FRONT_KEYS if k in data}
