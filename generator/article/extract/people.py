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

import re
from dataclasses import dataclass

from generator.article.extract.authors import MAX_AUTHORS, AuthorCandidate, Bylines, Judge
from generator.article.extract.candidates import MAX_REJECTED
from generator.article.records import Basis
from generator.read.htmlmeta import HtmlMeta
from generator.text.fold import strip_marks

# Text readers that take a name without a byline word or label: weaker than a name the markup states.
UNMARKED = frozenset({"name line", "date line", "author page link"})
# Markup that states a name without typing it: a publisher's or site's name often stands there.
UNTYPED = frozenset({"markup: author tag", "markup: byline element"})


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


# A web or mail address in a name: its host ("http://example.de", "jane@example.de", "example.de").
_HOST = re.compile(r"(?:https?://|@|(?<![\w.@]))(?:www\.)?((?:[\w-]+\.)+[a-z]{2,12})(?![\w.])")


def credits_other_site(name: str, judge: Judge) -> bool:
    """Whether an author tag's ``name`` links to another site than the page's: a theme's or designer's credit."""
    hosts = [m.group(1) for m in _HOST.finditer(name)]
    if not hosts or not judge.site_names:
        return False
    labels = {re.sub(r"\W+", "", label.casefold()) for host in hosts for label in host.split(".")[:-1]}
    labels = {label for label in labels if len(label) >= 4}  # "co" of "co.uk" says nothing
    return bool(labels) and not any(label in site for label in labels for site in judge.site_names)


def _squeezed(text: str) -> str:
    """``text`` folded, without bracketed bits ("[at]") and without anything but letters and digits."""
    return re.sub(r"\W+", "", re.sub(r"\[[^\]]*\]", "", strip_marks(text).casefold()))


def _site_credit(name: str, judge: Judge) -> str:
    """Why an author tag's ``name`` credits the site's or theme's maker, or "" when it does not."""
    if credits_other_site(name, judge):
        return "links to another site (a theme's or designer's credit)"
    if judge.languages.site_credits.search(name):
        return "a theme's or designer's credit"
    return ""


def _tag_names(value: str, judge: Judge) -> list[tuple[str, str]]:
    """The names in one markup value, split at ";" and at an interview's joiner ("A im Gespräch mit B"):
    each piece as written and cleaned (the part before a name break, without byline words)."""
    pieces = [p for p in judge.languages.conversation.sub(";", value).split(";") if p.strip()]
    return [(p, judge.clean(judge.languages.name_breaks.split(p)[0])) for p in pieces]


def _web_address(piece: str, hosts: set[str]) -> bool:
    """Whether a byline markup ``piece`` is a web address with its dots read as spaces ("Www Example De" for
    "www.example.de", "News Example At" for "news.example.at" named in the page's author markup)."""
    words = piece.split()
    squeezed = _squeezed(piece).removeprefix("www")
    return len(words) >= 2 and (words[0].casefold() == "www" or (len(squeezed) >= 5 and squeezed in hosts))


def markup_candidates(meta: HtmlMeta, judge: Judge) -> list[AuthorCandidate]:
    """The author names a saved page's markup states, each judged.

    An author tag that links to another site ("Jane Doe - http://janedoe.example") or says
    "designed by" credits the theme's or the site's maker, not the article's author; the byline
    markup's names that merely repeat it go with it. So do the byline markup's names that repeat
    an author tag turned down for another reason (trafilatura reads the tag into its byline without
    the dots that marked it: "Example Verein e.V." comes back as "Example Verein e V").
    """
    out: list[AuthorCandidate] = []
    credits: list[tuple[str, str]] = []  # (squeezed author tag, why) of the tags turned down as credits
    turned: dict[str, str] = {}  # squeezed author tag names turned down -> why
    kinds = meta.author_types + ("",) * len(meta.authors)
    for name, kind in zip(meta.authors, kinds, strict=False):
        where = f"markup: {'JSON-LD ' + kind if kind else 'author tag'}"
        if kind and kind.lower() != "person":
            out.append(AuthorCandidate(name, where, name, f"an {kind} in the page's markup, not a person"))
            continue
        credit = "" if kind else _site_credit(name, judge)
        if credit:
            out.append(AuthorCandidate(name, where, name, credit))
            credits.append((_squeezed(name), credit))
            continue
        for piece, cleaned in _tag_names(name, judge):
            why = judge.verdict(cleaned, kind.lower() == "person")
            out.append(AuthorCandidate(cleaned or piece, where, name, why))
            if why and not kind:
                turned[_squeezed(cleaned or piece)] = why
    hosts = {  # a host of three labels or more ("news.example.at"): "jane.doe" is an account's name, not a host
        _squeezed(m.group(1))
        for text in (*meta.authors, *meta.marked)
        for m in _HOST.finditer(text)
        if m.group(1).count(".") >= 2
    }
    for piece, cleaned in _tag_names(meta.byline or "", judge):
        key = _squeezed(cleaned or piece)
        credit = next((why for tag, why in credits if key and key in tag), "") or turned.get(key, "")
        if not credit and _web_address(piece, hosts):
            credit = "a web address (the site's), not a name"
        why = credit or judge.verdict(cleaned)
        out.append(AuthorCandidate(cleaned or piece, "markup: byline element", piece.strip(), why))
    return out


MARKED_NAMES = 2  # more different names in author elements are a list (a team, other articles' authors)


def marked_candidates(meta: HtmlMeta, judge: Judge) -> list[AuthorCandidate]:
    """The names in the elements a saved page marks as the author's (``HtmlMeta.marked``), each judged.

    The mark states that a name is the author's, as a byline word does; more than ``MARKED_NAMES``
    different names there are a list, and none of them is kept.
    """
    out: list[AuthorCandidate] = []
    for text in meta.marked:
        for piece, cleaned in _tag_names(text, judge):
            why = judge.verdict(cleaned, stated=True)
            out.append(AuthorCandidate(cleaned or piece, "markup: author element", text, why))
    names = {c.name.casefold() for c in out if not c.rejected}
    if len(names) <= MARKED_NAMES:
        return out
    why = f"one of more than {MARKED_NAMES} names in author elements: a list"
    return [c if c.rejected else AuthorCandidate(c.name, c.source, c.evidence, why) for c in out]


def choose_authors(
    bylines: Bylines, markup: list[AuthorCandidate], marked: list[AuthorCandidate] | None = None
) -> AuthorChoice:
    """The authors: the text's people (unmarked ones only if the markup names them), then the markup's others.

    ``marked``: the names of the page's author elements, read only when nothing else names anyone.
    """
    stated = [c for c in markup if not c.rejected]
    named = [c for c in bylines.candidates if not c.rejected and c.source not in UNMARKED]
    named += [c for c in stated if c.source not in UNTYPED]
    kept = stated
    if named:  # beside a byline's or a typed Person's author, an untyped markup name of no one else is the publisher
        kept = [c for c in stated if c.source not in UNTYPED or any(_same(c.name, n.name) for n in named)]
    text = [
        c
        for c in bylines.candidates
        if not c.rejected and (c.source not in UNMARKED or not stated or any(_same(c.name, m.name) for m in stated))
    ]
    chosen: list[AuthorCandidate] = []
    for cand in text + kept:
        if not any(_same(cand.name, c.name) for c in chosen) and len(chosen) < MAX_AUTHORS:
            chosen.append(cand)
    marked = marked or []
    for cand in marked if not chosen else ():
        if not cand.rejected and not any(_same(cand.name, c.name) for c in chosen):
            chosen.append(cand)
    turned_down = [c.describe() for c in (*bylines.candidates, *markup, *marked) if c.rejected]
    rejected = tuple(dict.fromkeys(turned_down))[:MAX_REJECTED]
    if not chosen:
        return AuthorChoice((), Basis.UNKNOWN, "", rejected)
    first = chosen[0]
    return AuthorChoice(tuple(c.name for c in chosen), Basis.EXPLICIT, first.evidence, rejected, first.source)
