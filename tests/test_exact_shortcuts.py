"""The per-article stage's shortcuts give what the plain computation gives (issue 20; Hypothesis).

Each shortcut is checked against the computation it replaced: tokens read with ``findall`` and
``str.find`` against a match object per word, incident families told from a text's word runs
against the family's pattern, names found in the joined sentences against a test per sentence,
the metadata view's substantial paragraphs against a scan of its lines, shingles built by ``zip``
against slices, content terms counted in one pass against the loop with a look-ahead, the sentence
index against a list of starts, and the language scores of the row-major table against those of the
table the language list leaves column-major, and ftfy's repair of a text with its plain ASCII lines
passed over against ftfy on every line, and the control bytes of a binary sniff counted by deletion
against a test per byte.
"""

from __future__ import annotations

import bisect
import hashlib
import math
from collections import defaultdict

import ftfy
import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from py3langid.langid import visit_counts  # type: ignore[import-untyped]

from generator.article.extract.language import identifier
from generator.article.extract.zone import is_substantial, make_view
from generator.article.incidents import _Folded
from generator.article.items import Item, sentence_spans
from generator.article.records import Cleaned, Line, Role
from generator.article.signature import _WORD, SHINGLE, _content_words, content_terms, shingles
from generator.knowledge.incidents import parse_incidents, word_runs
from generator.read.decode import _CONTROL_BYTES, _FTFY, fix_text
from generator.text.tokens import _POSSESSIVE, _TOKEN_RE, Token, _word, tokens_of

# Invented incident words: one family of single words, one with phrases, one with a word outside ASCII.
VOCAB = parse_incidents({"families": {
    "clash": {"words": ["clash", "clashes", "Skirmish"]},
    "raid": {"words": ["night raid", "raid", "dawn  sweep"], "window": 1},
    "accord": {"words": ["pact", "accord", "entente"]},
    "truce": {"words": ["truce", "ceasefire", "cessez-le-feu"]},
}})
_PIECES = ["clash", "Clashes", "CLASH", "skirmish", "raid", "night raid", "Night\n raid", "dawn sweep", "sweep",
           "pact", "entente", "entente", "ceasefire", "cessez-le-feu", "truce", "clash_", "raid9", "x", " ", ", ",
           ".", "-", "'", "é", "Straße", "ſkirmish", "K", "İ", "\u212a", "\n", "raids", "pacts", "nightraid",
           "’", "—", "“", "\xa0", "\u2003", "\u2028", "…", "\u24b6", "\u0307", "µ", "\u2160"]
texts = st.lists(st.sampled_from(_PIECES), max_size=12).map("".join)


def _reference_tokens(text: str) -> tuple[Token, ...]:
    out = []
    for m in _TOKEN_RE.finditer(text):
        raw, end = m.group(0), m.end()
        if raw.endswith(_POSSESSIVE) and len(raw) > 3:
            raw, end = raw[:-2], end - 2
        out.append(Token(m.start(), end, raw, *_word(raw)))
    return tuple(out)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("aZé1 _.'’sʼ-\n\u0430Ж\u0645U"), max_size=40))
def test_tokens_equal_a_match_per_word(text: str) -> None:
    assert tokens_of.__wrapped__(text) == _reference_tokens(text)


@settings(max_examples=500, deadline=None)
@given(texts)
def test_families_from_word_runs_equal_their_patterns(text: str) -> None:
    runs = word_runs(text)
    for n, (_, _, _, pat) in enumerate(VOCAB.families):
        assert VOCAB.matches(n, pat, text, runs) == (pat.search(text) is not None)


def test_only_plain_ascii_words_are_told_by_runs() -> None:
    firsts = dict(zip((key for key, *_ in VOCAB.families), VOCAB.firsts, strict=True))
    assert firsts["clash"] == (frozenset({"clash", "clashes", "skirmish"}), True)
    assert firsts["raid"] == (frozenset({"night", "raid", "dawn"}), False)  # phrases: the pattern decides
    assert firsts["truce"] is None  # "cessez-le-feu" is no run of word characters
    assert word_runs("Straße") is None
    assert word_runs("Night\xa0raid — “pact”") == frozenset({"night", "raid", "pact"})


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from("ab A\n."), max_size=8), max_size=6),
       st.lists(st.text(alphabet=st.sampled_from("ab A\n."), min_size=1, max_size=3), max_size=3))
def test_names_found_in_joined_sentences(sentences: list[str], names: list[str]) -> None:
    folded = _Folded(tuple(sentences))
    expected = [i for i, s in enumerate(sentences) if any(name in s.casefold() for name in names)]
    assert folded.holding(names) == expected


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(list(Role)), st.integers(0, 30)), max_size=20))
def test_view_knows_its_substantial_paragraphs(spec: list[tuple[Role, int]]) -> None:
    lines = tuple(Line(k + 1, " ".join(["word"] * n) or "x", role) for k, (role, n) in enumerate(spec))
    view = make_view(Cleaned(None, (), lines))
    assert list(view.substantial) == [i for i, line in enumerate(view.usable) if is_substantial(line)]


def test_word_runs_are_lower_case_runs() -> None:
    assert word_runs("Night-Raid, raid_9!") == frozenset({"night", "raid", "raid_9"})


def _reference_shingles(text: str) -> set[int]:
    words = _WORD.findall(text.casefold())
    grams = {" ".join(words[i : i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    return {int.from_bytes(hashlib.blake2b(g.encode(), digest_size=4).digest(), "big") for g in grams if g}


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["dock", "Dock", "strike", "é", "ports", " ", "  ", ".", "\n", "_", "7"]), max_size=14)
       .map("".join))
def test_shingles_equal_sliced_windows(text: str) -> None:
    assert shingles(text) == _reference_shingles(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Ships wait. ", "Dr. Roe said so! ", "A. B. Cole left? ", "Then 3 more.", " "]),
                max_size=6).map("".join), st.integers(0, 80))
def test_sentence_index_equals_a_list_of_starts(text: str, pos: int) -> None:
    item = Item(0, 0, text, tokens_of(text), sentence_spans(text))
    starts = [s for s, _ in item.sentences]
    assert item.sentence_index(pos) == max(0, bisect.bisect_right(starts, pos) - 1)


def test_row_major_language_table_scores_alike() -> None:
    model = identifier()
    assert model.nb_ptc.flags["C_CONTIGUOUS"]
    column_major = np.asfortranarray(model.nb_ptc)
    for text in ("The harbour workers stopped loading ships on Monday.", "Los estibadores pararon el lunes."):
        seen = visit_counts(model.tk_nextmove, model._rowbase, model.tk_output, model._encode(text))
        assert seen
        assert np.array_equal(model._sparse_score(seen, model.nb_ptc), model._sparse_score(seen, column_major))


def _reference_terms(title: str, items: list[str], names: list[str]) -> tuple[tuple[str, str, float], ...]:
    counts: dict[str, float] = defaultdict(float)
    labels: dict[str, str] = {}
    parts = [(title, 3.0)] + [(item, 2.0 if i < 2 else 1.0) for i, item in enumerate(items)]
    for text, weight in parts:
        words = _content_words(text)
        for i, w in enumerate(words):
            if w is None:
                continue
            counts[w[0]] += weight
            labels.setdefault(w[0], w[1])
            nxt = words[i + 1] if i + 1 < len(words) else None
            if nxt is not None and nxt[0] != w[0]:
                key = f"{w[0]} {nxt[0]}"
                counts[key] += weight
                labels.setdefault(key, f"{w[1]} {nxt[1]}")
    for name in names:
        counts["@" + name] += 3.0
        labels.setdefault("@" + name, name)
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:60]
    return tuple((key, labels[key], round(1 + math.log(n), 3)) for key, n in ranked)


_TERM_WORDS = ["Dock", "docks", "strike", "Strikes", "the", "of", "7", "workers", "Worker", "port", "harbour", " ",
               ", ", ". "]
_term_texts = st.lists(st.sampled_from(_TERM_WORDS), max_size=10).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(_term_texts, st.lists(_term_texts, max_size=5),
       st.lists(st.sampled_from(["Jane Roe", "Acme", "dock"]), max_size=2))
def test_content_terms_equal_a_look_ahead_loop(title: str, items: list[str], names: list[str]) -> None:
    assert content_terms(title, items, names) == _reference_terms(title, items, names)


def test_many_terms_keep_the_heaviest_sixty() -> None:
    items = [" ".join(f"word{chr(97 + a)}{chr(97 + b)}" for b in range(26)) for a in range(4)]
    assert content_terms("", items, []) == _reference_terms("", items, [])


# Pieces ftfy acts on (entities, controls, terminal escapes, mojibake, C1 controls, a soft hyphen) and plain ones.
_FTFY_PIECES = ["a", "Z", " ", "\n", "\r", "\t", "\x0c", "<b>", ">", "&amp;", "&", ";", "&#39;", "\x1b[31m", "\x07",
                "\x7f", "\x0b", "Ã©", "â€™", "\x80", "\x9d", "é", "’", "\u00ad", "ﬁ", "Ａ", "e\u0301"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_FTFY_PIECES), max_size=30).map("".join))
def test_fix_text_equals_ftfy_on_every_line(text: str) -> None:
    assert fix_text(text) == ftfy.fix_text(text, config=_FTFY)


def test_fix_text_repairs_what_ftfy_repairs() -> None:
    text = "plain line\nCafÃ© &amp; bar\n<p>x &amp; y</p>\nthen &lt; after\n\x1b[1mbold\n"
    assert fix_text(text) == ftfy.fix_text(text, config=_FTFY) != text


@given(st.binary(max_size=300))
def test_control_bytes_counted_by_deletion(head: bytes) -> None:
    assert len(head) - len(head.translate(None, _CONTROL_BYTES)) == sum(1 for b in head if b < 9 or 13 < b < 32)
