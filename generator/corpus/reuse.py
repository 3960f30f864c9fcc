"""Parts of the corpus indexes taken from the previous build when their inputs are unchanged (issue 20).

A rerun after one added article rebuilt the whole actor index and timeline from every draft:
at 3,000 synthetic articles 9.9 of the 45.9 s of CPU of a profiled rerun (cProfile); reused,
1.1 s. Both
split into parts that only some articles feed: an actor's summary is made from the articles that
name it, a timeline entry from the events of one date and precision, an article's related links
from the articles that share its rarer actors and themes (``corpus.related``). The same-event
groups weigh terms by exact corpus counts, which every added article moves: they are one part,
kept when no article changed, and otherwise regrouped from the last full grouping, which is
carried from build to build (``carry``), where bounds prove it unchanged (``corpus.event_reuse``).
Each part is kept under the
hash of what it is made from, so one added article recomputes the parts it joins and takes the
rest from the previous build.

An input is named by its article's key (``article_key``), never by its contents: hashing every
draft would cost what it saves. The key is the input's digest (the bytes, sidecar and path that,
with the generator's code and knowledge, fix the draft: the per-article cache is keyed the same
way), its slug and publishing mode, and the renames the corpus gave its discovered actors: all
that makes its article record, none of it read from the draft. The parts are stored under the
cache folder of the code and knowledge that made them (``generator.cache``), so editing a rule or
a data file starts from none. A build without digests (``link`` called on drafts alone) names an
article by the hash of its draft's ``repr``: correct, and slower.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TypeVar, cast

from generator.article.records import Draft

T = TypeVar("T")

Renames = tuple[tuple[str, str, str], ...]  # (name in the draft, corpus-wide name, slug) of renamed actors


def digest(value: object) -> str:
    """SHA-256 of ``repr(value)``: ``repr``, not pickle, whose bytes depend on which equal objects are shared."""
    return hashlib.sha256(repr(value).encode()).hexdigest()


@dataclass
class Reuse:
    """The previous build's parts by key, the inputs' digests, and the parts this build used."""

    digests: Mapping[str, str] = field(default_factory=dict)  # seed -> input digest (``RawInput.digest``)
    previous: Mapping[str, object] = field(default_factory=dict)
    made: dict[str, object] = field(default_factory=dict)  # every part of this build, by key
    computed: int = 0  # parts not found in ``previous``

    def article_key(self, draft: Draft, slug: str, mode: str, renames: Renames) -> str:
        """The key of one article's corpus record (see the module docstring)."""
        source = self.digests.get(draft.seed) or digest(draft)
        return digest((source, slug, mode, renames))

    def part(self, kind: str, inputs: object, make: Callable[[str], T]) -> T:
        """The part of ``kind`` made from ``inputs`` (article keys and plain values): kept, or made now.

        ``make`` is given the part's key: a record may carry it, so a page made from it is keyed by it.
        """
        key = digest((kind, inputs))
        if key in self.made:
            return cast(T, self.made[key])
        if key in self.previous:
            value = self.previous[key]
        else:
            value = make(key)
            self.computed += 1
        self.made[key] = value
        return cast(T, value)

    def carried(self, kind: str) -> object | None:
        """What the previous build carried under ``kind`` (``carry``), if anything."""
        return next((value for key, value in self.previous.items() if key.startswith(f"{kind}/")), None)

    def carry(self, kind: str, version: str, value: object) -> None:
        """Keep ``value`` for the next build, found by ``kind`` alone; a new ``version`` writes the store again."""
        self.made[f"{kind}/{version}"] = value

    @property
    def changed(self) -> bool:
        """Whether this build's parts differ from the previous build's (the store is written again)."""
        return self.made.keys() != self.previous.keys()
