"""What the per-article stage remembers, or computes a shorter way, equals the plain computation (issue 20).

``find_dates`` skips a text without a four-digit run unless two-digit years are asked for (every
other format writes a four-digit year); the reference runs every pattern. Per-line results are
remembered (dates, a reader-comment header, the unglued line, sentence spans, name
judgements); the language check stops counting letters early; a shingle set hashes each
5-gram once; content words are judged once per word. Each test compares with the computation
written out in full, on invented texts built from pieces that exercise the code (dates in several
formats, glued labels, comment links, staff words), and asks twice, after changing what the first
call returned, so a result shared between callers would show.
"""

from __future__ import annotations

import hashlib
import re

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.article.extract import authors, names
from generator.article.extract.dates import _dates, find_dates
from generator.article.extract.language import has_letters
from generator.article.items import sentence_spans
from generator.article.signature import _A, _B, _PRIME, HASHES, MIN_WORD, _content_words, shingles, signature
from generator.knowledge import languages
from generator.text.memo import LONGEST, per_text
from generator.text.stem import stem
from generator.text.stopwords import STOPWORDS
from generator.text.tokens import tokens_of
from tests.kb import knowledge

LANGS = knowledge().languages
_PIECES = (
    "12 March 2024", "March 12, 2024", "2024-04-15", "2024-04-15T08:30", "03/04/2024", "13/04/2024",
    "17.11.19", "20.09.2025", "8. Februar 2024", "8 de febrero de 2024", "2024年2月8日", "Updated",
    "By", "Von", "AuthorJane Roe", "onMarch 3, 2021Von", "says:", "4 Comments", "Leave a comment",
    "Staff Writer", "Online-Redaktion", "Mr.", "Dr. A. B. Cole", "U.S.", "Kim’s", "l'été", "...", "!",
    "Jane", "Roe", "the", "of", "council", "strike", "ports", "workers", "42", "—", "•", "  ",
    "12:30", "5/6/24", "3.4.", "19.05.", "1999", "２０２４", "0", "7", "2",
)
texts = st.lists(st.sampled_from(_PIECES) | st.text(max_size=8), max_size=12).map(
    lambda parts: "".join(p if i % 3 else p + " " for i, p in enumerate(parts))
)


@settings(max_examples=300, deadline=None)
@given(texts, st.sampled_from([None, True, False]), st.booleans())
def test_remembered_dates_equal_the_computation(text: str, day_first: bool | None, short_years: bool) -> None:
    plain = list(_dates.__wrapped__(text, LANGS, day_first, short_years))
    first = find_dates(text, LANGS, day_first, short_years)
    assert first == plain
    first.clear()  # a caller changing its list must not change the next caller's
    assert find_dates(text, LANGS, day_first, short_years) == plain


@settings(max_examples=300, deadline=None)
@given(texts)
def test_remembered_line_readings_equal_the_computation(text: str) -> None:
    comment = bool(LANGS.comments.search(LANGS.comment_link.sub(" ", text)))
    unglued = LANGS.glued_label.sub(r"\g<0> ", authors.spaced_dates(text, LANGS))
    for _ in range(2):
        assert LANGS.reader_comment(text) == comment == languages._reader_comment.__wrapped__(text, LANGS)
        assert authors._unglued(text, LANGS) == unglued
        assert sentence_spans(text) == sentence_spans.__wrapped__(text)
        assert names.looks_like_person(text, LANGS) == names.looks_like_person.__wrapped__(text, LANGS)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES) | st.text(max_size=6), max_size=4).map("-".join))
def test_label_words_joined_once_equal_the_union(token: str) -> None:
    words = LANGS.staff | LANGS.organisations | LANGS.role_words
    parts = {p for p in names._PARTS.split(token.lower()) if p} | {token.lower().strip(".")}
    assert names.is_label_word(token, LANGS) == bool(parts & words)
    assert names.is_label_word(token, LANGS) == bool(parts & words)


@given(st.text(max_size=80), st.integers(-2, 50))
def test_letter_count_stopping_early_equals_the_full_count(text: str, least: int) -> None:
    assert has_letters(text, least) == (sum(ch.isalpha() for ch in text) >= least)


def _shingles_in_full(text: str) -> set[int]:
    words = re.findall(r"\w+", text.casefold())
    grams = [" ".join(words[i : i + 5]) for i in range(max(1, len(words) - 5 + 1))]
    return {int.from_bytes(hashlib.blake2b(g.encode(), digest_size=4).digest(), "big") for g in grams if g}


def _signature_in_full(items: set[int]) -> tuple[int, ...]:
    if not items:
        return (0,) * HASHES
    x = np.fromiter(sorted(items), dtype=np.uint64)[None, :]
    return tuple(int(v) for v in ((_A * x + _B) % np.uint64(_PRIME)).min(axis=1))


@settings(max_examples=200, deadline=None)
@given(texts)
def test_shingles_and_signature_equal_the_computation_in_full(text: str) -> None:
    doubled = f"{text} {text} {text}"  # repeated 5-grams
    for t in (text, doubled):
        assert shingles(t) == _shingles_in_full(t)
        assert signature(shingles(t)) == _signature_in_full(_shingles_in_full(t))


@settings(max_examples=300, deadline=None)
@given(texts)
def test_content_words_judged_once_per_word_equal_the_computation(text: str) -> None:
    plain: list[tuple[str, str] | None] = []
    for token in tokens_of(text):
        word = token.folded
        stop = word in STOPWORDS or token.raw.casefold() in STOPWORDS
        plain.append(None if stop or len(word) < MIN_WORD or not any(c.isalpha() for c in word) else (stem(word), word))
    assert _content_words(text) == plain
    assert _content_words(text) == plain


def test_a_short_text_is_computed_once_and_a_long_one_every_time() -> None:
    calls: list[str] = []

    @per_text(maxsize=8)
    def upper(text: str, suffix: str) -> str:
        calls.append(text)
        return text.upper() + suffix

    short, long = "a line", "x" * (LONGEST + 1)
    assert [upper(short, "!"), upper(short, "!"), upper(short, "?")] == ["A LINE!", "A LINE!", "A LINE?"]
    assert calls == [short, short]  # another argument is another key
    assert upper(long, "") == upper(long, "") == long.upper()
    assert calls == [short, short, long, long]
