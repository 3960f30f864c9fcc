"""Long lists split over pages whose boundaries the entries choose, with previous/next links.

Stable paging (issue 20: a rerun after one added article rewrites only the pages that show it).
Fixed-size numbered pages shift every later page by one entry when one entry is inserted near the
top, so every continuation page changed bytes. Here the entries choose the boundaries
(content-defined cutting): an entry ends a page when a hash of its stable key (``key``: an
article's slug, an actor's slug, a quote's speaker, article and words) falls under
``CUT_CHANCE`` / size, once the page holds at least ``size // MIN_FRACTION`` entries; a page that
reaches ``size`` entries with none of them ending it ends at its lowest-hash entry, so the limits
in ``render.limits`` still hold. An inserted entry changes the page that receives it; the cuts
after it stay where they were.

Paths: the first page of a list keeps the list's own path (``actors/iraq.md``); a continuation
page is named from a digest of its first entry's key (``actors/iraq/3f9a01c2.md``,
``quotes/0be47d15.md``, ``actors/index/…``), so it keeps its name when other pages change. Slugs
never contain ``/`` and are never ``index`` (``generator.text.slugs.RESERVED``), so a continuation
page cannot take another page's path. A list that fits one page (at most ``size`` entries) keeps
its one page and shows no pager: a small corpus gets exactly the pages it had before.

What a reader sees on each page of a long list, and why: the list's title (a link back to the
first page on a continuation page), how many entries this page holds and the range they cover
(``describe``: the dates of its first and last entries, or the first and last names), and
``← Previous`` / ``Next →`` links. Nothing on a page depends on another page's contents: no
"page N of M", no total of the whole list (the first page's head may state it), no numbered
pager (which renumbers every page when one page is added). The range is what a reader needs to
know where they are in a list sorted by date or name; the first page's head keeps whatever jumps
into the list the caller gives (the timeline's years). Every link is a relative Markdown link to
a ``.md`` file, so the site works under a subpath, with MkDocs ``--strict`` and with Zensical.
"""

from __future__ import annotations

import functools
import hashlib
import posixpath
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from generator.render import escape, keyed
from generator.render.searchcut import excluded_block
from generator.render.text import page

T = TypeVar("T")

# Cut parameters: a page holds at least size // MIN_FRACTION entries, and after that each entry
# ends it with chance CUT_CHANCE / size. Pages then average about half the page size; about e^-3
# (5%) of them reach the page size with no entry choosing to end them, and end at the entry with
# the lowest hash past the minimum instead (not at the size itself, which would shift by one with
# every insertion before it and carry the shift on to the pages after).
MIN_FRACTION = 4
CUT_CHANCE = 4
_SCALE = 1 << 64


@functools.lru_cache(maxsize=65536)
def _cut_value(key: str) -> int:
    """A 64-bit hash of an entry's key, fixed across runs and machines (not Python's salted ``hash``)."""
    return int.from_bytes(hashlib.blake2b(key.encode(), digest_size=8, person=b"briefing-cut").digest(), "big")


def page_name(key: str, salt: int = 0) -> str:
    """The file name (without ``.md``) of a continuation page whose first entry has ``key``."""
    data = key.encode() if not salt else f"{key}\0{salt}".encode()
    return hashlib.blake2b(data, digest_size=4, person=b"briefing-page").hexdigest()


def continuation(first: str, key: str, salt: int = 0) -> str:
    """The path of the continuation page of ``first`` whose first entry has ``key`` (``x.md`` -> ``x/<hex>.md``)."""
    return f"{first.removesuffix('.md')}/{page_name(key, salt)}.md"


def cuts(keys: Sequence[str], size: int) -> list[int]:
    """Where the pages of a list with these entry keys end (exclusive indexes, the last one ``len(keys)``).

    A list of at most ``size`` entries is one page; an empty list still has its first page.
    """
    if size < 1:
        raise ValueError(f"page size must be at least 1, not {size}")
    if len(keys) <= size:
        return [len(keys)]
    low = max(1, size // MIN_FRACTION)
    threshold = min(_SCALE, _SCALE * CUT_CHANCE // size)
    # Only an entry at or past a page's ``low``-th is ever hashed: the first ``low - 1`` entries of a page
    # cannot end it (about half of all entries, pages averaging half the page size).
    cut_value = _cut_value
    count = len(keys)
    ends: list[int] = []
    start = 0
    while start < count:
        # The entry with the lowest hash since the page reached ``low`` entries (the first such on a tie).
        first = start + low - 1
        stop = min(start + size, count)
        i = first
        lowest, at = _SCALE, first
        while i < stop:
            value = cut_value(keys[i])
            if value < threshold:
                break
            if value < lowest:
                lowest, at = value, i
            i += 1
        else:
            if start + size > count:  # the list ends before the page is full: its last page
                ends.append(count)
                break
            i = at  # no entry chose to end the page: the lowest hash ends it
        ends.append(i + 1)
        start = i + 1
    return ends


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


def between(first: str, last: str) -> str:
    """``first to last``, or ``first`` alone when they are the same: the range a page covers."""
    return first if first == last else f"{first} to {last}"


@dataclass(frozen=True)
class Part(Generic[T]):
    """One page of a split list: its path, its items and its neighbours."""

    number: int  # 1-based place among the list's pages; never shown (it moves when an earlier page splits)
    items: Sequence[T]
    path: str
    first: str  # the list's first page
    previous: str | None = None
    next: str | None = None

    @property
    def alone(self) -> bool:
        """Whether the list has this one page (no pager, no range)."""
        return self.previous is None and self.next is None

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

    def span(self, noun: str, describe: Callable[[Sequence[T]], str] | None = None) -> str:
        """``Articles on this page: 57 (3 May 2024 to 2 April 2024).``, the range escaped; empty for one page.

        Only this page's own entries: no total and no page number, which change with other pages.
        """
        if self.alone or not self.items:
            return ""
        covered = describe(self.items) if describe else ""
        return f"{noun} on this page: {len(self.items):,}" + (f" ({escape.inline(covered)})" if covered else "") + "."

    @property
    def pager(self) -> str:
        """``← Previous · Next →``, each a link to the neighbouring page; empty for a one-page list."""
        cells = []
        if self.previous is not None:
            cells.append(escape.internal_link("← Previous", self.link(self.previous)))
        if self.next is not None:
            cells.append(escape.internal_link("Next →", self.link(self.next)))
        return " · ".join(cells)


def split(first: str, items: Sequence[T], size: int, key: Callable[[T], str]) -> list[Part[T]]:
    """``items`` in pages of at most ``size``, cut where the entries' ``key`` says (see the module docstring).

    ``key`` gives an entry's stable key: unique in the list, and unchanged when other entries
    are added or removed. Two pages whose first entries share a key get distinct names all the same.
    """
    keys = [key(item) for item in items]
    ends = cuts(keys, size)
    starts = [0, *ends[:-1]]
    paths = [first]
    used = {first}
    for start in starts[1:]:
        salt = 0
        path = continuation(first, keys[start])
        while path in used:
            salt += 1
            path = continuation(first, keys[start], salt)
        used.add(path)
        paths.append(path)
    last = len(paths) - 1
    return [
        Part(
            n + 1, items[start:end], paths[n], first,
            paths[n - 1] if n else None, paths[n + 1] if n < last else None,
        )
        for n, (start, end) in enumerate(zip(starts, ends, strict=True))
    ]  # fmt: skip


def paged(
    first: str,
    title: str,
    items: Sequence[T],
    size: int,
    body: Callable[[Part[T]], str],
    *,
    key: Callable[[T], str],
    describe: Callable[[Sequence[T]], str] | None = None,
    head: Sequence[str] = (),
    tail: Sequence[str] = (),
    heading: str = "",
    noun: str = "Entries",
    empty: str = "",
    searchable: bool = True,
    list_searchable: bool = True,
    shows: Callable[[Part[T]], object] | None = None,
    parts: Sequence[Part[T]] | None = None,
) -> dict[str, str]:
    """A page whose list continues on further pages (``split``), keyed by path.

    The first page is ``head``, the list section (``heading``, what this page holds, the pager,
    the list, the pager) and ``tail``; a one-page list has no pager, so a small corpus gets
    exactly the page it had before lists were split. Continuation pages hold the title, a link
    back to the first page and the list section, and stay out of the search index (the first
    page too unless ``searchable``); they show neither ``head`` nor ``tail``, so a change there
    (a count in the head) does not touch them. Without ``list_searchable`` the first page's list
    section and ``tail`` stay on the page but out of the index (``searchcut.excluded_block``),
    so only the ``head`` is indexed. ``body`` renders one part's items as Markdown, linking
    through ``Part.link``; ``describe`` names the range a part's items cover (``between``).

    ``shows`` (what ``body`` shows of a part's items, and anything else it reads) makes the
    pages keyed (``render.keyed``): under a build's session a part whose key is unchanged and
    whose file is current is not rendered and not returned. A list whose caller asked
    ``keyed.unchanged`` and found it changed is recorded here with its pages, under the new digest.
    ``parts``: ``split`` of the same ``first``, ``items``, ``size`` and ``key``, when the caller
    needed it too (split once); ``items`` is then not read.
    """
    pages: dict[str, str] = {}
    session = keyed.active()
    keys = session if shows is not None else None
    opening = (title, tuple(head), tuple(tail), heading, noun, empty, searchable, list_searchable)
    later = (title, heading, noun, empty)
    if parts is None:
        parts = split(first, items, size, key)
    if session is not None:
        session.made(first, [part.path for part in parts])
    for part in parts:
        span = part.span(noun, describe)
        layout = opening if part.number == 1 else later
        if keys is not None and shows is not None and keys.current(
            part.path, (layout, part.first, part.previous, part.next, span, shows(part))
        ):
            continue
        listed = body(part) or empty
        if part.number == 1:
            rest = [heading, span, part.pager, listed, part.pager, *tail]
            if not list_searchable:
                rest = [excluded_block("\n\n".join(s for s in rest if s))]
            pages[part.path] = page(title, [*head, *rest], searchable=searchable)
        else:
            back = escape.internal_link(title, part.link(first))
            section = [heading, f"{back} · {span}", part.pager, listed, part.pager]
            covered = describe(part.items) if describe else "continued"
            heading_1 = f"# {escape.inline(title)}"
            pages[part.path] = page(f"{title} ({covered})", [heading_1, *section], searchable=False)
    return pages
