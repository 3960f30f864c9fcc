"""Incremental builds: after one changed seed, only that input is processed and only the pages
it affects are rendered and written; an unchanged corpus renders no article page at all.

The builds run in-process (``generator.pipeline.build``) so the test can count which article
pages were rendered, not only which were written.
"""

from __future__ import annotations

import difflib
import os
import re
import shutil
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from generator import pipeline
from generator.article.records import Cleaned
from generator.corpus.records import Article, Corpus
from generator.corpus.terms import on_grid
from generator.pipeline import BuildResult, build
from generator.render import corpus_page_groups, corpus_pages, export, keyed
from generator.settings import Settings
from tests.conftest import SEEDS
from tests.kb import FULL_TEXT, knowledge

KB = knowledge()


@pytest.fixture
def rendered(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The slugs of the article pages rendered, in order (reset by the test as it goes)."""
    calls: list[str] = []
    real = pipeline.article_page

    def counting(
        article: Article,
        body: Cleaned,
        titles: pipeline.Titles,
        light: bool = False,
        common: frozenset[str] = frozenset(),
    ) -> str:
        calls.append(article.slug)
        return real(article, body, titles, light, common)

    monkeypatch.setattr(pipeline, "article_page", counting)
    yield calls


def _corpus(folder: Path) -> list[Path]:
    """The five sample seeds and a retitled copy of each: ten articles, several related."""
    folder.mkdir()
    out = []
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        out.append(folder / path.name)
        out[-1].write_text(text, encoding="utf-8")
        title, rest = text.split("\n", 1)
        out.append(folder / f"copy-{path.name}")
        out[-1].write_text(f"{title} (second report)\n{rest}", encoding="utf-8")
    return out


def _settings(tmp_path: Path) -> Settings:
    return Settings(
        seeds=tmp_path / "seeds", docs=tmp_path / "docs", cache=tmp_path / "cache", jobs=1, publishing=FULL_TEXT
    )


def _age(paths: list[Path], seconds: int = 60) -> None:
    """Date the inputs back, as files saved a while before the build (see cache.RACY_NS)."""
    for path in paths:
        st = path.stat()
        os.utime(path, ns=(st.st_atime_ns - seconds * 10**9, st.st_mtime_ns - seconds * 10**9))


def _slug_of(result: BuildResult, seed: str) -> str:
    return next(a.slug for a in result.corpus.articles if a.seed == seed)


def test_rerun_renders_and_writes_nothing(tmp_path: Path, rendered: list[str]) -> None:
    _age(_corpus(tmp_path / "seeds"))
    settings = _settings(tmp_path)
    first = build(settings, KB)
    assert first.processed == 10 and len(rendered) == 10
    assert len(first.report.written) > 10
    rendered.clear()
    again = build(settings, KB)
    assert again.processed == 0
    assert rendered == []
    assert again.report.written == [] and again.report.removed == []
    assert sorted(again.report.unchanged) == sorted(first.report.written)


def test_one_changed_seed_reprocesses_and_rewrites_only_what_it_affects(tmp_path: Path, rendered: list[str]) -> None:
    seeds = _corpus(tmp_path / "seeds")
    _age(seeds)
    settings = _settings(tmp_path)
    first = build(settings, KB)
    before = {p: p.read_bytes() for p in settings.docs.rglob("*.md")}
    changed = seeds[3]
    changed.write_text(
        changed.read_text(encoding="utf-8") + "\nA closing paragraph added by the owner, with nothing new in it.\n",
        encoding="utf-8",
    )
    _age([changed], 30)
    rendered.clear()
    second = build(settings, KB)
    slug = _slug_of(first, changed.name)
    assert second.processed == 1
    assert rendered == [slug]  # no other article page was even rendered
    written = set(second.report.written)
    assert f"articles/{slug}.md" in written
    other_articles = {f"articles/{a.slug}.md" for a in first.corpus.articles} - {f"articles/{slug}.md"}
    assert not written & other_articles
    # Everything written really changed; everything else is byte for byte what it was.
    for path, old in before.items():
        rel = path.relative_to(settings.docs).as_posix()
        assert (path.read_bytes() != old) == (rel in written), rel


def test_a_title_change_rerenders_the_pages_that_show_that_title(tmp_path: Path, rendered: list[str]) -> None:
    seeds = _corpus(tmp_path / "seeds")
    _age(seeds)
    settings = _settings(tmp_path)
    first = build(settings, KB)
    target = next(a for a in first.corpus.articles if a.related)
    linking = {a.slug for a in first.corpus.articles if any(r.slug == target.slug for r in a.related)}
    assert linking, "the sample corpus has related articles"
    path = settings.seeds / target.seed
    title, rest = path.read_text(encoding="utf-8").split("\n", 1)
    path.write_text(f"{title} — updated\n{rest}", encoding="utf-8")
    _age([path], 30)
    rendered.clear()
    second = build(settings, KB)
    new_slug = _slug_of(second, target.seed)
    assert new_slug != target.slug
    # Every page that links to the retitled article shows its title (and link), so each is
    # rendered again; no other article page is.
    assert linking <= set(rendered)
    assert set(rendered) <= linking | {new_slug} | set(target.same_event)


def test_edited_generated_page_is_restored(tmp_path: Path, rendered: list[str]) -> None:
    _age(_corpus(tmp_path / "seeds"))
    settings = _settings(tmp_path)
    first = build(settings, KB)
    page = settings.docs / f"articles/{first.corpus.articles[0].slug}.md"
    original = page.read_bytes()
    page.write_bytes(original + b"\nedited by hand\n")
    rendered.clear()
    again = build(settings, KB)
    assert page.read_bytes() == original
    assert again.report.written == [page.relative_to(settings.docs).as_posix()]
    assert rendered == [first.corpus.articles[0].slug]


def test_touched_seed_is_hashed_not_reprocessed(tmp_path: Path) -> None:
    seeds = _corpus(tmp_path / "seeds")
    _age(seeds)
    settings = _settings(tmp_path)
    build(settings, KB)
    seeds[0].touch()
    again = build(settings, KB)
    assert again.processed == 0 and again.report.written == []


def test_build_state_is_rewritten_only_when_an_input_changed(tmp_path: Path) -> None:
    """A rerun that trusted every stat leaves the state file as it was; a new input or a racy one rewrites it."""
    seeds = _corpus(tmp_path / "seeds")
    _age(seeds)
    settings = _settings(tmp_path)
    build(settings, KB)
    (state,) = settings.cache.rglob("state-*.pickle")
    before = state.stat().st_mtime_ns, state.stat().st_ino
    assert build(settings, KB).processed == 0
    assert (state.stat().st_mtime_ns, state.stat().st_ino) == before
    added = _add_article(settings.seeds)
    third = build(settings, KB)
    assert third.processed == 1 and (state.stat().st_mtime_ns, state.stat().st_ino) != before
    added.touch()  # modified after the last build started: hashed, and the state records the new stat
    again = state.stat().st_mtime_ns, state.stat().st_ino
    assert build(settings, KB).processed == 0
    assert (state.stat().st_mtime_ns, state.stat().st_ino) != again
    assert _slug_of(build(settings, KB), added.name) in {a.slug for a in third.corpus.articles}


def test_same_size_change_in_the_same_instant_is_not_missed(tmp_path: Path) -> None:
    """A file rewritten right after a build, same size and same mtime: its stat alone would lie."""
    seeds = _corpus(tmp_path / "seeds")
    settings = _settings(tmp_path)
    first = build(settings, KB)
    target = seeds[0]
    st = target.stat()
    text = target.read_text(encoding="utf-8")
    at = text.rindex("Iraq")
    target.write_text(text[:at] + "Iraz" + text[at + 4 :], encoding="utf-8")  # same size, new text
    os.utime(target, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert target.stat().st_size == st.st_size and target.stat().st_mtime_ns == st.st_mtime_ns
    page = settings.docs / f"articles/{_slug_of(first, target.name)}.md"
    before = page.read_text(encoding="utf-8")
    again = build(settings, KB)
    assert again.processed == 1
    assert "Iraz" in page.read_text(encoding="utf-8") and "Iraz" not in before


def test_lost_cache_entry_is_rebuilt_from_the_input(tmp_path: Path, rendered: list[str]) -> None:
    seeds = _corpus(tmp_path / "seeds")
    _age(seeds)
    settings = _settings(tmp_path)
    first = build(settings, KB)
    html_before = {p: p.read_bytes() for p in (settings.docs / "articles").glob("*.md")}
    # Drop the per-article entries (bodies) but keep the build state, then force one page to render.
    for entry in (tmp_path / "cache").rglob("*.pickle"):
        if not entry.name.startswith("state-"):
            entry.unlink()
    page = settings.docs / f"articles/{first.corpus.articles[0].slug}.md"
    page.unlink()
    rendered.clear()
    build(settings, KB)
    assert rendered == [first.corpus.articles[0].slug]
    assert {p: p.read_bytes() for p in (settings.docs / "articles").glob("*.md")} == html_before


def _tree(docs: Path) -> dict[Path, bytes]:
    """Every file under ``docs`` by its relative path, with its bytes."""
    return {p.relative_to(docs): p.read_bytes() for p in docs.rglob("*") if p.is_file()}


def _built_without_cache(settings: Settings, docs: Path) -> Path:
    """The same seeds built into ``docs`` with no cache and one worker; returns ``docs``."""
    build(Settings(seeds=settings.seeds, docs=docs, cache=None, jobs=1, publishing=FULL_TEXT), KB)
    return docs


def test_no_cache_builds_the_same_pages(tmp_path: Path) -> None:
    _age(_corpus(tmp_path / "seeds"))
    cached = _settings(tmp_path)
    build(cached, KB)
    assert _tree(cached.docs) == _tree(_built_without_cache(cached, tmp_path / "plain"))
    shutil.rmtree(tmp_path / "plain")


def test_a_fresh_checkout_with_the_restored_cache_processes_nothing(tmp_path: Path) -> None:
    """As on the Pages runner: the cache folder is restored, the seeds are a new checkout (new inodes,
    new modification times) and docs_src is empty; every input is hashed, none is processed again."""
    _age(_corpus(tmp_path / "seeds"))
    build(_settings(tmp_path), KB)
    clone = tmp_path / "clone"
    shutil.copytree(tmp_path / "seeds", clone / "seeds")  # new files: other inodes and mtimes
    _age(sorted((clone / "seeds").iterdir()), seconds=30)
    shutil.copytree(tmp_path / "cache", clone / "cache")
    settings = Settings(seeds=clone / "seeds", docs=clone / "docs", cache=clone / "cache", jobs=1, publishing=FULL_TEXT)
    result = build(settings, KB)
    assert result.processed == 0
    assert len(result.corpus.articles) == 10
    assert {p.name for p in (clone / "docs" / "articles").glob("*.md")} == {
        p.name for p in (tmp_path / "docs" / "articles").glob("*.md")
    }


@pytest.fixture
def keyed_renders(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[list[str], list[str], list[str]]]:
    """The keyed corpus pages (``render.keyed``) rendered and kept, in order, and the kept ones that were
    kept with their whole list (``keyed.unchanged``: no key computed); cleared by the test."""
    rendered: list[str] = []
    kept: list[str] = []
    whole: list[str] = []
    real = keyed.Keys.current
    real_list = keyed.Keys.unchanged

    def counting(self: keyed.Keys, path: str, parts: object) -> bool:
        current = real(self, path, parts)
        (kept if current else rendered).append(path)
        return current

    def counting_lists(self: keyed.Keys, first: str, inputs: object) -> bool:
        before = len(self.kept)
        unchanged = real_list(self, first, inputs)
        kept.extend(self.kept[before:])  # a list kept whole: its pages are kept without a key each
        whole.extend(self.kept[before:])
        return unchanged

    monkeypatch.setattr(keyed.Keys, "current", counting)
    monkeypatch.setattr(keyed.Keys, "unchanged", counting_lists)
    yield rendered, kept, whole


def _add_article(seeds: Path) -> Path:
    """One more report of the story of the first sample seed, under a title of its own."""
    source = sorted(SEEDS.glob("*.txt"))[0]
    title, rest = source.read_text(encoding="utf-8").split("\n", 1)
    added = seeds / "zz-added.txt"
    added.write_text(f"{title} (third report)\n{rest}", encoding="utf-8")
    _age([added], 30)
    return added


def test_an_added_article_rerenders_only_the_corpus_pages_that_list_it(
    tmp_path: Path, rendered: list[str], keyed_renders: tuple[list[str], list[str], list[str]]
) -> None:
    again, kept, whole = keyed_renders
    _age(_corpus(tmp_path / "seeds"))
    settings = _settings(tmp_path)
    build(settings, KB)
    every = set(again)
    assert kept == [] and len(every) > 10  # a cold build renders every keyed page
    before = {
        p.relative_to(settings.docs).as_posix(): p.read_text(encoding="utf-8")
        for p in settings.docs.rglob("*")
        if p.is_file()
    }
    again.clear()
    rendered.clear()
    added = _add_article(settings.seeds)
    second = build(settings, KB)
    slug = _slug_of(second, added.name)
    assert second.processed == 1
    # A keyed page is rendered again only when it lists the new article or shows something its
    # addition changed (a count, an order); every other one is kept without being rendered.
    after = {rel: (settings.docs / rel).read_text(encoding="utf-8") for rel in again}
    for rel in again:
        assert slug in after[rel] or after[rel] != before.get(rel), rel
    assert set(kept) == every - set(again) and kept, "pages that do not list the article are kept"
    for rel in kept:
        assert slug not in (settings.docs / rel).read_text(encoding="utf-8"), rel
    assert any(rel.startswith("actors/") for rel in kept)
    # The lists that do not hold it (actors, themes, months, outlets, events) are kept whole, unsplit.
    assert any(rel.startswith("actors/") for rel in whole) and set(whole) <= set(kept)
    assert slug in rendered and len(rendered) < 11  # article pages whose links did not change are kept


def test_a_lost_or_edited_page_of_a_list_the_added_article_leaves_alone_is_made_again(
    tmp_path: Path, keyed_renders: tuple[list[str], list[str], list[str]]
) -> None:
    """A list is kept whole only when every page of it is on disk as written (``Writer.keep_group``)."""
    _, _, whole = keyed_renders
    _age(_corpus(tmp_path / "seeds"))
    settings = _settings(tmp_path)
    build(settings, KB)
    _add_article(settings.seeds)
    build(settings, KB)
    kept_whole = sorted(rel for rel in whole if rel.startswith("actors/"))
    assert kept_whole
    lost, edited = settings.docs / kept_whole[0], settings.docs / kept_whole[-1]
    original_lost, original_edited = lost.read_bytes(), edited.read_bytes()
    lost.unlink()
    edited.write_bytes(original_edited + b"\nedited by hand\n")
    whole.clear()
    result = build(settings, KB)  # the same inputs: the build is not kept whole either, a page is missing
    assert sorted(result.report.written) == sorted({kept_whole[0], kept_whole[-1]})
    assert lost.read_bytes() == original_lost and edited.read_bytes() == original_edited
    assert whole and kept_whole[0] not in whole and kept_whole[-1] not in whole  # their lists were rendered
    assert _tree(settings.docs) == _tree(_built_without_cache(settings, tmp_path / "plain"))


def test_an_incremental_build_equals_a_build_from_scratch(tmp_path: Path) -> None:
    """Keyed pages are never stale: after adding and then changing articles, the docs are byte for
    byte those of a build without any cache."""
    seeds = _corpus(tmp_path / "seeds")
    _age(seeds)
    settings = _settings(tmp_path)
    build(settings, KB)
    _add_article(settings.seeds)
    build(settings, KB)
    seeds[1].write_text(seeds[1].read_text(encoding="utf-8").replace("\n", "\nA new first line.\n", 1), "utf-8")
    _age([seeds[1]], 20)
    build(settings, KB)
    assert _tree(settings.docs) == _tree(_built_without_cache(settings, tmp_path / "plain"))


def _record_inputs(corpus: Corpus) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """The corpus-level fields of each article's export record, by slug."""
    return {a.slug: (tuple(link.slug for link in a.related), a.same_event) for a in corpus.articles}


def test_an_added_article_encodes_only_the_export_records_it_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The rerun takes the unchanged articles' encoded records from the previous build; the document
    is the one a build without cache writes."""
    _age(_corpus(tmp_path / "seeds"))
    settings = _settings(tmp_path)
    before = _record_inputs(build(settings, KB).corpus)
    encoded: list[str] = []
    real = export.article_record

    def counting(article: Article) -> dict[str, object]:
        encoded.append(article.slug)
        return real(article)

    monkeypatch.setattr(export, "article_record", counting)
    _add_article(settings.seeds)
    result = build(settings, KB)
    after = _record_inputs(result.corpus)
    moved = {slug for slug, inputs in after.items() if before.get(slug) != inputs}
    assert _slug_of(result, "zz-added.txt") in moved
    assert set(encoded) == moved and len(encoded) == len(moved) < len(after)
    plain = _built_without_cache(settings, tmp_path / "plain")
    assert (settings.docs / "briefing.json").read_bytes() == (plain / "briefing.json").read_bytes()


def test_corpus_page_families_share_no_path(tmp_path: Path) -> None:
    """The build writes the corpus pages family by family: a path in two families would be written twice."""
    _age(_corpus(tmp_path / "seeds"))
    settings = _settings(tmp_path)
    corpus = build(settings, KB).corpus
    seen: set[str] = set()
    for group in corpus_page_groups(corpus, settings, KB):
        assert not seen & set(group)
        seen |= set(group)
    assert seen == set(corpus_pages(corpus, settings, KB))


# Pages that show a count or a drawing of the whole corpus: one added article legitimately changes
# them without naming it (README, Performance: "One new article publishes in seconds").
CORPUS_HUBS = (
    "index.md",
    "report.md",
    "articles/index.md",
    "actors/index.md",
    "themes/index.md",
    "sources/index.md",
    "events/index.md",
    "actors-network.svg",
    "briefing.json",
    ".briefing-manifest.json",
)
# Lists ordered by a count: an entry whose count grew moves up, possibly to an earlier page.
COUNT_ORDERED = ("actors/types/", "sources/index/")
SYNTH_N = 80  # N and N + 1 weigh the same (corpus.terms.on_grid): no corpus-wide reweighing


def _regridded(before: Corpus, after: Corpus) -> set[str]:
    """The slugs of the articles that hold a name, theme or term whose grid count the addition moved."""

    def counts(corpus: Corpus) -> Counter[str]:
        return Counter(key for a in corpus.articles for key in _keys(a))

    old, new = counts(before), counts(after)
    moved = {key for key in new if on_grid(old[key]) != on_grid(new[key])}
    return {a.slug for a in after.articles if moved & _keys(a)}


def _keys(article: Article) -> set[str]:
    draft = article.draft
    return (
        {f"a:{x.name}" for x in draft.found.actors} | {f"t:{t}" for t in draft.themes} | {k for k, _, _ in draft.terms}
    )


_CONTINUATION_LINK = re.compile(r"(?<=/)[0-9a-f]{8}\.md\)")


def _same_but_continuation_links(old: str, new: str) -> bool:
    """Whether two versions of a page differ only in which continuation page (named by the digest of
    its first entry, ``render.paging``) a link points to: a moved cut renames the page, and every
    link into it must follow."""
    if old == new or not old or not new:
        return False
    return _CONTINUATION_LINK.sub("PAGE)", old) == _CONTINUATION_LINK.sub("PAGE)", new)


def test_an_added_article_rewrites_only_the_pages_that_show_it(tmp_path: Path) -> None:
    """Issue 20, on a synthetic corpus: every page written shows the new article, or is a hub of
    the corpus (counts) or of a name the article links to (an actor's or theme's first page:
    co-mention and quote counts), or is a list page whose only change is its ← Previous / Next →
    links (or a continuation page made or removed when the article moved a cut, or a page whose only
    change is a link to such a renamed continuation page), or is an article
    or event page of an article that holds a name, theme or term whose rounded count
    (``corpus.terms.on_grid``) the addition moved (its related links or the terms its event shares
    are weighed by that count). Every other page is byte for byte what it was."""
    from benchmarks import synth

    _age(synth.make_corpus(tmp_path / "seeds", SYNTH_N))
    settings = _settings(tmp_path)
    first = build(settings, KB)
    before = _tree(settings.docs)
    added = synth.write_article(settings.seeds, SYNTH_N)
    _age([added], 30)
    result = build(settings, KB)
    assert result.processed == 1
    assert on_grid(len(first.corpus.articles)) == on_grid(len(result.corpus.articles))
    after = _tree(settings.docs)
    slug = _slug_of(result, added.relative_to(settings.seeds).as_posix())
    page = after[Path(f"articles/{slug}.md")].decode()
    regridded = _regridded(first.corpus, result.corpus)
    events = {f"events/{g.slug}.md" for g in result.corpus.events if regridded & set(g.members)}
    changed = sorted(rel for rel in before.keys() | after.keys() if before.get(rel) != after.get(rel))
    kinds: dict[str, list[str]] = {"shows it": [], "corpus hub": [], "linked hub": [], "pager": [], "reweighed": []}
    for rel in changed:
        name, old, new = rel.as_posix(), before.get(rel, b"").decode(), after.get(rel, b"").decode()
        lines = set(old.splitlines()) ^ set(new.splitlines())
        if slug in new:
            kinds["shows it"].append(name)
        elif name in CORPUS_HUBS or name.startswith(COUNT_ORDERED):
            kinds["corpus hub"].append(name)
        elif f"(../{name})" in page:
            kinds["linked hub"].append(name)
        elif lines and all("[← Previous]" in line or "[Next →]" in line for line in lines):
            kinds["pager"].append(name)
        elif (rel in before) != (rel in after) and re.fullmatch(r"[0-9a-f]{8}\.md", rel.name):
            kinds["pager"].append(name)  # a continuation page a moved cut made or removed (render.paging)
        elif _same_but_continuation_links(old, new):
            kinds["pager"].append(name)  # its only change: a link to a continuation page a moved cut renamed
        elif name in events or name.removeprefix("articles/").removesuffix(".md") in regridded:
            kinds["reweighed"].append(name)
        else:
            diff = difflib.unified_diff(old.splitlines(), new.splitlines(), lineterm="", n=0)
            kinds.setdefault("other", []).append(name + "\n" + "\n".join(diff))
    assert f"articles/{slug}.md" in kinds["shows it"]
    assert "other" not in kinds, "\n\n".join(kinds["other"])
    assert len(changed) < len(after) // 4, kinds


@pytest.fixture
def families(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """How many times the build asked for the corpus page families (``corpus_page_groups``)."""
    calls: list[int] = []
    real = pipeline.corpus_page_groups

    def counting(*args: object, **kwargs: object) -> Iterator[object]:
        calls.append(1)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "corpus_page_groups", counting)
    yield calls


def test_a_rerun_with_the_same_inputs_renders_no_page_at_all(
    tmp_path: Path, rendered: list[str], families: list[int]
) -> None:
    _age(_corpus(tmp_path / "seeds"))
    settings = _settings(tmp_path)
    first = build(settings, KB)
    assert families == [1]
    families.clear()
    rendered.clear()
    again = build(settings, KB)
    assert families == [] and rendered == []
    assert again.report.written == [] and again.report.removed == []
    assert sorted(again.report.unchanged) == sorted(first.report.written)


def test_a_lost_or_edited_page_is_made_again_when_the_inputs_are_the_same(
    tmp_path: Path, families: list[int]
) -> None:
    _age(_corpus(tmp_path / "seeds"))
    settings = _settings(tmp_path)
    build(settings, KB)
    home = settings.docs / "index.md"
    original = home.read_bytes()
    home.unlink()
    families.clear()
    again = build(settings, KB)
    assert families == [1] and again.report.written == ["index.md"] and home.read_bytes() == original
    home.write_bytes(original + b"\nedited by hand\n")
    again = build(settings, KB)
    assert again.report.written == ["index.md"] and home.read_bytes() == original
    families.clear()
    assert build(settings, KB).report.written == [] and families == []


def test_a_changed_setting_renders_the_pages_again(tmp_path: Path, families: list[int]) -> None:
    _age(_corpus(tmp_path / "seeds"))
    settings = _settings(tmp_path)
    build(settings, KB)
    families.clear()
    renamed = build(replace(settings, site_name="Another Briefing"), KB)
    assert families == [1] and "index.md" in renamed.report.written


def test_article_pages_rendered_by_forked_processes_are_the_same_bytes(
    tmp_path: Path, rendered: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _age(_corpus(tmp_path / "seeds"))
    alone = _settings(tmp_path)
    build(alone, KB)
    assert len(rendered) == 10  # rendered here, one by one
    rendered.clear()
    monkeypatch.setattr(pipeline, "PARALLEL_PAGES", 2)
    forked = replace(alone, docs=tmp_path / "forked", cache=tmp_path / "forked-cache", jobs=2)
    result = build(forked, KB)
    assert rendered == []  # none rendered in this process: the forked ones did it
    assert {f"articles/{a.slug}.md" for a in result.corpus.articles} <= set(result.report.written)
    mine = {p.relative_to(alone.docs): p.read_bytes() for p in alone.docs.rglob("*") if p.is_file()}
    theirs = {p.relative_to(forked.docs): p.read_bytes() for p in forked.docs.rglob("*") if p.is_file()}
    assert mine == theirs


def test_an_added_article_handed_ahead_beside_a_damaged_state_shard_builds_the_same_site(tmp_path: Path) -> None:
    """A rerun hands its new input to a worker before reading the state (``pipeline._Ahead``); an input
    of a damaged shard needs the workers meanwhile: the site is still the one a build without cache makes."""
    from generator.cache import Cache

    _age(_corpus(tmp_path / "seeds"))
    settings = replace(_settings(tmp_path), jobs=2)
    build(settings, KB)
    cache = Cache(settings.cache, KB.digest)
    state = cache.load_state(settings.seeds)
    number = min(state.shards)
    damaged = state.shards[number][0]
    state.shards[number] = (damaged, b"not a shard", b"")
    cache.save_state(settings.seeds, state)
    for digest in damaged:  # their per-article entries lost too: processed again, while the added one is away
        cache._path(digest).unlink()
    _add_article(settings.seeds)
    again = build(settings, KB)
    assert again.processed == 1 + len(damaged)
    assert _tree(settings.docs) == _tree(_built_without_cache(settings, tmp_path / "plain"))
