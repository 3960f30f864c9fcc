"""Tell the language of an article's body paragraphs with py3langid."""

from __future__ import annotations

import functools
from typing import Any

from py3langid.langid import MODEL_FILE, LanguageIdentifier  # type: ignore[import-untyped]

from generator.article.records import Block

UNDETERMINED = "und"
MIN_LETTERS = 40  # below this langid guesses rather than tells
MIN_CONFIDENCE = 0.5
MAX_CHARS = 3_000  # a few paragraphs decide reliably; keeps the per-article cost small


@functools.cache
def identifier() -> Any:
    """The language model, loaded once per process (0.5 s)."""
    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    # Only ISO 639-1 codes may come out; the model also knows some 639-3 ones.
    identifier.set_languages([code for code in identifier.labels if len(code) == 2])
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
