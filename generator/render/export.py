"""``briefing.json``: the whole briefing as data, for other tools."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
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


# What makes one article's record: its key (input digest, slug, mode, actor renames: ``corpus.reuse``),
# its seed and slug, and the corpus-level fields it shows (related slugs, same-event slugs).
RecordKey = tuple[str, str, str, tuple[str, ...], tuple[str, ...]]


@dataclass
class EncodedRecords:
    """Each article's record as encoded in the document, by what makes it, carried from build to build.

    A rerun after one added article encoded all 10,000 synthetic records again; with the previous
    build's encoded records (``Cache.load_export``) it encodes the changed ones only and joins the
    rest (writing the document: 0.47-0.66 s of CPU before, 0.35-0.45 s after). An article without
    a key (``link`` called on drafts alone) is encoded every time.
    """

    previous: Mapping[RecordKey, str] = field(default_factory=dict)
    made: dict[RecordKey, str] = field(default_factory=dict)  # every keyed record of this build
    encoded: int = 0  # keyed records not found in ``previous``
    complete: bool = False  # every article's record was given (the document was written whole)

    def record(self, article: Article) -> escape.Encoded:
        """The encoded record of ``article``: kept, or encoded now."""
        if not article.key:
            return escape.encode(article_record(article))
        key = (article.key, article.seed, article.slug, tuple(link.slug for link in article.related),
               article.same_event)
        text = self.previous.get(key)
        if text is None:
            text = escape.encode(article_record(article)).text
            self.encoded += 1
        self.made[key] = text
        return escape.Encoded(text)

    @property
    def changed(self) -> bool:
        """Whether the next build should be given ``made`` (every record went through and some differ)."""
        return self.complete and (self.encoded > 0 or self.made.keys() != self.previous.keys())


def _article_records(corpus: Corpus, records: EncodedRecords | None) -> Iterator[escape.Encoded]:
    if records is None:
        yield from (escape.encode(article_record(a)) for a in corpus.articles)
        return
    yield from (records.record(a) for a in corpus.articles)
    records.complete = True


def briefing_pieces(corpus: Corpus, records: EncodedRecords | None = None) -> Iterator[str]:
    """The export document in pieces, one record at a time, deterministic and inert inside HTML.

    Streamed to the file (``Writer.put_pieces``): at 10,000 articles the whole document is about
    15 MB of text, and its records, the string, its escaped copies and its bytes were all held at once.
    With ``records`` the articles' records are taken from the previous build where unchanged.
    """
    data = {
        "articles": _article_records(corpus, records),
        "actors": actors_export(corpus.actor_index),
        "themes": themes_export(corpus.theme_index),
        "skipped": [{"seed": s.seed, "reason": s.reason} for s in corpus.skipped],
    }
    return escape.json_pieces(data)


def briefing_json(corpus: Corpus) -> str:
    """The export document as one string (``briefing_pieces`` joined)."""
    return "".join(briefing_pieces(corpus))
