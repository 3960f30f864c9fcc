"""Quotations and who said them: "X said", "said X", "according to X", "he added" in or next to the sentence.

In another language a pronoun after the speech verb counts as "he added" ("sagte sie", "a-t-il déclaré",
"dijo ella", "— заявил он"; lexicon ``languages.<code>.pronouns``), resolved with the same guards.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from generator.article.actors.match import Mention
from generator.article.actors.records import Location, Quote
from generator.article.actors.roles import SAID_REACH, said_before
from generator.article.items import Item
from generator.knowledge.records import ActorType, Lexicon
from generator.text.stopwords import STOPWORDS
from generator.text.tokens import fold_token

_QUOTE_RE = re.compile(r"“([^“”]{3,}?)”|\"([^\"]{3,}?)\"|«([^«»]{3,}?)»|„([^„“”]{3,}?)[“”]")
_CITATION = re.compile(r"\s*\[\d{1,3}\](?:\s*,\s*\[\d{1,3}\])*")  # "...world.”[12]": a reference marker
_APPOSITIVE = r"(?:\s*,[^,.;“”\"]{1,160},)?"
MIN_QUOTE_WORDS = 2
# A quotation shorter than this, or one that does not open with a capital, is a fragment of the
# speaker's words: it is shown inside the sentence that reports it, so it stands alone.
STANDALONE_WORDS = 8
_SENTENCE_WINDOW = 1  # how many sentences before and after a quote may name its speaker


def _verbs(verbs: frozenset[str]) -> str:
    return "|".join(sorted((re.escape(v) for v in verbs), key=lambda v: (-len(v), v)))


# Compiled once per word list (a knowledge load), not per call: rebuilding the alternation took
# thousands of ``re.escape`` calls per article (issue 20). The key is the lexicon's frozen sets.
@lru_cache(maxsize=8)
def _speech_re(verbs: frozenset[str]) -> re.Pattern[str]:
    return re.compile(rf"{_APPOSITIVE}\s*,?\s+(?:{_verbs(verbs)})\b", re.I)


@lru_cache(maxsize=8)
def _anaphor_re(verbs: frozenset[str], roles: frozenset[str]) -> re.Pattern[str]:
    return re.compile(rf"\b(?:he|she|the (?:{'|'.join(sorted(roles))}))\s*,?\s+(?:{_verbs(verbs)})\b", re.I)


@lru_cache(maxsize=8)
def _inverted_re(verbs: frozenset[str], pronouns: frozenset[str]) -> re.Pattern[str]:
    """A pronoun after a speech verb: "sagte sie", "dijo ella", "заявил он", "explique-t-il", "a-t-elle ajouté"."""
    pron = "|".join(sorted(re.escape(p) for p in pronouns))
    joint = rf"(?:\s+|-t-|-)(?:{pron})"
    parts = []
    for verb in verbs:
        words = verb.split()
        if len(words) == 1:
            parts.append(re.escape(verb) + joint)
        elif len(words) == 2:  # "a déclaré" -> "a-t-il déclaré"; "teilte mit" -> "teilte er mit"
            parts.append(re.escape(words[0]) + joint + r"\s+" + re.escape(words[1]))
    return re.compile(rf"(?<![\w-])(?:{'|'.join(sorted(parts, key=len, reverse=True))})(?![\w-])", re.I)


def speaks(item: Item, m: Mention, lex: Lexicon) -> bool:
    """Whether mention ``m`` is followed (after an optional appositive) by a speech verb."""
    return bool(_speech_re(lex.speech_verbs).match(item.text, m.end))


def _direct(item: Item, mentions: Sequence[Mention], lo: int, hi: int, quote: tuple[int, int], lex: Lexicon,
            kinds: dict[str, ActorType]) -> str | None:
    """A mention in [lo, hi) next to a speech verb: people before organisations, then the nearest."""
    hits = [
        m for m in mentions
        if lo <= m.start < hi and not (quote[0] <= m.start < quote[1])
        and (speaks(item, m, lex) or said_before(item.text[max(lo, m.start - SAID_REACH) : m.start], lex))
    ]
    if not hits:
        return None
    best = min(hits, key=lambda m: (kinds[m.key] is not ActorType.PERSON, min(abs(m.start - quote[0]),
                                                                              abs(m.end - quote[1]))))
    return best.key


def _anaphor(item: Item, lo: int, hi: int, quote: tuple[int, int], lex: Lexicon) -> bool:
    """Whether the sentence says "he said", "she added" or "the expert said" outside the quote."""
    text = item.text[lo : quote[0]] + " " + item.text[quote[1] : hi]
    pronouns = lex.speaker_pronouns
    if pronouns and _inverted_re(lex.speech_verbs, pronouns).search(text):
        return True
    return bool(_anaphor_re(lex.speech_verbs, lex.role_words).search(text))


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


_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _unknown_name(item: Item, here: Sequence[Mention], lo: int, hi: int,
                  skip: frozenset[str] = frozenset()) -> bool:
    """Whether ``item.text[lo:hi]`` names someone outside ``here``: two capitalised words in a row, no mention.

    A function word ("The Board", "In Paris") is no name's word, nor one of ``skip``.
    """
    run: list[re.Match[str]] = []
    for w in [*_WORD.finditer(item.text, lo, hi), None]:
        joined = w is not None and bool(run) and not item.text[run[-1].end() : w.start()].strip()
        if w is not None and w.group()[0].isupper() and w.group().casefold() not in STOPWORDS and (
            not skip or fold_token(w.group()) not in skip
        ):
            run = [*run, w] if joined else [w]
            continue
        if len(run) >= 2 and not any(x.start < run[-1].end() and run[0].start() < x.end for x in here):
            return True
        run = []
    return False


def _antecedent(items: Sequence[Item], ordered: Sequence[Mention], before: tuple[int, int], lex: Lexicon,
                kinds: dict[str, ActorType]) -> str | None:
    """Who "he" is: the last person who spoke or opened a sentence, else the last person named.

    Nobody when a name no actor holds stands between that person and the quotation in the quotation's
    paragraph ("Jane Roe has won the seat. "...," she said.": "she" is Jane Roe, whoever was named before).
    """
    people = [m for m in ordered if m.order < before and kinds[m.key] is ActorType.PERSON]
    if people:
        item = items[before[0]]
        here = [m for m in ordered if m.item == before[0]]
        last = people[-1]
        if _unknown_name(item, here, last.end if last.item == before[0] else 0, before[1]):
            return None

    def subject(m: Mention) -> bool:
        item = items[m.item]
        lo = item.sentences[item.sentence_index(m.start)][0]
        return speaks(item, m, lex) or len(item.text[lo : m.start].split()) <= 1

    speakers = [m for m in people if subject(m)]
    return (speakers or people)[-1].key if people else None


_DEFINITE = "ال"
_ROLE_REACH = 40  # how far before a person's name the role that introduced them may stand


@lru_cache(maxsize=8)
def _definite_role_re(verbs: frozenset[str]) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{_verbs(verbs)})\s+({_DEFINITE}\w+)")


def _role_anaphor(items: Sequence[Item], ordered: Sequence[Mention], it: int, lo: int, hi: int,
                  quote: tuple[int, int], lex: Lexicon, kinds: dict[str, ActorType]) -> str | None:
    """Who "وقال الوزير" (the minister said) is, in a script without capitals: the last person named after that role.

    The role must have stood right before the person's name ("افتتح وزير الصحة، X"); nobody else is guessed.
    """
    item = items[it]
    text = item.text[lo : quote[0]] + " " + item.text[quote[1] : hi]
    found = _definite_role_re(lex.speech_before).search(text)
    if found is None or not lex.is_role(fold_token(found.group(1))):
        return None
    bare = found.group(1)[len(_DEFINITE) :]
    for m in reversed([m for m in ordered if m.order < (it, quote[0]) and kinds[m.key] is ActorType.PERSON]):
        words = re.findall(r"\w+", items[m.item].text[max(0, m.start - _ROLE_REACH) : m.start])
        if bare in words or found.group(1) in words:
            return m.key
    return None


def is_fragment(text: str) -> bool:
    """Whether quoted words need their sentence to be understood: few words, or not a sentence's start."""
    first = text.lstrip("“\"'‘«(…. ")[:1]
    return len(text.split()) < STANDALONE_WORDS or not first.isupper()


def context(text: str, sentence: str) -> str:
    """The sentence around a fragment, on one line; empty when the quotation stands alone."""
    return " ".join(_CITATION.sub("", sentence).split()) if is_fragment(text) else ""


def find_quotes(items: Sequence[Item], mentions: Sequence[Mention], kinds: dict[str, ActorType], lex: Lexicon
                ) -> list[Quote]:
    """Every quotation whose speaker the text names, in reading order."""
    ordered = sorted(mentions, key=lambda m: m.order)
    out: list[Quote] = []
    for it, item in enumerate(items):
        here = [m for m in ordered if m.item == it]
        for q in _QUOTE_RE.finditer(item.text):
            g = next(i for i in (1, 2, 3, 4) if q.group(i) is not None)
            text, span = q.group(g).strip(), (q.start(g), q.end(g))
            if len(text.split()) < MIN_QUOTE_WORDS or any(m.start <= span[0] and span[1] <= m.end for m in here):
                continue
            s0, s1 = item.sentence_index(span[0]), item.sentence_index(max(span[0], span[1] - 1))
            lo, hi = item.sentences[s0][0], item.sentences[s1][1]
            speaker = _direct(item, here, lo, hi, span, lex, kinds) or _subject(item, here, lo, hi, lex, kinds)
            if speaker is None and lex.name_stops:
                speaker = _role_anaphor(items, ordered, it, lo, hi, span, lex, kinds)
            if speaker is None and _anaphor(item, lo, hi, span, lex):
                speaker = _antecedent(items, ordered, (it, span[0]), lex, kinds)
            if speaker is None and lex.language != "en" and (
                _unknown_name(item, here, lo, span[0], lex.not_name_or_role)
                or _unknown_name(item, here, span[1], hi, lex.not_name_or_role)
            ):
                continue  # "« ... », indique le naturopathe Jean X": the quote's own sentence names its speaker
            if speaker is None:  # the speaker named in the next or previous sentence
                wlo = item.sentences[max(0, s0 - _SENTENCE_WINDOW)][0]
                whi = item.sentences[min(len(item.sentences) - 1, s1 + _SENTENCE_WINDOW)][1]
                speaker = _direct(item, here, wlo, whi, span, lex, kinds)
            if speaker is not None:
                where = Location(item.block, item.item, span[0], span[1])
                out.append(Quote(text, speaker, where, context(text, item.text[lo:hi])))
    return out
