"""YAML loading for data files, sidecars and front matter: always a *safe* loader.

libyaml's ``CSafeLoader`` is used when PyYAML was built with it (it is in the wheels on PyPI):
it reads the actor registry about ten times faster than the pure-Python ``SafeLoader``, which
matters for a rebuild that has little else to do. Both construct only plain data.
"""

from __future__ import annotations

from typing import IO, Any

import yaml

_Loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_load(stream: str | bytes | IO[str] | IO[bytes]) -> Any:
    """The data of one YAML document, built with a safe loader."""
    return yaml.load(stream, Loader=_Loader)  # noqa: S506 - a safe loader
