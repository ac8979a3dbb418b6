r"""Bold samples written with a subscript, ``\mathbf{x}_i``, and the data matrix X whose rows they are.

ML notes write the i-th sample as ``\mathbf{x}_i`` (Bishop's ``\mathbf{x}_n``) as often as
``\mathbf{x}^{(i)}``: a vector, not entry i of a vector x. Where the notes never write the bold name
without its subscript, the subscripted bold name is a family of vectors (the rows of a matrix), as
``\mathbf{x}^{(i)}`` already was; where they also write ``\mathbf{x}`` alone, ``\mathbf{x}_i`` may be
its entry, and is read so, as before.

The sum over samples and the matrix form of the same gradient are one step of every
logistic-regression note: ``\sum_i (\sigma(w^\top x_i) - y_i) x_i = X^\top(\sigma(Xw) - y)``. Read
with the rows of X as the samples (and y's entries as their labels), it is checked; a missing
transpose is never green."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.documents.samples import sample_names
from verifier.results import Verdict

SUB = r"""Let $X \in \mathbb{R}^{n \times d}$ and $\mathbf{w} \in \mathbb{R}^d$.

$$
\frac{1}{n}\sum_{i=1}^n \left( \sigma(\mathbf{w}^\top \mathbf{x}_i) - y_i \right)\mathbf{x}_i = RHS
$$
"""

SUP = SUB.replace(r"\mathbf{x}_i", r"\mathbf{x}^{(i)}").replace("y_i", "y^{(i)}")

RIGHT = r"\frac{1}{n} X^\top\left(\sigma(X\mathbf{w}) - \mathbf{y}\right)"
WRONG = r"\frac{1}{n} X\left(\sigma(X\mathbf{w}) - \mathbf{y}\right)"
SIGN = r"\frac{1}{n} X^\top\left(\mathbf{y} - \sigma(X\mathbf{w})\right)"


def test_a_bold_name_written_only_with_a_subscript_is_a_family_of_vectors() -> None:
    assert sample_names(SUB) == {"x"}  # \mathbf{w} is written alone: a vector, its w_j entries
    assert sample_names(SUB + r"and $\mathbf{x} \in \mathbb{R}^d$") == set()


@pytest.mark.parametrize("text", [SUB, SUP], ids=["x_i", "x^(i)"])
def test_the_sum_over_samples_is_the_matrix_form(text: str) -> None:
    (step,) = doc_steps(text.replace("RHS", RIGHT))
    assert step.verdict in (Verdict.PROVED, Verdict.PASSED), step.message
    assert "row i of X" in step.message


@pytest.mark.parametrize("text", [SUB, SUP], ids=["x_i", "x^(i)"])
@pytest.mark.parametrize("rhs", [WRONG, SIGN], ids=["missing-transpose", "sign-flip"])
def test_a_wrong_matrix_form_is_never_green(text: str, rhs: str) -> None:
    (step,) = doc_steps(text.replace("RHS", rhs))
    assert step.verdict in (Verdict.FAILED, Verdict.SKIPPED), step.message


def test_a_bold_name_also_written_alone_keeps_its_entries() -> None:
    text = r"""Let $\mathbf{z} \in \mathbb{R}^K$.

$$
\sum_{i=1}^K \mathbf{z}_i = \mathbf{1}^\top \mathbf{z}
$$
"""
    (step,) = doc_steps(text)
    assert step.verdict is Verdict.PROVED, step.message
