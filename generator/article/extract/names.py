"""Heuristics telling a person's name from an outlet's name."""

from __future__ import annotations

import re

# Lower-case name particles that may sit inside a person's name.
_PARTICLES = frozenset(
    {
        "al",
        "el",
        "bin",
        "bint",
        "ibn",
        "abu",
        "ben",
        "van",
        "von",
        "der",
        "den",
        "de",
        "da",
        "di",
        "du",
        "la",
        "le",
        "del",
        "dos",
        "das",
        "y",
        "zu",
        "ter",
        "st",
    }
)
# Words that never appear in a byline person's name but do in staff credits.
_NOT_PERSON = frozenset(
    {
        "staff",
        "reporter",
        "reporters",
        "correspondent",
        "correspondents",
        "editor",
        "editors",
        "editorial",
        "desk",
        "team",
        "admin",
        "administrator",
        "contributor",
        "contributors",
        "guest",
        "writer",
        "writers",
        "agency",
        "agencies",
        "news",
        "press",
        "media",
        "online",
        "newsroom",
        "board",
        "service",
        "services",
        "bureau",
        "our",
        "photo",
        "photos",
        "facebook",
        "twitter",
        "linkedin",
        "instagram",
        "telegram",
        "youtube",
        "whatsapp",
        "email",
        "share",
        "print",
        "subscribe",
        "read",
        "more",
        "min",
        "updated",
        "published",
        "minutes",
        "hours",
        "ago",
        "view",
        "comments",
        "ministry",
        "office",
        "department",
        "government",
        "international",
        "institute",
        "foundation",
        "center",
        "centre",
    }
)
# Words that mark a name as an organisation (outlet) rather than a person.
_OUTLET_WORDS = frozenset(
    {
        "news",
        "newspaper",
        "times",
        "post",
        "herald",
        "journal",
        "tribune",
        "gazette",
        "daily",
        "weekly",
        "agency",
        "press",
        "media",
        "tv",
        "television",
        "radio",
        "network",
        "magazine",
        "review",
        "monitor",
        "observer",
        "telegraph",
        "express",
        "chronicle",
        "insider",
        "institute",
        "center",
        "centre",
        "council",
        "foundation",
        "forum",
        "report",
        "wire",
        "today",
        "digest",
        "broadcasting",
        "online",
        "ltd",
        "inc",
        "llc",
        "group",
        "publishing",
        "international",
        "club",
        "company",
        "corporation",
        "gmbh",
    }
)
_ARABIC_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|an|at|ash)-")  # al-Hassan reads as Hassan
_TOKEN = re.compile(r"^[^\W\d_][^\W\d_'’.-]*(?:[-'’][^\W\d_]+)*\.?$")


def _tokens(name: str) -> list[str]:
    return name.replace("\u00a0", " ").split()


def looks_like_person(name: str) -> bool:
    """Whether ``name`` reads as a person's name: 2-5 capitalised words, no digits."""
    tokens = _tokens(name)
    if not 2 <= len(tokens) <= 5 or len(name) > 60:
        return False
    if any(t.lower().strip(".") in _NOT_PERSON for t in tokens):
        return False
    capitalised = 0
    for token in tokens:
        core = _ARABIC_ARTICLE.sub("", token)
        if not _TOKEN.match(token):
            return False
        if core[:1].isupper():
            capitalised += 1
        elif token.lower() not in _PARTICLES:
            return False
    last = _ARABIC_ARTICLE.sub("", tokens[-1])
    return capitalised >= 2 and last[:1].isupper()


def looks_like_outlet(name: str) -> bool:
    """Whether ``name`` reads as an organisation: an outlet word, a brand, or one capital word."""
    tokens = _tokens(name)
    if not 1 <= len(tokens) <= 6 or len(name) > 60 or re.search(r"\d{3,}", name):
        return False
    lowered = [t.lower().strip(".,") for t in tokens]
    if any(t in _NOT_PERSON - _OUTLET_WORDS for t in lowered):
        return False
    if any(t in _OUTLET_WORDS for t in lowered):
        return tokens[0][0].isupper() or (tokens[0].islower() and len(tokens) > 1)
    # One capitalised word or an acronym ("Reuters", "AFP"), or a lower-case-first brand.
    if len(tokens) == 1:
        return tokens[0][0].isupper() and tokens[0].isalpha() and len(tokens[0]) > 1
    return tokens[0].islower() and all(t[0].isupper() for t in tokens[1:])


_NAME_RUN = re.compile(
    r"[A-Z\u0400-\u042f][\w'’&.-]*(?:\s+(?:(?:of|the|for|and|&|de|al|on)\s+)*"
    r"[A-Z\u0400-\u042f(][\w'’&.)-]*)*"
)
_SUFFIX = re.compile(
    r"(?:\s*\([A-Z]{1,6}\))?(?:,?\s+(?:Ltd|Limited|Inc|LLC|GmbH|plc|PLC|S\.A|LLP|Corp|Company|Co)\.?)*$"
)


def leading_name(text: str) -> str:
    """The run of capitalised words that starts ``text``, without company-form suffixes."""
    # A name ends at a sentence break ("Ltd. All rights reserved") but not at an initial.
    text = text.strip()[:200]
    text = re.split(r"(?<=[^\W\d_]{2})\.\s|\ball rights reserved", text, maxsplit=1, flags=re.I)[0]
    m = _NAME_RUN.match(text.strip())
    if not m:
        return ""
    name = m.group().strip()
    for _ in range(3):
        name = _SUFFIX.sub("", name).strip(" .,")
    return name
