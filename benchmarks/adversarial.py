"""Look for super-linear work in the per-file stage: adversarial repeats at N and 4N characters.

usage: python benchmarks/adversarial.py [--size 25000] [--formats txt,md,html] [--only ATOM...]

Each atom (a piece of markup or punctuation that starts some pattern: ``*a ``, ``<!--``, ``[``,
``By ``, ``2024-``, ...) is repeated to N and to 4N characters and the result is processed as a
``.txt``, ``.md`` and ``.html`` input by the real per-file stage (decode, front matter, clean or
read, extract, actors, themes, timeline), in a worker of the build's own pool (with ``--budget`` seconds of CPU). Linear
work takes about 4 times as long at 4N; the script flags every atom whose ratio exceeds
``--flag`` (default 8) and every run the budget stopped. Times are the best of ``--repeat`` runs.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from generator.knowledge import load_knowledge  # noqa: E402
from generator.pipeline import per_file_task, warm  # noqa: E402
from generator.read import RawInput  # noqa: E402
from generator.read.records import Skipped  # noqa: E402
from generator.workers import Workers  # noqa: E402

ATOMS = (
    *("*a ", "**a ", "_a ", "__a ", "~~a ", "`", "``a ", "\\*", "*", "_", "~"),
    *("<!-- ", "<script ", "<style>", "<a ", "<http:", "<", ">", "&amp;", "&#", "<div>", "<p>a", "</p>"),
    *("[", "![", "[a](", "[a](x ", "![a](", "[a][", "]", "(", ")", "{: ", "{", "}", "|", "| a ", "|--"),
    *("# a", "#", "- ", "-", "1. ", "> ", "=", "---\n", " ", "\t", "a\n", "\n\n", "a ", "A. ", "a"),
    *("By ", "By A B ", "Published ", "CAIRO, ", "2024-", "2024-02-08 ", "1/2/", "12.", "March ", "8 March 2024 "),
    *("http://", "https://a.b/", "www.", "@a ", "#a ", "“", "”", "'", '"', "—", "...", "A", "Mr ", "The A B "),
    *("said ", "“a,” said A B. ", "(a) ", "Photo: ", "Share ", "Advertisement\n", "a.b ", "a-b ", "a’s "),
)


def _raw(fmt: str, text: str) -> RawInput:
    data = text.encode("utf-8")
    return RawInput(f"adversarial.{fmt}", data, len(data), None, None, fmt)  # type: ignore[arg-type]


def _stopped(reason: str) -> bool:
    return "longer than" in reason or "of CPU time" in reason


def _time(workers: Workers, raw: RawInput, repeat: int) -> tuple[float, str]:
    best, reason = float("inf"), ""
    for _ in range(repeat):
        start = time.perf_counter()
        result = workers.run([raw])[0][0]
        best = min(best, time.perf_counter() - start)
        reason = result.reason if isinstance(result, Skipped) else ""
        if _stopped(reason):
            break
    return best, reason


def main() -> int:
    """Print one line per atom and format; exit 1 if any was flagged."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=25_000, help="N, characters (default 25000)")
    ap.add_argument("--formats", default="txt,md,html")
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--flag", type=float, default=8.0, help="flag a 4N/N time ratio above this")
    ap.add_argument("--budget", type=int, default=60, help="CPU seconds per run before it is stopped")
    ap.add_argument("--only", nargs="*", default=None, help="atoms to try (default: all)")
    args = ap.parse_args()
    task = per_file_task(load_knowledge(REPO / "briefing"))  # this repository's briefing, as `make site` builds it
    workers = Workers(task, 1, prepare=warm, cpu=args.budget)
    flagged = 0
    try:
        for atom in args.only or ATOMS:
            for fmt in args.formats.split(","):
                times, reasons = [], []
                for size in (args.size, 4 * args.size):
                    text = atom * (size // len(atom) + 1)
                    if fmt == "html":
                        text = f"<html><body><article><p>{text}</p></article></body></html>"
                    elapsed, reason = _time(workers, _raw(fmt, text[: size + 60]), args.repeat)
                    times.append(elapsed)
                    reasons.append(reason)
                ratio = times[1] / max(times[0], 1e-3)
                bad = ratio > args.flag or any(map(_stopped, reasons))
                flagged += bad
                note = f"  ({reasons[1]})" if _stopped(reasons[1]) else ""
                line = f"{atom!r:24} {times[0]:8.3f}s {times[1]:8.3f}s  x{ratio:5.1f}{note}"
                print(f"{'FLAG' if bad else 'ok  '} {fmt:4} {line}", flush=True)
    finally:
        workers.close()
    print(f"{flagged} flagged")
    return 1 if flagged else 0


if __name__ == "__main__":
    raise SystemExit(main())
