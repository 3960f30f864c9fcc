"""Precision check of the corpus-wide judgements on ``../shared/textbench/train/``: mostly unrelated pages.

usage: nice -n 10 python benchmarks/events_textbench.py [--bench DIR] [--jobs N] [--limit N]

Each text dump (``pages/tNNN.txt``) runs through the generator's own per-article path (``to_source``
then ``process``, with this repository's data folder ``briefing/``, as ``make site`` builds), then the
corpus step (``generator.corpus.link.link``). The pages come from hundreds of sites and years, so
almost no two report one event and almost none is about the region the default taxonomy covers.
Printed: articles in a same-event group, leaving out groups whose members are near-duplicate copies
of one page (MinHash, ``corpus.duplicates``); the groups with their shared names and phrases; the
articles with a theme of the taxonomy; the discovered themes. Skips (exit 0) when the benchmark
folder is absent.
"""

from __future__ import annotations

import argparse
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.meta_bench import _knowledge  # noqa: E402  (one knowledge load per worker process)


def draft_of(page: Path) -> Any:
    """The generator's draft of one page, or None when it is skipped."""
    from generator.article.process import process
    from generator.article.records import Extracted
    from generator.read import RawInput, to_source
    from generator.read.records import SourceDoc

    data = page.read_bytes()
    doc, _ = to_source(RawInput(page.name, data, len(data), None, None, "txt"))
    result = process(doc, _knowledge()) if isinstance(doc, SourceDoc) else doc
    return result.draft if isinstance(result, Extracted) else None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bench", type=Path, default=REPO.parent / "shared" / "textbench")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--limit", type=int, default=0)
    a = ap.parse_args()
    pages = sorted((a.bench / "train" / "pages").glob("t*.txt"))
    if not pages:
        print(f"skipped: no pages under {a.bench / 'train' / 'pages'}")
        return 0
    pages = pages[: a.limit] if a.limit else pages
    from generator.corpus.duplicates import duplicate_pairs
    from generator.corpus.link import link

    with ProcessPoolExecutor(max_workers=a.jobs) as pool:
        drafts = [d for d in pool.map(draft_of, pages, chunksize=8) if d is not None]
    corpus = link(drafts, [], _knowledge())
    n = len(corpus.articles)
    by_slug = {x.slug: x for x in corpus.articles}
    copies = {frozenset((x, y)) for x, y, _ in duplicate_pairs((x.slug, x.draft.signature) for x in corpus.articles)}
    false_groups = 0
    grouped = 0
    for g in corpus.events:
        if all(frozenset((x, y)) in copies for i, x in enumerate(g.members) for y in g.members[i + 1 :]):
            print(f"  near-duplicate copies: {', '.join(by_slug[s].seed for s in g.members)}")
            continue
        false_groups += 1
        grouped += len(g.members)
        seeds = ", ".join(by_slug[s].seed for s in g.members)
        print(f"  group {g.slug}: {seeds} | names: {'; '.join(g.participants)} | phrases: {'; '.join(g.phrases)}")
    themed = sum(1 for x in corpus.articles if x.draft.theme_scores)
    print(f"{n} articles ({len(pages) - n} skipped)")
    print(f"same-event groups (near-duplicate copies aside): {false_groups}, holding {grouped} articles "
          f"({grouped / n:.1%}); {false_groups / n * 100:.2f} groups per 100 articles")
    print(f"articles with a theme of the taxonomy: {themed} ({themed / n:.1%})")
    discovered = [t for t in corpus.theme_index.themes if t.discovered]
    print(f"discovered themes: {len(discovered)}")
    for t in discovered:
        print(f"  {t.name}: {len(t.articles)} articles")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
