"""Score the generator's metadata (title, date, authors) on textbench, as text dumps and as saved pages.

usage: python benchmarks/meta_bench.py [--bench DIR] [--split train|dev|all] [--path txt|html|all]
                                        [--trafilatura] [--jobs N] [--out DIR] [--per-page] [--limit N]

Each page runs through the generator's own per-article path (``to_source`` then ``process``), as a
``tNNN.txt`` text dump and as a ``tNNN.html`` saved page (the ``.html.gz`` decompressed); no sidecar is
given, so nothing comes from the benchmark's gold. The results are written as a ``briefing.json``-shaped
file and scored by the benchmark's own ``score_meta.py``; its lines are printed as they are, then the
wrong-date rate over all pages, a line per language and a line for each half of the sites (the
``held-out`` half, chosen by a hash of the site, is the one the rules were not developed on; see
``benchmarks/sites.py``). On train, the reported sources are counted by basis as
"domain-consistent" (``domain_consistent``: the name fits the page's host or is the known outlet of
that host) or "other", on all sites and on the held-out ones.
``--trafilatura`` adds trafilatura's own metadata on the HTML as a reference.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.sites import fold_of, registrable  # noqa: E402

SPLITS = {"train": "train", "dev": "."}
_KNOWLEDGE: Any = None


def _knowledge() -> Any:
    global _KNOWLEDGE  # one load per worker process
    if _KNOWLEDGE is None:
        from generator.knowledge import load_knowledge

        _KNOWLEDGE = load_knowledge(REPO / "briefing")
    return _KNOWLEDGE


def page_bytes(page: Path) -> bytes:
    """The page's bytes (saved pages are stored gzipped)."""
    data = page.read_bytes()
    return gzip.decompress(data) if page.suffix == ".gz" else data


def run_generator(page: Path) -> dict[str, Any]:
    """The generator's metadata for one page, as a briefing.json article record."""
    from generator.article.process import process
    from generator.read import RawInput, to_source
    from generator.read.records import SourceDoc

    seed = page.name.removesuffix(".gz")
    fmt = "html" if seed.endswith(".html") else "txt"
    data = page_bytes(page)
    doc, _ = to_source(RawInput(seed, data, len(data), None, None, fmt))
    result = process(doc, _knowledge()) if isinstance(doc, SourceDoc) else doc
    meta = getattr(getattr(result, "draft", None), "meta", None)
    if meta is None:
        return {"seed": seed, "title": None, "authors": [], "date": None, "date_basis": "unknown", "source": None}
    return {
        "seed": seed,
        "title": meta.title,
        "authors": list(meta.authors),
        "date": meta.date.isoformat() if meta.date else None,
        "date_basis": str(meta.date_basis),
        "source": meta.source,
        "evidence": {name: f"{ev.basis}: {ev.text}" for name, ev in meta.evidence},
    }


def run_trafilatura(page: Path) -> dict[str, Any]:
    """trafilatura's own metadata for one saved page (a reference, not the generator)."""
    import trafilatura

    seed = page.name.removesuffix(".gz")
    html = page_bytes(page).decode("utf-8", errors="replace")
    doc = trafilatura.bare_extraction(html, with_metadata=True)
    author = getattr(doc, "author", None) or ""
    date = getattr(doc, "date", None)
    return {
        "seed": seed,
        "title": getattr(doc, "title", None),
        "authors": [a.strip() for a in author.split(";") if a.strip()],
        "date": date,
        "date_basis": "explicit" if date else "unknown",
        "source": getattr(doc, "sitename", None),
    }


def _score(bench: Path, briefing: Path, gold: Path, per_page: bool) -> dict[str, Any]:
    scores = briefing.with_suffix(".scores.json")
    cmd = [sys.executable, str(bench / "score_meta.py"), str(briefing), "--gold", str(gold), "--only-present"]
    cmd += ["--json", str(scores)] + (["--per-page"] if per_page else [])
    subprocess.run(cmd, check=True)
    result: dict[str, Any] = json.loads(scores.read_text(encoding="utf-8"))
    return result


def _tally(rows: list[dict[str, Any]]) -> str:
    """Title, date and author scores of a subset of the scorer's per-page rows."""
    title = [r["title"] == "exact" for r in rows if "title" in r]
    dated = [r["date"] for r in rows if "date" in r and not r["date"].startswith("reported")]
    wrong = sum(d.startswith("wrong") for d in dated)
    hits = gold = reported = 0
    for r in rows:
        if "authors" not in r:
            continue
        found, rest = r["authors"].split(" found, ")
        h, g = (int(x) for x in found.split("/"))
        u = int(rest.split()[0])
        if g:
            hits, gold, reported = hits + h, gold + g, reported + h + u
    parts = [f"pages {len(rows)}"]
    if title:
        parts.append(f"title {sum(title) / len(title):.3f} of {len(title)}")
    if dated:
        exact = sum(d == "exact" for d in dated)
        parts.append(f"date {exact / len(dated):.3f} of {len(dated)}, wrong {wrong} ({wrong / len(dated):.1%})")
    if gold:
        p = f"{hits / reported:.3f}" if reported else "-"
        parts.append(f"authors p {p} r {hits / gold:.3f} of {gold} names")
    return "; ".join(parts)


_NAME_WORD = re.compile(r"^[A-ZÀ-ÞŁŚŻ][^\W\d_]*(?:[-'’.][^\W\d_]*)*\.?$")


def person_gold(g: dict[str, Any]) -> bool:
    """Whether every name of a page's gold author is a person's: 2-5 words, each capitalised, no digits.

    A handle ("c1ph4"), a first name alone, a site or desk name ("Redaktion", "www.example.com")
    is not; the split is the scorer's (",", ";", "/", "and", "und", "&").
    """
    value = g.get("author")
    parts = value if isinstance(value, list) else re.split(r"[;,/]|\s+(?:and|und|&)\s+", str(value or ""))
    names = [re.sub(r"^(?:[Bb]y|[Vv]on)\s+", "", p.strip()) for p in parts if p and p.strip()]
    return bool(names) and all(
        2 <= len(n.split()) <= 5 and all(_NAME_WORD.match(w) for w in n.split()) for n in names
    )


def _page_host(g: dict[str, Any]) -> str:
    from generator.read.urls import host_of

    url = str(g.get("url", "")).removeprefix("x")
    return (host_of(url) or "") if url.startswith("http") else ""


def domain_consistent(source: str, host: str) -> bool:
    """Whether an outlet name fits the page's host (an approximate check: a name can differ from its domain).

    It does when it is the host's registered domain itself, or when the generator's own check
    (``source.fits_domain``) says so: a known outlet (``outlets.yml``) one of whose domains the host
    is on, or folded letters that equal, contain or are contained in a label of the host ("Der
    Tagesspiegel" on ``tagesspiegel.de``, "Example Blog" on ``exampleblog.wordpress.com``; the
    shorter side at least 4 letters).
    """
    from generator.article.extract.source import Context, fits_domain

    if not host:
        return False
    name = source.strip().lower().removeprefix("www.")
    if "." in name and " " not in name and registrable(name) == registrable(host):
        return True
    kb = _knowledge()
    return fits_domain(source, host, Context(kb.outlets, kb.languages, kb.registry))


def outlet_tally(articles: list[dict[str, Any]], gold: list[dict[str, Any]], held_out: bool = False) -> str:
    """Per basis, how many reported sources are domain-consistent and how many are "other"."""
    info = {g["id"]: g for g in gold}
    counts: dict[str, int] = defaultdict(int)
    pages = 0
    for art in articles:
        g = info.get(str(art["seed"]).split(".", 1)[0], {})
        if held_out and fold_of(g) != 0:
            continue
        pages += 1
        basis = str(art.get("evidence", {}).get("source", "unknown: ")).split(":", 1)[0]
        if not art.get("source") or basis == "unknown":
            counts["unknown"] += 1
            continue
        fits = domain_consistent(str(art["source"]), _page_host(g))
        counts[f"{basis} {'domain-consistent' if fits else 'other'}"] += 1
    parts = [f"{key} {counts[key]}" for key in sorted(counts)]
    return f"pages {pages}; " + "; ".join(parts)


def _breakdown(rows: list[dict[str, Any]], gold: list[dict[str, Any]]) -> None:
    info = {g["id"]: g for g in gold}
    people = [r for r in rows if "authors" in r and person_gold(info.get(r["id"], {}))]
    if people:
        print(f"  gold author is a person: {_tally(people).split('; ', 1)[-1]} ({len(people)} pages)")
        held = [r for r in people if fold_of(info.get(r["id"], {})) == 0]
        if held:
            print(f"    of them on held-out sites: {_tally(held).split('; ', 1)[-1]} ({len(held)} pages)")
    by_lang: dict[str, list[dict[str, Any]]] = defaultdict(list)
    by_fold: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        g = info.get(row["id"], {})
        by_lang[g.get("lang", "?")].append(row)
        by_fold["held-out" if fold_of(g) == 0 else "developed on"].append(row)
    for half in ("developed on", "held-out"):
        if by_fold[half]:
            print(f"  sites {half:>12}: {_tally(by_fold[half])}")
    for lang in sorted(by_lang, key=lambda k: (-len(by_lang[k]), k)):
        print(f"  lang {lang:>6}: {_tally(by_lang[lang])}")


def bench_one(bench: Path, split: str, path: str, out: Path, jobs: int, args: argparse.Namespace) -> None:
    """Run, write and score one split on one input path."""
    folder = bench / SPLITS[split]
    pattern = "pages/*.txt" if path == "txt" else "html/*.html.gz"
    gold_file = folder / "gold.jsonl"
    gold = [json.loads(line) for line in gold_file.read_text(encoding="utf-8").splitlines() if line.strip()]
    pages = sorted(folder.glob(pattern))[: args.limit or None]
    runner = run_trafilatura if path == "trafilatura" else run_generator
    t0 = time.perf_counter()
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        articles = list(pool.map(runner, pages, chunksize=8))
    briefing = out / f"{split}-{path}.json"
    briefing.write_text(json.dumps({"articles": articles}, ensure_ascii=False, indent=0), encoding="utf-8")
    print(f"\n== {split} / {path}: {len(pages)} pages in {time.perf_counter() - t0:.1f}s -> {briefing}")
    scored = _score(bench, briefing, gold_file, args.per_page)
    s = scored["scores"]
    if s["date_pages"]:
        all_wrong = s["date_wrong"] + s["date_spurious"]
        print(
            f"wrong dates: {s['date_wrong']} of {s['date_pages']} pages with a gold date "
            f"({s['date_wrong'] / s['date_pages']:.1%}); with the {s['date_spurious']} dates reported where gold "
            f"has none: {all_wrong} of {s['pages']} pages ({all_wrong / s['pages']:.1%})"
        )
    _breakdown(scored["pages"], gold)
    if path != "trafilatura" and split == "train":
        print(f"  source, all sites: {outlet_tally(articles, gold)}")
        print(f"  source, held-out sites: {outlet_tally(articles, gold, held_out=True)}")


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("--bench", type=Path, default=REPO.parent / "shared" / "textbench")
    ap.add_argument("--split", choices=["train", "dev", "all"], default="all")
    ap.add_argument("--path", choices=["txt", "html", "all"], default="all")
    ap.add_argument("--trafilatura", action="store_true", help="also score trafilatura's metadata on the HTML")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--out", type=Path, default=None, help="keep the briefing files here (default: a temp dir)")
    ap.add_argument("--per-page", action="store_true")
    ap.add_argument("--limit", type=int, default=0, help="only the first N pages of each split (a quick look)")
    args = ap.parse_args()
    if not (args.bench / "score_meta.py").is_file():
        print(f"no benchmark at {args.bench}", file=sys.stderr)
        return 2
    splits = ["train", "dev"] if args.split == "all" else [args.split]
    paths = ["txt", "html"] if args.path == "all" else [args.path]
    paths += ["trafilatura"] if args.trafilatura else []
    with tempfile.TemporaryDirectory(prefix="meta-bench-") as tmp:
        out = args.out or Path(tmp)
        out.mkdir(parents=True, exist_ok=True)
        for split in splits:
            for path in paths:
                bench_one(args.bench, split, path, out, args.jobs, args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
