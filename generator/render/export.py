"""``briefing.json``: the whole briefing as data, for other tools."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from generator.corpus.records import Article, Corpus
from generator.render import escape
from generator.render.actors import actors_export
from generator.render.themes import themes_export


def article_record(article: Article) -> dict[str, Any]:
    """One article's entry; text fields are the plain extracted values (JSON-escaped on output)."""
    meta = article.meta
    return {
        "seed": article.seed,
        "path": f"articles/{article.slug}.md",
        "slug": article.slug,
        "title": meta.title,
        "source": meta.source,
        "authors": list(meta.authors),
        "date": meta.date.isoformat() if meta.date else None,
        "date_basis": meta.date_basis.value,
        "language": meta.language,
        "url": escape.safe_url(meta.url),
        "word_count": article.draft.word_count,
        "actors": list(article.draft.actors),
        "themes": list(article.draft.themes),
        "related": [link.slug for link in article.related],
        "same_event": list(article.same_event),
    }


def briefing_pieces(corpus: Corpus) -> Iterator[str]:
    """The export document in pieces, one record at a time, deterministic and inert inside HTML.

    Streamed to the file (``Writer.put_pieces``): at 10,000 articles the whole document is about
    15 MB of text, and its records, the string, its escaped copies and its bytes were all held at once.
    """
    data = {
        "articles": (article_record(a) for a in corpus.articles),
        "actors": actors_export(corpus.actor_index),
        "themes": themes_export(corpus.theme_index),
        "skipped": [{"seed": s.seed, "reason": s.reason} for s in corpus.skipped],
    }
    return escape.json_pieces(data)


def briefing_json(corpus: Corpus) -> str:
    """The export document as one string (``briefing_pieces`` joined)."""
    return "".join(briefing_pieces(corpus))
