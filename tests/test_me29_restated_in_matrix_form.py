r"""A cost defined over the samples, restated in matrix form: ``J(\theta) = \frac12(X\theta - y)^T(X\theta - y)``.

CS229 defines ``J(\theta) = \frac12\sum_i (\theta^T x^{(i)} - y^{(i)})^2`` and then, "with the design
matrix X whose rows are the samples", writes J again in matrix form. The data-matrix reading (X the
matrix of the samples x^{(i)}, y the vector of the y^{(i)}) was tried only where one member writes the
samples and another the matrix; here the samples are in J's definition, the member writes ``J(\theta)``,
so the restatement was "J defined anew … X, y appear on one side only" and the gradient after it
SKIPPED. The bodies of the notes' functions a member calls count as what it writes. Examples written
here."""

from __future__ import annotations

import pytest
from support import doc_steps

GREEN = ("PROVED", "PASSED")

_NOTES = r"""
We minimise $J(\theta) = \frac{{1}}{{2}}\sum_{{i=1}}^m (\theta^T x^{{(i)}} - y^{{(i)}})^2$.

With the design matrix $X$ whose rows are the samples $(x^{{(i)}})^T$,

$$J(\theta) = {form}$$
"""


def test_the_matrix_form_is_green() -> None:
    step = doc_steps(_NOTES.format(form=r"\frac{1}{2}(X\theta - y)^T(X\theta - y)"))[-1]
    assert step.verdict.value in GREEN, step.message
    assert "data matrix" in step.message, step.message


@pytest.mark.parametrize("form", [r"\frac{1}{2}(X\theta + y)^T(X\theta - y)", r"(X\theta - y)^T(X\theta - y)"],
                         ids=["sign", "factor"])
def test_a_wrong_matrix_form_is_not_green(form: str) -> None:
    step = doc_steps(_NOTES.format(form=form))[-1]
    assert step.verdict.value not in GREEN, step.message
