"""What a worker process leaves behind, and how it and all of it are killed.

A worker (:mod:`verifier.runner`) runs user code, and user code may start processes: a
subprocess in the worker's group, a program in a new session (``start_new_session=True``,
``setsid``), a daemon forked in Python (fork, new session, fork again) that never runs a program.
None of them may outlive the worker, whether it answers, times out, dies, or the CLI itself is
killed. This module owns every way they are found and killed, and the state those share:

* the worker's **process group** (it leads its own: :func:`_become_worker`), killed by
  :func:`_kill_group` on TIMEOUT and at each reap, and by the SIGTERM handler of
  :func:`_kill_workers_on_exit` for every live group (``_live_groups``);
* the **marker** each worker puts in its environment (``WORKER_ENV``, a token per worker:
  ``_tokens``), which a program it started inherits even in a new session, and writes over its
  command line (:func:`_mark_command_line`), which a process forked from it inherits until it runs
  a program (a daemon forked in Python); :func:`_kill_escaped` finds those by reading
  ``/proc/PID/environ`` and ``/proc/PID/cmdline``;
* the worker as its descendants' **subreaper** (:func:`_adopt_orphans`): every process it started
  stays below it, so :func:`_kill_below` finds even an unmarked daemon while the worker lives, and a
  worker with no child and one thread left says it is alone (:func:`_alone`), which spares the
  parent the ``/proc`` scan when it reaps it;
* ``PR_SET_PDEATHSIG`` (:func:`_die_with_parent`) and **the watcher** (:func:`_watcher_fd`), one
  small process per parent that kills every registered worker's group, and what left it, when the
  parent dies, even by SIGKILL. The parent never blocks on it (its pipe does not block): a watcher
  that ended, was stopped (an entry may SIGSTOP it) or fell behind is killed and replaced
  (:func:`_keeps_up`); it is continued (SIGCONT) when the parent dies, in case an entry stopped it;
  where the parent has no terminal, the watcher continues the parent if an entry stopped it (:func:`_watch`);
* **Ctrl-C** while workers run (:func:`_on_sigint`): noted as well as raised, so that one Python
  swallowed (in an at-fork callback, a finaliser) is raised at the runner's next look
  (:func:`check_interrupted`), and held while a worker is forked or killed (:func:`interrupts_held`).

Why a module of its own: this is Linux process plumbing (``/proc``, ``prctl``, pidfds, a pipe to
the watcher) with state of its own (the watcher, the live groups and their tokens), while
:mod:`verifier.runner` schedules calls and turns what a worker sends back into outcomes. The runner
reads and sets this state only through this module (``processes._watcher``, never a copy of the
name), so each global lives in one place.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import os
import select
import signal
import sys
import time
from collections.abc import Iterator
from typing import Any

_live_groups: set[int] = set()  # this process's live workers (each leads its group of that pid)
_tokens: dict[int, str] = {}  # live worker pid -> the marker its descendants inherit

#: Set in each worker's environment to a token of its own, so that a program it started in a new
#: session (``start_new_session=True``, ``setsid``), which leaves the process group, is still
#: found (``/proc/PID/environ``) and killed with the worker.
WORKER_ENV = "DERIVATION_VERIFIER_WORKER"


def _command_marks(token: str) -> tuple[bytes, bytes]:
    """What a worker writes over its command line (:func:`_mark_command_line`), found in
    ``/proc/PID/cmdline`` of every process forked from it that has not run a program since: the long
    form, readable in ``ps``, or where the command line is too short for it (``python -``) the short
    one (the token's random part, 64 bits, is what makes either the worker's own)."""
    return f"verify-worker:{token}".encode(), f"vw:{token.rpartition('-')[2]}".encode()


def _kill_escaped(*tokens: str) -> None:
    """SIGKILL every process of this user whose environment or command line carries one of ``tokens``
    (Linux ``/proc``): the environment marks a program a worker's descendant ran (unless it cleared
    its environment), the command line a process forked from the worker that ran none (a daemon
    forked in Python keeps the environment the worker started with, where ``os.environ`` changes nothing)."""
    needles = {f"{WORKER_ENV}={token}".encode() for token in tokens}
    marks = tuple(mark for token in tokens for mark in _command_marks(token))
    me, uid = os.getpid(), os.getuid()
    for _ in range(5):  # a killed one's children are found on the next pass, if it had any
        try:
            names = os.listdir("/proc")
        except OSError:
            return
        killed = False
        for name in names:
            if not name.isdigit() or int(name) == me:
                continue
            try:
                if os.stat(f"/proc/{name}").st_uid != uid:
                    continue
                with open(f"/proc/{name}/environ", "rb") as fh:
                    environ = fh.read()
                marked = bool(needles.intersection(environ.split(b"\0")))
                if not marked:
                    with open(f"/proc/{name}/cmdline", "rb") as fh:
                        command = fh.read(4096)
                    marked = command.startswith(marks)
            except OSError:
                continue
            if marked:
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.kill(int(name), signal.SIGKILL)
                    killed = True
        if not killed:
            return


def _descendants(pid: int) -> list[int]:
    """The processes below ``pid`` that are not zombies (Linux ``/proc/PID/task/TID/children``)."""
    found: list[int] = []
    stack = [pid]
    while stack and len(found) < 10_000:
        parent = stack.pop()
        with contextlib.suppress(OSError, ValueError):
            for task in os.listdir(f"/proc/{parent}/task"):
                with open(f"/proc/{parent}/task/{task}/children") as fh:
                    stack += [int(child) for child in fh.read().split()]
        if parent != pid:
            with contextlib.suppress(OSError), open(f"/proc/{parent}/stat", "rb") as fh:
                if not fh.read().rsplit(b") ", 1)[-1].startswith(b"Z"):
                    found.append(parent)
    return found


def _kill_below(pid: int) -> None:
    """SIGKILL every process below ``pid``, a live worker (by the parent, the worker's group stopped
    first, so it starts no more; or by the worker itself once its call is over).

    Why: a worker is its descendants' subreaper (:func:`_adopt_orphans`), so while it lives every
    process it started is below it, even a daemon that left its group and never ran a program (a
    fork in Python: fork, new session, fork again), whose environment is the one it was forked with,
    without the marker the ``/proc`` scan looks for (``os.environ`` changes the process's own copy,
    not ``/proc/PID/environ``); once the worker is gone, such a daemon's parent is init. Each round
    kills what it finds; what a killed one started meanwhile comes back below the worker and is
    found on the next (bounded: what is left is the group kill's and the scan's, as before)."""
    for _ in range(10):
        found = _descendants(pid)
        if not found:
            return
        for child in found:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.kill(child, signal.SIGKILL)
        time.sleep(0.002)


def _kill_group(pid: int, escaped: bool = True) -> None:
    """SIGKILL the worker's process group; ``escaped``: also what left the group (the processes below
    the worker, then the ``/proc`` scan), unless the worker said it left no process behind (:func:`_alone`)."""
    token = _tokens.get(pid)
    if token is not None and escaped:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(pid, signal.SIGSTOP)
        _kill_below(pid)
    for kill in (os.killpg, os.kill):
        with contextlib.suppress(ProcessLookupError, PermissionError):
            kill(pid, signal.SIGKILL)
    if token is not None and escaped:
        _kill_escaped(token)


_libc_handle: Any = None


def _libc() -> Any:
    """The C library (for ``prctl``), opened once in the parent so that each worker inherits it."""
    global _libc_handle
    if _libc_handle is None:
        _libc_handle = ctypes.CDLL(None, use_errno=True)
    return _libc_handle


def _die_with_parent(parent: int) -> None:
    """Ask the kernel to SIGKILL this worker when the parent dies, even by SIGKILL (Linux only)."""
    with contextlib.suppress(OSError, AttributeError):
        _libc().prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)


_watcher: tuple[int, int, int] | None = None  # (owner pid, watcher pid, write end of its pipe)
_watcher_end: int | None = None  # a pidfd of that watcher (Linux 5.3+): readable once it has ended


#: How often the watcher of a CLI with no terminal looks whether an entry stopped the CLI (seconds).
CONTINUE_EVERY = 1.0


def _has_terminal() -> bool:
    """Whether this process has a controlling terminal (a person can stop and continue it: job control)."""
    try:
        fd = os.open("/dev/tty", os.O_RDONLY | os.O_NOCTTY)
    except OSError:
        return False
    os.close(fd)
    return True


def _continue_if_stopped(pid: int) -> None:  # pragma: no cover - runs in the watcher
    """SIGCONT ``pid`` if it is stopped (state ``T`` in ``/proc/PID/stat``)."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            state = fh.read().rsplit(b")", 1)[1].split()[0]
    except (OSError, IndexError):
        return
    if state == b"T":
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGCONT)


def _watch(r: int, keep_running: int | None = None) -> None:  # pragma: no cover - runs in the watcher
    """The watcher's loop: ``+PID TOKEN`` (a worker started), ``-TOKEN`` (it was reaped); at EOF
    (every write end closed: the parent is gone) kill each live worker's group and what left it.

    ``keep_running``: the parent's pid when it has no terminal (CI, a hook): an entry runs as the same
    user and may stop it (SIGSTOP), and then nothing enforces the workers' budgets and the run never
    ends; no person can continue it there, so the watcher does, every ``CONTINUE_EVERY`` seconds
    (redteam24). With a terminal a stop is the person's (Ctrl-Z) and stays."""
    live: dict[str, int] = {}
    dead: set[str] = set()
    pending = b""
    waiting = select.poll()
    waiting.register(r, select.POLLIN | select.POLLHUP)
    while True:
        try:
            if keep_running is not None and not waiting.poll(int(CONTINUE_EVERY * 1000)):
                _continue_if_stopped(keep_running)
                continue
            chunk = os.read(r, 4096)
        except InterruptedError:
            continue
        if not chunk:
            break
        pending += chunk
        *lines, pending = pending.split(b"\n")
        for line in lines:
            word = line.decode("ascii", "replace")
            if word.startswith("+"):
                pid, _, token = word[1:].partition(" ")
                if token not in dead and pid.isdigit():
                    live[token] = int(pid)
            elif word.startswith("-"):
                live.pop(word[1:], None)
                dead.add(word[1:])
    for pid in live.values():
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(pid, signal.SIGKILL)
    if live:
        _kill_escaped(*live)


def _watcher_fd(stalled: bool = False) -> int:
    """The write end of the pipe to this process's watcher, started on first use (again after a fork).

    PR_SET_PDEATHSIG kills a worker when the parent dies, but not a subprocess the worker started;
    the watcher, one per parent process, kills those: each worker tells it its process group and
    token (``+PID TOKEN``) before any user code runs, and closes its copy of the pipe; the parent
    says ``-TOKEN`` when it reaps a worker. When the parent dies, even by SIGKILL, its write end
    closes, the watcher reads EOF and kills every group still registered, and what left them
    (:func:`_kill_escaped`). It holds no other descriptor (a pipe end it kept open would hide a
    worker's death from the parent) and ignores the terminal's signals (its own process group).

    One watcher per parent instead of one forked by each worker: a worker has no child process of
    its own, so it can tell whether it left one behind (:func:`_alone`), and it forks once, not twice.
    """
    global _watcher, _watcher_end
    again = _watcher is not None and _watcher[0] == os.getpid()
    if _watcher is not None and again and _keeps_up(_watcher[1], _watcher[2], stalled):
        return _watcher[2]
    # it died, was stopped or fell behind (and is ended now), or there is none: start another. The
    # old one's descriptors are closed only once that worked: a fork that fails (EAGAIN, ENOMEM)
    # leaks nothing and leaves the module naming no descriptor it closed (the next file opened
    # would get its number, and a message to the watcher would be written into that file)
    r, w = os.pipe()
    keep_running = None if _has_terminal() else os.getpid()
    try:
        pid = os.fork()
    except BaseException:
        os.close(r)
        os.close(w)
        raise
    if pid == 0:  # pragma: no cover - runs in the watcher
        try:
            os.setpgid(0, 0)
            for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP, signal.SIGQUIT):
                signal.signal(sig, signal.SIG_IGN)
            _continue_with_parent()
            os.closerange(0, r)
            os.closerange(r + 1, 1 << 16)
            _watch(r, keep_running)
        finally:
            os._exit(0)
    os.close(r)
    if _watcher is not None and again:
        os.close(_watcher[2])
    if _watcher_end is not None:  # the dead one's, or (after a fork) the parent's watcher's
        with contextlib.suppress(OSError):
            os.close(_watcher_end)
    os.set_blocking(w, False)  # the parent never waits for the watcher (:func:`_tell_watcher`)
    _watcher, _watcher_end = (os.getpid(), pid, w), None
    with contextlib.suppress(OSError, AttributeError):
        _watcher_end = os.pidfd_open(pid)
    if again:  # the workers still running told the dead one: the new one must know them too
        for worker, token in _tokens.items():
            _tell_watcher(f"+{worker} {token}", w)
    return w


def _continue_with_parent() -> None:  # pragma: no cover - runs in the watcher
    """In the watcher: ask the kernel to continue it (SIGCONT) when its parent dies.

    Why: an entry may stop the watcher (SIGSTOP: it runs as the same user); the parent notices at its
    next look (:func:`_keeps_up`, at most ``WATCH_EVERY`` later) and replaces it, but a SIGKILL of the
    parent in between left the watcher stopped for ever, and every subprocess of the workers alive.
    The kernel continues a stopped group that its parent's death orphans, but not one adopted by a
    subreaper of the same session (``systemd --user``, an init in a container, a CI runner's shim):
    the parent-death signal does it in every case. SIGCONT continues a stopped process whatever its
    disposition, and does nothing to a running one."""
    with contextlib.suppress(OSError, AttributeError):
        _libc().prctl(1, signal.SIGCONT, 0, 0, 0)  # PR_SET_PDEATHSIG (a parent already dead: EOF at once)


#: Bytes left unread in the watcher's pipe beyond which the watcher is taken to have stalled (a
#: quarter of a pipe's usual 64 KB; a running watcher reads each message as it comes).
_BEHIND = 16 * 1024


def _unread(fd: int) -> int:
    """Bytes written to the pipe ``fd`` belongs to and not read yet (``FIONREAD``; 0 where unknown)."""
    import array
    import fcntl
    import termios

    count = array.array("i", [0])
    with contextlib.suppress(OSError):
        fcntl.ioctl(fd, termios.FIONREAD, count)
    return count[0]


def _keeps_up(pid: int, fd: int, stalled: bool = False) -> bool:
    """Whether this process's watcher ``pid`` (writing end ``fd``) runs and reads its pipe; if not
    (it ended, was stopped, ``_BEHIND`` bytes wait in its pipe, or ``stalled``: its pipe was found
    full), it is ended and reaped here.

    Why: a stopped watcher (SIGSTOP from an entry: it runs as the same user) or one that fell behind
    kills nothing when the CLI dies, and its pipe fills; so it is replaced, by a watcher told of the
    live workers (:func:`_watcher_fd`). Its pid is ours until it is reaped, so the SIGKILL cannot
    reach another process. It is reaped without waiting (:func:`_reap_killed`): a watcher an entry
    traces (``ptrace``) is reaped by its parent only once its tracer, the entry, has waited for it,
    and a wait here hung the CLI, which alone ends that entry at its timeout."""
    _reap_killed()
    try:
        ended, status = os.waitpid(pid, os.WNOHANG | os.WUNTRACED)
    except ChildProcessError:
        return False  # reaped already
    if ended and not os.WIFSTOPPED(status):
        return False  # it ended (and is reaped now)
    if not ended and not stalled and _unread(fd) < _BEHIND and not _has_ended():
        return True
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)
    _killed.append(pid)
    _reap_killed()
    return False


def _has_ended() -> bool:
    """Whether this process's watcher has ended though ``waitpid`` cannot reap it yet (its pidfd is
    readable): an entry that traces it (``ptrace``) and kills it holds it until it waits for it, and
    the watcher taken for one that keeps up left the workers unwatched and every wait among them
    woken at once by that pidfd (the CLI spun until the entry's timeout)."""
    if _watcher_end is None:
        return False
    with contextlib.suppress(OSError, ValueError):
        waiting = select.poll()
        waiting.register(_watcher_end, select.POLLIN)
        return bool(waiting.poll(0))
    return False


_killed: list[int] = []  # children this process killed and has not reaped yet (watchers, workers)

#: The longest :func:`_reap` waits for a killed worker to end before it leaves it to :func:`_reap_killed`.
REAP_WITHIN = 10.0


def _reap(pid: int, within: float | None = None) -> int | None:
    """The wait status of the child ``pid``, killed already, once it has ended; None if it has not within
    ``within`` seconds (by default ``REAP_WITHIN``, read at the call, so that a test of this path can
    set a shorter one); then it is reaped later, by :func:`_reap_killed`, never waited for.

    Why not ``waitpid(pid, 0)``: a process that ptrace-attached the worker and escaped every kill (it
    left the worker's descendants and its marker behind) holds the dead worker unreaped until it
    waits for it, and the CLI waited for ever. ``ChildProcessError`` if ``pid`` is not a child."""
    within = REAP_WITHIN if within is None else within
    end, pause = time.monotonic() + within, 0.0005
    with contextlib.suppress(OSError, AttributeError):  # wake as it ends (a pidfd: Linux 5.3+), then look
        ready = os.pidfd_open(pid)
        try:  # poll, not select: no limit on the descriptor's number
            waiting = select.poll()
            waiting.register(ready, select.POLLIN)
            waiting.poll(int(within * 1000))
        finally:
            os.close(ready)
    while True:
        ended, status = os.waitpid(pid, os.WNOHANG)
        if ended:
            return status
        if time.monotonic() > end:
            _killed.append(pid)
            return None
        time.sleep(pause)
        pause = min(2 * pause, 0.05)


def _reap_killed() -> None:
    """Reap the children this process killed that have ended since, never waiting for one (each is this
    process's child until reaped here: its pid cannot be another's meanwhile)."""
    for pid in list(_killed):
        try:
            ended, _ = os.waitpid(pid, os.WNOHANG)
        except ChildProcessError:
            ended = pid  # not ours (any more)
        if ended:
            _killed.remove(pid)


#: The longest a wait among the workers goes without looking at the watcher (:func:`_rewatch`): a
#: stop wakes nothing, so an entry that stops the watcher and then says nothing would otherwise leave
#: it stopped until that entry ends, and a SIGKILL of the CLI meanwhile would go unwatched.
WATCH_EVERY = 1.0


def _watchful(waitables: list[Any]) -> list[Any]:
    """``waitables`` and, where this process has a watcher, the descriptor that is readable once it
    has ended: a wait among the workers then also wakes to start another (:func:`_rewatch`), though
    no other worker starts (one that hangs alone would otherwise run unwatched until its timeout)."""
    if _watcher is not None and _watcher[0] == os.getpid() and _watcher_end is not None:
        return [*waitables, _watcher_end]
    return waitables


def _rewatch() -> None:
    """After a wait among the workers: start the watcher again if it ended, told of the live workers.
    A Ctrl-C meanwhile is held (:func:`interrupts_held`), as for a worker's fork: raised in an at-fork
    callback it printed "Exception ignored" (the runner raises it at its next look)."""
    if _watcher is not None and _watcher[0] == os.getpid():
        with interrupts_held():
            _watcher_fd()


def _tell_watcher(message: str, fd: int | None = None) -> None:
    """Send ``message`` to the watcher: to this process's own, or (a worker registering) on ``fd``.

    The pipe does not block (:func:`_watcher_fd`): when it is full the watcher has stopped or fallen
    behind, and this process's own watcher is then replaced by one told of the live workers, which
    gets the message instead; a worker's message is dropped (the parent registered it, with its
    token, before it could be lost: the next watcher is told). A dead watcher's EPIPE is dropped:
    the next worker or wait starts another."""
    data = f"{message}\n".encode("ascii")
    if fd is not None:
        with contextlib.suppress(OSError):
            os.write(fd, data)
        return
    if _watcher is None or _watcher[0] != os.getpid():
        return
    try:
        os.write(_watcher[2], data)
    except BlockingIOError:
        with contextlib.suppress(OSError):
            os.write(_watcher_fd(stalled=True), data)  # a new watcher, told of the live workers
    except OSError:
        pass


#: ``__WALL``: ``waitid`` reports every child, whatever signal it sends its parent when it ends.
#: Without it a child made by a raw ``clone()`` with exit signal 0 (not SIGCHLD) is not seen, and a
#: worker with such a child running (in a session of its own, beyond the group kill) said it was alone.
_WALL = 0x40000000

_subreaper = False  # this worker adopts the orphans of its descendants (PR_SET_CHILD_SUBREAPER)


def _adopt_orphans() -> None:
    """In a worker: become the reaper of its descendants' orphans, so that every process it started,
    however it detached (a double fork, a new session), stays a descendant that :func:`_alone` sees."""
    global _subreaper
    with contextlib.suppress(OSError, AttributeError):
        _subreaper = _libc().prctl(36, 1, 0, 0, 0) == 0  # PR_SET_CHILD_SUBREAPER


def _still_subreaper() -> bool:
    """Whether this worker is still its descendants' subreaper: a library may have turned it off
    (set, then put back as it found it), and an orphan then leaves the worker's descendants."""
    flag = ctypes.c_int(0)
    with contextlib.suppress(OSError, AttributeError):
        return _libc().prctl(37, ctypes.byref(flag), 0, 0, 0) == 0 and flag.value != 0  # PR_GET_CHILD_SUBREAPER
    return False


def _alone() -> bool:
    """In a worker that has finished its call: True when it has no child process (alive or a zombie)
    and no other thread, so no process it started can still run (its orphans were adopted by it:
    :func:`_adopt_orphans`), and none can be started before it exits (signals are blocked first, the
    collector is off, and the caller has pickled its answer and checks that its stream is its own).
    The parent then skips the ``/proc`` scan for escaped processes when it reaps the worker."""
    if not _subreaper or not _still_subreaper():
        return False
    with contextlib.suppress(OSError, ValueError, AttributeError):
        signal.pthread_sigmask(signal.SIG_BLOCK, signal.valid_signals())
    gc.disable()  # nor a finaliser of the user's objects: no collection runs before the worker exits
    try:
        os.waitid(os.P_ALL, 0, os.WEXITED | os.WNOHANG | os.WNOWAIT | _WALL)
    except ChildProcessError:
        pass  # no child at all
    except OSError:
        return False
    else:
        return False  # a child, running or exited
    try:
        return len(os.listdir("/proc/self/task")) == 1
    except OSError:
        return False


def _mark_command_line(token: str) -> None:
    """Write a mark of :func:`_command_marks` over this worker's command line (the bytes ``/proc/PID/cmdline`` reads).

    Why: a process forked from the worker that never runs a program (a daemon forked in Python: fork,
    new session, fork again) has a copy of the worker's memory, so ``/proc/PID/environ`` shows the
    environment the CLI started with, never the marker ``os.environ`` set; if the worker is killed
    together with the CLI (SIGKILL), nothing else leads to it: it left the group and its parent is
    init. The command line is in that copied memory too, so the marker written there is inherited by
    every fork until one runs a program (which then inherits the environment's marker instead). The
    interpreter keeps its own copy of the arguments (``sys.argv``), so nothing reads these bytes again
    but ``ps`` (which shows ``verify-worker:TOKEN`` for a worker). Nothing is written unless the bytes
    at the address the kernel gives are the command line it reads there, and a mark fits (a command
    line shorter than 20 bytes is left as it is: such a worker's forked daemon is not marked)."""
    try:
        with open("/proc/self/stat", "rb") as fh:
            fields = fh.read().rsplit(b") ", 1)[1].split()
        start, end = int(fields[45]), int(fields[46])  # arg_start, arg_end (fields 48, 49 of stat)
        with open("/proc/self/cmdline", "rb") as fh:
            command = fh.read()
    except (OSError, ValueError, IndexError):
        return
    size = end - start
    fits = [mark for mark in _command_marks(token) if len(mark) < size]
    if not fits or size > len(command) or ctypes.string_at(start, size) != command[:size]:
        return
    mark = fits[0]
    ctypes.memmove(start, mark + b"\0" * (size - len(mark)), size)


def _become_worker(parent: int, token: str, watcher: int | None) -> None:
    """In a fresh fork, before any user code runs: lead its own process group, carry ``token`` in its
    environment, die with ``parent``, register with the parent's watcher (then close that copy of the
    pipe), forget the parent's watcher and workers, and adopt its descendants' orphans."""
    global _watcher, _watcher_end, _holding, _interrupted
    os.setpgid(0, 0)
    _holding, _interrupted = 0, False  # the parent's Ctrl-C, not this one's
    if token:
        os.environ[WORKER_ENV] = token
        _mark_command_line(token)
    _die_with_parent(parent)
    if watcher is not None:  # registered before any user code runs, then this copy is closed
        _tell_watcher(f"+{os.getpid()} {token}", watcher)
        os.close(watcher)
    if _watcher_end is not None:  # the parent's watcher's, not this one's
        with contextlib.suppress(OSError):
            os.close(_watcher_end)
    _watcher, _watcher_end = None, None
    _tokens.clear()  # the parent's workers, not this one's (a watcher this one starts must not know them)
    _killed.clear()  # the parent's children, not this one's
    _live_groups.clear()
    _adopt_orphans()


@contextlib.contextmanager
def _kill_workers_on_exit() -> Iterator[None]:
    """SIGTERM of the parent kills every live worker group first, then the parent as before; Ctrl-C
    (SIGINT) is never lost while the workers run (:func:`_on_sigint`)."""
    with _ctrl_c_kept():
        if sys.platform == "win32" or signal.getsignal(signal.SIGTERM) is not signal.SIG_DFL:
            yield
            return
        try:
            signal.signal(signal.SIGTERM, _on_sigterm)
        except ValueError:  # not the main thread: PR_SET_PDEATHSIG still covers the workers
            yield
            return
        try:
            yield
        finally:
            signal.signal(signal.SIGTERM, signal.SIG_DFL)


_interrupted = False  # a Ctrl-C came that the runner has not raised yet (:func:`check_interrupted`)
_holding = 0  # > 0: a Ctrl-C is only noted, not raised (:func:`interrupts_held`)


def _on_sigint(signum: int, frame: object) -> None:
    """The CLI's Ctrl-C while workers run: note it, and raise KeyboardInterrupt unless it is held.

    Why not Python's own handler alone: the KeyboardInterrupt it raises is lost wherever Python
    cannot raise, and the runner is often there. ``os.fork`` runs the ``register_at_fork`` callbacks
    (``logging``'s lock among them) after the fork, and a Ctrl-C that came during the fork (tens of
    milliseconds for a parent that imported SymPy) is raised inside one of them, where Python prints
    "Exception ignored" and goes on; so does a finaliser (``__del__``) or a weakref callback. The
    CLI then waited for its entries as if nothing had happened: a Ctrl-C ignored until the timeout
    (seen: ``verify doc`` ran a 60 s chain to its end). The note is what the runner looks at after
    each wait (:func:`check_interrupted`), so a lost one is raised at most ``WATCH_EVERY`` later."""
    global _interrupted
    _interrupted = True
    if not _holding:
        raise KeyboardInterrupt


@contextlib.contextmanager
def _ctrl_c_kept() -> Iterator[None]:
    """Put :func:`_on_sigint` in place of Python's own SIGINT handler for the duration, and back.

    Only in place of Python's default: a SIGINT the process was started ignoring (a job a shell
    put in the background, ``nohup``) stays ignored, as every program should, and a handler of
    the caller's own (a library user's) is left alone."""
    global _interrupted, _holding
    try:
        installed = signal.getsignal(signal.SIGINT) is signal.default_int_handler
        if installed:
            signal.signal(signal.SIGINT, _on_sigint)
    except ValueError:  # not the main thread: no handler can be set (nor runs) here
        installed = False
    failed = True
    try:
        yield
        failed = False
    finally:
        if installed:
            # held while Python's handler is put back: a Ctrl-C raised just before left this one
            # installed and its note set, and the caller's next run interrupted at once
            _holding += 1
            try:
                signal.signal(signal.SIGINT, signal.default_int_handler)
            finally:
                _holding -= 1
            late, _interrupted = _interrupted, False  # on an exception: what is on its way out ends the run anyway
            if late and not failed:  # held during the last reap, or lost: raised now rather than never
                raise KeyboardInterrupt


@contextlib.contextmanager
def interrupts_held() -> Iterator[None]:
    """A Ctrl-C meanwhile is noted, not raised: for forking a worker (its bookkeeping must follow
    the fork) and killing and reaping one (a KeyboardInterrupt between the SIGSTOP and the SIGKILL
    of its group left it stopped, alive, and no longer listed for the final reap). The caller
    raises it afterwards where it is safe (:func:`check_interrupted`)."""
    global _holding
    _holding += 1
    try:
        yield
    finally:
        _holding -= 1


def check_interrupted() -> None:
    """Raise the KeyboardInterrupt of a Ctrl-C that was held or lost (:func:`_on_sigint`), once."""
    global _interrupted
    if _interrupted and not _holding:
        _interrupted = False
        raise KeyboardInterrupt


def _on_sigterm(signum: int, frame: object) -> None:
    for pid in list(_live_groups):
        _kill_group(pid)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    os.kill(os.getpid(), signal.SIGTERM)
