r"""Two members that both differentiate a vector by a matrix (a tensor with no matrix layout).

``\frac{\partial \theta}{\partial w} = \frac{\partial (w^T x + b)}{\partial w}`` with θ = wᵀx + b
was SKIPPED ("a tensor with no matrix layout") though both members differentiate the same function
by the same matrix. documents.tensorparts compares what they differentiate: equal functions have
equal derivatives (PROVED); different ones are not a FAILED (the derivatives may agree all the same).
"""

from __future__ import annotations

import sympy as sp

from verifier.documents.check import check_text
from verifier.documents.tensorparts import common_parts
from verifier.engine import Settings

FAST = Settings(points=30)

_NOTES = r"""
* $\mathbf{W} = \begin{bmatrix}w_{11} & w_{12} \\ w_{21} & w_{22} \\ w_{31} & w_{32}\end{bmatrix}$
* $\mathbf{c} = [c_1, c_2]^T$ and $\mathbf{u} = [u_1, u_2, u_3]^T$
* $\mathbf{z} = \mathbf{W}^T\mathbf{u} + \mathbf{c}$

$$
\frac{\partial \mathbf{z}}{\partial \mathbf{W}} = \frac{\partial (RHS)}{\partial \mathbf{W}}
$$
"""


def _step(rhs: str) -> tuple[str, str]:
    check = check_text(_NOTES.replace("RHS", rhs), "t.md", FAST)
    steps = [s for c in check.chains for s in c.result.steps]
    return steps[-1].verdict.value, steps[-1].message


def test_the_same_function_differentiated_by_the_same_matrix_is_proved() -> None:
    verdict, message = _step(r"\mathbf{W}^T\mathbf{u} + \mathbf{c}")
    assert verdict == "PROVED", message
    assert "compared through what they differentiate" in message


def test_different_functions_are_not_a_failure() -> None:
    for rhs in (r"2 \mathbf{W}^T\mathbf{u}", r"\mathbf{W}^T\mathbf{u}"):
        verdict, message = _step(rhs)
        assert verdict == "SKIPPED", message
        assert "parts differ" in message


def test_a_common_last_factor_leaves_the_other_factors() -> None:
    J, yhat, theta, w = (sp.Symbol(n, commutative=False) for n in ("J", "yhat", "theta", "w"))
    a = sp.Derivative(J, theta) * sp.Derivative(theta, w)
    b = sp.Derivative(J, yhat) * sp.Derivative(yhat, theta) * sp.Derivative(theta, w)
    found = common_parts(a, b)
    assert found is not None
    assert found[0] == sp.Derivative(J, theta)
    assert found[1] == sp.Derivative(J, yhat) * sp.Derivative(yhat, theta)
    assert common_parts(sp.Derivative(J, w), a) is None


def test_parts_of_different_shapes_leave_the_step_skipped() -> None:
    notes = _NOTES.replace(r"\frac{\partial (RHS)}{\partial \mathbf{W}}",
                           r"\mathbf{u}^T \frac{\partial \mathbf{z}}{\partial \mathbf{W}}")  # fmt: skip
    notes = notes.replace(r"$$", "$$", 1)
    check = check_text(notes.replace(r"\frac{\partial \mathbf{z}}{\partial \mathbf{W}} =",
                                     r"\mathbf{c} \frac{\partial \mathbf{z}}{\partial \mathbf{W}} ="), "t.md", FAST)
    steps = [s for c in check.chains for s in c.result.steps]
    assert steps[-1].verdict.value == "SKIPPED", steps[-1].message
