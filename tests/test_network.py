"""Who is named together: links above chance, a readable drawing, actor links, theme colours, text alternative."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from itertools import pairwise

from generator.corpus.prominence import MIN_LIFT, Link, common, distinctive, links, network, specificity
from generator.knowledge.records import ActorType
from generator.render.network import (
    FONT,
    LINE,
    WIDTH,
    Node,
    Picture,
    actor_url,
    layout,
    network_section,
    network_svg,
    picture,
    wrap,
)
from tests.reader_kit import COUNTRY, GROUP, PERSON, corpus, draft

SVG = "{http://www.w3.org/2000/svg}"
A, B, C, D = ("Ana Big", PERSON), ("Bo Small", PERSON), ("Cy Dock", GROUP), ("Di Crane", GROUP)
K = ("Kestrel", COUNTRY)


def _per_article() -> list[list[tuple[str, ActorType]]]:
    # A and B always together (3 articles); C and D each in half the articles, independently of each other.
    rows = [[A, B, C, K], [A, B, D, K], [A, B, C, D, K]]
    rows += [[C, K], [D, K], [K], [K], [C, D, K]]
    return rows


def test_specificity_discounts_what_every_article_names_and_countries() -> None:
    assert specificity(10, 10, ActorType.PERSON) == 0
    assert specificity(4, 10, ActorType.COUNTRY) < specificity(4, 10, ActorType.PERSON)
    ranked = [p.name for p in distinctive(_per_article())]
    assert "Kestrel" not in ranked  # named in every article
    assert ranked.index("Ana Big") < ranked.index("Cy Dock")  # 3 of 8 before 4 of 8: log(8/3) vs log(8/4)


def test_links_are_pairs_named_together_more_than_chance() -> None:
    found = {(link.a, link.b): link for link in links(_per_article(), distinctive(_per_article()))}
    assert ("Ana Big", "Bo Small") in found
    assert found[("Ana Big", "Bo Small")].together == 3
    assert found[("Ana Big", "Bo Small")].lift == 8 / 3
    assert ("Cy Dock", "Di Crane") not in found  # 2 of 8 together, 4 and 4 alone: exactly chance
    assert all(link.lift >= MIN_LIFT and link.together >= 2 for link in found.values())


def test_the_drawing_keeps_each_actor_s_strongest_links_only() -> None:
    # A hub linked to six actors, each of which is also linked to every other: a clique of seven.
    names = [f"N{i}" for i in range(7)]
    ranked = [Link(a, b, 2 + (a == "N0"), 2.0) for i, a in enumerate(names) for b in names[i + 1 :]]
    ranked.sort(key=lambda link: -link.strength)
    nodes, shown = network(ranked, max_nodes=5, max_links=100)
    assert len(nodes) == 5
    assert len(shown) < 5 * 4 // 2  # not every pair of the five
    degree = {n: sum(n in (link.a, link.b) for link in shown) for n in nodes}
    assert all(d >= 1 for d in degree.values())


def test_common_actors_are_those_in_three_quarters_of_the_articles() -> None:
    assert common(_per_article()) == {"Kestrel"}
    assert common([[A], [A]]) == frozenset()  # too few articles to say


def _pic() -> Picture:
    nodes = tuple(Node(name, f"n-{i}", ActorType.PERSON, 3) for i, name in enumerate(
        ["Ana Big", "Bo <script>alert(1)</script>", "Cy {{ config.site_name }} Dock", "Di & Crane"]))
    return Picture(nodes, (Link(nodes[0].name, nodes[1].name, 3, 2.5), Link(nodes[2].name, nodes[3].name, 2, 1.6)))


def test_every_node_is_a_link_to_its_actor_page_and_every_name_is_text() -> None:
    svg = network_svg(_pic(), actor_url(True))
    root = ET.fromstring(svg)  # well-formed XML
    hrefs = [a.get("href") for a in root.iter(f"{SVG}a")]
    assert hrefs == ["actors/n-0/", "actors/n-1/", "actors/n-2/", "actors/n-3/"]
    assert network_svg(_pic(), actor_url(False)).count('href="actors/n-0.html"') == 1
    assert "<script" not in svg and "{{" not in svg
    labels = ["".join(t.itertext()) for t in root.iter(f"{SVG}text")]
    assert any("<script>" in label for label in labels)  # shown as the text it is


def test_colours_come_from_the_theme_s_variables() -> None:
    svg = network_svg(_pic(), actor_url(True))
    assert "fill=\"#" not in svg and "stroke=\"#" not in svg  # no fixed colour outside the style sheet
    style = re.search(r"<style>(.*?)</style>", svg, re.S)
    assert style
    colours = re.findall(r"(?:fill|stroke):([^;}]+)", style.group(1))
    assert colours and all(c.startswith("var(--md-") for c in colours)
    standalone = network_svg(_pic(), actor_url(True), standalone=True)
    assert "@media (prefers-color-scheme:dark)" in standalone and "@media" not in svg


def test_labels_are_large_enough_on_a_phone_and_do_not_overlap() -> None:
    content_px = 350  # the content column of a 390 px wide page
    assert FONT * content_px / WIDTH >= 11
    for n in range(2, 13):
        spots, height = layout(n)
        assert all(0 < x < WIDTH and 0 < y < height for x, y in spots)
        for side in (True, False):
            ys = sorted(y for x, y in spots if (x >= WIDTH / 2) == side)
            assert all(b - a >= 2 * LINE for a, b in pairwise(ys)), (n, ys)
    assert wrap("Islamic Resistance in the Northern Provinces") == ["Islamic", "Resistance in…"]
    assert all(len(line) <= 17 for line in wrap("A very long single-word-name-without-spaces-at-all"))


def test_the_home_section_has_a_text_alternative_and_stays_out_of_search() -> None:
    rows = _per_article()
    drafts = [draft(f"a{i}", f"Report {i}", actors=actors) for i, actors in enumerate(rows)]
    section = "\n\n".join(network_section(picture(corpus(drafts))))
    assert '<div class="briefing-figure" data-search-exclude><svg class="briefing-network"' in section
    assert "- [Ana Big](actors/ana-big.md) and [Bo Small](actors/bo-small.md): named together in 3 articles" in section
    assert network_section(picture(corpus([draft("x", "Alone", actors=[A])]))) == []


def test_outlets_are_who_reports_not_whom_the_briefing_is_about() -> None:
    wire = ("Harbour Wire", ActorType.MEDIA_OUTLET)
    rows = [[A, wire, K], [A, wire, K], [B, wire, K], [B, K]]
    assert "Harbour Wire" not in [p.name for p in distinctive(rows)]


def _distinctive_counted_one_by_one(per_article: list[list[tuple[str, ActorType]]]) -> list[tuple[str, int, float]]:
    """``distinctive``'s counts made entry by entry (its first form), as (name, articles, score)."""
    counts: dict[str, int] = {}
    kinds: dict[str, ActorType] = {}
    for actors in per_article:
        for name, kind in set(actors):
            counts[name] = counts.get(name, 0) + 1
            kinds.setdefault(name, kind)
    ranked = [p for p in distinctive(per_article)]
    assert {p.name: p.articles for p in ranked} == {p.name: counts[p.name] for p in ranked}
    assert all(p.type is kinds[p.name] for p in ranked)
    return [(p.name, p.articles, p.score) for p in ranked]


def test_distinctive_counts_each_actor_once_per_article_and_keeps_its_first_type() -> None:
    rows = [*_per_article(), [A, A, ("Ana Big", GROUP), B]]  # a name twice, and once with a second type
    ranked = _distinctive_counted_one_by_one(rows)
    assert ("Bo Small", 4) in [(n, c) for n, c, _ in ranked]  # 4 articles, not 4 entries plus the repeat
    assert [n for n, _, _ in ranked] == [p.name for p in distinctive(rows)]  # deterministic order


def test_the_corpus_counts_its_article_actors_once_and_as_they_are() -> None:
    drafts = [draft(f"{i}.txt", f"Report {i}", actors=rows) for i, rows in enumerate(_per_article())]
    built = corpus(drafts)
    made = built.article_actors
    assert made is built.article_actors  # made once
    assert made == tuple(tuple((a.name, a.type) for a in art.draft.found.actors) for art in built.articles)
    assert picture(built) == picture(corpus(drafts))  # on a corpus that made them before and one that did not
    assert common(made) == {"Kestrel"}
