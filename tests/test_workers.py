"""The worker pool behind the fault barrier (issue 13): budgets, crashes, order, caching, ending with the build."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from generator import pipeline
from generator.cache import Result
from generator.knowledge import Knowledge
from generator.pipeline import build
from generator.read import RawInput
from generator.read.records import Skipped
from generator.settings import Settings
from generator.workers import Workers, budgets
from tests.conftest import ROOT, env
from tests.kb import knowledge

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="budgets and kill tests need Linux")


def _raw(seed: str, data: bytes = b"x") -> RawInput:
    return RawInput(seed, data, len(data), None, None, "txt")


def _task(raw: RawInput) -> Result:
    """Behaves as the seed's name says; any other seed gets a result naming it."""
    name = raw.seed.split(".")[0]
    if name == "spin":
        while True:
            pass
    if name == "sleep":
        time.sleep(60)
    if name == "segv":
        os.kill(os.getpid(), signal.SIGSEGV)
    if name == "recurse":
        def down(n: int) -> int:
            return down(n + 1) + 1

        down(0)
    if name == "memory":
        block = bytearray(4 * 1024**3)  # one request past the test's budget: refused at once, no CPU spent
        return Skipped(raw.seed, f"allocated {len(block)}"), []
    if name == "error":
        raise ValueError("day is out of range for month")
    if name == "slow":
        time.sleep(0.3)
    return Skipped(raw.seed, f"done {raw.seed}"), []


def _reasons(results: list[Result]) -> list[str]:
    return [r[0].reason if isinstance(r[0], Skipped) else "draft" for r in results]


def test_results_come_back_in_input_order() -> None:
    raws = [_raw(f"{'slow' if i % 3 == 0 else 'fast'}.{i}") for i in range(9)]
    workers = Workers(_task, 3)
    try:
        assert _reasons(workers.run(raws)) == [f"done {r.seed}" for r in raws]
    finally:
        workers.close()


def test_every_failure_is_a_skip_naming_it_and_the_others_still_run() -> None:
    names = ["a.txt", "error.txt", "recurse.txt", "segv.txt", "memory.txt", "spin.txt", "b.txt"]
    # The CPU budget is met first on a loaded machine too: the wall-clock backstop is far away.
    workers = Workers(_task, 2, cpu=1, wall=300.0, memory=512 * 1024 * 1024)
    try:
        reasons = dict(zip(names, _reasons(workers.run([_raw(n) for n in names])), strict=True))
    finally:
        workers.close()
    assert reasons["a.txt"] == "done a.txt" and reasons["b.txt"] == "done b.txt"
    assert reasons["error.txt"] == "could not be processed (ValueError: day is out of range for month)"
    assert reasons["recurse.txt"] == "is nested too deeply to process (RecursionError)"
    assert reasons["segv.txt"] == "stopped the process reading it (killed by SIGSEGV)"
    assert "MemoryError" in reasons["memory.txt"]
    assert reasons["spin.txt"] == "took more than 1 s of CPU time to process"


def test_a_file_that_blocks_meets_the_wall_clock_budget() -> None:
    workers = Workers(_task, 1, wall=1.0)
    try:
        reasons = _reasons(workers.run([_raw("sleep.txt"), _raw("a.txt")]))
        assert reasons == ["took longer than 1 s to process", "done a.txt"]
    finally:
        workers.close()


def test_close_ends_every_worker() -> None:
    workers = Workers(_task, 2)
    workers.run([_raw("a.txt"), _raw("b.txt")])
    processes = [w.process for w in workers.workers]
    assert len(processes) == 2 and all(p.is_alive() for p in processes)
    workers.close()
    assert not any(p.is_alive() for p in processes)


def test_nothing_is_forked_when_every_input_is_cached(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("Title\n\n" + "Plain words of a plain article body. " * 10, encoding="utf-8")
    settings = Settings(seeds=seeds, docs=tmp_path / "docs", cache=tmp_path / "cache", jobs=2)
    build(settings, knowledge())
    started: list[int] = []
    monkeypatch.setattr(Workers, "_start", lambda self: started.append(1))
    assert build(settings, knowledge()).processed == 0 and started == []


_PROCESS_RAW = pipeline.process_raw


def _spin_on_marked(raw: RawInput, knowledge: Knowledge) -> Result:
    """The real per-file stage, except that it never finishes a file whose name starts with "spin"."""
    if raw.seed.startswith("spin"):
        while True:
            pass
    return _PROCESS_RAW(raw, knowledge)


def test_an_overrun_is_skipped_and_cached_until_the_file_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "process_raw", _spin_on_marked)
    monkeypatch.setattr(budgets, "CPU_BUDGET", 1)
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    body = "Title of a plain note\n\n" + "Plain words of a plain article body go on here. " * 10
    (seeds / "spin.txt").write_text(body, encoding="utf-8")
    (seeds / "normal.txt").write_text(body, encoding="utf-8")
    settings = Settings(seeds=seeds, docs=tmp_path / "docs", cache=tmp_path / "cache", jobs=1)
    first = build(settings, knowledge())
    skipped = [(s.seed, s.reason) for s in first.corpus.skipped]
    assert skipped == [("spin.txt", "took more than 1 s of CPU time to process")]
    assert [a.seed for a in first.corpus.articles] == ["normal.txt"] and first.processed == 2
    for state in (tmp_path / "cache").rglob("state-*.pickle"):  # kept by content, not only in the build state
        state.unlink()
    again = build(settings, knowledge())
    assert again.processed == 0 and [s.seed for s in again.corpus.skipped] == ["spin.txt"]
    (seeds / "spin.txt").write_text(body.replace("spin", "spun") + "More.\n", encoding="utf-8")
    assert build(settings, knowledge()).processed == 1  # a changed file is tried again


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            fields = stat[stat.rindex(")") + 2 :].split()
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat[stat.rindex(")") + 2] != "Z"


def _end(parent: subprocess.Popen[bytes], workers: list[int]) -> None:
    """Leave no process of a test behind, whatever it asserted."""
    if parent.poll() is None:
        parent.kill()
        parent.wait()
    for pid in workers:
        if _alive(pid):
            os.kill(pid, signal.SIGKILL)


def test_a_busy_worker_dies_with_its_parent(tmp_path: Path) -> None:
    # The worker never reads its pipe again (it spins), so only the kernel's parent-death signal ends it.
    script = (
        "from generator.read import RawInput\n"
        "from generator.workers import Workers\n"
        "from tests.test_workers import _task\n"
        "Workers(_task, 1, cpu=600, wall=600.0).run([RawInput('spin.txt', b'x', 1, None, None, 'txt')])\n"
    )
    parent = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, env=env())
    workers: list[int] = []
    try:
        deadline = time.monotonic() + 60
        while not workers and time.monotonic() < deadline:
            time.sleep(0.05)
            workers = _children(parent.pid)
        assert workers, "no worker started"
        parent.kill()
        parent.wait()
        end = time.monotonic() + 10
        while any(map(_alive, workers)) and time.monotonic() < end:
            time.sleep(0.05)
        assert not any(map(_alive, workers)), "a busy worker outlived its parent"
    finally:
        _end(parent, workers)


def test_kill_9_of_the_build_ends_its_workers(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    words = ["harbour", "council", "bridge", "ferry", "quay", "river", "talks", "fees", "delegates", "floods"]
    for i in range(40):  # more than one batch of work for two workers, so they are busy when the build dies
        text = " ".join(f"{words[(i + k) % len(words)]}{k}" for k in range(12_000))
        (seeds / f"article-{i:02d}.txt").write_text(f"Title {i}\n\n{text}\n", encoding="utf-8")
    cmd = [sys.executable, "-m", "generator", "build", "--seeds", str(seeds), "--docs", str(tmp_path / "docs"),
           "--no-cache", "--jobs", "2"]
    build_proc = subprocess.Popen(cmd, cwd=ROOT, env=env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers: list[int] = []
    try:
        deadline = time.monotonic() + 120
        while len(workers) < 2 and time.monotonic() < deadline and build_proc.poll() is None:
            time.sleep(0.05)
            workers = _children(build_proc.pid)
        assert len(workers) == 2, "the build never started its workers"
        build_proc.kill()
        build_proc.wait()
        end = time.monotonic() + 10
        while any(map(_alive, workers)) and time.monotonic() < end:
            time.sleep(0.05)
        assert not any(map(_alive, workers)), "workers outlived the build"
    finally:
        _end(build_proc, workers)


_SETUP: list[int] = []


def _set_up() -> None:
    _SETUP.append(os.getpid())


def _failing_set_up() -> None:
    raise RuntimeError("no model here")


def _report_setup(raw: RawInput) -> Result:
    return Skipped(raw.seed, f"set up in {_SETUP}, task in {os.getpid()}"), []


def test_setup_runs_in_each_worker_before_its_tasks_not_in_the_build_process() -> None:
    workers = Workers(_report_setup, 2, setup=_set_up)
    try:
        reasons = _reasons(workers.run([_raw("a.txt"), _raw("b.txt"), _raw("c.txt")]))
    finally:
        workers.close()
    assert _SETUP == []  # this process did not run it
    for reason in reasons:
        setup, task = reason.removeprefix("set up in [").split("], task in ")
        assert setup == task  # once, in the worker that ran the task


def test_a_failing_setup_leaves_the_worker_serving() -> None:
    workers = Workers(_report_setup, 1, setup=_failing_set_up)
    try:
        assert _reasons(workers.run([_raw("a.txt")])) == [f"set up in [], task in {workers.workers[0].process.pid}"]
    finally:
        workers.close()


def test_inputs_sent_ahead_are_collected_by_run_in_input_order() -> None:
    workers = Workers(_task, 2)
    raws = [_raw("slow.txt"), _raw("a.txt"), _raw("error.txt"), _raw("b.txt")]
    try:
        assert workers.send_ahead(raws) == 0  # no worker started yet: nothing handed over
        workers.start()
        sent = workers.send_ahead(raws)
        assert sent == 1  # one worker started, idle
        assert _reasons(workers.run(raws, sent)) == _reasons(workers.run(raws))
        assert _reasons(workers.run(raws))[1] == "done a.txt"
    finally:
        workers.close()
