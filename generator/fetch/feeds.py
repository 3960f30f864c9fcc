"""``feeds.yml`` in the owner's data folder: which RSS/Atom feeds to follow, validated on load.

The file is a list of feeds::

    - name: Example Gazette              # optional; shown in the output (default: the feed's host)
      url: https://news.example.com/rss  # required, http(s)
      include: [flood, harbour, Port Authority]  # optional: take an item only if one of these occurs
      exclude: [football]                # optional: never take an item where one of these occurs

Every problem is reported at once, each naming the file, the feed (its number and URL) and the field.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from generator import yamlio
from generator.errors import DataError
from generator.fetch.urls import http_url

FEEDS_FILE = "feeds.yml"
_FIELDS = ("url", "name", "include", "exclude")
_MAX_WORD = 200


class FeedsError(DataError):
    """feeds.yml cannot be used; ``problems`` has one line per problem."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(problems, "invalid feeds.yml")


@dataclass(frozen=True)
class Feed:
    """One feed to follow and the words that decide which of its items are on the briefing's topic."""

    url: str
    name: str
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()


def _words(value: Any, where: str, problems: list[str]) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(w, str) and w.strip() for w in value):
        problems.append(f"{where} must be a list of words or phrases, e.g. [flood, Port Authority]")
        return ()
    too_long = [w for w in value if len(w) > _MAX_WORD]
    if too_long:
        problems.append(f"{where}: {too_long[0][:40]!r}... is longer than {_MAX_WORD} characters")
    return tuple(dict.fromkeys(" ".join(w.split()) for w in value))


def _feed(raw: Any, where: str, problems: list[str]) -> Feed | None:
    if not isinstance(raw, dict):
        problems.append(f"{where}: must be a mapping with at least 'url'")
        return None
    url_text = raw.get("url")
    label = f"{where} ({url_text})" if isinstance(url_text, str) else where
    before = len(problems)
    unknown = sorted(str(k) for k in raw if k not in _FIELDS)
    if unknown:
        problems.append(f"{label}: unknown field {unknown[0]!r}; allowed: {', '.join(_FIELDS)}")
    url = http_url(url_text) if isinstance(url_text, str) else None
    if url is None:
        problems.append(f"{label}: field 'url' is required and must be an absolute http(s) URL")
    name = raw.get("name")
    if name is not None and not (isinstance(name, str) and name.strip()):
        problems.append(f"{label}: field 'name' must be non-empty text")
    include = _words(raw.get("include"), f"{label}: field 'include'", problems)
    exclude = _words(raw.get("exclude"), f"{label}: field 'exclude'", problems)
    if len(problems) > before or url is None:
        return None
    shown = name.strip() if isinstance(name, str) else (urlsplit(url).hostname or url)
    return Feed(url, shown, include, exclude)


def parse_feeds(data: Any, source: str) -> tuple[Feed, ...]:
    """Validate parsed YAML into feeds; raise FeedsError naming ``source`` for every problem."""
    if data is None:
        return ()
    if not isinstance(data, list):
        raise FeedsError([f"{source}: must be a list of feeds, each a mapping with 'url' (see the README)"])
    problems: list[str] = []
    feeds: list[Feed] = []
    seen: dict[str, int] = {}
    for number, raw in enumerate(data, 1):
        feed = _feed(raw, f"{source}: feed {number}", problems)
        if feed is None:
            continue
        if feed.url in seen:
            problems.append(f"{source}: feed {number} ({feed.url}): the same URL as feed {seen[feed.url]}")
            continue
        seen[feed.url] = number
        feeds.append(feed)
    if problems:
        raise FeedsError(problems)
    return tuple(feeds)


def load_feeds(folder: Path) -> tuple[Feed, ...]:
    """The feeds in ``folder/feeds.yml``; none when the file does not exist."""
    path = folder / FEEDS_FILE
    if not path.is_file():
        return ()
    try:
        data = yamlio.safe_load(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError) as exc:
        raise FeedsError([f"{path}: cannot be read ({exc})"]) from None
    except yaml.YAMLError as exc:
        first = str(exc).replace("\n", " ")[:200]
        raise FeedsError([f"{path}: is not valid YAML ({first})"]) from None
    return parse_feeds(data, str(path))
