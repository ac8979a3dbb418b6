"""review22e: the CLI must never block on its watcher (iso14), not even on reaping one it killed.

An entry runs as the same user, so it may ``ptrace`` the CLI's watcher (where the kernel lets a
process trace another of its user: no Yama, or ``ptrace_scope`` 0) and stop it. The CLI then kills
the stopped watcher and used to wait for it (``waitpid(pid, 0)``); but a traced process that died
is reaped by its real parent only after its tracer has waited for it, and the tracer, the entry,
hangs: the CLI waited for ever, and the entry's timeout, which only the CLI enforces, never came.

Each test cleans up what it started (PIDs it was told of only); none is timed: the bound only
catches a hang.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from support import growing_budget, process_gone

_TRACER = r"""
import ctypes, os, signal, time
from verifier import processes, runner

def entry(watcher):
    libc = ctypes.CDLL(None, use_errno=True)
    libc.ptrace.argtypes = [ctypes.c_long, ctypes.c_long, ctypes.c_void_p, ctypes.c_void_p]
    if libc.ptrace(16, watcher, None, None) != 0:  # PTRACE_ATTACH
        return "no ptrace"
    os.waitpid(watcher, 0x40000000)  # __WALL: the stop the attach makes
    libc.ptrace(7, watcher, None, ctypes.c_void_p(int(signal.SIGSTOP)))  # PTRACE_CONT: a group stop
    while True:  # the tracer never waits for its tracee again
        time.sleep(0.05)

processes._watcher_fd()
traced = processes._watcher[1]
print(traced, flush=True)
outcome = runner.run_in_worker(entry, traced, timeout=3)
print(outcome.status, outcome.value if outcome.ok else "", flush=True)
print(processes._watcher[1], flush=True)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux ptrace")
def test_a_watcher_an_entry_traces_and_stops_never_blocks_the_cli(tmp_path: Path) -> None:
    script = tmp_path / "trace.py"
    script.write_text(_TRACER)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    proc = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True, env=env)
    traced = None
    try:
        assert proc.stdout is not None
        traced = int(proc.stdout.readline())
        try:
            out, _ = proc.communicate(timeout=120)
        except subprocess.TimeoutExpired:
            raise AssertionError("the CLI blocked reaping the watcher an entry traces") from None
        status, *rest = out.split("\n")
        if status.strip() == "ok no ptrace":
            pytest.skip("this kernel does not let a process trace another of its user")
        assert status.split()[0] == "timeout", out
        assert int(rest[0]) != traced, "the stopped watcher was not replaced"
        assert process_gone(traced), "the traced watcher was left running"
    finally:
        proc.kill()
        proc.wait()
        if traced is not None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(traced, signal.SIGKILL)


_ESCAPED_TRACER = r"""
import ctypes, os, subprocess, sys, time
from verifier import processes, runner

TRACER = '''
import ctypes, os, sys, time
pid = int(sys.argv[1])
libc = ctypes.CDLL(None, use_errno=True)
libc.ptrace.argtypes = [ctypes.c_long, ctypes.c_long, ctypes.c_void_p, ctypes.c_void_p]
if libc.ptrace(16, pid, None, None) != 0:  # PTRACE_ATTACH the worker
    open(sys.argv[2], "w").write("no")
    sys.exit(3)
os.waitpid(pid, 0x40000000)
libc.ptrace(7, pid, None, None)  # PTRACE_CONT: it runs on, traced; never waited for again
open(sys.argv[2], "w").write(str(os.getpid()))
time.sleep(120)
'''

def entry(pidfile):
    ctypes.CDLL(None, use_errno=True).prctl(36, 0, 0, 0, 0)  # no longer its descendants' subreaper
    # setsid forks (its caller leads a group) and exits: an orphan, not below the worker, running a
    # program with an empty environment: no marker either
    subprocess.Popen(["setsid", "env", "-i", sys.executable, "-c", TRACER, str(os.getpid()), pidfile],
                     start_new_session=True).wait()
    while not (os.path.exists(pidfile) and open(pidfile).read()):
        time.sleep(0.02)
    if open(pidfile).read() == "no":
        return "no ptrace"
    runner.report_stage("traced")
    while True:
        time.sleep(0.05)

processes.REAP_WITHIN = 1.0  # the CLI gives up waiting for the worker the tracer holds after 1 s, not 10
outcome = runner.run_in_worker(entry, sys.argv[1], timeout=float(sys.argv[2]))
print(outcome.status, outcome.value if outcome.ok else outcome.stage, flush=True)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux ptrace")
def test_a_worker_traced_by_a_process_that_escaped_every_kill_never_blocks_the_cli(tmp_path: Path) -> None:
    script, pidfiles = tmp_path / "trace.py", []
    script.write_text(_ESCAPED_TRACER)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}

    def attempt(timeout: float) -> str:
        pidfiles.append(tmp_path / f"tracer{len(pidfiles)}")
        proc = subprocess.Popen(
            [sys.executable, str(script), str(pidfiles[-1]), f"{timeout:g}"], stdout=subprocess.PIPE, text=True, env=env
        )
        try:
            out, _ = proc.communicate(timeout=120)
        except subprocess.TimeoutExpired:
            raise AssertionError("the CLI blocked reaping a worker a surviving process traces") from None
        finally:
            proc.kill()
            proc.wait()
        return out

    try:
        # the tracer (a cold interpreter started under setsid) must have attached before the entry's
        # timeout: 1 s is ample on an idle machine, and a slower one tries again with twice the budget
        # (support.growing_budget), past the old 5 s
        out = growing_budget(attempt, lambda out: out.split()[-1:] in (["traced"], ["ptrace"]), 1.0, 8.0)
        if out.strip() == "ok no ptrace":
            pytest.skip("this kernel does not let a process trace another of its user")
        assert out.split() == ["timeout", "traced"], out
    finally:
        for pidfile in pidfiles:
            if pidfile.exists() and pidfile.read_text().strip().isdigit():
                with contextlib.suppress(ProcessLookupError):
                    os.kill(int(pidfile.read_text()), signal.SIGKILL)


def _kills_the_watcher_it_traces(watcher: int) -> str:
    """A hostile entry: trace the watcher (no stop), kill it, never wait for it (so its parent cannot
    reap it), say so, hang."""
    import ctypes
    import time

    from verifier import runner

    libc = ctypes.CDLL(None, use_errno=True)
    libc.ptrace.argtypes = [ctypes.c_long, ctypes.c_long, ctypes.c_void_p, ctypes.c_void_p]
    if libc.ptrace(0x4206, watcher, None, None) != 0:  # PTRACE_SEIZE
        return "no ptrace"
    os.kill(watcher, signal.SIGKILL)
    while not process_gone(watcher, 0):
        time.sleep(0.01)
    runner.report_stage("killed it")
    while True:
        time.sleep(0.05)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux ptrace")
def test_a_dead_watcher_its_tracer_holds_is_replaced_while_the_entry_runs() -> None:
    from verifier import processes, runner

    def attempt(timeout: float) -> tuple[runner.Outcome[str], int, list[int]]:
        processes._watcher_fd()
        assert processes._watcher is not None
        traced = processes._watcher[1]
        seen: list[int] = []

        def on_stage(stage: str) -> None:  # the wait that brought this stage has looked at the watcher
            if stage == "killed it" and processes._watcher is not None:
                seen.append(processes._watcher[1])

        outcome = runner.run_in_worker(_kills_the_watcher_it_traces, traced, timeout=timeout, on_stage=on_stage)
        return outcome, traced, seen

    # the entry must have killed the watcher and said so before its timeout: 0.5 s is ample on an idle
    # machine, and a slower one tries again with twice the budget (support.growing_budget), past the old 5 s
    def reached(tried: tuple[runner.Outcome[str], int, list[int]]) -> bool:  # or the kernel refused (ok)
        return tried[0].ok or tried[0].stage == "killed it"

    outcome, traced, seen = growing_budget(attempt, reached, 0.5, 8.0)
    if outcome.ok and outcome.value == "no ptrace":
        pytest.skip("this kernel does not let a process trace another of its user")
    assert outcome.status == "timeout", outcome
    assert seen and seen[0] != traced, "a dead watcher was taken for one that keeps up (the worker ran unwatched)"
