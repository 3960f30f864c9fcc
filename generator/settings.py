"""The one typed settings object, built from the CLI and ``mkdocs.yml``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator.errors import DataError

DEFAULT_SITE_NAME = "Briefing"
MODES = ("full", "excerpt")


@dataclass(frozen=True)
class Publishing:
    """How much of each article is published: ``full`` text or an ``excerpt``.

    Set in ``mkdocs.yml`` under ``extra.briefing.publishing``: ``mode`` is the global
    default and ``sources`` maps an outlet name (as shown on the pages) to its own mode.
    Without that block the site publishes excerpts: republishing an outlet's full text needs
    its permission, so full text is a choice the owner writes down, never a default.
    """

    mode: str = "excerpt"
    sources: tuple[tuple[str, str], ...] = ()

    def mode_for(self, source: str | None) -> str:
        """The mode for an article from ``source``."""
        folded = (source or "").casefold()
        for name, mode in self.sources:
            if name.casefold() == folded:
                return mode
        return self.mode


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
    site_description: str = ""
    """What the briefing is about, under the home page's title; ``site_description`` in ``mkdocs.yml``."""
    intro: str = ""
    """The owner's own words for the home page: ``intro.md`` in the data folder (``read_intro``)."""
    directory_urls: bool = True
    """``use_directory_urls`` of ``mkdocs.yml``: how the links inside the inline network drawing,
    which MkDocs does not rewrite, must be written."""
    site_url: str | None = None
    """Public URL of the site, from the ``SITE_URL`` environment variable (as in mkdocs.yml)."""
    publishing: Publishing = Publishing()
    """Full text or excerpt, globally and per source."""
    data: Path | None = None
    """The owner's data folder (actors, themes, outlets, vocabularies, feeds), laid over the
    package's defaults (``generator.knowledge``); ``extra.briefing.data`` in mkdocs.yml."""
    search_full_text_limit: int = 500  # DEFAULT_FULL_TEXT_LIMIT
    """Up to this many articles the site search indexes every article's full text; above it,
    only each article's title, actors and themes (``render.searchcut``). Set in mkdocs.yml
    under ``extra.briefing.search.full_text_limit``."""

    def light_search(self, articles: int) -> bool:
        """Whether a corpus of ``articles`` gets the light search index (``render.searchcut``)."""
        return articles > self.search_full_text_limit


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


def site_description_from(config: dict[str, Any]) -> str:
    """``site_description`` from mkdocs.yml, or empty."""
    text = config.get("site_description")
    return " ".join(text.split()) if isinstance(text, str) else ""


def directory_urls_from(config: dict[str, Any]) -> bool:
    """``use_directory_urls`` from mkdocs.yml (MkDocs' default: true)."""
    value = config.get("use_directory_urls", True)
    return value if isinstance(value, bool) else True


INTRO_FILE = "intro.md"
MAX_INTRO_BYTES = 20_000


def read_intro(data: Path | None) -> str:
    """``intro.md`` of the owner's data folder: Markdown the home page includes as written.

    The owner writes it as they write ``docs_src/about.md``, so it is trusted Markdown (links,
    emphasis, lists), unlike article text, which never reaches it. Absent: no intro.
    """
    if data is None:
        return ""
    path = data / INTRO_FILE
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return ""
    except OSError as exc:
        raise DataError([f"{path.as_posix()}: cannot read: {exc.strerror or exc}"], "invalid data files") from exc
    if len(raw) > MAX_INTRO_BYTES:
        raise DataError([f"{path.as_posix()}: longer than {MAX_INTRO_BYTES:,} bytes; the home page needs a few "
                         "paragraphs, about.md can hold the rest"], "invalid data files")
    try:
        return raw.decode("utf-8-sig").replace("\r\n", "\n").strip()
    except UnicodeDecodeError as exc:
        raise DataError([f"{path.as_posix()}: is not UTF-8 text"], "invalid data files") from exc


def _mode(value: Any, where: str) -> str:
    if value not in MODES:
        raise DataError([f"mkdocs.yml: {where} must be one of {', '.join(MODES)}, not {value!r}"], "invalid mkdocs.yml")
    return str(value)


def publishing_from(config: dict[str, Any]) -> Publishing:
    """``extra.briefing.publishing`` from mkdocs.yml, validated."""
    extra = config.get("extra") or {}
    briefing = extra.get("briefing") if isinstance(extra, dict) else None
    section = briefing.get("publishing") if isinstance(briefing, dict) else None
    if section is None:
        return Publishing()
    if not isinstance(section, dict):
        raise DataError(["mkdocs.yml: extra.briefing.publishing must be a mapping"], "invalid mkdocs.yml")
    mode = _mode(section.get("mode", Publishing.mode), "extra.briefing.publishing.mode")
    sources = section.get("sources") or {}
    if not isinstance(sources, dict):
        raise DataError(
            ["mkdocs.yml: extra.briefing.publishing.sources must map source names to modes"], "invalid mkdocs.yml"
        )
    pairs = tuple(
        sorted((str(name), _mode(m, f"extra.briefing.publishing.sources[{name!r}]")) for name, m in sources.items())
    )
    return Publishing(mode, pairs)


DEFAULT_FULL_TEXT_LIMIT = 500


def search_limit_from(config: dict[str, Any]) -> int:
    """``extra.briefing.search.full_text_limit`` from mkdocs.yml, validated."""
    extra = config.get("extra") or {}
    briefing = extra.get("briefing") if isinstance(extra, dict) else None
    section = briefing.get("search") if isinstance(briefing, dict) else None
    if section is None:
        return DEFAULT_FULL_TEXT_LIMIT
    value = section.get("full_text_limit", DEFAULT_FULL_TEXT_LIMIT) if isinstance(section, dict) else None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise DataError(
            ["mkdocs.yml: extra.briefing.search.full_text_limit must be a whole number >= 0"], "invalid mkdocs.yml"
        )
    return value


DEFAULT_DATA = "briefing"


def data_from(config: dict[str, Any], config_dir: Path) -> Path:
    """``extra.briefing.data`` from mkdocs.yml (relative to mkdocs.yml's folder), or ``briefing/``."""
    extra = config.get("extra") or {}
    briefing = extra.get("briefing") if isinstance(extra, dict) else None
    value = briefing.get("data", DEFAULT_DATA) if isinstance(briefing, dict) else DEFAULT_DATA
    if not isinstance(value, str) or not value.strip():
        raise DataError(["mkdocs.yml: extra.briefing.data must be a folder name"], "invalid mkdocs.yml")
    folder = Path(value.strip())
    return folder if folder.is_absolute() else config_dir / folder
