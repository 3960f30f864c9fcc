"""Roles and titles an article gives a person: "Name, <role>," and "<role> Name"."""

from __future__ import annotations

import re
from functools import lru_cache

from generator.article.items import Item
from generator.knowledge.records import Lexicon
from generator.text.tokens import fold_token

# "Maria Zakharova, spokesperson for the Russian foreign ministry, said": the role ends at the next
# comma, semicolon, full stop or bracket.
_AFTER_RE = re.compile(r"\s*,\s+(?:(?:a|an|the)\s+)?([^,;()“”\"]{3,160}?)\s*(?=[,;()“”\"]|\.(?:\s|$)|$)")
_CONNECTORS = frozenset({"of", "to", "for", "the", "in"})
_NOT_ROLE_START = frozenset({"who", "which", "that", "whose", "whom", "and", "but", "as", "while", "where"})
# Between the words of a title: spaces, a possessive ("Iran's most powerful ..."), "Lt. Gen.".
_TITLE_GAP = re.compile(r"(?:['’]s)?\.?\s+|-")
MAX_ROLE_WORDS = 16


# "said Rasool", "according to al-Assam"; not "told AFP", where the name is the listener. Another
# language adds its own verbs ("dijo", "a déclaré", "so"), and its articles and a comma may stand among
# the title's words ("dijo el alcalde de la ciudad, X").
_SAID_BEFORE = (r"\b(?:said|says|added|adds|wrote|writes|according to{more})\s*,?\s*"
                r"(?P<title>(?:[\w.{apostrophe}-]+{comma}\s+){{0,{n}}})$")
SAID_REACH = 80  # "said regional union officer Dean": the verb and the title words before the name
MAX_SAID_TITLE = 4
MAX_SAID_TITLE_OTHER = 7


@lru_cache(maxsize=16)
def _said_re(verbs: frozenset[str]) -> re.Pattern[str]:
    more = "".join(f"|{re.escape(v)}" for v in sorted(verbs, key=lambda v: (-len(v), v)))
    other = bool(verbs)
    return re.compile(_SAID_BEFORE.format(more=more, comma="[,،]?" if other else "", apostrophe="'’" if other else "",
                                          n=MAX_SAID_TITLE_OTHER if other else MAX_SAID_TITLE), re.I)


def said_before(text: str, lex: Lexicon) -> bool:
    """Whether ``text`` ends with a speech verb, then only the words of a title ("said Dr", "said chief officer")."""
    m = _said_re(lex.speech_before).search(text)
    if m is None:
        return False
    if not lex.speech_before:
        return all(w.casefold().strip(".") in lex.title_parts for w in m.group("title").split())
    allowed = lex.title_parts | lex.articles | lex.connectors
    role = complement = False
    raws = m.group("title").split()
    # "dijo la directora del centro, X": a plain word in the role's complement when a comma ends the title;
    # without articles (Russian) the complement follows the role straight ("директор аэропорта X").
    appositive = m.group("title").rstrip().endswith((",", "،")) or not lex.articles
    words = [fold_token(_unelided(w.strip(".,،"), lex)) for w in raws]
    skip = _audience(words, lex)
    verb = fold_token(m.group(0)[: m.start("title") - m.start()].strip(" ,"))
    # "selon l'œnologue X": after "according to" a lone noun of a trade's ending behind an article is a role
    according = not lex.compounds and verb in lex.speech_before and verb not in lex.speech_verbs and (
        (len(raws) == 1 and lex.elided(raws[0]) > 0) or (len(raws) == 2 and words[0] in lex.articles))
    for n, (raw, word) in enumerate(zip(raws[skip:], words[skip:], strict=True)):
        raw = raw.strip(".,،")
        noun = raw[lex.elided(raw):]
        if lex.is_role(word) or (according and n == len(raws) - 1 - skip and noun.isalpha() and noun[:1].islower()
                                 and word.endswith(lex.role_ends) and not lex.org_noun_of(word)
                                 and not lex.org_head_of(word) and word not in lex.not_names):
            role = True  # "sagte der Fraktionsvorsitzende X"
        elif (word in lex.connectors or (appositive and not lex.articles)) and role:
            complement = True
        elif not (word in allowed or (complement and (raw[:1].isupper() or (
                appositive and raw.isalpha() and word not in lex.not_names and word not in lex.speech_before)))):
            return False  # a capitalised word only in the role's complement: "a déclaré le ministre de la Santé, X"
    return True


def _audience(words: list[str], lex: Lexicon) -> int:
    """How many of ``words`` name who heard the words, right after the verb ("сообщил журналистам"): skipped."""
    if not lex.audiences:
        return 0
    for n in (3, 2, 1):
        if len(words) > n and " ".join(words[:n]) in lex.audiences:
            return n
    return 0


def _unelided(word: str, lex: Lexicon) -> str:
    """``word`` without an elided article ("l'entraîneuse" -> "entraîneuse")."""
    return word[lex.elided(word):]


def _bare(raw: str, lex: Lexicon) -> str:
    """The folded word without an elided article ("l'assessore" -> "assessore")."""
    return fold_token(_unelided(raw, lex))


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", text.casefold())


def after_role(item: Item, pos: int, lex: Lexicon) -> str | None:
    """The appositive role that follows char ``pos`` ("..., director of X,"), if any."""
    m = _AFTER_RE.match(item.text, pos)
    if not m:
        return None
    role = " ".join(m.group(1).split())
    words = _words(role)
    if not words or len(words) > MAX_ROLE_WORDS or words[0] in _NOT_ROLE_START or words[0] in lex.speech_verbs:
        return None
    return role if any(w in lex.role_words for w in words) else None


def before_role(item: Item, first: int, lex: Lexicon) -> str | None:
    """The title right before token ``first`` ("Russian Ambassador", "Iraqi army chief of staff Lt. Gen.")."""
    toks = item.tokens
    k = first
    titles, allowed, stops = lex.title_words, lex.title_parts, lex.untitled_not_names
    connectors = _CONNECTORS | lex.connectors if lex.connectors else _CONNECTORS
    comma_ok = True  # "The Russian ambassador to Iraq, Elbrus Kutrashev": one comma right before the name
    while k >= 1 and first - k < MAX_ROLE_WORDS:
        gap = item.text[toks[k - 1].end : toks[k].start]
        if comma_ok and k == first and re.fullmatch(r",\s+", gap):
            comma_ok = False
        elif not _TITLE_GAP.fullmatch(gap) or ("." in gap and toks[k - 1].folded not in titles):
            break
        prev = toks[k - 1]
        word = _bare(prev.raw, lex)
        if not (prev.capitalised or word in allowed or prev.folded in connectors):
            break
        if prev.capitalised and prev.folded in stops:
            break  # "However", "The": the title starts after them
        k -= 1
        if word != prev.folded:
            break  # "l'assessore": the elided article opens the title
    while k < first and (toks[k].folded in connectors or toks[k].folded in {"a", "an"}):
        k += 1
    end = first
    while end > k and toks[end - 1].folded in connectors:
        end -= 1
    words = [_bare(t.raw, lex) for t in toks[k:end]]
    if not words or not any(w in lex.role_words or w in titles for w in words):
        return None
    last = toks[end - 1]
    head = max(n for n, w in enumerate(words) if w in lex.role_words or w in titles)
    tail = toks[k + head + 1 : end]  # "vereador da oposição X": a lower-case complement after the role
    complement = bool(tail) and tail[0].folded in connectors and not any(t.capitalised for t in tail) and all(
        t.folded in connectors or t.folded in lex.role_modifiers or t.folded in lex.articles for t in tail)
    if not (words[-1] in lex.role_words or last.folded in titles or last.capitalised or complement):
        return None  # "vereador da oposição X": a role and its lower-case complement (a modifier) stand first
    dot = item.text[last.end : last.end + 1] == "." and last.folded in titles  # "Lt. Gen."
    start = toks[k].start + lex.elided(toks[k].raw)  # "l'amministratore delegato": the role without its article
    return item.text[start : last.end + dot].rstrip(" ,")
