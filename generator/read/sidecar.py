"""Owner-provided metadata: ``<name>.yml`` next to an input file.

Only the keys ``title, source, authors, date, url, language, retrieved`` are read; anything
else is reported and ignored. A ``url`` that is not an absolute http(s) URL is dropped with a
warning (issue #7: a ``javascript:`` URL must never become the "Original" link). YAML is
parsed by ``untrusted_yaml`` (safe loader, no aliases, bounded depth and size), so tags such as
``!!python/object`` are rejected, never executed. Each value is checked with its type before use;
one that cannot be used (a list as a title, ``2024-02-30`` as a date) is left out with a warning
and the others are still used (issue 13).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from generator.read.decode import normalise
from generator.read.htmlmeta import web_url
from generator.read.records import Provided
from generator.read.untrusted_yaml import UntrustedYamlError, load_untrusted
from generator.text.datecheck import parse_date

ALLOWED_KEYS = ("title", "source", "authors", "date", "url", "language", "retrieved")
_LANG_RE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")
_MAX_FIELD = 500
_MAX_AUTHORS = 20


class SidecarError(ValueError):
    """The sidecar cannot be used; the message says why."""


def _text(value: Any) -> str:
    if not isinstance(value, (str, int, float)) or isinstance(value, bool):
        raise SidecarError(f"must be text, not {type(value).__name__}")
    # Same normalisation as article text: no controls, no bidi overrides, NFC (issue #3).
    text = " ".join(normalise(str(value)).split())
    if not text:
        raise SidecarError("is empty")
    return text[:_MAX_FIELD]


def _date(value: Any) -> dt.date:
    day, reason = parse_date(value)
    if day is None:
        raise SidecarError(f"must be a real date like 2024-02-08 ({reason})")
    return day


def _authors(value: Any) -> tuple[str, ...]:
    items = value if isinstance(value, list) else [value]
    return tuple(_text(item) for item in items[:_MAX_AUTHORS] if item is not None)


def _value(key: str, value: Any, warnings: list[str]) -> Any:
    """The validated value of one known key, or None (with a warning) when it cannot be used."""
    try:
        if key in ("date", "retrieved"):
            return _date(value)
        if key == "authors":
            return _authors(value)
        if key == "language":
            lang = _text(value)
            if not _LANG_RE.match(lang):
                raise SidecarError(f"must be a code like 'en', not {lang[:20]!r}")
            return lang
        if key == "url":
            url = web_url(_text(value))
            if not url:
                warnings.append("ignored 'url': only absolute http(s) URLs are used")
            return url
        return _text(value)
    except SidecarError as exc:
        warnings.append(f"ignored '{key}': {exc}")
        return None


def parse_provided(data: Any) -> tuple[Provided, list[str]]:
    """Validate a parsed mapping into ``Provided``; also return warnings about ignored keys and values."""
    if data is None:
        return Provided(), []
    if not isinstance(data, dict):
        raise SidecarError("must be a mapping of keys to values")
    warnings = [f"ignored key {str(k)[:40]!r}" for k in data if k not in ALLOWED_KEYS]
    fields: dict[str, Any] = {}
    for key in ALLOWED_KEYS:
        value = data.get(key)
        if value is not None and (checked := _value(key, value, warnings)) is not None:
            fields[key] = checked
    return Provided(**fields), warnings


def load_sidecar(raw: bytes) -> tuple[Provided, list[str]]:
    """Parse sidecar bytes; raise SidecarError with a reason the user can act on."""
    try:
        data = load_untrusted(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise SidecarError("is not UTF-8 text") from None
    except UntrustedYamlError as exc:
        raise SidecarError(str(exc)) from None
    return parse_provided(data)
