"""Owner-provided metadata: ``<name>.yml`` next to an input file.

Only the keys ``title, source, authors, date, url, language, retrieved`` are read; anything
else is reported and ignored. A ``url`` that is not an absolute http(s) URL is dropped with a
warning (issue #7: a ``javascript:`` URL must never become the "Original" link). YAML is
parsed with the safe loader, so tags such as ``!!python/object`` are rejected, never executed.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import yaml

from generator import yamlio
from generator.read.decode import normalise
from generator.read.htmlmeta import web_url
from generator.read.records import Provided

ALLOWED_KEYS = ("title", "source", "authors", "date", "url", "language", "retrieved")
_LANG_RE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")
_MAX_FIELD = 500


class SidecarError(ValueError):
    """The sidecar cannot be used; the message says why."""


def _text(key: str, value: Any) -> str:
    if not isinstance(value, (str, int, float)) or isinstance(value, bool):
        raise SidecarError(f"'{key}' must be text, not {type(value).__name__}")
    # Same normalisation as article text: no controls, no bidi overrides, NFC (issue #3).
    text = " ".join(normalise(str(value)).split())
    if not text:
        raise SidecarError(f"'{key}' is empty")
    return text[:_MAX_FIELD]


def _date(value: Any, key: str = "date") -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise SidecarError(f"'{key}' must be a date like 2024-02-08, not {str(value)[:40]!r}") from None


def _authors(value: Any) -> tuple[str, ...]:
    items = value if isinstance(value, list) else [value]
    return tuple(_text("authors", item) for item in items if item is not None)


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
        if value is None:
            continue
        if key in ("date", "retrieved"):
            fields[key] = _date(value, key)
        elif key == "authors":
            fields[key] = _authors(value)
        elif key == "language":
            lang = _text(key, value)
            if not _LANG_RE.match(lang):
                raise SidecarError(f"'language' must be a code like 'en', not {lang[:20]!r}")
            fields[key] = lang
        elif key == "url":
            url = web_url(_text(key, value))
            if url:
                fields[key] = url
            else:
                warnings.append("ignored 'url': only absolute http(s) URLs are used")
        else:
            fields[key] = _text(key, value)
    return Provided(**fields), warnings


def load_sidecar(raw: bytes) -> tuple[Provided, list[str]]:
    """Parse sidecar bytes; raise SidecarError with a reason the user can act on."""
    try:
        data = yamlio.safe_load(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise SidecarError("is not UTF-8 text") from None
    except yaml.YAMLError as exc:
        first = str(exc).splitlines()[0] if str(exc) else "invalid YAML"
        raise SidecarError(f"is not valid YAML ({first})") from None
    return parse_provided(data)
