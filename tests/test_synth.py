"""The synthetic corpus generator of the scale benchmark (benchmarks/synth.py)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import yaml

from benchmarks import synth
from generator.text.slugs import slugify

N = 30


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_same_n_and_seed_write_byte_identical_files(tmp_path: Path) -> None:
    first = synth.make_corpus(tmp_path / "a", N, seed=3)
    second = synth.make_corpus(tmp_path / "b", N, seed=3)
    assert len(first) == len(second) == N
    assert first == sorted(first)
    assert _snapshot(tmp_path / "a") == _snapshot(tmp_path / "b")
    other = synth.make_corpus(tmp_path / "c", N, seed=4)
    assert _snapshot(tmp_path / "c") != _snapshot(tmp_path / "a")
    assert len(other) == N


def test_a_larger_corpus_only_adds_files(tmp_path: Path) -> None:
    synth.make_corpus(tmp_path / "small", 10)
    synth.make_corpus(tmp_path / "large", 15)
    small, large = _snapshot(tmp_path / "small"), _snapshot(tmp_path / "large")
    assert {k: large[k] for k in small} == small
    assert len(large) == 15


def test_file_types_and_subfolders_are_mixed(tmp_path: Path) -> None:
    paths = synth.make_corpus(tmp_path, 200)
    suffixes = Counter(p.suffix for p in paths)
    assert set(suffixes) == {".txt", ".md", ".html"}
    assert suffixes[".txt"] > 150
    assert any(p.parent != tmp_path for p in paths)
    assert any(p.parent == tmp_path for p in paths)
    md = next(p for p in paths if p.suffix == ".md").read_text(encoding="utf-8")
    front = yaml.safe_load(md.split("---\n")[1])
    assert {"title", "source", "date"} <= set(front)
    page = next(p for p in paths if p.suffix == ".html").read_text(encoding="utf-8")
    for tag in ("<title>", 'property="og:title"', "<nav>", "<article>", "<p>", "<aside>", "<footer>"):
        assert tag in page


def test_titles_and_their_slugs_are_unique() -> None:
    titles = [synth.make_article(i).title for i in range(300)]
    assert len(set(titles)) == len(titles)
    assert len({slugify(t) for t in titles}) == len(titles)
    pairs = [synth.title_pair(i) for i in range(12_000)]
    assert len(set(pairs)) == len(pairs)
    assert not any(ch.isdigit() for t in titles for ch in t)


def test_pages_carry_noise_and_a_body_of_realistic_length(tmp_path: Path) -> None:
    paths = synth.make_corpus(tmp_path, 60)
    texts = [p.read_text(encoding="utf-8") for p in paths if p.suffix == ".txt"]
    joined = "\n".join(texts)
    for chrome in ("Advertisement", "Privacy Policy", "Share", "By "):
        assert chrome in joined
    words = [sum(len(par.split()) for par in synth.make_article(i).paragraphs) for i in range(60)]
    assert 500 <= sum(words) / len(words) <= 1100
    assert min(words) >= 250
    years = {synth.make_article(i).date.year for i in range(60)}
    assert len(years) >= 4


def test_articles_use_the_project_data() -> None:
    reg = synth.registry()
    text = " ".join(par for i in range(20) for par in synth.make_article(i).paragraphs)
    people = [a for a in reg.by_kind["person"] if any(form in text for form in a.nouns)]
    assert len(people) >= 10
    assert any(phrase in text for theme in reg.themes for phrase in theme.phrases)
    outlet_names = {o.name for o in reg.outlets}
    assert all(synth.make_article(i).outlet.name in outlet_names for i in range(20))


def test_change_one_changes_exactly_one_file(tmp_path: Path) -> None:
    synth.make_corpus(tmp_path, N)
    before = _snapshot(tmp_path)
    changed = synth.change_one(tmp_path)
    after = _snapshot(tmp_path)
    assert set(before) == set(after)
    differing = [k for k in before if before[k] != after[k]]
    assert differing == [changed.relative_to(tmp_path).as_posix()]
    old, new = before[differing[0]].decode(), after[differing[0]].decode()
    assert len(old.splitlines()) == len(new.splitlines())
    assert sum(a != b for a, b in zip(old.splitlines(), new.splitlines(), strict=True)) == 1
    # Deterministic: the same edit on an identical corpus.
    synth.make_corpus(tmp_path / "again", N)
    assert synth.change_one(tmp_path / "again").read_bytes() == changed.read_bytes()
