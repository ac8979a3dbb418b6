r"""``x^{(i)}`` the notes call a row vector stays a row (me28 made every sample superscript a column).

me28 read ``x^{(i)}`` of a data matrix as a column vector so that ``\theta^T x^{(i)}`` is a number, as
CS229 writes it. Notes that say each sample is a *row* and write ``x^{(i)}\theta`` lost every check:
read as a column, ``x^{(i)}\theta`` was two columns "entry-wise" and the least-squares gradient, right
or with a dropped ½, was SKIPPED (both were checked before). Where the prose calls the sample a row
vector (or annotates it ``\in \mathbb{R}^{1 \times d}``) it stays row i of the data. Examples written here."""

from __future__ import annotations

import pytest
from support import doc_steps

GREEN = ("PROVED", "PASSED")

_ROWS = r"""
Each sample $x^{(i)}$ is a row vector of $d$ features and $\theta$ is a column of $d$ weights.
We minimise $J(\theta) = \frac{1}{2m}\sum_{i=1}^m (x^{(i)}\theta - y^{(i)})^2$.

$$\frac{\partial J}{\partial \theta_j} = {rhs}\sum_{i=1}^m (x^{(i)}\theta - y^{(i)})x_j^{(i)}$$
"""

_ANNOTATED = r"""
Each sample is $x^{(i)} \in \mathbb{R}^{1 \times d}$ and $\theta \in \mathbb{R}^{d}$.
We minimise $J(\theta) = \frac{1}{2m}\sum_{i=1}^m (x^{(i)}\theta - y^{(i)})^2$.

$$\frac{\partial J}{\partial \theta_j} = {rhs}\sum_{i=1}^m (x^{(i)}\theta - y^{(i)})x_j^{(i)}$$
"""

_COLUMNS = r"""
The rows of $X$ are $x^{(i)T}$, each a row vector. We minimise
$J(\theta) = \frac{1}{2m}\sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)})^2$.

$$\frac{\partial J}{\partial \theta_j} = {rhs}\sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)})x_j^{(i)}$$
"""


@pytest.mark.parametrize("notes", [_ROWS, _ANNOTATED], ids=["said", "annotated"])
def test_a_sample_the_notes_call_a_row_keeps_its_gradient_checked(notes: str) -> None:
    step = doc_steps(notes.replace("{rhs}", r"\frac{1}{m}"))[-1]
    assert step.verdict.value in GREEN, step.message


@pytest.mark.parametrize("notes", [_ROWS, _ANNOTATED], ids=["said", "annotated"])
def test_a_dropped_half_with_row_samples_is_failed(notes: str) -> None:
    step = doc_steps(notes.replace("{rhs}", r"\frac{1}{2m}"))[-1]
    assert step.verdict.value == "FAILED", step.message


def test_a_transposed_sample_called_a_row_is_still_a_column() -> None:
    step = doc_steps(_COLUMNS.replace("{rhs}", r"\frac{1}{m}"))[-1]
    assert step.verdict.value in GREEN, step.message
    step = doc_steps(_COLUMNS.replace("{rhs}", r"\frac{1}{2m}"))[-1]
    assert step.verdict.value == "FAILED", step.message
