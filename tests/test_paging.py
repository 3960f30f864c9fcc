"""Long corpus pages split over numbered pages (the scale issue): bounded, complete and linked.

The corpus is the sample seeds copied into 30 articles over several months and outlets; the page
sizes in ``generator.render.limits`` are made tiny, so every list continues on several pages.
"""

from __future__ import annotations

import datetime as dt
import posixpath
import re
import shutil
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from generator.corpus.records import Corpus
from generator.corpus.report import build_report
from generator.pipeline import build_corpus
from generator.render import corpus_pages, escape, limits, paging
from generator.render.report import report_pages
from generator.settings import Settings
from tests.conftest import ROOT, SEEDS, env
from tests.kb import FULL_TEXT, knowledge

KB = knowledge()

SMALL = {
    "ARTICLES_ON_INDEX": 5,
    "ARTICLES_PER_PAGE": 3,
    "ACTORS_PER_TYPE_ON_INDEX": 2,
    "ACTORS_PER_PAGE": 3,
    "APPEARANCES_PER_PAGE": 4,
    "QUOTES_ON_ACTOR_PAGE": 1,
    "QUOTES_PER_PAGE": 3,
    "TIMELINE_PER_PAGE": 5,
    "EVENTS_PER_PAGE": 1,
    "OUTLETS_ON_EVENT_PAGE": 2,
    "SOURCES_PER_PAGE": 1,
    "ARTICLES_PER_SOURCE_ON_INDEX": 2,
    "REPORT_ARTICLES_PER_PAGE": 4,
    "REPORT_LIST_MAX": 1,
}
COPIES = 6
LINK = re.compile(r"\]\(([^)\s]+)\)")
NEXT = re.compile(r"\[Next →\]\(([^)\s]+)\)")


# --------------------------------------------------------------------------------------------
# The helper
# --------------------------------------------------------------------------------------------
def resolve(source: str, link: str) -> str:
    """The docs_src path a relative link on the page at ``source`` leads to (anchor dropped)."""
    return posixpath.normpath(posixpath.join(posixpath.dirname(source), link.partition("#")[0]))


def test_continuation_paths_never_collide_with_slugs() -> None:
    name = paging.page_name("entry-a")
    assert re.fullmatch(r"[0-9a-f]{8}", name) and name == paging.page_name("entry-a")  # fixed across runs
    assert paging.continuation("actors/iraq.md", "entry-a") == f"actors/iraq/{name}.md"
    assert paging.continuation("quotes.md", "entry-a") == f"quotes/{name}.md"
    assert paging.continuation("actors/index.md", "entry-a") == f"actors/index/{name}.md"  # "index" is never a slug
    assert paging.continuation("quotes.md", "entry-a", 1) != paging.continuation("quotes.md", "entry-a")
    assert paging.relative("actors/iraq/2.md", "articles/a.md#ev-1") == "../../articles/a.md#ev-1"
    assert paging.relative("quotes.md", "quotes/2.md") == "quotes/2.md"
    assert paging.relative("quotes/2.md", "quotes.md") == "../quotes.md"
    with pytest.raises(ValueError, match="page size"):
        paging.split("x.md", [1], 0, str)


@given(st.lists(st.integers(0, 40), max_size=80), st.integers(1, 12))
def test_split_keeps_every_item_once_in_order(items: list[int], size: int) -> None:
    parts = paging.split("themes/x.md", items, size, str)  # repeated keys too: their pages still get their own paths
    assert [i for p in parts for i in p.items] == items
    assert all(1 <= len(p.items) <= size for p in parts) or (not items and len(parts) == 1)
    assert (len(parts) == 1) == (len(items) <= size)  # a list that fits one page keeps its one page
    paths = [p.path for p in parts]
    assert paths[0] == "themes/x.md" and len(set(paths)) == len(paths)
    assert all(p.path == paging.continuation("themes/x.md", str(p.items[0]), 0) for p in parts[1:] if
               items.count(p.items[0]) == 1)  # named by its first entry
    assert [p.previous for p in parts] == [None, *paths[:-1]] and [p.next for p in parts] == [*paths[1:], None]


def _cuts_entry_by_entry(keys: Sequence[str], size: int) -> list[int]:
    """The cut rule applied one entry at a time, each entry's hash made when it is reached (the
    first form of ``paging.cuts``, which now hashes the list once and starts at each page's minimum)."""
    if len(keys) <= size:
        return [len(keys)]
    low = max(1, size // paging.MIN_FRACTION)
    threshold = min(1 << 64, (1 << 64) * paging.CUT_CHANCE // size)
    ends: list[int] = []
    start = i = 0
    while i < len(keys):
        lowest = (1 << 64, i)
        while i < len(keys):
            value, length = paging._cut_value(keys[i]), i + 1 - start
            if length >= low:
                lowest = min(lowest, (value, i))
                if value < threshold:
                    break
            if length >= size:
                i = lowest[1]
                break
            i += 1
        if i >= len(keys):
            break
        ends.append(i + 1)
        start = i = i + 1
    if start < len(keys):
        ends.append(len(keys))
    return ends


@given(st.lists(st.text("abcdef", max_size=3), max_size=120), st.integers(1, 30))
def test_cuts_equal_the_rule_applied_entry_by_entry(keys: list[str], size: int) -> None:
    assert paging.cuts(keys, size) == _cuts_entry_by_entry(keys, size)


def test_cuts_equal_the_rule_on_every_short_list_length() -> None:
    # Every length up to four pages, so the rare last page that fills up with no entry choosing to
    # end it (it then ends at its lowest hash, not at the end of the list) is met many times.
    for size in range(1, 25):
        for count in range(4 * size):
            for run in range(12):
                keys = [f"entry {run} {j}" for j in range(count)]
                assert paging.cuts(keys, size) == _cuts_entry_by_entry(keys, size), (size, count, run)


@given(st.integers(1, 40), st.data())
def test_pager_links_lead_to_the_neighbouring_pages(total: int, data: st.DataObject) -> None:
    parts = paging.split("actors/iraq.md", [f"entry-{i}" for i in range(total)], 1, str)
    part = parts[data.draw(st.integers(0, total - 1))]
    pager = part.pager
    if total == 1:
        assert pager == "" and part.span("Entries") == ""
        return
    targets = [resolve(part.path, link) for link in LINK.findall(pager)]
    assert targets == [p for p in (part.previous, part.next) if p]
    assert ("Next →" in pager) == (part.next is not None) and ("← Previous" in pager) == (part.previous is not None)
    assert part.span("Entries", lambda shown: paging.between(shown[0], shown[-1])) == (
        f"Entries on this page: 1 ({escape.inline(part.items[0])})."
    )


def _render(items: list[str], size: int) -> dict[str, str]:
    """A list of invented entries, each shown on its own line."""
    return paging.paged(
        "people.md", "People", items, size, lambda part: "\n".join(f"- {i}" for i in part.items), key=str,
        describe=lambda shown: paging.between(shown[0], shown[-1]), noun="People",
    )


def _changed(before: dict[str, str], after: dict[str, str]) -> set[str]:
    """Pages whose bytes differ, or that one of the two renderings does not have."""
    return {p for p in before.keys() | after.keys() if before.get(p) != after.get(p)}


def _fixed_size(keys: Sequence[str], size: int) -> list[int]:
    """Where fixed-size pages end: the paging this module replaced."""
    return [*range(size, len(keys), size), len(keys)] if keys else [0]


@pytest.mark.parametrize("fixed", [False, True])
def test_adding_one_entry_rewrites_only_the_page_that_receives_it(fixed: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """One entry inserted anywhere in a 600-entry list: only the page that receives it changes.

    The control (``fixed``) cuts the same list into fixed-size pages: an entry inserted near the
    top shifts every later page, so the same checks fail.
    """
    if fixed:
        monkeypatch.setattr(paging, "cuts", _fixed_size)
    items = [f"entry-{i:03d}" for i in range(600)]
    before = _render(items, 40)
    counts = []
    for at in range(0, len(items) + 1, 5):
        after = _render([*items[:at], f"added-{at}", *items[at:]], 40)
        changed = _changed(before, after)
        (receiving,) = [p for p, text in after.items() if f"- added-{at}\n" in text]
        counts.append(len(changed))
        if len(changed) == 1:
            assert changed == {receiving}
    # Most insertions change the receiving page alone; one that starts a page, or ends one (its key
    # falls under the threshold), also changes the previous/next links of its neighbours.
    ones = sum(1 for c in counts if c == 1) / len(counts)
    worst = max(counts)
    assert (ones >= 0.8 and worst <= 8) != fixed, (ones, worst)
    if fixed:
        assert _changed(before, _render(["added", *items], 40)) >= set(before)  # at the top: every page


# --------------------------------------------------------------------------------------------
# A corpus whose every list is longer than its (tiny) page
# --------------------------------------------------------------------------------------------
def _write_seeds(folder: Path) -> None:
    """``COPIES`` copies of each sample seed, with their own title, paragraph order, date and outlet."""
    folder.mkdir()
    for i, path in enumerate(sorted(SEEDS.glob("*.txt"))):
        lines = path.read_text(encoding="utf-8").split("\n")
        body = [line for line in lines[1:] if line.strip()]
        for k in range(COPIES):
            name = folder / f"{i}-{k}.txt"
            text = [f"{lines[0]} (copy {k})", *body[k:], *body[:k]]
            name.write_text("\n\n".join(text) + "\n", encoding="utf-8")
            side: dict[str, object] = {"source": ["Outlet A", "Outlet B", "Outlet C"][(i + k) % 3]}
            if k:  # copy 0 keeps whatever date the text states (or none)
                side["date"] = dt.date(2023, 1 + (3 * k + i) % 12, 1 + 5 * i)
            name.with_suffix(".yml").write_text(yaml.safe_dump(side), encoding="utf-8")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    root = tmp_path_factory.mktemp("paging")
    _write_seeds(root / "seeds")
    settings = Settings(seeds=root / "seeds", docs=root / "docs_src", cache=None, publishing=FULL_TEXT)
    return build_corpus(settings, KB, write_cache=False)


@pytest.fixture
def pages(corpus: Corpus, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    for name, size in SMALL.items():
        monkeypatch.setattr(limits, name, size)
    return corpus_pages(corpus, Settings(publishing=FULL_TEXT), KB)


def series(pages: dict[str, str], first: str) -> list[str]:
    """The paths of a paged list, first page first, following each page's "Next →" link."""
    out = [first]
    while match := NEXT.search(pages[out[-1]]):
        out.append(resolve(out[-1], match[1]))
        assert out[-1] in pages and out.count(out[-1]) == 1
    return out


def section(text: str, heading: str) -> str:
    """The Markdown under ``heading`` up to the next heading of the same or a higher level."""
    level = heading.split(" ")[0]
    start = text.index(f"\n{heading}\n") + len(heading) + 2
    ends = [m.start() for m in re.finditer(rf"\n#{{1,{len(level)}}} ", text[start:])]
    return text[start : start + ends[0]] if ends else text[start:]


def targets(text: str, source: str, folder: str) -> list[str]:
    """The slugs of every link on the page at ``source`` that leads into ``folder``."""
    found = [resolve(source, link) for link in LINK.findall(text)]
    return [posixpath.basename(t)[:-3] for t in found if posixpath.dirname(t) == folder]


def rows(text: str) -> Iterator[str]:
    return (line for line in text.split("\n") if line.startswith(("- ", "| ")) and not line.startswith("| Date"))


def test_the_corpus_outgrows_every_tiny_page(corpus: Corpus, pages: dict[str, str]) -> None:
    assert len(corpus.articles) == 5 * COPIES
    assert max(len(a.appearances) for a in corpus.actor_index.actors) > 2 * SMALL["APPEARANCES_PER_PAGE"]
    assert sum(len(a.quotes) for a in corpus.actor_index.actors) > 2 * SMALL["QUOTES_PER_PAGE"]
    assert len(corpus.timeline.entries) > 2 * SMALL["TIMELINE_PER_PAGE"]
    for first in ("quotes.md", "timeline.md", "report.md", "sources/index.md"):
        assert len(series(pages, first)) > 1, first


def test_every_link_leads_to_a_generated_page(corpus: Corpus, pages: dict[str, str]) -> None:
    known = set(pages) | {f"articles/{a.slug}.md" for a in corpus.articles} | {"about.md"}
    for path, text in pages.items():
        if not path.endswith(".md"):
            continue
        for link in LINK.findall(text):
            if not link.startswith("http"):
                assert resolve(path, link) in known, f"{path} links {link}"


def test_actor_pages_list_every_article_once_and_keep_their_head(corpus: Corpus, pages: dict[str, str]) -> None:
    size = SMALL["APPEARANCES_PER_PAGE"]
    paged = 0
    for actor in corpus.actor_index.actors:
        paths = series(pages, f"actors/{actor.slug}.md")
        assert (len(paths) == 1) == (len(actor.appearances) <= size)
        listed: list[str] = []
        for path in paths:
            part = section(pages[path], "## Articles")
            assert len(list(rows(part))) <= size
            listed += targets(part, path, "articles")
        assert listed == [a.slug for a in actor.appearances]  # each exactly once, newest first
        first = pages[paths[0]]
        for alias in actor.aliases:  # every spelling on the first page (in any case), so search finds it there
            assert escape.inline(alias).casefold() in first.casefold()
        for path in paths[1:]:
            paged += 1
            assert pages[path].startswith("---\ntitle: ") and "search:\n  exclude: true\n" in pages[path]
            assert "## Names" not in pages[path] and "← Previous" in pages[path]
            assert re.search(r" · Articles on this page: \d+ \([^)]+\)\.\n", pages[path])  # its own count and range
    assert paged


def test_theme_pages_list_every_article_once(corpus: Corpus, pages: dict[str, str]) -> None:
    size = SMALL["APPEARANCES_PER_PAGE"]
    for theme in corpus.theme_index.themes:
        paths = series(pages, f"themes/{theme.slug}.md")
        listed = [
            slug for path in paths for slug in targets(section(pages[path], "## Articles"), path, "articles")
        ]
        assert listed == [a.slug for a in theme.articles]
        assert all(len(list(rows(section(pages[p], "## Articles")))) <= size for p in paths)


def test_articles_index_links_months_that_hold_every_article_once(corpus: Corpus, pages: dict[str, str]) -> None:
    index = pages["articles/index.md"]
    latest = targets(section(index, "## Latest articles"), "articles/index.md", "articles")
    assert latest == [a.slug for a in corpus.articles[: SMALL["ARTICLES_ON_INDEX"]]]
    months = [resolve("articles/index.md", link) for link in LINK.findall(section(index, "## By month"))]
    assert months and months[-1] == "articles/months/undated.md"  # undated last
    assert months[:-1] == sorted(months[:-1], reverse=True)  # newest month first
    listed: list[str] = []
    for first in months:
        for path in series(pages, first):
            items = [r for r in rows(pages[path]) if r.startswith("- ")]
            assert len(items) <= SMALL["ARTICLES_PER_PAGE"]
            listed += targets("\n".join(items), path, "articles")
    assert Counter(listed) == Counter(a.slug for a in corpus.articles)
    assert {p for p in pages if p.startswith("articles/months/")} == {
        p for first in months for p in series(pages, first)
    }


def test_quotes_timeline_and_report_keep_every_entry_once(corpus: Corpus, pages: dict[str, str]) -> None:
    quotes = [r for p in series(pages, "quotes.md") for r in rows(pages[p])]
    assert len(quotes) == sum(len(a.quotes) for a in corpus.actor_index.actors)
    assert all(len(list(rows(pages[p]))) <= SMALL["QUOTES_PER_PAGE"] for p in series(pages, "quotes.md"))
    entries = [r for p in series(pages, "timeline.md") for r in rows(pages[p]) if r.startswith("- **")]
    assert len(entries) == len(corpus.timeline.entries)
    assert "Years: " in pages["timeline.md"]
    report = build_report(corpus, KB.registry)
    sections = [line for p in series(pages, "report.md") for line in pages[p].split("\n") if line.startswith("### ")]
    assert len(sections) == len(report.articles)
    assert all(pages[p].count("\n### ") <= SMALL["REPORT_ARTICLES_PER_PAGE"] for p in series(pages, "report.md"))
    assert all("search:\n  exclude: true\n" in pages[p] for p in series(pages, "report.md"))
    assert "`python -m generator check` lists them all" in pages["report.md"]  # duplicates: more than 1


def test_an_actor_page_links_its_older_quotes(corpus: Corpus, pages: dict[str, str]) -> None:
    quoted = [a for a in corpus.actor_index.actors if len(a.quotes) > SMALL["QUOTES_ON_ACTOR_PAGE"]]
    assert quoted
    for actor in quoted:
        said = section(pages[f"actors/{actor.slug}.md"], "## What they said")
        listed = list(rows(said))
        assert len(listed) == SMALL["QUOTES_ON_ACTOR_PAGE"] + 1
        (target,) = [resolve(f"actors/{actor.slug}.md", link) for link in LINK.findall(listed[-1])]
        assert f"actors/{actor.slug}.md" in pages[target].replace("../actors/", "actors/")


def test_sources_and_actor_index_stay_bounded(corpus: Corpus, pages: dict[str, str]) -> None:
    for path in series(pages, "sources/index.md"):
        assert pages[path].count("\n## ") <= SMALL["SOURCES_PER_PAGE"]
    outlets = [p for p in pages if re.fullmatch(r"sources/[a-z0-9-]+\.md", p) and p != "sources/index.md"]
    assert outlets
    listed = [s for o in outlets for p in series(pages, o) for s in targets(pages[p], p, "articles")]
    assert Counter(listed) == Counter(a.slug for a in corpus.articles if a.meta.source)  # every busy outlet
    index = pages["actors/index.md"]
    for block in index.split("\n## ")[1:]:
        assert len([r for r in rows(block) if "All " not in r]) <= SMALL["ACTORS_PER_TYPE_ON_INDEX"]
    every = [p for p in pages if p.startswith("actors/types/")]
    listed = [s for p in every for s in targets(pages[p], p, "actors")]
    assert sorted(set(listed)) == sorted(listed)  # each actor of a long type once
    assert all(len(list(rows(pages[p]))) <= SMALL["ACTORS_PER_PAGE"] for p in every)


def test_event_pages_stay_bounded(corpus: Corpus, pages: dict[str, str]) -> None:
    assert all(len(list(rows(pages[p]))) <= SMALL["EVENTS_PER_PAGE"] for p in series(pages, "events/index.md"))
    for group in corpus.events:
        paths = series(pages, f"events/{group.slug}.md")
        columns = [pages[p].split("\n| Headline | ")[1].split("\n")[0].count("](") for p in paths]
        assert sum(columns) == len(group.members) and max(columns) <= SMALL["OUTLETS_ON_EVENT_PAGE"]


def test_pages_are_deterministic(corpus: Corpus, pages: dict[str, str]) -> None:
    assert corpus_pages(corpus, Settings(publishing=FULL_TEXT), KB) == pages


def test_mkdocs_builds_the_paged_site_strictly_with_everything_out_of_the_nav(
    corpus: Corpus, pages: dict[str, str], tmp_path: Path
) -> None:
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    shutil.copytree(ROOT / "overrides", tmp_path / "overrides")
    docs = tmp_path / "docs_src"
    files = dict(pages)
    for a in corpus.articles:  # article pages are not paged: a stub with the timeline's anchors
        anchors = "".join(f'<a id="{e.anchor}"></a>' for e in a.draft.events)
        files[f"articles/{a.slug}.md"] = f"# {a.slug}\n\n{anchors}\n"
    files["about.md"] = (ROOT / "docs_src" / "about.md").read_text(encoding="utf-8")
    for rel, text in files.items():
        (docs / rel).parent.mkdir(parents=True, exist_ok=True)
        (docs / rel).write_text(text, encoding="utf-8")
    cmd = [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(tmp_path / "mkdocs.yml")]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=tmp_path, env=env())
    out = proc.stdout + proc.stderr
    assert proc.returncode == 0, out
    assert "not included in the" not in out and "WARNING" not in out, out
    second = series(pages, "actors/iraq.md")[1].removesuffix(".md")
    assert (tmp_path / "site" / second / "index.html").is_file()
    assert (tmp_path / "site" / "articles" / "months" / "undated" / "index.html").is_file()


def test_report_pages_made_section_by_section_equal_the_whole_report(
    corpus: Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The build makes an article's report section only for a report page it renders; the pages are the same."""
    for name, size in SMALL.items():
        monkeypatch.setattr(limits, name, size)
    by_seed = sorted(corpus.articles, key=lambda a: a.seed)
    lazy = report_pages(build_report(corpus, KB.registry, sections=False), by_seed)
    assert lazy == report_pages(build_report(corpus, KB.registry)) and len(lazy) > 1


def _plain_cuts(keys: Sequence[str], size: int) -> list[int]:
    """``paging.cuts`` as first written: every entry's hash computed before the pages are cut."""
    if len(keys) <= size:
        return [len(keys)]
    low = max(1, size // paging.MIN_FRACTION)
    threshold = min(1 << 64, (1 << 64) * paging.CUT_CHANCE // size)
    values = [paging._cut_value(key) for key in keys]
    ends: list[int] = []
    start = 0
    while start < len(values):
        first, stop = start + low - 1, min(start + size, len(values))
        i, lowest, at = first, 1 << 64, first
        while i < stop:
            if values[i] < threshold:
                break
            if values[i] < lowest:
                lowest, at = values[i], i
            i += 1
        else:
            if start + size > len(values):
                ends.append(len(values))
                break
            i = at
        ends.append(i + 1)
        start = i + 1
    return ends


@given(st.lists(st.text(min_size=1, max_size=6), max_size=300, unique=True), st.integers(1, 40))
def test_cuts_hashing_only_the_entries_that_can_end_a_page_cuts_as_before(keys: list[str], size: int) -> None:
    assert paging.cuts(keys, size) == _plain_cuts(keys, size)
