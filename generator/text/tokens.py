"""Tokens and the two folds names are compared by: spelling (case, marks, apostrophes) and sound."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from generator.text.fold import distance, strip_marks

# Dotted acronyms ("U.S.") are one token; apostrophes inside a word join it (Kata'ib, Kata’ib).
_TOKEN_RE = re.compile(r"(?:[^\W\d_]\.){2,}|[^\W_]+(?:['’ʼ‘`][^\W_]+)*")
_APOSTROPHES = str.maketrans("", "", "'’ʼ‘`.")
_POSSESSIVE = ("'s", "’s", "ʼs")
# Romanisations of Arabic and Russian spell one sound several ways; each rule maps them to one
# spelling. Applied in order, on folded tokens only (see phonetic()).
_SOUND_RULES = (
    ("shch", "sh"),
    ("sch", "sh"),
    ("tch", "ch"),
    ("kh", "h"),
    ("gh", "g"),
    ("dh", "d"),
    ("th", "t"),
    ("ph", "f"),
    ("ck", "k"),
    ("ch", "9"),
    ("q", "k"),
    ("c", "k"),
    ("9", "ch"),
    ("w", "v"),
    ("j", "y"),
    ("x", "ks"),
    ("z", "z"),
)
_VOWEL_RUN = re.compile(r"[aeiouy]+")
_DOUBLE = re.compile(r"(.)\1+")
# Tokens shorter than this are compared by spelling only: "US", "UN", "IS" must never sound alike.
MIN_SOUND_LEN = 4


@dataclass(frozen=True, slots=True)
class Token:
    """A word of an item's text with its char span and folds.

    ``capitalised``: the word starts with an upper-case letter. ``upper``: every letter is upper
    case ("US", "U.S."). Both are computed once in :func:`tokenize` (they are read millions of
    times at 10,000 articles).
    """

    start: int
    end: int
    raw: str
    folded: str
    capitalised: bool = False
    upper: bool = False


@lru_cache(maxsize=1 << 17)  # words recur across articles; the key is pure
def fold_token(raw: str) -> str:
    """Case, diacritics and apostrophes folded away: Kata’ib -> kataib."""
    return strip_marks(raw).casefold().translate(_APOSTROPHES)


@lru_cache(maxsize=1 << 17)
def _word(raw: str) -> tuple[str, bool, bool]:
    letters = [c for c in raw if c.isalpha()]
    return fold_token(raw), raw[:1].isupper(), bool(letters) and all(c.isupper() for c in letters)


@lru_cache(maxsize=1 << 16)  # the same words recur across articles; the key is pure
def phonetic(folded: str) -> str:
    """A sound key for a folded token: vowel runs become one ``a``, digraph spellings one letter."""
    if len(folded) < MIN_SOUND_LEN:
        return folded
    key = folded
    for old, new in _SOUND_RULES:
        key = key.replace(old, new)
    key = _DOUBLE.sub(r"\1", _VOWEL_RUN.sub("a", key))
    return key[:-1] if key.endswith("ah") else key  # Hezbollah / Hezbolla


def tokenize(text: str) -> list[Token]:
    """Word tokens of ``text``; a possessive ``'s`` is cut off so "Iraq's" is the token "Iraq"."""
    out: list[Token] = []
    for m in _TOKEN_RE.finditer(text):
        raw, end = m.group(0), m.end()
        if raw.endswith(_POSSESSIVE) and len(raw) > 3:
            raw, end = raw[:-2], end - 2
        out.append(Token(m.start(), end, raw, *_word(raw)))
    return out


def fold_phrase(text: str) -> tuple[str, ...]:
    """The folded tokens of a name or phrase: "Al-Saadi" -> ("al", "saadi")."""
    return tuple(t.folded for t in tokenize(text))


@lru_cache(maxsize=1 << 16)
def sounds_alike(a: str, b: str) -> bool:
    """Same sound key and a small spelling difference (at most one edit per four letters)."""
    if a == b:
        return True
    if min(len(a), len(b)) < MIN_SOUND_LEN or phonetic(a) != phonetic(b):
        return False
    limit = max(1, min(len(a), len(b)) // 4)
    return distance(a, b, limit) <= limit
