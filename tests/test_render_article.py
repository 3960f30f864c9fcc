"""Article page rendering: references, generator-made links and anchors, excerpt mode, original link."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import markdown

from generator.article.actors.records import ArticleActors, FoundActor, Location
from generator.article.records import Basis, Block, Cleaned, Draft, Metadata
from generator.article.summary import summary
from generator.article.theme_records import Evidence, ThemeScore
from generator.corpus.records import Article
from generator.knowledge.records import ActorType
from generator.render.annotate import Span, annotate
from generator.render.article import LINKS_PER_BLOCK, article_page, render_block

BODY = "Kataib Hezbollah said on Monday that the strike killed two commanders in Baghdad. " + " ".join(
    f"Officials gave further details in statement number {n} about the aftermath of the attack." for n in range(6)
)
SECRET = "Only the full text holds this sentence about the river crossing near the old bridge."


def _article(mode: str = "full", url: str | None = None, retrieved: dt.date | None = None) -> tuple[Article, Cleaned]:
    meta = Metadata(
        title="A <b>title</b>",
        source="Wire",
        authors=(),
        date=dt.date(2024, 2, 8),
        date_basis=Basis.EXPLICIT,
        language="en",
        url=url,
        retrieved=retrieved,
    )
    cleaned = Cleaned("t", (Block("paragraph", (BODY,)), Block("paragraph", (SECRET,))), ())
    actor = FoundActor(
        name="Kataib Hezbollah",
        slug="kataib-hezbollah",
        type=ActorType.ARMED_GROUP,
        discovered=False,
        mentions=1,
        spellings=("Kataib Hezbollah",),
        first=Location(0, 0, 0, 16),
        sentence=BODY,
    )
    draft = Draft(
        seed="a.txt",
        meta=meta,
        word_count=30,
        truncated=False,
        encoding="utf-8",
        found=ArticleActors((actor,)),
        theme_scores=(),
        incidents=(),
        events=(),
        signature=(),
        summary=summary(cleaned),
    )
    return Article(draft, "a", mode), cleaned


def test_reference_entries_keep_spaces_and_link_only_http_urls() -> None:
    block = Block("references", ("1. Doe, J. “Title.” https://example.org/a, 2024. javascript:alert(1) end",))
    md = render_block(block)
    assert md == ("1. Doe, J. “Title.” [https://example.org/a](https://example.org/a), 2024. javascript:alert(1) end")
    html = markdown.markdown(md)
    assert 'href="https://example.org/a"' in html and 'href="javascript' not in html


def test_first_mention_is_linked_and_title_markup_is_text() -> None:
    page = article_page(*_article())
    assert "[Kataib Hezbollah](../actors/kataib-hezbollah.md) said on Monday" in page
    assert "# A &lt;b&gt;title&lt;/b&gt;" in page
    assert "<b>" not in page


def test_annotate_puts_anchors_before_links_and_escapes_the_rest() -> None:
    text = "Iraq said [x]. The US agreed."
    out = annotate(text, [Span(0, 4, "iraq.md")], [(0, '<a id="ev-1"></a>'), (15, '<a id="ev-2"></a>')], block=True)
    assert out == '<a id="ev-1"></a>[Iraq](iraq.md) said &#91;x&#93;. <a id="ev-2"></a>The US agreed.'


def test_excerpt_mode_keeps_the_body_out() -> None:
    page = article_page(*_article(mode="excerpt", url="https://example.org/story"))
    assert SECRET not in page
    assert "## Summary" in page and "Excerpt only" in page
    assert "Original: [https://example.org/story](https://example.org/story)" in page


def test_original_and_retrieved_line() -> None:
    page = article_page(*_article(url="javascript:alert(1)", retrieved=dt.date(2024, 3, 1)))
    assert "Original:" not in page  # an unsafe URL is never linked
    assert "Retrieved 1 March 2024" in page


def _crowded() -> tuple[Article, Cleaned]:
    """Two paragraphs naming many actors; the first is the lead."""
    lead = "Kestrel and Lira sent envoys."
    second = "Kestrel, Ana Big, Bo Small, Cy Dock and Di Crane met; Lira watched."
    names = [("Kestrel", 0, 0), ("Lira", 0, 12), ("Ana Big", 1, 9), ("Bo Small", 1, 18),
             ("Cy Dock", 1, 28), ("Di Crane", 1, 40)]
    actors = tuple(
        FoundActor(name, name.lower().replace(" ", "-"), ActorType.PERSON, False, 2, (name,),
                   Location(block, 0, start, start + len(name)), "s")
        for name, block, start in names
    )
    article, _ = _article()
    draft = replace(article.draft, found=ArticleActors(actors), theme_scores=(
        ThemeScore("Port labour", "port-labour", 9.0, (Evidence("phrase", "strike", 3, 2.0),
                                                       Evidence("phrase", "union", 2, 1.0))),))
    cleaned = Cleaned("t", (Block("paragraph", (lead,)), Block("paragraph", (second,))), ())
    return replace(article, draft=draft), cleaned


def test_each_actor_is_linked_once_a_few_per_paragraph_and_common_ones_in_the_lead_only() -> None:
    article, body = _crowded()
    page = article_page(article, body, common=frozenset({"Kestrel", "Lira"}))
    lead = next(line for line in page.split("\n\n") if "sent envoys" in line)
    second = next(line for line in page.split("\n\n") if "watched" in line)
    assert lead.startswith("[Kestrel](../actors/kestrel.md) and [Lira](../actors/lira.md)")
    assert second.startswith("Kestrel, [Ana Big](../actors/ana-big.md), [Bo Small]")  # common: not linked again
    assert second.count("](../actors/") == LINKS_PER_BLOCK and "[Di Crane]" not in second
    actors = page.split("## Actors", 1)[1]
    assert "[Di Crane](../actors/di-crane.md)" in actors  # every actor is linked in the Actors section


def test_theme_evidence_and_the_seed_file_are_in_a_collapsed_note() -> None:
    article, body = _crowded()
    page = article_page(article, body)
    themes = page.split("## Themes", 1)[1].split("\n## ", 1)[0]
    assert "[Port labour](../themes/port-labour.md)" in themes and "strike ×3" not in themes.split("<details")[0]
    note = page.split("<details markdown>", 1)[1].split("</details>", 1)[0]
    assert "<summary>How Briefing made this page</summary>" in note
    assert "“a.txt”" in note and "strike ×3, union ×2" in note
    assert page.count("a.txt") == 2  # the note and the front matter's seed key, nowhere else


def test_provenance_names_the_outlet_and_the_original() -> None:
    page = article_page(*_article(url="https://news.example.org/story?id=1"))
    assert page.endswith(
        "*Provenance: published by **Wire**; original at "
        "[https://news.example.org/story?id=1](https://news.example.org/story?id=1). "
        "Cleaned by Briefing: 0 lines of page chrome removed.*\n"
    )
    article, body = _article(url="https://www.port-news.example/x")
    unknown = replace(article, draft=replace(article.draft, meta=replace(article.meta, source=None)))
    assert "published by an unidentified outlet (port-news.example)" in article_page(unknown, body)
