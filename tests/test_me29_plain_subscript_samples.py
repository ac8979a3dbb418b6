r"""A plain ``x_i`` in an inner product (``w^T x_i``), with x never written alone, is sample i.

Many notes number their samples with a plain subscript (``\sum_i (y_i - \sigma(w^T x_i)) x_i``) where
others write ``\mathbf{x}_i`` or ``x^{(i)}``. Bold samples were read as vectors; plain ones were
entries of a vector of numbers, so ``w^T x_i`` was a row and the gradient's matrix form ``X^T(y -
\sigma(Xw))`` SKIPPED (the shapes did not fit). Nobody transposes a number: a name a transposed name
multiplies, or that is transposed, and that the notes never write without its subscript, is a family of
vectors. Where x is also written alone (``f(x) = w^T x``), ``x_i`` may be its entry and is left alone.
Examples written here."""

from __future__ import annotations

import pytest
from support import doc_steps

GREEN = ("PROVED", "PASSED")

_NOTES = r"""
The gradient of the log-likelihood is

$$\sum_{{i=1}}^n (y_i - \sigma({inner})) x_i = {rhs}$$
"""


@pytest.mark.parametrize("inner", [r"w^T x_i", r"w^\top x_i", r"x_i^T w", r"x_i^\top w"])
def test_the_gradient_in_matrix_form_is_green(inner: str) -> None:
    step = doc_steps(_NOTES.format(inner=inner, rhs=r"X^T(y - \sigma(Xw))"))[-1]
    assert step.verdict.value in GREEN, step.message
    assert "sample" in step.message, step.message


@pytest.mark.parametrize("rhs", [r"X(y - \sigma(Xw))", r"X^T(y + \sigma(Xw))", r"2X^T(y - \sigma(Xw))"],
                         ids=["missing-transpose", "sign", "factor"])
def test_a_wrong_matrix_form_is_not_green(rhs: str) -> None:
    step = doc_steps(_NOTES.format(inner=r"w^T x_i", rhs=rhs))[-1]
    assert step.verdict.value not in GREEN, step.message


def test_x_written_alone_keeps_x_i_an_entry() -> None:
    notes = r"""
Let $f(x) = w^T x$. Then

$$\frac{\partial f}{\partial x_i} = w_i$$
"""
    step = doc_steps(notes)[-1]
    assert step.verdict.value in GREEN, step.message
    assert "sample" not in step.message, step.message


def test_without_a_transpose_x_i_stays_a_number() -> None:
    notes = r"""
$$\sum_{i=1}^n (x_i - m) = \sum_{i=1}^n x_i - nm$$
"""
    step = doc_steps(notes)[-1]
    assert step.verdict.value in GREEN, step.message
    assert "sample" not in step.message, step.message


def test_a_sample_inside_braces_is_read_too() -> None:
    notes = r"""
$$\sum_{i=1}^n \frac{(y_i - \sigma(w^T x_i))}{1} {x_i} = X^T(y - \sigma(Xw))$$
"""
    step = doc_steps(notes)[-1]
    assert step.verdict.value in GREEN, step.message


_STATED = r"""
The gradient of the average log-likelihood is

$$\frac{{1}}{{n}}\sum_{{i=1}}^n (y_i - \sigma(w^\top x_i))x_i = {rhs}$$

where $X \in \mathbb{{R}}^{{n\times d}}$ has rows $x_i^\top$.
"""


def test_the_matrix_form_with_the_rows_stated_is_green() -> None:
    step = doc_steps(_STATED.format(rhs=r"\frac{1}{n}X^\top(y - \sigma(Xw))"))[-1]
    assert step.verdict.value in GREEN, step.message


@pytest.mark.parametrize("rhs", [r"X^\top(y - \sigma(Xw))", r"\frac{1}{n}X^\top(\sigma(Xw) - y)"], ids=["1/n", "sign"])
def test_a_wrong_matrix_form_with_the_rows_stated_is_failed(rhs: str) -> None:
    # the notes say what X is: a matrix form wrong under that reading is a mistake, not an unseen relation
    step = doc_steps(_STATED.format(rhs=rhs))[-1]
    assert step.verdict.value == "FAILED", step.message
