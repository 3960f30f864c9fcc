"""Tell the language of an article's body paragraphs with py3langid."""

from __future__ import annotations

import contextlib
import functools
from array import array
from pathlib import Path
from typing import Any

import numpy as np
from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier  # type: ignore[import-untyped]
from py3langid.modelio import load_model  # type: ignore[import-untyped]

from generator.article.records import Block

# The package's model: an LZMA-compressed NumPy archive. Decompressing it is most of loading it.
MODEL_PATH = Path(MODEL_DIR) / MODEL_FILE

UNDETERMINED = "und"
MIN_LETTERS = 40  # below this langid guesses rather than tells
MIN_CONFIDENCE = 0.5
MAX_CHARS = 3_000  # a few paragraphs decide reliably; keeps the per-article cost small


# An uncompressed copy of ``MODEL_PATH`` to load instead (``use_copy``); a missing or damaged copy is ignored.
_copy: dict[str, Path] = {}


def use_copy(path: Path | None) -> None:
    """Load the model from ``path``, the package's model file decompressed (``cache.Cache.model_copy``), from now on."""
    _copy.clear()
    if path is not None:
        _copy["path"] = path


def _unsigned(values: Any) -> array[int]:
    """An unsigned NumPy array as py3langid's own loader hands it on: a stdlib array of the same item size."""
    out = array({2: "H", 4: "I", 8: "L"}[values.dtype.itemsize])
    out.frombytes(np.ascontiguousarray(values).tobytes())
    return out


def _from_copy(path: Path) -> tuple[Any, ...] | None:
    """The model's parts read as ``py3langid.modelio.load_model`` reads them, from the uncompressed archive."""
    with contextlib.suppress(Exception), np.load(path, allow_pickle=False) as data:  # a bad copy is a miss
        return (data["ptc"], data["pc"], data["classes"].tolist(), _unsigned(data["nextmove"]),
                _unsigned(data["nextmove_row"]), data["out_feat"].tolist())
    return None


@functools.cache
def identifier() -> Any:
    """The language model, loaded once per process: 0.6 s of CPU from the package's compressed file, of which
    decompressing is 0.4 s; about 0.1 s from the uncompressed copy a build's cache keeps (``use_copy``).
    """
    copy = _copy.get("path")
    parts = (_from_copy(copy) if copy is not None else None) or load_model(MODEL_PATH)
    ptc, pc, classes, nextmove, row, output = parts
    identifier = LanguageIdentifier(np.asarray(ptc), np.asarray(pc), classes, nextmove, output, norm_probs=True,
                                    tk_row=row)
    # Only ISO 639-1 codes may come out; the model also knows some 639-3 ones.
    identifier.set_languages([code for code in identifier.labels if len(code) == 2])
    # The kept columns come out column-major; scoring gathers one row per feature seen, three times
    # faster from a row-major copy (same values, so the same scores; about 0.4 ms per article).
    identifier.nb_ptc = np.ascontiguousarray(identifier.nb_ptc)
    return identifier


def body_text(blocks: tuple[Block, ...]) -> str:
    """The article's paragraph text, capped at MAX_CHARS."""
    text = "\n".join(item for block in blocks if block.kind == "paragraph" for item in block.items)
    return text[:MAX_CHARS]


def has_letters(text: str, least: int) -> bool:
    """Whether ``text`` holds at least ``least`` letters; counting stops there (a body has thousands)."""
    count = 0
    for ch in text:
        if ch.isalpha():
            count += 1
            if count >= least:
                return True
    return least <= 0


@functools.lru_cache(maxsize=8)
def detect_language(text: str) -> tuple[str, str]:
    """(ISO 639-1 code or "und", the text it was told from).

    Remembered for the last few texts: the cleaner tells a page's language from the rules' body to
    choose its per-language model, and the metadata tells it again from the same body when no model
    changed it; the second call then costs a dictionary lookup, not another classification."""
    if not has_letters(text, MIN_LETTERS):
        return UNDETERMINED, ""
    code, confidence = identifier().classify(text)
    if confidence < MIN_CONFIDENCE:
        return UNDETERMINED, ""
    return str(code), text[:120].split("\n")[0]
