"""Time and memory of the generator and the site build on N realistic synthetic articles; prints the scale table.

usage: python benchmarks/scale.py [N ...] [--engine mkdocs|zensical] [--keep DIR] [--search]

Default sizes: 1000 and 10000 (the 10,000-article run takes many minutes; progress goes to
stderr as each step finishes). For each N, in a fresh work folder holding a copy of the
repository's ``mkdocs.yml``, ``overrides/``, the data folder ``briefing/`` and ``docs_src/about.md``:

1. ``benchmarks/synth.py`` writes N synthetic saved pages into ``seeds/`` (``make_corpus``).
2. generator cold: ``python -m generator build --seeds seeds --docs docs_src --cache cache
   --config mkdocs.yml`` with an empty cache.
3. generator no-change rerun: the same command again; nothing changed, so it should write
   (almost) nothing. "pages written" is W from its line "Built N articles (K skipped) into
   ...: W written, U unchanged, R removed."
4. incremental rerun: ``synth.change_one`` edits one sentence of one seed, then the same
   command; "pages written" is again W (the article page and the indexes it appears on).
4b. added rerun: ``synth.write_article(seeds, N)`` writes article N + 1 (the one a larger n
   would add) and touches no other file, as an analyst adding one article does (``make_corpus``
   would rewrite every file with a new modification time, so the rerun would hash all of them),
   then the same command: the cost of publishing one new article.
5. site build: ``python -m mkdocs build --strict -q -d site`` (or, with ``--engine zensical``,
   ``zensical build --clean -f mkdocs.yml``).
6. site measurements: total size of every file under ``site/``, the number of HTML pages, the
   HTML bytes of each article page (``site/articles/<slug>/index.html`` for every generated
   ``docs_src/articles/<slug>.md``: median and max), the largest HTML page anywhere in the site
   (bytes and path), and the search payload (``search/search_index.json`` for MkDocs,
   ``search.json`` for Zensical: the file the browser downloads before it can search).
7. with ``--search``: search latency in Chromium from ``benchmarks/search_latency.py``
   (``measure(site_dir, query)``). The query is the canonical name of the actor that appears
   in the most articles according to the generator's ``docs_src/briefing.json`` (ties broken
   by name): the search a reader of this briefing is most likely to make, and one of the
   heaviest (most matching documents).

Wall times are seconds of the child process. Peak RSS is measured in isolation for every
command: a small wrapper process runs the command and then reports
``getrusage(RUSAGE_CHILDREN).ru_maxrss``, which covers the command's process and every process
it started and waited for (the generator's worker processes). ``ru_maxrss`` is the peak of the
largest single process, not the sum over processes running at the same time, so with N worker
processes the machine's total can be up to about N times higher.

Sizes: KB, MB and GB are powers of 1000; MiB and GiB (memory) powers of 1024.

Then one Markdown table, a column per N, and below it the ratio lines: generator time of the
largest N over the smallest and, when both 1000 and 10000 were run, each target of the scale
issue with PASS or FAIL computed from the measured numbers. Timings on a shared 2-core
machine vary from run to run: compare them as ratios within one run, not across runs.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.synth import change_one, make_corpus, write_article  # noqa: E402

MIB = 1024 * 1024
GIB = 1024 * MIB
# Runs a command, then prints its wall time and the peak RSS of the largest process it (or any
# descendant it waited for) had, as JSON on the last line. Run fresh for every measurement, so
# RUSAGE_CHILDREN holds that command alone.
_WRAPPER = """
import json, resource, subprocess, sys, time
start = time.perf_counter()
proc = subprocess.run(sys.argv[1:], capture_output=True, text=True)
wall = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"rc": proc.returncode, "wall": wall, "maxrss": peak, "out": proc.stdout, "err": proc.stderr}))
"""
_BUILT = re.compile(r"Built (\d+) articles? \((\d+) skipped\) into .*: (\d+) written, (\d+) unchanged, (\d+) removed\.")


@dataclass
class Timed:
    """One measured command."""

    seconds: float
    peak_bytes: int
    stdout: str


@dataclass
class Result:
    """Everything measured for one N."""

    n: int
    cold: Timed
    rerun: Timed
    rerun_written: int
    incremental: Timed
    incremental_written: int
    added: Timed
    added_written: int
    site: Timed
    site_bytes: int
    html_pages: int
    article_html: list[int]
    largest_page: tuple[int, str]
    search_bytes: int | None
    search_file: str | None
    query: str | None = None
    search: dict[str, Any] | None = field(default=None)


def progress(n: int, message: str) -> None:
    """One progress line on stderr."""
    print(f"[N={n}] {message}", file=sys.stderr, flush=True)


def run(cmd: Sequence[str], cwd: Path) -> Timed:
    """Run ``cmd`` in ``cwd`` through the wrapper; fail loudly (with its stderr) if it fails."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    # The generator is imported from this checkout, after anything the caller put on PYTHONPATH.
    env["PYTHONPATH"] = os.pathsep.join(p for p in (env.get("PYTHONPATH"), str(ROOT)) if p)
    proc = subprocess.run(
        [sys.executable, "-c", _WRAPPER, *cmd], cwd=cwd, env=env, capture_output=True, text=True, check=True
    )
    data = json.loads(proc.stdout.strip().splitlines()[-1])
    if data["rc"] != 0:
        raise RuntimeError(f"{' '.join(cmd)} exited with {data['rc']}:\n{data['err'][-3000:]}")
    scale = 1 if sys.platform == "darwin" else 1024  # ru_maxrss is bytes on macOS, KiB on Linux
    return Timed(data["wall"], data["maxrss"] * scale, data["out"])


def written(timed: Timed) -> int:
    """W from the generator's summary line."""
    match = _BUILT.search(timed.stdout)
    if not match:
        raise RuntimeError(f"no 'Built ...' line in the generator output:\n{timed.stdout[-2000:]}")
    return int(match[3])


def site_command(engine: str) -> list[str]:
    """The site build command of ``engine``, run in the work folder."""
    if engine == "zensical":
        return [str(Path(sys.executable).parent / "zensical"), "build", "--clean", "-f", "mkdocs.yml"]
    return [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", "site"]


def search_payload(site: Path) -> Path | None:
    """The search index the browser downloads: MkDocs Material's or Zensical's."""
    for rel in ("search/search_index.json", "search.json"):
        if (site / rel).is_file():
            return site / rel
    found = sorted(site.glob("**/search*.json"))
    return found[0] if found else None


def measure_site(site: Path, docs: Path) -> dict[str, Any]:
    """Sizes of the built site (see the module docstring, step 6)."""
    total = 0
    pages: list[tuple[int, str]] = []
    for dirpath, _dirs, files in os.walk(site):
        for name in files:
            path = Path(dirpath) / name
            size = path.stat().st_size
            total += size
            if name.endswith(".html"):
                pages.append((size, path.relative_to(site).as_posix()))
    slugs = sorted(p.stem for p in (docs / "articles").glob("*.md") if p.stem != "index")
    article_html = [
        (site / "articles" / slug / "index.html").stat().st_size
        for slug in slugs
        if (site / "articles" / slug / "index.html").is_file()
    ]
    index = search_payload(site)
    return {
        "site_bytes": total,
        "html_pages": len(pages),
        "article_html": article_html,
        "largest_page": max(pages) if pages else (0, "-"),
        "search_bytes": index.stat().st_size if index else None,
        "search_file": index.relative_to(site).as_posix() if index else None,
    }


def top_actor(docs: Path) -> str | None:
    """Canonical name of the actor in the most articles (ties broken by name), from briefing.json."""
    path = docs / "briefing.json"
    if not path.is_file():
        return None
    actors = json.loads(path.read_text(encoding="utf-8")).get("actors") or []
    ranked = sorted(actors, key=lambda a: (-len(a.get("articles") or []), a.get("name", "")))
    return ranked[0]["name"] if ranked else None


def search_latency(site: Path, query: str) -> dict[str, Any] | None:
    """``benchmarks/search_latency.measure``, or None (with a note) when it cannot run here."""
    try:
        from benchmarks import search_latency  # optional: needs Playwright and Chromium
    except ImportError:
        print("search latency: not available", file=sys.stderr)
        return None
    measure: Callable[[Path, str], dict[str, Any]] | None = getattr(search_latency, "measure", None)
    if measure is None:
        print("search latency: not available", file=sys.stderr)
        return None
    error = getattr(search_latency, "SearchLatencyError", RuntimeError)
    try:
        return measure(site, query)
    except error as exc:
        print(f"search latency: failed: {exc}", file=sys.stderr)
        return None


def prepare(work: Path) -> None:
    """The site configuration, as in the repository, in an empty work folder."""
    shutil.copy(ROOT / "mkdocs.yml", work / "mkdocs.yml")
    shutil.copytree(ROOT / "overrides", work / "overrides")
    shutil.copytree(ROOT / "briefing", work / "briefing")  # the data folder mkdocs.yml names
    (work / "docs_src").mkdir()
    shutil.copy(ROOT / "docs_src" / "about.md", work / "docs_src" / "about.md")


def bench(n: int, work: Path, engine: str, with_search: bool) -> Result:
    """Steps 1-7 of the module docstring for one N, in ``work``."""
    prepare(work)
    seeds = work / "seeds"
    start = time.perf_counter()
    paths = make_corpus(seeds, n)
    size = sum(p.stat().st_size for p in paths)
    progress(n, f"corpus: {len(paths)} files, {size / 1e6:.1f} MB in {time.perf_counter() - start:.1f}s")
    gen = [sys.executable, "-m", "generator", "build", "--seeds", "seeds", "--docs", "docs_src", "--cache", "cache",
           "--config", "mkdocs.yml"]  # fmt: skip
    cold = run(gen, work)
    progress(n, f"generator cold: {cold.seconds:.1f}s, peak RSS {cold.peak_bytes / MIB:.0f} MiB")
    rerun = run(gen, work)
    progress(n, f"generator no-change rerun: {rerun.seconds:.1f}s, {written(rerun)} written")
    changed = change_one(seeds)
    incremental = run(gen, work)
    progress(
        n,
        f"incremental rerun ({changed.relative_to(seeds)} changed): {incremental.seconds:.1f}s, "
        f"{written(incremental)} written",
    )
    write_article(seeds, n)
    added = run(gen, work)
    progress(n, f"rerun after one added article: {added.seconds:.1f}s, {written(added)} written")
    site = run(site_command(engine), work)
    progress(n, f"site build ({engine}): {site.seconds:.1f}s, peak RSS {site.peak_bytes / MIB:.0f} MiB")
    measured = measure_site(work / "site", work / "docs_src")
    progress(n, f"site: {measured['site_bytes'] / 1e6:.1f} MB, {measured['html_pages']} HTML pages")
    result = Result(
        n, cold, rerun, written(rerun), incremental, written(incremental), added, written(added), site, **measured
    )
    if with_search:
        result.query = top_actor(work / "docs_src")
        if result.query:
            result.search = search_latency(work / "site", result.query)
            progress(n, f"search latency for {result.query!r}: {'done' if result.search else 'not measured'}")
    return result


# ---------------------------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------------------------
def _pct(part: float, whole: float) -> str:
    return f"{100 * part / whole:.1f}" if whole else "-"


def rows(results: list[Result]) -> list[tuple[str, list[str]]]:
    """The table's rows: a label and one cell per N."""

    def cells(f: Callable[[Result], str]) -> list[str]:
        return [f(r) for r in results]

    def html(r: Result) -> str:
        if not r.article_html:
            return "-"
        return f"{statistics.median(r.article_html) / 1000:.1f} KB / {max(r.article_html) / 1000:.1f} KB"

    out = [
        ("generator cold (s)", cells(lambda r: f"{r.cold.seconds:.1f}")),
        ("generator peak RSS (MiB, largest process)", cells(lambda r: f"{r.cold.peak_bytes / MIB:.0f}")),
        ("generator no-change rerun (s)", cells(lambda r: f"{r.rerun.seconds:.1f}")),
        ("no-change rerun: pages written", cells(lambda r: str(r.rerun_written))),
        ("incremental rerun after one changed seed (s)", cells(lambda r: f"{r.incremental.seconds:.1f}")),
        ("incremental rerun: pages written", cells(lambda r: str(r.incremental_written))),
        ("rerun after one added article (s)", cells(lambda r: f"{r.added.seconds:.1f}")),
        ("added rerun: pages written", cells(lambda r: str(r.added_written))),
        ("no-change rerun / cold (%)", cells(lambda r: _pct(r.rerun.seconds, r.cold.seconds))),
        ("incremental rerun / cold (%)", cells(lambda r: _pct(r.incremental.seconds, r.cold.seconds))),
        ("added rerun / cold (%)", cells(lambda r: _pct(r.added.seconds, r.cold.seconds))),
        ("site build (s)", cells(lambda r: f"{r.site.seconds:.1f}")),
        ("site build peak RSS (MiB, largest process)", cells(lambda r: f"{r.site.peak_bytes / MIB:.0f}")),
        ("generator / site build (%)", cells(lambda r: _pct(r.cold.seconds, r.site.seconds))),
        ("site size (MB)", cells(lambda r: f"{r.site_bytes / 1e6:.1f}")),
        ("HTML pages", cells(lambda r: str(r.html_pages))),
        ("HTML bytes per article page (median / max)", cells(html)),
        ("largest page (KB, path)", cells(lambda r: f"{r.largest_page[0] / 1000:.1f} `{r.largest_page[1]}`")),
        (
            "search payload (MB)",
            cells(lambda r: f"{r.search_bytes / 1e6:.2f} `{r.search_file}`" if r.search_bytes is not None else "-"),
        ),
    ]
    if any(r.query for r in results):
        out.append(("search query (actor in most articles)", cells(lambda r: r.query or "-")))

        def latency(key: str) -> Callable[[Result], str]:
            return lambda r: str(r.search.get(key, "-")) if r.search else "not available"

        for key in ("first_result_ms_from_typing", "first_result_ms_from_navigation", "index_ready_ms",
                    "warm_result_ms", "result_count"):  # fmt: skip
            out.append((f"search: {key.replace('_', ' ')}", cells(latency(key))))
    return out


def table(results: list[Result]) -> str:
    """The Markdown table, a column per N."""
    header = "| | " + " | ".join(f"N = {r.n:,}" for r in results) + " |"
    lines = [header, "|---|" + "---:|" * len(results)]
    lines += [f"| {label} | " + " | ".join(values) + " |" for label, values in rows(results)]
    return "\n".join(lines)


def targets(small: Result, large: Result) -> list[tuple[bool, str]]:
    """The scale issue's targets, checked on the 10,000-article run (and the 10k/1k ratio)."""
    ratio = large.cold.seconds / small.cold.seconds if small.cold.seconds else float("inf")
    gen_share = large.cold.seconds / large.site.seconds if large.site.seconds else float("inf")
    add_share = large.added.seconds / large.cold.seconds if large.cold.seconds else float("inf")
    checks = [
        (gen_share <= 0.5, f"generator <= 50% of site build time: {100 * gen_share:.1f}%"),
        (large.cold.peak_bytes <= GIB, f"generator RSS <= 1 GiB: {large.cold.peak_bytes / GIB:.2f} GiB"),
        (ratio <= 11, f"generator time {large.n:,}/{small.n:,} <= 11: {ratio:.2f}"),
        (add_share <= 0.05, f"rerun after one added article <= 5% of the cold run: {100 * add_share:.1f}%"),
        (large.site_bytes < 1e9, f"site < 1 GB: {large.site_bytes / 1e9:.2f} GB"),
        (
            large.largest_page[0] <= 300_000,
            f"largest generated page <= 300 KB HTML: {large.largest_page[0] / 1000:.1f} KB ({large.largest_page[1]})",
        ),
    ]
    if large.search_bytes is not None:
        checks.append((large.search_bytes <= 10e6, f"search payload <= 10 MB: {large.search_bytes / 1e6:.2f} MB"))
    else:
        checks.append((False, "search payload <= 10 MB: no search index found"))
    first = large.search.get("first_result_ms_from_typing") if large.search else None
    if isinstance(first, (int, float)):
        checks.append((first <= 1000, f"first search result <= 1 s after typing: {first / 1000:.2f} s"))
    return checks


def report(results: list[Result]) -> str:
    """The table, then the ratio lines and (for 1000 and 10000) the targets with PASS or FAIL."""
    lines = [table(results), ""]
    ordered = sorted(results, key=lambda r: r.n)
    if len(ordered) > 1:
        small, large = ordered[0], ordered[-1]
        ratio = large.cold.seconds / small.cold.seconds if small.cold.seconds else float("inf")
        lines.append(f"generator time {large.n:,}/{small.n:,}: {ratio:.2f} (articles x{large.n / small.n:g})")
    by_n = {r.n: r for r in results}
    if 1000 in by_n and 10000 in by_n:
        lines.append("")
        lines.append("Targets (N = 10,000):")
        lines += [f"- {'PASS' if ok else 'FAIL'}: {text}" for ok, text in targets(by_n[1000], by_n[10000])]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Command line (see the module docstring)."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[1000, 10000], metavar="N", help="corpus sizes")
    parser.add_argument("--engine", choices=("mkdocs", "zensical"), default="mkdocs", help="site builder")
    parser.add_argument("--keep", type=Path, metavar="DIR", help="keep the work folders, as DIR/N<size>")
    parser.add_argument("--search", action="store_true", help="also measure search latency in Chromium")
    args = parser.parse_args(argv)
    if any(n < 1 for n in args.sizes):
        parser.error("sizes must be positive")
    results = []
    for n in args.sizes:
        if args.keep:
            work = args.keep / f"N{n}"
            if work.exists() and any(work.iterdir()):
                parser.error(f"{work} exists and is not empty")
            work.mkdir(parents=True, exist_ok=True)
            results.append(bench(n, work, args.engine, args.search))
            progress(n, f"kept in {work}")
        else:
            with tempfile.TemporaryDirectory(prefix=f"scale-{n}-") as tmp:
                results.append(bench(n, Path(tmp), args.engine, args.search))
    print(report(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
