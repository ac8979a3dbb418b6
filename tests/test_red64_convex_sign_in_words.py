r"""A sign said in words of the optimised variable restricts the optimum: no convex green over the whole space.

gaps63 proves ``\arg\min_w g(w) = w^\star`` where g is convex by its form and its gradient vanishes at w*, only
over the whole space (documents.convexform.over_whole_space); mend63 and redlate63 taught it "over nonnegative $w$",
"positive $w$", "on $[2, 5]$", an integer. "Define $g(w) = (w - a)^2$ where $w$ is a positive weight." still gave
``\arg\min_w g(w) = a`` PROVED — over w > 0 the minimiser is a only when a > 0 (for a ≤ 0 there is none), so the
green was wrong. The sign is said of the variable in words: "$w$ is positive", "$w$ is a positive weight", "the
weight $w$ is positive", "a positive weight $w$", "$w$ must be strictly positive". Such a step keeps the SKIPPED it
had before gaps63 ("needs the objective convex, which is not shown"); a sign said of another name (a coefficient,
"$\lambda$ is positive") restricts nothing and the convex green stays.
"""

from __future__ import annotations

import pytest
from support import doc_steps

from verifier.results import Verdict

_CLAIM = "\n\n$$\\arg\\min_w g(w) = a$$\n"

_SAID = (
    "where $w$ is positive",
    "where $w$ is a positive weight",
    "where the weight $w$ is positive",
    "for a positive weight $w$",
    "where $w$ must be strictly positive",
    "with $w$ always nonnegative",
)


@pytest.mark.parametrize("said", _SAID)
def test_a_sign_said_of_the_optimised_variable_keeps_the_optimum_skipped(said: str) -> None:
    step = doc_steps(f"Define $g(w) = (w - a)^2$ {said}." + _CLAIM)[-1]
    assert step.verdict is Verdict.SKIPPED, (said, step.message)


def test_a_sign_said_of_a_greek_optimised_variable_keeps_the_optimum_skipped() -> None:
    text = "Define $g(\\theta) = (\\theta - a)^2$ where $\\theta$ is a positive scale.\n\n"
    step = doc_steps(text + "$$\\arg\\min_\\theta g(\\theta) = a$$\n")[-1]
    assert step.verdict is Verdict.SKIPPED, step.message


def test_a_sign_said_of_a_coefficient_keeps_the_convex_green() -> None:
    text = "Define $g(w) = (w - a)^2 + \\lambda w^2$ where $\\lambda$ is positive and $\\lambda > 0$."
    step = doc_steps(text + "\n\n$$\\arg\\min_w g(w) = \\frac{a}{1 + \\lambda}$$\n")[-1]
    assert step.verdict is Verdict.PROVED, step.message


def test_a_real_optimised_variable_keeps_the_convex_green() -> None:
    step = doc_steps("Define $g(w) = (w - a)^2$ where $w$ is a real number." + _CLAIM)[-1]
    assert step.verdict is Verdict.PROVED, step.message


def test_a_sign_of_a_constant_named_before_the_variable_keeps_the_convex_green() -> None:
    text = "Let $\\lambda$ be a positive constant and $w$ the weight, with $\\lambda > 0$. "
    step = doc_steps(
        text + "Define $g(w) = (w - a)^2 + \\lambda w^2$.\n\n$$\\arg\\min_w g(w) = \\frac{a}{1 + \\lambda}$$\n"
    )[-1]
    assert step.verdict is Verdict.PROVED, step.message
