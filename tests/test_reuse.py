"""Corpus index parts reused from the previous build (``corpus.reuse``) give what a build from scratch gives.

Invented reports (places, people and outlets made up for the test) about a few events, built
again after an article is added, changed and removed: the corpus equals the one made without
any reused part, some parts are reused, and the docs equal a build without a cache.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import replace
from pathlib import Path

from generator.article.records import Draft, Extracted
from generator.corpus.link import link
from generator.corpus.records import Corpus
from generator.corpus.reuse import Reuse
from generator.pipeline import build, process_raw
from generator.read import RawInput, discover, load_raw
from generator.settings import Publishing, Settings
from tests.kb import FULL_TEXT, knowledge

KB = knowledge()

_PEOPLE = ["Mara Kovenko", "Teodor Valsky", "Ilse Brandvik", "Oskar Meretti"]
_PLACES = ["Kivo", "Wendelstadt", "Port Arvel"]


def _report(i: int) -> str:
    """Report ``i``: a harbour fire, a bridge closure or a strike, told by two of the invented people."""
    place, a, b = _PLACES[i % 3], _PEOPLE[i % 4], _PEOPLE[(i + 1) % 4]
    day = 3 + i % 3
    story = ["The harbour fire", "The bridge closure", "The dock strike"][i % 3]
    return (
        f"{story} in {place}: report {i}\n\n"
        f"By Lena Ostrova\n\nPublished {day + 1} March 2024\n\n"
        f"{story} in {place} began on {day} March 2024, officials said on Monday. "
        f"{a}, the harbour master of {place}, said the damage to the eastern quay was severe.\n\n"
        f"\u201cWe closed the eastern quay at once and moved every ship,\u201d {a} said. "
        f"{b} told reporters that the workers of {place} had warned about the quay for months.\n\n"
        f"On {day} March 2024 the city council of {place} met in an emergency session about the quay. "
        f"{b} said the council would publish its findings in April.\n"
    )


def _write(seeds: Path, i: int, text: str | None = None) -> Path:
    path = seeds / f"report-{i:02d}.txt"
    path.write_text(text if text is not None else _report(i), encoding="utf-8")
    st = path.stat()  # saved a while before the build (see cache.RACY_NS)
    os.utime(path, ns=(st.st_atime_ns - 60 * 10**9, st.st_mtime_ns - 60 * 10**9))
    return path


def _drafts(seeds: Path) -> tuple[list[Draft], dict[str, str]]:
    """The drafts of every input under ``seeds`` and their digests, as a build makes them."""
    drafts, digests = [], {}
    for found in discover(seeds):
        raw = load_raw(found)
        assert isinstance(raw, RawInput)
        value = process_raw(raw, KB)[0]
        assert isinstance(value, Extracted)
        drafts.append(value.draft)
        digests[raw.seed] = raw.digest()
    return drafts, digests


def _seven_drafts(tmp_path: Path) -> tuple[list[Draft], dict[str, str]]:
    """The drafts and digests of reports 0 to 6, written to ``tmp_path / "seeds"``."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for i in range(7):
        _write(seeds, i)
    return _drafts(seeds)


def _linked(drafts: list[Draft], digests: dict[str, str], previous: Reuse | None,
            publishing: Publishing = FULL_TEXT) -> tuple[Corpus, Reuse]:
    reuse = Reuse(digests, previous.made if previous else {})
    return link(drafts, [], KB, publishing=publishing, reuse=reuse), reuse


def test_reused_parts_give_the_corpus_made_from_scratch(tmp_path: Path) -> None:
    drafts, digests = _seven_drafts(tmp_path)
    first = _linked(drafts[:-1], digests, None)[1]

    def check(drafts: list[Draft], digests: dict[str, str], previous: Reuse,
              publishing: Publishing = FULL_TEXT) -> Reuse:
        corpus, reuse = _linked(drafts, digests, previous, publishing)
        assert corpus == _linked(drafts, digests, None, publishing)[0]
        return reuse

    assert first.made and any(a.slug for a in _linked(drafts, digests, None)[0].actor_index.actors)
    added = check(drafts, digests, first)  # report 6 added
    assert 0 < added.computed < len(added.made)  # some parts were taken from the previous build
    changed_text = _report(2).replace("severe", "light, and Ilse Brandvik agreed")
    changed_draft = replace(
        drafts[2], meta=replace(drafts[2].meta, title="The bridge closure, revised"), summary=changed_text[:40]
    )
    changed = check([*drafts[:2], changed_draft, *drafts[3:]], {**digests, drafts[2].seed: "edited"}, added)
    removed = check(drafts[1:], digests, changed)  # report 0 removed
    # Another publishing mode for one outlet redacts its articles: their records are made again.
    source = drafts[1].meta.source or ""
    check(drafts[1:], digests, removed, Publishing("full", ((source, "excerpt"),)))


def test_a_cached_build_after_added_changed_and_removed_articles_equals_a_build_without_cache(
    tmp_path: Path,
) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    paths = [_write(seeds, i) for i in range(6)]
    settings = Settings(seeds=seeds, docs=tmp_path / "docs", cache=tmp_path / "cache", jobs=1, publishing=FULL_TEXT)

    def same_as_without_cache() -> None:
        plain = tmp_path / "plain"
        build(replace(settings, docs=plain, cache=None), KB)
        tree = {p.relative_to(settings.docs): p.read_bytes() for p in settings.docs.rglob("*") if p.is_file()}
        assert tree == {p.relative_to(plain): p.read_bytes() for p in plain.rglob("*") if p.is_file()}
        shutil.rmtree(plain)

    build(settings, KB)
    assert list((tmp_path / "cache").rglob("parts-*.pickle"))
    _write(seeds, 6)  # added
    assert build(settings, KB).processed == 1
    same_as_without_cache()
    _write(seeds, 3, _report(3).replace("Mara Kovenko", "Oskar Meretti").replace("4 March", "5 March"))  # changed
    assert build(settings, KB).processed == 1
    same_as_without_cache()
    paths[0].unlink()  # removed
    assert build(settings, KB).report.removed
    same_as_without_cache()
    assert build(settings, KB).report.written == []  # a second run writes nothing
