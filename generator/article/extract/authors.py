"""Bylines and credit lines: the people who wrote an article, and outlets named there.

Authors are people only. Every name found is a candidate with the line it came from; a name that
is not a person's is turned down with the reason. Read from, in the header zone (or on META
lines): byline lines ("By A, B and C", "Von A und B", "Analysis by A, Outlet senior analyst"),
where an outlet named is kept for the source; "A | Outlet" and "A, Known Outlet" lines; an
author label ("Author: A", or "Author" then the name on the next line); a date line that also
names a person ("Jane Doe, 8 February 2024", "8 Feb 2024 | Jane Doe"); a name alone on a line
next to the byline's date or outlet line ("Jane Doe" / "Outlet" / "8 Feb 2024"; the headline
between them does not part them). When the header's names have no byline word, a byline with
one just below the header's lines ("Von A" under the standfirst) is taken instead. Anywhere:
credit lines, where only "Reporting by"/"Writing by" name authors ("Additional reporting",
"Editing", "Photos", ... do not). At the end of the article: "-- By A", a closing "— A is a
senior fellow at ...", an author box whose note is the last paragraph and a signed date ("8 Feb
2024" / "– A"). When nothing of this names a person: the lines around another line that
reads as the headline (a text copy whose anchor the cleaner put elsewhere); then the lines around the publication
date's line (a byline stands beside its dateline, also where the headline was not found); then
in the page's footer an author label with a colon and the name ("Author: A"); then, anywhere
before the reader comments, the first author label or byline word alone on its line with the
name on the next ("Autor:" / "A"); last, a name above its own e-mail address ("A" /
"a.b@example.org"). Photo credits, comments and lines after the comments are never read.

A piece of a byline is cleaned before it is judged: lists are split (",", ";", "/", "and",
"und", "&"), a leading list bullet, byline or author-page phrase ("View all posts by") is
dropped, as are a note in brackets ("A (Redakteurin, Wirtschaft)"), a place ("A in Baghdad"),
leading job-title words ("Senior correspondent A") and e-mail addresses; an all-caps name is
written in title case; a category or kicker a text copy glued on is cut (``Judge.untailed``).
It is then a person when it is 2-5 capitalised words, none longer than
a name's (a heading's compound is), without a staff, CMS, job-title or organisation word
(``languages.yml``), and not the name of a known outlet or of the site itself.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace

from generator.article.extract.dates import DateHit, find_dates, residue
from generator.article.extract.names import is_label_word, looks_like_outlet, looks_like_person, titled
from generator.article.extract.zone import View, word_count
from generator.article.records import Line, Role
from generator.knowledge.languages import Languages
from generator.knowledge.outlets import Outlet, Outlets
from generator.text.fold import strip_marks
from generator.text.memo import per_text
from generator.text.stopwords import STOPWORDS
from generator.text.tokens import fold_phrase

MAX_AUTHORS = 8
STATED = frozenset({"byline", "author label", "credit"})  # readers whose names a byline word or label states
SHORT_LINE = 16  # words: a longer line is a sentence
HEADLINES = 2  # other lines that read as the headline whose bylines are read (more: a teaser list's)
STATED_BELOW = 3  # lines below the header's where a byline with a byline word may stand (under a standfirst)
CARD_REACH = 3  # lines below a name where its own e-mail address stands
SIGNATURE_REACH = 5  # lines after the article's last paragraph where a signed date stands
HEADLINE_BYLINE = 8  # words: a longer line taken for the headline is a headline, whatever its first word
SIGNED_SKIP = 3  # short paragraph lines after the article's last substantial one, before its signature
HEADLINE_REACH = 6  # usable lines below such a headline (further down: teasers')
LIST_BELOW = 3  # lines right under the headline where a line listing the authors may stand
INTERVIEWER_WORDS = 6  # words after an interview's credit ("Das Gespräch führte"): more is a sentence
PUBLISHED_LINE = 10  # words of a line "Jane Doe | Published 3 hours ago"
ROLE_LINE = 10  # words: a longer line under a name is a sentence, not the person's job title
COMPOUND_STEM = 5  # letters: a name's word and a later word that is it plus as many more make a tag list
_QUOTES = "'\"„“”‚‘’"  # quotation marks around a name ("'Jane Doe, John Roe'"); « and » also mark a link
_BULLET = re.compile(r"^\s*[•·*▪●◦■□►▶-]\s+")
_ACRONYM = re.compile(r"^[A-ZÄÖÜ]{2,5}$")
_DESK_ACRONYM = re.compile(r"^[A-ZÄÖÜ]{1,4}(?:-[A-ZÄÖÜ0-9]{1,4})+$")  # "ABC-TV", "DPA-AFX": an outlet or desk
_PIECES = re.compile(r"[,;]|\s(?:and|&|und|et|y|и|e|i)\s")
# "Jane Doe in Rio de Janeiro": capitalised words, short lower-case ones only between them; a place followed
# by other words ("Hafenfest in Kiel abgesagt") ends a headline, not a byline.
_PLACE = re.compile(
    r"\s+(?i:in|aus|en|à|in der|im)\s+[A-ZÀ-Þ][\w.-]*(?:[ ,]+(?:[a-zß-ÿ]{1,3}\s+)*[A-ZÀ-Þ][\w.-]*)*[ ,.]*$"
)
# A bare web address ("example.de", "jane.doe.net"): a lower-case top-level domain ends it, so no initial does.
_DOMAIN = r"(?<![\w.])[\w-]+(?:\.[\w-]+)*\.[a-z]{2,12}(?![\w.])"
_NOISE = re.compile(r"\S+@\S+|https?://\S+|www\.\S+|\(@?\w+(?:-\w+)*\)|@\w+|\[[^\]]*\]|" + _DOMAIN)
# A text copy's avatar image, printed as its alt text and glued to the name beside it ("AvatarJane Doe").
_AVATAR_ALT = re.compile(r"(?:[Aa]vatar|[Gg]ravatar)+(?=[A-ZÀ-Þ][a-zß-ÿ])")
_TIME = re.compile(r"(?<!\d)\d{1,2}(?::|h)\d{2}(?!\d)(?:\s*(?i:uhr|h|am|pm|a\.m\.|p\.m\.)(?![^\W_]))?")
_CREDIT_LINE = re.compile(
    r"^\s*(?:[(\[]\s*)?(?:additional\s+)?(?:reporting|writing|written|editing|edited)\s+by\b", re.I
)
_CREDIT = re.compile(
    r"(?P<label>(?:additional\s+)?reporting|writing|written|editing|edited|compiled|"
    r"photos?|photography|graphics|research|translat\w*|produc\w*|fact[- ]checking)"
    r"\s+by\s+(?P<names>[^;()\[\]]+)",
    re.I,
)
_CLOSING_BY = re.compile(r"^\s*(?:--|—|–)\s*(?:by|von|par|por)\s+(?P<rest>.{3,80})$", re.I)
_CLOSING_BIO = re.compile(
    r"^\s*(?:--|—|–)\s*(?P<name>[^,]{3,60}?)\s+(?:is|was|ist|est|es)\s+(?:a|an|the|our|ein|eine|un|une|una)\s"
)
_MAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_SIGNED = re.compile(r"^[-–—]\s*(?P<name>[^\W\d_][^\d]{2,60})$")  # "– Jane Doe" under the article
_TWICE = re.compile(r"(?P<name>\S.{3,}?)\s*(?P=name)")  # "Jane DoeJane Doe": a name shown twice
_GLUED = re.compile(r"^(?P<head>\S*[a-zß-ÿ])(?P<tail>[A-ZÀ-Þ]\S*)$")  # "DoeFollow", "DoeRSS-Feed"
_AVATAR = re.compile(r"[A-ZÀ-Þ]{2,3}")  # an avatar's initials alone on a line ("JD")
_INITIAL = re.compile(r"(?<![^\W\d_])[A-ZÀ-Þ]\.$")  # "Jane D.": the dot of a last initial is the name's
_WORD = re.compile(r"[^\W\d_]{3,}")  # a word ("Autor/in" has none after its label)
_IMAGE = re.compile(r"\[[^\[\]]*\]")  # a text copy's image or form field ("[img_2020-02-05_x]")
_NOTE = re.compile(r"\s\([^()]*(?:\)|$)")  # a note in brackets after a name, maybe cut off at the line's end
_COUNT = re.compile(r"(?<!\S)\d{1,4}(?!\S)")  # a bare number beside a name: a comment or view count
# Not the writer's credit: an editor's, a picture maker's, or a collection's ("Collected by": an archive's crawl).
_EDITED = re.compile(
    r"\b(?:edit\w*|photo\w*|picture\w*|image\w*|illustrat\w*|graphic\w*|video\w*|camera|collected)\b", re.I
)


@dataclass(frozen=True)
class AuthorCandidate:
    """One name that may be an author: where it was found and, if turned down, why."""

    name: str
    source: str  # "byline", "author label", "credit", "date line", "name line", "closing line", "markup: ..."
    evidence: str
    rejected: str = ""

    def describe(self) -> str:
        """One line for the build report."""
        why = f" — {self.rejected}" if self.rejected else ""
        return f"{self.name} ({self.source}: {self.evidence[:100]}){why}"


@dataclass
class Bylines:
    """Names read from bylines (accepted and turned down) and outlet names found there, each with its line."""

    candidates: list[AuthorCandidate] = field(default_factory=list)
    outlets: list[tuple[str, Outlet | None, Line]] = field(default_factory=list)
    lines: dict[str, Line] = field(default_factory=dict)  # accepted name -> the line it came from

    @property
    def people(self) -> list[tuple[str, Line]]:
        """The accepted names in reading order, each with its line."""
        return [(c.name, self.lines[c.name]) for c in self.candidates if not c.rejected]


@dataclass(frozen=True)
class Judge:
    """What a name is judged against: the languages' word lists, the known outlets and the site's own names."""

    languages: Languages
    outlets: Outlets
    site_names: frozenset[str] = frozenset()
    body_words: frozenset[str] = frozenset()  # lower-case words of the body paragraphs
    places: frozenset[tuple[str, ...]] = frozenset()  # folded country and region names (Registry.place_names)
    body_text: str = ""  # the body paragraphs as written
    items: frozenset[str] = frozenset()  # folded one-word lines of the page: menu entries, categories, tags
    language: str = ""  # the body's language (ISO 639-1), "" or "und" when not told

    def untailed(self, name: str) -> str:
        """``name`` without a last word a text copy glued on: a category or a kicker ("Jane Doe Kultur").

        w3m writes a byline's name and the link after it as one run ("30. Oktober 2023 Jane Doe
        Kultur"). The last of three or more words goes when the page has it as a one-word line of
        its own (a menu entry or tag), or when the article's text holds it and none of the other
        words (the headline's subject: "von Jane Doe Miller: Foto").
        """
        tokens = name.split()
        if len(tokens) < 3 or _INITIAL.search(tokens[-2]):
            return name  # "Jane C. Doe": the surname after an initial is the name's
        last = tokens[-1].casefold()
        body = self.body_words
        rest = [t.lower() for t in tokens[:-1] if len(t) >= 4]
        if last in self.items or (last in body and not any(t in body for t in rest)):
            return " ".join(tokens[:-1])
        return name

    def unlabelled(self, name: str, whole: bool = True) -> str:
        """Why a name found without a byline word is none: not a person's, or its words are the body's.

        ``whole``: a name the article's text writes whole may still be the author's (``named_in_body``);
        not for a list item's or a paragraph's heading.
        """
        reason = self.verdict(name)
        if reason:
            return reason
        if any(len(t) >= 4 and t.lower() in self.body_words for t in name.split()) and not (
            whole and self.named_in_body(name)
        ):
            return "its words occur in the article's text (a heading, not a byline)"
        return ""

    def named_in_body(self, name: str) -> bool:
        """Whether the article's text names ``name`` as its author is named there: whole, never by the surname alone.

        A heading's words recur in the text one by one; the author's name recurs whole, in a
        standfirst, a bio or a photo credit ("Foto: Jane Doe"), while a person the article is
        about is named whole once and by the surname after that, and a thing's name ("Ort
        Hafenstadt", "Quay Works") has words the text also writes alone, in any case (train
        text copies, gold a person: six names right; with a word of the name written alone twice
        or more, wrong ones only). After an article ("die Hafen Vogt") the words name a thing.
        """
        if not self.body_text:
            return False
        before = [m.group(1) for m in re.finditer(rf"(\w*)\W*(?<!\w){re.escape(name)}(?!\w)", self.body_text)]
        if any(word.lower() in self.languages.articles for word in before):
            return False  # "die Hafen Vogt wurde 1911 gebaut": a thing's name
        words = [word for word in name.split() if len(word.strip(".")) >= 3]  # an initial ("C.") says nothing
        alone = (len(re.findall(rf"(?<!\w){re.escape(word)}(?!\w)", self.body_text, re.I)) for word in words)
        return bool(before) and all(count - len(before) <= 1 for count in alone)

    def clean(self, piece: str) -> str:
        """``piece`` without byline words, places, leading job titles and addresses; all caps in title case."""
        text = _NOISE.sub(" ", _BULLET.sub("", piece))
        for _ in range(3):
            text = self.languages.name_prefix.sub("", text.strip())
        twice = _TWICE.fullmatch(text.strip())
        text = twice.group("name") if twice else text  # a text copy glues a name shown twice ("Jane DoeJane Doe")
        text = _PLACE.sub("", text).strip(" :;,-–—()[]|*" + _QUOTES)
        initial = _INITIAL.search(text)
        text = text.strip(" .") + ("." if initial else "")
        text = titled(" ".join(text.split()))
        tokens = self.unglue_control(text.split())
        half = len(tokens) // 2
        if len(tokens) >= 4 and len(tokens) % 2 == 0 and tokens[:half] == tokens[half:]:
            tokens = tokens[:half]  # a text copy glues a name shown twice ("Jane Doe Jane Doe")
        roles = self.languages.role_words
        while len(tokens) > 2 and tokens[0].lower().strip(".,:").rsplit("-", 1)[-1] in roles:
            tokens.pop(0)  # "Senior correspondent Jane Doe", "Outlet-Experte Jane Doe": a role, glued or not
        while len(tokens) > 2 and tokens[-1].lower().strip(".,") in roles:
            tokens.pop()  # "Jane Doe Autorin"
        while len(tokens) > 2 and _DESK_ACRONYM.match(tokens[-1].strip(".,")):
            tokens.pop()  # "Jane Doe ABC-TV": the outlet or desk after the name
        staff = self.languages.staff - self.languages.organisations
        cut = next((i for i, t in enumerate(tokens) if i >= 2 and t.lower().strip(".,:") in staff), len(tokens))
        tokens = tokens[:cut]  # "Jane Doe Categories: ...": a page-control word ends the name
        ends = self.languages.particles | self.languages.fillers
        while len(tokens) > 2 and tokens[-1].lower().strip(",") in ends:
            tokens.pop()  # "Jane Doe le 14.09.2020", "Jane Doe Vom 3. Februar": a name never ends in a particle
        return " ".join(tokens)

    def unglue_control(self, tokens: list[str]) -> list[str]:
        """``tokens`` up to a page-control word glued to the name's last word ("Jane DoeFollow", "DoeRSS")."""
        staff = self.languages.staff - self.languages.organisations
        for index, token in enumerate(tokens[1:], start=1):
            m = _GLUED.match(token)
            tail = m.group("tail").lower().strip(".,:") if m else ""
            if tail and (tail in staff or tail.split("-")[0] in staff):
                return [*tokens[:index], m.group("head") if m else token]
        return tokens

    def unglue(self, text: str) -> str:
        """A text copy's label or date glued to the words around it ("AuthorJane Doe", "vonJane") set apart."""
        return _unglued(text, self.languages)

    def _own_function_word(self, tokens: list[str]) -> bool:
        """Whether a lower-case word of the name is a function word that no name on a page of its language holds.

        The particles of every language together let "des" through ("Held des Monats" on a German
        page, where it is the genitive article; a French name's particle): ``not_particles`` in
        ``languages.yml`` lists such words per language. Other languages' particles that are function
        words here too stay particles ("Ahmad bin Said", "Luiz da Silva", "Joana das Neves" on a German
        page), and so does every word when the language is not told.
        """
        entry = self.languages.language(self.language)
        if entry is None:
            return False
        words = set(entry.get("not_particles"))
        return any(t in words for t in tokens if t.islower())

    def _adjective(self, token: str) -> bool:
        """Whether ``token`` ends in an inflected adjective's ending of the page's language after three letters."""
        entry = self.languages.language(self.language)
        word = token.lower()
        return entry is not None and any(
            len(word) >= len(end) + 3 and word.endswith(end) for end in entry.get("adjective_endings")
        )

    def verdict(self, name: str, person: bool = False, stated: bool = False) -> str:
        """Why ``name`` is not an author's name, or "" when it is one.

        ``person``: the page's markup types the name as a ``Person``; then it may be the site's own
        name (a personal site named after its author), never a known outlet's. ``stated``: a byline
        word or an author label names it; then it may open with an article (a pen name, "Von Der
        Hafenfuchs"), which elsewhere opens a title, a blog's or an outlet's name ("Der Hafenfuchs").
        """
        key = " ".join(name.casefold().split())
        tokens = name.split()
        if not name:
            return "empty once cleaned"
        if self.languages.credits.match(name):
            return "a translator's, photographer's or picture credit"
        if not stated and len(tokens) >= 2 and tokens[0][:1].isupper() and tokens[0].lower() in self.languages.articles:
            return "opens with an article (a title or a phrase, not a name)"
        if any(
            t.lower() in STOPWORDS and t.lower() not in self.languages.particles and not _middle_initial(i, tokens)
            for i, t in enumerate(tokens)
        ):
            return "holds an ordinary word, not a name"
        if tokens[0].islower() and tokens[0] in self.languages.articles:
            return "opens with a lower-case article (a phrase: \"den Weg zum See\")"
        if self._own_function_word(tokens):
            return "holds a function word of the page's language that is no name particle there"
        if _compound_of(tokens):
            return "a word and a compound of it (a tag list or a heading, not a name)"
        if self._adjective(tokens[0]):
            return "opens with an adjective (a phrase or an organisation's name)"
        if any(t.lower() in self.languages.possessives for t in tokens):
            return "holds a possessive word (a title or a label, not a name)"
        if any(_ACRONYM.match(t) for t in tokens):
            return "holds an acronym (an organisation)"
        squeezed = re.sub(r"\W+", "", key)
        if self.outlets.lookup(name) is not None or (
            not person
            and any(squeezed == site or (len(site) >= 5 and squeezed.startswith(site)) for site in self.site_names)
        ):
            return "an outlet's or the site's own name"
        if fold_phrase(name) in self.places:
            return "a place (a section or region label)"
        if any(ch.isdigit() for ch in name):
            return "holds a number (a date, an account name)"
        if not looks_like_person(name, self.languages):
            if any(is_label_word(t, self.languages) for t in name.split()):
                return "a desk, staff, job title, organisation or page-control word"
            return "not a person's name"
        return ""


def _compound_of(tokens: list[str]) -> bool:
    """Whether a word of five letters or more opens a later word five letters longer ("Hafen Hafenrundfahrt").

    A surname made of a given name has a short ending ("Peter Petersen", "Christian Christiansen").
    """
    words = [t.lower() for t in tokens]
    return any(
        len(head) >= COMPOUND_STEM and later.startswith(head) and len(later) >= len(head) + COMPOUND_STEM
        for i, head in enumerate(words)
        for later in words[i + 1 :]
    )


def _middle_initial(index: int, tokens: list[str]) -> bool:
    """Whether ``tokens[index]`` is one capital letter inside a name ("Jane W Doe"): an initial, not a word ("w")."""
    return 0 < index < len(tokens) - 1 and len(tokens[index]) == 1 and tokens[index].isupper()


@per_text(maxsize=1 << 11)  # the date-line, byline and profile readers unglue the same line in turn; the key is pure
def _unglued(text: str, languages: Languages) -> str:
    """``Judge.unglue`` computed (``Languages`` is hashed by identity and never changes)."""
    return languages.glued_label.sub(r"\g<0> ", spaced_dates(text, languages))


def date_hits(text: str, languages: Languages) -> list[DateHit]:
    """Every date of ``text``, also a numeric one that reads either way ("11/08/2020"): a byline's date is cut out."""
    hits = find_dates(text, languages, short_years=True)
    for day_first in (True, False):
        for hit in find_dates(text, languages, day_first=day_first):
            if all(hit.end <= h.start or hit.start >= h.end for h in hits):
                hits.append(hit)
    return sorted(hits, key=lambda h: h.start)


def spaced_dates(text: str, languages: Languages) -> str:
    """``text`` with a space around each date run into a word or another date ("on3. März 20213. März 2021Von")."""
    for _ in range(3):  # a date glued to the one before it is found once that one is set apart
        before = text
        for hit in reversed(find_dates(text, languages)):
            if hit.end < len(text) and text[hit.end].isalnum():
                text = f"{text[: hit.end]} {text[hit.end :]}"
            if hit.start > 0 and text[hit.start - 1].isalnum():
                text = f"{text[: hit.start]} {text[hit.start :]}"
        if text == before:
            break
    return text


def _pieces(text: str, languages: Languages) -> list[str]:
    text = _AVATAR_ALT.sub(" ", text[:500])  # "AvatarJane Doe"
    text = _TIME.sub(" | ", _NOISE.sub(" ", text))  # "20:19 von Jane Doe", "Par Jane Doe [avatar]"
    text = languages.relative_time.sub(" | ", text)  # "Jane Doe vor 2 Stunden"
    text = _NOTE.sub(" | ", text)  # "Jane Doe (Redakteurin, Wirtschaft)": a note on the person, not a name
    text = languages.credit_break.split(text, maxsplit=1)[0]
    text = languages.updated.split(text)[0]
    text = languages.comment_link.sub(" | ", text)  # "Jane Doe 4 Comments", "Jane Doe Leave a comment"
    for hit in reversed(date_hits(text, languages)):
        text = text[: hit.start] + " | " + text[hit.end :]
    text = _COUNT.sub(" | ", text)  # "Jane Doe 0": a comment count left once the dates are cut out
    out = []
    for segment in languages.name_breaks.split(languages.conversation.sub(" ; ", text)):
        for piece in _PIECES.split(segment):
            piece = piece.strip(" :;,-–—()[]")
            piece = piece if _INITIAL.search(piece) else piece.strip(" .")
            if piece and residue(piece, [], languages):
                out.append(piece)
    return out


def _add(found: Bylines, judge: Judge, piece: str, source: str, line: Line, outlet_ok: bool = True) -> None:
    """Judge one piece: a known outlet (kept for the source), a person, or a name turned down."""
    outlet = judge.outlets.lookup(piece.strip())
    if outlet is not None and outlet_ok:
        found.outlets.append((outlet.name, outlet, line))
        return
    name = judge.untailed(judge.clean(piece))
    reason = judge.verdict(name, stated=source in STATED)
    if reason and outlet_ok and looks_like_outlet(name, judge.languages) and source == "byline":
        found.outlets.append((name, None, line))
    known = {c.name.casefold() for c in found.candidates if not c.rejected}
    if name.casefold() in known:
        return
    if not reason and len(known) >= MAX_AUTHORS:
        reason = f"more than {MAX_AUTHORS} names"
    found.candidates.append(AuthorCandidate(name or piece.strip(), source, line.text.strip(), reason))
    if not reason:
        found.lines[name] = line


def _byline(line: Line, judge: Judge, found: Bylines, unlabelled: bool = True) -> bool:
    text = judge.unglue(_BULLET.sub("", line.text.strip()))
    m = judge.languages.byline.match(text)
    if m and word_count(text) > SHORT_LINE:
        text = _before_control(text, m.start("rest"), judge)  # "Posted by Jane Doe at 18:52 Tagged with: a, b, ..."
        m = judge.languages.byline.match(text)
    if m and word_count(text) <= SHORT_LINE:
        if _EDITED.search(text[: m.start("rest")]):
            return True  # "Edited by", "Photos by": not the writer
        for piece in _pieces(m.group("rest"), judge.languages):
            _add(found, judge, piece, "byline", line)
        return True
    for separator in ("|", ",") if unlabelled else ():
        parts = [p.strip() for p in text.split(separator)]
        if len(parts) != 2 or not looks_like_person(titled(parts[0]), judge.languages):
            continue
        outlet = judge.outlets.lookup(parts[1])
        # "Name, X" is a byline only when X is a known outlet; after "|" any outlet-like name.
        if outlet is not None or (separator == "|" and looks_like_outlet(parts[1], judge.languages)):
            _add(found, judge, parts[0], "byline", line)
            found.outlets.append((outlet.name if outlet else parts[1], outlet, line))
            return True
    return False


def _before_control(text: str, start: int, judge: Judge) -> str:
    """``text`` up to the first page-control word after ``start`` (a byline's tags or categories)."""
    staff = judge.languages.staff - judge.languages.organisations
    words = text[start:].split()
    cut = next((i for i, w in enumerate(words) if i >= 2 and w.lower().strip(".,:") in staff), len(words))
    return f"{text[:start]}{' '.join(words[:cut])}"


def _conversation(line: Line, judge: Judge, found: Bylines) -> None:
    """An interview's byline of two names and nothing else ("Jane Doe im Gespräch mit John Roe"): both are credited.

    Read on the header's lines; both sides must be people's names (the guest's recurs in the
    text, so the text's words are no veto here).
    """
    text = _BULLET.sub("", line.text.strip())
    sides = judge.languages.conversation.split(text)
    if len(sides) != 2 or word_count(text) > SHORT_LINE:
        return
    names = [judge.clean(side) for side in sides]
    if all(name and 2 <= len(name.split()) <= 4 and not judge.verdict(name) for name in names):
        for name in names:
            _add(found, judge, name, "byline", line, outlet_ok=False)


def _credits(line: Line, judge: Judge, found: Bylines) -> None:
    for m in _CREDIT.finditer(line.text):
        if m.group("label").lower() in ("reporting", "writing", "written"):
            for piece in _pieces(m.group("names"), judge.languages):
                _add(found, judge, piece, "credit", line, outlet_ok=False)


def _label(index: int, usable: tuple[Line, ...], judge: Judge, found: Bylines) -> None:
    """An author label ("Author: A", or "Author" then A on the next line), or a line that ends with a byline word."""
    text = _BULLET.sub("", usable[index].text.strip())
    m = judge.languages.author_label.match(text)
    if m is None:
        following = usable[index + 1].text if index + 1 < len(usable) else ""
        end = judge.languages.byline_end.search(text)
        before = text[: end.start()].split()[-1:] if end else []  # the word before "von": "Übersetzt von:" credits
        credit = any(judge.languages.credits.fullmatch(w) or _EDITED.fullmatch(w) for w in before)  # a translator
        if len(text) <= 80 and end and not credit and 0 < word_count(following) <= 8:
            for piece in _pieces(following, judge.languages)[:3]:  # "Essay Von" / "Jane Doe"
                _add(found, judge, piece, "byline", usable[index + 1])
        return
    if m.group("rest").strip():
        for piece in _pieces(m.group("rest"), judge.languages)[:3]:
            _add(found, judge, piece, "author label", usable[index])
    elif index + 1 < len(usable):
        _add(found, judge, usable[index + 1].text.strip(), "author label", usable[index + 1])


def _date_line(line: Line, judge: Judge, found: Bylines, marked_only: bool = False, under_byline: bool = False) -> bool:
    """A short header line holding a date (or a relative time) and a person's name ("Jane Doe, 8 Feb 2024").

    ``marked_only``: the line was taken for body text; only a name after a byline word is read
    ("1.11.23 20:19 von Jane Doe Lesezeit: 4 Min.").
    ``under_byline``: the line right above is a byline that named a person ("By Jane Doe" /
    "Port Ellis, 8 Feb 2024"): an unmarked name here is the dateline's place, not a second author.
    """
    text = judge.unglue(_IMAGE.sub(" ", line.text).strip())  # "[photo_2024-02-08]": an image's name, no date
    if word_count(text) > SHORT_LINE:  # a sentence (and a long line is never scanned for dates)
        return False
    if not date_hits(text, judge.languages) and not judge.languages.relative_time.search(text):
        return False  # "Jane Doe | vor 2 Stunden": a relative time is a date too
    pieces = _pieces(text, judge.languages)
    marked = [p for p in pieces if judge.languages.name_prefix.match(p)]
    if (marked_only or under_byline) and not marked:
        return not marked_only
    for index, piece in enumerate(marked or pieces):  # "8 Feb 2024 by A / Topic": the byline word marks the name
        labelled = bool(marked)
        name = judge.clean(piece)
        head, rest = " ".join(name.split()[:2]), " ".join(name.split()[2:])
        if not labelled and index == 0 and len(pieces) > 1 and judge.unlabelled(name) and rest:
            piece = name = head  # "8 Feb 2024 Jane Doe Travel, Rail, Europe": the name, then the post's tags
        elif labelled and judge.verdict(name, stated=True) and rest and looks_like_outlet(rest, judge.languages):
            piece = name = head  # "Published 8 Feb 2024 by Jane Doe Example Weekly": the name, then the outlet
        whole = index == 0  # "8 Feb 2024 Topic & Other Topic": a later piece is a category's, not a name's
        if not (judge.verdict(name, stated=True) if labelled else judge.unlabelled(name, whole)):
            _add(found, judge, piece, "byline" if labelled else "date line", line, outlet_ok=False)
    return True


def _under_byline(index: int, usable: tuple[Line, ...], found: Bylines) -> bool:
    """Whether the line above ``usable[index]`` is a byline that named a person ("By Jane Doe")."""
    if index < 1:
        return False
    above = usable[index - 1].number
    return any(
        c.source == "byline" and not c.rejected and found.lines[c.name].number == above for c in found.candidates
    )


def _profile(line: Line, judge: Judge, found: Bylines) -> None:
    """A link to the author's page ("View all posts by Jane Doe", "Mehr über Jane Doe")."""
    m = judge.languages.profile.match(judge.unglue(line.text.strip()))
    if m and word_count(line.text) <= 8:
        _add(found, judge, m.group("rest"), "author page link", line, outlet_ok=False)


def _name_line(index: int, usable: tuple[Line, ...], dated: set[int], judge: Judge, found: Bylines) -> None:
    """A person's name alone on a line right next to the byline's date or outlet line.

    Not when every such line names a person itself: there the byline is that line, and a name
    beside it is a caption's or a heading's; nor beside an author label that names someone or a
    desk ("Example Cells" / "Author: The Newsroom"). A name whose words the article's text holds
    may still be the author's when the text writes it whole (``Judge.named_in_body``), but not
    on a list item or right above a paragraph that names it (the paragraph's heading).
    """
    line = usable[index]
    # "Jane Doe" / "Example Daily" / "8 Feb 2024": the date may be one short line further away,
    # but not from a list item ("• Jane Doe" / "• 8 Feb 2024"): two items away it is a menu's entry.
    neighbours = {index - 1, index + 1}
    neighbours |= {
        index + 2 * step
        for step in (-1, 1)
        if 0 <= index + step < len(usable)
        and word_count(usable[index + step].text) <= 4
        and not _BULLET.match(line.text)
    }
    # "8 Feb 2024" / "Headline" / "Jane Doe": the headline between them does not part a byline from its date.
    neighbours |= {
        index + 2 * step
        for step in (-1, 1)
        if 0 <= index + step < len(usable) and usable[index + step].role == Role.TITLE and not _BULLET.match(line.text)
    }
    if not neighbours & dated:
        return
    names = _name_list(line.text, judge)
    if word_count(line.text) > 5 and not names:
        return
    named = {ln.number for ln in found.lines.values()}
    if all(usable[i].number in named for i in neighbours & dated):
        return  # "Von Jane Doe | 8 Feb 2024" / "John Roe": the dated line names the author; this is a caption
    labels = (_BULLET.sub("", usable[i].text.strip()) for i in (index - 1, index + 1) if 0 <= i < len(usable))
    stated = (m for text in labels if (m := judge.languages.author_label.match(text)))
    if any(":" in m.group(0)[: m.start("rest")] and _WORD.search(m.group("rest")) for m in stated):
        return  # "Example Cells" / "Author: The Newsroom": the label beside it states the author ("author avatar" not)
    for piece in names:  # "Jane Doe, John Roe and Ann Poe": every piece a person's name
        _add(found, judge, piece, "name line", line, outlet_ok=False)
    if names:
        return
    name = judge.clean(line.text)
    following = usable[index + 1] if index + 1 < len(usable) else None
    heading = following is not None and following.role == Role.BODY and name in following.text  # "Jane Doe said"
    if not judge.unlabelled(name, whole=not heading and not _BULLET.match(line.text)):
        _add(found, judge, line.text, "name line", line, outlet_ok=False)


def _name_list(text: str, judge: Judge) -> list[str]:
    """The names of a line that lists two to ``MAX_AUTHORS`` people and nothing else ("Jane Doe, John Roe y Ann Poe").

    Every piece must be a person's name whose words the article's text does not hold: one piece
    that is not ("Jane Doe and John Roe in the harbour") makes it a caption's or a heading's line.
    """
    pieces = [p.strip(" .") for p in _PIECES.split(_BULLET.sub("", text.strip()))]
    if not 2 <= len(pieces) <= MAX_AUTHORS or any(word_count(p) > 5 for p in pieces):
        return []
    names = [judge.clean(p) for p in pieces]
    kept = all(n and n == p and not judge.unlabelled(n, whole=False) for n, p in zip(names, pieces, strict=True))
    return names if kept else []


def _avatars(view: View, judge: Judge, zone: set[int], found: Bylines) -> None:
    """Names under their avatar's initials in ``zone`` ("JD" / "Jane Doe"): a byline whose photo a text copy lost.

    An image-less avatar shows the person's initials; the line after it must be a name whose
    words' first letters they are, in order.
    """
    usable = view.usable
    for index in sorted(i for i in zone if 0 <= i < len(usable) - 1):
        following, initials = usable[index + 1], usable[index].text.strip()
        if not _AVATAR.fullmatch(initials) or following.role == Role.BODY:
            continue
        name = judge.clean(following.text)
        if "".join(w[:1] for w in name.split()).upper() == initials and not judge.unlabelled(name, whole=False):
            _add(found, judge, name, "avatar", following, outlet_ok=False)


def _author_box(index: int, usable: tuple[Line, ...], judge: Judge, found: Bylines) -> None:
    """A name alone on a line with, on one of the next two lines, a note that opens with it ("Jane Doe is ...").

    The note's second word must be a ``bio`` word of ``languages.yml``: a teaser that opens with a
    name ("Jane Doe warns of ...") or a heading above a paragraph is no author box.
    """
    if len(usable[index].text) > 80:
        return  # a name line is short (a 100 kB one-word line must not be cleaned)
    # Most short lines have no note of 8+ words after them: they are not cleaned or judged at all
    # (both are pure, and asked of every short header line by each byline scan).
    notes = [text for line in usable[index + 1 : index + 3] if word_count(text := line.text.strip()) >= 8]
    if not notes:
        return
    name = judge.clean(usable[index].text)
    if not name or word_count(name) > 5:
        return
    for text in notes:
        rest = text[len(name) :] if text.casefold().startswith(name.casefold()) else ""
        if judge.languages.bio.match(rest):
            if not judge.verdict(name):
                _add(found, judge, name, "author box", usable[index], outlet_ok=False)
            return


def _closing(lines: list[Line], judge: Judge, found: Bylines) -> None:
    """ "-- By A" or "— A is a senior fellow at ..." among the article's last lines."""
    for line in lines:
        text = line.text.strip()
        m = _CLOSING_BY.match(text)
        if m:
            for piece in _pieces(m.group("rest"), judge.languages):
                _add(found, judge, piece, "closing line", line, outlet_ok=False)
            continue
        bio = _CLOSING_BIO.match(text)
        if bio:
            _add(found, judge, bio.group("name"), "closing line", line, outlet_ok=False)


def _signature(lines: list[Line], judge: Judge, found: Bylines) -> None:
    """A signed date after the article: "8 Feb 2024" / "– Jane Doe".

    A dash and a name alone is a signature only beside a line that is a date and nothing else:
    without one such lines were testimonials, quotes and teasers (1 in 22 on train text copies).
    """
    for index, line in enumerate(lines):
        signed = _SIGNED.match(line.text.strip())
        beside = [lines[i].text for i in (index - 1, index + 1) if 0 <= i < len(lines)]
        if signed and any(_date_alone(other, judge.languages) for other in beside):
            name = judge.clean(signed.group("name"))
            if not judge.unlabelled(name):
                _add(found, judge, name, "closing line", line, outlet_ok=False)


def _date_alone(text: str, languages: Languages) -> bool:
    """Whether ``text`` is a date and nothing else ("28. November 2022")."""
    hits = date_hits(text, languages)
    return bool(hits) and not residue(text, hits, languages)


def _header_span(view: View, title: int) -> range:
    """Indexes of the lines from three lines above the headline ("Jane Doe / 8.2.2024" above it) to the body."""
    first = view.first_substantial(len(view.usable))
    start = max(0, title - 3) if title >= 0 else max(0, first - 8)
    return range(start, min(len(view.usable), first + 4))


def _headline_span(view: View, headline: int) -> set[int]:
    """Indexes of the lines from three lines above ``headline`` to ``HEADLINE_REACH`` below it; none for a list item.

    A headline written as a list item ("• Headline") is a teaser's or a menu's entry, and the
    lines around it are other entries.
    """
    if _BULLET.match(view.usable[headline].text):
        return set()
    return set(range(max(0, headline - 3), min(headline + 1 + HEADLINE_REACH, len(view.usable))))


def scan_bylines(
    view: View,
    judge: Judge,
    title: int = -1,
    dateline: int = -1,
    headlines: tuple[int, ...] = (),
    stated_only: bool = False,
) -> Bylines:
    """Every person and outlet the article's bylines, credit lines and closing lines name.

    Bylines are read around the headline first; only when none is found there are the other
    header lines and the META lines before the body's end read (teasers of other articles, with
    their own bylines, sit further away). Only when these name nobody are the lines around
    ``dateline`` read, the line the publication date was taken from: a byline stands beside its
    dateline ("Jane Doe" / "8.2.2024", "Jane Doe | 8 Feb 2024") also where the headline was
    not found or sits elsewhere; not when the wider read found teasers' bylines (the date may
    be a teaser's). Before that, the lines around ``headlines``, other lines that read as the
    article's headline than ``title`` (the anchor may be the rules' headline or the body's start
    where the cleaner's model chose another headline): a byline stands beside its headline also
    where the cleaner dropped it (not after the article's last paragraph, where it is a teaser
    list's entry). Last, an author label alone on its line anywhere on the page.
    """
    judge = replace(judge, items=_items(view)) if not judge.items else judge
    near = set(_header_span(view, title))
    found = _stated_below(_lists(_scan(view, judge, near, near), view, judge, title), view, judge, near)
    if not found.people:
        below = range(max(near, default=-1) + 1, max(near, default=-1) + 1 + STATED_BELOW)
        _avatars(view, judge, near | set(below), found)
    if not found.people:
        _headline_list(view, judge, title, found)
    teasers = False  # the page's bylines are other articles': its date may be a teaser's too
    if not found.people:
        last = view.last_substantial(len(view.usable))
        after = _after(view, judge.languages)
        header = {line.number for line in view.header} | after
        zone = {i for i, ln in enumerate(view.usable) if ln.number in header or (ln.role == Role.META and i <= last)}
        tail = {i for i in zone if view.usable[i].number in after and i > last}
        wider = _lists(_scan(view, judge, zone, near, tail), view, judge, title)
        teasers = len({line.number for _, line in wider.people if view.usable.index(line) in tail}) > 1
        if teasers:
            # Bylines on several lines after it: teasers.
            wider = _lists(_scan(view, judge, zone - tail, near), view, judge, title)
        teasers = teasers or any(c.rejected.startswith("one of several") for c in wider.candidates)
        found = wider if wider.people else found
    last = view.last_substantial(len(view.usable))
    ahead = [h for h in headlines if h < last]  # after the article, the headline is a teaser list's entry
    for headline in ahead[:HEADLINES] if not teasers else ():
        if found.people:
            break
        around = _headline_span(view, headline) - near - set(headlines)  # the headline is no name line
        beside = _one_unmarked(_lists(_scan(view, judge, around, around), view, judge, headline), stated_only)
        found = beside if beside.people else found
    if not found.people and dateline >= 0 and not teasers:
        around = _dateline_span(view, dateline) - near
        beside = _lists(_scan(view, judge, around, around), view, judge, title)
        found = beside if beside.people else found
    if not found.people and not stated_only:  # a saved page's unmarked names: see ``_one_unmarked``
        _dated_below(view, judge, near, found)
    if not found.people and not stated_only:
        _role_below(view, judge, near, found)
    # The last resorts, in order, until one names a person (a saved page's unmarked writer box is not read).
    readers: tuple[Callable[[View, Judge, Bylines], None], ...] = (
        _footer_label, _lone_label, _linked_box, _dated_byline, _published_byline, _contact_card,
        *(() if stated_only else (_writer_box,)), _licence, _copyright_by, _signed_again,
        functools.partial(_headline_byline, title=title), _titled_name, _followed,
    )  # fmt: skip
    for read in readers:
        if found.people:
            break
        read(view, judge, found)
    return found


def _headline_list(view: View, judge: Judge, title: int, found: Bylines) -> None:
    """A line right under the headline that lists two or more people and nothing else ("Jane Doe, John Roe & Ann Poe").

    Within ``LIST_BELOW`` lines of the headline, no date needed: every piece must be a person's
    name whose words the article's text does not hold (``_name_list``); the first such line is read.
    """
    for index in range(title + 1, min(title + 1 + LIST_BELOW, len(view.usable))) if title >= 0 else ():
        line = view.usable[index]
        names = _name_list(line.text, judge) if line.role != Role.BODY else []
        for name in names:
            _add(found, judge, name, "name line", line, outlet_ok=False)
        if names:
            return


def _short_name_line(line: Line) -> bool:
    """Whether ``line`` may be a name alone: 2-5 words, not a paragraph, a headline or a list item."""
    return line.role not in (Role.BODY, Role.TITLE) and 2 <= word_count(line.text) <= 5 and not _BULLET.match(line.text)


def _dated_below(view: View, judge: Judge, near: set[int], found: Bylines) -> None:
    """A name on the header's lines whose date line stands right below them ("Jane Doe" / "Updated 8.2.2024").

    The header's name lines are read beside a dated line inside the header (``_name_line``); where
    the date line is the first one past it, the name is the header's last line. Read only when
    nothing else names the author, and only on text copies; the name's words must not be the
    article's text.
    """
    usable = view.usable
    for index in sorted(near):
        if index + 1 in near or index + 1 >= len(usable) or not _short_name_line(usable[index]):
            continue
        below = judge.unglue(usable[index + 1].text.strip())
        if word_count(below) > 8:
            continue
        if date_hits(below, judge.languages) or judge.languages.relative_time.search(below):
            name = judge.clean(usable[index].text)
            if name and not judge.unlabelled(name):
                _add(found, judge, name, "name line", usable[index], outlet_ok=False)
                return


def _role_below(view: View, judge: Judge, near: set[int], found: Bylines) -> None:
    """A name on a header line whose next line gives a job title or desk ("Jane Doe" / "Chefredakteurin").

    Read only when nothing else names the author, on the header's lines only (elsewhere such
    pairs are contact boxes and staff lists), when the name's words are not the article's text
    and when one person only is named so; an author label below ("Author: ...") is no job title,
    nor a line the page repeats more than twice (a list's section label). Not on saved pages, whose
    markup names the author (there it gave one wrong name on dev and no right one on train).
    """
    usable = view.usable
    header = {line.number for line in view.header}
    roles = judge.languages.role_words | judge.languages.desk_words
    names: dict[str, Line] = {}
    for index, line in enumerate(usable[:-1]):
        if not (index in near or line.number in header) or not _short_name_line(line):
            continue
        following = _BULLET.sub("", usable[index + 1].text.strip())
        if word_count(following) > ROLE_LINE or judge.languages.author_label.match(following):
            continue  # "Jane Doe" / "Author: The Newsroom": the label states the author
        if sum(other.text.strip() == usable[index + 1].text.strip() for other in usable) > 2:
            continue  # "Letters to the Editor" over every entry of a list: a section's label, not a job
        if any(w.lower().strip(",.:;()").rsplit("-", 1)[-1] in roles for w in following.split()):
            name = judge.clean(line.text)
            if name and not judge.unlabelled(name, whole=False):
                names.setdefault(name.casefold(), line)
    if len(names) == 1:
        line = next(iter(names.values()))
        _add(found, judge, line.text, "name line", line, outlet_ok=False)


def _before_comments(view: View, judge: Judge, menus: bool = False) -> Iterator[tuple[int, Line]]:
    """The usable lines and their indexes, up to the reader comments after the article; with ``menus``
    a list item's "Comments" is a menu's entry and does not end them."""
    last = view.last_substantial(-1)
    for index, line in enumerate(view.usable):
        if judge.languages.reader_comment(line.text[:80]) and index > last and not (menus and _BULLET.match(line.text)):
            return
        yield index, line


def _dated_byline(view: View, judge: Judge, found: Bylines) -> None:
    """A short byline with a byline word and a date line beside it anywhere on the page ("Von Jane Doe" / "8.2.2024").

    Read only when nothing else names the author (the cleaner put the headline elsewhere and
    the byline outside every zone read), never among or after the reader comments (a list item's
    "Comments" is a menu's entry), and only when one such byline names people: several are
    teasers of other articles.
    """
    usable = view.usable
    lines: dict[tuple[str, ...], tuple[Line, str]] = {}  # the names -> the byline and its text after the byline word
    for index, line in _before_comments(view, judge, menus=True):
        text = judge.unglue(_BULLET.sub("", line.text.strip()))
        m = judge.languages.byline.match(text)
        if m is None or word_count(text) > 8 or _EDITED.search(text[: m.start("rest")]):
            continue
        beside = (usable[i].text for i in range(index - 2, index + 3) if i != index and 0 <= i < len(usable))
        if not any(word_count(b) <= 8 and date_hits(b, judge.languages) for b in beside):
            continue
        names = tuple(judge.clean(piece) for piece in _pieces(m.group("rest"), judge.languages))
        if names and all(n and not judge.verdict(n, stated=True) for n in names):
            lines.setdefault(names, (line, m.group("rest")))
    if len(lines) == 1:
        line, rest = next(iter(lines.values()))
        for piece in _pieces(rest, judge.languages):
            _add(found, judge, piece, "byline", line, outlet_ok=False)


def _published_byline(view: View, judge: Judge, found: Bylines) -> None:
    """A short line with a name, a separator, then a publication label and date ("Jane Doe | Published 3 hours ago").

    Read anywhere before the reader comments when nothing else names the author, and only when one
    person is named so (several are teasers'); the name's words must not be the article's text.
    """
    names: dict[str, Line] = {}
    for _, line in _before_comments(view, judge):
        text = judge.unglue(_BULLET.sub("", line.text.strip()))
        label = judge.languages.published_word.search(text) if word_count(text) <= PUBLISHED_LINE else None
        head = text[: label.start()].rstrip() if label else ""
        if label is None or not head or head[-1] not in "|·•,–-" or any(sep in head[:-1] for sep in "|·•"):
            continue
        rest = text[label.end() :]
        if date_hits(rest, judge.languages) or judge.languages.relative_time.search(rest):
            name = judge.clean(head)
            if name and not judge.unlabelled(name):
                names.setdefault(name.casefold(), line)
    if len(names) == 1:
        line = next(iter(names.values()))
        text = judge.unglue(_BULLET.sub("", line.text.strip()))
        label = judge.languages.published_word.search(text)
        _add(found, judge, text[: label.start()] if label else text, "date line", line, outlet_ok=False)


def _linked_box(view: View, judge: Judge, found: Bylines) -> None:
    """A name alone on a line above a link to its other articles ("Jane Doe" / "All articles"): an author box.

    Read only when nothing else names the author, never among or after the reader comments; the
    name must not be a heading of the text's words, and neither line a list item (a menu's topic
    and its "All articles" entry). Boxes for two or more people are a team or a list of other
    articles' authors, and none is kept.
    """
    usable = view.usable
    boxes: dict[str, Line] = {}
    for index, line in _before_comments(view, judge):
        if index + 1 == len(usable):
            break
        if line.role == Role.BODY or not 2 <= word_count(line.text) <= 5:
            continue
        link = usable[index + 1].text
        if not judge.languages.author_link.match(link) or _BULLET.match(link) or _BULLET.match(line.text):
            continue  # a list item's link is a menu's entry ("• Topic" / "• All articles")
        name = judge.clean(line.text)
        if name and not judge.unlabelled(name):
            boxes.setdefault(name.casefold(), line)
    if len(boxes) == 1:
        line = next(iter(boxes.values()))
        _add(found, judge, line.text, "author box", line, outlet_ok=False)


def _writer_box(view: View, judge: Judge, found: Bylines) -> None:
    """A name alone whose job line says the person writes the site's articles ("Jane Doe" / "Redakteurin für X").

    Read anywhere before the reader comments when nothing else names the author (text copies
    only). The job line is short (``ROLE_LINE`` words) and opens with a writer's title
    (``writers``), not any job title (a lawyer's or a manager's are contact boxes), nor is it an
    author label; the name is no list item (a menu's or team list's entry), its words are not the
    article's text, no other person's name stands two lines away (a list of speakers and their
    jobs), and one person only is named so (several boxes are a staff list).
    """
    usable = view.usable
    boxes: dict[str, Line] = {}
    for index, line in _before_comments(view, judge):
        text = line.text.strip()
        if line.role in (Role.BODY, Role.TITLE) or not 2 <= word_count(text) <= 5 or _BULLET.match(text):
            continue  # a list item's name is a menu's or a team list's entry
        following = _BULLET.sub("", usable[index + 1].text.strip()) if index + 1 < len(usable) else ""
        if not (0 < word_count(following) <= ROLE_LINE and judge.languages.writer.match(following)):
            continue
        if judge.languages.author_label.match(following):
            continue  # "Jane Doe" / "Autor: The Newsroom": the label states the author
        name = judge.clean(text)
        if name and not judge.unlabelled(name) and not _listed(index, usable, judge):
            boxes.setdefault(name.casefold(), line)
    if len(boxes) == 1:
        line = next(iter(boxes.values()))
        _add(found, judge, line.text, "author box", line, outlet_ok=False)


def _licence(view: View, judge: Judge, found: Bylines) -> None:
    """The maker of a Creative Commons notice ("Jane's Blog by Jane Doe is licensed under a Creative Commons ...").

    The notice credits the work, the site or its texts, to its maker: a person named after the
    last byline word before the licence words wrote them (a group or organisation is turned down
    as in a byline). Read anywhere (the notice is the site's footer, after the reader comments),
    when nothing else names the author, and only when one notice names people.
    """
    words = {w for w in judge.languages.words("byline") if " " not in w}
    notices: dict[tuple[str, ...], tuple[Line, list[str]]] = {}
    for line in view.usable:
        m = judge.languages.licence.match(line.text.strip())
        tokens = m.group("head").split() if m else []
        at = max((i for i, t in enumerate(tokens) if t.lower() in words), default=-1)
        if at < 1:  # "by" opens the notice: no work before it
            continue
        pieces = _pieces(" ".join(tokens[at + 1 :]), judge.languages)
        names = tuple(n for n in (judge.clean(p) for p in pieces) if n and not judge.verdict(n))
        if names:
            notices.setdefault(names, (line, pieces))
    if len(notices) == 1:
        line, pieces = next(iter(notices.values()))
        for piece in pieces:
            _add(found, judge, piece, "credit", line, outlet_ok=False)


def _copyright_by(view: View, judge: Judge, found: Bylines) -> None:
    """A copyright line that names its holder with "by" ("© 2020 by Jane Doe", "2009-2020 by Jane Doe – Powered by").

    The holder of a site's texts named so is a person who made them (a company's notice is
    turned down by the name checks). Read anywhere but in the article's text when nothing else
    names the author, only the first name of each such line, and only when one person is named so.
    A year range or a copyright mark must come before the holder word (``holders``): "Posted 8 May
    2020 by" is a byline.
    """
    holders: dict[str, Line] = {}
    for line in view.usable:
        if line.role == Role.BODY or word_count(line.text) > SHORT_LINE * 2:
            continue
        m = judge.languages.copyright_holder.search(line.text)
        pieces = _pieces(m.group("rest"), judge.languages)[:1] if m else []
        for piece in pieces:
            name = judge.clean(piece)
            if name and not judge.verdict(name):
                holders.setdefault(name.casefold(), line)
    if len(holders) == 1:
        line = next(iter(holders.values()))
        m = judge.languages.copyright_holder.search(line.text)
        for piece in _pieces(m.group("rest"), judge.languages)[:1] if m else []:
            _add(found, judge, piece, "credit", line, outlet_ok=False)


def _signed_again(view: View, judge: Judge, found: Bylines) -> None:
    """A name alone after the article, the next line naming the person again ("Jane Doe" / "See: Jane Doe, A Book").

    The article's signature, confirmed by a note on the writer (a book of theirs, a link to their
    other texts); a name alone after the article without it was a greeting, a heading or a link's
    label far more often than a signature (1 right name in 20 on train text copies). The name is
    the first line past the article's last paragraph and a few short ones after it ("Thank you.");
    its words must not be the article's text. The note neither opens with the name (a teaser's
    sentence, "Jane Doe warns that ...") nor is longer than a short line.
    """
    usable = view.usable
    last = view.last_substantial(-1)
    index = last + 1
    while index < min(last + 1 + SIGNED_SKIP, len(usable)) and usable[index].role == Role.BODY:
        index += 1  # "Jane Doe" under a closing wish that is too short to count as a paragraph
    if last < 0 or index + 1 >= len(usable) or not _short_name_line(usable[index]):
        return
    name = judge.clean(usable[index].text)
    note = titled(_BULLET.sub("", usable[index + 1].text.strip()))
    named = re.search(rf"(?<!\w){re.escape(name)}(?!\w)", note, re.I) if name else None
    if named is None or named.start() == 0 or word_count(note) > SHORT_LINE:
        return  # "Jane Doe" / "Jane Doe warns that ...": a teaser, or an author box (``_author_box``) read before
    if not judge.unlabelled(name):
        _add(found, judge, usable[index].text, "closing line", usable[index], outlet_ok=False)


def _headline_byline(view: View, judge: Judge, found: Bylines, title: int) -> None:
    """The line taken for the headline (``title``, an index of ``view.usable``) when it is a byline and nothing
    else ("-- by Jane Doe", "Von Jane Doe").

    The cleaner may anchor on the byline over the article (a page whose headline it did not
    find); the byline still names the author, when nothing else does. A byline word opening a
    real headline ("Von Häfen und Schiffen") is followed by words that are no person's name.
    """
    if not 0 <= title < len(view.usable):
        return
    line = view.usable[title]
    text = judge.unglue(line.text.strip().lstrip("-–—").strip())
    m = judge.languages.byline.match(text)
    if m is None or word_count(text) > HEADLINE_BYLINE or _EDITED.search(text[: m.start("rest")]):
        return
    pieces = _pieces(m.group("rest"), judge.languages)
    if pieces and all(not judge.verdict(judge.clean(piece), stated=True) for piece in pieces):
        for piece in pieces:
            _add(found, judge, piece, "byline", line, outlet_ok=False)


def _titled_name(view: View, judge: Judge, found: Bylines) -> None:
    """A person's name and a writer's title after it, alone on a line ("Jane Doe Autorin"): an author box's head.

    Read anywhere (such boxes stand after the reader comments too) when nothing else names the
    author; two or three words of a name and one title word of ``writers``, the line not in
    capitals (a link's label, "MEHR VOM AUTOR"), the title not parted from the name by a comma
    ("Jane Doe, writer" among "John Roe, Example University": a list of signatories), no other
    person's name two lines away, and one person only named so (several are a staff list).
    """
    writers = {w for w in judge.languages.words("writers") if " " not in w}
    names: dict[str, tuple[Line, str]] = {}
    for index, line in enumerate(view.usable):
        text = _BULLET.sub("", line.text.strip())
        tokens = text.split()
        if not 3 <= len(tokens) <= 4 or text.isupper() or tokens[-1].lower() not in writers:
            continue
        head = " ".join(tokens[:-1])
        if not head[-1].isalpha():
            continue  # "Jane Doe, writer": a list's entry, each name with its job or affiliation
        name = judge.clean(head)
        if name and not judge.verdict(name) and not _listed(index, view.usable, judge):
            names.setdefault(name.casefold(), (line, head))
    if len(names) == 1:
        line, head = next(iter(names.values()))
        _add(found, judge, head, "author box", line, outlet_ok=False)


def _followed(view: View, judge: Judge, found: Bylines) -> None:
    """The one person a page offers to follow on a network ("Follow Jane Doe on X"): the author's box or byline.

    Read before the reader comments when nothing else names the author; the name must be a person's
    (an outlet's "Follow Example News on X" is turned down), and only when one person is named so.
    """
    names: dict[str, tuple[Line, str]] = {}
    for _, line in _before_comments(view, judge):
        for m in judge.languages.follow.finditer(line.text):
            name = judge.clean(m.group("name"))
            if name and name[0].isupper() and not judge.verdict(name):
                names.setdefault(name.casefold(), (line, m.group("name")))
    if len(names) == 1:
        line, piece = next(iter(names.values()))
        _add(found, judge, piece, "author box", line, outlet_ok=False)


def _listed(index: int, usable: tuple[Line, ...], judge: Judge) -> bool:
    """Whether another person's name stands two lines above or below ``usable[index]``: a list of people, their jobs."""
    for other in (index - 2, index + 2):
        if 0 <= other < len(usable) and 2 <= word_count(usable[other].text) <= 5:
            name = judge.clean(usable[other].text)
            if name and name.casefold() != judge.clean(usable[index].text).casefold() and not judge.verdict(name):
                return True
    return False


def _contact_card(view: View, judge: Judge, found: Bylines) -> None:
    """A name whose own e-mail address follows within ``CARD_REACH`` lines ("Jane Doe" / "jane.doe@example.org").

    Read only when nothing else names the author, never among or after the reader comments; an
    address that spells the name marks the person the page gives as its contact or author. Cards
    for two or more people are a team or contact list, and none is kept.
    """
    usable = view.usable
    cards: dict[str, Line] = {}
    for index, line in _before_comments(view, judge):
        if not 2 <= word_count(line.text) <= 5 or "@" in line.text:
            continue
        name = judge.clean(line.text)
        if (
            name
            and not judge.verdict(name)
            and any(_spells(name, other.text) for other in usable[index + 1 : index + 1 + CARD_REACH])
        ):
            cards.setdefault(name.casefold(), line)
    if len(cards) == 1:
        line = next(iter(cards.values()))
        _add(found, judge, line.text, "contact card", line, outlet_ok=False)


def _spells(name: str, text: str) -> bool:
    """Whether ``text`` is an e-mail address alone whose user part holds the name's last word and an initial."""
    token = text.strip().strip("•·*-–—:()[] ").casefold()
    if " " in token or not _MAIL.fullmatch(token):
        return False
    letters = re.sub(r"[^a-z]", "", strip_marks(token.split("@")[0]))
    words = [re.sub(r"[^a-z]", "", strip_marks(w.casefold())) for w in name.split()]
    last = words[-1]  # the first letter may be a title's ("Dr. Jane Doe": jane.doe@)
    return len(last) >= 3 and last in letters and any(w and letters.startswith(w[0]) for w in words[:-1])


def _stated_below(found: Bylines, view: View, judge: Judge, near: set[int]) -> Bylines:
    """``found``, or a byline with a byline word just below the header's lines when ``found`` has unmarked names only.

    A date line's name ("Jane Doe2022-12-07T10:10 | 7. Dezember 2022") may be the account that
    posted the article, while "Von John Roe" under the standfirst states the author: the stated
    byline wins when it stands at most ``STATED_BELOW`` lines below the header's lines.
    """
    if not found.people or any(c.source in STATED for c in found.candidates if not c.rejected):
        return found
    start = max(near, default=-1) + 1
    below = Bylines()
    for index in range(start, min(start + STATED_BELOW, len(view.usable))):
        line = view.usable[index]
        if line.role != Role.BODY and judge.languages.byline.match(judge.unglue(_BULLET.sub("", line.text.strip()))):
            _byline(line, judge, below, unlabelled=False)
    return below if below.people else found


def _items(view: View) -> frozenset[str]:
    """The folded one-word lines of the page (list bullets dropped): its menu entries, categories and tags."""
    words = (_BULLET.sub("", line.text).strip(" :|»>") for line in view.usable if len(line.text) <= 40)
    return frozenset(w.casefold() for w in words if w and " " not in w)


def _one_unmarked(found: Bylines, stated_only: bool = False) -> Bylines:
    """``found`` without its names read without a byline word or label when there are several: a list's entries.

    Beside a headline line the cleaner did not anchor on, names on name or date lines of their
    own were a teaser list's or a sidebar's whenever there were two or more (train text copies).
    ``stated_only`` (a saved page): none of them is kept; there such lines named a category, a
    section or a teaser (train saved pages: five wrong names for one right one).
    """
    unmarked = [c for c in found.candidates if not c.rejected and c.source not in STATED]
    if len({c.name for c in unmarked}) < (1 if stated_only else 2):
        return found
    out = Bylines(outlets=found.outlets)
    for c in found.candidates:
        if c in unmarked:
            why = "an unmarked name beside the headline on a saved page" if stated_only else ""
            why = why or "one of several unmarked names beside the headline: a list"
            out.candidates.append(AuthorCandidate(c.name, c.source, c.evidence, why))
        else:
            out.candidates.append(c)
            if not c.rejected:
                out.lines[c.name] = found.lines[c.name]
    return out


def _lone_label(view: View, judge: Judge, found: Bylines) -> None:
    """An author label or byline word alone on a line, the name on the next line ("Autor:" / "Jane Doe").

    Read anywhere on the page (an author box after the article, a sidebar), but only when
    nothing else names the author, never among or after the reader comments (the first comment
    header after the article's last paragraph; one above it is a menu's link), and only the
    first such label: when no person follows it, the page's labels are a search form's or a
    menu's ("Autor" / "Erweiterte Suche"), and a later one is no more trusted.
    """
    usable = view.usable
    last = view.last_substantial(-1)
    for index, line in enumerate(usable[:-1]):
        if judge.languages.reader_comment(line.text[:80]):
            if index > last:
                return  # the reader comments after the article
            continue  # a menu's "Comments" link
        text = _BULLET.sub("", line.text.strip())
        label = judge.languages.author_label.match(text)
        alone = (label is not None and not label.group("rest").strip()) or judge.languages.byline_alone.match(text)
        following = usable[index + 1]
        if not alone or not 0 < word_count(following.text) <= 6 or following.role == Role.BODY:
            continue
        pieces = _pieces(following.text, judge.languages)[:3]
        if any(not judge.verdict(judge.clean(piece), stated=True) for piece in pieces):  # else nobody to report
            for piece in pieces:
                _add(found, judge, piece, "author label", following, outlet_ok=False)
        return


def _dateline_span(view: View, dateline: int) -> set[int]:
    """Indexes of the publication date's line and the two lines on either side of it."""
    return {i for i in range(dateline - 2, dateline + 3) if 0 <= i < len(view.usable)}


def _footer_label(view: View, judge: Judge, found: Bylines) -> None:
    """An author label with a colon and the name on its line in the page's footer ("Author: Jane Doe").

    Read only when nothing else names the author, and never among or after the reader comments.
    """
    for line in view.footer:
        if judge.languages.reader_comment(line.text[:80]):
            return
        text = _BULLET.sub("", line.text.strip())
        m = judge.languages.author_label.match(text)
        if m is None or ":" not in text[: m.start("rest")] or not 0 < word_count(m.group("rest")) <= 6:
            continue
        for piece in _pieces(m.group("rest"), judge.languages)[:1]:
            _add(found, judge, piece, "author label", line, outlet_ok=False)
        if found.people:
            return


def _all_boxes(view: View, judge: Judge) -> set[str]:
    """The folded names of every author box on the page (a name, then a note that opens with it)."""
    scratch = Bylines()
    for index, line in enumerate(view.usable):
        if word_count(line.text) <= 6:
            _author_box(index, view.usable, judge, scratch)
    return {name.casefold() for name, _ in scratch.people}


_BYLINE_SOURCES = frozenset({"byline", "date line", "name line"})  # a line that names an article's author


def _lists(found: Bylines, view: View, judge: Judge, title: int) -> Bylines:
    """``found`` without the names of a list of people: other articles' bylines, a cast or team list.

    Bylines on three or more lines that name different people are teasers of other articles,
    each with its own byline: only the header's one nearest the headline is the article's, if
    any. Date lines that open with a name ("Jane Doe 8. Februar 2020") and name lines count as
    such bylines: a list of posts writes each entry's author beside its date or on a line of its
    own. Author boxes ("Jane Doe" / "Jane Doe is ...") for two or more people anywhere on the
    page are a list of the people it is about or of a team, and none is the author.
    """
    bylines = {found.lines[c.name].number for c in found.candidates if not c.rejected and c.source in _BYLINE_SOURCES}
    boxes = {c.name.casefold() for c in found.candidates if not c.rejected and c.source == "author box"}
    if boxes:
        boxes |= _all_boxes(view, judge)
    keep = bylines
    if len(bylines) >= 3:
        anchor = view.usable[title].number if 0 <= title < len(view.usable) else -1
        header = {view.usable[i].number for i in _header_span(view, title)} | {line.number for line in view.header}
        nearest = min((n for n in bylines if n in header), key=lambda n: (abs(n - anchor), n), default=-1)
        keep = {nearest}
    if len(bylines) < 3 and len(boxes) < 2:
        return found
    out = Bylines(outlets=found.outlets)
    for c in found.candidates:
        line = found.lines.get(c.name) if not c.rejected else None
        why = ""
        if line is not None and c.source in _BYLINE_SOURCES and line.number not in keep:
            why = "one of several bylines: teasers of other articles"
        elif line is not None and c.source == "author box" and len(boxes) >= 2:
            why = "one of several author boxes: a list of people"
        out.candidates.append(AuthorCandidate(c.name, c.source, c.evidence, why) if why else c)
        if line is not None and not why:
            out.lines[c.name] = line
    return out


def _in_related(index: int, usable: tuple[Line, ...]) -> bool:
    """Whether the lines on both sides of ``usable[index]`` belong to a list of related articles: a teaser's byline."""
    return 0 < index < len(usable) - 1 and usable[index - 1].reason == usable[index + 1].reason == "related"


def _after(view: View, languages: Languages) -> set[int]:
    """Line numbers of the lines right after the article, up to the first reader comment."""
    out: set[int] = set()
    for line in view.after:
        if languages.reader_comment(line.text[:80]):
            break
        out.add(line.number)
    return out


def _scan(
    view: View, judge: Judge, zone: set[int], near: set[int], tail: frozenset[int] | set[int] = frozenset()
) -> Bylines:
    """Read the lines of ``zone``; after the article (``tail``) only a line with a byline word is a byline."""
    found = Bylines()
    usable = view.usable
    footer = frozenset(view.footer)  # asked of every line: a tuple's test compared whole lines one by one
    dated: set[int] = set()
    for index, line in enumerate(usable):
        if line.role == Role.TITLE or judge.languages.reader_comment(line.text[:80]):
            continue
        in_header = index in zone and (index in near or not _in_related(index, usable))
        if (in_header and _byline(line, judge, found, index not in tail)) or (
            index in near
            and _date_line(
                line, judge, found, marked_only=line.role == Role.BODY, under_byline=_under_byline(index, usable, found)
            )
        ):
            dated.add(index)
        if _CREDIT_LINE.match(line.text) or "reporting by" in line.text.lower():
            _credits(line, judge, found)
        interview = judge.languages.interviewer.match(line.text.strip())
        if interview and word_count(interview.group("rest")) <= INTERVIEWER_WORDS:  # "Das Gespräch führte Jane Doe."
            for piece in _pieces(interview.group("rest"), judge.languages):
                _add(found, judge, piece, "credit", line, outlet_ok=False)
        if in_header and word_count(line.text) <= 6:  # the cheap test first: most lines are outside the header
            _label(index, usable, judge, found)
            _author_box(index, usable, judge, found)
        if in_header or line in footer:
            _profile(line, judge, found)
    for index in sorted(near):
        if usable[index].role not in (Role.BODY, Role.TITLE) and index not in dated:
            _conversation(usable[index], judge, found)
            _name_line(index, usable, dated, judge, found)
    last = view.last_substantial(-1)
    if last >= 0:
        _closing(list(usable[max(0, last - 1) : last + 3]), judge, found)
        _signature(list(usable[last + 1 : last + 1 + SIGNATURE_REACH]), judge, found)
        for index in range(max(0, last - 2), last):  # "Jane Doe" / "Jane Doe teaches ...": the note is a paragraph
            if word_count(usable[index].text) <= 6:
                _author_box(index, usable, judge, found)
    return found
