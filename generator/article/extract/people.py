"""Choose an article's authors among the names its bylines and, for a saved page, its markup give.

The markup's names (JSON-LD ``author``, ``<meta name=author>``, the byline markup trafilatura
reads) are judged like a byline's: an ``Organization`` author, a desk, the site's own name, a
CMS account ("admin") or a comment's author is never a person. A JSON-LD ``Person`` may bear the
site's own name: a personal site is often named after its author. Names from the text come first,
in reading order; a markup name joins them unless it is one of them written differently
("J. Doe" for "Jane Doe"). When the markup names a person, a text name found without a byline
word (a name or date line, an "About ..." link) joins only if the markup names it too: beside a
stated author such lines are mostly a category, a place or a caption (train saved pages
whose gold author is a person: precision 0.900 -> 0.923, recall unchanged; README "Metadata").
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.article.extract.authors import MAX_AUTHORS, AuthorCandidate, Bylines, Judge
from generator.article.extract.candidates import MAX_REJECTED
from generator.article.records import Basis
from generator.read.htmlmeta import HtmlMeta
from generator.text.fold import strip_marks

# Text readers that take a name without a byline word or label: weaker than a name the markup states.
UNMARKED = frozenset({"name line", "date line", "author page link"})


@dataclass(frozen=True)
class AuthorChoice:
    """The authors chosen (maybe none), their basis and evidence, and the names turned down."""

    names: tuple[str, ...]
    basis: Basis
    evidence: str
    rejected: tuple[str, ...]
    source: str = ""


def _same(a: str, b: str) -> bool:
    """Two spellings of one person: equal, or the same last name and first initial."""
    x, y = strip_marks(a).casefold().replace(".", "").split(), strip_marks(b).casefold().replace(".", "").split()
    return x == y or (len(x) >= 2 and len(y) >= 2 and x[-1] == y[-1] and x[0][0] == y[0][0])


def markup_candidates(meta: HtmlMeta, judge: Judge) -> list[AuthorCandidate]:
    """The author names a saved page's markup states, each judged."""
    out: list[AuthorCandidate] = []
    kinds = meta.author_types + ("",) * len(meta.authors)
    for name, kind in zip(meta.authors, kinds, strict=False):
        where = f"markup: {'JSON-LD ' + kind if kind else 'author tag'}"
        if kind and kind.lower() != "person":
            out.append(AuthorCandidate(name, where, name, f"an {kind} in the page's markup, not a person"))
            continue
        for piece in name.split(";") if ";" in name else [name]:
            cleaned = judge.clean(judge.languages.name_breaks.split(piece)[0])
            out.append(AuthorCandidate(cleaned or piece, where, name, judge.verdict(cleaned, kind.lower() == "person")))
    for piece in (meta.byline or "").split(";"):
        if piece.strip():
            cleaned = judge.clean(judge.languages.name_breaks.split(piece)[0])
            out.append(
                AuthorCandidate(cleaned or piece, "markup: byline element", piece.strip(), judge.verdict(cleaned))
            )
    return out


def choose_authors(bylines: Bylines, markup: list[AuthorCandidate]) -> AuthorChoice:
    """The authors: the text's people (unmarked ones only if the markup names them), then the markup's others."""
    stated = [c for c in markup if not c.rejected]
    text = [
        c
        for c in bylines.candidates
        if not c.rejected and (c.source not in UNMARKED or not stated or any(_same(c.name, m.name) for m in stated))
    ]
    chosen: list[AuthorCandidate] = []
    for cand in text + stated:
        if not any(_same(cand.name, c.name) for c in chosen) and len(chosen) < MAX_AUTHORS:
            chosen.append(cand)
    turned_down = [c.describe() for c in (*bylines.candidates, *markup) if c.rejected]
    rejected = tuple(dict.fromkeys(turned_down))[:MAX_REJECTED]
    if not chosen:
        return AuthorChoice((), Basis.UNKNOWN, "", rejected)
    first = chosen[0]
    return AuthorChoice(tuple(c.name for c in chosen), Basis.EXPLICIT, first.evidence, rejected, first.source)
