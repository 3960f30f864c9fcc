"""Metadata extraction: title, source, authors, date and language of a cleaned article.

``extract_metadata`` is a pure, deterministic function of its input. Each field's basis
follows the rules documented in its module: dates in ``pubdate``, the source in
``source``, authors in ``authors``, numeric date formats in ``dates``, the evidence zones
in ``zone``. Title: the cleaner's title is explicit; a first heading or the first
sentence of the first paragraph is inferred; "Untitled" is unknown.
"""

from __future__ import annotations

from generator.article.extract.authors import scan_bylines
from generator.article.extract.language import body_text, detect_language
from generator.article.extract.pubdate import pick_date
from generator.article.extract.source import pick_source
from generator.article.extract.title import pick_title
from generator.article.extract.zone import make_view
from generator.article.records import Basis, Cleaned, Evidence, Metadata
from generator.knowledge.outlets import Outlets

__all__ = ["extract_metadata"]


def extract_metadata(cleaned: Cleaned, outlets: Outlets) -> Metadata:
    """The metadata of ``cleaned``, each field with the evidence it was found from."""
    table = outlets
    title, title_basis, title_text = pick_title(cleaned.title, cleaned.blocks)
    view = make_view(cleaned)
    bylines = scan_bylines(view, table)
    found_source = pick_source(view, bylines, table, title)
    found_date = pick_date(view)
    language, language_text = detect_language(body_text(cleaned.blocks))

    authors = tuple(name for name, _ in bylines.people)
    source_ev = Evidence(found_source[1], found_source[2]) if found_source else Evidence(Basis.UNKNOWN)
    date_ev = Evidence(found_date[1], found_date[2]) if found_date else Evidence(Basis.UNKNOWN)
    authors_ev = Evidence(Basis.EXPLICIT, bylines.people[0][1].text.strip()) if authors else Evidence(Basis.UNKNOWN)
    language_basis = Basis.UNKNOWN if language == "und" else Basis.INFERRED
    return Metadata(
        title=title,
        source=found_source[0] if found_source else None,
        authors=authors,
        date=found_date[0] if found_date else None,
        date_basis=date_ev.basis,
        language=language,
        evidence=(
            ("title", Evidence(title_basis, title_text)),
            ("source", source_ev),
            ("authors", authors_ev),
            ("date", date_ev),
            ("language", Evidence(language_basis, language_text)),
        ),
    )
