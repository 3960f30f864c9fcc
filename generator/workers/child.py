"""A worker process's side: limits on itself, then tasks from its pipe until the pipe closes."""

from __future__ import annotations

import contextlib
import ctypes
import faulthandler
import math
import os
import signal
import sys
from collections.abc import Callable
from multiprocessing.connection import Connection

from generator.workers.budgets import Task, failure, skip

_PR_SET_PDEATHSIG = 1  # linux/prctl.h

try:
    import resource
except ImportError:  # not on this platform: the wall-clock budget still holds
    resource = None  # type: ignore[assignment]


def die_with_parent(parent: int) -> None:
    """Ask the kernel to kill this process when the build dies (Linux); elsewhere EOF ends it."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:  # the build died before the request took effect
        os._exit(1)


def _vm_size() -> int | None:
    """This process's address space in bytes (Linux ``/proc``), or None."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmSize:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        return None
    return None


def _set_soft(limit: int, value: int) -> None:
    with contextlib.suppress(ValueError, OSError):
        hard = resource.getrlimit(limit)[1]
        resource.setrlimit(limit, (value if hard == resource.RLIM_INFINITY else min(value, hard), hard))


def limit_memory(budget: int) -> None:
    """Cap this process's address space at its present size plus ``budget``; no core files."""
    if resource is None:
        return
    _set_soft(resource.RLIMIT_CORE, 0)  # a crash on a hostile file must not leave a core dump behind
    size = _vm_size()
    if size is not None:
        _set_soft(resource.RLIMIT_AS, size + budget)


def limit_cpu(budget: int) -> None:
    """Let the kernel stop this process (SIGXCPU) once it uses ``budget`` more seconds of CPU."""
    if resource is None:
        return
    usage = resource.getrusage(resource.RUSAGE_SELF)
    _set_soft(resource.RLIMIT_CPU, math.ceil(usage.ru_utime + usage.ru_stime) + budget)


def serve(
    conn: Connection, inherited: list[Connection], task: Task, parent: int, cpu: int, memory: int,
    setup: Callable[[], None] | None = None,
) -> None:
    """A worker's life: take a task, send back ``(index, result, retiring)``, until the pipe closes.

    ``setup`` runs first (``Workers``); if it fails, each task meets the same failure itself.
    """
    die_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole group: the build ends its workers
    faulthandler.disable()  # a crash is reported as the file's skip, not as a dump on the terminal
    for other in inherited:  # the build's ends of sibling pipes: held open here, they would hide its exit
        other.close()
    limit_memory(memory)
    if setup is not None:
        with contextlib.suppress(Exception):
            setup()
    while True:
        try:
            index, raw = conn.recv()
        except (EOFError, OSError, MemoryError):
            return
        limit_cpu(cpu)
        retire = False
        try:
            result = task(raw)
        except BaseException as exc:  # noqa: BLE001 - even SystemExit from a library is one file's skip
            result = failure(raw, exc)
            retire = isinstance(exc, MemoryError)  # the heap may be unusable: answer, then make way
        try:
            conn.send((index, result, retire))
        except OSError:  # the build has gone
            return
        except Exception as exc:  # noqa: BLE001 - a result that cannot be sent back is a skip too
            conn.send((index, skip(raw, f"could not be processed ({type(exc).__name__})"), retire))
        if retire:
            return
