"""Measure the normal cost of the per-file stage: time and memory per input, the basis of its budgets.

usage: python benchmarks/per_file.py [PATH ...] [--cap-sized]

Each input (a file, or every input file in a folder; ``.gz`` files are decompressed, the format
is the suffix before it) is processed by the real per-file stage (``process_raw``: decode, front
matter, clean or read, extract, actors, themes, timeline) in a fresh forked process, after the
parent has loaded the knowledge a build of this repository loads. Printed per input group: count, median and
largest wall time and CPU time, largest growth of resident memory (VmHWM) and of address space (VmPeak,
what ``RLIMIT_AS`` limits). ``--cap-sized`` adds the largest inputs the size caps allow: a
400,000-character plain-text page and a 6,000,000-character saved HTML page, both built from
distinct synthetic sentences. ``generator/workers/budgets.py`` quotes these numbers.
"""

from __future__ import annotations

import argparse
import gzip
import multiprocessing
import resource
import statistics
import sys
import time
from multiprocessing.connection import Connection
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.clean_speed import synthetic  # noqa: E402
from generator.knowledge import Knowledge, load_knowledge  # noqa: E402
from generator.pipeline import process_raw, warm  # noqa: E402
from generator.read import FORMATS, RawInput, discover, load_raw  # noqa: E402
from generator.read.decode import MAX_CHARS  # noqa: E402
from generator.read.html import MAX_HTML_CHARS  # noqa: E402
from generator.read.records import Skipped  # noqa: E402

KNOWLEDGE: list[Knowledge] = []  # loaded once in main(), before the forks


def _status(key: str) -> int:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith(key + ":"):
                return int(line.split()[1]) * 1024
    return 0


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _child(raw: RawInput, conn: Connection) -> None:
    rss, vm = _status("VmHWM"), _status("VmPeak")
    start, cpu = time.perf_counter(), _cpu()
    result = process_raw(raw, KNOWLEDGE[0])[0]
    elapsed, cpu = time.perf_counter() - start, _cpu() - cpu
    conn.send((elapsed, cpu, _status("VmHWM") - rss, _status("VmPeak") - vm, isinstance(result, Skipped)))


def measure(raw: RawInput) -> tuple[float, float, int, int, bool]:
    """(seconds, CPU seconds, resident growth, address-space growth, skipped) of one input in a fresh fork."""
    ctx = multiprocessing.get_context("fork")
    ours, theirs = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(raw, theirs))
    proc.start()
    theirs.close()
    value: tuple[float, float, int, int, bool] = ours.recv()
    proc.join()
    return value


def _inputs(path: Path) -> list[RawInput]:
    if path.is_dir():
        found = [load_raw(f) for f in discover(path)]
        gz = [_inputs(p)[0] for p in sorted(path.glob("*.gz"))]
        return [r for r in found if isinstance(r, RawInput)] + gz
    data = path.read_bytes()
    name = path.name
    if name.endswith(".gz"):
        data, name = gzip.decompress(data), name[:-3]
    fmt = FORMATS.get(Path(name).suffix.lower(), "txt")
    return [RawInput(name, data, len(data), None, None, fmt)]


def cap_sized() -> list[RawInput]:
    """The largest text and HTML inputs the caps allow, of distinct synthetic sentences."""
    text = synthetic(MAX_CHARS / 1_000_000)[:MAX_CHARS]
    paragraphs = synthetic(MAX_HTML_CHARS / 1_000_000 * 0.8, seed=11).split("\n\n")
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs if p)
    page = f"<html><head><title>A long page</title></head><body><article>{body}</article></body></html>"
    page = page[:MAX_HTML_CHARS]
    return [
        RawInput("cap-sized.txt", text.encode(), len(text.encode()), None, None, "txt"),
        RawInput("cap-sized.html", page.encode(), len(page.encode()), None, None, "html"),
    ]


def main() -> int:
    """Print one line per input group."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", type=Path)
    ap.add_argument("--cap-sized", action="store_true")
    args = ap.parse_args()
    KNOWLEDGE.append(load_knowledge(REPO / "briefing"))  # this repository's briefing, as `make site` builds it
    warm()
    groups = [(str(p), _inputs(p)) for p in args.paths]
    if args.cap_sized:
        groups += [(raw.seed, [raw]) for raw in cap_sized()]
    mib = 1024 * 1024
    for name, raws in groups:
        rows = [measure(raw) for raw in raws]
        if not rows:
            continue
        times, cpu = [r[0] for r in rows], [r[1] for r in rows]
        print(
            f"{name}: {len(rows)} inputs ({sum(r[4] for r in rows)} skipped), "
            f"time median {statistics.median(times):.3f} s, max {max(times):.3f} s; "
            f"CPU time median {statistics.median(cpu):.3f} s, max {max(cpu):.3f} s; "
            f"resident growth max {max(r[2] for r in rows) / mib:.0f} MiB, "
            f"address-space growth max {max(r[3] for r in rows) / mib:.0f} MiB",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
