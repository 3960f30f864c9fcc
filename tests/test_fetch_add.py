"""``python -m generator add URL`` (issue 19): stored as a saved page with a sidecar, once, and never half."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from generator.cli import main
from generator.fetch import store
from generator.fetch.known import scan_seeds
from generator.fetch.store import add_url
from generator.knowledge import load_knowledge
from tests.fetch_helpers import article_html, fast_client
from tests.test_html_input import TITLE
from tests.webserver import LocalWeb, Reply

DAY = dt.date(2024, 2, 9)
KNOWLEDGE = load_knowledge()  # the package defaults: enough for these pages


def add(web: LocalWeb, seeds: Path, *paths: str) -> int:
    urls = [web.url(p) for p in paths]
    return main(["add", *urls, "--seeds", str(seeds), "--allow-private", "--delay", "0",
                 "--cache", str(seeds.parent / "cache"), "--config", str(seeds.parent / "none.yml")])


def files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


def test_add_url_stores_the_page_and_a_sidecar(web: LocalWeb, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    web.routes["/news/story"] = Reply(article_html())
    seeds = tmp_path / "seeds"
    assert add(web, seeds, "/news/story") == 0
    out = capsys.readouterr().out
    html, side = files(seeds)
    assert html.startswith("port-city-approves-flood-barrier") and html.endswith(".html")
    assert side == html[:-5] + ".yml"
    assert (seeds / html).read_bytes() == article_html(), "the page's own bytes are stored"
    sidecar = yaml.safe_load((seeds / side).read_text(encoding="utf-8"))
    assert sidecar["url"] == web.url("/news/story")
    assert isinstance(sidecar["retrieved"], dt.date)
    assert f"added as {seeds / html}" in out and f"title:     {TITLE} (explicit)" in out
    assert "source:    Example Gazette (explicit)" in out
    assert f"url:       {web.url('/news/story')}" in out and "(provided)" in out
    assert "publishing: excerpt" in out, "no publishing block in the config: the default, excerpt"


def test_adding_the_same_url_again_does_nothing(web: LocalWeb, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    web.routes["/news/story"] = Reply(article_html())
    seeds = tmp_path / "seeds"
    assert add(web, seeds, "/news/story") == 0
    before = {name: (seeds / name).stat().st_mtime_ns for name in files(seeds)}
    requests = len(web.log)
    capsys.readouterr()
    assert add(web, seeds, "/news/story") == 0
    assert "(same URL); nothing to do" in capsys.readouterr().out
    assert len(web.log) == requests, "a URL the briefing has is not requested again"
    assert {name: (seeds / name).stat().st_mtime_ns for name in files(seeds)} == before


def test_same_canonical_url_or_same_content_is_already_present(web: LocalWeb, tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    canonical = '<link rel="canonical" href="/news/story">'
    web.routes["/news/story"] = Reply(article_html(head=canonical))
    web.routes["/news/story?from=feed"] = Reply(article_html(head=canonical, extra="<p>Tracking pixel.</p>"))
    seeds = tmp_path / "seeds"
    assert add(web, seeds, "/news/story") == 0
    stored = files(seeds)
    capsys.readouterr()
    assert add(web, seeds, "/news/story?from=feed") == 0
    assert f"(same canonical URL {web.url('/news/story')})" in capsys.readouterr().out
    (seeds / "hand-saved.html").write_bytes(article_html(title="Another copy"))
    web.routes["/elsewhere"] = Reply(article_html(title="Another copy"))
    assert add(web, seeds, "/elsewhere") == 0
    assert "as hand-saved.html (same content)" in capsys.readouterr().out
    assert files(seeds) == sorted([*stored, "hand-saved.html"])


def test_relative_canonical_link_is_resolved_against_the_final_url(web: LocalWeb, tmp_path: Path) -> None:
    web.routes["/go"] = Reply(status=302, headers={"Location": "/news/2024/story?utm_source=feed"})
    web.routes["/news/2024/story?utm_source=feed"] = Reply(article_html(head='<link rel="canonical" href="story">'))
    seeds = tmp_path / "seeds"
    with fast_client() as client:
        outcome = add_url(web.url("/go"), seeds, client, scan_seeds(seeds), KNOWLEDGE, lambda: DAY)
    assert outcome.added.status == "added" and outcome.added.stored is not None
    sidecar = outcome.added.stored.with_suffix(".yml").read_text(encoding="utf-8")
    assert yaml.safe_load(sidecar) == {"url": web.url("/news/2024/story"), "retrieved": DAY}


def test_a_page_saved_by_hand_is_known_by_its_canonical_link(web: LocalWeb, tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    canonical = f'<link rel="canonical" href="{web.url("/news/story")}">'
    (seeds / "saved.html").write_bytes(article_html(head=canonical, extra="<p>Saved earlier by hand.</p>"))
    assert add(web, seeds, "/news/story") == 0
    assert "already in" in capsys.readouterr().out and web.log == []


def test_a_failed_fetch_changes_nothing(web: LocalWeb, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    web.routes["/short"] = Reply(b"<html><body><p>Subscribe now.</p></body></html>")
    web.routes["/doc.pdf"] = Reply(b"%PDF-1.7", headers={"Content-Type": "application/pdf"})
    seeds = tmp_path / "seeds"
    assert add(web, seeds, "/missing", "/short", "/doc.pdf") == 1
    err = capsys.readouterr().err
    assert f"error: {web.url('/missing')}: HTTP 404" in err
    assert f"error: {web.url('/short')}:" in err and "not added" in err
    assert f"error: {web.url('/doc.pdf')}: not HTML" in err
    assert files(seeds) == []


def test_urls_and_files_in_one_command(web: LocalWeb, tmp_path: Path) -> None:
    web.routes["/news/story"] = Reply(article_html())
    note = tmp_path / "note.md"
    note.write_text("---\ntitle: Council notes\n---\n\n" + "The council met and talked about the budget. " * 5,
                    encoding="utf-8")
    seeds = tmp_path / "seeds"
    code = main(["add", str(note), web.url("/news/story"), "--seeds", str(seeds), "--allow-private", "--delay", "0",
                 "--cache", str(tmp_path / "cache")])
    assert code == 0
    assert [n.rsplit(".", 1)[1] for n in files(seeds)] == ["md", "html", "yml"]


def test_private_address_refused_without_the_flag(web: LocalWeb, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    web.routes["/news/story"] = Reply(article_html())
    seeds = tmp_path / "seeds"
    code = main(["add", web.url("/news/story"), "--seeds", str(seeds), "--cache", str(tmp_path / "cache")])
    assert code == 1
    assert "is a private, loopback, link-local or reserved address" in capsys.readouterr().err
    assert web.log == [] and files(seeds) == []


def test_an_interrupted_add_never_leaves_a_page_without_its_sidecar(web: LocalWeb, tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Killed between the two writes: the sidecar alone is left; the next add completes the pair."""
    web.routes["/news/story"] = Reply(article_html())
    seeds = tmp_path / "seeds"
    real = store.atomic_write
    calls: list[Path] = []

    def dies_on_the_page(path: Path, data: bytes) -> None:
        calls.append(path)
        if path.suffix == ".html":
            raise KeyboardInterrupt
        real(path, data)

    monkeypatch.setattr(store, "atomic_write", dies_on_the_page)
    with fast_client() as client, pytest.raises(KeyboardInterrupt):
        add_url(web.url("/news/story"), seeds, client, scan_seeds(seeds), KNOWLEDGE, lambda: DAY)
    assert [p.suffix for p in calls] == [".yml", ".html"]
    assert [n.rsplit(".", 1)[1] for n in files(seeds)] == ["yml"], "no page without its sidecar, no temp file"
    monkeypatch.setattr(store, "atomic_write", real)
    with fast_client() as client:
        later = DAY + dt.timedelta(1)
        outcome = add_url(web.url("/news/story"), seeds, client, scan_seeds(seeds), KNOWLEDGE, lambda: later)
    assert outcome.added.status == "added", outcome.added.message
    assert [n.rsplit(".", 1)[1] for n in files(seeds)] == ["html", "yml"]


def test_another_sidecar_in_the_way_is_not_overwritten(web: LocalWeb, tmp_path: Path) -> None:
    web.routes["/news/story"] = Reply(article_html())
    seeds = tmp_path / "seeds"
    with fast_client() as client:
        first = add_url(web.url("/news/story"), tmp_path / "probe", client, scan_seeds(seeds), KNOWLEDGE, lambda: DAY)
    assert first.added.stored is not None
    seeds.mkdir()
    mine = seeds / first.added.stored.with_suffix(".yml").name
    mine.write_text("source: My own notes\n", encoding="utf-8")
    with fast_client() as client:
        outcome = add_url(web.url("/news/story"), seeds, client, scan_seeds(seeds), KNOWLEDGE, lambda: DAY)
    assert outcome.added.status == "failed" and "not overwritten" in outcome.added.message
    assert mine.read_text(encoding="utf-8") == "source: My own notes\n" and files(seeds) == [mine.name]
