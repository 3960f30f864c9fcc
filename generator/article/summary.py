"""A short summary of an article: its opening sentences, cut at a sentence boundary."""

from __future__ import annotations

from generator.article.items import sentence_spans
from generator.article.records import Cleaned

SUMMARY_WORDS = 60


def summary(cleaned: Cleaned, max_words: int = SUMMARY_WORDS) -> str:
    """The first sentences of the body, at most ``max_words`` words (plain text, unescaped)."""
    paragraphs = [b.items[0] for b in cleaned.blocks if b.kind == "paragraph" and b.items]
    out: list[str] = []
    count = 0
    for para in paragraphs:
        for start, end in sentence_spans(para):
            sentence = para[start:end]
            words = len(sentence.split())
            if count + words > max_words:
                if not out:  # one very long first sentence: cut it at a word boundary
                    return " ".join(sentence.split()[:max_words]) + " …"
                return " ".join(out)
            out.append(sentence.strip())
            count += words
    return " ".join(out)
