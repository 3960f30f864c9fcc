"""The one typed settings object, built from the CLI and ``mkdocs.yml``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

DEFAULT_SITE_NAME = "Briefing"


@dataclass(frozen=True)
class Settings:
    """Where to read and write, and how strict to be."""

    seeds: Path = Path("seeds")
    """Folder of input articles, read recursively."""
    docs: Path = Path("docs_src")
    """MkDocs ``docs_dir``: generated pages go here, next to hand-written ones."""
    strict: bool = False
    """Exit non-zero when any input is skipped or any warning is printed."""
    cache: Path | None = Path(".cache/briefing")
    """Per-article cache, keyed by input content and generator version; None disables it."""
    jobs: int = 1
    """Worker processes for the per-article stage."""
    site_name: str = DEFAULT_SITE_NAME
    """Shown as the home page title; read from ``site_name`` in ``mkdocs.yml``."""


class _TolerantLoader(yaml.SafeLoader):
    """Safe loader that reads mkdocs.yml's custom tags (``!ENV``, ``!!python/name``) as null."""


def _ignore_tag(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> None:
    return None


_TolerantLoader.add_multi_constructor("", _ignore_tag)
_TolerantLoader.add_multi_constructor("!", _ignore_tag)
_TolerantLoader.add_multi_constructor("tag:yaml.org,2002:python/", _ignore_tag)


def read_mkdocs_config(path: Path) -> dict[str, Any]:
    """The parts of ``mkdocs.yml`` the generator uses; empty when the file is absent."""
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_TolerantLoader)  # noqa: S506
    except (OSError, yaml.YAMLError):
        return {}
    return data if isinstance(data, dict) else {}


def site_name_from(config: dict[str, Any]) -> str:
    """``site_name`` from mkdocs.yml, or the default."""
    name = config.get("site_name")
    return name.strip() if isinstance(name, str) and name.strip() else DEFAULT_SITE_NAME
