"""Which feed items are on the briefing's topic: include and exclude words matched on title and summary.

A word or phrase matches whole words, ignoring case and accents ("port authority" matches "Port
Authority's", not "passport authority"). A word that names an actor of the registry (its name or
one of its aliases) matches every spelling of that actor, so ``include: [Hezbollah]`` also takes
"Hizbollah". Aliases that the registry guards with context words are left out (they are ambiguous
by definition), and short all-capital aliases ("IS", "US") must match in capitals.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass

from generator.fetch.feeds import Feed
from generator.knowledge.registry_index import Registry
from generator.text.tokens import fold_phrase, tokenize

_TAG_RE = re.compile(r"<[^>]*>")
_MAX_CASED = 5  # an all-capital alias of up to this many letters is matched in capitals only


@dataclass(frozen=True)
class Phrase:
    """One spelling to look for: folded words, or exact words when case matters."""

    words: tuple[str, ...]
    exact: bool
    label: str  # the owner's word it came from


@dataclass(frozen=True)
class Topic:
    """A feed's include and exclude phrases."""

    include: tuple[Phrase, ...]
    exclude: tuple[Phrase, ...]

    def verdict(self, title: str, summary: str) -> str | None:
        """None when the item is taken, else why it is skipped."""
        text = f"{title}\n{plain(summary)}"
        tokens = tokenize(text)
        folded = [t.folded for t in tokens]
        raw = [t.raw for t in tokens]
        hit = next((p for p in self.exclude if _contains(raw if p.exact else folded, p.words)), None)
        if hit is not None:
            return f"excluded by {hit.label!r}"
        if self.include and not any(_contains(raw if p.exact else folded, p.words) for p in self.include):
            shown = ", ".join(repr(w) for w in dict.fromkeys(p.label for p in self.include))
            return f"none of the include words ({shown[:200]}) in its title or summary"
        return None


def plain(summary: str) -> str:
    """Feed summaries are HTML: tags out, entities decoded."""
    return html.unescape(_TAG_RE.sub(" ", summary))


def _contains(tokens: list[str], words: tuple[str, ...]) -> bool:
    n = len(words)
    return n > 0 and any(tokens[i : i + n] == list(words) for i, t in enumerate(tokens) if t == words[0])


def _spellings(registry: Registry | None) -> dict[tuple[str, ...], tuple[str, ...]]:
    """Folded spelling -> every usable spelling of the same actor."""
    out: dict[tuple[str, ...], tuple[str, ...]] = {}
    for entry in registry.entries if registry else ():
        names = (entry.name, *(a.text for a in entry.aliases if not a.context))
        for name in names:
            out.setdefault(fold_phrase(name), names)
    return out


def _phrases(words: Iterable[str], spellings: dict[tuple[str, ...], tuple[str, ...]]) -> tuple[Phrase, ...]:
    out: dict[tuple[tuple[str, ...], bool], Phrase] = {}
    for word in words:
        folded = fold_phrase(word)
        if not folded:
            continue
        out.setdefault((folded, False), Phrase(folded, False, word))
        for name in spellings.get(folded, ()):
            letters = [c for c in name if c.isalpha()]
            exact = bool(letters) and all(c.isupper() for c in letters) and len(letters) <= _MAX_CASED
            key = (tuple(t.raw for t in tokenize(name)), True) if exact else (fold_phrase(name), False)
            if key[0]:
                out.setdefault(key, Phrase(key[0], exact, word))
    return tuple(out.values())


def topic_of(feed: Feed, registry: Registry | None = None) -> Topic:
    """The compiled include and exclude phrases of ``feed``, with actor spellings from ``registry``."""
    spellings = _spellings(registry)
    return Topic(_phrases(feed.include, spellings), _phrases(feed.exclude, spellings))
