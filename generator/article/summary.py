"""A short summary of an article: its opening sentences, cut at a sentence boundary."""

from __future__ import annotations

import re
from collections.abc import Callable

from generator.article.items import sentence_spans
from generator.article.records import Cleaned

SUMMARY_WORDS = 60
BYLINE_WORDS = 15  # a longer opening paragraph is the article's lead, even when its dateline dated it
NAME_WORDS = 4  # a byline's name alone on its line, above the date line
OPENING_LINES = 3  # opening paragraphs that may be left out as the byline and date lines
_WORD = re.compile(r"[^\W\d_]+")


def summary(cleaned: Cleaned, max_words: int = SUMMARY_WORDS, skipped: frozenset[int] = frozenset()) -> str:
    """The first sentences of the body, at most ``max_words`` words (plain text, unescaped).

    ``skipped``: the blocks left out, the opening byline and date lines (``opening_stamps``; a saved
    page's article text may open with them).
    """
    blocks = [b for n, b in enumerate(cleaned.blocks) if n not in skipped]
    paragraphs = [b.items[0] for b in blocks if b.kind == "paragraph" and b.items]
    out: list[str] = []
    count = 0
    for para in paragraphs:
        for start, end in sentence_spans(para):
            sentence = para[start:end]
            words = len(sentence.split())
            if count + words > max_words:
                if not out:  # one very long first sentence: cut it at a word boundary
                    return " ".join(sentence.split()[:max_words]) + " …"
                return _joined(out)
            out.append(sentence.strip())
            count += words
    return _joined(out)


def opening_stamps(
    cleaned: Cleaned, bylines: frozenset[str] = frozenset(), byline: Callable[[str], bool] = lambda _: False
) -> frozenset[int]:
    """Indexes of the blocks that are the opening byline and date lines (see ``_stamp``).

    Up to ``OPENING_LINES`` paragraphs, never the last one; the summary and the timeline skip them.
    """
    blocks = [n for n, b in enumerate(cleaned.blocks) if b.kind == "paragraph" and b.items]
    paragraphs = [cleaned.blocks[n].items[0] for n in blocks]
    lead = 0
    while lead < min(len(paragraphs) - 1, OPENING_LINES) and _stamp(paragraphs, lead, bylines, byline):
        lead += 1
    return frozenset(blocks[:lead])


def _stamp(paragraphs: list[str], k: int, bylines: frozenset[str], byline: Callable[[str], bool]) -> bool:
    """Whether opening paragraph ``k`` is a byline or a date line, not the article's lead.

    Short (at most ``BYLINE_WORDS`` words), not running on into the next (no closing comma), and
    either the line the authors or the date were read from, a byline ("By the Politics Team", not
    "By Monday, all schools close"), a
    line with a digit and no lower-case word of four letters or more ("April 28, 2024", "Publié le
    07/02/2024 à 07h30"), or a name of up to four capitalised words right above such a line.
    """
    text = paragraphs[k]
    words = text.split()
    if len(words) > BYLINE_WORDS or text.rstrip().endswith((",", ";")):
        return False
    if " ".join(words) in bylines:
        return True
    if (byline(text) and not _sentence(text)) or _dated(text):
        return True
    name = len(words) <= NAME_WORDS and all(w[:1].isupper() for w in words) and not any(c.isdigit() for c in text)
    return name and k + 1 < len(paragraphs) and _dated(paragraphs[k + 1])


def _dated(text: str) -> bool:
    """A short line with a digit and no lower-case word of four letters or more: a date or time line."""
    return len(text.split()) <= BYLINE_WORDS and any(c.isdigit() for c in text) and not _sentence(text)


def _sentence(text: str) -> bool:
    """Whether ``text`` holds a lower-case word of four letters or more ("By Monday, all schools ...")."""
    return any(w.islower() and len(w) >= 4 for w in _WORD.findall(text))


def _joined(sentences: list[str]) -> str:
    """The sentences in one line; one that ends in a letter or digit (a deck written without a full
    stop) gets one before the next, which would otherwise run on from it ("... in March The ...")."""
    return " ".join(s + "." if k < len(sentences) - 1 and s[-1:].isalnum() else s for k, s in enumerate(sentences))
