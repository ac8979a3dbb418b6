r"""A derivative the prose takes along a constraint is not checked as the plain partial (gaps21).

"On the line where $u_1 + u_2 = 1$, $$\frac{dJ}{du_1} = 2u_1$$" with J = u_1² + u_2² was PROVED (the partial with
u_2 held); along the line the derivative is 4u_1 − 2. Under such words the step is SKIPPED with the reason
(documents.constrained); the same derivative without them is still checked."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_J = "# A\n\nLet $J = u_1^2 + u_2^2$.\n\n"


def test_a_derivative_along_a_line_is_not_the_partial() -> None:
    steps = doc_steps(_J + "On the line where $u_1 + u_2 = 1$, the derivative is\n\n$$\\frac{dJ}{du_1} = 2u_1$$\n\n"
                      "Restricted to the constraint $u_1 + u_2 = 1$ we get $\\frac{\\partial J}{\\partial u_1} = "
                      "4u_1 - 2$.\n")
    assert [s.verdict for s in steps] == [Verdict.SKIPPED, Verdict.SKIPPED], [s.message for s in steps]
    assert "along the constraint" in steps[0].message


def test_without_the_constraint_the_partial_is_checked() -> None:
    steps = doc_steps(_J + "$$\\frac{\\partial J}{\\partial u_1} = 3u_1$$\n\n"
                      "On the line $y = 2x + 1$ the slope is\n\n$$\\frac{dy}{dx} = 3$$\n")
    assert steps[0].verdict is Verdict.FAILED, steps[0].message
    assert "along the constraint" not in steps[1].message, steps[1].message
