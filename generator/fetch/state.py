"""What ``fetch`` remembers between runs, in ``fetch-state.json`` in the owner's data folder.

- ``feeds``: each feed's ``ETag`` and ``Last-Modified``, sent back so an unchanged feed costs a
  304 and nothing else.
- ``seen``: every item link that was added or found already present, with the seed it became,
  so a feed item is fetched once, ever. An article you delete from ``seeds/`` is therefore not
  fetched again; delete its line here to let it back in.

It lives in the data folder, not in ``.cache/``, because a scheduled run starts from a fresh
checkout: the workflow commits it with the new seeds. It is written sorted and only when it
changed, atomically; a file that does not parse is reported and replaced (at worst, items are
fetched once more and recognised as present).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.fetch.urls import url_key
from generator.write import atomic_write

STATE_FILE = "fetch-state.json"
VERSION = 1


@dataclass(frozen=True)
class Validators:
    """A feed's cache validators from its last complete read."""

    etag: str | None = None
    last_modified: str | None = None


@dataclass
class FetchState:
    """Mutable while a run goes on; saved after each feed. ``seen`` maps item links, as the feeds gave
    them, to seeds; they are looked up by ``url_key``, so ``http``/``https`` or a trailing slash do not count."""

    feeds: dict[str, Validators] = field(default_factory=dict)
    seen: dict[str, str] = field(default_factory=dict)
    _keys: dict[str, str] = field(default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._keys = {url_key(link): seed for link, seed in self.seen.items()}

    def seen_as(self, link: str) -> str | None:
        """The seed an item link became (or was found to be) in an earlier run."""
        return self._keys.get(url_key(link))

    def mark_seen(self, link: str, seed: str) -> None:
        """Remember that ``link`` is in the briefing as ``seed``."""
        self.seen[link] = seed
        self._keys[url_key(link)] = seed

    def to_json(self) -> str:
        """Sorted, one entry a line: stable bytes, readable diffs in the workflow's commits."""
        feeds = {
            url: {k: v for k, v in (("etag", x.etag), ("last_modified", x.last_modified)) if v}
            for url, x in sorted(self.feeds.items())
        }
        data = {"version": VERSION, "feeds": feeds, "seen": dict(sorted(self.seen.items()))}
        return json.dumps(data, indent=1, ensure_ascii=True) + "\n"


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def load_state(folder: Path) -> tuple[FetchState, str | None]:
    """The state in ``folder``, and a warning when the file was there but unusable."""
    path = folder / STATE_FILE
    if not path.is_file():
        return FetchState(), None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        feeds = {
            str(url): Validators(_text(v.get("etag")), _text(v.get("last_modified")))
            for url, v in data["feeds"].items()
        }
        seen = {str(k): str(v) for k, v in data["seen"].items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        return FetchState(), f"{path}: not a state file this version can read ({type(exc).__name__}); starting afresh"
    return FetchState(feeds, seen), None


def save_state(folder: Path, state: FetchState) -> bool:
    """Write the state when it changed; True when the file was written."""
    path = folder / STATE_FILE
    text = state.to_json()
    try:
        if path.read_text(encoding="utf-8") == text:
            return False
    except OSError:
        pass
    atomic_write(path, text.encode("utf-8"))
    return True
