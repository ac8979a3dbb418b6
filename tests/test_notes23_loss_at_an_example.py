r"""A per-example loss the notes never write out, "$\ell_i$ the loss at example $i$", averaged by a definition.

"Let $L = \frac1N\sum_i \ell_i$ where $\ell_i$ is the loss at example $i$", then ``\frac{\partial L}{\partial w} =
\frac1N\sum_i\frac{\partial \ell_i}{\partial w}``: ℓ is an arbitrary function of w (documents.generic), but it was
one only in the members that differentiate ℓ itself; through L's definition it was a number, L did not depend on
w, and the right average and one with the 1/N dropped were both SKIPPED. A definition the member differentiates
now carries the function too (documents.definedreach): the average is PROVED, the dropped 1/N FAILED."""

from __future__ import annotations

import pytest
from support import doc_steps

_AVERAGE = r"""
Let $L = \frac{1}{N}\sum_{i=1}^N \ell_i$ where $\ell_i$ is the loss at example $i$.

$$\frac{\partial L}{\partial w} = RIGHT$$
"""

_SCALED = r"""
Let $\ell$ be the loss and $L = 2\ell + 1$.

$$\frac{\partial L}{\partial w} = RIGHT$$
"""


def _verdict(note: str, right: str) -> str:
    step = doc_steps(note.replace("RIGHT", right))[-1]
    return step.verdict.value


def test_the_average_of_the_example_losses_differentiates_term_by_term() -> None:
    assert _verdict(_AVERAGE, r"\frac{1}{N}\sum_{i=1}^N \frac{\partial \ell_i}{\partial w}") in ("PROVED", "PASSED")


@pytest.mark.parametrize("wrong", [r"\sum_{i=1}^N \frac{\partial \ell_i}{\partial w}",
                                   r"\frac{1}{N}\sum_{i=1}^N \frac{\partial \ell_i}{\partial w} + \frac{1}{N}"])
def test_a_wrong_average_fails(wrong: str) -> None:
    assert _verdict(_AVERAGE, wrong) == "FAILED"


def test_a_scaled_loss() -> None:
    assert _verdict(_SCALED, r"2\frac{\partial \ell}{\partial w}") in ("PROVED", "PASSED")
    assert _verdict(_SCALED, r"\frac{\partial \ell}{\partial w}") == "FAILED"


def test_a_formula_for_the_unwritten_loss_stays_unchecked() -> None:
    # what ∂ℓ/∂w is the notes do not say: a formula in w alone is no identity for an arbitrary loss
    assert _verdict(_SCALED, "2w") == "SKIPPED"
