"""Heuristics telling a person's name from an outlet's or organisation's name.

The word lists (name particles, staff and CMS words, job titles, organisation words) are the
``languages.yml`` lists of every language; only the shape rules are code.
"""

from __future__ import annotations

import re
from functools import lru_cache

from generator.knowledge.languages import Languages
from generator.text.memo import per_text

_ARABIC_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|an|at|ash)-")  # al-Hassan reads as Hassan
_TOKEN = re.compile(r"^[^\W\d_][^\W\d_'’.-]*(?:[-'’][^\W\d_]+)*\.?$")
_PARTS = re.compile(r"[-'’.]")
LONGEST_NAME_WORD = 20  # letters: a given name or surname (each part of a double name) is shorter


def _tokens(name: str) -> list[str]:
    return name.replace("\u00a0", " ").split()


def _parts(token: str) -> set[str]:
    """The lower-case pieces of a token ("FOCUS-Online-Experte" -> focus, online, experte)."""
    return {p for p in _PARTS.split(token.lower()) if p} | {token.lower().strip(".")}


@per_text(maxsize=1 << 12)  # bylines repeat their words; ``Languages`` is hashed by identity and never changes
def is_label_word(token: str, languages: Languages) -> bool:
    """A staff, role or organisation word (or a token made of one: "Online-Redaktion")."""
    return bool(_parts(token) & _label_words(languages))


@lru_cache(maxsize=4)
def _label_words(languages: Languages) -> frozenset[str]:
    """Every staff, organisation and job-title word, joined once per ``Languages``, not once per token."""
    return languages.staff | languages.organisations | languages.role_words


def has_staff_phrase(name: str, languages: Languages) -> bool:
    """Whether ``name`` holds a multi-word staff phrase ("super user", "staff writer")."""
    lowered = f" {' '.join(name.lower().split())} "
    return any(" " in w and f" {w} " in lowered for w in languages.staff)


def titled(name: str) -> str:
    """An all-caps name in title case ("JANE DOE" -> "Jane Doe"); other names as they are."""
    letters = [c for c in name if c.isalpha()]
    if len(letters) >= 4 and all(c.isupper() for c in letters):
        return " ".join(t[:1] + t[1:].lower() for t in name.split())
    return name


@per_text(maxsize=1 << 11)  # a page's candidate names are judged again on every pass; the key is pure
def looks_like_person(name: str, languages: Languages) -> bool:
    """Whether ``name`` reads as a person's name: 2-5 capitalised words, no digits, no staff or organisation word."""
    tokens = _tokens(name)
    if not 2 <= len(tokens) <= 5 or len(name) > 60:
        return False
    if any(is_label_word(t, languages) for t in tokens) or has_staff_phrase(name, languages):
        return False
    if any(len(part) > LONGEST_NAME_WORD for t in tokens for part in _PARTS.split(t)):
        return False  # "Verkündung des Tabaksteuergesetzes": a compound of a heading, no name's word
    capitalised = 0
    for token in tokens:
        core = _ARABIC_ARTICLE.sub("", token)
        if not _TOKEN.match(token):
            return False
        first = core[:1]
        if first.isupper() or first.lower() == first.upper():  # a capital, or a script without case (Arabic)
            capitalised += 1
        elif token.lower() not in languages.particles:
            return False
    last = _ARABIC_ARTICLE.sub("", tokens[-1])[:1]
    return capitalised >= 2 and (last.isupper() or last.lower() == last.upper())


def looks_like_outlet(name: str, languages: Languages) -> bool:
    """Whether ``name`` reads as an organisation: an organisation word, a brand, or one capital word."""
    tokens = _tokens(name)
    if not 1 <= len(tokens) <= 6 or len(name) > 60 or re.search(r"\d{3,}", name):
        return False
    lowered = [t.lower().strip(".,") for t in tokens]
    if any(t in languages.staff - languages.organisations for t in lowered):
        return False
    if any(_parts(t) & languages.organisations for t in lowered):
        return tokens[0][0].isupper() or (tokens[0].islower() and len(tokens) > 1)
    # One capitalised word or an acronym ("Reuters", "AFP"), or a lower-case-first brand.
    if len(tokens) == 1:
        return tokens[0][0].isupper() and tokens[0].isalpha() and len(tokens[0]) > 1
    return tokens[0].islower() and all(t[0].isupper() for t in tokens[1:])


_CAPITAL = "A-ZÀ-ÖØ-Þ\u0400-\u042f"
# Words glued three times in one token: a row of links ("NewsSportsWeatherJobs"), not a brand ("NetMediaGroup").
_GLUED = re.compile(r"(?:[a-zß-öø-ÿ][A-ZÀ-ÖØ-Þ]\S*){3}")
_NUMBER = re.compile(r"\d{5}")  # a register or tax number; a brand holds a short one ("Radio 105")
_SUFFIX = re.compile(
    r"(?:\s*\([A-Z]{1,6}\))?(?:,?\s+(?:Ltd|Limited|Inc|LLC|GmbH|plc|PLC|S\.A|LLP|Corp|Company|Co)\.?)*$"
)


@lru_cache(maxsize=4)
def _name_run(words: frozenset[str]) -> re.Pattern[str]:
    glue = "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))
    return re.compile(rf"[{_CAPITAL}][\w'’&.-]*(?:\s+(?:(?:{glue})\s+)*[{_CAPITAL}(][\w'’&.)-]*)*")


def leading_name(text: str, languages: Languages) -> str:
    """The run of capitalised words that starts ``text``, without company-form suffixes.

    Lower-case words join the run when a capitalised word follows them (``name_glue`` in
    ``languages.yml``: "Council on Foreign Relations", "Diario del Sur").
    """
    # A name ends at a sentence break ("Ltd. All rights reserved") but not at an initial.
    text = text.strip()[:200]
    text = re.split(r"(?<=[^\W\d_]{2})\.\s|\ball rights reserved", text, maxsplit=1, flags=re.I)[0]
    m = _name_run(languages.words("name_glue")).match(text.strip())
    if not m:
        return ""
    name = m.group().strip()
    if _GLUED.search(name) or _NUMBER.search(name):
        return ""  # a row of links run together ("NewsSportsWeather"), a register number: no name
    for _ in range(3):
        name = _SUFFIX.sub("", name).strip(" .,")
    return name
