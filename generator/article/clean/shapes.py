"""Line-shape rules: bylines and dates, captions and credits, bullets, junk."""

from __future__ import annotations

import re

from generator.knowledge.languages import Languages

# A date in an embedded post's attribution ("(@handle) March 9, 2021"): after a handle any
# word with a day and a year is the date, in whatever language the embed was written.
_EMBED_DATE = r"[^\W\d_]{3,12}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\.?\s+[^\W\d_]{3,12}\.?,?\s+\d{4}"
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\b|\b\d{1,2}\s*[ap]\.?m\.?\b", re.I)
_READ_TIME = re.compile(
    r"^\d+\s*(?:min(?:ute)?s?|мин\.?|minutes?)\.?\s*(?:read|de lecture|lesezeit|lectura|чтения)?$",
    re.IGNORECASE,
)
_AGO = re.compile(
    r"^(?:updated|published|posted|last updated|modified)?\s*:?\s*\d+\s*(?:minutes?|hours?|days?|"
    r"weeks?|months?|mins?|hrs?)\s+ago$",
    re.IGNORECASE,
)
_DATELINE = re.compile(r"^[A-Z][A-Z .,'-]{2,40}(?:\([A-Za-z .]{2,30}\))?\s*[-—–]+$")
_DASHES = ("-", "—", "–")
_DATE_HINT = re.compile(r"\d{4}|\d[./]\d")  # every DATE form has a four-digit year or d.d / d/d

# A headline (or its part after a kicker) may open with a quotation or inverted mark, not with another symbol.
OPENERS = "\"'“„«‚‘¿¡("
BULLET = re.compile(r"^\s*(?:[•·*▪●◦■□►▶–-])\s+")
NUMBERED = re.compile(r"^\s*(?:\d{1,3}[.)]|\[\d{1,3}\])\s+")
URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
HANDLE_ATTRIB = re.compile(
    rf"^[—–-]{{1,2}}\s*[^()\n]{{1,80}}\(@\w{{1,30}}\)\s*(?:on\s+)?({_EMBED_DATE})?",
    re.IGNORECASE,
)
_POST_SHARED = re.compile(r"^(?:a (?:post|photo|video) shared by|view this post on)\b", re.IGNORECASE)
_VIEW_POST = re.compile(r"^view this post on\b", re.IGNORECASE)
# A server script's error message printed into the page ("Warning: f(): ... in /path/file.php on line
# 12"): PHP writes them in English whatever the page's language.
_SCRIPT_ERROR = re.compile(
    r"^(?:PHP\s+)?(?:warning|notice|deprecated|strict standards|(?:catchable )?fatal error|parse error)\s*:"
    r".*\bin\s+(?:[a-z]:)?[/\\]\S+\s+on line\s+\d+\s*$",
    re.IGNORECASE,
)
_CREDIT = re.compile(
    r"(?:[\[(](?:photo|image|picture|credit|source|foto|фото|bild|file|getty|afp|reuters|ap|epa|"
    r"shutterstock|istock)[^\])]{0,60}[\])]|\[[^\W\d_][^\]\s]*(?:\s[^\]\s]+){0,3}\]|"
    r"(?:/|\||©)\s*(?:cc|photo|image|credit|foto|фото|source|getty|afp|reuters|ap|epa)\b[^.!?]{0,80}|"
    r"\s[-–—]\s(?:photo|foto|фото|bild)s?\s?:\s?[^.!?]{2,80}|"
    r"\b(?:getty images|shutterstock|istock|afp photo|ap photo|reuters/)[^.!?]{0,60}|"
    r"(?<=[.!?])\s?(?:credit|photograph|photo|image|picture|foto|фото|bild)s?\s?:\s?[^.!?]{2,80})\s*$",
    re.IGNORECASE,
)
# A credit after a caption's last word with no sentence end between, glued by w3m or not ("...the final
# roundPhoto: Agency", "...the harbour Foto: Jane Roe"): the label capitalised (so "Titelbild:", the end
# of a longer word, is no credit) and a short credit after it.
_LATE_CREDIT = re.compile(r"(?<=[^\W\d_])\s?(?:Photo|Foto|Bild)s?:\s?(?P<credit>[^\s.!?:][^.!?:]{0,60})$")
_MAX_CREDIT_WORDS = 5
_AGENCIES = ("getty images", "shutterstock", "istock", "afp photo", "ap photo")
_PHONE = re.compile(r"(?:\+|\(\+)\d[\d ()./-]{6,}\d|\b\d{3}[ .-]\d{3}[ .-]\d{4}\b")
_HANDLE = re.compile(r"[a-z][a-z0-9_.-]{2,30}")  # an account name written in small letters
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.]+\b|\[email\s*protected\]", re.IGNORECASE)
_WORD = re.compile(r"\w+")
_COUNTER = re.compile(
    r"^\d[\d,.]*\s*[kKmM]?\s+(?:shares?|comments?|views?|likes?|reactions?|responses?|replies|reads?)$",
    re.IGNORECASE,
)


def words(text: str) -> list[str]:
    """Word tokens of a line (lower case)."""
    return _WORD.findall(text.lower())


def _stamp(text: str, languages: Languages) -> bool:
    """A line that opens with a publication or update label ("Published", "Aktualisiert")."""
    return bool(languages.published.match(text)) or bool(languages.updated.match(text))


def is_meta(text: str, languages: Languages) -> bool:
    """Byline, dateline, timestamp or reading-time line (``languages``: month and byline words)."""
    t = text.strip()
    if len(t) > 160:
        return False
    n = len(t.split())
    digits = any(map(str.isdigit, t))  # every date, time, reading time and "ago" has one
    if digits and (_READ_TIME.match(t) or _AGO.match(t)):
        return True
    if n <= 8 and t.endswith(_DASHES) and _DATELINE.match(t):
        return True
    m = languages.line_byline.match(t)
    if m and n <= 16 and t[m.end() - 1].isupper() and (n <= 8 or not t.endswith((".", "!", "?"))):
        return True
    if m and n == 2 and _HANDLE.fullmatch(t[m.end() - 1 :]):
        return True  # a byline naming an account in small letters ("by jdoe_42")
    if not digits:
        return False
    if n == 2 and re.fullmatch(rf"(?:{languages.months})\.?\s+\d{{4}}", t, re.I):
        return True  # a month's heading in a blog's archive ("December 2008")
    date = languages.line_date
    stamp = bool((_DATE_HINT.search(t) and date.search(t)) or (_stamp(t, languages) and _TIME.search(t)))
    if not stamp:
        return False
    if (n <= 10 and not t.endswith((".", "?", "!"))) or (n <= 14 and _stamp(t, languages)):
        return True
    return len(words(_TIME.sub("", date.sub("", t)))) <= 2


def is_caption(text: str) -> bool:
    """A photo caption or credit line."""
    t = text.strip()
    if len(t) >= 400 or t.endswith(("?", "!")):
        return False
    cut = max(0, len(t) - 140)  # a credit sits at the end of the line
    if not _credit_hint(t[cut:]):
        return False
    m = _CREDIT.search(t, cut) or _late_credit(t, cut)
    if not m:
        return False
    before = t[: m.start()].rstrip()
    return len(before.split()) < 25 or not before.endswith((".", "!", "?", '"', "”", "»"))


def _late_credit(t: str, cut: int) -> re.Match[str] | None:
    m = _LATE_CREDIT.search(t, cut)
    return m if m and len(m["credit"].split()) <= _MAX_CREDIT_WORDS else None


def _credit_hint(tail: str) -> bool:
    """Cheap test that ``_CREDIT`` may match in ``tail``: it needs a bracket, slash, bar, © or agency name."""
    if any(c in tail for c in "[(/|©:"):
        return True
    low = tail.lower()
    return any(k in low for k in _AGENCIES)


def is_embed_header(text: str) -> bool:
    """The line an embedded post opens with ("View this post on ..."): the post comes after it."""
    return bool(_VIEW_POST.match(text.strip()[:300]))


def is_embed_attribution(text: str) -> bool:
    """The attribution line of an embedded social post."""
    t = text.strip()[:300]
    return bool(HANDLE_ATTRIB.match(t)) or bool(_POST_SHARED.match(t))


def is_contact(text: str) -> bool:
    """A short line that is mostly a phone number, e-mail address or postcode."""
    t = text.strip()
    if len(t) > 120:
        return False
    return bool(_PHONE.search(t) or _EMAIL.search(t))


def is_script_error(text: str) -> bool:
    """A server script's error message ("Warning: ... in /path/file.php on line 12")."""
    return bool(_SCRIPT_ERROR.match(text.strip()[:2000]))


def is_junk(text: str) -> bool:
    """A line with no prose: digits, symbols, a single long token, or a repeated chunk."""
    t = text.strip()
    if not t:
        return True
    if not any(map(str.isalpha, t[:2000])) or _COUNTER.match(t[:80]):
        return True
    if len(t) >= 20 and " " not in t[:200] and t[:200].isascii():
        return True
    return is_script(t) or (len(t) < 500 and _repeats(t))


_SCRIPT_MARKS = re.compile(r"[{};=]|\)\(|\(\)|&&|\|\||=>|!==?|\w\.\w+\(")
_SCRIPT_MIN = 80  # a shorter line may be a formula or a line of code quoted in the text
_SCRIPT_SHARE = 0.05  # script marks per character (prose with a few brackets or semicolons stays far below)


def is_script(text: str) -> bool:
    """A line of program source (a page's minified script or style sheet dumped as text): braces,
    semicolons, assignments and calls at a rate prose never reaches."""
    t = text[:2000]
    return len(t) >= _SCRIPT_MIN and len(_SCRIPT_MARKS.findall(t)) >= _SCRIPT_SHARE * len(t)


# Marks of a line of program source, a shell command or a configuration entry quoted in an
# article (how-tos, tech blogs): a call "f(", an assignment, a command-line flag, a shell prompt or
# comment, a "key": value entry, a "module.name" or "name:tag" token, a brace, a closing semicolon.
_CODE_MARKS = re.compile(
    r"\w\(|\w\s?=\s?\S|==|=>|->|&&|\|\||::|(?:^|\s)--?[a-zA-Z][\w-]*|^\$\s|^#\s+\S|^\"[^\"]{1,40}\"\s?:|"
    r"[^\W\d]\w+\.[^\W\d]\w*[.(\[]|[a-z]:[a-z0-9/]|[{}]|;$|(?<![@\w])[a-z]+_\w"
)
_CODE_MAX = 200  # a longer line is prose (or a minified script: ``is_script``)
_CODE_WORDS = 8  # ... and a line of code rarely holds more words than this with fewer marks
_CODE_SENTENCE = 4  # a line of this many words ending like a sentence is prose


def code_marks(text: str) -> int:
    """How many marks of program source (``_CODE_MARKS``) a line holds."""
    t = text.strip()
    if not t or len(t) > _CODE_MAX or BULLET.match(t) or NUMBERED.match(t):
        return 0
    return len(_CODE_MARKS.findall(t))


def is_code(text: str, marks: int | None = None) -> bool:
    """A line that reads as program source or a command rather than a sentence: a mark of code and
    no more words than marks can explain (prose naming a function once stays prose). ``marks``:
    ``code_marks(text)`` when the caller has it."""
    if marks is None:
        marks = code_marks(text)
    n = len(text.split())
    if not marks or n > _CODE_WORDS * marks:
        return False
    return n < _CODE_SENTENCE or not text.rstrip().endswith((".", "!", "?"))  # a sentence is prose


# A list item that opens with an amount: a number, a fraction or a range and a word ("• 200 g flour",
# "• 1 1/2 cups milk", "• 1-2 tbsp water", "• ½ TL Salz"): ingredients, materials, nutrition facts.
_AMOUNT = re.compile(r"^\s*(?:[•·*▪●◦■□►▶–-]\s+)?[\d½¼¾⅓⅔⅛][\d½¼¾⅓⅔⅛ .,/–-]*?\s?[^\W\d_]")


def is_amount(text: str) -> bool:
    """A short list item that opens with an amount (``_AMOUNT``)."""
    return len(text) <= 120 and bool(_AMOUNT.match(text))


def _repeats(t: str) -> bool:
    toks = t.split() if len(t) < 200 and not t.endswith((".", "!", "?")) else []
    for k in (2, 3):
        size = len(toks) // k
        if size and len(toks) % k == 0 and toks[:size] * k == toks:
            return True
    n = len(t)
    return any(n % k == 0 and n // k >= 6 and t[: n // k] * k == t for k in (2, 3, 4))


def url_density(text: str) -> float:
    """Share of a line's characters inside URLs."""
    if not text:
        return 0.0
    head = text[:5000]
    if "://" not in head and "www." not in head.lower():
        return 0.0
    return sum(len(m) for m in URL.findall(text[:5000])) / min(len(text), 5000)


_COMMENTS_HEAD = re.compile(
    r"^\d+\s+(?:responses?|comments?|replies|thoughts|reactions)\b(?:\s+(?:to|on)\b.*)?$", re.IGNORECASE
)
_ABOUT_NAME = re.compile(r"^(?:About|More from|More by|Posts by|Articles by)\s+[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){0,2}$")


def is_footer_head(text: str) -> bool:
    """A comments counter or an 'About <Name>' heading, which open the page footer."""
    t = text.strip()[:200]
    return bool(_COMMENTS_HEAD.match(t) or _ABOUT_NAME.match(t))


_ADDRESS = re.compile(r"(?<!\w)(?:you|your|yours)(?!\w)")  # as word tokens
_WE = re.compile(r"(?<!\w)(?:we|we're|we’re|we've|we’ve|our|ours)(?!\w)")
_US = re.compile(r"(?<!\w)us(?!\w)")  # case-sensitive: "US" is a country
_BIO = re.compile(
    r"^(?:[A-Z][\w'.-]+\s+){1,3}(?:is|was|has been)\s+(?:a|an|the|our)\b.{0,200}\b(?:writer|author|editor|"
    r"journalist|reporter|correspondent|columnist|contributor|professor|founder|director|expert|"
    r"consultant|student|fellow|blogger|photographer|producer|analyst)\b",
)


def is_promo(text: str) -> bool:
    """A paragraph where the site speaks to the reader ("we" and "you": promos, appeals) or that
    presents the author. "You" alone is no promo: how-tos and recipes address the reader throughout."""
    if any(q in text for q in '"“”«»'):
        return False  # reported speech: a quote inside the story
    low = text[:1000].lower()
    site = _WE.search(low) or _US.search(text[:1000])
    return bool((site and _ADDRESS.search(low)) or _BIO.match(text[:300]))
