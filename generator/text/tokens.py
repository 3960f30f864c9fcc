"""Tokens and the two folds names are compared by: spelling (case, marks, apostrophes) and transliteration."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from anyascii import anyascii

from generator.text.fold import strip_marks

# Dotted acronyms ("U.S.") are one token; apostrophes inside a word join it (Kata'ib, Kata’ib).
_TOKEN_RE = re.compile(r"(?:[^\W\d_]\.){2,}|[^\W_]+(?:['’ʼ‘`][^\W_]+)*")
_APOSTROPHES = str.maketrans("", "", "'’ʼ‘`.")
_POSSESSIVE = ("'s", "’s", "ʼs")
# Romanisations of Arabic and Russian spell one consonant several ways ("kh"/"h", "q"/"k",
# "shch"/"sch"/"sh"); each rule maps them to one spelling. Vowels are kept: two names that differ in a
# vowel are different names unless a rule with more evidence says otherwise (match.py). Applied in order.
_TRANSLIT_RULES = (
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
)
_DOUBLE = re.compile(r"(.)\1+")
_VOWELS = re.compile(r"[aeiou]+")
# Tokens shorter than this are compared by spelling only: "US", "UN", "IS" must never match by a rule.
MIN_TRANSLIT_LEN = 4
# Arabic writes "and", "with", "to", "so", "like" as one letter joined to the next word (وبوتين: "and Putin").
_ARABIC_CLITICS = frozenset("وفبلك")
# Russian case endings, longest first (Путина, России, Россией: one name); a stem keeps at least four letters.
_RUSSIAN_ENDINGS = tuple(sorted((
    "ами", "ями", "ого", "его", "ому", "ему", "ыми", "ими", "ой", "ей", "ом", "ем", "ую", "юю", "ая", "яя",
    "ые", "ие", "ых", "их", "ым", "им", "а", "я", "у", "ю", "е", "и", "ы", "й", "ь",
), key=len, reverse=True))


class Token(NamedTuple):
    """A word of an item's text with its char span and folds.

    ``capitalised``: the word starts with an upper-case letter. ``upper``: every letter is upper
    case ("US", "U.S."). Both are computed once in :func:`tokenize` (they are read millions of
    times at 10,000 articles). A named tuple, not a frozen dataclass: equally immutable, and built
    about 2.5 times faster (a frozen dataclass sets each field through ``object.__setattr__``);
    an article has thousands of tokens.
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


def _word(raw: str) -> tuple[str, bool, bool]:  # remembered through ``_shape``
    letters = [c for c in raw if c.isalpha()]
    return fold_token(raw), raw[:1].isupper(), bool(letters) and all(c.isupper() for c in letters)


@lru_cache(maxsize=1 << 16)  # the same words recur across articles; the key is pure
def translit(folded: str) -> str:
    """The transliteration key of a folded token: Latin letters (anyascii: Путин -> putin), one spelling per consonant.

    Two words are one name's variants when their keys are equal; no edit distance is involved, so
    "Rosneft" and "Rosnaft" stay apart.
    """
    key = folded if folded.isascii() else fold_token(anyascii(_stem(folded)))
    if len(key) < MIN_TRANSLIT_LEN:
        return key
    for old, new in _TRANSLIT_RULES:
        key = key.replace(old, new)
    key = _DOUBLE.sub(r"\1", key)
    return key[:-1] if key.endswith("ah") else key  # Hezbollah / Hezbolla


def _stem(word: str) -> str:
    """An Arabic word without its one-letter prefixes, a Russian word without its case ending."""
    if "\u0600" <= word[:1] <= "\u06ff":
        while len(word) > 3 and word[0] in _ARABIC_CLITICS:
            word = word[1:]
        return word
    if "\u0400" <= word[:1] <= "\u04ff":
        end = next((e for e in _RUSSIAN_ENDINGS if word.endswith(e) and len(word) - len(e) >= 4), "")
        return word[: len(word) - len(end)]
    return word


@lru_cache(maxsize=1 << 16)
def vowel_frame(key: str) -> str:
    """A transliteration key with each run of vowels as one ``a`` ("baqer", "baqir" -> "bakar").

    Arabic script writes no short vowels, so romanisations differ there; the consonants and where the
    vowels stand must still agree ("minister" is not "ministry").
    """
    return _VOWELS.sub("a", key)


def tokenize(text: str) -> list[Token]:
    """Word tokens of ``text``; a possessive ``'s`` is cut off so "Iraq's" is the token "Iraq"."""
    return list(tokens_of(text))


# A token built from one tuple without ``Token.__new__``'s keyword handling (the fields are in order).
_new_token = tuple.__new__

# Actors, themes and content terms each read every item of the same article: each item is tokenized
# once instead of three times (issue 20). Tokens are immutable, so sharing them is safe.
@lru_cache(maxsize=1 << 10)
def tokens_of(text: str) -> tuple[Token, ...]:
    """The tokens of ``text`` (``tokenize``), shared between the stages that read the same text.

    The words come from ``findall`` and their offsets from ``str.find`` from the previous word's
    end, about 30% faster than a match object per word: exact, because every token starts with a
    letter or digit, where the pattern would have matched first had the word occurred earlier.
    """
    out: list[Token] = []
    pos = 0
    find, append, shape = text.find, out.append, _shape
    for raw in _TOKEN_RE.findall(text):
        start = find(raw, pos)
        pos = start + len(raw)
        cut, rest = shape(raw)
        append(_new_token(Token, (start, pos - cut, *rest)))
    return tuple(out)


@lru_cache(maxsize=1 << 17)  # words recur across articles; the key is pure (in place of one on ``_word``)
def _shape(raw: str) -> tuple[int, tuple[str, str, bool, bool]]:
    """How many characters a token loses at its end (a possessive ``'s``), and its raw text and folds."""
    if raw.endswith(_POSSESSIVE) and len(raw) > 3:
        raw = raw[:-2]
        return 2, (raw, *_word(raw))
    return 0, (raw, *_word(raw))


def fold_phrase(text: str) -> tuple[str, ...]:
    """The folded tokens of a name or phrase: "Al-Saadi" -> ("al", "saadi")."""
    return tuple(t.folded for t in tokenize(text))
