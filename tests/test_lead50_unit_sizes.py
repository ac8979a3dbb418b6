r"""A step whose inferred shapes clash between its sides can still be refuted at size one (lead50).

``\nabla_w L = (\hat y - y)`` after ``\hat y = w^\top x + b`` drops the factor x: the left side is a vector (w is
transposed), the right a number. With the inferred sizes the sides do not even compare ("the shapes inferred do
not fit", SKIPPED). An identity meant for vectors of every size holds for vectors of one entry too, and there
every reading of the shapes is the same reading — numbers — under which the step fails: FAILED, the reading named
(documents.unitsizes). The reading only refutes: the right gradient stays PROVED, a clash inside one member (a
product that does not conform: a guess of shapes gone wrong) is not refuted so, nor an inline statement.
"""

from __future__ import annotations

from support import doc_steps

_NOTE = r"""
With $\hat y = w^\top x + b$ and $L = \frac{1}{2}(\hat y - y)^2$,

$$\nabla_w L = {RIGHT}$$
"""


def _one(right: str):
    steps = doc_steps(_NOTE.replace("{RIGHT}", right))
    assert len(steps) == 1
    return steps[0]


def test_dropped_factor_in_a_gradient_is_failed_at_size_one() -> None:
    r = _one(r"(\hat y - y)")
    assert r.verdict.value == "FAILED", r.message
    assert "size" in r.message and r.counterexample is not None


def test_the_right_gradient_stays_proved() -> None:
    assert _one(r"(\hat y - y) x").verdict.value in ("PROVED", "PASSED")


def test_a_right_gradient_read_with_clashing_shapes_is_not_failed() -> None:
    """x^T w is the same number as w^T x: a clash the inferred shapes may make is no mistake at size one."""
    r = _one(r"x (x^\top w + b - y)")
    assert r.verdict.value != "FAILED", r.message


_HESSIAN = r"""
For one example with label $y$ the loss is
$\ell(\mathbf{w}) = -y\log\sigma(\mathbf{w}^\top\mathbf{x}) - (1 - y)\log(1 - \sigma(\mathbf{w}^\top\mathbf{x}))$.
The Hessian is a scaled outer product:

$$\nabla^2_{\mathbf{w}}\,\ell(\mathbf{w}) =
\sigma(\mathbf{w}^\top\mathbf{x})(1 - \sigma(\mathbf{w}^\top\mathbf{x})) {OUTER}$$
"""


def test_an_inner_product_for_the_outer_one_is_never_green() -> None:
    """xᵀx for xxᵀ agrees with it at size one: crossed with the row reading of the vectors, the size-one reading
    rescued the step (PROVED); it may only refute, under the rows as under the columns."""
    wrong = doc_steps(_HESSIAN.replace("{OUTER}", r"\mathbf{x}^\top\mathbf{x}"))[-1]
    assert wrong.verdict.value not in ("PROVED", "PASSED"), wrong.message
    right = doc_steps(_HESSIAN.replace("{OUTER}", r"\mathbf{x}\mathbf{x}^\top"))[-1]
    assert right.verdict.value in ("PROVED", "PASSED"), right.message
