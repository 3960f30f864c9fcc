"""A light English stemmer, so a phrase matches its plural, -ed and -ing forms (strike, strikes, striking)."""

from __future__ import annotations

from functools import lru_cache

from generator.text.tokens import tokens_of

# Ordered: the first suffix that leaves a stem of at least MIN_STEM letters is removed.
_SUFFIXES = (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""))
MIN_STEM = 3


@lru_cache(maxsize=1 << 17)  # words recur across articles; the key is pure
def stem(word: str) -> str:
    """The stem of one folded word; irregular forms (struck) are listed as their own phrases in data."""
    if len(word) <= MIN_STEM or not word.isalpha():
        return word
    for suffix, repl in _SUFFIXES:
        if word.endswith(suffix) and not word.endswith("ss") and len(word) - len(suffix) >= MIN_STEM:
            word = word[: -len(suffix)] + repl
            break
    if word.endswith("e") and len(word) > MIN_STEM:
        word = word[:-1]
    if len(word) > MIN_STEM + 1 and word[-1] == word[-2] and word[-1] not in "sl":
        word = word[:-1]  # "stopped" -> "stopp" -> "stop"
    return word


def stems(text: str) -> tuple[str, ...]:
    """Stemmed, folded words of ``text`` (hyphens split words, apostrophes do not)."""
    return tuple(map(stem, [t.folded for t in tokens_of(text)]))
