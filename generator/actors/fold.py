"""Tokens and the two folds names are compared by: spelling (case, marks, apostrophes) and sound."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from generator.fold import distance, strip_marks

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


@dataclass(frozen=True)
class Token:
    """A word of an item's text with its char span and folds."""

    start: int
    end: int
    raw: str
    folded: str

    @property
    def capitalised(self) -> bool:
        """Whether the word starts with an upper-case letter."""
        return self.raw[:1].isupper()

    @property
    def upper(self) -> bool:
        """Whether every letter is upper case ("US", "U.S.")."""
        letters = [c for c in self.raw if c.isalpha()]
        return bool(letters) and all(c.isupper() for c in letters)


def fold_token(raw: str) -> str:
    """Case, diacritics and apostrophes folded away: Kata’ib -> kataib."""
    return strip_marks(raw).casefold().translate(_APOSTROPHES)


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
        out.append(Token(m.start(), end, raw, fold_token(raw)))
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
