"""Find the outlet that published an article and say how it was found.

A known outlet (``outlets.yml``) is recognised by its name, an alias or a domain, exactly after
folding; an unknown one is reported under the name the page gives itself. Candidates, in this
order of preference:

Saved pages (their markup names the site): ``og:site_name`` (or ``application-name``) unless it
is one of the words below or a template's placeholder ("{$site_name}"); the
JSON-LD publisher, unless it is a publishing group's name (a group word such as "Group",
"Verlag", "Media Group") and a publication name can be found otherwise; the known outlet whose
domain the page's address is on. Then the text rules below, then, as a last resort, the page's
domain itself, ``inferred`` (the archived site's domain for a web archive's copy).

Text (explicit): an outlet in a byline ("By Outlet", "A | Outlet"); an agency in a dateline
("CAIRO (Reuters) -", "MOSCOW, March 9. /TASS/."); a masthead: a known outlet standing alone
(or before a separator) on a header or footer line; a copyright line that reads as the site's
footer ("© 2024 Outlet", "Copyright © Outlet", "copyright and property of Outlet"): nothing but
notice words or footer links before the ©, and a year, "all rights reserved" or a place among the
page's last lines, when the page also names the holder outside its notices and its prose (a masthead,
the title line, a menu or footer link) or the holder fits the page's domain. Inferred: a copyright
holder the page names nowhere else (a publishing group, a parent firm or a web agency holds the rights
of sites named otherwise); an unknown all-caps line above the headline (as often a section or a
menu as a masthead); a known outlet's short spelling ("FT") alone on a line; a copyright holder
that is a company ("… GmbH", "… Verlag", "… Media") and does not fit the page's domain (on a saved
page the domain itself is then preferred), or that is the article's own author; a known outlet
that the body says people "told" at least twice; a known outlet's domain in a URL standing alone
on a header or footer line; a known outlet's name of two words or more in a short header or footer
line.

Never the publisher (word lists in ``outlets.yml``, ``not_outlets:``): a menu, page-control or
section word ("MENU", "About us", "Log in"), a licence or rights notice ("Creative Commons",
"Derechos reservados"), a template, theme or software credit, a photo credit (a caption before the
©, a "Name / Agency" credit, a stock site), a single unknown word after a byline word (a person or
a handle) or a desk ("Redaktion X"), a name that runs on into a phrase ("Datenbank für …"), a
link in a menu, "according to X" or "citing X" (attribution), one known word or a short known
name inside a phrase ("Spiegel europäischer Kunst"), names inside the body.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from generator.article.extract.authors import Bylines
from generator.article.extract.candidates import MAX_REJECTED
from generator.article.extract.names import leading_name, looks_like_outlet
from generator.article.extract.zone import View, snippet, word_count
from generator.article.records import Basis, Line, Role
from generator.knowledge.languages import Languages
from generator.knowledge.outlets import NotOutlets, Outlets
from generator.knowledge.registry_index import Registry
from generator.read.htmlmeta import HtmlMeta
from generator.read.urls import host_of
from generator.text.namefold import fold
from generator.text.stopwords import STOPWORDS
from generator.text.tokens import fold_phrase

_AGENCY = r"(?:\((?P<agency>[^)]{2,40})\)\s*[-–—:]|/(?P<slashed>[A-Z][\w-]{1,20})/)"
_DATELINE = re.compile(rf"^\s*[A-ZÀ-ÞА-Я][A-ZÀ-ÞА-Я .'’-]{{1,40}}(?:,[^()/]{{0,60}})?\s*{_AGENCY}")
# "Baghdad (AFP) -": a title-case place only counts before a known outlet.
_DATELINE_TITLE = re.compile(rf"^\s*[A-ZÀ-ÞА-Я][\w.'’-]+(?: [A-ZÀ-ÞА-Я][\w.'’-]+){{0,3}},?\s*{_AGENCY}")
_COPYRIGHT = re.compile(
    # "© 2024 X", "Copyright © 2024 X" and "© Copyright 2024 X" all name X.
    r"(?:©\s*(?:copyright\b)?|\(c\)(?=\s*\d{4})|\bcopyright\b\s*(?:©|\(c\))?)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?"
    r"(?:by\s+)?(?P<rest>.*)",
    re.I,
)
_SHORT = 4  # a known outlet's spelling this short alone on a line is a guess (outlets.py matches it exactly)
_FOOT = 10  # a page's last lines: a bare "© Name" there is the site's notice, not a photo credit
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_SEGMENT = re.compile(r"\s[|·•:–—]\s|\s-\s|\s{3,}|[|·•]")
_COPYRIGHT_START = re.compile(r"^\s*(?:©|\(c\)|copyright\b)", re.I)
_NOTICE = re.compile(r"©|\(c\)\s*\d|\bcopyright\b", re.I)
_PROSE = (Role.BODY, Role.QUOTE, Role.HEADING, Role.LIST_ITEM, Role.TABLE_ROW)
_PROPERTY = re.compile(r"\bcopyright\s+(?:(?:and|&)\s+property\s+)?of\s+(?P<rest>.*)", re.I)
_SEPARATOR = re.compile(r"[|·•:–—]|\s-\s")
_MENU = re.compile(r"^\s*(?:[•·*▪●◦■□►▶]|\d{1,2}[.)])\s")
_CAPS = re.compile(r"^[A-ZÀ-ÞА-Я0-9][A-ZÀ-ÞА-Я0-9&'’ .-]{2,40}$")
_TOLD = re.compile(
    r"\b(?:told|said to|speaking to|spoke to|in an interview with|in comments to)\s+"
    r"(?P<rest>(?:the\s+)?[A-ZА-Я][^\s,.;:)]*(?:\s+[A-ZА-Я][^\s,.;:)]*){0,4})"
)
_ATTRIBUTION = re.compile(r"\baccording to\b|\bciting\b|\bcited by\b|\breported by\b", re.I)
_URL = re.compile(r"^\s*(?:[\w ]{1,20}:\s*)?https?://(?P<host>[^/\s:]+)\S*\s*$")
_GROUP = re.compile(
    r"\b(?:group|gruppe|groupe|grupo|gruppo|holding|holdings|verlag|verlagsgruppe|mediengruppe)\b", re.I
)
Found = tuple[str, Basis, str, str]  # name, basis, evidence, where
# A domain spells umlauts out ("Natürlich" on natuerlich.example); folding alone drops the dots.
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})
# Parts of a stated site name: "Headline - Site", "Site | Section", "Site • Tagline".
_SITE_PARTS = re.compile(r"\s+[|·•–—-]\s+")  # "Name|News" without spaces is one name
_MENU_WORDS = 4  # a line of this many more capitalised words without punctuation is a menu (see ``_in_menu``)
_SENTENCE_NAME = 4  # a copyright holder's name in sentence case: at most this many words (``_sentence_cased``)
_TAGLINE_WORDS = 7  # a stated site name this long that does not fit the domain is a tagline or a headline


@dataclass(frozen=True)
class SourceChoice:
    """The outlet (None when not named), its basis, evidence, where it was found and the names turned down."""

    name: str | None
    basis: Basis
    evidence: str
    source: str = ""
    rejected: tuple[str, ...] = ()


@dataclass(frozen=True)
class Context:
    """What the source rules read besides the lines: outlets, word lists and the registry's places."""

    outlets: Outlets
    languages: Languages
    registry: Registry

    def section_label(self, name: str) -> bool:
        """A country or region, or a single common word: what a site's section is called."""
        return fold_phrase(name) in self.registry.place_names

    def not_a_name(self, name: str, authors: frozenset[str] = frozenset()) -> str:
        """Why an unknown candidate cannot be an outlet's name ("" when it can)."""
        words = self.outlets.not_outlets
        key = fold(name)
        if len(key.replace(" ", "")) < 3 or key in STOPWORDS:
            return "a fragment, not a name"  # "Copyleft © 2016 The": an article alone
        if re.search(r"[{}$<>]", name):
            return "a template's placeholder"
        lead = name.split()[0]
        glue = self.languages.words("fillers") | self.languages.words("particles")
        if (lead.islower() and lead in glue and " " in name.strip()) or key.startswith("the author"):
            return "a fragment, not a name"  # "in Category", "on Monday"
        if words.only("menu", name) or words.has("menu_marks", name):
            return "a menu or page-control word"
        if words.has("licences", name) or words.has("rights", name) or words.has("notices", name):
            return "a licence or rights notice"
        if words.has("software", name):
            return "a template or software credit"
        if words.has("photo", name):
            return "a photo agency"
        if key in authors:
            return "the article's author"
        if self.section_label(name):
            return "a section label, not an outlet"
        return ""


def _from_bylines(
    bylines: Bylines, ctx: Context, rejected: list[str], host: str, authors: frozenset[str]
) -> Found | None:
    ranked = sorted(bylines.outlets, key=lambda item: item[1] is None)
    staff = ctx.languages.words("staff")
    for name, outlet, line in ranked:
        why = ""
        if outlet is None and not fits_domain(name, host, ctx):
            why = ctx.not_a_name(name, authors)
            if not why and len(name.split()) == 1 and not _org_word(name, ctx):
                why = "one word after a byline word: a person's name or a handle"
            if not why and any(fold(w) in staff for w in name.split()):
                why = "a desk or staff credit, not an outlet"
        elif ctx.section_label(name):
            why = "a section label, not an outlet"
        if why:
            rejected.append(f"{name} ({line.text.strip()[:80]}) — {why}")
            continue
        return name, Basis.EXPLICIT, snippet(line.text, 0, 0), "byline"
    return None


def _authors(bylines: Bylines) -> frozenset[str]:
    return frozenset(fold(name) for name, _ in bylines.people)


def _org_word(name: str, ctx: Context) -> bool:
    return any(fold(w) in ctx.languages.organisations for w in name.split())


def fits_domain(name: str, host: str, ctx: Context) -> bool:
    """Whether ``name`` is the known outlet of ``host`` or spells one of its labels ("Der Standard", derstandard.at)."""
    if not host:
        return False
    outlet = ctx.outlets.by_domain(host)
    if outlet is not None and ctx.outlets.lookup(name) is outlet:
        return True
    spellings = {fold(name).replace(" ", ""), fold(name.translate(_UMLAUTS)).replace(" ", "")}
    labels = [fold(x).replace(" ", "") for x in host.lower().removeprefix("www.").split(".")[:-1]]
    for label in labels:
        for squashed in spellings:
            short, long = sorted((label, squashed), key=len)
            if short and (short == long or (len(short) >= 4 and short in long)):
                return True
    return False


def _from_dateline(view: View, ctx: Context) -> Found | None:
    for line in view.header:
        m = _DATELINE.match(line.text)
        caps = m is not None
        m = m or _DATELINE_TITLE.match(line.text)
        if m is None:
            continue
        agency = (m.group("agency") or m.group("slashed")).strip()
        outlet = ctx.outlets.lookup(agency)
        # "/TASS/": an unknown name between slashes only in capitals ("TV/Series/DVD" is a list).
        plain = m.group("agency") is not None or agency.isupper()
        if outlet is not None or (
            caps and plain and looks_like_outlet(agency, ctx.languages) and not ctx.not_a_name(agency)
        ):
            name = outlet.name if outlet else agency
            return name, Basis.EXPLICIT, snippet(line.text, m.start(), m.end()), "dateline"
    return None


def _legal_name(name: str, ctx: Context) -> str:
    """``name`` without a trailing legal form ("Example Media GmbH & Co. KG" is "Example Media")."""
    forms = ctx.outlets.not_outlets.words("legal_forms")
    words = name.split()
    for i, word in enumerate(words):
        if i and fold(word) in forms:
            words = words[:i]
            break
    return " ".join(words).strip(" &,.-–")


def _copyright_verdict(line: Line, m: re.Match[str], name: str, ctx: Context, last: frozenset[int]) -> str:
    """Why a copyright line's holder is not the publisher ("" when it may be)."""
    words, text = ctx.outlets.not_outlets, line.text
    if ctx.languages.credits.search(text.replace("©", "")) or words.has("photo", text):
        return "a photo credit"
    notice = m.re is _COPYRIGHT  # "copyright and property of X" is a footer's sentence by itself
    # "Copyright © X", "Prawa autorskie © X"; "• Copyright X" alone is a menu link.
    worded = "©" in text and words.has("notices", text[: m.start("rest")])
    if notice and _captioned(text[: m.start()], words):
        return "a photo credit: a caption before the ©"
    dated = _YEAR.search(text) or words.has("rights", text)
    if notice and not dated and _MENU.match(text):
        return "a link in a menu"
    footer = worded or line.number in last or dated
    if notice and not footer:
        return "a credit: no year, no rights notice and not at the page's foot"
    rest = m.group("rest")
    segment = _SEGMENT.split(rest, maxsplit=1)[0]
    if "/" in segment.replace("://", "") and not worded:
        return "a photo credit: a name with a '/'"
    after = _after(name, rest)
    follow = re.match(r"\s*([^\W\d_][\w'’-]*)", after)
    lowered = follow is not None and follow.group(1)[0].islower() and not words.pattern("rights").match(fold(after))
    joins = words.words("company") | ctx.languages.words("connectors") | ctx.languages.organisations | {"by"}
    joins |= ctx.languages.words("bio")  # "X ist Teil der Y", "X is part of Y"
    if lowered and follow and fold(follow.group(1)) not in joins:
        return "a fragment: the name runs on into a phrase"
    return ""


def _captioned(before: str, words: NotOutlets) -> bool:
    """Text before a © that is not a notice word or a row of footer links: a caption."""
    rest = " ".join(w for w in before.split() if not (w.isupper() and len(w) > 1))
    rest = words.pattern("rights").sub(" ", words.pattern("notices").sub(" ", fold(rest)))
    rest = words.pattern("menu").sub(" ", rest)
    return bool(re.search(r"[^\W\d_]", words.pattern("menu_marks").sub(" ", rest)))


def _company(name: str, rest: str, ctx: Context) -> bool:
    """Whether the holder ``name`` is a company: a company word in it or right after it ("X Media", "X GmbH")."""
    words = ctx.outlets.not_outlets
    return words.has("company", name) or words.pattern("company").match(fold(_after(name, rest))) is not None


def _after(name: str, rest: str) -> str:
    """What follows ``name`` in ``rest`` ("" when ``rest`` does not hold it)."""
    return rest[rest.find(name) + len(name) :] if name in rest else ""


def _before_rights(name: str, ctx: Context) -> str:
    """``name`` up to a rights notice or a row of footer links run into it ("EXAMPLE BLOG ALL RIGHTS
    RESERVED", "Example Party Contact Privacy Imprint": two menu words in a row start the links)."""
    not_outlets = ctx.outlets.not_outlets
    words = name.split()
    for i in range(1, len(words)):
        if not_outlets.pattern("rights").match(fold(" ".join(words[i:]))):
            return " ".join(words[:i])
    for i in range(1, len(words) - 1):
        if not_outlets.only("menu", words[i]) and not_outlets.only("menu", words[i + 1]):
            return " ".join(words[:i])
    return name


def _sentence_cased(name: str, rest: str, ctx: Context) -> str:
    """``name`` with the lower-case words that end its sentence when a rights notice follows it.

    "© 2026 Северный вестник. Все права защищены.": a name written in sentence case (the custom
    in Russian and other languages) stops at its first capitalised word; the whole sentence before
    the rights notice, of at most ``_SENTENCE_NAME`` letter words, is the holder's name.
    """
    m = re.match(r"\s*([^.;:|©]+?)\s*[.;:|]\s+(?P<after>.+)", rest)
    if m is None or not m.group(1).startswith(name) or m.group(1) == name:
        return name
    words, added = m.group(1).split(), m.group(1)[len(name) :].split()
    if len(words) > _SENTENCE_NAME or not all(w.replace("-", "").isalpha() for w in words):
        return name
    if not all(w.islower() for w in added):
        return name  # "X der Österreichischen Y": a name that runs on in capitals is no sentence-case name
    if not ctx.outlets.not_outlets.pattern("rights").match(fold(m.group("after"))):
        return name
    return " ".join(words)


def _from_copyright(view: View, ctx: Context, rejected: list[str], host: str, authors: frozenset[str]) -> Found | None:
    last = frozenset(line.number for line in view.usable[-_FOOT:])
    for line in view.usable:
        # In prose, "copyright" is a topic ("the Copyright Office"), not a footer notice.
        if line.role in _PROSE and not _COPYRIGHT_START.match(line.text):
            continue
        for pattern in (_COPYRIGHT, _PROPERTY):
            m = pattern.search(line.text)
            if m is None or not (name := leading_name(m.group("rest"), ctx.languages)):
                continue
            name = _sentence_cased(name, m.group("rest"), ctx)
            outlet = ctx.outlets.lookup_prefix(name)  # a known name, then a company form ("... Media Network")
            why = _copyright_verdict(line, m, name, ctx, last)
            shown = outlet.name if outlet else _legal_name(_before_rights(name, ctx), ctx)
            if not why and outlet is None:
                why = ctx.not_a_name(shown) or ("" if word_count(shown) <= 6 else "too long for a name")
                if fold(shown) in ctx.outlets.not_outlets.words("legal_forms"):
                    why = "a company form, not a name"
            if why:
                rejected.append(f"{shown} ({line.text.strip()[:80]}) — {why}")
                continue
            evidence = snippet(line.text, m.start(), m.start() + 80)
            if outlet is None and _company(name, m.group("rest"), ctx) and not fits_domain(shown, host, ctx):
                if host:  # the page's own domain names the publication better than its publishing company
                    rejected.append(f"{shown} ({line.text.strip()[:80]}) — the publishing company, not the publication")
                    break
                return shown, Basis.INFERRED, evidence, "copyright line: a company"
            if fold(shown) in authors:  # the author's own site; the person, not a publication's name
                return shown, Basis.INFERRED, evidence, "copyright line: the article's author"
            if outlet is None and not fits_domain(shown, host, ctx) and not _named_elsewhere(shown, view):
                return shown, Basis.INFERRED, evidence, "copyright line: a rights holder the page names nowhere else"
            return shown, Basis.EXPLICIT, evidence, "copyright line"
    return None


def _named_elsewhere(name: str, view: View) -> bool:
    """Whether ``name`` stands on a line of the page other than its notices and the body's prose.

    A copyright notice names whoever holds the rights: the publication ("© 2024 Example Times",
    whose masthead or menu names it too) or a publishing company, a parent firm or a web agency
    ("© 2024 Example Media Holdings" under a site called something else), which the notice alone
    cannot tell apart. Only a holder the page also names as itself (its masthead, its title line, a
    menu or footer link) is the publication ``explicit``; otherwise the holder is ``inferred``.
    """
    key = re.compile(rf"(?<![^\W_]){re.escape(fold(name))}(?![^\W_])")
    return any(
        key.search(fold(line.text))
        for line in view.usable
        if line.role not in _PROSE and not _NOTICE.search(line.text)
    )


def _from_masthead(lines: list[Line], ctx: Context, rejected: list[str]) -> Found | None:
    for line in lines:
        if line.role == Role.TITLE or ctx.languages.credits.search(line.text):
            continue
        if line.role in _PROSE and word_count(line.text) > 12:
            continue
        menu = _MENU.match(line.text)
        text = line.text[menu.end() :] if menu else line.text
        first = _SEPARATOR.split(text.strip(), maxsplit=1)[0].strip()
        outlet = ctx.outlets.lookup(first)
        if outlet is None:
            continue
        if menu:
            rejected.append(f"{outlet.name} ({line.text.strip()[:80]}) — a link in a menu")
            continue
        if len(first.strip(" .,;:|-–—()[]\"'“”")) <= _SHORT:  # "FT" alone: a logo or a partner's link as likely
            return outlet.name, Basis.INFERRED, snippet(line.text, 0, 0), "masthead: a short name alone"
        return outlet.name, Basis.EXPLICIT, snippet(line.text, 0, 0), "masthead"
    return None


def _from_caps(view: View, title: int, ctx: Context, rejected: list[str]) -> Found | None:
    """An all-caps name alone on one of the first lines above the headline (a text copy's masthead)."""
    for line in view.usable[: min(5, title) if title > 0 else 0]:
        text = line.text.strip()
        if not _CAPS.match(text) or not 1 <= word_count(text) <= 4 or not any(c.isalpha() for c in text):
            continue
        name = " ".join(text.split())
        known = ctx.outlets.lookup(name)
        why = "" if known else ctx.not_a_name(name)
        if why:
            rejected.append(f"{name} (masthead line) — {why}")
            continue
        if known:
            return known.name, Basis.EXPLICIT, text, "masthead"
        if _in_menu(name, view.usable[:title]):
            rejected.append(f"{name} (masthead line) — an entry of the page's menu: a section label")
            continue
        # An unknown capitals line above the headline is as often a section or a menu: a guess.
        return name, Basis.INFERRED, text, "masthead: a line in capitals above the headline"
    return None


def _in_menu(name: str, lines: tuple[Line, ...]) -> bool:
    """Whether another line of ``lines`` is a menu holding ``name`` as one of its entries.

    "NEWS  BUSINESS  SPORT" above the headline, then "BUSINESS": the capitals line repeats a
    menu entry, the section the article is filed under ("Inicio Ciencia Deportes" / "CIENCIA").
    A menu here: four or more words besides the name, no sentence punctuation or figures (a
    banner's "468x60"), every word capitalised or a connective of two letters or fewer ("Sign in").
    """
    key = fold(name).split()
    for line in lines:
        words = line.text.split()
        if len(words) < _MENU_WORDS or re.search(r"[.,;:!?]", line.text):
            continue
        if not all((w[0].isupper() or len(w) <= 2) and w.replace("-", "").isalpha() for w in words):
            continue
        folded = [fold(w) for w in words]
        if len(folded) - len(key) < _MENU_WORDS:
            continue  # "EXAMPLE FIT Plankpad": the site's name in a product's or a banner's name
        if any(folded[i : i + len(key)] == key for i in range(len(folded))):
            return True
    return False


def _from_told(view: View, ctx: Context) -> Found | None:
    counts: Counter[str] = Counter()
    first: dict[str, str] = {}
    for line in view.body:
        for m in _TOLD.finditer(line.text):
            outlet = ctx.outlets.lookup_prefix(m.group("rest"))
            if outlet is not None:
                counts[outlet.name] += 1
                first.setdefault(outlet.name, m.group(0))
    if not counts:
        return None
    name, count = counts.most_common(1)[0]
    return (name, Basis.INFERRED, first[name], "told twice in the body") if count >= 2 else None


def _from_edges(lines: list[Line], ctx: Context, rejected: list[str]) -> Found | None:
    for line in lines:
        m = _URL.match(line.text)
        if m and (outlet := ctx.outlets.by_domain(m.group("host"))):
            return outlet.name, Basis.INFERRED, line.text.strip(), "address line"
    for line in lines:
        if line.role == Role.TITLE or word_count(line.text) > 8 or _MENU.match(line.text):
            continue
        if _ATTRIBUTION.search(line.text) or ctx.languages.credits.search(line.text):
            continue
        for outlet, start, end in ctx.outlets.mentions(line.text):
            # "INA", "Spiegel" inside a phrase: as likely a common word or another name.
            if end - start <= _SHORT or " " not in line.text[start:end]:
                rejected.append(f"{outlet.name} ({line.text.strip()[:80]}) — one word inside a phrase")
                continue
            return outlet.name, Basis.INFERRED, snippet(line.text, start, end), "header or footer line"
    return None


def _site_name(stated: str, title: str, host: str, ctx: Context) -> tuple[str, str]:
    """(the publication's name in a stated site name, why there is none).

    Of several parts, one that fits the page's domain is the name ("Local news - The Example Post |
    Info" on examplepost.example); otherwise parts that repeat the headline are dropped ("Headline -
    Site" gives "Site"); a name of seven words or more that does not fit the domain reads as a
    tagline or another page's headline and is turned down, so the text rules or the domain decide.
    """
    parts = [p.strip() for p in _SITE_PARTS.split(stated) if p.strip()]
    fitting = [p for p in parts if fits_domain(p, host, ctx)]
    if fitting:  # the site's own name, even where the page's headline repeats it
        return (fitting[0] if len(parts) > 1 else stated), ""
    kept = [p for p in parts if not _repeats(p, title)]
    if not kept:
        return "", "the article's headline, not the site's name"
    name = " - ".join(kept) if len(kept) < len(parts) else stated
    if len(name.split()) >= _TAGLINE_WORDS and not fits_domain(name, host, ctx):
        return "", "reads as a tagline or a headline, not a name"
    return name, ""


def _repeats(part: str, title: str) -> bool:
    """Whether a part of the site name is the headline (or holds a headline of three words or more)."""
    head, folded = fold(title), fold(part)
    return bool(head) and (folded == head or (len(head.split()) >= 3 and head in folded))


def _title_site(name: str, meta: HtmlMeta, ctx: Context) -> Found | None:
    """The publication a page's title names when its site name is a publishing group's ("Example Media Group").

    Only a part of a title after its headline ("Headline | The Example Post") that fits the page's
    domain is taken; else the group's name stands.
    """
    host = host_of(meta.url or "") or ""
    if not _GROUP.search(name) or not host or fits_domain(name, host, ctx):
        return None
    for title in meta.titles:
        for part in [p.strip() for p in _SITE_PARTS.split(title)][1:]:
            if part and fold(part) != fold(name) and fits_domain(part, host, ctx) and not ctx.not_a_name(part):
                known = ctx.outlets.lookup(part)
                return (known.name if known else part), Basis.EXPLICIT, title, "markup: the title's site name"
    return None


def _from_markup(
    meta: HtmlMeta, ctx: Context, rejected: list[str], title: str = ""
) -> tuple[Found | None, Found | None]:
    """(the site's stated name or known domain, a publishing group's name kept as a fallback)."""
    known = ctx.outlets.lookup(meta.sitename) if meta.sitename else None
    name, why = (
        (meta.sitename or "", "")
        if known or not meta.sitename
        else _site_name(meta.sitename, title, host_of(meta.url or "") or "", ctx)
    )
    why = why or (ctx.not_a_name(name) if name and not known else "")
    if why:
        rejected.append(f"{meta.sitename} (markup: site name) — {why}")
    elif meta.sitename:
        if not known and (own := _title_site(name, meta, ctx)):
            rejected.append(f"{meta.sitename} (markup: site name) — the publishing group, not the publication")
            return own, None
        return ((known.name if known else name), Basis.EXPLICIT, meta.sitename, "markup: site name"), None
    group = None
    if meta.publisher:
        known = ctx.outlets.lookup(meta.publisher)
        found = (known.name if known else meta.publisher), Basis.EXPLICIT, meta.publisher, "markup: JSON-LD publisher"
        if known or not _GROUP.search(meta.publisher):
            return found, None
        group = found
    host = host_of(meta.url) if meta.url else None
    outlet = ctx.outlets.by_domain(host) if host else None
    if outlet is not None:
        if group:
            rejected.append(f"{group[0]} (JSON-LD publisher) — the publishing group, not the publication")
        return (outlet.name, Basis.EXPLICIT, meta.url or "", "markup: address on a known outlet's domain"), None
    return None, group


def _domain(meta: HtmlMeta | None) -> Found | None:
    host = host_of(meta.url) if meta and meta.url else None
    if not host:
        return None
    name = host.lower().removeprefix("www.")
    return name, Basis.INFERRED, meta.url if meta and meta.url else name, "the page's domain"


def pick_source(
    view: View, bylines: Bylines, ctx: Context, title: str, title_line: int, meta: HtmlMeta | None = None
) -> SourceChoice:
    """The publisher's name, its basis and its evidence; an unknown choice when not named."""
    rejected: list[str] = []
    edges = [ln for ln in (*view.header, *view.footer) if ln.text.strip() != title.strip()]
    last = view.last_substantial(len(view.usable))
    top = [ln for i, ln in enumerate(view.usable[:10]) if i <= last]
    stated, group = _from_markup(meta, ctx, rejected, title) if meta else (None, None)
    host = (host_of(meta.url) or "") if meta and meta.url else ""
    authors = _authors(bylines)
    found = (
        stated
        or _from_bylines(bylines, ctx, rejected, host, authors)
        or _from_dateline(view, ctx)
        or _from_masthead([*top, *edges], ctx, rejected)
        or _from_caps(view, title_line, ctx, rejected)
        or _from_copyright(view, ctx, rejected, host, authors)
        or group
        or _from_told(view, ctx)
        or _from_edges(edges, ctx, rejected)
        or _domain(meta)
    )
    notes = tuple(dict.fromkeys(rejected))[:MAX_REJECTED]
    if found is None:
        return SourceChoice(None, Basis.UNKNOWN, "", "", notes)
    name, basis, evidence, where = found
    return SourceChoice(name, basis, evidence, where, notes)
