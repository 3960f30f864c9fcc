"""Unit tests of the sentence-level chrome, figure, title and script rules, on invented pages."""

from __future__ import annotations

from generator.article.clean import clean, features, promos, shapes
from generator.article.records import Role
from tests.kb import knowledge
from tests.test_clean import P1, P2, P3, P4, TITLE, body_text, page, role_of

KB = knowledge()


def test_pitch_paragraphs_dropped() -> None:
    pitches = [
        "Get the morning briefing on your phone: download our free app for iOS and Android today.",
        "To keep reading this story and every other story on the site, please subscribe today. "
        "A subscription costs less than a coffee a week and it supports local reporting.",
        "We may earn an affiliate commission when you buy through the links on this page.",
        "Your browser is out of date and JavaScript is turned off, so this site may not work well.",
    ]
    for pitch in pitches:
        assert promos.is_pitch(pitch), pitch
    doc = clean(page(TITLE, P1, P2, pitches[0], P3, pitches[1], P4, pitches[2]), KB.boilerplate)
    out = body_text(doc)
    assert all(p not in out for p in pitches[:3])
    assert role_of(doc, pitches[1]) == (Role.BOILERPLATE, "promo")
    assert P3 in out and P4 in out


def test_pitch_words_in_reported_speech_or_one_topic_kept() -> None:
    kept = [
        "The company said its app, available for iOS and Android, now has two million subscribers.",
        "The bank offers a mobile app on both the iOS and Android platforms.",
        "The shop advertised the design on Instagram before the launch.",
    ]
    assert not any(promos.is_pitch(k) for k in kept)
    doc = clean(page(TITLE, P1, kept[1], P2, kept[2], P3), KB.boilerplate)
    assert kept[1] in body_text(doc) and kept[2] in body_text(doc)


def test_author_bio_dropped_when_name_is_a_byline() -> None:
    bio = "Ann Smith is a reporter who covers farming and water policy for the paper since 2015."
    doc = clean(page(TITLE, "By Ann Smith", P1, P2, P3, P4, bio), KB.boilerplate)
    assert role_of(doc, bio) == (Role.BOILERPLATE, "author-bio")
    assert P4 in body_text(doc)


def test_bio_shaped_sentence_about_subject_kept() -> None:
    line = "Pedro Alves is a farmer who has grown rice in the valley for thirty years, like his father."
    doc = clean(page(TITLE, "By Ann Smith", P1, line, P2, P3), KB.boilerplate)
    assert line in body_text(doc)
    names = [(0, "pedro alves", False)]  # a name line far away is a heading, not an author box
    assert not promos.is_bio(line, 40, names)
    assert promos.is_bio(line, 5, names)


def test_caption_between_image_and_credit_dropped() -> None:
    caption = "Farmers inspect the new canal gates near the village of Santa Ana on Monday."
    figure = f"[canal-photo-1]\n{caption}\nPhoto: Jane Roe"
    doc = clean(page(TITLE, P1, figure, P2, P3), KB.boilerplate)
    assert role_of(doc, caption) == (Role.BOILERPLATE, "caption")
    assert P2 in body_text(doc)


def test_caption_after_image_with_position_words_dropped() -> None:
    caption = "The mayor (left) talks with engineers about the works at the river dam this week."
    doc = clean(page(TITLE, P1, f"[dam-visit]\n{caption}", P2, P3), KB.boilerplate)
    assert role_of(doc, caption)[1] == "caption"


def test_first_paragraph_after_image_kept() -> None:
    doc = clean(page(TITLE, f"[valley-photo]\n{P1}", P2, P3), KB.boilerplate)
    assert P1 in body_text(doc)


def test_caption_repeated_without_its_credit_dropped() -> None:
    short = "Workers line the old canal with concrete slabs near the town."
    doc = clean(page(TITLE, P1, short, f"{short} Photograph: Jane Roe/Getty Images", P2, P3), KB.boilerplate)
    assert short not in body_text(doc)
    assert role_of(doc, short)[1] == "caption"


def test_inline_credit_after_sentence_is_caption() -> None:
    assert shapes.is_caption("The new dam will hold water for the dry season.Credit: Jane Roe/Agency")
    assert not shapes.is_caption("He listed three things: water, roads and schools.")


def test_newsletter_box_blurb_dropped() -> None:
    blurb = "The week's most important farming stories, picked by our editors."
    box = f"Get our weekly Valley newsletter\n\n{blurb}\n\n[                    ]\nSign up"
    doc = clean(page(TITLE, P1, P2, P3, box, P4), KB.boilerplate)
    assert role_of(doc, blurb) == (Role.BOILERPLATE, "promo")
    assert P4 in body_text(doc)


def test_long_comments_heading_ends_body() -> None:
    head = "12 responses to “Valley council approves the long-awaited water plan at last”"
    doc = clean(
        page(TITLE, P1, P2, P3, head, "Jo says:", "I live by the canal and it floods every spring, so thanks."),
        KB.boilerplate,
    )
    assert head not in body_text(doc)
    assert "Jo says" not in body_text(doc)


def test_headline_chosen_over_deck_below_it() -> None:
    deck = "Farmers have waited years for the plan that will line the old canals and save the river"
    doc = clean(page("Home", "News", TITLE, deck, "By Ann Smith", P1, P2, P3), KB.boilerplate)
    assert doc.title == TITLE
    assert role_of(doc, deck)[0] is Role.BODY  # the standfirst is kept without final punctuation


def test_menu_item_repeat_not_taken_for_headline() -> None:
    menu = "  • Valley Morning Show\n  • Sport\n  • Weather"
    doc = clean(page(menu, "Valley Morning Show", "March 3, 2023", TITLE, P1, P2, P3), KB.boilerplate)
    assert doc.title == TITLE


def test_lead_in_sentence_ending_with_colon_kept() -> None:
    lead = "Asked about the cost of the works, the mayor of the valley town told the council:"
    doc = clean(page(TITLE, P1, lead, "https://example.org/council-minutes", P2, P3), KB.boilerplate)
    assert lead in body_text(doc)


def test_entity_escaped_copy_marks_repeated_headline() -> None:
    other = "Mayor&#39;s plan for the river faces a vote in the council next week"
    doc = clean(page(TITLE, P1, P2, other, other, other.replace("&#39;", "'"), P3, P4), KB.boilerplate)
    assert "Mayor's plan" not in body_text(doc)


def test_cjk_sentence_counts_characters_as_words() -> None:
    line = features.analyse(0, "・必ず複数の係員で川の水位を確認してから作業を始める。", KB.boilerplate)
    assert line.nwords >= 10 and line.final and line.stop >= 0.3
    ascii_line = features.analyse(0, "Menu", KB.boilerplate)
    assert ascii_line.nwords == 1


def test_breadcrumb_trail_gives_its_last_segment_as_title() -> None:
    from generator.article.clean.title import strip_breadcrumb

    assert strip_breadcrumb("You are here: Home » World » Floods close schools across the region") == (
        "Floods close schools across the region"
    )
    assert (
        strip_breadcrumb("Home > News > Ministers meet in the capital today") == "Ministers meet in the capital today"
    )
    assert strip_breadcrumb("Why price > value for most buyers") == "Why price > value for most buyers"
    assert strip_breadcrumb("Markets › live") == "Markets › live"  # too short to be a headline


WRAPPED = (
    "The council met on Tuesday evening to decide how the new canal would be paid for, and\n"
    "which of the farms along the river would get their water first once the gates are\n"
    "opened next spring, after a debate that went on for most of the night and left\n"
    "several members of the public waiting in the hall until it was over."
)


def test_hard_wrapped_paragraph_is_prose() -> None:
    infos = [features.analyse(k, line, KB.boilerplate) for k, line in enumerate(WRAPPED.split("\n"))]
    assert all(i.quality is features.Quality.SHORT for i in infos[:-1])  # each line alone reads as a fragment
    assert {k for k, _ in features.rewrap(infos)} == {0, 1, 2, 3}
    assert all(q is features.Quality.GOOD for _, q in features.rewrap(infos))
    doc = clean(page(TITLE, "A short note on the plan.", WRAPPED, "See also: the river map"), KB.boilerplate)
    out = body_text(doc)
    assert "which of the farms along the river would get their water first" in out


def test_adjacent_menu_and_title_lines_are_not_a_wrapped_paragraph() -> None:
    menu = "Home page of the valley news\nWeather and farming reports\nSport and local events\nContact the editors"
    infos = [features.analyse(k, line, KB.boilerplate) for k, line in enumerate(menu.split("\n"))]
    assert features.rewrap(infos) == []  # no line break falls inside a sentence
    sentences = "The plan was approved.\nIt costs four million.\nWork starts in May."
    infos = [features.analyse(k, line, KB.boilerplate) for k, line in enumerate(sentences.split("\n"))]
    assert features.rewrap(infos) == []  # whole short sentences, each on its own line


def test_text_above_view_this_post_header_is_not_the_post() -> None:
    before = (
        "The singer shared a photo from the concert with her fans, and the band posted one of their own "
        "from the same evening on the following morning."
    )
    post = "Great night with the best fans in town"
    after = "The photo shows the singer on stage with the band during the last song of the evening."
    text = page(TITLE, P1, P2, before, "View this post on Instagram", post,
                "A post shared by The Band (@theband) on Jun 16, 2019 at 7:30am PDT", after, P3)
    doc = clean(text, KB.boilerplate)
    out = body_text(doc)
    assert before in out and after in out
    assert post not in out and "View this post" not in out
    assert role_of(doc, post)[0] is Role.EMBED


def test_cookie_consent_notice_is_chrome() -> None:
    notice = [
        "This website stores small cookies on the computer to give you the most relevant experience by "
        "remembering your preferences and repeat visits, and to measure how the pages are read every day.",
        "You can turn the cookies off at any time in the browser, but some parts of the site may then "
        "stop working as they should, and the choices you make on the pages cannot be stored.",
    ]
    assert all(KB.boilerplate.is_consent(line) for line in notice)
    doc = clean(page(TITLE, P1, P2, *notice, P3, P4), KB.boilerplate)
    assert role_of(doc, notice[0]) == (Role.BOILERPLATE, "consent")
    assert all(role_of(doc, line)[0] is Role.BOILERPLATE for line in notice)  # the second is a pitch as well
    assert P4 in body_text(doc)


def test_one_line_about_cookies_or_a_cookie_recipe_is_kept() -> None:
    law = (
        "The new rules say a website must ask before it stores a cookie, and the regulator will check "
        "the largest sites in the country first, starting with the banks and the shops in the spring."
    )
    recipe = (
        "Bake the cookies for twelve minutes until the edges turn golden, then let them cool on a rack "
        "for half an hour before the children are allowed to eat them with a glass of milk."
    )
    assert KB.boilerplate.is_consent(law) and not KB.boilerplate.is_consent(recipe)
    doc = clean(page(TITLE, P1, law, P2, recipe, P3), KB.boilerplate)
    out = body_text(doc)
    assert law in out and recipe in out


def test_closing_paragraph_addressing_the_reader_is_kept_but_an_appeal_is_not() -> None:
    howto = (
        "If you prefer a lighter dish, you can leave out the cream and add a little more stock, "
        "which keeps the sauce smooth and gives you a soup that is just as filling on a cold day."
    )
    appeal = (
        "We want to hear what you think about this story: write to our letters desk and tell us "
        "how the new plan will change the valley where you live and work."
    )
    assert not shapes.is_promo(howto) and shapes.is_promo(appeal)
    out = body_text(clean(page(TITLE, P1, P2, P3, howto), KB.boilerplate))
    assert howto in out
    out = body_text(clean(page(TITLE, P1, P2, P3, appeal), KB.boilerplate))
    assert appeal not in out and P3 in out


def test_minified_script_lines_are_junk_but_code_quoted_in_prose_is_not() -> None:
    script = (
        "function(e,t){if(!e)throw new Error(\"no node\");var n=e.getAttribute(\"data-id\")||\"\";"
        "return t&&t.length>0?n.split(\";\").map(function(r){return r.trim()}):[]};window.q=window.q||[];"
    )
    assert shapes.is_script(script) and shapes.is_junk(script)
    quoted = "To open the file, call open(path, mode) and read it with f.read(); the manual explains the modes."
    assert not shapes.is_script(quoted)
    assert not shapes.is_script("client = socket.socket(socket.AF_INET, socket.SOCK_STREAM)")
    doc = clean(page(TITLE, script, script.replace("e,t", "a,b"), script.replace("q", "z"), P1, P2, P3), KB.boilerplate)
    assert script not in body_text(doc) and P1 in body_text(doc)


def test_teaser_labels_inside_the_body_are_dropped_with_their_teaser() -> None:
    for label in ("Auch lesen:", "Te puede interesar:", "See also:", "Zobacz również"):
        teaser = "Mayor opens the new bridge over the river"
        doc = clean(page(TITLE, P1, P2, label, teaser, P3, P4), KB.boilerplate)
        out = body_text(doc)
        assert label.rstrip(":") not in out and teaser not in out, label
        assert role_of(doc, label) == (Role.BOILERPLATE, "related")
        assert P3 in out and P4 in out


def test_line_broken_quote_inside_the_body_is_kept_but_a_short_menu_is_not() -> None:
    verse = (
        "The river runs along the valley floor\n"
        "And every farm is waiting for the rain\n"
        "We built the gates so we could wait no more"
    )
    menu = "Home\nNews\nSport\nWeather"
    doc = clean(page(TITLE, P1, "The song goes like this", verse, P2, menu, P3, P4), KB.boilerplate)
    out = body_text(doc)
    assert all(line in out for line in verse.split("\n"))
    assert not any(line in out.split("\n") for line in menu.split("\n"))
    assert P4 in out


def test_code_lines_read_as_code_but_prose_and_menus_do_not() -> None:
    for code in (
        "cfg = load_settings(path)",
        "$ make deploy --target staging",
        '"retries": 3,',
        "FROM alpine:3.18",
        "# install the tools first",
        "git config --global user.name",
    ):
        assert shapes.is_code(code), code
    for text in (
        "The meeting starts at 10:30 on Tuesday.",
        "Home",
        "Follow the desk on social media @city_desk",
        "Stand: 12.03.2020",
        "The function load_settings() reads the file once and keeps the values for the rest of the run.",
    ):
        assert not shapes.is_code(text), text


def test_code_block_between_paragraphs_stays_in_the_article() -> None:
    block = "import json\nwith open(path) as f:\n    data = json.load(f)\nprint(data['name'])"
    lead = "The loader is short enough to show whole, and it needs nothing but the standard library:"
    after = (
        "After that change the service read its settings once at start, and the slow requests that "
        "the team had seen every morning were gone from the logs within a day of the release."
    )
    more = (
        "The same approach works for any file the service needs often, as long as it does not change "
        "while the service runs, which was true of every settings file the team looked at in the end."
    )
    doc = clean(page(TITLE, P1, lead, block, after, more), KB.boilerplate)
    out = body_text(doc)
    assert all(line.strip() in out for line in block.split("\n"))
    assert after in out and more in out and P1 in out
    assert role_of(doc, "import json") == (Role.BODY, "")


def test_menu_after_the_article_is_no_code_block() -> None:
    menu = "Home\nNews\nSport\nContact us"
    doc = clean(page(TITLE, P1, P2, P3, menu), KB.boilerplate)
    assert not any(line in body_text(doc).split("\n") for line in menu.split("\n"))
    assert not features.code_lines(features_of(menu))


def features_of(text: str) -> list[features.Info]:
    """Per-line features of ``text`` (no phrases needed for the code shapes)."""
    return [features.analyse(i, raw, KB.boilerplate) for i, raw in enumerate(text.split("\n"))]


def test_amount_items_read_as_amounts_but_other_items_do_not() -> None:
    for item in ("• 200 g flour", "• 1 1/2 cups milk", "• 1-2 tbsp water", "• ½ TL Salz", "• 3 eggs"):
        assert shapes.is_amount(item), item
    for item in ("• Home", "• 2019 (5)", "• Sport", "• Contact us"):
        assert not shapes.is_amount(item), item


def test_ingredient_list_before_the_method_is_kept() -> None:
    items = "• 200 g flour\n• 2 eggs\n• 1 1/2 cups milk\n• 1 pinch of salt\n• Butter for the pan"
    method = (
        "Whisk the flour, the eggs and half of the milk into a smooth batter, then add the rest of "
        "the milk and the salt and leave the batter to rest for half an hour before you start."
    )
    doc = clean(page(TITLE, "Ingredients", items, "Method", method, P1, P2), KB.boilerplate)
    out = body_text(doc)
    assert all(item[2:] in out for item in items.split("\n"))
    assert role_of(doc, "• 200 g flour") == (Role.LIST_ITEM, "")
    assert method in out


def test_far_or_short_lists_of_numbers_stay_chrome() -> None:
    menu = "• Home\n• News\n• 24 hours\n• Sport"
    doc = clean(page(menu, TITLE, P1, P2, P3), KB.boilerplate)
    assert "24 hours" not in body_text(doc)


def test_label_value_facts_inside_the_body_are_kept_but_a_menu_is_not() -> None:
    facts = ["Jacket: Northfold", "Scarf: Lenwood", "Boots: Arrowby"]
    menu = "Home\nNews\nSport\nWeather"
    doc = clean(page(TITLE, P1, *facts, P2, menu, P3, P4), KB.boilerplate)
    out = body_text(doc)
    assert all(f in out for f in facts)
    assert role_of(doc, "Scarf: Lenwood") == (Role.BODY, "")
    assert not any(line in out.split("\n") for line in menu.split("\n"))


def test_headlines_with_a_colon_are_no_fact_list() -> None:
    teasers = ["Best of the test: bikes", "Live from the stadium: scores", "Weather"]
    doc = clean(page(TITLE, P1, P2, *teasers, P3, P4), KB.boilerplate)
    out = body_text(doc).split("\n")
    assert not any(t in out for t in teasers[:2])  # labels of three words and more: headlines
    assert role_of(doc, teasers[0]) == (Role.BOILERPLATE, "short-nav")


def test_paragraph_numbers_in_brackets_are_kept() -> None:
    items = [f"[{k}] {p}" for k, p in enumerate((P1, P2, P3), start=1)]
    doc = clean(page(TITLE, *items, P4), KB.boilerplate)
    out = body_text(doc)
    assert all(item in out for item in items)
