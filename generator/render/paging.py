"""Long lists split over numbered pages, with a pager line of relative links.

The first page of a list keeps the list's own path (``actors/iraq.md``); page ``n`` (2, 3, …)
is the same path with ``/<n>.md`` in place of ``.md`` (``actors/iraq/2.md``, ``quotes/2.md``,
``actors/index/2.md``). Slugs never contain ``/`` and are never ``index``
(``generator.text.slugs.RESERVED``), so a continuation page cannot take another page's path.
Every link is a relative Markdown link to a ``.md`` file, so the site works under a subpath.
"""

from __future__ import annotations

import functools
import posixpath
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from generator.render import escape, keyed
from generator.render.searchcut import excluded_block
from generator.render.text import page

T = TypeVar("T")

# The pager shows the first and last page and this many pages either side of the current one,
# so its length does not grow with the number of pages.
PAGER_WINDOW = 2


def continuation(first: str, number: int) -> str:
    """The path of page ``number`` of the list whose first page is ``first`` (``x.md`` -> ``x/2.md``)."""
    if number == 1:
        return first
    return f"{first.removesuffix('.md')}/{number}.md"


def _relpath(path: str, start: str) -> str:
    """``posixpath.relpath`` for normalised relative paths, without its trips to the file system."""
    to = [p for p in path.split("/") if p]
    here = [p for p in start.split("/") if p and p != "."]
    common = 0
    while common < min(len(to), len(here)) and to[common] == here[common]:
        common += 1
    return "/".join([".."] * (len(here) - common) + to[common:]) or "."


@functools.lru_cache(maxsize=4096)
def _prefix(folder: str, source: str) -> str:
    """The relative prefix from the page at ``source`` to the folder ``folder`` (``../articles/``; empty: the same)."""
    rel = _relpath(folder, posixpath.dirname(source))
    return "" if rel == "." else rel + "/"


def relative(source: str, target: str) -> str:
    """The relative link from the page at ``source`` to ``target`` (both paths under docs_src)."""
    path, hash_, anchor = target.partition("#")
    return _relpath(path, posixpath.dirname(source)) + hash_ + anchor


@dataclass(frozen=True)
class Part(Generic[T]):
    """One page of a split list: its path, its items and where the other pages are."""

    number: int  # 1-based
    items: Sequence[T]
    paths: tuple[str, ...]  # every page of the list, in order
    start: int  # index of the first item in the whole list

    @property
    def path(self) -> str:
        """This page's path under docs_src."""
        return self.paths[self.number - 1]

    @property
    def total(self) -> int:
        """How many pages the list has."""
        return len(self.paths)

    def link(self, target: str) -> str:
        """A relative link from this page to ``target``, a path under docs_src.

        A target that is a page (``articles/<slug>.md``, maybe with an anchor) is linked through
        its folder's prefix from this page (``_prefix``), worked out once per folder and page: a
        list page links hundreds of articles in one folder. No folder's name ends in ``.md``, so
        the page's name never matches a folder of this page's path and the link is the one
        ``relative`` gives.
        """
        path, hash_, anchor = target.partition("#")
        folder, _, name = path.rpartition("/")
        if name.endswith(".md"):
            return _prefix(folder, self.path) + name + hash_ + anchor
        return relative(self.path, target)

    def folder(self, name: str) -> str:
        """The relative prefix from this page to the folder ``name`` (``../articles/``), for links built per entry."""
        rel = _relpath(name, posixpath.dirname(self.path))
        return "" if rel == "." else rel + "/"

    def span(self, count: int, noun: str) -> str:
        """``Articles 201–400 of 1,234 (page 2 of 7).``; empty for a one-page list."""
        if self.total == 1:
            return ""
        last = self.start + len(self.items)
        return f"{noun} {self.start + 1:,}–{last:,} of {count:,} (page {self.number} of {self.total})."

    @property
    def pager(self) -> str:
        """``← Previous · Page 1 · 2 · 3 · Next →``, the current page in bold; empty for a one-page list."""
        if self.total == 1:
            return ""
        near = range(max(1, self.number - PAGER_WINDOW), min(self.total, self.number + PAGER_WINDOW) + 1)
        shown = sorted({1, self.total, *near})
        cells: list[str] = []
        previous = 0
        for n in shown:
            if n > previous + 1:
                cells.append("…")
            cells.append(f"**{n}**" if n == self.number else self._to(n, str(n)))
            previous = n
        line = "Page " + " · ".join(cells)
        if self.number > 1:
            line = self._to(self.number - 1, "← Previous") + " · " + line
        if self.number < self.total:
            line += " · " + self._to(self.number + 1, "Next →")
        return line

    def _to(self, number: int, label: str) -> str:
        return escape.internal_link(label, self.link(self.paths[number - 1]))


def split(first: str, items: Sequence[T], size: int) -> list[Part[T]]:
    """``items`` in pages of at most ``size``; an empty list still has its first page."""
    if size < 1:
        raise ValueError(f"page size must be at least 1, not {size}")
    count = max(1, -(-len(items) // size))
    paths = tuple(continuation(first, n) for n in range(1, count + 1))
    return [Part(n + 1, items[n * size : (n + 1) * size], paths, n * size) for n in range(count)]


def paged(
    first: str,
    title: str,
    items: Sequence[T],
    size: int,
    body: Callable[[Part[T]], str],
    *,
    head: Sequence[str] = (),
    tail: Sequence[str] = (),
    heading: str = "",
    noun: str = "Entries",
    empty: str = "",
    searchable: bool = True,
    list_searchable: bool = True,
    shows: Callable[[Part[T]], object] | None = None,
) -> dict[str, str]:
    """A page whose list continues on numbered pages, keyed by path.

    The first page is ``head``, the list section (``heading``, which items, the pager, the
    list, the pager) and ``tail``; a one-page list has no pager, so a small corpus gets exactly
    the page it had before lists were split. Continuation pages hold the title, a link back to
    the first page and the list section, and stay out of the search index (the first page too
    unless ``searchable``). Without ``list_searchable`` the first page's list section and
    ``tail`` stay on the page but out of the index (``searchcut.excluded_block``), so only the
    ``head`` is indexed. ``body`` renders one part's items as Markdown, linking through
    ``Part.link``.

    ``shows`` (what ``body`` shows of a part's items, and anything else it reads) makes the
    pages keyed (``render.keyed``): under a build's session a part whose key is unchanged and
    whose file is current is not rendered and not returned.
    """
    pages: dict[str, str] = {}
    keys = keyed.active() if shows is not None else None
    layout = (title, len(items), tuple(head), tuple(tail), heading, noun, empty, searchable, list_searchable)
    for part in split(first, items, size):
        if keys is not None and shows is not None and keys.current(
            part.path, (layout, part.number, part.paths, part.start, shows(part))
        ):
            continue
        listed = body(part) or empty
        if part.number == 1:
            rest = [heading, part.span(len(items), noun), part.pager, listed, part.pager, *tail]
            if not list_searchable:
                rest = [excluded_block("\n\n".join(s for s in rest if s))]
            pages[part.path] = page(title, [*head, *rest], searchable=searchable)
        else:
            back = escape.internal_link(title, part.link(first))
            section = [heading, f"{back} · {part.span(len(items), noun)}", part.pager, listed, part.pager]
            heading_1 = f"# {escape.inline(title)}"
            pages[part.path] = page(f"{title} (page {part.number})", [heading_1, *section], searchable=False)
    return pages
