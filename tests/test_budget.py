"""Budgets: a timeout is not an Exception, and nested limits restore the outer one."""

from __future__ import annotations

import time

import pytest

from verifier.budget import BudgetExceeded, soft_limit


def test_budget_exceeded_passes_through_except_exception() -> None:
    caught_by_generic = False
    with pytest.raises(BudgetExceeded) as info:
        with soft_limit(0.05, "spin"):
            try:
                while True:
                    time.sleep(0.001)
            except Exception:  # noqa: BLE001 - the point of the test
                caught_by_generic = True
    assert not caught_by_generic
    assert info.value.stage == "spin"


def test_inner_limit_restores_the_outer_one() -> None:
    with pytest.raises(BudgetExceeded) as info:
        with soft_limit(0.3, "outer"):
            with soft_limit(5, "inner"):
                pass
            while True:
                time.sleep(0.001)
    assert info.value.stage == "outer"


def test_no_alarm_is_left_behind() -> None:
    with soft_limit(0.05, "quick"):
        pass
    time.sleep(0.1)  # an alarm left armed would raise here


def test_an_alarm_during_an_import_waits_for_the_import_to_finish(tmp_path, monkeypatch) -> None:
    """Raising inside importlib would leave a half-imported module; the budget ends right after."""
    import sys

    (tmp_path / "slow_module_for_budget.py").write_text("import time\ntime.sleep(0.3)\nDONE = True\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "slow_module_for_budget", raising=False)
    started = time.monotonic()
    with pytest.raises(BudgetExceeded):
        with soft_limit(0.05, "import"):
            import slow_module_for_budget  # noqa: F401

            while True:
                time.sleep(0.001)
    assert sys.modules["slow_module_for_budget"].DONE
    assert time.monotonic() - started < 2


def test_an_alarm_in_a_finalizer_is_not_lost() -> None:
    """An exception in __del__ is only printed: the budget must fire again once it returns."""

    class Slow:
        def __del__(self) -> None:
            time.sleep(0.2)

    started = time.monotonic()
    with pytest.raises(BudgetExceeded):
        with soft_limit(0.05, "finalizer"):
            Slow()  # the alarm lands in __del__
            while time.monotonic() - started < 3:  # a lost alarm would let this run to the end
                time.sleep(0.001)


def test_simplify_imports_nothing_under_a_budget() -> None:
    """The first simplify of a process imports dozens of modules; that must not count against a budget."""
    import subprocess
    import sys
    from pathlib import Path

    script = """
import sys
from contextlib import contextmanager
import sympy as sp
import verifier.symbolic as S
from verifier.budget import Deadline
real = S.soft_limit
late = []

@contextmanager
def spy(seconds, stage=""):
    before = set(sys.modules)
    with real(seconds, stage):
        yield
    late.extend(m for m in set(sys.modules) - before if m.startswith("sympy"))

S.soft_limit = spy
x = sp.Symbol("x", real=True)
assert S.prove_equal([sp.sin(x) ** 2 + sp.cos(x) ** 2], [sp.S.One], {}, Deadline(60), simplify_budget=60).proved
print(len(late), sorted(late)[:5])
"""
    root = Path(__file__).resolve().parent.parent
    out = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        cwd=root,
        timeout=120,
        env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin"},
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("0 "), out.stdout


def test_an_alarm_in_a_weakref_callback_is_not_lost() -> None:
    """Weakref callbacks (WeakKeyDictionary's remove, finalize) print their exceptions like __del__."""
    import weakref

    class Key:
        pass

    started = time.monotonic()
    with pytest.raises(BudgetExceeded):
        with soft_limit(0.05, "weakref"):
            weakref.finalize(Key(), time.sleep, 0.2)  # the alarm lands in finalize.__call__
            while time.monotonic() - started < 3:  # a lost alarm would let this run to the end
                time.sleep(0.001)
    assert time.monotonic() - started < 2


def test_an_alarm_landing_in_a_gc_callback_is_deferred_not_lost():
    """A ``gc.callbacks`` hook (hypothesis registers one) runs where an exception is only printed:
    the alarm must wait until the hook returns, then interrupt the block."""
    import gc

    collected: list[float] = []

    def slow_hook(phase: str, info: dict) -> None:
        if phase == "start":
            end = time.monotonic() + 0.3
            while time.monotonic() < end:
                pass
        else:
            collected.append(time.monotonic())

    gc.callbacks.append(slow_hook)
    try:
        with pytest.raises(BudgetExceeded):
            with soft_limit(0.05, "test"):
                gc.collect()
                end = time.monotonic() + 3
                while time.monotonic() < end:
                    pass
    finally:
        gc.callbacks.remove(slow_hook)
    # interrupted as the collection ended, not at the end of the 3 s loop: timed from the collection's end,
    # since the collection itself walks this process's heap (a pytest worker late in a busy run: seconds)
    assert collected and time.monotonic() - collected[0] < 2
