"""The corpus parts file with its change file reads back exactly what the last build saved."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.cache import PartsStore

KEYS = st.sampled_from([f"part-{i}" for i in range(12)])
PARTS = st.dictionaries(KEYS, st.lists(st.integers(0, 9), max_size=30).map(tuple), max_size=12)


def _saved_then_read(path: Path, parts: dict[str, object]) -> dict[str, object]:
    store = PartsStore(path)
    previous = store.load()  # as a build does: read, then save what it used, the parts it kept as read
    store.save({k: previous[k] if k in previous and previous[k] == v else v for k, v in parts.items()})
    return PartsStore(path).load()


@settings(max_examples=60, deadline=None)
@given(st.lists(PARTS, min_size=1, max_size=8), st.booleans())
def test_every_save_reads_back_as_saved(builds: list[dict[str, object]], large_base: bool) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "parts.pickle"
        # A large whole file first: the later saves are change records appended one after another.
        base: dict[str, object] = {f"base-{i}": tuple(range(300)) for i in range(30)} if large_base else {}
        assert _saved_then_read(path, base) == base
        for parts in builds:
            kept = {**base, **parts} if large_base else parts
            assert _saved_then_read(path, kept) == kept


def test_a_small_change_goes_to_the_change_file_and_a_large_one_rewrites_the_whole(tmp_path: Path) -> None:
    path = tmp_path / "parts.pickle"
    parts: dict[str, object] = {f"part-{i}": tuple(range(200)) for i in range(40)}
    assert _saved_then_read(path, parts) == parts
    whole = path.read_bytes()
    one_more = {**parts, "new": (1, 2, 3)}
    del one_more["part-0"]
    assert _saved_then_read(path, one_more) == one_more
    assert path.read_bytes() == whole  # only the change file was written
    assert path.with_name("parts.pickle.changes").is_file()
    many = {f"other-{i}": tuple(range(200)) for i in range(40)}
    assert _saved_then_read(path, many) == many
    assert path.read_bytes() != whole
    assert not path.with_name("parts.pickle.changes").exists()


def test_a_change_file_of_another_whole_file_or_damaged_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "parts.pickle"
    first: dict[str, object] = {f"part-{i}": tuple(range(100)) for i in range(20)}
    _saved_then_read(path, first)
    changes = path.with_name("parts.pickle.changes")
    _saved_then_read(path, {**first, "new": (1,)})
    kept = changes.read_bytes()
    PartsStore(path).save(first)  # no token read: writes a new whole file and removes the change file
    changes.write_bytes(kept)  # a change file made against the old whole file
    assert PartsStore(path).load() == first
    changes.write_bytes(b"not a pickle")
    assert PartsStore(path).load() == first


def test_a_damaged_record_ends_the_reading_and_the_next_save_writes_the_whole(tmp_path: Path) -> None:
    path = tmp_path / "parts.pickle"
    first: dict[str, object] = {f"part-{i}": tuple(range(100)) for i in range(20)}
    _saved_then_read(path, first)
    second = {**first, "new": (1,)}
    assert _saved_then_read(path, second) == second
    changes = path.with_name("parts.pickle.changes")
    with changes.open("ab") as fh:
        fh.write(b"\x80\x05truncated")
    assert PartsStore(path).load() == second  # the records before the damaged one
    third = {**second, "newer": (2,)}
    assert _saved_then_read(path, third) == third
    assert not changes.exists()  # written whole
