"""A Markdown note's byline paragraph is metadata, not the first paragraph of its body or description."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from generator.article.records import Extracted
from tests.test_markdown_input import build_one

PARAS = (
    "Ein Team der Hochschule Almenried hat gezeigt, wie Hummeln sich den Weg zu einer Blüte merken, "
    "die sie nur einmal besucht haben.",
    "Die Forscher beobachteten dafür zwei Sommer lang mehrere hundert Tiere auf einer Wiese am Stadtrand.",
)


def test_a_byline_paragraph_at_the_top_of_a_note_gives_the_author_and_leaves_the_body(tmp_path: Path) -> None:
    byline = "*Von Jana Weyrauch, Wissenschaft — 9. Januar 2026*"
    note = f"# Hummeln merken sich den Weg\n\n{byline}\n\n" + "\n\n".join(PARAS)
    got, _ = build_one(tmp_path, "n.md", note + "\n")
    assert isinstance(got, Extracted), got
    meta = got.draft.meta
    assert meta.authors == ("Jana Weyrauch",) and meta.date == dt.date(2026, 1, 9)
    text = " ".join(item for block in got.body.blocks for item in block.items)
    assert "Weyrauch" not in text and text.startswith("Ein Team")
    assert "Weyrauch" not in got.draft.summary


def test_a_long_paragraph_that_opens_with_a_byline_word_stays_in_the_body(tmp_path: Path) -> None:
    long = (
        "Von der Wiese am Stadtrand bis zum Labor der Hochschule reisten die Hummeln in kleinen Kisten, "
        "die jeden Morgen neu beschriftet wurden."
    )
    got, _ = build_one(tmp_path, "m.md", "# Hummeln\n\n" + long + "\n\n" + "\n\n".join(PARAS) + "\n")
    assert isinstance(got, Extracted), got
    assert got.body.blocks[0].items == (long,)
