"""Issue 13: values from untrusted files are bounded and checked where they are made."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from generator.article.actors.records import ArticleActors
from generator.article.extract.pagedates import markup_date_candidates
from generator.article.html import cap_blocks
from generator.article.records import Basis, Block, Draft, Metadata
from generator.corpus.records import ActorIndex, Article, Corpus, ThemeIndex, Timeline
from generator.read.html import parse
from generator.read.htmltext import page_text
from generator.read.jsonbound import MAX_DEPTH, load_json, nesting
from generator.read.untrusted_yaml import MAX_CHARS, UntrustedYamlError, load_untrusted
from generator.render import limits
from generator.render.indexes import articles_pages, month_key
from generator.text.datecheck import parse_date, why_not
from tests.kb import knowledge

TODAY = dt.date(2026, 12, 4)


@pytest.mark.parametrize(
    ("value", "expected", "reason"),
    [
        ("2024-02-08", dt.date(2024, 2, 8), ""),
        ("2024-02-08T10:00:00+02:00", dt.date(2024, 2, 8), ""),
        (dt.datetime(2024, 2, 8, 10, 0), dt.date(2024, 2, 8), ""),
        ("1800-01-01", dt.date(1800, 1, 1), ""),
        ("2026-12-05", dt.date(2026, 12, 5), ""),  # the build day plus one: a time zone ahead
        ("2024-02-30", None, "not a real calendar date"),
        ("2023-02-29", None, "not a real calendar date"),
        ("0001-01-01T00:00:00Z", None, "before 1800"),
        ("1799-12-31", None, "before 1800"),
        ("2026-12-06", None, "in the future"),
        ("99999-01-01", None, "not a real calendar date"),
        ("soon", None, "not a date like"),
        (20240208, None, "type int"),
        (["2024-02-08"], None, "type list"),
    ],
)
def test_one_rule_for_every_date(value: object, expected: dt.date | None, reason: str) -> None:
    day, why = parse_date(value, TODAY)
    assert day == expected
    assert reason in why and (why == "") == (expected is not None)


def test_why_not_names_the_bound() -> None:
    assert why_not(dt.date(1, 1, 1), TODAY) == "0001-01-01 is before 1800"
    assert why_not(dt.date(2204, 3, 1), TODAY) == "2204-03-01 is in the future"
    assert why_not(TODAY, TODAY) is None


def meta_date(value: str) -> dt.date | None:
    """The date a markup value gives the chooser, or None when the one rule turns it down."""
    found = markup_date_candidates((("json-ld datePublished", value),), None, knowledge().languages, TODAY)
    return found[0].date if not found[0].rejected else None


def test_page_markup_dates_use_the_same_rule() -> None:
    assert meta_date("0001-01-01T00:00:00Z") is None
    assert meta_date("2024-02-30") is None
    assert meta_date("2204-02-08") is None  # a typo'd year: in the future
    assert meta_date("2024-02-08T08:00:00Z") == dt.date(2024, 2, 8)


def _bomb(levels: int) -> str:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, levels)]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (_bomb(12), "anchors or aliases"),
        ("a: &x 1\n", "anchors or aliases"),
        ("x: " + "[" * 30_000 + "]" * 30_000, "nested more than"),
        ("x: " + "{a: " * 20_000, "longer than"),
        ("x:\n" + "".join(" " * i + f"k{i}:\n" for i in range(1, 40)), "nested more than"),
        ("[" + "a," * 12_000 + "]", "has more than"),
        ("a: [", "not valid YAML"),
        ("t: !!python/object/apply:os.system [ls]", "not valid YAML"),
        ("x: !!float abc", r"cannot read \(ValueError\)"),
        ("a: 1\n---\nb: 2\n", "not valid YAML"),
    ],
)
def test_untrusted_yaml_refuses_with_one_error_type(text: str, message: str) -> None:
    start = time.process_time()
    with pytest.raises(UntrustedYamlError, match=message):
        load_untrusted(text)
    assert time.process_time() - start < 5  # libyaml was quadratic in depth and crashed past 50,000 levels


def test_untrusted_yaml_keeps_values_that_would_raise_as_text() -> None:
    data = load_untrusted("date: 2024-02-30\nwhen: 2024-02-08\nn: " + "9" * 5000 + "\nm: !!int abc\nk: 12\n")
    assert data == {"date": "2024-02-30", "when": "2024-02-08", "n": "9" * 5000, "m": "abc", "k": 12}
    assert len("x" * MAX_CHARS) == MAX_CHARS and load_untrusted("x" * MAX_CHARS) == "x" * MAX_CHARS


def test_json_nesting_is_counted_outside_strings_and_bounded() -> None:
    assert nesting('{"a": ["[[[[", {"b": "\\"]]"}]}') == 3
    assert nesting("[" * 100_000) == MAX_DEPTH + 1  # stops counting past the bound
    assert load_json("[" * 5000 + "]" * 5000) is None
    assert load_json('{"a": [1, {"b": "c"}]}') == {"a": [1, {"b": "c"}]}
    assert load_json("1" * 5000) is None  # Python refuses integers this long: no value, no exception


def test_page_text_is_capped_like_a_text_file() -> None:
    blocks = [Block("paragraph", ("a" * 60,)), Block("list", ("b" * 30, "c" * 30)), Block("paragraph", ("d",))]
    assert cap_blocks(blocks, 100) == ([blocks[0], Block("list", ("b" * 30,))], True)
    assert cap_blocks(blocks, 1000) == (blocks, False)


def _article(slug: str, date: dt.date | None) -> Article:
    meta = Metadata(title=slug.title(), source=None, authors=(), date=date,
                    date_basis=Basis.PROVIDED if date else Basis.UNKNOWN, language="en")
    draft = Draft(seed=f"{slug}.txt", meta=meta, word_count=2, truncated=False, encoding="utf-8",
                  found=ArticleActors(()), theme_scores=(), incidents=(), events=(), signature=(), summary="Body.")
    return Article(draft, slug)


def test_month_pages_take_any_year(monkeypatch: pytest.MonkeyPatch) -> None:
    # Readers never produce these years any more; the renderer must not depend on it.
    monkeypatch.setattr(limits, "ARTICLES_ON_INDEX", 1)
    articles = (_article("new", dt.date(2024, 2, 8)), _article("old", dt.date(999, 5, 1)),
                _article("zero", dt.date(1, 1, 1)), _article("none", None))
    corpus = Corpus(articles=articles, skipped=(), actor_index=ActorIndex(()), theme_index=ThemeIndex(()),
                    timeline=Timeline(()))
    pages = articles_pages(corpus)
    assert {"articles/months/2024-02.md", "articles/months/0999-05.md", "articles/months/0001-01.md",
            "articles/months/undated.md"} <= set(pages)
    assert month_key(dt.date(1, 1, 1)) == "0001-01"
    assert "January 1" in pages["articles/months/0001-01.md"]


def test_page_text_is_normalised_like_decoded_text() -> None:
    """Character references expand only when the page is parsed: the visible text is normalised after that."""
    page = parse("<html><body><p>By Jo&shy;anna Berg&#x202e;</p><p>Harbour&shy;master</p></body></html>")
    assert page is not None
    assert page_text(page) == "By Joanna Berg\nHarbourmaster"
