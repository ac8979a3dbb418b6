r"""A model with an added name nobody defines, not an ε and not called noise (redteam10).

``t = Ab + \eta`` (or ``+ \xi``, ``+ \nu``) with no prose: the letter is not one of the ε letters and
the prose does not call it noise, so the line was read as a plain definition of t, the fit
``J(b) = \frac12 (t - Ab)^T (t - Ab)`` read through it was ``\frac12\eta^T\eta``, and the wrong
``\partial J/\partial b = 0`` was PROVED while the correct gradient was FAILED. Such a model is read
as a noise model is where nothing says it is noise: a green that rests on the data moving with b is
SKIPPED, a FAILED step that holds with the data held fixed is SKIPPED (never green on the letter
alone). Every example is written here."""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

_NOTES = r"""
# A fit

$$t = Ab + {noise}$$

$$J(b) = \frac12 (t - Ab)^T (t - Ab)$$

$$\frac{\partial J}{\partial b} = {rhs}$$
"""


@pytest.mark.parametrize("noise", [r"\eta", r"\xi"])
def test_a_zero_gradient_of_the_fit_is_not_green(noise: str) -> None:
    step = doc_steps(_NOTES.replace("{noise}", noise).replace("{rhs}", "0"))[-1]
    assert step.verdict not in (Verdict.PROVED, Verdict.PASSED), step.message


@pytest.mark.parametrize("noise", [r"\eta", r"\xi"])
def test_the_gradient_of_the_fit_is_not_failed(noise: str) -> None:
    step = doc_steps(_NOTES.replace("{noise}", noise).replace("{rhs}", "A^T A b - A^T t"))[-1]
    assert step.verdict is not Verdict.FAILED, step.message


def test_a_perturbed_input_is_still_read_through() -> None:
    notes = "# Input\n\n$$u = x + \\delta$$\n\n$$L = u^2$$\n\n$$\\frac{\\partial L}{\\partial x} = 2u$$\n"
    assert doc_steps(notes)[-1].verdict is Verdict.PROVED
