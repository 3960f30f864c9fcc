"""YAML front matter, always written by a YAML emitter and never by string formatting."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import yaml

# YAML 1.1 reads NEL, LS and PS as line breaks inside plain and single-quoted scalars, so a
# string holding one would not load back as written; double quotes escape them.
_BREAKS = frozenset("\x85\u2028\u2029")


# libyaml's emitter when PyYAML has it: about 5x faster than the pure-Python one, which
# dominated rendering at 1,000 articles; both are safe dumpers and emit the same YAML.
_Base: type[yaml.SafeDumper] = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


class _Dumper(_Base):  # type: ignore[valid-type,misc]
    """Safe dumper that double-quotes strings YAML would otherwise fold or re-read differently."""


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    if any(ch in _BREAKS or not ch.isprintable() for ch in value):
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style='"')
    return dumper.represent_str(value)


_Dumper.add_representer(str, _str)


def front_matter(fields: Mapping[str, Any]) -> str:
    """``---``-fenced YAML of ``fields`` in the given order, one line per scalar."""
    body = yaml.dump(
        dict(fields),
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=1_000_000,
    )
    return f"---\n{body}---\n"
