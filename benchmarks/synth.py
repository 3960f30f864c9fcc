"""Deterministic synthetic news articles, saved the way people save web pages, for scale benchmarks.

usage: python benchmarks/synth.py OUT_DIR N [--seed S]

Every article is a plain-text copy of a whole web page (or, for a few, a Markdown note with
front matter or a saved ``.html`` page): site navigation, the outlet's name, the headline,
a byline, a date line in one of many formats, then about 800 words of body (300 to 1,500)
interrupted by advertisement lines, photo captions with credits, share buttons and
newsletter prompts, and followed by a list of other headlines and the site footer. Some
pages also carry an embedded tweet, a machine-translation notice or a numbered reference
list.

The vocabulary comes from the project's data files (outlets through the generator's own loader), so the
articles exercise what the generator knows: actors and their spelling variants
(``actors/*.yml`` of the package and of ``briefing/``), theme phrases (``themes.yml``), outlets and their domains
(``outlets.yml``), incident words (``events.yml``: several articles report the same
incident, so same-event grouping has work to do) and capital cities (metonym aliases).
Dates spread over 2020-2025. Titles are unique: each holds a word pair derived from the
article's number ("amid mounting scrutiny").

Deterministic: article ``i`` is drawn from ``random.Random(seed * 1_000_003 + i)`` (its page
layout from a second generator seeded the same way, the incident it reports from one seeded
with a string); nothing uses the global generator, the clock or set order. The same
``(n, seed)`` always writes byte-identical files, and a larger ``n`` only adds files.

API: ``make_corpus(folder, n, seed=0)`` writes the files and returns their paths, sorted;
``change_one(folder)`` edits one sentence of one article (the incremental-rebuild benchmark).
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import html
import json
import random
import re
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.knowledge import load_knowledge
from generator.knowledge.layers import Layers
from generator.knowledge.outlets import Outlet

ROOT = Path(__file__).resolve().parent.parent
# The example briefing's data folder, laid over the package defaults as a build lays it.
DATA = ROOT / "briefing"


def _words(text: str) -> tuple[str, ...]:
    """The words of ``text`` (keeps long word lists compact)."""
    return tuple(text.split())


START = dt.date(2020, 1, 1)
END = dt.date(2025, 12, 31)
MONTHS = _words("January February March April May June July August September October November December")
WEEKDAYS = _words("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")

# ---------------------------------------------------------------------------------------------
# Generic English: reporters' names, web-page chrome, grammar hints. No project data here.
# ---------------------------------------------------------------------------------------------
FIRST_NAMES = _words(
    "Sarah Michael Laila Ahmed John Maya Omar Elena David Nadia Thomas Hannah Samuel Rania Peter Julia Karim "
    "Anna Mark Fatima Daniel Sophie Hassan Claire James Yasmin Robert Irina Paul Leila Andrew Olga Simon Dina "
    "Alex Marta Chris Zeina Tom Lucy Nabil Emma Ben Salma Luke Katya Adam Rachel Tariq Ruth Ivan Mona Hugo "
    "Grace Jamal Alice Stefan Noor"
)
LAST_NAMES = _words(
    "Morgan Hadad Fischer Collins Rahman Petrov Navarro Whitaker Saleh Brennan Kowalski Dawson Haddad Lindqvist "
    "Mercer Okafor Tanaka Hollis Barakat Sorensen Calder Ibrahim Vance Lachance Moreau Kerr Yilmaz Novak Ashford "
    "Quinn Halloran Duarte Ferris Mansour Rourke Aziz Kessler Pryce Delgado Stroud Nakamura Harlow Sayegh Becker "
    "Fenwick Castillo Albright Marsh Karimi Doyle Renner Osei Lowry Varga Beaumont Hale Jaber Thorne Abbott Rios"
)
# Word pairs that make every title unique: adjective x noun (x extra modifier past 10,000).
PAIR_ADJECTIVES = _words(
    "mounting renewed growing fresh quiet public private rising sharp deepening lingering sustained sudden "
    "unexpected intense widening bitter cautious muted fierce broad persistent steady uneasy heavy limited "
    "wider local domestic legal economic tribal parliamentary provincial popular partisan official informal "
    "fragile costly lengthy repeated prolonged familiar unusual sporadic scattered bruising awkward simmering "
    "festering entrenched stubborn nagging lasting fleeting modest measured careful visible hidden open "
    "sweeping creeping rolling seasonal chronic acute lukewarm tepid restless anxious nervous guarded wary "
    "hesitant reluctant halting uneven patchy shifting murky tangled thorny knotty prickly delicate tense "
    "testy frosty chilly heated noisy loud fractious rancorous stormy turbulent volatile febrile jittery "
    "edgy skittish brittle shaky wobbly faltering flagging dwindling fading waning"
)
PAIR_NOUNS = _words(
    "pressure scrutiny criticism uncertainty tensions doubts questions calls warnings backlash anger "
    "frustration debate speculation concern fears hopes optimism rivalry divisions disagreement wrangling "
    "infighting unrest turmoil delays setbacks confusion suspicion mistrust expectations demands objections "
    "opposition interest attention caution alarm unease discontent dissent outrage pushback lobbying "
    "bargaining brinkmanship deadlock stalemate gridlock paralysis drift friction discord acrimony "
    "recriminations denials leaks rumours counterclaims revelations disclosures allegations complaints "
    "grievances shortages inflation austerity heatwaves drought flooding sandstorms wrangles quarrels "
    "disputes feuding rumblings murmurs misgivings qualms reservations scepticism cynicism impatience "
    "bickering squabbling manoeuvring posturing hesitation indecision confrontation standoffs quarrelling "
    "haggling sparring jostling rifts splits resentment grumbling jitters nerves"
)
PAIR_EXTRA = _words(
    "regional border budget cabinet court media street market tribal water power fuel trade campus "
    "provincial factional electoral clerical business labour farm transport health"
)
NAV_WORDS = _words(
    "Home World Middle-East Politics Business Economy Opinion Analysis Sport Culture Video Podcasts Live "
    "Newsletters Latest Features Investigations Science Tech Climate Africa Europe Asia Americas Markets "
    "Lifestyle Travel Weather Explainers Interviews Photos Archive"
)
SECTIONS = ("Middle East", "World", "Politics", "Iraq", "Security", "Energy", "Analysis", "News", "Region")
SHARE_LINES = (
    "Share",
    "Facebook",
    "Twitter",
    "Copy link",
    "WhatsApp",
    "Email",
    "Print",
    "Share this article",
    "Share on X",
    "Save",
    "Gift this article",
    "LinkedIn",
    "Telegram",
)
TOP_JUNK = ("Listen to this article", "{m} min read", "0", "Comments", "Select language", "Text size", "A A A")
AD_LINES = (
    "Advertisement",
    "ADVERTISEMENT",
    "Advertisement · Scroll to continue",
    "Story continues below advertisement",
    "Sponsored",
    "AD",
)
NEWSLETTER_LINES = (
    "Sign up for our {topic} newsletter",
    "Get the {topic} briefing in your inbox every morning. Sign up here.",
    "Subscribe to our newsletter for daily updates on the {topic}",
    "Stay informed with free updates",
    "Join our Telegram channel for the latest news",
    "Follow us on Twitter and Instagram to stay connected",
    "Download our app for breaking news alerts",
)
NEWSLETTER_TOPICS = ("Middle East", "world news", "security", "energy", "morning")
RELATED_HEADS = (
    "Articles You May Like",
    "Read more",
    "Related",
    "More from {outlet}",
    "Most read",
    "Related stories",
    "You might also like",
    "Latest news",
    "Recommended",
)
FOOTER_LINES = (
    "© {year} {outlet}. All rights reserved.",
    "Copyright © {year} {outlet}",
    "Privacy Policy",
    "Cookie settings",
    "Terms of Use",
    "About us",
    "Contact us",
    "Accessibility",
    "Do Not Sell or Share My Personal Information",
    "We use cookies to improve your experience on our site. By using it you accept our cookie policy.",
    "Advertise with us",
    "Careers",
    "Sitemap",
)
MT_NOTICES = (
    "Переведено сервисом «Яндекс Переводчик»",
    "This article was machine translated from Arabic.",
    "Translated by Google Translate",
    "This text was automatically translated. The original is in Russian.",
    "Machine translation: the original article is in Turkish.",
)
ARABIC_TWEETS = ("عاجل | انفجار يهز منطقة قرب العاصمة", "مصادر أمنية: استهداف رتل عسكري على الطريق الدولي")
OTHER_HEADLINE_SUBJECTS = _words(
    "Central-bank Football-club Tech-giant Film-festival Airline Car-maker Museum Pop-star Supermarket-chain "
    "Water-company Hotel-group Publisher Rail-operator Celebrity-chef Fashion-house"
)
OTHER_HEADLINE_PREDICATES = (
    "raises forecast for next year",
    "hits record high as demand rebounds",
    "unveils plans for new headquarters",
    "faces questions over pay deal",
    "sees slowest growth in a decade",
    "wins award at annual ceremony",
    "cuts prices ahead of the holidays",
    "postpones launch until spring",
    "reports surge in visitor numbers",
    "signs veteran coach on two-year contract",
)
PHOTO_VERBS = (
    "speaks during a news conference in",
    "attends a meeting in",
    "arrives for talks in",
    "is pictured at a ceremony in",
    "gestures as he speaks in",
    "looks on during a visit to",
)
CAPTION_SCENES = (
    "Smoke rises after an explosion in",
    "Security forces stand guard at a checkpoint in",
    "People gather at the scene of the attack in",
    "A general view of the city of",
    "Members of the security forces patrol a street in",
    "A convoy moves along a road near",
)
PLACE_PREPS = ("near", "east of", "north of", "south of", "west of", "outside", "in")
PROFESSIONS = ("a senior fellow", "an analyst", "a researcher", "a non-resident fellow", "director of studies")
# Grammar hints for phrases from the data files: base-form verbs that are not nouns, irregular
# past forms, adjectives without an adjective suffix, prepositions.
BASE_VERBS = frozenset(
    _words("withdraw expel leave remain meet agree sign cooperate retaliate negotiate pull out deploy evacuate")
)
IRREGULAR_PAST = frozenset(_words("met struck withdrew withdrawn hit held shot took left fought led sought drawn"))
ADJECTIVES = frozenset(_words("bilateral regional strategic military political economic"))
PREPOSITIONS = frozenset(_words("with to by on of in for from against"))
MASS_SUFFIXES = ("ism", "acy", "ion", "ence", "ance", "ity", "ty", "cy", "ment", "ing", "ship")
# Last words that make a country's name take "the" ("the United States", "the Kurdistan Region").
STATE_WORDS = frozenset(_words("states kingdom emirates republic region federation authority"))
# Titles that stand before a name ("Prime Minister Mohammed Shia al-Sudani"); "Head X" does not.
TITLE_HEADS = frozenset(_words("President Minister King Queen Prince Emir Ambassador General Governor Mayor"))


# ---------------------------------------------------------------------------------------------
# Project data
# ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Actor:
    """One registry entry, with the spellings an article may use for it."""

    name: str
    kind: str
    nouns: tuple[str, ...]  # noun phrases, each with "the" where English wants it
    adjectives: tuple[str, ...] = ()  # demonyms: "Iraqi"
    short: tuple[str, ...] = ()  # later mentions of a person: "Lavrov"
    title: str | None = None  # "Foreign Minister" for "Foreign Minister Sergey Lavrov"
    role: str = ""  # "foreign minister of Russia"
    capital: str | None = None  # a metonym: "Baghdad"
    quotable: bool = True  # a person alive and in office in some of 2020-2025


@dataclass(frozen=True)
class Theme:
    """A theme's phrases and the registry actors that count for it."""

    name: str
    phrases: tuple[str, ...]
    actors: tuple[str, ...]


@dataclass(frozen=True)
class Registry:
    """Everything the articles are made of, read once through the generator's own data layers."""

    actors: dict[str, Actor]
    by_kind: dict[str, tuple[Actor, ...]]
    themes: tuple[Theme, ...]
    outlets: tuple[Outlet, ...]
    outlet_weights: tuple[float, ...]
    agencies: tuple[str, ...]
    think_tanks: tuple[str, ...]
    families: dict[str, tuple[str, ...]]
    participants: tuple[str, ...]
    capitals: tuple[str, ...]
    role_words: frozenset[str]
    org_words: frozenset[str]
    pair_adjectives: tuple[str, ...]
    pair_nouns: tuple[str, ...]


def _load(layers: Layers, name: str) -> Any:
    """A data file as the generator reads it (the package's, with the owner's folder laid on top)."""
    return layers.load(name)[0]


def _alias_texts(entry: dict[str, Any]) -> tuple[list[str], list[str], list[str]]:
    """(plain aliases, metonyms, aliases that need a context word, with one: "IS fighters")."""
    plain: list[str] = []
    metonyms: list[str] = []
    context: list[str] = []
    for alias in entry.get("aliases") or []:
        if isinstance(alias, str):
            plain.append(alias)
        elif alias.get("metonym"):
            metonyms.append(alias["text"])
        elif alias.get("context"):
            context += [f"{alias['text']} {word}" for word in alias["context"][:4] if word.endswith("s")]
    return plain, metonyms, context


def _is_demonym(word: str) -> bool:
    return (
        " " not in word
        and word[:1].isupper()
        and not word.isupper()
        and word.endswith(("i", "an", "ese", "ish", "ch"))
        and not word.endswith("stan")
    )


def _needs_article(name: str, kind: str, org_words: frozenset[str]) -> bool:
    """Whether English puts "the" before this name ("the Kremlin", "the Iraqi government", not "NATO")."""
    words = name.split()
    lowered = [w.lower() for w in words]
    if name.startswith("the ") or kind in ("person", "company", "media outlet"):
        return False
    if name[:1].islower():
        return not re.match(r"[a-z]{1,3}-[A-Z]", name)  # "the coalition forces", but "al-Hashd al-Shaabi"
    if len(words) > 1 and words[-1][:1].islower() and "-" not in words[-1]:
        return True  # "Iraqi government", "Houthi rebels"
    if any(w in ("of", "in", "for", "and") for w in lowered) or lowered[-1] in org_words:
        return True
    if kind in ("country", "regional government"):
        return len(words) > 1 and lowered[-1] in STATE_WORDS
    if len(words) == 1 and (words[0].isupper() or kind == "armed group"):
        return lowered[0].endswith("s") and not lowered[0].endswith(("as", "ss", "us")) and not words[0].isupper()
    return kind in ("international organisation", "government body", "political party", "armed forces")


_ROLE_TIME = re.compile(r"\s+(?:from|since|until|between)\s+(?:[A-Z][a-z]+\s+)?\d{4}\b.*$|\s*\([^)]*\)")


def _person(entry: dict[str, Any], lexicon: dict[str, Any]) -> Actor:
    name = entry["name"]
    plain, _, _ = _alias_texts(entry)
    role = _ROLE_TIME.sub("", entry["description"].split(";")[0].strip().rstrip(".")).strip()
    quotable = not re.search(r"\b(?:killed|death|died|until his|overthrow)\b", entry["description"])
    title = None
    for t in sorted(lexicon["titles"], key=len, reverse=True):
        head = t.split()[-1]
        if head in TITLE_HEADS and re.match(rf"{re.escape(t)} (?:of|to|and) ", role, re.I):
            title = t
            break
    generic = {w.lower() for key in ("titles", "role_words", "role_modifiers") for w in lexicon[key]}
    words = role.split()
    for j, word in enumerate(words):  # "Prime Minister of Iraq" -> "prime minister of Iraq"
        if word.lower() not in generic:
            break
        words[j] = word.lower()
    role = " ".join(words)
    full = [a for a in plain if " " in a and a[:1].isupper()]
    singles = [a for a in plain if " " not in a and a[:1].isupper() and not a.isupper()]
    words = name.split()
    last = words[-1]
    if len(words) > 2 and words[-2].islower():  # "Mohammed bin Salman" -> "bin Salman"
        last = " ".join(words[-2:])
    short = tuple(dict.fromkeys([*singles, name if last.isupper() or last in ("II", "III") else last]))
    return Actor(name, "person", (name, *full), (), short, title, role, None, quotable)


def _actor(entry: dict[str, Any], org_words: frozenset[str]) -> Actor:
    name, kind = entry["name"], entry["type"]
    plain, metonyms, context = _alias_texts(entry)
    adjectives = tuple(a for a in plain if _is_demonym(a))
    nouns = [name, *(a for a in plain if a not in adjectives and not (a.endswith("s") and _is_demonym(a[:-1])))]
    nouns = [f"the {n}" if _needs_article(n, kind, org_words) else n for n in nouns] + context
    adjectives = adjectives if kind == "country" else ()
    return Actor(name, kind, tuple(dict.fromkeys(nouns)), adjectives, capital=metonyms[0] if metonyms else None)


def _actor_name(item: Any) -> str:
    return str(item["actor"] if isinstance(item, dict) else item)


@functools.cache
def registry() -> Registry:
    """Read the project's data files (once per process)."""
    layers = Layers(DATA if DATA.is_dir() else None)
    lexicon = _load(layers, "actors/lexicon.yml")
    org_words = frozenset(w.lower() for w in lexicon["org_words"])
    actors: dict[str, Actor] = {}
    for name in layers.names("actors"):
        for entry in (_load(layers, f"actors/{name}") or {}).get("actors") or []:
            actor = _person(entry, lexicon) if entry["type"] == "person" else _actor(entry, org_words)
            actors[actor.name] = actor
    by_kind: dict[str, list[Actor]] = {}
    for actor in actors.values():
        by_kind.setdefault(actor.kind, []).append(actor)
    themes = tuple(
        Theme(
            t["name"],
            tuple(p if isinstance(p, str) else p["phrase"] for p in t.get("phrases") or []),
            tuple(_actor_name(a) for a in t.get("actors") or [] if _actor_name(a) in actors),
        )
        for t in (_load(layers, "themes.yml") or {}).get("themes") or []
    )
    outlets = [o for o in load_knowledge(layers.owner).outlets.entries if o.domains]  # the generator's own table
    news = tuple(o for o in outlets if o.kind not in ("think tank", "government", "blog"))
    events = _load(layers, "events.yml")
    families = {name: tuple(f["words"]) for name, f in sorted(events["families"].items())}
    kinds = events.get("participant_types") or ["person", "armed group"]
    participants = tuple(a.name for a in actors.values() if a.kind in kinds and a.quotable)
    used = {w.lower() for t in themes for p in t.phrases for w in p.split()}
    used |= {w.lower() for words in families.values() for p in words for w in p.split()}
    return Registry(
        actors=actors,
        by_kind={k: tuple(v) for k, v in sorted(by_kind.items())},
        themes=themes,
        outlets=news,
        outlet_weights=tuple(1.0 / (rank + 2) for rank in range(len(news))),
        agencies=tuple(o.name for o in outlets if o.kind in ("wire service", "news agency")),
        think_tanks=tuple(o.name for o in outlets if o.kind == "think tank") or ("a research institute",),
        families=families,
        participants=participants,
        capitals=tuple(a.capital for a in actors.values() if a.capital),
        role_words=frozenset(w.lower() for w in lexicon["role_words"]),
        org_words=org_words,
        pair_adjectives=tuple(dict.fromkeys(w for w in PAIR_ADJECTIVES if w not in used)),
        pair_nouns=tuple(dict.fromkeys(w for w in PAIR_NOUNS if w not in used)),
    )


def title_pair(i: int) -> str:
    """The word pair that makes article ``i``'s title unique ("mounting scrutiny")."""
    reg = registry()
    adjs, nouns = reg.pair_adjectives, reg.pair_nouns
    a, rest = i % len(adjs), i // len(adjs)
    # The noun is shifted by the adjective so neighbouring articles differ in both words;
    # (a, b) still determines rest % len(nouns), so no two articles share a pair.
    b, extra = (rest + 37 * a) % len(nouns), rest // len(nouns)
    words = [adjs[a]]
    while extra > 0:  # past len(adjs) * len(nouns) titles: one more modifier per round
        extra -= 1
        words.append(PAIR_EXTRA[extra % len(PAIR_EXTRA)])
        extra //= len(PAIR_EXTRA)
    return " ".join([*words, nouns[b]])


def cap(text: str) -> str:
    """``text`` with its first letter in upper case (a sentence may start with "al-Sudani")."""
    return text[:1].upper() + text[1:]


# ---------------------------------------------------------------------------------------------
# Phrases from the data files, placed in frames that fit their grammar
# ---------------------------------------------------------------------------------------------
def _head(phrase: str) -> str:
    words = phrase.split()
    return (words[0] if any(w in PREPOSITIONS for w in words[1:]) else words[-1]).lower()


@functools.cache
def phrase_class(phrase: str) -> str:
    """How a theme or incident phrase fits a sentence.

    verb (withdraw), past (targeted), agent (fields operated [by]), mod (Iran-aligned), post
    (close to Iran), open (cooperating with [X]), people (protesters), name (Moscow), system
    (S-400), role (ambassador), institution (foreign ministry), noun (everything else).
    """
    reg = registry()
    words = phrase.split()
    low = phrase.lower()
    if words[0].lower() in BASE_VERBS:
        return "verb"
    if low.endswith("s") and low[:-1] in BASE_VERBS:
        return "present"  # "meets": fits none of the frames
    if len(words) == 2 and words[0].endswith("ed") and words[1] in ("out", "up", "off", "down", "back"):
        return "past"
    if len(words) > 1 and words[-1].lower() in PREPOSITIONS:
        return "open"
    if len(words) > 1 and words[1] in ("to", "by") and words[0].islower():
        return "post"
    if len(words) == 1 and (low in IRREGULAR_PAST or (low.endswith("ed") and "-" not in low and low.islower())):
        return "past"
    if len(words) > 1 and words[-1].endswith("ed") and words[-1].islower():
        return "agent"
    if len(words) == 1 and (
        ("-" in phrase and low.endswith("ed")) or low in ADJECTIVES or low.endswith(("ist", "ory", "ic", "ive"))
    ):
        return "mod"
    if len(words) == 1 and low.endswith(("ers", "ors")):
        return "people"
    if phrase in reg.capitals:
        return "name"
    if phrase[:1].isupper() and len(words) == 1:
        return "system"
    if _head(phrase) in reg.role_words:
        return "role"
    if len(words) > 1 and _head(phrase) in reg.org_words:
        return "institution"
    return "noun"


def noun_phrase(phrase: str) -> str:
    """``phrase`` with "the" unless its head is a mass or plural noun ("sovereignty", "sleeper cells")."""
    head = _head(phrase)
    if "'s" in phrase or phrase[:1].isupper():
        return f"the {phrase}"
    if head.endswith(MASS_SUFFIXES) or (head.endswith("s") and not head.endswith("ss")):
        return phrase
    if phrase.split()[-1].isupper():  # "attacks on US" -> "attacks on US forces"
        return f"{phrase} forces"
    return f"the {phrase}"


# ---------------------------------------------------------------------------------------------
# One article
# ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Incident:
    """What several articles report: a participant near an incident word, at a place and date."""

    family: str
    word: str
    participant: str
    prep: str
    place: str
    date: dt.date


def incident(seed: int, k: int) -> Incident:
    """Incident ``k`` of the corpus made with ``seed`` (drawn from its own string-seeded generator)."""
    reg = registry()
    rng = random.Random(f"synth-incident-{seed}-{k}")
    family = rng.choice(sorted(reg.families))
    nouns = [w for w in reg.families[family] if phrase_class(w) == "noun"] or list(reg.families[family])
    date = START + dt.timedelta(days=rng.randrange((END - START).days - 5))
    return Incident(
        family, rng.choice(nouns), rng.choice(reg.participants), rng.choice(PLACE_PREPS), rng.choice(reg.capitals), date
    )


Frame = Callable[[], str]


@dataclass
class Writer:
    """Writes the sentences of one article; remembers who was introduced and which frames were used."""

    rng: random.Random
    reg: Registry
    date: dt.date
    event: Incident
    people: list[Actor]
    countries: list[Actor]
    orgs: list[Actor]
    groups: list[Actor]
    companies: list[Actor]
    themes: list[Theme]
    pair: str
    curly: bool = True
    places: list[str] = field(default_factory=list)  # the cities this article is about
    introduced: set[str] = field(default_factory=set)
    used: dict[str, set[int]] = field(default_factory=dict)

    def one(self, key: str, frames: Sequence[Frame], sentence: bool = True) -> str:
        """Run one of ``frames``, preferring one this article has not used yet; a sentence starts in capitals."""
        used = self.used.setdefault(key, set())
        free = [j for j in range(len(frames)) if j not in used] or list(range(len(frames)))
        j = self.rng.choice(free)
        used.add(j)
        text = frames[j]()
        return cap(text) if sentence else text

    # -- mentions -------------------------------------------------------------------------------
    def q(self, text: str) -> str:
        """Quote marks in the outlet's style."""
        return f"“{text}”" if self.curly else f'"{text}"'

    def noun(self, actor: Actor) -> str:
        """A name for ``actor``: its canonical name mostly, sometimes an alias or its capital."""
        if actor.kind == "person":
            return self.person(actor)[0]
        if actor.capital and self.rng.random() < 0.2:
            return actor.capital
        forms = actor.nouns
        return forms[0] if len(forms) == 1 or self.rng.random() < 0.65 else self.rng.choice(forms[1:])

    def adjective(self, actor: Actor | None = None) -> str:
        """A demonym ("Iraqi") of ``actor`` or of one of the article's countries."""
        actor = actor or self.rng.choice(self.countries)
        return self.rng.choice(actor.adjectives) if actor.adjectives else actor.nouns[0].removeprefix("the ")

    def person(self, actor: Actor) -> tuple[str, str | None]:
        """(how the person is named here, an appositive role on first mention or None)."""
        if actor.name in self.introduced:
            return (self.rng.choice(actor.short) if self.rng.random() < 0.85 else actor.name), None
        self.introduced.add(actor.name)
        name = actor.nouns[0] if len(actor.nouns) == 1 or self.rng.random() < 0.7 else self.rng.choice(actor.nouns)
        if actor.title and self.rng.random() < 0.6:
            return f"{actor.title} {name}", None
        return name, actor.role or None

    def subject(self, actor: Actor | None = None) -> str:
        """A person as the subject of a clause: "Sergey Lavrov, foreign minister of Russia,"."""
        actor = actor or self.speaker()
        name, role = self.person(actor)
        return f"{name}, {role}," if role else name

    def speaker(self) -> Actor:
        """A person of the article who can be quoted (alive and in office at some point in 2020-2025)."""
        return self.rng.choice([p for p in self.people if p.quotable] or self.people)

    def country(self) -> str:
        """One of the article's countries, as a noun phrase."""
        return self.noun(self.rng.choice(self.countries))

    def two_countries(self) -> tuple[str, str]:
        """Two different countries (never "Kuwait and the State of Kuwait")."""
        first, second = self.rng.sample(self.countries, 2)
        return self.noun(first), self.noun(second)

    def org(self) -> str:
        """One of the article's organisations, as a noun phrase."""
        return self.noun(self.rng.choice(self.orgs))

    def group(self) -> str:
        """One of the article's armed groups, as a noun phrase."""
        return self.noun(self.rng.choice(self.groups))

    def capital(self) -> str:
        """One of the cities the article is about."""
        return self.rng.choice(self.places)

    def participant(self) -> str:
        """The incident's participant (a person or an armed group)."""
        return self.noun(self.reg.actors[self.event.participant])

    def place(self) -> str:
        """A place phrase: "east of Baghdad"."""
        return f"{self.rng.choice(PLACE_PREPS)} {self.capital()}"

    def agency(self) -> str:
        """A news agency from outlets.yml."""
        return self.rng.choice(self.reg.agencies)

    def topic(self) -> str:
        """A theme phrase that reads as a noun phrase, for quotes and analysis."""
        theme = self.rng.choice(self.themes)
        nouns = [p for p in theme.phrases if phrase_class(p) == "noun"]
        return noun_phrase(self.rng.choice(nouns)) if nouns else "the situation"

    # -- dates ----------------------------------------------------------------------------------
    def when(self, day: dt.date) -> str:
        """``day`` as a report written on the article's date refers to it."""
        if day == self.date:
            return self.rng.choice(("on " + WEEKDAYS[day.weekday()], "today", "earlier today"))
        if (self.date - day).days == 1:
            return self.rng.choice(("yesterday", "on " + WEEKDAYS[day.weekday()]))
        return "on " + WEEKDAYS[day.weekday()]

    def relative(self) -> str:
        """A relative date ("last week", "on Tuesday")."""
        return self.rng.choice(
            (
                "last week",
                "earlier this month",
                "last month",
                "two days ago",
                "last year",
                "earlier this year",
                "in recent weeks",
                self.when(self.date),
            )
        )

    def past_date(self) -> str:
        """A date before the article's, as newspapers write it: "March 3", "3 March 2021"."""
        day = self.date - dt.timedelta(days=self.rng.randrange(3, 700))
        style = self.rng.random()
        month = MONTHS[day.month - 1]
        if style < 0.3 and day.year == self.date.year:
            return f"{month} {day.day}"
        if style < 0.5 and day.year == self.date.year:
            return f"{day.day} {month}"
        if style < 0.8:
            return f"{month} {day.year}"
        return f"{month} {day.day}, {day.year}"

    def on_past_date(self) -> str:
        """A past date with its preposition: "on March 3", "in May 2021"."""
        text = self.past_date()
        return ("in " if text.split()[-1].isdigit() and len(text.split()) == 2 else "on ") + text

    def future(self) -> str:
        """A later date or period: "on April 2", "next month"."""
        day = self.date + dt.timedelta(days=self.rng.randrange(5, 60))
        return self.rng.choice(
            (
                f"on {MONTHS[day.month - 1]} {day.day}",
                "next month",
                "later this month",
                f"in {MONTHS[day.month - 1]}",
                "next week",
                "in the coming weeks",
            )
        )

    # -- theme phrases ----------------------------------------------------------------------------
    def theme_sentence(self, phrase: str) -> str:
        """A sentence that holds ``phrase`` in a frame that fits its grammar."""
        cls, r = phrase_class(phrase), self.rng
        if cls == "present":  # "meets" -> "meet"
            phrase, cls = phrase[:-1], "verb"
        frames: tuple[Frame, ...]
        if cls == "verb":
            frames = (
                lambda: f"{self.country()} has said it is under no pressure to {phrase}.",
                lambda: f"Lawmakers in {self.capital()} have stepped up calls to {phrase}.",
                lambda: f"Officials said there was no timetable yet for any decision to {phrase}.",
                lambda: f"{self.subject()} said {self.relative()} that there were no plans to {phrase}.",
            )
        elif cls == "past":
            frames = (
                lambda: f"Several fighters were {phrase} {self.place()}, security sources said.",
                lambda: f"Two members of a local faction were {phrase} in the incident, according to police.",
                lambda: f"A senior commander of {self.group()} was {phrase} {self.relative()}, residents said.",
                lambda: f"At least {r.randrange(2, 12)} people were {phrase}, according to {self.agency()}.",
            )
        elif cls == "mod" and ("-" in phrase or phrase.endswith("ist")):  # says who people are
            noun = r.choice(("groups", "factions", "networks", "cells", "militias"))
            frames = (
                lambda: f"{noun} described as {phrase} have become more active {self.place()}.",
                lambda: f"Officials in {self.capital()} warned that {phrase} {noun} could complicate the picture.",
                lambda: f"{self.subject()} has repeatedly criticised {phrase} {noun}.",
                lambda: f"Security sources said {phrase} {noun} had moved fighters {self.place()}.",
                lambda: f"The government has struggled to rein in {phrase} {noun}.",
            )
        elif cls == "mod":  # says what actions are
            noun = r.choice(("measures", "steps", "efforts", "channels", "options"))
            frames = (
                lambda: f"Officials in {self.capital()} said {phrase} {noun} were being considered.",
                lambda: f"The {phrase} {noun} were discussed at length, according to people familiar with the matter.",
                lambda: f"{self.subject()} has repeatedly called for {phrase} {noun}.",
                lambda: f"{self.country()} has so far preferred {phrase} {noun}, diplomats say.",
                lambda: f"Critics say {phrase} {noun} alone will not be enough.",
            )
        elif cls == "post":
            frames = (
                lambda: f"Factions {phrase} have denied any involvement, according to {self.agency()}.",
                lambda: f"Politicians {phrase} hold a large share of seats in parliament.",
                lambda: f"Several commanders {phrase} were reported to have left {self.capital()}.",
            )
        elif cls == "open":
            frames = (
                lambda: f"Officials {phrase} {self.country()} said the discussions had been constructive.",
                lambda: "Critics say {0} risks {2} {1} at the expense of its neighbours.".format(
                    *self.two_countries(), phrase
                ),
                lambda: f"Companies {phrase} {self.country()} have been warned of possible sanctions.",
            )
        elif cls == "agent":
            frames = (
                lambda: (
                    f"Output at the {phrase} by {self.noun(r.choice(self.companies))} rose to "
                    f"{r.randrange(120, 480)},000 barrels a day."
                ),
                lambda: f"The {phrase} by {self.noun(r.choice(self.companies))} have been hit by delays.",
            )
        elif cls == "name":
            frames = (
                lambda: f"Officials in {phrase} declined to comment.",
                lambda: f"The talks in {phrase} ended without a joint statement.",
                lambda: f"Diplomats in {phrase} said they were following events closely.",
            )
        elif cls == "system":
            frames = (
                lambda: f"{self.country()} has shown interest in buying {phrase} systems, officials said.",
                lambda: f"Deliveries of {phrase} systems were discussed, according to a source in {self.capital()}.",
                lambda: f"The {phrase} batteries are expected to be deployed {self.place()}.",
            )
        elif cls == "people":
            frames = (
                lambda: f"Hundreds of {phrase} gathered {self.place()} {self.relative()}.",
                lambda: f"Police said several {phrase} had been detained.",
            )
        elif cls in ("role", "institution"):
            the = f"the {phrase}" if phrase[:1].isupper() else f"the {self.adjective()} {phrase}"
            if cls == "role":
                frames = (
                    lambda: f"{the} met officials in {self.capital()} {self.relative()}, according to {self.agency()}.",
                    lambda: f"A meeting with {the} is planned for {self.future().removeprefix('on ')}.",
                    lambda: f"{the} is expected to attend, according to people familiar with the plans.",
                    lambda: f"{the} declined to comment when contacted by {self.agency()}.",
                )
            else:
                frames = (
                    lambda: f"{the} said in a statement that {self.clause()}.",
                    lambda: f"{the} has not commented on the reports.",
                    lambda: f"A source at {the} confirmed the details {self.relative()}.",
                )
        else:
            np = noun_phrase(phrase)
            frames = (
                lambda: f"Much of the discussion focused on {np}, according to a readout of the meeting.",
                lambda: f"The question of {np} has dominated debate in {self.capital()} for months.",
                lambda: f"Critics say the government still has no clear policy on {np}.",
                lambda: (
                    "{} and {} have held several rounds of consultations on {} ".format(*self.two_countries(), np)
                    + f"since {self.past_date()}."
                ),
                lambda: f"Concerns over {np} are likely to grow, analysts say.",
                lambda: f"The issue of {np} is expected to come up again {self.future()}.",
                lambda: f"A report published {self.relative()} by {self.org()} highlighted {np} as a growing concern.",
                lambda: f"Lawmakers remain divided over {np}.",
                lambda: f"{np} has become a central issue in the run-up to the next budget.",
                lambda: f"Officials privately acknowledge that {np} remains unresolved.",
                lambda: f"{self.subject()} raised {np} during a phone call with his counterpart in {self.capital()}.",
                lambda: f"The government is expected to set out its approach to {np} {self.future()}.",
                lambda: "Diplomats say {} will weigh on relations between {} and {}.".format(np, *self.two_countries()),
            )
        return self.one(f"theme-{cls}", frames)

    # -- other sentences ---------------------------------------------------------------------------
    def quote_text(self) -> str:
        """The words of a quote, without quote marks or final punctuation."""
        frames: tuple[Frame, ...] = (
            lambda: f"We will not allow {self.country()} to become an arena for settling scores",
            lambda: f"Our position on {self.topic()} has not changed",
            lambda: f"We are studying all options, and we will decide in the interest of the {self.adjective()} people",
            lambda: "Nobody wants an escalation, but our patience has limits",
            lambda: f"This is a matter for the {self.adjective()} people alone",
            lambda: f"There is no justification for what happened {self.place()}",
            lambda: "We expect our partners to respect the agreements they have signed",
            lambda: f"The door to dialogue on {self.topic()} remains open",
            lambda: "We have made our position very clear to all sides",
            lambda: f"What we are seeing is a dangerous escalation, and {self.country()} bears responsibility for it",
            lambda: "These are just rumours, and we will not comment on rumours",
            lambda: f"Our cooperation with {self.country()} is not directed against anyone",
            lambda: "The priority now is to protect civilians and restore calm",
            lambda: "We are ready to listen, but not under pressure",
            lambda: "We will hold those responsible to account",
            lambda: "Our forces are on high alert",
            lambda: "We call on all parties to exercise restraint",
            lambda: "This decision was not taken lightly",
            lambda: "We have nothing to hide",
            lambda: f"The {self.adjective()} government has a responsibility to protect its citizens",
            lambda: "History will judge those who chose escalation",
            lambda: "Let me be clear: we will defend our interests",
            lambda: f"We are in close contact with our partners in {self.capital()}",
            lambda: f"Nobody should doubt our commitment to {self.topic()}",
        )
        return self.one("quote-text", frames, sentence=False)

    def clause(self) -> str:
        """A clause for reported speech: "the decision had been taken after ..."."""
        frames: tuple[Frame, ...] = (
            lambda: f"{self.country()} would not be drawn into a wider conflict",
            lambda: f"{self.group()} posed a continuing threat to stability in the region",
            lambda: f"the government was committed to protecting foreign missions {self.place()}",
            lambda: "{} had received assurances from {}".format(*self.two_countries()),
            lambda: f"{self.country()} would continue to work with {self.org()}",
            lambda: "the matter would be discussed at the next cabinet meeting",
            lambda: f"{self.group()} was trying to exploit the situation",
            lambda: "{} had asked {} for clarification".format(*self.two_countries()),
            lambda: f"security had been stepped up {self.place()}",
            lambda: "there would be no change in policy",
            lambda: f"{self.org()} had been informed of the decision",
            lambda: "an investigation had been opened",
            lambda: f"the border crossings {self.place()} would remain open",
            lambda: "the situation was being monitored closely",
            lambda: f"{self.country()} had never been consulted on {self.topic()}",
            lambda: f"the government would not accept any interference in {self.topic()}",
            lambda: f"talks with {self.org()} would continue {self.future()}",
            lambda: f"the decision had been taken after consultations with {self.country()}",
            lambda: f"{self.group()} had been warned against further escalation",
            lambda: f"the security situation {self.place()} remained tense but under control",
            lambda: f"a joint committee would review {self.topic()}",
            lambda: f"{self.country()} was ready to play a constructive role",
            lambda: f"no decision had yet been taken on {self.topic()}",
        )
        return self.one("clause", frames, sentence=False)

    def quote_sentence(self) -> str:
        """A sentence that quotes a person or reports what one said."""
        r = self.rng

        def ctx() -> str:
            return r.choice(
                (
                    "",
                    "",
                    " " + self.when(self.date - dt.timedelta(days=r.randrange(0, 3))),
                    " in a statement",
                    f" at a news conference in {self.capital()}",
                    f" in an interview with {self.agency()}",
                )
            )

        def said_name() -> str:
            name, role = self.person(self.speaker())
            return f"said {name}, {role}" if role else f"{name} said{ctx()}"

        frames: tuple[Frame, ...] = (
            lambda: f"{self.q(self.quote_text() + ',')} {said_name()}.",
            lambda: f"{self.subject()} said{ctx()} that {self.clause()}.",
            lambda: (
                f"{self.q(self.quote_text())}, {self.person(self.speaker())[0]} "
                f"{r.choice(('said', 'added', 'warned', 'stressed'))}."
            ),
            lambda: f"{self.subject()} told reporters {self.place()} that {self.clause()}.",
            lambda: f"{self.subject()} {r.choice(('insisted', 'stressed', 'noted', 'argued'))} that {self.clause()}.",
            lambda: f"{self.q(self.quote_text() + '.')} That was how {self.subject()} put it{ctx()}.",
            lambda: f"Speaking {self.place()}, {self.person(self.speaker())[0]} said {self.clause()}.",
            lambda: f"{self.q(self.quote_text() + ',')} {self.person(self.speaker())[0]} wrote on X, formerly Twitter.",
            lambda: (
                f"{self.subject()} described {self.topic()} as "
                f"{self.q(r.choice(('a red line', 'an internal matter', 'not up for negotiation', 'a priority')))}."
            ),
            lambda: f"In a televised address, {self.person(self.speaker())[0]} said {self.clause()}.",
            lambda: (
                f"Asked about {self.topic()}, {self.person(self.speaker())[0]} said: {self.q(self.quote_text() + '.')}"
            ),
            lambda: f"{self.subject()} has said in the past that {self.clause()}.",
            lambda: (
                f"{self.q(self.quote_text() + ',')} {self.person(self.speaker())[0]} told {self.agency()} by phone."
            ),
            lambda: f"According to {self.person(self.speaker())[0]}, {self.clause()}.",
            lambda: f"A statement from the office of {self.person(self.speaker())[0]} said {self.clause()}.",
            lambda: (
                f"{self.subject()} {r.choice(('warned', 'said'))} {self.relative()} that {self.clause()}, "
                f"adding: {self.q(self.quote_text() + '.')}"
            ),
        )
        return self.one("quote", frames)

    def incident_sentence(self) -> str:
        """A sentence that names the incident's participant next to the incident word."""
        ev, r = self.event, self.rng
        frames: tuple[Frame, ...] = (
            lambda: (
                f"The {ev.word} involving {self.participant()} took place {ev.prep} {ev.place} {self.when(ev.date)}."
            ),
            lambda: (
                f"{self.participant()} was at the centre of the {ev.word} {self.when(ev.date)}, "
                f"{r.choice(('officials said', 'according to witnesses', 'a security source said'))}."
            ),
            lambda: (
                f"Details of the {ev.word} involving {self.participant()} emerged {self.when(ev.date)}, "
                f"{r.choice(('local media reported', 'a security source said', 'officials said'))}."
            ),
            lambda: (
                f"{self.country()} said it was still assessing the {ev.word} {ev.prep} {ev.place} "
                f"and the role of {self.participant()}."
            ),
            lambda: f"According to {self.agency()}, {self.participant()} played a central role in the {ev.word}.",
            lambda: f"It was not clear how many people were present at the {ev.word} with {self.participant()}.",
        )
        return self.one("incident", frames)

    def background_sentence(self) -> str:
        """A sentence of context: numbers, dates, "did not respond to a request for comment"."""
        r = self.rng
        frames: tuple[Frame, ...] = (
            lambda: (
                f"{self.country()} has about {r.randrange(5, 60) * 100:,} troops in the region, "
                f"according to {self.org()}."
            ),
            lambda: (
                f"Since {self.past_date()}, at least {r.randrange(12, 240)} similar incidents have been recorded, "
                f"according to figures compiled by {self.agency()}."
            ),
            lambda: f"{self.org()} did not immediately respond to a request for comment.",
            lambda: f"There was no immediate comment from {self.country()}.",
            lambda: "The report could not be independently verified.",
            lambda: f"{self.adjective()} media reported {self.relative()} that {self.clause()}.",
            lambda: f"{self.on_past_date()}, {self.clause()}, officials said.",
            lambda: (
                f"The government has earmarked {r.randrange(2, 40)} billion dollars for reconstruction, "
                f"up {r.randrange(3, 30)} per cent on the previous year."
            ),
            lambda: f"{self.country()} is expected to announce its decision {self.future()}.",
            lambda: f"{self.group()} has not commented publicly on the matter.",
            lambda: f"{self.org()} has called for restraint on all sides.",
            lambda: f"{self.subject()} is due to travel to {self.capital()} {self.future()}, according to his office.",
            lambda: f"It was not clear whether {self.country()} had been informed in advance.",
            lambda: (
                f"Local officials put the number of casualties at {r.randrange(2, 40)}, "
                "though the figure could not be confirmed."
            ),
            lambda: f"Prices in local markets have risen by {r.randrange(4, 60)} per cent since {self.past_date()}.",
            lambda: (
                f"The announcement came {r.randrange(2, 12)} days after {self.org()} warned of "
                "a deterioration in the security situation."
            ),
            lambda: f"A spokesperson for {self.org()} declined to comment on the record.",
            lambda: f"In a separate development, {self.country()} said {self.relative()} that {self.clause()}.",
            lambda: "Relations between {} and {} have been strained since {}.".format(
                *self.two_countries(), self.past_date()
            ),
            lambda: (
                f"About {r.randrange(2, 9)}.{r.randrange(10)} million people live in the area, "
                "according to government estimates."
            ),
        )
        return self.one("background", frames)

    def analyst_sentence(self, analyst: str, profession: str, tank: str) -> str:
        """A sentence quoting the article's analyst."""
        frames: tuple[Frame, ...] = (
            lambda: f"{self.q(f'The real question is {self.topic()}')}, said {analyst}, {profession} at {tank}.",
            lambda: f"{analyst}, {profession} at {tank}, said the {self.pair} would shape what happens next.",
            lambda: f"{analyst} of {tank} said {self.clause()}.",
        )
        return self.one("analyst", frames)

    def lede(self) -> str:
        """The first sentence: who, what and where, echoing the headline."""
        ev, r = self.event, self.rng
        frames: tuple[Frame, ...] = (
            lambda: (
                f"{self.country()} {r.choice(('said', 'confirmed', 'reported'))} {self.when(ev.date)} that "
                f"{self.participant()} was involved in the {ev.place} {ev.word}, amid {self.pair} over {self.topic()}."
            ),
            lambda: (
                f"The {ev.place} {ev.word} has put {self.participant()} at the centre of {self.pair} in the "
                f"region, {r.choice(('officials said', 'diplomats said', 'according to local media'))}."
            ),
            lambda: (
                f"{self.participant()} faces {self.pair} after the {ev.word} {ev.prep} {ev.place} "
                f"{self.when(ev.date)}, {r.choice(('officials said', 'sources told reporters'))}."
            ),
        )
        return self.one("lede", frames)

    def subheading(self) -> str:
        """A short subheading (no final full stop)."""
        frames: tuple[Frame, ...] = (
            lambda: f"{self.country()}'s position",
            lambda: "What comes next",
            lambda: "A long history",
            lambda: f"Reaction in {self.capital()}",
            lambda: "Background",
            lambda: f"The view from {self.capital()}",
            lambda: "Growing pressure",
        )
        return self.one("subheading", frames)


def _headline(w: Writer) -> str:
    ev, r = w.event, w.rng
    actor = w.reg.actors[ev.participant]
    subject = (actor.short[0] if actor.kind == "person" and r.random() < 0.3 else actor.nouns[0]).removeprefix("the ")
    country = r.choice(w.countries).nouns[0].removeprefix("the ")
    pair = w.pair
    options = (
        f"{subject} at centre of {ev.place} {ev.word} amid {pair}",
        f"{ev.place} {ev.word} puts {subject} in spotlight amid {pair}",
        f"{cap(pair)}: what the {ev.place} {ev.word} could mean for {subject}",
        f"{country} weighs response to {ev.word} involving {subject} amid {pair}",
        f"After {ev.place} {ev.word}, {subject} faces {pair}",
    )
    fitting = [o for o in options if len(o) <= 80] or [f"{subject} faces {pair}"]
    return cap(r.choice(fitting))


@dataclass
class Article:
    """One synthetic article before it is written in a file format."""

    title: str
    outlet: Outlet
    authors: list[str]
    date: dt.date
    time: str
    paragraphs: list[str]  # body paragraphs; a subheading is a paragraph without a final stop
    deck: str
    caption: str
    url: str
    tags: list[str]
    tweet: tuple[str, str] | None
    references: list[str]
    curly: bool


def reporters(outlet: Outlet) -> list[str]:
    """The fictional reporters of one outlet (the same in every article of it)."""
    h = sum(ord(ch) for ch in outlet.name)
    return [
        f"{FIRST_NAMES[(h + 7 * j) % len(FIRST_NAMES)]} {LAST_NAMES[(h * 3 + 11 * j) % len(LAST_NAMES)]}"
        for j in range(6)
    ]


ANALYSTS = 150  # analysts quoted across the corpus; each works at one think tank


def analyst_of(j: int) -> tuple[str, str, str]:
    """(name, profession, think tank with its article) of analyst ``j``: the same in every article."""
    reg = registry()
    name = f"{FIRST_NAMES[(5 * j + 3) % len(FIRST_NAMES)]} {LAST_NAMES[(17 * j + 1) % len(LAST_NAMES)]}"
    tank = reg.think_tanks[j % len(reg.think_tanks)]
    if tank.startswith("The "):
        tank = "the " + tank[4:]
    elif _needs_article(tank, "organisation", reg.org_words):
        tank = "the " + tank
    return name, PROFESSIONS[j % len(PROFESSIONS)], tank


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:70].strip("-")


def _cast(rng: random.Random, reg: Registry, themes: list[Theme], ev: Incident, words: int) -> dict[str, list[Actor]]:
    """The actors of one article by role: a random few (more in a long one) plus some that count for its themes."""
    names = sorted({a for t in themes for a in t.actors})
    extra = [reg.actors[n] for n in rng.sample(names, min(3, len(names)))]
    org_kinds = ("international organisation", "government body", "armed forces")
    orgs_pool = [a for kind in org_kinds for a in reg.by_kind.get(kind, ())]
    cast = {
        "countries": [*rng.sample(reg.by_kind["country"], 3), *(a for a in extra if a.kind == "country")],
        "people": [*rng.sample(reg.by_kind["person"], 2 + words // 400), *(a for a in extra if a.kind == "person")],
        "orgs": [*rng.sample(orgs_pool, 2), *(a for a in extra if a.kind in org_kinds)],
        "groups": [*rng.sample(reg.by_kind["armed group"], 2), *(a for a in extra if a.kind == "armed group")],
        "companies": [*rng.sample(reg.by_kind["company"], 2), *(a for a in extra if a.kind == "company")],
    }
    participant = reg.actors[ev.participant]
    if participant.kind == "person":
        cast["people"].append(participant)
    return cast


def make_article(i: int, seed: int = 0) -> Article:
    """Article ``i`` of the corpus made with ``seed``."""
    reg = registry()
    rng = random.Random(seed * 1_000_003 + i)
    # Most articles report an earlier incident again (so several reports share one event).
    k = rng.randrange(i // 3 + 1) if rng.random() < 0.7 else 1_000_000 + i
    ev = incident(seed, k)
    date = min(END, ev.date + dt.timedelta(days=rng.choice((0, 0, 1, 1, 2, 3))))
    outlet = rng.choices(reg.outlets, weights=reg.outlet_weights)[0]
    themes = rng.sample(reg.themes, rng.choice((1, 2, 2, 3)))
    target = int(rng.triangular(300, 1500, 600))  # body words; the mean is 800
    cast = _cast(rng, reg, themes, ev, target)
    w = Writer(
        rng,
        reg,
        date,
        ev,
        cast["people"],
        cast["countries"],
        cast["orgs"],
        cast["groups"],
        cast["companies"],
        themes,
        title_pair(i),
        curly=rng.random() < 0.6,
    )
    w.places = [ev.place, *(a.capital for a in cast["countries"][:3] if a.capital), rng.choice(reg.capitals)]
    title = _headline(w)
    analyst, profession, tank = analyst_of(rng.randrange(ANALYSTS))

    # Body: a lede, then paragraphs of 3-5 sentences until the target length. Several phrases
    # of each theme are woven in, some twice, so the themes score above their thresholds.
    phrases = [p for t in themes for p in rng.sample(t.phrases, min(len(t.phrases), rng.randrange(3, 7)))]
    pending = phrases + [rng.choice(phrases) for _ in range(len(phrases) // 2)]
    rng.shuffle(pending)
    paragraphs = [w.lede() + " " + w.incident_sentence()]
    words = len(paragraphs[0].split())
    incidents = rng.randrange(1, 4)
    analyst_quotes = rng.choice((0, 0, 1, 2, 3))
    while words < target:
        if len(paragraphs) > 3 and rng.random() < 0.06:
            paragraphs.append(w.subheading())
            continue
        sentences = []
        for _ in range(rng.randrange(3, 6)):
            x = rng.random()
            if x < 0.4:
                sentences.append(w.theme_sentence(pending.pop() if pending else rng.choice(phrases)))
            elif incidents and x < 0.5:
                incidents -= 1
                sentences.append(w.incident_sentence())
            elif analyst_quotes and x < 0.55:
                analyst_quotes -= 1
                sentences.append(w.analyst_sentence(analyst, profession, tank))
            elif x < 0.78:
                sentences.append(w.quote_sentence())
            else:
                sentences.append(w.background_sentence())
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        words += len(paragraph.split())
    if pending:  # every chosen phrase is used
        paragraphs.append(" ".join(w.theme_sentence(p) for p in pending))
    if w.curly:
        paragraphs = [p.replace("'", "’") for p in paragraphs]

    people = cast["people"]
    if rng.random() < 0.6:
        caption = f"{rng.choice(people).nouns[0]} {rng.choice(PHOTO_VERBS)} {w.capital()}"
    else:
        caption = f"{rng.choice(CAPTION_SCENES)} {w.capital()}"
    if rng.random() < 0.5:
        caption += f", {MONTHS[date.month - 1]} {date.day}, {date.year}"
    authors = rng.sample(reporters(outlet), rng.choice((0, 1, 1, 1, 2)))
    section = rng.choice(("news", "world", "middle-east", "politics"))
    url = f"https://www.{rng.choice(outlet.domains)}/{section}/{date:%Y/%m/%d}/{_slug(title)}"
    tweet = None
    if rng.random() < 0.15:
        handle = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
        text = (
            rng.choice(ARABIC_TWEETS)
            if rng.random() < 0.4
            else (f"Reports of a {ev.word} {ev.prep} #{ev.place.replace(' ', '')}. Details still unclear.")
        )
        tweet = (
            text,
            f"— {handle} (@{handle.replace(' ', '')}) {MONTHS[ev.date.month - 1]} {ev.date.day}, {ev.date.year}",
        )
    references = []
    if rng.random() < 0.08:
        for _ in range(rng.randrange(3, 9)):
            o = rng.choice(reg.outlets)
            d = date - dt.timedelta(days=rng.randrange(1, 400))
            head = other_headlines(rng, 1)[0]
            references.append(
                f"{o.name}. “{head}.” {MONTHS[d.month - 1]} {d.day}, {d.year}. "
                f"https://{o.domains[0]}/{d:%Y/%m/%d}/{_slug(head)}.html"
            )
    tags = [a.nouns[0].removeprefix("the ") for a in cast["countries"][:2] + cast["groups"][:1]]
    deck = w.theme_sentence(rng.choice(phrases)) if rng.random() < 0.5 else ""
    return Article(
        title,
        outlet,
        authors,
        date,
        f"{rng.randrange(6, 23):02d}:{rng.randrange(60):02d}",
        paragraphs,
        deck,
        caption,
        url,
        tags,
        tweet,
        references,
        w.curly,
    )


# ---------------------------------------------------------------------------------------------
# File formats
# ---------------------------------------------------------------------------------------------
def date_line(a: Article, rng: random.Random) -> str:
    """The article's date as one of the formats seen on news sites."""
    d, t = a.date, a.time
    month = MONTHS[d.month - 1]
    if rng.random() < 0.03:  # some sites show only when the page was last updated
        return f"Updated {month} {d.day}, {d.year} at {t}"
    later = d + dt.timedelta(days=rng.choice((0, 0, 1)))
    return rng.choice(
        (
            f"{month} {d.day}, {d.year}",
            f"{d.day} {month} {d.year}",
            f"{d:%d.%m.%Y} {t}",
            f"Published {d.day} {month} {d.year}",
            f"{d.isoformat()}",
            f"Published: {d.isoformat()}T{t}:00Z",
            f"{WEEKDAYS[d.weekday()][:3]} {d.day} {month[:3]} {d.year} {t.replace(':', '.')} GMT",
            f"Published {month} {d.day}, {d.year} · Updated {MONTHS[later.month - 1]} {later.day}, {later.year} at {t}",
            f"{d:%d} {month}, {d.year}",
            f"{month[:3]} {d.day}, {d.year} {t} ET",
        )
    )


def byline(a: Article, rng: random.Random) -> str:
    """The byline in one of the shapes sites use ("By A and B", "A, Outlet", "A | Outlet")."""
    if not a.authors:
        return f"By {a.outlet.name}"
    if len(a.authors) == 2:
        return f"By {a.authors[0]} and {a.authors[1]}"
    return rng.choice((f"By {a.authors[0]}", f"{a.authors[0]}, {a.outlet.name}", f"{a.authors[0]} | {a.outlet.name}"))


def credit(rng: random.Random) -> str:
    """A photo credit ("Photo: Name / AFP", "(Photo by Name/AFP via Getty Images)", "[Getty]")."""
    reg = registry()
    agency = rng.choice(reg.agencies)
    person = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
    return rng.choice(
        (
            f"Photo: {person} / {agency}",
            f"(Photo by {person}/{agency} via Getty Images)",
            f"{agency.upper()}/{person}/File Photo",
            "[Getty]",
            f"Image: {agency}",
            f"© {agency}",
        )
    )


def other_headlines(rng: random.Random, n: int) -> list[str]:
    """Headlines of unrelated stories, as in "Read more" lists."""
    return [
        f"{rng.choice(OTHER_HEADLINE_SUBJECTS).replace('-', ' ')} {rng.choice(OTHER_HEADLINE_PREDICATES)}"
        for _ in range(n)
    ]


def render_txt(a: Article, rng: random.Random) -> str:
    """The page as text copied from a browser, chrome included."""
    lines: list[str] = []
    out = lines.append
    if rng.random() < 0.2:
        out(a.url)
        out("")
    if rng.random() < 0.5:
        out("Skip to main content")
    nav = [w.replace("-", " ") for w in rng.sample(NAV_WORDS, rng.randrange(3, 11))]
    if rng.random() < 0.5:
        lines.extend(nav)
    else:
        out(" ".join(nav))
    if rng.random() < 0.7:
        out(rng.choice((a.outlet.name, *a.outlet.aliases)))
    if rng.random() < 0.3:
        out(rng.choice(("Search", "Sign in", "Subscribe", "Menu")))
    out("")
    if rng.random() < 0.3:
        out(rng.choice(SECTIONS))
    out(a.title)
    out("")
    if rng.random() < 0.2:
        out(a.title)
    if a.deck:
        out(a.deck)
    junk = rng.random()
    if junk < 0.3:
        out(rng.choice(TOP_JUNK).format(m=max(1, sum(len(p.split()) for p in a.paragraphs) // 230)))
    if rng.random() < 0.4:
        out(f"{a.caption} {credit(rng)}" if rng.random() < 0.5 else a.caption)
        if rng.random() < 0.5:
            out(credit(rng))
    order = rng.random()
    if order < 0.4:
        out(f"{byline(a, rng)} {date_line(a, rng)}")
    elif order < 0.8:
        out(byline(a, rng))
        out(date_line(a, rng))
    else:
        out(date_line(a, rng))
        out(byline(a, rng))
    if rng.random() < 0.4:
        lines.extend(rng.sample(SHARE_LINES, rng.randrange(2, 6)))
    out("")
    ads = rng.random() < 0.6
    for n, para in enumerate(a.paragraphs):
        out(para)
        out("")
        if n == len(a.paragraphs) // 2 and a.tweet:
            out(a.tweet[0])
            out("")
            out(a.tweet[1])
            out("")
        if ads and n % rng.randrange(2, 5) == 1 and n + 1 < len(a.paragraphs):
            out(rng.choice(AD_LINES))
            out("")
        elif n > 1 and rng.random() < 0.06:
            out(rng.choice(NEWSLETTER_LINES).format(topic=rng.choice(NEWSLETTER_TOPICS)))
            out("")
        elif n > 1 and rng.random() < 0.05:
            out(f"Read more: {other_headlines(rng, 1)[0]}")
            out("")
        elif n > 2 and rng.random() < 0.04:
            out(f"{a.caption}. {credit(rng)}")
            out("")
    if a.references:
        out("References")
        out("")
        lines.extend(f"  {n}. {ref}" for n, ref in enumerate(a.references, 1))
        out("")
    if rng.random() < 0.3:
        out(f"Tags: {', '.join(a.tags)}")
    if rng.random() < 0.5:
        lines.extend(rng.sample(SHARE_LINES, rng.randrange(2, 6)))
    if rng.random() < 0.1 and a.authors:
        out(f"{a.authors[0]} is a correspondent for {a.outlet.name} based in {rng.choice(registry().capitals)}.")
    if rng.random() < 0.7:
        out("")
        out(rng.choice(RELATED_HEADS).format(outlet=a.outlet.name))
        out("")
        lines.extend(other_headlines(rng, rng.randrange(3, 7)))
    if rng.random() < 0.07:
        out("")
        out(rng.choice(MT_NOTICES))
    if rng.random() < 0.8:
        out("")
        footer = rng.sample(FOOTER_LINES, rng.randrange(2, 7))
        lines.extend(f.format(year=a.date.year, outlet=a.outlet.name) for f in footer)
    return "\n".join(lines).rstrip() + "\n"


def render_md(a: Article, rng: random.Random) -> str:
    """A Markdown note: front matter, the headline as ``#``, the body; no page chrome."""
    front = [
        f"title: {json.dumps(a.title, ensure_ascii=False)}",
        f"source: {json.dumps(a.outlet.name)}",
        f"date: {a.date.isoformat()}",
    ]
    if rng.random() < 0.5:
        front.append(f"url: {a.url}")
    body = [f"# {a.title}", ""]
    for n, para in enumerate(a.paragraphs):
        if not para.endswith((".", "”", '"')):
            body.append(f"## {para}")
        elif n == 2 and rng.random() < 0.5:
            body.append(f"As [{a.outlet.name}]({a.url}) reported, {para[:1].lower()}{para[1:]}")
        else:
            body.append(para)
        body.append("")
    return "---\n" + "\n".join(front) + "\n---\n\n" + "\n".join(body).rstrip() + "\n"


def render_html(a: Article, rng: random.Random) -> str:
    """A whole saved page: head with metadata, navigation, the article, an aside and a footer."""
    e = html.escape
    iso = f"{a.date.isoformat()}T{a.time}:00+00:00"
    head = [
        '<meta charset="utf-8">',
        f"<title>{e(a.title)} | {e(a.outlet.name)}</title>",
        f'<meta property="og:title" content="{e(a.title)}">',
        f'<meta property="og:site_name" content="{e(a.outlet.name)}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
    ]
    if rng.random() < 0.7:
        head.append(f'<meta property="article:published_time" content="{iso}">')
    if rng.random() < 0.7:
        head.append(f'<link rel="canonical" href="{e(a.url)}">')
    if a.authors and rng.random() < 0.5:
        head.append(f'<meta name="author" content="{e(", ".join(a.authors))}">')
    head.append("<style>body{font-family:sans-serif}.ad{min-height:250px}</style>")
    head.append("<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}</script>")
    nav = "".join(f'<li><a href="/{_slug(w)}/">{e(w.replace("-", " "))}</a></li>' for w in rng.sample(NAV_WORDS, 8))
    body = [
        '<a class="skip-link" href="#main">Skip to main content</a>',
        f'<header><a class="logo" href="/">{e(a.outlet.name)}</a><nav><ul>{nav}</ul></nav></header>',
        '<main id="main"><article>',
        f"<h1>{e(a.title)}</h1>",
    ]
    if a.deck:
        body.append(f'<p class="standfirst">{e(a.deck)}</p>')
    body.append(f'<div class="byline">{e(byline(a, rng))} <time datetime="{iso}">{e(date_line(a, rng))}</time></div>')
    body.append(
        f'<figure><img src="/img/{rng.getrandbits(32):08x}.jpg" alt=""><figcaption>{e(a.caption)} '
        f"<span>{e(credit(rng))}</span></figcaption></figure>"
    )
    body.append('<ul class="share">' + "".join(f"<li>{e(s)}</li>" for s in rng.sample(SHARE_LINES, 4)) + "</ul>")
    for n, para in enumerate(a.paragraphs):
        tag = "p" if para.endswith((".", "”", '"')) else "h2"
        body.append(f"<{tag}>{e(para)}</{tag}>")
        if n % 4 == 2:
            body.append('<div class="ad">Advertisement</div>')
        if a.tweet and n == len(a.paragraphs) // 2:
            body.append(f'<blockquote class="twitter-tweet"><p>{e(a.tweet[0])}</p>{e(a.tweet[1])}</blockquote>')
    body.append("</article>")
    related = "".join(f'<li><a href="/news/{_slug(h)}">{e(h)}</a></li>' for h in other_headlines(rng, 5))
    body.append(
        f"<aside><h3>{e(rng.choice(RELATED_HEADS).format(outlet=a.outlet.name))}</h3><ul>{related}</ul></aside>"
    )
    body.append("</main>")
    body.append(
        f"<footer><p>© {a.date.year} {e(a.outlet.name)}. All rights reserved.</p>"
        '<ul><li><a href="/privacy">Privacy Policy</a></li><li><a href="/cookies">Cookie settings</a></li>'
        '<li><a href="/terms">Terms of Use</a></li></ul></footer>'
    )
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n'
        + "\n".join(head)
        + "\n</head>\n<body>\n"
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )


def _folder(a: Article, rng: random.Random) -> str:
    r = rng.random()
    if r < 0.5:
        return ""
    if r < 0.7:
        return f"{a.date.year}/"
    if r < 0.8:
        return "misc/"
    if r < 0.9:
        return f"saved/{_slug(a.outlet.name)}/"
    return f"{a.date.year}/{a.date.month:02d}/"


def write_article(folder: Path, i: int, seed: int = 0) -> Path:
    """Write article ``i`` into ``folder`` (in a subfolder for some) and return its path."""
    a = make_article(i, seed)
    rng = random.Random(seed * 1_000_003 + i + 500_000_000_000)  # layout, independent of the text's draws
    r = rng.random()
    ext, render = (".md", render_md) if r < 0.05 else (".html", render_html) if r < 0.1 else (".txt", render_txt)
    path = folder / f"{_folder(a, rng)}{i:05d}_{rng.getrandbits(32):08x}{ext}"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render(a, rng), encoding="utf-8", newline="\n")
    return path


def make_corpus(folder: Path, n: int, seed: int = 0) -> list[Path]:
    """Write ``n`` synthetic articles under ``folder``; return their paths, sorted."""
    folder.mkdir(parents=True, exist_ok=True)
    return sorted(write_article(folder, i, seed) for i in range(n))


_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’]?\s+(?=[A-Z“\"])")


def change_one(folder: Path) -> Path:
    """Edit one article deterministically: in the middle file (sorted order), replace a body sentence.

    The first sentence of the file's longest paragraph becomes a sentence that names an
    actor the file does not mention yet (the first such person in the registry, by name).
    """
    files = sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix in (".txt", ".md", ".html"))
    if not files:
        raise FileNotFoundError(f"no articles under {folder}")
    path = files[len(files) // 2]
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")
    body = [j for j, line in enumerate(lines) if line.startswith("<p>") or not line.startswith(("<", "#", "title:"))]
    index = max(body, key=lambda j: (len(lines[j]), -j))
    line = lines[index]
    reg = registry()
    actor = next(
        (a for a in sorted(reg.by_kind["person"], key=lambda a: a.name) if a.name not in text), reg.by_kind["person"][0]
    )
    new = f"Separately, {actor.name} said on Monday that the matter would be raised again in the coming weeks."
    if path.suffix == ".html":
        new = html.escape(new)
    prefix = re.match(r"\s*(?:<[^>]+>)?", line)
    start = prefix.end() if prefix else 0
    m = _SENTENCE_END.search(line, start)
    end = m.end() if m else start  # a one-sentence paragraph: the new sentence goes before it
    lines[index] = line[:start] + new + " " + line[end:]
    path.write_text("\n".join(lines), encoding="utf-8", newline="\n")
    return path


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: write N articles into OUT_DIR."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder to write the articles into (created if needed)")
    parser.add_argument("n", type=int, help="number of articles")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    start = time.perf_counter()
    paths = make_corpus(args.out, args.n, args.seed)
    size = sum(p.stat().st_size for p in paths)
    print(f"wrote {len(paths)} articles ({size / 1e6:.1f} MB) into {args.out} in {time.perf_counter() - start:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
