"""Chrome written as full sentences: pitches to the reader and author bios.

A pitch (subscribe, download the app, paywall, affiliate disclosure, browser warning) is told by
its vocabulary: several words of the site's own business in one short paragraph, usually with
the reader or the site addressed ("you", "we", "our"). Reported speech is never a pitch.

An author bio starts with a person's name and a bio verb ("... is a reporter", "... writes
about"), where the same name also stands in a byline or name line of the page.
"""

from __future__ import annotations

import re

_MAX_WORDS = 60
_FAMILY_WORDS = (
    r"subscri(?:be[ds]?|bers?|bing|ptions?)|unsubscribe|membership|premium|paywall|free trial|abonn\w*|"
    r"suscri\w*|подпис\w*|اشترك\w*",
    r"newsletters?|inbox|the latest (?:news|stories|updates|headlines)|рассылк\w*",
    r"sign(?:ing)?[ -]up|log(?:ging)?[ -]in|sign[ -]in",
    r"downloads?|descarg\w*|herunterladen|скача\w*",
    r"apps?|ios|android|app store|google play|aplicaci[oó]n|приложени\w*",
    r"advertis(?:e?ments?|ing|ers?)|sponsor(?:ed|s|ship)?|affiliates?|commissions?|compensat(?:ion|ed)|"
    r"disclaimer|disclosure",
    r"browsers?|javascript|css|cookies?",
    r"full (?:story|article)|continue reading|read more|learn more|click(?:ing)?",
    r"donat(?:e|ions?)",
)
_FAMILIES = tuple(re.compile(rf"(?<!\w)(?:{words})(?!\w)") for words in _FAMILY_WORDS)
_ANY_TERM = re.compile(rf"(?<!\w)(?:{'|'.join(_FAMILY_WORDS)})(?!\w)")  # cheap first pass
_ADDRESS = re.compile(
    r"(?<!\w)(?:you|your|yours|you're|you’re|you'll|you’ll|please|we|we're|we’re|our|vous|votre|vos|"
    r"usted|tu|вы|вас|ваш\w*)(?!\w)"
)
_US = re.compile(r"(?<!\w)us(?!\w)")  # case-sensitive: "US" is a country
_SPEECH = re.compile(r"[\"“”«»„]|(?<!\w)(?:said|says|told|according to|asked)(?!\w)")


def is_pitch(text: str) -> bool:
    """A short paragraph that sells the site to the reader: subscribe, download, disclose, update."""
    t = text.strip()
    if len(t) > 600 or len(t.split()) > _MAX_WORDS:
        return False
    low = t.lower()
    if len(_ANY_TERM.findall(low)) < 2:
        return False
    score = 0  # one point per family of business words, two when it shows two different ones
    for family in _FAMILIES:
        found = set(family.findall(low))
        score += min(len(found), 2)
    if score < 2 or _SPEECH.search(low):
        return False
    return score >= 3 or bool(_ADDRESS.search(low) or _US.search(t))


_NAME = r"(?:[A-Z][\w'’.-]+|[A-Z]{2,})"
_BIO_START = re.compile(
    rf"^({_NAME}(?:\s+{_NAME}){{1,2}})\s+(?:is|was|has|had|writes|wrote|covers|reports|joined|lives|"
    r"serves|holds|teaches|works|edits|leads|previously)\b"
)
_NAME_LINE_WORDS = 8
_NEAR = 12
_BY = ("by ", "written by ", "posted by ", "author: ", "von ", "par ", "por ")


def bio_name(text: str) -> str:
    """The person's name that opens a third-person bio sentence, lower case; "" when none."""
    m = _BIO_START.match(text.strip()[:200])
    return m.group(1).lower() if m else ""


def is_bio(text: str, at: int, names: list[tuple[int, str, bool]]) -> bool:
    """A paragraph (line ``at``) presenting a person named in a byline or in a name line near it.

    ``names`` holds ``(line index, lower-cased text, is a byline)`` for the page's bylines and
    short lines; a plain name line counts only within ``_NEAR`` lines (an author box).
    """
    name = bio_name(text)
    if not name:
        return False
    for index, line, byline in names:
        pos = line.find(name)
        if pos < 0:
            continue
        if byline and pos > 0 and line.startswith(_BY):
            return True
        if pos == 0 and abs(index - at) <= _NEAR and len(line.split()) <= _NAME_LINE_WORDS // 2:
            return True  # a line that is just the name, perhaps with a role
    return False


_SIGNUP = re.compile(r"newsletter|subscri|sign(?:ing)?[ -]?up|inbox|abonn|suscri|подпис|рассылк", re.IGNORECASE)
_BLURB_WORDS = 30
_BLURB_GAP = 2


def blurbs(texts: list[str], dropped: list[bool]) -> set[int]:
    """Short lines inside a newsletter box: a dropped sign-up heading above, dropped form below.

    ``texts`` are the stripped lines of the page and ``dropped`` says which already have a
    drop reason; the newsletter's one-line description between them is chrome as well.
    """
    out: set[int] = set()
    for i, text in enumerate(texts):
        if not text or dropped[i] or len(text.split()) > _BLURB_WORDS:
            continue
        above, below = _neighbour(texts, i, -1), _neighbour(texts, i, 1)
        if above < 0 or below < 0 or not (dropped[above] and dropped[below]):
            continue
        if len(texts[above].split()) >= 3 and _SIGNUP.search(texts[above][:300]):  # not a menu label
            out.add(i)
    return out


def _neighbour(texts: list[str], at: int, step: int) -> int:
    """Index of the nearest non-blank line within ``_BLURB_GAP`` lines; -1 when none."""
    j = at + step
    while 0 <= j < len(texts) and abs(j - at) <= _BLURB_GAP + 1:
        if texts[j]:
            return j
        j += step
    return -1
