"""Issue 13: readers do linear work on adversarial repeats (8 times the input, about 8 times the time).

Each function runs on an atom repeated to N and to 8N characters; the least CPU time of a few
runs is compared (CPU time, not wall time: the machine is shared). Linear work gives a ratio near
8 and quadratic work near 64; the test fails above 20, a margin for cache effects (a 50 KB string
fits in the CPU cache, a 400 KB one does not). N is 100,000 characters for the Markdown reader,
25,000 for the slower sentence and date scans, and 50,000 for the whole per-file stage, whose
input is capped at 400,000. The 8N run happens in a forked child with a time limit, so a
quadratic regression fails within seconds instead of running for minutes.
"""

from __future__ import annotations

import multiprocessing
import time
from collections.abc import Callable
from typing import Any

import pytest

from generator.article.extract.dates import find_dates
from generator.article.items import sentence_spans
from generator.article.markdown import markdown_cleaned
from generator.article.records import Block, Cleaned
from generator.article.timeline.events import extract_events
from generator.article.timeline.expressions import find_expressions
from generator.pipeline import process_raw, warm
from generator.read import RawInput
from generator.read.jsonbound import nesting
from tests.kb import knowledge

N = 100_000
SCALE = 8
MAX_RATIO = 20.0


def _best(func: Callable[[str], Any], text: str, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        func(text)
        best = min(best, time.process_time() - start)
    return best


def _in_child(func: Callable[[str], Any], text: str, repeat: int, limit: float) -> float | None:
    """``_best`` in a forked child; None when it did not finish within ``limit`` seconds."""
    ctx = multiprocessing.get_context("fork")
    ours, theirs = ctx.Pipe(duplex=False)
    child = ctx.Process(target=lambda: theirs.send(_best(func, text, repeat)), daemon=True)
    child.start()
    theirs.close()
    done = ours.poll(limit)
    value: float | None = ours.recv() if done else None
    child.kill()
    child.join()
    return value


def growth(func: Callable[[str], Any], make: Callable[[int], str], repeat: int = 5, n: int = N) -> float:
    """Time at SCALE * n over time at n (best of ``repeat`` runs each)."""
    small = max(_best(func, make(n), repeat), 1e-3)
    large = _in_child(func, make(SCALE * n), repeat, limit=3 * MAX_RATIO * small * repeat + 10)
    return float("inf") if large is None else large / small


def repeated(atom: str, before: str = "", after: str = "") -> Callable[[int], str]:
    return lambda size: before + atom * (size // len(atom)) + after


MARKDOWN = {
    "emphasis": repeated("*a "),
    "strong": repeated("**a "),
    "underscore": repeated("_a "),
    "strike": repeated("~~a "),
    "backticks": repeated("`"),
    "code": repeated("``a "),
    "comment": repeated("<!-- a "),
    "script": repeated("<script a "),
    "brackets": repeated("["),
    "images": repeated("!["),
    "links": repeated("[a](b "),
    "autolinks": repeated("<http:"),
    "attributes": repeated("{: "),
    "heading spaces": repeated(" ", "# a", "b"),
    "rule spaces": lambda size: "-" + " " * (size // 3) + "-" + " " * (size // 3) + "-" + " " * (size // 3) + "x",
    "table separator": repeated(" ", "|--", "x"),
    "list continuation": repeated(" b\n", "- a\n"),
}


@pytest.mark.parametrize("name", list(MARKDOWN))
def test_markdown_note_reader_is_linear(name: str) -> None:
    ratio = growth(markdown_cleaned, MARKDOWN[name])
    assert ratio < MAX_RATIO, f"{name}: {SCALE}x the input took {ratio:.1f}x the time"


def _events(text: str) -> object:
    return extract_events(Cleaned(None, (Block("paragraph", (text,)),), ()), None, knowledge().timeline)


def _expressions(text: str) -> object:
    return find_expressions(text, knowledge().timeline)


def _dates(text: str) -> Any:
    return find_dates(text, knowledge().languages)


# (function, input, N): the Python-level scans are slow enough per character to measure from 25,000.
OTHERS: dict[str, tuple[Callable[[str], Any], Callable[[int], str], int]] = {
    "sentence ends after initials": (sentence_spans, repeated("A. "), 25_000),
    "dates in one line": (_dates, repeated("8 March 2024 "), 25_000),
    "ISO dates in one line": (_dates, repeated("2024-02-08 "), 25_000),
    "date expressions in one sentence": (_expressions, repeated("8 March 2024 "), 25_000),
    "timeline of one long sentence": (_events, repeated("on 8 March 2024 talks will resume, "), 25_000),
    "JSON nesting scan": (nesting, repeated('"a\\"[", '), N),
}


@pytest.mark.parametrize("name", list(OTHERS))
def test_sentence_date_and_json_scans_are_linear(name: str) -> None:
    func, make, n = OTHERS[name]
    ratio = growth(func, make, repeat=3, n=n)
    assert ratio < MAX_RATIO, f"{name}: {SCALE}x the input took {ratio:.1f}x the time"


def _txt(text: str) -> object:
    return process_raw(RawInput("a.txt", text.encode(), len(text.encode()), None, None, "txt"), knowledge())


@pytest.mark.parametrize("atom", ["A. ", "8 March 2024 "])
def test_whole_per_file_stage_is_linear_on_runs_that_were_quadratic(atom: str) -> None:
    warm()
    ratio = growth(_txt, repeated(atom, "A title\n\n"), repeat=2, n=50_000)
    assert ratio < MAX_RATIO, f"{atom!r}: {SCALE}x the input took {ratio:.1f}x the time"
