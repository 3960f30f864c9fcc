"""Seed-level facts: what the five sample articles state about themselves."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from generator.article.clean import clean
from generator.article.extract import extract_metadata
from generator.article.records import Basis, Cleaned, Metadata
from tests.kb import knowledge
from tests.test_extract_support import SEEDS, crude_cleaned

KB = knowledge()

Cleaner = Callable[[str], Cleaned]


def _real_cleaner(text: str) -> Cleaned:
    return clean(text, KB.boilerplate)


CLEANERS: dict[str, Cleaner] = {"crude": crude_cleaned, "real": _real_cleaner}


def _seed(prefix: str, cleaner_name: str) -> Metadata:
    cleaner = CLEANERS[cleaner_name]
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return extract_metadata(cleaner(path.read_text(encoding="utf-8")), KB)


BOTH = pytest.mark.parametrize("cleaner", ["crude", "real"])


@BOTH
def test_seed_000(cleaner: str) -> None:
    m = _seed("000", cleaner)
    assert (m.date, m.date_basis) == (dt.date(2024, 2, 8), Basis.EXPLICIT)
    # The seed misspells the outlet ("IntelIi"); a near spelling is never matched to a known outlet.
    assert m.source == "bne IntelIiNews"
    assert m.basis_of("source").basis == Basis.EXPLICIT
    assert m.authors == ()  # the byline names only the outlet
    assert m.language == "en"


@BOTH
def test_seed_001(cleaner: str) -> None:
    m = _seed("001", cleaner)
    assert (m.date, m.date_basis) == (None, Basis.UNKNOWN)
    assert m.source == "Izvestia"
    assert m.basis_of("source").basis == Basis.INFERRED
    assert m.authors == ()  # "Photo: ..." names a photographer, not an author
    assert m.language == "en"


@BOTH
def test_seed_002(cleaner: str) -> None:
    m = _seed("002", cleaner)
    assert (m.date, m.date_basis) == (dt.date(2020, 2, 7), Basis.EXPLICIT)
    assert m.basis_of("date").text == "07 February, 2020"
    assert m.source is None
    assert m.authors == ()
    assert m.language == "en"


@BOTH
def test_seed_003(cleaner: str) -> None:
    m = _seed("003", cleaner)
    assert (m.date, m.date_basis) == (None, Basis.UNKNOWN)
    assert m.source is None
    assert m.authors == ()
    assert m.language == "en"


@BOTH
def test_seed_004(cleaner: str) -> None:
    m = _seed("004", cleaner)
    assert (m.date, m.date_basis) == (None, Basis.UNKNOWN)  # reference-list and body dates never count
    assert m.source == "Strategy International"
    assert m.basis_of("source").basis == Basis.EXPLICIT
    assert m.authors == ()  # the "Author" label is followed by social links only
    assert m.language == "en"
