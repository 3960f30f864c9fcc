"""Unit tests of the cleaning rules, on small invented pages."""

from __future__ import annotations

from generator.article.clean import clean
from generator.article.records import Cleaned, Role
from tests.kb import knowledge

KB = knowledge()

P1 = (
    "The regional council approved the new water plan on Tuesday after a long debate "
    "that lasted well into the evening, according to officials who attended the meeting."
)
P2 = (
    "Farmers in the valley had asked for the plan for years, saying that the old canals "
    "were losing almost a third of the water before it reached their fields."
)
P3 = (
    "The council said the first works would start in the spring and that the cost would be "
    "shared between the region, the towns and a fund set up by the national government."
)
P4 = (
    "Opponents of the plan said they would appeal to the courts, arguing that the impact on "
    "the river had not been studied with enough care by the engineers of the council."
)
TITLE = "Valley council approves long-awaited water plan"


def page(*lines: str) -> str:
    """Join lines into a page with blank lines between paragraphs."""
    return "\n\n".join(lines)


def body_text(doc: Cleaned) -> str:
    """All block text of a cleaned page."""
    return "\n".join(item for block in doc.blocks for item in block.items)


def role_of(doc: Cleaned, text: str) -> tuple[Role, str]:
    """Role and reason of the first line equal to ``text``."""
    for line in doc.lines:
        if line.text == text:
            return line.role, line.reason
    raise AssertionError(f"no line {text!r}")


def test_keeps_title_and_all_paragraphs() -> None:
    doc = clean(page(TITLE, P1, P2, P3, P4), KB.boilerplate)
    assert doc.title == TITLE
    assert [b.items[0] for b in doc.blocks] == [P1, P2, P3, P4]
    assert role_of(doc, TITLE) == (Role.TITLE, "")


def test_nav_and_ad_lines_dropped() -> None:
    text = page("Skip to main content", "Home", "World", "Sport", "Advertisement", TITLE, P1, P2, "Advertisement", P3)
    doc = clean(text, KB.boilerplate)
    out = body_text(doc)
    assert "Advertisement" not in out and "Skip to" not in out
    assert role_of(doc, "Skip to main content")[0] is Role.BOILERPLATE
    assert P3 in out


def test_caption_and_credit_dropped() -> None:
    caption = "Workers repair a canal near the village of Santa Ana (Photo: Jane Roe/Getty Images)"
    doc = clean(page(TITLE, P1, caption, "Photo: John Doe", P2, P3), KB.boilerplate)
    assert role_of(doc, caption) == (Role.BOILERPLATE, "caption")
    assert role_of(doc, "Photo: John Doe")[0] is Role.BOILERPLATE
    assert P2 in body_text(doc)


def test_share_and_newsletter_prompts_dropped() -> None:
    prompts = ["Share on Facebook", "Share on Twitter", "Sign up for our daily newsletter", "Follow us on Instagram"]
    doc = clean(page(TITLE, P1, P2, *prompts, P3, P4), KB.boilerplate)
    out = body_text(doc)
    for prompt in prompts:
        assert prompt not in out
    assert P4 in out


def test_related_headline_list_dropped() -> None:
    heads = ["Mayor opens new bridge over the river", "Storm damages roofs in the north", "Local team wins cup"]
    doc = clean(page(TITLE, P1, P2, P3, P4, "You may also like", *heads), KB.boilerplate)
    out = body_text(doc)
    assert all(h not in out for h in heads)
    assert P4 in out


def test_related_block_inside_body_dropped_and_body_continues() -> None:
    doc = clean(page(TITLE, P1, P2, "Related", "Mayor opens new bridge over the river", P3, P4), KB.boilerplate)
    out = body_text(doc)
    assert "Mayor opens" not in out
    assert P3 in out and P4 in out


def test_footer_copyright_disclosure_cookie_dropped() -> None:
    footer = [
        "Disclaimer",
        "The views expressed by contributors do not necessarily reflect those of the publisher.",
        "© 2024 Example Media Group. All rights reserved.",
        "We use cookies to improve your experience on our site.",
        "Contact us: +44 20 7946 0000",
    ]
    doc = clean(page(TITLE, P1, P2, P3, P4, *footer), KB.boilerplate)
    out = body_text(doc)
    assert all(f not in out for f in footer)
    assert role_of(doc, footer[2])[0] is Role.BOILERPLATE


def test_cookie_banner_at_top_dropped() -> None:
    banner = "This website uses cookies to give you the best experience. Accept all"
    doc = clean(page(banner, TITLE, P1, P2, P3), KB.boilerplate)
    assert banner not in body_text(doc)
    assert doc.title == TITLE


def test_embedded_tweet_removed_and_sentence_rejoined() -> None:
    host = "The minister thanked the volunteers who cleaned the river banks and"
    tweet = "What a day on the river with these heroes! #cleanup pic.twitter.com/abc123"
    attribution = "— Jo Bloggs (@jobloggs) March 3, 2023 promised more money for the project next year."
    doc = clean(page(TITLE, P1, P2, host, tweet, attribution, P3), KB.boilerplate)
    out = body_text(doc)
    assert "heroes" not in out and "@jobloggs" not in out
    assert f"{host} promised more money for the project next year." in out
    assert role_of(doc, tweet)[0] is Role.EMBED
    assert role_of(doc, attribution)[0] is Role.EMBED


def test_translation_notice_dropped() -> None:
    for notice in ("Translated by Google", "Переведено сервисом «Яндекс Переводчик»"):
        doc = clean(page(TITLE, P1, P2, P3, notice), KB.boilerplate)
        assert notice not in body_text(doc)
        assert role_of(doc, notice)[0] is Role.BOILERPLATE


def test_read_more_insert_dropped() -> None:
    insert = "Read more: Drought hits farmers hard for the third year"
    also = "Read also: Why the river is drying up"
    doc = clean(page(TITLE, P1, insert, P2, also, P3), KB.boilerplate)
    out = body_text(doc)
    assert insert not in out and also not in out
    assert P2 in out and P3 in out


def test_widget_labels_in_other_language_dropped() -> None:
    doc = clean(page("Фото", TITLE, "Озвучить текст", P1, P2, "Фото", P3), KB.boilerplate)
    assert "Фото" not in body_text(doc)
    assert role_of(doc, "Озвучить текст")[0] is Role.BOILERPLATE


def test_reference_list_kept_with_urls() -> None:
    refs = [
        "  1. Smith, Ann. “Water in the valley.” Rivers Journal, 2021. https://example.org/water",
        "  2. Ibid, 1.",
        "  3. Lee, Bo. “Canals and crops.” https://example.net/canals.html",
    ]
    doc = clean(page(TITLE, P1, P2, P3, "Sources", *refs, "Share on Facebook"), KB.boilerplate)
    ref_blocks = [b for b in doc.blocks if b.kind == "references"]
    assert len(ref_blocks) == 1
    items = ref_blocks[0].items
    assert len(items) == 3
    assert "https://example.org/water" in items[0]
    assert items[1] == "Ibid, 1."
    assert role_of(doc, refs[0].strip())[0] is Role.REFERENCE


def test_subheading_list_quote_table_kept() -> None:
    items = ["  • Canals will be lined with concrete.", "  • Pumps will run on solar power.", "  • Farms get meters."]
    quote = "> We have waited for this plan for twenty years, and now the work can finally begin."
    rows = ["Town\tShare", "Santa Ana\t40%", "Riverside\t60%"]
    doc = clean(
        page(TITLE, P1, "What happens next", P2, "\n".join(items), quote, P3, "\n".join(rows), P4),
        KB.boilerplate,
    )
    kinds = [b.kind for b in doc.blocks]
    assert "heading" in kinds and "list" in kinds and "quote" in kinds and "table" in kinds
    heading = next(b for b in doc.blocks if b.kind == "heading")
    assert heading.items == ("What happens next",)
    lst = next(b for b in doc.blocks if b.kind == "list")
    assert lst.items[1] == "Pumps will run on solar power."
    table = next(b for b in doc.blocks if b.kind == "table")
    assert table.items[1] == "Santa Ana\t40%"


def test_title_preferred_over_slogan_and_section_label() -> None:
    doc = clean(
        page("Your window on the valley.", "Politics", TITLE, "By Ann Smith March 3, 2023", P1, P2, P3),
        KB.boilerplate,
    )
    assert doc.title == TITLE
    assert role_of(doc, "By Ann Smith March 3, 2023")[0] is Role.META


def test_duplicate_title_counted_once() -> None:
    doc = clean(page(TITLE, TITLE, P1, P2, P3), KB.boilerplate)
    assert doc.title == TITLE
    assert all(TITLE not in item for b in doc.blocks for item in b.items)
    assert [line.role for line in doc.lines if line.text == TITLE] == [Role.TITLE, Role.TITLE]


def test_meta_lines() -> None:
    doc = clean(page(TITLE, "3 min read", "07 March, 2023", "SANTA ANA (Reuters) -", P1, P2, P3), KB.boilerplate)
    for meta in ("3 min read", "07 March, 2023", "SANTA ANA (Reuters) -"):
        assert role_of(doc, meta)[0] is Role.META


def test_every_nonblank_line_reported_in_order() -> None:
    text = page("Menu", TITLE, P1, "Advertisement", P2)
    doc = clean(text, KB.boilerplate)
    numbers = [line.number for line in doc.lines]
    assert numbers == sorted(numbers)
    raw = text.split("\n")
    assert [raw[n - 1].strip() for n in numbers] == [line.text for line in doc.lines]
    assert len(doc.lines) == sum(1 for r in raw if r.strip())
    dropped = [line for line in doc.lines if line.role is Role.BOILERPLATE]
    assert dropped and all(line.reason for line in dropped)


def test_degenerate_inputs() -> None:
    assert clean("", KB.boilerplate) == Cleaned(None, (), ())
    assert clean("\n\n\n", KB.boilerplate).blocks == ()
    long_line = "word " * 20_000
    assert clean(long_line, KB.boilerplate).lines[0].number == 1
    clean("\x00\x01\x1b[31m\u2028\r\x0c", KB.boilerplate)
