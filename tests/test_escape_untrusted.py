"""``generator.render.escape``: untrusted text is inert and shown faithfully (issue #3)."""

from __future__ import annotations

import html
import json
import sys
from html.parser import HTMLParser
from pathlib import Path

import markdown
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.render import escape
from generator.render.frontmatter import front_matter

sys.path.insert(0, str(Path(__file__).resolve().parent))
from hostile import PAYLOADS, STANDALONE

EXTENSIONS = ["tables", "toc"]  # as in mkdocs.yml
BAD_SCHEMES = ("javascript:", "vbscript:", "data:")
FRAGMENTS = [*PAYLOADS.values(), *STANDALONE, "# ", "1. ", "- ", "> ", "|", "---", "===", "    ", "\n", "\t",
             "\u202e", "\x00", "\x1b", "[TOC]", "![x](y)", "*a*", "`c`", "\\", "&amp;", "&#x3C;", ":", "!!! note",
             "<", ">", "&", "{", "}", "$", "~", "^", "_", "C#", "#"]
untrusted = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=20)), max_size=12).map("".join)


class Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {k: v or "" for k, v in attrs}))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def render(md: str) -> Collect:
    c = Collect()
    c.feed(markdown.markdown(md, extensions=EXTENSIONS))
    c.close()
    return c


def assert_inert(c: Collect) -> None:
    for tag, attrs in c.tags:
        assert tag not in ("script", "iframe", "object", "embed", "style", "base", "form", "meta", "img", "a", "div")
        for name, value in attrs.items():
            assert not name.startswith("on")
            assert not value.strip().lower().startswith(BAD_SCHEMES)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(untrusted)
def test_block_renders_one_inert_paragraph_with_the_same_text(text: str) -> None:
    c = render(escape.block(text))
    assert_inert(c)
    expected = escape.one_line(text)
    if expected:
        assert [t for t, _ in c.tags] == ["p"]
    assert "".join(c.text).strip() == expected


@settings(max_examples=300, deadline=None)
@given(untrusted)
def test_heading_shows_the_title_exactly(text: str) -> None:
    expected = escape.one_line(text)
    c = render("# " + escape.inline(text))
    assert_inert(c)
    if expected:
        assert c.tags[0][0] == "h1"
        assert "".join(c.text).strip() == expected


@settings(max_examples=200, deadline=None)
@given(untrusted)
def test_table_cells_and_list_items_stay_inert(text: str) -> None:
    md = f"| a | b |\n|---|---|\n| {escape.inline(text) or ' '} | x |\n\n- {escape.inline(text)}\n"
    assert_inert(render(md))


@settings(max_examples=200, deadline=None)
@given(untrusted)
def test_front_matter_title_round_trips_and_is_html_safe(text: str) -> None:
    from mkdocs.utils.meta import get_data

    doc = front_matter({"title": escape.html_text(text), "seed": text}) + "\n# body\n"
    _, meta = get_data(doc)
    assert html.unescape(meta["title"]) == escape.one_line(text)
    assert not set("<>") & set(meta["title"])
    assert meta["seed"] == text


@given(st.recursive(st.none() | st.text() | st.integers(), lambda x: st.lists(x) | st.dictionaries(st.text(), x)))
def test_json_is_inert_and_round_trips(value: object) -> None:
    text = escape.json_dumps({"v": value})
    assert not set("<>&") & set(text)
    assert json.loads(text) == {"v": value}


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)", "JaVaScRiPt:alert(1)", "  javascript:alert(1)", "java\tscript:alert(1)",
        "&#106;avascript:alert(1)", "&#x6A;avascript&#x3A;alert(1)", "&amp;#106;avascript:alert(1)",
        "vbscript:msgbox(1)", "data:text/html,<script>alert(1)</script>", "//evil.example/x", "/etc/passwd",
        "file:///etc/passwd", "http:/x", "", None, "\x00javascript:alert(1)",
    ],
)
def test_unsafe_urls_are_dropped(url: str | None) -> None:
    assert escape.safe_url(url) is None
    assert "](" not in escape.link("label", url)


def test_safe_url_cannot_break_out() -> None:
    url = escape.safe_url('https://example.com/a b"c\'d)<e>')
    assert url is not None
    assert not set(" \"'()<>") & set(url)
    c = render(escape.link("x", "https://example.com/p?q=1&r=2"))
    assert c.tags[-1] == ("a", {"href": "https://example.com/p?q=1&r=2"})


def test_bidi_and_controls_removed() -> None:
    assert escape.one_line("a\u202eb\u2066c\x1b\x07d\u200fe") == "abcd\u200fe"
    assert escape.inline("x\u202e<y>") == "x&lt;y&gt;"


@pytest.mark.parametrize("payload", list(PAYLOADS.values()) + list(STANDALONE))
def test_each_payload_is_shown_as_text(payload: str) -> None:
    c = render(escape.block(payload))
    assert_inert(c)
    assert "".join(c.text) == escape.one_line(payload)
