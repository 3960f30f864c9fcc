"""YAML written by someone else (sidecars, front matter): no aliases, bounded depth and size, one error type.

PyYAML's safe loader builds only plain data, but hostile input still hurts it (issue 13):

- an alias bomb ("billion laughs", 2 KB) expands into gigabytes;
- libyaml's composer recurses once per level: a value nested 50,000 levels deep crashed the
  process (segmentation fault), and its scanner is quadratic in flow depth (50,000 levels: 12 s);
- ``2024-02-30`` (a timestamp) and an integer of 5,000 digits raise ``ValueError``, not
  ``yaml.YAMLError``, even under a key the generator ignores.

So the document is first read as a stream of events, which libyaml produces lazily, stopping
at the first anchor or alias, at a nesting deeper than ``MAX_DEPTH`` or after ``MAX_NODES``
nodes. Only a document that passes is built, with timestamps kept as text (the one date rule,
``generator.text.datecheck``, reads them) and integers longer than ``MAX_INT_DIGITS`` kept as text.
Every problem is an ``UntrustedYamlError`` whose message says what was wrong.
"""

from __future__ import annotations

from typing import Any

import yaml

MAX_CHARS = 64 * 1024  # the sidecar cap; front matter of a real note is a few hundred characters
MAX_DEPTH = 32  # the keys read are at depth 1 or 2 (a list of authors)
MAX_NODES = 10_000
MAX_INT_DIGITS = 100

_Base: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class UntrustedYamlError(ValueError):
    """The YAML cannot be used; the message says why."""


class _Loader(_Base):  # type: ignore[valid-type,misc]
    """The safe loader with values that cannot raise: timestamps and very long integers stay text."""


def _as_text(loader: yaml.SafeLoader, node: yaml.Node) -> str:
    return str(loader.construct_scalar(node))  # type: ignore[arg-type]


def _int(loader: yaml.SafeLoader, node: yaml.Node) -> int | str:
    text = _as_text(loader, node)
    if sum(ch.isdigit() for ch in text) > MAX_INT_DIGITS:
        return text
    try:
        return int(loader.construct_yaml_int(node))  # type: ignore[arg-type]
    except ValueError:
        return text


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _as_text)
_Loader.add_constructor("tag:yaml.org,2002:int", _int)


def _check_events(text: str) -> None:
    """Raise ``UntrustedYamlError`` on anchors, aliases, deep nesting or too many nodes."""
    depth = nodes = 0
    for event in yaml.parse(text, Loader=_Loader):
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None) is not None:
            raise UntrustedYamlError("uses YAML anchors or aliases, which are not accepted")
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                raise UntrustedYamlError(f"is nested more than {MAX_DEPTH} levels deep")
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
        if isinstance(event, (yaml.ScalarEvent, yaml.CollectionStartEvent)):
            nodes += 1
            if nodes > MAX_NODES:
                raise UntrustedYamlError(f"has more than {MAX_NODES:,} values")


def load_untrusted(text: str) -> Any:
    """The data of one YAML document from an untrusted file; raises only ``UntrustedYamlError``."""
    if len(text) > MAX_CHARS:
        raise UntrustedYamlError(f"is longer than {MAX_CHARS:,} characters")
    try:
        _check_events(text)
        return yaml.load(text, Loader=_Loader)  # noqa: S506 - a safe loader
    except UntrustedYamlError:
        raise
    except yaml.YAMLError as exc:
        first = str(exc).splitlines()[0] if str(exc) else "invalid YAML"
        raise UntrustedYamlError(f"is not valid YAML ({first})") from None
    except (ValueError, TypeError, OverflowError, RecursionError) as exc:
        raise UntrustedYamlError(f"holds a value YAML cannot read ({type(exc).__name__})") from None
