"""Saved pages' titles (issue 16): site names, kickers, agreeing sources and quotes, on examples of our own."""

from __future__ import annotations

import pytest

from generator.article.extract import extract_metadata
from generator.article.extract.title import undecorated
from generator.article.records import Role
from generator.read.html import parse
from generator.read.htmlmeta import headline_of
from generator.read.htmltitle import choose_title, chrome_test, site_names, strip_site, unchromed
from tests.kb import knowledge
from tests.test_extract_support import cleaned_lines

KB = knowledge()
BODY = "The harbour board said on Thursday that the new pier would open in the spring, after two years of work."


def h1(markup: str, *stated: str) -> str | None:
    tree = parse(f"<html><body>{markup}<p>{BODY}</p></body></html>")
    assert tree is not None
    return headline_of(next(tree.iter("h1")), KB.languages, stated)


def test_site_names_come_from_the_tags_and_the_host_name() -> None:
    names = site_names("Harbour Post", None, "https://www.harbourpost.example/2024/pier")
    assert names == ("Harbour Post", "harbourpost")
    assert site_names(None, "Quay Media", "https://news.quaymedia.co.example/a") == ("Quay Media", "news", "quaymedia")


def test_a_web_archive_copy_names_the_archived_site_not_the_archive() -> None:
    url = "https://web.archive.org/web/20190301120000/https://www.harbourpost.example/2019/pier"
    names = site_names(None, None, url)
    assert names == ("harbourpost",)
    assert strip_site("Pier reopens after storm - Harbourpost", names) == "Pier reopens after storm"


@pytest.mark.parametrize(
    ("title", "site", "expected"),
    [
        ("harbourpost.example » New pier opens", ("harbourpost",), "New pier opens"),  # the host's name, in front
        ("HPB - New pier opens to the public", "www.hpb.example", "New pier opens to the public"),  # "www." site
        ("New pier opens - Harbour Post Board (hpb) - HPB", ("Harbour Post Board", "hpb"), "New pier opens"),
    ],
)
def test_a_segment_naming_the_site_is_stripped(title: str, site: str | tuple[str, ...], expected: str) -> None:
    assert strip_site(title, site) == expected


def test_an_h1_that_mentions_the_site_name_is_still_a_headline() -> None:
    title = "Dead gulls under the pier: the answer | Gulls"
    assert choose_title((title,), ("Dead gulls under the pier",), ("Gulls",)) == "Dead gulls under the pier"
    assert choose_title(("Quay Times wins prize | Quay Times",), ("Quay Times wins prize",), ("Quay Times",)) == (
        "Quay Times wins prize"
    )


def test_a_logo_h1_naming_the_host_is_no_headline() -> None:
    cands = ("Harbourpost » Why the pier took ten years",)
    assert choose_title(cands, ("Harbourpost Blog",), ("harbourpost",)) == "Why the pier took ten years"


def test_a_stated_title_that_is_the_site_name_gives_way_to_the_h1() -> None:
    site = ("Pier Templates :: designs and more",)
    assert choose_title(site, ("New pier designs for the season",), site) == "New pier designs for the season"


def test_a_site_name_that_is_the_page_title_is_not_trusted() -> None:
    assert choose_title(("Pier opens - Harbour TV",), ("Pier opens",), ("Pier opens - Harbour TV",)) == "Pier opens"


def test_a_kicker_before_a_colon_gives_way_to_the_bare_headline_another_source_states() -> None:
    assert choose_title(("Harbour works: New pier opens",), ("New pier opens",), ()) == "New pier opens"
    assert choose_title(("Harbour works: New pier opens", "New pier opens"), (), ()) == "New pier opens"
    h1s = ("Old docks reopen", "Ferry timetable")  # two <h1>s: neither is the page's headline for sure
    assert choose_title(("Old docks : 8 February 2024, 11.41",), h1s, ()) == "Old docks : 8 February 2024, 11.41"
    assert choose_title(("Old docks : 8 February 2024, 11.41",), h1s[:1], ()) == "Old docks reopen"  # a lone <h1>
    assert choose_title(("Old docks reopen : 8 February 2024",), ("Old docks reopen",), ()) == "Old docks reopen"


def test_agreement_keeps_the_longest_shared_headline() -> None:
    headline = "Harbour works: New pier opens at last"
    assert choose_title((f"{headline} › Harbour Post",), (headline,), ()) == headline


def test_a_kicker_before_a_separator_in_the_h1_is_dropped_when_the_title_agrees() -> None:
    cands = ("New pier opens at last | Harbour Post",)
    assert choose_title(cands, ('"Finally" / New pier opens at last',), ("Harbour Post",)) == "New pier opens at last"


def test_repeated_h1s_do_not_agree_with_each_other() -> None:
    h1s = ("Read more: pier", "Read more: pier")
    assert choose_title(("Ferry strike ends - Harbour Post",), h1s, ("Harbour Post",)) == "Ferry strike ends"


def test_of_two_confirmed_h1s_the_one_the_stripped_titles_confirm_wins() -> None:
    cands = ("Gone fishing again", "Gone fishing again | A blog about boats")
    assert choose_title(cands, ("A blog about boats", "Gone fishing again"), ()) == "Gone fishing again"


def test_an_echo_confirms_an_h1_only_when_no_stated_title_does() -> None:
    h1s = ("Navigation and service", "Pier news of the week")
    assert choose_title(("Pier news of the week | Harbour Post",), h1s, (), "Navigation and service") == (
        "Pier news of the week"
    )
    assert choose_title(("Harbour Post - Ferry times",), ("Ferry timetable",), (), "Ferry timetable") == (
        "Ferry timetable"
    )


def test_an_h1_element_the_stated_title_leaves_out_is_dropped() -> None:
    roofline = "<h1><span>Pier works: what it costs and when</span> New pier opens to the public</h1>"
    assert h1(roofline) == "Pier works: what it costs and when New pier opens to the public"
    assert h1(roofline, "New pier opens to the public | Harbour Post") == "New pier opens to the public"
    subtitle = "<h1><span>New pier opens to the public</span> <span>Ten years of work and a long wait</span></h1>"
    assert h1(subtitle, "New pier opens to the public") == "New pier opens to the public"
    hidden = '<h1><div><span class="hidden">Headline:</span> New pier opens to the public</div></h1>'
    assert h1(hidden, "New pier opens to the public") == "New pier opens to the public"


def test_style_inside_an_h1_is_not_its_text() -> None:
    assert h1("<h1><style>.x{color:red}</style>New pier opens to the public</h1>") == "New pier opens to the public"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("»Pier opens«", "»Pier opens«"),
        ("« Pier opens »", "« Pier opens »"),
        ("*Update* Pier opens", "*Update* Pier opens"),
        ("» Pier opens", "Pier opens"),
        ("□ Pier opens", "Pier opens"),
        ("* Pier opens", "Pier opens"),
    ],
)
def test_an_opening_quote_closed_later_is_no_decoration(title: str, expected: str) -> None:
    assert undecorated(title) == expected


def test_a_quoted_text_title_keeps_its_quotes() -> None:
    m = extract_metadata(cleaned_lines(("»Pier opens at last«", Role.TITLE), (BODY, Role.BODY)), KB)
    assert m.title == "»Pier opens at last«"


def test_two_copies_of_a_title_with_the_site_name_agree_without_it() -> None:
    site = ("Quay Media - Harbour News",)
    cands = ("Pier opens at last | Quay Media - Harbour News",)
    echo = "Pier opens at last - Quay Media - Harbour News"
    assert choose_title(cands, ("Opinion",), site, echo) == "Pier opens at last"


def test_a_trailing_h1_element_a_stated_title_holds_is_kept() -> None:
    tail = '<h1>New pier opens at the harbour of <span class="caps">HPB</span></h1>'
    assert h1(tail) == "New pier opens at the harbour of"
    assert h1(tail, "New pier opens at the harbour of HPB - Quay Media") == "New pier opens at the harbour of HPB"
    roofline = "<h1><span>Harbour works</span> New pier opens to the public</h1>"
    assert h1(roofline, "Harbour works New pier opens to the public") == "New pier opens to the public"


CHROME = chrome_test(KB.languages)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Harbour Notes » Blog Archive » New pier opens", "Harbour Notes » New pier opens"),  # a blog's archive
        ("Neuer Steg eröffnet | Hafen | Forum | Hafenblatt", "Neuer Steg eröffnet | Hafen | Hafenblatt"),
        ("New pier opens : 06.11.2023, 11.41", "New pier opens"),  # a date alone after " : "
        ("Neuer Steg eröffnet : 06.11.2023, 11.41 Uhr", "Neuer Steg eröffnet"),
        ("23.01.2022 - New pier opens - Harbour Post", "New pier opens - Harbour Post"),
        ("Weekly report 3. - 9. June 2024 - HPB", "Weekly report 3. - 9. June 2024 - HPB"),  # a period
        ("harbour-post.net // » New pier opens", "New pier opens"),  # a host name
        ("New pier opens | harbour-post.net | Your harbour magazine", "New pier opens | Your harbour magazine"),
        ("Harbour: a story of the pier", "Harbour: a story of the pier"),  # a colon without a space before it
        ("Archive", "Archive"),  # nothing but chrome: left as it is
    ],
)
def test_chrome_segments_of_a_title_are_cut(title: str, expected: str) -> None:
    assert unchromed(title, CHROME) == expected


def test_a_blog_archive_segment_never_ends_up_in_the_headline() -> None:
    cands = ("Harbour Notes » Blog Archive » New pier opens to the public",)
    assert choose_title(cands, ("Harbour Notes",), ("harbournotes",), None, CHROME) == "New pier opens to the public"


def test_a_stated_title_cut_at_a_quote_gives_way_to_its_whole_copy() -> None:
    cands = ("Mayor calls the new pier", 'Mayor calls the new pier "a disgrace"')
    assert choose_title(cands, (), ()) == 'Mayor calls the new pier "a disgrace"'
    assert choose_title(("Pier opens", "Pier opens to the public"), (), ()) == "Pier opens"  # no quote: both stand


def test_a_lone_h1_no_title_confirms_is_the_headline_when_it_reads_as_one() -> None:
    title = ("Pier costs: what you pay | Harbour Post",)
    assert choose_title(title, ("How much does the new pier cost?",), ()) == "How much does the new pier cost?"
    assert choose_title(title, ("harbour-post.net",), ()) == "Pier costs: what you pay"  # a logo
    assert choose_title(title, ("piers boats harbour life",), ()) == "Pier costs: what you pay"  # a tag line
    assert choose_title(title, ("Harbour news",), ()) == "Pier costs: what you pay"  # too short
    two = ("How much does the new pier cost?", "Ferry timetable for the summer")
    assert choose_title(title, two, ()) == "Pier costs: what you pay"  # which one? the stated title


def test_of_two_stated_copies_that_agree_the_typeset_one_gives_the_wording() -> None:
    cands = ("Pier open May - June 2025", "Pier open May – June 2025 - harbour-post.net")
    assert choose_title(cands, (), (), None, CHROME) == "Pier open May – June 2025"
    assert choose_title(cands[::-1], (), (), None, CHROME) == "Pier open May – June 2025"


def test_a_site_name_after_a_spaced_colon_is_cut() -> None:
    site = site_names(None, None, "https://www.harbournotes.net/pier")
    assert choose_title(("New pier opens : Harbour Notes | Since 2005",), (), site) == "New pier opens"
    french = "Le port : une histoire du quai"  # a colon spaced the French way, no site name after it
    assert choose_title((french,), (), site) == french


def test_an_h1_and_a_title_that_share_only_a_first_half_give_the_whole_h1() -> None:
    h1s = ("Rent, lease or buy a boat – what is cheaper?",)
    assert choose_title(("Rent, lease or buy a boat – what pays off?",), h1s, ()) == h1s[0]
    assert choose_title(("Rent, lease or buy a boat | Harbour Post",), h1s, ()) == "Rent, lease or buy a boat"
