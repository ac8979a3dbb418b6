"""An inner handler swallows only its own stage's budget: an enclosing limit running out inside it is raised (timer71).

``engine._at_kinks`` (the breakpoints), ``engine._on_boundaries`` (green70's boundary probe), the engine's symbolic
stage (differentiating, then the cascade), ``cases.prove_by_cases`` and ``mutate._provably_equal`` caught every
``BudgetExceeded``: an enclosing budget (the row reading's, a caller's) that ran out inside them became "could not be
evaluated in time" (a SKIPPED), a PASSED "symbolic budget exhausted (the row reading)", an abstention, and the check
went on as if the enclosing limit had time left (where no inner limit re-armed its spent timer, to the end). Each
test runs the inner work for longer than a tiny enclosing limit allows (the work made to spin, no timing of SymPy) and
asserts the enclosing stage comes out, without the inner function returning. The wrong twins: the inner budget's own
stage is still turned into its verdict (the last two tests).
"""

from __future__ import annotations

import time
from types import SimpleNamespace

import pytest
import sympy as sp

from verifier import cases, engine, fastpath, kinks, mutate
from verifier.budget import BudgetExceeded, soft_limit
from verifier.catalog import Claim, D, Variable
from verifier.checksettings import Settings
from verifier.domains import Real
from verifier.results import StepResult, Verdict

x = sp.Symbol("x", real=True)
VARIABLES = (Variable("x", (x,), None, Real(), x),)
SAMPLE = SimpleNamespace(n=3, symbols=(x,), point=lambda j: (0.5 + j,))


def _spin(seconds: float = 1.0) -> None:
    """CPU work past the enclosing limit (0.05 s): bounded, so that a swallowed budget still ends the test."""
    started = time.process_time()
    while time.process_time() - started < seconds:
        sum(range(200))


def _enclosing_runs_out(call) -> tuple[str, list[object]]:
    """``call()`` under a tiny enclosing limit (wide on the wall clock): the stage raised, and what returned."""
    returned: list[object] = []
    with pytest.raises(BudgetExceeded) as info:
        with soft_limit(0.05, "enclosing", wall_factor=200.0):
            returned.append(call())
    return info.value.stage, returned


def _step(verdict: Verdict) -> StepResult:
    return StepResult(index=1, lhs="", rhs="", lhs_latex="", rhs_latex="", verdict=verdict, method="numeric")


def test_the_breakpoints_do_not_swallow_an_enclosing_budget(monkeypatch) -> None:
    monkeypatch.setattr(kinks, "refute_at_kinks", lambda *a, **k: _spin())
    claim = Claim((sp.sign(x) ** 2, sp.Integer(1)), VARIABLES)
    call = lambda: engine._at_kinks(_step(Verdict.PASSED), claim, 1, SAMPLE, None, "k", Settings())  # noqa: E731
    assert _enclosing_runs_out(call) == ("enclosing", [])


def test_the_boundary_probe_does_not_swallow_an_enclosing_budget(monkeypatch) -> None:
    import verifier.boundaryprobe as probe

    monkeypatch.setattr(probe, "boundary_difference", lambda *a, **k: _spin())
    f = sp.Piecewise((x**2, x > 0), (0, True))
    claim = Claim((D(f, x), sp.Piecewise((2 * x, x > 0), (0, True))), VARIABLES)
    assert _enclosing_runs_out(lambda: engine._on_boundaries(claim, 1, SAMPLE)) == ("enclosing", [])


def test_the_symbolic_stage_does_not_swallow_an_enclosing_budget_while_differentiating(monkeypatch) -> None:
    monkeypatch.setattr(fastpath.FastPath, "prove", lambda self, i, j: "")
    real = engine.member_entries
    monkeypatch.setattr(engine, "member_entries", lambda m: (_spin(), real(m))[1])
    claim = Claim((D(x**3, x), 3 * x**2), VARIABLES)
    call = lambda: engine.check_claim(claim, "t", {}, Settings(points=8))  # noqa: E731
    assert _enclosing_runs_out(call) == ("enclosing", [])


def test_the_symbolic_cascade_does_not_swallow_an_enclosing_budget(monkeypatch) -> None:
    monkeypatch.setattr(fastpath.FastPath, "prove", lambda self, i, j: "")
    monkeypatch.setattr(engine, "prove_equal", lambda *a, **k: _spin())
    claim = Claim((sp.sin(x) ** 2 + sp.cos(x) ** 2, sp.Integer(1)), VARIABLES)
    call = lambda: engine.check_claim(claim, "t", {}, Settings(points=8))  # noqa: E731
    assert _enclosing_runs_out(call) == ("enclosing", [])


def test_the_cases_do_not_swallow_an_enclosing_budget_once_abstaining(monkeypatch) -> None:
    seen: list[int] = []

    def inside(*args: object) -> None:  # the first region abstains (not shown zero), the next one is slow
        seen.append(1)
        if len(seen) > 1:
            _spin()

    monkeypatch.setattr(cases, "_differs_at", lambda *a: None)
    monkeypatch.setattr(cases, "_differs_inside", inside)
    lhs, rhs = [sp.Piecewise((x, x > 0), (-x, True))], [sp.Abs(x) + 1]
    call = lambda: cases.prove_by_cases(lhs, rhs, {}, lambda a, b: False)  # noqa: E731
    assert _enclosing_runs_out(call) == ("enclosing", [])
    assert len(seen) == 2


def test_a_mutant_check_does_not_swallow_an_enclosing_budget(monkeypatch) -> None:
    monkeypatch.setattr(mutate, "prove_equal", lambda *a, **k: _spin())
    claim = Claim((x**2, x * x), VARIABLES)
    assert _enclosing_runs_out(lambda: mutate._provably_equal(x**2, x * x + 1, claim)) == ("enclosing", [])


def test_the_inner_budgets_own_stage_is_still_their_verdict(monkeypatch) -> None:
    """The wrong twins: the breakpoints' own budget is a SKIPPED of the PASSED step, the probe's own none."""
    import verifier.boundaryprobe as probe

    monkeypatch.setattr(kinks, "KINK_BUDGET", 0.05)
    monkeypatch.setattr(kinks, "refute_at_kinks", lambda *a, **k: _spin(5.0))
    claim = Claim((sp.sign(x) ** 2, sp.Integer(1)), VARIABLES)
    step = engine._at_kinks(_step(Verdict.PASSED), claim, 1, SAMPLE, None, "k", Settings())
    assert step.verdict is Verdict.SKIPPED
    monkeypatch.setattr(probe, "BUDGET", 0.05)
    monkeypatch.setattr(probe, "boundary_difference", lambda *a, **k: _spin(5.0))
    f = sp.Piecewise((x**2, x > 0), (0, True))
    assert engine._on_boundaries(Claim((D(f, x), sp.Piecewise((2 * x, x > 0), (0, True))), VARIABLES), 1, SAMPLE) == ""


def test_the_cases_own_budget_is_still_an_abstention(monkeypatch) -> None:
    seen: list[int] = []

    def inside(*args: object) -> None:
        seen.append(1)
        if len(seen) > 1:
            _spin(5.0)

    monkeypatch.setattr(cases, "_differs_at", lambda *a: None)
    monkeypatch.setattr(cases, "_differs_inside", inside)
    lhs, rhs = [sp.Piecewise((x, x > 0), (-x, True))], [sp.Abs(x) + 1]
    with soft_limit(0.05, "symbolic: by cases"):  # the stage the cascade gives it (verifier.symbolic)
        assert cases.prove_by_cases(lhs, rhs, {}, lambda a, b: False) is None
