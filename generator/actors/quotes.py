"""Quotations and who said them: "X said", "said X", "according to X", "he added" in or next to the sentence."""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.actors.match import Mention
from generator.actors.records import ActorType, Lexicon, Location, Quote
from generator.actors.text import Item

_QUOTE_RE = re.compile(r"“([^“”]{3,}?)”|\"([^\"]{3,}?)\"|«([^«»]{3,}?)»")
_APPOSITIVE = r"(?:\s*,[^,.;“”\"]{1,160},)?"
MIN_QUOTE_WORDS = 2
_SENTENCE_WINDOW = 1  # how many sentences before and after a quote may name its speaker


def _verbs(lex: Lexicon) -> str:
    return "|".join(sorted((re.escape(v) for v in lex.speech_verbs), key=lambda v: (-len(v), v)))


def _direct(item: Item, mentions: Sequence[Mention], lo: int, hi: int, quote: tuple[int, int], lex: Lexicon
            ) -> str | None:
    """A mention in [lo, hi) next to a speech verb, the nearest to the quote."""
    verbs = _verbs(lex)
    after = re.compile(rf"{_APPOSITIVE}\s*,?\s+(?:{verbs})\b", re.IGNORECASE)
    before = re.compile(rf"\b(?:{verbs}|according to)\s*,?\s*$", re.IGNORECASE)
    hits = [
        m for m in mentions
        if lo <= m.start < hi and not (quote[0] <= m.start < quote[1])
        and (after.match(item.text, m.end) or before.search(item.text[max(lo, m.start - 40) : m.start]))
    ]
    return min(hits, key=lambda m: min(abs(m.start - quote[0]), abs(m.end - quote[1]))).key if hits else None


def _anaphor(item: Item, lo: int, hi: int, quote: tuple[int, int], lex: Lexicon) -> bool:
    """Whether the sentence says "he said", "she added" or "the expert said" outside the quote."""
    verbs = _verbs(lex)
    pattern = re.compile(rf"\b(?:he|she|the (?:{'|'.join(sorted(lex.role_words))}))\s*,?\s+(?:{verbs})\b", re.I)
    text = item.text[lo : quote[0]] + " " + item.text[quote[1] : hi]
    return bool(pattern.search(text))


def _subject(item: Item, mentions: Sequence[Mention], lo: int, hi: int, lex: Lexicon,
             kinds: dict[str, ActorType]) -> str | None:
    """The person opening a sentence that reports speech ("Al-Ghanimi praised ..., saying ...")."""
    words = set(re.findall(r"\w+", item.text[lo:hi].casefold()))
    if not words & (lex.speech_verbs | {"saying"}):
        return None
    # At most one word ("Then", "But") before the person.
    first = [
        m for m in mentions
        if lo <= m.start < hi and len(item.text[lo : m.start].split()) <= 1 and kinds[m.key] is ActorType.PERSON
    ]
    return first[0].key if first else None


def find_quotes(items: Sequence[Item], mentions: Sequence[Mention], kinds: dict[str, ActorType], lex: Lexicon
                ) -> list[Quote]:
    """Every quotation whose speaker the text names, in reading order."""
    ordered = sorted(mentions, key=lambda m: m.order)
    out: list[Quote] = []
    for it, item in enumerate(items):
        here = [m for m in ordered if m.item == it]
        for q in _QUOTE_RE.finditer(item.text):
            g = next(i for i in (1, 2, 3) if q.group(i) is not None)
            text, span = q.group(g).strip(), (q.start(g), q.end(g))
            if len(text.split()) < MIN_QUOTE_WORDS or any(m.start <= span[0] and span[1] <= m.end for m in here):
                continue
            s0, s1 = item.sentence_index(span[0]), item.sentence_index(max(span[0], span[1] - 1))
            lo, hi = item.sentences[s0][0], item.sentences[s1][1]
            speaker = _direct(item, here, lo, hi, span, lex) or _subject(item, here, lo, hi, lex, kinds)
            if speaker is None and _anaphor(item, lo, hi, span, lex):
                people = [m for m in ordered if m.order < (it, span[0]) and kinds[m.key] is ActorType.PERSON]
                speaker = people[-1].key if people else None
            if speaker is None:  # the speaker named in the next or previous sentence
                wlo = item.sentences[max(0, s0 - _SENTENCE_WINDOW)][0]
                whi = item.sentences[min(len(item.sentences) - 1, s1 + _SENTENCE_WINDOW)][1]
                speaker = _direct(item, here, wlo, whi, span, lex)
            if speaker is not None:
                out.append(Quote(text, speaker, Location(item.block, item.item, span[0], span[1])))
    return out
