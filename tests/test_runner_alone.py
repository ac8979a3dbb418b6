"""A worker that left no process behind is reaped without the ``/proc`` scan; one that did is scanned.

The scan for processes that left a worker's group (a new session) reads every process's
environment, ~2-3 ms per reap in the parent; a worker says it is alone (no child, no other
thread; it adopts its descendants' orphans) and the parent skips the scan for it. These tests pin
both sides: the scan is skipped for a plain call, and every way of leaving a process behind
(a new session, a double fork, a thread still running) still gets it killed.
"""

from __future__ import annotations

import os
import subprocess
import threading
import time
from pathlib import Path

import pytest
from support import process_gone

from verifier import processes, runner


@pytest.fixture
def scans(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, ...]]:
    seen: list[tuple[str, ...]] = []
    real = processes._kill_escaped

    def counted(*tokens: str) -> None:
        seen.append(tokens)
        real(*tokens)

    monkeypatch.setattr(processes, "_kill_escaped", counted)
    return seen


def _plain() -> int:
    return 6 * 7


def test_a_worker_that_started_nothing_is_reaped_without_the_scan(scans: list[tuple[str, ...]]) -> None:
    outcome = runner.run_in_worker(_plain, timeout=30)
    assert outcome.ok and outcome.value == 42
    assert scans == []


def _new_session(pidfile: str) -> int:
    child = subprocess.Popen(["sleep", "60"], start_new_session=True)
    Path(pidfile).write_text(str(child.pid))
    return 1


def _double_fork(pidfile: str) -> int:
    middle = os.fork()
    if middle == 0:  # the daemon's usual dance: fork, new session, fork again, the middle one exits
        try:
            os.setsid()
            grandchild = subprocess.Popen(["sleep", "60"])
            Path(pidfile).write_text(str(grandchild.pid))
        finally:
            os._exit(0)
    os.waitpid(middle, 0)
    return 1


def _thread_left(pidfile: str) -> int:
    def later() -> None:
        time.sleep(0.2)
        Path(pidfile).write_text(str(subprocess.Popen(["sleep", "60"], start_new_session=True).pid))

    threading.Thread(target=later, daemon=True).start()
    return 1


@pytest.mark.parametrize("fn", [_new_session, _double_fork])
def test_a_process_left_behind_is_found_and_killed(fn, tmp_path: Path, scans: list[tuple[str, ...]]) -> None:
    pidfile = tmp_path / "pid"
    outcome = runner.run_in_worker(fn, str(pidfile), timeout=30)
    assert outcome.ok
    assert len(scans) == 1
    assert process_gone(int(pidfile.read_text()))


def test_a_worker_with_a_thread_still_running_is_not_alone(tmp_path: Path, scans: list[tuple[str, ...]]) -> None:
    outcome = runner.run_in_worker(_thread_left, str(tmp_path / "pid"), timeout=30)
    assert outcome.ok
    assert len(scans) == 1
