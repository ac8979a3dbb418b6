r"""The inputs of a loss the notes define are held fixed by a partial derivative by an *entry* of
its variable too (``\partial L / \partial s_i``): the index i is not a variable, so a label y of
``L = -\sum_k y_k s_k + …`` is not "a name that may depend on s". Every example is written here."""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.engine import Settings

NOTES = (
    "Scores $s \\in \\mathbb{R}^K$, one-hot label $y$. The loss is $L = -\\sum_k y_k s_k + \\log \\sum_j e^{s_j}$.\n"
    "\n"
    "$$\\frac{\\partial L}{\\partial s_i} = %s$$\n"
)


def verdicts(rhs: str) -> list[str]:
    result = check_text(NOTES % rhs, "notes.md", Settings())
    return [s.verdict.value for ch in result.chains for s in ch.result.steps]


def test_sign_flipped_cross_entropy_gradient_is_failed() -> None:
    assert verdicts("y_i - \\frac{e^{s_i}}{\\sum_j e^{s_j}}") == ["FAILED"]


def test_right_cross_entropy_gradient_is_proved() -> None:
    assert verdicts("\\frac{e^{s_i}}{\\sum_j e^{s_j}} - y_i") == ["PROVED"]
