"""Drafts as the build keeps them: interned strings change no value; the language model can be dropped and reloaded."""

from __future__ import annotations

import hashlib
import pickle
from dataclasses import fields, is_dataclass, replace
from pathlib import Path

import pytest

from generator import pipeline
from generator.article.actors.records import ArticleActors, Location, Quote
from generator.article.extract.language import detect_language, identifier
from generator.article.process import process
from generator.article.records import Draft, Extracted
from generator.cache import BuildState, intern_strings, shard_of
from generator.pipeline import build
from generator.read.records import SourceDoc
from generator.settings import Settings
from tests.conftest import SEEDS
from tests.kb import FULL_TEXT, knowledge

# Invented reports: the same actors, themes and page chrome in each, as in a corpus of one outlet.
PAGE = """Ministers meet over the {river} river dam
Share this article
By Ana Lindqvist
12 March 2024
The government of Iraq said on Monday that talks with Turkey about the {river} river dam would resume.
"We will not accept less water," the minister of water resources said after a meeting in Baghdad.
Officials from both countries met in Ankara to discuss the flow of water and the dam's second phase.
Farmers in the south told reporters that the river had fallen to its lowest level in a decade.
Subscribe to our newsletter
"""


def _draft(i: int) -> Draft:
    text = PAGE.format(river=("Tigris", "Euphrates", "Zab")[i % 3])
    result = process(SourceDoc(f"report-{i}.txt", text, "utf-8", len(text)), knowledge())
    assert isinstance(result, Extracted)
    return result.draft


def _strings(value: object) -> list[str]:
    """Every string in a record, depth first (what ``intern_strings`` may touch)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, tuple):
        return [s for item in value for s in _strings(item)]
    if is_dataclass(value) and not isinstance(value, type):
        return [s for f in fields(value) for s in _strings(getattr(value, f.name))]
    return []


def test_interned_drafts_equal_the_unpickled_ones() -> None:
    originals = [_draft(i) for i in range(4)]
    for original in originals:
        data = pickle.dumps(original)
        assert intern_strings(pickle.loads(data)) == pickle.loads(data) == original


def test_recurring_strings_are_shared_between_drafts() -> None:
    first, second = (intern_strings(pickle.loads(pickle.dumps(_draft(i)))) for i in (0, 3))
    assert first.actors and first.actors == second.actors
    for a, b in zip(first.found.actors, second.found.actors, strict=True):
        assert a.name is b.name and a.slug is b.slug
    assert first.meta.language is second.meta.language
    assert first.terms and first.terms[0][0] is second.terms[0][0]
    assert first.seed != second.seed  # a seed is the article's own: kept as it was


def _digest(i: int) -> str:
    return hashlib.sha256(str(i).encode()).hexdigest()


def test_state_round_trip_keeps_every_value() -> None:
    state = BuildState()
    drafts = [_draft(i) for i in range(3)]
    for i, d in enumerate(drafts):
        state.keep(_digest(i), (d, ["a note"]))
    state.seal(BuildState())
    back = pickle.loads(pickle.dumps(state))
    assert not back.kept and not back.opened
    for i, d in enumerate(drafts):
        assert back.has(_digest(i))
        kept = back.result(_digest(i))
        assert kept is not None
        value, notes = kept
        assert isinstance(value, Draft)
        assert value == d and notes == ["a note"]
        assert _strings(value) == _strings(d)
    assert back.result(_digest(9)) is None


def test_drafts_read_from_one_shard_share_their_strings() -> None:
    state = BuildState()
    first, second = (intern_strings(_draft(i)) for i in (0, 3))
    state.keep(_digest(0), (first, []))
    state.keep(_digest(0)[:8] + "0" * 56, (second, []))  # the same shard: the same first eight digits
    state.seal(BuildState())
    back = pickle.loads(pickle.dumps(state))
    a, b = (back.result(d) for d in (_digest(0), _digest(0)[:8] + "0" * 56))
    assert a is not None and b is not None
    assert isinstance(a[0], Draft) and isinstance(b[0], Draft)
    assert a[0].found.actors[0].name is b[0].found.actors[0].name
    assert a[0].meta.language is b[0].meta.language


def test_only_shards_whose_digests_changed_are_packed_again() -> None:
    previous = BuildState()
    drafts = [_draft(i) for i in range(3)]
    for i, d in enumerate(drafts[:2]):
        previous.keep(_digest(i), (d, []))
    previous.seal(BuildState())
    previous = pickle.loads(pickle.dumps(previous))
    state = BuildState()
    for i in range(3):
        state.keep(_digest(i), (drafts[i], []))
    state.seal(previous)
    for number, entry in state.shards.items():
        assert (entry is previous.shards.get(number)) == (_digest(2) not in entry[0])


def test_a_damaged_shard_is_a_miss_and_is_not_carried_over() -> None:
    previous = BuildState()
    previous.keep(_digest(0), (_draft(0), []))
    previous.seal(BuildState())
    number = shard_of(_digest(0))
    previous.shards[number] = (previous.shards[number][0], b"not a shard", b"")
    assert previous.result(_digest(0)) is None
    state = BuildState()
    state.keep(_digest(0), (_draft(0), []))
    state.seal(previous)
    assert state.shards[number][1] != b"not a shard"


def test_model_released_only_for_a_big_corpus_and_reloaded_with_the_same_answer() -> None:
    text = "The minister said that the talks about the water of the river would resume next week in the capital."
    before = detect_language(text)
    model = identifier()
    assert not pipeline.release_article_resources(pipeline.RELEASE_MODEL_AT - 1)
    assert identifier() is model
    assert pipeline.release_article_resources(pipeline.RELEASE_MODEL_AT)
    assert identifier.cache_info().currsize == 0
    assert detect_language(text) == before == ("en", text[:120])
    assert identifier() is not model



def _tree(docs: Path) -> dict[Path, bytes]:
    return {p.relative_to(docs): p.read_bytes() for p in docs.rglob("*") if p.is_file()}


def test_a_build_that_releases_the_model_between_batches_builds_the_same_site(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def settings(name: str) -> Settings:
        return Settings(seeds=SEEDS, docs=tmp_path / name, cache=tmp_path / f"cache-{name}", jobs=2,
                        publishing=FULL_TEXT)

    kept = build(settings("kept"), knowledge())
    monkeypatch.setattr(pipeline, "RELEASE_MODEL_AT", 1)
    monkeypatch.setattr(pipeline, "BATCH", 2)  # released after the first batch, before the workers' later files
    released = build(settings("released"), knowledge())
    assert identifier.cache_info().currsize == 0
    assert [a.meta.language for a in released.corpus.articles] == [a.meta.language for a in kept.corpus.articles]
    assert _tree(tmp_path / "released") == _tree(tmp_path / "kept")


def _round_trip(drafts: list[Draft]) -> list[Draft]:
    state = BuildState()
    for i, d in enumerate(drafts):
        state.keep(_digest(i), (d, []))
    state.seal(BuildState())
    back = pickle.loads(pickle.dumps(state))
    out = []
    for i in range(len(drafts)):
        kept = back.result(_digest(i))
        assert kept is not None and isinstance(kept[0], Draft)
        out.append(kept[0])
    return out


def _quoted_draft() -> Draft:
    """An invented draft whose first actor said something (its own name as the speaker)."""
    draft = _draft(0)
    first = draft.found.actors[0]
    said = Quote("We will not accept less water.", first.name, Location(3, 0, 1, 31))
    actors = ArticleActors((replace(first, quotes=(said,), roles=("minister",)), *draft.found.actors[1:]))
    return replace(draft, found=actors)


def test_heavy_fields_of_state_records_are_loaded_when_first_read() -> None:
    original = _quoted_draft()
    assert len(original.found.actors) >= 2
    (back,) = _round_trip([original])
    first, second = back.found.actors[:2]
    for record in (first, second, back.meta):
        assert "_later" in record.__dict__ and "evidence" not in record.__dict__
    assert first.name == original.found.actors[0].name and first.mentions == original.found.actors[0].mentions
    assert first.sentence == original.found.actors[0].sentence  # loads this actor's heavy fields only
    assert "_later" not in first.__dict__ and first.quotes == original.found.actors[0].quotes
    assert "_later" in second.__dict__ and "_later" in back.meta.__dict__
    assert back.meta.basis_of("title") == original.meta.basis_of("title")
    assert back == original and repr(back) == repr(original)


def test_a_state_record_tells_whose_quotes_it_holds_without_loading_them() -> None:
    original = _quoted_draft()
    quoted = original.found.actors[0]
    renamed = replace(quoted, quotes=tuple(replace(q, speaker="Someone Else") for q in quoted.quotes))
    actors = ArticleActors(tuple(renamed if a is quoted else a for a in original.found.actors))
    (back,) = _round_trip([replace(original, found=actors)])
    for before, after in zip(actors.actors, back.found.actors, strict=True):
        assert after.quoted_as_itself() == before.quoted_as_itself()
        assert "_later" in after.__dict__  # answered without loading
    assert not next(a for a in back.found.actors if a.name == quoted.name).quoted_as_itself()


def test_a_state_in_the_earlier_layout_reads_as_empty() -> None:
    state = BuildState(started_ns=5, inputs={"a.txt": ((1, 2, 3), _digest(0))})
    data = pickle.loads(pickle.dumps(state))
    assert data.inputs
    older = {"started_ns": 5, "inputs": dict(state.inputs), "shards": {}}  # saved without a layout
    empty = BuildState.__new__(BuildState)
    empty.__setstate__(older)
    assert not empty.inputs and not empty.shards and empty.started_ns == 0


def test_a_shard_packed_again_keeps_what_was_never_read_and_equals_the_drafts() -> None:
    drafts = [_quoted_draft(), _draft(1)]
    back = _round_trip(drafts)
    back[0].found.actors[0].sentence  # noqa: B018 - one record loaded, the others not
    again = _round_trip(back)
    assert again == drafts and [repr(d) for d in again] == [repr(d) for d in drafts]
    hints = [a.quoted_as_itself() for a in again[0].found.actors]
    assert hints == [a.quoted_as_itself() for a in drafts[0].found.actors]


def test_a_shard_whose_heavy_part_is_damaged_is_a_miss() -> None:
    state = BuildState()
    state.keep(_digest(0), (_draft(0), []))
    state.seal(BuildState())
    number = shard_of(_digest(0))
    digests, light, heavy = state.shards[number]
    state.shards[number] = (digests, light, heavy[:-1] + bytes([heavy[-1] ^ 1]))
    assert state.result(_digest(0)) is None
