"""Feeds (issue 19): feeds.yml validation, topic words, RSS and Atom, conditional requests, the fetch command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from generator.cli import main
from generator.fetch.errors import Failure, FetchError
from generator.fetch.feeds import Feed, FeedsError, load_feeds, parse_feeds
from generator.fetch.items import feed_items
from generator.fetch.topic import topic_of
from generator.knowledge import load_knowledge
from generator.knowledge.registry_index import Registry
from tests.conftest import ROOT
from tests.fetch_helpers import article_html
from tests.webserver import LocalWeb, Reply, Request


def rss(*items: tuple[str, str, str]) -> bytes:
    """An RSS 2.0 feed of (title, link, description) items; descriptions are escaped HTML, as usual."""
    body = "".join(
        f"<item><title>{t}</title><link>{link}</link><description>&lt;p&gt;{d}&lt;/p&gt;</description></item>"
        for t, link, d in items
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Gazette</title>{body}</channel></rss>'.encode()


def atom(*items: tuple[str, str, str]) -> bytes:
    """An Atom feed of (title, link, summary) entries."""
    body = "".join(
        f'<entry><title>{t}</title><link rel="alternate" href="{link}"/><id>{link}</id><summary>{s}</summary></entry>'
        for t, link, s in items
    )
    return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>'
            f"{body}</feed>").encode()


# --- feeds.yml -------------------------------------------------------------------------------------


def test_feeds_yml_is_read(tmp_path: Path) -> None:
    (tmp_path / "feeds.yml").write_text(
        "- url: https://news.example.org/rss\n  name: Example Gazette\n  include: [flood, Port Authority]\n"
        "- url: https://wire.example.net/atom.xml\n  exclude: [football]\n",
        encoding="utf-8",
    )
    assert load_feeds(tmp_path) == (
        Feed("https://news.example.org/rss", "Example Gazette", ("flood", "Port Authority")),
        Feed("https://wire.example.net/atom.xml", "wire.example.net", (), ("football",)),
    )
    assert load_feeds(tmp_path / "absent") == ()


def test_every_problem_names_file_feed_and_field(tmp_path: Path) -> None:
    data = yaml.safe_load(
        "- url: ftp://files.example.org/feed\n"
        "- name: No address\n"
        "- url: https://news.example.org/rss\n  include: flood\n  colour: blue\n"
        "- url: https://news.example.org/rss\n"
        "- just a string\n"
    )
    with pytest.raises(FeedsError) as info:
        parse_feeds(data, "briefing/feeds.yml")
    problems = info.value.problems
    assert problems == [
        "briefing/feeds.yml: feed 1 (ftp://files.example.org/feed): field 'url' is required and must be an absolute "
        "http(s) URL",
        "briefing/feeds.yml: feed 2: field 'url' is required and must be an absolute http(s) URL",
        "briefing/feeds.yml: feed 3 (https://news.example.org/rss): unknown field 'colour'; allowed: url, name, "
        "include, exclude",
        "briefing/feeds.yml: feed 3 (https://news.example.org/rss): field 'include' must be a list of words or "
        "phrases, e.g. [flood, Port Authority]",
        "briefing/feeds.yml: feed 5: must be a mapping with at least 'url'",
    ]
    with pytest.raises(FeedsError, match="must be a list of feeds"):
        parse_feeds({"feeds": []}, "briefing/feeds.yml")


def test_duplicate_feed_and_bad_yaml(tmp_path: Path) -> None:
    with pytest.raises(FeedsError, match=r"feed 2 \(https://a.example/rss\): the same URL as feed 1"):
        parse_feeds([{"url": "https://a.example/rss"}, {"url": "https://a.example/rss"}], "feeds.yml")
    (tmp_path / "feeds.yml").write_text("- url: [unclosed\n", encoding="utf-8")
    with pytest.raises(FeedsError, match=r"feeds\.yml: is not valid YAML"):
        load_feeds(tmp_path)


# --- topic words ------------------------------------------------------------------------------------


def test_include_and_exclude_words() -> None:
    topic = topic_of(Feed("https://x.example/rss", "x", ("flood", "port authority"), ("football",)))
    assert topic.verdict("Floods close roads", "") is not None, "whole words only: 'floods' is not 'flood'"
    assert topic.verdict("River FLOOD warning", "") is None, "case does not matter"
    assert topic.verdict("New chief", "<p>The Port Authority’s board met.</p>") is None, "phrase in the summary"
    assert topic.verdict("Passport authority opens office", "") is not None
    assert topic.verdict("Flood hits football ground", "") == "excluded by 'football'"
    assert "none of the include words" in (topic.verdict("Markets rally", "Shares rose.") or "")
    anything = topic_of(Feed("https://x.example/rss", "x"))
    assert anything.verdict("Markets rally", "") is None, "no include words: every item is on topic"


def _actor_with_alias(registry: Registry) -> tuple[str, str]:
    """An actor's name and another spelling of it from the registry (no context-guarded alias)."""
    from generator.text.tokens import fold_phrase

    for entry in registry.entries:
        for alias in entry.aliases:
            letters = [c for c in alias.text if c.isalpha()]
            shared = set(fold_phrase(alias.text)) & set(fold_phrase(entry.name))
            if not alias.context and not all(c.isupper() for c in letters) and not shared:
                return entry.name, alias.text
    raise AssertionError("the registry has no plain alias")


def test_an_actor_named_in_include_matches_its_other_spellings() -> None:
    registry = load_knowledge(ROOT / "briefing").registry
    name, alias = _actor_with_alias(registry)
    topic = topic_of(Feed("https://x.example/rss", "x", (name,)), registry)
    assert topic.verdict(f"Talks with {alias} resume", "") is None
    assert topic_of(Feed("https://x.example/rss", "x", (name,))).verdict(f"Talks with {alias} resume", "") is not None
    excluded = topic_of(Feed("https://x.example/rss", "x", (), (alias,)), registry)
    assert excluded.verdict(f"{name} statement", "") == f"excluded by {alias!r}"


def test_short_capital_aliases_match_only_in_capitals() -> None:
    """An acronym the registry adds ("UN"-like) is matched in capitals only, so it does not fire on an
    ordinary word; the owner's own words are matched in any case."""
    registry = load_knowledge(ROOT / "briefing").registry
    for entry in registry.entries:
        spellings = [entry.name, *(a.text for a in entry.aliases if not a.context)]
        short = [s for s in spellings if s.isalpha() and s.isupper() and len(s) <= 3
                 and sum(x.casefold() == s.casefold() for x in spellings) == 1]
        long = [s for s in spellings if len(s.split()) > 1 and short
                and short[0].casefold() not in s.casefold().split()]
        if short and long:
            break
    else:
        pytest.skip("the registry has no actor with a short capital alias")
    topic = topic_of(Feed("https://x.example/rss", "x", (long[0],)), registry)
    assert topic.verdict(f"Statement by the {short[0]}", "") is None
    assert topic.verdict(f"statement by the {short[0].lower()}", "") is not None


# --- feed items -------------------------------------------------------------------------------------


def test_rss_and_atom_items_with_relative_links() -> None:
    items = feed_items(rss(("Flood barrier", "/news/a", "Approved &amp;amp; funded"), ("No link", "", "")),
                       "https://news.example.org/feed.xml")
    assert [(i.link, i.title) for i in items] == [("https://news.example.org/news/a", "Flood barrier"),
                                                  (None, "No link")]
    assert "Approved" in items[0].summary
    entries = feed_items(atom(("Tide gates", "https://wire.example.net/t", "Gates")), "https://wire.example.net/a")
    assert [(e.link, e.title, e.summary) for e in entries] == [("https://wire.example.net/t", "Tide gates", "Gates")]


def test_not_a_feed() -> None:
    with pytest.raises(FetchError) as info:
        feed_items(b"<html><body><p>Just a page</p></body></html>", "https://x.example/feed", "text/html")
    assert info.value.kind is Failure.NOT_FEED and str(info.value).startswith("https://x.example/feed: ")


# --- python -m generator fetch ---------------------------------------------------------------------


class Briefing:
    """A data folder with feeds.yml and a seeds folder, fetched from the local server."""

    def __init__(self, root: Path, web: LocalWeb, feeds: list[dict[str, object]]) -> None:
        self.root = root
        self.data = root / "briefing"
        self.seeds = root / "seeds"
        self.data.mkdir(parents=True)
        (self.data / "feeds.yml").write_text(yaml.safe_dump(feeds, sort_keys=False), encoding="utf-8")
        self.web = web

    def fetch(self, *extra: str) -> int:
        return main(["fetch", "--data", str(self.data), "--seeds", str(self.seeds), "--allow-private",
                     "--delay", "0", "--cache", str(self.root / "cache"), "--config", str(self.root / "none.yml"),
                     *extra])

    def pages(self) -> list[str]:
        return sorted(p.name for p in self.seeds.glob("*.html")) if self.seeds.is_dir() else []

    def state(self) -> dict[str, object]:
        data = json.loads((self.data / "fetch-state.json").read_text(encoding="utf-8"))
        assert isinstance(data, dict)
        return data


def conditional(body: bytes, kind: str, etag: str) -> object:
    """A feed route that answers 304 to a request carrying its ETag."""

    def reply(request: Request) -> Reply:
        if request.headers.get("if-none-match") == etag:
            return Reply(status=304, headers={"ETag": etag})
        return Reply(body, headers={"Content-Type": kind, "ETag": etag})

    return reply


def story(title: str) -> Reply:
    return Reply(article_html(title=title))


@pytest.fixture
def newsroom(web: LocalWeb, tmp_path: Path) -> Briefing:
    """An RSS feed (one item on topic, one excluded, one off topic) and an Atom feed (one new, one known)."""
    web.routes["/rss"] = conditional(rss(
        ("Flood barrier approved", web.url("/a"), "The port city votes."),
        ("Flood defences and the football season", web.url("/b"), "Stadium closed."),
        ("Markets rally", web.url("/c"), "Shares rose."),
    ), "application/rss+xml", '"r1"')
    web.routes["/atom"] = conditional(atom(
        ("Tide gates for the harbour", web.url("/d?ref=feed"), "Flood gates."),
        ("Earlier flood story", web.url("/known"), "Known already."),
    ), "application/atom+xml", '"a1"')
    for path, title in (("/a", "Port city approves flood barrier"), ("/b", "Flood defences and football"),
                        ("/c", "Markets rally on rate hopes"), ("/d?ref=feed", "Harbour gets new tide gates")):
        web.routes[path] = story(title)
    briefing = Briefing(tmp_path, web, [
        {"name": "Gazette", "url": web.url("/rss"), "include": ["flood", "tide gates"], "exclude": ["football"]},
        {"url": web.url("/atom"), "include": ["flood"]},
    ])
    briefing.seeds.mkdir()
    known = f'<link rel="canonical" href="{web.url("/known")}">'
    (briefing.seeds / "saved-by-hand.html").write_bytes(article_html("Earlier flood story", head=known))
    return briefing


def test_fetch_adds_new_items_on_topic(newsroom: Briefing, web: LocalWeb,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    assert newsroom.fetch() == 0
    out = capsys.readouterr().out
    names = [n for n in newsroom.pages() if n != "saved-by-hand.html"]
    assert [n.rsplit("-", 1)[0] for n in names] == ["harbour-gets-new-tide-gates", "port-city-approves-flood-barrier"]
    assert all((newsroom.seeds / n).with_suffix(".yml").is_file() for n in names)
    assert f"Feed Gazette <{web.url('/rss')}>: 3 items" in out
    assert f"skipped: {web.url('/b')}: excluded by 'football'" in out
    assert f"skipped: {web.url('/c')}: none of the include words" in out
    assert f"already present: {web.url('/known')}: already in the briefing (saved-by-hand.html)" in out
    assert "2 feeds: 2 read, 0 unchanged, 0 failed; items: 2 added, 1 already present, 2 skipped, 0 failed." in out
    for path in ("/b", "/c", "/known"):
        assert path not in web.paths(), f"{path} was requested but is off topic or known"
    state = newsroom.state()
    assert state["feeds"] == {web.url("/atom"): {"etag": '"a1"'}, web.url("/rss"): {"etag": '"r1"'}}
    seen = state["seen"]
    assert isinstance(seen, dict) and len(seen) == 2 and all(v.endswith(".html") for v in seen.values())


def test_second_run_is_conditional_and_writes_nothing(newsroom: Briefing, web: LocalWeb,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    assert newsroom.fetch() == 0
    files = {p: p.stat().st_mtime_ns for p in [*newsroom.seeds.iterdir(), *newsroom.data.iterdir()]}
    requests = len(web.log)
    capsys.readouterr()
    assert newsroom.fetch() == 0
    out = capsys.readouterr().out
    assert out.count("not changed since the last run") == 2
    assert web.paths()[requests:] == ["/robots.txt", "/rss", "/atom"]
    assert web.log[-1].headers["if-none-match"] == '"a1"'
    assert {p: p.stat().st_mtime_ns for p in [*newsroom.seeds.iterdir(), *newsroom.data.iterdir()]} == files


def test_changed_feed_skips_items_already_seen(newsroom: Briefing, web: LocalWeb,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    assert newsroom.fetch() == 0
    web.routes["/rss"] = conditional(rss(
        ("Flood barrier approved", web.url("/a/#comments"), "The port city votes."),  # the same article
        ("Flood insurance costs rise", web.url("/e"), "Premiums up."),
    ), "application/rss+xml", '"r2"')
    web.routes["/e"] = story("Flood insurance costs rise again")
    requests = len(web.log)
    capsys.readouterr()
    assert newsroom.fetch() == 0
    out = capsys.readouterr().out
    assert f"already present: {web.url('/a/#comments')}: already in the briefing (port-city-approves" in out
    assert not {"/a", "/a/"} & set(web.paths()[requests:]) and "/e" in web.paths()[requests:]
    assert len(newsroom.pages()) == 4
    seen = newsroom.state()["seen"]
    assert isinstance(seen, dict) and web.url("/e") in seen, "links are remembered as the feed gave them"


def test_items_that_failed_for_now_are_retried(newsroom: Briefing, web: LocalWeb,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    web.routes["/a"] = Reply(b"busy", status=503, headers={"Content-Type": "text/plain"})
    assert newsroom.fetch() == 0, "an item that fails does not fail the run without --strict"
    assert f"failed: {web.url('/a')}: HTTP 503" in capsys.readouterr().err
    assert web.url("/rss") not in newsroom.state()["feeds"], "validators kept back so the feed is read in full"
    web.routes["/a"] = story("Port city approves flood barrier")
    assert newsroom.fetch("--strict") == 0
    assert any(n.startswith("port-city-approves-flood-barrier") for n in newsroom.pages())
    assert newsroom.state()["feeds"][web.url("/rss")] == {"etag": '"r1"'}  # type: ignore[index]


def test_a_feed_that_fails_fails_the_run_but_not_the_others(newsroom: Briefing, web: LocalWeb,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    web.routes["/rss"] = Reply(b"gone", status=404, headers={"Content-Type": "text/plain"})
    assert newsroom.fetch() == 1
    captured = capsys.readouterr()
    assert f"Feed Gazette <{web.url('/rss')}>: {web.url('/rss')}: HTTP 404" in captured.err
    assert "2 feeds: 1 read, 0 unchanged, 1 failed; items: 1 added" in captured.out


def test_no_feeds_file_and_a_broken_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["fetch", "--data", str(tmp_path / "briefing"), "--seeds", str(tmp_path / "seeds"),
            "--config", str(tmp_path / "none.yml")]
    assert main(args) == 0
    assert "No feeds to read" in capsys.readouterr().out
    (tmp_path / "briefing").mkdir()
    (tmp_path / "briefing" / "feeds.yml").write_text("- name: x\n", encoding="utf-8")
    assert main(args) == 2
    assert "feeds.yml: feed 1: field 'url' is required" in capsys.readouterr().err


def test_state_file_that_does_not_parse_is_replaced(newsroom: Briefing, capsys: pytest.CaptureFixture[str]) -> None:
    (newsroom.data / "fetch-state.json").write_text("{not json", encoding="utf-8")
    assert newsroom.fetch() == 0
    assert "starting afresh" in capsys.readouterr().err
    assert newsroom.state()["version"] == 1


def test_feeds_come_from_the_data_folder_named_in_mkdocs_yml(web: LocalWeb, tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    web.routes["/rss"] = Reply(rss(("Flood barrier approved", web.url("/a"), "Votes.")),
                               headers={"Content-Type": "application/rss+xml"})
    web.routes["/a"] = story("Port city approves flood barrier")
    (tmp_path / "mkdocs.yml").write_text("site_name: Test\nextra:\n  briefing:\n    data: owner\n", encoding="utf-8")
    (tmp_path / "owner").mkdir()
    (tmp_path / "owner" / "feeds.yml").write_text(f"- url: {web.url('/rss')}\n", encoding="utf-8")
    code = main(["fetch", "--config", str(tmp_path / "mkdocs.yml"), "--seeds", str(tmp_path / "seeds"),
                 "--allow-private", "--delay", "0", "--cache", str(tmp_path / "cache")])
    assert code == 0, capsys.readouterr().err
    assert "items: 1 added" in capsys.readouterr().out
    assert (tmp_path / "owner" / "fetch-state.json").is_file()
