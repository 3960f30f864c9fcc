"""The fitted cleaner for plain-text copies (``cleaner_model.json``), validated on load.

The file is written by ``benchmarks/fit_cleaner.py`` (``make train``): two logistic models over
features that ``generator.article.clean.learned`` computes for every non-blank line. The first
reads a line, the rule cleaner's decision about it and its neighbours' decisions; the second reads
the first model's scores in a window of lines around it, so a paragraph between two article
paragraphs is kept and a lone line in a footer is not. The model overrules the rules only when it
is sure enough: a line the rules keep is dropped when the second model's probability is below
``drop_below``, and a line they drop is kept when it reaches ``keep_above`` (both chosen by the fit).
A third linear model scores the headline candidates of ``generator.article.clean.headlines`` (the
best one is the title; ``title_fit`` says how the fit chose to fit it). A fourth, small logistic
model (``title_confidence``) turns the title model's softmax over the candidates into a confidence
in the title the cleaner chose; below ``title_bar`` a text copy's title is inferred, not explicit.
``enabled`` (lines) and ``title_enabled`` (headline) turn each model on for every page; ``line_languages`` and
``title_languages`` turn it on only for pages in those languages (ISO 639-1 codes, told from the
rules' own body text by ``generator.article.extract.language``). The fit leaves both flags off and
lists the languages where the model beat the rules in cross-validation grouped by site; an owner may
set them in their own copy of the file. A missing file means "no model": the rules decide.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from generator.errors import DataError

# Stage one: one line, the rules' decision on it and around it (all in [0, 1] or small ranges).
LINE_FEATURES: tuple[str, ...] = (
    *("role_title", "role_body", "role_heading", "role_quote", "role_list", "role_table"),
    *("role_reference", "role_meta", "role_boilerplate", "role_embed"),
    "kept",  # the rules keep the line as article text
    # why the rules dropped it (generator/article/clean/roles.py and features.py)
    *("why_header", "why_footer", "why_junk", "why_nav", "why_phrase", "why_repeated", "why_caption"),
    *("why_related", "why_other"),
    *("q_bad", "q_short", "q_near", "q_good"),  # the context-free quality class
    "reason",  # a hard rule (boilerplate phrase, link, caption, ...) dropped it
    *("meta", "bullet", "numbered", "final", "colon_end", "pipe"),
    "code",  # a line of a code block (features.code_lines)
    "stop",  # stopword share
    "urls",  # share of the line that is addresses
    "words",  # log(1 + words) / 4
    "chars",  # log(1 + characters) / 7
    "capitalised",  # share of words after the first that start with a capital
    "repeated",  # the same text occurs again on the page
    "position",  # line index / line count
    *("in_span", "before_span", "after_span"),  # relative to the rules' article span
    "from_first",  # tanh(non-blank lines from the first paragraph / 20), signed
    "from_end",  # tanh(non-blank lines past the span's end / 20), signed
    *("prev_kept", "next_kept", "prev2_kept", "next2_kept", "window_kept"),
    *("prev_good", "next_good", "window_good"),
    "page_kept",  # share of the page's non-blank lines the rules keep
)
# Stage two: the stage-one logits in a window of non-blank lines.
WINDOW_FEATURES: tuple[str, ...] = (
    *("z_self", "z_prev", "z_next", "z_prev2", "z_next2"),
    *("p_window", "p_before", "p_after"),
    "kept",
)
# The headline: one row per candidate line before the body (generator/article/clean/title.py).
TITLE_FEATURES: tuple[str, ...] = (
    "rule_score",  # the rule score / 5
    "rule_choice",  # the rules chose this line
    "rule_rank",  # 1 / (1 + rank by rule score)
    "dist",  # log(1 + non-blank lines before the body) / 4
    "nearest",  # 1 / (1 + candidates between it and the body)
    "share",  # share of its content words found in the body
    *("words", "chars", "capitalised", "stop"),
    *("pipe", "separator", "question", "bullet", "lower_start", "symbol_start", "trail"),
    *("q_good", "q_near", "repeated", "before_meta", "at_first"),
    # the wider set (generator/article/clean/headlines.py)
    "old",  # among the rules' own candidates (the 40 lines before the body)
    "far",  # more than 40 non-blank lines before the body start
    "after_first",  # on a line after the body start
    *("derived", "part_first", "part_middle", "part_last", "unlabelled"),  # a part of its line, and which
    "colon_end",  # ends with ":"
    "upper",  # written in capitals
    "echo",  # its text also stands inside another line near the top or around it (a page title bar)
    "meta_before",  # a meta line (byline, date) within the three lines above
    "page_top",  # among the first five non-blank lines of the page
    "copies",  # log(1 + lines of the page whose text is this candidate's) / 2
    # where it stands against the rules' choice (a deck, caption or subheading sits below the headline)
    "rule_line",  # on the line the rules chose (the whole line or a part of it)
    "below_rule",  # on a line after the rules' choice
    "above_rule",  # on a line before the rules' choice
    # decks, captions, credits and form fields against headlines (issue 15)
    "next_first",  # the next non-blank line is the body start
    "vs_prev",  # tanh(log(its words / the previous non-blank line's words))
    "vs_next",  # ... against the next non-blank line's
    "deck_below",  # the next non-blank line is longer and written as a sentence (a deck under a headline)
    "meta_next",  # the next non-blank line is a meta line (a byline or date right under the headline)
    "meta_prev",  # the previous non-blank line is one
    "sentence_end",  # ends with ".", a sentence (a deck, a lead or a caption; headlines rarely do)
    "one_word",  # a single word
    "credit",  # holds "©" or reads as a photo credit
    "form",  # an empty form field as the text dump draws it ("[      ]", "____")
    # the candidate against its neighbours: headline, kicker above it, deck under it (issues 15, 16)
    "long",  # tanh(words beyond 12 / 8): a deck or a lead is longer than a headline
    "deck_shape",  # 8+ words, 1.5 times the previous line's, which reads as a headline: a deck
    "kicker_shape",  # 1-4 words over a longer line that reads as a headline: a kicker (rubric)
    "below_label",  # the previous line is a label of 1-3 words: a headline under its kicker
    "next_sentence",  # the next non-blank line ends as a sentence or is prose: a lead under a headline
)
# How sure the cleaner is of the title it chose (``CleanerModel.title_sure``), from the title model's
# softmax over the headline candidates, whichever chose the title (the rules or the model).
CONFIDENCE_FEATURES: tuple[str, ...] = (
    "chosen",  # logit of the chosen headline text's probability (0 when it is no candidate), / 5
    "best",  # logit of the likeliest candidate text's probability, / 5
    "stated",  # the page states its headline elsewhere (under a breadcrumb, in a comments heading)
    "by_model",  # the title model chose it (its language is in title_languages); else the rules did
)


def confidence_row(signals: tuple[float, float, float, float]) -> np.ndarray:
    """The ``CONFIDENCE_FEATURES`` of ``clean.title_signals``' (chosen, best, stated, by_model)."""
    chosen, best, stated, by_model = signals
    return np.array([_logit(chosen), _logit(best), stated, by_model])


def _logit(p: float) -> float:
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p)) / 5


@dataclass(frozen=True, eq=False)
class Linear:
    """A logistic model over a fixed, ordered feature list."""

    names: tuple[str, ...]
    weights: np.ndarray
    bias: float

    def logits(self, x: np.ndarray) -> np.ndarray:
        """bias + x @ weights, one per row."""
        out: np.ndarray = x @ self.weights + self.bias
        return out


@dataclass(frozen=True, eq=False)
class CleanerModel:
    """The two line models and the bar for keeping a line; ``fitted`` is False for "no model"."""

    line: Linear = field(default_factory=lambda: Linear(LINE_FEATURES, np.zeros(len(LINE_FEATURES)), 0.0))
    window: Linear = field(default_factory=lambda: Linear(WINDOW_FEATURES, np.zeros(len(WINDOW_FEATURES)), 0.0))
    drop_below: float = 0.5
    keep_above: float = 0.5
    enabled: bool = False
    title: Linear = field(default_factory=lambda: Linear(TITLE_FEATURES, np.zeros(len(TITLE_FEATURES)), 0.0))
    title_enabled: bool = False
    fitted: bool = False
    line_languages: frozenset[str] = frozenset()
    title_languages: frozenset[str] = frozenset()
    title_fit: str = "logistic"  # how the title model was fitted (TITLE_FITS; the fit chooses)
    # The confidence in the chosen title (a logistic model over CONFIDENCE_FEATURES) and the bar under
    # which a text copy's title is inferred, not explicit (0: always explicit, as a file without them).
    confidence: Linear = field(
        default_factory=lambda: Linear(CONFIDENCE_FEATURES, np.zeros(len(CONFIDENCE_FEATURES)), 0.0)
    )
    title_bar: float = 0.0

    def title_sure(self, signals: tuple[float, float, float, float]) -> float:
        """The probability that the chosen title is the headline (``clean.title_signals``)."""
        z = float(self.confidence.logits(confidence_row(signals)))
        return 1.0 / (1.0 + math.exp(-min(max(z, -60.0), 60.0)))

    def by_language(self) -> bool:
        """Whether a page's language decides if a model runs (neither model is on for every page)."""
        listed = bool(self.line_languages or self.title_languages)
        return self.fitted and listed and not (self.enabled and self.title_enabled)

    def parts(self, language: str) -> tuple[bool, bool]:
        """(line model on, title model on) for a page in ``language``."""
        if not self.fitted:
            return False, False
        return self.enabled or language in self.line_languages, self.title_enabled or language in self.title_languages


def _number(value: Any, where: str, problems: list[str]) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        problems.append(f"{where} must be a number")
        return 0.0
    return float(value)


def _linear(raw: Any, where: str, names: tuple[str, ...], problems: list[str]) -> Linear:
    if not isinstance(raw, dict) or not isinstance(raw.get("weights"), dict):
        problems.append(f"{where}: needs 'bias' and a 'weights' mapping")
        return Linear(names, np.zeros(len(names)), 0.0)
    weights = raw["weights"]
    unknown = sorted(set(map(str, weights)) - set(names))
    missing = sorted(set(names) - set(map(str, weights)))
    if unknown:
        problems.append(f"{where}: unknown features {', '.join(unknown)}")
    if missing:
        problems.append(f"{where}: missing features {', '.join(missing)} (refit with make train)")
    vec = np.array([_number(weights.get(n, 0.0), f"{where}: weight {n!r}", problems) for n in names])
    return Linear(names, vec, _number(raw.get("bias"), f"{where}: 'bias'", problems))


def parse_cleaner(data: Any, where: str = "cleaner_model.json") -> CleanerModel:
    """The cleaner model of the parsed file (None: no model); raises DataError naming every bad field."""
    if data is None:
        return CleanerModel()
    if not isinstance(data, dict):
        raise DataError([f"{where}: the file must hold a mapping with 'line' and 'window' models"], "invalid model")
    problems: list[str] = []
    line = _linear(data.get("line"), f"{where}: line", LINE_FEATURES, problems)
    window = _linear(data.get("window"), f"{where}: window", WINDOW_FEATURES, problems)
    bars = []
    for key in ("drop_below", "keep_above"):
        bar = _number(data.get(key), f"{where}: {key!r}", problems)
        if not 0.0 < bar < 1.0:
            problems.append(f"{where}: {key!r} must be between 0 and 1")
        bars.append(bar)
    title = _linear(data.get("title"), f"{where}: title", TITLE_FEATURES, problems)
    flags = []
    for key in ("enabled", "title_enabled"):
        flag = data.get(key)
        if not isinstance(flag, bool):
            problems.append(f"{where}: {key!r} must be true or false")
        flags.append(bool(flag))
    languages = [_languages(data.get(key, []), f"{where}: {key!r}", problems) for key in _LANGUAGE_KEYS]
    title_fit = data.get("title_fit", "logistic")
    if title_fit not in TITLE_FITS:
        problems.append(f"{where}: 'title_fit' must be one of {', '.join(TITLE_FITS)}")
    confidence = CleanerModel().confidence
    bar = 0.0
    if "title_confidence" in data or "title_bar" in data:  # both or neither (a file fitted before them: neither)
        confidence = _linear(data.get("title_confidence"), f"{where}: title_confidence", CONFIDENCE_FEATURES, problems)
        bar = _number(data.get("title_bar"), f"{where}: 'title_bar'", problems)
        if not 0.0 <= bar < 1.0:
            problems.append(f"{where}: 'title_bar' must be at least 0 and below 1")
    if problems:
        raise DataError(problems, "invalid cleaner model")
    return CleanerModel(
        line, window, bars[0], bars[1], flags[0], title, flags[1], True, languages[0], languages[1], str(title_fit),
        confidence, bar,
    )


# "logistic": one logistic model over every candidate; "softmax": a conditional logit over each
# page's candidates. Either way the best-scored candidate is the headline.
TITLE_FITS = ("logistic", "softmax")


_LANGUAGE_KEYS = ("line_languages", "title_languages")


def _languages(raw: Any, where: str, problems: list[str]) -> frozenset[str]:
    if not isinstance(raw, list) or not all(isinstance(code, str) and code for code in raw):
        problems.append(f"{where} must be a list of language codes")
        return frozenset()
    return frozenset(raw)
