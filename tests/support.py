"""Helpers for tests: build throw-away entries without touching the shipped catalog."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable, Collection, Iterator
from pathlib import Path
from typing import Any

import checkmemo

from verifier.catalog import Claim, Entry, identity
from verifier.documents.records import DocumentCheck
from verifier.engine import Settings, verify_entry
from verifier.results import IdentityResult, StepResult, Verdict

FAST = Settings(points=80)

# For a pytest started in a subprocess on a throw-away course: plugins installed beside the verifier
# in this test environment that a course's pytest does not use. pytest assertion-rewrites the whole
# package of every plugin it autoloads (from source each time where PYTHONDONTWRITEBYTECODE is set):
# hypothesis and anyio cost about 1.5 s of CPU per interpreter. The verifier's plugin still loads
# through its pytest11 entry point.
UNRELATED_PLUGINS = ("-p", "no:anyio", "-p", "no:hypothesispytest")


def entry(builder: Callable[..., Claim], id: str = "t", sizes: object = None) -> Entry:
    return identity(id, title=id, statement=id, source="test", sizes=sizes)(builder)  # type: ignore[arg-type]


def check(builder: Callable[..., Claim], sizes: object = None, settings: Settings = FAST) -> IdentityResult:
    return verify_entry(entry(builder, sizes=sizes), settings)


GOOD_AND_BAD = """
import sympy as sp
from verifier.catalog import D, identity
from verifier.ml import sigmoid

@identity("sigmoid-derivative", title="sigma prime", statement=r"\\sigma' = \\sigma(1-\\sigma)", source="test")
def _(b):
    z = b.real("z")
    return b.chain(D(sigmoid(z), z), sigmoid(z) * (1 - sigmoid(z)))

@identity("sigmoid-wrong", title="sign flip", statement=r"\\sigma' = \\sigma(1+\\sigma)", source="test")
def _(b):
    z = b.real("z")
    return b.chain(D(sigmoid(z), z), sigmoid(z) * (1 + sigmoid(z)))
"""


DOC_SETTINGS = Settings(points=30)


def _no_timeout(steps: tuple[StepResult, ...]) -> bool:
    """Whether a check's steps may be served again (:mod:`checkmemo`): none ran out of its budget, nor were its other
    readings cut short by their time (a verdict of the machine's load, not of the note)."""
    return all(checkmemo.servable(s.verdict.value, s.message) for s in steps)


def _no_timeout_value(lines: tuple[tuple[int, str, str], ...]) -> bool:
    return all(checkmemo.servable(verdict, message) for _, verdict, message in lines)


def doc_steps(body: str, path: str = "t.md") -> list[StepResult]:
    """Every step of the notes ``body`` (dedented), checked as ``verify doc`` would, in document order."""
    from verifier.documents.check import check_text

    text = textwrap.dedent(body).strip() + "\n"

    def steps() -> tuple[StepResult, ...]:
        return tuple(s for c in check_text(text, path, DOC_SETTINGS).chains for s in c.result.steps)

    return list(checkmemo.checked(("doc_steps", text, path, DOC_SETTINGS), steps, _no_timeout))


def display_step(latex: str, prose: str = "") -> StepResult:
    """The one step of a display ``latex`` after the sentence ``prose``, checked as :func:`doc_steps` checks them
    (asserted to be one step: the tests that ask for it are about that one link)."""
    steps = doc_steps(f"{prose}\n\n$$\n{latex}\n$$\n")
    assert len(steps) == 1, [s.message for s in steps]
    return steps[0]


def last_verdict(body: str) -> Verdict:
    """The verdict of the last step of the notes ``body``, checked as :func:`doc_steps` checks them."""
    return doc_steps(body)[-1].verdict


def verdicts_by_line(text: str, path: str = "notes.md") -> dict[int, list[str]]:
    """The verdict of every step of the notes ``text`` (checked as ``verify doc`` would, default
    settings), by the line it is on: a line with several links has several."""
    from verifier.documents.check import check_text

    settings = Settings()

    def lines() -> tuple[tuple[int, str, str], ...]:
        check = check_text(text, path, settings)
        return tuple((line, s.verdict.value, s.message) for ch in check.chains
                     for s, line in zip(ch.result.steps, ch.step_lines, strict=True))  # fmt: skip

    out: dict[int, list[str]] = {}
    for line, verdict, _ in checkmemo.checked(("verdicts_by_line", text, path, settings), lines, _no_timeout_value):
        out.setdefault(line, []).append(verdict)
    return out


def check_chains_at(
    text: str,
    path: str,
    settings: Settings,
    lines: Collection[int] | None = None,
    read: list[tuple[int, str]] | None = None,
) -> DocumentCheck:
    """``check_text(text, path, settings)`` with only the chains at ``lines`` checked (None: the last chain).

    The whole document is still read (its definitions, named values and prose are all in force); the
    other chains are only not checked, and are left out of the result. For tests that assert on one
    line of notes whose other lines are there to define what it uses: checking those cost most of
    such a test (the backprop graph of tests/test_documents_backprop.py: 7 chains, one asserted).
    Each chain is checked on its own once the document is read, as ``verify doc --timeout`` does in
    forked workers (the second of two starts from the last chain): the verdicts are the ones a whole
    check gives (tests/test_doc_speed.py checks that two workers give one worker's verdicts).
    ``read``: receives every chain the document was read into, checked or not, as it was read (before
    checking splits a member): its line and its members joined by " = ". ``lines=()`` checks no chain."""
    from unittest import mock

    from verifier.documents import check as documents

    document = documents._Document
    check_chain, read_chains = document.check, document.chains
    wanted: list[set[int]] = []

    def chains(self: Any) -> Any:
        found = read_chains(self)
        if read is not None:
            read[:] = [(c.line, " = ".join(m.latex or "…" for m in c.members)) for c in found]
        wanted.append({found[-1].line} if lines is None else set(lines))
        assert {c.line for c in found} >= wanted[-1], f"no chain starts on line(s) {wanted[-1]}"
        return found

    def check(self: Any, chain: Any) -> Any:
        return check_chain(self, chain) if chain.line in wanted[-1] else None

    with mock.patch.object(document, "chains", chains), mock.patch.object(document, "check", check):
        result = documents.check_text(text, path, settings)
    result.chains[:] = [c for c in result.chains if c is not None]
    assert result.chains or lines == (), "no chain was checked"
    return result


def line_of(text: str, needle: str) -> int:
    """The line (1-based, as chains and sources count) on which ``needle`` occurs, once, in ``text``."""
    assert text.count(needle) == 1, needle
    return text[: text.index(needle)].count("\n") + 1


def process_gone(pid: int, seconds: float = 5.0) -> bool:
    """Whether process ``pid`` is gone (or a zombie) within ``seconds``: what the isolation tests ask of
    every process an entry started."""
    end = time.monotonic() + seconds
    while True:
        try:
            with open(f"/proc/{pid}/stat") as fh:
                if fh.read().split(") ")[-1].startswith("Z"):
                    return True
        except FileNotFoundError:
            return True
        if time.monotonic() > end:
            return False
        time.sleep(0.05)


def wait_for_file(path: Any, seconds: float = 30.0) -> str:
    """The text a process under test writes to ``path`` (a pid, a token), once it is there; an
    AssertionError after ``seconds`` (a generous bound against a hang, not a timing assertion)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if path.exists() and path.read_text().strip():
            return path.read_text().strip()
        time.sleep(0.02)
    raise AssertionError(f"{path} never appeared")


def growing_budget(attempt: Callable[[float], Any], reached: Callable[[Any], bool], first: float, last: float) -> Any:
    """``attempt(budget)`` with the budget ``first``, then doubled, up to ``last``, until ``reached(result)``;
    the last result either way.

    For the tests that must wait a timeout out (an entry that hangs must be killed at its budget, with
    what it started): the budget has to let the hostile entry reach its state first (its subprocess,
    daemon or tracer started: a fork or a cold interpreter), which takes milliseconds on an idle
    machine and seconds on a busy one. A fixed budget sized for the busy machine made every run wait
    it out; one sized for the idle machine failed, or passed without the state reached, on a busy one.
    ``reached`` says whether the attempt got to that state (a pid file written, a stage reported, the
    normal items answered); where it did not, the machine was too slow for that budget, and the
    attempt is made again with twice the budget, so a test never passes on an attempt that did not
    reach its state (its assertions then fail on the last attempt, whose budget is ``last``)."""
    budget = first
    while True:
        result = attempt(budget)
        if reached(result) or budget >= last:
            return result
        budget = min(2 * budget, last)


def fork_daemon(pidfile: str) -> None:
    """The daemon's dance in Python itself: fork, new session, fork again, the middle one exits; the
    daemon writes its pid to ``pidfile`` and sleeps, never running a program (so its environment is the
    one it was forked with). What the isolation tests leave behind a worker for the runner to find."""
    import os
    from pathlib import Path

    middle = os.fork()
    if middle == 0:
        try:
            os.setsid()
            if os.fork() == 0:
                Path(pidfile).write_text(str(os.getpid()))
                time.sleep(60)
        finally:
            os._exit(0)
    os.waitpid(middle, 0)


@contextlib.contextmanager
def ctrl_c_reaches() -> Iterator[None]:
    """Start processes inside this with SIGINT at its default, even where this process ignores it.

    Why: a process started ignoring SIGINT passes that on to every program it starts (exec keeps an
    ignored signal ignored), and a program rightly goes on ignoring it. pytest started in the
    background of a shell without job control (``pytest &`` in a script) ignores SIGINT, so a test
    that sends Ctrl-C to a CLI it started waited for nothing (the Ctrl-C tests of
    ``tests/test_isolation.py`` timed out in such whole-suite runs: iso15)."""
    if signal.getsignal(signal.SIGINT) is not signal.SIG_IGN:
        yield
        return
    signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, signal.SIG_IGN)


def beamer_frame(body: str) -> str:
    """``body`` as the one frame of a Beamer document (the overlay tests' notes)."""
    return "\\documentclass{beamer}\n\\begin{document}\n\\begin{frame}\n" + body + "\\end{frame}\n\\end{document}\n"


def frame_steps(body: str) -> list[tuple[int, str]]:
    """(line, verdict) of every step of a one-frame Beamer document, in line order: each slide's steps."""
    from verifier.documents.check import check_text

    text, settings = beamer_frame(body), Settings(points=30)

    def lines() -> tuple[tuple[int, str, str], ...]:
        check = check_text(text, "slides.tex", settings)
        return tuple(sorted((line, s.verdict.value, s.message) for c in check.chains
                            for s, line in zip(c.result.steps, c.step_lines, strict=True)))  # fmt: skip

    return [(line, verdict) for line, verdict, _ in checkmemo.checked(("frame_steps", text, settings), lines,
                                                                      _no_timeout_value)]  # fmt: skip


def notebook_verdicts(tmp_path: Path, cells: list[tuple[str, str]]) -> list[Verdict]:
    """Every step's verdict of a notebook made of ``cells`` (kind, source), written to ``tmp_path`` and checked as
    ``verify doc`` would."""
    import json

    from verifier.documents.check import check_document

    nb = {"cells": [{"cell_type": k, "metadata": {}, "source": [s], **({"execution_count": 1, "outputs": []}
                     if k == "code" else {})} for k, s in cells],
          "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}},
          "nbformat": 4, "nbformat_minor": 5}
    path = tmp_path / "nb.ipynb"
    path.write_text(json.dumps(nb), encoding="utf-8")
    return [s.verdict for c in check_document(path).chains for s in c.result.steps]


class CountedScans:
    """A stand-in for a compiled pattern that counts the calls of the methods ``names`` (``scans``) and passes every
    other attribute through: a test that a text is scanned once swaps it in with ``monkeypatch.setattr``."""

    def __init__(self, pattern: Any, names: tuple[str, ...] = ("finditer",)) -> None:
        self.pattern, self.names, self.scans = pattern, names, 0

    def __getattr__(self, name: str) -> Any:
        found = getattr(self.pattern, name)
        if name not in self.names:
            return found

        def counted(*args: Any, **kwargs: Any) -> Any:
            self.scans += 1
            return found(*args, **kwargs)

        return counted


#: a pen whose height the notes substitute from a fixed cost (cover65's held inverse, wrong67's green held fixed):
#: SLOPE is the derivative the test writes
PEN_FENCE = r"""
A pen of width $w$ and height $h$ costs $C = 3wh$.

For a fixed cost, substituting $h = C/(3w)$, the perimeter is a function of $w$ alone,

$$P(w) = 2w + \frac{2C}{3w}$$

and its slope is

$$\frac{dP}{dw} = SLOPE$$
"""


def verify_all_after(prelude: str, root: Path) -> subprocess.CompletedProcess[str]:
    """``verify all --no-cache`` on the catalog folder ``root`` in a fresh interpreter, after the Python ``prelude``
    (a spy patched into the runner, the record it writes): the forked workers are the tests' subject (cold67)."""
    code = prelude + (
        "from verifier.cli import main\n"
        "try:\n"
        f"    main(['all', '--derivations', {str(root)!r}, '--points', '30', '--no-progress', '--no-cache'])\n"
        "except SystemExit:\n"
        "    pass\n"
    )
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=300)
