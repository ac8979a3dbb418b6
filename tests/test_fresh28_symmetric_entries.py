r"""Weights stated symmetric by their entries: "symmetric weights $w_{ij} \ge 0$", "$w_{ij} = w_{ji}$".

A graph Laplacian's quadratic form (fresh28): with degrees $d_i = \sum_j w_{ij}$,
$\sum_i d_i x_i^2 - \sum_{i,j} w_{ij} x_i x_j = \frac{1}{2} \sum_{i,j} w_{ij} (x_i - x_j)^2$ holds for symmetric
weights only. The prose said so, by the entry, and the statement was not read (documents.symmetricprose took a
name written alone, ``$W$``): the right identity FAILED. Examples written here."""

from __future__ import annotations

import pytest
from support import doc_steps

GREEN = ("PROVED", "PASSED")
RIGHT = "$$\\sum_i d_i x_i^2 - \\sum_{i,j} w_{ij} x_i x_j = \\frac{1}{2} \\sum_{i,j} w_{ij} (x_i - x_j)^2$$\n"
WRONG = "$$\\sum_i d_i x_i^2 - \\sum_{i,j} w_{ij} x_i x_j = \\sum_{i,j} w_{ij} (x_i - x_j)^2$$\n"


@pytest.mark.parametrize("said", [
    "A weighted graph has symmetric weights $w_{ij} \\ge 0$ and degrees $d_i = \\sum_j w_{ij}$.\n\n",
    "The weights are symmetric, $w_{ij} = w_{ji}$, and the degrees are $d_i = \\sum_j w_{ij}$.\n\n",
])
def test_the_laplacian_form_is_green_and_a_wrong_one_failed(said: str) -> None:
    right, wrong = doc_steps(said + RIGHT), doc_steps(said + WRONG)
    assert right and right[-1].verdict.value in GREEN, [s.message for s in right]
    assert wrong and wrong[-1].verdict.value == "FAILED", [s.message for s in wrong]


@pytest.mark.parametrize("said", [
    "The degrees are $d_i = \\sum_j w_{ij}$.\n\n",
    "The weights need not be symmetric, $w_{ij} \\ne w_{ji}$; the degrees are $d_i = \\sum_j w_{ij}$.\n\n",
    "We do not assume symmetric weights $w_{ij}$; the degrees are $d_i = \\sum_j w_{ij}$.\n\n",
])
def test_weights_not_said_symmetric_are_not_green(said: str) -> None:
    steps = doc_steps(said + RIGHT)
    assert steps and steps[-1].verdict.value not in GREEN, [s.message for s in steps]
