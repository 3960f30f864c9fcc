"""Property tests of the cleaner: it never crashes, and cleaning its own output keeps it."""

from __future__ import annotations

import time

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.article.clean import clean
from generator.article.records import Role
from tests.kb import knowledge

KB = knowledge()

STOP = st.sampled_from(
    [
        "the",
        "of",
        "and",
        "to",
        "in",
        "a",
        "is",
        "that",
        "for",
        "it",
        "was",
        "on",
        "with",
        "as",
        "by",
        "at",
        "from",
        "this",
        "have",
        "are",
    ]
)
CONTENT = st.sampled_from(
    [
        "river",
        "council",
        "water",
        "plan",
        "farmers",
        "said",
        "town",
        "canal",
        "year",
        "money",
        "court",
        "minister",
        "people",
        "city",
        "engineers",
        "valley",
        "spring",
        "works",
        "region",
        "fund",
        "appeal",
        "impact",
    ]
)
PAIR = st.tuples(STOP, CONTENT).map(" ".join)
SENTENCE = st.lists(PAIR, min_size=6, max_size=20).map(lambda ws: " ".join(ws).capitalize() + ".")
PARAGRAPH = st.lists(SENTENCE, min_size=1, max_size=3).map(" ".join)
CHROME = st.sampled_from(["Advertisement", "Share", "Menu", "Photo: A. Person", "Read more", "0", "Sign in"])


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=3000))
def test_never_crashes_on_any_text(text: str) -> None:
    doc = clean(text, KB.boilerplate)
    assert len(doc.lines) == sum(1 for raw in text.split("\n") if raw.strip())


@settings(max_examples=80, deadline=None)
@given(st.lists(st.one_of(PARAGRAPH, CHROME), min_size=1, max_size=25))
def test_recleaning_body_keeps_every_paragraph(parts: list[str]) -> None:
    first = clean("\n\n".join(parts), KB.boilerplate)
    body = [b.items[0] for b in first.blocks if b.kind == "paragraph"]
    again = clean("\n\n".join(body), KB.boilerplate)
    kept = [item for b in again.blocks for item in b.items]
    if again.title:
        kept.append(again.title)
    assert all(p in kept for p in body)


@settings(max_examples=30, deadline=None)
@given(st.lists(PARAGRAPH, min_size=3, max_size=10, unique=True))
def test_plain_prose_is_all_body(paragraphs: list[str]) -> None:
    doc = clean("\n".join(paragraphs), KB.boilerplate)
    assert all(line.role is Role.BODY for line in doc.lines)


def test_huge_inputs_are_fast() -> None:
    line = "Some words of the article that keep on going, and on, and on. " * 1600
    t0 = time.perf_counter()
    clean(line, KB.boilerplate)
    clean("\n".join([line[:200]] * 20_000), KB.boilerplate)
    assert time.perf_counter() - t0 < 20
