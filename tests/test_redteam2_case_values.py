r"""A function's value at a case stated in the prose, "With $y = 1$, $\ell(y, p) = -\log p$", is not
a new definition of the function: learned as one, it replaced the notes' loss and the right
derivative after it was FAILED (documents.claims.fixes_parameter, reader._learn_inline_definitions)."""

from __future__ import annotations

from support import doc_steps

from verifier.documents.claims import fixes_parameter
from verifier.results import Verdict

NOTES = r"""
Let $\ell(y, p) = -y \log p - (1 - y)\log(1 - p)$. CASE

$$\frac{\partial \ell}{\partial p} = DERIVATIVE$$
"""

RIGHT = r"-\frac{y}{p} + \frac{1 - y}{1 - p}"


def test_a_value_at_a_case_is_not_a_definition():
    assert fixes_parameter(r"The loss. With $y = 1$, ", r"\ell(y, p)")
    assert fixes_parameter(r"For $y=0$ we get ", r"\ell(y,p)")
    assert not fixes_parameter(r"With $y = 1$. Then ", r"\ell(y, p)")  # another sentence
    assert not fixes_parameter(r"With $y = 1$, ", r"\ell(p)")  # y is not a parameter
    assert not fixes_parameter(r"Let ", r"\ell(y, p)")


def test_the_derivative_after_a_case_value_is_proved():
    steps = doc_steps(NOTES.replace("CASE", r"With $y = 1$, $\ell(y, p) = -\log p$.").replace("DERIVATIVE", RIGHT))
    assert steps[-1].verdict is Verdict.PROVED, steps[-1].message


def test_a_sign_flip_in_it_is_still_failed():
    wrong = r"\frac{y}{p} + \frac{1 - y}{1 - p}"
    steps = doc_steps(NOTES.replace("CASE", r"With $y = 1$, $\ell(y, p) = -\log p$.").replace("DERIVATIVE", wrong))
    assert steps[-1].verdict is Verdict.FAILED
