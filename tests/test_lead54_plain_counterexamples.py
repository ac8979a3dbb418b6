"""Counterexamples a reader can check by hand: the failing point moved to the plainest values where the sides
still differ (verifier.shrink), as Hypothesis shrinks a failing example.

A FAILED step used to show the random sample point where it failed first — ``x = 0.3008367283121747`` for
``d|x|/dx = -1`` with x > 0, a vector of seventeen-digit entries for ``∇ xᵀAx = 2Ax`` — where ``x = 1`` and a
matrix of zeros and ones make the same case. The shown point must stay a counterexample (confirmed at high
precision, as the sampled one was), inside the domain the claim states, off the points where a non-smooth piece
changes branch, and the verdict must not move. Every example is written here."""

from __future__ import annotations

import math
from collections.abc import Callable

import sympy as sp
from support import check, doc_steps

from verifier.catalog import Builder, Claim, D
from verifier.engine import Settings
from verifier.ml import relu
from verifier.results import StepResult, Verdict

_PLAIN = {0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, 3.0, -3.0}


def _values(step: StepResult) -> dict[str, float]:
    assert step.counterexample is not None
    return dict(step.counterexample.coordinates)


def _plain(v: float) -> bool:
    """A value with at most two significant digits (0.3, -40, 1.5e-05)."""
    return v == 0 or math.isclose(v, float(f"{v:.2g}"), rel_tol=0, abs_tol=0)


def _failed(build: Callable[[Builder], Claim]) -> StepResult:
    """The one step of a catalog entry built by ``build``, checked as ``verify ID`` checks it (FAILED)."""
    (step,) = check(build, settings=Settings(points=60)).steps
    assert step.verdict is Verdict.FAILED, step
    return step


def test_a_one_variable_counterexample_is_a_plain_number() -> None:
    def build(b: Builder) -> Claim:
        x = b.interval("x", 0, 5)
        return b.claim(D(sp.Abs(x), x), -1)

    step = _failed(build)
    assert _values(step) == {"x": 1.0}
    assert step.counterexample is not None
    assert step.counterexample.point == (("x", "1"),) or step.counterexample.point[0][1] in ("1", "1.0")
    assert float(step.counterexample.lhs) == 1.0 and float(step.counterexample.rhs) == -1.0


def test_a_matrix_counterexample_has_plain_entries() -> None:
    def build(b: Builder) -> Claim:
        x = b.vector("x", 2)
        a = b.matrix("A", 2, 2)
        return b.claim(D((x.T * a * x)[0, 0], x), 2 * a * x)

    step = _failed(build)
    values = _values(step)
    assert all(v in _PLAIN for v in values.values()), values
    # still a counterexample: A is not symmetric there
    assert values["A_1_2"] != values["A_2_1"]


def test_the_shown_point_stays_in_the_stated_interval() -> None:
    def build(b: Builder) -> Claim:
        x = b.interval("x", 2, 7)
        return b.claim(D(x**2, x), x)

    step = _failed(build)
    (value,) = _values(step).values()
    assert 2 < value < 7 and _plain(value), value


def test_a_failure_only_far_out_keeps_a_point_where_it_fails() -> None:
    def build(b: Builder) -> Claim:
        x = b.real("x")
        return b.claim(sp.Min(x, 100), x)  # wrong only beyond 100

    step = _failed(build)
    (value,) = _values(step).values()
    assert value > 100, value
    assert float(step.counterexample.lhs) != float(step.counterexample.rhs)  # type: ignore[union-attr]


def test_the_shown_point_is_not_where_a_piece_changes_branch() -> None:
    def build(b: Builder) -> Claim:
        x = b.real("x", exclude=[0])
        return b.claim(D(relu(x), x), 1)  # wrong for x < 0; at x = 0 no derivative to compare

    step = _failed(build)
    (value,) = _values(step).values()
    assert value < 0 and value != 0, value
    assert _plain(value)


def test_a_probability_vector_is_not_moved_off_the_simplex() -> None:
    def build(b: Builder) -> Claim:
        p = b.simplex("p", 3)
        return b.claim(p[0] + p[1] + p[2], 2)

    step = _failed(build)
    values = _values(step)
    assert math.isclose(sum(values.values()), 1.0, rel_tol=1e-12), values


def test_a_wrong_step_in_the_notes_shows_a_plain_point() -> None:
    steps = doc_steps(r"""
        # Derivative of the absolute value

        For $x > 0$,
        $$\frac{d}{dx}|x| = -1.$$
    """)
    (step,) = steps
    assert step.verdict is Verdict.FAILED
    assert _values(step) == {"x": 1.0}


def test_a_wrong_gradient_in_the_notes_shows_plain_vectors() -> None:
    steps = doc_steps(r"""
        # Quadratic forms

        For $A \in \mathbb{R}^{n \times n}$,
        $$\nabla_{\mathbf{x}}\, \mathbf{x}^\top A \mathbf{x} = 2A\mathbf{x}.$$
    """)
    (step,) = steps
    assert step.verdict is Verdict.FAILED
    values = _values(step)
    assert values and all(v in _PLAIN for v in values.values()), values


_CE = r"""
    # Cross-entropy after softmax

    For $\mathbf{{s}} \in \mathbb{{R}}^K$ let $\hat{{\mathbf{{y}}}} = \mathrm{{softmax}}(\mathbf{{s}})$.
    {label} and $L = -\sum_k y_k \log \hat y_k$,
    $$\frac{{\partial L}}{{\partial \mathbf{{s}}}} = {rhs}.$$
"""


def test_a_label_the_notes_call_one_hot_is_one_hot_in_the_counterexample() -> None:
    steps = doc_steps(_CE.format(label=r"With a one-hot label $\mathbf{y}$", rhs=r"\mathbf{y} - \hat{\mathbf{y}}"))
    step = steps[-1]
    assert step.verdict is Verdict.FAILED
    y = sorted(v for name, v in _values(step).items() if name.startswith("y"))
    assert y == [0.0] * (len(y) - 1) + [1.0], _values(step)
    assert "one-hot, as the notes say" in step.message


def test_the_right_gradient_with_a_one_hot_label_is_still_green() -> None:
    steps = doc_steps(_CE.format(label=r"With a one-hot label $\mathbf{y}$", rhs=r"\hat{\mathbf{y}} - \mathbf{y}"))
    assert steps[-1].verdict in (Verdict.PROVED, Verdict.PASSED)


def test_a_label_the_notes_do_not_call_one_hot_keeps_the_literal_counterexample() -> None:
    steps = doc_steps(_CE.format(label=r"With a label $\mathbf{y}$", rhs=r"\mathbf{y} - \hat{\mathbf{y}}"))
    step = steps[-1]
    assert step.verdict is Verdict.FAILED
    assert "as the notes say" not in step.message
