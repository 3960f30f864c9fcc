"""Issue #3, "Untrusted input": a generated hostile corpus, built by the generator and by mkdocs.

The generator-level checks (docs_src/, stderr, briefing.json) are fast; the checks on the
built HTML run the real ``mkdocs build --strict`` and are marked ``slow``.
"""

from __future__ import annotations

import html
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import time
import unicodedata
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import pytest
from mkdocs.utils.meta import get_data

from generator.settings import read_mkdocs_config, site_name_from

sys.path.insert(0, str(Path(__file__).resolve().parent))
import hostile

ROOT = Path(__file__).resolve().parents[1]
SITE_NAME = site_name_from(read_mkdocs_config(ROOT / "mkdocs.yml"))
PY = sys.executable
ENV = {**os.environ, "PYTHONPATH": str(ROOT), "NO_MKDOCS_2_WARNING": "1"}
BAD_SCHEMES = ("javascript:", "vbscript:", "data:")
URL_ATTRS = {"href", "src", "action", "formaction", "data", "poster", "srcset", "xlink:href", "background", "cite"}
LIVE_TAGS = {"script", "iframe", "object", "embed", "base", "form", "style", "meta", "link", "input", "button",
             "svg", "img", "details", "frame", "frameset", "applet", "textarea", "select", "video", "audio"}
DRAWING_TAGS = {"svg", "style", "title", "rect", "line", "a", "circle", "text", "tspan"}
BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
RAW_TAG_RE = re.compile(r"<\s*/?\s*(script|img|iframe|svg|object|embed|style|base|meta|form|details|input|div)\b",
                        re.I)


def run_generator(project: Path, seeds: Path, docs: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    """``python -m generator build`` in ``project`` (the cwd), never using a cache."""
    cmd = [PY, "-m", "generator", "build", "--seeds", str(seeds), "--docs", str(docs), "--no-cache",
           "--config", str(project / "mkdocs.yml"), *extra]
    return subprocess.run(cmd, cwd=project, env=ENV, capture_output=True, text=True, timeout=300, check=False)


def run_mkdocs(project: Path) -> subprocess.CompletedProcess[str]:
    """The real ``mkdocs build --strict`` of ``project`` into ``project/site``."""
    cmd = [PY, "-m", "mkdocs", "build", "--strict", "-f", str(project / "mkdocs.yml"), "-d", str(project / "site")]
    return subprocess.run(cmd, cwd=project, env=ENV, capture_output=True, text=True, timeout=300, check=False)


def new_project(root: Path) -> Path:
    """A tmp MkDocs project: the repository's mkdocs.yml and the hand-written about page."""
    root.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    if (ROOT / "overrides").is_dir():  # theme custom_dir, when mkdocs.yml has one
        shutil.copytree(ROOT / "overrides", root / "overrides")
    (root / "docs_src").mkdir(exist_ok=True)
    about = ROOT / "docs_src" / "about.md"
    if about.is_file():
        shutil.copy(about, root / "docs_src" / "about.md")
    else:
        (root / "docs_src" / "about.md").write_text("# About this briefing\n\nHand-written.\n")
    return root


def tree(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` by relative path."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def snapshot(folder: Path) -> dict[bytes, tuple[int, int, bytes]]:
    """Every entry under ``folder`` (no symlinks followed) with mtime, size and content digest."""
    out = {}
    for dirpath, dirs, files in os.walk(os.fsencode(folder)):
        for name in dirs + files:
            p = os.path.join(dirpath, name)
            st = os.lstat(p)
            body = b"" if os.path.islink(p) or os.path.isdir(p) else open(p, "rb").read()  # noqa: SIM115
            out[p] = (st.st_mtime_ns, st.st_size, body)
    return out


@dataclass
class Generated:
    project: Path
    seeds: Path
    docs: Path
    cases: list[hostile.Case]
    proc: subprocess.CompletedProcess[str]
    seconds: float
    before: dict[bytes, tuple[int, int, bytes]]
    outside_before: bytes

    @property
    def data(self) -> dict[str, object]:
        return json.loads((self.docs / "briefing.json").read_text(encoding="utf-8"))

    def page_of(self, seed: str) -> str:
        for art in self.data["articles"]:  # type: ignore[attr-defined]
            if art["seed"] == seed:
                return str(art["slug"])
        raise AssertionError(f"{seed!r} was not rendered")

    def markdown(self, seed: str) -> str:
        return (self.docs / "articles" / f"{self.page_of(seed)}.md").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Generated:
    project = new_project(tmp_path_factory.mktemp("hostile") / "project")
    seeds = project / "seeds"
    cases = hostile.write_corpus(seeds)
    before = snapshot(project.parent)
    outside = (project / "outside-secret.txt").read_bytes()
    start = time.monotonic()
    proc = run_generator(project, seeds, project / "docs_src")
    seconds = time.monotonic() - start
    return Generated(project, seeds, project / "docs_src", cases, proc, seconds, before, outside)


def articles(g: Generated) -> list[hostile.Case]:
    return [c for c in g.cases if c.kind == "article"]


def skips(g: Generated) -> list[hostile.Case]:
    return [c for c in g.cases if c.kind == "skip"]


# --- generator level -------------------------------------------------------------------------


def test_build_succeeds_and_executes_nothing(generated: Generated) -> None:
    g = generated
    assert g.proc.returncode == 0, g.proc.stderr
    # No payload ran: nothing named like the commands' files exists anywhere.
    targets = {"pwned", "pwned-title", "pwned-sidecar", "pwned-subst", "pwned-tick", "x"}
    made = [p for p in g.project.parent.rglob("*") if p.name.lower() in targets]
    assert made == []
    # Nothing outside the output folder was written: the seeds and every file beside the project
    # are exactly as before (content and mtime); the only new files are under docs_src/.
    after = snapshot(g.project.parent)
    docs = os.fsencode(g.docs)
    changed = {p for p in set(g.before) | set(after) if g.before.get(p) != after.get(p)}
    assert {p for p in changed if not p.startswith(docs)} == set()
    assert (g.project / "outside-secret.txt").read_bytes() == g.outside_before


def test_every_unrendered_file_has_one_message_and_a_skipped_entry(generated: Generated) -> None:
    g = generated
    lines = g.proc.stderr.splitlines()
    skipped = {s["seed"]: s["reason"] for s in g.data["skipped"]}  # type: ignore[attr-defined]
    for case in skips(g):
        naming = [line for line in lines if line.startswith(f"skipped {case.seed}: ")]
        assert len(naming) == 1, (case.seed, lines)
        assert case.reason in naming[0]
        assert case.seed in skipped and case.reason in skipped[case.seed]
    rendered = {a["seed"] for a in g.data["articles"]}  # type: ignore[attr-defined]
    assert rendered.isdisjoint(skipped)
    # Every input file (not hidden, not a sidecar read with its article) is rendered or skipped.
    expected = {c.seed for c in g.cases}
    assert rendered | set(skipped) == expected
    assert len(skipped) == len(lines_starting(lines, "skipped "))


def lines_starting(lines: list[str], prefix: str) -> list[str]:
    return [line for line in lines if line.startswith(prefix)]


def test_logs_hold_no_raw_control_characters(generated: Generated) -> None:
    for stream in (generated.proc.stderr, generated.proc.stdout):
        bad = {ch for ch in stream if ch != "\n" and (unicodedata.category(ch) in ("Cc", "Cf", "Cs"))}
        assert bad == set()
    # Undecodable and control characters in names are shown escaped.
    assert "new\\x0aline\\x1b[2J.txt" in generated.data["skipped"].__repr__() or any(
        a["seed"] == "new\\x0aline\\x1b[2J.txt" for a in generated.data["articles"]  # type: ignore[attr-defined]
    )


def test_malicious_sidecar_gives_one_clear_message(generated: Generated) -> None:
    lines = [line for line in generated.proc.stderr.splitlines() if "sidecar_exec" in line]
    assert len(lines) == 1
    assert "sidecar_exec.yml" in lines[0] and "not valid YAML" in lines[0]
    assert generated.page_of("sidecar_exec.txt")


# Links and anchors the generator adds (actor first mentions, timeline anchors). Article text
# can never produce these: its "[" and "<" are always escaped as character references.
_GENERATED_LINK = re.compile(r"\[([^\]]*)\]\([^)\s]*\)")
_GENERATED_ANCHOR = re.compile(r'<a id="ev-\d+"></a>')


def plain(markdown: str) -> str:
    """The page's text as a reader sees it: generator-made links and anchors reduced to their text."""
    return html.unescape(_GENERATED_ANCHOR.sub("", _GENERATED_LINK.sub(r"\1", markdown)))


def test_every_legitimate_article_renders_with_its_text(generated: Generated) -> None:
    g = generated
    for case in articles(g):
        page = g.markdown(case.seed)
        text = plain(page)
        for phrase in case.phrases:
            assert phrase in text, (case.seed, phrase)
        _, meta = get_data(page)
        if case.title is not None:
            assert html.unescape(meta["title"]) == " ".join(case.title.split()), case.seed
        assert page.rstrip().endswith("page chrome removed.*"), case.seed


def test_mojibake_and_encodings_are_decoded(generated: Generated) -> None:
    page = plain(generated.markdown("enc_mojibake.txt"))
    assert "Iraq’s foreign minister" in page and "country’s “sovereignty”" in page
    assert "â€" not in page
    for seed in ("enc_utf8.txt", "enc_utf8_bom.txt", "enc_utf16le_bom.txt", "enc_utf16be_bom.txt",
                 "enc_cp1252.txt", "enc_crlf.txt", "enc_cr_only.txt"):
        page = plain(generated.markdown(seed))
        assert "€5 million for the café" in page, seed
        assert "\r" not in page and "\ufeff" not in page and "\ufffd" not in page, seed
    assert "\x00" not in generated.markdown("enc_nul.txt")


def test_big_file_is_capped_and_says_so(generated: Generated) -> None:
    g = generated
    page = g.markdown("big_20mb.txt")
    assert "only its first part is shown" in page
    assert len(page.encode()) < 2_000_000
    assert g.seconds < 60


def test_front_matter_parses_and_titles_are_escaped(generated: Generated) -> None:
    for path in generated.docs.rglob("*.md"):
        text = path.read_text(encoding="utf-8")
        body, meta = get_data(text)
        if path.name == "about.md":
            continue
        assert isinstance(meta.get("title"), str) and meta["title"], path
        assert not RAW_TAG_RE.search(meta["title"]), path
        assert "<" not in meta["title"] and ">" not in meta["title"], path
        assert body.strip()


def test_briefing_json_is_inert(generated: Generated) -> None:
    raw = (generated.docs / "briefing.json").read_text(encoding="utf-8")
    assert not set("<>&") & set(raw)
    data = json.loads(raw)
    titles = [a["title"] for a in data["articles"]]
    assert any("<script>" in t for t in titles)  # the payload is kept as data, escaped in the file
    for art in data["articles"]:
        url = art["url"]
        assert url is None or url.startswith(("http://", "https://"))


def test_slugs_are_safe_unique_and_stable(generated: Generated) -> None:
    arts = generated.data["articles"]  # type: ignore[attr-defined]
    slugs = [a["slug"] for a in arts]
    assert len(slugs) == len(set(slugs))
    for slug in slugs:
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", slug), slug
        assert len(slug) <= 100
        assert slug not in {"index", "404", "search", "assets", "sitemap"}
    by_seed = {a["seed"]: a["slug"] for a in arts}
    dups = {by_seed["dup_a.txt"], by_seed["dup_b.txt"], by_seed["dup_c.txt"]}
    assert len(dups) == 3
    assert by_seed["dup_a.txt"] == "parliament-approves-the-new-energy-subsidy-plan"
    assert "etc-passwd" in by_seed["traversal.txt"] and "/" not in by_seed["traversal.txt"]
    assert by_seed["index.txt"] != "index"
    assert by_seed["cyrillic.txt"].startswith("rossiya")
    assert by_seed["arabic.txt"] and by_seed["long_title.txt"]
    # Names that differ only in undecodable bytes stay two articles.
    assert "caf\\xe9 latin1 name.txt" in by_seed and "caf\\xe8 latin1 name.txt" in by_seed
    # Every generated file is inside docs_src, with a plain name.
    for path in generated.docs.rglob("*"):
        assert path.resolve().is_relative_to(generated.docs.resolve())


def test_controls_and_bidi_removed_from_titles(generated: Generated) -> None:
    for art in generated.data["articles"]:  # type: ignore[attr-defined]
        for ch in art["title"]:
            assert unicodedata.category(ch) != "Cc" and ch not in BIDI


def test_secret_behind_symlink_never_published(generated: Generated) -> None:
    for path in generated.docs.rglob("*"):
        if path.is_file():
            assert hostile.SECRET.encode() not in path.read_bytes(), path


def test_two_runs_are_byte_identical_and_second_run_rewrites_nothing(generated: Generated, tmp_path: Path) -> None:
    g = generated
    other = tmp_path / "docs_src"
    proc = run_generator(g.project, g.seeds, other)
    assert proc.returncode == 0
    assert proc.stderr == g.proc.stderr
    first = {k: v for k, v in tree(g.docs).items() if k != "about.md"}
    assert tree(other) == first
    mtimes = {p: p.stat().st_mtime_ns for p in g.docs.rglob("*")}
    again = run_generator(g.project, g.seeds, g.docs)
    assert again.returncode == 0
    assert " 0 written" in again.stdout and " 0 removed" in again.stdout
    assert {p: p.stat().st_mtime_ns for p in g.docs.rglob("*")} == mtimes


def test_stale_pages_removed_and_hand_written_pages_kept(tmp_path: Path) -> None:
    project = new_project(tmp_path / "project")
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, title in (("one.txt", "Ministers agree the new budget plan"), ("two.txt", "Parliament debates it")):
        (seeds / name).write_text(hostile.article_text(title, "Kestrelstale"), encoding="utf-8")
    docs = project / "docs_src"
    notes = docs / "notes.md"
    notes.write_text("# Notes\n\nMine.\n", encoding="utf-8")
    assert run_generator(project, seeds, docs).returncode == 0
    pages = set(tree(docs / "articles"))
    assert len(pages) == 3
    (seeds / "two.txt").unlink()
    proc = run_generator(project, seeds, docs)
    assert proc.returncode == 0
    assert len(set(tree(docs / "articles"))) == 2
    assert notes.read_text(encoding="utf-8") == "# Notes\n\nMine.\n"
    assert (docs / "about.md").is_file()
    # A hand-written file where a generated one would go is never overwritten.
    (docs / "briefing.json").unlink()
    (docs / "briefing.json").write_text('{"mine": true}\n', encoding="utf-8")
    (docs / ".briefing-manifest.json").unlink()
    proc = run_generator(project, seeds, docs)
    assert (docs / "briefing.json").read_text(encoding="utf-8") == '{"mine": true}\n'
    assert "not overwritten" in proc.stderr


# --- the built site --------------------------------------------------------------------------


class Page(HTMLParser):
    """Every element (tag, attributes, inside <article>?) and the visible text of one HTML page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str], bool]] = []
        self.drawn: list[tuple[str, dict[str, str]]] = []  # elements of the generator's inline network drawing
        self.drawn_style: list[str] = []
        self._drawing = False  # inside <svg class="briefing-network">
        self._drawing_style = False
        self.scripts: list[tuple[dict[str, str], str]] = []
        self.text: list[str] = []
        self.h1: list[str] = []
        self.title: list[str] = []
        self._depth = 0
        self._stack: list[str] = []
        self._script: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k.lower(): v or "" for k, v in attrs}
        if tag == "article":
            self._depth += 1
        self._drawing = self._drawing or (tag == "svg" and values.get("class") == "briefing-network")
        if self._drawing:
            self.drawn.append((tag, values))
            self._drawing_style = tag == "style"
            return
        self.elements.append((tag, values, self._depth > 0))
        if tag == "script":
            self._script = []
            self.scripts.append((values, ""))
        if tag in ("h1", "title"):
            self._stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag == "script":
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if self._drawing:
            self._drawing_style = False
            self._drawing = tag != "svg"
            return
        if tag == "article":
            self._depth -= 1
        if tag == "script" and self._script is not None:
            values, _ = self.scripts[-1]
            self.scripts[-1] = (values, "".join(self._script))
            self._script = None
        if self._stack and self._stack[-1] == tag:
            self._stack.pop()

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            self._script.append(data)
            return
        if self._drawing_style:
            self.drawn_style.append(data)
            return
        if self._depth:
            self.text.append(data)
        if "h1" in self._stack:
            self.h1.append(data)
        if "title" in self._stack:
            self.title.append(data)


def parse(path: Path) -> Page:
    page = Page()
    page.feed(path.read_text(encoding="utf-8"))
    page.close()
    return page


def script_signature(attrs: dict[str, str], body: str) -> tuple[str, str]:
    """A script with the page's depth taken out, so the same Material script matches on every page."""
    src = re.sub(r"^(\.\./)+|^\./", "", attrs.get("src", ""))
    body = re.sub(r'new URL\("[./]*",location\)', "new URL(BASE,location)", body)
    body = re.sub(r'"base": "[./]*"', '"base": BASE', body)
    body = re.sub(r'"(\.\./)+assets/', '"assets/', body)
    return src, body


def element_signature(tag: str, attrs: dict[str, str]) -> tuple[str, tuple[tuple[str, str], ...]]:
    # Values that legitimately differ per page (paths, the page's description) are left out;
    # a payload breaking out of them would show up as extra attributes or elements.
    kept = tuple(sorted((k, "" if k in ("href", "src", "action", "content") else v) for k, v in attrs.items()))
    return tag, kept


Baseline = tuple[set[tuple[str, str]], set[tuple[str, tuple[tuple[str, str], ...]]]]


@dataclass
class Site:
    generated: Generated
    site: Path
    seconds: float
    max_rss_kib: int
    benign_scripts: set[tuple[str, str]]
    benign_elements: set[tuple[str, tuple[tuple[str, str], ...]]]

    def html_of(self, seed: str) -> Path:
        return self.site / "articles" / self.generated.page_of(seed) / "index.html"


@pytest.fixture(scope="module")
def benign(tmp_path_factory: pytest.TempPathFactory) -> Baseline:
    project = new_project(tmp_path_factory.mktemp("benign") / "project")
    hostile.benign_corpus(project / "seeds")
    assert run_generator(project, project / "seeds", project / "docs_src").returncode == 0
    proc = run_mkdocs(project)
    assert proc.returncode == 0, proc.stderr
    scripts: set[tuple[str, str]] = set()
    elements: set[tuple[str, tuple[tuple[str, str], ...]]] = set()
    for path in (project / "site").rglob("*.html"):
        page = parse(path)
        scripts |= {script_signature(a, b) for a, b in page.scripts}
        elements |= {element_signature(t, a) for t, a, _ in page.elements if t in LIVE_TAGS}
    assert scripts and all(not a.startswith("on") for p in (project / "site").rglob("*.html")
                           for _, attrs, _ in parse(p).elements for a in attrs)
    return scripts, elements


@pytest.fixture(scope="module")
def site(generated: Generated, benign: Baseline) -> Site:
    start = time.monotonic()
    proc = run_mkdocs(generated.project)
    seconds = generated.seconds + time.monotonic() - start
    assert proc.returncode == 0, proc.stderr
    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # KiB on Linux: the largest child so far
    return Site(generated, generated.project / "site", seconds, rss, *benign)


@pytest.mark.slow
def test_site_builds_fast_and_small(site: Site) -> None:
    rss = site.max_rss_kib / 1024
    print(f"hostile corpus: generate + mkdocs build {site.seconds:.1f} s, max child RSS {rss:.0f} MiB")
    assert site.seconds < 120
    assert site.max_rss_kib < 1024 * 1024


@pytest.mark.slow
def test_built_html_has_no_live_payload(site: Site) -> None:
    pages = sorted(site.site.rglob("*.html"))
    assert len(pages) > 50
    for path in pages:
        page = parse(path)
        for attrs, body in page.scripts:
            assert script_signature(attrs, body) in site.benign_scripts, (path, attrs, body[:200])
        for tag, attrs, in_article in page.elements:
            for name, value in attrs.items():
                assert not name.startswith("on"), (path, tag, name, value)
                if name in URL_ATTRS:
                    squeezed = "".join(ch for ch in value if not ch.isspace() and ch.isprintable()).lower()
                    assert not squeezed.startswith(BAD_SCHEMES), (path, tag, name, value)
                    assert not re.match(r"(?i)\s*(javascript|vbscript|data)\s*:", html.unescape(value))
                if name == "http-equiv":
                    assert value.lower() != "refresh", path
            if tag in LIVE_TAGS:
                # Generated pages may fold a list into a plain <details>; nothing else live in the content.
                if in_article and tag == "details" and not attrs:
                    continue
                assert not in_article, (path, tag, attrs)
                assert element_signature(tag, attrs) in site.benign_elements, (path, tag, attrs)
        # The generator's inline drawing of who is named together: only its own shapes, links to actor
        # pages, and a style sheet of colour variables; every name in it is text.
        for tag, attrs in page.drawn:
            assert tag in DRAWING_TAGS, (path, tag, attrs)
            assert not any(name.startswith("on") for name in attrs), (path, tag, attrs)
            if tag == "a":
                assert re.fullmatch(r"actors/[a-z0-9-]+/", attrs.get("href", "")), (path, attrs)
        style = "".join(page.drawn_style)
        assert not re.search(r"url\(|@import|expression|javascript", style, re.I), (path, style)


@pytest.mark.slow
def test_payloads_show_as_visible_text(site: Site) -> None:
    g = site.generated
    for case in articles(g):
        page = parse(site.html_of(case.seed))
        text = " ".join("".join(page.text).split())  # text nodes split at links: join them as a reader sees them
        for phrase in case.phrases:
            assert phrase in text, (case.seed, phrase)
        if case.title is not None:
            want = " ".join(case.title.split())
            assert " ".join("".join(page.h1).split()).removesuffix("¶").strip() == want, case.seed
            assert "".join(page.title).strip() == f"{want} - {SITE_NAME}", case.seed
    # Payloads in headlines and paragraphs are visible, escaped text on the page.
    shown = 0
    for case in articles(g):
        if case.payload and case.title is None:
            page = parse(site.html_of(case.seed))
            if case.payload in " ".join(page.text):
                shown += 1
    assert shown >= 10


@pytest.mark.slow
def test_search_index_holds_no_raw_tags(site: Site) -> None:
    data = json.loads((site.site / "search" / "search_index.json").read_text(encoding="utf-8"))
    docs = data["docs"]
    assert len(docs) > 50
    escaped = 0
    for doc in docs:
        for key in ("title", "text"):
            value = doc.get(key, "")
            assert not RAW_TAG_RE.search(value), (doc["location"], key, value[:300])
            escaped += "&lt;script&gt;" in value
    assert escaped > 0


@pytest.mark.slow
def test_site_briefing_json_is_inert_and_secret_absent(site: Site) -> None:
    raw = (site.site / "briefing.json").read_bytes()
    assert raw == (site.generated.docs / "briefing.json").read_bytes()
    assert not set(b"<>&") & set(raw)
    for path in site.site.rglob("*"):
        if path.is_file():
            assert hostile.SECRET.encode() not in path.read_bytes(), path
