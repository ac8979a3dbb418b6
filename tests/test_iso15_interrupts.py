"""iso15: Ctrl-C, SIGTERM and the watcher — the CLI always finishes, and leaves nothing behind.

* the Ctrl-C tests of ``tests/test_isolation.py`` timed out in some whole-suite runs: a process
  started with SIGINT ignored (a job a non-interactive shell put in the background: ``cmd &``)
  passes that on to every program it starts, and the CLI, as every program should, keeps ignoring
  it; the tests now start the CLI with SIGINT at its default (``ctrl_c_reaches``);
* a watcher stopped by an entry (SIGSTOP) is noticed by the CLI only at its next look (up to
  ``processes.WATCH_EVERY``); a SIGKILL of the CLI meanwhile must still reach the entry's
  subprocesses: the watcher asks to be continued (SIGCONT) when its parent dies;
* a fork that fails while the watcher is replaced must leak no descriptor and leave the module
  naming none it closed;
* a second Ctrl-C while the workers are being killed must not leave one of them stopped or alive,
  nor lose the results so far.

Each test cleans up what it started (PIDs it was told of only); none is timed: bounds only catch a hang.
"""

from __future__ import annotations

import contextlib
import errno
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from support import process_gone, wait_for_file

from verifier import processes

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux process plumbing")


def _links() -> dict[int, str]:
    """This process's open descriptors and what each one is (``pipe:[inode]``, a pidfd, a file)."""
    found = {}
    for name in os.listdir("/proc/self/fd"):
        with contextlib.suppress(OSError):
            found[int(name)] = os.readlink(f"/proc/self/fd/{name}")
    return found


def _kill(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, 0)


def test_a_failed_fork_while_replacing_the_watcher_leaks_no_descriptor(monkeypatch: pytest.MonkeyPatch) -> None:
    processes._watcher_fd()
    assert processes._watcher is not None
    _kill(processes._watcher[1])  # it ended: the next use replaces it
    before = _links()

    def no_fork() -> int:
        raise BlockingIOError(errno.EAGAIN, "Resource temporarily unavailable")

    with monkeypatch.context() as patch:
        patch.setattr(os, "fork", no_fork)
        with pytest.raises(OSError):
            processes._watcher_fd()
        after = _links()
    # every descriptor is what it was: none leaked, and the one the module names for the watcher's
    # pipe is still that pipe (not closed, its number free for the next file opened)
    assert after == before
    w = processes._watcher_fd()  # the fork works again: a new watcher, and the dead one's pipe closed
    assert processes._watcher is not None and process_gone(processes._watcher[1], 0) is False
    assert len(_links()) == len(before) and _links()[w].startswith("pipe:")


_STOPS_WATCHER = r"""
import os, signal, subprocess, sys, time
from verifier import processes, runner

processes.WATCH_EVERY = 3600.0  # the CLI does not look at its watcher again: only its death reaches it

def entry(watcher, pidfile):
    child = subprocess.Popen(["sleep", "60"])
    os.kill(watcher, signal.SIGSTOP)
    with open(pidfile, "w") as fh:
        fh.write(str(child.pid))
    while True:  # says nothing: the CLI's wait does not wake
        time.sleep(0.05)

processes._watcher_fd()
print(processes._watcher[1], flush=True)
runner.run_in_worker(entry, processes._watcher[1], sys.argv[1], timeout=600)
"""

_SUBREAPER = r"""
import ctypes, os, signal, subprocess, sys, time
# this process adopts the orphans (as systemd --user, tini or a CI runner may): the killed CLI's
# watcher stays in this session, so the kernel does not continue it as an orphaned stopped group
ctypes.CDLL(None, use_errno=True).prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER
cli = subprocess.Popen([sys.executable, sys.argv[1], sys.argv[2]], stdout=subprocess.PIPE, text=True)
print(cli.stdout.readline().strip(), flush=True)  # the watcher
for _ in range(1200):
    if os.path.exists(sys.argv[2]) and open(sys.argv[2]).read().strip():
        break
    time.sleep(0.05)
os.kill(cli.pid, signal.SIGKILL)
cli.wait()
print("killed", flush=True)
sys.stdin.read()  # until the test has looked: then reap whatever was adopted
while True:
    try:
        os.waitpid(-1, 0)
    except ChildProcessError:
        break
"""


@pytest.mark.slow(2)
def test_a_stopped_watcher_still_kills_the_entry_s_subprocess_when_the_cli_is_killed(tmp_path: Path) -> None:
    (tmp_path / "cli.py").write_text(_STOPS_WATCHER)
    (tmp_path / "reaper.py").write_text(_SUBREAPER)
    pidfile = tmp_path / "child.pid"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    proc = subprocess.Popen(
        [sys.executable, str(tmp_path / "reaper.py"), str(tmp_path / "cli.py"), str(pidfile)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip
    watcher = child = None
    try:
        assert proc.stdout is not None and proc.stdin is not None
        watcher = int(proc.stdout.readline())
        assert proc.stdout.readline().strip() == "killed"
        child = int(wait_for_file(pidfile))
        assert process_gone(child, 20), "the entry's subprocess outlived the CLI: its watcher stayed stopped"
        assert process_gone(watcher, 20), "the watcher was left behind"
    finally:
        for pid in (child, watcher):
            if pid is not None:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
        proc.communicate(timeout=60)  # closes its stdin: it reaps what it adopted and ends


def test_a_process_started_within_ctrl_c_reaches_gets_ctrl_c_though_this_one_ignores_it() -> None:
    """The Ctrl-C tests' CLIs are started so: a pytest started in the background of a shell (``cmd &``)
    ignores SIGINT, and so did every CLI it started, which rightly kept ignoring it (the tests timed out)."""
    from support import ctrl_c_reaches

    probe = [
        sys.executable,
        "-c",
        "import signal; print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)",
    ]
    before = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        ignored = subprocess.run(probe, capture_output=True, text=True, check=True).stdout.strip()
        with ctrl_c_reaches():
            reached = subprocess.run(probe, capture_output=True, text=True, check=True).stdout.strip()
        assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN  # put back as it was
    finally:
        signal.signal(signal.SIGINT, before)
    assert (ignored, reached) == ("False", "True")


_CTRL_C_IN_A_FORK = r"""
import os, signal, sys, time
from verifier import processes, runner

def during_the_fork():  # as a Ctrl-C that comes while the parent forks: raised in an at-fork callback
    if not sent:
        sent.append(1)
        os.kill(os.getpid(), signal.SIGINT)

def long(seconds):
    time.sleep(seconds)
    return "finished"

sent = []
os.register_at_fork(after_in_parent=during_the_fork)
calls = {
    "run_in_worker": lambda: runner.run_in_worker(long, 20, timeout=60),
    "run_many": lambda: runner.run_many([(long, (20,)), (long, (20,))], jobs=2, timeout=60),
    "run_each": lambda: runner.run_each(long, [20, 20], lambda item, outcome: None, timeout=60, jobs=2),
}
for name, call in calls.items():
    sent.clear()
    try:
        print(name, "not interrupted:", call(), flush=True)
    except KeyboardInterrupt:
        print(name, "interrupted, live", sorted(processes._live_groups), flush=True)
"""


@pytest.mark.slow(2)
def test_a_ctrl_c_while_the_runner_forks_is_not_lost(tmp_path: Path) -> None:
    """Each of the runner's three ways to run workers, in one process (one interpreter to start)."""
    script = tmp_path / "fork.py"
    script.write_text(_CTRL_C_IN_A_FORK)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    from support import ctrl_c_reaches

    with ctrl_c_reaches():
        done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, env=env, timeout=300)
    assert done.stdout.split("\n")[:3] == [
        f"{name} interrupted, live []" for name in ("run_in_worker", "run_many", "run_each")
    ], (done.stdout, done.stderr)
    assert "Exception ignored" not in done.stderr, done.stderr


_SECOND_CTRL_C = r"""
import os, signal, time
from verifier import processes, runner

def hangs():
    runner.report_stage("started")
    while True:
        time.sleep(0.05)

kill_below = processes._kill_below
def second_ctrl_c(pid):  # a second Ctrl-C between the SIGSTOP and the SIGKILL of the worker's group
    os.kill(os.getpid(), signal.SIGINT)
    kill_below(pid)
processes._kill_below = second_ctrl_c

workers = []
def first_ctrl_c(stage):
    workers.extend(processes._live_groups)
    os.kill(os.getpid(), signal.SIGINT)

try:
    runner.run_in_worker(hangs, timeout=60, on_stage=first_ctrl_c)
except KeyboardInterrupt:
    print("interrupted", flush=True)
try:
    with open(f"/proc/{workers[0]}/stat") as fh:
        print("worker", fh.read().rsplit(") ", 1)[1].split()[0], flush=True)
except FileNotFoundError:
    print("worker gone", flush=True)
print("live", sorted(processes._live_groups), flush=True)
"""


@pytest.mark.slow(2)
def test_a_second_ctrl_c_while_a_worker_is_killed_leaves_it_neither_stopped_nor_alive(tmp_path: Path) -> None:
    script = tmp_path / "twice.py"
    script.write_text(_SECOND_CTRL_C)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    from support import ctrl_c_reaches

    with ctrl_c_reaches():
        done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, env=env, timeout=120)
    lines = done.stdout.split("\n")
    assert lines[0] == "interrupted", (done.stdout, done.stderr)
    assert lines[1] in ("worker gone", "worker Z", "worker X"), lines  # killed and reaped (or about to be)
    assert lines[2] == "live []", lines
