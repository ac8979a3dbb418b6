r"""σ the prose calls the logistic sigmoid is not read as softmax to rescue a step (redteam38).

"Here $\sigma$ is the logistic sigmoid, applied to each entry of $z$." then the softmax Jacobian
``\frac{\partial \sigma_i(z)}{\partial z_j} = \sigma_i(z)(\delta_{ij} - \sigma_j(z))`` (the student's mix-up of the
two derivatives) was PROVED "with σ as softmax (σ_i(x) is entry i of a vector function)". That reading is for
notes that leave σ_i(x) unexplained; where the prose of the same part names σ the logistic (sigmoid) function it
is not tried. Notes that leave σ unnamed, or name it the logistic in another problem, keep it. Every example is
written here."""

from __future__ import annotations

import pytest
from support import doc_steps

_SOFTMAX_JACOBIAN = r"$$\frac{\partial \sigma_i(z)}{\partial z_j} = \sigma_i(z)(\delta_{ij} - \sigma_j(z))$$"


def _verdict(prose: str) -> str:
    return doc_steps(prose + "\n\n" + _SOFTMAX_JACOBIAN + "\n")[-1].verdict.value


@pytest.mark.parametrize(
    "prose",
    [
        r"Here $\sigma$ is the logistic sigmoid, applied to each entry of $z$.",
        r"We apply the sigmoid function $\sigma$ to each entry of $z$.",
        r"Let $\sigma$ denote the logistic function, applied entry-wise.",
    ],
)
def test_sigma_named_the_sigmoid_is_not_read_as_softmax(prose: str) -> None:
    assert _verdict(prose) == "FAILED"


def test_sigma_left_unnamed_is_read_as_softmax() -> None:
    assert _verdict("The outputs of the last layer are") == "PROVED"


def test_sigma_named_the_sigmoid_in_another_problem_is_read_as_softmax() -> None:
    prose = "# Problem 1\n\nHere $\\sigma$ is the logistic sigmoid.\n\n# Problem 2\n\nThe outputs are"
    assert _verdict(prose) == "PROVED"
