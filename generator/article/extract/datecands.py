"""Date candidates from the lines of a text: every date on a metadata-like line, and why some can never count.

A line is read when it is in the header or footer zone, has the META role, or is short (at most
16 words); a date inside a body sentence is an event, not the article's date, and is not a
candidate. The first body paragraph is read for a dateline ("CAIRO, March 9, 2021 (Reuters) -",
or a date that opens it: "9.3.2021 – The council ...", "9.3.2021The council ..." in a text copy).
A publication label alone on the line above ("Published on" / "9.3.2021") labels the date that
opens the next line: a page that sets label and date in two elements gives a text copy two lines.
A blog's or CMS's frame of a post's date (``post_dates`` in ``languages.yml``: "This entry was posted
on <date> at ... and is filed under ...", "Dieser Beitrag wurde am <date> ... veröffentlicht",
"Submitted by jane on <date>") labels the date, also on a long line, which is read for it alone.

Rejected, whatever else the line says (each with the reason shown in the build report):
- after an update label, or just before one ("Updated 9 March", "9.3.2024 aktualisiert") unless
  that label has its own date after it ("9.3.2024 10:15 - updated 10.3.2024": the first is the post's);
- after a label of another kind of date ("Registered:", "Member since", an event's date);
- inside a quotation (inside quotation marks, on a line that opens with a quotation, a QUOTE
  line or the attribution after one);
- inside square brackets (a text copy's image name or link text);
- on a photo credit or caption line, unless the credit stands only in the pieces after the date's
  own (pieces set apart by "|", "·", " / "), that piece holding the date alone or labelled
  ("Jane Doe / 9.3.2024 / 10:15 / Foto: Agency");
- at the end of a citation of another text, whose fields are separated by semicolons ("A. Author;
  A Title; The Daily Example; Mar 20, 2005."), also when the date stands alone on the line after
  the citation's fields (a saved page breaks the citation there), unless labelled;
- a teaser's stamp: a date that a dash joins to a headline other than the page's ("23.02.2020 -
  Headline of another article", also glued to a breadcrumb in a text copy), on a page with two
  such lines or more (a list of teasers; one alone may be the page's own "date - desk" line),
  unless labelled;
- above the headline as a site header's "today" date: more than ``HEADER_GAP`` lines above the
  title, or written with its weekday (and no clock time) and not on the line right above it,
  without a publication label; or alone on its line when a line right under the headline
  (``META_ITEMS``) dates the post another day;
- in a list item (related articles, event listings), unless labelled or right by the headline (the
  line above it or up to ``META_ITEMS`` lines below: the post's own date, author and comment count
  as a list);
- a reader comment's date, on its header line ("Jane says: 9 March 2021"), unless labelled; a
  comments link in a piece after the date's ("9 March 2021 | View comments") is the post's;
- after the article's body without a publication label or byline on its line (comments, related
  links, archive lists); with a label too when two lines or more there state different days (its
  reader comments' "Posted <date>");
- a period ("9 March - 12 March 2024", "9-12 March 2024", "9. bis 12. März 2024"), or an event's time
  ("10:00 - 12:00");
- one of many dated lines (a ticker, an archive, a list of events: more than ``MANY_DATED``
  lines with a date and no label), except the first dated byline under the headline (within
  ``TITLE_REACH`` lines): the article's own "By Jane Doe, 9 March 2024" above its reader comments;
  without such a byline, the page's first dated line when it stands by the headline (up to
  ``HEADER_GAP`` lines above it or ``TITLE_REACH`` below): its date line above comments and teasers;
- a later date on a line that already has one, unless it has its own publication label (w3m
  glues "published" and "updated" stamps);
- inside a sentence (an event's date: "fares rise from 1 January 2024."); on a meta line whose
  pieces separators set apart, the date's piece alone decides when it holds the date alone ("9 March
  2024 · Filed under travel · Email this post"), and a byline after a date that opens its piece
  ("9.3.2024 von jane-doe") and "a. m." are no sentence's words;
- what the one date rule refuses (``generator.text.datecheck``: before 1800, after the build day
  plus one).

Vetoed: still seen by the date model beside the others (the features it was fitted on do not
change), but never chosen:
- in a data sheet, even when labelled: more than ``SHEET_ITEMS`` list items in a row of the shape
  "• Label: value" (an event's or a product's facts: "• Datum: ...", "• Erschienen: ...");
- unless labelled, a pingback or trackback line, and the line right after a reader comment's
  "Jane says:" / "Jane sagt:" header.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import replace
from itertools import pairwise

from generator.article.extract.candidates import UPDATE_STAMP, DateCandidate
from generator.article.extract.dates import DateHit, find_dates, has_weekday, residue, url_dates
from generator.article.extract.zone import View, line_key, snippet, word_count
from generator.article.records import Line, Role
from generator.knowledge.languages import Languages
from generator.text.datecheck import why_not

SHORT_LINE = 16  # words: a longer line is a sentence
TITLE_REACH = 12  # usable lines between a headline and the first body paragraph
# Usable lines: a date further above the title belongs to the site header. Between a post date and
# its headline a text copy keeps a comment count, an image's name, a category or a share line: on the
# fitting sites' text copies the dates 4-6 lines above were the gold 17 times and another date 5.
HEADER_GAP = 6
SHEET_ITEMS = 4  # "• Label: value" items in a row past which they are a data sheet, not the article's byline
# Usable lines below the headline whose list items are the post's own metadata (date, author, comment
# count as a list): on the fitting sites' text copies such a date was the gold 10 times in 11.
META_ITEMS = 3
CJK_SENTENCE = 12  # CJK characters beside a date on a line that ends with a full stop: a sentence
MANY_DATED = 4  # unlabelled dated lines past which the dates belong to a list, not to the article
LABEL_REACH = 30  # characters between a label and the date it labels
_QUOTED = re.compile(r"[\"“”„«»‹›][^\"“”„«»‹›]{3,}[\"“”«»‹›]")
_QUOTE_OPEN = re.compile(r"^\s*[\"“„«»‹›]")
_BRACKETED = re.compile(r"\[[^\]]*\]")
_CITATION = re.compile(r";[^;]{2,}\S;\s*\S")  # two fields between semicolons before the date
_TIME_RANGE = re.compile(r"\d{1,2}[:.h]\d{2}\s*(?:uhr|h)?\s*[-–—]\s*\d{1,2}[:.h]\d{2}", re.I)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_ATTRIBUTION = re.compile(r"^\s*(?:[—–―]|--)\s*\S")
_TEASER = re.compile(r"^\s*[-–—]\s+(?P<head>(?:\S+\s+){2,}\S+)")  # "- Headline of another article"
_BULLET = re.compile(r"^\s*(?:[•·*▪●○◦■□►▶]|[-–—]\s)")
_SHEET_ITEM = re.compile(_BULLET.pattern + r"\s*[^\W\d_][^:\n]{0,30}:\s*\S")  # "• Ort: Stadthalle"
_SAYS = re.compile(r":\s*$")  # "Jane Doe says:": a comment header that ends its line
_PINGBACK = re.compile(r"(?<![^\W\d_])(?:ping|track)back(?![^\W\d_])", re.I)
_URL_LINE = re.compile(
    r"^\s*(?:[^\W\d_][\w ]{0,24}:\s*)?(?P<url>https?://\S+)\s*$",
    re.I,
)
_OWN_DATE = re.compile(r"^[\s:,.|/–—-]*(?:[^\W\d_]+\.?\s+){0,3}\d")  # a label's own date after it, its words between
_SEPARATOR = re.compile(r"\s*(?:[·⋅|•]|\s/)\s")  # between the pieces of a post's meta line
_AMPM = re.compile(r"(?<![^\W\d_])[ap]\.\s?m\.(?![^\W\d_])", re.I)  # "a. m.": part of a time
_LEAD_MARKS = " •·*|-–—"  # a list bullet or a separator before a date that opens its line
HEADER_DATE = "the site header's date above the headline"
_AFTER = "after the article (comments, related links)"
_TIMED = re.compile(r"^[,\s]*(?:[^\W\d_]{1,5}\s+){0,2}\d{1,2}[:.h]\d{2}(?!\d)")  # the date's time ("um 10:15")
_LEAD_TIME = re.compile(r"^[,\s]*\d{1,2}[:.h]\d{2}(?:\s*(?:uhr|h)\b)?", re.I)
_LEAD_GAP = re.compile(r"^(?:\s*[–—|/:]|\s+-\s|[A-ZÀ-Þ„“\"«])")
_DATELINE = re.compile(r"^\s*[A-ZÀ-ÞА-Я][A-ZÀ-ÞА-Я .'’-]{1,40},?\s*(?P<rest>[^–—]{0,80}?)\s*(?:[–—]|\s-\s|/\w+/)")


def headline_lines(view: View, title: str) -> tuple[int, ...]:
    """Indexes of the lines of ``view.usable`` that read as ``title``: the same words, else holding them (20+ chars)."""
    key = line_key(title)
    if not key:
        return ()
    keys = view.keys
    same = tuple(i for i, text in enumerate(keys) if text == key)
    if same or len(key) < 20:
        return same
    lines = view.usable
    return tuple(i for i, text in enumerate(keys) if key in text and len(lines[i].text) < 2 * len(title))


def anchors(view: View, title: str = "") -> tuple[int, int]:
    """(index of the headline's line, index of the body's last paragraph) among ``view.usable``; -1 for none.

    The headline is the first line that reads as ``title`` (a saved page's headline comes from its
    markup), else the line the cleaner took for the title; when that line is not within
    ``TITLE_REACH`` lines above the first body paragraph, the line before that paragraph stands in.
    """
    lines = view.usable
    found = next(iter(headline_lines(view, title)), -1)
    if found < 0:
        found = next((i for i, line in enumerate(lines) if line.role == Role.TITLE), -1)
    first, last = view.first_substantial(-1), view.last_substantial(-1)
    if first >= 0 and not 0 <= first - found <= TITLE_REACH:
        found = first - 1  # no headline just above the body (a menu line taken for the title): the body is the anchor
    return found, last


def url_date_candidates(url: str, today: dt.date, line: int = -1) -> list[DateCandidate]:
    """A candidate for the date in a URL's path (``/2024/02/08/``), inferred."""
    out = []
    for hit in url_dates(url)[:1]:
        why = why_not(hit.date, today)
        reason = f"implausible: {why}" if why else ""
        out.append(DateCandidate(hit.date, "url", url[:160], line=line, rejected=reason))
    return out


def _label_kind(text: str, hit: DateHit, languages: Languages) -> str:
    """ "published", "updated", "other" or "" for the label nearest before (or just after) ``hit``."""
    before = text[max(0, hit.start - 60) : hit.start]
    found: list[tuple[int, int, str]] = []
    for kind, pattern in (("updated", languages.updated), ("other", languages.other_dates)):
        found += [(m.end(), m.end() - m.start(), kind) for m in pattern.finditer(before)]
    found += [(m.end(), m.end() - m.start(), "published") for m in languages.published_word.finditer(before)]
    near = [item for item in found if len(before) - item[0] <= LABEL_REACH]
    if near:  # the nearest label, the longest one when two end together ("start date" over "date")
        return max(near)[2]
    after = text[hit.end : hit.end + 20]
    m = languages.updated.search(after)
    if m and not re.search(r"[^\W\d_]{3,}", after[: m.start()]):
        return "" if _dated_label(text, hit.end + m.end(), languages) else "updated"
    return ""


def _dated_label(text: str, end: int, languages: Languages) -> bool:
    """Whether the label ending at ``end`` has its own date after it ("9.3.2024 - updated 10.3.2024").

    Such a label is the later date's: the date before it is the post's own stamp, not an update's.
    """
    after = text[end : end + LABEL_REACH]
    return bool(_OWN_DATE.match(after) or find_dates(after, languages))


def _label_above(previous: Line | None, text: str, hit: DateHit, languages: Languages) -> str:
    """ "published" when the line above is a publication label alone ("Published on") and the date opens this line.

    A page that sets its label and its date in two elements ("Erschienen am" / "09.03.2021") gives
    a text copy two lines; the date is labelled all the same. An update label alone above a date is
    not read here: the update stamp is often the only date such a page shows, and the gold takes it.
    Nor is a label that is a list item ("• Date:" / "• 9 March 2024"): a data sheet's field.
    """
    if previous is None or _BULLET.match(previous.text) or text[: hit.start].strip(_LEAD_MARKS):
        return ""
    label = previous.text.strip()
    m = languages.published.match(label)
    return "published" if m is not None and not label[m.end() :].strip(_LEAD_MARKS + ":") else ""


def _quoted(line: Line, previous: Line | None, hit: DateHit, text: str) -> bool:
    if line.role == Role.QUOTE or (previous is not None and previous.role == Role.QUOTE and _ATTRIBUTION.match(text)):
        return True
    if previous is not None and _QUOTE_OPEN.match(previous.text) and _ATTRIBUTION.match(text):
        return True
    if _QUOTE_OPEN.match(text) and any(m.end() <= hit.start for m in _QUOTED.finditer(text)):
        return True  # an epigraph: a quotation opens the line and its source's date follows
    return any(m.start() < hit.start < m.end() for m in _QUOTED.finditer(text))


def _sentence(rest: list[str], text: str) -> bool:
    """Words around a date that read as a sentence: three in lower case, or one and a full stop.

    CJK writing has no case: there, ``CJK_SENTENCE`` characters or more and a full stop ("。").
    """
    lower = sum(w[:1].islower() for w in rest)
    if len(_CJK.findall(text)) >= CJK_SENTENCE and text.rstrip().endswith(("。", "！", "？")):
        return True
    return lower >= 3 or (lower >= 1 and text.rstrip().endswith((".", "!", "?")))


def _piece_bounds(text: str, hit: DateHit) -> tuple[int, int]:
    """The span of ``hit``'s piece of a line whose pieces separators set apart ("9 March 2024 · Filed under ...").

    A reader comment's words in the pieces after the date are the post's links ("9 March 2024 | View
    comments"); before it or in its piece they head a comment ("Comment by Jane | 9 March 2024").
    """
    start = max((m.end() for m in _SEPARATOR.finditer(text, 0, hit.start)), default=0)
    end = next((m.start() for m in _SEPARATOR.finditer(text, hit.end)), len(text))
    return start, end


def _credit_after(text: str, hit: DateHit, label: str, languages: Languages) -> bool:
    """Whether a photo credit's word stands only in pieces after ``hit``'s, its piece being the date alone or labelled.

    A post's meta line "Jane Doe / 9.3.2024 / 10:15 / Foto: Agency" or "9.3.2024 | Quelle: Agency"
    credits the picture or the text after its date; a caption's date shares its piece with the
    caption's words, and a credit before the date ("Foto: Jane Doe, 9.3.2024") dates the picture.
    """
    start, end = _piece_bounds(text, hit)
    if end == len(text) or languages.credits.search(text[:end]):
        return False
    words = _LEAD_TIME.sub("", text[hit.end : end], count=1)
    return label == "published" or not re.search(r"[^\W\d_]{2,}", text[start : hit.start] + words)


def _own_sentence(text: str, hit: DateHit, hits: list[DateHit], languages: Languages) -> bool:
    """Whether the words of ``hit``'s own piece of the line read as a sentence.

    Called on a line whose words read as a sentence. A post's meta line sets its pieces apart with
    separators ("9 March 2024 · Filed under travel · Email this post"): when the date's piece is the
    date alone, the words of the other pieces are links, not the date's sentence. A byline
    right after the date ("9.3.2024 von jane-doe", "9 March 2024, 10:15 by Jane Doe") names the
    author, and "a. m." / "p. m." is part of the time.
    """
    start, end = _piece_bounds(text, hit)
    piece = _AMPM.sub(lambda m: " " * len(m.group(0)), " " * start + text[start:end])
    inside = [h for h in hits if start <= h.start and h.end <= end]
    after = _LEAD_TIME.sub("", piece[inside[-1].end :], count=1)
    lead = after.lstrip(" ,;")
    m = languages.byline.match(lead) if not text[start : inside[0].start].strip(_LEAD_MARKS) else None
    if m is not None:  # the byline word and up to three words of names after a date that opens its piece
        cut = len(piece) - len(lead)
        names = re.match(r"\S+(?:\s+\S+){0,2}", lead[m.start("rest") :])
        width = m.start("rest") + (names.end() if names else 0)
        piece = piece[:cut] + " " * width + piece[cut + width :]
    rest = [w for w in residue(piece, inside, languages) if w.lower() not in languages.fillers and not w.isdigit()]
    if rest and (start > 0 or end < len(text)):
        return True  # words beside the date in its piece too ("Letter of 9 March 2024 | PDF"): the line decides
    return _sentence(rest, piece)


def _period(text: str, hits: list[DateHit], languages: Languages) -> bool:
    if _TIME_RANGE.search(text) or any(languages.day_range.search(text[max(0, h.start - 16) : h.start]) for h in hits):
        return True
    return any(languages.period.match(text[a.end : b.start]) for a, b in pairwise(hits))


def _lines(view: View, languages: Languages) -> Iterator[tuple[int, Line, bool]]:
    """(index, line, read whole): the metadata-like lines, and the long ones that may hold a post's date sentence."""
    header = {line.number for line in view.header}
    footer = {line.number for line in view.footer}
    first_body = view.first_substantial(-1)
    for i, line in enumerate(view.usable):
        if line.role == Role.TITLE:
            continue
        short = word_count(line.text) <= SHORT_LINE
        if short or line.role == Role.META or i == first_body or line.number in header or line.number in footer:
            yield i, line, True
        elif languages.post_hint.search(line.text):
            yield i, line, False


def _post_date(text: str, hit: DateHit, languages: Languages) -> bool:
    """Whether ``hit`` stands in a blog's or CMS's frame of a post's date ("This entry was posted on <date> ...")."""
    before, after = text[max(0, hit.start - 160) : hit.start], text[hit.end : hit.end + 160]
    return any(b.search(before) and a.match(after) for b, a in languages.post_dates)


def _post_sentence(
    i: int, text: str, languages: Languages, today: dt.date, day_first: bool | None
) -> list[DateCandidate]:
    """The labelled candidates of a long line: only a date in a post's date frame counts there."""
    hits = [hit for hit in find_dates(text, languages, day_first) if _post_date(text, hit, languages)]
    return [_candidate("labelled line", text, hit, i, languages, today, "", "published", 0, 1) for hit in hits[:1]]


def _dateline(text: str, languages: Languages) -> DateHit | None:
    """The date a body paragraph opens with: after a place ("CAIRO, March 9, 2021 -") or alone ("9.3.2021 – ...")."""
    m = _DATELINE.match(text)
    if m is not None:
        inner = find_dates(m.group(0), languages)
        if inner and len(residue(m.group(0), inner, languages)) <= 6:
            return inner[0]
    hits = find_dates(text[:40], languages)
    if hits and not text[: hits[0].start].strip(" •·*|"):
        after = _LEAD_TIME.sub("", text[hits[0].end :], count=1)
        if _LEAD_GAP.match(after):  # a separator, or the sentence glued on by a text copy ("26.01.2022Strava ...")
            return hits[0]
    return None


def text_date_candidates(
    view: View, languages: Languages, today: dt.date, day_first: bool | None = None, title_text: str = ""
) -> list[DateCandidate]:
    """Every date on the metadata-like lines of ``view``, the rejected ones with their reason."""
    title, last_body = anchors(view, title_text)
    sheet = _sheet(view)
    out: list[DateCandidate] = []
    teasers: dict[int, str] = {}  # candidate index -> the headline a dash joins its date to
    edges = {line.number for line in (*view.header, *view.footer)}
    for i, line, whole in _lines(view, languages):
        text = line.text.strip()
        if not whole:
            out += _post_sentence(i, text, languages, today, day_first)
            continue
        m = _URL_LINE.match(text)
        if m:
            found = url_date_candidates(m.group("url"), today, i) if line.number in edges else []
            out += [replace(c, evidence=snippet(text, 0, 0)) for c in found]
            continue
        short = word_count(text) <= SHORT_LINE
        if not short and line.role == Role.BODY:
            hit = _dateline(text, languages)
            if hit is not None:
                out.append(_candidate("dateline", text, hit, i, languages, today, reject=""))
            elif languages.post_hint.search(text):
                out += _post_sentence(i, text, languages, today, day_first)
            continue
        hits = find_dates(text, languages, day_first, short_years=short)
        if not hits:
            continue
        previous = view.usable[i - 1] if i > 0 else None
        rest = [w for w in residue(text, hits, languages) if w.lower() not in languages.fillers and not w.isdigit()]
        rest += ["字"] * (len(_CJK.findall(text)) // 2)  # CJK writes no spaces: two characters as a word
        period = _period(text, hits, languages)
        counted = sum(_label_kind(text, hit, languages) != "updated" for hit in hits)
        above = _label_above(previous, text, hits[0], languages)
        for n, hit in enumerate(hits):
            label = _label_kind(text, hit, languages) or (above if n == 0 else "")
            if label != "updated" and _post_date(text, hit, languages):
                label = "published"
            reason = _reason(line, previous, hit, label, period, i, title, last_body, text, languages)
            if not label and (head := _teaser(text, hit, title_text, languages)):
                teasers[len(out)] = head
            sentence = _sentence(rest, text) and _own_sentence(text, hit, hits, languages)
            if reason in ("", HEADER_DATE) and not label and sentence:
                reason = "inside a sentence (an event's date)"
            if reason in ("", HEADER_DATE) and n and label != "published":
                reason = "a later date on a line that has one already (an update)"
            veto = "" if reason else _veto(i in sheet, previous, text, label, languages)
            kind = (
                "labelled line"
                if label == "published"
                else "byline"
                if languages.byline.match(text)
                else ("meta line" if line.role == Role.META else "date line" if len(rest) <= 5 else "text line")
            )
            cand = _candidate(kind, text, hit, i, languages, today, reason, label, len(rest), counted, line.role)
            out.append(replace(cand, veto=veto) if veto and not cand.rejected else cand)
    return _header_today(_many(_comment_stamps(_teasers(out, teasers), last_body), title), title)


def _header_today(candidates: list[DateCandidate], title: int) -> list[DateCandidate]:
    """Reject a date alone on its line above the headline when a line right under it dates the post another day.

    A site header's "today" stands alone above the headline ("31 October 2023" / headline); the
    post's own date line is under the headline (within ``META_ITEMS`` lines: "30 October 2023 Jane
    Doe Culture"). A date above with words beside it ("asked 6 Feb 2014") is left to the model.
    """
    if title < 0:
        return candidates
    eligible = [c for c in candidates if not c.rejected and c.origin == "text" and c.line >= 0]
    below = {c.date for c in eligible if 0 < c.line - title <= META_ITEMS}
    above = [
        c for c in eligible
        if 0 < title - c.line <= HEADER_GAP and not c.words and not c.labelled and c.source != "url"
    ]
    if not below or not above or any(c.date in below for c in above):
        return candidates
    lines = {c.line for c in above}
    return [replace(c, rejected=HEADER_DATE) if c.line in lines and not c.rejected else c for c in candidates]


def _sheet(view: View) -> set[int]:
    """Indexes of the usable lines in runs of more than ``SHEET_ITEMS`` "• Label: value" items."""
    out: set[int] = set()
    run: list[int] = []
    for i, line in enumerate((*view.usable, None)):
        if line is not None and _SHEET_ITEM.match(line.text):
            run.append(i)
            continue
        if len(run) > SHEET_ITEMS:
            out.update(run)
        run = []
    return out


def _teasers(candidates: list[DateCandidate], heads: dict[int, str]) -> list[DateCandidate]:
    """Reject the teaser stamps (``heads``: candidate index -> headline) of a page that lists two or more."""
    if len(set(heads.values())) < 2:
        return candidates
    why = "a teaser's stamp (one of a list of dates and other articles' headlines)"
    return [replace(c, rejected=why) if n in heads and not c.rejected else c for n, c in enumerate(candidates)]


def _comment_stamps(candidates: list[DateCandidate], last_body: int) -> list[DateCandidate]:
    """Reject the labelled dates after the article's body when two lines or more there state different days.

    A post's own labelled date after its text is one line; "Posted <date>" lines with different
    days are a list: its reader comments (a byline line is kept).
    """
    after = [
        c for c in candidates
        if last_body >= 0 and c.origin == "text" and c.line > last_body and c.labelled and not c.rejected
        and c.source != "byline"
    ]
    if len({c.line for c in after}) < 2 or len({c.date for c in after}) < 2:
        return candidates
    why = "one of several labelled dates after the article (reader comments)"
    lines = {c.line for c in after}
    return [
        replace(c, rejected=why) if c.line in lines and c.labelled and c.source != "byline" and not c.rejected else c
        for c in candidates
    ]


def _many(candidates: list[DateCandidate], title: int) -> list[DateCandidate]:
    """Reject the unlabelled line dates of a page that has more than ``MANY_DATED`` of them.

    The first dated byline within ``TITLE_REACH`` lines below the headline is the article's own
    and is kept: the rest of the dated lines are its reader comments or teasers.
    """
    plain = {c.line for c in candidates if not c.rejected and not c.labelled and c.source != "url"}
    if len(plain) <= MANY_DATED:
        return candidates
    own = _own_byline(candidates, title)
    why = "one of many dated lines (a ticker, an archive, a list)"
    return [
        replace(c, rejected=why) if c.line in plain and c.line != own and not c.rejected and not c.labelled else c
        for c in candidates
    ]


def _own_byline(candidates: list[DateCandidate], title: int) -> int:
    """The line of the article's own dated line by the headline (-1: none, or no headline).

    The first eligible dated byline under the headline (within ``TITLE_REACH`` lines), else the
    page's first dated line, rejected ones counted, when it is eligible and stands by the headline
    (up to ``HEADER_GAP`` lines above it or ``TITLE_REACH`` below): the article's date line above
    its comments and teasers.
    """
    if title < 0:
        return -1
    bylines = [c.line for c in candidates if c.source == "byline" and not c.rejected]
    first = min(bylines, default=-1)
    if 0 < first - title <= TITLE_REACH:
        return first
    first = min((c.line for c in candidates if c.origin == "text" and c.line >= 0), default=-1)
    eligible = any(c.line == first and not c.rejected for c in candidates)
    return first if eligible and first >= 0 and -HEADER_GAP <= first - title <= TITLE_REACH else -1


def _reason(
    line: Line,
    previous: Line | None,
    hit: DateHit,
    label: str,
    period: bool,
    index: int,
    title: int,
    last_body: int,
    text: str,
    languages: Languages,
) -> str:
    if label == "updated":
        return UPDATE_STAMP
    if label == "other":  # "vom 9. bis 23. März": the range word labels the period's end
        return "a period or an event's time" if period else "the date of something else (a label says so)"
    if _quoted(line, previous, hit, text):
        return "inside a quotation"
    if any(m.start() < hit.start < m.end() for m in _BRACKETED.finditer(text)):
        return "inside square brackets (an image's name or a link)"
    if line.reason == "caption" or (languages.credits.search(text) and not _credit_after(text, hit, label, languages)):
        return "a photo credit or caption"
    if _CITATION.search(_cited(previous, text[: hit.start])) and not label:
        return "a citation of another text (fields separated by semicolons)"
    if period:
        return "a period or an event's time"
    labelled = label == "published"
    if _BULLET.match(line.text) and not labelled and not (title >= 0 and -1 <= index - title <= META_ITEMS):
        return "an item of a list (related articles, events)"
    if languages.reader_comment(text[: _piece_bounds(text, hit)[1]]) and not labelled:
        return "a reader comment"
    if last_body >= 0 and index > last_body and not labelled and not languages.byline.match(text):
        return _AFTER
    if (  # last: the only rule ``lone_header_date`` may undo, so every other one has had its say
        0 <= index < title
        and not labelled
        and (title - index > HEADER_GAP or _header_weekday(text, hit, languages, title - index))
    ):
        return HEADER_DATE
    return ""


def _veto(in_sheet: bool, previous: Line | None, text: str, label: str, languages: Languages) -> str:
    """Why a date the rules above let through is still never chosen (the date model sees it all the same)."""
    if in_sheet:
        return "an item of a data sheet (an event's or a product's facts)"
    if label == "published":
        return ""
    if _PINGBACK.search(text):
        return "a pingback or trackback (a comment)"
    if (
        previous is not None
        and word_count(previous.text) <= 8
        and _SAYS.search(previous.text)
        and languages.reader_comment(previous.text)
    ):
        return "a reader comment (the date under its \"Jane says:\" header)"
    return ""


def _cited(previous: Line | None, before: str) -> str:
    """The text before a date, with the line above when the date opens its line after a field list ending in ";"."""
    if previous is not None and not before.strip() and previous.text.rstrip().endswith(";"):
        return f"{previous.text.strip()} {before}"
    return before


def _teaser(text: str, hit: DateHit, title: str, languages: Languages) -> str:
    """The headline of three words or more a dash joins ``hit`` to, if not the page's own (nor a byline); else ""."""
    m = _TEASER.match(text[hit.end :])
    if m is None or languages.byline.match(m.group("head")):
        return ""
    head, own = line_key(m.group("head")), line_key(title)
    return head if not own or (head not in own and own not in head) else ""


def _header_weekday(text: str, hit: DateHit, languages: Languages, gap: int) -> bool:
    """A date with its weekday above the headline but not right above it: a site header's "today".

    Right above the headline ("Saturday, 5 October 2013" then the title), it is a blog's post date.
    So is one with its clock time within ``HEADER_GAP`` lines ("Thursday, 8 February 2024, 10.15"):
    a site's "today" names the day, not the minute.
    """
    return gap > 1 and has_weekday(text, hit, languages) and not _TIMED.match(text[hit.end : hit.end + 12])


def _candidate(
    kind: str,
    text: str,
    hit: DateHit,
    index: int,
    languages: Languages,
    today: dt.date,
    reject: str,
    label: str = "",
    words: int = 0,
    dates_on_line: int = 1,
    role: Role = Role.META,
) -> DateCandidate:
    if not reject and (why := why_not(hit.date, today)):
        reject = f"implausible: {why}"
    return DateCandidate(
        date=hit.date,
        source=kind,
        evidence=snippet(text, hit.start, hit.end),
        line=index,
        labelled=label == "published",
        weekday=has_weekday(text, hit, languages),
        timed=bool(re.search(r"\d{1,2}[:.h]\d{2}", text[hit.end : hit.end + 25])) or "T" in text[hit.start : hit.end],
        words=words,
        dates_on_line=dates_on_line,
        chrome=role == Role.BOILERPLATE,
        rejected=reject,
    )


def lone_header_date(candidates: list[DateCandidate]) -> list[DateCandidate]:
    """``candidates`` with the site header's date restored when it is the only date the page gives.

    On a text copy whose cleaner took a menu item or a comment's heading for the title, the
    headline anchor stands far below the article's own date line, and the header rule rejects
    the page's only date. A site's "today" is written with its weekday: a date without one, the
    same on every line the rule rejected, on a page with no eligible candidate at all, is restored
    for the date model to weigh.
    """
    if any(not c.rejected for c in candidates):
        return candidates
    header = [c for c in candidates if c.rejected == HEADER_DATE]
    if len({c.date for c in header}) != 1 or any(c.weekday for c in header):
        return candidates
    return [replace(c, rejected="") if c.rejected == HEADER_DATE else c for c in candidates]


AFTER_REACH = 3  # lines after the body's last paragraph where a page's only date is the post's


def lone_after_date(candidates: list[DateCandidate], last_body: int) -> list[DateCandidate]:
    """``candidates`` with the date right after the article restored when it is the only date the page gives.

    Some sites set the post's date under its text ("... last paragraph." / "15.12.2021"). Rejected as
    "after the article" (reader comments and related links stand there too), it is restored for the
    date model to weigh when no candidate at all is eligible, every line that rule rejected gives the
    same day, none with its weekday nor on a line the cleaner kept as text (a date at the end of the
    body is the text's), and one of them stands within ``AFTER_REACH`` lines of the body.
    """
    if last_body < 0 or any(not c.rejected for c in candidates):
        return candidates
    after = [c for c in candidates if c.rejected == _AFTER]
    if len({c.date for c in after}) != 1 or any(c.weekday or not c.chrome for c in after):
        return candidates
    if not any(0 < c.line - last_body <= AFTER_REACH for c in after):
        return candidates
    return [replace(c, rejected="") if c.rejected == _AFTER else c for c in candidates]
