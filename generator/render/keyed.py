"""Corpus pages keyed by what they show, as article pages are keyed by their inputs.

A list page (``render.paging``) whose caller states what each part shows (``shows``) gets a key:
the hash of that projection of its records, the page's layout (path, title, its place among the
list's pages, head and tail) and a salt the build gives (the generator's version, its knowledge,
the settings). While a build holds a :class:`Keys` session, a part whose key is the one its file
was last written with, and whose file is untouched since, is not rendered at all: the session's
``keep`` (the writer's ``Writer.current``) keeps the file, and the part is left out of the pages
returned. Without a session every page is rendered, as before.

Decisions:

- The projection is given by the caller, next to the code that renders the part: it names
  exactly the fields the part shows (an article's slug, title, outlet, date and summary, not its
  whole draft), so the key costs a fraction of rendering and a change the page does not show
  does not re-render it. A renderer that reads anything else (a closure over a corpus-wide map)
  must put it in the projection; a renderer that does not opt in is always rendered.
- The key is a SHA-256 of ``repr``, not of a pickle: pickle's bytes depend on which equal
  objects happen to be shared.
- A session is a context variable, so the renderers keep their signatures and a caller that
  wants every page (``check``, the tests, ``write_files``) simply holds none.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass, field


@dataclass
class Keys:
    """One build's keyed rendering: which pages were kept, which rendered (and their keys)."""

    salt: str
    keep: Callable[[str, str], bool]  # (path, key) -> the file is current and is kept as it is
    kept: list[str] = field(default_factory=list)
    keys: dict[str, str] = field(default_factory=dict)  # rendered path -> its key

    def current(self, path: str, parts: object) -> bool:
        """Whether the page at ``path`` made of ``parts`` is kept; otherwise its key is noted for the write."""
        key = hashlib.sha256(repr((self.salt, path, parts)).encode()).hexdigest()
        if self.keep(path, key):
            self.kept.append(path)
            return True
        self.keys[path] = key
        return False


_SESSION: ContextVar[Keys | None] = ContextVar("keys", default=None)


@contextlib.contextmanager
def session(keys: Keys) -> Iterator[Keys]:
    """Render under ``keys``: parts of keyed lists whose files are current are skipped."""
    token = _SESSION.set(keys)
    try:
        yield keys
    finally:
        _SESSION.reset(token)


def active() -> Keys | None:
    """The session of the build in progress, or None (render everything)."""
    return _SESSION.get()
