"""How long a reader waits for search results on a built site, measured in real Chromium.

usage: python benchmarks/search_latency.py SITE_DIR QUERY [--runs 3] [--prefix /] [--second-query Q]
                                          [--timeout 60] [--verbose]

The site folder is served on 127.0.0.1 by the browser tests' static server (``tests/sitecheck.py``,
GitHub Pages behaviour) under ``--prefix``. A site built without ``SITE_URL`` works at the default
``/``; for a site built with ``SITE_URL=http://host:port/briefing/`` pass ``--prefix /briefing/``
(Material's search itself resolves everything relative to the page, so it works under any prefix,
but the 404 page, canonical links and the sitemap use ``SITE_URL``; a mismatch is reported).

Each run uses a fresh browser context (empty cache, service workers blocked) and:

1. opens the home page and waits for the ``load`` event;
2. at once clicks the search box (``input.md-search__input``) and types QUERY with
   ``page.keyboard.type`` (30 ms between keys), as a reader would;
3. waits until the first ``.md-search-result__item`` is visible (fails after ``--timeout`` s).

Times are taken inside the page with ``performance.now()`` (0 = navigation start), so polling by
Playwright adds nothing to them: t0 is the ``keydown`` of the first character, t1 is the animation
frame in which the first result item is in the DOM (a ``MutationObserver`` records the insertion,
``requestAnimationFrame`` the frame that paints it). Playwright's ``visible`` wait only gates the
run. The page's ``Worker`` constructor is wrapped (an extra ``message`` listener and a pass-through
``postMessage``) to timestamp Material's search-worker protocol: SETUP posted (index JSON fetched
and parsed on the main thread), READY received (lunr index built in the worker), every QUERY posted
and RESULT received. Material 9 fetches ``search/search_index.json`` on the main thread and posts it
to the worker; the worker itself only fetches lunr language files (``importScripts``) for languages
other than English. Requests are counted from Playwright's context-level ``requestfinished`` events,
which include dedicated-worker requests, with ``request.sizes()["responseBodySize"]`` (bytes of the
body as transferred; the local server does not compress, so this is the file size). Every path the
server served must appear among them, otherwise the run fails: no request goes uncounted.
``search_index_gzip_bytes`` is the index compressed with gzip -6 here, roughly what a host that
compresses JSON (GitHub Pages does) would send.

After the first result the run waits until the worker has answered every query (results settled),
records the result count shown (``.md-search-result__meta``) and the first result's title, then
clears the box (select all + Backspace, which Material sees as a ``keyup``), waits for the empty
list and types the second query (QUERY by default) for the warm measurement: index ready, cache warm.

Reported (median over runs for numbers): ``first_result_ms_from_typing`` (t1 - t0),
``first_result_ms_from_navigation`` (t1), ``settled_ms_from_last_key`` (last key to the frame after
the final query's results), ``load_ms``, ``index_fetched_ms`` (responseEnd of the index request),
``index_posted_ms`` (SETUP posted), ``index_ready_ms`` (READY received), ``index_build_ms``
(READY - SETUP), ``bytes_to_first_result`` and ``requests_to_first_result`` (requests finished before
the first result was seen), ``search_index_bytes``, ``warm_result_ms`` (first result of the second
query, from its first key) and ``warm_settled_ms_from_last_key``; plus ``result_count`` (parsed from
``result_meta``, the text Material shows, which rounds: "2.7k matching documents" gives 2700),
``first_result_title`` and ``runs``. Times are wall-clock on a shared machine: compare them within
one invocation.
"""

from __future__ import annotations

import argparse
import gzip
import re
import statistics
import sys
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from playwright.sync_api import Browser, Page, Request, ViewportSize, sync_playwright  # noqa: E402
from playwright.sync_api import Error as PlaywrightError  # noqa: E402

from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS, DESKTOP  # noqa: E402
from tests.sitecheck import HOST, SubpathServer, serving  # noqa: E402

SEARCH_BOX = "input.md-search__input"
RESULT_ITEM = ".md-search-result__item"
RESULT_META = ".md-search-result__meta"
RESULT_TITLE = ".md-search-result__item .md-search-result__article h1, .md-search-result__item h2"
INDEX_PATH = "search/search_index.json"
KEY_DELAY_MS = 30

# Installed before any page script. Message types of Material's search worker protocol (9.x):
# 0 SETUP (page -> worker, carries the index), 1 READY, 2 QUERY (page -> worker), 3 RESULT.
_INSTRUMENT = """
(() => {
  const sl = window.__sl = {
    armed: false, firstKey: null, lastKey: null, firstItem: null, firstItemFrame: null,
    setup: null, ready: null, queries: 0, results: 0, lastResult: null, lastResultFrame: null,
    errors: [],
  };
  addEventListener("keydown", () => {
    if (!sl.armed) return;
    const now = performance.now();
    if (sl.firstKey === null) sl.firstKey = now;
    sl.lastKey = now;
  }, true);
  addEventListener("error", e => sl.errors.push(String(e.message)));
  const Native = window.Worker;
  if (Native) {
    window.Worker = class extends Native {
      constructor(...args) {
        super(...args);
        this.addEventListener("message", ev => {
          const type = ev.data && ev.data.type;
          const now = performance.now();
          if (type === 1) sl.ready = now;
          if (type === 3) {
            sl.results += 1;
            sl.lastResult = now;
            sl.lastResultFrame = null;
            requestAnimationFrame(() => { sl.lastResultFrame = performance.now(); });
          }
        });
      }
      postMessage(message, ...rest) {
        const type = message && message.type;
        if (type === 0 && sl.setup === null) sl.setup = performance.now();
        if (type === 2) sl.queries += 1;
        return super.postMessage(message, ...rest);
      }
    };
  }
  new MutationObserver(() => {
    if (!sl.armed || sl.firstItem !== null) return;
    const item = document.querySelector("__ITEM__");
    if (!item || !item.checkVisibility()) return;
    sl.firstItem = performance.now();
    requestAnimationFrame(() => { sl.firstItemFrame = performance.now(); });
  }).observe(document, { childList: true, subtree: true });
})();
""".replace("__ITEM__", RESULT_ITEM)

_SETTLED = "() => window.__sl.results >= window.__sl.queries && window.__sl.lastResultFrame !== null"


class SearchLatencyError(RuntimeError):
    """The search did not work: no result in time, an uncounted request, a missing index."""


@dataclass
class Fetch:
    """One finished request as the browser saw it."""

    url: str
    body_bytes: int
    finished_ms: float | None  # responseEnd in page time; None for a worker's request (not in page timing)
    before_first_result: bool


@dataclass
class Run:
    """What one run measured; times in ms of page time (0 = navigation start)."""

    load_ms: float
    first_key_ms: float
    first_result_ms: float
    settled_ms_from_last_key: float
    index_fetched_ms: float
    index_posted_ms: float
    index_ready_ms: float
    warm_result_ms: float
    warm_settled_ms_from_last_key: float
    result_count: int
    result_meta: str
    first_result_title: str
    fetches: list[Fetch] = field(default_factory=list)

    @property
    def first_result_ms_from_typing(self) -> float:
        return self.first_result_ms - self.first_key_ms

    @property
    def bytes_to_first_result(self) -> int:
        return sum(f.body_bytes for f in self.fetches if f.before_first_result)

    @property
    def requests_to_first_result(self) -> int:
        return sum(1 for f in self.fetches if f.before_first_result)

    @property
    def search_index_bytes(self) -> int:
        return sum(f.body_bytes for f in self.fetches if _is_index(f.url))


def _body_bytes(request: Request) -> int:
    """Response body bytes as transferred; Content-Length where Chromium reports 0 (the worker script)."""
    size = int(request.sizes()["responseBodySize"])
    response = request.response()
    if size == 0 and response is not None:
        length = response.headers.get("content-length", "")
        if length.isdigit():
            return int(length)
    return size


def _count(meta: str) -> int:
    """The number in Material's result summary ("39 matching documents", "2.7k ..."); 0 if none."""
    found = re.search(r"(\d+(?:\.\d+)?)\s*([kM]?)", meta.replace(",", ""))
    if not found:
        return 0
    return round(float(found.group(1)) * {"": 1, "k": 1_000, "M": 1_000_000}[found.group(2)])


def _is_index(url: str) -> bool:
    return urllib.parse.urlsplit(url).path.endswith("/" + INDEX_PATH)


def _fail(page: Page, message: str, err: Exception | None = None) -> SearchLatencyError:
    state = page.evaluate("() => window.__sl")
    meta = page.locator(RESULT_META).first.inner_text() if page.locator(RESULT_META).count() else "(no meta)"
    return SearchLatencyError(f"{message} ({page.url}); result meta: {meta!r}; worker/timing state: {state}")


def _type_and_wait(page: Page, query: str, timeout_s: float, what: str, finished: list[Request]) -> tuple[float, ...]:
    """Type ``query`` into the focused box and wait for the results.

    Returns (first key, first result frame, settled - last key) in ms, and how many requests had
    finished when the first result was seen (in event order). Fails when no result item becomes
    visible within ``timeout_s`` or when the final query (the whole of ``query``) shows none.
    """
    page.keyboard.type(query, delay=KEY_DELAY_MS)
    try:
        page.wait_for_function("() => window.__sl.firstItemFrame !== null", timeout=timeout_s * 1000)
    except PlaywrightError as err:
        raise _fail(page, f"no search result visible within {timeout_s:g} s for the {what}") from err
    seen = len(finished)
    try:
        page.wait_for_function(_SETTLED, timeout=timeout_s * 1000)
    except PlaywrightError as err:
        raise _fail(page, f"the search worker did not answer every query within {timeout_s:g} s") from err
    if not page.locator(RESULT_ITEM).first.is_visible():
        raise _fail(page, f"the {what} finds nothing (results shown while typing were for a prefix only)")
    sl = page.evaluate("() => window.__sl")
    return sl["firstKey"], sl["firstItemFrame"], sl["lastResultFrame"] - sl["lastKey"], seen


def _served_paths(server: SubpathServer, start: int) -> set[str]:
    return {p for p in server.requested[start:] if p.startswith(server.prefix)}


def _one_run(browser: Browser, server: SubpathServer, query: str, second_query: str, timeout_s: float) -> Run:
    viewport = ViewportSize(width=DESKTOP["width"], height=DESKTOP["height"])
    context = browser.new_context(viewport=viewport, color_scheme="light", service_workers="block")
    context.set_default_timeout(timeout_s * 1000)
    finished: list[Request] = []
    failed: list[str] = []
    context.on("requestfinished", lambda r: finished.append(r))
    context.on("requestfailed", lambda r: failed.append(f"{r.url}: {r.failure}"))
    context.route(lambda url: urllib.parse.urlsplit(url).hostname != HOST, lambda route: route.abort())
    context.add_init_script(_INSTRUMENT)
    served_from = len(server.requested)
    try:
        page = context.new_page()
        page_errors: list[str] = []
        page.on("pageerror", lambda e: page_errors.append(str(e)))
        page.goto(server.base_url, wait_until="load")
        box = page.locator(SEARCH_BOX)
        page.evaluate("() => { window.__sl.armed = true; }")
        box.click()
        first_key, first_result, settled, cold_seen = _type_and_wait(
            page, query, timeout_s, f"query {query!r}", finished
        )
        meta = page.locator(RESULT_META).first.inner_text().strip()
        titles = page.locator(RESULT_TITLE)
        title = titles.first.inner_text().strip() if titles.count() else ""
        count = _count(meta)
        sl = page.evaluate("() => window.__sl")
        timing = page.evaluate(
            """path => {
              const nav = performance.getEntriesByType("navigation")[0];
              const index = performance.getEntriesByType("resource").find(e => e.name.endsWith("/" + path));
              return { load: nav ? nav.loadEventEnd : null, index: index ? index.responseEnd : null };
            }""",
            INDEX_PATH,
        )

        # Warm: clear (a keyup, so Material sends the empty query), wait for the empty list, type again.
        page.keyboard.press("Control+A")
        page.keyboard.press("Backspace")
        page.wait_for_function(
            f"() => !document.querySelector('{RESULT_ITEM}') && ({_SETTLED})()", timeout=timeout_s * 1000
        )
        page.evaluate("() => Object.assign(window.__sl, {firstKey: null, firstItem: null, firstItemFrame: null})")
        warm_key, warm_result, warm_settled, _ = _type_and_wait(page, second_query, timeout_s, "second query", finished)

        # Let late requests (favicon, sitemap) finish so each one the server sent has its event.
        page.wait_for_load_state("networkidle")
        # Page-side resource timing (main thread only) dates each fetch for the breakdown.
        ends = dict(page.evaluate("() => performance.getEntries().map(e => [e.name, e.responseEnd])"))
        fetches = [Fetch(r.url, _body_bytes(r), ends.get(r.url), i < cold_seen) for i, r in enumerate(finished)]
        seen_paths = {urllib.parse.urlsplit(f.url).path for f in fetches}
        unseen = _served_paths(server, served_from) - seen_paths
        if unseen:
            raise SearchLatencyError(f"the server sent files the browser-side count missed: {sorted(unseen)}")
        if not any(_is_index(f.url) and f.before_first_result for f in fetches):
            raise SearchLatencyError(f"no {INDEX_PATH} download was counted before the first result")
        if page_errors or failed:
            raise SearchLatencyError(f"errors in the page: {page_errors}; failed requests: {failed}")
        return Run(
            load_ms=timing["load"],
            first_key_ms=first_key,
            first_result_ms=first_result,
            settled_ms_from_last_key=settled,
            index_fetched_ms=timing["index"] if timing["index"] is not None else float("nan"),
            index_posted_ms=sl["setup"],
            index_ready_ms=sl["ready"],
            warm_result_ms=warm_result - warm_key,
            warm_settled_ms_from_last_key=warm_settled,
            result_count=count,
            result_meta=meta,
            first_result_title=title,
            fetches=fetches,
        )
    finally:
        context.close()


def _canonical_prefix(site_dir: Path) -> str | None:
    """The path of the home page's canonical URL (from ``SITE_URL``), or None when it has none."""
    home = site_dir / "index.html"
    if not home.is_file():
        return None
    found = re.search(r'<link rel="canonical" href="([^"]+)"', home.read_text(encoding="utf-8"))
    return urllib.parse.urlsplit(found.group(1)).path if found else None


def measure_runs(
    site_dir: Path,
    query: str,
    *,
    runs: int = 3,
    prefix: str = "/",
    second_query: str | None = None,
    timeout_s: float = 60.0,
) -> list[Run]:
    """Serve ``site_dir`` under ``prefix`` and measure ``runs`` fresh-context searches for ``query``."""
    site_dir = Path(site_dir).resolve()
    if not (site_dir / "index.html").is_file():
        raise SearchLatencyError(f"{site_dir} has no index.html: not a built site")
    if not (site_dir / INDEX_PATH).is_file():
        raise SearchLatencyError(f"{site_dir} has no {INDEX_PATH}: is the search plugin enabled?")
    if not Path(CHROMIUM).is_file():
        raise SearchLatencyError(f"Chromium not found at {CHROMIUM} (set CHROMIUM)")
    if not prefix.startswith("/") or not prefix.endswith("/"):
        raise ValueError(f"prefix must start and end with '/': {prefix!r}")
    results: list[Run] = []
    with serving(site_dir, prefix) as server, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            for _ in range(runs):
                results.append(_one_run(browser, server, query, second_query or query, timeout_s))
        finally:
            browser.close()
    return results


def summarize(site_dir: Path, runs: list[Run]) -> dict[str, float | int | str]:
    """Medians over ``runs`` of every number, and the last run's result count and first title."""

    def median(values: list[float]) -> float:
        return round(statistics.median(values), 1)

    index_file = Path(site_dir) / INDEX_PATH
    return {
        "runs": len(runs),
        "first_result_ms_from_typing": median([r.first_result_ms_from_typing for r in runs]),
        "first_result_ms_from_navigation": median([r.first_result_ms for r in runs]),
        "settled_ms_from_last_key": median([r.settled_ms_from_last_key for r in runs]),
        "load_ms": median([r.load_ms for r in runs]),
        "index_fetched_ms": median([r.index_fetched_ms for r in runs]),
        "index_posted_ms": median([r.index_posted_ms for r in runs]),
        "index_ready_ms": median([r.index_ready_ms for r in runs]),
        "index_build_ms": median([r.index_ready_ms - r.index_posted_ms for r in runs]),
        "warm_result_ms": median([r.warm_result_ms for r in runs]),
        "warm_settled_ms_from_last_key": median([r.warm_settled_ms_from_last_key for r in runs]),
        "bytes_to_first_result": int(statistics.median([r.bytes_to_first_result for r in runs])),
        "requests_to_first_result": int(statistics.median([r.requests_to_first_result for r in runs])),
        "search_index_bytes": int(statistics.median([r.search_index_bytes for r in runs])),
        "search_index_gzip_bytes": len(gzip.compress(index_file.read_bytes(), compresslevel=6)),
        "result_count": runs[-1].result_count,
        "result_meta": runs[-1].result_meta,
        "first_result_title": runs[-1].first_result_title,
    }


def measure(
    site_dir: Path,
    query: str,
    *,
    runs: int = 3,
    prefix: str = "/",
    second_query: str | None = None,
    timeout_s: float = 60.0,
) -> dict[str, float | int | str]:
    """Median search latency and bytes for ``query`` on the built site ``site_dir`` (see the module doc)."""
    return summarize(
        site_dir,
        measure_runs(site_dir, query, runs=runs, prefix=prefix, second_query=second_query, timeout_s=timeout_s),
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site_dir", type=Path, help="a built site folder (with index.html and search/)")
    parser.add_argument("query")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--prefix", default="/", help="URL path to serve the site under; the path of SITE_URL if it was built with one"
    )
    parser.add_argument("--second-query", help="the query typed for the warm measurement (default: QUERY)")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds to wait for a result (default 60)")
    parser.add_argument("--verbose", action="store_true", help="print every run and its per-URL bytes")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    canonical = _canonical_prefix(args.site_dir)
    if canonical is not None and canonical != args.prefix:
        print(f"note: the site was built for {canonical} (SITE_URL); serving it under {args.prefix}", file=sys.stderr)
    try:
        runs = measure_runs(
            args.site_dir,
            args.query,
            runs=args.runs,
            prefix=args.prefix,
            second_query=args.second_query,
            timeout_s=args.timeout,
        )
    except SearchLatencyError as err:
        print(f"search_latency: FAILED: {err}", file=sys.stderr)
        return 1
    if args.verbose:
        for n, run in enumerate(runs, 1):
            print(
                f"run {n}: load {run.load_ms:.0f} ms, first key {run.first_key_ms:.0f}, index fetched "
                f"{run.index_fetched_ms:.0f}, posted {run.index_posted_ms:.0f}, ready {run.index_ready_ms:.0f}, "
                f"first result {run.first_result_ms:.0f} ms ({run.first_result_ms_from_typing:.0f} from typing), "
                f"warm {run.warm_result_ms:.0f} ms"
            )
            for f in sorted(run.fetches, key=lambda f: (f.finished_ms is None, f.finished_ms or 0)):
                when = "  worker   " if f.finished_ms is None else f"{f.finished_ms:8.0f} ms"
                mark = " " if f.before_first_result else "+"  # + finished after the first result was seen
                print(f"  {mark} {when} {f.body_bytes:>12,d} B  {f.url}")
            print(f"    {run.bytes_to_first_result:,d} B in {run.requests_to_first_result} requests before t1")
    for key, value in summarize(args.site_dir, runs).items():
        print(f"{key:32s} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
