"""The build's side of the workers: hand out one file at a time, collect results in input order."""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess

from generator.cache import Result
from generator.read import RawInput
from generator.workers import budgets
from generator.workers.budgets import Task, guarded, skip
from generator.workers.child import serve

_CLOSE_WAIT = 5.0  # seconds a worker gets to exit on end of file when the pool closes, before SIGKILL


@dataclass
class _Worker:
    process: BaseProcess
    conn: Connection
    index: int = -1  # the input it is working on, -1 when idle
    deadline: float = 0.0


def _exit_reason(code: int | None, cpu: int) -> str:
    """Why a worker ended while processing a file, from its exit code."""
    if code == -signal.SIGXCPU:
        return f"took more than {cpu} s of CPU time to process"
    if code is not None and code < 0:
        with contextlib.suppress(ValueError):
            return f"stopped the process reading it (killed by {signal.Signals(-code).name})"
    return f"stopped the process reading it (exit code {code})"


class Workers:
    """A small pool of forked workers; each file under the budgets of ``generator.workers.budgets``.

    Started lazily (or at once by ``start``): a build whose inputs are all cached forks nothing.
    ``prepare`` runs once in this process before the first fork (loading what every worker needs, so
    none loads it alone); ``setup`` instead runs in each worker once it is forked, before its first
    task, while this process goes on (``pipeline.collect``: a rerun's worker loads the language model
    while the build reads its state).
    """

    def __init__(self, task: Task, jobs: int, *, prepare: Callable[[], None] | None = None,
                 setup: Callable[[], None] | None = None,
                 cpu: int | None = None, wall: float | None = None, memory: int | None = None) -> None:
        self.task = task
        self.jobs = max(1, jobs)
        self.prepare = prepare
        self.setup = setup
        self.cpu = budgets.CPU_BUDGET if cpu is None else cpu
        self.wall = budgets.WALL_BUDGET if wall is None else wall
        self.memory = budgets.MEMORY_BUDGET if memory is None else memory
        self.workers: list[_Worker] = []
        methods = multiprocessing.get_all_start_methods()
        self.context = multiprocessing.get_context("fork") if "fork" in methods else None

    def start(self) -> None:
        """Start the first worker now, while this process is small; ``run`` starts the others when needed.

        After a fork this process takes a page fault on the first write to every page it had then, so
        a worker forked once thousands of drafts are in memory costs the build more than it costs the
        worker: at 3,000 synthetic articles, a rerun after one added article whose worker was forked
        before the drafts were unpickled took 37,000 fewer minor faults in the build process and about
        0.3 s less of its CPU (three alternating rounds; noisy), and its worker 150 MB less memory.
        """
        if self.context is not None and not self.workers:
            self._start()

    def _start(self) -> None:
        assert self.context is not None
        if self.prepare is not None:
            self.prepare()
            self.prepare = None
        ours, theirs = self.context.Pipe(duplex=True)
        inherited = [w.conn for w in self.workers] + [ours]
        args = (theirs, inherited, self.task, os.getpid(), self.cpu, self.memory, self.setup)
        process = self.context.Process(target=serve, args=args, daemon=True)
        process.start()
        theirs.close()
        self.workers.append(_Worker(process, ours))

    def _stop(self, worker: _Worker) -> None:
        self.workers.remove(worker)
        worker.conn.close()
        if worker.process.is_alive():
            worker.process.kill()
        worker.process.join()

    def _replace(self, worker: _Worker) -> None:
        self._stop(worker)
        self._start()

    def _send(self, worker: _Worker, index: int, raw: RawInput) -> None:
        """Hand ``raw`` to an idle worker (to a fresh one if it has died since its last task)."""
        try:
            worker.conn.send((index, raw))
        except OSError:
            self._replace(worker)
            worker = self.workers[-1]
            worker.conn.send((index, raw))
        worker.index, worker.deadline = index, time.monotonic() + self.wall

    def _receive(self, worker: _Worker, raw: RawInput) -> Result:
        """The result ``worker`` sends for ``raw``; a skip when it died instead (crash, CPU limit)."""
        try:
            _, result, retire = worker.conn.recv()
        except (EOFError, OSError):
            worker.process.join(1.0)
            code = worker.process.exitcode
            self._replace(worker)
            return skip(raw, _exit_reason(code, self.cpu))
        worker.index = -1
        if retire:
            self._replace(worker)
        return result  # type: ignore[no-any-return]

    def send_ahead(self, raws: list[RawInput]) -> int:
        """Hand the first of ``raws`` to the workers started and idle, without waiting; how many were handed.

        ``run(raws, sent)`` with the same inputs, before any other ``run``, collects them and does the
        rest: a rerun hands its new inputs over before reading its state (``pipeline._gather``), so the
        worker processes them meanwhile instead of the build waiting for it when it reaches them.
        """
        if self.context is None:
            return 0
        idle = [w for w in self.workers if w.index < 0]
        for index, (worker, raw) in enumerate(zip(idle, raws, strict=False)):  # as many as there are idle workers
            self._send(worker, index, raw)
        return min(len(idle), len(raws))

    def run(self, raws: list[RawInput], sent: int = 0) -> list[Result]:
        """The task's result for every input, in input order (``sent``: the first ones were ``send_ahead``)."""
        if self.context is None:  # no fork: the exception barrier holds, the time and memory bounds do not
            return [guarded(self.task, raw) for raw in raws]
        results: list[Result | None] = [None] * len(raws)
        pending = deque(range(sent, len(raws)))
        while len(self.workers) < min(self.jobs, len(raws)):
            self._start()
        while pending or any(w.index >= 0 for w in self.workers):
            for worker in [w for w in self.workers if w.index < 0]:
                if pending:
                    index = pending.popleft()
                    self._send(worker, index, raws[index])
            busy = {w.conn: w for w in self.workers if w.index >= 0}
            timeout = max(0.0, min(w.deadline for w in busy.values()) - time.monotonic())
            for conn in wait(list(busy), timeout):
                worker = busy[conn]  # type: ignore[index]
                index = worker.index  # _receive marks the worker idle
                results[index] = self._receive(worker, raws[index])
            for worker in [w for w in self.workers if w.index >= 0 and time.monotonic() >= w.deadline]:
                results[worker.index] = skip(raws[worker.index], f"took longer than {self.wall:g} s to process")
                self._replace(worker)
        return [r if r is not None else skip(raws[i], "was not processed") for i, r in enumerate(results)]

    def close(self) -> None:
        """End every worker: close its pipe (it exits at end of file), kill any that does not."""
        for worker in self.workers:
            worker.conn.close()
        end = time.monotonic() + _CLOSE_WAIT
        for worker in self.workers:
            worker.process.join(max(0.0, end - time.monotonic()))
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join()
        self.workers = []
