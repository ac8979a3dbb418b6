r"""A sample ``x^{(i)}`` written in an inner product (``\theta^T x^{(i)}``) is a vector, in matrix form too.

The logistic-regression gradient in CS229's notation, ``\sum_i (y^{(i)} - \sigma(\theta^T x^{(i)}))
x^{(i)} = X^T(y - \sigma(X\theta))``, is the sum over the samples stated in matrix form. With plain
(not bold) samples and no sentence calling them the rows of X, ``x^{(i)}`` was read as entry i of a
vector of numbers: ``\theta^T x^{(i)}`` was then a row, the left member a row, the right a column, and
the step SKIPPED "the shapes do not fit" — the course's central identity unchecked, a missing transpose
or 1/n in it unseen. A name a transposed vector multiplies is a vector of that length: each sample is a
vector, as a bold sample is. Examples written here."""

from __future__ import annotations

import pytest
from support import doc_steps

GREEN = ("PROVED", "PASSED")

_NOTES = r"""
The gradient of the log-likelihood is

$$\sum_{{i=1}}^n (y^{{(i)}} - \sigma({inner})) x^{{(i)}} = {rhs}$$
"""

_INNERS = [r"\theta^T x^{(i)}", r"\theta^\top x^{(i)}", r"x^{(i)T}\theta", r"(x^{(i)})^\top \theta"]


@pytest.mark.parametrize("inner", _INNERS)
def test_the_gradient_in_matrix_form_is_green(inner: str) -> None:
    step = doc_steps(_NOTES.format(inner=inner, rhs=r"X^T(y - \sigma(X\theta))"))[-1]
    assert step.verdict.value in GREEN, step.message


@pytest.mark.parametrize("rhs", [r"X(y - \sigma(X\theta))", r"X^T(y + \sigma(X\theta))", r"2X^T(y - \sigma(X\theta))"],
                         ids=["missing-transpose", "sign", "factor"])
def test_a_wrong_matrix_form_is_not_green(rhs: str) -> None:
    step = doc_steps(_NOTES.format(inner=r"\theta^T x^{(i)}", rhs=rhs))[-1]
    assert step.verdict.value not in GREEN, step.message


def test_a_superscript_without_an_inner_product_stays_a_number() -> None:
    # x^{(i)} multiplied by numbers only: nothing says it is a vector (a scalar data set)
    notes = r"""
The mean is $\bar x = \frac{1}{n}\sum_{i=1}^n x^{(i)}$, so

$$\sum_{i=1}^n (x^{(i)} - \bar x) = \sum_{i=1}^n x^{(i)} - n\bar x$$
"""
    step = doc_steps(notes)[-1]
    assert step.verdict.value in GREEN, step.message
    assert "vector" not in step.message.split("x^()")[-1][:40] if "x^()" in step.message else True


_ROWS_SAID = r"""
Let $X$ be the matrix whose rows are the samples $x^{{(i)}}$. The gradient of the log-likelihood is

$$\sum_{{i=1}}^n (y_i - \sigma(\theta^T x^{{(i)}})) x^{{(i)}} = {rhs}$$
"""


def test_with_the_rows_said_the_matrix_form_is_green() -> None:
    step = doc_steps(_ROWS_SAID.format(rhs=r"X^T(y - \sigma(X\theta))"))[-1]
    assert step.verdict.value in GREEN, step.message


def test_with_the_rows_said_a_wrong_factor_is_not_green() -> None:
    step = doc_steps(_ROWS_SAID.format(rhs=r"2X^T(y - \sigma(X\theta))"))[-1]
    assert step.verdict.value not in GREEN, step.message


_THROUGH_A_DEFINITION = r"""
Data $(x_i, y_i)$, $i = 1,\dots,n$. With $z_i = w^\top x_i + b$, $X$ stacks the $x_i^\top$ as rows and
$p = \sigma(Xw + b\mathbf{1})$.

$$\frac{1}{n}\sum_{i=1}^n \bigl(\sigma(z_i) - y_i\bigr) = \frac{1}{n}\mathbf{1}^\top (p - y)$$

$$\sum_{i=1}^n \sigma(z_i) x_i = X^T p$$
"""


def test_a_matrix_form_reached_through_a_definition_is_never_failed() -> None:
    # X is related to the samples only through p's definition and the prose: unchecked, never FAILED
    # (reading the plain x_i as samples, with the prose's rows lifting the doubt, made both FAILED)
    for step in doc_steps(_THROUGH_A_DEFINITION):
        assert step.verdict.value != "FAILED", (step.lhs_latex, step.message)
