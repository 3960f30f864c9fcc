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
- A whole list is skipped before any of its work when its inputs are unchanged (``unchanged``):
  the renderer of one actor's, theme's, month's, outlet's or event's pages states a cheap stand-in
  for everything they show (the summary's key, the article keys, the slugs it links), and when the
  previous build recorded the same digest for that list and left its files as written, the writer
  keeps them all (``Writer.keep_group``) without building the list's head, splitting it or keying
  its pages. One added article changes a few dozen of the thousands of lists; deciding each of the
  others page by page cost the actor pages 0.09 s of CPU on a rerun at 2,000 synthetic articles,
  0.02 s kept whole (issue 20). The digest and the list's paths are stored with the page records.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Callable, Iterator, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, field


def _no_group(first: str, digest: str) -> Sequence[str] | None:
    return None


def _forget(first: str, digest: str, paths: Sequence[str]) -> None:
    return None


@dataclass
class Keys:
    """One build's keyed rendering: which pages were kept, which rendered (and their keys)."""

    salt: str
    keep: Callable[[str, str], bool]  # (path, key) -> the file is current and is kept as it is
    # (first path, digest) -> the list's pages when its files are current and kept (``Writer.keep_group``)
    keep_list: Callable[[str, str], Sequence[str] | None] = _no_group
    # (first path, digest, its pages): a list rendered under ``digest``, for the next build (``Writer.group``)
    record_list: Callable[[str, str, Sequence[str]], None] = _forget
    kept: list[str] = field(default_factory=list)
    keys: dict[str, str] = field(default_factory=dict)  # rendered path -> its key
    opened: dict[str, str] = field(default_factory=dict)  # first path -> digest of a list being rendered

    def current(self, path: str, parts: object) -> bool:
        """Whether the page at ``path`` made of ``parts`` is kept; otherwise its key is noted for the write."""
        key = hashlib.sha256(repr((self.salt, path, parts)).encode()).hexdigest()
        if self.keep(path, key):
            self.kept.append(path)
            return True
        self.keys[path] = key
        return False

    def unchanged(self, first: str, inputs: object) -> bool:
        """Whether the list whose first page is ``first``, made from ``inputs``, is kept whole (every page)."""
        digest = hashlib.sha256(repr((self.salt, "list", first, inputs)).encode()).hexdigest()
        paths = self.keep_list(first, digest)
        if paths is not None:
            self.kept.extend(paths)
            return True
        self.opened[first] = digest
        return False

    def made(self, first: str, paths: Sequence[str]) -> None:
        """The list ``first`` has the pages ``paths``: recorded under its digest if ``unchanged`` gave one."""
        digest = self.opened.pop(first, None)
        if digest is not None:
            self.record_list(first, digest, paths)


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


def unchanged(first: str, inputs: Callable[[], object]) -> bool:
    """Whether the list whose first page is ``first`` is kept whole: the build's session found the
    digest of ``inputs()`` (everything its pages show, as a cheap stand-in) recorded for it and its
    files intact. Without a session, or when the list changed, False: the caller renders it
    (``paging.paged`` then records its pages under the new digest)."""
    keys = _SESSION.get()
    return keys is not None and keys.unchanged(first, inputs())
