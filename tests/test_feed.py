"""The Atom feed, the publishing policy settings and the article summary."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET

import pytest

from generator.article.actors.records import ArticleActors
from generator.article.records import Basis, Block, Cleaned, Draft, Metadata
from generator.article.summary import summary
from generator.corpus.records import ActorIndex, Article, Corpus, ThemeIndex, Timeline
from generator.errors import DataError
from generator.render.feed import atom_feed
from generator.settings import publishing_from

ATOM = "{http://www.w3.org/2005/Atom}"
LEAD = "First sentence here. " + "This sentence has exactly ten words in it, you see. " * 6


def _article(slug: str, title: str, date: dt.date | None, body: str, source: str | None = "Wire") -> Article:
    meta = Metadata(
        title=title,
        source=source,
        authors=("A. Writer",),
        date=date,
        date_basis=Basis.EXPLICIT if date else Basis.UNKNOWN,
        language="en",
    )
    cleaned = Cleaned(title, (Block("paragraph", (body,)), Block("paragraph", ("Second paragraph stays out.",))), ())
    draft = Draft(
        seed=f"{slug}.txt",
        meta=meta,
        word_count=len(body.split()),
        truncated=False,
        encoding="utf-8",
        found=ArticleActors(()),
        theme_scores=(),
        incidents=(),
        events=(),
        signature=(),
        summary=summary(cleaned),
    )
    return Article(draft, slug)


def _corpus(*articles: Article) -> Corpus:
    return Corpus(
        articles=articles, skipped=(), actor_index=ActorIndex(()), theme_index=ThemeIndex(()), timeline=Timeline(())
    )


def test_feed_is_valid_atom_newest_first_with_summary_only() -> None:
    corpus = _corpus(
        _article("new", "New <b>one</b> & more", dt.date(2024, 2, 8), LEAD),
        _article("old", "Old", dt.date(2020, 2, 7), "Old news body."),
        _article("undated", "Undated", None, "No date body.", source=None),
    )
    xml = atom_feed(corpus, "My \x01briefing", "https://example.org/repo/")
    root = ET.fromstring(xml)
    entries = root.findall(f"{ATOM}entry")
    assert [e.findtext(f"{ATOM}title") for e in entries] == ["New <b>one</b> & more", "Old", "Undated"]
    assert entries[0].find(f"{ATOM}link").get("href") == "https://example.org/repo/articles/new/"
    assert entries[0].findtext(f"{ATOM}updated") == "2024-02-08T00:00:00Z"
    assert entries[0].findtext(f"{ATOM}summary") == LEAD.strip().rsplit(" This", 1)[0]  # 53 of 63 words
    assert entries[0].findtext(f"{ATOM}summary").count("Second paragraph") == 0
    assert root.findtext(f"{ATOM}updated") == "2024-02-08T00:00:00Z"
    assert "<b>" not in xml  # the title's markup is escaped text


def test_feed_without_site_url_uses_relative_links() -> None:
    corpus = _corpus(_article("a", "A", dt.date(2024, 1, 1), "Body."))
    root = ET.fromstring(atom_feed(corpus, "B", None))
    assert root.find(f"{ATOM}entry/{ATOM}link").get("href") == "articles/a/"


def test_summary_cuts_at_sentence_boundary() -> None:
    body = "One two three four five. " * 20
    cleaned = Cleaned("t", (Block("paragraph", (body.strip(),)),), ())
    text = summary(cleaned, max_words=12)
    assert text == "One two three four five. One two three four five."


def test_publishing_policy_from_config() -> None:
    policy = publishing_from(
        {"extra": {"briefing": {"publishing": {"mode": "excerpt", "sources": {"Reuters": "full"}}}}}
    )
    assert policy.mode_for("reuters") == "full"
    assert policy.mode_for("Other") == "excerpt"
    assert policy.mode_for(None) == "excerpt"
    assert publishing_from({}).mode_for("x") == "excerpt"  # full text only where the owner says so
    with pytest.raises(DataError, match=r"extra\.briefing\.publishing\.mode"):
        publishing_from({"extra": {"briefing": {"publishing": {"mode": "partial"}}}})
