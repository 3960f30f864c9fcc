"""The fitted line model on top of the rules: which lines of a page are article text.

Decisions (see ``generator/knowledge/cleaner.py`` for the model and ``benchmarks/fit_cleaner.py``
for the fit):

- Stacked on the rules: the rule cleaner's role for a line, its quality class and the rules'
  decisions for the lines around it are features, so the model starts from what the rules get
  right and learns where they are wrong, instead of relearning the page from scratch.
- Sequence smoothing by a second logistic model over the first model's scores in a window of
  non-blank lines (a paragraph between two article paragraphs is article text).
- Cheap: every feature comes from the per-line analysis the rules already did (no regex here),
  and both models are one matrix product per page.
- Only the keep/drop decision is learned. A line the model keeps that the rules dropped becomes a
  paragraph (or a subheading when it is short and unpunctuated); a line it drops is chrome with
  reason ``model``. Titles, bylines and embedded posts keep the rules' roles.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from functools import lru_cache

import numpy as np

from generator.article.clean import headlines, shapes, title
from generator.article.clean.features import Info, Quality
from generator.article.clean.headlines import Candidate
from generator.article.clean.roles import Assigned, Layout
from generator.article.records import Role
from generator.knowledge.cleaner import LINE_FEATURES, TITLE_FEATURES, WINDOW_FEATURES, CleanerModel

_ROLES = (
    Role.TITLE,
    Role.BODY,
    Role.HEADING,
    Role.QUOTE,
    Role.LIST_ITEM,
    Role.TABLE_ROW,
    Role.REFERENCE,
    Role.META,
    Role.BOILERPLATE,
    Role.EMBED,
)
_ROLE_AT = {role: k for k, role in enumerate(_ROLES)}
KEPT = frozenset({Role.BODY, Role.HEADING, Role.QUOTE, Role.LIST_ITEM, Role.TABLE_ROW, Role.REFERENCE})
_FIXED = frozenset({Role.TITLE, Role.META, Role.EMBED})  # roles the model does not overrule
_QUALITY = (Quality.BAD, Quality.SHORT, Quality.NEAR, Quality.GOOD)
_Q_AT = {q: k for k, q in enumerate(_QUALITY)}
_WHY = {
    "header-zone": "why_header",
    "footer-zone": "why_footer",
    "junk": "why_junk",
    "short-nav": "why_nav",
    "boilerplate-phrase": "why_phrase",
    "repeated": "why_repeated",
    "caption": "why_caption",
    "related": "why_related",
}
_WINDOW = 5  # non-blank lines each side for the "window" features of stage one
_NEAR = 3  # ... and of stage two
_FAR = 8
_HEADING_WORDS = 12
_COL = {name: k for k, name in enumerate(LINE_FEATURES)}
_COL2 = {name: k for k, name in enumerate(WINDOW_FEATURES)}
_COL3 = {name: k for k, name in enumerate(TITLE_FEATURES)}
_SEPARATORS = (" - ", " – ", " — ", ": ", " · ")
_META_AFTER = 5


def _shift(a: np.ndarray, k: int) -> np.ndarray:
    """``a`` moved by ``k`` places (positive: the previous lines' values), zero-padded."""
    out = np.zeros_like(a)
    if k > 0:
        out[k:] = a[:-k]
    elif k < 0:
        out[:k] = a[-k:]
    else:
        out[:] = a
    return out


def _window_mean(a: np.ndarray, before: int, after: int) -> np.ndarray:
    """Mean of ``a`` over positions i-before .. i+after (clipped to the array)."""
    n = len(a)
    c = np.concatenate(([0.0], np.cumsum(a)))
    idx = np.arange(n)
    lo, hi = np.maximum(idx - before, 0), np.minimum(idx + after, n - 1)
    span = hi - lo + 1
    with np.errstate(invalid="ignore", divide="ignore"):
        out = np.where(span > 0, (c[hi + 1] - c[lo]) / np.maximum(span, 1), 0.0)
    return out


def _capitalised(text: str) -> float:
    words = text[:300].split()[1:]
    alpha = [w for w in words if w[:1].isalpha()]
    return sum(1 for w in alpha if w[:1].isupper()) / len(alpha) if alpha else 0.0


def line_matrix(infos: list[Info], roles: Assigned, lay: Layout) -> tuple[list[int], np.ndarray]:
    """Indexes of the non-blank lines and their stage-one features (rows in ``LINE_FEATURES`` order)."""
    lines = [i for i in infos if i.text]
    n = len(lines)
    x = np.zeros((n, len(LINE_FEATURES)))
    if not n:
        return [], x
    counts = Counter(i.text for i in lines)
    rows = np.array(
        [
            (
                _ROLE_AT[roles[i.index][0]],
                _Q_AT.get(i.quality, 0),
                bool(i.reason),
                i.meta,
                i.bullet,
                i.numbered,
                i.final,
                i.text.endswith(":"),
                "|" in i.text,
                i.stop,
                i.urls,
                i.nwords,
                i.chars,
                _capitalised(i.text),
                counts[i.text] > 1,
                i.index,
                i.code,
            )
            for i in lines
        ],
        dtype=float,
    )
    ix = np.arange(n)
    role, quality, at = rows[:, 0].astype(int), rows[:, 1].astype(int), rows[:, 15]
    x[ix, _COL["role_title"] + role] = 1.0
    x[ix, _COL["q_bad"] + quality] = 1.0
    kept = np.isin(role, [_ROLE_AT[r] for r in KEPT]).astype(float)
    good = (quality == _Q_AT[Quality.GOOD]).astype(float)
    x[:, _COL["kept"]] = kept
    for k, i in enumerate(lines):
        why = roles[i.index][1]
        if why:
            x[k, _COL[_WHY.get(why, "why_other")]] = 1.0
    for k, name in enumerate(("reason", "meta", "bullet", "numbered", "final", "colon_end", "pipe", "stop", "urls")):
        x[:, _COL[name]] = rows[:, 2 + k]
    x[:, _COL["words"]] = np.log1p(rows[:, 11]) / 4
    x[:, _COL["chars"]] = np.log1p(rows[:, 12]) / 7
    x[:, _COL["capitalised"]] = rows[:, 13]
    x[:, _COL["repeated"]] = rows[:, 14]
    x[:, _COL["code"]] = rows[:, 16]
    x[:, _COL["position"]] = at / max(len(infos), 1)
    x[:, _COL["in_span"]] = (at >= lay.start) & (at <= lay.end)
    x[:, _COL["before_span"]] = at < lay.start
    x[:, _COL["after_span"]] = at > lay.end
    first = int(np.searchsorted(at, lay.first))
    end = int(np.searchsorted(at, lay.end, side="right")) - 1
    x[:, _COL["from_first"]] = np.tanh((ix - first) / 20)
    x[:, _COL["from_end"]] = np.tanh((ix - end) / 20)
    for name, k in (("prev_kept", 1), ("next_kept", -1), ("prev2_kept", 2), ("next2_kept", -2)):
        x[:, _COL[name]] = _shift(kept, k)
    x[:, _COL["window_kept"]] = _window_mean(kept, _WINDOW, _WINDOW)
    x[:, _COL["prev_good"]] = _shift(good, 1)
    x[:, _COL["next_good"]] = _shift(good, -1)
    x[:, _COL["window_good"]] = _window_mean(good, _WINDOW, _WINDOW)
    x[:, _COL["page_kept"]] = kept.mean()
    return [i.index for i in lines], x


def sigmoid(z: np.ndarray) -> np.ndarray:
    """The logistic function, clipped against overflow."""
    out: np.ndarray = 1.0 / (1.0 + np.exp(-np.clip(z, -60.0, 60.0)))
    return out


def window_matrix(z: np.ndarray, kept: np.ndarray) -> np.ndarray:
    """Stage-two features from the stage-one logits ``z`` of a page's non-blank lines."""
    n = len(z)
    x = np.zeros((n, len(WINDOW_FEATURES)))
    if not n:
        return x
    p = sigmoid(z)
    for name, k in (("z_self", 0), ("z_prev", 1), ("z_next", -1), ("z_prev2", 2), ("z_next2", -2)):
        x[:, _COL2[name]] = _shift(z, k) / 10
    x[:, _COL2["p_window"]] = _window_mean(p, _NEAR, _NEAR)
    x[:, _COL2["p_before"]] = _shift(_window_mean(p, _FAR - 1, 0), 1)
    x[:, _COL2["p_after"]] = _shift(_window_mean(p, 0, _FAR - 1), -1)
    x[:, _COL2["kept"]] = kept
    return x


def probabilities(model: CleanerModel, x: np.ndarray) -> np.ndarray:
    """The probability that each line (rows of stage-one features) is article text."""
    z = model.line.logits(x)
    return sigmoid(model.window.logits(window_matrix(z, x[:, _COL["kept"]])))


def keeps(model: CleanerModel, x: np.ndarray) -> np.ndarray:
    """Whether each line is article text: the rules' decision unless the model is sure enough."""
    p = probabilities(model, x)
    kept = x[:, _COL["kept"]] > 0
    out: np.ndarray = np.where(kept, p >= model.drop_below, p >= model.keep_above)
    return out


def relabel(infos: list[Info], roles: Assigned, at: list[int], keep: np.ndarray) -> Assigned:
    """The rules' roles with the keep/drop decision of every non-blank line replaced by ``keep``."""
    out = list(roles)
    for i, k in zip(at, keep.tolist(), strict=True):
        role = roles[i][0]
        if role in _FIXED or (role in KEPT) == k:
            continue
        if not k:
            out[i] = (Role.BOILERPLATE, "model")
        else:
            info = infos[i]
            short = not info.final and info.nwords <= _HEADING_WORDS
            out[i] = (Role.HEADING if short else Role.BODY, "")
    return out


def title_matrix(infos: list[Info], lay: Layout) -> tuple[list[Candidate], np.ndarray]:
    """The headline candidates and their features (rows in ``TITLE_FEATURES`` order)."""
    body = " ".join(i.text for i in infos[lay.start : lay.end + 1] if i.quality is Quality.GOOD)
    cands = headlines.candidates(infos, lay.first, body)
    order = sorted(range(len(cands)), key=lambda k: -cands[k].score)
    rank = {k: r for r, k in enumerate(order)}
    counts = Counter(i.text for i in infos[: lay.first + 1] if i.text)
    old = {info.index for _, info in title.candidates(infos, lay.first)}
    around = _title_bar_lines(infos, cands)
    texts = {c.text for c in cands}
    copies = Counter(i.text for i in infos if i.text in texts)
    texts_at = [i.index for i in infos if i.text]
    echoes = _Echoes(around)
    lines: dict[int, dict[str, float]] = {}
    rows: list[list[float]] = []
    names: list[str] = []
    for k, cand in enumerate(cands):
        parts = (
            _line_row(infos, lay, cand, counts, lines),
            _part_row(cand, around, echoes),
            _neighbour_row(infos, lay, cand, texts_at),
            _shape_row(infos, cand, texts_at),
            {
                "rule_score": cand.score / 5,
                "rule_rank": 1 / (1 + rank[k]),
                "nearest": 1 / (1 + k),
                "old": cand.info.index in old and cand.part == headlines.WHOLE,
                "copies": _log1p(copies[cand.text]) / 2,
            },
        )
        if not names:  # every candidate's parts hold the same names in the same order
            names = [name for part in parts for name in part]
            if len(set(names)) != len(names):
                raise ValueError("a title feature is set twice")
        row = [value for part in parts for value in part.values()]
        if len(row) != len(names):
            raise ValueError("title features differ between candidates")
        rows.append(row)
    x = np.zeros((len(cands), len(TITLE_FEATURES)))
    if rows:  # every value as ``float`` gives it: bools 0/1, numpy floats as they are
        x[:, [_COL3[name] for name in names]] = np.array(rows, dtype=float)
    return cands, x


# The title features' logarithms and tanh of whole numbers (counts of words, characters, lines),
# kept: numpy's scalar calls cost more than a candidate's other features, and a kept value is the
# very value a new call gives.
@lru_cache(maxsize=4096)
def _log1p(n: int) -> float:
    return float(np.log1p(n))


@lru_cache(maxsize=4096)
def _tanh_log(words: int, other: int) -> float:
    """tanh(log(words / other))."""
    return float(np.tanh(np.log(words / other)))


@lru_cache(maxsize=4096)
def _tanh(value: float) -> float:
    return float(np.tanh(value))


def _line_row(
    infos: list[Info], lay: Layout, cand: Candidate, counts: Counter[str], lines: dict[int, dict[str, float]]
) -> dict[str, float]:
    """The features of a candidate that come from its line (``lines``: those of its line alone, kept
    per page for the line's other candidates)."""
    info = cand.info
    own = lines.get(info.index)
    if own is None:
        own = lines[info.index] = _own_line_row(infos, lay, info, counts)
    return {
        **own,
        "rule_choice": info.index == lay.title and cand.part == headlines.WHOLE,
        "dist": _log1p(max(cand.dist, 0)) / 4,
        "share": cand.share,
        "far": cand.dist > title.WINDOW,
        "after_first": cand.dist < 1,
    }


def _own_line_row(infos: list[Info], lay: Layout, info: Info, counts: Counter[str]) -> dict[str, float]:
    """The features of a candidate that come from its line and not from its text."""
    near = infos[info.index + 1 : info.index + 1 + _META_AFTER * 2]
    above = [i for i in infos[max(0, info.index - 6) : info.index] if i.text][-3:]
    chosen = -1 if lay.title is None else lay.title
    return {
        "rule_line": info.index == chosen,
        "below_rule": chosen >= 0 and info.index > chosen,
        "above_rule": chosen >= 0 and info.index < chosen,
        "stop": info.stop,
        "bullet": info.bullet or info.numbered,
        "q_good": info.quality is Quality.GOOD,
        "q_near": info.quality is Quality.NEAR,
        "repeated": counts[info.text] > 1,
        "before_meta": any(i.meta for i in near if i.text),
        "meta_before": any(i.meta for i in above),
        "at_first": info.index == lay.first,
    }


class _Echoes:
    """The lines a candidate's text may echo in (``_title_bar_lines``), joined once per page so that
    finding the lines holding a text is one substring search, not a scan of every line."""

    def __init__(self, around: list[str]) -> None:
        self.lines = list(dict.fromkeys(around))  # ``any`` over the lines: order and repeats do not count
        self.joined = "\n".join(self.lines)
        self.starts: list[int] = []
        at = 0
        for line in self.lines:
            self.starts.append(at)
            at += len(line) + 1

    def echo(self, text: str, own: str) -> bool:
        """Whether ``text`` stands inside a line other than ``own`` and other than ``text`` itself."""
        if not text or "\n" in text:  # never for a line's text or part; kept exact all the same
            return any(text in line and text != line for line in self.lines if line != own)
        pos = self.joined.find(text)
        while pos != -1:
            k = bisect.bisect_right(self.starts, pos) - 1
            line = self.lines[k]
            if line != own and line != text:
                return True
            pos = self.joined.find(text, self.starts[k] + len(line) + 1)
        return False


def _part_row(cand: Candidate, around: list[str], echoes: _Echoes) -> dict[str, float]:
    """The features of a candidate that come from its own text (a whole line or a part)."""
    text, part = cand.text, cand.part
    letters = list(filter(str.isalpha, text))
    return {
        "words": _log1p(len(text.split())) / 4,
        "chars": _log1p(len(text)) / 7,
        "capitalised": _capitalised(text),
        "pipe": "|" in text,
        "separator": any(s in text for s in _SEPARATORS),
        "question": text.endswith(("?", "!")),
        "lower_start": text[:1].islower(),
        "symbol_start": not text[:1].isalnum() and text[:1] not in shapes.OPENERS,
        "trail": text.count(" / ") + text.count(" > ") + text.count(" » ") >= 2,
        "derived": part != headlines.WHOLE,
        "part_first": part == headlines.FIRST,
        "part_middle": part == headlines.MIDDLE,
        "part_last": part == headlines.LAST,
        "unlabelled": part == headlines.UNLABELLED,
        "colon_end": text.endswith(":"),
        "upper": bool(letters) and sum(map(str.isupper, letters)) >= 0.8 * len(letters),
        "echo": echoes.echo(text, cand.info.text),
        "page_top": cand.info.text in around[:_TOP],
    }


_FORM = re.compile(r"\[[ _]{3,}\]|_{4,}")  # a text field as w3m draws it, or a blank to fill in
_DECK_RATIO = 1.5  # a deck under a headline has at least this many times its words


def _neighbour_row(infos: list[Info], lay: Layout, cand: Candidate, texts_at: list[int]) -> dict[str, float]:
    """The features of a candidate against the non-blank lines right above and below it: a headline
    sits over a longer deck or the body start, a deck or caption under a shorter headline."""
    k = bisect.bisect_left(texts_at, cand.info.index)
    prev = infos[texts_at[k - 1]] if k > 0 else None
    nxt = infos[texts_at[k + 1]] if k + 1 < len(texts_at) else None
    words = max(len(cand.text.split()), 1)
    text = cand.text
    return {
        "next_first": nxt is not None and nxt.index == lay.first,
        "vs_prev": _tanh_log(words, prev.nwords) if prev is not None and prev.nwords else 0.0,
        "vs_next": _tanh_log(words, nxt.nwords) if nxt is not None and nxt.nwords else 0.0,
        "deck_below": nxt is not None
        and nxt.nwords >= _DECK_RATIO * words
        and not nxt.meta
        and title.sentence_case(nxt.text),
        "meta_next": nxt is not None and nxt.meta,
        "meta_prev": prev is not None and prev.meta,
        "sentence_end": headlines.sentence_end(text),
        "one_word": words == 1,
        "credit": "©" in text or shapes.is_caption(text),
        "form": bool(_FORM.search(text)),
    }


def _shape_row(infos: list[Info], cand: Candidate, texts_at: list[int]) -> dict[str, float]:
    """The candidate's shape against the lines of text next to it (a dateline, a byline or an
    image's name between them skipped): a kicker over a headline, a deck under it."""
    k = bisect.bisect_left(texts_at, cand.info.index)
    prev = _beside(infos, texts_at[k - 1 :: -1] if k > 0 else [])
    nxt = _beside(infos, texts_at[k + 1 :])
    words = max(len(cand.text.split()), 1)
    return {
        "long": _tanh(max(words - _HEAD_WORDS, 0) / 8),
        "deck_shape": words >= _DECK_MIN and prev is not None and _heads(prev) and words >= _DECK_RATIO * prev.nwords,
        "kicker_shape": words <= _KICKER_WORDS and nxt is not None and _heads(nxt) and nxt.nwords > words,
        "below_label": prev is not None and _label(prev),
        "next_sentence": nxt is not None and (nxt.quality is Quality.GOOD or headlines.sentence_end(nxt.text)),
    }


_SKIP = 3  # filler lines skipped between a candidate and its neighbour


def _beside(infos: list[Info], at: list[int]) -> Info | None:
    """The first line of ``at`` that is no filler (a meta line, an image's name, a lone symbol)."""
    for j in at[: _SKIP + 1]:
        info = infos[j]
        filler = info.meta or (info.text.startswith("[") and info.text.endswith("]"))
        if not (filler or not any(c.isalpha() for c in info.text)):
            return info
    return None


_HEAD_WORDS = 12  # a headline is seldom longer
_DECK_MIN = 8  # a deck has at least this many words
_KICKER_WORDS = 4  # a kicker at most this many


def _heads(info: Info) -> bool:
    """Whether a line reads as a headline: 2+ words, no sentence end, no meta line, list item or dropped line."""
    plain = not (info.meta or info.bullet or info.numbered or info.reason or info.urls)
    return plain and info.nwords >= 2 and not info.text.endswith((".", ",", ";", ":"))


def _label(info: Info) -> bool:
    """Whether a line is a short label (a kicker or section name): 1-3 words, no punctuation at its end."""
    plain = not (info.meta or info.bullet or info.numbered or info.urls)
    return plain and 1 <= info.nwords <= 3 and info.text[-1:].isalnum()


_TOP = 5  # non-blank lines at the top of a page that may repeat the headline (a title bar)


def _title_bar_lines(infos: list[Info], cands: list[Candidate]) -> list[str]:
    """The first ``_TOP`` non-blank lines of the page, then the candidates' own lines."""
    top: list[str] = []
    for info in infos:
        if len(top) >= _TOP:
            break
        if info.text:
            top.append(info.text)
    return top + list(dict.fromkeys(c.info.text for c in cands))


def scored(infos: list[Info], lay: Layout, model: CleanerModel) -> tuple[list[Candidate], np.ndarray]:
    """The headline candidates and the title model's logits for them."""
    cands, x = title_matrix(infos, lay)
    return cands, model.title.logits(x)


def softmax(z: np.ndarray) -> np.ndarray:
    """The softmax of ``z`` (empty in, empty out)."""
    if not len(z):
        return z
    e = np.exp(z - z.max())
    out: np.ndarray = e / e.sum()
    return out


def headline(
    infos: list[Info], lay: Layout, model: CleanerModel, ranked: tuple[list[Candidate], np.ndarray] | None = None
) -> tuple[int | None, str | None]:
    """The line and text of the candidate the title model scores highest (the rules' choice, text
    None, when there is none). ``ranked``: ``scored``'s answer when it was computed already."""
    cands, z = ranked if ranked is not None else scored(infos, lay, model)
    if not cands:
        return lay.title, None
    best = cands[int(np.argmax(z))]
    return best.info.index, best.text


def decide(
    infos: list[Info],
    roles: Assigned,
    lay: Layout,
    model: CleanerModel,
    lines: bool,
    title_on: bool,
    ranked: tuple[list[Candidate], np.ndarray] | None = None,
) -> tuple[Assigned, int | None, str | None]:
    """Final roles of every line, the headline's line and its text (None: the whole line) under
    ``model``: its line model when ``lines``, its title model when ``title_on`` (``ranked``: the
    candidates and their logits, ``scored``'s answer, when computed already)."""
    if lines:
        at, x = line_matrix(infos, roles, lay)
        roles = relabel(infos, roles, at, keeps(model, x)) if at else roles
    head, text = headline(infos, lay, model, ranked) if title_on else (lay.title, None)
    if head != lay.title:
        roles = list(roles)
        if lay.title is not None:
            roles[lay.title] = (Role.BOILERPLATE, "header-zone")
        if head is not None:
            roles[head] = (Role.TITLE, "")
    return roles, head, text
