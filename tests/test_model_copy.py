"""The language model's uncompressed copy in the cache: the same model, made only by reruns, never required."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from py3langid.modelio import load_model  # type: ignore[import-untyped]

from generator.article.extract import language
from generator.cache import Cache
from generator.pipeline import build
from generator.settings import Settings
from tests.conftest import SEEDS
from tests.kb import FULL_TEXT, knowledge

TEXT = "The harbour workers of the northern port said on Tuesday that the strike would go on until the talks resumed."


@pytest.fixture(autouse=True)
def _package_model() -> Iterator[None]:
    """Each test starts and ends with the model loaded from the package's own file."""
    language.use_copy(None)
    language.identifier.cache_clear()
    yield
    language.use_copy(None)
    language.identifier.cache_clear()


def _same(a: object, b: object) -> bool:
    if isinstance(a, np.ndarray):
        return isinstance(b, np.ndarray) and a.dtype == b.dtype and np.array_equal(a, b)
    return type(a) is type(b) and a == b and getattr(a, "typecode", None) == getattr(b, "typecode", None)


def test_the_copy_holds_the_model_that_py3langid_loads(tmp_path: Path) -> None:
    copy = Cache(tmp_path, "k").model_copy(language.MODEL_PATH)
    assert copy is not None and copy.parent == tmp_path
    parts = language._from_copy(copy)
    assert parts is not None
    assert all(_same(a, b) for a, b in zip(load_model(language.MODEL_PATH), parts, strict=True))
    before = language.detect_language.__wrapped__(TEXT)
    language.identifier.cache_clear()
    language.use_copy(copy)
    assert language.detect_language.__wrapped__(TEXT) == before == ("en", TEXT[:120])


def test_a_damaged_or_lost_copy_loads_the_package_model(tmp_path: Path) -> None:
    copy = Cache(tmp_path, "k").model_copy(language.MODEL_PATH)
    assert copy is not None
    copy.write_bytes(copy.read_bytes()[: 1 << 20])
    language.use_copy(copy)
    assert language.identifier().classify(TEXT)[0] == "en"
    language.identifier.cache_clear()
    copy.unlink()
    assert language.identifier().classify(TEXT)[0] == "en"


def test_a_read_only_cache_makes_no_copy_and_another_models_copy_is_removed(tmp_path: Path) -> None:
    assert Cache(tmp_path, "k", readonly=True).model_copy(language.MODEL_PATH) is None
    stale = tmp_path / "langid-0000000000000000.npz"
    stale.write_bytes(b"an older model")
    copy = Cache(tmp_path, "k").model_copy(language.MODEL_PATH)
    assert copy is not None and copy.is_file() and not stale.exists()
    assert Cache(tmp_path, "k", readonly=True).model_copy(language.MODEL_PATH) == copy


def test_only_a_rerun_that_processes_an_input_makes_the_copy(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    settings = Settings(seeds=seeds, docs=tmp_path / "docs", cache=tmp_path / "cache", jobs=1, publishing=FULL_TEXT)
    kb = knowledge()
    build(settings, kb)
    assert not list((tmp_path / "cache").glob("langid-*.npz"))  # a cold build: no copy
    build(settings, kb)
    assert not list((tmp_path / "cache").glob("langid-*.npz"))  # nothing processed: the model is not loaded
    (seeds / "added-report.txt").write_text(TEXT * 3, encoding="utf-8")
    language.identifier.cache_clear()  # as in a new build process
    result = build(settings, kb)
    assert result.processed == 1
    assert len(list((tmp_path / "cache").glob("langid-*.npz"))) == 1
    language.identifier.cache_clear()
    (seeds / "added-report.txt").write_text(TEXT * 4, encoding="utf-8")
    again = build(settings, kb)  # the copy is used
    assert again.processed == 1
    assert [a.meta.language for a in again.corpus.articles] == [a.meta.language for a in result.corpus.articles]
