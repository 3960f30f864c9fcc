"""YAML front matter, always written by a YAML emitter and never by string formatting."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import yaml


def front_matter(fields: Mapping[str, Any]) -> str:
    """``---``-fenced YAML of ``fields`` in the given order, one line per scalar."""
    body = yaml.safe_dump(
        dict(fields),
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=1_000_000,
    )
    return f"---\n{body}---\n"
