"""Issue 13, as a property: any bytes, any YAML front matter or sidecar and any HTML with nested JSON-LD,
next to a normal article, build; every input is built or skipped with a reason, every warning names its
file, every date is plausible, and the normal article is always there."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.pipeline import build
from generator.settings import Settings
from generator.text.datecheck import EARLIEST, latest
from tests.kb import knowledge

NORMAL = (
    "Harbour talks resume in Velmora\n\n"
    "The harbour authority of Velmora said on Tuesday that talks with the fishing cooperative would resume "
    "next week, after a month of protests over berth fees and the closure of the northern quay.\n"
)
BODY = "The council of Brisk met on Monday to discuss the new bridge and the cost of repairs to the ferry landing."
KEYS = ["title", "source", "authors", "date", "url", "language", "retrieved", "updated", "tags", "hide"]
DATES = ["2024-02-30", "2023-02-29", "0001-01-01T00:00:00Z", "2024-02-08", "9999-12-31", "1799-12-31", "2024-13-01"]
TOKENS = ["&a ", "*a ", "!!python/name:os.system ", "!!timestamp ", "[", "]", "{", "}", ": ", "- ", "? ", "'", '"',
          "\n", "\n  ", "#", "|", ">", "%YAML 1.1\n", "---\n", "...", "\\", "\t", "9" * 5000, *DATES, *KEYS]

scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=30),
                    st.sampled_from(DATES), st.dates(), st.integers(min_value=10**100, max_value=10**200))
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                                            max_size=4), max_leaves=20)
dumped = st.dictionaries(st.sampled_from(KEYS), values, max_size=6).map(lambda d: yaml.safe_dump(d, allow_unicode=True))
deep = st.integers(1, 5000).map(lambda n: "x: " + "[" * n + "]" * n + "\n")
yaml_text = st.one_of(dumped, deep, st.lists(st.sampled_from(TOKENS) | st.text(max_size=6), max_size=60).map("".join))


def _json_ld(depth: int, date: str, text: str) -> str:
    inner = json.dumps({"@type": "NewsArticle", "headline": text, "datePublished": date, "author": {"name": "Ann Ray"}})
    return "[" * depth + inner + "]" * depth


@st.composite
def html_page(draw: st.DrawFn) -> str:
    depth = draw(st.integers(0, 4000))
    ld = _json_ld(depth, draw(st.sampled_from(DATES) | st.text(max_size=20)), draw(st.text(max_size=20)))
    if draw(st.booleans()):
        ld = ld[: draw(st.integers(0, len(ld)))]  # cut anywhere: invalid JSON
    junk = draw(st.text(max_size=200))
    return (f'<html><head><title>A page</title><script type="application/ld+json">{ld}</script></head>'
            f"<body><article><p>{BODY}</p><p>{junk}</p></article></body></html>")


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.binary(max_size=3000), yaml_text, yaml_text, html_page())
def test_any_input_builds_beside_a_normal_article(data: bytes, front: str, sidecar: str, page: str) -> None:
    tmp = Path(tempfile.mkdtemp())
    try:
        seeds = tmp / "seeds"
        seeds.mkdir()
        (seeds / "normal.txt").write_text(NORMAL, encoding="utf-8")
        (seeds / "bytes.txt").write_bytes(data)
        (seeds / "note.md").write_text(f"---\n{front}\n---\n\n# A note\n\n{BODY}\n", encoding="utf-8")
        (seeds / "side.txt").write_text(f"A side note\n\n{BODY}\n", encoding="utf-8")
        (seeds / "side.yml").write_text(sidecar, encoding="utf-8")
        (seeds / "page.html").write_text(page, encoding="utf-8")
        result = build(Settings(seeds=seeds, docs=tmp / "docs", cache=tmp / "cache", jobs=1), knowledge())
        corpus = result.corpus
        seen = [a.seed for a in corpus.articles] + [s.seed for s in corpus.skipped]
        assert sorted(seen) == ["bytes.txt", "normal.txt", "note.md", "page.html", "side.txt"]
        assert "normal.txt" in {a.seed for a in corpus.articles}
        assert all(s.reason for s in corpus.skipped)
        assert all(note.split(":", 1)[0] in seen for note in corpus.notes), corpus.notes
        for article in corpus.articles:
            date = article.meta.date
            assert date is None or EARLIEST <= date <= latest(), (article.seed, date)
            retrieved = article.meta.retrieved
            assert retrieved is None or EARLIEST <= retrieved <= latest(dt.date.today())
        assert (tmp / "docs" / "briefing.json").is_file()
    finally:
        shutil.rmtree(tmp)
