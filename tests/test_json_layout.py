"""``briefing.json`` written in pieces has the layout, escaping and bytes of the one-string dump it replaced."""

from __future__ import annotations

import json
import os
from dataclasses import replace
from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from generator.corpus.records import Corpus
from generator.knowledge.records import ActorType
from generator.read.records import Skipped
from generator.render import Pieces, corpus_page_groups, corpus_pages, escape
from generator.render.actors import actors_export
from generator.render.export import article_record, briefing_json, briefing_pieces
from generator.render.themes import themes_export
from generator.settings import Settings
from generator.write import Writer
from tests.kb import FULL_TEXT, knowledge
from tests.reader_kit import GROUP, corpus, draft

HOSTILE = [
    "</script><script>alert(1)</script>",
    "a & b <c> \"quoted\" 'single' \\ back",
    "\u2028line\u2029separators\x00\x1f\x7f",
    "\u202egnp.exe",
    "{{ jinja }} {% tag %} [link](javascript:x)",
    "\ud7ff\ue000\U0001f600 emoji",
    "",
]


def _compact(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))


def _reference_layout(value: Any, depth: int) -> str:
    """The layout as one string, as it was made before it was streamed."""
    pad = "  " * depth
    if depth >= 2 or not isinstance(value, dict | list) or not value:
        return _compact(value)
    if isinstance(value, dict):
        rows = [f"{pad}  {_compact(str(k))}: {_reference_layout(v, depth + 1)}" for k, v in value.items()]
        return "{\n" + ",\n".join(rows) + f"\n{pad}}}"
    rows = [f"{pad}  {_reference_layout(v, depth + 1)}" for v in value]
    return "[\n" + ",\n".join(rows) + f"\n{pad}]"


def _reference(data: Any) -> str:
    text = _reference_layout(data, 0)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026") + "\n"


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text() | st.sampled_from(HOSTILE),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20,
)


@given(st.dictionaries(st.text(max_size=8) | st.sampled_from(HOSTILE), JSON, max_size=5))
def test_pieces_join_to_the_one_string_layout(data: dict[str, Any]) -> None:
    assert escape.json_dumps(data) == "".join(escape.json_pieces(data)) == _reference(data)


@given(st.lists(st.dictionaries(st.sampled_from(HOSTILE), JSON, max_size=3), max_size=5))
def test_an_iterator_is_laid_out_as_the_list_it_yields(records: list[dict[str, Any]]) -> None:
    streamed = "".join(escape.json_pieces({"records": iter(records), "after": [1, [2]]}))
    assert streamed == _reference({"records": records, "after": [1, [2]]})
    assert json.loads(streamed)["records"] == records


def test_hostile_strings_stay_inert_in_every_piece() -> None:
    data = {"articles": iter([{"title": h, h: [h]} for h in HOSTILE]), "skipped": [{"reason": h} for h in HOSTILE]}
    pieces = list(escape.json_pieces(data))
    assert len(pieces) > len(HOSTILE)  # one piece per record, not one string
    assert not set("<>&") & set("".join(pieces))
    assert json.loads("".join(pieces))["skipped"] == [{"reason": h} for h in HOSTILE]


def _corpus() -> Corpus:
    drafts = [
        draft("a.txt", HOSTILE[0], actors=[("Harbour Guard", GROUP), ("Mira Sol", ActorType.PERSON)]),
        draft("b.txt", "Port closed & reopened <again>", actors=[("Harbour Guard", GROUP)], source=HOSTILE[1]),
        draft("c.txt", "Quiet day", source=None, date=None),
    ]
    return replace(corpus(drafts), skipped=(Skipped("d.txt", HOSTILE[1]),))


def test_briefing_json_streamed_equals_the_one_string_reference() -> None:
    c = _corpus()
    data = {
        "articles": [article_record(a) for a in c.articles],
        "actors": actors_export(c.actor_index),
        "themes": themes_export(c.theme_index),
        "skipped": [{"seed": s.seed, "reason": s.reason} for s in c.skipped],
    }
    assert "".join(briefing_pieces(c)) == briefing_json(c) == _reference(data)
    groups = [g for g in corpus_page_groups(c, Settings(publishing=FULL_TEXT), knowledge()) if "briefing.json" in g]
    assert len(groups) == 1 and isinstance(groups[0]["briefing.json"], Pieces)
    assert corpus_pages(c, Settings(publishing=FULL_TEXT), knowledge())["briefing.json"] == _reference(data)


def test_put_pieces_writes_keeps_and_refuses_as_put_does(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    writer = Writer(docs, ["data.json", "mine.json"])
    (docs / "mine.json").write_text("hand-written\n", encoding="utf-8")
    writer.put_pieces("data.json", iter(["{", '"a": 1', "}\n"]))
    writer.put_pieces("mine.json", iter(["generated\n"]))
    report = writer.finish()
    assert report.written == ["data.json"] and report.refused == ["mine.json"]
    assert (docs / "data.json").read_text(encoding="utf-8") == '{"a": 1}\n'
    assert (docs / "mine.json").read_text(encoding="utf-8") == "hand-written\n"
    assert oct((docs / "data.json").stat().st_mode & 0o777) == "0o644"

    before = (docs / "data.json").stat().st_mtime_ns
    again = Writer(docs, ["data.json"])
    again.put_pieces("data.json", iter(['{"a": 1}', "\n"]))
    assert again.finish().unchanged == ["data.json"]
    assert (docs / "data.json").stat().st_mtime_ns == before
    assert not [p for p in os.listdir(docs) if p.startswith(".tmp-")]

    changed = Writer(docs, ["data.json"])
    changed.put_pieces("data.json", iter(['{"a": 2}\n']))
    assert changed.finish().written == ["data.json"]
    assert (docs / "data.json").read_text(encoding="utf-8") == '{"a": 2}\n'
