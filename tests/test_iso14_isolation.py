"""iso14: three ways a process could outlive the CLI, or the CLI block, that the runner must close.

* the watcher (one per CLI, :func:`verifier.processes._watcher_fd`) stopped by a hostile entry
  (SIGSTOP) or merely slow: its pipe fills after a thousand or so messages and a blocking write
  would hang the CLI for ever; the CLI must never block on it, and a stopped watcher must be
  noticed and replaced (told of the live workers);
* a child made by a raw ``clone()`` with exit signal 0 is invisible to ``waitid`` without
  ``__WALL``: the worker must not say it is alone while such a child runs;
* a daemon forked in Python (no program run, so no marker in its environment) whose worker is
  killed together with the CLI by SIGKILL: the watcher must still find and kill it.

Each test cleans up what it started; none is timed (bounds are generous and only catch a hang).
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import platform
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from support import fork_daemon, process_gone, wait_for_file

from verifier import processes, runner


def _kill(pid: int) -> None:
    """Clean up a process a test left (SIGKILL works on a stopped one), and reap it if it is ours."""
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, 0)


def _kill_left(pidfile: Path) -> None:
    if pidfile.exists() and pidfile.read_text().strip():
        pid = int(pidfile.read_text())
        if not process_gone(pid, 0):
            _kill(pid)


_TALKER = r"""
import os, signal, sys
from verifier import processes
processes._watcher_fd()
stopped = processes._watcher[1]
print(stopped, flush=True)
os.kill(stopped, signal.SIGSTOP)
for i in range(5000):  # ~40 bytes each: 200 KB, three times a pipe's capacity
    processes._tell_watcher(f"-{os.getpid()}-{i:032d}")
print(processes._watcher[1], flush=True)
print("done", flush=True)
"""


def test_a_stopped_watcher_never_blocks_the_parent(tmp_path: Path) -> None:
    script = tmp_path / "talk.py"
    script.write_text(_TALKER)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    proc = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True, env=env)
    stopped = None
    try:
        assert proc.stdout is not None
        stopped = int(proc.stdout.readline())
        try:
            out, _ = proc.communicate(timeout=120)
        except subprocess.TimeoutExpired:
            raise AssertionError("the parent blocked writing to a stopped watcher") from None
        lines = out.split()
        assert lines[-1] == "done"
        assert int(lines[0]) != stopped, "the stopped watcher was not replaced"
        assert process_gone(stopped), "the stopped watcher was left stopped"
    finally:
        proc.kill()
        proc.wait()
        if stopped is not None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(stopped, signal.SIGKILL)


def _nothing() -> int:
    return 1


def _stop(pid: int) -> None:
    """SIGSTOP ``pid`` and return once it is stopped (state ``T``), as a parent's ``waitpid(WUNTRACED)``
    then sees it: the signal takes effect only when the kernel next runs that process, which on a busy
    machine can be after the parent's next look (the runner then rightly saw a running watcher)."""
    os.kill(pid, signal.SIGSTOP)
    end = time.monotonic() + 30
    while time.monotonic() < end:
        with open(f"/proc/{pid}/stat") as fh:
            if fh.read().rsplit(") ", 1)[-1].startswith("T"):
                return
        time.sleep(0.005)
    raise AssertionError(f"process {pid} was not stopped within 30 s")


def test_a_stopped_watcher_is_replaced_by_the_next_worker() -> None:
    processes._watcher_fd()
    assert processes._watcher is not None
    stopped = processes._watcher[1]
    _stop(stopped)
    try:
        outcome = runner.run_in_worker(_nothing, timeout=30)
        assert outcome.ok
        assert processes._watcher is not None and processes._watcher[1] != stopped
        assert process_gone(stopped), "the stopped watcher was not killed"
    finally:
        _kill(stopped)


def _stops_the_watcher(watcher: int, pidfile: str) -> None:
    """A hostile entry: start a subprocess, stop the parent's watcher, say so, hang."""
    Path(pidfile).write_text(str(subprocess.Popen(["sleep", "60"]).pid))
    _stop(watcher)
    runner.report_stage("stopped it")
    while True:
        time.sleep(0.05)


def test_a_watcher_an_entry_stops_is_replaced_and_still_kills_the_entry_s_subprocess(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The parent dies (its end of the new watcher's pipe closes) as soon as it has replaced the stopped
    watcher, at whichever look finds it stopped: the stage message's wake-up, or the look at least every
    ``processes.WATCH_EVERY`` seconds. A callback on the stage alone raced the stop (the parent could
    look before the kernel had stopped the watcher, and then nothing ever ended the hanging entry: a
    20 s timeout on a busy machine). The worker's timeout only bounds a hang: with the watcher never
    replaced, or the new one killing nothing, the entry hangs to it and the outcome is a timeout."""
    processes._watcher_fd()
    assert processes._watcher is not None
    stopped = processes._watcher[1]
    pidfile = tmp_path / "pid"
    rewatch, replaced = processes._rewatch, []

    def rewatch_then_die() -> None:  # as when this process dies: the new watcher sees its pipe close
        rewatch()
        if processes._watcher is not None and processes._watcher[1] != stopped:
            replaced.append(processes._watcher[1])
            os.close(processes._watcher[2])
            processes._watcher = None

    monkeypatch.setattr(processes, "_rewatch", rewatch_then_die)
    try:
        outcome = runner.run_in_worker(_stops_the_watcher, stopped, str(pidfile), timeout=90)
        assert replaced, "the stopped watcher was never replaced"
        assert process_gone(int(wait_for_file(pidfile))), "no running watcher killed the entry's subprocess"
        assert outcome.status == "died", outcome
        assert outcome.stage == "stopped it", outcome
        assert process_gone(stopped), "the stopped watcher was left stopped"
    finally:
        _kill(stopped)
        for pid in replaced:
            _kill(pid)
        _kill_left(pidfile)


def _clone_hidden(pidfile: str) -> int:
    """A raw clone() whose exit signal is 0 (not SIGCHLD): waitid without __WALL does not see it."""
    libc = ctypes.CDLL(None, use_errno=True)
    libc.syscall.restype = ctypes.c_long
    pid = libc.syscall(56, 0, 0, 0, 0, 0)  # SYS_clone on x86_64; flags 0: exit signal 0, a copy as by fork
    if pid == 0:
        try:
            os.setsid()
            Path(pidfile).write_text(str(os.getpid()))
            time.sleep(60)
        finally:
            os._exit(0)
    wait_for_file(Path(pidfile))
    return 1


@pytest.mark.skipif(platform.machine() != "x86_64" or sys.platform != "linux", reason="x86_64 Linux clone")
def test_a_clone_child_with_exit_signal_zero_is_seen_and_killed(tmp_path: Path) -> None:
    pidfile = tmp_path / "pid"
    try:
        outcome = runner.run_in_worker(_clone_hidden, str(pidfile), timeout=30)
        assert outcome.ok, outcome
        assert process_gone(int(wait_for_file(pidfile))), "a clone child with exit signal 0 outlived its worker"
    finally:
        _kill_left(pidfile)


def _daemon_then_hang(pidfile: str) -> None:
    """The daemon's dance in Python: fork, new session, fork again; no program run (no marker in
    ``/proc/PID/environ``), then the worker hangs."""
    fork_daemon(pidfile)
    runner.report_stage("daemon started")
    while True:
        time.sleep(0.05)


def test_a_forked_daemon_ends_when_the_cli_and_its_worker_are_killed(tmp_path: Path) -> None:
    processes._watcher_fd()
    pidfile = tmp_path / "pid"
    worker = runner.Worker(_daemon_then_hang, (str(pidfile),))
    try:
        daemon = int(wait_for_file(pidfile))
        os.kill(worker.pid, signal.SIGKILL)  # the kernel's PR_SET_PDEATHSIG when the CLI is killed
        assert process_gone(worker.pid)
        assert processes._watcher is not None
        os.close(processes._watcher[2])  # the CLI's end of the pipe closes as it dies
        processes._watcher = None
        assert process_gone(daemon, 20), "a daemon forked in Python outlived the CLI and its worker"
    finally:
        worker.reap()
        _kill_left(pidfile)


def test_a_short_command_line_gets_the_short_mark_the_scan_finds() -> None:
    script = (
        "from verifier import processes\n"
        "processes._mark_command_line('1-0123456789abcdef')\n"
        "print(open('/proc/self/cmdline', 'rb').read().split(b'\\0')[0].decode())\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    done = subprocess.run([sys.executable, "-"], input=script, capture_output=True, text=True, env=env, timeout=120)
    assert done.stdout.strip() in {mark.decode() for mark in processes._command_marks("1-0123456789abcdef")}


def _stops_the_watcher_and_waits(watcher: int) -> bool:
    """A hostile entry that stops the watcher and says nothing: True once the parent has a running watcher
    other than the stopped one (looked for among the parent's children for up to 20 s)."""
    os.kill(watcher, signal.SIGSTOP)
    parent, me = os.getppid(), os.getpid()
    end = time.monotonic() + 20
    while time.monotonic() < end:
        children = set()
        for task in os.listdir(f"/proc/{parent}/task"):
            with open(f"/proc/{parent}/task/{task}/children") as fh:
                children |= {int(pid) for pid in fh.read().split()}
        if any(not process_gone(pid, 0) for pid in children - {me, watcher}):
            return True
        time.sleep(0.05)
    return False


def test_a_watcher_stopped_by_a_silent_entry_is_replaced_while_the_entry_runs() -> None:
    processes._watcher_fd()
    assert processes._watcher is not None
    stopped = processes._watcher[1]
    try:
        outcome = runner.run_in_worker(_stops_the_watcher_and_waits, stopped, timeout=60)
        assert outcome.ok and outcome.value is True, "the parent waited for its worker with a stopped watcher"
    finally:
        _kill(stopped)
