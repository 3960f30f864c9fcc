"""Saved web pages (issue #7): extraction, stated metadata, title choice and hostile HTML."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from generator.article.process import process
from generator.article.records import Basis, Extracted
from generator.read import RawInput, to_source
from generator.read.html import declared_charset, decode_html
from generator.read.htmltitle import choose_title, strip_site
from generator.read.records import Skipped
from tests.kb import knowledge

KB = knowledge()

PARAS = [
    "The harbour authority of the port city approved a new flood barrier on Thursday after a decade of debate "
    "about the cost of protecting the old docks from rising tides.",
    "The council said the barrier would be built in three stages, starting next spring, and would protect about "
    "forty thousand homes along the estuary from storm surges.",
    "Engineers have warned for years that the existing walls were too low, and the insurance industry had pressed "
    "the city to act before the next winter storms arrived.",
]
TITLE = "Port city approves flood barrier after decade of debate"


def page(head: str = "", body_extra: str = "", title: str = f"{TITLE} | Example Gazette") -> str:
    paras = "".join(f"<p>{p}</p>" for p in PARAS)
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>{head}</head>'
        f"<body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        f"<article><h1>{TITLE}</h1>{paras}{body_extra}</article>"
        f"<footer>Copyright Example Gazette. All rights reserved.</footer></body></html>"
    )


def bare_page(opening: str) -> str:
    """A page with no chrome: its article holds ``opening`` (markup) and then the paragraphs."""
    paras = "".join(f"<p>{p}</p>" for p in PARAS)
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE}</title></head>'
        f"<body><article>{opening}{paras}</article></body></html>"
    )


def run(html: str | bytes, name: str = "p.html") -> tuple[Extracted | Skipped, list[str]]:
    data = html.encode() if isinstance(html, str) else html
    doc, notes = to_source(RawInput(name, data, len(data), None, None, "html"))
    return (doc if isinstance(doc, Skipped) else process(doc, KB)), notes


def text_of(draft: Extracted) -> str:
    return "\n".join(item for block in draft.body.blocks for item in block.items)


def test_article_and_stated_metadata_are_explicit() -> None:
    head = (
        '<meta property="og:site_name" content="Example Gazette">'
        '<link rel="canonical" href="https://news.example.com/port-barrier">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2024-02-08T10:00:00Z",'
        ' "author": {"@type": "Person", "name": "Jane Doe"}}</script>'
    )
    draft, _ = run(page(head))
    assert isinstance(draft, Extracted)
    meta = draft.draft.meta
    assert meta.title == TITLE and meta.basis_of("title").basis is Basis.EXPLICIT
    assert meta.date == dt.date(2024, 2, 8) and meta.date_basis is Basis.EXPLICIT
    assert meta.authors == ("Jane Doe",)
    assert meta.source == "Example Gazette"
    assert meta.url == "https://news.example.com/port-barrier"
    assert meta.language == "en"
    body = text_of(draft)
    assert PARAS[0] in body and "All rights reserved" not in body and "Home" not in body


def test_no_date_is_invented() -> None:
    draft, _ = run(page())
    assert isinstance(draft, Extracted)
    assert draft.draft.meta.date is None and draft.draft.meta.date_basis is Basis.UNKNOWN


@pytest.mark.parametrize(
    ("title", "site", "expected"),
    [
        ("Flood barrier approved | Example Gazette", "Example Gazette", "Flood barrier approved"),
        ("Flood barrier approved - Example Gazette", None, "Flood barrier approved"),
        ("Example Gazette — Flood barrier approved", "Example Gazette", "Flood barrier approved"),
        ("Mayor says - no more delays - after vote", None, "Mayor says - no more delays - after vote"),
    ],
)
def test_site_suffix_is_stripped(title: str, site: str | None, expected: str) -> None:
    assert strip_site(title, site) == expected


def test_title_prefers_the_matching_h1_over_the_site_name_h1() -> None:
    assert choose_title(("Yellow Boats — Ann Smith",), ("Ann Smith", "Yellow Boats"), "Ann Smith") == "Yellow Boats"


HOSTILE_HEAD = (
    '<title><script>alert("title")</script>Hostile page | Site</title>'
    '<link rel="canonical" href="javascript:alert(1)">'
    '<meta property="og:url" content="  javascript:alert(2)">'
    '<script>document.write("pwned-script")</script><style>body{background:url(pwned-style)}</style>'
)
HOSTILE_BODY = (
    "<p>A paragraph <img src=x onerror=\"alert('pwned-onerror')\"> with an image and "
    '<a href="javascript:alert(3)" onclick="steal()">a link</a> that ends normally.</p>'
    '<iframe src="https://evil.example/pwned-iframe"></iframe><svg onload="alert(4)"></svg>'
    "<object data='pwned-object'></object><form action='pwned-form'><input value='pwned-input'></form>"
)


def test_hostile_markup_never_reaches_the_article() -> None:
    draft, _ = run(page(HOSTILE_HEAD, HOSTILE_BODY, title="x"))
    assert isinstance(draft, Extracted)
    meta = draft.draft.meta
    values = [meta.title, meta.source or "", meta.url or "", *meta.authors, *(ev.text for _, ev in meta.evidence)]
    values += [line.text for line in draft.body.lines] + [text_of(draft), draft.body.title or ""]
    everything = "\n".join(values)
    for marker in ("<", "javascript", "onerror", "onclick", "pwned", "alert("):
        assert marker not in everything, marker
    assert draft.draft.meta.url is None
    assert "with an image and a link that ends normally" in text_of(draft)


def test_broken_unclosed_html_still_builds() -> None:
    broken = "<html><head><title>Broken page</title><body><div><p>" + "<p>".join(PARAS) + "<div><span><b><i>"
    draft, _ = run(broken)
    assert isinstance(draft, Extracted)
    assert PARAS[1] in text_of(draft)


def test_unclosed_title_swallowing_the_page_is_skipped_not_crashed() -> None:
    result, _ = run("<html><head><title>Broken page<body><p>" + "<p>".join(PARAS))
    assert isinstance(result, Skipped | Extracted)  # a browser shows no body either; either way no crash


def test_large_page_is_extracted_in_reasonable_time() -> None:
    filler = "<div class='ad'><script>var x = 1;</script><span>menu</span></div>\n" * 80_000  # ~5 MB
    html = page(body_extra="", head="").replace("<footer>", filler + "<footer>")
    assert len(html) > 5_000_000
    start = time.perf_counter()
    draft, _ = run(html)
    assert isinstance(draft, Extracted) and PARAS[2] in text_of(draft)
    assert time.perf_counter() - start < 120  # a guard against quadratic blow-up (it never finished), not a benchmark


def test_meta_charset_is_honoured() -> None:
    html = page(title="Zażółć gęślą jaźń").replace('charset="utf-8"', 'charset="iso-8859-2"')
    html = html.replace(PARAS[0], PARAS[0] + " Łódź i Gdańsk.")
    data = html.encode("iso-8859-2")
    assert declared_charset(data) == "iso8859-2"
    decoded = decode_html(data)
    assert decoded.encoding == "iso8859-2" and "Łódź i Gdańsk" in decoded.text
    draft, _ = run(data)
    assert isinstance(draft, Extracted) and "Łódź i Gdańsk" in text_of(draft)


def test_valid_utf8_wins_over_a_wrong_declaration() -> None:
    html = page().replace('charset="utf-8"', 'charset="windows-1251"').replace("decade", "décade")
    assert "décade" in decode_html(html.encode("utf-8")).text


@pytest.mark.parametrize("data", [b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, bytes(range(32)) * 200])
def test_binary_file_named_html_is_skipped(data: bytes) -> None:
    result, _ = run(data)
    assert isinstance(result, Skipped) and "binary" in result.reason


def test_page_without_an_article_is_skipped_with_a_reason() -> None:
    result, _ = run("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    assert isinstance(result, Skipped) and "HTML page" in result.reason


def test_singlefile_saved_date_is_the_retrieval_date() -> None:
    comment = (
        "<!--\n Page saved with SingleFile \n url: https://news.example.com/a \n"
        " saved date: Thu Feb 08 2024 10:00:00 GMT+0000 (UTC)\n-->"
    )
    draft, _ = run(comment + page())
    assert isinstance(draft, Extracted)
    assert draft.draft.meta.basis_of("retrieved").text == "2024-02-08"
    assert draft.draft.meta.url == "https://news.example.com/a"


def test_a_kicker_above_the_repeated_headline_is_not_article_text() -> None:
    draft, _ = run(bare_page(f"<p>Coastal defence</p><h1>{TITLE}</h1>"))
    assert isinstance(draft, Extracted)
    body = text_of(draft)
    assert body.startswith(PARAS[0]) and "Coastal defence" not in body and TITLE not in body


def test_a_date_only_in_the_canonical_address_is_inferred() -> None:
    """htmldate reads the canonical link's path too: agreeing with the URL alone, the date is not stated."""
    draft, _ = run(page('<link rel="canonical" href="https://harbourpost.example/local/2023/06/14/pier-repairs">'))
    assert isinstance(draft, Extracted)
    meta = draft.draft.meta
    assert meta.date == dt.date(2023, 6, 14) and meta.date_basis is Basis.INFERRED


def test_the_summary_does_not_open_with_the_byline_the_authors_were_read_from() -> None:
    draft, _ = run(bare_page(f"<h1>{TITLE}</h1><p>Orla Penhallow | March 4, 2024</p>"))
    assert isinstance(draft, Extracted)
    assert draft.draft.meta.authors == ("Orla Penhallow",)
    assert draft.draft.summary.startswith(PARAS[0][:40])


def test_a_publishing_group_site_name_gives_way_to_the_title_s_publication_on_its_domain() -> None:
    head = (
        '<meta property="og:site_name" content="Grupo Editorial Lindavista">'
        '<link rel="canonical" href="https://www.heraldodelvalle.example/local/barrier">'
    )
    draft, _ = run(page(head, title=f"{TITLE} | Heraldo del Valle"))
    assert isinstance(draft, Extracted)
    assert draft.draft.meta.source == "Heraldo del Valle"
    draft, _ = run(page(head, title=TITLE))  # no other name: the group's stands
    assert isinstance(draft, Extracted)
    assert draft.draft.meta.source == "Grupo Editorial Lindavista"


def test_an_opening_byline_date_line_is_no_timeline_event() -> None:
    paras = "".join(f"<p>{p}</p>" for p in PARAS)
    html = (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE}</title></head>'
        f"<body><article><h1>{TITLE}</h1><p>Orla Penhallow | March 4, 2024</p>{paras}"
        "<p>The first stage opened on 12 January 2024 after a vote of the council.</p></article></body></html>"
    )
    draft, _ = run(html)
    assert isinstance(draft, Extracted)
    dates = [e.date for e in draft.draft.events]
    assert dt.date(2024, 1, 12) in dates and dt.date(2024, 3, 4) not in dates


def test_markup_with_no_readable_article_falls_back_to_the_page_text(monkeypatch: pytest.MonkeyPatch) -> None:
    # A layout trafilatura reads no article from: the page's visible text, cleaned as a text copy, is the body.
    import trafilatura

    class Empty:
        body = None
        title = None
        author = None

    monkeypatch.setattr(trafilatura, "bare_extraction", lambda *args, **kwargs: Empty())
    result, _ = run(page())
    assert isinstance(result, Extracted)
    assert result.draft.meta.title == TITLE
    assert "flood barrier" in " ".join(" ".join(b.items) for b in result.body.blocks)
    # A page whose visible text holds no article either is still skipped, with its reason.
    thin = page().replace("".join(f"<p>{p}</p>" for p in PARAS), "<p>Short note.</p>")
    result, _ = run(thin)
    assert isinstance(result, Skipped) and "no article text" in result.reason
