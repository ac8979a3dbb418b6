r"""The design matrix the prose builds from the samples: "$X$ whose rows are $x^{(i)\top}$" (or columns).

Regression notes write the gradient over the samples, ``\frac1m\sum_i(\theta^\top x^{(i)} - y^{(i)})x^{(i)}``, and
in matrix form, ``\frac1m X^\top(X\theta - y)``, having said in a sentence how X and y stack the samples. The
data-matrix reading (documents.samples) was tried only as a guess, so a wrong matrix form (a swapped transpose, a
dropped 1/m) was SKIPPED "X, x^() appear on one side only". Where the prose states the stacking, a step that fails
under it is FAILED with that reading's counterexample (documents.stackedsamples); without a statement, the old
doubt stays; a correct form stays green, also ``\nabla_\theta J`` straight after J's definition (J named bare)."""

from __future__ import annotations

import pytest
from support import doc_steps

_ROWS = r"""
Let the design matrix $X \in \mathbb{R}^{m \times n}$ be the matrix whose rows are $x^{(i)\top}$, and let
$y \in \mathbb{R}^m$ stack the targets $y^{(i)}$.

$$J(\theta) = \frac{1}{2m}\sum_{i=1}^m (\theta^\top x^{(i)} - y^{(i)})^2$$

$$\nabla_\theta J = \frac{1}{m}\sum_{i=1}^m (\theta^\top x^{(i)} - y^{(i)}) x^{(i)} = MATRIX$$
"""

_COLUMNS = r"""
Let $X \in \mathbb{R}^{n \times m}$ be the matrix whose columns are the examples $x^{(i)}$, and let
$y \in \mathbb{R}^m$ stack the targets $y^{(i)}$.

$$J(\theta) = \frac{1}{2m}\sum_{i=1}^m (\theta^\top x^{(i)} - y^{(i)})^2$$

$$\nabla_\theta J = \frac{1}{m}\sum_{i=1}^m (\theta^\top x^{(i)} - y^{(i)}) x^{(i)} = MATRIX$$
"""


def _last(note: str, matrix: str) -> str:
    return doc_steps(note.replace("MATRIX", matrix))[-1].verdict.value


def test_the_stated_rows_prove_the_matrix_form() -> None:
    assert _last(_ROWS, r"\frac{1}{m} X^\top (X\theta - y)") in ("PROVED", "PASSED")


@pytest.mark.parametrize("wrong", [r"X^\top (X\theta - y)", r"\frac{1}{m} X^\top (X\theta + y)",
                                   r"\frac{1}{m} X (X^\top\theta - y)"])
def test_a_wrong_matrix_form_fails_under_the_stated_rows(wrong: str) -> None:
    step = doc_steps(_ROWS.replace("MATRIX", wrong))[-1]
    assert step.verdict.value == "FAILED", step.message
    assert "the stacking the notes state" in step.message  # the counterexample builds X from the samples


def test_the_stated_columns_prove_the_matrix_form() -> None:
    assert _last(_COLUMNS, r"\frac{1}{m} X (X^\top\theta - y)") in ("PROVED", "PASSED")


@pytest.mark.parametrize("wrong", [r"X (X^\top\theta - y)", r"\frac{1}{m} X (X^\top\theta + y)"])
def test_a_wrong_matrix_form_fails_under_the_stated_columns(wrong: str) -> None:
    assert _last(_COLUMNS, wrong) == "FAILED"


def test_unstated_the_wrong_form_keeps_its_doubt() -> None:
    # nothing says how X relates to the samples: the data-matrix reading stays a guess
    note = _ROWS.replace(r"be the matrix whose rows are $x^{(i)\top}$, and let", "be a matrix, and").replace(
        r"stack the targets $y^{(i)}$", "be a vector")
    assert _last(note, r"X^\top (X\theta - y)") == "SKIPPED"


def test_the_gradient_of_the_defined_cost_in_matrix_form() -> None:
    # \nabla_\theta J names J bare: the reading pairs X with the samples of J's definition
    note = _ROWS.replace(r"\frac{1}{m}\sum_{i=1}^m (\theta^\top x^{(i)} - y^{(i)}) x^{(i)} = MATRIX", "MATRIX")
    assert _last(note, r"\frac{1}{m} X^\top (X\theta - y)") in ("PROVED", "PASSED")
    assert _last(note, r"X^\top (X\theta - y)") == "FAILED"
