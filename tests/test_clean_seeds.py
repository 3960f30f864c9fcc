"""Seed-level checks of the cleaner on the sample corpus."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.article.clean import clean
from generator.article.records import Role
from tests.kb import knowledge

KB = knowledge()

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
CHROME = re.compile(
    r"^(?:advertisement|skip to|share on|follow us|sign up|subscribe|read also|read more|photo:|фото|"
    r"озвучить|live broadcast)|all rights reserved|переведено сервисом|@\w+\)|copyright",
    re.IGNORECASE,
)


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name)
def test_seed_title_body_and_no_chrome(seed: Path) -> None:
    doc = clean(seed.read_text(encoding="utf-8"), KB.boilerplate)
    assert doc.title and 3 <= len(doc.title.split()) <= 30
    assert not doc.title.endswith(".")
    paragraphs = [b for b in doc.blocks if b.kind == "paragraph"]
    assert len(paragraphs) >= 5
    for line in doc.lines:
        if line.role is Role.BODY:
            assert not CHROME.search(line.text), line.text
    assert all(line.reason for line in doc.lines if line.role is Role.BOILERPLATE)
    assert doc.title not in [item for b in doc.blocks for item in b.items]


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name)
def test_seed_body_lines_reach_blocks(seed: Path) -> None:
    doc = clean(seed.read_text(encoding="utf-8"), KB.boilerplate)
    kept = " ".join(" ".join(item.split()) for b in doc.blocks for item in b.items)
    body = [line for line in doc.lines if line.role is Role.BODY]
    assert body and all(" ".join(line.text.split()) in kept for line in body)
    prose = [line for line in doc.lines if len(line.text.split()) >= 25]
    assert sum(1 for line in prose if line.role is Role.BODY) >= 0.7 * len(prose)


def test_seed_embed_and_references_present() -> None:
    docs = [clean(s.read_text(encoding="utf-8"), KB.boilerplate) for s in SEEDS]
    assert any(line.role is Role.EMBED for d in docs for line in d.lines)
    assert any(b.kind == "references" and len(b.items) >= 5 for d in docs for b in d.blocks)
    assert any(line.role is Role.META for d in docs for line in d.lines)
