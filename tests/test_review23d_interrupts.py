"""review23d: Ctrl-C ends the CLI with status 130 and leaves the caller's signal state as it was.

* ``python -m verifier`` exited killed by SIGINT (-2 to a caller that is not a shell) in about 2 of
  25 interrupted runs of ``verify doc``, after printing "verify: interrupted": CPython marks a
  KeyboardInterrupt that leaves code it ran from a string (``dataclasses``, ``namedtuple``, SymPy's
  ``lambdify`` and ``sympify`` do so; a Ctrl-C that comes while such a string is compiled is raised
  in it) as unhandled, even when caught later, and ``python -m`` then kills itself with SIGINT at
  exit instead of returning the status ``sys.exit`` was given.

Each test cleans up what it started; none is timed: bounds only catch a hang.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from support import ctrl_c_reaches

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="POSIX signals")

_CTRL_C_IN_CODE_FROM_A_STRING = r"""
import os, runpy, signal
import rich.console  # imported by the time a real run is interrupted (its progress line, its reports)
import verifier.cli

def interrupted(name):  # a Ctrl-C raised in code run from a string, as one that comes while it is compiled
    exec("os.kill(os.getpid(), signal.SIGINT)", {"os": os, "signal": signal})

verifier.cli._module = interrupted
runpy.run_module("verifier", run_name="__main__", alter_sys=True)
"""


@pytest.mark.slow(2)
def test_python_m_verifier_exits_130_when_the_ctrl_c_went_through_code_run_from_a_string(tmp_path: Path) -> None:
    (tmp_path / "ctrl_c_entry.py").write_text(_CTRL_C_IN_CODE_FROM_A_STRING)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), str(ROOT)])}
    with ctrl_c_reaches():
        done = subprocess.run(
            [sys.executable, "-m", "ctrl_c_entry", "list"], capture_output=True, text=True, env=env, timeout=120
        )
    assert "verify: interrupted" in done.stderr and "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 130, (done.returncode, done.stderr)


def test_a_second_ctrl_c_while_interrupted_is_said_still_exits_130(monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl-C pressed twice: the second came while "verify: interrupted" was printed (Rich imported for
    it, ~0.1 s) and left ``main`` as a KeyboardInterrupt: a traceback, in place of status 130."""
    from verifier import cli

    def interrupted(name: str) -> None:
        raise KeyboardInterrupt

    def second_ctrl_c() -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "_module", interrupted)
    monkeypatch.setattr(cli, "_stderr", second_ctrl_c)
    try:
        code = cli.main(["list"])
    except KeyboardInterrupt:
        pytest.fail("the second Ctrl-C left main as a KeyboardInterrupt (a traceback)")
    assert code == 130


_CTRL_C_AS_IT_EXITS = r"""
import atexit, os, signal, sys, time

def second_ctrl_c():  # registered first, run last: a Ctrl-C while the interpreter exits
    os.kill(os.getpid(), signal.SIGINT)
    time.sleep(0.05)

atexit.register(second_ctrl_c)
import runpy
import verifier.cli

def interrupted(name):
    raise KeyboardInterrupt

verifier.cli._module = interrupted
runpy.run_module("verifier", run_name="__main__", alter_sys=True)
"""


@pytest.mark.slow(2)
def test_a_second_ctrl_c_while_the_cli_exits_neither_kills_it_nor_prints_exception_ignored(tmp_path: Path) -> None:
    """Ctrl-C pressed twice, the second after "verify: interrupted": it came in the exit functions
    ("Exception ignored in atexit callback" and a traceback), or once the interpreter had put SIGINT
    back to its default to tear itself down (~0.1 s with SymPy imported): killed by SIGINT, -2."""
    (tmp_path / "ctrl_c_exit.py").write_text(_CTRL_C_AS_IT_EXITS)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), str(ROOT)])}
    with ctrl_c_reaches():
        done = subprocess.run(
            [sys.executable, "-m", "ctrl_c_exit", "list"], capture_output=True, text=True, env=env, timeout=120
        )
    assert "Exception ignored" not in done.stderr and "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 130, (done.returncode, done.stderr)


_CTRL_C_RIGHT_AFTER_THE_FORK = r"""
import contextlib, os, signal, time
from verifier import processes, runner

held = processes.interrupts_held
sent = []

@contextlib.contextmanager
def then_ctrl_c():  # a Ctrl-C right after a fork's hold ends, before the runner has named the worker
    with held():
        yield
    if not sent and processes._holding == 0 and processes._live_groups:
        sent.append(1)
        workers.extend(processes._live_groups)
        os.kill(os.getpid(), signal.SIGINT)
        for _ in range(100):  # raised here, at the next look for signals
            pass

processes.interrupts_held = then_ctrl_c

def long(seconds):
    time.sleep(seconds)
    return "finished"

calls = {
    "run_in_worker": lambda: runner.run_in_worker(long, 60, timeout=120),
    "run_many": lambda: runner.run_many([(long, (60,)), (long, (60,))], jobs=2, timeout=120),
    "run_each": lambda: runner.run_each(long, [60, 60], lambda item, outcome: None, timeout=120, jobs=2),
}
for name, call in calls.items():
    sent.clear()
    workers = []
    try:
        print(name, "not interrupted:", call(), flush=True)
    except KeyboardInterrupt:
        alive = []
        for pid in workers:
            try:
                with open(f"/proc/{pid}/stat") as fh:
                    if fh.read().rsplit(") ", 1)[1].split()[0] not in "ZX":
                        alive.append(pid)
            except FileNotFoundError:
                pass
        print(name, "interrupted, live", sorted(processes._live_groups), "alive", alive, flush=True)
        for pid in alive:
            os.kill(pid, signal.SIGKILL)
"""


@pytest.mark.slow(2)
def test_a_ctrl_c_right_after_a_fork_leaves_no_worker_running(tmp_path: Path) -> None:
    """The fork is held (``processes.interrupts_held``), but a Ctrl-C just after the hold, before the
    loop had put the worker where its ``finally`` reaps it, left it running, unreaped: in a library
    user's process (the pytest plugin) until that process ends."""
    script = tmp_path / "after_fork.py"
    script.write_text(_CTRL_C_RIGHT_AFTER_THE_FORK)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    with ctrl_c_reaches():
        done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, env=env, timeout=300)
    assert done.stdout.split("\n")[:3] == [
        f"{name} interrupted, live [] alive []" for name in ("run_in_worker", "run_many", "run_each")
    ], (done.stdout, done.stderr)


_CTRL_C_AS_AN_ENDED_WORKER_IS_REAPED = r"""
import os, signal, time
from verifier import processes, runner

outcome = runner.Worker.outcome
workers = []

def ctrl_c_first(self, timed_out, timeout):  # a Ctrl-C as the loop takes an ended worker to reap it
    if not workers:
        workers.append(self.pid)
        os.kill(os.getpid(), signal.SIGINT)
        for _ in range(100):  # raised here, at the next look for signals
            pass
    return outcome(self, timed_out, timeout)

runner.Worker.outcome = ctrl_c_first

def hangs():
    while True:
        time.sleep(0.05)

try:
    runner.run_many([(hangs, ())], jobs=1, timeout=0.5)
    print("not interrupted", flush=True)
except KeyboardInterrupt:
    try:
        with open(f"/proc/{workers[0]}/stat") as fh:
            state = fh.read().rsplit(") ", 1)[1].split()[0]
    except FileNotFoundError:
        state = "gone"
    print("interrupted, worker", "gone" if state in ("gone", "Z", "X") else "alive", flush=True)
    if state not in ("gone", "Z", "X"):
        os.kill(workers[0], signal.SIGKILL)
"""


@pytest.mark.slow(2)
def test_a_ctrl_c_as_run_many_reaps_a_worker_out_of_time_leaves_it_not_running(tmp_path: Path) -> None:
    """``run_many`` takes an ended worker out of ``ended`` and then reaps it (held): a Ctrl-C in
    between left a worker that was out of time running, listed nowhere its ``finally`` looks."""
    script = tmp_path / "ended.py"
    script.write_text(_CTRL_C_AS_AN_ENDED_WORKER_IS_REAPED)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    with ctrl_c_reaches():
        done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, env=env, timeout=300)
    assert done.stdout.strip() == "interrupted, worker gone", (done.stdout, done.stderr)


_CTRL_C_BEFORE_THE_PARENT_S_OWN_WORK = r"""
import os, signal, time
from verifier import processes, runner

sent, steps = [], []

def during_the_fork():  # a Ctrl-C while the parent forks: held, raised at the loop's next look
    if not sent:
        sent.append(1)
        os.kill(os.getpid(), signal.SIGINT)

def warm_up():  # the parent's own work while the workers run (verify all: the warm-up, seconds a step)
    while True:
        steps.append(1)
        yield True

def long(seconds):
    time.sleep(seconds)

os.register_at_fork(after_in_parent=during_the_fork)
try:
    runner.run_many([(long, (60,))], jobs=1, timeout=120, meanwhile=warm_up())
    print("not interrupted", flush=True)
except KeyboardInterrupt:
    print("interrupted after", len(steps), "steps of the parent's own work", flush=True)
"""


@pytest.mark.slow(2)
def test_a_ctrl_c_held_while_run_many_forks_is_raised_before_the_parent_s_own_work(tmp_path: Path) -> None:
    """``meanwhile`` (the warm-up ``verify all`` does while the catalog is imported) ran a step after a
    Ctrl-C held during a fork: the Ctrl-C waited for it (seconds), past the 1 s the runner promises."""
    script = tmp_path / "meanwhile.py"
    script.write_text(_CTRL_C_BEFORE_THE_PARENT_S_OWN_WORK)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    with ctrl_c_reaches():
        done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, env=env, timeout=300)
    assert done.stdout.strip() == "interrupted after 0 steps of the parent's own work", (done.stdout, done.stderr)


_CTRL_C_AS_THE_HANDLER_IS_PUT_BACK = r"""
import os, signal
from verifier import processes, runner

real_signal = signal.signal
sent = []

def ctrl_c_first(signum, handler):  # a Ctrl-C just as the runner puts Python's own handler back
    if signum == signal.SIGINT and handler is signal.default_int_handler and not sent:
        sent.append(1)
        os.kill(os.getpid(), signal.SIGINT)
        for _ in range(100):  # raised here, at the next look for signals
            pass
    return real_signal(signum, handler)

def quick():
    return "answered"

signal.signal = ctrl_c_first
try:
    runner.run_in_worker(quick, timeout=60)
    print("not interrupted", flush=True)
except KeyboardInterrupt:
    print("interrupted", flush=True)
signal.signal = real_signal
print("handler", "default" if signal.getsignal(signal.SIGINT) is signal.default_int_handler else "other", flush=True)
try:  # a caller that goes on (a REPL, a notebook) runs again: no Ctrl-C of its own this time
    print("again", runner.run_in_worker(quick, timeout=60).value, flush=True)
except KeyboardInterrupt:
    print("again interrupted", flush=True)
"""


@pytest.mark.slow(2)
def test_a_ctrl_c_as_the_runner_puts_the_handler_back_leaves_neither_its_handler_nor_a_ctrl_c_behind(
    tmp_path: Path,
) -> None:
    """The runner's own SIGINT handler stayed installed, its Ctrl-C noted, and the caller's next run
    was interrupted at once though nobody pressed Ctrl-C again."""
    script = tmp_path / "put_back.py"
    script.write_text(_CTRL_C_AS_THE_HANDLER_IS_PUT_BACK)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    with ctrl_c_reaches():
        done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, env=env, timeout=300)
    assert done.stdout.split("\n")[:3] == ["interrupted", "handler default", "again answered"], (
        done.stdout,
        done.stderr,
    )


_CTRL_C_WHILE_THE_WATCHER_IS_REPLACED = r"""
import os, signal, time
from verifier import processes, runner

armed, sent = [], []

def during_the_fork():  # a Ctrl-C while the CLI forks a new watcher
    if armed and not sent:
        sent.append(1)
        os.kill(os.getpid(), signal.SIGINT)

os.register_at_fork(after_in_parent=during_the_fork)

def entry(watcher):
    runner.report_stage("armed")
    time.sleep(0.5)
    os.kill(watcher, signal.SIGKILL)  # the watcher ended: the CLI's next look replaces it
    time.sleep(60)

processes._watcher_fd()
try:
    runner.run_in_worker(entry, processes._watcher[1], timeout=120, on_stage=armed.append)
    print("not interrupted", flush=True)
except KeyboardInterrupt:
    print("interrupted", "after the watcher's fork" if sent else "before", flush=True)
"""


@pytest.mark.slow(2)
def test_a_ctrl_c_while_the_watcher_is_replaced_prints_no_exception_ignored(tmp_path: Path) -> None:
    """Forking a worker is held, but forking a new watcher after a wait (``_rewatch``) was not: a
    Ctrl-C then was raised in an at-fork callback (``logging``'s lock), where Python prints
    "Exception ignored ... KeyboardInterrupt" on the CLI's stderr."""
    script = tmp_path / "rewatch.py"
    script.write_text(_CTRL_C_WHILE_THE_WATCHER_IS_REPLACED)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    with ctrl_c_reaches():
        done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, env=env, timeout=300)
    assert done.stdout.strip() == "interrupted after the watcher's fork", (done.stdout, done.stderr)
    assert "Exception ignored" not in done.stderr, done.stderr
