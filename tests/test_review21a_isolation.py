"""Review of speed12 (one watcher per parent, a worker's ``("alone",)`` report, ``durations.json``).

Each test is a way the merged mechanism let a process outlive its worker, or let a file nobody
authenticates crash a run:

* a worker says it is alone, then user code still runs before it exits (a finaliser run by a
  collection while the answer is pickled, a replaced ``sys.stdout`` flushed at the end): a process
  started there is not scanned for and outlives the worker;
* a library that turns the worker's subreaper flag off again: a double-forked daemon is then
  re-parented out of the worker's reach, and the worker still says it is alone;
* the watcher is killed and started again: the workers running then were never registered with
  the new one, so a SIGKILL of the parent leaves their subprocesses running; and with one worker
  left (a hang) no worker starts, so the parent must see the watcher end by itself;
* a daemon forked in Python (no exec) carries no marker the ``/proc`` scan can find (this one was
  there before speed12): the worker, its subreaper while it lives, is where it can still be found;
* ``durations.json`` (no MAC, read even under ``--no-cache``) with a number too big for a float.
"""

from __future__ import annotations

import ctypes
import gc
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from support import fork_daemon, growing_budget, process_gone, wait_for_file

from verifier import processes, runner
from verifier.cache import DURATIONS, ResultCache


def _kill_left(pidfile: Path) -> None:
    """Clean up after a failing test: the process it left behind."""
    if pidfile.exists() and pidfile.read_text().strip():
        pid = int(pidfile.read_text())
        if not process_gone(pid, 0):
            os.kill(pid, signal.SIGKILL)


def _starts_in_a_late_collection(pidfile: str) -> int:
    """A collection callback (as any finaliser a collection runs) that starts a new-session process the
    first time a collection happens while the worker's answer is pickled or sent."""

    def callback(phase: str, info: dict) -> None:
        if phase != "start" or os.path.exists(pidfile):
            return
        frame, names = sys._getframe(1), set()
        while frame is not None:
            names.add(frame.f_code.co_name)
            frame = frame.f_back
        if names & {"send", "send_bytes", "dumps"}:
            child = subprocess.Popen(["sleep", "60"], start_new_session=True)
            Path(pidfile).write_text(str(child.pid))

    gc.callbacks.append(callback)
    gc.set_threshold(1)
    return 1


def test_a_process_a_finaliser_starts_while_the_answer_is_sent_is_killed(tmp_path: Path) -> None:
    pidfile = tmp_path / "pid"
    try:
        outcome = runner.run_in_worker(_starts_in_a_late_collection, str(pidfile), timeout=30)
        assert outcome.ok
        pid = int(wait_for_file(pidfile))
        assert process_gone(pid), "a process started after the worker said it was alone survived"
    finally:
        _kill_left(pidfile)


def _flush_starts(pidfile: str) -> int:
    class Stream:
        def write(self, text: str) -> int:
            return len(text)

        def flush(self) -> None:
            if not os.path.exists(pidfile):
                Path(pidfile).write_text(str(subprocess.Popen(["sleep", "60"], start_new_session=True).pid))

    sys.stdout = Stream()
    return 1


def test_a_process_a_replaced_stdout_starts_at_the_last_flush_is_killed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = processes._kill_group

    def slow(pid: int, escaped: bool = True) -> None:  # the parent busy for a moment after the answer
        time.sleep(0.5)
        real(pid, escaped)

    monkeypatch.setattr(processes, "_kill_group", slow)
    pidfile = tmp_path / "pid"
    try:
        outcome = runner.run_in_worker(_flush_starts, str(pidfile), timeout=30)
        assert outcome.ok
        if pidfile.exists():  # after the fix the worker may be killed before it flushes: nothing started
            assert process_gone(int(pidfile.read_text())), "a process the last flush started survived"
    finally:
        _kill_left(pidfile)


def _no_longer_a_subreaper(pidfile: str) -> int:
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(36, 0, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER off: a library that set it and put it back
    middle = os.fork()
    if middle == 0:
        try:
            os.setsid()
            Path(pidfile).write_text(str(subprocess.Popen(["sleep", "60"]).pid))
        finally:
            os._exit(0)
    os.waitpid(middle, 0)
    return 1


def test_a_worker_that_is_no_longer_a_subreaper_is_not_alone(tmp_path: Path) -> None:
    pidfile = tmp_path / "pid"
    try:
        outcome = runner.run_in_worker(_no_longer_a_subreaper, str(pidfile), timeout=30)
        assert outcome.ok
        assert process_gone(int(wait_for_file(pidfile))), "the daemon re-parented away from the worker survived"
    finally:
        _kill_left(pidfile)


def _spawns_and_hangs(pidfile: str) -> None:
    Path(pidfile).write_text(str(subprocess.Popen(["sleep", "60"]).pid))
    while True:
        time.sleep(0.05)


def _nothing() -> int:
    return 1


def test_a_watcher_started_again_watches_the_workers_already_running(tmp_path: Path) -> None:
    pidfile = tmp_path / "pid"
    first = runner.Worker(_spawns_and_hangs, (str(pidfile),))
    second = None
    try:
        child = int(wait_for_file(pidfile))
        assert processes._watcher is not None
        os.kill(processes._watcher[1], signal.SIGKILL)  # the watcher dies (killed from outside)
        process_gone(processes._watcher[1])
        second = runner.Worker(_nothing)  # the next worker starts another watcher
        assert processes._watcher is not None
        os.close(processes._watcher[2])  # as when this process dies: the watcher sees its pipe close
        processes._watcher = None
        assert process_gone(child), "the new watcher did not know the worker that was already running"
    finally:
        for worker in (first, second):
            if worker is not None:
                worker.reap()
        _kill_left(pidfile)


def test_a_duration_too_big_for_a_float_is_ignored(tmp_path: Path) -> None:
    cache = ResultCache(tmp_path)
    cache.root.mkdir(parents=True)
    (cache.root / DURATIONS).write_text('{"big": 1' + "0" * 400 + ', "fine": 2.5}', encoding="utf-8")
    assert cache.durations() == {"fine": 2.5}
    cache.note_durations({"other": 1.0})
    assert json.loads((cache.root / DURATIONS).read_text(encoding="utf-8")) == {"fine": 2.5, "other": 1.0}


def _daemon_without_a_program(pidfile: str) -> int:
    """The daemon's dance in Python itself: fork, new session, fork again, the middle one exits; the
    daemon never runs a program, so its environment is the one it was forked with (no marker)."""
    fork_daemon(pidfile)
    wait_for_file(Path(pidfile))
    return 1


def test_a_daemon_forked_without_running_a_program_ends_with_its_worker(tmp_path: Path) -> None:
    pidfile = tmp_path / "pid"
    try:
        outcome = runner.run_in_worker(_daemon_without_a_program, str(pidfile), timeout=30)
        assert outcome.ok
        assert process_gone(int(wait_for_file(pidfile))), "a forked daemon outlived its worker"
    finally:
        _kill_left(pidfile)


def _daemon_then_hang(pidfile: str) -> None:
    _daemon_without_a_program(pidfile)
    runner.report_stage("daemon started")
    while True:
        time.sleep(0.05)


def test_a_daemon_forked_without_running_a_program_ends_with_a_worker_that_hangs(tmp_path: Path) -> None:
    pidfiles: list[Path] = []

    def attempt(timeout: float) -> runner.Outcome[None]:
        pidfiles.append(tmp_path / f"pid{len(pidfiles)}")
        return runner.run_in_worker(_daemon_then_hang, str(pidfiles[-1]), timeout=timeout)

    try:
        # the daemon must be running (its pid written, the worker said so) before the timeout: 0.25 s is
        # ample on an idle machine, and a slower one tries again with twice the budget (support.growing_budget)
        outcome = growing_budget(attempt, lambda o: o.stage == "daemon started", 0.25, 8.0)
        assert outcome.status == "timeout"
        assert outcome.stage == "daemon started", outcome
        assert process_gone(int(wait_for_file(pidfiles[-1]))), "a forked daemon outlived the worker killed on TIMEOUT"
        for pidfile in pidfiles[:-1]:  # an attempt cut short before the worker heard of its daemon
            if pidfile.exists() and pidfile.read_text().strip():
                assert process_gone(int(pidfile.read_text())), "a forked daemon outlived the worker killed on TIMEOUT"
    finally:
        for pidfile in pidfiles:
            _kill_left(pidfile)


def _kills_the_watcher(watcher: int, pidfile: str) -> None:
    """Start a subprocess, kill the parent's watcher, wait until the parent has started another, say so."""
    Path(pidfile).write_text(str(subprocess.Popen(["sleep", "60"]).pid))
    os.kill(watcher, signal.SIGKILL)
    parent, me = os.getppid(), os.getpid()
    while True:  # the parent's children other than this worker and the dead watcher: a new watcher
        children = set()
        for task in os.listdir(f"/proc/{parent}/task"):
            with open(f"/proc/{parent}/task/{task}/children") as fh:
                children |= {int(pid) for pid in fh.read().split()}
        if children - {me, watcher} and any(not process_gone(pid, 0) for pid in children - {me, watcher}):
            break
        time.sleep(0.02)
    runner.report_stage("watched again")
    while True:
        time.sleep(0.05)


def test_a_watcher_that_dies_while_one_worker_hangs_is_replaced_at_once(tmp_path: Path) -> None:
    """No other worker starts: the parent itself must see its watcher die and start another."""
    processes._watcher_fd()  # this process's watcher, started now so that its pid can be passed
    assert processes._watcher is not None
    pidfile = tmp_path / "pid"
    seen: list[str] = []

    def parent_dies(stage: str) -> None:  # as when this process dies: the new watcher sees its pipe close
        seen.append(stage)
        if stage == "watched again" and processes._watcher is not None:
            os.close(processes._watcher[2])
            processes._watcher = None

    try:
        outcome = runner.run_in_worker(
            _kills_the_watcher, processes._watcher[1], str(pidfile), timeout=20, on_stage=parent_dies
        )
        assert seen == ["watched again"], outcome
        pid = int(wait_for_file(pidfile))
        assert process_gone(pid), "the watcher started again did not kill the worker's subprocess"
        assert outcome.status == "died"
    finally:
        _kill_left(pidfile)
