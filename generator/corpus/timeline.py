"""Corpus-wide stage of the timeline: events of all articles, merged when they are the same event.

Two events are the same when they have the same date and precision and their sentences share
at least three content words, or two and a specific actor (``specific_actors``: not a country).
Content words are words of five letters or more that are not stopwords, month or weekday names
(``calendar_words``, from ``languages.yml``),
nor words of an actor's name (otherwise "United States" alone would count twice); a final "s" is
dropped ("strikes" = "strike"). An actor is in a sentence when one of its spellings occurs there
as whole words, case-insensitively. Measured on the seeds: two shared words merged "Russian media
reported on February 8" with "Kata'ib Hezbollah on February 8 said" (both say "forces", "Baghdad").

An entry links each article once: two sentences of one article about the same event are one
report of it (the first, by basis and reading order, is linked).

Candidates are found through an index keyed by (date, precision), never by comparing all pairs;
an event that matches several groups joins them into one. Articles are taken in slug order and
events in reading order, so the result does not depend on the order of the input.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from functools import partial

from generator.article.actors.records import ArticleActors
from generator.article.timeline.records import PRECISION_RANK, Event, Precision
from generator.corpus.records import Entry, Mention, Timeline
from generator.corpus.reuse import Reuse
from generator.knowledge.records import ActorType
from generator.text.stopwords import STOPWORDS

MIN_WORD = 5
MIN_SHARED = 3  # shared content words that make two sentences of one date the same event
MIN_SHARED_WITH_ACTOR = 2  # ... when they also name the same specific actor
# Countries, regional governments and national armed forces ("US military") are in nearly every
# sentence of a corpus about them; they
# say little about which event a sentence tells.
SPECIFIC_TYPES = frozenset(ActorType) - {
    ActorType.COUNTRY,
    ActorType.REGIONAL_GOVERNMENT,
    ActorType.ARMED_FORCES,
    ActorType.MEDIA_OUTLET,
}
_WORD = re.compile(r"[^\W\d_]+")
_NOT_CONTENT = STOPWORDS | {"yesterday", "today", "tomorrow"}
_BASIS_RANK = {"explicit": 0, "resolved": 1, "inferred": 2}

Key = tuple[dt.date, Precision]
Actor = str | tuple[str, Sequence[str]]  # a name, or (canonical name, spellings in the article)
Source = tuple[str, str, str | None, Sequence[Actor], Sequence[Event]]  # slug, title, source, actors, events
Signature = tuple[frozenset[str], frozenset[str]]  # (content words, actors) of one sentence


def specific_actors(found: ArticleActors) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The article's actors that can tie two reports to one event, with their spellings."""
    return tuple((a.name, (a.name, *a.spellings)) for a in found.actors if a.type in SPECIFIC_TYPES)


Matcher = tuple[tuple[str, ...], dict[str, str]]  # folded spellings, longest first; spelling -> name


def actor_matcher(actors: Sequence[Actor]) -> Matcher:
    """Every folded spelling of the actors (longest first), and the canonical name of each."""
    names: dict[str, str] = {}
    for actor in actors:
        name, spellings = (actor, (actor,)) if isinstance(actor, str) else actor
        for spelling in spellings:
            if spelling.strip():
                names.setdefault(spelling.casefold(), name)
    return tuple(sorted(names, key=lambda s: (-len(s), s))), names


def _bounded(text: str, start: int, end: int) -> bool:
    return (start == 0 or (not text[start - 1].isalnum() and text[start - 1] != "_")) and (
        end == len(text) or (not text[end].isalnum() and text[end] != "_")
    )


def _hits(sentence: str, matcher: Matcher) -> list[str]:
    """Word-bounded, non-overlapping occurrences of the spellings, longer spellings first.

    Plain substring search: one regular expression per article cost more to compile than to run.
    """
    folded = sentence.casefold()
    taken: list[tuple[int, int]] = []
    hits: list[str] = []
    for spelling in matcher[0]:
        at = folded.find(spelling)
        while at != -1:
            end = at + len(spelling)
            if _bounded(folded, at, end) and all(end <= s or at >= e for s, e in taken):
                taken.append((at, end))
                hits.append(spelling)
            at = folded.find(spelling, at + 1)
    return hits


def _word(token: str) -> str:
    """A content word as compared: case-folded, a final "s" dropped; interned, because every
    sentence's words are held until all events are merged (at 3,000 synthetic articles, 38 MiB
    at the peak of this stage with one copy of each word per sentence)."""
    word = token.casefold()
    return sys.intern(word[:-1] if word.endswith("s") and not word.endswith("ss") else word)


def signature(
    sentence: str, matcher: Matcher, calendar_words: frozenset[str], seen: dict[str, str | None] | None = None
) -> Signature:
    """The content words and the actors (canonical names) of one sentence.

    ``seen`` remembers, for one build, each token's content word (None: not a content word), so
    the words that recur from sentence to sentence are folded once, not once per sentence.
    """
    hits = _hits(sentence, matcher)
    present = frozenset(matcher[1][h] for h in hits)
    name_words = {_word(w) for h in hits for w in _WORD.findall(h)}
    memo: dict[str, str | None] = {} if seen is None else seen
    words = set()
    for token in _WORD.findall(sentence):
        word = memo.get(token, "")
        if word == "":
            word = memo[token] = _content(token, calendar_words)
        if word is not None:
            words.add(word)
    return frozenset(words - name_words), present


def _content(token: str, calendar_words: frozenset[str]) -> str | None:
    """The content word a token counts as, or None when it is too short, a stopword or a calendar word."""
    if len(token) < MIN_WORD:
        return None
    folded = token.casefold()
    return None if folded in _NOT_CONTENT or folded in calendar_words else _word(token)


def same_event(a: Signature, b: Signature) -> bool:
    """Two sentences of one date tell the same event: 3 shared words, or 2 and a shared actor."""
    shared = len(a[0] & b[0])
    return shared >= MIN_SHARED or (shared >= MIN_SHARED_WITH_ACTOR and bool(a[1] & b[1]))


def _joins(sig: Signature, group: list[tuple[Signature, Mention]]) -> bool:
    """Whether ``sig`` tells the same event as a sentence of ``group`` (``same_event``, inlined: the hot loop)."""
    words, actors = sig
    for (other_words, other_actors), _ in group:
        shared = len(words & other_words)
        if shared >= MIN_SHARED or (shared >= MIN_SHARED_WITH_ACTOR and not actors.isdisjoint(other_actors)):
            return True
    return False


def _mention(slug: str, title: str, source: str | None, event: Event) -> Mention:
    return Mention(slug, title, source, event.anchor, event.sentence, event.basis)


def _order(mention: Mention) -> tuple[int, str, int]:
    return (_BASIS_RANK[mention.basis], mention.slug, int(mention.anchor.rpartition("-")[2] or 0))


def one_per_article(mentions: Iterable[Mention]) -> tuple[Mention, ...]:
    """The best mention of each article, best first: an entry links an article once, to its first sentence."""
    seen: set[str] = set()
    out = []
    for m in sorted(mentions, key=_order):
        if m.slug not in seen:
            seen.add(m.slug)
            out.append(m)
    return tuple(out)


def build_timeline(
    items: Iterable[Source],
    calendar_words: frozenset[str],
    reuse: Reuse | None = None,
    keys: Mapping[str, str] | None = None,
) -> Timeline:
    """Every event of every article, same events merged, oldest first (``calendar_words``: month, weekday names).

    Merging is transitive (connected components of ``same_event``) and never joins two dates or
    precisions, so each (date, precision) is merged on its own. Candidate groups come from an
    index of the groups' content words: two sentences with no shared word are never the same
    event, so only groups sharing a word are compared, never every group of a busy date.

    With ``reuse`` and ``keys`` (article slug -> its key, ``corpus.reuse``) the entries of a date
    and precision are taken from the previous build when the articles with events there are the
    same.
    """
    ordered = sorted(items, key=lambda item: item[0])
    dates: dict[Key, list[int]] = defaultdict(list)  # the articles with events of each key, in slug order
    for n, (_, _, _, _, events) in enumerate(ordered):
        for key in dict.fromkeys((e.date, e.precision) for e in events):
            dates[key].append(n)
    matchers: dict[int, Matcher] = {}
    seen: dict[str, str | None] = {}  # token -> content word, for this build only

    def merged(key: Key, members: list[int], part: str = "") -> list[Entry]:
        found = []
        for n in members:
            slug, title, source, actors, events = ordered[n]
            if n not in matchers:
                matchers[n] = actor_matcher(actors)
            for event in events:
                if (event.date, event.precision) == key:
                    sig = signature(event.sentence, matchers[n], calendar_words, seen)
                    found.append((sig, _mention(slug, title, source, event)))
        entries = _merge_date(key, found)
        made = [replace(e, key=f"{part}/{n}") for n, e in enumerate(entries)] if part else entries
        # Within one date and precision the entries keep the order they were made in (the sort is stable).
        return sorted(made, key=lambda e: _order(e.mentions[0]))

    parts: dict[Key, list[Entry]] = {}
    for key, members in dates.items():
        if reuse is None or keys is None:
            parts[key] = merged(key, members)
        else:
            inputs = (key, tuple(keys[ordered[n][0]] for n in members))
            parts[key] = reuse.part("timeline", inputs, partial(merged, key, members))
    # Each part is sorted when made: the timeline is the parts in date and precision order, not a sort of every entry.
    by_date = sorted(parts, key=lambda k: (k[0], PRECISION_RANK[k[1]]))
    return Timeline(tuple(e for key in by_date for e in parts[key]))


def _merge_date(key: Key, members: Iterable[tuple[Signature, Mention]]) -> list[Entry]:
    """The entries of one date and precision: its sentences in article and reading order, same events merged."""
    groups: dict[int, list[tuple[Signature, Mention]]] = {}
    words: dict[str, set[int]] = defaultdict(set)
    next_id = 0
    for member in members:
        sig = member[0]
        candidates = sorted({g for w in sig[0] for g in words.get(w, ())})
        matching = [g for g in candidates if _joins(sig, groups[g])]
        if matching:  # union by size: the largest group keeps its id, only the others are re-indexed
            target = max(matching, key=lambda g: (len(groups[g]), -g))
            for g in matching:
                if g == target:
                    continue
                moved = groups.pop(g)
                for other, _ in moved:
                    for w in other[0]:
                        words[w].discard(g)
                        words[w].add(target)
                groups[target].extend(moved)
        else:
            target, next_id = next_id, next_id + 1
            groups[target] = []
        groups[target].append(member)
        for w in sig[0]:
            words[w].add(target)
    return [Entry(key[0], key[1], one_per_article(m for _, m in group)) for group in groups.values()]
