"""The fitted weights that choose among metadata candidates (``metadata_model.yml``), validated on load.

The file is written by ``benchmarks/fit_meta.py`` (a logistic model per field over the candidate
features that ``generator.article.extract`` computes); an owner may replace it with their own fit.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from generator.errors import DataError

# The features of a date candidate (computed in generator/article/extract/datefeatures.py).
DATE_FEATURES = frozenset(
    {
        "markup_published",  # a meta tag that names the publication time (article:published_time, ...)
        "markup_generic",  # a meta tag that names "the date" (date, dc.date, pubdate, ...)
        "jsonld_article",  # JSON-LD datePublished of an article object
        "jsonld_other",  # JSON-LD dateCreated, or a date of a web page object
        "time_element",  # <time> marked as the publication time
        "url",  # a date in the URL's path
        "htmldate",  # htmldate's choice for a saved page (its quick search)
        "labelled",  # a text line with a publication label
        "byline",  # a byline line with a date
        "dateline",  # a dateline opening the body
        "meta_line",  # a line the cleaner marked as metadata
        "date_line",  # a short line that is mostly the date
        "text_line",  # any other short line
        "above_title",  # a text line above the headline
        "near_title",  # within three lines of the headline
        "title_distance",  # log(1 + lines to the headline) / 3
        "after_body",  # after the article's last paragraph
        "weekday",
        "timed",
        "words",  # log(1 + other words on the line) / 3
        "several_dates",  # more than one date on its line
        "agree_markup",  # a markup candidate gives the same date
        "agree_text",  # a text candidate on another line gives the same date
        "agree_url",  # the URL gives the same date
        "agree_htmldate",  # htmldate gives the same date
        "agree_stated",  # log(1 + other stated publication dates that give the same date)
        "stated_other",  # a stated publication date gives another date
        "markup_one_day",  # a markup candidate is one day away (time zones)
        "support",  # log(1 + candidates with the same date)
        "latest",  # the latest of several distinct dates
        "earliest",  # the earliest of several distinct dates
        "distinct",  # log(number of distinct dates)
        "first_text",  # the first text candidate in reading order
        "has_markup",  # the page has markup dates at all
        "utc_edge",  # stated in UTC within four hours of midnight
        "chrome",  # on a line the cleaner dropped as page chrome
        "only_date",  # the only date any candidate gives
        "no_text",  # the page's text gives no date at all (markup or URL only)
    }
)


@dataclass(frozen=True)
class Scorer:
    """A logistic model: the probability that a candidate is the right value, and the bar for reporting one."""

    bias: float
    weights: tuple[tuple[str, float], ...]
    threshold: float  # below this the field is reported as unknown

    def probability(self, features: dict[str, float]) -> float:
        """sigmoid(bias + sum of weight * feature)."""
        z = self.bias + sum(w * features.get(name, 0.0) for name, w in self.weights)
        return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))


@dataclass(frozen=True)
class MetadataModel:
    """One scorer per field that is chosen by a model."""

    date: Scorer


def _number(value: Any, where: str, problems: list[str]) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        problems.append(f"{where} must be a number")
        return 0.0
    return float(value)


def _scorer(raw: Any, where: str, known: frozenset[str], problems: list[str]) -> Scorer:
    if not isinstance(raw, dict) or not isinstance(raw.get("weights"), dict):
        problems.append(f"{where}: needs 'bias', 'threshold' and a 'weights' mapping")
        return Scorer(0.0, (), 1.0)
    weights = []
    for name, value in sorted(raw["weights"].items()):
        if name not in known:
            problems.append(f"{where}: unknown feature {name!r} (known: {', '.join(sorted(known))})")
        weights.append((str(name), _number(value, f"{where}: weight {name!r}", problems)))
    threshold = _number(raw.get("threshold"), f"{where}: 'threshold'", problems)
    if not 0.0 <= threshold <= 1.0:
        problems.append(f"{where}: 'threshold' must be between 0 and 1")
    return Scorer(_number(raw.get("bias"), f"{where}: 'bias'", problems), tuple(weights), threshold)


def parse_model(data: Any, where: str = "metadata_model.yml") -> MetadataModel:
    """The scorers of the parsed file; raises DataError naming every bad field."""
    if not isinstance(data, dict):
        raise DataError([f"{where}: the file must hold a mapping with a 'date' scorer"], "invalid metadata model")
    problems: list[str] = []
    date = _scorer(data.get("date"), f"{where}: date", DATE_FEATURES, problems)
    if problems:
        raise DataError(problems, "invalid metadata model")
    return MetadataModel(date)
