"""Speed of ``verify doc``: work whose result nobody reads is not done, and what is reported is unchanged.

A refuted instance's curve (the plot through the counterexample) is sampled only for the steps the
chain finally reports, not for every reading that refuted them along the way; and a re-check that
only asks whether a step holds makes no symbolic attempt on a step the numbers already refuted."""

from __future__ import annotations

import textwrap

import pytest
import sympy as sp

import verifier.plots as plots
from verifier import engine
from verifier.catalog import Builder
from verifier.documents.check import check_text
from verifier.engine import Settings, check_claim
from verifier.results import Curve, Verdict

FAST = Settings(points=40)


def doc(body: str) -> str:
    return textwrap.dedent(body).strip() + "\n"


def counting(monkeypatch: pytest.MonkeyPatch, module: object, name: str) -> list[int]:
    calls: list[int] = []
    real = getattr(module, name)

    def spy(*args: object, **kwargs: object) -> object:
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, spy)
    return calls


def test_a_refuted_step_samples_one_curve_for_all_the_readings_that_refuted_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """The false step fails literally and under every other reading tried (the quantities positive,
    in (0, 1)): only the reported refutation is sampled, and the step still carries its curve."""
    sampled = counting(monkeypatch, plots, "line_for_claim")
    check = check_text(doc(r"""
        A claim.

        $$\sin(x)^2 + \cos(x) = 1$$
    """), "t.md", FAST)
    (step,) = [s for c in check.chains for s in c.result.steps]
    assert not step.verdict.ok
    assert isinstance(step.curve, Curve)
    assert len(sampled) == 1


def test_a_step_another_reading_proves_samples_no_curve(monkeypatch: pytest.MonkeyPatch) -> None:
    """Literally (any real y) the step fails; read with the label y one-hot it holds. The literal
    refutation is never reported, so its curve is never sampled."""
    sampled = counting(monkeypatch, plots, "line_for_claim")
    check = check_text(doc(r"""
        The labels sum to one:

        $$\sum_k y_k = 1$$
    """), "t.md", FAST)
    steps = [s for c in check.chains for s in c.result.steps]
    assert [s.verdict.ok for s in steps] == [True]
    assert steps[0].curve is None
    assert sampled == []


def test_no_symbolic_attempt_on_a_refuted_step_that_is_only_asked_whether_it_holds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    b = Builder()
    x = b.real("x")
    claim = b.chain(sp.sin(x) ** 2, 1 - sp.cos(x))
    attempts = counting(monkeypatch, engine, "prove_equal")
    (asked,) = check_claim(claim, "k", {}, FAST, render=False, holds_only=frozenset({1}))
    assert asked.verdict is Verdict.FAILED and asked.counterexample is not None
    assert attempts == []
    (full,) = check_claim(claim, "k", {}, FAST, render=False)
    assert full.verdict is Verdict.FAILED
    assert attempts == [1]  # the literal reading still tries (a proof there would make it an ERROR)


def test_a_step_only_asked_whether_it_holds_is_still_proved_when_it_holds(monkeypatch: pytest.MonkeyPatch) -> None:
    b = Builder()
    x = b.real("x")
    claim = b.chain(sp.sin(x) ** 2 + sp.cos(x) ** 2, sp.Integer(1))
    (r,) = check_claim(claim, "k", {}, FAST, render=False, holds_only=frozenset({1}))
    assert r.verdict is Verdict.PROVED


def layout_rechecks(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The layouts of the re-checks :class:`_Checker` runs (one entry per re-check in another layout)."""
    from verifier.documents import steps

    seen: list[str] = []
    real = steps._Checker.run

    def run(self: steps._Checker) -> list:
        if "layout" in self.scope.conventions:
            seen.append(self.scope.conventions["layout"])
        return real(self)

    monkeypatch.setattr(steps._Checker, "run", run)
    return seen


def test_a_failing_step_without_a_derivative_by_a_vector_is_not_re_read_in_other_layouts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A layout only transposes derivatives by vectors and matrices: where the chain takes none, every
    layout reads the same values, and the step's verdict is the literal one without re-checking it."""
    seen = layout_rechecks(monkeypatch)
    check = check_text(doc(r"""
        A slip:

        $$\frac{d}{dx} \left(x^3 + \sin(x)\right) = 3x^2 - \cos(x)$$
    """), "t.md", FAST)
    assert [s.verdict for c in check.chains for s in c.result.steps] == [Verdict.FAILED]
    assert seen == []


def test_a_failing_gradient_is_still_re_read_in_the_other_layouts(monkeypatch: pytest.MonkeyPatch) -> None:
    seen = layout_rechecks(monkeypatch)
    check = check_text(doc(r"""
        With $A \in \mathbb{R}^{3 \times 3}$ symmetric, a slip:

        $$\frac{\partial (x^T A x)}{\partial x} = 3 A x$$
    """), "t.md", FAST)
    assert [s.verdict for c in check.chains for s in c.result.steps] == [Verdict.FAILED]
    assert {"numerator", "denominator"} <= set(seen)


def test_an_implied_sum_reading_without_a_derivative_by_a_vector_is_not_re_read_in_other_layouts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The index i is free on one side only: the step is re-read with the sum over i written out, which
    still fails. That reading takes derivatives by entries only, so it is not tried again per layout."""
    seen = layout_rechecks(monkeypatch)
    check = check_text(doc(r"""
        A slip:

        $$\frac{\partial}{\partial x_k} (a_i x_i) = 2 a_k$$
    """), "t.md", FAST)
    # FAILED: x, which the derivative removes, is no name "on one side only" (documents.vanishing)
    assert [s.verdict for c in check.chains for s in c.result.steps] == [Verdict.FAILED]
    assert seen == []
