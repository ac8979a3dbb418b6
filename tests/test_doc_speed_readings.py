"""Other readings of a failing step that stop once they can no longer make it hold: a re-check that
only asks whether a step holds under another reading ends at the first instance where it does not,
and every verdict and message is the one a full re-check gives."""

from __future__ import annotations

import textwrap
from types import SimpleNamespace

import pytest

from verifier.documents.check import check_text
from verifier.documents.steps import _Checker, _Outcome
from verifier.engine import Settings
from verifier.results import StepResult, Verdict

FAST = Settings(points=30)

# a false step with a free index (one instance per value of i) whose literal failure is one of values,
# so the other readings (positive, probabilities, layouts, implied sums) only ask whether it holds
_NOTES = r"""
$$x_i y_i + x_i = x_i y_i - x_i$$
"""


def _check(monkeypatch: pytest.MonkeyPatch, early: bool) -> tuple[list[StepResult], list[tuple[frozenset[int], int]]]:
    runs: list[tuple[frozenset[int], int]] = []
    real_one, real_run = _Checker._one, _Checker.run

    def one(self, *args):  # type: ignore[no-untyped-def]
        self.calls = getattr(self, "calls", 0) + 1
        return real_one(self, *args)

    def run(self):  # type: ignore[no-untyped-def]
        out = real_run(self)
        runs.append((self.holds_only, getattr(self, "calls", 0)))
        return out

    monkeypatch.setattr(_Checker, "_one", one)
    monkeypatch.setattr(_Checker, "run", run)
    if not early:
        monkeypatch.setattr(_Checker, "_settled", lambda self, live: False)
    check = check_text(textwrap.dedent(_NOTES).strip() + "\n", "t.md", FAST)
    return [s for c in check.chains for s in c.result.steps], runs


def test_a_reading_that_only_asks_whether_a_step_holds_stops_at_its_first_failure(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    full, full_runs = _check(monkeypatch, early=False)
    monkeypatch.undo()
    fast, fast_runs = _check(monkeypatch, early=True)
    assert [(s.verdict, s.message, s.method) for s in fast] == [(s.verdict, s.message, s.method) for s in full]
    literal = fast_runs[0]
    assert literal[0] == frozenset() and literal[1] > 1, "the literal reading checks every instance"
    asked = [calls for holds_only, calls in fast_runs if holds_only]
    assert asked, "no other reading only asked whether the step holds"
    assert all(calls == 1 for calls in asked), "a reading went on after the step failed"
    assert sum(c for _, c in fast_runs) < sum(c for _, c in full_runs)


def _outcome(verdict: Verdict) -> _Outcome:
    return _Outcome(verdict=verdict, label="i=1")


H, V, NONE = frozenset({1}), "verdict", "full"


@pytest.mark.parametrize(
    ("asked", "free", "seen", "settled"),
    [
        (H, False, [Verdict.PROVED], False),  # it may still hold everywhere
        (H, False, [Verdict.PROVED, Verdict.SKIPPED], True),  # a SKIPPED instance: it cannot hold
        (H, False, [Verdict.FAILED], True),
        (NONE, False, [Verdict.FAILED], False),  # a full re-check: every instance
        (V, False, [Verdict.SKIPPED], False),  # a FAILED may still come: it outranks SKIPPED
        (V, False, [Verdict.PROVED, Verdict.FAILED], True),  # FAILED with its first counterexample
        (V, True, [Verdict.FAILED], False),  # an instance that holds would make it a case split
        (V, True, [Verdict.FAILED, Verdict.PROVED], True),  # a case split
    ],
)
def test_a_step_is_settled_only_when_later_instances_cannot_change_what_is_read(
    asked: object, free: bool, seen: list[Verdict], settled: bool
) -> None:
    checker = _Checker.__new__(_Checker)
    checker.holds_only = asked if isinstance(asked, frozenset) else frozenset()
    checker.verdict_only = frozenset({1}) if asked == V else frozenset()
    checker._inferred_free = lambda step: free  # type: ignore[method-assign]
    checker.outcomes = {1: [_outcome(v) for v in seen]}
    assert checker._settled([SimpleNamespace(index=1)]) is settled  # type: ignore[list-item]


_CUT = "not every plausible reading could be tried"


def _slow_readings(monkeypatch: pytest.MonkeyPatch, cpu: float, wall_factor: float) -> list[StepResult]:
    """The notes checked with each other reading waiting 0.2 s on the wall clock (no CPU), as under load."""
    import time

    from verifier.documents import allowance, doubts

    real_run = _Checker.run

    def waiting(self):  # type: ignore[no-untyped-def]
        if self.only is not None:  # another reading, not the literal one
            time.sleep(0.2)
        return real_run(self)

    monkeypatch.setattr(_Checker, "run", waiting)
    monkeypatch.setattr(doubts, "READINGS_SECONDS", cpu)
    monkeypatch.setattr(allowance, "WALL_FACTOR", wall_factor)
    check = check_text(textwrap.dedent(_NOTES).strip() + "\n", "t.md", FAST)
    return [s for c in check.chains for s in c.result.steps]


def test_the_readings_allowance_counts_cpu_time_not_a_busy_machine(monkeypatch: pytest.MonkeyPatch) -> None:
    """Waiting for the CPU (a loaded machine) does not use up the readings' allowance: every reading is tried."""
    waited = _slow_readings(monkeypatch, cpu=0.5, wall_factor=100.0)
    assert waited and not any(_CUT in s.message for s in waited)
    monkeypatch.undo()
    idle = [s for c in check_text(textwrap.dedent(_NOTES).strip() + "\n", "t.md", FAST).chains for s in c.result.steps]
    assert [(s.verdict, s.message) for s in waited] == [(s.verdict, s.message) for s in idle]


def test_a_wall_clock_cap_still_ends_the_readings_on_a_very_busy_machine(monkeypatch: pytest.MonkeyPatch) -> None:
    steps = _slow_readings(monkeypatch, cpu=0.1, wall_factor=1.0)  # capped at 0.1 s of wall clock
    assert any(_CUT in s.message for s in steps)
    assert not any(s.verdict is Verdict.FAILED for s in steps), "a reading not tried must not leave a FAILED"


def test_the_allowance_does_not_count_paused_work() -> None:
    import time

    from verifier.documents.allowance import Allowance

    a = Allowance(0.05)
    with a.paused():
        end = time.process_time() + 0.1
        while time.process_time() < end:  # CPU work that is not the readings'
            pass
    assert not a.spent()
    end = time.process_time() + 0.1
    while time.process_time() < end:
        pass
    assert a.spent()


# both steps fail read literally; with y one-hot the first holds at every instance (it goes on) and
# the second still fails at the first one (settled there). (Not |x_i| = x_i with x positive: a name
# inside |·| selects a branch and is kept out of the blanket positive reading, documents.ranges.)
_TWO_STEPS = r"""
$$\sum_k y_k y_i = y_i = y_i + 1$$
"""


def test_a_settled_step_is_left_out_of_the_later_instances(monkeypatch: pytest.MonkeyPatch) -> None:
    """Under a reading that only asks whether steps hold, a step already settled no longer has its
    members resolved at the later instances, while the other step goes on; every verdict and
    message is the one the re-checks give when they go through every instance."""

    def check(early: bool) -> tuple[list[StepResult], list[tuple[frozenset[int], tuple[int, ...]]]]:
        resolved: list[tuple[frozenset[int], tuple[int, ...]]] = []
        real_resolve = _Checker._resolve

        def resolve(self, live, instance, assignment):  # type: ignore[no-untyped-def]
            resolved.append((self.holds_only | self.verdict_only, tuple(s.index for s in live)))
            return real_resolve(self, live, instance, assignment)

        monkeypatch.setattr(_Checker, "_resolve", resolve)
        if not early:
            monkeypatch.setattr(_Checker, "_settled", lambda self, live: False)
        out = check_text(textwrap.dedent(_TWO_STEPS).strip() + "\n", "t.md", FAST)
        monkeypatch.undo()
        return [s for c in out.chains for s in c.result.steps], resolved

    full, _ = check(early=False)
    fast, resolved = check(early=True)
    assert [(s.verdict, s.message, s.method) for s in fast] == [(s.verdict, s.message, s.method) for s in full]
    asked = [live for only, live in resolved if len(only) == 2]
    assert asked and asked[0] == (1, 2), "a re-check asked about both steps first"
    assert (1,) in asked, "the settled step was still resolved at the later instances"
