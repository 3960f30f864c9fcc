"""The bounds on one file's processing, and the skips that say a file went past them.

Measured normal cost (``python benchmarks/per_file.py seeds ../shared/textbench/html
../shared/textbench/pages --cap-sized``, this machine, 2026-12-04, shared and loaded): the five
sample seeds at most 0.06 s of CPU each; the 78 benchmark pages at most 0.6 s as HTML and 0.5 s
as text; a 400,000-character text page (the text cap) 1.2 s and 85 MiB; a 6,000,000-character
saved page of prose (the HTML cap) 4.7 s of CPU (13.8 s of wall time under a load of 6 on 2
cores) and 190 MiB. The budgets leave a margin of 4x in CPU time and 10x in memory over that
largest input, and a hostile file costs at most ``CPU_BUDGET`` seconds of one core.
"""

from __future__ import annotations

from collections.abc import Callable

from generator.cache import Result
from generator.read import RawInput
from generator.read.records import Skipped

CPU_BUDGET = 20  # seconds of CPU time per file (RLIMIT_CPU counts whole seconds)
# Wall-clock backstop for a file that blocks without using CPU; CPU-bound work meets CPU_BUDGET
# first unless the machine is more than six times overloaded.
WALL_BUDGET = 120.0
MEMORY_BUDGET = 2 * 1024**3  # bytes of address space a worker may add to its size at start

Task = Callable[[RawInput], Result]


def skip(raw: RawInput, reason: str) -> Result:
    """The result that skips ``raw`` for ``reason``."""
    return Skipped(raw.seed, reason), []


def failure(raw: RawInput, exc: BaseException) -> Result:
    """The skip for a file whose processing raised ``exc``: the exception's type and first words."""
    if isinstance(exc, MemoryError):
        return skip(raw, f"needs more than {MEMORY_BUDGET // 1024**2:,} MB of memory to process (MemoryError)")
    if isinstance(exc, RecursionError):
        return skip(raw, "is nested too deeply to process (RecursionError)")
    first = " ".join(str(exc).split())[:120]
    return skip(raw, f"could not be processed ({type(exc).__name__}{': ' + first if first else ''})")


def guarded(task: Task, raw: RawInput) -> Result:
    """``task(raw)``, with any exception turned into a skip (``failure``)."""
    try:
        return task(raw)
    except Exception as exc:  # noqa: BLE001 - the barrier: one file's failure must not stop the build
        return failure(raw, exc)
