r"""A step about a function the prose just before calls arbitrary is a rule, not a statement of what it is (sound56).

documents.generic keeps a failing step SKIPPED where an undefined function is applied or differentiated on one side
only: "f is not defined in the notes and this step says what it (or its derivative) is" — the logistic function's
``g'(x) = g(x)(1 - g(x))``, an ODE ``f''(x) = -f(x)`` (fresh53 added different orders of derivatives). The chain
rule with the inner derivative dropped, ``\frac{d}{dx} f(x)^2 = 2f(x)``, hid so too, even after "For any
differentiable function $f$,": the prose says f is every function, not one the notes leave unwritten, so the step
claims a rule, and a rule that fails for a test function is wrong. Where the sentence that leads into the display
makes the function arbitrary and says nothing more of it (no "with", "such that", …), the doubt does not apply.
Every note here is written for this test."""

from __future__ import annotations

import pytest
from support import display_step


@pytest.mark.parametrize(
    "prose",
    [
        "For any differentiable function $f$,",
        "Let $f$ be a differentiable function. Then",
        "For an arbitrary smooth $f$ we have",
    ],
)
def test_a_dropped_inner_derivative_for_an_arbitrary_function_is_failed(prose: str) -> None:
    assert display_step(r"\frac{d}{dx} f(x)^2 = 2 f(x) f'(x)", prose).verdict.value == "PROVED"
    wrong = display_step(r"\frac{d}{dx} f(x)^2 = 2 f(x)", prose)
    assert wrong.verdict.value == "FAILED", wrong.message


@pytest.mark.parametrize(
    "prose",
    [
        "For any function $f$ that equals its own second derivative,",
        "For any differentiable function $f$ such that the slope equals the value,",
        "The function $f$ solves the equation",
        "",
    ],
)
def test_a_function_the_prose_restricts_or_leaves_particular_keeps_the_doubt(prose: str) -> None:
    step = display_step(r"f''(x) = f(x)", prose)
    assert step.verdict.value == "SKIPPED", step.message


@pytest.mark.parametrize(
    "prose",
    [
        "Let $f$ be a linear function. Then",  # f(2x) = 2f(x) holds for every linear f
        "For any odd function $f$,",
    ],
)
def test_a_function_of_a_named_kind_keeps_the_doubt(prose: str) -> None:
    step = display_step(r"f(-2x) = -2f(x)", prose)
    assert step.verdict.value == "SKIPPED", step.message
