"""Shared helpers for checking a built site as it is published: under a project subpath.

GitHub Pages serves a project site at ``https://<user>.github.io/<repo>/``, so every link and asset
must be relative or carry the ``/<repo>/`` prefix. These helpers reproduce that locally:

- :func:`prepare_project` / :func:`build_site` build a throw-away project with ``SITE_URL`` set;
- :class:`SubpathServer` serves a site folder under a prefix such as ``/briefing/`` on 127.0.0.1,
  with GitHub Pages' behaviour (``404.html`` for a missing page, a redirect for a folder without
  its trailing slash, nothing outside the prefix);
- :func:`crawl` walks every same-origin link and asset from the home page and reports offenders.
"""

from __future__ import annotations

import http.server
import os
import re
import shutil
import subprocess
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT, SEEDS, Project

PREFIX = "/briefing/"
HOST = "127.0.0.1"

CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".json": "application/json",
    ".xml": "application/xml",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".ico": "image/x-icon",
    ".woff2": "font/woff2",
    ".gz": "application/gzip",
    ".map": "application/json",
    ".txt": "text/plain; charset=utf-8",
}
# feed.xml is an Atom document; GitHub Pages sends application/xml, which readers accept too.
NAMED_TYPES = {"feed.xml": "application/atom+xml"}


# --------------------------------------------------------------------------------------------
# Building


def subprocess_env(**extra: str) -> dict[str, str]:
    """The environment for the generator and the site engines, plus ``extra``."""
    env = dict(os.environ)
    env["NO_MKDOCS_2_WARNING"] = "1"
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env.update(extra)
    return env


def prepare_project(root: Path, seeds: Path | None = SEEDS) -> Project:
    """A project folder like ``make_project`` makes, usable from module- or session-scoped fixtures.

    Copies what ``mkdocs.yml`` refers to (``overrides/``) as well, so the theme override is built.
    """
    project = Project(root)
    project.root.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "mkdocs.yml", project.root / "mkdocs.yml")
    complete_project(project)
    project.docs.mkdir(exist_ok=True)
    shutil.copy(ROOT / "docs_src" / "about.md", project.docs / "about.md")
    if seeds is not None and not project.seeds.exists():
        shutil.copytree(seeds, project.seeds)
    project.seeds.mkdir(exist_ok=True)
    return project


def complete_project(project: Project) -> None:
    """Copy what mkdocs.yml refers to next to the project's copy when it is missing: the theme
    override folder and the data folder (``extra.briefing.data``)."""
    for name in ("overrides", "briefing"):
        if (ROOT / name).is_dir() and not (project.root / name).exists():
            shutil.copytree(ROOT / name, project.root / name)


def shared_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One generator cache for every project of a test session (same seeds: the work is done once)."""
    return tmp_path_factory.getbasetemp() / "generator-cache"


def generate(
    project: Project, site_url: str, *args: str, cache: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the generator for ``project`` with ``SITE_URL=site_url`` (the feed's links use it)."""
    cache = cache or project.root / ".cache"
    cmd = [sys.executable, "-m", "generator", "build", "--seeds", str(project.seeds), "--docs", str(project.docs)]
    cmd += ["--config", str(project.root / "mkdocs.yml"), "--cache", str(cache), *args]
    proc = subprocess.run(
        cmd, capture_output=True, text=True, cwd=project.root, env=subprocess_env(SITE_URL=site_url), timeout=300
    )
    if proc.returncode != 0:
        raise AssertionError(f"generator failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    return proc


def build_site(
    project: Project, site_url: str, engine: str = "mkdocs", site_dir: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """Build ``project`` with ``SITE_URL=site_url`` using MkDocs (strict) or Zensical.

    Raises AssertionError with the engine's output when the build fails.
    """
    complete_project(project)
    config = str(project.root / "mkdocs.yml")
    if engine == "mkdocs":
        cmd = [sys.executable, "-m", "mkdocs", "build", "--strict", "--clean", "-f", config]
        if site_dir is not None:
            cmd += ["-d", str(site_dir)]
    elif engine == "zensical":
        cmd = [str(Path(sys.executable).parent / "zensical"), "build", "--clean", "-f", config]
    else:
        raise ValueError(engine)
    proc = subprocess.run(
        cmd, capture_output=True, text=True, cwd=project.root, env=subprocess_env(SITE_URL=site_url), timeout=300
    )
    if proc.returncode != 0:
        raise AssertionError(f"{engine} build failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    return proc


# --------------------------------------------------------------------------------------------
# Serving under a subpath


class _Handler(http.server.SimpleHTTPRequestHandler):
    """Serves ``server.site`` at ``server.prefix``; everything else is 404."""

    server: SubpathServer

    def log_message(self, format: str, *args: object) -> None:
        self.server.log.append(format % args)

    def _path_only(self) -> str:
        return urllib.parse.urlsplit(self.path).path

    def _inside(self) -> bool:
        return self._path_only().startswith(self.server.prefix)

    def do_GET(self) -> None:
        self._route(head=False)

    def do_HEAD(self) -> None:
        self._route(head=True)

    def _route(self, head: bool) -> None:
        path = self._path_only()
        self.server.requested.append(path)
        if path == self.server.prefix.rstrip("/"):
            self.send_response(301)
            self.send_header("Location", self.server.prefix)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if not self._inside():
            self.server.outside.append(path)
            self._plain_404(head)
            return
        if head:
            super().do_HEAD()
        else:
            super().do_GET()

    def _plain_404(self, head: bool) -> None:
        body = b"404: outside the published subpath\n"
        self.send_response(404)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if not head:
            self.wfile.write(body)

    def translate_path(self, path: str) -> str:
        path = urllib.parse.urlsplit(path).path
        if path.startswith(self.server.prefix):
            path = "/" + path[len(self.server.prefix) :]
        return super().translate_path(path)

    def guess_type(self, path: str | os.PathLike[str]) -> str:
        name = Path(path).name
        if name in NAMED_TYPES:
            return NAMED_TYPES[name]
        return CONTENT_TYPES.get(Path(path).suffix.lower()) or super().guess_type(path)

    def list_directory(self, path: str | os.PathLike[str]) -> None:
        # GitHub Pages never lists a folder; a folder without index.html is a missing page.
        self.send_error(404, "File not found")
        return None

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        page = self.server.site / "404.html"
        if code != 404 or not self._inside() or not page.is_file():
            super().send_error(code, message, explain)
            return
        self.server.missing.append(self._path_only())
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", CONTENT_TYPES[".html"])
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


class SubpathServer(http.server.ThreadingHTTPServer):
    """A static server for ``site`` under ``prefix`` on 127.0.0.1 (port chosen by the OS).

    Create it before building, so the build can use :attr:`base_url` as ``SITE_URL``.
    """

    daemon_threads = True

    def __init__(self, site: Path, prefix: str = PREFIX) -> None:
        self.site = site
        self.prefix = prefix
        self.log: list[str] = []
        self.requested: list[str] = []
        self.outside: list[str] = []
        self.missing: list[str] = []
        self._thread: threading.Thread | None = None
        super().__init__((HOST, 0), self._make_handler)

    def _make_handler(self, request, client_address, server):  # type: ignore[no-untyped-def]
        return _Handler(request, client_address, server, directory=str(self.site))

    @property
    def origin(self) -> str:
        return f"http://{HOST}:{self.server_address[1]}"

    @property
    def base_url(self) -> str:
        return self.origin + self.prefix

    def start(self) -> SubpathServer:
        self._thread = threading.Thread(target=self.serve_forever, name="subpath-server", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self.shutdown()
        self.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)


@contextmanager
def serving(site: Path, prefix: str = PREFIX) -> Iterator[SubpathServer]:
    """Serve ``site`` under ``prefix`` for the duration of the block."""
    server = SubpathServer(site, prefix).start()
    try:
        yield server
    finally:
        server.stop()


@dataclass
class Response:
    url: str
    status: int
    content_type: str
    body: bytes
    location: str | None = None

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", errors="replace")


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        return None


_OPENER = urllib.request.build_opener(_NoRedirect)


def fetch(url: str) -> Response:
    """GET ``url`` (127.0.0.1 only) without following redirects; never raises for an HTTP status."""
    host = urllib.parse.urlsplit(url).hostname
    if host != HOST:
        raise ValueError(f"refusing to fetch a non-local URL: {url}")
    try:
        with _OPENER.open(url, timeout=10) as resp:
            return Response(url, resp.status, resp.headers.get("Content-Type", ""), resp.read())
    except urllib.error.HTTPError as err:
        return Response(url, err.code, err.headers.get("Content-Type", ""), err.read(), err.headers.get("Location"))


# --------------------------------------------------------------------------------------------
# Parsing and crawling

# Attributes that hold a URL the browser will request or navigate to.
_URL_ATTRS = {"href", "src", "poster", "data"}
_CSS_URL = re.compile(r"""url\(\s*(['"]?)([^'")]+)\1\s*\)""")


class PageParser(HTMLParser):
    """Every URL-bearing attribute of a page, and every id (anchor target) it defines."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[tuple[str, str, str]] = []  # (tag, attribute, value)
        self.ids: set[str] = set()
        self.stylesheets: list[str] = []
        self.scripts: list[str] = []
        self.alternates: list[tuple[str, str]] = []  # (type, href) of <link rel="alternate">
        self.anchors: list[tuple[str, str]] = []  # (href, class) of <a>

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: (v or "") for k, v in attrs}
        if a.get("id"):
            self.ids.add(a["id"])
        if tag == "a" and a.get("name"):
            self.ids.add(a["name"])
        for key in _URL_ATTRS:
            if key in a and a[key].strip():
                self.links.append((tag, key, a[key].strip()))
        if "srcset" in a:
            for part in a["srcset"].split(","):
                if part.strip():
                    self.links.append((tag, "srcset", part.strip().split()[0]))
        rel = a.get("rel", "").lower().split()
        if tag == "link" and "stylesheet" in rel and a.get("href"):
            self.stylesheets.append(a["href"])
        if tag == "link" and "alternate" in rel and a.get("href"):
            self.alternates.append((a.get("type", ""), a["href"]))
        if tag == "script" and a.get("src"):
            self.scripts.append(a["src"])
        if tag == "a" and a.get("href"):
            self.anchors.append((a["href"], a.get("class", "")))

    handle_startendtag = handle_starttag


def parse_html(text: str) -> PageParser:
    parser = PageParser()
    parser.feed(text)
    parser.close()
    return parser


def css_urls(text: str) -> list[str]:
    """``url(...)`` references in a stylesheet, without ``data:`` URIs."""
    return [m.group(2).strip() for m in _CSS_URL.finditer(text) if not m.group(2).strip().startswith("data:")]


@dataclass
class CrawlResult:
    """What a crawl saw; ``offenders`` lists every problem as ``referring page: link -> problem``."""

    pages: dict[str, PageParser] = field(default_factory=dict)  # URL without fragment -> parsed HTML
    statuses: dict[str, int] = field(default_factory=dict)  # URL without fragment -> HTTP status
    content_types: dict[str, str] = field(default_factory=dict)
    external_links: set[str] = field(default_factory=set)  # <a href> to other sites (allowed)
    referrers: dict[str, list[str]] = field(default_factory=dict)  # URL -> where it is linked from
    offenders: list[str] = field(default_factory=list)

    def report(self, limit: int = 60) -> str:
        lines = self.offenders[:limit]
        more = len(self.offenders) - len(lines)
        return "\n".join(lines) + (f"\n... and {more} more" if more > 0 else "")


_SKIP_SCHEMES = ("mailto:", "tel:", "data:")
# Links to other sites that are navigation, not resources the page loads.
_NAVIGATION = {("a", "href"), ("link", "href")}


def crawl(base_url: str, max_urls: int = 5000) -> CrawlResult:
    """Fetch ``base_url`` and every same-origin URL reachable from it through HTML and CSS.

    Problems recorded in ``offenders``: a link that cannot be fetched (status >= 400), an anchor
    (``#id``) missing from its target page, a same-origin link outside ``base_url``'s path, a
    resource (script, stylesheet, image ...) loaded from another host, and ``javascript:`` links.
    """
    start = urllib.parse.urlsplit(base_url)
    origin = f"{start.scheme}://{start.netloc}"
    prefix = start.path
    result = CrawlResult()
    queue: deque[str] = deque([base_url])
    seen = {base_url}
    anchors: list[tuple[str, str, str]] = []  # (referring page, target URL, fragment)

    while queue:
        url = queue.popleft()
        resp = fetch(url)
        result.statuses[url] = resp.status
        result.content_types[url] = resp.content_type
        if resp.status >= 400:
            continue
        if 300 <= resp.status < 400:
            refs = [("redirect", "location", resp.location or "")]
        elif resp.content_type.startswith("text/html"):
            page = parse_html(resp.text)
            result.pages[url] = page
            refs = page.links
        elif resp.content_type.startswith("text/css"):
            refs = [("css", "url", u) for u in css_urls(resp.text)]
        else:
            continue
        for tag, attr, raw in refs:
            if raw.lower().startswith(_SKIP_SCHEMES):
                continue
            if raw.lower().startswith("javascript:"):
                result.offenders.append(f"{url}: <{tag} {attr}={raw!r}> is a javascript: link")
                continue
            absolute = urllib.parse.urljoin(url, raw)
            target, _, fragment = absolute.partition("#")
            parts = urllib.parse.urlsplit(target)
            if parts.scheme not in ("http", "https"):
                result.offenders.append(f"{url}: <{tag} {attr}={raw!r}> has an unexpected scheme")
                continue
            if f"{parts.scheme}://{parts.netloc}" != origin:
                if (tag, attr) in _NAVIGATION:
                    result.external_links.add(absolute)
                else:
                    result.offenders.append(f"{url}: <{tag} {attr}={raw!r}> loads a resource from another host")
                continue
            if not parts.path.startswith(prefix):
                result.offenders.append(f"{url}: <{tag} {attr}={raw!r}> escapes {prefix} (resolves to {parts.path})")
                continue
            if fragment:
                anchors.append((url, target, urllib.parse.unquote(fragment)))
            if target not in seen and len(seen) < max_urls:
                seen.add(target)
                queue.append(target)
                result.statuses.setdefault(target, 0)
            result.referrers.setdefault(target, []).append(f"{url}: <{tag} {attr}={raw!r}>")

    for target, status in result.statuses.items():
        if status >= 400:
            for ref in result.referrers.get(target, [target]):
                result.offenders.append(f"{ref} is broken (HTTP {status})")
    for page_url, target, fragment in anchors:
        page = result.pages.get(target)
        if page is None:
            if result.statuses.get(target, 0) < 400 and result.content_types.get(target, "").startswith("text/html"):
                result.offenders.append(f"{page_url}: #{fragment} points into {target}, which was not parsed")
            continue
        if fragment not in page.ids:
            result.offenders.append(f"{page_url}: anchor #{fragment} does not exist in {target}")
    if len(seen) >= max_urls:
        result.offenders.append(f"crawl stopped after {max_urls} URLs")
    return result


# --------------------------------------------------------------------------------------------
# Editing a project's mkdocs.yml


class _Tagged:
    """A YAML node with a custom tag (``!ENV [...]``, ``!!python/name:...``), kept as it was."""

    def __init__(self, tag: str, node: yaml.Node) -> None:
        self.tag = tag
        self.node = node


class _KeepTagsLoader(yaml.SafeLoader):
    pass


def _keep(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> _Tagged:
    return _Tagged(node.tag, node)


_KeepTagsLoader.add_multi_constructor("!", _keep)
_KeepTagsLoader.add_multi_constructor("tag:yaml.org,2002:python/", _keep)


class _KeepTagsDumper(yaml.SafeDumper):
    pass


_KeepTagsDumper.add_representer(_Tagged, lambda dumper, value: value.node)


def set_config(project: Project, key: str, value: object) -> None:
    """Set a top-level key of the project's mkdocs.yml (``site_name``), keeping everything else."""
    path = project.root / "mkdocs.yml"
    config = yaml.load(path.read_text(encoding="utf-8"), Loader=_KeepTagsLoader)
    config[key] = value
    path.write_text(yaml.dump(config, Dumper=_KeepTagsDumper, sort_keys=False, allow_unicode=True), encoding="utf-8")


def set_briefing(project: Project, key: str, value: object) -> None:
    """Set ``extra.briefing.<key>`` in the project's mkdocs.yml, keeping everything else."""
    path = project.root / "mkdocs.yml"
    config = yaml.load(path.read_text(encoding="utf-8"), Loader=_KeepTagsLoader)
    extra = config.get("extra") or {}
    briefing = extra.get("briefing") or {}
    briefing[key] = value
    extra["briefing"] = briefing
    set_config(project, "extra", extra)


def set_publishing(project: Project, mode: str, sources: dict[str, str] | None = None) -> None:
    """Set ``extra.briefing.publishing`` in the project's mkdocs.yml, keeping everything else."""
    set_briefing(project, "publishing", {"mode": mode, **({"sources": sources} if sources else {})})
