"""Actors missing from the registry, found by how articles introduce people and organisations.

A run of capitalised words counts only with evidence around it: a title or role before it
("Ambassador Jane Roe", "club manager Joe Bloggs"), a role after it ("Jane Roe, director of ..."),
a speech verb ("Jane Roe said"), an organisation word ("Acme Holdings", "Ministry of Health",
"Acme GmbH"), a noun that introduces an organisation ("carrier Acme Line", "shipping lines X and Y"),
or capitals that speak ("ACWU said").

A person's name is the words after the last title or role word ("EU Trade Commissioner Jane Doe" ->
"Jane Doe"; the title is a role). An organisation keeps every word of its name ("National Ports
Authority", "International Longshore and Warehouse Union"). A name the article writes after "in",
"near", ... or that ends in a place word ("Nineveh Province") is a place, never a person.

Other languages: the article's language adds its words to the English ones (``Lexicon.for_language``):
titles, role and organisation nouns, speech verbs of one or two words ("a déclaré", "teilte mit"), words
that open an organisation's name and stay in it ("Fundación X", "Universität X"), prepositions of places
("en Sevilla"), and elided articles ("l'entraîneur X"). An organisation noun may introduce a name written
in quotation marks ("компания «X»"). Where nouns are capitalised (German), a capitalised noun is never a
name by itself: a person still needs two name words and the evidence above, the language's articles
("der", "die") never join words into one name, a compound ending in a role or organisation noun counts
as that noun ("Studienleiterin", "Baufirma"), and a capitalised organisation noun opening a run only
introduces the name after it ("Baufirma Acme GmbH" is "Acme GmbH").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from generator.article.actors.match import LOCATIVES, Occupancy, joined
from generator.article.actors.roles import SAID_REACH, after_role, before_role, said_before
from generator.article.items import Item
from generator.knowledge.records import ActorType, Lexicon
from generator.knowledge.registry_index import PARTICLES
from generator.text.tokens import Token, fold_token

MAX_NAME = 5  # a person's name
MAX_ORG_NAME = 8  # "Coastal Dock and Harbour Workers Union of Norland"
_CONNECTORS = frozenset({"of", "for", "and", "the", "&", "on"})
# A dash with a space on either side parts two phrases ("il Presidente Ruggeri - La stagione ..."); a name's
# own hyphen has none ("Hapag-Lloyd", "Jean-Marc").
_SPACED_DASH = re.compile(r"\s[-‐‑–—]|[-‐‑–—]\s")
_NAME_PARTICLES = PARTICLES | {"ten", "der", "den", "du", "la", "le", "do", "dos", "das", "bint", "y"}


@dataclass(frozen=True)
class Found:
    """A discovered name: tokens first..last-1 of an item."""

    item: int
    first: int
    last: int
    name: str
    type: ActorType


_APOSTROPHES = str.maketrans("", "", "-'’")
_AND = frozenset({"and", "&"})
# "and" in the languages with connectors: "Fundación X y la Agencia Y" names two organisations.
_ANDS = frozenset({"y", "e", "et", "und", "и"})
# Capitals of this length can be an organisation's acronym ("ILWU said"); "A" and "I" cannot.
_ACRONYM_LEN = range(2, 7)
# The words that may stand between two names of one list ("X, Y and Z").
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|&\s+)?|and\s+|&\s+)")

# "at" and "from" also introduce employers ("a lawyer at Acme"): not evidence of a place.
_PLACE_PREPOSITIONS = LOCATIVES - {"at", "from", "to", "via"}

_OF = frozenset({"of", "for", "on"})
# Organisation words that do not open an "of" part: "The New York Times of ..." is the paper and a name.
_NOT_OF_HEADS = frozenset({"news", "times", "post", "journal", "tribune", "gazette", "press", "media", "tv",
                           "television", "radio", "city", "united", "team", "club"})
# An "of" part of a name is short ("of Norland", "of Human Rights"); a longer tail is a headline.
MAX_OF_TAIL = 3
# "Reno and Carson City": "City" names a club only after a club's own name.
_PLACE_ORG_WORDS = frozenset({"city"})


def _wordy(raw: str) -> bool:
    return raw.isalpha() or raw.translate(_APOSTROPHES).isalpha()  # "O'Neill", "Hapag-Lloyd"


# Between an organisation noun and its name in quotation marks ("компания «X»", "la société « X »").
_QUOTED_GAP = re.compile(r"\s*[«„“\"]\s*")


def _bare(tok: Token, lex: Lexicon) -> str:
    """The folded word without an elided article glued to it ("l'entraîneur" -> "entraineur")."""
    cut = lex.elided(tok.raw)
    return fold_token(tok.raw[cut:]) if cut else tok.folded


def joined_by_space(item: Item, k: int) -> bool:
    """Whether only spaces stand between tokens ``k`` and ``k + 1`` ("Club-Kultur" is one word)."""
    toks = item.tokens
    return k + 1 < len(toks) and not item.text[toks[k].end : toks[k + 1].start].strip()


def _elided_name(tok: Token, lex: Lexicon) -> bool:
    """Whether a token is an elided article glued to a capitalised word ("l'Union"): the name starts after it."""
    cut = lex.elided(tok.raw)
    return cut > 0 and tok.raw[cut : cut + 1].isupper()


@lru_cache(maxsize=16)
def _speech_after_re(verbs: frozenset[str]) -> re.Pattern[str] | None:
    """Speech verbs of more than one word ("a déclaré", "teilte mit") right after a name; None when there are none."""
    multi = sorted((v for v in verbs if " " in v), key=lambda v: (-len(v), v))
    return re.compile(rf"[ ,]*(?:{'|'.join(re.escape(v) for v in multi)})\b", re.I) if multi else None


def _says(item: Item, end: int, lex: Lexicon) -> bool:
    """Whether a speech verb of several words follows char ``end``."""
    pattern = _speech_after_re(lex.speech_verbs)
    return pattern is not None and pattern.match(item.text, end) is not None


def _places(items: Sequence[Item], lex: Lexicon) -> set[tuple[str, ...]]:
    """Names the article writes as places: the capitalised words after "in", "near", "outside", ..."""
    out: set[tuple[str, ...]] = set()
    preps = _PLACE_PREPOSITIONS | lex.locatives if lex.locatives else _PLACE_PREPOSITIONS
    for item in items:
        toks = item.tokens
        for k, t in enumerate(toks[:-1]):
            if t.folded in preps and toks[k + 1].capitalised:
                j = k + 1
                while j < len(toks) and toks[j].capitalised and joined(item, k + 1, j + 1):
                    j += 1
                out.add(tuple(x.folded for x in toks[k + 1 : j]))
    return out



def _runs(item: Item, it: int, occ: Occupancy, lex: Lexicon) -> list[tuple[int, int]]:
    """Maximal runs of free capitalised words (particles allowed inside), joined as one name."""
    toks, out = item.tokens, []
    taken = occ.taken[it]
    n = len(toks)
    particles = _NAME_PARTICLES - lex.not_particles if lex.not_particles else _NAME_PARTICLES
    i = 0  # the first token not inside the run before
    # A run starts at a capitalised word: the walk goes from one to the next (most words are not one).
    for k in [k for k, t in enumerate(toks) if t.capitalised or (lex.elisions and _elided_name(t, lex))]:
        if k < i:
            continue
        j = k
        while j < n and (
            toks[j].capitalised or j == k or (j > k and toks[j].folded in particles)
        ) and not taken[j] and _wordy(toks[j].raw) and (j == k or (
            joined(item, j - 1, j + 1) and not _SPACED_DASH.search(item.text[toks[j - 1].end : toks[j].start])
        ) or _initial(item, j, k, lex)):
            j += 1
        while j > k and not toks[j - 1].capitalised and not (
            j - 1 == k and lex.elisions and _elided_name(toks[k], lex)
        ):
            j -= 1  # a run never ends on a particle
        if j > k:
            out.append((k, j))
        i = max(j, k + 1)
    return out


def _initial(item: Item, j: int, k: int, lex: Lexicon) -> bool:
    """Whether token ``j`` goes on a name after a one-letter initial and its full stop ("John F. Kennedy").

    The initial stands inside the name (a word before it), and the word after it is capitalised, no
    sentence opener and no organisation word ("Block A. The ...", "Plan B. Police said" end at the letter).
    """
    toks = item.tokens
    mark = toks[j - 1]
    return (j - 1 > k and len(mark.raw) == 1 and mark.raw.isupper() and toks[j].capitalised
            and item.text[mark.end : toks[j].start] == ". " and toks[j].folded not in lex.not_names
            and toks[j].folded not in lex.org_words)  # "Plan B. Police said ...": a new sentence's subject


def _split_orgs(item: Item, runs: list[tuple[int, int]], lex: Lexicon) -> list[tuple[int, int]]:
    """Runs cut before a particle that opens a second organisation's name ("Fundación X y la Agencia Y")."""
    if not lex.org_heads:
        return runs
    toks, out = item.tokens, []
    for i, j in runs:
        start = i
        for k in range(i + 1, j - 1):
            if not toks[k].capitalised and toks[k - 1].capitalised:
                nxt = next(m for m in range(k, j) if toks[m].capitalised)
                if lex.org_head_of(toks[nxt].folded) and toks[k].folded not in lex.connectors - _ANDS:
                    out.append((start, k))
                    start = nxt
        out.append((start, j))
    return out


def _listed(item: Item, i: int) -> bool:
    """Whether token ``i`` follows a list's comma ("Frente Cívica, União Liberal e Aliança Verde": "e" ends it)."""
    return i >= 1 and item.text[item.tokens[i - 1].end : item.tokens[i].start].strip() == ","


def _org_join(item: Item, runs: list[tuple[int, int]], lex: Lexicon) -> list[tuple[int, int]]:
    """Join "Ministry" + "of" + "Health", and "International Longshore" + "and" + "Warehouse Union"."""
    toks, out = item.tokens, list(runs[:1])
    for i, j in runs[1:]:
        pi, pj = out[-1]
        between = [t.folded for t in toks[pj:i]]
        head = next((h for h in range(pi, pj) if toks[h].folded not in lex.not_names), pi)  # "O Ministério"
        if lex.connectors and 1 <= len(between) <= 2 and set(between) <= lex.connectors and not (
            len(between) == 2 and between[0] in _ANDS
        ) and not (between[0] in _ANDS and _listed(item, pi)) and (
            lex.org_head_of(_bare(toks[head], lex)) or _org_noun(item, pi, lex)
        ) and not lex.org_head_of(toks[i].folded) and _gap_ok(item, pj, i):
            # "Mutuelle des X", "sindicato X del Sur": the name's head or noun is known
            out[-1] = (pi, j)
            continue
        near = 1 <= len(between) <= 2 and set(between) <= _CONNECTORS and between[0] != "the"
        # "Ministry" + "of Health", never "Jane Roe" + "of Acme Capital" (her employer, a separate actor)
        org_left = toks[pi].folded in lex.org_words or toks[pj - 1].folded in lex.org_words
        # "Longshore and Warehouse Union": one name when only the right part ends as an organisation
        # ("Acme Corp and Beta Union" stay two).
        ends_left, ends_right = toks[pj - 1].folded in lex.org_words, toks[j - 1].folded in lex.org_words
        if toks[i].folded in lex.not_names:
            ok = False  # "District Court" + "on" + "Wednesday"
        elif set(between) & _AND:  # "Ministry of Trade and Industry" is one name; "Acme GmbH and Beta Inc" two
            has_org = any(t.folded in lex.org_words for t in toks[pi:pj])
            ok = len(between) == 1 and (
                (has_org and not ends_left and not ends_right)
                or (not has_org and ends_right and toks[j - 1].folded not in _PLACE_ORG_WORDS and pj - pi <= 3)
            )
        else:  # "Port" + "of" + "Rotterdam Authority": a one-word place or organisation noun opens the name
            ok = org_left or (
                between == ["of"] and ends_right and toks[pj - 1].folded in lex.place_words
                and all(t.folded in lex.not_names for t in toks[pi : pj - 1])
            )
        if near and ok and _gap_ok(item, pj, i):
            out[-1] = (pi, j)
        else:
            out.append((i, j))
    return out


MAX_LOWER_TAIL = 5  # "Chambre d'agriculture de la Gironde": plain words a sentence-case name may hold


def _adjective(tok: Token, lex: Lexicon) -> bool:
    return not tok.capitalised and tok.raw.isalpha() and len(tok.folded) > 3 and tok.folded.endswith(
        lex.adjective_ends) and not (tok.folded in lex.not_names or tok.folded in lex.connectors
                                     or tok.folded in lex.speech_verbs)


def _plain(tok: Token, lex: Lexicon) -> bool:
    """A lower-case noun inside a sentence-case name ("rugby", "исследований"): no function word or verb."""
    word = _bare(tok, lex)
    return not tok.capitalised and _wordy(tok.raw) and word not in lex.connectors and word not in lex.not_names and (
        word not in lex.speech_verbs and word not in lex.articles and word not in lex.locatives and len(word) > 2)


def _lower_tail(item: Item, h: int, lex: Lexicon, taken: Sequence[bool]) -> int:
    """The end of the lower-case words after an organisation's head at token ``h``; ``h + 1`` if none.

    Names written in sentence case go on in lower case: "Fédération française de rugby", "Chambre
    d'agriculture de la Gironde", "Фонд технологических инициатив Сибири". With articles (French, Spanish):
    an adjective of the language's endings, then groups of connectors and one plain noun or a capitalised
    name ("de rugby", "d'agriculture", "de la Gironde"). Without (Russian): adjectives, then one noun and
    at most one capitalised word after it.
    """
    toks, n = item.tokens, len(item.tokens)

    def free(k: int) -> bool:
        return k < n and not taken[k] and joined(item, k - 1, k + 1)

    k = h + 1
    if lex.articles:
        if free(k) and _adjective(toks[k], lex):
            k += 1
        end = k
        while free(k) and k - h <= MAX_LOWER_TAIL:
            c = k
            while free(c) and c - k < 2 and toks[c].folded in lex.connectors and toks[c].folded not in _ANDS:
                c += 1
            elided = free(k) and lex.elided(toks[k].raw) > 0 and not _elided_name(toks[k], lex)
            if elided and _plain(toks[k], lex):
                k = end = k + 1  # "d'agriculture"
                continue
            if c == k or not free(c):
                break
            if toks[c].capitalised and not _elided_name(toks[c], lex):
                while free(c) and toks[c].capitalised:
                    c += 1
                return c  # "de la Gironde": a name ends it
            if not _plain(toks[c], lex):
                break
            k = end = c + 1
        return end
    if not lex.name_stops and free(k) and _adjective(toks[k], lex):
        while free(k) and _adjective(toks[k], lex):
            k += 1
        if free(k) and _plain(toks[k], lex):
            k += 1
            return k + 1 if free(k) and toks[k].capitalised and k + 1 - h <= MAX_LOWER_TAIL + 1 else k
    return h + 1


def _sentence_case(item: Item, runs: list[tuple[int, int]], lex: Lexicon, taken: Sequence[bool]
                   ) -> list[tuple[int, int]]:
    """Runs that end on an organisation's head, lengthened by its name's lower-case words (``_lower_tail``)."""
    if not lex.adjective_ends:
        return runs
    toks = item.tokens
    out: list[tuple[int, int]] = []
    for i, j in runs:
        if out and i < out[-1][1]:
            continue  # taken by the name before
        if lex.org_head_of(_bare(toks[j - 1], lex)) and not (j - 1 > i and toks[j - 1].folded in lex.not_names):
            end = _lower_tail(item, j - 1, lex, taken)
            if end > j:
                out.append((i, end))
                continue
        out.append((i, j))
    return out


def _gap_ok(item: Item, end: int, start: int) -> bool:
    """Only spaces between the two parts and their connector words (no comma or full stop)."""
    return joined(item, end - 1, start + 1)


def _org_shaped(words: Sequence[str], lex: Lexicon) -> bool:
    """An organisation word ends the name or opens an "of" part ("Sovereign Wealth Fund of Norland")."""
    if words[-1] in lex.org_words:
        return True
    if len(words) >= 2 and lex.org_heads and lex.org_head_of(words[0]):
        return True  # "Fundación X", "Universität X"
    heads = [w for w, nxt in pairwise(words) if nxt in _OF and w in lex.org_words and w not in _NOT_OF_HEADS]
    last_of = max((k for k, w in enumerate(words) if w in _OF), default=-1)
    tail = [w for w in words[last_of + 1 :] if w not in _CONNECTORS]
    return bool(heads) and len(tail) <= MAX_OF_TAIL



def _trim(item: Item, i: int, j: int, lex: Lexicon) -> tuple[int, int, bool]:
    """Drop leading junk ("The", "However"); for a person also the title ("Trade Commissioner"); report a cut title.

    An organisation's name keeps its leading words ("National Security Authority", "Public Investment
    Fund"): they are not a title even where they could open one.
    """
    toks, titled, titles = item.tokens, False, lex.title_words
    while i < j and toks[i].folded in lex.not_names and toks[i].folded not in titles:
        i += 1
    bare = _bare(toks[i], lex) if i < j else ""
    elided = bare != (toks[i].folded if i < j else "")
    if j - i >= 2 and (lex.compounds or elided) and lex.org_noun_of(bare) and joined_by_space(item, i) and (
        (elided and not _elided_name(toks[i], lex)) or (lex.compounds and not lex.org_head_of(bare))
    ):
        i += 1  # "Baufirma Acme GmbH", "L'association X": the noun introduces the name
    if i >= j or _org_shaped([_bare(toks[i], lex), *(t.folded for t in toks[i + 1 : j])], lex):
        return i, j, titled
    modifiers = lex.title_parts
    last = max((k for k in range(i, j - 1) if lex.is_role(_bare(toks[k], lex)) and toks[k].folded not in _CONNECTORS),
               default=-1)
    if last >= 0 and _given_name(item, i, j, last, lex):
        return i, j, False
    if last >= 0:  # "Competition Commissioner Jane Doe": the name follows the last title word
        rest = [t.folded for t in toks[last + 1 : j]]
        if not toks[last + 1].capitalised and any(t.folded not in modifiers | lex.not_names for t in toks[i:last]):
            # "General de Gaulle" is a person; "Dirección General de Aguas" an office whose name holds a
            # title word: a plain word before the title and a particle after it.
            return j, j, True
        return (last + 1 if not set(rest) & modifiers else j), j, True  # "Chief Executive": no name at all
    while i < j and (toks[i].folded in lex.not_names or toks[i].folded in modifiers):
        titled = titled or toks[i].folded in titles
        i += 1
    return i, j, titled


def _given_name(item: Item, i: int, j: int, last: int, lex: Lexicon) -> bool:
    """Whether the role word opening a two-word name is the person's given name ("officer Dean Holloway").

    A role word that is no formal title ("Dean") heads the name right after a lower-case role
    noun: the lower-case words already give the person's role ("regional officer"), so the
    capitalised word is part of the name, not a second title.
    """
    toks = item.tokens
    return (
        last == i
        and j - i == 2
        and i >= 1
        and toks[i].folded not in lex.title_words
        and not toks[i - 1].capitalised
        and toks[i - 1].folded in lex.role_words
        and joined(item, i - 1, i + 1)
    )


def _org_noun(item: Item, i: int, lex: Lexicon) -> bool:
    """Whether a lower-case noun that introduces an organisation stands right before token ``i``.

    In another language than English also a capitalised one where nouns are ("Baufirma"), one with an
    elided article ("l'association"), and one before a name in quotation marks ("компания «X»"); never
    one after a role noun ("директор компании X": X is the company's director).
    """
    toks = item.tokens
    if i < 1:
        return False
    if lex.language == "en":
        return not toks[i - 1].capitalised and toks[i - 1].folded in lex.org_nouns and joined(item, i - 1, i + 1)
    word = _bare(toks[i - 1], lex)
    quoted = bool(_QUOTED_GAP.fullmatch(item.text[toks[i - 1].end : toks[i].start]))
    if toks[i - 1].capitalised and not (lex.compounds or word != toks[i - 1].folded or quoted):
        return False
    if not lex.org_noun_of(word) or (i >= 2 and lex.is_role(_bare(toks[i - 2], lex))):
        return False
    return quoted or joined(item, i - 1, i + 1)


def _speaks(item: Item, j: int, lex: Lexicon) -> bool:
    toks = item.tokens
    return j < len(toks) and ((toks[j].folded in lex.speech_verbs and item.text[toks[j - 1].end : toks[j].start].strip(
        " ,") == "") or _says(item, toks[j - 1].end, lex))


def _kind(item: Item, i: int, j: int, titled: bool, lex: Lexicon, titles: frozenset[str],
          places: set[tuple[str, ...]]) -> ActorType | None:
    toks = item.tokens
    words = [_bare(toks[i], lex), *(t.folded for t in toks[i + 1 : j])]
    if tuple(words) in lex.not_actors or all(w in lex.org_words or w in _CONNECTORS for w in words):
        return None  # "West Bank"; "the Government", "Militia": a common noun, not a name
    if _org_shaped(words, lex):
        return ActorType.ORGANISATION
    if words[-1] in lex.place_words or words[-1] in lex.name_heads or tuple(words) in places:
        return None  # "Nineveh Province", "Paris Agreement"; a name written "in Dunmore" elsewhere in the article
    if _org_noun(item, i, lex) and not titled:
        return ActorType.ORGANISATION  # "carrier Acme Line", "terminal operator Portline"
    if len(words) == 1 and toks[i].upper and len(toks[i].raw) in _ACRONYM_LEN and words[0] not in titles and (
        _speaks(item, j, lex)
    ):
        return ActorType.ORGANISATION  # "ACWU said"
    inner = _NAME_PARTICLES if lex.language != "en" else frozenset()  # "Marielle de Sarnez", "Marine Le Pen"
    if any(w in lex.org_words or w in titles or (w in lex.not_names and (k == 0 or w not in inner))
           for k, w in enumerate(words)):
        return None
    if lex.language != "en" and _title_complement(item, i, lex):
        return None  # "la ministre des Sports Laura X": the capitalised word after "des" ends the title
    if any(t.upper and len(t.raw) > 1 for t in toks[i:j]) or len(words) > MAX_NAME - 1:
        return None
    if words[0] in lex.place_heads or len(toks[j - 1].raw) == 1:
        return None  # "Borgo San Vitale, ha annunciato X": a place opened by its kind; "Block C": no surname
    prev = toks[i - 1].folded if i >= 1 else ""
    before = titled or prev in titles or prev in lex.role_words or (lex.language != "en" and (
        _role_before(item, i, lex) or before_role(item, i, lex) is not None or said_before(
            item.text[max(0, toks[i].start - SAID_REACH) : toks[i].start], lex)))
    nxt = toks[j].folded if j < len(toks) else ""
    gap = item.text[toks[j - 1].end : toks[j].start] if j < len(toks) else ""
    spoke = (nxt in lex.speech_verbs and gap.strip(" ,") == "") or prev in lex.speech_verbs or (
        prev == "to" and i >= 2 and toks[i - 2].folded == "according"
    ) or (lex.language != "en" and j < len(toks) and _says(item, toks[j - 1].end, lex))
    if len(words) >= 2 and (before or spoke or after_role(item, toks[j - 1].end, lex) or _acted(item, j, lex)):
        return ActorType.PERSON
    return ActorType.PERSON if before and titled else None


def _acted(item: Item, j: int, lex: Lexicon) -> bool:
    """A participle of a person's deed after the name and a comma ("Игорь X, возглавлявший команду, ..."), maybe
    after one adverb ("X, ранее работавший в клубе"): the language's ``participle_ends``."""
    toks = item.tokens
    if not lex.participle_ends or j >= len(toks) or item.text[toks[j - 1].end : toks[j].start].strip() != ",":
        return False
    for k in (j, j + 1):
        if k < len(toks) and not toks[k].capitalised and toks[k].folded.endswith(lex.participle_ends) and (
            k == j or joined(item, j, k + 1)
        ):
            return True
    return False


def _title_complement(item: Item, i: int, lex: Lexicon) -> bool:
    """Whether token ``i`` follows a title and its connector ("ministre des Sports", "ministre de la Culture")."""
    toks, k = item.tokens, i - 1
    small = lex.connectors | lex.articles
    while k >= 0 and i - k <= 2 and not toks[k].capitalised and toks[k].folded in small:
        k -= 1
    return k < i - 1 and k >= 0 and lex.is_role(_bare(toks[k], lex)) and joined(item, k, i + 1)


def _role_before(item: Item, i: int, lex: Lexicon) -> bool:
    """A role noun right before token ``i``, or one lower-case word before it ("директор клуба X", "l'entraîneur X")."""
    toks = item.tokens
    if i >= 1 and lex.is_role(_bare(toks[i - 1], lex)) and joined(item, i - 1, i + 1):
        return True
    return (i >= 2 and not toks[i - 1].capitalised and toks[i - 1].folded in lex.role_modifiers
            and not toks[i - 2].capitalised and lex.is_role(_bare(toks[i - 2], lex)) and joined(item, i - 2, i + 1))


def _in_list(item: Item, listed: int, i: int, j: int, places: set[tuple[str, ...]]) -> bool:
    """Whether tokens i..j-1 continue a list of organisations that ended at token ``listed``."""
    if listed < 0:
        return False
    toks = item.tokens
    gap = item.text[toks[listed - 1].end : toks[i].start]
    return bool(_LIST_GAP.fullmatch(gap)) and tuple(t.folded for t in toks[i:j]) not in places


_NAME_GLUE = frozenset({"بن", "بنت", "ابن", "ابو", "أبو"})  # "Karim bin Salem": the name goes on
_UNCASED_GAP = re.compile(r"\s*[,،]?\s*")


def _uncased_name(item: Item, m: int, lex: Lexicon, taken: Sequence[bool]) -> int:
    """The end of a name of two to four words starting at token ``m`` in a script without capitals; ``m`` if none."""
    toks, stops = item.tokens, lex.name_stops | lex.role_heads | lex.speech_verbs | lex.speech_before
    j = m
    while j < len(toks) and j - m < 4 and not taken[j] and toks[j].raw.isalpha() and toks[j].folded not in stops and (
        j == m or not item.text[toks[j - 1].end : toks[j].start].strip()
    ):
        word = toks[j].raw
        if j == m and word.startswith("ال"):
            return m  # a given name never opens with the article
        if j - m >= 2 and not (toks[j - 1].folded in _NAME_GLUE or (word.startswith("ال")
                                                                    and not toks[j - 1].raw.startswith("ال"))):
            break
        j += 1
    while j > m and toks[j - 1].folded in _NAME_GLUE:
        j -= 1
    if j - m < 2:
        return m
    # A family name with the article or "bin" ("يوسف العبيدي", "كريم بن سالم"), else commas around the
    # name: two plain words after a title may be a verb and its object.
    family = any(t.raw.startswith("ال") or t.folded in _NAME_GLUE for t in toks[m + 1 : j])
    before = item.text[toks[m - 1].end : toks[m].start] if m >= 1 else ""
    after = item.text[toks[j - 1].end : toks[j].start] if j < len(toks) else ""
    return j if family or ("،" in before and "،" in after) else m


def _uncased(items: Sequence[Item], occ: Occupancy, lex: Lexicon) -> list[Found]:
    """People a script without capitals (Arabic) names after a title or role noun: "مدرب الفريق يوسف العبيدي"."""
    out: list[Found] = []
    for it, item in enumerate(items):
        toks, taken = item.tokens, occ.taken[it]
        k = 0
        while k < len(toks):
            if not taken[k] and (lex.org_head_of(toks[k].folded) or lex.org_noun_of(toks[k].folded)):
                first, end = _uncased_org(item, k, lex, taken)
                if end > first:
                    text = item.text[toks[first].start : toks[end - 1].end]
                    out.append(Found(it, first, end, " ".join(text.split()), ActorType.ORGANISATION))
                    k = end
                    continue
            if not lex.is_role(toks[k].folded):
                k += 1
                continue
            m = k + 1
            # "المدير التنفيذي للشركة": words with the article complete the title (a given name has none)
            while m < len(toks) and m - k <= 3 and (
                toks[m].folded in lex.role_modifiers or toks[m].raw.startswith(("ال", "لل"))
            ) and (
                _UNCASED_GAP.fullmatch(item.text[toks[m - 1].end : toks[m].start])
            ):
                m += 1
            end = _uncased_name(item, m, lex, taken) if m < len(toks) and _UNCASED_GAP.fullmatch(
                item.text[toks[m - 1].end : toks[m].start]) else m
            if end > m:
                text = item.text[toks[m].start : toks[end - 1].end]
                out.append(Found(it, m, end, " ".join(text.split()), ActorType.PERSON))
            k = max(end, k + 1)
    return out


def _uncased_org(item: Item, k: int, lex: Lexicon, taken: Sequence[bool]) -> tuple[int, int]:
    """An organisation's name after a head or noun at token ``k`` in a script without capitals; (k, k) if none.

    "نادي الشروق الرياضي", "شركة الواحة للاتصالات": the words with the article ("ال", "لل", "ل") after an
    organisation word make the name, up to the first other word or mark; an organisation noun ("شركة")
    only introduces it. A head with the article ("الجمعية") needs two such words ("الجمعية الوطنية لحماية ...");
    one ("البنك المركزي") is a description.
    """
    toks = item.tokens
    toks_word = toks[k].raw
    j = k + 1
    while j < len(toks) and j - k <= 4 and not taken[j] and toks[j].raw.isalpha() and toks[j].raw.startswith(
        ("ال", "لل") if j == k + 1 else ("ال", "لل", "ل")
    ) and toks[j].folded not in lex.name_stops and not item.text[toks[j - 1].end : toks[j].start].strip():
        j += 1
    while j > k + 1 and not toks[j - 1].raw.startswith(("ال", "لل")):
        j -= 1  # "لحماية" needs the word it governs
    if j == k + 1 or (toks_word.startswith("ال") and j - k < 3):
        return k, k
    return (k if lex.org_head_of(toks[k].folded) else k + 1), j


def discover(items: Sequence[Item], occ: Occupancy, lex: Lexicon,
             places: frozenset[tuple[str, ...]] = frozenset()) -> list[Found]:
    """Names of people and organisations not in the registry, in reading order.

    ``places``: folded names the registry knows as countries or regions (never a person).
    """
    if lex.name_stops:
        return _uncased(items, occ, lex)
    titles = lex.title_words
    written_as_places = _places(items, lex) | places
    out: list[Found] = []
    for it, item in enumerate(items):
        listed = -1  # the end of the last name an organisation noun introduced: "lines X, Y and Z"
        runs = _org_join(item, _split_orgs(item, _runs(item, it, occ, lex), lex), lex)
        for i0, j0 in _sentence_case(item, runs, lex, occ.taken[it]):
            i, j, titled = _trim(item, i0, j0, lex)
            if i >= j or j - i > MAX_ORG_NAME:
                continue
            kind = _kind(item, i, j, titled, lex, titles, written_as_places)
            if kind is None and _in_list(item, listed, i, j, written_as_places):
                kind = ActorType.ORGANISATION
            if kind is not None:
                listed = j if kind is ActorType.ORGANISATION and (_org_noun(item, i, lex) or listed >= 0) else -1
                first = item.tokens[i]
                start = first.start + (lex.elided(first.raw) if _elided_name(first, lex) else 0)
                text = item.text[start : item.tokens[j - 1].end]
                out.append(Found(it, i, j, " ".join(text.split()), kind))
            else:
                listed = -1
    return out
