"""A short summary of an article: its opening sentences, cut at a sentence boundary."""

from __future__ import annotations

from generator.article.items import sentence_spans
from generator.article.records import Cleaned

SUMMARY_WORDS = 60
BYLINE_WORDS = 15  # a longer opening paragraph is the article's lead, even when its dateline dated it


def summary(cleaned: Cleaned, max_words: int = SUMMARY_WORDS, bylines: frozenset[str] = frozenset()) -> str:
    """The first sentences of the body, at most ``max_words`` words (plain text, unescaped).

    Opening paragraphs that are one of ``bylines`` (the lines the article's authors and date were
    read from: a saved page's article text may open with its byline or date line) are left out.
    """
    paragraphs = [b.items[0] for b in cleaned.blocks if b.kind == "paragraph" and b.items]
    while paragraphs and len(paragraphs[0].split()) <= BYLINE_WORDS and " ".join(paragraphs[0].split()) in bylines:
        paragraphs = paragraphs[1:]
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


def _joined(sentences: list[str]) -> str:
    """The sentences in one line; one that ends in a letter or digit (a deck written without a full
    stop) gets one before the next, which would otherwise run on from it ("... in March The ...")."""
    return " ".join(s + "." if k < len(sentences) - 1 and s[-1:].isalnum() else s for k, s in enumerate(sentences))
